"""Chinese surnames, and a line that is nothing but people's names.

A name is told by its shape (two to four Han characters, parted from the next by a space)
and by how it opens: the common surnames below carry about nine in ten people in mainland
China, Hong Kong and Taiwan. The list is a boost to the shape, never the only gate.
"""

from __future__ import annotations

import regex

# The most frequent single-character surnames (about nine in ten people in mainland China,
# Hong Kong and Taiwan carry one of them), simplified and traditional forms.
COMMON_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
    "張劉陳楊黃趙吳徐孫馬鄭謝許韓馮鄧蕭葉蘇魏呂蔣鍾譚陸範賈韋鄒邱閆龔萬錢嚴湯"
    # the next ones by frequency that seldom open a word of their own
    "苗倪鲁葛樊殷施翟颜俞庞聂邢岳詹费靳甄裴鲍翁隋柯阮闵柴冉辜饶瞿滕邬臧苟褚娄奚穆冀姬栾郁窦卞佟匡鞠谌涂祁耿牟纪"
    "魯顏龐聶費鮑閔饒鄔婁欒竇諶塗紀"
)
COMPOUND_SURNAMES = frozenset(
    ["欧阳", "歐陽", "司马", "司馬", "诸葛", "諸葛", "上官", "东方", "東方", "皇甫", "令狐", "司徒", "夏侯", "公孙", "公孫", "慕容", "尉迟", "尉遲", "长孙", "長孫", "宇文", "端木", "申屠"]
)

# Two to four names parted by spaces or "、", each two to four Han characters (one printed
# with a space inside, "贺 勇", counts as one; four only after a compound surname).
_NAMES = regex.compile(r"\p{Han}{1,4}(?:[ \u3000]\p{Han})?(?:[ \u3000、]+\p{Han}{1,4}(?:[ \u3000]\p{Han})?){0,3}")
_PARTS = regex.compile(r"[ \u3000、]+")


def names_shaped(text: str, longest: int = 3) -> list[str]:
    """The names a line holds if it has a list of names' shape, else none: each two to
    `longest` characters (four after a compound surname; an agency credits a photo as
    "人民视觉").

    >>> names_shaped("樊小杰 孔令华"), names_shaped("贺 勇"), names_shaped("尚法求雄 盛世气象"), names_shaped("人民视觉", 4)
    (['樊小杰', '孔令华'], ['贺勇'], [], ['人民视觉'])
    """
    text = text.strip()
    if not _NAMES.fullmatch(text):
        return []  # most lines: marks, digits or a long run of characters
    names = _rejoined(_PARTS.split(text))
    return names if all(2 <= len(name) <= longest or len(name) == 4 and name[:2] in COMPOUND_SURNAMES for name in names) else []


def names_alone(text: str) -> bool:
    """Nothing but people's names, one of them opening with a common surname.

    >>> [names_alone(text) for text in ("孙海杰", "樊小杰 孔令华", "贺 勇", "欧阳文华")]
    [True, True, True, True]
    >>> [names_alone(text) for text in ("开秧门", "琅琊山记", "减排又赚钱 村民笑开颜", "李明。")]
    [False, False, False, False]
    """
    return any(name[:1] in COMMON_SURNAMES or name[:2] in COMPOUND_SURNAMES for name in names_shaped(text))


def _rejoined(parts: list[str]) -> list[str]:
    """A one-character part is the rest of the name before it ("贺", "勇": 贺勇)."""
    names: list[str] = []
    for part in parts:
        if len(part) == 1 and names and len(names[-1]) == 1:
            names[-1] += part
        else:
            names.append(part)
    return names
