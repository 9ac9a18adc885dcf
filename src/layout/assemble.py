"""Rebuild the articles of a page from its classified pieces.

The page is read as alternating runs: headline blocks (title pieces) and body
runs (bylines and paragraphs). A body run holds one or more article bodies,
split where a byline or dateline opens a new one or a jump line closes one.
Whether headline blocks follow their bodies or precede them is decided per
page from its own edges: a page that opens with text and ends with a headline
prints headlines after bodies.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

import regex

from cleanup import Line
from layout.classify import Piece
from layout.meta import is_sign_off
from layout.pieces import Body, body_of
from layout.titles import BANNER_OVERLAP, TITLES_PER_ARTICLE, TitleUnit, has_column_tag, is_slogan, overlap, title_units

Orientation = Literal["headline-first", "body-first"]
# A list entry: "（1）", "(2、3)", "1.", "一、", or a short label and a colon.
LIST_ENTRY = regex.compile(r"^\s*(?:[（(][\d一二三四五六七八九十、.]+[）)]|\d+[.、]|[一二三四五六七八九十]+、|\p{Han}{2,6}[：:])")
INTERTITLE_MIN_CHARS = 7
# Column widths within this share of each other are one measure.
SAME_MEASURE = 0.1
MEASURED_PARAGRAPH_LINES = 3


@dataclass
class Chunk:
    """One article's body as printed: bylines, paragraphs and intertitles, in order."""

    parts: list[Piece | Body | TitleUnit] = field(default_factory=list)

    @property
    def bodies(self) -> list[Body]:
        return [part for part in self.parts if isinstance(part, Body)]

    @property
    def text(self) -> str:
        """The body's text as printed, for comparing titles with it."""
        return "".join(body.text.text for body in self.bodies)

    @property
    def opens_article(self) -> bool:
        first = self.parts[0] if self.parts else None
        return isinstance(first, Piece) and first.kind == "byline" or isinstance(first, Body) and first.starts_article

    @property
    def closed(self) -> bool:
        """Ended by a jump line or the reporters' sign-off: nothing after it belongs to it."""
        last = self.parts[-1] if self.parts else None
        return isinstance(last, Body) and (last.jump is not None or is_sign_off(last.text.text))


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


@dataclass
class Assembly:
    drafts: list[Draft]
    furniture: list[Piece]
    orientation: Orientation
    confidence: float


def assemble(pieces: list[Piece]) -> Assembly:
    stream, photos, credit_banners = _take_photos(pieces)
    furniture = [piece for piece in pieces if piece.kind == "furniture"] + credit_banners
    segments = _segments(stream)
    orientation, confidence = _orientation(segments)
    drafts, banners = _articles(segments, orientation)
    furniture = sorted(furniture + banners, key=lambda piece: piece.first)
    drafts = sorted(drafts + photos, key=lambda draft: draft.anchor_line)
    return Assembly(drafts, furniture, orientation, confidence)


# ---------------------------------------------------------------- photos
class Gap:
    """Where a photo or a piece of furniture was taken out of the text stream."""


GAP = Gap()


def _take_photos(pieces: list[Piece]) -> tuple[list[Piece | Body | Gap], list[Draft], list[Piece]]:
    """A credit ("■记者 X 摄") and the paragraph just before it make a photo item.

    Photos and furniture leave a Gap in the stream: text on both sides of one
    rarely belongs to one article body. A banner printed after a caption's
    credit comes back as furniture.
    """
    out: list[Piece | Body | Gap] = []
    photos: list[Draft] = []
    banners: list[Piece] = []
    for piece in pieces:
        item = body_of(piece) if piece.kind == "body" else piece
        if piece.kind == "furniture":
            out.append(GAP)
        elif piece.kind == "credit":
            caption = out.pop() if out and isinstance(out[-1], Body) else None
            photos.append(Draft("photo", Chunk([caption] if caption else []), credit=piece))
            out.append(GAP)
        elif isinstance(item, Body) and item.credit is not None:
            photos.append(Draft("photo", Chunk([item]), credit=item))
            if item.banner is not None:
                banners.append(_banner_piece(item))
            out.append(GAP)
        else:
            out.append(item)
    return out, photos, banners


def _banner_piece(body: Body) -> Piece:
    return Piece("furniture", [Line(body.banner.first_line, body.banner.text)], body.piece.unit, "banner")


# ---------------------------------------------------------------- segments
@dataclass
class Segment:
    """Either a headline block (titles) or a body run split into article chunks."""

    titles: list[Piece] = field(default_factory=list)
    chunks: list[Chunk] = field(default_factory=list)
    after_gap: bool = False

    @property
    def is_titles(self) -> bool:
        return bool(self.titles)


def _segments(stream: list[Piece | Body | Gap]) -> list[Segment]:
    segments: list[Segment] = []
    gap = False
    for item in stream:
        if item is GAP:
            gap = True
            continue
        is_title = isinstance(item, Piece) and item.kind == "title"
        if not segments or segments[-1].is_titles != is_title:
            segments.append(Segment(after_gap=gap))
        gap = False
        if is_title:
            segments[-1].titles.append(item)
        else:
            _add_to_run(segments[-1], item)
    return segments


def _add_to_run(segment: Segment, item: Piece | Body) -> None:
    """A byline or dateline opens a new chunk, unless the chunk so far holds only bylines."""
    chunks = segment.chunks
    opens = isinstance(item, Piece) and item.kind == "byline" or isinstance(item, Body) and item.starts_article
    current = chunks[-1] if chunks else None
    only_bylines = current is not None and not current.bodies and isinstance(item, Body)
    if current is None or current.closed or (opens and not only_bylines):
        chunks.append(Chunk())
    chunks[-1].parts.append(item)


def _orientation(segments: list[Segment]) -> tuple[Orientation, float]:
    """Headlines first when the page opens with a headline block and ends with text.

    A page that starts and ends with titles is either headline-first with a
    last headline whose body is on another page, or body-first with a banner
    on top: the end whose titles share more words with the text beside them
    holds a real headline.
    """
    if len(segments) < 2:
        return "body-first", 0.5
    first, last = segments[0].is_titles, segments[-1].is_titles
    if first != last:
        return ("headline-first" if first else "body-first"), 0.9
    if not first:
        return "body-first", 0.5
    opening = _fit(segments[0], segments[1].chunks[0])
    closing = _fit(segments[-1], segments[-2].chunks[-1])
    return ("headline-first" if opening > closing else "body-first"), 0.7


def _fit(titles: Segment, chunk: Chunk) -> float:
    """How well a headline block matches a body: the best share of its words the body repeats."""
    text = chunk.text
    return max(overlap(piece.text, text) for piece in titles.titles)


# ---------------------------------------------------------------- articles
def _articles(segments: list[Segment], orientation: Orientation) -> tuple[list[Draft], list[Piece]]:
    """Join chunks across intertitles, then hang every headline block on its body."""
    chunks_and_blocks = _merge_intertitles(segments)
    drafts: list[Draft] = []
    banners: list[Piece] = []
    pending: list[list[TitleUnit]] = []
    for position, item in enumerate(chunks_and_blocks):
        if isinstance(item, Chunk):
            draft = Draft("article", item)
            if orientation == "headline-first" and pending:
                draft.titles = pending.pop()
                drafts.extend(Draft("article", titles=titles) for titles in pending)
                pending = []
            drafts.append(draft)
        elif orientation == "body-first":
            blocks = _split_orphans(item)
            if drafts and drafts[-1].kind == "article" and not drafts[-1].titles and drafts[-1].chunk.parts:
                drafts[-1].titles = blocks.pop(0)
                if position == len(chunks_and_blocks) - 1 and not blocks:
                    drafts[-1].titles, blocks = _split_last_block(drafts[-1].titles, drafts[-1].chunk)
            elif not drafts:
                banners.extend(unit.main for block in blocks[:1] for unit in block)
                banners.extend(sub for block in blocks[:1] for unit in block for sub in unit.subs)
                blocks = blocks[1:]
            drafts.extend(Draft("article", titles=titles) for titles in blocks)
        else:
            pending.append(item)
    for titles in pending:
        if len(titles) == 1 and is_slogan(titles[0]):
            banners.append(titles[0].main)
        else:
            drafts.append(Draft("article", titles=titles))
    return drafts, banners


def _split_last_block(units: list[TitleUnit], chunk: Chunk) -> tuple[list[TitleUnit], list[list[TitleUnit]]]:
    """The page's last headline block, after the last body, may end with a headline whose body
    is on another page: the titles at its end that share no words with that body and are
    more than a slogan make an article of their own (its kicker and headline, at most two);
    an unrelated slogan stays with the block, to be taken as a banner."""
    text = chunk.text
    unrelated = 0
    while unrelated < len(units) - 1 and overlap(units[-1 - unrelated].text, text) < BANNER_OVERLAP:
        unrelated += 1
    orphan = [unit for unit in units[len(units) - unrelated :] if not is_slogan(unit)][-TITLES_PER_ARTICLE:]
    if not orphan:
        return units, []
    return [unit for unit in units if unit not in orphan], [orphan]


def _merge_intertitles(segments: list[Segment]) -> list[Chunk | list[TitleUnit]]:
    """Titles between two parts of one body are an intertitle or list entries, not a headline block.

    They are when the text after them does not open a new article (no byline, no
    dateline), the text before them was not closed by a jump line, both are set
    in one column width with no photo or banner between, and the titles are a
    list ("（1）…", "涉案人士：…") or a single title with nothing of a headline
    block (no deck, no column tag).
    """
    out: list[Chunk | list[TitleUnit]] = []
    runs_on = False
    for index, segment in enumerate(segments):
        if not segment.is_titles:
            if runs_on:
                out[-1].parts.extend(segment.chunks[0].parts)
                out.extend(segment.chunks[1:])
            else:
                out.extend(segment.chunks)
            runs_on = False
            continue
        units = title_units(segment.titles)
        previous = out[-1] if out and isinstance(out[-1], Chunk) else None
        following = segments[index + 1].chunks[0] if index + 1 < len(segments) else None
        inside = not segment.after_gap and _inside_one_body(previous, following)
        if inside and _is_list(units):
            previous.parts.extend(body_of(piece) for unit in units for piece in [unit.main, *unit.subs])
        elif inside and _is_intertitle(units):
            previous.parts.append(units[0])
        else:
            out.append(units)
            continue
        runs_on = True
    return out


def _inside_one_body(previous: Chunk | None, following: Chunk | None) -> bool:
    """Titles between text that is not closed by a jump line and text that opens no article."""
    if previous is None or following is None or previous.closed or following.opens_article:
        return False
    return _same_measure(previous, following)


def _is_list(units: list[TitleUnit]) -> bool:
    """Short entries of a list printed inside a body ("（1） 串謀…", "涉案人士：…"): paragraphs, not titles."""
    entries = sum(bool(LIST_ENTRY.match(unit.text)) for unit in units)
    return len(units) > 1 and entries * 2 >= len(units)


def _is_intertitle(units: list[TitleUnit]) -> bool:
    """A single title with nothing of a headline block (no deck, no column tag, not a few
    characters: an intertitle sums up a section in a phrase, "一起读书吧" heads an article)."""
    unit = units[0]
    return len(units) == 1 and not unit.subs and not has_column_tag(unit) and len(unit.text) >= INTERTITLE_MIN_CHARS


def _same_measure(previous: Chunk, following: Chunk) -> bool:
    """Text on both sides of an intertitle is set in one column width; a new article may not be."""
    before = _measured_columns(previous)
    after = _measured_columns(following)
    if not before or not after:
        return True
    return abs(before[-1] - after[0]) <= SAME_MEASURE * max(before[-1], after[0])


def _measured_columns(chunk: Chunk) -> list[int]:
    """Column widths of the chunk's paragraphs long enough to show their own measure."""
    return [
        body.piece.unit.column
        for body in chunk.bodies
        if body.piece.unit.column and len(body.piece.lines) >= MEASURED_PARAGRAPH_LINES
    ]


def _split_orphans(units: list[TitleUnit]) -> list[list[TitleUnit]]:
    """A headline block after a body may also hold a headline whose body is not on the page.

    A title carrying a "——" subheadline is a main headline; one that stands
    away from the body starts a block of its own.
    """
    blocks: list[list[TitleUnit]] = [[]]
    for position, unit in enumerate(units):
        if unit.subs and position > 0 and blocks[-1]:
            blocks.append([])
        blocks[-1].append(unit)
    return blocks
