"""Half-width punctuation in Chinese text, and stray spaces.

Chinese text takes full-width ，：；！？（） (GB/T 15834-2011); ASCII stays inside
numbers, e-mail addresses, URLs and codes ("1,000", "10:30", "jnrbs@126.com"),
which is why every rule asks for a Chinese neighbour rather than converting blindly.
"""

from __future__ import annotations

import regex

from cleanup.chars import CHINESE, CJK_PUNCT, CLOSING, INNER_MARKS, OPENING, SPACES
from cleanup.edits import Edit
from cleanup.located import Located

FULL_WIDTH = {",": "，", ":": "：", ";": "；", "!": "！", "?": "？", "(": "（", ")": "）"}

# A mark with Chinese on either side (spaces between do not break the contact).
_MARK_IN_CHINESE = regex.compile(rf"(?<={CHINESE}{SPACES}*)[,:;!?]|[,:;!?](?={SPACES}*{CHINESE})")
# A bracket pair without brackets inside: converted together, so pairs never end up mixed.
_BRACKET_PAIR = regex.compile(r"\(([^()（）]*)\)")
_LONE_BRACKET = regex.compile(rf"(?<={CHINESE}{SPACES}*)[()]|[()](?={SPACES}*{CHINESE})")
_HAS_CHINESE = regex.compile(CHINESE)

# A space is stray before a digit, a mark or a closing bracket, and after a digit, a mark
# or an opening bracket. Between two Han characters (or a closing quote and Han) it is
# kept: it separates printed halves ("兖州“党员教育+” 探索…"), names ("朱璐 袁虎").
_STRAY_SPACE = regex.compile(
    rf"(?<=[\p{{Han}}{CJK_PUNCT}]){SPACES}+(?=[0-9{INNER_MARKS}{CLOSING}])"
    rf"|(?<=[0-9{INNER_MARKS}{OPENING}]){SPACES}+(?=[\p{{Han}}{CJK_PUNCT}])"
)


def _to_full_width(match: regex.Match) -> str:
    return "".join(FULL_WIDTH.get(ch, ch) for ch in match.group(0))


def _bracket_pair(match: regex.Match) -> str:
    whole = match.group(0)
    text = match.string
    before = text[: match.start()].rstrip(" \u3000\u00a0")[-1:]
    after = text[match.end() :].lstrip(" \u3000\u00a0")[:1]
    if _HAS_CHINESE.search(match.group(1) + before + after):
        return "（" + match.group(1) + "）"
    return whole


def full_width_marks(text: Located) -> tuple[Located, list[Edit]]:
    text, pair_edits = text.substitute(_BRACKET_PAIR, _bracket_pair, "full-width-punctuation")
    text, lone_edits = text.substitute(_LONE_BRACKET, _to_full_width, "full-width-punctuation")
    text, mark_edits = text.substitute(_MARK_IN_CHINESE, _to_full_width, "full-width-punctuation")
    return text, pair_edits + lone_edits + mark_edits


def stray_spaces(text: Located) -> tuple[Located, list[Edit]]:
    return text.substitute(_STRAY_SPACE, lambda match: "", "stray-space")
