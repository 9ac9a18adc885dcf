"""Byline and credit marks an extractor dropped.

The "■" before a byline or a photo credit is a symbol font's glyph, which some extractors
drop: then a byline is a line of names ("周文涛", "赵鹏 林蔚") and a credit names closing
with 摄 ("邵志远 摄"), and nothing tells them from a short title. A page that prints no
such mark anywhere (an editors' line, "□编辑 …", keeps its own) lost them all: there a line
standing alone between blank lines that is names alone, with a reporter's title before them
or 摄 after them, and a credit that closes a caption ("…阅读盛宴。王明 摄"), get "■" back
("mark-restored" edits) and read as marked ones do.
"""

from __future__ import annotations

import regex

from cleanup.cues import (
    BYLINE_MARKS,
    EDITOR_LINE,
    PHOTO_MARKS,
    REPORTER_TITLE_PATTERN,
    alternation,
)
from cleanup.edits import Edit
from cleanup.lexicon import word_tag
from cleanup.surnames import names_alone, names_shaped

_MARK = regex.compile(alternation(BYLINE_MARKS))
_TITLE = regex.compile(rf"^(?:{REPORTER_TITLE_PATTERN})[ \u3000]*")
_PHOTO = regex.compile(rf"[ \u3000]*(?:摄影报道|攝影報道|{alternation(PHOTO_MARKS)})$")
_EDITORIAL_VOICE = regex.compile(r"(?:本报|本報)?(?:特约|特約)?(?:评论员|評論員)")
# One name-shaped word that ends on an administrative unit ("金乡县", "曲阜市"): a place named
# alone, the kicker over a headline; a person's given name never ends so.
_PLACE_ALONE = regex.compile(r"\p{Han}{1,3}[省市县縣区區州镇鎮乡鄉旗盟]")
# A credit with a banner printed after it on its line ("黎嘉欣 攝 城市脈搏").
_OPENING_CREDIT = regex.compile(rf"[^。！？!?，,■]{{2,30}}?[ \u3000]*(?:{alternation(PHOTO_MARKS)})(?=[ \u3000])")
# A credit closing a caption: after the sentence's end, a few characters and 摄.
_CLOSING_CREDIT = regex.compile(rf"(?<=[。！？!?”」』）)])[^。！？!?”」』）)■]{{2,30}}?[ \u3000]*(?:{alternation(PHOTO_MARKS)})$")


def marks_lost(text: str) -> bool:
    r"""Does the page print no byline or credit mark at all (an editors' line aside)?

    >>> marks_lost("□编辑 王珂\n周文涛\n正文。"), marks_lost("□编辑 王珂\n■周文涛\n正文。")
    (True, False)
    """
    for mark in _MARK.finditer(text):
        start, end = text.rfind("\n", 0, mark.start()) + 1, text.find("\n", mark.end())
        if not EDITOR_LINE.match(text[start : end if end >= 0 else len(text)].strip()):
            return False
    return True


def names_a_person(text: str) -> bool:
    """Names alone, after a reporter's title or before 摄: a byline or credit that lost "■".
    Names after a title or before 摄 need only a name's shape (before 摄, an agency's four
    characters too); names alone, a common surname as well (a short title has a name's shape).

    >>> [names_a_person(text) for text in ("周文涛", "本报记者 李小华摄", "邵志远 摄", "吴德明 摄影报道", "本报评论员")]
    [True, True, True, True, True]
    >>> [names_a_person(text) for text in ("开秧门", "斯雄", "金乡县")]
    [False, False, False]

    After a reporter's title, a word the dictionary holds is a column's name, not a person's.

    >>> [names_a_person(text) for text in ("记者手记", "记者观察", "记者 王明")]
    [False, False, True]
    """
    names, photo = _PHOTO.subn("", text.strip())
    if _EDITORIAL_VOICE.fullmatch(names):
        return True  # "本报评论员": the paper's own voice signs an editorial
    names, titled = _TITLE.subn("", names)
    if titled and not photo and word_tag(names) not in (None, "nr"):
        return False
    if photo or titled:
        return bool(names_shaped(names, longest=4 if photo else 3))
    return names_alone(names) and not _PLACE_ALONE.fullmatch(names)


def _titled_above(lines: list[str], index: int) -> bool:
    """The line over `index` is a reporter's title alone ("新华社记者"): a credit the wrap cut,
    which a page that keeps its marks prints without one, closing a photo story's text.

    >>> _titled_above(["新华社记者", "普布扎西摄"], 1), _titled_above(["", "普布扎西摄"], 1)
    (True, False)
    """
    above = lines[index - 1].strip() if index else ""
    return bool(above) and not _TITLE.sub("", above)


def marks_given_back(text: str, first_line: int = 1) -> tuple[str, list[Edit]]:
    r"""The text with "■" given back where the page lost it (see the module), and the edits.

    >>> marks_given_back("□编辑 王珂\n\n周文涛\n\n…阅读盛宴。王明 摄\n\n开秧门\n\n黎嘉欣 攝 城市脈搏")[0].split("\n")
    ['□编辑 王珂', '', '■周文涛', '', '…阅读盛宴。■王明 摄', '', '开秧门', '', '■黎嘉欣 攝 城市脈搏']
    >>> marks_given_back("□编辑 王珂\n\n新华社记者\n王明摄")[0].split("\n")
    ['□编辑 王珂', '', '新华社记者', '王明摄']
    """
    if not marks_lost(text):
        return text, []  # most pages: their marks are there
    lines = text.split("\n")
    edits: list[Edit] = []
    for index, line in enumerate(lines):
        shown = line.strip()
        alone = (index == 0 or not lines[index - 1].strip()) and (index + 1 == len(lines) or not lines[index + 1].strip())
        opening = _OPENING_CREDIT.match(shown) if alone else None
        credit_line = shown.endswith(tuple(PHOTO_MARKS)) and names_a_person(shown)  # "邵志远 摄": a credit wherever it stands
        if credit_line and _titled_above(lines, index):
            continue  # "新华社记者" | "王明摄": a credit wrapped after its title stays as printed, as on a page that kept its marks
        if shown and (credit_line or alone and (names_a_person(shown) or opening and names_a_person(opening.group()))):
            at = line.index(shown)
        elif shown.endswith(tuple(PHOTO_MARKS)) and (credit := _CLOSING_CREDIT.search(shown)) and names_a_person(credit.group()):
            at = line.rindex(credit.group())
        else:
            continue
        lines[index] = line[:at] + "■" + line[at:]
        edits.append(Edit("mark-restored", first_line + index, shown, lines[index].strip()))
    return "\n".join(lines), edits
