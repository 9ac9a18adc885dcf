"""Text that remembers which source line each stretch came from.

Repairs run on joined paragraphs (a stray space or a doubled character can sit
across a wrap), yet every Edit must name its source line; this type carries the
line map through every substitution.
"""

from __future__ import annotations

import bisect
import string
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from operator import itemgetter

import regex

from cleanup.edits import Edit
from cleanup.lines import Line

# A Latin letter at a join: a set, asked of two characters at every join of every paragraph.
_LATIN_LETTERS = frozenset(string.ascii_letters)


@dataclass(frozen=True)
class Located:
    text: str
    # (offset in text, source line number), ascending offsets, first offset 0.
    anchors: tuple[tuple[int, int], ...]

    @classmethod
    def from_lines(cls, lines: Iterable[Line], separator: str | Callable[[str, str], str] = "") -> Located:
        """Join wrapped lines: nothing between Han characters, one space between Latin words.

        A `separator` joins lines that are separate phrases (headline halves, byline lines);
        given as a function of the text so far and the next line, it decides join by join.
        """
        text = ""
        anchors: list[tuple[int, int]] = []
        for line in lines:
            piece = line.text.strip()
            if text and piece:
                between = separator(text, piece) if callable(separator) else separator
                latin = text[-1] in _LATIN_LETTERS and piece[0] in _LATIN_LETTERS
                text += between or (" " if latin else "")
            anchors.append((len(text), line.number))
            text += piece
        return cls(text, tuple(anchors) or ((0, 0),))

    @classmethod
    def single(cls, text: str, line: int) -> Located:
        return cls(text, ((0, line),))

    def line_at(self, offset: int) -> int:
        index = bisect.bisect_right(self.anchors, offset, key=itemgetter(0)) - 1
        return self.anchors[max(index, 0)][1]

    @property
    def first_line(self) -> int:
        return self.anchors[0][1]

    def slice(self, start: int, end: int | None = None) -> Located:
        end = len(self.text) if end is None else end
        if start == 0 and (len(self.anchors) == 1 or self.anchors[1][0] > 0):
            # From the start: the anchors before `end` are already the slice's, shared, not copied.
            if end >= len(self.text) and self.anchors[-1][0] < end:
                return self
            return Located(self.text[:end], self.anchors[:1] + tuple(anchor for anchor in self.anchors[1:] if anchor[0] < end))
        anchors = [(0, self.line_at(start))]
        anchors += [(offset - start, line) for offset, line in self.anchors if start < offset < end]
        return Located(self.text[start:end], tuple(anchors))

    def strip(self) -> Located:
        stripped = self.text.strip()
        if not stripped:
            return Located("", ((0, self.first_line),))
        start = len(self.text) - len(self.text.lstrip())  # where the stripped text starts, not searched for
        return self.slice(start, start + len(stripped))

    def substitute(self, pattern: regex.Pattern, replace: Callable[[regex.Match], str], kind: str) -> tuple[Located, list[Edit]]:
        """Apply one regex repair, keeping the line map and logging each change as an Edit.

        Offsets and anchors are carried along in one pass, so a long paragraph with
        many repairs costs time in proportion to its length.
        """
        pieces: list[str] = []
        edits: list[Edit] = []
        moves: list[_Move] = []
        cursor = length = 0
        for match in pattern.finditer(self.text):
            before, after = match.group(0), replace(match)
            if after == before:
                continue
            kept = self.text[cursor : match.start()]
            pieces += [kept, after]
            new_start = length + len(kept)
            length = new_start + len(after)
            moves.append(_Move(match.start(), match.end(), new_start, length))
            edits.append(Edit(kind, self.line_at(match.start()), before, after))
            cursor = match.end()
        if not edits:
            return self, []
        pieces.append(self.text[cursor:])
        return Located("".join(pieces), _moved_anchors(self.anchors, moves)), edits


@dataclass(frozen=True)
class _Move:
    """One replacement: the span it had in the old text and the span it has in the new."""

    old_start: int
    old_end: int
    new_start: int
    new_end: int


def _moved_anchors(anchors: tuple[tuple[int, int], ...], moves: list[_Move]) -> tuple[tuple[int, int], ...]:
    """Where each anchor lands after the replacements (inside a replaced span: clamped into it).

    Anchors and moves are both in ascending order, so one walk over both places them all.
    """
    moved = []
    shift = 0
    index = 0
    for offset, line in anchors:
        while index < len(moves) and moves[index].old_end <= offset:
            shift = moves[index].new_end - moves[index].old_end
            index += 1
        inside = index < len(moves) and moves[index].old_start < offset
        if inside:
            move = moves[index]
            moved.append((min(move.new_start + offset - move.old_start, move.new_end), line))
        else:
            moved.append((offset + shift, line))
    return tuple(moved)
