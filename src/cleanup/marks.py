"""What a line's punctuation says about where it stands in a sentence.

A paragraph may end on a sentence mark or a closing bracket (a sign-off
"（刘志勇 杨启林）", a jump line "（下转2版）"), and on a closing quote only after
a sentence mark; a clause mark or a bracket still open says the sentence goes on.
"""

from __future__ import annotations

import re
from functools import lru_cache

import regex

SENTENCE_MARKS = frozenset("。！？!?…：:")
CLOSING_BRACKETS = frozenset("）)】")
CLOSING_QUOTES = frozenset("”’」』\"'")
OPENING_QUOTES = frozenset("“‘「『")
CLAUSE_MARKS = frozenset("，,、")
OPENERS = {"（": "）", "(": ")", "《": "》", "“": "”", "「": "」", "【": "】"}
_CLOSERS = {closer: opener for opener, closer in OPENERS.items()}
# Any opener or closer, found by `re` in one pass over a text (`bracket_balance`).
_BRACKET = re.compile("[" + "".join(map(re.escape, [*OPENERS, *_CLOSERS])) + "]")
# Marks that never open a line in print (kinsoku): a line starting with one continues the line before.
LINE_CLOSERS = frozenset("，。、；：？！”’」』）》〉】,.;:?!)")


@lru_cache(maxsize=1 << 14)
def ends_sentence(text: str) -> bool:
    """Whether the text ends a sentence. Each line is asked this several times (every rule
    of `breaks_after`, the join tests, the unit's shape): it is worked out once per text.

    >>> ends_sentence("机关建设为主抓手。"), ends_sentence("“我拍的。”"), ends_sentence("建设“让")
    (True, True, False)
    """
    stripped = text.rstrip()
    if not stripped:
        return False
    last = stripped[-1]
    if last in SENTENCE_MARKS or last in CLOSING_BRACKETS:
        return True
    return last in CLOSING_QUOTES and len(stripped) > 1 and stripped[-2] in SENTENCE_MARKS


def ends_on_a_stop(text: str) -> bool:
    """A full stop, a question or an exclamation ends the text (a closing quote after it): a
    sentence ended, where `ends_sentence` also counts a colon that opens what follows.

    >>> ends_on_a_stop("一种生活方式。"), ends_on_a_stop("“我拍的。”"), ends_on_a_stop("辩方：")
    (True, True, False)
    """
    return bool(_STOP_END.search(text))


_STOP_END = regex.compile(r"[。！？!?][”’」』]?\s*$")


def clearly_unfinished(text: str) -> bool:
    """A clause mark at the end, or a bracket or quote still open: the sentence goes on.

    >>> clearly_unfinished("强化政治担当，"), clearly_unfinished("坚持“支部建在")
    (True, True)
    """
    stripped = text.rstrip()
    return stripped[-1:] in CLAUSE_MARKS or any(bracket_balance(stripped)[0].values())


def closes_what_it_did_not_open(text: str) -> bool:
    """A closing quote or bracket with no opener in the line: it continues an earlier line."""
    return any(bracket_balance(text)[1].values())


def bracket_balance(text: str) -> tuple[dict[str, int], dict[str, int]]:
    """Openers left open, and closers met with nothing open, per kind of bracket or quote."""
    still_open = {opener: 0 for opener in OPENERS}
    unopened = {opener: 0 for opener in OPENERS}
    for ch in _BRACKET.findall(text):  # the brackets and quotes alone, in order: most of a text is neither
        if ch in OPENERS:
            still_open[ch] += 1
        else:
            opener = _CLOSERS[ch]
            if still_open[opener]:
                still_open[opener] -= 1
            else:
                unopened[opener] += 1
    return still_open, unopened


def leads_into_a_quotation(tail: str, head: str) -> bool:
    """A line that ends on a colon before one that opens a quotation ("…这样概括他的一生：" |
    "“1820年之前…"): a speaker and the words quoted, which print runs on in one paragraph (50
    of 51 such quotations on the tune pages), across a blank line or a short line; but a blank
    after a line well short of its wrapped column, where the quotation's opening would have
    fit, ended the paragraph (`cleanup.jumps._a_paragraph_ended_on_its_colon`).

    >>> leads_into_a_quotation("老村长这样概括老支书的一生：", "“1980年之前，老支书的名字"), leads_into_a_quotation("主要的原因大致有三个：", "一是村里道路不通畅。")
    (True, False)

    A line that closes the quote it opens and ends on a colon of its own is no quotation but
    the salutation of the letter it introduces ("回信全文如下：" | "“红星班”全体同志："):

    >>> leads_into_a_quotation("回信全文如下：", "“红星班”全体同志：")
    False
    """
    head = head.strip()
    salutation = head[-1:] in "：:" and not any(bracket_balance(head)[0].values())
    return tail.rstrip()[-1:] in "：:" and head[:1] in OPENING_QUOTES and not salutation


def credits_the_quotation(tail: str, head: str) -> bool:
    """A line that closes a quotation on a full stop before one that opens on who said it,
    that sentence stopping at the verb ("…烧柴的花销差不多。”" | "李秀英说。然而…"): the
    speaker's words and their credit, one paragraph. No paragraph opens on "…说。"; one that
    opens on "…说，" may be a new speaker's, so that one is left to the widths.

    >>> credits_the_quotation("跟以前烧柴的花销差不多。”", "石板桥村村民李秀英说。然而"), credits_the_quotation("爱书的人真多啊！”", "汤姆感叹道。剑桥广场")
    (True, True)
    >>> credits_the_quotation("跟以前烧柴的花销差不多。”", "刘淑芳说，这件事"), credits_the_quotation("花销差不多。", "李秀英说。")
    (False, False)
    """
    if tail.rstrip()[-1:] not in "”」』":
        return False  # most lines close no quotation, told at once
    return _CLOSES_A_QUOTATION.search(tail) is not None and _CREDIT_OF_SPEECH.match(head) is not None


_CLOSES_A_QUOTATION = regex.compile(r"[。！？!?…][”」』]\s*$")
# Who spoke, up to a verb of speech that ends the sentence: "李秀英说。", "汤姆感叹道。".
_CREDIT_OF_SPEECH = regex.compile(r"\s*\p{Han}{1,16}?(?:[说說叹嘆问問笑答写寫喊]道|说|說|表示|介绍|介紹|坦言|感叹|感嘆|感慨|回忆|回憶|强调|強調|指出|解释|解釋|告诉记者|告訴記者)[。！]")
