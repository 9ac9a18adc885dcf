"""PDF pages read directly: paragraphs by indent, titles by type, a scan refused with OCR named."""

from __future__ import annotations

import subprocess
from types import SimpleNamespace

import pytest
from conftest import scored_rows, shared_or_skip, text_pdf
from test_cli import NEWSDUMP

from layout import reconstruct
from layout.errors import ExitCode
from layout.pdf import (
    _bands,
    _column_left,
    _heads_the_page,
    _holds,
    _Paragraph,
    _runs_on,
    is_pdf,
    read_pdf,
)

EMPTY_PAGE = text_pdf([])
OPEN = _Paragraph("新华社北京3月23", "Sans", 9, 110)  # stops mid-sentence
CLOSED = _Paragraph("他说。", "Serif", 9, 110)
BANNER = _Paragraph("乡村振兴先锋乡村振兴先锋乡村振兴先锋", "Kai", 9, 110)  # a banner the extractor repeated
CREDITED = _Paragraph("图为村民在田间劳作。■本报记者 王明 摄", "Kai", 9, 110)  # a caption and its credit


@pytest.mark.parametrize(
    ("paragraph", "indent", "family", "size", "width", "index", "runs_on"),
    [
        (CLOSED, 0, "Serif", 9, 110, 1, True),  # the next line of the same box
        (CLOSED, 12, "Serif", 9, 110, 1, False),  # an indented line opens a paragraph
        (CLOSED, 0, "Serif", 9, 112, 0, True),  # a column jump into a box of the same measure
        (CLOSED, 0, "Serif", 9, 400, 0, False),  # a box of another measure (a caption across the page)
        (CLOSED, 0, "Kai", 9, 110, 0, False),  # another face after a full stop: a new block
        (OPEN, 0, "Serif", 9, 105, 0, True),  # a dateline in another face runs on into its paragraph
        (CLOSED, 0, "Serif", 12, 110, 1, False),  # another size
        (BANNER, 0, "Kai", 9, 110, 0, False),  # a banner stands alone, whatever its face
        (CREDITED, 0, "Kai", 9, 110, 0, False),  # the caption of the next photo below: its credit closed this one
    ],
)
def test_a_line_runs_on_or_opens_a_paragraph(paragraph, indent, family, size, width, index, runs_on) -> None:
    config = SimpleNamespace(pdf_indent_ems=1.2, pdf_same_points=1.0, pdf_same_width=0.25)
    assert _runs_on(paragraph, indent, family, size, width, index, config) is runs_on


class _Box(list):
    """A text box as pdfminer gives it: its lines, and its bounds."""

    def __init__(self, x0: float, x1: float, y0: float, y1: float, lines: int) -> None:
        super().__init__(range(lines))
        self.x0, self.x1, self.y0, self.y1 = x0, x1, y0, y1


BAND_CONFIG = SimpleNamespace(pdf_band_share=0.5, pdf_band_height=3.0)
TEXT = [_Box(40, 480, 100, 900, 40), _Box(490, 924, 100, 900, 40)]  # two columns of text, 884 wide


@pytest.mark.parametrize(
    ("rectangle", "line", "size", "holds"),
    [
        (_Box(40, 924, 524, 549, 0), _Box(444, 519, 525, 540, 1), 15, True),  # a title in a band across the page
        (_Box(40, 924, 524, 549, 0), _Box(444, 519, 560, 575, 1), 15, False),  # a title above the band
        (_Box(40, 924, 378, 517, 0), _Box(40, 135, 414, 426, 1), 10.6, False),  # a frame around an article holds its headline
        (_Box(40, 300, 524, 549, 0), _Box(100, 180, 525, 540, 1), 15, False),  # a box over one column: no band
    ],
)
def test_a_title_set_in_a_band_across_the_page_is_a_banner(rectangle: _Box, line: _Box, size: float, holds: bool) -> None:
    bands = _bands(TEXT, [rectangle], BAND_CONFIG)
    assert any(_holds(band, line, size, BAND_CONFIG) for band in bands) is holds


@pytest.mark.parametrize(
    ("lone", "left"),
    [
        (_Box(179.2, 264.2, 802.4, 810.9, 1), 162.2),  # an indented first line alone, short of the edge
        (_Box(179.2, 272.7, 792.4, 810.9, 3), 162.2),  # an indented box of several lines, flush
        (_Box(179.2, 256.0, 792.4, 810.9, 3), 179.2),  # several lines ending short: a column of its own
    ],
)
def test_a_box_finds_the_left_edge_of_its_column(lone: _Box, left: float) -> None:
    column = _Box(162.2, 272.7, 814.8, 876.4, 6)
    assert _column_left(lone, [column, lone], 8.5) == left


@pytest.mark.parametrize(
    ("text", "heads"),
    [
        ("1 2017年4月22日 星期六 人民日报 要闻", True),  # number, date, paper and section on one line
        ("2023年12月17日 星期日", True),
        ("2017年4月22日，全省春耕生产全面展开。", False),  # a paragraph that opens with a date
        ("本报北京4月22日电", False),
    ],
)
def test_the_page_header_is_the_first_text_opening_with_the_date(text: str, heads: bool) -> None:
    assert _heads_the_page(text) is heads


def test_pdf_is_told_by_its_magic_not_its_name() -> None:
    assert is_pdf(EMPTY_PAGE) and is_pdf(b"\n%PDF-1.7") and not is_pdf(b"%PD") and not is_pdf("正文".encode())


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (EMPTY_PAGE, "the PDF has no text layer (a scanned page?): run OCR on it first"),
        (b"%PDF-1.4\ngarbage\x00\x01", "not a readable PDF"),
    ],
)
def test_a_pdf_without_text_is_one_line_and_an_input_error(tmp_path, data: bytes, message: str) -> None:
    page = tmp_path / "page.pdf"
    page.write_bytes(data)
    result = subprocess.run([*NEWSDUMP, "convert", str(page)], capture_output=True, text=True, check=False)
    assert result.returncode == ExitCode.INPUT
    assert result.stderr.startswith(f"newsdump: error: {page}: {message}") and len(result.stderr.splitlines()) == 1


def test_a_typeset_page_is_rebuilt_from_its_pdf() -> None:
    pdf = shared_or_skip("devset-pdf", "pdf_21_1.pdf")
    page = reconstruct(pdf.read_bytes(), pdf.name)
    (article,) = [article for article in page.articles if (article.headline or "").startswith("杨洁篪同非盟") and (article.headline or "").endswith("通电话")]
    assert article.dateline.text.startswith("新华社科纳克里") and "23日电" in article.dateline.text  # set in another face, run on


def test_titles_set_in_the_body_size_are_intertitles_of_the_article_around_them() -> None:
    """A headline is set larger than the text; an intertitle only bolder. A text dump loses the
    difference, and an intertitle quoting a source read as the headline of a new article."""
    pdf = shared_or_skip("devset-pdf", "pdf_21_3.pdf")
    read = read_pdf(pdf.read_bytes(), pdf.name)
    lines = read.text.splitlines()
    small = {lines[number - 1] for number in read.body_size_titles}
    assert "核心阅读" in small and "讲诚信 不吃亏（守望）" in lines and "讲诚信 不吃亏（守望）" not in small
    page = reconstruct(read, pdf.name)
    (article,) = [article for article in page.articles if article.headline == "讲诚信 不吃亏（守望）"]
    assert any(part.text.startswith("“信誉是自己") and part.text.endswith("监督出来的”") for part in article.body if part.kind == "h")


def test_a_paragraph_the_pdf_shows_indented_is_never_joined_to_the_text_before() -> None:
    pdf = shared_or_skip("devset-pdf", "pdf_21_1.pdf")
    page = reconstruct(pdf.read_bytes(), pdf.name)
    (article,) = [article for article in page.articles if article.headline == "好种子为啥难求？（话说新农村）"]
    assert article.body[0].text.startswith("深化种业权益改革，") and article.body[0].text.endswith("市场需求合上拍")


def test_a_banner_in_a_band_is_furniture_not_the_headline_of_the_article_it_heads() -> None:
    """The reading order puts a series banner between a headline and its text; its band tells it apart."""
    pdf = shared_or_skip("devset-pdf", "pdf_21_10.pdf")
    page = reconstruct(pdf.read_bytes(), pdf.name)
    (article,) = [article for article in page.articles if article.dateline and article.dateline.text.startswith("本报北京3月24日电（记者") and "王观" in article.dateline.text]
    assert (article.kicker or "").startswith("北京再控") and (article.headline or "").startswith("离婚一年内")
    assert "改革进行时" not in (article.kicker or "") + (article.headline or "")
    assert "改革进行时" in [piece.text for piece in page.furniture if piece.role == "banner"]


def test_pdf_pages_score_above_their_text_dumps(tmp_path) -> None:
    """The PDF path reads what the dumps lost: it must stay ahead of them."""
    folder = shared_or_skip("devset-pdf")
    pdfs = tmp_path / "pdfs"
    pdfs.mkdir()
    for truth in folder.glob("*.json"):
        (pdfs / truth.name).write_bytes(truth.read_bytes().replace(b'.txt"', b'.pdf"'))
        (pdfs / f"{truth.stem}.pdf").write_bytes((folder / f"{truth.stem}.pdf").read_bytes())
    from_pdf, from_dump = scored_rows(pdfs, pdfs), scored_rows(folder, folder)
    f1 = {name: sum(row["article_f1"] for row in rows.values()) / len(rows) for name, rows in (("pdf", from_pdf), ("dump", from_dump))}
    assert f1["pdf"] >= 0.7 and f1["pdf"] > f1["dump"]
