"""Lines with their source numbers and printed width, grouped into blank-separated blocks."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

T = TypeVar("T")
# East Asian "ambiguous" characters (“ ” … — · ①) are set full-width in Chinese print.
_WIDE = frozenset("WFA")
# A dump may carry ASCII marks where the print set full-width ones: they took a full cell.
_PRINTED_FULL_WIDTH = frozenset(",;:!?()")


def char_width(ch: str) -> int:
    return 2 if ch in _PRINTED_FULL_WIDTH or unicodedata.east_asian_width(ch) in _WIDE else 1


class _Widths(dict[str, int]):
    """Every character's width once it has been seen: display_width runs on every line of
    every dump, and a dictionary lookup per character (mapped in C) is what keeps it cheap;
    a character met for the first time is measured then."""

    def __missing__(self, ch: str) -> int:
        width = self[ch] = char_width(ch)
        return width


_WIDTHS = _Widths()
# Han ideographs, CJK marks and full-width forms: two cells each (east_asian_width W, F or A),
# most of a Chinese line. A pattern takes them out in one pass; only what is left is looked up.
_TWO_CELLS = re.compile("[\u4e00-\u9fff\u3000-\u303e\uff01-\uff60]+")
# Chinese punctuation that print may set narrower than a character (squeezed, as most
# newspapers do): a page measures how much (`cleanup.squeeze`).
SQUEEZABLE = frozenset("，。、；：？！“”‘’「」『』（）《》〈〉【】")


class _SqueezedWidths(dict[str, float]):
    """Widths with the squeezable marks set `mark` cells wide, kept like `_Widths`."""

    def __init__(self, mark: float) -> None:
        super().__init__()
        self.mark = mark

    def __missing__(self, ch: str) -> float:
        width = self[ch] = self.mark if ch in SQUEEZABLE else _WIDTHS[ch]
        return width


_SQUEEZED: dict[float, _SqueezedWidths] = {}


def display_width(text: str) -> int:
    """Printed width in half-width cells: a Han character or full-width mark is 2, ASCII 1.

    Column width is measured in cells, not characters, because digits and Latin
    letters take half a cell and would otherwise make full lines look short.

    >>> display_width("436个党支部"), display_width("（下转2版A）")
    (11, 12)
    >>> all(char_width(chr(code)) == 2 for code in (*range(0x4E00, 0xA000), *range(0x3000, 0x303F), *range(0xFF01, 0xFF61)))
    True
    """
    rest = _TWO_CELLS.sub("", text)
    return 2 * (len(text) - len(rest)) + sum(map(_WIDTHS.__getitem__, rest))


def squeezed_width(text: str, mark: float) -> float:
    """Printed width where each squeezable mark takes `mark` cells (2: full width).

    >>> squeezed_width("你好，世界。", 1.5), squeezed_width("你好，世界。", 2)
    (11.0, 12)
    """
    if mark == 2:
        return display_width(text)
    widths = _SQUEEZED.get(mark) or _SQUEEZED.setdefault(mark, _SqueezedWidths(mark))
    return sum(map(widths.__getitem__, text))


class kept_property(Generic[T]):
    """A property computed on first use and kept on the instance, as functools.cached_property
    does, without the lock cached_property takes at every first use in Python 3.11 (a page
    has thousands of lines and units). Works on frozen dataclasses: it writes the instance's
    __dict__ directly."""

    def __init__(self, compute: Callable[[Any], T]) -> None:
        self.compute = compute
        self.__doc__ = compute.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, instance: Any, owner: type | None = None) -> T:
        value = instance.__dict__[self.name] = self.compute(instance)
        return value


@dataclass(frozen=True, slots=True)
class Line:
    """A source line. Slotted, its width measured once when it is made: a dump holds tens of
    thousands of lines, and almost every one is measured. `mark` is the width of a squeezable
    punctuation mark on its page (`cleanup.squeeze`)."""

    number: int
    text: str
    mark: float = field(default=2, compare=False, repr=False)
    width: float = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "width", display_width(self.text) if self.mark == 2 else squeezed_width(self.text, self.mark))


class SpansLines:
    """Made of source lines: its first and last line numbers locate it in the dump."""

    lines: Sequence[Line]

    @property
    def first(self) -> int:
        return self.lines[0].number

    @property
    def last(self) -> int:
        return self.lines[-1].number


@dataclass(frozen=True)
class Block(SpansLines):
    """A run of non-blank lines; blank lines in a dump separate blocks."""

    lines: tuple[Line, ...]

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)


def split_lines(text: str, first: int = 1) -> list[Line]:
    """Number the lines from `first` (1: the dump's first line) and drop trailing whitespace
    (it carries no meaning)."""
    return [Line(number, raw.rstrip()) for number, raw in enumerate(text.split("\n"), start=first)]


def split_blocks(lines: list[Line], gap: int = 1) -> list[Block]:
    """The runs of text lines parted by at least `gap` blank lines in a row (fewer, on a dump
    that prints a blank line after every line, part nothing: `cleanup.spacing`)."""
    blocks: list[Block] = []
    run: list[Line] = []
    blanks = 0
    for line in lines:
        if not line.text.strip():
            blanks += 1
            continue
        if run and blanks >= gap:
            blocks.append(Block(tuple(run)))
            run = []
        run.append(line)
        blanks = 0
    if run:
        blocks.append(Block(tuple(run)))
    return blocks
