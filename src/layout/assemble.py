"""Rebuild the articles of a page from its classified pieces.

Photos and furniture are taken out of the text stream first; every other piece
is then read for where articles begin (`layout.boundaries`): titles inside one
article are intertitles, titles between two are a headline block. The page is
read as alternating runs: headline blocks and body runs (bylines, paragraphs,
intertitles). A body run holds one
or more article bodies, split where a byline or dateline opens a new one or a
jump line closes one. Whether headline blocks follow their bodies or precede
them is decided per page from its own edges: a page that opens with text and
ends with a headline prints headlines after bodies.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

import regex

from cleanup import Line
from layout.classify import Piece
from layout.meta import STORY_CREDIT
from layout.pieces import Body, body_of
from cleanup.cues import REFERENCE
from cleanup.linear import LinearModel
from cleanup.marks import ends_sentence
from layout.boundaries import GAP, StreamItem, new_article
from layout.boundaries import orientation as read_orientation
from layout.titles import SUBHEADLINE, BANNER_OVERLAP, TITLES_PER_ARTICLE, TitleUnit, is_slogan, overlap, title_units

Orientation = Literal["headline-first", "body-first"]
_FULL_STOP = regex.compile(r"[。；;…]")
# A headline printed unwrapped may run this long.
HEADLINE_MAX_CHARS = 80


class Split:
    """A new article begins here, with nothing printed between the two paragraphs to show it."""


SPLIT = Split()


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


@dataclass
class Assembly:
    drafts: list[Draft]
    furniture: list[Piece]
    orientation: Orientation
    confidence: float


@dataclass
class TextStream:
    """The page's text with photos and furniture taken out (each leaves a gap), and its orientation."""

    items: list[StreamItem]
    photos: list[Draft]
    furniture: list[Piece]
    orientation: Orientation
    confidence: float


def text_stream(pieces: list[Piece]) -> TextStream:
    items, photos, credit_banners = _take_photos(pieces)
    furniture = [piece for piece in pieces if piece.kind == "furniture"] + credit_banners
    orientation, confidence = read_orientation(items)
    return TextStream(items, photos, furniture, orientation, confidence)


def assemble(pieces: list[Piece], model: LinearModel | None = None) -> Assembly:
    """Articles, photos and furniture of a page; `model` replaces the shipped labelling weights."""
    stream = text_stream(pieces)
    items = read_articles(stream.items, stream.orientation, model)
    drafts, banners = _articles(_segments(items), stream.orientation)
    furniture = sorted(stream.furniture + banners, key=lambda piece: piece.first)
    drafts = sorted(drafts + stream.photos, key=lambda draft: draft.anchor_line)
    return Assembly(drafts, furniture, stream.orientation, stream.confidence)


# ---------------------------------------------------------------- photos
def _take_photos(pieces: list[Piece]) -> tuple[list[StreamItem], list[Draft], list[Piece]]:
    """A credit ("■记者 X 摄") and the paragraph just before it make a photo item.

    Photos and furniture leave a Gap in the stream: text on both sides of one
    rarely belongs to one article body. A banner printed after a caption's
    credit comes back as furniture.
    """
    out: list[StreamItem] = []
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
        elif piece.kind == "title" and out and isinstance(out[-1], Body) and STORY_CREDIT.fullmatch(piece.text.strip()):
            out.append(body_of(Piece("body", piece.lines, piece.unit)))  # the photo story's closing credit
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


# ---------------------------------------------------------------- labels
def read_articles(items: list[StreamItem], orientation: Orientation, model: LinearModel | None = None) -> list[StreamItem | TitleUnit]:
    """Decide between every two paragraphs whether a new article begins, and give the titles between their part.

    Titles inside one article become intertitles. Where a new article begins with
    no title between, a headline printed as a paragraph (too long for the title
    shape, or with a comma) is taken for the headline block the boundary needs;
    failing that, the boundary is marked so the body run splits there.
    """
    items = [_as_title(item) if _before_opening(items, index) and _printed_headline(item) else item for index, item in enumerate(items)]
    items = [_as_body(item) if _closes_paragraph(items, index) else item for index, item in enumerate(items)]
    out: list[StreamItem | TitleUnit] = list(items)
    for index, item in enumerate(items):
        if _is_title(item) and _after_byline(items, index):
            out[index] = TitleUnit(item)  # a byline opens a body, never a headline block
    bodies = [index for index, item in enumerate(items) if isinstance(item, Body)]
    splits: list[int] = []
    for before, after in zip(bodies, bodies[1:]):
        titles = [index for index in range(before + 1, after) if _is_title(items[index]) and not isinstance(out[index], TitleUnit)]
        if not new_article(items, before, after, orientation, model):
            for index in titles:
                out[index] = TitleUnit(items[index])
        elif not titles and not any(isinstance(item, Piece) and item.kind == "byline" for item in items[before + 1 : after]):
            candidate = before if orientation == "body-first" else after
            if _printed_headline(items[candidate]):
                out[candidate] = _as_title(items[candidate])
            else:
                splits.append(after)
    for index in reversed(splits):
        out.insert(index, SPLIT)
    return out


def _closes_paragraph(items: list[StreamItem], index: int) -> bool:
    """A title-shaped line that ends the text before it: an attribution ("——织里镇镇长宁云"),
    which no headline precedes, or a reference ("案件編號：HCMA81/2021")."""
    item = items[index]
    if not _is_title(item) or index == 0 or not isinstance(items[index - 1], Body):
        return False
    return bool(SUBHEADLINE.match(item.text) or REFERENCE.fullmatch(item.text.strip()))


def _as_body(piece: Piece) -> Body:
    return body_of(Piece("body", piece.lines, piece.unit))


def _is_title(item: StreamItem) -> bool:
    return isinstance(item, Piece) and item.kind == "title"


def _after_byline(items: list[StreamItem], index: int) -> bool:
    """Only titles stand between this one and a byline before it."""
    position = index - 1
    while position >= 0 and _is_title(items[position]):
        position -= 1
    return position >= 0 and isinstance(items[position], Piece) and items[position].kind == "byline"


def _before_opening(items: list[StreamItem], index: int) -> bool:
    """The next piece is a byline or a paragraph that opens with a dateline."""
    following = items[index + 1] if index + 1 < len(items) else None
    return isinstance(following, Piece) and following.kind == "byline" or isinstance(following, Body) and following.starts_article


def _as_title(body: Body) -> Piece:
    return Piece("title", body.piece.lines, body.piece.unit)


def _printed_headline(body: StreamItem) -> bool:
    """A headline that reads as a paragraph by shape: one line, at most a question or an
    exclamation at its end and no full stop inside, no dateline or jump line."""
    if not isinstance(body, Body):
        return False
    text = body.text.text.strip()
    return (
        len(body.piece.lines) == 1
        and body.dateline is None
        and body.jump is None
        and len(text) <= HEADLINE_MAX_CHARS
        and not _FULL_STOP.search(text.rstrip("？！?!”」』）)"))
    )


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


def _segments(stream: list[StreamItem | TitleUnit | Split]) -> list[Segment]:
    segments: list[Segment] = []
    gap = split = False
    for item in stream:
        if item is GAP:
            gap = True
            continue
        if item is SPLIT:
            split = True
            continue
        is_title = isinstance(item, Piece) and item.kind == "title"
        if not segments or segments[-1].is_titles != is_title:
            segments.append(Segment(after_gap=gap))
        gap = False
        if is_title:
            segments[-1].titles.append(item)
        else:
            _add_to_run(segments[-1], item, split)
        split = False
    return segments


def _add_to_run(segment: Segment, item: Piece | Body | TitleUnit, split: bool) -> None:
    """A byline or dateline opens a new chunk, unless the chunk so far holds no paragraph;
    so does a split the boundaries asked for."""
    chunks = segment.chunks
    opens = isinstance(item, Piece) and item.kind == "byline" or isinstance(item, Body) and item.starts_article
    current = chunks[-1] if chunks else None
    if current is None or current.closed or ((opens or split) and current.bodies):
        chunks.append(Chunk())
    chunks[-1].parts.append(item)


# ---------------------------------------------------------------- articles
def _articles(segments: list[Segment], orientation: Orientation) -> tuple[list[Draft], list[Piece]]:
    """Hang every headline block on its body."""
    chunks_and_blocks: list[Chunk | list[TitleUnit]] = []
    for segment in segments:
        chunks_and_blocks.extend([title_units(segment.titles)] if segment.is_titles else segment.chunks)
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
