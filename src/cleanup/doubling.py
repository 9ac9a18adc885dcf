"""OCR doubling ("离退休老老干部") told apart from genuine reduplication.

A wrong repair changes what the text says ("本村廟會年年均是" would become
"年均是", "annual average"), so a doubled character is removed only on strong
evidence; where the evidence is weak the text stays as printed and the pair is
logged as a ``suspect-doubling`` edit for a reader to check.

The evidence is how the word dictionary (`cleanup.segment`) segments a short window around
the pair:

* the pair is one word ("高高", "看看", "实实在在"), or each copy sits in a word of its own
  ("常委会|会议"): genuine, always so for a body by name and the title of who heads it
  ("内政部|部长"), else unless the text without one copy reads as a long word the doubled text
  lacks ("内蒙古自|自治区" -> "内蒙古自治区"), or a word, taking in both whole, the language uses at
  least as often as the rarer of the two ("艺术|术家" -> "艺术家", not "领导小组|组长" -> "领导|小组长"), or
  the text reads far likelier with one copy than with both, word by word ("健身器|器材"), or
  the second word is a conjunction the copy begins ("自然|然而", "由于|于是"), or the pair, a word
  of two on its own, leaves a character stranded that one copy joins into a longer word
  ("座|谈谈|会" -> "座谈会") or into a word the language uses more than the pair ("和|平平|友谊" ->
  "和平"; suspect where that word, a word of two, is only a little commoner, "不|好好|干" ->
  "不好", where it cuts into the word before, "大地|处处" -> "大|地处", or the pair
  follows "一" or "每", "一|团团", one after another, as readily as a slip in "一种|种"); a pair
  between two words that reads as a longer word with one copy too ("紧紧|握住", "紧握住") is
  suspect;
* (a stranded copy that makes a word with the stranded character before it, "他|国|国家" for
  "他国|国家", sits in a word of its own)
* one copy sits in a word and the other is left stranded between words ("离退休|老|老干部"): a
  slip, above all when the text without it reads as one longer word ("副书|书记" -> "副书记");
  but not when the stranded copy can stand alone: a function word after a noun or time
  word it ends ("现在|在|北京", not "存在|在"), a verb before a noun of two it begins ("肩上担|担子",
  not "领|领导人") or after a word it ends, with its aspect mark ("工作|作|了") or an object of
  one character ("采取|取|水"; one of two, "发展|展|农民", is the sentence going on), a measure
  word after 一 ("一张|张"), a character Chinese reduplicates standing free to pair ("年|年均";
  after a word that ends with it, "事件|件|等", only where it begins a word with the next
  character, "标本|本|来自" for "标本|本来|自"), the last character of a body or place whose head
  follows ("法律部|部长", any unit's "刑事庭|庭长", but not after a function word, "和市|市场", where it
  ends no name), or a word the dictionary lacks before it: in traditional text one
  stranded character ("盆|骨|骨折": the dictionary is simplified, and a word of Hong Kong
  usage leaves its characters stranded), in simplified text two, rare words on their own
  as the copy is ("尊|巴|课|课堂", a name the dictionary lacks; one is the slip's, "都说|赶|赶上",
  and so is a common copy, "陈某某这|这样");
* both copies stranded: a slip when the character is a function word ("的的",
  "与与"), a preposition or a pronoun ("由由"), or the text without one reads as a
  longer word ("若即即若离"), else suspect ("黯黯", "哐哐", the name "沈跃跃");
* two pairs side by side that no word reaches into (AABB): the writer's ("瓷瓷实实"), but a pair
  that alone is a slip beside one that alone is the writer's is suspect ("弯弯绕绕", or a slip
  beside a genuine pair, "李李婷婷"), a slip where one copy less reads as an idiom ("栩栩如如生")
  or beside a state adjective ("香香喷喷");
* three copies in a row that the dictionary does not hold as one word
  ("老老老干部", where "哈哈哈" is one): a slip, but not where they close a clause, the
  writer's cry ("买买买！"): suspect;
* a pair that leaves, with one copy, a number written with place values
  ("第二十二二个" -> "第二十二个"): a slip; a number never doubles a character. In a
  number written digit by digit ("二〇二二年") any digit may: suspect.

The page is evidence too: a pair it prints doubled, with the same character on each side,
in another spot as well is the writer's and stays, suspect at most ("滨江市市民中心" twice on a
page). And a suspect pair is a slip where the page prints the same spot elsewhere with one
copy, with a character on each side and one more beyond
("中澳澳省州" where "中澳省州" stands further on), or prints the character with the
two after it, with one copy, again and again ("张张明远" on a page that names "张明远"
twice more); so is a pair the dictionary holds as one word it hardly uses (a place's name,
"嘉阳阳小火车" on a page that prints "嘉阳小火车"). A genuine pair is left alone
however often its one-copy form appears ("保安局局長" beside "保安局長").

Only pairs with Han characters on both sides are judged, which keeps names and
numbers at an edge ("闫杰杰 ", "吴建建）") as printed.

    >>> judge("离退休老老干部", 3)
    'slip'
    >>> judge("人人肩上担担子", 4)
    'suspect'
    >>> judge("让党旗高高飘扬", 3)
    'genuine'
    >>> judge("内蒙古自自治区人民政府", 3), judge("本校前學生會會長", 4)
    ('slip', 'genuine')
    >>> judge("记者张林林报道", 3), judge("记者张林林报道", 3, elsewhere="本报记者张林报道")
    ('suspect', 'slip')
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import partial
from typing import Literal

import regex

from cleanup.config import DEFAULT, Config
from cleanup.cues import (
    ASPECT_MARKS,
    COUNT_WORDS,
    FUNCTION_CHARACTERS,
    PLACE_ENDINGS,
    REDUPLICATING,
    UNIT_ENDINGS,
)
from cleanup.edits import Edit
from cleanup.lexicon import token_spans, word_tag
from cleanup.located import Located
from cleanup.script import to_simplified
from cleanup.segment import dictionary

Verdict = Literal["slip", "suspect", "genuine"]

_DOUBLED = regex.compile(r"(?<=\p{Han})(\p{Han})\1(?=\p{Han})")
# A quick first look for any doubled character of the ranges Han is written in (a superset of
# \p{Han}): the standard library scans for it several times faster, and most paragraphs hold none.
_MAYBE_DOUBLED = re.compile(r"([\u2e80-\u2fdf\u3005-\u303b\u3400-\u9fff\uf900-\ufaff\U00016fe0-\U00016fff\U00020000-\U0003ffff])\1")
_HAN_CHAR = regex.compile(r"\p{Han}")
# A number written with place values ("二十二", "三千万", "三千萬"): no two digits and no character twice
# side by side. 一, 两 and 万 are left out of the doubled characters: each begins words of its
# own ("十一|一起", "两两", "万万").
_NUMERAL_RUN = regex.compile(r"[一二三四五六七八九十百千万萬亿億两兩零〇]+")
_PLACE_VALUE_NUMBER = regex.compile(r"(?!.*(?:[一二三四五六七八九两兩]{2}|(.)\1))(?=.*[十百千]).+")
_NUMERAL_SLIPS = frozenset("二三四五六七八九十百千")
_PLACE_VALUES = regex.compile(r"[十百千万萬亿億两兩]")
_DIGITS = frozenset("〇零一二三四五六七八九")
# How far either side of a pair a number is read: no number runs longer.
_NUMBER_REACH = 24
def judge(text: str, index: int, config: Config = DEFAULT, elsewhere: str = "") -> Verdict:
    """Is text[index] == text[index + 1] a slip, a suspect pair, or genuine reduplication?
    `elsewhere` is the page's text, whitespace removed; it may hold `text` itself, as the
    pipeline's does (`_printed_doubled_again` counts the spot among its prints)."""
    verdict = _judge_by_words(text, index, config)
    if verdict == "slip" and elsewhere and _printed_doubled_again(text, index, elsewhere, config):
        return "suspect"
    weighed = verdict == "suspect" or verdict == "genuine" and _a_rare_word_alone(text, index, config)
    # three copies ("买买买，") print the spot with one copy in the spot itself: the page tells nothing
    weighed = weighed and text[index + 2 : index + 3] != text[index]
    if weighed and elsewhere and (_printed_once(text, index, elsewhere) or _printed_so_often(text, index, elsewhere, config)):
        return "slip"
    return verdict


def _a_rare_word_alone(text: str, index: int, config: Config) -> bool:
    """Is the pair a word of its own that the language hardly uses ("嘉|阳阳|小火车", a place's
    name, where "看看" and "代代" are common)? Then the page may still show it a slip.

    >>> _a_rare_word_alone("四川嘉阳阳小火车", 3, DEFAULT), _a_rare_word_alone("让党旗高高飘扬", 3, DEFAULT)
    (True, False)
    """
    start = max(0, index - config.doubling_window)
    window = to_simplified(text[start : index + 2 + config.doubling_window])
    left = index - start
    if _token_at(token_spans(window), left) != (left, left + 2):
        return False
    return dictionary().frequency(window[left : left + 2]) < config.doubling_rare_word


def _printed_doubled_again(text: str, index: int, elsewhere: str, config: Config) -> bool:
    """Does the page print the pair with the characters on each side of it again, as here
    ("滨江市市民中心" twice on a page about the city's services)? An OCR slip falls at random and
    never twice on the same spot of the same words: a repeated pair is the writer's, whatever the
    words around it say. `elsewhere` holds this spot too.

    >>> _printed_doubled_again("前往滨江市市民中心办事", 4, "前往滨江市市民中心办事又到滨江市市民中心", DEFAULT)
    True
    >>> _printed_doubled_again("离退休老老干部", 3, "离退休老老干部座谈会老干部", DEFAULT)
    False
    """
    spot = text[index - 1 : index + 3]
    return len(spot) == 4 and elsewhere.count(spot) >= config.doubling_repeats


def _printed_once(text: str, index: int, elsewhere: str) -> bool:
    """Does the page print this spot with one copy: "中澳省州" for "中澳澳省州"?"""
    single = text[index - 1 : index + 1] + text[index + 2 : index + 3]
    before, after = text[index - 2 : index - 1], text[index + 3 : index + 4]
    return any(len(context) == 4 and context in elsewhere for context in (before + single, single + after))


def _printed_so_often(text: str, index: int, elsewhere: str, config: Config) -> bool:
    """Does the page print the character with the two after it, with one copy, again and again
    (a name: "张明远" for "张张明远"), and the doubled form no more than here?

    >>> _printed_so_often("记者采访了张张明远先生", 5, "记者采访了张张明远先生张明远说张明远的工厂", DEFAULT)
    True
    """
    single = text[index] + text[index + 2 : index + 4]
    doubled = text[index] + single
    if len(single) < 3 or elsewhere.count(doubled) > 1:
        return False
    return elsewhere.count(single) - elsewhere.count(doubled) >= config.doubling_single_prints


def _inside_a_number(text: str, index: int) -> bool:
    """A pair that, with one copy, leaves a number written with place values ("第二十十二个",
    "二十二二个"); not a year written digit by digit ("二〇二二年"), a rhyme ("九九八十一")
    or an idiom ("千千万万").

    >>> [_inside_a_number(text, 2) for text in ("第二十十二个", "二十二二个", "二〇二二年", "九九八十一", "千千万万")]
    [True, True, False, False, False]
    """
    if text[index] not in _NUMERAL_SLIPS:
        return False
    run = _numeral_run(text, index)
    single = text[run.start() : index] + text[index + 1 : run.end()]
    return bool(_PLACE_VALUE_NUMBER.fullmatch(single))




def _written_digit_by_digit(text: str, index: int) -> bool:
    """A pair inside a number of three digits or more written digit by digit ("二〇二二年",
    "一九九九年"): any digit may come twice there, so the words cannot tell. Not a number
    with place values ("二十二二个") or a rhyme ("九九八十一").

    >>> [_written_digit_by_digit(text, text.index(pair)) for text, pair in (("今年是二〇二二年", "二二"), ("二十二二个", "二二"), ("口诀九九八十一", "九九"))]
    [True, False, False]
    """
    if text[index] not in _DIGITS:
        return False  # most pairs are no digit: no need to find the number
    run = _numeral_run(text, index).group()
    return len(run) >= 3 and not _PLACE_VALUES.search(run)


def _numeral_run(text: str, index: int) -> regex.Match:
    """The run of numerals around text[index], itself a numeral, read near it only: a
    paragraph may be a whole dump's text."""
    return next(match for match in _NUMERAL_RUN.finditer(text, max(0, index - _NUMBER_REACH), index + _NUMBER_REACH) if match.start() <= index < match.end())


def _judge_by_words(text: str, index: int, config: Config) -> Verdict:
    """The pair judged by the words around it (`_judge_alone`), and by the pair beside it where
    the two make an AABB run that stands apart from the words around (`_a_run_standing_apart`):
    the writer's reduplication where this pair alone is no slip or the pair beside is one too
    ("瓷瓷实实": two slips side by side are far rarer). A pair that alone is a slip beside one that
    alone is the writer's may be a slip landed beside a genuine pair ("李李婷婷" for "李婷婷",
    "村村民民" for "三坪村村民") as readily as the writer doubling a word the dictionary splits
    ("弯弯绕绕"): suspect, the page to tell; a slip where the text without one copy reads as a
    longer word ("栩栩如如生") or the pair beside sits in a state adjective, which doubles
    nothing more ("香香喷喷").

    >>> judge("碗里的米饭压得瓷瓷实实的", 7), judge("山间小路弯弯绕绕地伸向远方", 6), judge("锅里的饺子香香喷喷的", 5)
    ('genuine', 'suspect', 'slip')
    """
    if _inside_a_number(text, index):
        return "slip"
    if _written_digit_by_digit(text, index):
        return "suspect"
    start = max(0, index - config.doubling_window)
    printed = text[start : index + 2 + config.doubling_window]
    window = to_simplified(printed)
    left = index - start
    spans = token_spans(window)
    if _a_word_doubled_character_by_character(window, left):
        return "genuine"  # "自自然然", "千千萬萬": a word of two reduplicated, each character twice
    alone = _judge_alone(window, left, spans, config, window != printed)
    beside = _a_run_standing_apart(window, left, spans)
    if beside is None or alone == "genuine":
        return alone
    if alone == "suspect" or _judge_alone(window, beside, spans, config, window != printed) == "slip":
        return "genuine"  # "瓷瓷实实": two pairs side by side, neither the writer's alone; "亮亮长长"
    if _merges_into_longer_word(window, left, spans, config.merged_word_min) or _in_a_state_adjective(window, spans, beside):
        return "slip"  # "栩栩如如生" (an idiom with one copy), "香香喷喷" (a state adjective beside)
    return "suspect"  # "弯弯|绕绕", or a slip beside a genuine pair ("李李|婷婷"): the page may tell


def _judge_alone(window: str, left: int, spans: Sequence[tuple[int, int]], config: Config, traditional: bool) -> Verdict:
    """The pair at window[left] judged by the words around it, whatever pair stands beside it;
    `traditional` when the window was converted to simplified characters."""
    right = left + 1
    left_word, right_word = _token_at(spans, left), _token_at(spans, right)
    if window[right + 1 : right + 2] == window[left] and _token_at(spans, right + 1) != left_word:
        # three copies in a row that are not one word ("哈哈哈" is): one slipped, unless they close
        # the clause, the writer's "买买买！"
        return "suspect" if _closes_a_clause(window, right + 2) else "slip"
    if left_word == right_word:
        if left_word != (left, left + 2):
            return "genuine"  # the pair inside a longer word ("实实在在")
        commoner = _a_commoner_word_with_one_copy(window, left, spans, config)
        if commoner == "slip" and window[left - 1 : left] in COUNT_WORDS:
            return "suspect"  # "一|团团" (one after another) as readily as a slip in "一种|种"
        if commoner:
            return commoner
        if _merges_into_longer_word(window, left, spans, config.merged_word_min):
            return "slip" if _strands_a_neighbour(window, left, spans) else "suspect"
        return "genuine"
    left_alone, right_alone = _alone(left_word), _alone(right_word)
    if left_alone and left and _alone(_token_at(spans, left - 1)) and word_tag(window[left - 1 : left + 1]):
        # "他|国|国家": the stranded copy and the stranded character before it make a word the
        # segmentation passed over ("他国"): each copy sits in a word of its own
        left_word, left_alone = (left - 1, left + 1), False
    if not left_alone and not right_alone and _a_body_then_its_head(window, left_word, right_word):
        return "genuine"  # "内政部|部长", "教育局|局长": a body by name, then the title of who heads it
    if not left_alone and not right_alone:
        merged = _merges_into_longer_word(window, left, spans, config.merged_long_word_min) or _merges_into_commoner_word(
            window, left, spans, (left_word, right_word), config
        )
        slipped = merged or _reads_far_likelier_once(window, left, config) or _a_conjunction_the_copy_begins(window[right_word[0] : right_word[1]])
        return "slip" if slipped else "genuine"
    character = window[left]
    if _merges_into_longer_word(window, left, spans, config.merged_word_min):
        return "slip"
    if left_alone and right_alone:
        return "slip" if character in FUNCTION_CHARACTERS or _never_doubled_alone(window, left) else "suspect"
    if right_alone and window[left - 1 : left] in COUNT_WORDS:
        return "genuine"
    if left_alone and (character in PLACE_ENDINGS or character in UNIT_ENDINGS or _heads_the_unit(window[right_word[0] : right_word[1]], character)) and window[left - 1 : left] not in FUNCTION_CHARACTERS:
        return "genuine"  # the last character of a name whose head follows ("三坪村|村民", "刑事庭|庭长"), not one after "和" or "的"
    if left_alone and (character in REDUPLICATING or _verb_before_its_object(window, left, right_word) and _alone_or_two(right_word)):
        return "suspect"
    if left_alone and _verb_and_its_object(window[right_word[0] : right_word[1]], config):
        return "suspect"  # a verb doubled before its object, "握|握手", "皱|皱眉头": a tentative "do a little"
    if right_alone and _a_function_word_after_a_noun(window[left_word[0] : left_word[1]], character):
        return "suspect"
    if right_alone and (_verb_with_its_aspect(window, right) or _verb_before_its_one_character_object(window, right, spans)):
        return "suspect"
    if right_alone and character in REDUPLICATING and _begins_a_word(window, right):
        return "suspect"
    if left_alone and traditional and _stranded_run_before(window, left, spans) >= config.unknown_name_min:
        return "suspect"  # traditional text: the stranded characters may be a word the dictionary lacks
    if left_alone and _stranded_run_before(window, left + 1, spans, config.common_character_word) >= config.unknown_word_min:
        return "suspect"  # "卡|丘|课|课程": the stranded copy and the characters before it may be a name the dictionary lacks
    if right_alone and _stranded_run_from(window, right, spans, config.common_character_word) >= config.unknown_word_after_min:
        return "suspect"  # "铜鼓|鼓|身": the stranded copy and the characters after it may be a word the dictionary lacks ("鼓身")
    return "slip"


def _closes_a_clause(window: str, position: int) -> bool:
    """Does no Han character follow at `position` (a mark, or the text's end)? Three copies
    there are a writer's cry ("周末就是睡睡睡。"): a slip lands inside words ("老老老干部"),
    seldom on the last of a clause's characters just where it repeats one already doubled.

    >>> _closes_a_clause("就是睡睡睡。", 5), _closes_a_clause("离退休老老老干部", 6)
    (True, False)
    """
    return not _HAN_CHAR.match(window[position : position + 1])


def _a_word_doubled_character_by_character(window: str, left: int) -> bool:
    """The pair at `left` and a pair of another character beside it make a word of two with
    each character doubled, the AABB reduplication ("自自然然", "千千万万", "点点滴滴"); two
    slips side by side are far rarer. Not a noun: "局局长长" is "局|局长" with a slip after it.

    >>> _a_word_doubled_character_by_character("就自自然然成为", 1), _a_word_doubled_character_by_character("就自自然然成为", 3)
    (True, True)
    >>> _a_word_doubled_character_by_character("尊巴课课堂", 2), _a_word_doubled_character_by_character("事务局局长长刘", 3)
    (False, False)
    """
    for start in _aabb_starts(window, left):
        tag = word_tag(window[start] + window[start + 2]) or ""
        if tag and tag not in _NOUN_TAGS:
            return True
    return False


def _a_run_standing_apart(window: str, left: int, spans: Sequence[tuple[int, int]]) -> int | None:
    """The position of the pair beside the pair at `left` where the two make an AABB run that no
    word of the segmentation reaches into and no function word is among ("瓷瓷实实", "弯弯绕绕";
    not "事务局|局长|长", a word reaching in, nor "浓浓的的"); None where they make none.

    >>> beside = lambda text, left: _a_run_standing_apart(text, left, token_spans(text))
    >>> beside("右手瓷瓷实实一大碗", 2), beside("右手瓷瓷实实一大碗", 4), beside("事务局局长长刘", 3), beside("浓浓的的年味", 2)
    (4, 2, None, None)
    """
    for start in _aabb_starts(window, left):
        if _stands_apart(spans, start, start + 4) and not FUNCTION_CHARACTERS.intersection(window[start : start + 4]):
            return start + 2 if start == left else start
    return None


def _in_a_state_adjective(window: str, spans: Sequence[tuple[int, int]], position: int) -> bool:
    """Is window[position] inside a state adjective of three ("香喷喷", "沉甸甸", "亮晶晶")? Such a
    word is a reduplication already and doubles nothing more: "香香喷喷" is "香喷喷" with a slip.

    >>> _in_a_state_adjective("饺子香香喷喷的", token_spans("饺子香香喷喷的"), 4)
    True
    """
    start, end = _token_at(spans, position)
    return end - start == 3 and word_tag(window[start:end]) == "z"


def _aabb_starts(window: str, left: int) -> list[int]:
    """Where an AABB run of two pairs of different characters starts that holds the pair at `left`."""
    return [
        start
        for start in (left, left - 2)
        if start >= 0 and len(window) >= start + 4 and window[start] == window[start + 1] != window[start + 2] == window[start + 3]
    ]


def _stands_apart(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    """No word of the segmentation crosses either end of window[start:end]."""
    return _token_at(spans, start)[0] == start and _token_at(spans, end - 1)[1] == end


# Parts of speech no word of one character doubles in: prepositions and pronouns ("由由",
# "因因", "厥厥"), where verbs, adjectives, measure words and sounds do ("喊喊", "斜斜",
# "畦畦", "哐哐"). Nouns and localizers are left out: a given name may double one ("张林林",
# "刘东东").
_NEVER_DOUBLED = frozenset({"p", "r"})
_NOUN_TAGS = frozenset({"n", "ng"})
# What a verb of one character takes in a phrase the dictionary holds whole: a noun, a name, a
# place, or a quality ("篮球", "太阳", "清福").
_OBJECT_TAGS = frozenset({"n", "nz", "nr", "ns", "a"})


# Nouns and time words: a word so tagged that ends with a function word's character ("目的",
# "现在") is no verb that character completes ("放在", "存在").
_NOUN_OR_TIME_TAGS = frozenset({"n", "nz", "t"})


def _a_function_word_after_a_noun(word: str, character: str) -> bool:
    """"现在|在|北京", "目的|的|活动": a noun or a time word that ends with a function word's
    character, then that function word opening the phrase after it, as the grammar allows; where
    a verb ends with it ("存在|在"), the copy is the slip's.

    >>> _a_function_word_after_a_noun("现在", "在"), _a_function_word_after_a_noun("存在", "在")
    (True, False)
    """
    return character in FUNCTION_CHARACTERS and word_tag(word) in _NOUN_OR_TIME_TAGS


def _heads_the_unit(word: str, character: str) -> bool:
    """"庭长" after "刑事庭": the noun for who heads the unit a character closes (not "成长").

    >>> _heads_the_unit("庭长", "庭"), _heads_the_unit("成长", "成")
    (True, False)
    """
    return word == character + "长" and word_tag(word) in _NOUN_TAGS


def _a_body_then_its_head(window: str, left_word: tuple[int, int], right_word: tuple[int, int]) -> bool:
    """A body's name that ends with the pair's character ("内政部", "教育局"), then a word of two
    for who heads or serves it that begins with it ("部长", "局长", "会员"): how a title is
    written in full, though the short form ("内政部长") reads as well.

    >>> _a_body_then_its_head("青山县民政局局长兼", (3, 6), (6, 8)), _a_body_then_its_head("室外健身器器材", (4, 5), (5, 7))
    (True, False)
    """
    body, head = window[left_word[0] : left_word[1]], window[right_word[0] : right_word[1]]
    return len(body) >= 3 and body[-1] in PLACE_ENDINGS and len(head) == 2 and word_tag(head) in _NOUN_TAGS


def _never_doubled_alone(window: str, left: int) -> bool:
    """A character of a kind that never doubles, standing alone twice ("行政長官介紹由由司法…").

    >>> _never_doubled_alone("由由司法人员推荐", 0), _never_doubled_alone("春愁黯黯独成眠", 2)
    (True, False)
    """
    return word_tag(window[left]) in _NEVER_DOUBLED


def _verb_before_its_object(window: str, left: int, right_word: tuple[int, int]) -> bool:
    """"担|担子": a verb standing alone before a noun that begins with it."""
    noun = window[right_word[0] : right_word[1]]
    return word_tag(window[left]) == "v" and word_tag(noun) == "n"


def _a_conjunction_the_copy_begins(word: str) -> bool:
    """The second word is a conjunction the copy begins ("然而", "于是"): a conjunction opens a
    clause, after a mark, not after a word that ends with its first character; the copy came
    by chance before the word the text goes on with ("自然|然而" for "自然而然", "由于|于是" for
    "由于是"). A verb so begun keeps the pair ("工作|作为").

    >>> _a_conjunction_the_copy_begins("然而"), _a_conjunction_the_copy_begins("作为"), _a_conjunction_the_copy_begins("会长")
    (True, False, False)
    """
    return len(word) == 2 and word_tag(word) == "c"


def _verb_and_its_object(word: str, config: Config = DEFAULT) -> bool:
    """A verb of two or three made of a verb and its object ("握手", "转身", "皱眉头"), which
    doubles its verb to say "a little" ("握握手", "皱皱眉头"). Not a set phrase ("有意思": "有"
    never doubles so), which leaves "眨眨眼睛" to the slip.

    >>> _verb_and_its_object("握手"), _verb_and_its_object("皱眉头"), _verb_and_its_object("获取"), _verb_and_its_object("领导人")
    (True, True, False, False)

    A phrase of three or more the dictionary holds whole, whatever it tags it, is one too where
    a verb of one character opens it before a word for what it takes ("打篮球", "晒太阳",
    "享清福", "说心里话"): on clean text these are all a writer's "打打篮球". The object is a
    word the language uses (`Config.object_word_frequency`), not a piece of a longer one ("负责
    人": "责人"); a slip so placed is rare ("见|见证人": 6 of 7,370 made) and is then left to the
    reader as suspect.

    >>> _verb_and_its_object("打篮球"), _verb_and_its_object("享清福"), _verb_and_its_object("负责人")
    (True, True, False)
    """
    if len(word) >= 3 and word[0] not in FUNCTION_CHARACTERS and word_tag(word[0]) == "v" and word_tag(word[1:]) in _OBJECT_TAGS:
        return dictionary().frequency(word[1:]) >= config.object_word_frequency
    return len(word) in (2, 3) and word_tag(word) == "v" and word_tag(word[1:]) in _NOUN_TAGS


def _verb_before_its_one_character_object(window: str, right: int, spans: Sequence[tuple[int, int]]) -> bool:
    """"采取|取|石": a verb standing alone after a word that ends with it, before an object of
    one character, as a lone verb takes one in compact writing ("取石换土", "取水浇地", where
    the dictionary holds "取水" though the text reads "水浇地"). A word of two after it
    ("发展|展|农民", "提出|出|证据") is the sentence going on from the word the slip
    doubled: on the tune pages, 9 of 9 such pairs were slips."""
    object_word = _token_at(spans, right + 1)
    one_character = _alone(object_word) or _begins_a_word(window, right)
    return one_character and _verb_before_its_object(window, right, object_word)


def _begins_a_word(window: str, position: int) -> bool:
    """Does the character at `position` make a word with the one after it ("标本|本|来自" may
    read "标本|本来|自"), a reading the segmentation passed over?"""
    return word_tag(window[position : position + 2]) is not None


def _verb_with_its_aspect(window: str, right: int) -> bool:
    """"工作|作|了": a verb standing alone after a word that ends with it, marked by 了, 着 or 过."""
    return word_tag(window[right]) == "v" and window[right + 1 : right + 2] in ASPECT_MARKS


def _token_at(spans: Sequence[tuple[int, int]], position: int) -> tuple[int, int]:
    return next(span for span in spans if span[0] <= position < span[1])


def _alone(span: tuple[int, int]) -> bool:
    return span[1] - span[0] == 1


def _alone_or_two(span: tuple[int, int]) -> bool:
    """A word of two at most: a verb doubles before such a noun ("担|担子", "唱|唱歌"), never
    before a longer one ("领|领导人", "服|服务业": the slip's)."""
    return span[1] - span[0] <= 2


def _stranded_run_before(window: str, position: int, spans: Sequence[tuple[int, int]], rarer_than: int | None = None) -> int:
    """How many one-character tokens that are Han and no function word stand right before
    `position`; with `rarer_than`, only those the language uses less often on their own
    ("卡|丘", where "还|可|得" are words of the text).

    >>> _stranded_run_before("孩子们上了卡丘课", 7, token_spans("孩子们上了卡丘课"), 20000), _stranded_run_before("还可得政", 3, token_spans("还可得政"), 20000)
    (2, 0)
    """
    return _stranded_run(window, range(position - 1, -1, -1), spans, rarer_than)


def _stranded_run_from(window: str, position: int, spans: Sequence[tuple[int, int]], rarer_than: int | None = None) -> int:
    """The same count from `position` on, that character included ("铜鼓|鼓|身": "鼓身", a
    drum's body, a word the dictionary lacks; "主席|席|会议" is a slip's).

    >>> _stranded_run_from("这只铜鼓鼓身有花纹", 4, token_spans("这只铜鼓鼓身有花纹"), 20000), _stranded_run_from("主席席会议", 2, token_spans("主席席会议"), 20000)
    (2, 1)
    """
    return _stranded_run(window, range(position, len(window)), spans, rarer_than)


def _stranded_run(window: str, positions: range, spans: Sequence[tuple[int, int]], rarer_than: int | None) -> int:
    run = 0
    for position in positions:
        character = window[position]
        if not _alone(_token_at(spans, position)) or not _HAN_CHAR.match(character) or character in FUNCTION_CHARACTERS:
            break
        if rarer_than is not None and dictionary().frequency(character) >= rarer_than:
            break
        run += 1
    return run


def _strands_a_neighbour(window: str, left: int, spans: Sequence[tuple[int, int]]) -> bool:
    """The pair, a word of its own, leaves a character beside it stranded that the word read
    with one copy takes in ("座|谈谈|会" -> "座谈会"). Beside two words ("紧紧|握住", where
    "紧握住" reads too) the pair may be the writer's: the words cannot tell.

    >>> _strands_a_neighbour("召开座谈谈会", 3, token_spans("召开座谈谈会")), _strands_a_neighbour("或紧紧握住他的手", 1, token_spans("或紧紧握住他的手"))
    (True, False)
    """
    collapsed = window[:left] + window[left + 1 :]
    start, end = _token_at(token_spans(collapsed), left)
    before = start < left and _alone(_token_at(spans, left - 1))
    after = end > left + 1 and left + 2 < len(window) and _alone(_token_at(spans, left + 2))
    return before or after


def _merges_into_longer_word(window: str, left: int, spans: Sequence[tuple[int, int]], shortest: int) -> bool:
    """Without one copy the text reads as one word at least `shortest` long ("副书记", "平方公里")
    that the doubled text lacks."""
    collapsed = window[:left] + window[left + 1 :]
    kept = {window[start:end] for start, end in spans}
    start, end = _token_at(token_spans(collapsed), left)
    word = collapsed[start:end]
    return len(word) >= shortest and word not in kept


def _merges_into_commoner_word(
    window: str, left: int, spans: Sequence[tuple[int, int]], words: tuple[tuple[int, int], tuple[int, int]], config: Config
) -> bool:
    """Without one copy the text reads as a word ("艺术家", "保康县") the language uses at least as
    often as the rarer of the two words the doubled text splits into ("艺术|术家", "保康|康县"):
    a reading that leans on a rare word is the slip's, not the writer's ("学生会|会长" stays).
    The word must take in both whole: one that cuts into a word beside it ("领导小组|组长" read
    "领导|小组长") trades a word for a word, and tells nothing."""
    if not _merges_into_longer_word(window, left, spans, config.merged_word_min):
        return False
    collapsed = window[:left] + window[left + 1 :]
    start, end = _token_at(token_spans(collapsed), left)
    if (start, end + 1) != (words[0][0], words[1][1]):
        return False
    frequency = dictionary().frequency
    return frequency(collapsed[start:end]) >= min(frequency(window[first:last]) for first, last in words)


def _reads_far_likelier_once(window: str, left: int, config: Config) -> bool:
    """Each copy sits in a word, but the text reads far likelier with one copy than with both
    (`Config.doubling_odds`): the doubled reading leans on a word the language hardly uses
    ("健身器|器材", "金融资|资源" against "健身器材", "金融资源"), where a genuine pair across two
    words reads about as well either way ("中国|国家", "常委会|会议").

    >>> _reads_far_likelier_once("室外健身器器材", 4, DEFAULT), _reads_far_likelier_once("全体常委会会议", 4, DEFAULT)
    (True, False)
    """
    chance = dictionary().log_chance
    return chance(window[:left] + window[left + 1 :]) - chance(window) >= config.doubling_odds


def _a_commoner_word_with_one_copy(window: str, left: int, spans: Sequence[tuple[int, int]], config: Config = DEFAULT) -> Verdict | None:
    """The pair is a word ("平平", "种种"), but without one copy the text reads as a word the
    doubled text lacks, one that the copy closes and the language uses more ("和平|友谊",
    "这种|说法"): the slip's. A word of two only a little commoner than the pair
    (`Config.doubling_commoner`: "不好" for "不|好好|干", "多日" for "多|日日|都") is weak
    evidence against a writer's word: suspect. So is one that cuts into the word before
    ("大地|处处" read "大|地处"), which trades a word for a word. A rarer one ("频出" for
    "频频|出故障") or one the copy opens, as a verb doubled before its object does ("洗洗手" for
    "洗手"), tells nothing (None).

    >>> [_a_commoner_word_with_one_copy(text, 6, token_spans(text)) for text in ("艺术之美与和平平友谊", "看到家乡大地处处花开")]
    ['slip', 'suspect']
    """
    collapsed = window[:left] + window[left + 1 :]
    start, end = _token_at(token_spans(collapsed), left)
    word = collapsed[start:end]
    if start == left or word in {window[first:last] for first, last in spans}:
        return None  # a word the copy opens is a verb's object ("洗洗|手" for "洗手"): the pair stays
    frequency = dictionary().frequency
    pair = frequency(window[left : left + 2])
    if frequency(word) <= pair:
        return None
    if len(word) < config.merged_word_min and frequency(word) < config.doubling_commoner * pair:
        return "suspect"  # "不|好好|干" read "不好|干": a word of two only a little commoner than the pair
    return "slip" if start in {first for first, _ in spans} else "suspect"


def _keep_one_copy(match: regex.Match, slips: frozenset[int]) -> str:
    return match.group(1) if match.start() in slips else match.group(0)


def undouble(text: Located, config: Config = DEFAULT, elsewhere: str = "", remove: bool = True) -> tuple[Located, list[Edit]]:
    """Remove slipped copies until none is left, and log suspect pairs without touching them.
    `elsewhere` is the page's text, whitespace removed, for `judge`. With `remove` off (a
    title), a slip is logged as a suspect pair too and the text stays as printed.

    A tripled character ("老老老干部") loses one copy per pass, and the pair left
    is judged again in its new surroundings.
    """
    if not _MAYBE_DOUBLED.search(text.text) or not _DOUBLED.search(text.text):
        return text, []  # most paragraphs double no character
    edits: list[Edit] = []
    suspects: dict[tuple[int, str], Edit] = {}
    while True:
        source = text.text
        verdicts = {match.start(): judge(source, match.start(), config, elsewhere) for match in _DOUBLED.finditer(source)}
        if not remove:
            verdicts = {offset: "suspect" if verdict == "slip" else verdict for offset, verdict in verdicts.items()}
        for offset, verdict in verdicts.items():
            if verdict == "suspect":
                pair = source[offset : offset + 2]
                suspects.setdefault((text.line_at(offset), pair), Edit("suspect-doubling", text.line_at(offset), pair, pair))
        slips = {offset for offset, verdict in verdicts.items() if verdict == "slip"}
        if not slips:
            return text, edits + list(suspects.values())  # most paragraphs: nothing to remove, the text not searched again
        text, found = text.substitute(_DOUBLED, partial(_keep_one_copy, slips=frozenset(slips)), "ocr-doubling")
        if not found:
            return text, edits + list(suspects.values())
        edits += found
