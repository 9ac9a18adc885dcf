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

from cleanup import DEFAULT, Config, prepare
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
from layout.newsml import to_newsml
from layout.pdf import PdfPage, is_pdf, read_pdf
from layout.photos import link_photos
from layout.pieces import tidy
from layout.pooled import place_pooled_headlines, place_stray_titles, set_aside_titles
from layout.run_together import split_run_together
from layout.transcribe import transcribe

__all__ = ["Article", "Config", "Page", "language_tag", "reconstruct", "reconstruct_with_evidence", "to_json", "to_jsonl", "to_newsml", "transcribe"]


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
    (`layout.pdf.read_pdf`, whose title sizes tell intertitles from headlines).

    `config` holds every threshold and fitted weight the stages decide by (`cleanup.Config`);
    `issued` is the page's date when it prints none (else one in `name` is used, see
    `layout.dates`).
    """
    return reconstruct_with_evidence(source, name, encoding, config, issued)[0]


def reconstruct_with_evidence(
    source: str | bytes | PdfPage, name: str = "-", encoding: str | None = None, config: Config = DEFAULT, issued: date | None = None
) -> tuple[Page, PageEvidence]:
    """`reconstruct`, and the page-wide evidence its confidence scores were drawn from
    (for fitting the confidence model)."""
    if isinstance(source, bytes) and is_pdf(source):
        source = read_pdf(source, name, config)
    printed = source if isinstance(source, PdfPage) else PdfPage("", frozenset())  # what the type shows: nothing in a dump
    dump = source.text if isinstance(source, PdfPage) else source
    prepared = prepare(dump, encoding, config, printed.paragraph_starts, printed.banner_lines)
    banners = banner_lines(prepared.edits) | prepared.banners
    pieces = tidy(classify_all(prepared.units, banners, config), config)
    assembly = assemble(pieces, config, printed.body_size_titles)
    articles, furniture, meta, edits = build_page_parts(assembly, config)
    articles, furniture = place_pooled_headlines(articles, furniture, config, banners)
    articles = split_run_together(articles, config)
    furniture = place_stray_titles(articles, furniture + set_aside_titles(prepared), config, prepared.set_aside)
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
        confidence=page_confidence([article.confidence for article in articles if article.confidence], assembly.confidence),
    )
    return date_page(page, issued), evidence

