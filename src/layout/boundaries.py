"""Where one article ends and the next begins: read between every two paragraphs of the text stream.

Once photos and furniture are out of the stream, what stands between two
paragraphs is a few titles, a byline, a gap, or nothing. The question is the
same each time: do the two paragraphs belong to one article? If they do, the
titles between are intertitles ("一", "核心阅读", "观云为啥能识天"); if they do
not, the titles are the headline block of one of the two articles.

A byline or a dateline after, or a jump line, a sign-off or a photo story's
credit before, settles it: two articles. Otherwise the signals are those of
the text on both sides, which hold for any text:

* the column measure: one article is set in one measure, and the next article
  usually in another;
* the words: two parts of one article share names and terms;
* the titles between: a "——" deck or a column tag belongs to a headline, and a
  headline shares words with its own article (the text before it when
  headlines follow bodies, after it when they precede them);
* a gap (a photo, a banner) between them.

A linear model weighs them (``layout/boundaries.json``, fitted by
``scripts/train_layout.py``; see `cleanup.Config`).
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from typing import TypeGuard

import regex

from cleanup.config import DEFAULT, Config
from cleanup.cues import BOX_TAG, BOX_TITLE, COLUMN_TAG, FUNCTION_CHARACTERS
from cleanup.lexicon import word_bridges
from cleanup.marks import bracket_balance, ends_on_a_stop, ends_sentence
from cleanup.script import to_simplified
from cleanup.segment import dictionary
from cleanup.shapes import (
    CLAUSE,
    DECK_MARK,
    closed_by_a_column_tag,
    explains_a_figure,
    is_epigraph,
    is_unmarked_byline,
    is_wrapped_byline,
    leads_on,
)
from cleanup.surnames import names_a_place_or_body, signs_a_letter
from layout.classify import Piece
from layout.meta import starts_with_byline_mark
from layout.pieces import Body
from layout.stream import Gap, Side, StreamItem, is_title, paragraph_measure, side
from layout.titles import TitleUnit, is_label
from layout.words import common_pairs, pairs_of, share

NEW_ARTICLE = "new"
_QUOTES = ("“", "「")
_TAG_END = regex.compile(rf"{COLUMN_TAG.pattern}\s*$")
_DECK = regex.compile(r"^\s*(?:——|—|--)")
# An entry of a list printed inside a body: "一、", "（1）", "1.", "12月13日…", "北區：約3千票".
_NUMBERED = r"[（(][\d一二三四五六七八九十、.]+[）)]|\d+[.、]|[一二三四五六七八九十]+、|\d{1,2}\s*月\s*\d{1,2}\s*日"
_LABELLED = regex.compile(r"^\s*\p{Han}{2,8}[：:]")
_ENTRY = regex.compile(rf"^\s*(?:{_NUMBERED}|\p{{Han}}{{2,8}}[：:])")


def _share_bin(value: float) -> str:
    """How much of one text's word pairs the other holds, in five steps."""
    if value == 0:
        return "none"
    return "low" if value < 0.15 else "some" if value < 0.35 else "high" if value < 0.7 else "most"


# Two texts of one page share a few words whoever wrote them: the steps that tell two parts
# of one article from two articles lie low.
_FINE_STEPS = (0.03, 0.06, 0.1, 0.15, 0.22, 0.35, 0.5)


def _fine_bin(value: float) -> str:
    return next((f"<{step}" for step in _FINE_STEPS if value < step), "more")


def boundary_features(
    before: Side,
    between: Sequence[StreamItem],
    after: Side,
    orientation: str,
    common: frozenset[str] = frozenset(),
    config: Config = DEFAULT,
) -> dict[str, float]:
    """The named signals of the place between two paragraphs; `common` are the pairs found all
    over the page, left out of the second count of shared words."""
    titles = [item for item in between if isinstance(item, Piece) and item.kind == "title"]
    signals = ["bias", f"orientation={orientation}", f"titles={min(len(titles), 3)}"]
    flags = {
        "byline_between": any(isinstance(item, Piece) and item.kind == "byline" for item in between),
        "gap_between": any(isinstance(item, Gap) for item in between),
        "closed_before": before.marked,
        "caption_before": before.caption,
        "caption_after": after.caption,
        "dated_after": after.marked,
    }
    signals += [name for name, present in flags.items() if present]
    if before.measure and after.measure:
        signals.append(f"measure={'same' if abs(before.measure - after.measure) <= config.same_measure_cells else 'changes'}")
    else:
        signals.append("measure=unknown")
    signals.append(f"sides_share={_fine_bin(share(after.pairs, before.pairs))}")
    signals.append(f"sides_share_rare={_fine_bin(share(after.pairs - common, before.pairs - common))}")
    if titles:
        texts = [title.text for title in titles]
        own, other = (before, after) if orientation == "body-first" else (after, before)
        title_pairs = [pairs_of(text) for text in texts]
        own_share = max(share(pairs, own.pairs) for pairs in title_pairs)
        other_share = max(share(pairs, other.pairs) for pairs in title_pairs)
        lean = _lean(own_share, other_share, config)
        if lean == "even":
            # Tied on every pair: the titles' names and terms alone may still tell the sides apart
            # ("一起读书吧": "一起" any text says, "读书" the text it heads).
            named = [frozenset(pair for pair in pairs if _distinctive((pair,), config)) for pairs in title_pairs]
            lean = _lean(max(share(pairs, own.pairs) for pairs in named), max(share(pairs, other.pairs) for pairs in named), config)
        signals += [f"titles_share_own={_share_bin(own_share)}", f"titles_share_other={_share_bin(other_share)}", f"titles_lean={lean}"]
        title_flags = {
            "deck": any(_DECK.match(text) for text in texts),
            "column_tag": any(_TAG_END.search(text) and not BOX_TAG.search(text) for text in texts),
            "box_tag": any(BOX_TAG.search(text) or BOX_TITLE.match(text) for text in texts),
            "title_ends_sentence": any(ends_sentence(text) for text in texts),
            "list_entries": sum(bool(_ENTRY.match(text)) for text in texts) * 2 >= len(texts),
        }
        signals += [name for name, present in title_flags.items() if present]
        length = sum(map(len, texts))
        signals.append(f"title_chars={'few' if length <= 8 else 'some' if length <= 20 else 'many'}")
    return {signal: 1.0 for signal in signals}


def _lean(own_share: float, other_share: float, config: Config) -> str:
    """Which side the titles share more words with, by more than `Config.title_lean_margin`."""
    margin = config.title_lean_margin
    return "own" if own_share > other_share + margin else "other" if other_share > own_share + margin else "even"


def printed_mark(
    items: Sequence[StreamItem], before: int, after: int, config: Config = DEFAULT, pooled: bool = False, orientation: str = "", blank_lines: bool = False
) -> bool | None:
    """What the print says outright: a byline or a deck between, a closed text before or a
    dateline after, or a photo or furniture right after a finished text (whatever titles
    follow it), is a new article (True); two paragraphs with nothing between, or with
    only the entries of a list, are one (False) (a headline may be labelled like an entry:
    `_a_labelled_headline`), unless the page's titles were `pooled` after
    its text and the column measure jumps between them (`measure_jumps`). A note wholly in
    brackets right under a closing note is one more of that text's closing notes
    (`layout.pieces.Body.is_note`). Where `blank_lines` part the dump's blocks, a dateline right
    under an undated text's paragraph opens a round-up's first dispatch, no new article, and so
    does one under a dated text where headlines follow their text (`dispatch_of_a_round_up`;
    without blank lines, that second reading only).
    Titles over a section's credit (`_a_section_credit`) head the next section of a text of
    several (`_sectioned`), or a new article under a dated text. Where headlines follow their
    text, a reader's signature over a label (`cleanup.surnames.signs_a_letter`, "某某省某市 王某" |
    "来信") closes a letter box's last letter, which the label heads. A data box's line under its
    figure (`explains_the_figure`, the figure a paragraph or, without blank lines, a title
    between) heads no article, whatever opens the paragraph under it; nor do titles printed as
    those of the first section of a feature of dispatches (`next_section`). A text that is an
    epigraph alone (`_an_epigraph`) ends no article where a section's credit follows it
    (`_leads_into_a_section`): it leads into the first section of the feature it opens, that
    section's titles and credit under it; a byline the page marks ("■本报记者 王明") opens another
    article all the same, and a quotation with only a label under it is a box of its own."""
    between = items[before + 1 : after]
    if _an_epigraph(items, before) and _leads_into_a_section(between, items[after]):
        return False  # an epigraph leads into the feature it opens, its first section's titles and credit under it
    if any(isinstance(item, Piece) and item.kind == "byline" for item in between):
        return True
    if items[before].closes_article and (items[after].closes_article or items[after].is_note) and not between:
        return False  # a sign-off, a note or a reference under another: all close the same text
    if not between and dispatch_of_a_round_up(_text_above(items, before), items[after], "" if pooled else orientation, blank_lines):
        return False
    if between and all(is_title(item) or isinstance(item, TitleUnit) for item in between) and _a_section_credit(items[after]):
        if _sectioned(items, before, orientation, config, len(between)):
            return False  # one more section of the text above
        if any(isinstance(item, Body) and item.starts_article for item in _text_above(items, before)):
            return True  # a dispatch names its reporters in its dateline: it has no sections
    if 0 < len(between) <= 2 and explains_the_figure(([items[before], *between])[-2], between[-1]) and all(map(is_title, between)) and _box_heads_a_text(items, after - 2):
        return False  # a data box at the head of the text, whatever opens the paragraph under it
    if between and all(map(is_title, between)) and next_section(_feature_above(items, before), between, items[after], config):
        return False  # one more dispatch of a feature under one byline or label, its titles printed as the first's
    if items[before].closes_article or items[after].starts_article:
        return True  # a jump line, sign-off or credit closes the text before; a dateline opens the one after
    titles = [item.text for item in between if is_title(item)]
    if is_jump_tail(items, after, config):
        return False
    if not between and pooled and measure_jumps(items[before], items[after], config):
        return True  # two articles whose headlines the extractor printed after the page's text
    if not between or titles and all(_ENTRY.match(text) for text in titles) and not (
        orientation and _a_labelled_headline(items, before, after, orientation, config)
    ):
        return False  # nothing between, or entries of a list: a list never heads an article
    if isinstance(between[0], Gap) and all(isinstance(item, Gap) or is_title(item) for item in between) and ends_sentence(items[before].text.text):
        return True  # a photo or furniture after a finished text, titles or not after it: what follows is another article
    if orientation == "body-first" and len(between) == 2 and all(map(is_title, between)) and signs_a_letter(between[0].lines) and is_label(titles[-1], config):
        return True  # a reader's signature over the box's label: the letter above ends there, headed by the label
    if any(_DECK.match(text) for text in titles):
        return True  # a "——" deck stands under a headline (one after a paragraph is its attribution)
    if titles and opens_photo_story(items, after, config) and not word_bridges(titles[-1], items[after].text.text, config.bridge_context):
        return True  # unless the "title" is a line a column jump cut off ("…正在播种土" | "豆。")
    return None


def _leads_into_a_section(between: Sequence[StreamItem], after: StreamItem) -> bool:
    """Do titles and a section's credit follow an epigraph: a reporter's line without the page's
    byline mark ("本报记者 李华", read as a byline or as text, `_a_section_credit`), none with it
    ("■本报记者 王明" opens another article)? A quotation signed by who said it with only a
    label or a dateline after it is a box of its own ("每日一语" under it, a dispatch next)."""
    bylines = [item for item in between if isinstance(item, Piece) and item.kind == "byline"]
    if any(starts_with_byline_mark(item.text) for item in bylines):
        return False
    return bool(bylines) or _a_section_credit(after)


def _an_epigraph(items: Sequence[StreamItem], before: int) -> bool:
    """Is the text that ends at `before` (`_text_above`) paragraphs alone that read as an
    epigraph (`cleanup.shapes.is_epigraph`)? Asked at every boundary: the last paragraph's
    signature ("——某某") is told first."""
    last = items[before]
    if not (isinstance(last, Body) and last.text.text.lstrip().startswith(DECK_MARK)):
        return False
    text = _text_above(items, before)
    return all(isinstance(item, Body) for item in text) and is_epigraph([item.text.text for item in text if isinstance(item, Body)])


def explains_the_figure(figure: StreamItem | TitleUnit, title: StreamItem | TitleUnit) -> bool:
    """Is `title` (a title or an intertitle, `layout.titles.TitleUnit`) the line that explains
    the `figure` right over it, a paragraph or a title that is a figure alone
    (`cleanup.shapes.explains_a_figure`): a data box. A box of figures, each over its line,
    opens a text or heads it, so the paragraph under it, dated or not, goes on the same
    article: a text never ends on a bare figure, and a headline does not repeat the one
    printed right over it. Where no blank line sets the figure apart, it reads as a title."""
    if not _title_like(title):
        return False
    if isinstance(figure, Body):
        return explains_a_figure(figure.text.text, title.text)
    return _title_like(figure) and explains_a_figure(figure.text, title.text)


def _box_heads_a_text(items: Sequence[StreamItem | TitleUnit], figure: int) -> bool:
    """Does the data box whose last figure is `items[figure]` stand at the head of a text: over
    its earlier entries (a figure, then the line or the paragraph that explains it), under a
    title, a byline or the page's head, not right under a paragraph? A figure printed alone under
    a paragraph, over a headline that repeats it ("5000亿元" | "某省外贸进出口突破5000亿元"),
    heads the next article; a box there closes the text above it, over the next headline."""
    index = figure - 1
    while index >= 1 and explains_a_figure(_printed(items[index - 1]), _printed(items[index])):
        index -= 2
    return index < 0 or not isinstance(items[index], Body)


def _printed(item: StreamItem | TitleUnit) -> str:
    """The text of a paragraph or a title; none where a photo or furniture was taken out (a gap)."""
    if isinstance(item, Gap):
        return ""
    return item.text.text if isinstance(item, Body) else item.text if isinstance(item.text, str) else ""


def _title_like(item: StreamItem | TitleUnit) -> TypeGuard[Piece | TitleUnit]:
    """A title between two paragraphs, or one already read as an intertitle."""
    return isinstance(item, TitleUnit) or isinstance(item, Piece) and item.kind == "title"


def next_section(parts: Sequence[StreamItem | TitleUnit], titles: Sequence[StreamItem | TitleUnit], after: StreamItem, config: Config = DEFAULT) -> bool:
    """Do `titles`, over the dated paragraph `after`, head one more section of the text `parts`
    (from its byline on, or from its own titles under the feature's label)? A feature of
    dispatches: each section its titles over a paragraph its own dateline opens, naming its
    own reporters, the titles of each printed alike (`printed_alike`), none a "——" deck, which
    belongs to a headline block. A byline over a text its dateline opens reads so only there:
    a reporter who signs a text names no other in a dateline under it."""
    if not (parts and isinstance(after, Body) and after.dateline is not None):
        return False
    signed = isinstance(parts[0], Piece) and parts[0].kind == "byline"
    opening = list(itertools.takewhile(_title_like, parts[1:] if signed else parts))
    first = parts[len(opening) + signed] if len(parts) > len(opening) + signed else None
    lines = [title.text for title in opening], [title.text for title in titles if _title_like(title)]
    if any(_DECK.match(line) for line in itertools.chain(*lines)):
        return False  # a "——" deck belongs to a headline block, no section's titles
    if any(section and names_a_place_or_body(section[0], config) for section in lines):
        return False  # a kicker that names a place or a body ("四川" | "…", "央行" | "…") labels a news item's headline
    return isinstance(first, Body) and first.dateline is not None and printed_alike(*lines, config)


def printed_alike(opening: Sequence[str], titles: Sequence[str], config: Config = DEFAULT) -> bool:
    """Two title lines or more, as many as `opening`, each as long within
    `Config.section_title_slack` characters: the titles of two sections of one feature, printed
    alike. One line alone is as long as many another headline.

    >>> printed_alike(["新技术", "某地行李可全程追踪"], ["新措施", "某地地铁安检能互认"])
    True
    >>> printed_alike(["谁负责 谁落实", "某省服务企业马上办"], ["某部门", "某委员违规买卖股票被罚没"])
    False

    Each section's first line is its label, shorter than the title under it: a headline over
    its subtitle, printed as long as the next item's by chance, heads a news item of its own.

    >>> printed_alike(["某市商圈客流同比增长三成", "餐饮零售销售额创新高"], ["某省多地强化春季农田管理", "小麦长势总体好于常年"])
    False
    """
    return (
        len(opening) >= 2
        and len(opening) == len(titles)
        and all(abs(len(one.strip()) - len(other.strip())) <= config.section_title_slack for one, other in zip(opening, titles))
        and all(len(section[0].strip()) < len(section[-1].strip()) for section in (opening, titles))
    )


def _feature_above(items: Sequence[StreamItem], before: int) -> list[StreamItem]:
    """The text that ends at `before` with the titles right over it (`_text_start`, then back
    over titles): from the byline over those, or, with none, from under the first of them, the
    feature's label over its first section's titles."""
    start = _text_start(items, before) - 1
    while start >= 0 and is_title(items[start]):
        start -= 1
    if start >= 0 and isinstance(items[start], Piece) and items[start].kind == "byline":
        # the feature's first titles are intertitles only under a paragraph above it
        # (`layout.assemble._first_section_titles`); at the page's head they are its headline
        return list(items[start : before + 1]) if any(isinstance(item, Body) for item in items[:start]) else []
    return list(items[start + 2 : before + 1]) if start >= 0 and isinstance(items[start], Body) else []


def dispatch_of_a_round_up(text_above: Sequence[StreamItem], after: StreamItem, orientation: str = "", blank_lines: bool = True) -> bool:
    """A dateline that opens a paragraph right under `text_above` (its paragraphs, the last
    right over it, with no title, byline or gap between), where no dateline opened that text
    and no sign-off closed it: the lede's first dispatch of a round-up ("■本报记者…" | a lede |
    "本报北京…电"), no new article. Every article the annotations hold has a headline, and one
    printed in its own lines stands between two texts; but a text of its own dispatch may run
    into the next article where an extractor printed that article's headline away from it
    (typeset pages read by the tool or by pdfminer.six), so two dated texts stay apart. Asked
    first where blank lines part the dump's blocks: there, too, an extractor that prints none
    (pypdfium2 on six of the thirteen typeset pages it read) runs one article into another.

    On a page whose headlines follow their text (`orientation` "body-first", the titles not
    pooled by an extractor), a dated text whose last paragraph ends its sentence is one more
    dispatch of the round-up too: cut there, the text above would have no headline, as the one
    headline after the last dispatch heads them all ("本报北京…电（记者甲）…参加会见。" |
    "本报北京…电（记者乙）…" | the headline). A paragraph that ends mid-phrase there may be the
    next headline with its deck, read as text.

    Without `blank_lines` only that second reading is asked, dated text above or not, and only
    under a paragraph that ends on a stop ("。！？"): there the headline printed after a text runs
    on into its last paragraph more often, which then ends on the headline's column tag.
    """
    if not (isinstance(after, Body) and after.dateline is not None and after.jump_from is None and text_above):
        return False
    last = text_above[-1]
    if not isinstance(last, Body) or last.closes_article:
        return False
    if not blank_lines:
        return orientation == "body-first" and ends_on_a_stop(last.text.text)
    if not any(isinstance(item, Body) and item.starts_article for item in text_above):
        return True
    return orientation == "body-first" and ends_sentence(last.text.text)


def _a_section_credit(item: StreamItem) -> bool:
    """A paragraph opened by a reporter's title and names alone, printed without the byline mark
    the page gives its bylines, so read as text (`layout.classify._unmarked_reporters_inside`):
    the credit of one section of a feature of several, each under its own title ("本报记者 李华"
    under "山村新路 年味渐浓"), not the byline of another article; its names may be wrapped under
    the title ("本报记者" | "李华", `cleanup.shapes.is_wrapped_byline`)."""
    return isinstance(item, Body) and (is_unmarked_byline(item.piece.lines[0].text) or is_wrapped_byline([line.text for line in item.piece.lines]))


def _sectioned(items: Sequence[StreamItem], before: int, orientation: str, config: Config, titles: int) -> bool:
    """Is the text that ends at `before` (`_text_above`) a text of several sections: one that
    already holds a section's credit, or the lede that leads into the sections under it? Where
    headlines come first, a marked byline opens that lede ("■本报记者 王明" | "春节里，记者走访了…" |
    a section's title | "本报记者 李华"). Where they follow their text, the titles under a whole
    text may be its own headline, printed after it, over the next feature's first section: there
    a bylined text is a lede only if of a few paragraphs (`Config.lede_paragraphs_max`) or
    where one title stands between (`titles`), too few for its headline and the next section's
    title both; a short text no byline opens is a brief whose own headline follows it."""
    start = _text_start(items, before)
    if any(_a_section_credit(item) for item in items[start : before + 1]):
        return True
    opener = items[start - 1] if start > 0 else None
    bylined = isinstance(opener, Piece) and opener.kind == "byline"
    if orientation == "body-first":
        return bylined and (len(_text_above(items, before)) <= config.lede_paragraphs_max or titles == 1)
    return bylined


def _text_above(items: Sequence[StreamItem], before: int) -> list[StreamItem]:
    """The paragraphs and intertitles read so far of the text that ends at `before`, back to a
    title, a byline or a text a sign-off closed; a photo or furniture between two of its
    paragraphs is no part of it (as in the chunks `layout.assemble._add_to_run` opens)."""
    return [item for item in items[_text_start(items, before) : before + 1] if not isinstance(item, Gap)]


def _text_start(items: Sequence[StreamItem], before: int) -> int:
    """Where the text that ends at `before` begins in the stream (see `_text_above`)."""
    start = before
    while start > 0 and (isinstance(items[start - 1], (TitleUnit, Gap)) or isinstance(items[start - 1], Body) and not items[start - 1].closes_article):
        start -= 1
    return start


def _a_labelled_headline(items: Sequence[StreamItem], before: int, after: int, orientation: str, config: Config) -> bool:
    """One title labelled with a place or a name ("青山：菜篮子丰富价格稳") that shares words with
    the text it would head (after it where headlines come first, before it where they
    follow) and none with the text on its other side: a headline in that shape, not the
    entry of a list inside one text, which shares its subject with both sides or stands
    among other entries."""
    titles = [item.text for item in items[before + 1 : after] if is_title(item)]
    if len(titles) != 1 or not _LABELLED.match(titles[0]):
        return False
    if any(_ENTRY.match(items[index].text.text) for index in (before, after)):
        return False  # a list's entries on either side ("涉案人士：…" under "涉案人士：…"): one of them
    pairs = pairs_of(titles[0])
    heads, other = (after, before) if orientation == "headline-first" else (before, after)
    step = 1 if heads == after else -1
    return share(pairs, side(items, heads, step, config).pairs) > 0 and not share(pairs, side(items, other, -step, config).pairs)


def measure_jumps(first: StreamItem, second: StreamItem, config: Config = DEFAULT) -> bool:
    """Two paragraphs set in clearly different column measures (by more than
    `Config.measure_jump` of the wider): one article is set in one measure. Each needs a
    line inside it to show its measure: a paragraph's first line is short by its indent and
    its last by where it ends. (Not the paragraphs further on: past a short one lies the
    next article.)"""
    if not isinstance(first, Body) or not isinstance(second, Body) or min(len(first.piece.lines), len(second.piece.lines)) < 3:
        return False
    return measures_differ(paragraph_measure(first, config), paragraph_measure(second, config), config)


def measures_differ(one: int, other: int, config: Config = DEFAULT) -> bool:
    """Two column measures that differ by more than `Config.measure_jump` of the wider: one
    article is set in one measure.

    >>> measures_differ(26, 40), measures_differ(34, 40), measures_differ(38, 40)
    (True, False, False)
    """
    return abs(one - other) > config.measure_jump * max(one, other)


def titles_pooled(items: Sequence[StreamItem], config: Config = DEFAULT) -> bool:
    """An extractor that prints no blank line and a page's headlines together after its text
    (`layout.pooled`), leaving nothing between its articles: no paragraph but the first opens
    a block, and more title lines follow the last one than one headline block holds."""
    after_text = 0
    for item in reversed(items):
        if isinstance(item, Body):
            break
        after_text += is_title(item)
    if after_text <= config.headline_block_lines:
        return False
    return sum(item.piece.unit.opens_block for item in items if isinstance(item, Body)) <= 1


def is_jump_tail(items: Sequence[StreamItem], start: int, config: Config = DEFAULT) -> bool:
    """The text from `start` runs to a jump line ("（下转6版）") too soon to be an article of its
    own: it is the tail of the article before, cut off by intertitles."""
    chars = 0
    for index in range(start, len(items)):  # not a slice: that copies the rest of a long page at every call
        item = items[index]
        if not isinstance(item, Body):
            return False
        chars += len(item.text.text)
        if chars > config.jump_tail_chars:
            return False
        if item.jump is not None:
            return True
    return False


def opens_photo_story(items: Sequence[StreamItem], start: int, config: Config = DEFAULT) -> bool:
    """A photo story follows: a few paragraphs closed by its photographer's credit
    ("本报记者 贺 勇摄") before any other title. The titles over it are its headline, not
    an intertitle of the article before."""
    for bodies, item in enumerate(items[start:]):
        if is_title(item) or not isinstance(item, Body) or bodies == config.photo_story_paragraphs:
            return False
        if item.is_story_credit:
            return bodies > 0
    return False


def features_at(
    items: Sequence[StreamItem], before: int, after: int, orientation: str, common: frozenset[str], config: Config = DEFAULT
) -> dict[str, float]:
    """The signals between the paragraphs at `before` and `after` of the stream."""
    first, second = side(items, before, -1, config), side(items, after, 1, config)
    return boundary_features(first, items[before + 1 : after], second, orientation, common, config)


def page_common_pairs(items: Sequence[StreamItem], config: Config = DEFAULT) -> frozenset[str]:
    crowded = (config.story_pair_density, config.story_pair_reach)
    return common_pairs((item.text.text for item in items if isinstance(item, Body)), config.common_pair_share, crowded)


def new_article_chance(
    items: Sequence[StreamItem],
    before: int,
    after: int,
    orientation: str,
    common: frozenset[str],
    config: Config = DEFAULT,
    pooled: bool = False,
    blank_lines: bool = False,
) -> float:
    """How likely the paragraphs at `before` and `after` belong to two articles: 1 or 0 where
    the print says so outright, the fitted model's chance otherwise. A new article begins at
    0.5 and above; how far the chance is from 0.5 is how sure the decision is."""
    decided = printed_mark(items, before, after, config, pooled, orientation, blank_lines)
    if decided is not None:
        return float(decided)
    first, second = side(items, before, -1, config), side(items, after, 1, config)
    features = boundary_features(first, items[before + 1 : after], second, orientation, common, config)
    shared_pairs = (first.pairs - common) & (second.pairs - common)  # the rare pairs both sides share
    if "column_tag" in features and "list_entries" not in features and not pooled:
        # A column tag closes a headline, never an intertitle: two articles, however many names
        # the sides share (a commentary beside the report on its subject). Not a list's entries,
        # whose dates may carry a bracket ("12月13日（申请后第23日）").
        return 1.0
    if one_story_across(first, second, common, config):
        return 0.0  # names and terms of one story on both sides ("曹晓钟", "宋英杰"): one article
    if items[before].text.text.rstrip().endswith(("：", ":")):
        return 0.0  # a colon announces what follows: no text ends on one
    signed = _signed_lead(items, before, config) and not _closes_a_signed_text(features, orientation)
    if signed and not _heads_another_text(items[before + 1 : after], features, shared_pairs):
        return 0.0  # a byline heads more than a lead: the title is the article's first intertitle
    if not pooled and heads_what_follows(features, orientation) and not _set_apart(first, second, config):
        return 0.0  # where the extractor pooled the page's headlines, no title stands by its text
    if _leads_into_its_paragraph(items, before, after, blank_lines, config):
        return 0.0  # no headline ends on a dash: the title leads into the paragraph under it
    if _a_quotation(items[before + 1 : after]):
        return 0.0  # a story headed by words someone said names who reported them: with no byline, an intertitle
    other = second if orientation == "body-first" else first  # the text the titles do not head
    least = _story_terms_needed(first, second, common, config)
    if (
        "titles_lean=own" in features
        and (
            _a_dispatch_read_whole(items, before, after)
            or _quotes_the_text_above(items, before, after, orientation, config)
            or _strange_to_the_text_under_its_headline(items, before, orientation, features, shared_pairs, config, least)
            or not _distinctive(shared_pairs, config, least=least)
        )
        and not any(_distinctive(pairs_of(item.text) & other.pairs, config) for item in items[before + 1 : after] if is_title(item))
        and not _quote_open(items, before, config)
    ):
        # A title that shares words with the text it heads only, between texts that share no
        # name or term (or, whatever they share, after a dispatch, `_a_dispatch_read_whole`, or
        # quoting the text above where headlines follow their text, `_quotes_the_text_above`, or
        # strange to a text right under its headline, `_strange_to_the_text_under_its_headline`);
        # not inside a quotation opened before (a poem quoted line by line).
        return 1.0
    return config.boundaries().probabilities(features)[NEW_ARTICLE]


def _a_dispatch_read_whole(items: Sequence[StreamItem], before: int, after: int) -> bool:
    """Is the text that ends at `before` a dispatch (its dateline opens it) with no intertitle read
    in it so far, the titles after it leading into no quotation ("…在信中写道——")? A report
    of one piece of news: a title after it heads the next article, whatever words the two
    texts happen to share. Not a date alone: a letter quoted in the dispatch is signed with
    its writer's name over the day it was written ("王明" | "2019年1月21日")."""
    titles = [item.text.strip() for item in items[before + 1 : after] if is_title(item)]
    if not titles or titles[-1].endswith(("—", "：", ":")) or _A_DAY.fullmatch(titles[-1]):
        return False
    above = _text_above(items, before)
    return isinstance(above[0], Body) and above[0].dateline is not None and not any(isinstance(item, TitleUnit) for item in above)


def _quotes_the_text_above(items: Sequence[StreamItem], before: int, after: int, orientation: str, config: Config) -> bool:
    """On a page whose headlines follow their text, does a title between print a line of the text
    above whole (its Han characters, at least `Config.quoted_headline_chars`), which the text
    under it does not? A headline may quote its own text ("春风吹老巷，灯火照新程。" | "春风吹老巷
    灯火照新程"); an intertitle stands over its section, never after a line of the one before."""
    if orientation != "body-first":
        return False
    above = "".join(_HAN.findall("".join(item.text.text for item in _text_above(items, before) if isinstance(item, Body))))
    under = "".join(_HAN.findall("".join(item.text.text for item in items[after : after + config.context_bodies] if isinstance(item, Body))))
    for item in items[before + 1 : after]:
        if is_title(item):
            title = "".join(_HAN.findall(item.text))
            if len(title) >= config.quoted_headline_chars and title in above and title not in under:
                return True
    return False


def _strange_to_the_text_under_its_headline(
    items: Sequence[StreamItem], before: int, orientation: str, features: dict[str, float], shared_pairs: AbstractSet[str], config: Config, least: int
) -> bool:
    """Where headlines precede their text, does the text that ends at `before` run right under its headline (no byline, no intertitle
    read in it so far), the titles after it sharing no word with it, and the two texts no name
    but pairs across two words ("的工", "不开": a function character in them, as
    `_names_something` reads them) weighing `least`? A short report or commentary ends
    there, and the titles head the next text: a feature's first intertitle follows its
    byline, or shares its subject with the lead above it."""
    if orientation != "headline-first" or "titles_share_other=none" not in features:
        return False
    start = _text_start(items, before)
    if start == 0 or not is_title(items[start - 1]) or isinstance(items[start - 1], TitleUnit):
        return False
    if any(isinstance(item, TitleUnit) for item in items[start : before + 1]):
        return False
    return _share_no_name(shared_pairs, config, least)


def _share_no_name(shared_pairs: AbstractSet[str], config: Config, least: int) -> bool:
    """Do the rare pairs two texts share weigh less than `least` once the pairs across two
    words ("日在", "的工": a function character in them) are set aside? Two reports share such
    pairs by chance; one story shares the names and terms left ("赵志刚", "博物").

    >>> _share_no_name({"日在", "的工", "年以"}, DEFAULT, 3), _share_no_name({"日在", "琨瑜", "瑜珩"}, DEFAULT, 3)
    (True, False)
    """
    return not _distinctive(frozenset(pair for pair in shared_pairs if not FUNCTION_CHARACTERS.intersection(pair)), config, least)


_HAN = regex.compile(r"\p{Han}+")
_A_DAY = regex.compile(r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日")


def _story_terms_needed(first: Side, second: Side, common: frozenset[str], config: Config) -> int:
    """How much the names and terms two sides share must weigh to tell one story: at least
    `Config.other_story_terms`, and `Config.other_story_share` of the rare pairs of the side
    that prints fewer (two long texts share a few by chance).

    >>> few, many = Side(frozenset(f"甲{n}" for n in range(100)), 0, False), Side(frozenset(f"乙{n}" for n in range(400)), 0, False)
    >>> _story_terms_needed(few, many, frozenset(), DEFAULT), _story_terms_needed(many, many, frozenset(), DEFAULT)
    (3, 8)
    """
    rare = min(len(first.pairs - common), len(second.pairs - common))
    return max(config.other_story_terms, round(config.other_story_share * rare))


def _signed_lead(items: Sequence[StreamItem], before: int, config: Config) -> bool:
    """The paragraphs up to `before`, back to the byline that opens them, are a lead of at most
    `config.signed_lead_chars` characters."""
    length = 0
    for index in range(before, -1, -1):
        item = items[index]
        if not isinstance(item, Body):
            return isinstance(item, Piece) and item.kind == "byline"
        length += len(item.text.text)
        if length > config.signed_lead_chars:
            return False
    return False


def _closes_a_signed_text(features: dict[str, float], orientation: str) -> bool:
    """On a page whose headlines follow their text, a title that shares its words with the short
    signed text above it rather than the text under it, the two set in measures apart
    (`Config.same_measure_cells`): that text's headline, a short article of its own, not its first intertitle."""
    return orientation == "body-first" and "titles_lean=own" in features and "measure=changes" in features


def _heads_another_text(between: Sequence[StreamItem], features: dict[str, float], shared_pairs: AbstractSet[str]) -> bool:
    """A title of a phrase (no clause mark, as a paragraph the column cut holds) that shares words
    with the text after it only, between two texts that share no rare pair: the headline of
    another text, even after a short signed one ("一起读书吧")."""
    titles = [item.text for item in between if is_title(item)]
    return not shared_pairs and "titles_lean=own" in features and not any(CLAUSE.search(text) for text in titles)


def _set_apart(first: Side, second: Side, config: Config) -> bool:
    """The texts on the two sides, each as the nearest of its paragraphs of two lines or more
    shows it, are set in measures apart (`measures_differ`): an intertitle stands inside one
    article, set in one measure, so a title that leans to neither side between them may close
    one article and head another ("…我的鼻子有些发酸……" in 13 characters | "特殊的旅行" | "“您亲自送？”…" in
    20). A side with no such paragraph shows no measure (0)."""
    return bool(first.measure and second.measure) and measures_differ(first.measure, second.measure, config)


def _leads_into_its_paragraph(items: Sequence[StreamItem], before: int, after: int, blank_lines: bool, config: Config = DEFAULT) -> bool:
    """One title alone between two paragraphs, ending on a dash that leads on (`leads_on`:
    "稳字当头、进中求好——" | "前三季度，…"): an intertitle that leads into the paragraph under it.
    A kicker so ends, but leads into its headline, a title; no headline ends on a dash (none in
    the truth of any annotated set, where 159 intertitles and 231 kickers do). Only after a
    paragraph that ends its sentence (a headline read as text ends none); and where no
    `blank_lines` part the units, only a title of one line: without them a headline runs into
    the kicker printed under it, one title of their lines that ends on the kicker's dash; with
    them too, a headline and the kicker printed under it, no blank between, make one title: a
    title of lines is an intertitle only where the wrap cut its lines, each but the last as wide
    as the text's column.
    """
    between = items[before + 1 : after]
    if len(between) != 1 or not is_title(between[0]) or not leads_on(between[0].text):
        return False
    if not blank_lines and len(between[0].lines) > 1:
        return False
    above, under = items[before], items[after]
    if not isinstance(above, Body) or not isinstance(under, Body) or closed_by_a_column_tag(under.text.text):
        return False  # under a kicker, a headline its column tag closes, read as text ("“…！”（暖相册）")
    lines = under.piece.lines
    said = under.text.text.strip()
    if len(lines) == 1 and said[:1] == "“" and said.endswith("”") and "”" not in said[1:-1]:
        return False  # under a kicker, a headline wholly a quotation, read as text ("返乡创业青年刘国强——" | "“要让…越过越红火！”"): the model weighs it
    measure = max(line.width for line in lines)
    if any(line.width < measure - config.full_slack for line in between[0].lines[:-1]):
        return False  # a line short of the text's column over the dash is a headline, its kicker printed under it ("…的“护林人”" | "林场职工刘国强——")
    if len(lines) > 1 and lines[1].number > lines[0].number + 1:
        return False  # its first line stood alone before a blank: the headline, run on into the text
    return ends_sentence(above.text.text)


def _a_quotation(between: Sequence[StreamItem]) -> bool:
    """One title, wholly a quotation ("“我们不能让乡亲们失望”")."""
    titles = [item.text.strip() for item in between if is_title(item)]
    return len(titles) == 1 and bool(_WHOLLY_QUOTED.fullmatch(titles[0]))


_WHOLLY_QUOTED = regex.compile(r"“[^“”]+”|「[^「」]+」")


def heads_what_follows(features: dict[str, float], orientation: str) -> bool:
    """Is the title between two paragraphs an intertitle of one text? A headline sums up the text
    it heads and shares its words ("titles_lean=own"). A title that leans to neither side (a
    feature story's four-character intertitle shares words with none), or, on a page whose
    headlines follow their text, leans to the text after it, heads what follows inside the
    article. A column tag ("（经济观察）") marks a headline whatever words it shares. (Where the
    two sides are set in measures apart, `_set_apart`, the fitted model decides instead.)

    On the tune pages, none of the 299 such places the model would decide opens an article.
    """
    lean_apart = "titles_lean=even" in features or orientation == "body-first" and "titles_lean=other" in features
    return lean_apart and "column_tag" not in features


def one_story_across(first: Side, second: Side, common: frozenset[str], config: Config = DEFAULT) -> bool:
    """`one_story` of the rare pairs two sides share, where they are a fair share of all their
    rare pairs (`Config.same_article_share`): two long texts of one kind share many terms."""
    before, after = first.pairs - common, second.pairs - common
    # The share first: two set operations, where `one_story` looks pairs up in the dictionary.
    return share(after, before) >= config.same_article_share and one_story(before & after, config)


def one_story(shared_pairs: AbstractSet[str], config: Config = DEFAULT) -> bool:
    """Do the rare pairs two sides share prove one story? Enough of them name something
    (`Config.same_article_names`), or many do of any kind with a few names among them
    (`same_article_pairs`, `same_article_min_names`): two essays share the language's words."""
    needed = config.same_article_names
    if len(shared_pairs) >= config.same_article_pairs:
        needed = min(needed, config.same_article_min_names)
    # Counted only until there are enough: each pair is looked up in the dictionary.
    naming = 0
    for pair in shared_pairs:
        if naming >= needed:
            break
        naming += _names_something(pair, config)
    return naming >= needed


def _names_something(pair: str, config: Config = DEFAULT) -> bool:
    """A pair that may be part of a name or a term: no function character ("的内", "成的") and
    no word any text uses ("分析", "具有"). Two essays share dozens of pairs, one story its names.

    >>> _names_something("江福"), _names_something("载体"), _names_something("分析"), _names_something("的内")
    (True, True, False, False)
    """
    return FUNCTION_CHARACTERS.isdisjoint(pair) and dictionary().frequency(to_simplified(pair)) < config.generic_pair_frequency


def _distinctive(pairs: AbstractSet[str], config: Config, least: int = 1) -> bool:
    """Do the pairs name something (a name, a term) rather than say what any text says ("此次"),
    with a weight of at least `least`? A pair the dictionary lacks (a name's, "作供") weighs two,
    one it holds as a rare word ("层面") one.

    >>> _distinctive({"层面"}, DEFAULT, least=2), _distinctive({"作供"}, DEFAULT, least=2), _distinctive({"其中"}, DEFAULT)
    (False, True, False)
    """
    frequency = dictionary().frequency
    weights = (frequency(to_simplified(pair)) for pair in pairs)
    return sum(2 if weight == 0 else 1 for weight in weights if weight < config.generic_pair_frequency) >= least


def _quote_open(items: Sequence[StreamItem], before: int, config: Config) -> bool:
    """A quotation opened in the paragraphs up to `before` (within one run of text) and not closed."""
    texts: list[str] = []
    for index in range(before, max(-1, before - config.context_bodies), -1):
        item = items[index]
        if isinstance(item, Body):
            texts.insert(0, item.text.text)
        elif is_title(item):
            texts.insert(0, item.text)
        else:
            break
    still_open, _ = bracket_balance("".join(texts))
    return any(still_open[quote] for quote in _QUOTES)
