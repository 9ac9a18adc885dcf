"""Tables printed in a page: rows of cells that spaces part, columns of numbers.

A table's rows are no prose: joined into a paragraph they read as nonsense ("地区 生产总值
增长率 市区120.5 6.2%…"), and as short lines that end no sentence they look like titles. A
run of at least `Config.table_min_rows` lines, each parted by spaces into the same number of
cells (two or more, none longer than `Config.table_cell_chars` or holding a comma or a stop),
headed by a row with no digit, under which a column is numbers alone ("120.5", "6.2%") and
numbers fill at least half of the cells after the first, is a table: kept row by row and
cell by cell, with no repair. Prose with a stray space by a number ("館送贈 1,463 件中國當代
藝術藏品，", "全市共有 436 个党支部") holds commas, long runs of words, or heads no column.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import groupby

import regex

from cleanup.config import DEFAULT, Config
from cleanup.lines import Block, Line

_CELL_GAP = regex.compile(r"[ \t\u3000\u00a0]+")
# One character of `_CELL_GAP`: a line holds a gap inside where its stripped text holds one.
# Searched with `re`, quicker than `regex` on a class of characters written out.
_GAP = re.compile(r"[ \t\u3000\u00a0]")
_DIGIT = regex.compile(r"[\d０-９]")
_NUMBER = regex.compile(r"[+\-−±]?[\d０-９][\d０-９.,，．%％‰]*")
# Marks of prose (and of a byline) that no table cell holds; a number's own comma is ASCII.
_PROSE_MARK = regex.compile(r"[，。、；！？「」『』“”■]")
# A row ends on no sentence's stop (a cell may close a bracket: "金额（万元）").
_STOP = regex.compile(r"[。！？!?；;]$")


def table_cells(lines: Sequence[Line], config: Config = DEFAULT) -> list[list[str]]:
    """The rows of cells when the lines are a table, else none.

    >>> rows = ["地区 生产总值 增长率", "市区 120.5 6.2%", "东区 98.3 5.8%"]
    >>> table_cells([Line(n, text) for n, text in enumerate(rows)])
    [['地区', '生产总值', '增长率'], ['市区', '120.5', '6.2%'], ['东区', '98.3', '5.8%']]
    >>> table_cells([Line(1, "本报记者 王珂 李明"), Line(2, "通讯员 张三 李四"), Line(3, "摄影 王五 赵六")])
    []
    >>> table_cells([Line(1, "全市共有 436 个党支部"), Line(2, "去年新建 27 个活动室"), Line(3, "今年计划 30 个项目")])
    []
    """
    if len(lines) < config.table_min_rows:
        return []
    rows: list[list[str]] = []
    for line in lines:  # split a line at a time: most blocks stop at their first line, or soon after
        row = _CELL_GAP.split(line.text.strip())
        if len(row) < 2 or rows and len(row) != len(rows[0]):
            return []
        rows.append(row)
    width = len(rows[0])
    if any(_STOP.search(line.text) for line in lines):
        return []
    if any(len(cell) > config.table_cell_chars or _PROSE_MARK.search(cell) for row in rows for cell in row):
        return []  # a long cell, or one with a comma or a stop in it, is prose
    if _DIGIT.search(lines[0].text):
        return []  # a header names its columns
    numbers = [[bool(_NUMBER.fullmatch(cell)) for cell in row[1:]] for row in rows[1:]]
    column = any(all(row[index] for row in numbers) for index in range(width - 1))
    return rows if column and 2 * sum(map(sum, numbers)) >= (width - 1) * len(numbers) else []


def tables_apart(blocks: list[Block], config: Config = DEFAULT) -> list[Block]:
    """The blocks with every table inside one set apart as a block of its own, as if blank
    lines framed it: a dump without blank lines runs a table into the prose around it.

    >>> lines = [Line(1, "具体数据见下表。"), *(Line(n, text) for n, text in enumerate(["地区 产值", "市区 120", "东区 98"], 2)), Line(5, "各区县继续推进。")]
    >>> [[line.text for line in block.lines] for block in tables_apart([Block(tuple(lines))])]
    [['具体数据见下表。'], ['地区 产值', '市区 120', '东区 98'], ['各区县继续推进。']]
    """
    return [part for block in blocks for part in _parts(block, config)]


def _parts(block: Block, config: Config) -> list[Block]:
    lines = block.lines
    gapped = [bool(_GAP.search(line.text.strip())) for line in lines]
    if sum(gapped) < config.table_min_rows:
        return [block]  # nearly every block: too few lines parted into cells
    # A line with no gap inside is one cell, unsplit: most lines of a block without blank lines.
    counts = [len(_CELL_GAP.split(line.text.strip())) if gap else 1 for line, gap in zip(lines, gapped)]
    parts: list[Block] = []
    start = 0
    for count, run in groupby(range(len(lines)), key=counts.__getitem__):
        indexes = list(run)
        if count >= 2 and len(indexes) >= config.table_min_rows and table_cells(lines[indexes[0] : indexes[-1] + 1], config):
            parts += [Block(lines[start : indexes[0]])] if indexes[0] > start else []
            parts.append(Block(lines[indexes[0] : indexes[-1] + 1]))
            start = indexes[-1] + 1
    return [*parts, Block(lines[start:])] if parts and start < len(lines) else parts or [block]
