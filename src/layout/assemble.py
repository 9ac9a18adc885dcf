"""Rebuild the articles of a page from its text stream.

The stream (`layout.stream`) holds the page's titles, bylines and paragraphs
with photos and furniture taken out. Between every two paragraphs the
boundaries (`layout.boundaries`) say whether a new article begins: titles
inside one article become intertitles, titles between two are a headline block.
The page is then read as alternating runs: headline blocks and body runs
(bylines, paragraphs, intertitles), a body run split where a byline or dateline
opens a new article or a jump line closes one, and every headline block hung
on the body it belongs to by the page's orientation.
"""

from __future__ import annotations

import itertools
import operator
from dataclasses import dataclass, field

import regex

from cleanup.config import DEFAULT, Config
from cleanup.cues import BOX_TITLE, CAMPAIGN_BANNER
from cleanup.shapes import CLAUSE
from cleanup.surnames import names_a_place_or_body, signs_a_letter
from layout.boundaries import (
    dispatch_of_a_round_up,
    explains_the_figure,
    new_article_chance,
    next_section,
    page_common_pairs,
    titles_pooled,
)
from layout.classify import Piece
from layout.drafts import Chunk, Draft
from layout.pieces import Body
from layout.stream import (
    GAP,
    Orientation,
    StreamItem,
    as_title,
    is_title,
    printed_headline,
    side,
    text_stream,
)
from layout.titles import (
    SUBHEADLINE,
    TitleUnit,
    ends_with_column_tag,
    is_slogan,
    kicker_over_headline,
    leads_in,
    overlap,
    title_units,
    without_column_tag,
)
from layout.words import pairs_of, share


class Split:
    """A new article begins here, with nothing printed between the two paragraphs to show it."""


SPLIT = Split()


@dataclass
class Assembly:
    drafts: list[Draft]
    furniture: list[Piece]
    orientation: Orientation
    confidence: float
    # How sure each boundary decision was (0.5 a coin toss, 1 printed on the page), by the
    # first source lines of the two paragraphs it stood between.
    certainty: dict[tuple[int, int], float] = field(default_factory=dict)


def assemble(pieces: list[Piece], config: Config = DEFAULT, body_size_titles: frozenset[int] = frozenset(), blank_lines: bool = False) -> Assembly:
    """Articles, photos and furniture of a page. `body_size_titles` are the numbers of title
    lines a PDF set in its body's size (`layout.pdf.PdfPage`): intertitles, never headlines.
    A dateline right under a paragraph may open a round-up's next dispatch
    (`layout.boundaries.dispatch_of_a_round_up`, which asks less where no `blank_lines` part the
    dump's blocks)."""
    stream = text_stream(pieces, config)
    certainty: dict[tuple[int, int], float] = {}
    items = read_articles(stream.items, stream.orientation, config, certainty, body_size_titles, blank_lines)
    text_end = max((piece.last for piece in pieces if piece.kind != "furniture"), default=0)
    # A round-up's dispatches are read by the page's orientation, as `boundaries.printed_mark` reads
    # them: not where an extractor pooled the titles.
    round_up_orientation = "" if titles_pooled(stream.items, config) else stream.orientation
    drafts, banners = _articles(_segments(items, blank_lines, round_up_orientation, config), stream.orientation, config, text_end)
    furniture = sorted(stream.furniture + banners, key=lambda piece: piece.first)
    drafts = sorted(drafts + stream.photos, key=lambda draft: draft.anchor_line)
    return Assembly(drafts, furniture, stream.orientation, stream.confidence, certainty)


# ---------------------------------------------------------------- boundaries
def read_articles(
    items: list[StreamItem],
    orientation: Orientation,
    config: Config = DEFAULT,
    certainty: dict[tuple[int, int], float] | None = None,
    body_size_titles: frozenset[int] = frozenset(),
    blank_lines: bool = False,
) -> list[StreamItem | Split]:
    """Decide between every two paragraphs whether a new article begins, and give the titles between their part.

    Titles inside one article become intertitles. Where a new article begins with
    no title between, a headline printed as a paragraph (too long for the title
    shape, or with a comma) is taken for the headline block the boundary needs;
    failing that, the boundary is marked so the body run splits there. Where a new article
    begins, the first title between that explains the figure the text above ends on
    (`layout.boundaries.explains_the_figure`) is that text's last line, a data box's, not a
    banner over the next headline.
    How sure each decision was goes into `certainty`, by the first lines of the two paragraphs.
    """
    out: list[StreamItem | Split] = list(items)
    read = list(items)  # the stream as read so far: the titles inside one article are intertitles
    bodies = [index for index, item in enumerate(items) if isinstance(item, Body)]
    splits: set[int] = set()
    common = page_common_pairs(items, config)
    pooled = titles_pooled(items, config)
    if orientation == "body-first" and bodies:
        for index in _leading_intertitles(items, bodies, config):
            out[index] = read[index] = TitleUnit(items[index])
    if orientation == "headline-first" and bodies:
        for index in _under_a_tagged_headline(items, 0, bodies[0], config):
            out[index] = read[index] = TitleUnit(items[index])
    for before, after in itertools.pairwise(bodies):
        titles = [index for index in range(before + 1, after) if is_title(items[index])]
        if orientation == "body-first" and len(titles) > 1 and _opens_the_text_under_it(items, titles[-1], before, after, config):
            index = titles.pop()  # weighed as the text's own first line, not as a title between the two
            out[index] = read[index] = TitleUnit(items[index])
        if orientation == "body-first":
            for index in _past_a_tagged_headline(items, titles, before, after, config):
                titles.remove(index)
                out[index] = read[index] = TitleUnit(items[index])
        if titles and all(line.number in body_size_titles for index in titles for line in items[index].lines):
            chance = 0.0  # titles set in the body's size between two paragraphs: intertitles
        elif any(CAMPAIGN_BANNER.match(items[index].text) for index in titles[:-1]):
            chance = 1.0  # a campaign's banner over a title heads a page's section: no article runs on under it
        else:
            # Read on `read`: the intertitles found so far join the text before into one side.
            chance = new_article_chance(read, before, after, orientation, common, config, pooled, blank_lines)
        if certainty is not None:
            certainty[items[before].first, items[after].first] = max(chance, 1 - chance)
        if chance < 0.5:
            for index in titles:
                out[index] = read[index] = TitleUnit(items[index])
            continue
        if len(titles) > 1 and explains_the_figure(items[before], items[titles[0]]):
            index = titles.pop(0)  # a data box's last line, under its figure, ends the text above, over the next headline
            out[index] = read[index] = TitleUnit(items[index])
        while titles and BOX_TITLE.match(items[titles[-1]].text):
            index = titles.pop()  # a box printed at the head of the next body ("核心阅读") opens that body
            out[index] = read[index] = TitleUnit(items[index])
        if orientation == "headline-first":
            for index in _under_a_tagged_headline(items, before + 1, after, config):
                titles.remove(index)
                out[index] = read[index] = TitleUnit(items[index])
        for index in [index for index in _first_section_titles(items, before, after, config) if index in titles]:
            titles.remove(index)  # the first section's titles under the feature's byline
            out[index] = read[index] = TitleUnit(items[index])
        if titles or any(isinstance(item, Piece) and item.kind == "byline" for item in items[before + 1 : after]):
            continue
        candidate = before if orientation == "body-first" else after
        if printed_headline(items[candidate], config):
            out[candidate] = as_title(items[candidate])
        else:
            splits.add(after)
    return [marked for index, item in enumerate(out) for marked in ((SPLIT, item) if index in splits else (item,))]


def _first_section_titles(items: list[StreamItem], before: int, after: int, config: Config) -> list[int]:
    """The titles over the dated paragraph `after`, under a byline or under the feature's label
    (the first title between), where the next titles past that text head another section of it
    (`layout.boundaries.next_section`: a dated paragraph under titles printed alike): the
    feature's first section, its titles intertitles. They are no headline of their own."""
    bylines = [index for index in range(before + 1, after) if isinstance(items[index], Piece) and items[index].kind == "byline"]
    heads = list(range(bylines[-1] + 1, after)) if bylines else list(range(before + 2, after))
    if not heads or not all(is_title(items[index]) for index in range(heads[0] - (not bylines), after)):
        return []
    end = after
    while end < len(items) and isinstance(items[end], Body):
        end += 1
    closing = list(itertools.takewhile(lambda index: is_title(items[index]), range(end, len(items))))
    under = closing[-1] + 1 if closing else len(items)
    if not closing or under >= len(items):
        return []
    parts = [*([items[bylines[-1]]] if bylines else []), *(items[index] for index in heads), *items[after:end]]
    return heads if next_section(parts, [items[index] for index in closing], items[under], config) else []


def _leading_intertitles(items: list[StreamItem], bodies: list[int], config: Config) -> list[int]:
    """Titles right above the first body of a page whose headlines follow their bodies.

    No headline stands there, so they are either the page's banner or the
    intertitle a feature story opens with ("追梦人：王伏强"); the intertitle shares
    its words with the text under it.
    """
    first = bodies[0]
    titles: list[int] = []
    index = first - 1
    while index >= 0 and is_title(items[index]):
        titles.insert(0, index)
        index -= 1
    if not titles:
        return []
    text = ""
    for item in items[first:]:
        if item is GAP or len(text) >= config.lead_text_chars:
            break
        text += item.text.text if isinstance(item, Body) else ""
    return [index for index in titles if overlap(items[index].text, text) >= config.banner_overlap]


def _under_a_tagged_headline(items: list[StreamItem], start: int, end: int, config: Config = DEFAULT) -> list[int]:
    """Of the titles between `start` and `end`, over a text on a page whose headlines precede
    their text, those printed under the first headline a column tag closes ("暮鼓晨钟某寺（跟着
    唐诗宋词去旅游）" | "《送某上人》"): with no "——" deck (opening the line, or closing one that
    names the headline's subject, "某大学原校长、教授王明——"), no byline under them and no dateline
    opening the text to close the headline block (a deck printed as its own block,
    "某地探索联合社抱团闯市场" | "■本报记者…"), they are the intertitles the text opens with. One
    title alone there that reads as a deck (`_a_deck_phrase`) is the headline's, dash or not:
    on the annotated pages with blank lines (tune, held-out, February, October, January), the 6
    lone titles so printed and so shaped are each a deck or kicker in the truth, and the
    intertitles so printed are labels or clauses."""
    if any(isinstance(item, Piece) and item.kind == "byline" for item in items[start:end]) or isinstance(items[end], Body) and items[end].starts_article:
        return []
    titles = [index for index in range(start, end) if is_title(items[index])]
    tagged = next((position for position, index in enumerate(titles) if ends_with_column_tag(items[index].text)), None)
    if tagged is None or without_column_tag(items[titles[tagged]].text) == items[titles[tagged]].text:
        return []
    under = titles[tagged + 1 :]
    if len(under) == 1 and _a_deck_phrase(items[under[0]].text, config) and not _a_phrase_over_the_next_part(items, end, items[under[0]].text, config):
        return []  # a deck printed as its own block, no dash before it ("山村小学来了一群支教老师")
    return [] if any(SUBHEADLINE.match(items[index].text) or items[index].text.rstrip().endswith("——") for index in under) else under


def _a_phrase_over_the_next_part(items: list[StreamItem], start: int, first: str, config: Config) -> bool:
    """Past the text that opens at `start`, the next title stands alone over more of the text
    (no byline under it, no dateline opening what follows) and reads as a phrase too
    (`_a_deck_phrase`), opened alike (a mark such as "●" before both or neither): the text
    runs in parts, each under an intertitle printed alike ("千年古刹的钟声依旧悠扬" …
    "山间小路上的诗意与乡愁"), the `first` title one among them. Intertitles marked "●" under a
    deck with none are the text's points, the deck still the headline's."""
    position = start
    while position < len(items) and isinstance(items[position], Body):
        position += 1
    if position + 1 >= len(items) or position == start or not is_title(items[position]):
        return False
    following = items[position + 1]
    text = items[position].text
    return isinstance(following, Body) and not following.starts_article and _a_deck_phrase(text, config) and _opening_mark(text) == _opening_mark(first)


def _opening_mark(text: str) -> str:
    """The mark a title opens on ("●"), or nothing for one that opens on a word.

    >>> _opening_mark("●年底前各村建成文化广场"), _opening_mark("山间小路上的诗意与乡愁")
    ('●', '')
    """
    head = text.strip()[:1]
    return "" if regex.match(r"[\p{L}\p{N}]", head) else head


def _a_deck_phrase(text: str, config: Config) -> bool:
    """A title that reads as a headline's deck, not as the intertitle a text opens with: one
    phrase, longer than a label (`Config.deck_min_chars`), with no clause mark, colon or stop
    in it, nor opening on a bracket or a quote ("【人物】…", "《山中送别》", "“…”"). The
    intertitles a text opens with under its headline are labels, titles of what the text is
    about, or clauses quoted from it ("蓄意歪曲历史事实，注定受到…"); a deck sums the story up in
    a phrase ("山村小学来了一群支教老师", "老街的手艺人守着一盏灯").

    >>> [_a_deck_phrase(text, DEFAULT) for text in ("山村小学来了一群支教老师", "修好一条路 种好一片茶")]
    [True, True]
    >>> [_a_deck_phrase(text, DEFAULT) for text in ("《山中送别》", "人物小传", "【人物】社区民警王某", "蓄意歪曲历史事实，注定受到鄙视")]
    [False, False, False, False]
    """
    phrase = "".join(text.split())
    return len(phrase) >= config.deck_min_chars and not _NO_DECK.search(phrase) and not phrase.startswith(_OPENING_MARKS)


_NO_DECK = regex.compile(r"[，、,：:；;。！？!?]")
_OPENING_MARKS = ("【", "《", "“", "「", "（", "(", "[", "〔")


def _past_a_tagged_headline(items: list[StreamItem], titles: list[int], before: int, after: int, config: Config) -> list[int]:
    """On a page whose headlines follow their text, the last `titles` between two texts, past
    the headline of the text above that its column tag closed, that share their words with the
    text under them rather than the text above ("…（跟着唐诗去旅游）" | "《送某上人》" over the text
    about the poem): that text's opening intertitles. A deck or a kicker printed under the
    headline shares the words of the text above, and a campaign's banner heads a section: the
    titles past one, whatever words they share, open the text it heads."""
    tagged = next((position for position, index in enumerate(titles) if ends_with_column_tag(items[index].text)), None)
    if tagged is None:
        return []
    campaign = [position for position, index in enumerate(titles) if position > tagged and CAMPAIGN_BANNER.match(items[index].text)]
    if campaign:
        return titles[campaign[-1] + 1 :]
    opening: list[int] = []
    for index in reversed(titles[tagged + 1 :]):
        pairs = pairs_of(items[index].text)
        under, above = (share(pairs, side(items, start, step, config, reach=len(items)).pairs) for start, step in ((after, 1), (before, -1)))
        if SUBHEADLINE.match(items[index].text) or CAMPAIGN_BANNER.match(items[index].text) or under < config.banner_overlap or under <= above + config.title_lean_margin:
            break
        opening.insert(0, index)
    return opening


def _opens_the_text_under_it(items: list[StreamItem], index: int, before: int, after: int, config: Config) -> bool:
    """On a page whose headlines follow their text, the last title between two texts, after
    the headline of the text above, that reads as a clause (a clause mark, no column tag, no
    dash leading into a headline) and shares its words with the text under it rather than the
    text above, each read to the next title (a lede or a pull quote repeats words from anywhere in
    its text): the intertitle that text opens with ("当村民有困难、老人有心愿时，干部们…"),
    not a banner, which names a campaign in a phrase. One no longer than a title's line must
    share more (`Config.pull_quote_share`): a kicker printed under its headline is as short. So
    is a clause that ends on a colon: it leads into the text under it, as no headline or banner
    does."""
    text = items[index].text
    if text.rstrip().endswith(("：", ":")) and CLAUSE.search(text):
        return True  # "日前，省委决定：" over the text it announces
    if not CLAUSE.search(text) or ends_with_column_tag(text) or leads_in(text):
        return False
    pairs = pairs_of(text)
    under, above = (share(pairs, side(items, start, step, config, reach=len(items)).pairs) for start, step in ((after, 1), (before, -1)))
    if len(text) <= config.title_line_max_chars:
        # a kicker printed under its headline runs a line or less ("稳住基本盘，“绣花”产业链"), and
        # shares its words with its own text: a line as short opens the text under it only where
        # it repeats that text's words and none of the text above
        return under >= config.pull_quote_share and above < config.banner_overlap
    return under >= config.banner_overlap and under > above + config.title_lean_margin


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


def _segments(stream: list[StreamItem | TitleUnit | Split], blank_lines: bool = False, orientation: str = "", config: Config = DEFAULT) -> list[Segment]:
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
        directly = not gap
        gap = False
        if is_title:
            segments[-1].titles.append(item)
        else:
            _add_to_run(segments[-1], item, split, directly, orientation, blank_lines, config)
        split = False
    return segments


def _add_to_run(
    segment: Segment, item: Piece | Body | TitleUnit, split: bool, directly: bool, orientation: str = "", blank_lines: bool = True, config: Config = DEFAULT
) -> None:
    """A byline or dateline opens a new chunk, unless the chunk so far holds no paragraph or
    the dateline opens a round-up's dispatch, `directly` under a paragraph
    (`layout.boundaries.dispatch_of_a_round_up`, which asks the page's `orientation` and whether
    `blank_lines` part its blocks) or goes on under a data box's figure and the line that explains
    it (`layout.boundaries.explains_the_figure`); so does a split the boundaries asked for, and any paragraph after a closed chunk but one that closes a
    text too (a reference under an author's note: the same article's last lines)."""
    chunks = segment.chunks
    current = chunks[-1] if chunks else None
    dispatch = directly and current is not None and dispatch_of_a_round_up(current.parts, item, orientation, blank_lines)
    dispatch = dispatch or current is not None and len(current.parts) > 1 and explains_the_figure(*current.parts[-2:])
    if current is not None and isinstance(item, Body):
        titles = len(current.parts) - len(list(itertools.takewhile(lambda part: isinstance(part, TitleUnit), reversed(current.parts))))
        dispatch = dispatch or 0 < titles < len(current.parts) and next_section(current.parts[:titles], current.parts[titles:], item, config)
    opens = isinstance(item, Piece) and item.kind == "byline" or isinstance(item, Body) and item.starts_article and not dispatch
    closing_too = isinstance(item, Body) and (item.closes_article or item.is_note) and not split
    if current is None or current.closed and not closing_too or ((opens or split) and current.holds_body):
        chunks.append(Chunk())
    chunks[-1].add(item)


# ---------------------------------------------------------------- articles
def _articles(segments: list[Segment], orientation: Orientation, config: Config, text_end: int) -> tuple[list[Draft], list[Piece]]:
    """Hang every headline block on its body. `text_end` is the page's last line that is not furniture.
    Where headlines follow their text, a block that opens on a reader's signature
    (`signs_a_letter`) over more titles ends the letter above: the signature is its last line, and
    the titles after it (the box's label, "来信") head it."""
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
            headless = bool(drafts) and drafts[-1].kind == "article" and not drafts[-1].titles and bool(drafts[-1].chunk.parts)
            if headless and len(item) > 1 and not item[0].subs and signs_a_letter(item[0].main.lines):
                drafts[-1].chunk.add(item.pop(0))
            above = drafts[-1].chunk.text if headless and position < len(chunks_and_blocks) - 1 else ""
            blocks = _split_orphans(item, above, config)
            if headless:
                _label_over_its_headline(blocks, drafts[-1].chunk.text, config)
                drafts[-1].titles = blocks.pop(0)
                if position == len(chunks_and_blocks) - 1 and not blocks:
                    drafts[-1].titles, blocks = _split_last_block(drafts[-1].titles, drafts[-1].chunk, config, text_end)
            elif not drafts:
                banners.extend(unit.main for block in blocks[:1] for unit in block)
                banners.extend(sub for block in blocks[:1] for unit in block for sub in unit.subs)
                blocks = blocks[1:]
            drafts.extend(Draft("article", titles=titles) for titles in blocks)
        else:
            pending.append(item)
    for titles in pending:
        if len(titles) == 1 and is_slogan(titles[0], config) and (titles[0].main.last < text_end or len(pending) > 1):
            banners.append(titles[0].main)
        else:
            drafts.append(Draft("article", titles=titles))
    return drafts, banners


def _label_over_its_headline(blocks: list[list[TitleUnit]], text: str, config: Config) -> None:
    """A place or a body by name alone, over a headline with its deck that shares the words of
    the text above ("青山县政府" | "对邻县通过跨界水库方案表示欢迎" | "——强调…"): that text's
    kicker, printed as a block of its own, and its headline, not a label over a headline whose
    text is on another page. The two blocks become one. (Right over the headline, with no
    blank line between, the name may be its first words: `layout.split_titles` reads those.)"""
    if len(blocks) < 2 or len(blocks[0]) != 1 or blocks[1][0].main.first <= blocks[0][0].main.last + 1:
        return
    if _a_label(blocks[0][0], config) and overlap(without_column_tag(blocks[1][0].text), text) >= config.banner_overlap:
        blocks[0] += blocks.pop(1)


def _split_last_block(units: list[TitleUnit], chunk: Chunk, config: Config, text_end: int) -> tuple[list[TitleUnit], list[list[TitleUnit]]]:
    """The page's last headline block, after the last body, may end with a headline whose body
    is on another page: the titles at its end that share no words with that body and are
    more than a slogan make an article of their own (its kicker and headline, at most two),
    never the body's headline closed by its column tag ("…（探秘文字）"), however few words it
    shares;
    an unrelated slogan over them stays with the block, to be taken as a banner, though a
    place or a body by name ("证监会") is a kicker's label; over the closing title, only those
    right over it, up to the first slogan, count (a banner over a short label stays one). Only where
    they close the page's text: over a photo's caption they are a banner. The title
    that closes the page's text (`text_end`) is such a headline however short ("春茶开采"): a
    campaign banner heads what follows it, and no page closes on one. Not right under another
    line as short, though: the two may be one headline cut in lines ("副省长会见" |
    "国际儿童基金会"), unless a blank line parts them."""
    text = chunk.text
    unrelated = 0
    while unrelated < len(units) - 1 and overlap(without_column_tag(units[-1 - unrelated].text), text) < config.banner_overlap:
        unrelated += 1
    tail = units[len(units) - unrelated :]
    tagged = [index for index, unit in enumerate(tail[:-1]) if ends_with_column_tag(unit.text)]
    if tagged:
        tail = tail[tagged[-1] + 1 :]  # a column tag closes the body's headline: what follows it is another's
    if tail and tail[-1].main.last < text_end:
        return units, []  # text follows (a photo's caption): no headline whose body is elsewhere, a banner over it
    closing = tail[-1:] if tail and _stands_apart(tail[-1], units[-2], config) else []
    above = tail[: len(tail) - len(closing)]
    heads = [not is_slogan(unit, config) or names_a_place_or_body(unit.text) for unit in above]
    if closing:  # the titles right over the closing one, up to the first slogan: a banner over a kicker stays one
        heads = list(itertools.accumulate(reversed(heads), operator.and_))[::-1]
    orphan = ([unit for unit, head in zip(above, heads) if head] + closing)[-config.titles_per_article :]
    kept = [unit for unit in units if unit not in orphan]
    if not orphan or kept and all(_a_label(unit, config) for unit in kept) or _a_lone_kicker(kept, orphan, chunk.text, config):
        return units, []  # a kicker alone (a label, or a title surely one) heads no article: the title after it is the body's headline
    if units.index(orphan[0]) and leads_in(units[units.index(orphan[0]) - 1].text):
        return units, []  # the title over them leads into them: they are its headline
    return kept, [orphan]


def _a_lone_kicker(kept: list[TitleUnit], orphan: list[TitleUnit], text: str, config: Config) -> bool:
    """The one title the body would keep is a kicker over the one after it (`kicker_over_headline`),
    not a campaign's banner ("喜迎…"), which heads no article either."""
    return len(kept) == len(orphan) == 1 and not CAMPAIGN_BANNER.match(kept[0].text) and kicker_over_headline(kept[0], orphan[0], text, config)


def _a_label(unit: TitleUnit, config: Config) -> bool:
    """Shorter than any headline ("楷 书"), or a place or a body by name alone ("某某县"): a
    kicker's label, which heads no article by itself."""
    return len("".join(unit.text.split())) < config.headline_min_chars or not unit.subs and names_a_place_or_body(unit.text, config)


def _stands_apart(unit: TitleUnit, above: TitleUnit, config: Config) -> bool:
    """A title with a blank line over it, or under a longer one: not the last line of a headline cut in short lines."""
    return unit.main.first > above.main.last + 1 or not is_slogan(above, config)


def _split_orphans(units: list[TitleUnit], text: str = "", config: Config = DEFAULT) -> list[list[TitleUnit]]:
    """A headline block after a body may also hold a headline whose body is not on the page.

    A title carrying a "——" subheadline is a main headline; one that stands
    away from the body starts a block of its own, unless it shares the words of
    the `text` above (`Config.orphan_headline_overlap`), with more text after the block
    (`text` is empty for the page's last block, where a headline whose text is on
    another page closes the page, `_split_last_block`): that text's headline, under its kicker.
    """
    blocks: list[list[TitleUnit]] = [[]]
    for position, unit in enumerate(units):
        if unit.subs and position > 0 and blocks[-1] and not (text and overlap(without_column_tag(unit.text), text) >= config.orphan_headline_overlap):
            blocks.append([])
        blocks[-1].append(unit)
    return blocks
