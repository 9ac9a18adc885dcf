"""Titles an extractor set in the middle of a sentence of running text.

pdfminer reads a headline box when its height on the page comes up, so a headline set
across columns may land inside the text of the article under it, between two blank lines
("…他也慢慢学会并" | "王老，乡亲念你" | "珍惜讲台与孩子的缘分…"). Read in place it cuts a
sentence in two and heads nothing. A one-line title block whose neighbours are prose that
runs on across it (the text before stops on a word that needs more, and the column-jump
model joins the two sides) is set aside: the text joins around it, and the layout gets it
back as a stray title (`layout.pooled.place_stray_titles`).
"""

from __future__ import annotations

import regex

from cleanup.columns import PageMeasure, looks_indented, page_measure
from cleanup.config import DEFAULT, Config
from cleanup.cues import BOUND_CHARACTERS
from cleanup.jumps import JoinCase, join_chance
from cleanup.lexicon import word_bridges
from cleanup.lines import Block, Line
from cleanup.marks import clearly_unfinished, ends_sentence
from cleanup.shapes import DECK_MARK, looks_like_title, starts_own_unit

_STOPS = regex.compile(r"[。！？；，、]")


def interposed_titles(blocks: list[Block], banners: frozenset[int], config: Config = DEFAULT, measure: PageMeasure | None = None) -> frozenset[int]:
    """The numbers of the one-line title blocks set inside a sentence that runs on across them
    (`measure`: the blocks' `page_measure`, where the caller took it already).

    >>> before = ["为纪念老校长从教四十周年，县文化馆与青", "山中学一起举办了一场老照片主题展览会，", "校园里的展板、门口的海报处处透着用心。", "一九六二年，老校长生于青山村，早年在县", "城读书，后回到家乡，他也慢慢学会并"]
    >>> after = ["珍惜讲台与孩子的缘分。正是这份珍惜，王", "老在四十多年的教书生涯中先后开设和讲授", "了语文、数学、美术、音乐、体育等十多门", "课程，他的学生遍及全县各个乡镇村落，获", "得省里、市里、县里的荣誉二十多项。"]
    >>> text = before, ["王老，乡亲念你"], after
    >>> blocks = [Block(tuple(Line(10 * index + offset, line) for offset, line in enumerate(lines))) for index, lines in enumerate(text)]
    >>> sorted(interposed_titles(blocks, frozenset()))
    [10]
    """
    candidates = [
        index
        for index in range(1, len(blocks) - 1)
        if len(blocks[index].lines) == 1 and not ends_sentence(blocks[index - 1].lines[-1].text) and len(blocks[index + 1].lines) > 1
    ]
    if not candidates:
        return frozenset()  # most pages: no one-line block inside an open sentence; measured only if there is
    flat, columns = measure or page_measure(blocks, config)
    if flat:
        return frozenset()
    return frozenset(
        blocks[index].lines[0].number
        for index in candidates
        if _cuts_a_sentence(blocks[index - 1 : index + 2], columns[index - 1 : index + 2], banners, config)
    )


def _cuts_a_sentence(blocks: list[Block], columns: list[int], banners: frozenset[int], config: Config) -> bool:
    """Is the middle one of three blocks a title line set inside the sentence the other two share?"""
    before, block, after = blocks
    if len(block.lines) != 1 or not _is_prose(before) or not _is_prose(after):
        return False  # a headline block before or after: titles, not running text
    title, tail, head = block.lines[0], before.lines[-1], after.lines[0]
    if title.number in banners or not _stands_alone(title, columns[1], config):
        return False
    if ends_sentence(tail.text) or starts_own_unit(head) or looks_indented(head, columns[2], False, config):
        return False  # the text before was done, or a paragraph opens after the title
    if word_bridges(tail.text, title.text) or word_bridges(title.text, head.text):
        return False  # a word runs on into it: a line of the text
    case = JoinCase(before.lines, after, columns[0], columns[2], False, "", before.lines, None)
    return join_chance(case, banners, config) > 0.5


def _stands_alone(title: Line, column: float, config: Config) -> bool:
    """A title line on its own: title-shaped and well short of the column, ending no sentence,
    neither cut by the wrap nor leading on ("一捺——"), nor opening on a character that leans
    on what comes before ("之举，决非…")."""
    text = title.text.strip()
    if ends_sentence(text) or clearly_unfinished(text) or text.endswith(DECK_MARK) or text[:1] in BOUND_CHARACTERS:
        return False
    return title.width <= column * config.title_line_share and looks_like_title([title], config) and not starts_own_unit(title)


def _is_prose(block: Block) -> bool:
    """Running text of a few lines: a clause mark or a stop inside, and no title."""
    text = "".join(line.text for line in block.lines)
    return len(block.lines) >= 2 and bool(_STOPS.search(text)) and not looks_like_title(list(block.lines))
