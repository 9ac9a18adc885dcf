"""Words shared between texts, without a dictionary: adjacent Han character pairs.

A headline shares words with its own article, two parts of one article share
names and terms, and a campaign banner shares hardly any with the article next
to it. Character pairs are a cheap stand-in for words that works for both
scripts and any vocabulary.
"""

from __future__ import annotations

import regex

_HAN_PAIR = regex.compile(r"\p{Han}{2}")


def pairs_of(text: str) -> frozenset[str]:
    """
    >>> sorted(pairs_of("改革进行时"))
    ['改革', '行时', '进行', '革进']
    """
    return frozenset(match.group() for match in _HAN_PAIR.finditer(text, overlapped=True))


def share(part: frozenset[str], whole: frozenset[str]) -> float:
    """The share of `part`'s pairs that `whole` holds too (0 when `part` has none)."""
    return len(part & whole) / len(part) if part else 0.0
