"""Parsing the printed conventions: page header, dateline (电头), byline (署名), jump line, photo credit.

Patterns accept both bracket widths and both scripts, because they run on the
raw text, before punctuation is repaired.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import regex

from cleanup.config import DEFAULT, Config
from cleanup.cues import (
    AUTHOR_NOTE,
    BYLINE_MARKS,
    EDITOR_LINE,
    EDITOR_WORDS,
    GIVEN_BY,
    PAGE_DATE,
    PHOTO_MARKS,
    PHOTO_STORY,
    REPORTER_TITLE_PATTERN,
    SIGN_OFF_VERBS,
    SPONSOR_LINE,
    WEEKDAYS,
    alternation,
)
from cleanup.lexicon import word_tag
from layout.model import CreditRole, Dateline
from layout.names import split_glued

_SPACE = r"[ \u3000\u00a0]"
_OPEN, _CLOSE = r"[（(]", r"[）)]"

_DATE_PARTS = regex.compile(r"(\d{1,2})\D*月\D*(\d{1,2})")
# Compiled once, as the patterns a byline's names are read with are asked of every credit.
_SPACES = regex.compile(_SPACE)
_SECTION_NAME = regex.compile(r"\p{Han}{2,8}")
_NAME_PARTING = regex.compile(rf"[{_SPACE[1:-1]}、，,/]+")
_NAME_CHUNK = regex.compile(r"[\p{Han}·]+")
_NAMES_PARTING = regex.compile(r"[\s、，,]+")

WEEKDAY = regex.compile(alternation(WEEKDAYS))
EMAIL = regex.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")

CREDIT = regex.compile(
    rf"(?:^|(?<=[。！？!?…”’」』）)]))(?P<mark>{alternation(BYLINE_MARKS)}){_SPACE}*(?P<who>[^■□。，！？!?]*?){_SPACE}*(?P<photo>{alternation(PHOTO_MARKS)})"
    rf"(?!{alternation(PHOTO_STORY)})(?P<rest>.*)$"
)
# A credit in brackets closing a caption: "…难免出故障（新华社记者 王建威 摄）".
BRACKETED_CREDIT = regex.compile(
    rf"[（(]{_SPACE}*(?P<who>[^（()）。，！？!?]{{1,30}}?){_SPACE}*(?P<photo>{alternation(PHOTO_MARKS)})[）)](?P<rest>){_SPACE}*$"
)


# Any photo mark, which both credit patterns need: searched for first, with the standard library.
_PHOTO_MARK = re.compile("|".join(map(re.escape, PHOTO_MARKS)))


def find_credit(text: str) -> regex.Match | None:
    """A photo credit in the text: marked ("■邵志远 摄") or closing it in brackets. Most
    paragraphs hold no photo mark: the two patterns are not searched there."""
    if not _PHOTO_MARK.search(text):
        return None
    return CREDIT.search(text) or BRACKETED_CREDIT.search(text)


# A credit printed as the last line of a photo story, without a mark: "本报记者 贺 勇摄", "孙宏韬摄影报道".
STORY_CREDIT = regex.compile(
    rf"(?:{REPORTER_TITLE_PATTERN})?{_SPACE}*\p{{Han}}(?:{_SPACE}*\p{{Han}}){{1,5}}{_SPACE}*(?:摄影报道|攝影報道|{alternation(PHOTO_MARKS)})(?:{_SPACE}*[（(][^（()）]{{1,10}}[）)])?"
)
# What a story credit ends on: its photo mark, or the bracket of the source after it.
_STORY_CREDIT_ENDS = frozenset({*(mark[-1] for mark in ("摄影报道", "攝影報道", *PHOTO_MARKS)), "）", ")"})


def is_story_credit(text: str) -> bool:
    """The whole text is a story credit (`STORY_CREDIT`). Asked of every paragraph: one that
    ends on no photo mark and no bracket is let go before the pattern.

    >>> is_story_credit("本报记者 贺 勇摄"), is_story_credit("孙宏韬摄影报道（人民视觉）"), is_story_credit("他说，这张照片是他摄")
    (True, True, False)
    """
    return text[-1:] in _STORY_CREDIT_ENDS and bool(STORY_CREDIT.fullmatch(text))

# "…图为4月15日，合作社社员在进行春季插秧。": the caption a photo story ends on.
CAPTION_END = regex.compile(r"(?:^|[。！？!?]\s*)(?:图为|圖為|图為)[^。！？!?]*[。！？!?]?\s*$")
_MARK = regex.compile(r"[\p{P}\s]")


def credits_the_story(credit: str, before: str, config: Config = DEFAULT) -> bool:
    """The credit closing a photo story: "本报记者 贺 勇摄", or under a caption (`before`
    ends "…图为…。") a short name with no mark at all, a photographer or an agency ("人民视觉")."""
    credit = credit.strip()
    if STORY_CREDIT.fullmatch(credit):
        return True
    bare_name = len(credit) <= config.label_any_chars and not _MARK.search(credit)
    return bare_name and bool(CAPTION_END.search(before))
_TITLES = regex.compile(f"({REPORTER_TITLE_PATTERN})")
# The last two characters of a title say the role ("本报通讯员": 讯员); a reporter unless listed.
_TITLE_ROLES: dict[str, CreditRole] = {
    "讯员": "correspondent", "訊員": "correspondent", "摄影": "photographer", "攝影": "photographer", "编者": "editor", "編者": "editor",
}
# A credit's closing mark: the names before it took the photograph.
_PHOTO_CLOSE = regex.compile(r"\s*(?:摄影报道|攝影報道|摄|攝)$")
_SIGN_OFF = regex.compile(rf"[（(](?P<title>(?:{REPORTER_TITLE_PATTERN})?)\s*([^（()）]{{2,30}}?)\s*(?P<did>{alternation(SIGN_OFF_VERBS)})?[）)]")
_BYLINE_MARK = regex.compile(rf"^{_SPACE}*(?:{alternation(BYLINE_MARKS)}){_SPACE}*")


@dataclass(frozen=True)
class PageHeader:
    date: str | None
    number: str | None
    text: str
    section: str | None = None


def parse_page_header(text: str) -> PageHeader | None:
    """The dated header line; a page number printed against the year, or before it, is split off
    ("32023 年" or "14 2017年" = page 3, page 14), and so is a section printed at its end
    ("… 星期日 经济", "… 电子信箱 x@y.com 政治").

    >>> parse_page_header("12 2017年4月23日 星期日 经济")
    PageHeader(date='2017-04-23', number='12', text='2017年4月23日 星期日', section='经济')
    """
    match = PAGE_DATE.match(text.strip())
    if not match:
        return None
    rest = match.group("rest").strip()
    if rest and not WEEKDAY.match(rest) and len(rest) > 12:
        return None
    date = f"{match.group('year')}-{int(match.group('month')):02d}-{int(match.group('day')):02d}"
    shown = text.strip()[match.start("year") :]
    shown, section = _header_section(shown, rest)
    return PageHeader(date, match.group("page") or None, shown, section)


def _header_section(shown: str, rest: str) -> tuple[str, str | None]:
    """A section name at the end of the header: after the weekday, or after the editors' mailbox."""
    after_weekday = WEEKDAY.sub("", rest, count=1).strip() if WEEKDAY.match(rest) else ""
    if _SECTION_NAME.fullmatch(after_weekday):
        return shown[: len(shown) - len(after_weekday)].strip(), after_weekday
    kept, section = split_editor_line(shown)
    return (kept, section) if section else (shown, None)


def split_editor_line(text: str) -> tuple[str, str | None]:
    """"□编辑 … 电子信箱 x@y.com 党的建设": the section name printed after the mailbox is split off."""
    emails = list(EMAIL.finditer(text))
    if not emails:
        return text.strip(), None
    tail = text[emails[-1].end() :].strip()
    if tail and _SECTION_NAME.fullmatch(tail):
        return text[: emails[-1].end()].strip(), tail
    return text.strip(), None


def is_editor_line(text: str) -> bool:
    """The page's credits ("□编辑 刘天 视觉 范佳元 校对 孙哲"): a label then a space or a colon
    before the name, or two labels; not a sentence or a title that opens on the word for an
    editor or an art desk (a caption, "编辑部今年迎来三位新同事…"; "美术馆里过大年").

    >>> [is_editor_line(text) for text in ("□编辑 刘天 视觉 范佳元", "责任编辑：王明，李华", "编辑刘天视觉范佳元")]
    [True, True, True]
    >>> [is_editor_line(text) for text in ("编辑部今年迎来三位新同事，人手更足了。", "美术馆里过大年", "视觉中国供图")]
    [False, False, False]
    """
    stripped = text.strip()
    if stripped[:1] not in _EDITOR_LINE_OPENERS:
        return False  # most units: told by the first character, before the pattern
    label = EDITOR_LINE.match(stripped)
    if label is None:
        return False
    return stripped[label.end() : label.end() + 1] in _LABEL_ENDS or len(_EDITOR_WORD.findall(stripped)) >= 2


_LABEL_ENDS = frozenset(" \u3000:：")
# What an editor line opens on once stripped: its mark, or an editor word (`EDITOR_LINE`,
# whose spaces the strip takes off).
_EDITOR_LINE_OPENERS = frozenset(["□", "■", *(word[0] for word in EDITOR_WORDS)])
_EDITOR_WORD = regex.compile(alternation(EDITOR_WORDS))


def sponsor_section(text: str) -> str | None:
    """"党的建设 中共济宁市委组织部 … 主办": the first word names the page's section."""
    if not SPONSOR_LINE.search(text):
        return None
    first = text.strip().split()[0] if text.strip().split() else ""
    return first if 2 <= len(first) <= 8 and not SPONSOR_LINE.search(first) else None


def parse_dateline(match: regex.Match, text: str) -> Dateline:
    date_text = match.group("date")
    month = day = None
    if date_text:
        parts = _DATE_PARTS.search(date_text)
        month, day = int(parts.group(1)), int(parts.group(2))
    who = match.group("who") or ""
    return Dateline(
        text=text,
        source=match.group("source"),
        place=match.group("place") or None,
        date_text=_SPACES.sub("", date_text) if date_text else None,
        month=month,
        day=day,
        reporters=persons(who),
        roles=credits(who),
    )


def persons(text: str) -> list[str]:
    """The names in "记者 刘传伏 本报通讯员 李超" or "王明、李华": titles dropped."""
    return list(credits(text))


def credits(text: str, default: CreditRole = "reporter") -> dict[str, CreditRole]:
    """Each name of a byline, dateline or photo credit with the role its title gives it.

    A name takes the role of the title printed before it ("通讯员" a correspondent,
    "摄影" a photographer, "编者" an editor, any other title a reporter), or `default`
    when none is; a closing "摄" or "摄影报道" makes the names before it photographers.

    >>> credits("本报记者 刘作义 本报通讯员 谭曰鹏 吴计建")
    {'刘作义': 'reporter', '谭曰鹏': 'correspondent', '吴计建': 'correspondent'}
    >>> credits("本报记者 李舸 摄影报道")
    {'李舸': 'photographer'}
    >>> credits("本报通讯员 李超张培龙")
    {'李超': 'correspondent', '张培龙': 'correspondent'}
    """
    text, photographed = _PHOTO_CLOSE.subn("", text.strip())
    found: dict[str, CreditRole] = {}
    role = default
    for piece in _TITLES.split(text):
        title = _TITLES.fullmatch(piece)
        if title:
            role = _TITLE_ROLES.get(piece[-2:], "reporter")
            continue
        for chunk in _NAME_PARTING.split(piece):
            chunk = chunk.strip()
            if 2 <= len(chunk) <= 6 and _NAME_CHUNK.fullmatch(chunk):
                for name in split_glued(chunk):
                    found.setdefault(name, "photographer" if photographed else role)
    return found


def is_sign_off(text: str) -> bool:
    """"（刘志勇 杨启林）": the reporters' names in brackets that close an article, with their title
    and what they did, if printed ("（本报记者王明采访整理）").

    >>> is_sign_off("（刘志勇 杨启林）"), is_sign_off("（本报记者王明采访整理）"), is_sign_off("（本系列评论到此结束）")
    (True, True, False)
    >>> is_sign_off("（记者手记）"), is_sign_off("（通讯员供图）")
    (False, False)
    """
    match = _SIGN_OFF.fullmatch(text.strip())
    if not match:
        return False
    printed = match.group(0)[1:-1]
    if "".join(persons(printed)) == _NAMES_PARTING.sub("", printed):
        return True
    # with a title or what they did, the rest names people, as a word for a thing or a deed does
    # not ("（记者手记）" is a column's label, "（通讯员供图）" a credit)
    return bool(match.group("title") or match.group("did")) and _names_people(match.group(2))


def _names_people(text: str) -> bool:
    """Names, as far as the text shows: `persons` reads them, and none is a word of another kind
    the dictionary holds ("手记", "调查") or says who gave a picture or a text (`GIVEN_BY`); a
    name it lacks ("蒲波") is a name.

    >>> _names_people("王明 李华"), _names_people("蒲波"), _names_people("手记"), _names_people("供图")
    (True, True, False, False)
    """
    names = persons(text)
    return "".join(names) == _NAMES_PARTING.sub("", text) and all(_a_name(name) for name in names)


def _a_name(word: str) -> bool:
    tag = word_tag(word)
    return tag.startswith("nr") if tag else not word.startswith(tuple(GIVEN_BY))


def is_author_note(text: str) -> bool:
    """A paragraph in brackets that says who the author is, as a commentary closes on.

    >>> is_author_note("（作者为青山县作协主席、市文联副主席）"), is_author_note("（作者单位：青山师范学院）")
    (True, True)
    >>> is_author_note("（作者为市委党校（市行政学院）副教授）")
    True
    >>> is_author_note("（图②，资料图片）"), is_author_note("作者认为，这是必然的。")
    (False, False)
    """
    return bool(AUTHOR_NOTE.fullmatch(text.strip()))


def strip_byline_mark(text: str) -> str:
    return _BYLINE_MARK.sub("", text)


def starts_with_byline_mark(text: str) -> bool:
    """A byline's mark ("■") opens the text, spaces aside. The first character is asked before
    the pattern: the classifier asks it of every unit, and few open on a mark.

    >>> starts_with_byline_mark(" ■本报记者 王明"), starts_with_byline_mark("本报记者 王明")
    (True, False)
    """
    return text.strip()[:1] in BYLINE_MARKS and bool(_BYLINE_MARK.match(text))
