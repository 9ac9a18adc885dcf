"""The shapes of printed lines that are not running text: titles, decks, credits.

`looks_like_title` is the one title-shape predicate: the unwrapper asks it
whether a unit may run on into the next column, the layout whether a unit is a
title. Both read the same shape, so they cannot disagree about it.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from functools import lru_cache

import regex

from cleanup.columns import outside_column
from cleanup.config import DEFAULT, Config
from cleanup.cues import (
    COLUMN_LABEL,
    COLUMN_TAG,
    FIGURE_UNITS,
    PHOTO_MARKS,
    PHOTO_STORY,
    REFERENCE,
    REPORTER_TITLE_PATTERN,
    REPORTER_TITLES,
    SERIES_BANNER,
    alternation,
    is_box_title,
    jump_line,
    match_dateline,
)
from cleanup.lexicon import ends_on_link, token_spans, word_bridges
from cleanup.lines import Line
from cleanup.marks import (
    CLAUSE_MARKS,
    bracket_balance,
    clearly_unfinished,
    closes_what_it_did_not_open,
    ends_sentence,
)

CREDIT_MARK = "■"
DECK_MARK = "——"

QUOTE_OPENERS = frozenset("“「『")
_ANY_MARK = regex.compile(r"[，,、。！？!?；;：:]")
INNER_SENTENCE_MARK = regex.compile(r"[。！？!?；;]\S")
# A headline printed as two spaced halves ("强化政治担当 聚焦核心任务"): no line of prose is.
TWO_HALVES = regex.compile(r"\p{Han}{4,}\s+\p{Han}{4,}")
# ... and halves that hold figures ("5月初售出8萬張門票 逾40場演出爆滿"), Han on both sides of the
# space: a stray space in prose sits by a figure ("於 9月"), never between two Han characters.
# (Each half taken whole at once, its last or first character then asked for: a long line with
# no space between Han would otherwise be tried at every split, quadratic in its length.)
_HALVES_WITH_FIGURES = regex.compile(r"[\p{Han}\d]{4,}+(?<=\p{Han})\s+(?=\p{Han})[\p{Han}\d]{4,}+")


# A label and its colon over a headline in spaced parts ("延伸閱讀：某某宣布退休 未來動向成謎").
_A_STORY_NAMED = regex.compile(r"\p{Han}{2,4}[：:]\s*\p{Han}{4,}(?:\s+\p{Han}{4,})+")


def names_another_story(text: str) -> bool:
    """A label that sends the reader to another story by its headline, printed in its spaced
    parts ("延伸閱讀：某某宣布退休 未來動向成謎"): a line of its own, closed whatever word its
    last part ends on ("…不和" leans on nothing); prose sets no spaces between its words, and
    words quoted after a colon carry their clause marks.

    >>> names_another_story("延伸閱讀：某某宣布退休 未來動向成謎"), names_another_story("延伸閱讀：某某宣布退休")
    (True, False)
    >>> names_another_story("他表示：今年將會 繼續努力，爭取佳績")
    False
    """
    return bool(_A_STORY_NAMED.fullmatch(text.strip()))


def printed_in_two_halves(text: str) -> bool:
    """A line that is a headline's two spaced halves, figures and all, not a dateline and the
    text it opens ("本报北京2月1日电 各地…").

    >>> printed_in_two_halves("5月初售出8萬張門票 逾40場演出爆滿"), printed_in_two_halves("强化政治担当 聚焦核心任务")
    (True, True)
    >>> printed_in_two_halves("本报北京2月1日电 新春佳节来临之际"), printed_in_two_halves("共有3 000人參加")
    (False, False)
    """
    text = text.strip()
    return bool(TWO_HALVES.fullmatch(text) or _HALVES_WITH_FIGURES.fullmatch(text) and not match_dateline(text))


_COMMA = regex.compile(r"[，,]")
_SEMICOLONS = frozenset("；;")
CLAUSE = regex.compile(r"[，、,]")
# A photographer's credit closing a photo story: "江宏景摄", "本报记者 贺 勇摄".
CREDIT_END = regex.compile(r"\p{Han}\s*[摄攝](?:影)?\s*$")
# A column tag printed after a headline: "（聚焦基层一线）", "（政策解读）".
_TRAILING_TAG = regex.compile(rf"(?<=\S){COLUMN_TAG.pattern}\s*$")
_PHOTO_MARK = regex.compile(alternation(PHOTO_MARKS))
REPORTER_TITLE = regex.compile(REPORTER_TITLE_PATTERN)
# A byline whose "■" the extractor lost (a symbol font's glyph): reporters' titles, each a space
# from the names after it, and nothing else ("本报记者 刘裕国", "記者 林勵 實習記者 梁穎欣").
_TITLE_INITIALS = frozenset(title[0] for title in REPORTER_TITLES)
_NAME = r"\p{Han}(?:[ \u3000]?\p{Han}){1,5}"  # two names the print ran together ("李超张培龙") too
_UNMARKED_BYLINE = regex.compile(rf"(?:(?:{REPORTER_TITLE_PATTERN})[ \u3000]+{_NAME}(?:[ \u3000]+{_NAME})*[ \u3000]*)+")
# The end of a credit carried to the next line: a few characters of the name, then 摄.
_CREDIT_TAIL = regex.compile(rf"[\p{{Han}}\s]{{0,8}}(?:{alternation(PHOTO_MARKS)})(?:{alternation(PHOTO_STORY)})?")
_CREDIT_LINE = regex.compile(rf"^\s*{CREDIT_MARK}.*(?:{alternation(PHOTO_MARKS)})(?!{alternation(PHOTO_STORY)})")
BRACKETED = regex.compile(r"[（(][^（()）]*[）)]")
# "【乡村好物】": a label in lenticular brackets, a kicker or box title however it ends.
_LABEL = regex.compile(r"【[^【】]{1,20}】")
# "（刘志勇 杨启林）": a reporters' sign-off in brackets, not a title.
_SIGN_OFF = regex.compile(r"^\s*[（(][^（()）]{2,30}[）)]\s*$")


def is_deck(line: Line, under_title: bool = False, sums_up: bool = False) -> bool:
    """A "——" subheadline line: no sentence stop inside or at its end (a bracketed note such as
    "（2019年3月25日，太原）" aside), no quote closed from before. A deck that is all such a note
    ("——（某年某月某日某会议通过）", under a law's or a speech's title) is no dash alone.

    A comma is prose's mark ("——各地积极参与区域合作，" opening a paragraph), unless the
    caller knows the line stands under a title: a deck may run on in clauses. Set wider than
    the column right under a title line (`hangs_under_title`, `sums_up`), as running text never
    is, a deck may even sum up the story in sentences.

    >>> is_deck(Line(2, "——强调构建四大合作平台，推动合作"), under_title=True)
    True
    >>> deck = Line(2, "——某某：支持合作。某某：愿深化交流。")
    >>> is_deck(deck, sums_up=True), is_deck(deck, under_title=True), is_deck(deck)
    (True, False, False)
    >>> is_deck(Line(2, "——强调构建四大合作平台，推动合作"))
    False
    >>> is_deck(Line(2, "——")), is_deck(Line(2, "——（2019年3月25日，太原）"))
    (False, True)
    """
    if DECK_MARK not in line.text:
        return False  # nearly every line: no need to take its brackets out
    text = BRACKETED.sub("", line.text.strip())
    return (
        text.startswith(DECK_MARK)
        and bool(line.text.strip().lstrip(DECK_MARK[0]))  # a dash alone: the wrap carried it off the sentence above
        and (sums_up or not ends_sentence(text) and not INNER_SENTENCE_MARK.search(text))
        and (under_title or sums_up or not _COMMA.search(text))
        and not clearly_unfinished(text)
        and not closes_what_it_did_not_open(text)
    )


def leads_on(text: str) -> bool:
    """Ends on a dash that leads into what follows ("某某大学原校长、教授王明——"): a kicker
    naming its headline's subject, or a sentence leading into the words it quotes; not a
    dash alone, which the wrap carried off the sentence above.

    >>> leads_on("某某大学原校长、教授王明——"), leads_on("——"), leads_on("某某大学原校长")
    (True, False, False)
    """
    text = text.strip()
    return text.endswith(DECK_MARK) and text != DECK_MARK


def hangs_under_title(line: Line, previous: Line, column: float, config: Config = DEFAULT) -> bool:
    """A "——" line set wider than the column, right under a title line: a deck, whatever
    clauses it holds. Running text never outgrows its column, so the width rules out a dash
    the wrap carried to the start of a line."""
    return outside_column(line, column, config) and not CLAUSE.search(previous.text) and looks_like_title([previous], config)


def starts_own_unit(line: Line, under_title: bool = False, sums_up: bool = False) -> bool:
    """Banner, byline, deck and box-title lines begin afresh whatever the wrap says.

    A leading space marks a line the extractor took from elsewhere on the page
    (a banner next to a caption); "■" opens a byline or photo credit, and a line of
    reporters' titles and names is a byline that lost it (or, ending on 整理, signs off); "——"
    opens a subheadline, unless the line runs on as prose ("——黄河滩区。1956年…",
    a dash the wrap carried to the start of a line); a box's title alone on its line
    ("核心阅读", "相关链接") heads the box under it, never the end of a title above.
    """
    text = line.text.lstrip()
    return (
        line.text[:1].isspace()
        or text.startswith(CREDIT_MARK)
        or is_deck(line, under_title, sums_up)
        or is_box_title(text)
        or is_unmarked_byline(text)
        or signs_off(text)
    )


# The marks that set out a list's entries ("⚫", "•", "▪", "◆", "●"), each entry a paragraph of
# its own; "■" opens a byline or a credit, told apart by `starts_own_unit`.
_BULLET = regex.compile(r"\s*[⚫•▪◆◇●]")


def opens_on_a_bullet(text: str) -> bool:
    """Does the line open on a list's bullet? The extractor keeps the mark where the printed
    entry opened, so a paragraph opens there, however full the line above (a list printed
    without blank lines runs its entries on otherwise).

    >>> [opens_on_a_bullet(text) for text in ("⚫每周开放两天", "•另设热线", "  ◆ 第二项", "今天⚫开放")]
    [True, True, True, False]
    """
    return bool(_BULLET.match(text))


def is_epigraph(paragraphs: Sequence[str]) -> bool:
    """A quotation wholly in quotes, each of its paragraphs opened by a quote mark and the last
    closed by one, signed on a line of its own by who said it (a "——" and a name, no clause mark,
    no stop): an epigraph, printed at the head of a feature and leading into its first section,
    never a text of its own. An editor's note signs off the same way ("——编者"), but in its own
    words, not quoted.

    >>> is_epigraph(["“要把小事当作大事来办。”", "——某某"])
    True
    >>> is_epigraph(["今天本版刊发几篇文章，请读者关注。", "——编 者"])
    False
    >>> is_epigraph(["“要把小事当作大事来办。”", "——某某说，这是一句老话"])
    False
    """
    if len(paragraphs) < 2:
        return False
    *quotation, signature = (paragraph.strip() for paragraph in paragraphs)
    return (
        signature.startswith(DECK_MARK)
        and not CLAUSE.search(signature)
        and not ends_sentence(signature)
        and all(paragraph.startswith(("“", "「")) for paragraph in quotation)
        and quotation[-1].endswith(("”", "」"))
    )


def is_unmarked_byline(text: str) -> bool:
    """A byline printed without its "■": titles and names only.

    >>> [is_unmarked_byline(text) for text in ("本报记者 刘裕国", "記者 林勵 實習記者 梁穎欣", "本报记者 贺 勇", "记者了解到", "本报记者 贺 勇摄", "本报记者 何 聪整理")]
    [True, True, True, False, False, False]
    """
    text = text.strip()
    if text[:1] not in _TITLE_INITIALS or " " not in text and "\u3000" not in text:
        return False  # most lines: no reporter's title opens them, told without the pattern
    # "本报记者 贺 勇摄" credits a photo; "本报记者 何 聪整理" signs off the text above it
    return bool(_UNMARKED_BYLINE.fullmatch(text)) and not CREDIT_END.search(text) and not text.endswith(COMPILED)


def is_wrapped_byline(texts: list[str]) -> bool:
    """A byline without its "■" whose names the column wrapped under its reporter's title
    ("本报记者" | "林 海"): the title alone on its line, titles and names only once joined.
    A title alone opens no sentence, so the lines under it can only be the names it introduces.

    >>> is_wrapped_byline(["本报记者", "林 海"]), is_wrapped_byline(["本报记者", "林", "海"]), is_wrapped_byline(["本报记者", "走访了村里，看到"]), is_wrapped_byline(["本报记者 林海"])
    (True, True, False, False)
    """
    return len(texts) > 1 and bool(REPORTER_TITLE.fullmatch(texts[0].strip())) and is_unmarked_byline(" ".join(text.strip() for text in texts))


def signs_off(text: str) -> bool:
    """Reporters' titles and names that end on 整理 ("compiled by"): printed under the text they
    compiled (an interview, remarks of several speakers), its last line, not a byline that
    opens the next article.

    >>> signs_off("本报记者  徐锦庚  潘俊强整理"), signs_off("本报记者 何 聪"), signs_off("记者整理了材料")
    (True, False, False)
    """
    if not text.rstrip().endswith(COMPILED):
        return False  # most lines, told at once
    text = text.strip()
    return text[:1] in _TITLE_INITIALS and bool(_UNMARKED_BYLINE.fullmatch(text))


COMPILED = "整理"


def label_runs_into_its_code(line: Line, following: Line) -> bool:
    """A reference's label ends the line and its code opens the next ("案件編號：" |
    "HCCC147/2021"): one line the wrap cut, though the colon reads as a sentence's end.

    >>> label_runs_into_its_code(Line(1, "案件編號："), Line(2, "HCCC147/2021"))
    True
    """
    label = line.text.strip()
    if "：" not in label and ":" not in label:
        return False  # most lines: no label there, decided without joining the two
    return bool(REFERENCE.fullmatch(label + following.text.strip()))


def closed_at_block_end(unit_lines: Sequence[Line]) -> bool:
    """Bylines, credits (also one printed after a caption), decks and column tags never run
    on into the next column."""
    return _is_deck_unit(unit_lines) or any(CREDIT_MARK in line.text for line in unit_lines) or bool(COLUMN_TAG.fullmatch(unit_lines[-1].text.strip()))


def opens_a_marked_lede(unit_lines: Sequence[Line], config: Config = DEFAULT) -> bool:
    """A "■" only at the unit's start, before an unspaced clause that names no reporter or
    photographer, or an unspaced run longer than two names (`runs_past_two_names`): an
    editor's lede of prose ("■有人把监管比作猫捉老鼠，" | "…可谓"), which a column jump cuts like
    any paragraph, not a byline or a credit.

    >>> [opens_a_marked_lede([Line(1, text), Line(2, "环保监管遭遇了鼠患。")]) for text in ("■有人把监管比作猫捉老鼠，可谓", "■本报记者 王明，李华", "■两国签署的这项协定对地区", "■李华")]
    [True, False, True, False]
    """
    first = unit_lines[0].text.strip()
    if first.startswith(CREDIT_MARK):
        first = CREDIT_MARK + first[len(CREDIT_MARK) :].lstrip()  # "■ 一个…": the space after the mark sets off no name
    if not first.startswith(CREDIT_MARK) or any(CREDIT_MARK in line.text for line in unit_lines[1:]) or CREDIT_MARK in first[1:]:
        return False
    prose = bool(_COMMA.search(first)) or runs_past_two_names(first, config)
    return prose and len(first.split()) == 1 and not REPORTER_TITLE.search(first) and not _PHOTO_MARK.search(first)


def runs_past_two_names(marked: str, config: Config = DEFAULT) -> bool:
    """A "■" and more characters after it than two names hold (`Config.name_max_chars`): where
    they run unspaced with no reporter's title, prose, for a byline's names are spaced.

    >>> runs_past_two_names("■两国签署的这项协定对地区"), runs_past_two_names("■欧阳明高李华")
    (True, False)
    """
    return len(marked.strip()) - len(CREDIT_MARK) > 2 * config.name_max_chars


def _is_deck_unit(unit_lines: Sequence[Line]) -> bool:
    """A deck opens its unit, or hangs under the one title line before it, and ends no sentence
    inside. Prose may set a dash at a line's start ("——竹编篮子、泥塑娃娃、手工" inside a
    paragraph), and a paragraph may open with one ("——沿线村镇积极推动农业现代" | "化，…奇迹”。第二次…")."""
    if not (is_deck(unit_lines[0]) or len(unit_lines) <= 2 and is_deck(unit_lines[-1])):
        return False
    return not INNER_SENTENCE_MARK.search(BRACKETED.sub("", "".join(line.text.strip() for line in unit_lines)))


def credit_goes_on(line: Line, following: Line) -> bool:
    """A "■" credit the wrap cut before its "摄" ("…■新华社记者 王" | "建威 摄"): one credit.

    >>> credit_goes_on(Line(1, "…春耕做准备。■新华社记者 王"), Line(2, "建威 摄"))
    True
    >>> credit_goes_on(Line(1, "■新华社记者 王建威 摄"), Line(2, "建威 摄"))
    False
    >>> credit_goes_on(Line(1, "■田豆豆 何长青 饶茜 摄影报"), Line(2, "道"))
    True
    """
    if CREDIT_MARK not in line.text:
        return False
    credit, rest = line.text.rsplit(CREDIT_MARK, 1)[-1], following.text.strip()
    if not _PHOTO_MARK.search(credit):
        return bool(_CREDIT_TAIL.fullmatch(rest))
    return len(rest) <= 2 and word_bridges(credit.strip(), rest)  # "…摄影报" | "道"


def is_credit_line(line: Line) -> bool:
    """"■新华社记者 王建威 摄": the credit printed under a photo caption."""
    return bool(_CREDIT_LINE.match(line.text))


def set_across_columns(lines: Sequence[Line], column: float, config: Config = DEFAULT) -> bool:
    """One line far wider than the column around it that ends no sentence: a headline printed
    across columns, clauses and all ("李父求情信：兒在囚中仍常幫助囚友 「…內心絞痛，我整夜難眠」").
    Running text never outgrows its column; a flat dump measures none (column 0).

    >>> set_across_columns([Line(1, "青山县县长同邻县县长举行年度会谈，推动两县迈向合作共赢时代")], 26)
    True
    >>> set_across_columns([Line(1, "青山县县长同邻县县长举行年度会谈。推动两县迈向合作共赢时代")], 26)
    False
    """
    if len(lines) != 1 or not outside_column(lines[0], column, config):
        return False
    text = BRACKETED.sub("", lines[0].text.strip())
    return not ends_sentence(text) and not clearly_unfinished(text) and not INNER_SENTENCE_MARK.search(text)


def printed_as_banner(text: str) -> bool:
    """A series banner ("深化改革 砥砺前行·记者调查") or a column's label ("·一线见闻"): furniture by shape.

    >>> printed_as_banner("深化改革 砥砺前行·记者调查"), printed_as_banner("我家屋后10亩园（聚焦农村改革·我的故事）")
    (True, False)
    """
    return bool(SERIES_BANNER.search(text) or COLUMN_LABEL.match(text))


def stacked_question(lines: Sequence[Line], column: float, config: Config = DEFAULT) -> bool:
    """A headline that asks or exclaims, stacked in short lines ("回顧英國" | "1992年大選民調失準" |
    "對今日選舉預測有何啟示？"): two lines or more (a Hong Kong headline's two halves are often
    cut again) up to `Config.title_max_lines`, none wider than the column, and the last one
    short of it or one above it short by more than an indent (a headline set in the body's
    column wraps at its measure, and a paragraph's lines above its last fill it), one
    question or exclamation at the end and no other mark. A question on one line stays a
    paragraph ("咋种好麦子？").

    >>> stacked_question([Line(1, "回顧英國"), Line(2, "對今日選舉預測有何啟示？")], 40)
    True
    >>> stacked_question([Line(1, "重溫舊事"), Line(2, "2000年那場球賽裁決"), Line(3, "對今日聯賽之爭有何啟示？")], 24)
    True
    >>> stacked_question([Line(1, "咋种好麦子？")], 40), stacked_question([Line(1, "各地农民今年最关心"), Line(2, "的是咋种好麦子？")], 18)
    (False, False)
    """
    text = "".join(line.text.strip() for line in lines)
    if not 2 <= len(lines) <= config.title_max_lines or column <= 0 or text[-1:] not in "？！?!":
        return False
    unwrapped = lines[-1].width < column - config.full_slack or any(line.width < column - config.full_slack - config.indent for line in lines[:-1])
    return unwrapped and all(line.width <= column for line in lines) and not _ANY_MARK.search(text[:-1])


def wrapped_as_prose(lines: Sequence[Line], column: float, config: Config = DEFAULT) -> bool:
    """Three lines or more of clauses wrapped at the column's measure (the first short by an
    indent at most), the wrap cutting a word between two of them ("…看待胜负的辩" | "证心态、…"):
    a paragraph that stops without its mark (a lede), not a title. A headline wrapped in lines of
    one width may cut a word too ("…载入联合" | "国人权…"), but holds no clause mark; an
    intertitle wrapped greedily ("返乡投身新战场，优" | "秀退伍老兵…") is set narrower than the column.

    >>> lede = ["多一点冷静看待得失的辩", "证眼光、多一点及时调整方法", "的务实做法，这对农户和合作", "社来说都是好选择"]
    >>> wrapped_as_prose([Line(number, text) for number, text in enumerate(lede)], 26)
    True
    >>> wrapped_as_prose([Line(1, "青山生态保护区"), Line(2, "规划首次写入国家"), Line(3, "级生态名录新版本")], 16)
    False
    >>> wrapped_as_prose([Line(1, "返乡投身新战场，优"), Line(2, "秀退伍老兵成致富带"), Line(3, "头好榜样")], 32)
    False
    """
    if len(lines) < 3 or not column or not any(CLAUSE.search(line.text) for line in lines):
        return False
    inner = [line.width for line in lines[1:-1]]
    if min(inner) < column - config.full_slack or max(inner) > column + config.full_slack:
        return False
    if not column - config.indent - config.full_slack - 1 <= lines[0].width <= column + config.full_slack:
        return False
    return any(word_bridges(line.text.strip(), following.text.strip()) for line, following in itertools.pairwise(lines))


def looks_like_title(lines: Sequence[Line], config: Config = DEFAULT) -> bool:
    """Short lines that do not end a sentence (a trailing column tag does not count).

    >>> looks_like_title([Line(1, "强化政治担当"), Line(2, "聚焦核心任务")])
    True
    >>> looks_like_title([Line(1, "市委坚持以党的政治建设为统领，履行全面从严治党主体责任。")])
    False
    """
    if len(lines) > config.title_max_lines:
        return False
    texts = tuple(line.text.strip() for line in lines)
    if sum(map(len, texts)) > config.title_max_chars:
        return False  # decided before the cache, which so holds only short texts
    return _title_shaped(texts, config.title_max_lines, config.title_max_chars, config.title_line_max_chars)


def without_trailing_tag(text: str) -> str:
    """The text before the column tag that closes it ("平常心看待得失（田间笔记）": "平常心看待得失").

    >>> without_trailing_tag("平常心看待得失（田间笔记）"), without_trailing_tag("比分定格。")
    ('平常心看待得失', '比分定格。')
    """
    return _TRAILING_TAG.sub("", text)


def closed_by_a_column_tag(text: str) -> bool:
    """A headline closed by its column tag ("平常心看待得失（田间笔记）"): its bracket ends no sentence.

    >>> closed_by_a_column_tag("平常心看待得失（田间笔记）"), closed_by_a_column_tag("（田间笔记）"), closed_by_a_column_tag("比分定格。")
    (True, False, False)
    """
    return text.rstrip().endswith(("）", ")")) and bool(_TRAILING_TAG.search(text))  # most lines end on no bracket: no pattern asked


@lru_cache(maxsize=1 << 14)
def _title_shaped(texts: tuple[str, ...], max_lines: int, max_chars: int, line_max_chars: int) -> bool:
    """`looks_like_title` on the lines' stripped texts, kept a while: the unwrapper, the join
    model and the classifier ask it of the same lines two or three times each. (Keyed on the
    three thresholds it reads, not on the whole Config, which fitted weights make unhashable.)"""
    text = "".join(texts)
    if len(texts) > max_lines or len(text) > max_chars or not text.strip():
        return False
    long_lines = [line for line in texts if len(line) > line_max_chars]
    if long_lines and (len(texts) > 1 and _long_by_its_own_words(long_lines, texts, line_max_chars) or CLAUSE.search(without_trailing_tag(text))):
        return False  # a long line with a clause mark, not one in its column tag ("（…“学技术、促增收”主题活动）")
    if jump_line(text) or _SIGN_OFF.match(text) or match_dateline(text):
        return False
    if any(count for mark, count in bracket_balance(text)[0].items() if mark in QUOTE_OPENERS):
        return False  # lines that leave a quotation open: the text goes on ("“我独自走过山岗，" | "像一阵风")
    if text.rstrip()[-1:] in CLAUSE_MARKS | _SEMICOLONS or INNER_SENTENCE_MARK.search(BRACKETED.sub("", text)):
        return False
    if _TRAILING_TAG.search(text) or _LABEL.fullmatch(text):
        return True
    # No title stops on a word that links it to more ("这是“城南双雄”在").
    return not ends_sentence(text) and not ends_on_link(text)


def _long_by_its_own_words(long_lines: list[str], texts: tuple[str, ...], line_max_chars: int) -> bool:
    """Is a title's line longer than a title line is by its own words, not only by the column
    tag on its last line ("山坡披绿果满枝" | "白墙灰瓦新房起（某某专栏——来自某地的系列报道之一）"):
    a tag is set on the headline's last line however long the series' name.

    >>> _long_by_its_own_words(["白墙灰瓦新房起（某某专栏——来自某地的系列报道之一）"], ("山坡披绿果满枝", "白墙灰瓦新房起（某某专栏——来自某地的系列报道之一）"), 30)
    False
    >>> _long_by_its_own_words(["村里开了不下二十次会议，能找的人都找了，能说的话都说了"], ("村里开了不下二十次会议，能找的人都找了，能说的话都说了", "一"), 30)
    True
    """
    return long_lines != [texts[-1]] or len(_TRAILING_TAG.sub("", texts[-1])) > line_max_chars


# An entry of a list set out line by line: "（b）…", "(c) …", "二、…", "3. …" after a colon or a
# semicolon ("…包括：" | "「(a) 有關…"; "…條件；" | "(b) 涉及…"; "…限制；及" | "(c) …").
_ENTRY_START = regex.compile(r"^\s*[「“]?(?:[（(](?:[a-zA-Z]|\d{1,2}|[一二三四五六七八九十]{1,3})[）)]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.．、](?!\d))")
_ENTRY_BEFORE = regex.compile(r"[：:；;][及或和]?\s*$")
# What `_ENTRY_BEFORE` cannot match without, searched with `re` (a set asked of the text's end
# would make a string of each of its characters).
_ENTRY_MARK = re.compile("[：:；;]")


# An entry's number inside a line, after the colon or the semicolon before it ("…如下：1.", "…；3."):
# the list runs its entries on in a paragraph.
_ENTRY_RUN_IN = regex.compile(r"\S\s*[：:；;]\s*(?:[（(](?:[a-zA-Z]|\d{1,2}|[一二三四五六七八九十]{1,3})[）)]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.．、](?!\d))")


def opens_an_entry(text: str, following: str) -> bool:
    """The next line (or paragraph) opens an entry of a list introduced or continued by this one,
    a list set out an entry a line: where the line holds an entry that opens inside it
    ("…基金会；3.某某协会；" | "4.某某中心"), the list runs its entries on and the wrap put the
    next one at the start of a line.

    >>> opens_an_entry("區議會撥款限額；及", "（c）學校和家長共同關")
    True
    >>> opens_an_entry("會議認為，當前要做好三件事：", "2017年，全省經濟穩中向好")
    False
    >>> opens_an_entry("2.某某基金会；", "3.某某协会；"), opens_an_entry("基金会；2.某某协会；", "3.某某中心；")
    (True, False)
    """
    end = text[-3:]
    if not _ENTRY_MARK.search(end):
        return False  # most lines: no colon or semicolon at their end, told before the patterns
    return bool(_ENTRY_BEFORE.search(end) and _ENTRY_START.match(following)) and not _ENTRY_RUN_IN.search(text)  # "；及" and a space at most


# A step or an item numbered in words and labelled with a colon ("第二步：", "第3条："): the
# number, the word it counts (one character or none) and the colon.
_NUMBERED_LABEL = regex.compile(r"^\s*第(?P<number>[一二三四五六七八九十]{1,3}|\d{1,2})(?P<counts>\p{Han}?)[：:]")
_DIGITS = {character: value for value, character in enumerate("一二三四五六七八九", 1)}


def _counted(number: str) -> int:
    """The value of a number of one or two places, in digits or in words ("十二" -> 12).

    >>> _counted("3"), _counted("九"), _counted("十"), _counted("十二"), _counted("二十"), _counted("二十三")
    (3, 9, 10, 12, 20, 23)
    """
    if number.isdigit():
        return int(number)
    tens, _, ones = number.rpartition("十")
    if "十" not in number:
        return _DIGITS.get(ones, 0)
    return (_DIGITS.get(tens, 0) if tens else 1) * 10 + _DIGITS.get(ones, 0)


def opens_on_a_numbered_label(text: str) -> bool:
    """Does the line open on a numbered label ("第三步：")? The cheap half of
    `numbers_the_next_entry`, asked first of every line.

    >>> opens_on_a_numbered_label("第三步：沿中线剪开"), opens_on_a_numbered_label("第三季度，产量回升")
    (True, False)
    """
    return "第" in text and bool(_NUMBERED_LABEL.match(text))  # most lines hold no 第: no pattern asked


def numbers_the_next_entry(unit: Sequence[str], following: str) -> bool:
    """The line after a paragraph's lines opens on the number after the one its last numbered
    line opens on, with the same label ("第二步：把纸对折；" | "第三步：沿中线剪开"): a list of
    steps set out one to a paragraph, so a new entry, however short or full the line before it
    is and whatever mark ends it. A paragraph that runs on from the line above its first step
    ("准备材料：剪刀" | "第一步：…") still parts at the next step.

    >>> numbers_the_next_entry(["第二步：把纸对折；"], "第三步：沿中线剪开")
    True
    >>> numbers_the_next_entry(["准备：剪刀", "第一步：把纸", "对折；"], "第二步：沿中线剪开")
    True
    >>> numbers_the_next_entry(["第二步：把纸对折；"], "第四步：沿中线剪开"), numbers_the_next_entry(["第二步：把纸对折；"], "第三条：沿中线剪开")
    (False, False)
    >>> numbers_the_next_entry(["先把纸对折；"], "第三步：沿中线剪开")
    False
    """
    next_one = _NUMBERED_LABEL.match(following)
    if not next_one:
        return False
    opening = next((found for found in map(_NUMBERED_LABEL.match, reversed(unit)) if found), None)
    return bool(
        opening
        and next_one
        and opening.group("counts") == next_one.group("counts")
        and _counted(next_one.group("number")) == _counted(opening.group("number")) + 1
    )


# Who speaks a turn of an exchange, opening its paragraph: a name or a post of one to six
# characters and a colon ("记者：", "李：", "王家明法官："), not a clause that reports speech
# ("郑玄注：", "他告诉记者：", "楊質疑：", "村民劝他："), which runs on in a paragraph of narration.
_TURN = regex.compile(r"^\s*(?P<who>[\p{Han}·]{1,6})[：:](?=\s*\S)")
_NARRATES = regex.compile(
    r"(?:说|說|道|曰|云|称|稱|问|問|答|注|写|寫|表示|指出|指|认为|認為|强调|強調|介绍|介紹|回应|回應|质疑|質疑|"
    r"告诉(?:记者)?|告訴(?:記者)?|宣布|规定|規定|要求|提出|包括|如下|例如|比如|评价|評價|劝|勸|慨嘆|慨叹|高喊|喊|起|即|为|為|是|有|和|及|他|她|我|你|它|们|們)$"
)

# A label that opens on a personal pronoun ("他提醒：", "她补充："): a sentence's subject and its
# verb, narration that reports what was said; a turn names its speaker by name or role.
# The pronoun stands as a word of its own: "我国代表：", "我方代表：" name a speaker by role.
_A_PRONOUN_SPEAKS = regex.compile(r"[他她它我你佢咱][们們]?")

# A photographer's credit on a line of its own, its "■" not printed: "江宏景摄", "本报记者贺勇摄",
# "新华社记者 张三 摄"; not a clause that ends on the verb ("…进行拍摄").
_UNMARKED_CREDIT = regex.compile(rf"^\s*(?:{REPORTER_TITLE_PATTERN})?[ \u3000]*{_NAME}(?:[ \u3000]+{_NAME})*(?<!拍)[ \u3000]*[摄攝]\s*$")


def credits_a_photo(text: str) -> bool:
    """A line that is a photographer's credit and nothing more, printed without its "■".

    >>> [credits_a_photo(text) for text in ("江宏景摄", "本报记者贺勇摄", "新华社记者 张三 摄", "由记者拍摄", "游业等产业一起发展的路子。")]
    [True, True, True, False, False]
    """
    return bool(_UNMARKED_CREDIT.match(text))


def opens_a_turn(text: str) -> bool:
    """The line opens a turn of an exchange: who speaks, then a colon ("周：在你接獲指示…").
    One character names a speaker or asks and answers ("問：", "答："); a longer label that ends
    on a verb of saying or on whom it is said to is narration ("他告诉记者：", "欧公曰：", "村民劝他：").

    >>> [opens_a_turn(text) for text in ("记者：一段时间以来，", "王家明法官：我不太明", "問：你有沒有", "他告诉记者：", "郑玄注：“罍，", "村民劝他：“李书记")]
    [True, True, True, False, False, False]

    A label that opens on a personal pronoun is a subject and its verb, whatever the verb: "他补充：".

    >>> opens_a_turn("他补充：“这批设备下月到货。”"), opens_a_turn("我：今年的收成不错。")
    (False, True)
    """
    match = _TURN.match(text)
    if not match:
        return False
    who = match.group("who")
    return len(who) == 1 or not _NARRATES.search(who) and not _a_pronoun_speaks(who)


def _a_pronoun_speaks(who: str) -> bool:
    """Does the label open on a personal pronoun standing as a word of its own ("他|补充"), not
    on a word it opens ("我国|代表", "我方|代表", "我校|校长")?

    >>> [_a_pronoun_speaks(who) for who in ("他补充", "他们表示", "我国代表", "我方代表")]
    [True, True, False, False]
    """
    start, end = token_spans(who)[0]
    return bool(_A_PRONOUN_SPEAKS.fullmatch(who[start:end]))


# A figure printed alone ("12.56亿人", "10.5%", "318家"): a data box's entry inside an article,
# neither a title of its own nor a banner (right under another line, it may end a headline:
# "去年检出问题样品" | "122万次"). Not a page number ("3") nor a date ("2月4日").
_FIGURE = regex.compile(rf"\d[\d.,]*\s*(?:[%％]|[多余餘]?[十百千万萬亿億]{{0,2}}[多余餘]?(?:{alternation(FIGURE_UNITS)})|[多余餘]?[万萬亿億]{{1,2}})")
_NUMBER = regex.compile(r"\d[\d.,]*")


def is_a_figure(text: str) -> bool:
    """A line that is a figure alone, a data box's entry ("318家", "10.5%", "12.56亿人"), not a
    page number nor a date.

    >>> [is_a_figure(text) for text in ("318家", "10.5%", "2月4日", "3", "共318家")]
    [True, True, False, False, False]
    """
    return bool(_FIGURE.fullmatch(text.strip()))


def explains_a_figure(figure: str, line: str) -> bool:
    """Is `line` the one that explains `figure` in a data box: `figure` a figure alone
    (`is_a_figure`), its number repeated in `line`? A box of figures, each over the line that
    says what it counts, opens a text or heads it.

    >>> explains_a_figure("318家", "全国共有318家企业参与评选")
    True
    >>> explains_a_figure("12.5%", "去年营收增长12.5%")
    True
    >>> explains_a_figure("318家", "某地评选揭晓")  # a title that leaves the figure out
    False
    >>> explains_a_figure("共有318家企业。", "全国共有318家企业参与评选")  # no figure alone above
    False
    """
    number = _NUMBER.match(figure.strip())
    return is_a_figure(figure) and number is not None and number.group().rstrip(".,") in line
