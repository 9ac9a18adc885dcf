"""Located text keeps, through every slice, the source line of each character."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cleanup import Line, Located

# Lines with an empty first line (two anchors at offset 0) and an empty last one (an anchor
# at the end of the text), as a block cut from a dump may hold.
LINES = [Line(1, ""), Line(2, "本报北京电"), Line(3, "记者从市交通局了解到"), Line(4, "")]
TEXT = Located.from_lines(LINES)


def _expected_lines(located: Located, start: int, end: int) -> list[int]:
    return [located.line_at(offset) for offset in range(start, end)]


@pytest.mark.parametrize(
    ("start", "end"),
    [
        (0, 0),  # nothing: the first line still named
        (0, 3),  # from the start, inside the first line with text
        (0, 5),  # up to the join
        (0, None),  # all of it
        (2, 8),  # across the join
        (5, None),  # the second line with text
    ],
)
def test_a_slice_names_the_source_line_of_every_character(start: int, end: int | None) -> None:
    whole = Located.from_lines(LINES[1:3])
    stop = len(whole.text) if end is None else end
    part = whole.slice(start, end)
    assert part.text == whole.text[start:stop]
    assert part.first_line == whole.line_at(start)
    assert _expected_lines(part, 0, len(part.text)) == _expected_lines(whole, start, stop)


def test_a_slice_from_the_start_of_text_with_empty_lines_names_the_right_line() -> None:
    """Two anchors at offset 0 (an empty first line): the slice keeps the one of the text."""
    assert TEXT.slice(0, 2).first_line == 2
    assert TEXT.slice(0).first_line == 2
    assert TEXT.slice(0, 0).first_line == 2


@given(st.lists(st.text(alphabet="甲乙丙 ab", max_size=6), min_size=1, max_size=5), st.data())
def test_any_slice_keeps_each_characters_line(texts: list[str], data: st.DataObject) -> None:
    whole = Located.from_lines([Line(number, text) for number, text in enumerate(texts, start=1)])
    start = data.draw(st.integers(0, len(whole.text)))
    stop = data.draw(st.integers(start, len(whole.text)))
    part = whole.slice(start, stop)
    assert part.text == whole.text[start:stop]
    assert part.first_line == whole.line_at(start)
    assert _expected_lines(part, 0, len(part.text)) == _expected_lines(whole, start, stop)
