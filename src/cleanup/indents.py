"""Paragraph indents an extractor kept.

Most dumps lose the print's paragraph indent, and the rest of the cleanup reads it from
widths (a paragraph's first line falls about two characters short). Some keep it: OCR
output and text exports open every paragraph with two ideographic spaces ("　　"), a
layout-keeping extractor with a few spaces. There the indent says outright where a
paragraph opens, and read as text it would make every first line look full and every
title look like a line set apart. So on a dump that keeps the habit (at least
`Config.kept_indent_lines` lines open with an indent of two to `Config.kept_indent_max`
cells beyond the page's left margin), the lines so indented are known paragraph starts.
On any dump, every line loses the page's left margin (whitespace every line opens with) and a
line set in further (a title centred with spaces, `Config.centred_min_cells`) all its leading
whitespace before it is read.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from cleanup.config import DEFAULT, Config
from cleanup.lines import Line

_LEADING_SPACE = regex.compile(r"^[ \t\u3000\u00a0]*")
# Cells each kind of leading space takes: an ideographic space is as wide as a Han character.
_CELLS = {" ": 1, "\u00a0": 1, "\t": 4, "\u3000": 2}
# How a line indented by two cells or more opens.
_OPENINGS = tuple(first + second for first in _CELLS for second in _CELLS) + ("\t", "\u3000")


def indent_cells(text: str) -> int:
    """How wide the whitespace a line opens with is, in half-width cells.

    >>> indent_cells("\u3000\u3000今年以来"), indent_cells("    今年以来"), indent_cells("今年以来")
    (4, 4, 0)
    """
    return sum(_CELLS[character] for character in _LEADING_SPACE.match(text).group())


def kept_indents(lines: Sequence[Line], config: Config = DEFAULT) -> frozenset[int]:
    """The numbers of the lines that open with a paragraph indent, on a dump that keeps them
    (none on a dump that does not: a stray space before a line is no indent).

    >>> lines = [Line(1, "标题"), Line(2, "\u3000\u3000第一段，"), Line(3, "接着写。"), Line(4, "\u3000\u3000第二段。"), Line(5, "\u3000\u3000第三段。")]
    >>> sorted(kept_indents(lines))
    [2, 4, 5]
    >>> kept_indents([Line(1, " 横幅"), Line(2, "正文。")])
    frozenset()
    """
    if sum(line.text.startswith(_OPENINGS) for line in lines) < config.kept_indent_lines:
        return frozenset()  # most dumps: too few lines open with whitespace to keep a habit
    widths = {line.number: indent_cells(line.text) for line in lines if line.text.strip()}
    if not widths:
        return frozenset()
    margin = min(widths.values())
    indented = frozenset(number for number, width in widths.items() if 2 <= width - margin <= config.kept_indent_max)
    return indented if len(indented) >= config.kept_indent_lines else frozenset()


def centred_somewhere(lines: Sequence[Line], config: Config = DEFAULT) -> bool:
    """Does a line open with `Config.centred_min_cells` cells of whitespace or more (a title
    centred with spaces, as a layout-keeping extractor or OCR prints one)?

    >>> centred_somewhere([Line(1, "            减排又赚钱"), Line(2, "正文。")]), centred_somewhere([Line(1, "  横幅")])
    (True, False)
    """
    return any(line.text[:1] in _CELLS and indent_cells(line.text) >= config.centred_min_cells for line in lines)


def left_margin(lines: Sequence[Line]) -> int:
    """The cells of whitespace every line that holds text opens with: a margin the extractor
    set before the whole page (a layout-keeping one, or one that pads every line), no indent.

    >>> left_margin([Line(1, "  标题"), Line(2, ""), Line(3, "   正文。")]), left_margin([Line(1, " 横幅"), Line(2, "正文。")])
    (2, 0)
    """
    margin = None
    for line in lines:
        if line.text[:1] not in _CELLS:
            if line.text:
                return 0  # most dumps: a line that opens on its text, found at once
            continue
        if line.text.strip():
            cells = indent_cells(line.text)
            margin = cells if margin is None else min(margin, cells)
    return margin or 0


def without_indents(lines: Sequence[Line], indented: frozenset[int], config: Config = DEFAULT) -> list[Line]:
    """The lines without the page's left margin, and those set in further (the `indented` ones;
    titles centred with spaces) without all their leading whitespace: an indent is read as a
    paragraph start, not as part of the line's width. A single space beyond the margin stays
    (an extractor sets a line taken from elsewhere so); on a page that keeps no indents, so do
    a few (`Config.centred_min_cells`)."""
    margin = left_margin(lines)
    deeper = 2 if indented else config.centred_min_cells
    return [Line(line.number, _LEADING_SPACE.sub("", line.text) if _set_in(line, margin, indented, deeper) else _drop_cells(line.text, margin)) for line in lines]


def _set_in(line: Line, margin: int, indented: frozenset[int], deeper: int) -> bool:
    """Indented for a paragraph, or further (a title centred with spaces)."""
    return line.number in indented or indent_cells(line.text) - margin >= deeper


def _drop_cells(text: str, cells: int) -> str:
    """The text without its first `cells` cells of leading whitespace."""
    dropped = 0
    for index, character in enumerate(text):
        if dropped >= cells or character not in _CELLS:
            return text[index:]
        dropped += _CELLS[character]
    return ""
