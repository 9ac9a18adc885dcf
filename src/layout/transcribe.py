"""A rebuilt page written in another script: simplified, traditional, Taiwan or Hong Kong usage.

It runs on the finished page, never on the dump: OpenCC matches phrases, and a
hard wrap cuts them. Every field a reader sees is converted (headlines, bylines,
datelines, paragraphs, captions, credits, jump lines, furniture); each change is
a logged edit, and the page's language tag follows the target. Corner brackets
「」『』 stay as printed: they are the quotation marks of traditional text.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from cleanup import (
    LANGUAGE_TAGS,
    Edit,
    Target,
    converted_with_edits,
    detect_script,
    script_converter,
)
from layout.model import Article, BodyPart, Byline, Dateline, Page

Convert = Callable[[str | None, int], str | None]


def transcribe(page: Page, target: Target) -> Page:
    """The page written in `target` ("keep" returns it as it is)."""
    if target == "keep":
        return page
    sample = "".join(part.text for article in page.articles for part in article.body[:1])
    opencc = script_converter(detect_script(sample), target)
    language = LANGUAGE_TAGS[target]
    if opencc is None:
        return replace(page, language=language)
    edits: list[Edit] = []

    def convert(text: str | None, line: int) -> str | None:
        if not text:
            return text
        converted, changes = converted_with_edits(text, opencc, line, f"script-{target}")
        edits.extend(changes)
        return converted

    return replace(
        page,
        articles=[_article(article, convert, opencc) for article in page.articles],
        furniture=[replace(piece, text=convert(piece.text, piece.span.first)) for piece in page.furniture],
        edits=page.edits + edits,
        language=language,
    )


def _article(article: Article, convert: Convert, derived: Callable[[str], str]) -> Article:
    """Every printed field converted and logged; the parts read out of them (the people of a
    byline, the place of a dateline) converted alike, without logging the change twice."""
    line = article.span.first if article.span else 0
    return replace(
        article,
        headline=convert(article.headline, line),
        kicker=convert(article.kicker, line),
        subheadline=convert(article.subheadline, line),
        byline=_byline(article.byline, convert, derived, line),
        dateline=_dateline(article.dateline, convert, derived, line),
        body=[_part(part, convert) for part in article.body],
        continued=convert(article.continued, line),
        jump_line=convert(article.jump_line, line),
        continued_from=convert(article.continued_from, line),
        jump_from_line=convert(article.jump_from_line, line),
        credit=convert(article.credit, line),
    )


def _part(part: BodyPart, convert: Convert) -> BodyPart:
    """A paragraph or intertitle converted and logged; a table cell by cell."""
    if part.kind == "table":
        return BodyPart.table(((convert(cell, part.span.first) or "" for cell in row) for row in part.rows), part.span)
    return BodyPart(part.kind, convert(part.text, part.span.first) or "", part.span)


def _byline(byline: Byline | None, convert: Convert, derived: Callable[[str], str], line: int) -> Byline | None:
    if byline is None:
        return None
    roles = {derived(name): role for name, role in byline.roles.items()}
    return Byline(convert(byline.text, line) or "", [derived(person) for person in byline.persons], roles)


def _dateline(dateline: Dateline | None, convert: Convert, derived: Callable[[str], str], line: int) -> Dateline | None:
    if dateline is None:
        return None
    return replace(
        dateline,
        text=convert(dateline.text, line) or "",
        source=derived(dateline.source) if dateline.source else None,
        place=derived(dateline.place) if dateline.place else None,
        date_text=derived(dateline.date_text) if dateline.date_text else None,
        reporters=[derived(name) for name in dateline.reporters],
        roles={derived(name): role for name, role in dateline.roles.items()},
    )

