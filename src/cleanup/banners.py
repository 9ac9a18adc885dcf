"""Banners the extractor repeated: "专题访谈专题访谈", "乡村振兴先锋" thirty-two times, "··".

Only repetitions no sentence makes are collapsed: a unit of four or more
characters twice, or of two or more characters three times, standing alone
between the line's edges, spaces or a "·". Genuine reduplication ("高高飘扬",
"看看", "研究研究") repeats shorter units fewer times, and a cheer inside a
sentence ("高喊加油加油加油") does not stand alone.

A title set in bold by printing it twice, a hair apart, comes out of some extractors
with every character doubled ("乡乡村村振振兴兴先先锋锋"): a whole line of at least three
such pairs, two of them different Han characters, loses one copy of each ("bold-doubling";
no sentence doubles every character of a line, "哈哈哈哈哈哈" is one character's).
"""

from __future__ import annotations

import re

import regex

from cleanup.chars import HAN
from cleanup.edits import Edit
from cleanup.located import Located

# The repetition must stand as a whole item of the line: from its start, a space or a
# "·" up to its end or a space ("观众齐声高喊加油加油加油" is a sentence, not a banner).
# Searched with the standard library's `re` (several times faster on this pattern than `regex`).
_REPEATED_BANNER = re.compile(rf"(?<![^\s·•・])(?:([{HAN}A-Za-z]{{4,20}}?)\1+|([{HAN}A-Za-z]{{2,3}}?)\2{{2,}})(?=\s|\Z)")
_DOUBLED_DOT = regex.compile(r"([·•・])\1+")
# A whole line of characters each printed twice ("乡乡村村振振兴兴"), spaces kept between them.
# Searched over every dump: with `re`, a third of the time `regex` takes. `regex`'s \S (anything
# but Unicode's White_Space) is spelt out: `re`'s \s takes U+001C-U+001F as well.
_NOT_SPACE = r"[^\t\n\v\f\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]"
_BOLD_DOUBLED = re.compile(rf"(?m)^[ \t]*(?:({_NOT_SPACE})\1[ \t]*){{3,}}$")


def _first_unit(match: regex.Match) -> str:
    return match.group(1) or match.group(2)


def is_repeated_banner(text: str) -> bool:
    """The whole text is one banner the extractor repeated.

    >>> is_repeated_banner("美丽乡村行美丽乡村行美丽乡村行"), is_repeated_banner("高喊加油加油加油")
    (True, False)
    """
    return bool(_REPEATED_BANNER.fullmatch(text.strip()))


def lines_with_banners(text: str, first: int = 1) -> frozenset[int]:
    r"""The numbers of the lines of `text` (the first numbered `first`) where `collapse_banners`
    may change something: its patterns searched once over the whole text (no match spans
    lines), not once per line.

    >>> sorted(lines_with_banners("他说。\n美丽乡村行美丽乡村行\n今天··"))
    [2, 3]
    """
    starts = sorted(match.start() for pattern in (_REPEATED_BANNER, _DOUBLED_DOT, _BOLD_DOUBLED) for match in pattern.finditer(text))
    numbers, number, counted = set(), first, 0
    for start in starts:  # lines counted from the last match on, not from the top each time
        number += text.count("\n", counted, start)
        counted = start
        numbers.add(number)
    return frozenset(numbers)


def collapse_banners(text: Located) -> tuple[Located, list[Edit]]:
    text, bold_edits = text.substitute(_BOLD_DOUBLED, _one_copy_each, "bold-doubling")
    text, repeat_edits = text.substitute(_REPEATED_BANNER, _first_unit, "banner-repeat")
    text, dot_edits = text.substitute(_DOUBLED_DOT, lambda match: match.group(1), "banner-repeat")
    return text, bold_edits + repeat_edits + dot_edits


def _one_copy_each(match: regex.Match) -> str:
    """The line with one copy of each doubled character, where two different Han characters
    are doubled in it.

    >>> [_one_copy_each(_BOLD_DOUBLED.match(line)) for line in ("乡乡村村振振兴兴", "哈哈哈哈哈哈", "专专题题  访访谈谈")]
    ['乡村振兴', '哈哈哈哈哈哈', '专题  访谈']
    """
    line = match.group(0)
    doubled = _PAIR.findall(line)
    if len({character for character in doubled if _HAN.match(character)}) < 2:
        return line
    return _PAIR.sub(r"\1", line)


_PAIR = regex.compile(r"(\S)\1")
_HAN = regex.compile(r"\p{Han}")
