"""Measure the doubling repair on clean text: what it would remove, what it would catch.

    python scripts/doubling_check.py ARTICLES/                 # a folder of *.txt, one article each
    python scripts/doubling_check.py ../shared/corpus          # the corpus's articles (*.json)
    python scripts/doubling_check.py ARTICLES/ --slips 6000 --seed 7 --show 20

Clean text (an archive's articles as published, not a dump) holds no OCR slip, so every
character printed twice in it ("高高", "现在|在|北京") is the writer's: each one the repair
would remove is a wrong repair, a change of what the text says. The check then makes slips
of its own: it doubles a random character of a random line (Han on both sides, no pair
already there), as an OCR slip does, and counts the slips the repair would catch. The two
figures pull against each other; `cleanup.Config`'s doubling fields cite this check.

A folder of articles to run it on: any plain text of the kind the archive prints (the
People's Daily's e-edition as crawled), or corpus files in the format of `../shared/corpus`.
"""

from __future__ import annotations

import argparse
import json
import random
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import regex

from cleanup.doubling import judge

_DOUBLED = regex.compile(r"(?<=\p{Han})(\p{Han})\1(?=\p{Han})")
_HAN = regex.compile(r"\p{Han}")


def clean_lines(folder: Path) -> list[str]:
    """Every non-blank line of every *.txt under `folder`, stripped, and every paragraph of the
    articles in its *.json files in the corpus format of `../shared/corpus`."""
    lines = [line.strip() for path in sorted(folder.rglob("*.txt")) for line in path.read_text("utf-8", errors="replace").splitlines() if line.strip()]
    for path in sorted(folder.rglob("*.json")):
        lines += [text.strip() for text in _paragraphs(json.loads(path.read_text("utf-8"))) if text.strip()]
    return lines


def _paragraphs(node: object) -> Iterator[str]:
    """The texts of every article body in a corpus file ({"articles": [...]} or {"pages": [{"articles": [...]}]})."""
    if isinstance(node, dict):
        for entry in node.get("body", []) if isinstance(node.get("body"), list) else []:
            yield from (text for text in entry.values() if isinstance(text, str)) if isinstance(entry, dict) else ()
        for key in ("articles", "pages"):
            yield from _paragraphs(node.get(key, []))
    elif isinstance(node, list):
        for item in node:
            yield from _paragraphs(item)


def printed_pairs(lines: list[str]) -> tuple[Counter, list[str]]:
    """The repair's verdict on each pair the clean text prints, and the pairs it would remove."""
    verdicts: Counter = Counter()
    removed: list[str] = []
    for line in lines:
        for match in _DOUBLED.finditer(line):
            verdict = judge(line, match.start())
            verdicts[verdict] += 1
            if verdict == "slip":
                removed.append(line[max(0, match.start() - 4) : match.start() + 6])
    return verdicts, removed


def made_slips(lines: list[str], tries: int, seed: int) -> Counter:
    """The repair's verdict on slips made by doubling a random character inside Han text."""
    rng = random.Random(seed)
    verdicts: Counter = Counter()
    for _ in range(tries):
        line = rng.choice(lines)
        if len(line) < 20:
            continue
        at = rng.randint(4, len(line) - 6)
        character = line[at]
        if not all(_HAN.match(neighbour) for neighbour in line[at - 3 : at + 4]) or character in (line[at - 1], line[at + 1]):
            continue
        verdicts[judge(line[: at + 1] + character + line[at + 1 :], at)] += 1
    return verdicts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("articles", type=Path, help="folder of clean articles (*.txt, searched with its subfolders)")
    parser.add_argument("--slips", type=int, default=6000, help="tries at making a slip (default 6000)")
    parser.add_argument("--seed", type=int, default=7, help="seed of the slips made (default 7)")
    parser.add_argument("--show", type=int, default=0, help="print this many of the pairs the repair would remove")
    args = parser.parse_args()
    lines = clean_lines(args.articles)
    if not lines:
        raise SystemExit(f"doubling_check: no text in {args.articles} (*.txt, or *.json corpus files)")
    printed, removed = printed_pairs(lines)
    made = made_slips(lines, args.slips, args.seed)
    total, slips = sum(printed.values()), sum(made.values())
    print(f"pairs the text prints: {total}; removed as slips {printed['slip']} ({printed['slip'] / max(total, 1):.2%}), "
          f"kept as suspect {printed['suspect']}, kept as genuine {printed['genuine']}")
    print(f"slips made: {slips}; caught {made['slip']} ({made['slip'] / max(slips, 1):.1%}), "
          f"left as suspect {made['suspect']}, taken for genuine {made['genuine']}")
    for context in removed[: args.show]:
        print("  removed:", context)


if __name__ == "__main__":
    main()
