"""What each paragraph unit of the page is: furniture, byline, photo credit, title line or body text.

Only the unit's own form is read here (marks, cue words, shape); where it sits
among the others is the assembler's business.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, replace
from typing import Literal

import regex

from cleanup import Edit, Line, Unit
from cleanup.columns import outside_column
from cleanup.config import DEFAULT, Config
from cleanup.cues import (
    BOX_TITLE,
    COLUMN_TAG,
    PAGE_NUMBER,
    PROMO_MARKS,
    PROMO_WORDS,
    alternation,
)
from cleanup.lines import SpansLines, kept_property
from cleanup.marks import SENTENCE_MARKS, bracket_balance
from cleanup.shapes import (
    CLAUSE,
    closed_by_a_column_tag,
    hangs_under_title,
    is_a_figure,
    is_deck,
    is_unmarked_byline,
    is_wrapped_byline,
    leads_on,
    looks_like_title,
    printed_as_banner,
    set_across_columns,
    signs_off,
    stacked_question,
    wrapped_as_prose,
)
from cleanup.surnames import names_alone
from layout.meta import (
    CREDIT,
    WEEKDAY,
    find_credit,
    is_author_note,
    is_editor_line,
    is_sign_off,
    parse_page_header,
    sponsor_section,
    starts_with_byline_mark,
)
from layout.model import FurnitureRole

Kind = Literal["furniture", "byline", "credit", "title", "body"]


_PROMO_MARK = regex.compile(rf"^\s*(?:{alternation(PROMO_MARKS)})")
_PROMO_WORD = regex.compile(alternation(PROMO_WORDS))
_BEFORE_A_MARK = regex.compile(rf"(?=(?:{alternation(PROMO_MARKS)}))")
_OPENS_OWN_PIECE = regex.compile(r"^\s|^[■□●]")
SUBHEADLINE_LINE = regex.compile(r"^\s*(?:——|—|--)")
_LINK = regex.compile(r"(?:https?://|www\.)\S", regex.IGNORECASE)
_OPENS_AUTHOR_NOTE = regex.compile(r"\s*[（(]\s*作者")
FULL_STOPS = frozenset("。！？!?…；;")
# Names are parted by spaces or "、": a "■" line with stops or commas is a bulleted paragraph.
PROSE_MARK = regex.compile(r"[。！？!?，,；;]")


@dataclass
class Piece(SpansLines):
    """A unit with its kind; furniture carries its role, credits the text printed after 摄."""

    kind: Kind
    lines: list[Line]
    unit: Unit
    role: FurnitureRole | None = None

    @kept_property
    def text(self) -> str:
        """The lines' stripped texts joined, kept on first use: the classifier, the builders and
        the boundary tests ask a piece's text several times, and no piece's lines change once
        it is made (a piece with other lines is a new piece)."""
        return "".join(line.text.strip() for line in self.lines)


def classify_all(units: list[Unit], banner_lines: set[int], config: Config = DEFAULT) -> list[Piece]:
    """Classify unit by unit, except that a block which as a whole is a title stays one title,
    one that as a whole is a call to scan a code stays one promo, and a figure alone between
    blank lines is part of the text; then the page as a whole: reporters' lines without the
    byline mark of a page that marks its bylines (`_unmarked_reporters_inside`), and a sentence
    that leads on over a tagged headline (`_kickers_over_tagged_headlines`).

    The unwrapper ends a unit at a short line closing with "：" or "】", which
    inside a headline block ("【死因研訊】" / "專家證人：") is part of it.
    """
    pieces: list[Piece] = []
    printed = {line.number for unit in units for line in unit.lines}
    for block in _blocks_of(units):
        lines = [line for unit in block for line in unit.lines]
        if len(lines) == 1 and printed.isdisjoint((lines[0].number - 1, lines[0].number + 1)) and is_a_figure(lines[0].text):
            pieces.append(Piece("body", lines, block[0]))  # a data box's figure ("10.5%"), between blank lines
            continue
        if is_promo("".join(line.text.strip() for line in lines), config):
            # "掃描二維碼，" / "關注「眾新聞」": a call to scan is one piece, however it wrapped.
            pieces.append(Piece("furniture", lines, block[0], "promo"))
            continue
        if all(unit.table for unit in block):
            pieces.append(Piece("body", lines, block[0]))  # a table's rows are neither titles nor prose
            continue
        title = _title_block(block, lines, config)
        pieces.extend(title if title else [part for unit in block for part in _author_notes_apart(_subheadlines_apart(classify(unit, banner_lines, config)))])
    pieces = _kickers_over_tagged_headlines(_unmarked_reporters_inside(_exclaiming_over_decks(_decks_under_titles(pieces, config), config), config))
    return _questions_among_titles(_trailing_kickers(pieces, config), config)


def _trailing_kickers(pieces: list[Piece], config: Config) -> list[Piece]:
    """Short paragraphs that trail off ("看展览、逛庙会……", `Config.trailing_kicker_chars`) or
    stop on a clause mark ("某村把晒谷场搭成了戏台，" | "没想到引来了邻村人，"), one under the other
    right over a title, opening the page or under a photo's credit (`_closed_by_a_credit`) or the
    page's furniture: the kicker leading into that headline, printed a line at a time on a page
    that prints a paragraph to a line, not a text of its own, which has a headline and goes on.
    Under a byline or a title they are an article's first paragraphs.

    >>> units = [Unit((Line(n, text),), 0, True, True) for n, text in enumerate(("某村把晒谷场搭成了戏台，", "没想到引来了邻村人，", "某县某村——", "文化大院火了"), 1)]
    >>> [piece.kind for piece in _trailing_kickers([Piece(kind, list(unit.lines), unit) for kind, unit in zip(("body", "body", "title", "title"), units)], DEFAULT)]
    ['title', 'title', 'title', 'title']
    """
    kickers: set[int] = set()
    for index, piece in enumerate(pieces):
        if piece.kind != "title":
            continue
        start = index
        while start > 0 and _trails_off(pieces[start - 1], config):
            start -= 1
        if start < index and (start == 0 or pieces[start - 1].kind in ("credit", "furniture") or _closed_by_a_credit(pieces[start - 1])):
            kickers.update(range(start, index))
    return _as_titles(pieces, kickers)


def _trails_off(piece: Piece, config: Config) -> bool:
    """A short paragraph that trails off or stops on a clause mark: it leads into what follows.
    Not one that opens a quotation or announces what follows ("诗人写道：“我独自漫游，"): the
    words quoted go on under it, a title or not.

    >>> unit = Unit((Line(1, "诗人写道：“我独自漫游，"),), 0, True, True)
    >>> _trails_off(Piece("body", list(unit.lines), unit), DEFAULT)
    False
    """
    text = piece.text
    return (
        piece.kind == "body"
        and text.endswith(_TRAILS_OFF)
        and len(text) <= config.trailing_kicker_chars
        and not _ANNOUNCES.search(text)
        and not any(bracket_balance(text)[0].values())
    )


# A colon announces what follows: a sentence goes on under the line that holds one.
_ANNOUNCES = regex.compile(r"[：:]")


def _closed_by_a_credit(piece: Piece) -> bool:
    """A caption whose photo credit the layout printed on its last line ("…节日氛围。■王某 摄"):
    it closes the caption as a credit printed apart would.

    >>> unit = Unit((Line(1, "旅客在站台上合影留念。■王某 摄"),), 30, True, True)
    >>> _closed_by_a_credit(Piece("body", list(unit.lines), unit))
    True
    """
    credit = CREDIT.search(piece.text)
    return piece.kind == "body" and credit is not None and credit.start() > 0 and not credit.group("rest").strip()


_TRAILS_OFF = ("……", "…", "...", "，", ",", "、")


def _questions_among_titles(pieces: list[Piece], config: Config) -> list[Piece]:
    """A short line that asks or exclaims, between two title lines of one block ("某企业转产防护用品"
    | "为何如此匆忙？" | "负责人回应质疑"): a clause of the headline, whose question ends no sentence
    of a text; no paragraph of one line stands between two titles."""
    asked = {
        index for index in range(1, len(pieces) - 1)
        if pieces[index].kind == "body" and len(pieces[index].lines) == 1 and not pieces[index].unit.opens_block
        and pieces[index - 1].kind == "title" and pieces[index + 1].kind == "title" and not pieces[index + 1].unit.opens_block
        and _QUESTION.fullmatch(pieces[index].text) and len(pieces[index].text) <= config.title_line_max_chars
    }
    return _as_titles(pieces, asked)


# A clause that ends on a question or an exclamation and holds no other mark of a sentence.
_QUESTION = regex.compile(r"[^。！？!?；;]+[？！?!]")


def _kickers_over_tagged_headlines(pieces: list[Piece]) -> list[Piece]:
    """A paragraph that ends on a dash right over a headline its column tag closes ("某部门开通投诉
    平台，回应群众关切——" | "多余的盖章，取消！（政务观察）"): the kicker that leads into that
    headline, a sentence long as it may be, not the last paragraph of the text before."""
    kickers = {
        index for index, (piece, following) in enumerate(itertools.pairwise(pieces))
        if piece.kind == "body" and leads_on(piece.text) and following.kind == "title" and closed_by_a_column_tag(following.text)
    }
    return _as_titles(pieces, kickers)


def _as_titles(pieces: list[Piece], indexes: set[int]) -> list[Piece]:
    """The pieces, those at `indexes` read as titles."""
    return [Piece("title", piece.lines, piece.unit) if index in indexes else piece for index, piece in enumerate(pieces)]


def _unmarked_reporters_inside(pieces: list[Piece], config: Config) -> list[Piece]:
    """A page that marks its bylines ("■本报记者 王明") marks each one: a reporter's line printed
    without the mark there names who wrote a section of an article ("本报记者 李华" under a
    section's title in a feature of several places), a line of its text, not a byline that opens
    another article. Where the page marks fewer than `Config.marked_bylines_min` bylines, an
    unmarked one may be a byline whose mark the extractor lost. A credit whose names the column
    wrapped under the reporter's title reads as titles (`_an_unmarked_reporter`); names the title
    break cut off from it (no blank lines) join it again."""
    marked = sum(piece.kind == "byline" and starts_with_byline_mark(piece.lines[0].text) for piece in pieces)
    if marked < config.marked_bylines_min:
        return pieces
    out: list[Piece] = []
    for piece in pieces:
        credit = out[-1] if out and out[-1].kind == "body" and is_wrapped_byline([line.text for line in out[-1].lines]) else None
        if credit and piece.kind == "title" and is_wrapped_byline([line.text for line in credit.lines + piece.lines]):
            out[-1] = Piece("body", credit.lines + piece.lines, credit.unit)  # more names the title break cut off
        else:
            out.append(Piece("body", piece.lines, piece.unit) if _an_unmarked_reporter(piece) else piece)
    return out


def _an_unmarked_reporter(piece: Piece) -> bool:
    """A reporter's line without the byline mark: one read as a byline, or one whose names the
    column wrapped under the title ("本报记者" | "林 海", `cleanup.shapes.is_wrapped_byline`),
    read as a title since no names follow the title on its line."""
    if piece.kind == "byline":
        return not starts_with_byline_mark(piece.lines[0].text)
    return piece.kind == "title" and is_wrapped_byline([line.text for line in piece.lines])


def _decks_under_titles(pieces: list[Piece], config: Config) -> list[Piece]:
    """A "——" line set wider than the column right under a title line (`cleanup.shapes.hangs_under_title`)
    is the headline's deck, however many sentences it sums the story up in ("——某某：愿加强沟通。
    某某：期待合作。"): as `_a_deck_under` reads it in a block of its own, where a dump without
    blank lines leaves it a unit of its own that reads as prose.

    >>> title = Unit((Line(1, "某国元首同某国领导人举行会谈"),), 26, False, False)
    >>> deck = Unit((Line(2, "——某国元首：愿加强沟通，深化互信。某国领导人：期待在能源领域开展合作。"),), 26, False, False)
    >>> [piece.kind for piece in _decks_under_titles([Piece("title", list(title.lines), title), Piece("body", list(deck.lines), deck)], DEFAULT)]
    ['title', 'title']
    """
    out = list(pieces)
    for index in range(1, len(out)):
        piece, above = out[index], out[index - 1]
        first = piece.lines[0]
        if (
            piece.kind == "body"
            and above.kind == "title"
            and first.number == above.lines[-1].number + 1
            and is_deck(first, sums_up=True)
            and hangs_under_title(first, above.lines[-1], piece.unit.column, config)
        ):
            out[index] = Piece("title", piece.lines, piece.unit)
    return out


def _exclaiming_over_decks(pieces: list[Piece], config: Config) -> list[Piece]:
    """A line of phrases cut by "！" or "？" (`_exclaims_in_phrases`) right over a "——" deck is a
    headline that exclaims, as `_a_deck_under` reads it in a block of its own, where a dump
    without blank lines leaves it a unit of its own that reads as a sentence. A "——" line shorter
    than a deck (`Config.deck_min_chars`) credits the words over it ("真好！咱村也通网了" |
    "——村民王大爷"): a quote in the text, no headline.

    >>> headline = Unit((Line(1, "某项产量首超千吨！丰收喜讯多"),), 26, False, False)
    >>> deck = Unit((Line(2, "——■ 线上消费看点纷呈■ 出游人数再创新高"),), 26, False, False)
    >>> [piece.kind for piece in _exclaiming_over_decks([Piece("body", list(headline.lines), headline), Piece("title", list(deck.lines), deck)], DEFAULT)]
    ['title', 'title']
    """
    out = list(pieces)
    for index in range(len(out) - 1):
        piece, below = out[index], out[index + 1]
        if (
            piece.kind == "body"
            and len(piece.lines) == 1
            and below.lines[0].number == piece.lines[0].number + 1
            and is_deck(below.lines[0], under_title=True)
            and len(below.text.strip()) >= config.deck_min_chars
            and _exclaims_in_phrases(piece.lines, config)
        ):
            out[index] = Piece("title", piece.lines, piece.unit)
    return out


def _subheadlines_apart(piece: Piece) -> list[Piece]:
    """A title's "——" line opens a subheadline of its own ("某地旅客创新高" | "——比去年增长一成"),
    as in `_title_block`, where the unwrapper left it in one unit with the headline (a dump
    without blank lines); the lines the deck wraps onto stay with it, where `_title_block`'s
    block of lines printed apart starts a piece at each.

    >>> title = Unit((Line(1, "某地旅客创新高"), Line(2, "——比去年增长一成")), 20, True, True)
    >>> [(part.text, part.unit.opens_block, part.unit.closes_block) for part in _subheadlines_apart(Piece("title", list(title.lines), title))]
    [('某地旅客创新高', True, False), ('——比去年增长一成', False, True)]
    """
    if piece.kind != "title" or not any(SUBHEADLINE_LINE.match(line.text) for line in piece.lines[1:]):
        return [piece]
    parts = [[piece.lines[0]]]
    for line in piece.lines[1:]:
        if SUBHEADLINE_LINE.match(line.text):
            parts.append([line])
        else:
            parts[-1].append(line)  # the lines a deck wraps onto stay with it
    return _parted(piece.unit, [("title", lines) for lines in parts])


def _author_notes_apart(pieces: list[Piece]) -> list[Piece]:
    """An author's note ("（作者为…）") in a run of title lines, as a dump without blank lines
    prints a letter's end over the next headline: the note closes the text above, and so does a
    name alone right over it (the letter's signature); each is a paragraph of that text, and
    only the lines around them are titles.

    >>> unit = Unit((Line(1, "王某某"), Line(2, "（作者为某某医疗队"), Line(3, "队员）"), Line(4, "某地新春见闻")), 20, True, True)
    >>> [(part.kind, part.text) for part in _author_notes_apart([Piece("title", list(unit.lines), unit)])]
    [('body', '王某某'), ('body', '（作者为某某医疗队队员）'), ('title', '某地新春见闻')]
    """
    parts: list[Piece] = []
    for piece in pieces:
        lines = piece.lines
        start = next((index for index, line in enumerate(lines) if _OPENS_AUTHOR_NOTE.match(line.text)), None) if piece.kind == "title" else None
        end = next((index for index in range(start, len(lines)) if is_author_note("".join(line.text.strip() for line in lines[start : index + 1]))), None) if start is not None else None
        if end is None:
            parts.append(piece)
            continue
        signed = start > 0 and names_alone(lines[start - 1].text)
        above, signature = (lines[: start - 1], lines[start - 1 : start]) if signed else (lines[:start], [])
        closing = _sign_off_under(lines[end + 1 :])
        runs = [("title", above), ("body", signature), ("body", lines[start : end + 1]), ("body", closing), ("title", lines[end + 1 + len(closing) :])]
        parts += _parted(piece.unit, [(kind, run) for kind, run in runs if run])
    return parts


def _sign_off_under(lines: list[Line]) -> list[Line]:
    """The first of `lines` that together print a sign-off in brackets ("（本报记者某某采访" |
    "整理）", `layout.meta.is_sign_off`), right under an author's note: who took the text down,
    its last paragraph, no title. None where they print none.

    >>> [line.text for line in _sign_off_under([Line(1, "（本报记者王某采访"), Line(2, "整理）"), Line(3, "某地新春见闻")])]
    ['（本报记者王某采访', '整理）']
    >>> _sign_off_under([Line(1, "某地新春见闻")])
    []
    """
    for end in range(len(lines)):
        if is_sign_off("".join(line.text.strip() for line in lines[: end + 1])):
            return lines[: end + 1]
    return []


def _parted(unit: Unit, runs: list[tuple[Kind, list[Line]]]) -> list[Piece]:
    """Pieces of one unit's runs of lines, each with a unit of its own lines: only the first opens
    the block the unit opened, only the last closes the one it closed."""
    last = len(runs) - 1
    return [
        Piece(kind, lines, replace(
            unit, lines=tuple(lines), opens_block=unit.opens_block and index == 0, closes_block=unit.closes_block and index == last,
            judgment_calls=tuple(n for n in unit.judgment_calls if lines[0].number <= n <= lines[-1].number),
            close_jumps=tuple(n for n in unit.close_jumps if lines[0].number <= n <= lines[-1].number),
        ))
        for index, (kind, lines) in enumerate(runs)
    ]


def _blocks_of(units: list[Unit]) -> list[list[Unit]]:
    blocks: list[list[Unit]] = []
    for unit in units:
        if unit.opens_block or not blocks:
            blocks.append([])
        blocks[-1].append(unit)
    return blocks


def _title_block(block: list[Unit], lines: list[Line], config: Config) -> list[Piece] | None:
    """One title piece per run of title lines ("——" subheadline lines run apart), or None.
    `lines` are the block's lines, in order."""
    if len(block) < 2:
        return None
    if any(_OPENS_OWN_PIECE.match(line.text) or is_unmarked_byline(line.text) for line in lines):
        return None
    titles = [line for line in lines if not SUBHEADLINE_LINE.match(line.text)]
    texts = [line.text.strip() for line in titles]
    # A headline may exclaim or ask ("严查！") when a column tag ("（政策解读）") closes it.
    stops = FULL_STOPS - set("！？!?") if texts and COLUMN_TAG.fullmatch(texts[-1]) else FULL_STOPS
    if any(text[-1:] in stops for text in texts) or not looks_like_title(lines, config) and not _a_deck_under(titles, lines, block[0].column, config):
        return None
    pieces: list[Piece] = []
    for unit in block:
        for line in unit.lines:
            if SUBHEADLINE_LINE.match(line.text) or not pieces or SUBHEADLINE_LINE.match(pieces[-1].lines[-1].text):
                pieces.append(Piece("title", [line], unit))
            else:
                pieces[-1] = Piece("title", pieces[-1].lines + [line], pieces[-1].unit)
    return pieces


def _exclaims_in_phrases(titles: list[Line], config: Config) -> bool:
    """One title line cut by an exclamation or a question mark into phrases that each look like a
    title ("某项产量首超千吨！丰收喜讯多"): a headline that exclaims, where a deck under it says
    it heads a text (`_a_deck_under`); a line of prose over a dash would hold a clause.

    >>> _exclaims_in_phrases([Line(1, "某项产量首超千吨！丰收喜讯多")], DEFAULT), _exclaims_in_phrases([Line(1, "他说，真好！我们走吧")], DEFAULT)
    (True, False)
    """
    if len(titles) != 1 or CLAUSE.search(titles[0].text):
        return False
    phrases = [phrase for phrase in _EXCLAIMS.split(titles[0].text.strip()) if phrase]
    return len(phrases) > 1 and all(looks_like_title([Line(titles[0].number, phrase)], config) for phrase in phrases)


_EXCLAIMS = regex.compile(r"[！？!?]")


def _a_deck_under(titles: list[Line], lines: list[Line], column: float, config: Config) -> bool:
    """Title lines (or one headline that exclaims, `_exclaims_in_phrases`) over a "——" deck set
    wider than the column (where the block shows one), which alone makes the block too long for a title: a deck may sum up the story in sentences
    ("——某某：…。某某：…。"), and its dash and its width, right under the headline, say what it is
    (`cleanup.shapes.is_deck`).

    >>> title, deck = Line(1, "某国元首同某国领导人举行会谈"), Line(2, "——某国元首：愿加强沟通，深化互信。某国领导人：期待在能源领域开展合作。")
    >>> _a_deck_under([title], [title, deck], 26, DEFAULT), _a_deck_under([title], [title, deck], 200, DEFAULT)
    (True, False)
    """
    decks = lines[len(titles) :]
    return (
        bool(titles and decks)
        and lines[: len(titles)] == titles
        and (looks_like_title(titles, config) or _exclaims_in_phrases(titles, config))
        and all(is_deck(line, under_title=True, sums_up=not column or outside_column(line, column, config)) for line in decks)
    )


def classify(unit: Unit, banner_lines: set[int], config: Config = DEFAULT) -> Piece:
    lines = list(unit.lines)
    text = "".join(line.text.strip() for line in lines)
    role = furniture_role(unit, text, banner_lines, config)
    if role:
        return Piece("furniture", lines, unit, role)
    credit = CREDIT.search(text)
    if starts_with_byline_mark(lines[0].text) and credit and not text[: credit.start()].strip():
        return Piece("credit", lines, unit)  # its own mark opens the credit (not "■caption。■credit 摄")
    if starts_with_byline_mark(lines[0].text) and not PROSE_MARK.search(text) and not BOX_TITLE.match(text):
        return Piece("byline", lines, unit)  # "■链接" titles a box, it names no one
    if is_unmarked_byline(lines[0].text) and is_unmarked_byline(" ".join(line.text.strip() for line in lines)):
        return Piece("byline", lines, unit)  # one whose "■" the extractor lost, its names wrapped or not
    if signs_off(" ".join(line.text.strip() for line in lines)):
        return Piece("body", lines, unit)  # "本报记者 何 聪整理": the last line of the text it compiled
    if _LINK.match(text):
        return Piece("body", lines, unit)  # "https://…": a link the text cites, neither title nor banner
    shaped = looks_like_title(lines, config) or set_across_columns(lines, unit.column, config) or stacked_question(lines, unit.column, config)
    if shaped and not find_credit(text) and not wrapped_as_prose(lines, unit.column, config):
        # A caption with its credit ("…作證。■何君健 攝 法庭內外") is no title, whatever follows it.
        return Piece("title", lines, unit)
    return Piece("body", lines, unit)


def furniture_role(unit: Unit, text: str, banner_lines: set[int], config: Config = DEFAULT) -> FurnitureRole | None:
    first = unit.lines[0].text
    if len(unit.lines) == 1 and (is_page_header(unit.lines[0], config) or is_folio(unit)):
        return "page-header"
    if is_editor_line(first):
        return "page-header"
    if len(text) <= 60 and sponsor_section(text):  # the length first: a paragraph is not searched end to end
        return "masthead"
    if is_promo(text, config):
        return "promo"
    if not looks_like_title(unit.lines, config):
        return None
    if printed_as_banner(text) or any(line.number in banner_lines for line in unit.lines):
        return "banner"
    if first[:1].isspace():
        return "banner"
    return None


def is_folio(unit: Unit) -> bool:
    """A page number alone in its block ("3", "- 3 -", "第3版"): the page's folio. A number
    alone inside a block is a piece of its text the wrap left on a line.

    >>> is_folio(Unit((Line(80, "- 3 -"),), 30, True, True)), is_folio(Unit((Line(80, "3"),), 30, False, True))
    (True, False)
    """
    return unit.opens_block and unit.closes_block and bool(PAGE_NUMBER.fullmatch(unit.lines[0].text.strip()))


def is_page_header(line: Line, config: Config = DEFAULT) -> bool:
    """A dated line is the page header when it shows a weekday or a page number, or opens the
    dump; a bare date inside the text ("2017年11月18日" heading a list entry) is not one."""
    header = parse_page_header(line.text)
    return header is not None and (
        header.number is not None or bool(WEEKDAY.search(header.text)) or line.number <= config.header_lines
    )


def is_promo(text: str, config: Config = DEFAULT) -> bool:
    """A short call to scan a code or follow an app ("扫码下载 人民日报客户端"), not a sentence. By
    its mark alone ("●读者互动园地"), one that names a channel in a few characters
    (`Config.promo_mark_max_chars`), or several channels so, each opened by its mark: a longer
    line so marked is an entry of the text, its intertitle ("●年底前各村建成文化广场",
    wrapped under the column) or a point of a list.

    >>> is_promo("●读者互动园地"), is_promo("●读者互动园地 ●新闻发布平台"), is_promo("●扫码下载某某客户端，看更多精彩视频")
    (True, True, True)
    >>> is_promo("●年底前各村建成文化广场")
    False
    """
    if len(text) > config.promo_max_chars or ends_in_sentence_mark(text):
        return False
    if _PROMO_WORD.search(text):
        return True
    channels = [part for part in _BEFORE_A_MARK.split("".join(text.split())) if part]
    return bool(_PROMO_MARK.match(text)) and all(len(channel) <= config.promo_mark_max_chars for channel in channels)


def ends_in_sentence_mark(text: str) -> bool:
    return text.rstrip()[-1:] in SENTENCE_MARKS


def banner_lines(edits: list[Edit]) -> set[int]:
    """Lines where a repeated banner was collapsed: such a line is page furniture."""
    return {edit.line for edit in edits if edit.kind == "banner-repeat"}
