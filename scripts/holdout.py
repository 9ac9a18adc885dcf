"""Split the shared corpus by article text, lay out pages from each part, and score both.

    python scripts/holdout.py WORK                 # split, simulate 200 + 200 pages, score both
    python scripts/holdout.py WORK --pages 120 --no-score

Every rule is tuned on pages laid out from the *tune* texts only; the *held-out*
texts are never looked at while tuning, and their figures are the ones to expect
on article texts nobody here has seen. The split is by text, never by page: a
People's Daily page (the simulator lays out its articles together) goes whole to
one side, a Hong Kong article likewise. Which side is fixed by a digest of the
text's id, so the split is the same on every machine and never chosen by hand:
the third of the pages (and of the Hong Kong articles) with the lowest digests
is held out.

Writes WORK/corpus-{tune,heldout}/ (the simulator's corpus files, restricted to
that part), WORK/{tune,heldout}/ (pages and annotations) and
WORK/{tune,heldout}-noblank/ (the same dumps with every blank line removed, as
some extractors print them), then prints the scorer's summary of each. Reads
../shared (corpus, simulate.py, score.py).

Held-out figures stay blind only while nobody reads the failures behind them. With
--split-held-out the held-out texts are split once more, by another digest: the
failures on WORK/heldout-dev may be read to find what goes wrong on unseen texts,
and WORK/heldout-clean is only ever scored, the figure to report as never looked at.

With --seed-texts the articles of the annotated seed pages (../shared/reference), another
paper's and another year's, are laid out too (WORK/seed-texts): texts the rules were never
tuned on in a simulated layout. The simulator's Hong Kong pages among them take the dev
half's Hong Kong texts.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared"
RMRB, HK = "rmrb_2017_pages.json", "hkcnews_zh_hant.json"
HELD_OUT_SHARE = 3  # one part in three
SEEDS = {"tune": 101, "heldout": 202, "heldout-dev": 303, "heldout-clean": 304, "seed-texts": 777}
# The held-out texts split again (--split-held-out): a dev half whose failures may be read,
# and a clean half that is only ever scored. The salt ranks the texts afresh.
HALVES, HALF_SALT = ("heldout-clean", "heldout-dev"), "b:"


def digest(text_id: str) -> str:
    return hashlib.sha256(text_id.encode("utf-8")).hexdigest()


def held_out_ids(ids: list[str], share: float = 1 / HELD_OUT_SHARE, salt: str = "") -> set[str]:
    """The `share` of the ids with the lowest digests; a `salt` ranks them afresh."""
    ranked = sorted(ids, key=lambda text_id: digest(salt + text_id))
    return set(ranked[: round(len(ranked) * share)])


def split_corpus(corpus: Path, work: Path, parts: tuple[str, str] = ("tune", "heldout"), share: float = 1 / HELD_OUT_SHARE, salt: str = "") -> dict[str, list[str]]:
    """Write the two corpus parts (the second holds `share` of the texts); return its ids (pages and articles)."""
    rmrb = json.loads((corpus / RMRB).read_text("utf-8"))
    hk = json.loads((corpus / HK).read_text("utf-8"))
    held_pages = held_out_ids([page["page_id"] for page in rmrb["pages"]], share, salt)
    held_articles = held_out_ids([article["id"] for article in hk["articles"]], share, salt)
    for part, keep in zip(parts, (False, True)):
        folder = work / f"corpus-{part}"
        folder.mkdir(parents=True, exist_ok=True)
        pages = [page for page in rmrb["pages"] if (page["page_id"] in held_pages) == keep]
        articles = [article for article in hk["articles"] if (article["id"] in held_articles) == keep]
        (folder / RMRB).write_text(json.dumps(dict(rmrb, pages=pages), ensure_ascii=False), "utf-8")
        (folder / HK).write_text(json.dumps(dict(hk, articles=articles), ensure_ascii=False), "utf-8")
    return {"pages": sorted(held_pages), "articles": sorted(held_articles)}


def simulate(work: Path, part: str, pages: int) -> Path:
    out = work / part
    subprocess.run(
        [sys.executable, str(SHARED / "tools" / "simulate.py"), "--out", str(out), "--pages", str(pages),
         "--seed", str(SEEDS[part]), "--corpus", str(work / f"corpus-{part}")],
        check=True, stdout=subprocess.DEVNULL,
    )
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("work", type=Path, help="folder to write the corpus parts and pages into")
    parser.add_argument("--pages", type=int, default=200, help="pages to lay out from each part (default 200)")
    parser.add_argument("--no-score", action="store_true", help="only split and lay out")
    parser.add_argument("--split-held-out", action="store_true", help="also split the held-out texts in two: WORK/heldout-dev (failures may be read) and WORK/heldout-clean (only ever scored)")
    parser.add_argument("--half-pages", type=int, default=150, help="pages to lay out from each held-out half (default 150)")
    parser.add_argument("--seed-texts", action="store_true", help="also lay out the seed pages' annotated articles (WORK/seed-texts; needs --split-held-out)")
    args = parser.parse_args()
    if args.seed_texts and not args.split_held_out:
        parser.error("--seed-texts needs --split-held-out (its Hong Kong pages take the dev half's texts)")
    if not (SHARED / "corpus" / RMRB).exists():
        raise SystemExit(f"holdout: no corpus at {SHARED / 'corpus'}")
    held = split_corpus(SHARED / "corpus", args.work)
    print(f"held out: {len(held['pages'])} People's Daily pages {held['pages']}, "
          f"{len(held['articles'])} Hong Kong articles {held['articles']}")
    parts = {"tune": args.pages, "heldout": args.pages}
    if args.split_held_out:
        dev = split_corpus(args.work / "corpus-heldout", args.work, HALVES, 1 / 2, HALF_SALT)
        print(f"held-out texts, dev half: {dev['pages']}, {dev['articles']}; the rest is the clean half")
        parts.update(dict.fromkeys(HALVES, args.half_pages))
    if args.seed_texts:
        seed_corpus(SHARED / "reference", args.work)
        parts["seed-texts"] = args.half_pages
    for part, pages in parts.items():
        folder = simulate(args.work, part, pages)
        for pages in (folder, without_blank_lines(folder)):
            if not args.no_score:
                print(f"{pages.name}:", flush=True)
                subprocess.run([sys.executable, str(Path(__file__).with_name("evaluate.py")), str(pages), "--summary"], check=False)
    return 0


def seed_corpus(reference: Path, work: Path) -> Path:
    """WORK/corpus-seed-texts: the annotated seed pages' articles as the simulator's People's
    Daily pages, one page each, beside the dev half's Hong Kong articles."""
    folder = work / "corpus-seed-texts"
    folder.mkdir(parents=True, exist_ok=True)
    fields = ("kind", "headline", "subheadline", "kicker", "byline", "dateline", "body", "continued", "credit")
    truths = [json.loads(annotation.read_text("utf-8")) for annotation in sorted(reference.glob("*.json"))]
    # The simulator prints a page header with a date: the one date the seed pages print.
    date = next(truth["page"]["date"] for truth in truths if truth["page"].get("date"))
    pages = []
    for number, truth in enumerate(truths, start=1):
        articles = [
            dict({name: article.get(name) for name in fields}, id=f"seed-{number}-a{index:02d}", order_on_page=index, headline=article.get("headline") or "", notes="")
            for index, article in enumerate(truth["articles"], start=1)
        ]
        pages.append({"page_id": f"seed-{number}", "newspaper": "seed", "lang": "zh-Hans", "date": date, "page_number": number, "n_articles": len(articles), "articles": articles, "note": ""})
    (folder / RMRB).write_text(json.dumps({"description": "the annotated seed pages' articles", "pages": pages}, ensure_ascii=False), "utf-8")
    (folder / HK).write_bytes((work / "corpus-heldout-dev" / HK).read_bytes())
    return folder


def without_blank_lines(folder: Path) -> Path:
    """The same pages as an extractor that prints no blank line gives them (pypdfium2):
    FOLDER-noblank/, the dumps without their blank lines beside the same annotations."""
    out = folder.with_name(f"{folder.name}-noblank")
    out.mkdir(exist_ok=True)
    for annotation in folder.glob("*.json"):
        (out / annotation.name).write_bytes(annotation.read_bytes())
    for dump in folder.glob("*.txt"):
        lines = dump.read_text("utf-8").splitlines(keepends=True)
        (out / dump.name).write_text("".join(line for line in lines if line.strip()), "utf-8")
    return out


if __name__ == "__main__":
    sys.exit(main())
