"""Chinese personal names run together in print: "李超张培龙" is two people, 李超 and 张培龙.

A byline printed in a narrow column sometimes loses the space between two names. The
split is made only when the run divides into names in exactly one way, each name two or
three characters long (or a compound surname and one or two more) and opening with a
common surname; anything less certain stays one name, because a wrong split invents a
person.
"""

from __future__ import annotations

from functools import lru_cache

# The most frequent single-character surnames (about nine in ten people in mainland China,
# Hong Kong and Taiwan carry one of them), simplified and traditional forms.
_COMMON_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
    "張劉陳楊黃趙吳徐孫馬鄭謝許韓馮鄧蕭葉蘇魏呂蔣鍾譚陸範賈韋鄒邱閆龔萬錢嚴湯"
)
_COMPOUND_SURNAMES = frozenset(
    ["欧阳", "歐陽", "司马", "司馬", "诸葛", "諸葛", "上官", "东方", "東方", "皇甫", "令狐", "司徒", "夏侯", "公孙", "公孫", "慕容", "尉迟", "尉遲", "长孙", "長孫", "宇文", "端木", "申屠"]
)


def _name_lengths(run: str) -> list[int]:
    """How long a name opening `run` may be: two or three characters after a common
    surname, three or four after a compound one."""
    if run[:2] in _COMPOUND_SURNAMES:
        return [3, 4]
    return [2, 3] if run[:1] in _COMMON_SURNAMES else []


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
    if len(ways) != 1 or (len(run) == 4 and run[:2] in _COMPOUND_SURNAMES):
        return [run]
    return list(ways[0])
