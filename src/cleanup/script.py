"""Simplified or traditional script: detected for the language tag, converted only on request."""

from __future__ import annotations

from functools import cache
from typing import Literal

import opencc
import regex

Script = Literal["simplified", "traditional"]

_HAN_RUN = regex.compile(r"\p{Han}+")


@cache
def _converter(config: str) -> opencc.OpenCC:
    return opencc.OpenCC(config)


def to_simplified(text: str) -> str:
    return _converter("t2s").convert(text)


def to_traditional(text: str) -> str:
    return _converter("s2t").convert(text)


def detect_script(text: str) -> Script:
    """Traditional when converting to simplified changes more characters than the reverse does.

    Both directions are counted because most characters are the same in both
    scripts; a sample of the text is enough and keeps huge dumps fast.
    """
    sample = "".join(_HAN_RUN.findall(text[:200_000]))
    if not sample:
        return "simplified"
    changed_to_simplified = _count_changes(sample, to_simplified(sample))
    changed_to_traditional = _count_changes(sample, to_traditional(sample))
    return "traditional" if changed_to_simplified > changed_to_traditional else "simplified"


def _count_changes(before: str, after: str) -> int:
    return sum(a != b for a, b in zip(before, after)) + abs(len(before) - len(after))
