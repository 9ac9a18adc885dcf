"""The in-text repairs, in order, each a small pure function on located text."""

from __future__ import annotations

from collections.abc import Callable

from cleanup.banners import collapse_banners
from cleanup.doubling import undouble
from cleanup.edits import Edit
from cleanup.located import Located
from cleanup.punctuation import full_width_marks, stray_spaces

Repair = Callable[[Located], tuple[Located, list[Edit]]]

# Order matters: marks become full-width before spaces next to them are judged.
PARAGRAPH_REPAIRS: tuple[Repair, ...] = (full_width_marks, stray_spaces, undouble)
LINE_REPAIRS: tuple[Repair, ...] = (collapse_banners,)


def apply(repairs: tuple[Repair, ...], text: Located) -> tuple[Located, list[Edit]]:
    edits: list[Edit] = []
    for repair in repairs:
        text, found = repair(text)
        edits.extend(found)
    return text, edits


def repair_paragraph(text: Located) -> tuple[Located, list[Edit]]:
    return apply(PARAGRAPH_REPAIRS, text)
