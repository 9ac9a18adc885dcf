"""Score newsdump on a folder of annotated pages: one command, the scorer's table.

    python scripts/evaluate.py ../shared/devset
    python scripts/evaluate.py ../shared/reference --raw ../shared/seeds
    python scripts/evaluate.py DIR --json            # the full result as JSON
    python scripts/evaluate.py DIR --summary         # the summary line only

Beside the scorer's figures, "confidence_auc" says how well each article's
confidence ranks the articles: the chance that a right article (the scorer
finds it whole: headline block, byline, dateline, text and breaks exact) scores
above a wrong one (cut, merged, or with any field off). 0.5 is a coin toss.
The scorer reads titles without their spaces, so "title_spaces_off" counts apart,
of the headline, kicker and subheadline lines whose text the annotation has, those
whose spaces differ from it (the space between a headline's two halves).

Each annotation (*.json, the format of ../shared/reference/REFERENCE_FORMAT.md)
names its raw dump in "source"; the dump is looked up beside it or in --raw.
Pages are converted in-process, in parallel, and scored with the shared scorer
(../shared/tools/score.py, or --scorer PATH), so the figures are the ones
`score.py --cmd 'newsdump convert …'` prints.

A page that fails to convert is a row with its error, is left out of the summary,
and is counted and named after it; the exit status is then 1.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import tempfile
from concurrent.futures import ProcessPoolExecutor
from functools import cache, partial
from pathlib import Path
from types import ModuleType

from layout import Page, reconstruct, to_newsml

# The checkout's sibling folder of shared material, where the scorer lives.
DEFAULT_SCORER = Path(__file__).resolve().parents[2] / "shared" / "tools" / "score.py"
COLUMNS = [
    "articles", "predicted", "matched", "article_f1", "headline_acc", "secondary_acc", "headline_block_acc",
    "byline_acc", "dateline_acc", "break_f1", "cer", "perfect_articles", "furniture_leaks", "ascii_punct_in_han",
]


@cache
def load_scorer(path: Path) -> ModuleType:
    """The shared scorer, loaded once per process (each worker scores many pages)."""
    if not path.exists():
        raise SystemExit(f"evaluate: scorer not found at {path} (give --scorer PATH)")
    spec = importlib.util.spec_from_file_location("score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def scored_items(scorer: ModuleType, page: Page) -> list[dict]:
    """The page's items as the scorer reads them from its XML, in the page's article order."""
    with tempfile.NamedTemporaryFile(suffix=".xml") as output:
        output.write(to_newsml(page))
        output.flush()
        return scorer.read_items(output.name)


def article_verdicts(scorer: ModuleType, truth: dict, items: list[dict]) -> list[bool]:
    """For each item, is it right: matched to an annotated article and perfect by the scorer's
    own tests (the ones behind "perfect_articles")?"""
    truths = scorer.truth_items(truth)
    right = [False] * len(items)
    for ti, pi in scorer.match(truths, items):
        t, p = truths[ti], items[pi]
        block = lambda x: sorted(scorer.canon("".join([x["headline"] or ""] + x["secondary"])))
        body = scorer.body_text(p, t.get("dateline"))
        dateline_ok = scorer.canon(t["dateline"]) == scorer.canon(p["dateline"]) or (
            not p["dateline"] and t["dateline"] and scorer.squash("".join(x for _, x in p["body"])).startswith(scorer.squash(t["dateline"]))
        )
        right[pi] = (
            block(t) == block(p)
            and scorer.canon(t["byline"]) == scorer.canon(p["byline"])
            and bool(dateline_ok)
            and scorer.body_text(t) == body
            and scorer.breaks(t) == scorer.breaks(p, t.get("dateline"))
        )
    return right


def title_spaces(truth: dict, page: Page) -> tuple[int, int]:
    """How many of the page's headline, kicker and subheadline lines the annotation holds
    (spaces aside), and how many of them differ from it in their spaces.

    >>> page = reconstruct("小土豆\\n新希望\\n\\n本报北京3月24日电 本地土豆丰收。\\n")
    >>> title_spaces({"articles": [{"headline": "小土豆 新希望"}]}, page), title_spaces({"articles": [{"headline": "小土豆新希望"}]}, page)
    ((1, 0), (1, 1))
    """
    annotated = {}
    for article in truth.get("articles", []):
        for field in ("headline", "kicker", "subheadline"):
            if article.get(field):
                annotated["".join(article[field].split())] = " ".join(article[field].split())
    printed = [text for article in page.articles for text in (article.headline, article.kicker, article.subheadline) if text]
    held = [text for text in printed if "".join(text.split()) in annotated]
    return len(held), sum(" ".join(text.split()) != annotated["".join(text.split())] for text in held)


def score_one(truth_path: Path, raw_dir: Path, scorer_path: Path) -> tuple[str, dict]:
    """Convert one page and score it; a page that fails to convert is reported, not fatal."""
    scorer = load_scorer(scorer_path)
    truth = json.loads(truth_path.read_text("utf-8"))
    raw = raw_dir / truth["source"]
    try:
        page = reconstruct(raw.read_bytes(), raw.name)
        items = scored_items(scorer, page)
    except Exception as error:  # noqa: BLE001 - a failing page is a row in the table
        return truth_path.stem, {"error": f"{type(error).__name__}: {error}"}
    row = scorer.score_page(truth, items)
    confidences = [article.confidence.score if article.confidence else 0.0 for article in page.articles]
    row["ranked"] = list(zip(confidences, article_verdicts(scorer, truth, items)))
    row["title_spaces"] = title_spaces(truth, page)
    return truth_path.stem, row


def ranking_auc(ranked: list[tuple[float, bool]]) -> float | None:
    """The chance a right article scores above a wrong one (ties count half); None without both.

    >>> ranking_auc([(0.9, True), (0.2, False), (0.5, True), (0.5, False)])
    0.875
    """
    right = [score for score, ok in ranked if ok]
    wrong = [score for score, ok in ranked if not ok]
    if not right or not wrong:
        return None
    wins = sum((r > w) + 0.5 * (r == w) for r in right for w in wrong)
    return round(wins / (len(right) * len(wrong)), 4)


def main() -> int:
    """Score every page; exit 1 when any failed to convert, since the summary then leaves it out."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("truth", type=Path, help="folder of annotations (*.json)")
    parser.add_argument("--raw", type=Path, help="folder of the raw dumps (default: the annotations' folder)")
    parser.add_argument("--scorer", type=Path, default=DEFAULT_SCORER, help="path of score.py")
    parser.add_argument("--json", action="store_true", help="print the full result as JSON")
    parser.add_argument("--summary", action="store_true", help="print only the summary (and any failures)")
    args = parser.parse_args()
    scorer = load_scorer(args.scorer)
    truths = sorted(args.truth.glob("*.json"))
    if not truths:
        raise SystemExit(f"evaluate: no *.json annotations in {args.truth}")
    work = partial(score_one, raw_dir=args.raw or args.truth, scorer_path=args.scorer)
    with ProcessPoolExecutor() as pool:
        rows = dict(pool.map(work, truths))
    failed = [name for name, row in rows.items() if "error" in row]
    good = {name: row for name, row in rows.items() if name not in failed}
    ranked = [pair for row in good.values() for pair in row.pop("ranked")]
    spaces = [row.pop("title_spaces") for row in good.values()]
    summary = scorer.summarize(good) if good else {}
    if summary:
        summary["confidence_auc"] = ranking_auc(ranked)
        summary["title_spaces_off"] = f"{sum(off for _, off in spaces)}/{sum(held for held, _ in spaces)}"
    result = {"pages": rows, "summary": summary, "errors": len(failed)}
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=1))
    else:
        print_table({} if args.summary else rows, result["summary"], failed)
    return 1 if failed else 0


def print_table(rows: dict[str, dict], summary: dict, failed: list[str]) -> None:
    """One line per page, the summary, and the pages the summary leaves out because they failed."""
    if rows:
        print("page".ljust(26) + " ".join(column[:9].rjust(9) for column in COLUMNS))
    for name, row in rows.items():
        cells = row["error"] if "error" in row else " ".join(str(row.get(column, "")).rjust(9) for column in COLUMNS)
        print(name.ljust(26) + cells)
    print("summary " + json.dumps(summary, ensure_ascii=False))
    if failed:
        print(f"errors: {len(failed)} of {len(rows)} pages failed to convert and are not in the summary: {', '.join(failed)}")


if __name__ == "__main__":
    sys.exit(main())
