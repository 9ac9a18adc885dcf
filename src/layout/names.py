"""Chinese personal names run together in print: "李超张培龙" is two people, 李超 and 张培龙.

A byline printed in a narrow column sometimes loses the space between two names. The
split is made only when the run divides into names in exactly one way, each name two or
three characters long (or a compound surname and one or two more) and opening with a
common surname; anything less certain stays one name, because a wrong split invents a
person.
"""

from __future__ import annotations

from functools import lru_cache

from cleanup.surnames import COMMON_SURNAMES, COMPOUND_SURNAMES


def _name_lengths(run: str) -> list[int]:
    """How long a name opening `run` may be: two or three characters after a common
    surname, three or four after a compound one."""
    if run[:2] in COMPOUND_SURNAMES:
        return [3, 4]
    return [2, 3] if run[:1] in COMMON_SURNAMES else []


@lru_cache(maxsize=4096)
def _partitions(run: str) -> tuple[tuple[str, ...], ...]:
    if not run:
        return ((),)
    found: list[tuple[str, ...]] = []
    for length in _name_lengths(run):
        if length <= len(run):
            found += [(run[:length], *rest) for rest in _partitions(run[length:])]
    return tuple(found)


def split_glued(run: str) -> list[str]:
    """The names in a run of characters, or the run itself when it is one name or the split
    is not certain.

    >>> split_glued("李超张培龙")
    ['李超', '张培龙']
    >>> split_glued("王宜轩")
    ['王宜轩']
    >>> split_glued("欧阳文华")
    ['欧阳文华']
    >>> split_glued("张王丽华李")
    ['张王丽华李']
    """
    if len(run) < 4:
        return [run]
    ways = [way for way in _partitions(run) if len(way) > 1]
    if len(ways) != 1 or (len(run) == 4 and run[:2] in COMPOUND_SURNAMES):
        return [run]
    return list(ways[0])
