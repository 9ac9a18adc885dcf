"""A PDF page drawn for the report: its text lines where the PDF printed them, each tinted by
what it became, beside the rebuilt articles.

The drawing is SVG inside the report (no raster, no network): every text line of the page
at its place and size, squeezed to the width it was set in, and the page's rectangles
(frames, bands, photo boxes) as outlines. A line carries the number of the text line it went
into and the article it belongs to, so choosing an article lights its lines on the page too.
"""

from __future__ import annotations

from collections.abc import Sequence

from lxml import etree

from layout.pdf import PageDrawing


def page_images(drawings: Sequence[PageDrawing], tints: Sequence[tuple[str, int | None]]) -> list[etree._Element]:
    """One SVG per page; `tints` gives each text line (by number) its role and article."""
    return [_svg(drawing, tints) for drawing in drawings]


def _svg(drawing: PageDrawing, tints: Sequence[tuple[str, int | None]]) -> etree._Element:
    """The page in PDF points, y turned to run down as SVG's does.

    >>> from layout.pdf import DrawnLine
    >>> line = DrawnLine(2, 10, 80, 50, 90, 10, "标题")
    >>> svg = _svg(PageDrawing(100, 100, (line,), ()), [("blank", None), ("residue", None), ("headline", 1)])
    >>> group = svg[1]
    >>> group.get("class"), group.get("data-article"), group[1].text, group[1].get("y")
    ('pl r-headline', '1', '标题', '18.0')
    """
    svg = etree.Element("svg", viewBox=f"0 0 {drawing.width:.1f} {drawing.height:.1f}", role="img")
    etree.SubElement(svg, "rect", width=f"{drawing.width:.1f}", height=f"{drawing.height:.1f}", **{"class": "paper"})
    for x0, y0, x1, y1 in drawing.boxes:
        etree.SubElement(svg, "rect", x=f"{x0:.1f}", y=f"{drawing.height - y1:.1f}", width=f"{x1 - x0:.1f}", height=f"{y1 - y0:.1f}", **{"class": "frame"})
    for line in drawing.lines:
        role, article = tints[line.number] if 0 < line.number < len(tints) else ("residue", None)
        group = etree.SubElement(svg, "g", **{"class": f"pl r-{role}", "data-line": str(line.number)})
        if article is not None:
            group.set("data-article", str(article))
        top, width = drawing.height - line.y1, max(line.x1 - line.x0, 1.0)
        etree.SubElement(group, "rect", x=f"{line.x0:.1f}", y=f"{top:.1f}", width=f"{width:.1f}", height=f"{line.y1 - line.y0:.1f}")
        text = etree.SubElement(
            group, "text", x=f"{line.x0:.1f}", y=f"{drawing.height - line.y0 - 0.2 * line.size:.1f}",
            textLength=f"{width:.1f}", lengthAdjust="spacingAndGlyphs", **{"font-size": f"{line.size:.1f}"},
        )
        text.text = line.text
        etree.SubElement(group, "title").text = f"line {line.number}"
    return svg
