"""Text that remembers which source line each stretch came from.

Repairs run on joined paragraphs (a stray space or a doubled character can sit
across a wrap), yet every Edit must name its source line; this type carries the
line map through every substitution.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import regex

from cleanup.edits import Edit
from cleanup.lines import Line

_LATIN_EDGE = regex.compile(r"[A-Za-z]")


@dataclass(frozen=True)
class Located:
    text: str
    # (offset in text, source line number), ascending offsets, first offset 0.
    anchors: tuple[tuple[int, int], ...]

    @classmethod
    def from_lines(cls, lines: Iterable[Line], separator: str = "") -> Located:
        """Join wrapped lines: nothing between Han characters, one space between Latin words.

        A `separator` joins lines that are separate phrases (headline halves, byline lines).
        """
        text = ""
        anchors: list[tuple[int, int]] = []
        for line in lines:
            piece = line.text.strip()
            if text and piece and separator:
                text += separator
            elif text and piece and _LATIN_EDGE.match(text[-1]) and _LATIN_EDGE.match(piece[0]):
                text += " "
            anchors.append((len(text), line.number))
            text += piece
        return cls(text, tuple(anchors) or ((0, 0),))

    @classmethod
    def single(cls, text: str, line: int) -> Located:
        return cls(text, ((0, line),))

    def line_at(self, offset: int) -> int:
        index = bisect.bisect_right([start for start, _ in self.anchors], offset) - 1
        return self.anchors[max(index, 0)][1]

    @property
    def first_line(self) -> int:
        return self.anchors[0][1]

    def slice(self, start: int, end: int | None = None) -> Located:
        end = len(self.text) if end is None else end
        anchors = [(0, self.line_at(start))]
        anchors += [(offset - start, line) for offset, line in self.anchors if start < offset < end]
        return Located(self.text[start:end], tuple(anchors))

    def strip(self) -> Located:
        stripped = self.text.strip()
        if not stripped:
            return Located("", ((0, self.first_line),))
        start = self.text.index(stripped)
        return self.slice(start, start + len(stripped))

    def substitute(self, pattern: regex.Pattern, replace: Callable[[regex.Match], str], kind: str) -> tuple[Located, list[Edit]]:
        """Apply one regex repair, keeping the line map and logging each change as an Edit."""
        pieces: list[str] = []
        edits: list[Edit] = []
        moves: list[tuple[int, int, int, int]] = []  # old start, old end, new start, new end
        cursor = 0
        for match in pattern.finditer(self.text):
            before, after = match.group(0), replace(match)
            if after == before:
                continue
            pieces.append(self.text[cursor : match.start()])
            new_start = sum(map(len, pieces))
            pieces.append(after)
            moves.append((match.start(), match.end(), new_start, new_start + len(after)))
            edits.append(Edit(kind, self.line_at(match.start()), before, after))
            cursor = match.end()
        if not edits:
            return self, []
        pieces.append(self.text[cursor:])
        anchors = tuple((_moved(offset, moves), line) for offset, line in self.anchors)
        return Located("".join(pieces), anchors), edits


def _moved(offset: int, moves: list[tuple[int, int, int, int]]) -> int:
    """Where an old offset lands after the replacements (inside a replaced span: clamped into it)."""
    new = offset
    for old_start, old_end, new_start, new_end in moves:
        if old_end <= offset:
            new = offset + new_end - old_end
        elif old_start < offset:
            return min(new_start + offset - old_start, new_end)
    return new
