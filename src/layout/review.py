"""The review list of a batch: pages and articles, least trustworthy first.

A reviewer of thousands of converted pages starts with what most likely went
wrong. Each converted page adds one JSON line to the output folder's
`.newsdump-review` (so a resumed run still lists the pages an earlier run
converted); at the end of the run `review.csv` is rewritten from it, sorted by
confidence, worst first, one row per page and per article, with the reasons and
the source lines to look at.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

from layout.model import Page

REVIEW_LOG = ".newsdump-review"
REVIEW_LIST = "review.csv"
COLUMNS = ["confidence", "level", "output", "input", "item", "title", "lines", "reasons"]


@dataclass(frozen=True)
class Entry:
    """One row of the list: a page (item 0) or one of its articles (item n, in reading order)."""

    confidence: float
    item: int
    title: str
    lines: str
    reasons: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class PageReview:
    input: str
    output: str
    entries: list[Entry]


def page_review(page: Page, input_name: str, output_name: str) -> PageReview:
    """What the review list needs of a converted page, small enough to send between processes."""
    score = page.confidence.score if page.confidence else 0.0
    reasons = page.confidence.reasons if page.confidence else []
    last = max((article.span.last for article in page.articles if article.span), default=0)
    entries = [Entry(score, 0, "(page)", f"1-{last}" if last else "", reasons)]
    for number, article in enumerate(page.articles, start=1):
        confidence = article.confidence
        span = f"{article.span.first}-{article.span.last}" if article.span else ""
        entries.append(Entry(confidence.score if confidence else 0.0, number, article.title, span, confidence.reasons if confidence else []))
    return PageReview(input_name, output_name, entries)


def log_review(folder: Path, review: PageReview) -> None:
    """Append one page to the folder's review log (one short line, O_APPEND: runs never interleave inside it)."""
    with (folder / REVIEW_LOG).open("a", encoding="utf-8") as stream:
        stream.write(json.dumps(asdict(review), ensure_ascii=False) + "\n")


def read_reviews(folder: Path) -> list[PageReview]:
    """Every page in the log, the latest conversion of each output only."""
    latest: dict[str, PageReview] = {}
    try:
        lines = (folder / REVIEW_LOG).read_text("utf-8").splitlines()
    except (FileNotFoundError, UnicodeDecodeError):
        return []
    for line in lines:
        try:
            data = json.loads(line)
            review = PageReview(data["input"], data["output"], [Entry(**entry) for entry in data["entries"]])
        except (ValueError, KeyError, TypeError):
            continue  # a line cut short by a killed run
        latest[review.output] = review
    return list(latest.values())


def review_csv(reviews: list[PageReview]) -> str:
    """The list as CSV text: worst first; pages before their articles at equal confidence."""
    rows = [(entry, review) for review in reviews for entry in review.entries]
    rows.sort(key=lambda row: (row[0].confidence, row[1].output, row[0].item))
    text = io.StringIO()
    writer = csv.writer(text, lineterminator="\n")
    writer.writerow(COLUMNS)
    for entry, review in rows:
        level = "page" if entry.item == 0 else "article"
        writer.writerow([f"{entry.confidence:.3f}", level, review.output, review.input, entry.item, entry.title, entry.lines, "; ".join(entry.reasons)])
    return text.getvalue()
