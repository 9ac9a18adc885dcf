"""The dates a page and its stories carry, and where each came from: nothing is invented.

A page's date is the one it prints; failing that, the one the user gives
(``--date``), or one in the dump's file name (``20231217``, ``2023-12-17``), each
time said in `PageMeta.date_source`. A dateline prints a month and day but no
year: the story's year is the page's (or the year before, for a December story
on a January page), and the article's notes say it was inferred; a dateline after
the page's date gets no story date at all. A page without any date gets none.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import PurePath

import regex

from layout.model import Article, Page

# A calendar date in a file name: 20231217, 2023-12-17, 2023_12_17 or 2023.12.17, not inside a longer number.
_FILE_NAME_DATE = regex.compile(r"(?<!\d)((?:19|20)\d\d)[-_.]?(0[1-9]|1[0-2])[-_.]?(0[1-9]|[12]\d|3[01])(?!\d)")


def file_name_date(name: str) -> date | None:
    """
    >>> file_name_date("jnrb_20231217_p03.txt"), file_name_date("2023-12-17-a.txt")
    (datetime.date(2023, 12, 17), datetime.date(2023, 12, 17))
    >>> file_name_date("000_83a71d8bdb8e7ffb.txt") is None, file_name_date("20230231.txt") is None
    (True, True)
    """
    match = _FILE_NAME_DATE.search(PurePath(name).name)
    if not match:
        return None
    try:
        return date(*map(int, match.groups()))
    except ValueError:
        return None


def issue_date(page: Page) -> date | None:
    """The page date when it is a real ISO date; anything else counts as unknown."""
    try:
        return date.fromisoformat(page.meta.date) if page.meta.date else None
    except ValueError:
        return None


def date_page(page: Page, given: date | None = None) -> Page:
    """The page with its date (printed, given, or from its file name) and its stories' dates."""
    meta = page.meta
    if issue_date(page) is not None:
        meta = replace(meta, date_source="printed")
    elif given is not None:
        meta = replace(meta, date=given.isoformat(), date_source="option")
    elif (named := file_name_date(page.source)) is not None:
        meta = replace(meta, date=named.isoformat(), date_source="file name")
    page = replace(page, meta=meta)
    issued = issue_date(page)
    return replace(page, articles=[_story_dated(article, issued) for article in page.articles])


def _story_dated(article: Article, issued: date | None) -> Article:
    dateline = article.dateline
    if not (dateline and dateline.month and dateline.day and issued):
        return article
    year = issued.year - (dateline.month == 12 and issued.month == 1)
    try:
        story = date(year, dateline.month, dateline.day)
    except ValueError:
        return article
    if story > issued:
        note = f"dateline {dateline.date_text} falls after the page date {issued.isoformat()}: no story date given"
        return replace(article, notes=[*article.notes, note])
    note = f"story date {story.isoformat()}: the year is inferred from the page date, the dateline prints none"
    return replace(article, story_date=story.isoformat(), notes=[*article.notes, note])
