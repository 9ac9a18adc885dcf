"""Dumps spaced by their extractor: a space between every two characters, a blank line after every line (`cleanup.spacing`)."""

from __future__ import annotations

import pytest
from conftest import seed_paths

from cleanup import Line, clean
from cleanup.spacing import (
    blank_lines_between_blocks,
    letter_spaced,
    side_by_side,
    without_letter_spacing,
    without_stacking,
)
from layout import reconstruct


def numbered(texts: list[str]) -> list[Line]:
    return [Line(number, text) for number, text in enumerate(texts, start=1)]


@pytest.mark.parametrize(
    ("texts", "spaced"),
    [
        (["今 年 以 来 ， 全 市 新 建 学 校 十 所 。"], True),
        (["今\u3000年\u3000以\u3000来\u3000，\u3000全\u3000市\u3000新\u3000建"], True),
        (["减排又赚钱\u3000村民笑开颜", "今年以来，全市新建学校十所。"], False),
        (["黎 智 英 案 聆 訊 前 四 日   林 鄭 與 終 院"], True),
        (["养蜂又赚钱 村民笑开颜", "今年以来，全市新建学校十所。"], False),  # a headline's halves
        (["李 明", "今年以来，全市新建学校十所，覆盖所有乡镇。"], False),  # a name set wide
        (["2 0 1 7 年"], False),  # no two Han characters side by side
    ],
)
def test_a_dump_is_letter_spaced_when_most_characters_stand_apart(texts: list[str], spaced: bool) -> None:
    assert letter_spaced(numbered(texts)) is spaced


@pytest.mark.parametrize(
    ("text", "unspaced"),
    [
        ("专 题 访 谈", "专题访谈"),  # a title set with wide tracking
        ("“ 江 南 风 味 ” 的 现 代 演 绎", "“江南风味”的现代演绎"),
        ("王 珂", "王 珂"),  # two characters: a name set wide, left as printed
        ("养蜂又赚钱 村民笑开颜", "养蜂又赚钱 村民笑开颜"),  # a headline's halves
        ("■本报记者 王 珂", "■本报记者 王 珂"),
    ],
)
def test_a_line_spaced_out_on_its_own_loses_its_spacing(text: str, unspaced: str) -> None:
    assert without_letter_spacing([Line(1, text)], every_line=False)[0] == [Line(1, unspaced)]


@pytest.mark.parametrize(
    ("text", "unspaced"),
    [
        ("今 年 以 来 ， 全 市", "今年以来，全市"),
        ("在 M +   博 物 館 展 出", "在M+ 博物館展出"),  # a wider gap was a space in print
        ("2 0 1 7 年 4 月", "2017年4月"),
        ("今\u3000年\u3000以\u3000来", "今年以来"),  # ideographic spaces
    ],
)
def test_letter_spacing_goes_and_a_wide_gap_stays_one_space(text: str, unspaced: str) -> None:
    lines, edits = without_letter_spacing([Line(7, text)])
    assert lines == [Line(7, unspaced)]
    assert [(edit.kind, edit.line, edit.before, edit.after) for edit in edits] == [("letter-spacing", 7, text, unspaced)]


COLUMN = ["市委坚持以党的政治建设为统领，", "履行全面从严治党主体责任。", "高度重视机关党的建设。"]
PARAGRAPHS = ["市委坚持以党的政治建设为统领，履行全面从严治党主体责任，高度重视机关党的建设，定期召开会议。"] * 4


def spaced_out(texts: list[str], after_line: int, after_paragraph: int) -> list[str]:
    """Each line followed by `after_line` blank lines, the last of each group of three by `after_paragraph`."""
    out: list[str] = []
    for index, text in enumerate(texts * 4):
        out += [text] + [""] * (after_paragraph if index % 3 == 2 else after_line)
    return out


@pytest.mark.parametrize(
    ("texts", "gap"),
    [
        (spaced_out(COLUMN, 1, 2), 2),  # a column with a blank line after each line
        (spaced_out(COLUMN, 1, 1), 2),  # ... and none between its paragraphs
        (spaced_out(COLUMN, 0, 1), 1),  # blank lines between paragraphs only
        (spaced_out(PARAGRAPHS, 1, 1), 1),  # one paragraph per line, a blank line after each
        (spaced_out(PARAGRAPHS, 1, 2), 2),  # ... with wider gaps between the paragraphs
        (COLUMN, 1),  # too short to tell a habit
    ],
)
def test_blank_lines_that_part_blocks(texts: list[str], gap: int) -> None:
    assert blank_lines_between_blocks(numbered(texts)) == gap


def test_a_double_spaced_column_reads_as_the_column() -> None:
    plain = "\n".join(spaced_out(COLUMN, 0, 1))
    double = "\n".join(spaced_out(COLUMN, 1, 2))
    assert [paragraph.text for paragraph in clean(double).paragraphs] == [paragraph.text for paragraph in clean(plain).paragraphs]


def _fields(dump: str) -> list[tuple[str | None, str | None, list[str]]]:
    page = reconstruct(dump, "page.txt")
    return [(article.headline, article.byline and article.byline.text, [part.text for part in article.body]) for article in page.articles]


def _letter_spaced(dump: str) -> str:
    return "\n".join(" ".join(line) for line in dump.split("\n"))


def _line_spaced(dump: str) -> str:
    return "\n".join(line + "\n" if line.strip() else line for line in dump.split("\n"))


def _titles_spaced(dump: str) -> str:
    """Every short line without a clause mark (the seeds' titles and labels) spaced out."""
    return "\n".join(" ".join(line) if 3 <= len(line) <= 16 and "，" not in line and "。" not in line else line for line in dump.split("\n"))


@pytest.mark.parametrize("spacing", [_letter_spaced, _line_spaced, _titles_spaced], ids=["letters", "lines", "titles"])
@pytest.mark.parametrize("path", seed_paths(), ids=lambda path: path.name[:3])
def test_a_spaced_seed_reads_as_the_seed(path, spacing) -> None:
    dump = path.read_text("utf-8")
    assert _fields(spacing(dump)) == _fields(dump)


@pytest.mark.parametrize(
    ("texts", "joined"),
    [
        (["正文。", "老", "区", "精", "神", "正文"], ["正文。", "老区精神", "正文"]),  # a vertical title
        (["正文。", "要", "闻", "正文"], ["正文。", "要", "闻", "正文"]),  # two: too few to tell
        (["一", "正文。", "二", "正文。"], ["一", "正文。", "二", "正文。"]),  # section numbers between paragraphs
    ],
)
def test_a_title_set_a_character_a_line_is_one_line(texts: list[str], joined: list[str]) -> None:
    lines, _ = without_stacking(numbered(texts))
    assert [line.text for line in lines] == joined


def _headlines_vertical(dump: str) -> str:
    """The dump with each one-line headline its plain reading found set a character a line."""
    page = reconstruct(dump, "page.txt")
    spans = {role.span.first for article in page.articles for role in article.line_roles if role.role == "headline" and role.span.first == role.span.last}
    lines = dump.split("\n")
    return "\n".join("\n".join(line.replace(" ", "")) if number in spans else line for number, line in enumerate(lines, start=1))


@pytest.mark.parametrize("path", seed_paths(), ids=lambda path: path.name[:3])
def test_a_seed_with_its_headlines_set_vertically_reads_as_the_seed(path) -> None:
    dump = path.read_text("utf-8")
    assert _headlines(_headlines_vertical(dump)) == _headlines(dump)


def _headlines(dump: str) -> list[str | None]:
    return [article.headline.replace(" ", "") if article.headline else None for article in reconstruct(dump, "page.txt").articles]


def _bylines_unmarked(dump: str) -> str:
    """The dump with the "■" of its reporters' bylines lost, as a symbol font's glyph may be."""
    return "\n".join(line[1:] if line.startswith("■") and "摄" not in line and " " in line else line for line in dump.split("\n"))


@pytest.mark.parametrize("path", seed_paths(), ids=lambda path: path.name[:3])
def test_a_seed_whose_bylines_lost_their_mark_reads_as_the_seed(path) -> None:
    dump = path.read_text("utf-8")
    bylines = [article.byline and article.byline.text for article in reconstruct(dump, "page.txt").articles]
    assert [article.byline and article.byline.text for article in reconstruct(_bylines_unmarked(dump), "page.txt").articles] == bylines


@pytest.mark.parametrize(
    ("texts", "across"),
    [
        (["第一栏的文字，写到这里        第二栏的文字，写到那里"] * 12, True),  # pdftotext -layout
        (["养蜂又赚钱 村民笑开颜"] * 12, False),  # a headline's halves
        (["第一栏的文字        第二栏的文字"] * 3 + ["正文。"] * 20, False),  # a few lines: a table, not the page
    ],
)
def test_columns_printed_side_by_side(texts: list[str], across: bool) -> None:
    assert side_by_side(numbered(texts)) is across


def test_a_page_of_columns_side_by_side_is_read_column_by_column_and_says_so() -> None:
    from layout.confidence import BY_COLUMN

    left = ["今年以来，市直机关各级党组织", "和广大党员干部在市委的坚强领", "导下，注重发挥机关党建的表率", "作用，深入学习贯彻全会精神。"] * 3
    right = ["市委坚持以党的政治建设为统领，", "履行全面从严治党主体责任，高度", "重视机关党的建设，定期召开会议", "研究部署机关党建工作。"] * 3
    dump = "\n".join(f"{first}          {second}" for first, second in zip(left, right))
    page = reconstruct(dump, "page.txt")
    assert page.confidence is not None and BY_COLUMN in page.confidence.reasons
    assert "".join(part.text for article in page.articles for part in article.body) == "".join(left + right)
    assert BY_COLUMN not in (reconstruct("\n".join(left + right), "page.txt").confidence.reasons)
