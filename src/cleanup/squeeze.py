"""How wide the page's print sets a punctuation mark: most newspapers squeeze "，。“”" to
about half a character, some typesetters keep them full. A line full in print then holds more
characters the more marks it has, and a paragraph's first line, short by its lost indent,
looks full in cells if it is rich in marks. Read from the page itself: between two adjacent
full lines, each mark more widens the line in cells by what the print saved on it.
"""

from __future__ import annotations

from collections.abc import Sequence

from cleanup.config import DEFAULT, Config
from cleanup.lines import SQUEEZABLE, Line

_DROP_MARKS = dict.fromkeys(map(ord, SQUEEZABLE))


def mark_width(lines: Sequence[Line], config: Config = DEFAULT) -> float:
    """The cells a squeezable mark takes on this page (2: set full), in steps of
    `Config.mark_width_step`: the slope of the width difference of adjacent full lines on
    their difference in marks, shrunk towards none where the page has few such pairs.

    A line full in print holds a character more for every two marks (each about a cell):

    >>> full = ["字" * 15, "字" * 14 + "，。", "字" * 15, "字" * 13 + "，，。", "字" * 15]
    >>> mark_width([Line(n, text) for n, text in enumerate(full * 8)])
    1.2

    A mark as wide as a character, where the full lines all measure the same:

    >>> mark_width([Line(n, "字" * 15 if n % 2 else "字" * 14 + "，") for n in range(20)])
    2
    """
    widths = [line.width for line in lines]
    marks = [len(line.text) - len(line.text.translate(_DROP_MARKS)) for line in lines]
    covariance = variance = 0.0
    least, slack = config.mark_width_min_line, config.full_slack + 1
    for index in range(1, len(widths)):
        before, width = widths[index - 1], widths[index]
        if before >= least and -slack <= width - before <= slack and lines[index].number == lines[index - 1].number + 1:
            more_marks = marks[index] - marks[index - 1]
            covariance += (width - before) * more_marks
            variance += more_marks * more_marks
    saved = covariance / (variance + config.mark_width_prior)
    if saved < config.mark_width_step:
        return 2
    step = config.mark_width_step
    return max(1.0, round(round((2 - saved) / step) * step, 1))
