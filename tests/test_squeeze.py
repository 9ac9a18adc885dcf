"""How wide the print set its punctuation, read from the page (`cleanup.squeeze`), and the
paragraph breaks of a page without blank lines measured with it (`cleanup.unwrap`)."""

from __future__ import annotations

import pytest
from conftest import seed_text

from cleanup import Line, prepare
from cleanup.lines import squeezed_width
from cleanup.squeeze import mark_width

# Full lines as a squeezing print sets them: a character fewer for every two marks more.
SQUEEZED = ["字" * 15, "字" * 14 + "，。", "字" * 15, "字" * 13 + "，，。", "字" * 15]
# Full lines as a print that keeps its marks full width sets them: as many cells each.
FULL = ["字" * 15, "字" * 14 + "，", "字" * 12 + "，“”", "字" * 15, "字" * 11 + "，，“”"]


def numbered(texts: list[str]) -> list[Line]:
    return [Line(number, text) for number, text in enumerate(texts, start=1)]


@pytest.mark.parametrize(
    ("texts", "width"),
    [
        (SQUEEZED * 8, 1.2),
        (FULL * 8, 2),
        (SQUEEZED[:2], 2),  # one pair: too few to tell from the jitter of a wrap
        (["字" * 5 + "，", "字" * 6] * 20, 2),  # titles and short lines measure nothing
        ([], 2),
    ],
)
def test_the_mark_width_is_read_from_adjacent_full_lines(texts: list[str], width: float) -> None:
    assert mark_width(numbered(texts)) == width


@pytest.mark.parametrize("seed", ["000", "001", "002", "003"])
def test_the_seed_pages_print_squeezes_its_marks(seed: str) -> None:
    assert mark_width(numbered(seed_text(seed).split("\n"))) <= 1.4


def test_a_page_one_paragraph_a_line_shows_no_squeeze() -> None:
    assert mark_width(numbered(seed_text("004").split("\n"))) == 2


def test_a_line_measured_with_the_pages_mark_width() -> None:
    assert Line(1, "你好，世界。", 1.5).width == squeezed_width("你好，世界。", 1.5) == 11
    assert Line(1, "你好，世界。").width == 12


def _units_without_blank_lines(seed: str) -> list[str]:
    text = "\n".join(line for line in seed_text(seed).split("\n") if line.strip())
    return [unit.text for unit in prepare(text).units]


# Seed pages with their blank lines removed: a paragraph's first line rich in marks falls short
# of the column by its lost indent only as printed; a full line rich in marks is no title.
@pytest.mark.parametrize(
    ("seed", "before", "after", "parted"),
    [
        ("002", "得到群众的赞赏。", "崇法扬善，筑牢法", True),
        ("000", "创建的标准、程序和机制。", "在市检察院和济宁", False),
        ("000", "把学习贯彻党的", "十九届六中全会精", False),
    ],
)
def test_a_page_without_blank_lines_parts_paragraphs_as_printed(seed: str, before: str, after: str, parted: bool) -> None:
    units = _units_without_blank_lines(seed)
    ends = [unit.replace("\n", "") for unit in units]
    joined = any(before in unit and after in unit[unit.index(before) :] for unit in ends)
    assert joined is not parted
    assert any(unit.endswith(before) for unit in ends) is parted
