"""Rejoin column-broken lines into paragraphs.

A page dump hard-wraps every paragraph at its column width and drops the print's
indent, and a blank line may fall mid-sentence where the text jumped to the next
column. Two traces survive and carry the decisions here:

* a line that reaches the column width was cut by the wrap, so the text goes on;
* a paragraph's first line is about two characters shorter than the lines below
  it (the lost indent), while a line after a column jump is full.

The column width is measured per block, from the lines inside it, because one
page mixes several column widths.
"""

from __future__ import annotations

import bisect
import statistics
from dataclasses import dataclass, replace

import regex

from cleanup.cues import COLUMN_TAG, JUMP_LINE, SPONSOR_LINE, match_dateline
from cleanup.lexicon import ends_open, word_bridges
from cleanup.lines import Block, Line, SpansLines
from cleanup.located import Located

# What a paragraph may end with: sentence marks, and closing brackets (a sign-off
# "（刘志勇 杨启林）" or a jump line "（下转2版）"); a closing quote only after a sentence mark.
SENTENCE_MARKS = frozenset("。！？!?…：:")
CLOSING_BRACKETS = frozenset("）)】")
CLOSING_QUOTES = frozenset("”’」』\"'")
CLAUSE_MARKS = frozenset("，,、")
OPENERS = {"（": "）", "(": ")", "《": "》", "“": "”", "「": "」", "【": "】"}
# A full line may fall short of the column by this many cells (punctuation compression,
# half-width digits): one Han character and a bit.
FULL_SLACK = 3
# A block measures its own column width from this many interior lines.
MEASURED_LINES = 3
PROSE_MARKS = "，。、；,;"
# At most this many lines of a unit without any punctuation are a title.
TITLE_LINES = 3
# A short line with this many clause marks inside is running text, not a title.
PROSE_CLAUSES = 2
# A line this many times its column's width runs across columns.
OUTSIDE_COLUMN = 1.5
# Measured blocks this close, set within this share of each other's width, pool their lines.
POOL_REACH = 2
SAME_MEASURE = 0.15
# How far past its column a line may run (compressed punctuation) and still belong to it.
OVERHANG = 6
# The lost two-character indent of a paragraph's first line, in cells, with tolerance.
INDENT = 3
# A line this wide is a whole paragraph printed unwrapped ("flat" dumps).
FLAT_LINE = 90
# Below this many cells a single-line block is a title, label or banner, never a flat paragraph.
FLAT_PARAGRAPH_MIN = 56

CREDIT_MARK = "■"
DECK_MARK = "——"

# "（1）", "(2、3)", "（6.）" opening a line after a blank: a list entry, not a column jump.
ENUMERATOR = regex.compile(r"^\s*[（(][\d一二三四五六七八九十、.]{1,6}[）)]")
_HAN = regex.compile(r"\p{Han}")
# Two Han runs parted by a space: printed halves of a title ("谁负责 谁落实 谁反馈").
_HALVES = regex.compile(r"\p{Han}[ \u3000]+\p{Han}")
_INNER_SENTENCE_MARK = regex.compile(r"[。！？!?；;]\S")
_COMMA = regex.compile(r"[，,]")
_PROSE_MARK = regex.compile(r"[，,、。；;：:？?！!（()）]")
_TAGGED_END = regex.compile(rf"[^。…]{COLUMN_TAG.pattern}\s*$")
_INNER_MARK = regex.compile(r"[，、,。！？!?；;]\S")


@dataclass(frozen=True)
class Unit(SpansLines):
    """A paragraph candidate: source lines that belong together, with the evidence layout needs.

    `column` is the measured column width of the block(s) it came from (cells);
    `opens_block` / `closes_block` say whether it starts or ends a blank-line
    separated block; `judgment_calls` are the lines after which a sentence ended
    exactly at the column edge, where the break (or its absence) rests on the
    next line's indent alone.
    """

    lines: tuple[Line, ...]
    column: int
    opens_block: bool
    closes_block: bool
    judgment_calls: tuple[int, ...] = ()

    @property
    def text(self) -> str:
        return Located.from_lines(self.lines).text

    @property
    def ends_sentence(self) -> bool:
        return ends_sentence(self.lines[-1].text)


def ends_sentence(text: str) -> bool:
    stripped = text.rstrip()
    if not stripped:
        return False
    last = stripped[-1]
    if last in SENTENCE_MARKS or last in CLOSING_BRACKETS:
        return True
    return last in CLOSING_QUOTES and len(stripped) > 1 and stripped[-2] in SENTENCE_MARKS


def clearly_unfinished(text: str) -> bool:
    """A clause mark at the end, or a bracket or quote still open: the sentence goes on."""
    stripped = text.rstrip()
    return stripped[-1:] in CLAUSE_MARKS or any(_bracket_balance(stripped)[0].values())


def closes_what_it_did_not_open(text: str) -> bool:
    """A closing quote or bracket with no opener in the line: it continues an earlier line."""
    return any(_bracket_balance(text)[1].values())


def _bracket_balance(text: str) -> tuple[dict[str, int], dict[str, int]]:
    """Openers left open, and closers met with nothing open, per kind of bracket or quote."""
    still_open = {opener: 0 for opener in OPENERS}
    unopened = {opener: 0 for opener in OPENERS}
    for ch in text:
        if ch in OPENERS:
            still_open[ch] += 1
        for opener, closer in OPENERS.items():
            if ch == closer:
                if still_open[opener]:
                    still_open[opener] -= 1
                else:
                    unopened[opener] += 1
    return still_open, unopened


# ---------------------------------------------------------------- column width
def interior_widths(block: Block) -> list[int]:
    """Widths of the lines that are neither a paragraph's indented first line nor its short last one."""
    lines = block.lines[1:-1] if len(block.lines) >= 4 else block.lines[:-1]
    return [line.width for line in lines]


def page_is_flat(blocks: list[Block]) -> bool:
    """A flat dump prints one paragraph per line: most text sits on very long lines."""
    widths = [line.width for block in blocks for line in block.lines]
    long_cells = sum(w for w in widths if w >= FLAT_LINE)
    return long_cells * 2 > sum(widths)


def columns_for(blocks: list[Block]) -> list[int]:
    """A column width for every block.

    A block with enough interior lines (neither a paragraph's indented first line
    nor its short last one) measures its own: their median, pooled with nearby
    blocks set in the same measure. A short block of several lines takes the
    nearest measured width its lines match (one page mixes column widths); a
    one-line block, the nearest of those.
    """
    measured = {
        index: statistics.median_low(interior_widths(block))
        for index, block in enumerate(blocks)
        if len(interior_widths(block)) >= MEASURED_LINES and _is_prose(block)
    }
    columns: dict[int, int] = {index: _pooled(blocks, measured, index) for index in measured}
    if not measured:
        return [0] * len(blocks)
    # Several lines reach their column; one line (a title, a lone opening line) only fits in it.
    for several in (True, False):
        settled = dict(columns)
        order = sorted(settled)
        for index, block in enumerate(blocks):
            if index in columns or (len(block.lines) > 1) != several:
                continue
            widest = max(line.width for line in block.lines)
            neighbours = _neighbours(order, index)
            fitting = [
                j for j in neighbours if widest <= settled[j] + OVERHANG and (not several or widest >= settled[j] - OVERHANG)
            ]
            columns[index] = settled[_nearest(fitting or neighbours, index)]
    return [columns[index] for index in range(len(blocks))]


def _is_prose(block: Block) -> bool:
    """Running text has commas and stops; a headline wrapped on many short lines has few."""
    return sum(block.text.count(mark) for mark in PROSE_MARKS) >= MEASURED_LINES


def _neighbours(order: list[int], index: int) -> list[int]:
    """The closest candidate block before and after `index` (`order`: candidates, ascending)."""
    position = bisect.bisect_left(order, index)
    return order[max(position - 1, 0) : position][:1] + order[position : position + 1]


def _nearest(candidates: list[int], index: int) -> int:
    """The closest candidate block; on a tie the one after (text runs on forwards)."""
    return min(candidates, key=lambda j: (abs(j - index), j < index))


def _pooled(blocks: list[Block], measured: dict[int, int], index: int) -> int:
    """Median over the neighbouring blocks set in the same measure: one block's few lines are noisy."""
    own = measured[index]
    nearby = range(max(index - POOL_REACH, 0), index + POOL_REACH + 1)
    widths = [
        width
        for j in nearby
        if j in measured and abs(measured[j] - own) <= own * SAME_MEASURE
        for width in interior_widths(blocks[j])
    ]
    return statistics.median_low(widths)


# ---------------------------------------------------------------- decisions
def is_full(line: Line, column: int, flat: bool) -> bool:
    if flat:
        return line.width >= FLAT_PARAGRAPH_MIN
    return column > 0 and line.width >= column - FULL_SLACK


def looks_indented_only(line: Line, column: int) -> bool:
    """Short by about the lost indent and no more: a full paragraph-opening line."""
    return column > 0 and column - FULL_SLACK - INDENT - 1 <= line.width <= column - FULL_SLACK


def looks_indented(line: Line, column: int, flat: bool) -> bool:
    """A paragraph's first line lost its two-character indent and falls short by it."""
    return not flat and column > 0 and line.width <= column - INDENT


def starts_own_unit(line: Line) -> bool:
    """Banner, byline and deck lines begin afresh whatever the wrap says.

    A leading space marks a line the extractor took from elsewhere on the page
    (a banner next to a caption); "■" opens a byline or photo credit; "——"
    opens a subheadline, unless the line runs on as prose ("——黄河滩区。1956年…",
    a dash the wrap carried to the start of a line).
    """
    text = line.text.lstrip()
    return line.text[:1].isspace() or text.startswith(CREDIT_MARK) or is_deck(line)


def is_deck(line: Line) -> bool:
    """A "——" subheadline line: no sentence stop inside or at its end, no quote closed from before."""
    text = line.text.strip()
    return (
        text.startswith(DECK_MARK)
        and not ends_sentence(text)
        and not _INNER_SENTENCE_MARK.search(text)
        and not _COMMA.search(text)
        and not closes_what_it_did_not_open(text)
    )


def closed_at_block_end(unit_lines: tuple[Line, ...]) -> bool:
    """Bylines, credits (also one printed after a caption), decks and column tags never run
    on into the next column."""
    return any(CREDIT_MARK in line.text or is_deck(line) for line in unit_lines) or bool(
        COLUMN_TAG.fullmatch(unit_lines[-1].text.strip())
    )


def outside_column(line: Line, column: int) -> bool:
    """Far wider than its column: a page header or banner line set across columns, not running text."""
    return column > 0 and line.width > column * OUTSIDE_COLUMN


def breaks_after(line: Line, following: Line, column: int, flat: bool, following_is_last: bool) -> bool:
    """Within a block: does a paragraph end after `line`?"""
    if is_deck(following) and not flat and is_full(line, column, flat) and not ends_sentence(line.text):
        return False  # a dash the wrap carried to the start of a line, mid-sentence
    if starts_own_unit(following) or CREDIT_MARK in line.text:
        return True
    if flat:
        return True
    if not ends_sentence(line.text):
        # Mid-sentence: either cut by the wrap, or a title line that its block keeps together.
        return False
    if not is_full(line, column, flat) and not looks_indented_only(line, column):
        return True
    # A sentence ending at (or an indent short of) the column edge: the next line's
    # lost indent tells a new paragraph.
    return looks_indented(following, column, flat) and not following_is_last


def jumps_column(tail_unit: tuple[Line, ...], head: Line, tail_column: int, head_column: int, flat: bool, head_block: Block) -> bool:
    """Across a blank line: is this a column jump inside one paragraph?"""
    tail = tail_unit[-1]
    if starts_own_unit(head) or ENUMERATOR.match(head.text) or JUMP_LINE.search(tail.text):
        return False
    if match_dateline(head.text.strip()):
        return False  # a dateline opens an article's first paragraph, never the rest of a sentence
    if SPONSOR_LINE.search(tail.text) or SPONSOR_LINE.search(head.text):
        return False  # a masthead stands alone
    if outside_column(tail, tail_column) or outside_column(head, head_column):
        return False
    if not flat and _ends_like_a_title(head_block, head_column):
        return False
    if len(tail_unit) == 1 and not flat:
        return _lone_line_jumps(tail, head, tail_column, head_column, head_block)
    if flat:
        return _flat_line_cut(tail, head)
    if not is_full(tail, tail_column, flat):
        # Crowded punctuation can leave a cut line short; its open end still shows the cut.
        return reaches_column(tail, tail_column) and _visibly_cut(tail.text.strip()) and _has_han(head.text)
    if not ends_sentence(tail.text):
        return _has_han(head.text)
    # The sentence ended at the foot of the column: only a full, unindented next line of the
    # same measure goes on. (A lone full line there is the paragraph's end only if it ends a
    # sentence; else a title.)
    if abs(head_column - tail_column) > SAME_MEASURE * max(head_column, tail_column):
        return False
    head_is_body = len(head_block.lines) > 1 or ends_sentence(head.text)
    return head_is_body and not looks_indented(head, head_column, flat) and is_full(head, head_column, flat)


def _flat_line_cut(tail: Line, head: Line) -> bool:
    """One paragraph per line: a line that does not end a sentence was cut by a column jump
    when it is long (titles are short), visibly unfinished, stops on a word that needs
    more, or breaks a word in two."""
    if ends_sentence(tail.text) or not _has_han(head.text) or _short_title(head):
        return False
    tail_text, head_text = tail.text.strip(), head.text.strip()
    return (
        tail.width >= FLAT_LINE
        or _visibly_cut(tail_text)
        or len(_INNER_MARK.findall(tail_text)) >= PROSE_CLAUSES
        or bool(match_dateline(tail_text))
        or word_bridges(tail_text, head_text)
    )


def _visibly_cut(text: str) -> bool:
    """Ends on a clause mark, inside brackets or quotes, or on a word that needs more."""
    return clearly_unfinished(text) or ends_open(text)


def _short_title(line: Line) -> bool:
    """A short line closed by a column tag, not by a sentence: "违法占用耕地，严查！（政策解读）"."""
    return line.width < FLAT_PARAGRAPH_MIN and bool(_TAGGED_END.search(line.text))


def _ends_like_a_title(block: Block, column: int) -> bool:
    """Text carried over a column ends a sentence or fills its last line; a title block does neither."""
    last = block.lines[-1]
    ends_clause = last.text.rstrip()[-1:] in CLAUSE_MARKS
    return not ends_sentence(last.text) and not ends_clause and not is_full(last, column, flat=False)


def _lone_line_jumps(tail: Line, head: Line, tail_column: int, head_column: int, head_block: Block) -> bool:
    """A lone line before a blank: a paragraph's opening line at the foot of a column, or a title?

    An opening line is short by the lost indent and no more, and the text after
    the jump is a full line of a longer block, or the paragraph's last line; a
    title line, followed by another title, matches neither more often than not.
    """
    if ends_sentence(tail.text) or _HALVES.search(tail.text):
        return False
    # A sentence mark inside the line makes it prose, whatever its width.
    if not reaches_column(tail, tail_column) and not _INNER_SENTENCE_MARK.search(tail.text):
        return False
    if not _reads_as_prose(tail.text.strip(), head.text.strip()):
        return False
    if len(head_block.lines) == 1:
        return ends_sentence(head.text)
    return is_full(head, head_column, flat=False)


def reaches_column(line: Line, column: int) -> bool:
    """About as wide as the column: full, or short by no more than a lost indent."""
    return column > 0 and line.width >= column - FULL_SLACK - INDENT - 1


def _reads_as_prose(tail: str, head: str) -> bool:
    """Prose has clause marks or an open quote, or a word runs on into the next column
    ("中央国" | "家机关", "2016年9月" | "15日")."""
    return bool(_INNER_MARK.search(tail)) or clearly_unfinished(tail) or word_bridges(tail, head)


def _has_han(text: str) -> bool:
    return bool(_HAN.search(text))


# ---------------------------------------------------------------- driver
def unwrap(blocks: list[Block], banners: frozenset[int] = frozenset()) -> list[Unit]:
    """Split every block into paragraph units, then join units across column jumps.

    `banners` are the numbers of lines that were nothing but a repeated banner: each
    stands apart, however its text would read next to its neighbours ("美丽乡村行").
    """
    flat = page_is_flat(blocks)
    columns = columns_for(blocks)
    units: list[Unit] = []
    for index, (block, column) in enumerate(zip(blocks, columns)):
        block_units = _split_block(block, column, flat, banners)
        if units and index and _at_column_edge(units[-1].lines[-1], columns[index - 1], flat):
            units[-1] = replace(units[-1], judgment_calls=units[-1].judgment_calls + (units[-1].last,))
        if units and index and _joins_previous(units[-1], block, columns[index - 1], column, flat, banners):
            head = block_units.pop(0)
            units[-1] = Unit(
                units[-1].lines + head.lines,
                units[-1].column,
                units[-1].opens_block,
                head.closes_block,
                units[-1].judgment_calls + head.judgment_calls,
            )
        units.extend(block_units)
    return units


def _at_column_edge(line: Line, column: int, flat: bool) -> bool:
    """A sentence that ends where the column ends: the lost indent of the next line decides."""
    return not flat and ends_sentence(line.text) and is_full(line, column, flat)


def _joins_previous(
    previous: Unit, block: Block, previous_column: int, column: int, flat: bool, banners: frozenset[int]
) -> bool:
    if not previous.closes_block or closed_at_block_end(previous.lines):
        return False
    if _stands_apart(previous.lines[-1], block.lines[0], banners):
        return False
    if _reads_as_title(previous.lines, previous_column):
        return False
    return jumps_column(previous.lines, block.lines[0], previous_column, column, flat, block)


def _stands_apart(line: Line, following: Line, banners: frozenset[int]) -> bool:
    """A line that was nothing but a repeated banner joins neither neighbour."""
    return line.number in banners or following.number in banners


def _reads_as_title(lines: tuple[Line, ...], column: int) -> bool:
    """Two or three lines without a single comma or stop, broken short of the column before
    the last: a headline, however wide its last line (wrapped text fills every line but the last)."""
    if not 1 < len(lines) <= TITLE_LINES or any(_PROSE_MARK.search(line.text) for line in lines):
        return False
    return any(not reaches_column(line, column) for line in lines[:-1])


def _split_block(block: Block, column: int, flat: bool, banners: frozenset[int]) -> list[Unit]:
    units: list[Unit] = []
    current: list[Line] = []
    calls: list[int] = []
    lines = block.lines
    for i, line in enumerate(lines):
        current.append(line)
        last = i == len(lines) - 1
        if not last and _at_column_edge(line, column, flat):
            calls.append(line.number)
        if (
            last
            or _stands_apart(line, lines[i + 1], banners)
            or breaks_after(line, lines[i + 1], column, flat, i + 1 == len(lines) - 1)
        ):
            units.append(Unit(tuple(current), column, current[0] is lines[0], last, tuple(calls)))
            current, calls = [], []
    return units
