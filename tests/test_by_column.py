"""`cleanup.by_column`: a dump whose columns stand side by side on each line, read column by column."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleanup import Config
from cleanup.by_column import read_by_column

# Few lines make a page here; the share of lines with a gutter is the default's.
CONFIG = Config(side_by_side_lines=4)

LEFT = ["今年以来，市直机关各级党组织", "和广大党员干部在市委的坚强领", "导下，注重发挥机关党建的表率", "作用，深入学习贯彻全会精神。"]
RIGHT = ["市委坚持以党的政治建设为统领，", "履行全面从严治党主体责任，高度", "重视机关党的建设，定期召开会议", "研究部署机关党建工作。"]


def beside(left: list[str], right: list[str], at: int = 20) -> list[str]:
    """The two columns on the same lines, the right one starting at cell `at`."""
    return [f"{first:<{at}}{second}".rstrip() for first, second in zip(left, right, strict=True)]


@pytest.mark.parametrize(
    ("dump", "read"),
    [
        # two columns: the left one read down, then the right one, a blank line between; the
        # indent that opens a paragraph kept as ideographic spaces
        (beside(["  " + LEFT[0], *LEFT[1:]], RIGHT), ["\u3000\u3000" + LEFT[0], *LEFT[1:], "", *RIGHT]),
        # a title centred over both columns: read first, a block of its own
        (["          机关党建工作会议召开", *beside(LEFT, RIGHT)], ["机关党建工作会议召开", "", *LEFT, "", *RIGHT]),
        # a column set with more leading, a blank line between its lines, reads as one column
        ([line for pair in zip(beside(LEFT, RIGHT), [""] * 4, strict=True) for line in pair], [*LEFT, "", *RIGHT]),
        # runs of one line a gutter apart (a page header over a headline) stay one line
        (
            ["8 2017年4月22日 星期六   □编辑 王伟   政治", "", "", "          机关党建工作会议召开", *beside(LEFT, RIGHT)],
            ["8 2017年4月22日 星期六   □编辑 王伟   政治", "", "机关党建工作会议召开", "", *LEFT, "", *RIGHT],
        ),
        # a line that lines up with neither the line above nor the one under it is centred, a
        # title: a block of its own
        (beside([*LEFT[:2], "       党员干部", *LEFT[2:]], [*RIGHT, "工作。"]), [*LEFT[:2], "", "党员干部", "", *LEFT[2:], "", *RIGHT, "工作。"]),
        # a dated page header, with the page's promotions printed right under it: a line of its own
        (
            ["8 2017年4月22日 星期六 要闻", "●新闻发布平台   ●读者互动园地", "", "          机关党建工作会议召开", *beside(LEFT, RIGHT)],
            ["8 2017年4月22日 星期六 要闻", "", "●新闻发布平台   ●读者互动园地", "", "机关党建工作会议召开", "", *LEFT, "", *RIGHT],
        ),
    ],
    ids=["two columns", "title over columns", "leading", "header", "centred", "dated header"],
)
def test_columns_read_one_after_the_other(dump: list[str], read: list[str]) -> None:
    assert read_by_column("\n".join(dump), CONFIG) == "\n".join(read)


@pytest.mark.parametrize(
    "dump",
    [
        LEFT + RIGHT,  # one column: no gutter anywhere
        beside(LEFT[:1], RIGHT[:1]) + LEFT[1:] + RIGHT[1:] * 3,  # one line with a gutter: a table, not the page
        [" ".join(line) for line in beside(LEFT, RIGHT, at=17)],  # a space between every two characters
        [f"{name}      {score}      {team}" for name, score, team in [("张明", "9.8", "北京队"), ("李强", "9.6", "上海队"), ("王伟", "9.5", "广东队"), ("赵磊", "9.1", "四川队")]],  # a table
    ],
    ids=["one column", "one line", "letter-spaced", "table"],
)
def test_a_dump_without_columns_side_by_side_is_left_as_it_is(dump: list[str]) -> None:
    assert read_by_column("\n".join(dump), CONFIG) is None


_WORDS = st.text(alphabet="机关党建工作会议召开今年以来，。", min_size=1, max_size=8)
_ROWS = st.lists(st.lists(st.tuples(st.integers(0, 6), _WORDS), max_size=4), min_size=4, max_size=30)


@given(_ROWS)
@settings(max_examples=200, deadline=None)
def test_reading_by_column_loses_and_adds_no_character(rows: list[list[tuple[int, str]]]) -> None:
    dump = "\n".join("".join(" " * spaces + word for spaces, word in row) for row in rows)
    read = read_by_column(dump, CONFIG)
    if read is not None:
        assert sorted(read.replace("\u3000", "").replace(" ", "").replace("\n", "")) == sorted(dump.replace(" ", "").replace("\n", ""))


def test_the_cleanup_reads_a_dump_with_columns_side_by_side_column_by_column() -> None:
    from cleanup import clean, prepare

    dump = "\n".join(beside(LEFT * 3, RIGHT * 3))
    assert prepare(dump).by_column and not prepare("\n".join(LEFT + RIGHT)).by_column
    assert "".join(paragraph.text for paragraph in clean(dump).paragraphs) == "".join(LEFT * 3 + RIGHT * 3)
