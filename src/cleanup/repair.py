"""The in-text repairs, in order, each a small pure function on located text."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import partial

import regex

from cleanup.banners import collapse_banners, lines_with_banners
from cleanup.config import DEFAULT, Config
from cleanup.doubling import undouble
from cleanup.edits import Edit
from cleanup.located import Located
from cleanup.punctuation import full_width_marks, stray_spaces

_WHITESPACE = regex.compile(r"\s+")

Repair = Callable[[Located], tuple[Located, list[Edit]]]

LINE_REPAIRS: tuple[Repair, ...] = (collapse_banners,)


def lines_to_repair(text: str) -> frozenset[int]:
    """The numbers of the lines a line repair may change; the others (most of a page) are passed over."""
    return lines_with_banners(text)


def apply(repairs: tuple[Repair, ...], text: Located) -> tuple[Located, list[Edit]]:
    edits: list[Edit] = []
    for repair in repairs:
        text, found = repair(text)
        edits.extend(found)
    return text, edits


def repair_paragraph(text: Located, config: Config = DEFAULT, page: str = "") -> tuple[Located, list[Edit]]:
    """Marks become full-width before the spaces next to them are judged; doublings go last,
    with the page's text (whitespace removed) as evidence."""
    return apply((full_width_marks, stray_spaces, partial(undouble, config=config, elsewhere=page)), text)


def page_evidence(paragraphs: Iterable[str]) -> str:
    """The page's text as `repair_paragraph` reads it for evidence: whitespace removed."""
    return _WHITESPACE.sub("", "".join(paragraphs))
