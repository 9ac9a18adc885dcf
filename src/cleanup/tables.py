"""Tables printed in a page: rows of cells that spaces part, most of them numbers.

A table's rows are no prose: joined into a paragraph they read as nonsense ("地区 生产总值
增长率 市区120.5 6.2%…"), and as short lines that end no sentence they look like titles. A
block of at least `Config.table_min_rows` lines, each parted by spaces into the same number
of cells (two or more), whose rows under the first hold a digit in at least half of their
cells after the first, is a table: kept row by row and cell by cell, with no repair.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from cleanup.config import DEFAULT, Config
from cleanup.lines import Line

_CELL_GAP = regex.compile(r"[ \t\u3000\u00a0]+")
_DIGIT = regex.compile(r"\d")
# A row ends on no sentence's stop (a cell may close a bracket: "金额（万元）").
_STOP = regex.compile(r"[。！？!?；;]$")


def table_cells(lines: Sequence[Line], config: Config = DEFAULT) -> list[list[str]]:
    """The rows of cells when the lines are a table, else none.

    >>> rows = ["地区 生产总值 增长率", "市区 120.5 6.2%", "东区 98.3 5.8%"]
    >>> table_cells([Line(n, text) for n, text in enumerate(rows)])
    [['地区', '生产总值', '增长率'], ['市区', '120.5', '6.2%'], ['东区', '98.3', '5.8%']]
    >>> table_cells([Line(1, "本报记者 王珂 李明"), Line(2, "通讯员 张三 李四"), Line(3, "摄影 王五 赵六")])
    []
    """
    if len(lines) < config.table_min_rows:
        return []
    rows = [_CELL_GAP.split(line.text.strip()) for line in lines]
    width = len(rows[0])
    if width < 2 or any(len(row) != width for row in rows) or any(_STOP.search(line.text) for line in lines):
        return []
    cells = [cell for row in rows[1:] for cell in row[1:]]
    return rows if 2 * sum(bool(_DIGIT.search(cell)) for cell in cells) >= len(cells) else []
