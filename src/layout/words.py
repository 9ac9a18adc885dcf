"""Words shared between texts, without a dictionary: adjacent Han character pairs.

A headline shares words with its own article, two parts of one article share
names and terms, and a campaign banner shares hardly any with the article next
to it. Character pairs are a cheap stand-in for words that works for both
scripts and any vocabulary.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

import regex

_HAN_RUN = regex.compile(r"\p{Han}{2,}")


@lru_cache(maxsize=4096)
def pairs_of(text: str) -> frozenset[str]:
    """The text's pairs; each paragraph is compared across several boundaries, so they are kept a while.

    >>> sorted(pairs_of("改革进行时"))
    ['改革', '行时', '进行', '革进']
    """
    return frozenset(run[start : start + 2] for run in _HAN_RUN.findall(text) for start in range(len(run) - 1))


def share(part: frozenset[str], whole: frozenset[str]) -> float:
    """The share of `part`'s pairs that `whole` holds too (0 when `part` has none)."""
    return len(part & whole) / len(part) if part else 0.0


def common_pairs(texts: Iterable[str], most: float) -> frozenset[str]:
    """The pairs found in more than `most` of the texts ("发展", "我们" on most pages): words of
    the page's subject or of the language, which tell no two parts of it apart.

    >>> sorted(common_pairs(["改革进行时", "改革开放", "乡村振兴"], 0.5))
    ['改革']
    """
    counts: Counter[str] = Counter()
    total = 0
    for text in texts:
        counts.update(pairs_of(text))
        total += 1
    return frozenset(pair for pair, count in counts.items() if count > most * total and count > 1)
