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


def common_pairs(texts: Iterable[str], most: float, crowded: tuple[float, float] | None = None) -> frozenset[str]:
    """The pairs found in more than `most` of the texts ("发展", "我们" on most pages): words of
    the page's subject or of the language, which tell no two parts of it apart.

    With `crowded` = (density, reach), texts in page order, a pair held by at least `density`
    of the texts over the stretch it spans, a stretch no longer than `reach` of the page, is
    not common: it belongs to the one story told there (its protagonist's name in most of
    the paragraphs of a long feature), and names that story on both sides of an intertitle.

    >>> sorted(common_pairs(["改革进行时", "改革开放", "乡村振兴"], 0.5))
    ['改革']
    >>> texts = ["王建国说", "王建国笑", "诚信为本", "天气晴朗", "农业丰收", "工业发展", "交通便利"]
    >>> sorted(common_pairs(texts, 0.2)), sorted(common_pairs(texts, 0.2, crowded=(0.7, 0.34)))
    (['建国', '王建'], [])
    """
    held = [pairs_of(text) for text in texts]
    counts: Counter[str] = Counter()
    for pairs in held:
        counts.update(pairs)
    total = len(held)
    floor = most * total  # worked out once: the page's pairs are thousands, most of them printed once
    frequent = [pair for pair, count in counts.items() if count > 1 and count > floor]
    if not crowded:
        return frozenset(frequent)
    density, reach = crowded

    def in_one_stretch(pair: str) -> bool:
        """Where the pair's texts lie: looked up for the few frequent pairs only."""
        where = [index for index, pairs in enumerate(held) if pair in pairs]
        span = where[-1] - where[0] + 1
        return counts[pair] >= density * span and span <= reach * total

    return frozenset(pair for pair in frequent if not in_one_stretch(pair))
