"""The column measure: how wide a block's lines run, and what a line's width says against it.

A page mixes column widths, so each block measures its own from its interior
lines (neither a paragraph's indented first line nor its short last one), pooled
with neighbouring blocks set in the same measure. Widths are printed cells
(`cleanup.lines.display_width`): a Han character is two, a digit one.
"""

from __future__ import annotations

import bisect
import statistics

from cleanup.lines import Block, Line

# A full line may fall short of the column by this many cells (punctuation compression,
# half-width digits): one Han character and a bit.
FULL_SLACK = 3
# A block measures its own column width from this many interior lines.
MEASURED_LINES = 3
PROSE_MARKS = "，。、；,;"
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
# A line this many times its column's width runs across columns.
OUTSIDE_COLUMN = 1.5


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
    """A column width for every block (0 where none can be told).

    A block with enough interior lines measures its own: their median, pooled
    with nearby blocks set in the same measure. A short block of several lines
    takes the nearest measured width its lines match (one page mixes column
    widths); a one-line block, the nearest of those.
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


def reaches_column(line: Line, column: int) -> bool:
    """About as wide as the column: full, or short by no more than a lost indent."""
    return column > 0 and line.width >= column - FULL_SLACK - INDENT - 1


def outside_column(line: Line, column: int) -> bool:
    """Far wider than its column: a page header or banner line set across columns, not running text."""
    return column > 0 and line.width > column * OUTSIDE_COLUMN
