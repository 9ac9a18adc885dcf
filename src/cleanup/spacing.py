"""How an extractor spaced the text: a space between every two characters, a blank line after every line, columns side by side.

Habits that are the extractor's, not the print's, and that hide everything else:

* Letter spacing. OCR engines and some PDF extractors set a space (or an ideographic
  one) between every two characters of Chinese text ("今 年 以 来 ，"), and a wider gap
  where the print had a space. Read as it stands, no word is found and every line looks
  half empty. A dump has the habit when most Han characters followed by another stand a
  single space from it (`Config.letter_spaced_share`); there each single space between two
  characters goes, and a wider gap becomes one space. On other dumps a title set with wide tracking comes
  out so on its own ("专 题 访 谈"): a line whose Han characters, three at least, all stand
  a space apart loses those spaces too. Each line so changed is logged as a
  "letter-spacing" edit.
* Vertical setting. A title set vertically comes out a character a line ("老" | "区" | …):
  a run of three lines or more of one character each is one line, the first's, and a
  "vertical-title" edit says which lines it took.
* Line spacing. Some extractors print a blank line after every line of text, so a
  blank line no longer parts anything: the blocks are the runs parted by two blank
  lines or more. A dump has the habit when nearly every line of a page set in columns is
  followed by a blank one (`Config.line_spaced_share`); a page printed one paragraph per
  line puts a blank line after each paragraph, which is a block, not a habit.
* Columns side by side. pdftotext's layout mode prints the columns next to each other on
  every line; no line can be mended so: such a dump (`side_by_side`) is read column by column
  first (`cleanup.by_column`), or, where that cannot be done (a table's rows, a letter-spaced
  dump), read across as printed, and the page says so.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import regex

from cleanup.columns import page_is_flat
from cleanup.config import DEFAULT, Config
from cleanup.edits import Edit
from cleanup.lines import Block, Line

_SPACED_HAN = regex.compile(r"\p{Han}[ \u3000](?=\p{Han})")
_TIGHT_HAN = regex.compile(r"\p{Han}(?=\p{Han})")
_SINGLE_SPACE = regex.compile(r"(?<=\S)[ \u3000](?=\S)")
_WIDE_GAP = regex.compile(r"(?<=\S)[ \u3000]{2,}(?=\S)")


def spaced_somewhere(text: str) -> bool:
    r"""Three Han characters a space apart anywhere, or three one-character lines in a row:
    most dumps have neither, and are read without a look at each line.

    >>> spaced_somewhere("正文。\n专 题 访 谈"), spaced_somewhere("老\n区\n精"), spaced_somewhere("减排又赚钱 村民笑开颜")
    (True, True, False)
    """
    return bool(_SPACED_RUN.search(text) or _STACKED_LINES.search(text))


_SPACED_RUN = re.compile(r"[\u3400-\u9fff][ \u3000][\u3400-\u9fff][ \u3000][\u3400-\u9fff]")
_STACKED_LINES = re.compile(r"^[ \t\u3000]*\S[ \t\u3000]*\n[ \t\u3000]*\S[ \t\u3000]*\n[ \t\u3000]*\S[ \t\u3000]*$", re.MULTILINE)


def letter_spaced(lines: Sequence[Line], config: Config = DEFAULT) -> bool:
    """Does the dump set a space between every two characters?

    >>> letter_spaced([Line(1, "今 年 以 来 ， 全 市 新 建 学 校 十 所 。")])
    True
    >>> letter_spaced([Line(1, "减排又赚钱 村民笑开颜"), Line(2, "今年以来，全市新建学校十所。")])
    False
    """
    text = "\n".join(line.text for line in lines)
    if (text.count(" ") + text.count("\u3000")) * 2 < len(text) * config.letter_spaced_share:
        return False  # most dumps: too few spaces to stand between most characters, told without a count
    spaced, tight = len(_SPACED_HAN.findall(text)), len(_TIGHT_HAN.findall(text))
    return spaced > (spaced + tight) * config.letter_spaced_share


def without_letter_spacing(lines: Sequence[Line], every_line: bool = True) -> tuple[list[Line], list[Edit]]:
    """Each line (or, unless `every_line`, each line spaced out on its own) without the spaces
    between its characters, a wider gap kept as one space.

    >>> without_letter_spacing([Line(3, "在 M +   博 物 館 ， 2 0 1 7 年")])[0]
    [Line(number=3, text='在M+ 博物館，2017年')]
    >>> [line.text for line in without_letter_spacing([Line(1, "专 题 访 谈"), Line(2, "王 珂"), Line(3, "减排又赚钱 村民笑开颜")], every_line=False)[0]]
    ['专题访谈', '王 珂', '减排又赚钱 村民笑开颜']
    """
    if not every_line and not any(_spaced_out(line.text) for line in lines):
        return list(lines), []  # most dumps: no line spaced out, nothing to copy
    kept, edits = [], []
    for line in lines:
        if not every_line and not _spaced_out(line.text):
            kept.append(line)
            continue
        text = _WIDE_GAP.sub(" ", _SINGLE_SPACE.sub("", line.text))
        if text != line.text:
            edits.append(Edit("letter-spacing", line.number, line.text, text))
        kept.append(Line(line.number, text))
    return kept, edits


def without_stacking(lines: Sequence[Line]) -> tuple[list[Line], list[Edit]]:
    r"""Runs of three lines or more of one character each, as one line numbered as the first.

    >>> joined, edits = without_stacking([Line(1, "正文。"), Line(2, "老"), Line(3, "区"), Line(4, "精"), Line(5, "神"), Line(6, "正文")])
    >>> joined, [(edit.kind, edit.line, edit.before, edit.after) for edit in edits]
    ([Line(number=1, text='正文。'), Line(number=2, text='老区精神'), Line(number=6, text='正文')], [('vertical-title', 2, '老\n区\n精\n神', '老区精神')])
    """
    if sum(len(line.text) <= _STACKED_LINE and len(line.text.strip()) == 1 for line in lines) < _STACKED_RUN:
        return list(lines), []  # most dumps: too few one-character lines to stack a title
    kept: list[Line] = []
    edits: list[Edit] = []
    run: list[Line] = []
    for line in [*lines, Line(0, "")]:
        if len(line.text.strip()) == 1:
            run.append(line)
            continue
        if len(run) >= _STACKED_RUN:
            text = "".join(single.text.strip() for single in run)
            kept.append(Line(run[0].number, text))
            edits.append(Edit("vertical-title", run[0].number, "\n".join(single.text.strip() for single in run), text))
        else:
            kept.extend(run)
        run = []
        kept.append(line)
    return kept[:-1], edits


# A title set vertically prints at least this many characters a line; two such lines in a
# row are a stacked title's end ("要" | "闻") no less than a page's short labels.
_STACKED_RUN = 3
# A one-character line with a little whitespace around it at most.
_STACKED_LINE = 4


def _spaced_out(text: str) -> bool:
    """Three Han characters or more, each a space from the next, none side by side."""
    return (" " in text or "\u3000" in text) and len(_SPACED_HAN.findall(text)) >= 2 and not _TIGHT_HAN.search(text)


def blank_lines_between_blocks(lines: Sequence[Line], config: Config = DEFAULT) -> int:
    """How many blank lines in a row part two blocks: 2 on a dump that prints a blank line
    after every line of a column, else 1.

    >>> column = ["市委坚持以党的政治建设为统领，", "", "履行全面从严治党主体责任。", "", "", "高度重视机关党的建设。", ""]
    >>> blank_lines_between_blocks([Line(number, text) for number, text in enumerate(column * 4, start=1)])
    2
    """
    text = [line for line in lines if line.text.strip()]
    if len(text) < config.line_spaced_lines:
        return 1
    gaps = _gaps(lines)
    if len(gaps) < (len(text) - 1) * config.line_spaced_share:
        return 1  # most lines run on into the next: blank lines part blocks
    wide = sum(gap >= 2 for gap in gaps)
    # On a page one paragraph per line, the blank after each paragraph is its block's end,
    # unless wider gaps part the paragraphs and single ones the lines of a title or byline.
    return 2 if not page_is_flat([Block(tuple(text))], config) or wide >= len(gaps) * config.line_spaced_wide_gaps else 1


def _gaps(lines: Sequence[Line]) -> list[int]:
    """The number of blank lines after each text line that has text after it."""
    gaps, blanks, seen = [], 0, False
    for line in lines:
        if line.text.strip():
            if seen and blanks:
                gaps.append(blanks)
            seen, blanks = True, 0
        else:
            blanks += 1
    return gaps


def side_by_side(lines: Sequence[Line], config: Config = DEFAULT) -> bool:
    """Are columns printed side by side on each line (pdftotext's layout mode): many lines
    holding text a wide gap apart? Such a dump is read column by column (`cleanup.by_column`)
    before its lines are; one still found so after that is read across, and says so.

    >>> side_by_side([Line(number, "第一栏的文字        第二栏的文字") for number in range(1, 13)])
    True
    >>> side_by_side([Line(number, "减排又赚钱 村民笑开颜") for number in range(1, 13)])
    False
    """
    text = [line for line in lines if line.text.strip()]
    # Searched only in a line that holds three spaces in a row, as a gap does: few lines do.
    wide = sum(bool(_WIDE_INNER_GAP.search(line.text.strip())) for line in text if _GAP in line.text)
    return wide >= config.side_by_side_lines and wide >= len(text) * config.side_by_side_share


# Text a gap of three spaces or more apart: a gutter, not a space a line prints.
_WIDE_INNER_GAP = re.compile(r"\S {3,}\S")
_GAP = "   "

