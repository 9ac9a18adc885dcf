"""A dump far longer than a page (an archive in one file) rebuilt a window at a time.

Every stage holds its page whole: the lines, their units, the pieces, the drafts. For a
page that is a few hundred kilobytes at most; for a dump of thousands of pages it grows
with the dump. Cut into windows of `Config.window_chars` at blank lines, such a dump
costs the memory of one window plus its articles, and the pages rebuilt from the windows
are joined into one. A cut may part an article that runs across it; nothing is lost.
"""

from __future__ import annotations

from collections.abc import Iterator

from cleanup import Edit
from layout.confidence import page_confidence
from layout.model import Page


def windows(text: str, size: int) -> Iterator[tuple[int, str]]:
    """The text in windows of at most `size` characters, each with the number of its first
    line: cut after the last blank line in the window's second half, else after its last
    line break, else (one line longer than the window) at the window's end.

    >>> list(windows("甲乙\\n丙丁\\n\\n戊己\\n庚辛\\n", 8))
    [(1, '甲乙\\n丙丁\\n'), (3, '\\n戊己\\n庚辛\\n')]
    >>> list(windows("甲乙丙丁戊己庚辛", 3))
    [(1, '甲乙丙'), (1, '丁戊己'), (1, '庚辛')]
    """
    start, line = 0, 1
    while start < len(text):
        end = len(text) if len(text) - start <= size else _cut(text, start, start + size)
        window = text[start:end]
        yield line, window
        line += window.count("\n")
        start = end


def _cut(text: str, start: int, limit: int) -> int:
    half = start + (limit - start) // 2
    blank = text.rfind("\n\n", half, limit)
    if blank >= 0:
        return blank + 1
    newline = text.rfind("\n", half, limit)
    return newline + 1 if newline >= 0 else limit


def joined(parts: list[Page], name: str, fingerprint: str, edits: list[Edit]) -> Page:
    """One page of the pages rebuilt from a dump's windows: their articles, furniture and
    edits in order (after `edits`, those made to the whole text); the first window's meta (a
    page header prints at the top) and orientation, and the least sure window's certainty
    of it."""
    articles = [article for part in parts for article in part.articles]
    layout_confidence = min(part.layout_confidence for part in parts)
    return Page(
        source=name,
        fingerprint=fingerprint,
        meta=parts[0].meta,
        furniture=[item for part in parts for item in part.furniture],
        articles=articles,
        edits=edits + [edit for part in parts for edit in part.edits],
        layout=parts[0].layout,
        layout_confidence=layout_confidence,
        confidence=page_confidence([article.confidence for article in articles if article.confidence], layout_confidence),
    )
