"""Chinese surnames, a line that is nothing but people's names, and a reader's signature (a
place and a name).

A name is told by its shape (two to four Han characters, parted from the next by a space)
and by how it opens: the common surnames below carry about nine in ten people in mainland
China, Hong Kong and Taiwan. The list is a boost to the shape, never the only gate.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from cleanup.config import DEFAULT, Config
from cleanup.cues import PLACE_ENDINGS
from cleanup.lexicon import token_spans, word_tag
from cleanup.lines import Line
from cleanup.script import to_simplified

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

    >>> [names_alone(text) for text in ("周文涛", "樊小杰 孔令华", "贺 勇", "欧阳文华")]
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


# The dictionary's tags of places, organisations and abbreviations.
_NAME_TAGS = frozenset({"ns", "nt", "j"})
# The words a name of several may be made of: nouns, names of places and bodies, abbreviations.
_NAME_PARTS = frozenset({"n", "ns", "nt", "j", "nz"})


def names_a_place_or_body(text: str, config: Config = DEFAULT) -> bool:
    """One word of the dictionary that names a place, a body or an abbreviated one ("四川",
    "证监会", "公安部"), the label a kicker gives; a person's name or a common noun is none.
    In simplified text, a few nouns that end on such a name or on a place's or a body's last
    character ("质检|总局", "中央|国家机关"), at most `Config.label_named_chars` long, name one
    too; a phrase with any other word in it ("风景|更|美", "贵州|在") does not. (The dictionary
    is simplified: a Hong Kong headline's words come tagged by their simplified form.)

    >>> names_a_place_or_body("央行"), names_a_place_or_body("王建国"), names_a_place_or_body("改革进行时")
    (True, False, False)
    >>> names_a_place_or_body("质检总局"), names_a_place_or_body("中央国家机关"), names_a_place_or_body("贵州在")
    (True, True, False)
    """
    word = "".join(text.split())
    tag = word_tag(word) if len(word) >= 2 else None
    if tag in _NAME_TAGS or tag == "n" and word[-1] in PLACE_ENDINGS:
        return True
    if tag is not None or not 2 <= len(word) <= config.label_named_chars or to_simplified(word) != word:
        return False
    tags = [word_tag(word[start:end]) for start, end in token_spans(word)]
    return all(part in _NAME_PARTS for part in tags) and (tags[-1] in _NAME_TAGS or word[-1] in PLACE_ENDINGS)


def signs_a_letter(lines: Sequence[Line]) -> bool:
    """A place and a person's name, on two lines or parted by a space ("某某省某市" | "王某某"):
    how a reader signs a letter.

    >>> signs_a_letter([Line(1, "河北保定市"), Line(2, "王小明")]), signs_a_letter([Line(1, "河北保定市 王小明")])
    (True, True)
    >>> signs_a_letter([Line(1, "河北保定市"), Line(2, "新春走基层")])
    False

    A name set letter-spaced may wrap a character to a line ("河北保定市" | "王" | "明"):

    >>> signs_a_letter([Line(1, "河北保定市"), Line(2, "王"), Line(3, "明")]), signs_a_letter([Line(1, "河北保定市 王"), Line(2, "明")])
    (True, True)
    """
    if not lines:
        return False
    parts = lines[0].text.split()
    if len(lines) > 1:
        tail = "".join(line.text.strip() for line in lines[1:])
        parts = parts[:1] + ["".join(parts[1:]) + tail] if len(parts) > 1 else parts + [tail]
    if len(parts) != 2:
        return False
    name = "".join(parts[1].split())
    return 2 <= len(name) <= 3 and names_a_place_or_body(parts[0]) and _a_name_alone(name)


def _a_name_alone(text: str) -> bool:
    """Two or three characters that are no word of the dictionary but a person's name, open on a
    common surname and no word of two, and end on no place's last character: a person's name
    ("王小明", "王某某"; not "新春", "三河村"). The dictionary alone would take a headline's
    half beside a place ("某某省某市" | "年味浓", "风景美", "方向明"): few such phrases are words of
    it, and few open on a surname.

    >>> _a_name_alone("王小明"), _a_name_alone("新春"), _a_name_alone("三河村"), _a_name_alone("新春走基层")
    (True, False, False, False)
    >>> _a_name_alone("年味浓"), _a_name_alone("西湖美"), _a_name_alone("石榴红")
    (False, False, False)
    """
    tag, opening = word_tag(text), word_tag(text[:2]) if len(text) > 2 else None
    return (
        names_alone(text)
        and len(text) <= 3
        and (tag is None or tag.startswith("nr"))
        and (opening is None or opening.startswith("nr"))
        and text[-1] not in PLACE_ENDINGS
    )
