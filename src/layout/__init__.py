"""Layout reconstructor: a page dump in, its articles, photos, furniture and page meta out.

    >>> from layout import reconstruct, to_newsml, to_json
    >>> page = reconstruct(open("seeds/000_83a71d8bdb8e7ffb.txt", "rb").read())
    >>> [article.headline for article in page.articles][:1]
    ['强化政治担当 聚焦核心任务']
    >>> xml = to_newsml(page)            # NewsML-G2 2.35 + NITF 3.6, UTF-8 bytes

It imports `cleanup` for the text work; `cleanup` never imports it.
"""

from __future__ import annotations

import hashlib
from datetime import date

from cleanup import DEFAULT, Config, prepare, to_text
from cleanup.decode import normalize_text
from cleanup.windowing import windows
from layout.assemble import assemble
from layout.build import build_page_parts
from layout.classify import banner_lines, classify_all
from layout.confidence import (
    PageEvidence,
    article_confidence,
    page_confidence,
    page_evidence,
)
from layout.dates import date_page
from layout.jsonout import to_json, to_jsonl
from layout.language import language_tag
from layout.model import Article, Page
from layout.newsml import newsml_pieces, to_newsml
from layout.pdf import PdfPage, is_pdf, read_pdf
from layout.photos import link_photos
from layout.pieces import tidy
from layout.pooled import (
    lead_with_stray_intertitles,
    place_pooled_headlines,
    place_stray_titles,
    set_aside_titles,
)
from layout.run_together import split_run_together
from layout.split_titles import rejoin_split_headlines
from layout.stitch import stitched
from layout.transcribe import transcribe

__all__ = ["Article", "Config", "Page", "language_tag", "newsml_pieces", "reconstruct", "reconstruct_with_evidence", "to_json", "to_jsonl", "to_newsml", "transcribe"]


def fingerprint(text: str) -> str:
    """SHA-256 of the text without its whitespace: a dump re-extracted with other line
    breaks, line endings or a trailing newline keeps its identity (and its guids)."""
    return hashlib.sha256("".join(text.split()).encode("utf-8")).hexdigest()


def reconstruct(
    source: str | bytes | PdfPage, name: str = "-", encoding: str | None = None, config: Config = DEFAULT, issued: date | None = None
) -> Page:
    """Rebuild one page: decode (or read the PDF, `layout.pdf`), unwrap, classify, assemble,
    clean every field, and say how far to trust each article (`Article.confidence`,
    `Page.confidence`).

    `source` is a dump (text or bytes), a PDF's bytes, or a PDF already read
    (`layout.pdf.read_pdf`, whose title sizes tell intertitles from headlines). A dump longer
    than `config.window_chars` (an archive in one file, not a page) is rebuilt a window at a
    time (`cleanup.windowing`), so its memory does not grow with it.

    `config` holds every threshold and fitted weight the stages decide by (`cleanup.Config`);
    `issued` is the page's date when it prints none (else one in `name` is used, see
    `layout.dates`).
    """
    if isinstance(source, PdfPage) or isinstance(source, bytes) and is_pdf(source):
        return reconstruct_with_evidence(source, name, encoding, config, issued)[0]
    text = to_text(source, encoding)
    if len(text) <= config.window_chars:
        return reconstruct_with_evidence(text, name, None, config, issued)[0]
    text, edits = normalize_text(text)
    parts = [_rebuilt(window, name, None, config, first_line)[0] for first_line, window in windows(text, config.window_chars)]
    return date_page(stitched(parts, name, fingerprint(text), edits), issued)


def reconstruct_with_evidence(
    source: str | bytes | PdfPage, name: str = "-", encoding: str | None = None, config: Config = DEFAULT, issued: date | None = None
) -> tuple[Page, PageEvidence]:
    """`reconstruct` of a page (never in windows), and the page-wide evidence its confidence
    scores were drawn from (for fitting the confidence model)."""
    if isinstance(source, bytes) and is_pdf(source):
        source = read_pdf(source, name, config)
    page, evidence = _rebuilt(source, name, encoding, config)
    return date_page(page, issued), evidence


def _rebuilt(source: str | bytes | PdfPage, name: str, encoding: str | None, config: Config, first_line: int = 1) -> tuple[Page, PageEvidence]:
    """The page before it is dated, and its evidence; `first_line` numbers the text's first line."""
    printed = source if isinstance(source, PdfPage) else PdfPage("", frozenset())  # what the type shows: nothing in a dump
    dump = source.text if isinstance(source, PdfPage) else source
    prepared = prepare(dump, encoding, config, printed.paragraph_starts, printed.banner_lines, first_line)
    banners = banner_lines(prepared.edits) | prepared.banners
    pieces = tidy(classify_all(prepared.units, banners, config), config, prepared.flat)
    blank_lines = prepared.blocks_parted(config)
    assembly = assemble(pieces, config, printed.body_size_titles, blank_lines)
    articles, furniture, meta, edits = build_page_parts(assembly, config, blank_lines)
    articles, furniture = place_pooled_headlines(articles, furniture, config, banners)
    articles = split_run_together(articles, config)
    if blank_lines:  # only where blank lines part units does their absence join two titles
        articles = rejoin_split_headlines(articles, config)
    furniture = place_stray_titles(articles, furniture + set_aside_titles(prepared), config, prepared.set_aside)
    furniture = lead_with_stray_intertitles(articles, furniture, config)
    link_photos(articles, config)
    evidence = page_evidence(assembly.certainty, prepared.edits + edits, furniture, assembly.confidence)
    for article in articles:
        article.confidence = article_confidence(article, evidence, config)
    page = Page(
        source=name,
        fingerprint=fingerprint(prepared.text),
        meta=meta,
        furniture=furniture,
        articles=articles,
        edits=prepared.edits + edits,
        layout=assembly.orientation,
        layout_confidence=assembly.confidence,
        confidence=page_confidence([article.confidence for article in articles if article.confidence], assembly.confidence, prepared.side_by_side, prepared.by_column),
    )
    return page, evidence
