"""The in-text repairs, in order, each a small pure function on located text."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import partial
from itertools import accumulate, pairwise

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


def lines_to_repair(text: str, first: int = 1) -> frozenset[int]:
    """The numbers of the lines a line repair may change (the first numbered `first`); the
    others (most of a page) are passed over."""
    return lines_with_banners(text, first)


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


def repair_title(text: Located, config: Config = DEFAULT, page: str = "") -> tuple[Located, list[Edit]]:
    """A title's repairs: a paragraph's, but a doubled character stays as printed and is only
    logged. A title is set large, where a reader's eye and the typesetter catch a slip, and it
    is short and full of names and abbreviations the dictionary lacks ("中国国象甲级联赛", the
    national chess league): the words around a pair say too little to remove one copy."""
    return apply((full_width_marks, stray_spaces, partial(undouble, config=config, elsewhere=page, remove=False)), text)


def page_evidence(paragraphs: Iterable[str]) -> str:
    """The page's text as `repair_paragraph` reads it for evidence: whitespace removed."""
    return _WHITESPACE.sub("", "".join(paragraphs))


def evidence_by_paragraph(paragraphs: Sequence[str], reach: int) -> Iterator[str]:
    """For each paragraph in turn, the page's evidence (`page_evidence`) within `reach` of it:
    the same whole page for every paragraph of a page of print. One at a time: on a dump
    holding an archive, every paragraph's stretch held at once would cost far more than the dump.

    >>> list(evidence_by_paragraph(["甲 乙", "丙丁", "戊"], 1))
    ['甲乙丙', '乙丙丁戊', '丁戊']
    """
    texts = [_WHITESPACE.sub("", text) for text in paragraphs]
    page = "".join(texts)
    starts = list(accumulate(map(len, texts), initial=0))
    return (within_reach(page, start, end, reach) for start, end in pairwise(starts))


def within_reach(page: str, start: int, end: int, reach: int) -> str:
    """The page's text from `reach` characters before `start` to as far after `end`: all of it
    on any page of print, a stretch of a dump that holds a whole archive, whose evidence is
    not searched end to end for every paragraph or blank line (`Config.evidence_reach`).

    >>> within_reach("甲乙丙丁戊己庚", 3, 4, 1), within_reach("甲乙丙丁", 1, 2, 5)
    ('丙丁戊', '甲乙丙丁')
    """
    if start <= reach and end + reach >= len(page):
        return page
    return page[max(0, start - reach) : end + reach]
