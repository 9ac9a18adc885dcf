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
``scripts/train_layout.py`` on pages laid out from the tune texts).
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import dataclass

import regex

from cleanup.cues import COLUMN_TAG
from cleanup.linear import LinearModel, shipped
from cleanup.marks import ends_sentence
from layout.classify import Piece
from layout.pieces import Body
from layout.words import pairs_of, share

NEW_ARTICLE = "new"
_TAG_END = regex.compile(rf"{COLUMN_TAG.pattern}\s*$")
_DECK = regex.compile(r"^\s*(?:——|—|--)")
# An entry of a list printed inside a body: "一、", "（1）", "1.", "12月13日…", "阿利桑納州：約1萬票".
_ENTRY = regex.compile(
    r"^\s*(?:[（(][\d一二三四五六七八九十、.]+[）)]|\d+[.、]|[一二三四五六七八九十]+、|\d{1,2}\s*月\s*\d{1,2}\s*日|\p{Han}{2,8}[：:])"
)
# Paragraphs read on each side of a boundary when comparing their words.
CONTEXT_BODIES = 3
# Two measures this many cells apart (one character and a bit) are one column.
SAME_MEASURE_CELLS = 3
# Evidence summing to this much (an edge and a block's words) makes the orientation sure.
ORIENTATION_SURE = 2.0
# Indent a paragraph's first line lost, in cells: added back when measuring a column from it.
LOST_INDENT = 4


class Gap:
    """Where a photo or a piece of furniture was taken out of the text stream."""


GAP = Gap()
StreamItem = Piece | Body | Gap


def _share_bin(value: float) -> str:
    """How much of one text's word pairs the other holds, in five steps."""
    if value == 0:
        return "none"
    return "low" if value < 0.15 else "some" if value < 0.35 else "high" if value < 0.7 else "most"


def paragraph_measure(body: Body) -> int:
    """The column width a wrapped paragraph shows: its full lines, the first one with its indent back.

    0 for a paragraph of one line, which shows no measure, and on a page printed one
    paragraph per line, where no column could be measured.
    """
    lines = body.piece.lines
    if len(lines) < 2 or not body.piece.unit.column:
        return 0
    widths = [line.width + (LOST_INDENT if position == 0 else 0) for position, line in enumerate(lines[:-1])]
    return int(statistics.median_high(widths))


@dataclass(frozen=True)
class Side:
    """The text on one side of a boundary: its words, its measure, and what marks its edge."""

    pairs: frozenset[str]
    measure: int
    marked: bool  # closed by a jump line, sign-off or credit (before); opened by a dateline (after)


def side(items: Sequence[StreamItem], position: int, step: int) -> Side:
    """Up to CONTEXT_BODIES paragraphs from `position` on, walking by `step`, within one run of text."""
    nearest = items[position]
    assert isinstance(nearest, Body)
    marked = nearest.closes_article if step < 0 else nearest.starts_article
    found: frozenset[str] = frozenset()
    measure = 0
    bodies = 0
    while 0 <= position < len(items) and bodies < CONTEXT_BODIES:
        item = items[position]
        if not isinstance(item, Body):
            break
        found |= pairs_of(item.text.text)
        measure = measure or paragraph_measure(item)
        bodies += 1
        position += step
    return Side(found, measure, marked)


def boundary_features(before: Side, between: Sequence[StreamItem], after: Side, orientation: str) -> dict[str, float]:
    """The named signals of the place between two paragraphs."""
    titles = [item for item in between if isinstance(item, Piece) and item.kind == "title"]
    signals = ["bias", f"orientation={orientation}", f"titles={min(len(titles), 3)}"]
    flags = {
        "byline_between": any(isinstance(item, Piece) and item.kind == "byline" for item in between),
        "gap_between": any(isinstance(item, Gap) for item in between),
        "closed_before": before.marked,
        "dated_after": after.marked,
    }
    signals += [name for name, present in flags.items() if present]
    if before.measure and after.measure:
        signals.append(f"measure={'same' if abs(before.measure - after.measure) <= SAME_MEASURE_CELLS else 'changes'}")
    else:
        signals.append("measure=unknown")
    signals.append(f"sides_share={_share_bin(share(after.pairs, before.pairs))}")
    if titles:
        texts = [title.text for title in titles]
        own, other = (before, after) if orientation == "body-first" else (after, before)
        title_pairs = [pairs_of(text) for text in texts]
        signals += [
            f"titles_share_own={_share_bin(max(share(pairs, own.pairs) for pairs in title_pairs))}",
            f"titles_share_other={_share_bin(max(share(pairs, other.pairs) for pairs in title_pairs))}",
        ]
        title_flags = {
            "deck": any(_DECK.match(text) for text in texts),
            "column_tag": any(_TAG_END.search(text) for text in texts),
            "title_ends_sentence": any(ends_sentence(text) for text in texts),
            "list_entries": sum(bool(_ENTRY.match(text)) for text in texts) * 2 >= len(texts),
        }
        signals += [name for name, present in title_flags.items() if present]
        length = sum(map(len, texts))
        signals.append(f"title_chars={'few' if length <= 8 else 'some' if length <= 20 else 'many'}")
    return {signal: 1.0 for signal in signals}


def orientation(items: Sequence[StreamItem]) -> tuple[str, float]:
    """Whether headlines precede or follow their bodies on this page, and how sure that is.

    Two kinds of evidence are summed. The page's edges: it opens with a headline
    block when headlines come first, and ends with one when they follow. And each
    headline block that stands where a byline or a dateline opens the next text
    (or a jump line closed the text before): it shares more words with its own
    article, after it when headlines come first, before it when they follow.
    """
    real = [item for item in items if not isinstance(item, Gap)]
    if not real:
        return "body-first", 0.5
    score = float(_is_title(real[0])) - float(_is_title(real[-1]))
    bodies = [index for index, item in enumerate(items) if isinstance(item, Body)]
    for start, end in _title_runs(items):
        following = items[end] if end < len(items) else None
        opens = isinstance(following, Piece) and following.kind == "byline" or isinstance(following, Body) and following.starts_article
        before = max((index for index in bodies if index < start), default=None)
        closed = before == start - 1 and items[before].closes_article
        if not (opens or closed):
            continue
        after = min((index for index in bodies if index >= end), default=None)
        titles = [pairs_of(items[index].text) for index in range(start, end)]
        own_after = side(items, after, 1).pairs if after is not None else frozenset()
        own_before = side(items, before, -1).pairs if before is not None else frozenset()
        score += max(share(pairs, own_after) for pairs in titles) - max(share(pairs, own_before) for pairs in titles)
    sureness = 0.5 + min(abs(score), ORIENTATION_SURE) / (2 * ORIENTATION_SURE)
    return ("headline-first" if score > 0 else "body-first"), round(sureness, 2)


def _is_title(item: StreamItem) -> bool:
    return isinstance(item, Piece) and item.kind == "title"


def _title_runs(items: Sequence[StreamItem]) -> list[tuple[int, int]]:
    """(start, end) of every run of titles in the stream."""
    runs = []
    start = None
    for index, item in enumerate([*items, None]):
        if item is not None and _is_title(item):
            start = index if start is None else start
        elif start is not None:
            runs.append((start, index))
            start = None
    return runs


def printed_mark(items: Sequence[StreamItem], before: int, after: int) -> bool | None:
    """What the print says outright: a byline between, or a closed text before or a dateline
    after, is a new article (True); two paragraphs with nothing between are one (False)."""
    between = items[before + 1 : after]
    if any(isinstance(item, Piece) and item.kind == "byline" for item in between):
        return True
    if side(items, before, -1).marked or side(items, after, 1).marked:
        return True
    titles = [item.text for item in between if _is_title(item)]
    if not between or titles and all(_ENTRY.match(text) for text in titles):
        return False  # nothing between, or entries of a list: a list never heads an article
    return None


def new_article(
    items: Sequence[StreamItem], before: int, after: int, orientation: str, model: LinearModel | None = None
) -> bool:
    """Do the paragraphs at `before` and `after` belong to two articles?"""
    decided = printed_mark(items, before, after)
    if decided is not None:
        return decided
    model = model or shipped("layout", "boundaries.json")
    features = boundary_features(side(items, before, -1), items[before + 1 : after], side(items, after, 1), orientation)
    return model.label(features) == NEW_ARTICLE
