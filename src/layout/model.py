"""The reconstructed page: what the writers (NewsML-G2, JSON) read and nothing more."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal

from cleanup.edits import Edit


@dataclass(frozen=True)
class Span:
    """Source lines (1-based, inclusive) a piece of the output came from."""

    first: int
    last: int


@dataclass
class BodyPart:
    """A body paragraph ("p"), an in-body intertitle ("h") or a table ("table": its `rows` of
    cells as printed, its text the cells in reading order, a space between)."""

    kind: Literal["p", "h", "table"]
    text: str
    span: Span
    rows: tuple[tuple[str, ...], ...] = ()

    @classmethod
    def table(cls, rows: Iterable[Iterable[str]], span: Span) -> BodyPart:
        cells = tuple(tuple(row) for row in rows)
        return cls("table", " ".join(cell for row in cells for cell in row), span, cells)


CreditRole = Literal["reporter", "correspondent", "photographer", "editor"]


@dataclass
class Dateline:
    """The 电头 as printed, plus the parts NewsML-G2 and NITF have slots for."""

    text: str
    source: str | None = None
    place: str | None = None
    date_text: str | None = None
    month: int | None = None
    day: int | None = None
    reporters: list[str] = field(default_factory=list)
    # The role each reporter's title gives them ("通讯员" a correspondent).
    roles: dict[str, CreditRole] = field(default_factory=dict)


@dataclass
class Byline:
    """The 署名 as printed without "■", and the people named in it."""

    text: str
    persons: list[str] = field(default_factory=list)
    # The role each person's title gives them ("本报通讯员 谭曰鹏": a correspondent).
    roles: dict[str, CreditRole] = field(default_factory=dict)


LineRoleName = Literal["headline", "kicker", "subheadline", "byline", "dateline", "jump", "credit"]


@dataclass(frozen=True)
class LineRole:
    """Source lines that a field other than the body came from (a report tints them by it)."""

    role: LineRoleName
    span: Span


@dataclass(frozen=True)
class Confidence:
    """The chance an article (or a page's articles) came out right, and the doubts behind it
    (`layout.confidence`)."""

    score: float
    reasons: list[str] = field(default_factory=list)


@dataclass
class Article:
    """One article or photo caption of the page, in body reading order."""

    kind: Literal["article", "photo"]
    headline: str | None = None
    kicker: str | None = None
    subheadline: str | None = None
    byline: Byline | None = None
    dateline: Dateline | None = None
    body: list[BodyPart] = field(default_factory=list)
    continued: str | None = None
    jump_line: str | None = None
    # Continued from another page: "1版" from the line "（上接1版）" that opens the text here.
    continued_from: str | None = None
    jump_from_line: str | None = None
    credit: str | None = None
    span: Span | None = None
    notes: list[str] = field(default_factory=list)
    confidence: Confidence | None = None
    line_roles: list[LineRole] = field(default_factory=list)
    # ISO date of the story (its dateline's day in the page's year), when it can be told.
    story_date: str | None = None
    # A photo: the number (1-based, as items are numbered) of the article it illustrates,
    # when the page makes that clear (`layout.photos`).
    illustrates: int | None = None

    @property
    def title(self) -> str:
        """A one-line name for the item: its headline, else the start of its text."""
        if self.headline:
            return self.headline
        text = self.body[0].text if self.body else ""
        return text[:24] + ("…" if len(text) > 24 else "")


FurnitureRole = Literal["page-header", "banner", "masthead", "promo", "residue"]


@dataclass
class Furniture:
    """Page-level text that belongs to no article; "residue" is text nothing else could place."""

    text: str
    role: FurnitureRole
    span: Span


DateSource = Literal["printed", "option", "file name"]


@dataclass
class PageMeta:
    date: str | None = None
    number: str | None = None
    section: str | None = None
    # Where the date came from: printed on the page, given by the user, or the file name.
    date_source: DateSource | None = None


@dataclass
class Page:
    source: str
    # SHA-256 of the dump's decoded text without whitespace (`layout.fingerprint`): the same
    # dump is recognised whatever its file name, encoding, line breaks or newsdump version.
    fingerprint: str
    meta: PageMeta
    furniture: list[Furniture]
    articles: list[Article]
    edits: list[Edit]
    layout: Literal["headline-first", "body-first"]
    layout_confidence: float
    confidence: Confidence | None = None
    # The language tag when the text was written in a script on request (layout.transcribe).
    language: str | None = None
