"""Tables printed in a page (`cleanup.tables`), kept row by row through to the output."""

from __future__ import annotations

import json

import pytest

from cleanup import Line, clean
from cleanup.tables import table_cells
from layout import reconstruct, to_json, to_newsml, transcribe
from layout.validate import validate_bytes

TABLE = ["地区 生产总值 增长率", "市区 120.5 6.2%", "东区 98.3 5.8%", "西区 76.1 7.1%"]


def numbered(texts: list[str]) -> list[Line]:
    return [Line(number, text) for number, text in enumerate(texts, start=1)]


@pytest.mark.parametrize(
    ("texts", "table"),
    [
        (TABLE, True),
        (["项目\t金额（万元）", "道路\t1200", "校舍\t860"], True),  # cells parted by tabs
        (["名次　国家　金牌", "1　中国　38", "2　美国　36"], True),  # by ideographic spaces
        (TABLE[:2], False),  # a header and one row: too few to tell
        (["本报记者 王珂 李明", "通讯员 张三 李四", "摄影 王五 赵六"], False),  # names, no numbers
        (["减排又赚钱 村民笑开颜", "小土豆 新希望", "风景更美 钱景更好"], False),  # headline halves
        (["市区 120.5 6.2%", "东区 98.3", "西区 76.1 7.1%"], False),  # rows of unequal cells
        (["今年 增长 6.2%。", "去年 增长 5.8%。", "前年 增长 7.1%。"], False),  # sentences
    ],
)
def test_a_table_is_rows_of_equal_cells_mostly_numbers(texts: list[str], table: bool) -> None:
    assert bool(table_cells(numbered(texts))) is table


PAGE = (
    "■本报记者 王珂\n\n今年一季度，全市主要经济指标保持平稳增长，具体数据见下表。\n\n"
    + "\n".join(TABLE)
    + "\n\n各区县将继续推进重点项目建设。\n\n一季度经济平稳增长\n"
)


def test_a_table_stays_in_its_article_row_by_row() -> None:
    article = reconstruct(PAGE).articles[0]
    assert article.headline == "一季度经济平稳增长"
    assert [part.kind for part in article.body] == ["p", "table", "p"]
    assert article.body[1].rows == tuple(tuple(row.split()) for row in TABLE)


def test_a_table_is_an_nitf_table_and_a_json_list_of_rows() -> None:
    page = reconstruct(PAGE)
    data = to_newsml(page)
    assert validate_bytes(data) == []
    assert data.count(b"<tr>") == 4 and b"<td>120.5</td>" in data
    body = json.loads(to_json(page))["articles"][0]["body"]
    assert body[1] == {"table": [row.split() for row in TABLE]}


def test_a_tables_cells_change_script_one_by_one() -> None:
    page = transcribe(reconstruct(PAGE), "hant")
    assert page.articles[0].body[1].rows[1] == ("市區", "120.5", "6.2%")


def test_clean_prints_a_tables_rows_a_line_each_as_printed() -> None:
    paragraphs = [paragraph.text for paragraph in clean(PAGE).paragraphs]
    assert paragraphs[2:6] == TABLE  # no space between a name and its number taken out
    assert paragraphs[6] == "各区县将继续推进重点项目建设。"  # the text after it runs on from nothing in the table


def test_a_table_inside_a_block_of_prose_is_set_apart() -> None:
    """A dump without blank lines runs the table into the text around it."""
    page = reconstruct(PAGE.replace("\n\n", "\n"))
    assert [part.kind for part in page.articles[0].body] == ["p", "table", "p"]
    assert page.articles[0].body[1].rows[0] == ("地区", "生产总值", "增长率")
