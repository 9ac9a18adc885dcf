"""The reading order of a page's text boxes: recursive XY-cut.

A newspaper page is a stack of rectangles: a band across the page (the header, an
article's headline, a whole article) and, inside a band, columns. Reading goes down
the bands and, inside each, left to right across the columns, each column top to
bottom. So a region's boxes are split where white space crosses it, and each part is read
the same way:

* across, where a gap of `Gaps.band` parts two bands, which keeps an article above
  another apart even when their columns line up; a band of titles alone stays with the
  band it heads;
* down the gutters between articles: columns are grouped by what heads them (a column
  topped by body text that starts level with a titled column beside it stands under
  that title, a headline that leaves a column free), and the groups are read in turn;
* across, under a title, where the smaller `Gaps.under_title` will do: a title is set
  apart by its size more than by space (a headline close above the columns it heads);
* down any gutter;
* else the top box is read first and the rest read again.

A PDF extractor's own order goes down a column of the whole page and so runs from one
article into the one below.

Coordinates are PDF points with y growing upwards, as pdfminer gives them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Gaps:
    """The white space, in points, that parts two bands (under a title, and under any other
    box) and two columns."""

    band: float
    under_title: float
    column: float


@dataclass(frozen=True)
class Layout:
    """How to read a box: its bounds (x0, y0, x1, y1) and whether it is a title."""

    bounds: Callable[[object], tuple[float, float, float, float]]
    is_title: Callable[[object], bool]


def reading_order(boxes: Sequence[T], layout: Layout, gaps: Gaps) -> list[T]:
    """The boxes in reading order.

    >>> boxes = {"head": (0, 90, 100, 100), "left": (0, 50, 45, 80), "right": (55, 50, 100, 80),
    ...          "below": (0, 0, 45, 40), "beside": (55, 0, 100, 40)}
    >>> layout = Layout(boxes.get, lambda box: box == "head")
    >>> reading_order(list(boxes), layout, Gaps(band=5, under_title=2, column=5))
    ['head', 'left', 'right', 'below', 'beside']
    >>> close = {"head": (20, 83, 100, 90), "left": (0, 0, 45, 80), "right": (55, 0, 100, 80)}
    >>> reading_order(list(close), Layout(close.get, lambda box: box == "head"), Gaps(5, 2, 5))
    ['head', 'left', 'right']
    """
    ordered: list[T] = []
    # Regions still to read, the next one last, each with how many top boxes were read off it
    # in a row: a stack, not recursion, so a page of thousands of boxes cannot overflow it.
    pending: list[tuple[list[T], int]] = [(list(boxes), 0)]
    while pending:
        region, peeled = pending.pop()
        if len(region) <= 1:
            ordered.extend(region)
            continue
        parts = _parts(region, layout, gaps)
        if parts:
            pending.extend((part, 0) for part in reversed(parts))
        elif peeled < _PEELS:
            # Nothing parts the region: the top box is read first and the rest read again.
            top = _top(region, layout)
            pending.append(([box for box in region if box is not top], peeled + 1))
            ordered.append(top)
        else:  # boxes that overlap all over: top to bottom, left to right
            ordered.extend(sorted(region, key=_position(layout)))
    return ordered


# A headline above its columns parts from them once read off; boxes that still overlap after
# this many are read by position.
_PEELS = 3


def _parts(region: list[T], layout: Layout, gaps: Gaps) -> list[list[T]]:
    """The region's parts in reading order, or none when nothing parts it."""
    columns = _columns(region, layout, gaps.column)
    attempts = [
        _headed_bands(region, layout, gaps.band),
        _articles_side_by_side(columns, layout, gaps.band),
        _top_band(region, layout, gaps.band, gaps.under_title),
        columns,
    ]
    return next((parts for parts in attempts if len(parts) > 1), [])


def _position(layout: Layout) -> Callable[[object], tuple[float, float]]:
    return lambda box: (-layout.bounds(box)[3], layout.bounds(box)[0])


def _articles_side_by_side(columns: list[list[T]], layout: Layout, gap: float) -> list[list[T]]:
    """The columns grouped by the article that heads them: a column topped by body text
    whose text starts level with a titled column beside it stands under that title (a
    headline that leaves a column free). Columns headed alike (each by a title: articles
    side by side; or none: one article's columns) stay apart."""
    groups: list[list[T]] = []
    for column in columns:
        groups.append(column)
        while len(groups) > 1 and _one_headline(groups[-2], groups[-1], layout, gap):
            groups[-2:] = [groups[-2] + groups[-1]]
    return groups if len(groups) > 1 else []


def _one_headline(left: list[T], right: list[T], layout: Layout, gap: float) -> bool:
    if layout.is_title(_top(left, layout)) == layout.is_title(_top(right, layout)):
        return False
    tops = [max((layout.bounds(box)[3] for box in part if not layout.is_title(box)), default=None) for part in (left, right)]
    return None not in tops and abs(tops[0] - tops[1]) <= gap


def _top(boxes: Sequence[T], layout: Layout) -> T:
    return min(boxes, key=_position(layout))


def _headed_bands(boxes: Sequence[T], layout: Layout, gap: float) -> list[list[T]]:
    """The bands a wide gap parts, each band of titles alone joined to the band below it:
    a headline heads what stands under it, which may be one article's columns or several
    articles side by side."""
    merged: list[list[T]] = []
    pending: list[T] = []
    for band in _bands(boxes, layout, gap, gap):
        if all(layout.is_title(box) for box in band):
            pending += band
        else:
            merged.append(pending + band)
            pending = []
    if pending and merged:
        merged[-1].extend(pending)  # titles closing the region stay with the band above them
    elif pending:
        merged.append(pending)
    return merged


def _top_band(boxes: Sequence[T], layout: Layout, gap: float, under_title: float) -> list[list[T]]:
    """The top band and the rest, or nothing when no gap parts the region: what lies below
    the top band may stand in columns of its own, so it is read again as a whole."""
    bands = _bands(boxes, layout, gap, under_title)
    return [bands[0], [box for band in bands[1:] for box in band]] if len(bands) > 1 else []


def _bands(boxes: Sequence[T], layout: Layout, gap: float, under_title: float) -> list[list[T]]:
    """The boxes in bands, top to bottom, split where nothing crosses the gap under a band
    (`under_title` under a title)."""
    bands: list[list[T]] = []
    bottom, needed = 0.0, 0.0
    for box in sorted(boxes, key=lambda box: -layout.bounds(box)[3]):
        _, y0, _, y1 = layout.bounds(box)
        crosses = bool(bands) and y1 > bottom - needed
        if crosses:
            bands[-1].append(box)
        else:
            bands.append([box])
        if not crosses or y0 < bottom:  # the band's lowest box sets the gap under it
            bottom, needed = y0, under_title if layout.is_title(box) else gap
    return bands


def _columns(boxes: Sequence[T], layout: Layout, gap: float) -> list[list[T]]:
    """The boxes in columns, left to right, split where nothing crosses a gutter of `gap`."""
    columns: list[list[T]] = []
    right = 0.0
    for box in sorted(boxes, key=lambda box: layout.bounds(box)[0]):
        x0, _, x1, _ = layout.bounds(box)
        if columns and x0 < right + gap:
            columns[-1].append(box)
            right = max(right, x1)
        else:
            columns.append([box])
            right = x1
    return columns
