"""Articles and photos before their text is cleaned: the pieces each is made of, in print order."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from layout.classify import Piece
from layout.pieces import Body
from layout.titles import TitleUnit


@dataclass
class Chunk:
    """One article's body as printed: bylines, paragraphs and intertitles, in order."""

    parts: list[Piece | Body | TitleUnit] = field(default_factory=list)
    # Kept as parts are added, so asking stays cheap however many bylines a run holds.
    holds_body: bool = field(init=False, default=False)

    def __post_init__(self) -> None:
        self.holds_body = any(isinstance(part, Body) for part in self.parts)

    def add(self, part: Piece | Body | TitleUnit) -> None:
        self.parts.append(part)
        self.holds_body = self.holds_body or isinstance(part, Body)

    @property
    def bodies(self) -> list[Body]:
        return [part for part in self.parts if isinstance(part, Body)]

    @property
    def text(self) -> str:
        """The body's text as printed, for comparing titles with it."""
        return "".join(body.text.text for body in self.bodies)

    @property
    def closed(self) -> bool:
        """Ended by a jump line or the reporters' sign-off: nothing after it belongs to it."""
        last = self.parts[-1] if self.parts else None
        return isinstance(last, Body) and last.closes_article


@dataclass
class Draft:
    """An article or photo before its text is cleaned: its pieces and where they came from."""

    kind: Literal["article", "photo"]
    chunk: Chunk = field(default_factory=Chunk)
    titles: list[TitleUnit] = field(default_factory=list)
    credit: Piece | Body | None = None

    @property
    def anchor_line(self) -> int:
        lines = [body.first for body in self.chunk.bodies]
        if lines:
            return min(lines)
        if self.titles:
            return self.titles[0].main.first
        return self.credit.first if self.credit else 0
