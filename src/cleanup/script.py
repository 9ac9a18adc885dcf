"""Simplified or traditional script: detected for the language tag, converted only on request."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache, lru_cache
from typing import Literal

import opencc
import regex

from cleanup.edits import Edit

Script = Literal["simplified", "traditional"]
# What a user may ask the text to be written in; "keep" leaves it as printed.
Target = Literal["keep", "hans", "hant", "tw", "hk"]
TARGETS: tuple[Target, ...] = ("keep", "hans", "hant", "tw", "hk")
LANGUAGE_TAGS = {"hans": "zh-Hans", "hant": "zh-Hant", "tw": "zh-Hant-TW", "hk": "zh-Hant-HK"}
# The OpenCC conversion from each script to each target; None: already written so.
_CONVERSIONS: dict[tuple[Script, Target], str | None] = {
    ("simplified", "hans"): None,
    ("simplified", "hant"): "s2t",
    ("simplified", "tw"): "s2tw",
    ("simplified", "hk"): "s2hk",
    ("traditional", "hans"): "t2s",
    ("traditional", "hant"): None,
    ("traditional", "tw"): "t2tw",
    ("traditional", "hk"): "t2hk",
}

_HAN_RUN = regex.compile(r"\p{Han}+")


@cache
def _converter(config: str) -> opencc.OpenCC:
    return opencc.OpenCC(config)


@lru_cache(maxsize=1 << 14)
def to_simplified(text: str) -> str:
    """The text in simplified script. The dictionary tests ask it of the same few characters
    at a line's end or a join, page after page (most of them asked several times a page):
    each is converted once."""
    return _converter("t2s").convert(text)


def in_simplified(text: str) -> bool:
    """Written in simplified script (no character the simplified form changes).

    >>> in_simplified("减排又赚钱"), in_simplified("政府收緊法援")
    (True, False)
    """
    return to_simplified(text) == text


def to_traditional(text: str) -> str:
    return _converter("s2t").convert(text)


def script_converter(script: Script, target: Target) -> Callable[[str], str] | None:
    """The OpenCC conversion that writes text of `script` in `target`, or None when there
    is nothing to do. Run it on whole paragraphs: OpenCC matches phrases, which a hard
    wrap would cut.

    >>> script_converter("traditional", "hans")("「資訊」")
    '「资讯」'
    >>> script_converter("simplified", "tw")("鼠标里面")
    '鼠標裡面'
    >>> script_converter("simplified", "hans") is None
    True
    """
    config = None if target == "keep" else _CONVERSIONS[script, target]
    return _converter(config).convert if config else None


def converted_with_edits(text: str, convert: Callable[[str], str], line: int, kind: str) -> tuple[str, list[Edit]]:
    """`text` converted, and one edit per run of characters that changed (the whole text
    when the conversion changed its length).

    >>> converted_with_edits("香港資訊科技", script_converter("traditional", "hans"), 7, "script-hans")
    ('香港资讯科技', [Edit(kind='script-hans', line=7, before='資訊', after='资讯')])
    """
    after = convert(text)
    if after == text:
        return text, []
    if len(after) != len(text):
        return after, [Edit(kind, line, text, after)]
    edits: list[Edit] = []
    start: int | None = None
    for index, (old, new) in enumerate(zip([*text, ""], [*after, ""])):
        if old != new and start is None:
            start = index
        elif old == new and start is not None:
            edits.append(Edit(kind, line, text[start:index], after[start:index]))
            start = None
    return after, edits


def detect_script(text: str) -> Script:
    """Traditional when converting to simplified changes more characters than the reverse does.

    Both directions are counted because most characters are the same in both
    scripts; a sample of the text is enough and keeps huge dumps fast. Text that
    converting to simplified leaves as it is needs no count the other way (whose
    dictionary is the slowest to load).

    >>> detect_script("香港資訊科技"), detect_script("香港资讯科技")
    ('traditional', 'simplified')
    """
    sample = "".join(_HAN_RUN.findall(text[:200_000]))
    if not sample:
        return "simplified"
    changed_to_simplified = _count_changes(sample, to_simplified(sample))
    if not changed_to_simplified:
        return "simplified"
    changed_to_traditional = _count_changes(sample, to_traditional(sample))
    return "traditional" if changed_to_simplified > changed_to_traditional else "simplified"


def _count_changes(before: str, after: str) -> int:
    return sum(a != b for a, b in zip(before, after)) + abs(len(before) - len(after))
