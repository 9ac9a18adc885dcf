"""Lay out pages from article texts the shared corpus does not hold, in two halves: one to
read failures on, one never read.

    python scripts/new_texts.py WORK --crawl CRAWL --hk ARCHIVE
    python scripts/new_texts.py WORK --crawl CRAWL --hk ARCHIVE --pages 150 --bylines 0.6 --no-score

The held-out split (`scripts/holdout.py`) holds back texts of the shared corpus: the same
pages, the same year, the same desks as the texts the rules were tuned on. Texts drawn
from elsewhere say more about pages nobody has seen:

* CRAWL: a month of the People's Daily e-edition as plain text, one file per article
  (`YYYYMMDD-PP-AA.txt`: kicker, headline and subheadline on the first three lines,
  then the paragraphs), as the public crawl github.com/caspiankexin/people-daily-crawler-date
  keeps it, one 7z archive a month in its history (unpack one with py7zr or 7z).
  Articles are grouped by printed page as the shared corpus groups them; the pages of the
  month's first fourteen days are the half to read, the rest the half never read.
* ARCHIVE: a checkout of github.com/hkarchivist/hkcnews-article-archive. Hong Kong
  articles are drawn by the shared corpus's rules (category 眾聞, by a reporter, a body of
  600-3,500 characters), none the corpus holds, and split by a digest of their id.

Another month makes a fresh set of texts no rule was read on: `--one NAME --seed S` lays out
the whole month as one set (WORK/NAME and WORK/NAME-noblank, texts in WORK/corpus-NAME), and
`--exclude-hk FOLDER` (any number) leaves out the Hong Kong articles an earlier run drew
into FOLDER (a corpus-* folder), so that no text is in two sets:

    python scripts/new_texts.py WORK --crawl 2020-05 --hk ARCHIVE --one may --seed 2005 --pages 200 \
        --exclude-hk WORK/corpus-read --exclude-hk WORK/corpus-unread

The texts are mapped as the shared corpus maps them (../shared/corpus/SOURCES.md): a
dateline opening the first paragraph is the dateline, a production credit (制图, 版式设计)
is dropped, a 图片报道 item is a photo with its credit, a leading "——" leaves the
subheadline. The crawl keeps no byline (the print's h4): with --bylines SHARE, that share of
the articles without a dateline get "本报记者" and one or two names the month's datelines
give, as the print would set them. Then `simulate.py` lays out the pages
(WORK/{read,unread}/ and the same without blank lines, WORK/{read,unread}-noblank/), and
each folder is scored. The texts stay in WORK: never copy them into the project.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

from holdout import HK, RMRB, SHARED, without_blank_lines

HALVES = ("read", "unread")
SEEDS = {"read": 1901, "unread": 1902}
LAST_DAY_READ = 14
_FILE = re.compile(r"(\d{8})-(\d{2})-(\d{2})\.txt$")
_DATELINE = re.compile(
    r"^((?:新华社|本报|中新社|人民网|据新华社|光明日报|经济日报)[^\s，。“”：]{0,14}?(?:\d{1,2}月\d{1,2}日)?[电讯])"
    r"((?:[\s\u3000\xa0]*（[^（）]{1,60}）)?)[\s\u3000\xa0]*(.+)$"
)
_PRODUCTION_CREDIT = re.compile(r"^(?:本版|本期)?(?:制图|版式设计|版式|设计|统筹|策划|图表)[：:]")
_REPORTER_IN_DATELINE = re.compile(r"记者([\u4e00-\u9fff]{2,3})(?=[、，）\s])")


def crawl_pages(crawl: Path) -> dict[tuple[str, int], list[dict]]:
    """The crawl's articles by printed page (date, page number), mapped as the shared corpus maps them."""
    pages: dict[tuple[str, int], list[dict]] = defaultdict(list)
    for path in sorted(crawl.rglob("*.txt")):
        name = _FILE.search(path.name)
        if name:
            date, page, order = name.group(1), int(name.group(2)), int(name.group(3))
            article = _crawl_article(path.read_text("utf-8", errors="replace").splitlines(), f"rmrb-{date}-p{page:02d}-a{order:02d}", order)
            if article:
                pages[(date, page)].append(article)
    return pages


def _crawl_article(lines: list[str], article_id: str, order: int) -> dict | None:
    kicker, headline, subheadline = ([line.strip() for line in lines[:3]] + ["", "", ""])[:3]
    paragraphs = [line.strip().strip("\u3000").strip() for line in lines[3:]]
    paragraphs = [text for text in paragraphs if text and text != "广告" and not _PRODUCTION_CREDIT.match(text)]
    if not headline or not paragraphs:
        return None
    base = {"id": article_id, "order_on_page": order, "subheadline": None, "kicker": None, "byline": None, "dateline": None, "body": None}
    if headline == "图片报道":
        credit = paragraphs[-1]
        if len(paragraphs) < 2 or len(credit) > 30 or "摄" not in credit[-12:]:
            return None
        return dict(base, kind="photo", headline=None, credit=re.sub(r"摄.*$", "", credit).strip(), body=[{"p": text} for text in paragraphs])
    dateline = _DATELINE.match(paragraphs[0])
    if dateline:
        paragraphs[0] = dateline.group(3)
    if sum(map(len, paragraphs)) < 80:
        return None
    return dict(
        base, kind="article", headline=headline, kicker=kicker or None, subheadline=subheadline.lstrip("—").strip() or None,
        dateline=(dateline.group(1) + dateline.group(2)).strip() if dateline else None, body=[{"p": text} for text in paragraphs],
    )


def give_bylines(pages: dict[tuple[str, int], list[dict]], share: float, seed: int = 1) -> None:
    """Give `share` of the articles without a dateline the byline the print would set over them."""
    rng = random.Random(seed)
    names = sorted({name for articles in pages.values() for article in articles for name in _REPORTER_IN_DATELINE.findall(article["dateline"] or "")})
    for articles in pages.values():
        for article in articles:
            if article["kind"] == "article" and not article["dateline"] and names and rng.random() < share:
                article["byline"] = "本报记者  " + "  ".join(rng.sample(names, min(rng.choice((1, 1, 2)), len(names))))


def hk_articles(archive: Path, exclude: set[str], wanted: int) -> list[dict]:
    """Up to `wanted` Hong Kong articles the corpus lacks, drawn by the corpus's rules in a fixed order."""
    paths = sorted((archive / "articles").rglob("*.md"))
    random.Random(2019).shuffle(paths)
    articles = []
    for path in paths:
        article = _hk_article(path)
        if article and article["id"] not in exclude:
            articles.append(article)
            if len(articles) == wanted:
                break
    return articles


def _hk_article(path: Path) -> dict | None:
    front = re.match(r"---\n(.*?)\n---\n(.*)", path.read_text("utf-8", errors="replace"), re.DOTALL)
    number = re.search(r"article_(\d+)", path.name)
    if not front or not number:
        return None
    meta, body = front.groups()
    field = {key: value for key, value in re.findall(r'^(\w+): "(.*)"$', meta, re.MULTILINE)}
    if field.get("category") != "眾聞" or not field.get("author", "").startswith("記者"):
        return None
    body = body.split("\n---\n")[0]
    captions = re.findall(r"<figcaption>(.*?)</figcaption>", body)
    for pattern, replacement in ((r"<figure>.*?</figure>", ""), (r"\[\[email[^\]]*\]\]\([^)]*\)", ""), (r"!\[[^\]]*\]\([^)]*\)", ""), (r"\[([^\]]*)\]\([^)]*\)", r"\1"), (r"<[^>]+>", "")):
        body = re.sub(pattern, replacement, body, flags=re.DOTALL)
    paragraphs = [re.sub(r"[\x00-\x08\x0b-\x1f]", "", line.replace("**", "")).lstrip("> ").strip() for line in body.splitlines()]
    paragraphs = [text for text in paragraphs if text and not text.startswith(("#", "相關文章")) and "訂戶" not in text and not re.fullmatch(r"\{\{.*\}\}", text)]
    if not 600 <= sum(map(len, paragraphs)) <= 3500:
        return None
    return {
        "id": f"hkcnews-{number.group(1)}", "kind": "article", "lang": "zh-Hant", "date": field.get("date"), "headline": field.get("title"), "subheadline": None,
        "kicker": None, "byline": field["author"], "dateline": None, "continued": None, "credit": None, "photo_captions": captions, "body": [{"p": text} for text in paragraphs],
    }


def write_halves(work: Path, pages: dict[tuple[str, int], list[dict]], hk: list[dict]) -> None:
    """WORK/corpus-{read,unread}: the first fourteen days' pages and half the Hong Kong articles to read, the rest never read."""
    for half in HALVES:
        first_days = {key: articles for key, articles in pages.items() if (int(key[0][6:]) <= LAST_DAY_READ) == (half == "read")}
        articles = [article for article in hk if (int(hashlib.sha1(article["id"].encode()).hexdigest(), 16) % 2 == 0) == (half == "read")]
        write_corpus(work / f"corpus-{half}", first_days, articles)


def write_corpus(folder: Path, pages: dict[tuple[str, int], list[dict]], hk: list[dict]) -> None:
    """One corpus folder as the simulator reads it: the pages of three to twelve articles, and the Hong Kong articles."""
    chosen = [
        {"page_id": f"rmrb-{date}-p{number:02d}", "newspaper": "人民日报", "lang": "zh-Hans", "date": f"{date[:4]}-{date[4:6]}-{date[6:]}", "page_number": number, "n_articles": len(articles), "articles": articles}
        for (date, number), articles in sorted(pages.items())
        if 3 <= sum(article["kind"] == "article" for article in articles) <= 12
    ]
    folder.mkdir(parents=True, exist_ok=True)
    (folder / RMRB).write_text(json.dumps({"description": "People's Daily e-edition crawl", "pages": chosen}, ensure_ascii=False), "utf-8")
    (folder / HK).write_text(json.dumps({"description": "hkcnews archive", "articles": hk}, ensure_ascii=False), "utf-8")
    print(f"{folder.name}: {len(chosen)} People's Daily pages, {len(hk)} Hong Kong articles")


def _check(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    """Clear errors before any work: the folders exist, the share is a share, and the texts
    are kept outside the project (other publishers' texts never enter it)."""
    for name in ("crawl", "hk"):
        if not getattr(args, name).is_dir():
            parser.error(f"--{name} {getattr(args, name)}: no such folder")
    for folder in args.exclude_hk:
        if not (folder / HK).is_file():
            parser.error(f"--exclude-hk {folder}: no {HK} in it (give a corpus-* folder an earlier run wrote)")
    if args.seed is not None and not args.one:
        parser.error("--seed goes with --one (the halves have their own seeds)")
    if not 0 <= args.bylines <= 1:
        parser.error(f"--bylines {args.bylines}: a share between 0 and 1")
    if args.work.resolve().is_relative_to(Path(__file__).resolve().parents[1]):
        parser.error(f"{args.work}: inside the project; the texts must stay outside it")
    if not (SHARED / "corpus" / HK).exists() or not (SHARED / "tools" / "simulate.py").exists():
        parser.error(f"needs {SHARED} (its corpus and tools/simulate.py)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("work", type=Path, help="folder to write the corpus halves and pages into")
    parser.add_argument("--crawl", type=Path, required=True, help="a month of the People's Daily crawl, unpacked (YYYYMMDD-PP-AA.txt files)")
    parser.add_argument("--hk", type=Path, required=True, help="a checkout of hkcnews-article-archive")
    parser.add_argument("--pages", type=int, default=150, help="pages to lay out from each half (default 150)")
    parser.add_argument("--hk-articles", type=int, default=80, help="Hong Kong articles to draw (default 80)")
    parser.add_argument("--bylines", type=float, default=0.6, help="share of the articles without a dateline given a byline (default 0.6)")
    parser.add_argument("--no-score", action="store_true", help="only lay out")
    parser.add_argument("--one", metavar="NAME", help="lay out the whole month as one set, WORK/NAME, instead of two halves")
    parser.add_argument("--seed", type=int, help="the simulator's seed for --one (default: the crawl's first date)")
    parser.add_argument("--exclude-hk", type=Path, action="append", default=[], metavar="FOLDER", help="a corpus-* folder of an earlier run: its Hong Kong articles are not drawn again")
    args = parser.parse_args()
    _check(parser, args)
    drawn = [json.loads((folder / HK).read_text("utf-8"))["articles"] for folder in [SHARED / "corpus", *args.exclude_hk]]
    pages = crawl_pages(args.crawl)
    if not pages:
        raise SystemExit(f"new_texts: no YYYYMMDD-PP-AA.txt files under {args.crawl}")
    give_bylines(pages, args.bylines)
    hk = hk_articles(args.hk, {article["id"] for articles in drawn for article in articles}, args.hk_articles)
    if len(hk) < args.hk_articles:
        raise SystemExit(f"new_texts: {len(hk)} Hong Kong articles in {args.hk}/articles, {args.hk_articles} wanted (--hk-articles)")
    if args.one:
        write_corpus(args.work / f"corpus-{args.one}", pages, hk)
        sets = {args.one: args.seed if args.seed is not None else int(min(pages)[0])}
    else:
        write_halves(args.work, pages, hk)
        sets = SEEDS
    for name, seed in sets.items():
        folder = args.work / name
        subprocess.run(
            [sys.executable, str(SHARED / "tools" / "simulate.py"), "--out", str(folder), "--pages", str(args.pages), "--seed", str(seed), "--corpus", str(args.work / f"corpus-{name}")],
            check=True, stdout=subprocess.DEVNULL,
        )
        for laid_out in (folder, without_blank_lines(folder)):
            if not args.no_score:
                print(f"{laid_out.name}:", flush=True)
                subprocess.run([sys.executable, str(Path(__file__).with_name("evaluate.py")), str(laid_out), "--summary"], check=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
