"""Lay annotated pages out again as other extractors print them, to score each habit.

    python scripts/habits.py ../shared/devset2 WORK            # every habit
    python scripts/habits.py ../shared/devset2 WORK indented   # some
    python scripts/evaluate.py WORK/indented --summary

Writes WORK/HABIT/ for each habit: the dumps rewritten, beside their annotations (which a
habit that changes the text, full-width digits, rewrites alike). The habits:

  indented       each paragraph's first line opens with "　　" (OCR, text exports)
  letter-spaced  a space between every two characters, a wider gap for a space (OCR)
  line-spaced    a blank line after every line
  titles-spaced  every headline line spaced out ("专 题 访 谈": wide tracking)
  vertical       every one-line headline a character a line (a title set vertically)
  bold           every headline line with each character twice (fake bold)
  radicals       Kangxi radicals for the characters that have one ("⽇" for "日")
  full-width     full-width digits ("２０１７年"), in the annotation too
  mark-lost      every "■" gone (a symbol font's glyph an extractor drops)
  mark-private   every "■" a private-use character (a symbol font's glyph unmapped)
  centred        every headline line set in with twelve spaces (a layout-keeping extractor)
  no-break       every space a no-break space (U+00A0)
  folio          the page number alone after the page, a blank line before it
  margin         every line that holds text set in by two spaces (an extractor's page margin)

A paragraph's first line is found from the annotation: the dump line its text starts
with; a headline line, the dump line its headline holds whole.
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from collections.abc import Callable
from pathlib import Path

import regex

_WHITESPACE = regex.compile(r"\s+")
_ASCII_MARKS = str.maketrans(",:;()!?", "，：；（）！？")
_FULL_WIDTH_DIGITS = str.maketrans({digit: chr(ord(digit) + 0xFEE0) for digit in "0123456789"})
_RADICALS = str.maketrans(
    {unicodedata.normalize("NFKC", chr(code)): chr(code) for code in range(0x2F00, 0x2FD6) if len(unicodedata.normalize("NFKC", chr(code))) == 1}
)


def squashed(text: str | None) -> str:
    return _WHITESPACE.sub("", text or "").translate(_ASCII_MARKS)


def paragraph_starts(truth: dict, lines: list[str]) -> set[int]:
    """The indexes of the dump lines each paragraph of the annotation starts on."""
    starts: set[int] = set()
    titles = headline_lines(truth, lines)  # a headline may open with its text's first words
    for article in truth["articles"]:
        for index, part in enumerate(article.get("body") or []):
            if "p" not in part:
                continue
            text = (squashed(article.get("dateline")) if index == 0 else "") + squashed(part["p"])
            for at, line in enumerate(lines):
                here = squashed(line)
                before = squashed(lines[at - 1]) if at else ""  # a line the paragraph ran on from
                if at not in starts and at not in titles and len(here) >= 4 and text.startswith(here) and not (before and text.startswith(before + here)):
                    starts.add(at)
                    break
    return starts


def headline_lines(truth: dict, lines: list[str]) -> set[int]:
    headlines = [squashed(article.get("headline")) for article in truth["articles"] if article.get("headline")]
    return {at for at, line in enumerate(lines) if len(squashed(line)) >= 3 and any(squashed(line) in headline for headline in headlines)}


def rewrite(lines: list[str], chosen: set[int], change: Callable[[str], str]) -> list[str]:
    return [change(line) if at in chosen else line for at, line in enumerate(lines)]


def _spaced(line: str) -> str:
    return " ".join(line)


HABITS: dict[str, Callable[[dict, list[str]], list[str]]] = {
    "indented": lambda truth, lines: rewrite(lines, paragraph_starts(truth, lines), lambda line: "\u3000\u3000" + line.lstrip()),
    "letter-spaced": lambda truth, lines: [_spaced(line) for line in lines],
    "line-spaced": lambda truth, lines: [line + "\n" if line.strip() else line for line in lines],
    "titles-spaced": lambda truth, lines: rewrite(lines, headline_lines(truth, lines), _spaced),
    "vertical": lambda truth, lines: rewrite(
        lines, {at for at in headline_lines(truth, lines) if squashed(lines[at]) in {squashed(a.get("headline")) for a in truth["articles"]}}, lambda line: "\n".join(squashed(line))
    ),
    "bold": lambda truth, lines: rewrite(lines, headline_lines(truth, lines), lambda line: "".join(c if c.isspace() else c * 2 for c in line)),
    "radicals": lambda truth, lines: [line.translate(_RADICALS) for line in lines],
    "full-width": lambda truth, lines: [line.translate(_FULL_WIDTH_DIGITS) for line in lines],
    "mark-lost": lambda truth, lines: [line.replace("■", "") for line in lines],
    "mark-private": lambda truth, lines: [line.replace("■", "\uf06e") for line in lines],
    "centred": lambda truth, lines: rewrite(lines, headline_lines(truth, lines), lambda line: " " * 12 + line),
    "no-break": lambda truth, lines: [line.replace(" ", "\u00a0") for line in lines],
    "folio": lambda truth, lines: [*lines, "", str(truth.get("page", {}).get("number") or 3)],
    "margin": lambda truth, lines: ["  " + line if line.strip() else line for line in lines],
}


def _full_width(value: object) -> object:
    """The annotation with its digits full-width too, but the name of its dump."""
    if isinstance(value, str):
        return value.translate(_FULL_WIDTH_DIGITS)
    if isinstance(value, list):
        return [_full_width(item) for item in value]
    if isinstance(value, dict):
        return {key: item if key == "source" else _full_width(item) for key, item in value.items()}
    return value


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("pages", type=Path, help="a folder of annotated pages (*.json beside their dumps)")
    parser.add_argument("work", type=Path, help="where to write a folder per habit")
    parser.add_argument("habits", nargs="*", choices=[[], *HABITS], default=[], help="the habits (default: all)")
    args = parser.parse_args()
    for habit in args.habits or HABITS:
        out = args.work / habit
        out.mkdir(parents=True, exist_ok=True)
        for annotation in sorted(args.pages.glob("*.json")):
            truth = json.loads(annotation.read_text("utf-8"))
            dump = (args.pages / truth.get("source", annotation.with_suffix(".txt").name)).read_text("utf-8")
            lines = HABITS[habit](truth, dump.split("\n"))
            (out / annotation.with_suffix(".txt").name).write_text("\n".join(lines), "utf-8")
            written = _full_width(truth) if habit == "full-width" else truth
            (out / annotation.name).write_text(json.dumps(written, ensure_ascii=False, indent=1) + "\n", "utf-8")
        print(f"{out}: {len(list(out.glob('*.json')))} pages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
