"""Banners the extractor repeated: "专题访谈专题访谈", "乡村振兴先锋" thirty-two times, "··".

Only repetitions no sentence makes are collapsed: a unit of four or more
characters twice, or of two or more characters three times, standing alone
between the line's edges, spaces or a "·". Genuine reduplication ("高高飘扬",
"看看", "研究研究") repeats shorter units fewer times, and a cheer inside a
sentence ("高喊加油加油加油") does not stand alone.
"""

from __future__ import annotations

import regex

from cleanup.edits import Edit
from cleanup.located import Located

# The repetition must stand as a whole item of the line: from its start, a space or a
# "·" up to its end or a space ("观众齐声高喊加油加油加油" is a sentence, not a banner).
_REPEATED_BANNER = regex.compile(
    r"(?<=^|[\s·•・])(?:([\p{Han}A-Za-z]{4,20}?)\1+|([\p{Han}A-Za-z]{2,3}?)\2{2,})(?=\s|$)"
)
_DOUBLED_DOT = regex.compile(r"([·•・])\1+")


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
    starts = sorted(match.start() for pattern in (_REPEATED_BANNER, _DOUBLED_DOT) for match in pattern.finditer(text))
    numbers, number, counted = set(), first, 0
    for start in starts:  # lines counted from the last match on, not from the top each time
        number += text.count("\n", counted, start)
        counted = start
        numbers.add(number)
    return frozenset(numbers)


def collapse_banners(text: Located) -> tuple[Located, list[Edit]]:
    text, repeat_edits = text.substitute(_REPEATED_BANNER, _first_unit, "banner-repeat")
    text, dot_edits = text.substitute(_DOUBLED_DOT, lambda match: match.group(1), "banner-repeat")
    return text, repeat_edits + dot_edits
