"""The column measure: how wide a block's lines run, and what a line's width says against it.

A page mixes column widths, so each block measures its own from its interior
lines (neither a paragraph's indented first line nor its short last one), pooled
with neighbouring blocks set in the same measure. Widths are printed cells
(`cleanup.lines.display_width`): a Han character is two, a digit one.
"""

from __future__ import annotations

import bisect
import re
import statistics
from collections.abc import Sequence
from functools import lru_cache
from typing import NamedTuple

import regex

from cleanup.config import DEFAULT, Config
from cleanup.lines import Block, Line
from cleanup.marks import CLAUSE_MARKS, ends_sentence

PROSE_MARKS = "，。、；,;"
# A line opening on a symbol, a dash or a lenticular bracket ("■本报记者 王明", "●扫码看视频",
# "——访…", "【专题】…"): a byline, a label or a deck, no line of running text.
_OPENS_ON_MARK = regex.compile(r"\s*[\p{So}\p{Pd}【]")


def interior_widths(block: Block) -> list[float]:
    """Widths of the lines that are neither a paragraph's indented first line nor its short last one."""
    lines = block.lines[1:-1] if len(block.lines) >= 4 else block.lines[:-1]
    return [line.width for line in lines]


def page_is_flat(blocks: list[Block], config: Config = DEFAULT) -> bool:
    """A flat dump prints one paragraph per line: most text sits on very long lines."""
    widths = [line.width for block in blocks for line in block.lines]
    long_cells = sum(w for w in widths if w >= config.flat_line)
    return long_cells * 2 > sum(widths)


class PageMeasure(NamedTuple):
    """Whether a page prints a paragraph per line (`page_is_flat`) and each of its blocks'
    column (`columns_for`): measured once, read by each stage that reads the same blocks."""

    flat: bool
    columns: list[float]


def page_measure(blocks: list[Block], config: Config = DEFAULT) -> PageMeasure:
    return PageMeasure(page_is_flat(blocks, config), columns_for(blocks, config))


def columns_for(blocks: list[Block], config: Config = DEFAULT) -> list[float]:
    """A column width for every block (0 where none can be told).

    A block with enough interior lines measures its own: their median, pooled
    with nearby blocks set in the same measure. A short block of several lines
    takes the nearest measured width its lines match (one page mixes column
    widths); a one-line block, the nearest of those.
    """
    measured = {
        index: statistics.median_low(interior_widths(block))
        for index, block in enumerate(blocks)
        if len(interior_widths(block)) >= config.measured_lines and _is_prose(block, config)
    }
    columns: dict[int, float] = {index: _pooled(blocks, measured, index, config) for index in measured}
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
                j
                for j in neighbours
                if widest <= settled[j] + config.overhang and (not several or widest >= settled[j] - config.overhang)
            ]
            columns[index] = settled[_nearest(fitting or neighbours, index)]
    return [columns[index] for index in range(len(blocks))]


def _is_prose(block: Block, config: Config) -> bool:
    """Running text has commas and stops; a headline wrapped on many short lines has few."""
    text = block.text
    return sum(text.count(mark) for mark in PROSE_MARKS) >= config.measured_lines


def _neighbours(order: list[int], index: int) -> list[int]:
    """The closest candidate block before and after `index` (`order`: candidates, ascending)."""
    position = bisect.bisect_left(order, index)
    return order[max(position - 1, 0) : position][:1] + order[position : position + 1]


def _nearest(candidates: list[int], index: int) -> int:
    """The closest candidate block; on a tie the one after (text runs on forwards)."""
    return min(candidates, key=lambda j: (abs(j - index), j < index))


def _pooled(blocks: list[Block], measured: dict[int, float], index: int, config: Config) -> float:
    """Median over the neighbouring blocks set in the same measure: one block's few lines are noisy."""
    own = measured[index]
    nearby = range(max(index - config.pool_reach, 0), index + config.pool_reach + 1)
    widths = [
        width
        for j in nearby
        if j in measured and abs(measured[j] - own) <= own * config.same_measure
        for width in interior_widths(blocks[j])
    ]
    return statistics.median_low(widths)


def is_full(line: Line, column: float, flat: bool, config: Config = DEFAULT) -> bool:
    if flat:
        return line.width >= config.flat_paragraph_min
    return column > 0 and line.width >= column - config.full_slack


def looks_indented_only(line: Line, column: float, config: Config = DEFAULT) -> bool:
    """Short by about the lost indent and no more: a full paragraph-opening line."""
    return column > 0 and column - config.full_slack - config.indent - 1 <= line.width <= column - config.full_slack


def looks_indented(line: Line, column: float, flat: bool, config: Config = DEFAULT) -> bool:
    """A paragraph's first line lost its two-character indent and falls short by it."""
    return not flat and column > 0 and line.width <= column - config.indent


def outside_column(line: Line, column: float, config: Config = DEFAULT) -> bool:
    """Far wider than its column: a page header or banner line set across columns, not running text."""
    return column > 0 and line.width > column * config.outside_column


def block_measures(lines: Sequence[Line], config: Config = DEFAULT) -> tuple[list[float], list[float]]:
    """The column measure at each line read two ways: from the lines around it (local) and
    from the lines after it alone (ahead). A block that lost its blank lines runs through
    several articles, each set in a measure of its own. Most lines of running text fill their
    column, and titles and paragraph ends fall short of it, so the measure is read high in the
    spread of widths (`Config.local_measure_rank`). Ahead is the measure a paragraph's first
    line belongs to where one article gives way to the next. Both are read in one go: they
    read the same windows of lines and ask the same lines whether they read as prose.
    """
    widths = tuple(line.width for line in lines)  # a tuple's slices are the windows `_read_side` keys on
    radius, rank, slack = config.local_measure_lines, config.local_measure_rank, config.full_slack
    # Each window of `radius` lines read once: the lines after one line are the lines before
    # another. A side the block's edge cuts short reads no measure (`_read_side`).
    reads = [_read_side(widths[start : start + radius], radius, rank, slack) for start in range(len(widths) - radius + 1)]
    prose: dict[int, bool] = {}
    return _measures(lines, widths, reads, prose, config, behind=True), _measures(lines, widths, reads, prose, config, behind=False)


def _measures(lines: Sequence[Line], widths: tuple[float, ...], reads: list[tuple[float, bool]], prose: dict[int, bool], config: Config, behind: bool) -> list[float]:
    """Where an article gives way to one set wider, the lines around mix two measures: a line
    of prose that fills the measure of running text on one side (or falls short of it by a
    paragraph's lost indent alone) belongs to that side's column. `prose` keeps each line's
    answer to `_reads_as_prose` for the other pass."""
    radius, rank, slack = config.local_measure_lines, config.local_measure_rank, config.full_slack
    indent = config.indent + 1  # a paragraph's first line falls short by its lost indent
    unread = (0, False)
    measures = []
    for i, width in enumerate(widths):
        before = reads[i - radius] if behind and i >= radius else unread
        after = reads[i + 1] if i + 1 + radius <= len(widths) else unread
        sides = [high for high, one_measure in (before, after) if one_measure]
        filled = [measure for measure in sides if measure - slack - indent <= width <= measure + slack]
        if filled:  # asked last: most lines fill no side's measure, or no side runs in one
            if i not in prose:
                prose[i] = _reads_as_prose(lines[i])
            if not prose[i] and not _runs_on_in(lines, i, filled, slack, indent):
                filled = []
        if filled:
            measures.append(min(filled, key=lambda measure: abs(width - measure)))
        elif not behind and i + 1 + radius <= len(widths):
            measures.append(reads[i + 1][0])  # the lines after it alone: their window, already read high
        else:
            around = (widths[max(0, i - radius) : i] if behind else ()) + widths[i + 1 : i + 1 + radius]
            measures.append(_high(around or (width,), rank))
    return measures


def _runs_on_in(lines: Sequence[Line], i: int, filled: Sequence[float], slack: int, indent: int) -> bool:
    """Does a line that ends no sentence run on between a line above it and a line under it
    that fill a measure it fills too (the one above may be a paragraph's first line, short by
    its lost indent)? Then it is running text in that column, a clause mark inside it or not
    ("…村里新修了一条通往" | "县城的水泥路和两座石桥" | "雨天出行再也不难，…"), not a title short
    of a wider article's measure read around it: a title opens after a sentence ended, or under
    a kicker or a headline's first half, which fall short of the column, and has a paragraph's
    first line under it, short by its lost indent, a line of another measure, or a deck on its
    dash; a byline or a label opens on its mark.

    >>> lines = [Line(1, "字" * 16), Line(2, "字" * 16), Line(3, "字" * 16)]
    >>> _runs_on_in(lines, 1, [32], 3, 4), _runs_on_in(lines[:2], 1, [32], 3, 4), _runs_on_in([*lines[:2], Line(3, "字" * 14)], 1, [32], 3, 4)
    (True, False, False)
    >>> _runs_on_in([Line(1, "■本报记者 王明"), *lines[1:]], 1, [32], 3, 4), _runs_on_in([*lines[:2], Line(3, "——" + "字" * 14)], 1, [32], 3, 4)
    (False, False)
    >>> _runs_on_in([Line(1, "字" * 15 + "。"), *lines[1:]], 1, [32], 3, 4)
    False
    >>> _runs_on_in([Line(1, "记者蹲点"), *lines[1:]], 1, [32], 3, 4), _runs_on_in([Line(1, "字" * 14), *lines[1:]], 1, [32], 3, 4)
    (False, True)
    """
    if i == 0 or i + 1 == len(lines) or ends_sentence(lines[i].text) or ends_sentence(lines[i - 1].text):
        return False  # a title opens after a sentence ended
    if any(_OPENS_ON_MARK.match(line.text) for line in lines[i - 1 : i + 2]):
        return False  # "■本报记者 王明" | "本报通讯员 李红", "【专题】…", "——访…": a byline, a label, a deck
    # a kicker or a headline's first half above falls short of the column: the line is a title's
    return any(measure - slack - indent <= lines[i - 1].width <= measure + slack and abs(lines[i + 1].width - measure) <= slack for measure in filled)


# `CLAUSE_MARKS` as a class searched with `re`: a set asked of a line would make a string of
# each of its characters.
_CLAUSE_MARK = re.compile("[" + "".join(sorted(map(re.escape, CLAUSE_MARKS))) + "]")


def _reads_as_prose(line: Line) -> bool:
    """A clause mark or a dash inside the line (not opening it, as a deck's does): prose,
    where a title line of the same width may be a headline."""
    inner = line.text.strip()[:-1]
    return bool(_CLAUSE_MARK.search(inner)) or "——" in inner[1:]


@lru_cache(maxsize=4096)
def _read_side(widths: tuple[float, ...], radius: int, rank: float, slack: int) -> tuple[float, bool]:
    """The measure read high in the widths on one side of a line, and whether they run in it:
    most of them fill it (titles scatter). The same windows recur down a column and on both
    passes, so each is read once."""
    if len(widths) < radius:
        return 0, False
    measure = _high(widths, rank)
    return measure, 2 * sum(abs(width - measure) <= slack for width in widths) > len(widths)


def _high(widths: Sequence[float], rank: float) -> float:
    """A measure read high in the spread of widths: titles and paragraph ends fall short of it."""
    ordered = sorted(widths)
    return ordered[int(rank * (len(ordered) - 1))]
