"""Tidying the classified units before assembly: titles split over units, byline tails, credits.

The unwrapper cuts at every short line, so one printed title can arrive as
several units of one block (a line leading into it with a colon or a comma read as
text), a byline as a "■" line plus a names line, and a photo credit with a banner
glued after its "摄". Where no blank line parts two titles, print still does: a
column tag closes a headline, and a place or a body over a wider line is a kicker.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property
from operator import is_

import regex

from cleanup import Line, Located, Unit
from cleanup.config import DEFAULT, Config
from cleanup.cues import (
    BOX_TITLE,
    JUMP_FROM,
    PLACE_ENDINGS,
    REPORTER_TITLE_PATTERN,
    closing_dateline,
    is_reference,
    jump_line,
    match_dateline,
)
from cleanup.lexicon import token_spans, word_bridges, word_tag
from cleanup.marks import (
    bracket_balance,
    clearly_unfinished,
    closes_what_it_did_not_open,
)
from cleanup.script import in_simplified
from cleanup.shapes import COMPILED, signs_off
from cleanup.surnames import (
    names_a_place_or_body,
    names_alone,
    names_shaped,
    signs_a_letter,
)
from cleanup.tables import table_cells
from cleanup.unbroken import title_lines_whole
from layout.classify import PROSE_MARK, Piece
from layout.meta import (
    CREDIT,
    STORY_CREDIT,
    credits_the_story,
    find_credit,
    is_author_note,
    is_sign_off,
    is_story_credit,
    persons,
    strip_byline_mark,
)
from layout.title_runs import (
    runs_to_part,
    starts_new_title,
    turns_to_another_title,
    wraps_on_for_sure,
)
from layout.titles import (
    ends_with_column_tag,
    is_subheadline,
    without_column_tag,
)

_REPORTER_LINE = regex.compile(rf"^\s*(?:{REPORTER_TITLE_PATTERN})")
# One or two Han characters, no numeral: the rest of a name (an intertitle "一" is a numeral).
_NAME_TAIL = regex.compile(r"(?![一二三四五六七八九十])\p{Han}{1,2}")
_NAMES_LINE = regex.compile(r"^[\p{Han}·]{2,4}(?:[ \u3000]+[\p{Han}·]{2,4})*$")
# What parts the names a byline prints: a space, its mark or a reporter's title.
_BEFORE_A_NAME = regex.compile(rf"[\s\u3000■]|{REPORTER_TITLE_PATTERN}")


@dataclass
class Body:
    """A body paragraph with the printed extras found at its edges cut away."""

    piece: Piece
    text: Located
    # The paragraph with its dateline still on, for a dateline that cannot be the article's.
    whole: Located | None = None
    dateline: Located | None = None
    dateline_match: regex.Match | None = None
    jump: Located | None = None
    # "（上接1版）" opening the paragraph: the article continues here from another page.
    jump_from: Located | None = None
    credit: Located | None = None
    # A banner the print set right after the credit ("…■新华社记者 王建威 摄 改革进行时").
    banner: Located | None = None
    # The whole paragraph is the credit closing a photo story ("本报记者 王 明摄", "人民视觉").
    credits_story: bool = False
    # A table's rows of cells (`cleanup.tables`), kept as printed.
    table: list[list[str]] = field(default_factory=list)

    @property
    def first(self) -> int:
        return self.piece.first

    @property
    def starts_article(self) -> bool:
        return self.dateline is not None or self.jump_from is not None

    @cached_property
    def closes_article(self) -> bool:
        """A jump line, the reporters' sign-off (in brackets, or "本报记者 何聪整理"), the author's
        note, a dateline in brackets ("（本报开罗2月16日电）"), a reference ("案件編號：…", "图片来源：…") or a photo story's credit ends an article.
        (Asked of each paragraph many times while the articles are assembled, and a body is
        not changed once read: kept.)"""
        text = self.text.text
        return (
            self.jump is not None
            or is_sign_off(text)
            or signs_off(text)
            or is_author_note(text)
            or is_reference(text.strip())
            or closing_dateline(text)
            or self.is_story_credit
        )

    @property
    def is_note(self) -> bool:
        """A paragraph wholly in brackets ("（本系列评论到此结束）", "（图②，资料图片）"): under a
        closed text, one more of its closing notes, not another article's first paragraph. Not a
        labelled one ("（编者按：…）"), which leads into the text after it."""
        return bool(_NOTE.fullmatch(self.text.text.strip())) and self.jump_from is None

    @property
    def is_story_credit(self) -> bool:
        return self.credits_story or is_story_credit(self.text.text.strip())


def tidy(pieces: list[Piece], config: Config = DEFAULT, flat: bool = False) -> list[Piece]:
    """Merge what belongs together and split glued banners off credits. `flat`: the page prints a
    paragraph to a line, so no title of it was wrapped (`layout.title_runs.starts_new_title`)."""
    out: list[Piece] = []
    pieces, unbroken = _titles_parted(_leads_in_titles(pieces, config), config)
    set_apart = _set_apart_line_by_line(pieces, config)
    for index, piece in enumerate(pieces):
        previous = out[-1] if out else None
        same_block = previous is not None and not piece.unit.opens_block
        before = out[-2] if len(out) > 1 else None
        if same_block and previous.kind == "title" and piece.kind == "body" and _closes_the_tag_above(previous, piece):
            piece = Piece("title", piece.lines, piece.unit)  # the rest of the title's column tag, however it reads
        if previous is not None and previous.kind == "title" and piece.kind == "title" and (same_block or index in set_apart):
            # no title runs on from the text's sign-off or a reader's signature ("某某省某市 王某" | "来信")
            joins = not _a_sign_off(previous.lines) and not signs_a_letter(previous.lines) and not signs_a_letter(piece.lines) and _runs_on_as_title(previous, piece, before, index in unbroken, config, flat) if same_block else wraps_on_for_sure(previous.lines, piece.lines, config)
            if joins:
                out[-1] = Piece("title", previous.lines + piece.lines, previous.unit)
            else:
                out.append(piece)
        elif same_block and previous.kind == "byline" and (piece.kind == "byline" or _continues_byline(piece, previous, config, pieces[index + 1] if index + 1 < len(pieces) else None)):
            out[-1] = Piece("byline", previous.lines + piece.lines, previous.unit)
        elif same_block and previous.kind == "credit" and piece.kind in ("title", "furniture") and piece.unit.closes_block:
            # a banner printed under a photo's credit; where no blank line follows (a dump
            # without any), the title after a credit is the next article's
            out.append(Piece("furniture", piece.lines, piece.unit, "banner"))
        elif piece.kind == "credit":
            out.extend(_split_credit(piece))
        else:
            out.append(piece)
    return _sign_offs_gathered([_titled_unless_named(piece) for piece in out], config)


def _titled_unless_named(piece: Piece) -> Piece:
    """A marked line, with any lines that ran on from it, that names no one in a name's two to
    four characters (`cleanup.surnames.names_shaped`) once the reporters' titles are read off,
    but words of more: a place or a body ("■某某省博物馆"), as a box's or a section's title names,
    not a byline. An official's post over the name ("■某某部副部长" | "王明") names its speaker,
    and a reporter's title alone ("■本报评论员") its writer.

    >>> unit = Unit((Line(1, "■某某省博物馆"),), 20, True, True)
    >>> _titled_unless_named(Piece("byline", list(unit.lines), unit)).kind
    'title'
    >>> unit = Unit((Line(1, "■某某部副部长"), Line(2, "王明")), 20, True, True)
    >>> _titled_unless_named(Piece("byline", list(unit.lines), unit)).kind
    'byline'
    """
    if piece.kind != "byline":
        return piece
    names = persons(strip_byline_mark(" ".join(line.text.strip() for line in piece.lines)))
    if not names or not all(_names_a_body(name) for name in names):
        return piece  # a title alone names its writer too ("本报评论员"), and a long name its person ("约翰·史密斯")
    return Piece("title", piece.lines, piece.unit)


def _names_a_body(name: str) -> bool:
    """Words longer than a name that end on a body's or a place's word ("某某省博物馆",
    "某某区委宣传部"), not a person's name of more than four characters: a transliterated one
    keeps its dot ("约翰·史密斯") or ends on no word of the dictionary ("阿卜杜热合曼").

    >>> [_names_a_body(name) for name in ("某某省博物馆", "某某区委宣传部", "王明", "约翰·史密斯", "阿卜杜热合曼")]
    [True, True, False, False, False]
    """
    if names_shaped(name, longest=4) or _NAME_DOT.search(name):
        return False
    start, end = token_spans(name)[-1]
    tag = word_tag(name[start:end])
    return name[-1] in PLACE_ENDINGS or end - start >= 2 and tag is not None and not tag.startswith("nr")


# The dot inside a transliterated name ("约翰·史密斯").
_NAME_DOT = regex.compile(r"[·•・‧]")


def _a_sign_off(lines: Sequence[Line]) -> bool:
    """Title lines that end on the reporters who compiled the text ("本报记者" | "林治波整理"): a
    dump without blank lines prints them as a run with the next headline. They are the text's
    last line (`cleanup.shapes.signs_off`), as one block with its lines together is classified."""
    return signs_off(" ".join(line.text.strip() for line in lines))



def _sign_offs_gathered(pieces: list[Piece], config: Config) -> list[Piece]:
    """Each sign-off printed as title lines made one body (`_a_sign_off`), with the title pieces
    right above it that its names run on from (`Config.sign_off_lines` in all), as an extractor
    that sets short lines apart one by one prints them ("本报记者" | "何" | "聪整理")."""
    out: list[Piece] = []
    for piece in pieces:
        if piece.kind != "title" or not piece.text.endswith(COMPILED):
            out.append(piece)
            continue
        gathered, taken = piece, 0
        while not _a_sign_off(gathered.lines) and taken < len(out) and len(gathered.lines) < config.sign_off_lines:
            above = out[-1 - taken]
            if above.kind != "title" or above.lines[-1].number + 1 != gathered.lines[0].number:
                break
            gathered, taken = Piece("title", above.lines + gathered.lines, above.unit), taken + 1
        if _a_sign_off(gathered.lines):
            del out[len(out) - taken :]
            piece = Piece("body", gathered.lines, gathered.unit)
        out.append(piece)
    return out


def _set_apart_line_by_line(pieces: list[Piece], config: Config) -> set[int]:
    """The indexes of title pieces the unwrapper set apart from the title line right above
    them, as blocks of their own with no blank line between (a run of titles after a long
    block's text, `cleanup.unbroken`), in a run no longer than one headline block: the title
    run's signals part or join them as they do a run inside a block. A longer run is the
    page's headlines printed together (`layout.pooled`), read line by line."""
    runs: list[list[int]] = []
    for index, piece in enumerate(pieces):
        previous = pieces[index - 1] if index else None
        adjoining = (
            previous is not None
            and previous.kind == piece.kind == "title"
            and piece.unit.opens_block
            and previous.unit.closes_block
            and piece.lines[0].number == previous.lines[-1].number + 1
        )
        if adjoining and runs and runs[-1][-1] == index - 1:
            runs[-1].append(index)
        elif adjoining:
            runs.append([index - 1, index])
    short = [run for run in runs if sum(len(pieces[index].lines) for index in run) <= config.headline_block_lines]
    return {index for run in short for index in run[1:]}


def _titles_parted(pieces: list[Piece], config: Config) -> tuple[list[Piece], set[int]]:
    """The title units parted where no wrap joined their lines (`line_by_line`), and the indexes of
    the title pieces whose joins the title run's signals decide (`layout.title_runs`): those of a
    run without blank lines (`runs_to_part`) and every part after the first."""
    in_runs = runs_to_part(pieces, config)
    out: list[Piece] = []
    parts_after_first: set[int] = set()
    for index, piece in enumerate(pieces):
        parts = line_by_line(piece, config, index in in_runs) if piece.kind == "title" else [piece]
        parts_after_first.update(range(len(out) + 1, len(out) + len(parts)))
        out.extend(parts)
    return out, runs_to_part(out, config) | parts_after_first


def line_by_line(piece: Piece, config: Config, unbroken: bool = True) -> list[Piece]:
    """A title unit parted where its lines cannot be one title wrapped: the upper line closes a
    title with a dash or a column tag, a line names a campaign (a section banner,
    `layout.title_runs.turns_to_another_title`), the lines above sign off a text (`_a_sign_off`), or the unit's last line runs wider than the one above it
    (a wrap fills the line it leaves; a title wrapped over three lines may run a little wider
    in its middle line). The unwrapper joins title lines by width, which cannot tell a kicker
    from its headline where both are set wider than the column, as a dump without blank lines
    (`unbroken`) prints them. Where an extractor kept a title block apart with blank lines
    (pdfminer groups a kicker with its headline), a title wrapped at a phrase may run wider
    after a short first line ("一季度" | "全县农产品出口增长加快"), so there only a place or a body
    named over a wider line is parted by width ("内蒙古" | "推进…合作示范区建设"), the name alone
    on the title's first line however many lines follow ("广东" | "推荐代表全覆盖" | "发扬…").
    No title ends inside a bracket or a word, nor on a clause mark ("从业30年来，" leads into
    the line under it). A photo credit a narrow box wrapped ("王" | "明摄影报道") is one line of
    text, never parted."""
    if STORY_CREDIT.fullmatch(piece.text):
        return [piece]
    groups = title_lines_whole(piece.lines)
    parts: list[list[Line]] = [groups[0]]
    for group in groups[1:]:
        upper, lower = parts[-1][-1], group[0]
        named = names_a_place_or_body(upper.text, config) and not _halves_alike(upper.text, lower.text)
        label_on_top = named and parts == [[upper]]  # a name alone on the title's first line
        widens = (group is groups[-1] or label_on_top) and lower.width >= upper.width + config.title_wrap_growth and not clearly_unfinished(upper.text)
        bridged = word_bridges(upper.text.strip(), lower.text.strip(), config.bridge_context, least_used=config.title_bridge_frequency) and not _in_spaced_parts(lower.text)
        grows = widens and (unbroken or named) and not bridged
        if turns_to_another_title(upper.text, lower.text, config) or grows or _a_sign_off(parts[-1]):
            parts.append(group)
        else:
            parts[-1] = parts[-1] + group
    if len(parts) == 1:
        return [piece]
    unit, last = piece.unit, piece.lines[-1]
    return [Piece("title", parts[0], unit)] + [
        Piece("title", part, Unit(tuple(part), unit.column, False, unit.closes_block and part[-1] is last)) for part in parts[1:]
    ]


def _in_spaced_parts(text: str) -> bool:
    """A line printed in spaced phrases of Han characters ("守正出新 科技赋能 全网传播"), as a
    simplified headline or deck sets its parts: its first part opens a phrase, so a word read
    across the join above it is chance ("新春好戏先看" | "守正出新…": "看守"). A Hong Kong headline
    runs on over its spaced parts, so there the word counts.

    >>> _in_spaced_parts("守正出新 科技赋能 全网传播"), _in_spaced_parts("守正出新科技赋能"), _in_spaced_parts("政府收緊資助 小型球會")
    (True, False, False)
    """
    parts = text.split()
    return len(parts) > 1 and all(_HAN_PHRASE.fullmatch(part) for part in parts) and in_simplified(text)


_HAN_PHRASE = regex.compile(r"\p{Han}{2,}")


def _halves_alike(upper: str, lower: str) -> bool:
    """Two lines of one length, a column tag aside ("心系青山" | "守护绿水（代表委员在行动）"):
    a headline's halves set one over the other, not a place's name over its headline.

    >>> _halves_alike("心系青山", "守护绿水（代表委员在行动）"), _halves_alike("内蒙古", "推进青山湖两岸三县合作示范区建设")
    (True, False)
    """
    upper, lower = "".join(upper.split()), "".join(without_column_tag(lower).split())
    return len(upper) >= 3 and len(upper) == len(lower)


def _runs_on_as_title(previous: Piece, piece: Piece, before: Piece | None, unbroken: bool, config: Config, flat: bool = False) -> bool:
    """Is the title `piece` the rest of the title `previous` in one block? Always where it is the
    name the wrap cut off an attribution or closes a bracket left open above; not after a subheadline's dash, a text's closing line,
    a column tag's label, a name over a title or a box's title, nor, in a run of titles that no
    blank line parts, where it surely turns to another title (`layout.title_runs`)."""
    if _name_the_wrap_cut_off(previous, piece) or _closes_the_bracket_above(previous, piece):
        return True
    if is_subheadline(piece) or closes_text(previous, before) or _label_after_tag(previous, piece, config) or _name_over_title(previous, piece, config):
        return False
    if BOX_TITLE.match(piece.text) or BOX_TITLE.match(previous.text):
        return False  # "核心阅读" names a box, whole: no end of the title above, no start of the one below
    return not (unbroken and starts_new_title(previous.lines, piece.lines, config, flat))


def _closes_the_tag_above(previous: Piece, piece: Piece) -> bool:
    """Does the piece end on the round bracket the title above left open, with no stop inside
    ("聚焦民生（深入开展" | "“某某”主题教育）")? The rest of the title's column tag, wrapped a
    few words a line, whose quoted words may read as a paragraph of text; a paragraph that closes
    a bracket opened above it ends on its stop.

    >>> above = Piece("title", [Line(1, "聚焦民生（深入开展")], Unit((Line(1, "聚焦民生（深入开展"),), 30, False, False))
    >>> [_closes_the_tag_above(above, Piece("body", [Line(2, text)], Unit((Line(2, text),), 30, False, False))) for text in ("“某某”主题教育）", "调研）后，他说。")]
    [True, False]
    """
    still_open = bracket_balance(previous.text)[0]
    text = piece.text.strip()
    return bool(still_open["（"] or still_open["("]) and text[-1:] in "）)" and closes_what_it_did_not_open(text) and not _STOP.search(text)


_STOP = regex.compile(r"[。！？!?]")


def _closes_the_bracket_above(previous: Piece, piece: Piece) -> bool:
    """A bracket or quote the title above leaves open and this line closes ("图片来源：《青山县志" |
    "图录》"): one line the wrap cut, whatever the upper line's shape says it is."""
    return any(bracket_balance(previous.text)[0].values()) and closes_what_it_did_not_open(piece.text)


def _name_the_wrap_cut_off(previous: Piece, piece: Piece) -> bool:
    """A person's name alone on the line under a dash line that ends on no mark: the wrap cut
    the attribution ("——三坪村村支书" | "杜龙兵"), which names who said the text above it."""
    text = previous.text.strip()
    return text.startswith("——") and not PROSE_MARK.search(text[-1:]) and len(piece.lines) == 1 and names_alone(piece.text)


def _leads_in_titles(pieces: list[Piece], config: Config) -> list[Piece]:
    """A short line that leads into a title line under it in the same block is part of the
    headline: a speaker's name ("骨科醫生：" | "運動前熱身不可少"), though its colon reads
    as a sentence's end, or a kicker's first clause ("作为全省茶叶种植第一大县，" | "青山不只重量更重质")."""
    return [
        Piece("title", piece.lines, piece.unit)
        if piece.kind == "body" and index + 1 < len(pieces) and _leads_into(piece, pieces[index + 1], config)
        else piece
        for index, piece in enumerate(pieces)
    ]


def _leads_into(piece: Piece, following: Piece, config: Config) -> bool:
    """A comma leads into the title line under it in its block; a colon also into a title
    after a blank line ("比尔·盖茨：" | "中国是实现联合国…"): who speaks the headline, a kicker
    printed as a block of its own."""
    text = piece.text.strip()
    lead = len(piece.lines) == 1 and text.endswith(("：", ":", "，", ",")) and len(text) <= config.title_lead_chars
    same_block = not following.unit.opens_block or text.endswith(("：", ":"))
    return lead and not PROSE_MARK.search(text[:-1]) and following.kind == "title" and same_block


def _label_after_tag(title: Piece, after: Piece, config: Config) -> bool:
    """A column tag closes its headline ("乡村小路要为大道让路吗（田间笔记）"), so a short label on
    one line after it ("改革进行时") is a title of its own: a section banner, as a dump without blank
    lines runs it on."""
    return ends_with_column_tag(title.text) and len(after.lines) == 1 and len(after.text) < config.deck_min_chars


def _name_over_title(title: Piece, after: Piece, config: Config) -> bool:
    """A line that is one word of the dictionary, or a place or a body named in a few ("四川",
    "证监会", "质检总局"), over a wider line is a label of its own, the kicker over a headline: a
    headline wraps at its widest and would have gone on. A person's name opens a headline
    ("王建国" | "同邻县县委书记…")."""
    word = "".join(title.text.split())
    if len(title.lines) > 1 or len(word) < 2 or title.lines[0].width + config.full_slack >= after.lines[0].width:
        return False
    tag = word_tag(word)
    return tag is not None and not tag.startswith("nr") or names_a_place_or_body(word, config)


def closes_text(piece: Piece, before: Piece | None) -> bool:
    """A title-shaped line that ends the text before it, never part of a title after it: a
    photo credit ("本报记者 王 明摄", "人民视觉" under a caption), an attribution ("——石桥村村支书王建国")
    or a reference ("案件編號：HCMA12/2020")."""
    text = piece.text.strip()
    caption = before.text if before is not None and before.kind == "body" else ""
    return bool(credits_the_story(text, caption) or is_reference(text) or is_subheadline(piece))


_NOTE = regex.compile(r"[（(][^（()）:：]+[）)]")


def is_name_tail(text: str) -> bool:
    return bool(_NAME_TAIL.fullmatch(text.strip()))


def _continues_byline(piece: Piece, byline: Piece, config: Config = DEFAULT, following: Piece | None = None) -> bool:
    """A names line, or the end of a name the wrap cut ("■…副总理 张高" | "丽"): no longer than a
    name with it (`Config.name_max_chars`), so a place printed over the next headline ("■王某某" |
    "广东") is no part of the byline. A line of four characters alone, over a title line as long
    (`following`), is an intertitle printed a half to a line ("■本报记者 王明" | "村村通路" |
    "家家有车"), no name (`_a_paired_half`)."""
    text = piece.text.strip()
    if is_name_tail(text) and byline.text.strip()[-1:].isalpha():
        last_name = _BEFORE_A_NAME.split(byline.text.strip())[-1]
        return len(last_name) + len(text) <= config.name_max_chars
    names = bool(_REPORTER_LINE.match(text) or _NAMES_LINE.match(text) and not _a_paired_half(text, following)) and not BOX_TITLE.match(text) and not PROSE_MARK.search(text)
    return piece.kind in ("title", "body") and names  # "核心阅读" after a byline titles a box


def _a_paired_half(text: str, following: Piece | None) -> bool:
    """Four characters that are no name of the usual shape (`names_shaped`: two or three, four
    after a compound surname) over a title line as long that names no one either: the halves of an
    intertitle ("村村通路" | "家家有车"). A name of four alone stays one: a Tibetan's or a Mongolian's
    ("次仁多吉"), a married woman's with her husband's surname ("王陈美玲"), and so do five names or
    more on a line, which `names_shaped` does not take.

    >>> title = lambda text: Piece("title", [Line(2, text)], None)
    >>> _a_paired_half("村村通路", title("家家有车")), _a_paired_half("次仁多吉", None), _a_paired_half("次仁多吉", title("春节前后，"))
    (True, False, False)
    """
    if len(text) != 4 or len(text.split()) > 1 or "·" in text or names_shaped(text) or following is None or following.kind != "title":
        return False
    other = "".join(following.text.split())
    return len(other) == len(text) and not names_shaped(other) and not PROSE_MARK.search(other)


def _split_credit(piece: Piece) -> list[Piece]:
    """"■邵志远 摄 砥砺奋进的五年": the words after 摄 are a banner printed beside the credit."""
    first = piece.lines[0]
    if not CREDIT.search(piece.text):
        return [piece]  # the credit reads whole only across its lines ("…摄影报" | "道"): a byline
    match = CREDIT.search(first.text)
    rest = match.group("rest").strip() if match else ""
    if not rest:
        return [piece]
    credit_text = first.text[: match.start("rest")].rstrip()
    credit = Piece("credit", [Line(first.number, credit_text)] + piece.lines[1:], piece.unit)
    banner = Piece("furniture", [Line(first.number, rest)], piece.unit, "banner")
    return [credit, banner]


def body_of(piece: Piece) -> Body:
    """Cut a jump line ("（上接1版）") and the dateline off the front, and a photo credit and
    jump line off the end."""
    unit = piece.unit
    same_lines = len(piece.lines) == len(unit.lines) and all(map(is_, piece.lines, unit.lines))
    text = unit.located if same_lines else Located.from_lines(piece.lines)  # most bodies: their unit's lines, joined once
    body = Body(piece, text, table=table_cells(piece.lines) if piece.unit.table else [])
    if body.table:
        return body  # a table's cells hold no dateline, credit or jump line
    credit = find_credit(text.text)
    if credit and credit.start() > 0:
        rest = credit.start("rest")
        if text.text[rest:].strip():
            body.banner = text.slice(rest).strip()
        body.credit = text.slice(credit.start(), rest)
        text = text.slice(0, credit.start())
    jump = jump_line(text.text)
    if jump:
        body.jump = text.slice(jump.start())
        text = text.slice(0, jump.start())
    jump_from = JUMP_FROM.match(text.text)
    if jump_from:
        body.jump_from = text.slice(0, jump_from.end()).strip()
        text = text.slice(jump_from.end())
    body.whole = text.strip()
    dateline = match_dateline(text.text)
    if dateline:
        body.dateline = text.slice(0, dateline.end()).strip()
        body.dateline_match = dateline
        text = text.slice(dateline.end())
    body.text = text.strip()
    return body
