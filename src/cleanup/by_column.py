"""A dump whose columns stand side by side on each line, read column by column.

pdftotext's layout mode (and other layout-keeping extractors) print a page as it stands:
each line of the dump crosses every column, the columns' text a gutter of spaces apart,
one character a cell. Read line by line, such a dump runs across every column on the
page. Where text stands in the dump says what a PDF's boxes say: each run of text
between gutters is a box one line high, and the boxes are put in reading order as a
PDF's are (`cleanup.reading_order`: down the bands a blank line crosses, across the
columns a gutter parts). The text is then printed as an ordinary dump would print it:
a column's lines one under the other, a blank line wherever reading moves on to another
column or past a blank line, and each line's indent from its column's left edge kept
(an ideographic space a cell, as a text export keeps indents: `cleanup.indents`), so a
paragraph still opens where the print indented it. Line numbers then count the lines so
read, as they count the lines read from a PDF.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from cleanup.config import DEFAULT, Config
from cleanup.cues import PAGE_DATE
from cleanup.lines import split_lines
from cleanup.reading_order import Gaps, Layout, reading_order
from cleanup.spacing import letter_spaced, side_by_side

# A run of text: characters with at most one space between them (a wider gap is a gutter).
_RUN = re.compile(r"\S+(?: \S+)*")
# Text a gutter apart somewhere in the dump: most dumps hold none, and are left alone at once.
_GUTTER = re.compile(r"\S {3,}\S")
_INDENT = "\u3000"
_PROSE_MARK = re.compile(r"[，。、；：！？“”,;]")


@dataclass(frozen=True)
class _Run:
    """A run of text on the dump's line `row`, from cell `start` to `end`."""

    row: int
    start: int
    end: int
    text: str


def read_by_column(text: str, config: Config = DEFAULT) -> str | None:
    """The dump read column by column, or None when its columns do not stand side by side
    (`cleanup.spacing.side_by_side`).

    >>> page = "\\n".join(["  左栏第一段，      右栏接着写，", "接着写完。         也写完了。"] * 2)
    >>> print(read_by_column(page, Config(side_by_side_lines=2)))
    　　左栏第一段，
    接着写完。
    　　左栏第一段，
    接着写完。
    <BLANKLINE>
    右栏接着写，
    也写完了。
    右栏接着写，
    也写完了。
    """
    text = text.replace("\u00a0", " ")  # a no-break space is a space here
    if not _GUTTER.search(text):
        return None  # most dumps
    lines = split_lines(text)
    if not side_by_side(lines, config) or letter_spaced(lines, config):
        return None  # a space between every two characters makes a word's space three wide
    runs = [_Run(row, match.start(), match.end(), match.group()) for row, line in enumerate(text.split("\n")) for match in _RUN.finditer(line)]
    if not _prose(runs, config):
        return None  # a table's cells: each row is read across, as printed
    under = _lines_under(runs, config)
    titles = _set_apart(runs, under, config)
    reaches = {run: _reach(run, under) for run in runs}
    layout = Layout(bounds=lambda run: (run.start, -reaches[run] - 1, run.end, -run.row), is_title=lambda run: run in titles)
    ordered = reading_order(runs, layout, Gaps(band=1, under_title=0, column=config.side_by_side_gutter))
    return "\n".join(_printed(_blocks(ordered, under, titles)))


def _prose(runs: list[_Run], config: Config) -> bool:
    """Do the runs on lines holding more than one hold prose: at least
    `Config.side_by_side_prose_share` of them a clause or sentence mark, as a column's lines
    of running text do (most of them on every page of columns), a table's cells not?"""
    rows: dict[int, int] = {}
    for run in runs:
        rows[run.row] = rows.get(run.row, 0) + 1
    beside = [run for run in runs if rows[run.row] > 1]
    return sum(bool(_PROSE_MARK.search(run.text)) for run in beside) >= config.side_by_side_prose_share * len(beside)


def _lines_under(runs: list[_Run], config: Config) -> dict[_Run, _Run]:
    """Each run's next line in its column: the first run on one of the next
    `Config.side_by_side_leading` lines of the dump that overlaps it (an extractor prints a
    column set with more leading, or a column whose lines fall between another's, a blank
    line apart); over a line blank across the page, only where the column goes on at that
    step."""
    by_row: dict[int, list[_Run]] = {}
    for run in runs:
        by_row.setdefault(run.row, []).append(run)

    def next_line(run: _Run) -> _Run | None:
        for row in range(run.row + 1, run.row + 1 + config.side_by_side_leading):
            found = next((other for other in by_row.get(row, ()) if other.start < run.end and other.end > run.start), None)
            if found:
                return found
        return None

    found = {run: below for run in runs if (below := next_line(run))}
    over = {below: run for run, below in found.items()}

    def steps_alike(run: _Run, below: _Run) -> bool:
        """The column goes on with the same step: the line above `run`, or the one under
        `below`, as far from it."""
        step = below.row - run.row
        return run in over and run.row - over[run].row == step or below in found and found[below].row - below.row == step

    # Over a line blank across the page, a column goes on only at its own step: a header over
    # the page's first column is no line of it.
    return {run: below for run, below in found.items() if below.row == run.row + 1 or below.row - 1 in by_row or steps_alike(run, below)}


def _reach(run: _Run, under: dict[_Run, _Run]) -> int:
    """The last line of the dump a run's line of print stands on: down to its next line in
    the column, so a column printed a blank line apart still reads as one."""
    below = under.get(run)
    return below.row - 1 if below else run.row


def _set_apart(runs: list[_Run], under: dict[_Run, _Run], config: Config) -> set[_Run]:
    """The runs that line up with neither the line above nor the one under them: a column's
    lines start at its left edge (or an indent in from it), a title stands centred."""
    over = {below: run for run, below in under.items()}
    aligned = {run for run, below in under.items() if abs(run.start - below.start) <= config.side_by_side_gutter}
    aligned |= {below for below, run in over.items() if run in aligned}
    return {run for run in runs if run not in aligned}


def _blocks(ordered: list[_Run], under: dict[_Run, _Run], titles: set[_Run]) -> list[list[list[_Run]]]:
    """The runs in blocks of lines: a line goes under the one above it where it is that
    line's next in the column, both titles or neither, and that line is no page header
    (a dated line: what an extractor prints right under it, the page's promotions, is no
    line of it); runs on one line, read one after the other, stay one line."""
    blocks: list[list[list[_Run]]] = []
    for run in ordered:
        line = blocks[-1][-1] if blocks else None
        if line and run.row == line[-1].row and run.start >= line[-1].end:
            line.append(run)
        elif line and any(under.get(before) is run for before in line) and (run in titles) == (line[0] in titles) and not PAGE_DATE.match(line[0].text):
            blocks[-1].append([run])
        else:
            blocks.append([[run]])
    return blocks


def _printed(blocks: list[list[list[_Run]]]) -> list[str]:
    """Each block's lines, indented from the block's left edge, a blank line between blocks
    (a line set in further than its neighbours allow is a block of its own, `_set_apart`)."""
    lines: list[str] = []
    for block in blocks:
        if lines:
            lines.append("")
        left = min(line[0].start for line in block)
        for line in block:
            text = line[0].text + "".join(" " * (run.start - before.end) + run.text for before, run in pairwise(line))
            lines.append(_INDENT * (line[0].start - left) + text)
    return lines
