"""The review list of a batch: pages and articles, least trustworthy first.

A reviewer of thousands of converted pages starts with what most likely went
wrong. Each converted page adds one JSON line to the output folder's
`.newsdump-review` (so a resumed run still lists the pages an earlier run
converted); at the end of the run `review.csv` is rewritten from it, sorted by
confidence, worst first (in bounded memory, however many pages), one row per page and per article, with the reasons and
the source lines to look at.
"""

from __future__ import annotations

import csv
import heapq
import io
import itertools
import json
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path

from layout.model import Page

REVIEW_LOG = ".newsdump-review"
REVIEW_LIST = "review.csv"
COLUMNS = ["confidence", "level", "output", "input", "item", "title", "lines", "reasons"]
# Rows sorted in memory at a time when the list is written (then merged from disk).
CHUNK_ROWS = 100_000


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


def latest_reviews(folder: Path) -> Iterator[PageReview]:
    """Every page in the log, the latest conversion of each output only, read back one at a
    time: memory holds one offset per output, never the whole log."""
    try:
        stream = (folder / REVIEW_LOG).open("rb")
    except FileNotFoundError:
        return
    with stream:
        offsets: dict[str, int] = {}
        offset = 0
        for line in stream:
            review = _parsed(line)
            if review is not None:
                offsets[review.output] = offset
            offset += len(line)
        for offset in sorted(offsets.values()):
            stream.seek(offset)
            review = _parsed(stream.readline())
            if review is not None:
                yield review


def _parsed(line: bytes) -> PageReview | None:
    try:
        data = json.loads(line)
        return PageReview(data["input"], data["output"], [Entry(**entry) for entry in data["entries"]])
    except (ValueError, KeyError, TypeError):
        return None  # a line cut short by a killed run


def review_csv(reviews: Iterable[PageReview], chunk_rows: int = CHUNK_ROWS) -> Iterator[bytes]:
    """The list as CSV, worst first (pages before their articles at equal confidence), in
    pieces. Rows are sorted in runs of `chunk_rows` kept in temporary files and merged, so
    an archive of any size is listed in bounded memory."""
    yield _csv_line(COLUMNS)
    with tempfile.TemporaryDirectory(prefix="newsdump-review-") as work:
        runs = [_sorted_run(Path(work) / f"{number}.run", chunk) for number, chunk in enumerate(_chunks(_rows(reviews), chunk_rows))]
        streams = [run.open("r", encoding="utf-8", newline="") for run in runs]
        try:
            for line in heapq.merge(*streams):
                yield line.partition("\t")[2].encode("utf-8")
        finally:
            for stream in streams:
                stream.close()


def _rows(reviews: Iterable[PageReview]) -> Iterator[str]:
    """Each row as "sort key TAB csv line": the key orders by confidence, output, item."""
    for review in reviews:
        for entry in review.entries:
            level = "page" if entry.item == 0 else "article"
            score = f"{entry.confidence:.3f}"
            cells = [score, level, review.output, review.input, entry.item, entry.title, entry.lines, "; ".join(entry.reasons)]
            key = f"{score} {review.output.replace(chr(9), ' ')} {entry.item:06d}"
            yield key + "\t" + _csv_line(cells).decode("utf-8")


def _chunks(rows: Iterator[str], size: int) -> Iterator[list[str]]:
    while chunk := list(itertools.islice(rows, size)):
        yield chunk


def _sorted_run(path: Path, rows: list[str]) -> Path:
    rows.sort()
    with path.open("w", encoding="utf-8", newline="") as stream:
        stream.writelines(rows)
    return path


def _csv_line(cells: list) -> bytes:
    """One CSV row on one line: a line break inside a cell would split it in the run files."""
    text = io.StringIO()
    csv.writer(text, lineterminator="\n").writerow([str(cell).replace("\n", " ").replace("\r", " ") for cell in cells])
    return text.getvalue().encode("utf-8")
