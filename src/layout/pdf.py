"""A PDF page read as newsdump's own dump, with what the PDF knows and a text dump has lost.

pdfminer.six reads the page's text boxes in reading order with every character's
font and size. From them this module writes the text the rest of newsdump reads,
one paragraph per line and a blank line between blocks, so the same cleanup,
models and output serve PDFs and dumps alike:

* A line in bold or in a larger size than the page's body text is a title
  (headline, kicker, deck, intertitle): a block of its own, line by line.
  One set in the body's size (bold only) is an intertitle or a box title, never
  a headline: the numbers of those lines go with the text (`PdfPage`), and the
  layout begins no article at them.
* Within body text, a line indented by about a character opens a paragraph (its
  number goes with the text, and the cleanup joins no column jump onto it); a
  line that is not goes on with the paragraph before it, also across a column
  jump into the next box, when the size and the column's width match, and the
  font too unless the text before stops mid-sentence (a dateline set in another
  face runs on into its paragraph; a caption in another face does not).
* A title set inside a band (a rectangle across most of the page's text width and
  not much higher than the title) is a banner over a group of articles ("改革进行时"),
  furniture wherever the reading order puts it (its numbers go with the text).
* Every other box starts a block; so does the text after a photo's credit, and
  the page header (the page's first text, opening with the date) runs on into nothing.
* The boxes are read in the page's order, not the extractor's: down the bands of
  the page and across each band's columns (`cleanup.reading_order`), so one
  article's columns are read together before the article below it.

A PDF without a text layer (a scan) is an input error that names OCR as the
missing step. Line numbers in the output count the lines of this text.
"""

from __future__ import annotations

import io
from collections import Counter
from dataclasses import dataclass

from cleanup.banners import is_repeated_banner
from cleanup.config import DEFAULT, Config
from cleanup.cues import PAGE_DATE
from cleanup.marks import ends_sentence
from cleanup.reading_order import Gaps, Layout, reading_order
from cleanup.shapes import CLAUSE, CREDIT_END
from layout.errors import InputError

PDF_MAGIC = b"%PDF-"


def is_pdf(data: bytes) -> bool:
    return data.lstrip()[:5] == PDF_MAGIC


@dataclass
class _Paragraph:
    text: str
    family: str
    size: float
    width: float
    indented: bool = False  # its first line is indented: a paragraph opens there, whatever the text says


@dataclass(frozen=True)
class DrawnLine:
    """A text line where the PDF printed it (points from the page's lower left corner), and the
    number of the text line it went into."""

    number: int
    x0: float
    y0: float
    x1: float
    y1: float
    size: float
    text: str


@dataclass(frozen=True)
class PageDrawing:
    """What a PDF page shows, for a person to compare the articles with: its size, its text
    lines in place, and its rectangles (frames, bands, photo boxes)."""

    width: float
    height: float
    lines: tuple[DrawnLine, ...]
    boxes: tuple[tuple[float, float, float, float], ...]


@dataclass(frozen=True)
class PdfPage:
    """A PDF read as dump text, with what the text alone would lose: the numbers of the title
    lines set in the body's size (bold), which print intertitles and box titles, never a headline."""

    text: str
    body_size_titles: frozenset[int]
    # The lines that open with an indent: a paragraph begins there, never a column jump's tail.
    paragraph_starts: frozenset[int] = frozenset()
    # The title lines set inside a band across the page: banners, page furniture.
    banner_lines: frozenset[int] = frozenset()
    # Each page as printed, for the report (`layout.page_image`).
    drawings: tuple[PageDrawing, ...] = ()


@dataclass
class _PageText:
    """One PDF page as dump lines, with the indexes of the lines the type says more about."""

    lines: list[str]
    body_size_titles: set[int]
    paragraph_starts: set[int]
    banners: set[int]
    drawn: list[tuple[int, object]]  # the index of the line each PDF text line went into, and that line


def pdf_text(data: bytes, name: str = "-", config: Config = DEFAULT) -> str:
    """The PDF's pages as dump text (pages one after another)."""
    return read_pdf(data, name, config).text


def read_pdf(data: bytes, name: str = "-", config: Config = DEFAULT) -> PdfPage:
    """The PDF's pages as dump text (pages one after another), with what its type shows (`PdfPage`)."""
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LAParams
    from pdfminer.pdfparser import PDFSyntaxError
    from pdfminer.psparser import PSException

    try:
        pages = [(page, *_text_and_bands(page)) for page in extract_pages(io.BytesIO(data), laparams=LAParams())]
    except (PDFSyntaxError, PSException, ValueError, TypeError, KeyError, AssertionError) as error:
        raise InputError(f"{name}: not a readable PDF ({type(error).__name__}: {error})") from None
    lines: list[str] = []
    small_titles: set[int] = set()
    starts: set[int] = set()
    banners: set[int] = set()
    drawn: list[list[tuple[int, object]]] = []
    for _, boxes, bands in pages:
        page = _page_lines(boxes, bands, config)
        for found, indexes in ((small_titles, page.body_size_titles), (starts, page.paragraph_starts), (banners, page.banners)):
            found.update(len(lines) + index for index in indexes)
        drawn.append([(len(lines) + index, line) for index, line in page.drawn])
        lines.extend(page.lines)
        lines.append("")
    if not any(line.strip() for line in lines):
        raise InputError(f"{name}: the PDF has no text layer (a scanned page?): run OCR on it first, e.g. with ocrmypdf")
    leading = next(index for index, line in enumerate(lines) if line)  # blank lines the text drops
    def numbers(indexes: set[int]) -> frozenset[int]:
        return frozenset(index - leading + 1 for index in indexes)

    drawings = tuple(_drawing(page, bands, [(index - leading + 1, line) for index, line in on_page]) for (page, _, bands), on_page in zip(pages, drawn))
    return PdfPage("\n".join(lines).strip("\n") + "\n", numbers(small_titles), numbers(starts), numbers(banners), drawings)


def _drawing(page, rectangles: list, lines: list[tuple[int, object]]) -> PageDrawing:
    """The page as printed: its text lines with the numbers of the text lines they went into."""
    drawn = tuple(
        DrawnLine(number, line.x0, line.y0, line.x1, line.y1, (_styled(line) or ("", line.height))[1], line.get_text().strip())
        for number, line in lines
    )
    boxes = tuple((box.x0, box.y0, box.x1, box.y1) for box in rectangles)
    return PageDrawing(page.width, page.height, drawn, boxes)


def _text_and_bands(page) -> tuple[list, list]:
    """The page's text boxes, and its rectangles (rules, frames, shaded bands)."""
    from pdfminer.layout import LTRect, LTTextBoxHorizontal

    return [item for item in page if isinstance(item, LTTextBoxHorizontal)], [item for item in page if isinstance(item, LTRect)]


def _styled(line) -> tuple[str, float] | None:
    """The face and size most of a line's characters are set in."""
    from pdfminer.layout import LTChar

    faces = Counter((item.fontname.split("+")[-1], round(item.size)) for item in line if isinstance(item, LTChar) and item.get_text().strip())
    return faces.most_common(1)[0][0] if faces else None


def _page_lines(boxes: list, rectangles: list, config: Config) -> _PageText:
    """The page's text lines, with the indexes of its title lines set in the body's size, of
    its paragraphs that open with an indent, and of its titles set in a band."""
    from pdfminer.layout import LTTextLineHorizontal

    sizes: Counter = Counter()
    for box in boxes:
        for line in box:
            styled = _styled(line)
            if styled:
                sizes[styled[1]] += len(line.get_text().strip())
    body_size = sizes.most_common(1)[0][0] if sizes else 0
    def is_title(box) -> bool:
        """Most of the box's text is set as a title (a bold dateline heading a paragraph is not)."""
        weights: Counter = Counter()
        for line in box:
            styled = _styled(line)
            if styled:
                weights[_is_title_style(*styled, body_size, config)] += len(line.get_text().strip())
        return bool(weights) and weights.most_common(1)[0][0]

    gaps = Gaps(body_size * config.pdf_band_ems, body_size * config.pdf_title_gap_ems, body_size * config.pdf_gutter_ems)
    boxes = reading_order(boxes, Layout(_bounds, is_title), gaps)
    bands = _bands(boxes, rectangles, config)
    out: list[str] = []
    small_titles: set[int] = set()
    starts: set[int] = set()
    banners: set[int] = set()
    drawn: list[tuple[int, object]] = []
    open_lines: list = []  # the PDF lines of the open paragraph
    paragraph: _Paragraph | None = None
    in_title = False
    title_style: tuple[str, float] | None = None

    def close_paragraph() -> None:
        nonlocal paragraph
        if paragraph is not None:
            out.append(paragraph.text)
            if paragraph.indented:
                starts.add(len(out) - 1)
            drawn.extend((len(out) - 1, line) for line in open_lines)
            open_lines.clear()
            paragraph = None

    for box in boxes:
        left = _column_left(box, boxes, body_size)
        width = box.x1 - box.x0
        lines = [line for line in box if isinstance(line, LTTextLineHorizontal)]
        for index, line in enumerate(lines):
            text, styled = line.get_text().strip(), _styled(line)
            if not text or styled is None:
                continue
            family, size = styled
            if _is_title_style(family, size, body_size, config):
                close_paragraph()
                if in_title and index > 0 and styled == title_style:
                    out[-1] += text  # a headline wrapped inside its box
                    drawn.append((len(out) - 1, line))
                    continue
                out += ["", text]  # each title in a face and size of its own is a block of its own
                drawn.append((len(out) - 1, line))
                if size <= body_size + config.pdf_same_points:
                    small_titles.add(len(out) - 1)
                if any(_holds(band, line, size, config) for band in bands):
                    banners.add(len(out) - 1)
                in_title, title_style = True, styled
                continue
            if in_title:
                out.append("")
                in_title = False
            if paragraph is not None and _runs_on(paragraph, line.x0 - left, family, size, width, index, config):
                paragraph.text += text
                open_lines.append(line)
                continue
            close_paragraph()
            if index == 0 and out and out[-1]:
                out.append("")
            paragraph = _Paragraph(text, family, size, width, line.x0 - left > size * config.pdf_indent_ems)
            open_lines.append(line)
            if not any(out) and _heads_the_page(text):
                close_paragraph()  # the page header runs on into nothing below it
    close_paragraph()
    return _PageText(out, small_titles, starts, banners, drawn)


def _bands(boxes: list, rectangles: list, config: Config) -> list:
    """The rectangles that run across most of the page's text: rules, frames and bands."""
    if not boxes:
        return []
    text_width = max(box.x1 for box in boxes) - min(box.x0 for box in boxes)
    return [rectangle for rectangle in rectangles if rectangle.x1 - rectangle.x0 >= config.pdf_band_share * text_width]


def _holds(band, line, size: float, config: Config) -> bool:
    """The line lies inside the band, and the band is no higher than a title line (not a frame)."""
    inside = band.x0 - 1 <= line.x0 and line.x1 <= band.x1 + 1 and band.y0 - 1 <= line.y0 and line.y1 <= band.y1 + 1
    return inside and band.y1 - band.y0 <= config.pdf_band_height * size


def _column_left(box, boxes: list, body_size: float) -> float:
    """Where the box's column begins: justified lines end flush at the column's right edge, so
    the boxes ending within a character of this one's end and overlapping it are its column,
    and the leftmost of them is its edge (a box holding only an indented first line starts an
    indent to the right of it)."""
    near = 3 * body_size
    # A box of one line (an indented first line alone) may end short of the column: its line
    # is the paragraph's last as well as its first.
    reach = body_size * (1.5 if len(box) == 1 else 1.0)
    return min(
        (
            other.x0
            for other in boxes
            if abs(other.x1 - box.x1) <= reach and box.x0 - 3 * body_size < other.x0 < box.x1
            and other.y0 - near < box.y1 and box.y0 - near < other.y1
        ),
        default=box.x0,
    )


def _heads_the_page(text: str) -> bool:
    """The page's first text is its header when it opens with the date and reads as no sentence."""
    return bool(PAGE_DATE.match(text)) and not CLAUSE.search(text)


def _is_title_style(family: str, size: float, body_size: float, config: Config) -> bool:
    return "Bold" in family or size > body_size + config.pdf_title_points


def _bounds(box) -> tuple[float, float, float, float]:
    return box.x0, box.y0, box.x1, box.y1


def _runs_on(paragraph: _Paragraph, indent: float, family: str, size: float, width: float, index: int, config: Config) -> bool:
    """Does this line go on with the open paragraph (no indent, same size; into a new box
    only of the same column width, and of the same face unless the text stops mid-sentence)?"""
    if indent > size * config.pdf_indent_ems or abs(paragraph.size - size) > config.pdf_same_points:
        return False
    if index > 0:
        return True
    if CREDIT_END.search(paragraph.text) or is_repeated_banner(paragraph.text):
        return False  # a photo's credit closes its caption, a banner stands alone: the next box is another text
    same_column = abs(paragraph.width - width) <= config.pdf_same_width * max(width, paragraph.width)
    return same_column and (paragraph.family == family or not ends_sentence(paragraph.text))
