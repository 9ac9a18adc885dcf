"""Inside a blank-separated block: where one paragraph ends and the next begins.

Two traces of the print carry the decision: a line that reaches the column
width was cut by the wrap, so the text goes on; a paragraph's first line is
about two characters short (the lost indent), while a line that goes on is full.
"""

from __future__ import annotations

from cleanup.columns import is_full, looks_indented, looks_indented_only
from cleanup.config import DEFAULT, Config
from cleanup.cues import JUMP_LINE
from cleanup.lines import Line
from cleanup.marks import ends_sentence
from cleanup.shapes import (
    CREDIT_MARK,
    credit_goes_on,
    hangs_under_title,
    is_deck,
    starts_own_unit,
)


def breaks_after(line: Line, following: Line, column: int, flat: bool, following_is_last: bool, config: Config = DEFAULT) -> bool:
    """Does a paragraph end after `line`?"""
    under_title = hangs_under_title(following, line, column, config)
    if is_deck(following, under_title) and not flat and not following_is_last and is_full(line, column, flat, config) and not ends_sentence(line.text):
        return False  # a dash the wrap carried to the start of a line, mid-sentence (a deck ends its block)
    if credit_goes_on(line, following):
        return False
    if starts_own_unit(following, under_title) or CREDIT_MARK in line.text or JUMP_LINE.search(line.text):
        return True  # a jump line ("（下转2版）") closes the article's text on this page
    if flat:
        return True
    if not ends_sentence(line.text):
        # Mid-sentence: either cut by the wrap, or a title line that its block keeps together.
        return False
    if not is_full(line, column, flat, config) and not looks_indented_only(line, column, config):
        return True
    # A sentence ending at (or an indent short of) the column edge: the next line's
    # lost indent tells a new paragraph.
    return looks_indented(following, column, flat, config) and not following_is_last


def at_column_edge(line: Line, column: int, flat: bool, config: Config = DEFAULT) -> bool:
    """A sentence that ends where the column ends: the lost indent of the next line decides."""
    return not flat and ends_sentence(line.text) and is_full(line, column, flat, config)
