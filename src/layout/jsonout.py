"""Page -> JSON: the same page as the NewsML-G2 output, for pipelines that do not speak XML.

Keys are written in the contract's order, never sorted, and nothing depends on the clock,
so the same page always gives the same text. "lines" is [first, last] of the source lines
a piece came from (1-based, inclusive), or null when unknown; "body_lines" gives them for
each body part in turn. "id" is the page's or article's guid in the XML; "source" the
dump's file name (not the path it was given by, which would make one dump two texts).

`to_jsonl` writes one article per line, each with its page's fields, for NLP pipelines.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import PurePath
from typing import Any

from layout.ids import item_guid, page_guid
from layout.language import language_tag
from layout.model import Article, BodyPart, Confidence, Furniture, Page, Span
from layout.photos import photo_headline


def to_json(page: Page) -> str:
    """The page as indented UTF-8-ready JSON text with a trailing newline."""
    page_id = page_guid(page)
    document = {
        "id": page_id,
        "source": PurePath(page.source).name,
        "language": language_tag(page),
        "page": asdict(page.meta),
        "layout": {"order": page.layout, "confidence": page.layout_confidence},
        "confidence": _confidence(page.confidence),
        "furniture": [_furniture(piece) for piece in page.furniture],
        "articles": _articles(page, page_id),
        "edits": [asdict(edit) for edit in page.edits],
    }
    return json.dumps(document, ensure_ascii=False, indent=1) + "\n"


def to_jsonl(page: Page) -> str:
    """One JSON line per article (photos included), each carrying its page's id, source,
    language and meta, so every line stands alone in a corpus."""
    page_id = page_guid(page)
    fields = {"page_id": page_id, "source": PurePath(page.source).name, "language": language_tag(page), "page": asdict(page.meta)}
    return "".join(json.dumps({**fields, **article}, ensure_ascii=False) + "\n" for article in _articles(page, page_id))


def _articles(page: Page, page_id: str) -> list[dict[str, Any]]:
    return [_article(article, page_id, number, page.articles) for number, article in enumerate(page.articles, start=1)]


def _lines(span: Span | None) -> list[int] | None:
    return [span.first, span.last] if span else None


def _furniture(piece: Furniture) -> dict[str, Any]:
    return {"text": piece.text, "role": piece.role, "lines": _lines(piece.span)}


def _body_part(part: BodyPart) -> dict[str, str | list[list[str]]]:
    """{"p": text}, {"h": text} or {"table": rows of cells}: the kind is the key, as in the
    reference annotations."""
    return {part.kind: part.rows} if part.kind == "table" else {part.kind: part.text}


def _article(article: Article, page_id: str, number: int, articles: list[Article]) -> dict[str, Any]:
    """An article's fields; a photo also has the headline made for it and the id of the
    article it illustrates (`layout.photos`), which other articles have as null."""
    return {
        "id": item_guid(page_id, number),
        "kind": article.kind,
        "headline": article.headline,
        "kicker": article.kicker,
        "subheadline": article.subheadline,
        "byline": article.byline.text if article.byline else None,
        "dateline": article.dateline.text if article.dateline else None,
        "body": [_body_part(part) for part in article.body],
        "continued": article.continued,
        "jump_line": article.jump_line,
        "continued_from": article.continued_from,
        "jump_from_line": article.jump_from_line,
        "credit": article.credit,
        "photo_headline": photo_headline(article, articles) if article.kind == "photo" else None,
        "illustrates": item_guid(page_id, article.illustrates) if article.illustrates else None,
        "lines": _lines(article.span),
        "body_lines": [_lines(part.span) for part in article.body],
        "story_date": article.story_date,
        "notes": article.notes,
        "confidence": _confidence(article.confidence),
    }


def _confidence(confidence: Confidence | None) -> dict[str, Any] | None:
    """{"score": chance in [0, 1] that it is right, "reasons": why not higher}."""
    return asdict(confidence) if confidence else None
