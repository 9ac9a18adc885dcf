"""Half-width punctuation in Chinese text, and stray spaces.

Chinese text takes full-width ，：；！？（）“” (GB/T 15834-2011); ASCII stays inside
numbers, e-mail addresses, URLs and codes ("1,000", "10:30", "jnrbs@126.com"), and
its quotes around an English phrase quoted in Chinese text, which is why every rule asks
for a Chinese neighbour rather than converting blindly.

The full-width forms written here never count as that neighbour, and a run of marks
("?!", ": ：") is judged as one: so a converted mark cannot convert the next one on a
second run, and repairing repaired text changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable

import regex

from cleanup.chars import CJK_PUNCT, CLOSING, INNER_MARKS, OPENING, SPACES
from cleanup.edits import Edit
from cleanup.located import Located

FULL_WIDTH = {",": "，", ":": "：", ";": "；", "!": "！", "?": "？", "(": "（", ")": "）"}

_CONTEXT_PUNCT = "".join(ch for ch in CJK_PUNCT if ch not in FULL_WIDTH.values())
_CONTEXT = rf"[\p{{Han}}{_CONTEXT_PUNCT}]"
# For a mark, a full-width bracket is Chinese too ("（……）," at a paragraph's end): brackets are
# converted before marks and never because of one, so a mark reads the same on every run.
_MARK_CONTEXT = rf"[\p{{Han}}{_CONTEXT_PUNCT}（）]"
_MARK = "[,:;!?，：；！？]"
# The characters of `_MARK` and of `SPACES`, for the tests that go before the patterns.
_MARK_CHARACTERS = frozenset(",:;!?，：；！？")
_SPACE_CHARACTERS = " \u3000\u00a0"
_MARK_RUN = rf"{_MARK}(?:{SPACES}*{_MARK})*"
# A run of marks with Chinese on either side (spaces between do not break the contact).
_MARK_RUN_IN_CHINESE = regex.compile(rf"(?<={_MARK_CONTEXT}{SPACES}*){_MARK_RUN}|{_MARK_RUN}(?={SPACES}*{_MARK_CONTEXT})")
# A run of marks that ends a Chinese text, after no Latin word ("增长6.7%," where a jump line
# "(下转6版)" followed): no number, address or code ends on a mark. After a Latin word ("I
# love China!") a mark may end an English phrase, but a comma ends none: the Chinese
# sentence goes on where the jump line sends it ("加入政府任職AO,").
_MARK_RUN_ENDING = regex.compile(rf"(?:(?<![A-Za-z]){_MARK_RUN}|(?<=[A-Za-z]),)(?={SPACES}*\Z)")
# A run of marks after a percent sign, in a text that holds Chinese: a number ends there, so
# the mark parts no digits ("66%,14日", "63%; 4月13日" where "1,000" keeps its comma).
_MARK_RUN_AFTER_PERCENT = regex.compile(rf"(?<=[%％]){_MARK_RUN}")
# A bracket or double-quote pair with no ASCII one inside: converted together, so pairs never
# end up mixed; nested pairs convert from the inside out ("(小康生活(12))").
_BRACKET_PAIR = regex.compile(r"\(([^()]*)\)")
_QUOTE_PAIR = regex.compile(r'"([^"“”]*)"')
_LONE_BRACKET = regex.compile(rf"(?<={_CONTEXT}{SPACES}*)[()]|[()](?={SPACES}*{_CONTEXT})")
_HAS_CHINESE = regex.compile(_CONTEXT)
# A colon between two Latin words with no space after it: English sets one after a colon,
# so this is a Chinese colon in a Latin phrase ("（CVID：complete, verifiable…）").
_COLON_BETWEEN_LATIN = regex.compile(r"(?<=[A-Za-z]):(?=[A-Za-z])")
_ASCII_MARK = regex.compile(r'[",:;!?()]')
# The marks the mark rules convert: a run of full-width ones alone is left as it is.
_HALF_WIDTH_MARK = regex.compile(r"[,:;!?]")
_NEIGHBOUR_BEFORE = regex.compile(rf"(.?){SPACES}*\Z", regex.REVERSE | regex.DOTALL)
_NEIGHBOUR_AFTER = regex.compile(rf"{SPACES}*(.?)", regex.DOTALL)

# A space is stray before a digit, a mark or a closing bracket, and after a digit, a mark
# or an opening bracket. Between two Han characters (or a closing quote and Han) it is
# kept: it separates printed halves ("兖州“党员教育+” 探索…"), names ("朱璐 袁虎").
_STRAY_SPACE = regex.compile(
    rf"(?<=[\p{{Han}}{CJK_PUNCT}]){SPACES}+(?=[0-9{INNER_MARKS}{CLOSING}])"
    rf"|(?<=[0-9{INNER_MARKS}{OPENING}]){SPACES}+(?=[\p{{Han}}{CJK_PUNCT}])"
)


def _to_full_width(match: regex.Match) -> str:
    return "".join(FULL_WIDTH.get(ch, ch) for ch in match.group(0))


def _full_width_pair(opening: str, closing: str) -> Callable[[regex.Match], str]:
    """Full-width when the pair holds Chinese or touches it; looking only at the nearest
    characters keeps a line full of brackets linear."""

    def convert(match: regex.Match) -> str:
        before = _NEIGHBOUR_BEFORE.search(match.string, 0, match.start()).group(1)
        after = _NEIGHBOUR_AFTER.match(match.string, match.end()).group(1)
        if _HAS_CHINESE.search(match.group(1) + before + after):
            return opening + match.group(1) + closing
        return match.group(0)

    return convert


_CONVERT_QUOTES = _full_width_pair("“", "”")
# Latin words, two or more, with no Han among them: an English phrase ("The Art of War").
_ENGLISH_PHRASE = regex.compile(r"[^\p{Han}]*[A-Za-z]+\s+[A-Za-z][^\p{Han}]*")


def _quotes_full_width(match: regex.Match) -> str:
    """A quote pair's full-width form (`_full_width_pair`), but for one around an English phrase
    alone, a title or words quoted in English as printed: its ASCII quotes stay with it, as its
    colon and its commas do ("英文書名為"The Art of War: A New Reading"。").

    >>> fix = lambda text: _QUOTE_PAIR.sub(_quotes_full_width, text)
    >>> fix('英文書名為"The Art of War"。'), fix('他说"好"'), fix('发展"AI"产业')
    ('英文書名為"The Art of War"。', '他说“好”', '发展“AI”产业')
    """
    if _ENGLISH_PHRASE.fullmatch(match.group(1)):
        return match.group(0)
    return _CONVERT_QUOTES(match)
_BRACKETS_FULL_WIDTH = _full_width_pair("（", "）")


def full_width_marks(text: Located) -> tuple[Located, list[Edit]]:
    if not _ASCII_MARK.search(text.text):
        return text, []  # most paragraphs: nothing any rule below would change
    # Each rule asked only where the text holds the ASCII mark it converts.
    quote_edits: list[Edit] = []
    if '"' in text.text:
        text, quote_edits = text.substitute(_QUOTE_PAIR, _quotes_full_width, "full-width-punctuation")
    pair_edits: list[Edit] = []
    lone_edits: list[Edit] = []
    if "(" in text.text or ")" in text.text:
        while True:
            text, found = text.substitute(_BRACKET_PAIR, _BRACKETS_FULL_WIDTH, "full-width-punctuation")
            if not found:
                break
            pair_edits += found
        text, lone_edits = text.substitute(_LONE_BRACKET, _to_full_width, "full-width-punctuation")
    if not _HALF_WIDTH_MARK.search(text.text):
        return text, quote_edits + pair_edits + lone_edits
    text, mark_edits = text.substitute(_MARK_RUN_IN_CHINESE, _to_full_width, "full-width-punctuation")
    if _HAS_CHINESE.search(text.text):
        # Each rule asked only where the text holds what it needs: a colon, a mark that ends it
        # (spaces aside), a percent sign. Each pattern would scan the whole paragraph.
        if ":" in text.text:
            text, found = text.substitute(_COLON_BETWEEN_LATIN, _to_full_width, "full-width-punctuation")
            mark_edits += found
        if text.text.rstrip(_SPACE_CHARACTERS)[-1:] in _MARK_CHARACTERS:
            text, found = text.substitute(_MARK_RUN_ENDING, _to_full_width, "full-width-punctuation")
            mark_edits += found
        if "%" in text.text or "％" in text.text:
            text, found = text.substitute(_MARK_RUN_AFTER_PERCENT, _to_full_width, "full-width-punctuation")
            mark_edits += found
    return text, quote_edits + pair_edits + lone_edits + mark_edits


def stray_spaces(text: Located) -> tuple[Located, list[Edit]]:
    return text.substitute(_STRAY_SPACE, lambda match: "", "stray-space")
