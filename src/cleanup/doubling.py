"""OCR doubling ("离退休老老干部", "新新发展党员") told apart from genuine reduplication.

A short window around the pair is segmented with a word dictionary (jieba's):

* the pair is one word ("高高", "慢慢"), or each copy sits in a word of its own
  ("常委会|会议", "组织部|部长"): genuine;
* one copy sits in a word and the other is left stranded between words
  ("离退休|老|老干部"): a slip, the stranded copy goes; but when the stranded
  copy's other neighbour is stranded too, the text around is a name or term the
  dictionary lacks ("昙石村|村支书", "沈跃跃"), and nothing is touched; nor is
  a body's last character that the next word repeats ("法律部|部长");
* both copies stranded ("是是", "对对"): a slip, unless the character is one that
  Chinese reduplicates ("年年", "月月", "正正").

Names and numbers are left alone: a pair is only looked at with Han characters
on both sides, which keeps "闫杰杰 " and "吴建建）" as printed.
"""

from __future__ import annotations

import regex

from cleanup.edits import Edit
from cleanup.located import Located
from cleanup.lexicon import token_spans

_DOUBLED = regex.compile(r"(?<=\p{Han})(\p{Han})\1(?=\p{Han})")
_HAN_CHAR = regex.compile(r"\p{Han}")
WINDOW = 6
# Characters Chinese reduplicates that the dictionary does not list as pairs
# (measure words, time words, adverbs): both copies stranded is normal for them.
REDUPLICATING = frozenset(
    "年月日天夜人家户事件个处时步层条样村代声句字岁面节点滴片根颗座张本"
    "频慢常渐刚仅往偏明悄默纷牢紧深久高好稍匆轻静暗微隐连屡累茫浓满大小多早远快正跃"
)


# Last characters of bodies and places, which the next word often begins again
# (部长, 局长, 会议, 站长, 村支书, 园林) when the dictionary lacks the full name.
ORGANISATION_ENDINGS = frozenset("部局委会站村园院厅处所社队科")
# One-character words that stand alone in any text, so standing alone says nothing of a name.
FUNCTION_CHARACTERS = frozenset("是的在了和与及或也都就把被将对从向于以为让使等而并但又再还才已很更最每各该其此这那有无不没个所")
MERGED_WORD_MIN = 3


def _stranded(spans: list[tuple[int, int]], window: str, position: int) -> bool:
    """Is the character at `position` a one-character token (and a Han one)?"""
    return any(start == position and end == position + 1 for start, end in spans) and bool(
        _HAN_CHAR.match(window[position])
    )


def is_ocr_doubling(text: str, index: int) -> bool:
    """Is text[index] == text[index + 1] a slip rather than a reduplication?"""
    start = max(0, index - WINDOW)
    window = text[start : index + 2 + WINDOW]
    left, right = index - start, index - start + 1
    spans = token_spans(window)
    left_alone, right_alone = _stranded(spans, window, left), _stranded(spans, window, right)
    if text[index] in ORGANISATION_ENDINGS and not (left_alone and right_alone):
        # "法律部|部长", "农经站|站长": a body's name ends where its head's title begins.
        return False
    if left_alone and right_alone:
        return text[index] not in REDUPLICATING
    if left_alone:
        return not _unknown_word(spans, window, left - 1)
    if right_alone:
        return right + 1 >= len(window) or not _unknown_word(spans, window, right + 1)
    one_word = any(start <= left and right < end for start, end in spans)  # 高高, 实实在在
    return not one_word and _merges_into_longer_word(window, left)


def _unknown_word(spans: list[tuple[int, int]], window: str, position: int) -> bool:
    """A stranded neighbour that is no function word: the text around is a name or term the
    dictionary lacks ("昙石村", "盆骨"), so the pair may be genuine."""
    return _stranded(spans, window, position) and window[position] not in FUNCTION_CHARACTERS


def _merges_into_longer_word(window: str, left: int) -> bool:
    """Both copies sit in words ("噴水|水池", "公公|里"), yet without one the text reads as one
    longer word ("噴水池", "平方公里") that the doubled text never has."""
    collapsed = window[:left] + window[left + 1 :]
    kept_words = {window[start:end] for start, end in token_spans(window)}
    for start, end in token_spans(collapsed):
        word = collapsed[start:end]
        if start <= left < end and len(word) >= MERGED_WORD_MIN and word not in kept_words:
            return True
    return False


def undouble(text: Located) -> tuple[Located, list[Edit]]:
    """Remove slipped copies until none is left: a tripled character ("老老老干部") loses
    one copy per pass, and the pair left is judged again in its new surroundings."""
    edits: list[Edit] = []
    while True:
        text, found = _undouble_once(text)
        if not found:
            return text, edits
        edits += found


def _undouble_once(text: Located) -> tuple[Located, list[Edit]]:
    source = text.text
    return text.substitute(
        _DOUBLED,
        lambda match: match.group(1) if is_ocr_doubling(source, match.start()) else match.group(0),
        "ocr-doubling",
    )
