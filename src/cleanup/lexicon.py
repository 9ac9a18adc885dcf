"""Word boundaries from a dictionary (`cleanup.segment`), for the repairs that must tell words apart.

Traditional text is looked up in simplified form, since the dictionary is simplified.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from cleanup.cues import CLASSIFIERS, LEANING_ADVERBS, LINKING_WORDS
from cleanup.script import to_simplified
from cleanup.segment import dictionary

# A line ending in a bare number ("共有9" | "家企业", "新华社杭州5月12" | "日电") was cut.
_BARE_NUMBER_END = regex.compile(r"\d$")
_NUMBER_END = regex.compile(r"\d[年月]?$|\d[.,]$")
_NUMBER_START = regex.compile(r"\d")
# A space or a mark, except those the segmenter keeps inside words ("C++", "3.5%"): no word holds one.
_NO_WORD_EDGE = regex.compile(r"[\p{P}\s](?<![+#&._%\-])")
_LINK_ENDINGS = frozenset(word[-1] for word in LINKING_WORDS)
# The dictionary's parts of speech that link what comes before to what follows: prepositions
# and conjunctions. No headline, kicker, deck or intertitle of the tune texts ends on one.
_LINKING_TAGS = frozenset({"p", "c"})


@lru_cache(maxsize=1 << 14)
def word_tag(word: str) -> str | None:
    """The word's part of speech in the dictionary ("v" verb, "n" noun...), None if it is no word.
    The tests ask it of the same few characters at a line's end, several times a page (nine
    calls in ten on the tune pages repeat one): each is converted and looked up once."""
    return dictionary().tag(to_simplified(word))


@lru_cache(maxsize=1 << 16)
def token_spans(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each dictionary word in the text's best segmentation. The same few
    characters around line joins come back page after page: each is segmented once."""
    spans, start = [], 0
    for token in dictionary().words(to_simplified(text)):
        spans.append((start, start + len(token)))
        start += len(token)
    return tuple(spans)


def _two_words_side_by_side(text: str, start: int, cut: int, end: int, least_used: int) -> bool:
    """Is the word text[start:end] that the join at `cut` cuts a compound the dictionary uses
    fewer than `least_used` times, made of a word on each side ("执法|违法")?"""
    if not least_used:
        return False
    frequency = dictionary().frequency
    if frequency(to_simplified(text[start:end])) >= least_used:
        return False
    return frequency(to_simplified(text[start:cut])) > 0 and frequency(to_simplified(text[cut:end])) > 0


def word_bridges(left: str, right: str, context: int = 3, narrowest: int | None = None, least_used: int = 0) -> bool:
    """Does a word or a number run across the join of `left` and `right` ("中央国" + "家机关",
    "2016年9月" + "15日")? With `narrowest`, narrower contexts are asked too: a longer word
    on one side can hide the word across ("供暖费" | "用表" reads "供暖费|用" three wide,
    "暖|费用" two wide). With `least_used`, a compound the dictionary counts fewer times, of a
    word on each side, does not count: "执法|违法" is two words set side by side, where
    "科研机|构" cuts one.

    >>> word_bridges("村民对供暖费", "用表示认可"), word_bridges("村民对供暖费", "用表示认可", narrowest=2)
    (False, True)
    >>> word_bridges("加强日常执法", "违法占用耕地"), word_bridges("加强日常执法", "违法占用耕地", least_used=20)
    (True, False)
    """
    if _BARE_NUMBER_END.search(left) or _NUMBER_END.search(left) and _NUMBER_START.match(right):
        return True
    if not left or not right or _NO_WORD_EDGE.match(left[-1]) or _NO_WORD_EDGE.match(right[0]):
        return False  # nothing to segment
    for width in range(narrowest or context, context + 1):
        before, after = left[-width:], right[:width]
        cut = len(before)
        joined = before + after
        if any(start < cut < end and not _two_words_side_by_side(joined, start, cut, end, least_used) for start, end in token_spans(joined)):
            return True
    return False


def ends_on_link(text: str, context: int = 6) -> bool:
    """Does the text stop on a word that joins it to what follows ("…由街道办事处与",
    "…主要是由于")? A title or a finished clause never does; "反对" and "参与" are
    words of their own and do not count.

    >>> ends_on_link("由街道办事处与"), ends_on_link("坚决反对")
    (True, False)
    """
    tail = to_simplified(text.strip()[-context:])
    if tail[-1:] not in _LINK_ENDINGS:
        return False  # no linking word ends so: no need to find the words
    spans = token_spans(tail)
    return bool(spans) and tail[spans[-1][0] :] in LINKING_WORDS


def ends_on_a_linking_word_class(text: str, context: int = 6) -> bool:
    """Does the text stop on a word the dictionary holds as a preposition or a conjunction
    ("…这些做法比", "…看似简单但"), beyond the list `ends_on_link` knows? No title ends on
    one, but a title's line may, where the title wraps ("信贷政策按" | "二套房执行"): this
    tells where text runs on, not what is a title.

    >>> ends_on_a_linking_word_class("这些做法比"), ends_on_a_linking_word_class("坚决反对")
    (True, False)
    """
    tail = to_simplified(text.strip()[-context:])
    tag = dictionary().tag
    if tag(tail[-1:]) not in _LINKING_TAGS and tag(tail[-2:]) not in _LINKING_TAGS:
        return False  # no such word of one or two characters ends it: no need to find the words
    spans = token_spans(tail)
    return bool(spans) and tag(tail[spans[-1][0] :]) in _LINKING_TAGS


def ends_on_an_adverb(text: str, context: int = 6) -> bool:
    """Does the text stop on an adverb of one character standing as a word ("…但慢慢也",
    "…今年收入都", "…色情问题仍": one that leans on a subject counts whatever the dictionary
    tags it)? It waits for the verb it modifies: no title or sentence ends so.

    >>> ends_on_an_adverb("但我慢慢也"), ends_on_an_adverb("他们都来自成都"), ends_on_an_adverb("网络色情问题仍")
    (True, False, True)
    """
    tail = text.strip()[-context:]
    if tail[-1:] not in LEANING_ADVERBS and word_tag(tail[-1:]) != "d":
        return False  # no adverb of one character: no need to find the words
    spans = token_spans(tail)
    return bool(spans) and spans[-1][1] - spans[-1][0] == 1


# Structural particles ("的", "地", "得", "之"): each ties what comes before it to a word after.
_STRUCTURAL_PARTICLES = frozenset({"uj", "uv", "ud", "u"})


_COUNT_END = regex.compile(
    rf"(?<!第)(?:\d|[一二两兩三四五六七八九十百千万萬亿億几幾数數])[\d一二两兩三四五六七八九十百千万萬亿億多余餘]*[{''.join(sorted(CLASSIFIERS))}]$"
)


def ends_on_a_count(text: str) -> bool:
    """Does the text stop on a number and a measure word ("…筑起千栋", "…选派了三名")? What is
    counted follows; an ordinal ("第三名") or a span of time ("三十年") may end a phrase.

    >>> ends_on_a_count("从业20年来，盖起百栋"), ends_on_a_count("荣获第三名"), ends_on_a_count("坚守三十年")
    (True, False, False)
    """
    return bool(_COUNT_END.search(text.strip()))


def ends_on_a_particle(text: str, context: int = 6) -> bool:
    """Does the text stop on a structural particle standing as a word ("…思想政治工作的")? The
    noun or verb it ties to follows: no half of a title, no sentence ends so.

    >>> ends_on_a_particle("抓好乡村文化建设工作的"), ends_on_a_particle("实现目的")
    (True, False)
    """
    tail = text.strip()[-context:]
    if word_tag(tail[-1:]) not in _STRUCTURAL_PARTICLES:
        return False  # no particle of one character: no need to find the words
    spans = token_spans(tail)
    return bool(spans) and spans[-1][1] - spans[-1][0] == 1
