"""The page's text stream: photos and furniture taken out, what the print settles outright, and its orientation.

Photos (a caption and its credit) and furniture leave the stream, each leaving
a gap: text on both sides of one rarely belongs to one article. Some shapes are
settled before any article boundary is weighed, because print leaves no doubt
about them: a one-line "paragraph" just before a byline or a dateline is a
headline printed unwrapped, a "——" line right after a paragraph is its
attribution, a title right after a byline opens that article's body (where text follows). Then the
page's orientation: whether headlines follow their bodies or precede them.
"""

from __future__ import annotations

import statistics
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Literal

import regex

from cleanup import Line
from cleanup.columns import is_full, looks_indented_only
from cleanup.config import DEFAULT, Config
from cleanup.cues import BOX_TITLE, is_reference
from cleanup.marks import bracket_balance
from cleanup.shapes import CLAUSE, QUOTE_OPENERS
from layout.classify import Piece
from layout.drafts import Chunk, Draft
from layout.meta import CAPTION_END, credits_the_story
from layout.pieces import Body, body_of
from layout.titles import SUBHEADLINE, TitleUnit
from layout.words import pairs_of, share

Orientation = Literal["headline-first", "body-first"]
_FULL_STOP = regex.compile(r"[。；;…]")
# "（作者为省社科院研究员）": a note in brackets closes the text before it.
_IN_BRACKETS = regex.compile(r"[（(].*[）)]")
# A question or an exclamation at the end of a text, a closing quote or bracket after it.
_ASKS_OR_EXCLAIMS = regex.compile(r"[！？!?][”’」』）)]*\s*$")
# A line that ends on a mark: where a headline stacked at its phrases breaks, not a wrap's cut.
_ENDS_ON_A_MARK = regex.compile(r"[，、。；：！？,;:!?”’」』）)》—…]\s*$")


class Gap:
    """Where a photo or a piece of furniture was taken out of the text stream."""


GAP = Gap()
StreamItem = Piece | Body | TitleUnit | Gap


@dataclass
class TextStream:
    """The page's text with photos and furniture taken out (each leaves a gap), and its orientation."""

    items: list[StreamItem]
    photos: list[Draft]
    furniture: list[Piece]
    orientation: Orientation
    confidence: float


def text_stream(pieces: list[Piece], config: Config = DEFAULT) -> TextStream:
    items, photos, credit_banners = _take_photos(pieces, config)
    items = settle_shapes(items, config)
    furniture = [piece for piece in pieces if piece.kind == "furniture"] + credit_banners
    orientation, confidence = read_orientation(items, config)
    if orientation == "body-first":
        items = _page_opens_on_prose(items)
    return TextStream(items, photos, furniture, orientation, confidence)


def _page_opens_on_prose(items: list[StreamItem]) -> list[StreamItem]:
    """Where headlines follow their text, nothing titles the text that opens the page: lines
    there that hold a clause over the text ("多一点冷静看待得失的辩证眼光、多" | "一点及时调整方法的务实
    做法，这对农" | "户和合作社来说都是好选择", a lede printed without its stop) are its first
    paragraph, not a banner."""
    first = next((index for index, item in enumerate(items) if item is not GAP), None)
    if first is None or first + 1 >= len(items) or not is_title(items[first]) or not isinstance(items[first + 1], Body):
        return items
    title = items[first]
    if len(title.lines) < 2 or not CLAUSE.search(title.text.strip()[:-1]):
        return items
    return [*items[:first], _as_body(title), *items[first + 1 :]]


def _take_photos(pieces: list[Piece], config: Config = DEFAULT) -> tuple[list[StreamItem], list[Draft], list[Piece]]:
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
            caption = [_whole_caption(out, out.pop())] if out and isinstance(out[-1], Body) else []
            photos.append(Draft("photo", Chunk(caption), credit=piece))
            out.append(GAP)
        elif piece.kind == "title" and out and isinstance(out[-1], Body) and credits_the_story(piece.text, out[-1].text.text, config):
            out.append(replace(body_of(Piece("body", piece.lines, piece.unit)), credits_story=True))
        elif isinstance(item, Body) and item.credit is not None:
            item = _whole_caption(out, item)
            photos.append(Draft("photo", Chunk([item]), credit=item))
            if item.banner is not None:
                banners.append(_banner_piece(item))
            out.append(GAP)
        else:
            out.append(item)
    return out, photos, banners


def _whole_caption(out: list[StreamItem], caption: Body) -> Body:
    """The caption over (or holding) a credit, with the paragraph above it that it continues
    (`_caption_opens_above`), taken off `out`: one caption, one paragraph, parted only where a
    sentence ended at a line's end."""
    if not _caption_opens_above(out, caption):
        return caption
    above = out.pop()
    return body_of(Piece("body", above.piece.lines + caption.piece.lines, above.piece.unit))


def _caption_opens_above(out: list[StreamItem], caption: Body) -> bool:
    """Does the caption over a credit begin a paragraph higher ("在全县…下地开展春耕作业。" |
    "图为…保驾护航。" | "■顾春 蒋勇 摄")? A block that holds only the two paragraphs over the
    credit is the caption, parted where a sentence ended at a line's end. Where no blank line
    parts the page's units, so is a paragraph alone after a title, a photo or a text a jump line
    closed, that ends where the column did (a judgment call) or over a "图为…" sentence, unless a
    jump line closes it."""
    above = out[-1] if out else None
    if not isinstance(above, Body):
        return False
    if above.piece.unit.opens_block and not caption.piece.unit.opens_block and not above.piece.unit.closes_block:
        return True
    if caption.piece.unit.opens_block:
        return False  # a blank line parts them
    before = out[-2] if len(out) > 1 else GAP
    alone = not isinstance(before, Body) or before.closes_article
    cut_at_the_edge = above.piece.lines[-1].number in above.piece.unit.judgment_calls
    return alone and not above.closes_article and (cut_at_the_edge or bool(_SHOWS.match(caption.text.text)))


# "图为…": the sentence that tells what a photo shows, the last of its caption.
_SHOWS = regex.compile(r"\s*(?:图为|圖為|图為)")


def _banner_piece(body: Body) -> Piece:
    return Piece("furniture", [Line(body.banner.first_line, body.banner.text)], body.piece.unit, "banner")


# ---------------------------------------------------------------- shapes print settles
def settle_shapes(items: list[StreamItem], config: Config = DEFAULT) -> list[StreamItem]:
    """Give the shapes print leaves no doubt about their part, before any boundary is weighed."""
    items = [
        as_title(item) if _before_opening(items, index) and printed_headline(item, config, _measure_above(items, index, config)) else item
        for index, item in enumerate(items)
    ]
    items = [_as_body(item) if _closes_paragraph(items, index) else item for index, item in enumerate(items)]
    # A byline opens a body, never a headline block: titles after one are intertitles, and so
    # is a box's own title ("核心阅读") printed right before the text it heads.
    return [
        TitleUnit(item) if is_title(item) and (_after_byline(items, index) or _heads_box(items, index)) else item
        for index, item in enumerate(items)
    ]


def _closes_paragraph(items: list[StreamItem], index: int) -> bool:
    """A title-shaped line that ends the text before it: an attribution ("——石桥镇镇长王明"),
    which no headline precedes, or a reference ("案件編號：HCMA12/2020")."""
    item = items[index]
    if not is_title(item) or index == 0 or not isinstance(items[index - 1], Body):
        return False
    return bool(SUBHEADLINE.match(item.text) or is_reference(item.text.strip()))


def _as_body(piece: Piece) -> Body:
    return body_of(Piece("body", piece.lines, piece.unit))


def is_title(item: StreamItem) -> bool:
    return isinstance(item, Piece) and item.kind == "title"


def _heads_box(items: list[StreamItem], index: int) -> bool:
    """A box's own title heads the text under it; with no text under it (the links of
    "相关链接" were not printed) it is the last line of the text above."""
    if not BOX_TITLE.match(items[index].text):
        return False
    following = items[index + 1] if index + 1 < len(items) else None
    return isinstance(following, Body) or index > 0 and isinstance(items[index - 1], Body)


def _after_byline(items: list[StreamItem], index: int) -> bool:
    """Only titles stand between this one and a byline before it, and text follows them: titles
    between two bylines, or after the last, are the headlines an extractor printed together
    after the page's text, each with its byline; titles over a text that opens with a dateline
    head that text (an extractor that printed a headline block away from its text)."""
    position = index - 1
    while position >= 0 and is_title(items[position]):
        position -= 1
    following = index + 1
    while following < len(items) and is_title(items[following]):
        following += 1
    text_follows = following < len(items) and not (isinstance(items[following], Piece) and items[following].kind == "byline")
    if text_follows and isinstance(items[following], Body) and items[following].starts_article:
        return False  # a dateline opens the text under them: they head it, the byline's text is elsewhere
    return text_follows and position >= 0 and isinstance(items[position], Piece) and items[position].kind == "byline"


def _before_opening(items: list[StreamItem], index: int) -> bool:
    """The next piece is a byline or a paragraph that opens with a dateline."""
    following = items[index + 1] if index + 1 < len(items) else None
    return isinstance(following, Piece) and following.kind == "byline" or isinstance(following, Body) and following.starts_article


def as_title(body: Body) -> Piece:
    return Piece("title", body.piece.lines, body.piece.unit)


def _measure_above(items: list[StreamItem], index: int, config: Config) -> int:
    """The measure of the paragraph right above `index` (`paragraph_measure`), 0 if none shows one."""
    above = items[index - 1] if index > 0 else None
    return paragraph_measure(above, config) if isinstance(above, Body) else 0


def printed_headline(body: StreamItem, config: Config = DEFAULT, measure: int = 0) -> bool:
    """A headline that reads as a paragraph by shape: one line, or lines that never reach the
    column (a headline stacked in short lines), at most a question or an exclamation at its
    end and no full stop inside, no dateline or jump line."""
    if not isinstance(body, Body) or body.closes_article:
        return False  # what closes the text before it (a photo story's credit, "（本报柏林2月3日电）") heads none
    text = body.text.text.strip()
    lines, column = body.piece.lines, body.piece.unit.column
    stacked = column > 0 and not any(is_full(line, column, False, config) or looks_indented_only(line, column, config) for line in lines)
    # A paragraph always ends a sentence: lines before a byline that end none are a headline, and
    # so are lines that end on a question or an exclamation with no full stop before it; not
    # lines that leave a quotation open, whose words go on elsewhere. Lines that wrap as a
    # paragraph does are a headline only if they end no sentence on a few lines
    # (`Config.wrapped_headline_max_lines`): not an article's last words ("…充满了信心！"),
    # nor a paragraph a column cut off, over the byline of a text whose headline the
    # extractor printed elsewhere.
    open_ended = (
        len(lines) <= config.headline_max_lines
        and not _IN_BRACKETS.fullmatch(text)
        and not _leaves_a_quote_open(text)
        and not ((_ASKS_OR_EXCLAIMS.search(text) or len(lines) > config.wrapped_headline_max_lines) and _wraps_as_a_paragraph(lines, column, config, measure))
    )
    return (
        (len(lines) == 1 or stacked or open_ended)
        and body.dateline is None
        and body.jump is None
        and len(text) <= config.headline_max_chars
        and not _FULL_STOP.search(text.rstrip("？！?!”」』）)"))
    )


def _wraps_as_a_paragraph(lines: list[Line], column: float, config: Config = DEFAULT, measure: int = 0) -> bool:
    """Every line but the last fills the column (the widest of the lines where the column is
    not known), the first one perhaps short by its lost indent, and one of them at least is
    cut where no mark ends a phrase: a paragraph wrapped at its measure, not a headline stacked
    at its phrases ("夜市重开，" | "摊主们盼了半年的三份新规定" | "到底改变了什么？"), whose
    lines may fill a narrow column each ("某地培训技术人员两千人次，" | "某研究院高级畜牧师王明——").
    Read against the `measure` of the paragraph above where it shows one, two lines will do:
    a headline's halves, one to a line ("旧区重建谈了三年" | "租户的出路在哪里？"), fall short of
    the text's measure however they fill their own; read against their own, it takes three.
    A line that runs past that measure (more than `Config.full_slack`) was set wider than the
    paragraph's column, a headline across columns or over a narrow text's column, no wrap at it.

    >>> full, short = Line(1, "路修通了，产业也跟着兴旺起"), Line(2, "红火了！")
    >>> _wraps_as_a_paragraph([full, full, short], 0), _wraps_as_a_paragraph([Line(1, "夜市重开，"), full, short], 0)
    (True, False)
    >>> halves = [Line(1, "旧区重建谈了三年"), Line(2, "租户的出路在哪里？")]
    >>> _wraps_as_a_paragraph([full, short], 0, measure=full.width), _wraps_as_a_paragraph(halves, 0, measure=full.width)
    (True, False)
    >>> _wraps_as_a_paragraph([Line(1, "某地培训技术人员两千人次，"), Line(2, "某研究院高级畜牧师王明——"), short], 0)
    False
    >>> _wraps_as_a_paragraph([Line(1, "新规出台后小区停车难题"), Line(2, "何时才能真正解决？")], 0, measure=Line(1, "路修通了，产业").width)
    False
    """
    width = measure or column or max(line.width for line in lines)
    return (
        len(lines) > (1 if measure else 2)
        and not (measure and any(line.width > measure + config.full_slack for line in lines))
        and all(is_full(line, width, False, config) or index == 0 and looks_indented_only(line, width, config) for index, line in enumerate(lines[:-1]))
        and not all(_ENDS_ON_A_MARK.search(line.text) for line in lines[:-1])
    )


def _leaves_a_quote_open(text: str) -> bool:
    """The text opens a quotation it does not close ("“具体来说，就是要" | "更加注重实效"): a
    paragraph cut off, its words going on in another column, never a headline.

    >>> _leaves_a_quote_open("“具体来说，就是要更加注重实效"), _leaves_a_quote_open("老街书店的最后一天「还会再见吗？」")
    (True, False)
    """
    still_open, _ = bracket_balance(text)
    return any(still_open.get(quote) for quote in QUOTE_OPENERS)


# ---------------------------------------------------------------- sides and orientation
def paragraph_measure(body: Body, config: Config = DEFAULT) -> int:
    """The column width a wrapped paragraph shows: its full lines, the first one with its indent back.

    0 for a paragraph of one line, which shows no measure, and on a page printed one
    paragraph per line, where no column could be measured.
    """
    lines = body.piece.lines
    if len(lines) < 2 or not body.piece.unit.column:
        return 0
    widths = [line.width + (config.lost_indent if position == 0 else 0) for position, line in enumerate(lines[:-1])]
    return int(statistics.median_high(widths))


@dataclass(frozen=True)
class Side:
    """The text on one side of a boundary: its words, its measure, and what marks its edge."""

    pairs: frozenset[str]
    measure: int
    marked: bool  # closed by a jump line, sign-off or credit (before); opened by a dateline (after)
    # A photo's caption ("图为…") ends the nearest paragraph (before) or one of the first two (after):
    # a photo story, a few paragraphs long, stands there.
    caption: bool = False


def side(items: Sequence[StreamItem], position: int, step: int, config: Config = DEFAULT, reach: int | None = None) -> Side:
    """Up to `reach` paragraphs (`config.context_bodies` unless given) from `position` on, walking by `step`, within one run of text."""
    reach = config.context_bodies if reach is None else reach
    nearest = items[position]
    assert isinstance(nearest, Body)
    marked = nearest.closes_article if step < 0 else nearest.starts_article
    found: set[str] = set()  # grown in place, frozen once: a side may reach over the whole page
    measure = 0
    bodies = 0
    caption = False
    while 0 <= position < len(items) and bodies < reach:
        item = items[position]
        if isinstance(item, TitleUnit):
            position += step
            continue  # an intertitle inside the run
        if not isinstance(item, Body):
            break
        found |= pairs_of(item.text.text)
        measure = measure or paragraph_measure(item, config)
        caption = caption or bodies < (1 if step < 0 else 2) and bool(CAPTION_END.search(item.text.text))
        bodies += 1
        position += step
    return Side(frozenset(found), measure, marked, caption)


def read_orientation(items: Sequence[StreamItem], config: Config = DEFAULT) -> tuple[Orientation, float]:
    """Whether headlines precede or follow their bodies on this page, and how sure that is.

    Two kinds of evidence are summed. The page's edges: it opens with a headline
    block when headlines come first, and ends with one when they follow; an edge
    weighs `Config.orientation_edge_weight`. And each headline block that stands
    where a byline or a dateline opens the next text (or a jump line closed the
    text before): it shares more words with its own article, after it when
    headlines come first, before it when they follow.
    """
    real = [item for item in items if not isinstance(item, Gap)]
    if not real:
        return "body-first", 0.5
    score = config.orientation_edge_weight * (float(is_title(real[0])) - float(is_title(real[-1])))
    bodies = [index for index, item in enumerate(items) if isinstance(item, Body)]
    for start, end in _title_runs(items):
        following = items[end] if end < len(items) else None
        opens = isinstance(following, Piece) and following.kind == "byline" or isinstance(following, Body) and following.starts_article
        place = bisect_left(bodies, start)
        before = bodies[place - 1] if place else None
        closed = before == start - 1 and items[before].closes_article
        if not (opens or closed):
            continue
        place = bisect_left(bodies, end, place)
        after = bodies[place] if place < len(bodies) else None
        titles = [pairs_of(items[index].text) for index in range(start, end)]
        own_after = side(items, after, 1, config).pairs if after is not None else frozenset()
        own_before = side(items, before, -1, config).pairs if before is not None else frozenset()
        score += max(share(pairs, own_after) for pairs in titles) - max(share(pairs, own_before) for pairs in titles)
    sureness = 0.5 + min(abs(score), config.orientation_sure) / (2 * config.orientation_sure)
    return ("headline-first" if score > 0 else "body-first"), round(sureness, 2)


def _title_runs(items: Sequence[StreamItem]) -> list[tuple[int, int]]:
    """(start, end) of every run of titles in the stream."""
    runs = []
    start = None
    for index, item in enumerate([*items, None]):
        if item is not None and is_title(item):
            start = index if start is None else start
        elif start is not None:
            runs.append((start, index))
            start = None
    return runs
