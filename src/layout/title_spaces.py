"""The space between two title lines: kept where the print breaks between a headline's halves
("减排又赚钱" | "村民笑开颜"), none where it wraps one phrase ("市政府出台措施助推" | "中小企业发展").

The annotations join a headline's halves with one space and a wrapped phrase with none; the
dump shows only the line break, so the words on either side decide.
"""

from __future__ import annotations

import regex

from cleanup.config import Config
from cleanup.lexicon import (
    ends_on_a_particle,
    ends_on_link,
    token_spans,
    word_bridges,
    word_tag,
)
from cleanup.marks import closes_what_it_did_not_open
from cleanup.script import to_simplified
from layout.titles import NAMED_LEAD

_CLAUSE_MARK = regex.compile(r"[，、；,;]")
_NUMERAL_START = regex.compile(r"第?[一二三四五六七八九十百千万两兩〇零]")
_PUNCTUATION = regex.compile(r"[\p{P}\p{S}]")
# A half may end on a closing quote ("“探头前移”"), never on an opening mark or a stop.
_OPENING_OR_MARK = regex.compile(r"[\p{Ps}\p{Pi}。！？：!?:]")
# A column tag's brackets: the words left open at a line's end, and where one opens or closes.
_TAG_LEFT_OPEN = regex.compile(r"[（(]([^（()）]+)$")
_TAG_OPENING = regex.compile(r"[（(]")
_TAG_CLOSING = regex.compile(r"[）)]")
# A label in lenticular brackets ("【快讯】") runs on into its headline, with no space after it.
_LABEL_CLOSING = regex.compile(r"】\s*$")
# What leads a half in: a label, or who speaks and a colon ("【快讯】", "张三："); no part of
# the half whose length is weighed against the other's. A colon between digits is a score or
# a time ("2:1", "10：30"), no lead-in.
_LEAD = regex.compile(r"^(?:【[^【】]*】|[^：:]{1,12}(?:(?<!\d)[：:]|[：:](?!\d)))+")
# Words that lean on a verb to come: an adverb ("一同", "就"), and a preposition in a line that
# holds no verb ("向3个县", "在高原牧区").
_ADVERB_TAG = "d"
_PREPOSITION_TAG = "p"


def between_title_lines(left: str, right: str, article_text: str, config: Config) -> str:
    """A space where the print breaks between two halves, none where it wraps one phrase.

    Never a space where a word or number runs across the join ("穿针引" | "线"), punctuation
    meets it, the left line stops on a linking word or a particle ("…工作的" | "着力点"), or the
    right one goes on with its phrase (`_runs_into`) or opens on a count of it (`_counts_on`),
    the left one is a label ("【快讯】") or stops short of its verb (`_waits_for_its_verb`). A right line that opens on who speaks
    ("分析：", "辯方：") starts a half. Two lines of about equal length are halves unless the
    article prints the phrase unbroken ("空间探索" | "与创新") or a clause mark shows one sentence
    wrapped; a lead-in (a label, who speaks and a colon) is no part of the half it leads, and a
    column tag no part of the half it follows ("跑步有讲究" | "巧练更开心（我运动"),
    and one wrapped inside its brackets is weighed on its own words ("（我运动" | "我快乐）"); a
    bracket or quote closed on the right line that did not open as a tag closes no half.
    """
    if word_bridges(left, right, config.bridge_context) or _OPENING_OR_MARK.match(left[-1:]) or _PUNCTUATION.match(right[:1]):
        return ""
    if ends_on_link(left) or ends_on_a_particle(left) or _runs_into(left, right, config) or _counts_on(left, right):
        return ""
    if _LABEL_CLOSING.search(left) or _waits_for_its_verb(left, right):
        return ""
    if closes_what_it_did_not_open(right):
        # a column tag wrapped inside its brackets: its own halves ("（我运动" | "我快乐）") or none
        inside = _TAG_LEFT_OPEN.search(left)
        if inside is None:
            return ""
        left, right = inside.group(1), _TAG_CLOSING.split(right, maxsplit=1)[0]
    elif NAMED_LEAD.match(right):
        return " "  # "…漸見脈絡" | "分析：峯會…": who speaks opens the headline's second half
    else:
        right = _TAG_OPENING.split(right, maxsplit=1)[0]  # a half before its column tag
    halves = about_as_long(_LEAD.sub("", left), right, config)
    joined = left[-config.halves_context :] + right[: config.halves_context]
    return " " if halves and joined not in article_text and not _CLAUSE_MARK.search(left + right) else ""


def about_as_long(left: str, right: str, config: Config) -> bool:
    """Two phrases of about one length (`Config.halves_min_chars`, `Config.halves_max_difference`):
    the halves a headline is printed in.

    >>> from cleanup.config import DEFAULT
    >>> about_as_long("小山村变了样", "老院子换新颜", DEFAULT), about_as_long("某县", "老院子换新颜", DEFAULT)
    (True, False)
    """
    shorter, longer = sorted((len(left), len(right)))
    return shorter >= config.halves_min_chars and longer - shorter <= config.halves_max_difference


def _counts_on(left: str, right: str) -> bool:
    """The right line opens on a number ("我国已发布" | "19份…", "青山县一中举行建校" | "90周年…",
    "天舟一号将开展" | "四项…") and the left one does not: the count of what the left line began
    to say, not a half of its own, as a half of parallel numbers would be ("一手抓防控" |
    "一手抓发展").

    >>> _counts_on("我国已发布", "19份国别投资税收指南"), _counts_on("天舟一号将开展", "四项太空实验"), _counts_on("一手抓防控", "一手抓发展")
    (True, True, False)
    """
    return _opens_on_a_number(right) and not _opens_on_a_number(left)


def _opens_on_a_number(text: str) -> bool:
    """Digits, or a word the dictionary tags a numeral that begins with a digit's character or
    the ordinal's "第" ("四项", "第五轮"; not "多元", "首次").

    >>> [_opens_on_a_number(text) for text in ("19份", "四项实验", "第五轮会晤", "多元经营", "首次载入")]
    [True, True, True, False, False]
    """
    text = text.strip()
    if text[:1].isdigit():
        return True
    if not _NUMERAL_START.match(text):
        return False
    start, end = token_spans(text[:8])[0]
    return (word_tag(text[start:end]) or "").startswith("m")


def _runs_into(left: str, right: str, config: Config) -> bool:
    """The right line leans on the left one: it opens on a locative ("视阈" | "下的…"), a
    particle or a passive "被" ("违规占用土地" | "被处罚款…"), none of which opens a half."""
    window = left[-config.halves_context :]
    spans = token_spans(window + right[: config.halves_context * 2])
    first = next(((window + right)[start:end] for start, end in spans if start >= len(window)), "")
    return first.startswith("被") or (word_tag(first) or "").startswith(("f", "u"))


def _waits_for_its_verb(left: str, right: str) -> bool:
    """The left line ends on an adverb ("…一同" | "出席…") or holds a preposition and no verb
    ("…厅向3个县" | "拨付…"): its verb is on the next line. A half that holds its verb may hold
    a preposition too ("上诉至高院", "扎根在基层"). Not where the right line is built as the left
    one, opening on its first word or on a preposition too ("为了孩子" | "为了明天", "在基层扎根"
    | "为群众服务"): parallel halves, neither waiting for the other.

    >>> _waits_for_its_verb("两位市长一同", "出席典礼"), _waits_for_its_verb("志愿者在高原牧区", "开展义诊"), _waits_for_its_verb("上诉至高院", "获准")
    (True, True, False)
    >>> _waits_for_its_verb("为了孩子", "为了明天"), _waits_for_its_verb("在雪山脚下", "为牧民送医")
    (False, False)
    """
    left, right = to_simplified(left), to_simplified(right)
    spans = token_spans(left)
    words = [word_tag(left[start:end]) or "" for start, end in spans]
    if not words:
        return False
    right_spans = token_spans(right)
    if right_spans:
        start, end = right_spans[0]
        if right[start:end] == left[spans[0][0] : spans[0][1]] or word_tag(right[start:end]) == _PREPOSITION_TAG:
            return False
    if words[-1] == _ADVERB_TAG:
        return True
    return _PREPOSITION_TAG in words and not any(tag.startswith("v") for tag in words)
