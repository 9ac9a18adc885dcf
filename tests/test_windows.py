"""A dump far longer than a page, cut into windows (`cleanup.windowing`) and rebuilt a window at a time."""

from __future__ import annotations

import dataclasses

from conftest import seed_text
from hypothesis import given
from hypothesis import strategies as st

from cleanup import clean
from cleanup.config import DEFAULT
from cleanup.windowing import windows
from layout import reconstruct


@given(st.text(alphabet="甲乙\n 2031年月日", max_size=300), st.integers(1, 40))
def test_windows_cut_the_text_whole_and_number_their_lines(text: str, size: int) -> None:
    parts = list(windows(text, size))
    assert "".join(window for _, window in parts) == text
    assert all(0 < len(window) <= size for _, window in parts)
    starts = [len(window) for _, window in parts]
    offsets = [sum(starts[:index]) for index in range(len(parts))]
    assert [first for first, _ in parts] == [1 + text.count("\n", 0, offset) for offset in offsets]


# (text, size, where the first window ends)
CUTS = [
    ("甲乙\n丙丁\n\n戊己\n庚辛\n", 8, "甲乙\n丙丁\n"),  # after the last blank line in the window's second half
    ("甲乙丙丁\n戊己庚辛\n", 8, "甲乙丙丁\n"),  # no blank line: after the last line break
    ("甲乙丙丁戊己庚辛", 3, "甲乙丙"),  # one line longer than the window: at its end
]


def test_windows_are_cut_where_a_page_would_break() -> None:
    for text, size, first in CUTS:
        assert next(windows(text, size))[1] == first


def test_a_dump_of_two_pages_in_two_windows_gives_both_pages_articles_on_their_own_lines() -> None:
    page = seed_text("000").rstrip("\n") + "\n"
    lines = page.count("\n")
    dump = page + "\n" + page  # the second copy starts on line lines + 2
    small = dataclasses.replace(DEFAULT, window_chars=len(page) + 1)
    whole, windowed = reconstruct(page), reconstruct(dump, config=small)
    assert [article.headline for article in windowed.articles] == [article.headline for article in whole.articles] * 2
    first_edits = [(edit.kind, edit.line) for edit in whole.edits]
    assert [(edit.kind, edit.line) for edit in windowed.edits] == first_edits + [(kind, line + lines + 1) for kind, line in first_edits]
    assert windowed.meta == whole.meta
    assert windowed.fingerprint != whole.fingerprint


def test_a_page_shorter_than_the_window_is_rebuilt_whole() -> None:
    page = seed_text("001")
    assert reconstruct(page) == reconstruct(page, config=dataclasses.replace(DEFAULT, window_chars=len(page)))


def test_a_dump_cleaned_in_windows_gives_each_page_s_paragraphs_on_their_own_lines() -> None:
    page = seed_text("002").rstrip("\n") + "\n"
    lines = page.count("\n")
    small = dataclasses.replace(DEFAULT, window_chars=len(page) + 1)
    whole, windowed = clean(page), clean(page + "\n" + page, config=small)
    first = [(paragraph.text, paragraph.first_line, paragraph.last_line) for paragraph in whole.paragraphs]
    shifted = [(text, first_line + lines + 1, last_line + lines + 1) for text, first_line, last_line in first]
    assert [(paragraph.text, paragraph.first_line, paragraph.last_line) for paragraph in windowed.paragraphs] == first + shifted
    assert [edit.line for edit in windowed.edits] == [edit.line for edit in whole.edits] + [edit.line + lines + 1 for edit in whole.edits]


def test_a_dump_of_pages_is_cut_at_a_page_header_rather_than_at_any_blank_line() -> None:
    page = seed_text("002")  # its page header on its second line
    header_at = page.index("\n", page.index("2023")) - len(page.split("\n")[1])
    dump = page + page
    window = len(page) + header_at + 40  # the second page's header and a few blank lines after it fit
    first, second = (text for _, text in windows(dump, window))
    assert first == page + page[:header_at] and second.startswith(page[header_at:])
    pages = reconstruct(dump, config=dataclasses.replace(DEFAULT, window_chars=window))
    assert [article.headline for article in pages.articles] == [article.headline for article in reconstruct(page).articles] * 2


def test_a_page_read_column_by_column_says_so_when_rebuilt_in_windows() -> None:
    from layout.confidence import BY_COLUMN

    left = ["今年以来，市直机关各级党组织", "和广大党员干部在市委的坚强领", "导下，注重发挥机关党建的表率", "作用，深入学习贯彻全会精神。"] * 3
    right = ["市委坚持以党的政治建设为统领，", "履行全面从严治党主体责任，高度", "重视机关党的建设，定期召开会议", "研究部署机关党建工作。"] * 3
    page = "\n".join(f"{first}          {second}" for first, second in zip(left, right, strict=True)) + "\n"
    windowed = reconstruct(page + "\n" + page, config=dataclasses.replace(DEFAULT, window_chars=len(page) + 1))
    assert windowed.confidence is not None and BY_COLUMN in windowed.confidence.reasons
