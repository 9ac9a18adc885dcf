"""Reading order of a PDF page's text boxes (recursive XY-cut), on page sketches in points."""

from __future__ import annotations

import pytest

from cleanup.reading_order import Gaps, Layout, reading_order

GAPS = Gaps(band=9, under_title=3, column=10)  # a 10-point body: 0.9, 0.3 and 1 em

# name: (x0, y0, x1, y1); a name starting with "H" is a title.
STACKED = {  # two articles, one above the other, their columns on the same grid
    "H1": (40, 960, 500, 990), "A1": (40, 700, 190, 950), "A2": (210, 700, 360, 950), "A3": (380, 700, 530, 950),
    "H2": (40, 650, 300, 680), "B1": (40, 400, 190, 640), "B2": (210, 400, 360, 640), "B3": (380, 400, 530, 640),
}
CLOSE_HEADLINE = {  # a headline 5 points above its columns, narrower than them
    "H1": (200, 955, 420, 980), "A1": (40, 700, 190, 950), "A2": (210, 700, 360, 950), "A3": (380, 700, 530, 950),
}
SIDE_BY_SIDE = {  # two articles beside each other, the right one set higher
    "H1": (40, 900, 300, 930), "A1": (40, 600, 160, 890), "A2": (180, 600, 300, 890),
    "H2": (330, 950, 600, 980), "B1": (330, 600, 460, 940), "B2": (480, 600, 600, 940),
}
L_SHAPED = {  # A runs down three columns and across two more above B
    "H1": (40, 960, 530, 990), "A1": (40, 500, 130, 950), "A2": (150, 500, 240, 950), "A3": (260, 500, 350, 950),
    "A4": (370, 760, 450, 950), "A5": (470, 760, 530, 950), "H2": (370, 700, 530, 740), "B1": (370, 500, 450, 690), "B2": (470, 500, 530, 690),
}
OFF_CENTRE = {  # a headline over the middle columns; the first starts with the byline, captions beside
    "C1": (40, 600, 240, 640), "A1": (260, 400, 385, 720), "H1": (405, 730, 525, 745),
    "A2": (405, 400, 525, 720), "A3": (545, 400, 665, 720), "C2": (690, 550, 890, 600),
}
ONE_COLUMN = {"P3": (40, 100, 190, 150), "P1": (40, 300, 190, 350), "P2": (40, 200, 190, 290)}


@pytest.mark.parametrize(
    ("page", "order"),
    [
        (STACKED, ["H1", "A1", "A2", "A3", "H2", "B1", "B2", "B3"]),
        (CLOSE_HEADLINE, ["H1", "A1", "A2", "A3"]),
        (SIDE_BY_SIDE, ["H1", "A1", "A2", "H2", "B1", "B2"]),
        (L_SHAPED, ["H1", "A1", "A2", "A3", "A4", "A5", "H2", "B1", "B2"]),
        (OFF_CENTRE, ["C1", "H1", "A1", "A2", "A3", "C2"]),
        (ONE_COLUMN, ["P1", "P2", "P3"]),
        ({}, []),
    ],
    ids=["stacked", "close-headline", "side-by-side", "L-shaped", "off-centre", "one-column", "empty"],
)
def test_boxes_are_read_article_by_article(page: dict, order: list[str]) -> None:
    layout = Layout(page.get, lambda name: name.startswith("H"))
    assert reading_order(list(page), layout, GAPS) == order


def test_thousands_of_overlapping_boxes_are_all_read_once() -> None:
    """A page of boxes that overlap everywhere (no gap parts them) is read by position, each box
    once, without the depth of one read per box."""
    page = {index: (index % 7, 5000 - index, 600 + index % 11, 5040 - index) for index in range(3000)}
    order = reading_order(list(page), Layout(page.get, lambda name: False), GAPS)
    assert sorted(order) == list(page) and order[:3] == [0, 1, 2]
