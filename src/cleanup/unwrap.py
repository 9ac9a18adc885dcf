"""Rejoin column-broken lines into paragraph units.

A page dump hard-wraps every paragraph at its column width, drops the print's
indent, and leaves a blank line where the text jumped to the next column. The
stages, each in its own module: measure the columns (`cleanup.columns`), split
each blank-separated block where a paragraph ends (`cleanup.breaks`), then join
units across blank lines that are column jumps (`cleanup.jumps`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import accumulate

import regex

from cleanup.breaks import (
    at_column_edge,
    breaks_after,
    closing_title_start,
    ends_as_prose,
    intertitle_start,
    opens_on_a_dateline,
    title_after_a_sentence,
    verse_lines,
)
from cleanup.columns import (
    PageMeasure,
    block_measures,
    is_full,
    looks_indented_only,
    outside_column,
    page_measure,
)
from cleanup.config import DEFAULT, Config
from cleanup.cues import (
    COLUMN_TAG,
    an_address_goes_on,
    closing_dateline,
    is_an_address,
    jump_line,
    mentions_an_address,
)
from cleanup.cut_sentences import (
    ends_on_a_modifier,
    ends_on_an_adverb_before_its_word,
    line_ending,
)
from cleanup.jumps import JoinCase, join_chance, quotes_the_text
from cleanup.lexicon import word_bridges
from cleanup.lines import Block, Line, SpansLines, kept_property
from cleanup.located import Located
from cleanup.marks import bracket_balance, ends_on_a_stop, ends_sentence
from cleanup.repair import within_reach
from cleanup.shapes import (
    QUOTE_OPENERS,
    closed_by_a_column_tag,
    looks_like_title,
    names_another_story,
    numbers_the_next_entry,
    opens_on_a_numbered_label,
    starts_own_unit,
)
from cleanup.squeeze import mark_width
from cleanup.surnames import signs_a_letter
from cleanup.tables import table_cells
from cleanup.unbroken import (
    closes_a_credit,
    closes_a_reference,
    deck_ends,
    heads_a_byline,
    heads_a_caption,
    heads_a_dateline,
    heads_a_deck,
    heads_the_page,
    kicker_ends,
    runs_wider_after_a_sentence,
    stands_apart_as_title,
    wraps_onto_a_credit,
)

_WHITESPACE = regex.compile(r"\s+")
# Whitespace but a line break: taken out of a block's lines joined a line to a line, in one pass.
_SPACE_IN_LINES = regex.compile(r"[^\S\n]+")
# Searched with the standard library's `re`, several times faster on a short line: a class of
# marks written out, which both engines read alike. The signature tests ask it of every line.
_PROSE_MARK = re.compile(r"[，,、；;。！？!?]")
# A label's colon near a line's start ("延伸閱讀："): what a reference to another story opens on.
_LABEL_COLON = regex.compile(r"^\s*\S{2,4}[：:]")


@dataclass(frozen=True)
class Unit(SpansLines):
    """A paragraph candidate: source lines that belong together, with the evidence layout needs.

    `column` is the measured column width of the block(s) it came from (cells; 0 on a
    page printed one paragraph per line, where no column shows);
    `opens_block` / `closes_block` say whether it starts or ends a blank-line
    separated block; `judgment_calls` are the lines after which a sentence ended
    exactly at the column edge, where the break (or its absence) rests on the
    next line's indent alone; `close_jumps` the last lines before a blank line
    where joining across it or not was a close call; `table` marks a table's row
    (`cleanup.tables`), kept as printed.
    """

    lines: tuple[Line, ...]
    column: float
    opens_block: bool
    closes_block: bool
    judgment_calls: tuple[int, ...] = ()
    close_jumps: tuple[int, ...] = ()
    table: bool = False

    @kept_property
    def located(self) -> Located:
        """The lines joined, each stretch knowing its line (`Located.from_lines`), kept: the
        unwrapper reads the text, and a body made of the same lines is cut from it
        (`layout.pieces.body_of`)."""
        return Located.from_lines(self.lines)

    @kept_property
    def text(self) -> str:
        return self.located.text

    @property
    def ends_sentence(self) -> bool:
        return ends_sentence(self.lines[-1].text)


def unwrap(
    blocks: list[Block],
    banners: frozenset[int] = frozenset(),
    config: Config = DEFAULT,
    paragraph_starts: frozenset[int] = frozenset(),
    measure: PageMeasure | None = None,
) -> list[Unit]:
    """Split every block into paragraph units, then join units across column jumps.

    `banners` are the numbers of lines that were nothing but a repeated banner: each
    stands apart, however its text would read next to its neighbours ("美丽乡村行").
    `paragraph_starts` are lines known to open a paragraph (a PDF shows their indent, or the
    dump kept it, `cleanup.indents`): a paragraph opens there, inside a block as across a
    blank line, where no column jump joins the block to the text before it.
    `measure` is the blocks' `page_measure`, where the caller took it already.
    """
    flat, columns = measure or page_measure(blocks, config)
    mark = _page_mark_width(blocks, flat, config)
    page, starts = page_of_blocks(blocks)
    units: list[Unit] = []
    for index, (block, column) in enumerate(zip(blocks, columns)):
        block_units = _split_block(block, column, flat, banners, config, paragraph_starts, mark, closes_text=index == len(blocks) - 1)
        if not units:
            units.extend(block_units)
            continue
        previous = units[-1]
        if previous.table or block_units[0].table:
            units.extend(block_units)  # no text runs on into a table or out of it
            continue
        if at_column_edge(previous.lines[-1], columns[index - 1], flat, config):
            previous = replace(previous, judgment_calls=previous.judgment_calls + (previous.last,))
        chance = 0.0
        if previous.closes_block and block.lines[0].number not in paragraph_starts:
            before = "".join(unit.text for unit in units[-1 - config.context_units : -1])
            following = blocks[index + 1].lines[0] if index + 1 < len(blocks) else None
            previous_text = units[-2].text.strip() if len(units) > 1 else ""
            nearby = within_reach(page, starts[index], starts[index], config.evidence_reach)
            case = JoinCase(previous.lines, block, columns[index - 1], column, flat, before, blocks[index - 1].lines, following, previous_text, nearby)
            chance = join_chance(case, banners, config)
        if abs(chance - 0.5) < config.close_jump:
            previous = replace(previous, close_jumps=previous.close_jumps + (previous.last,))
        if chance > 0.5:
            head = block_units.pop(0)
            previous = Unit(
                previous.lines + head.lines,
                previous.column,
                previous.opens_block,
                head.closes_block,
                previous.judgment_calls + head.judgment_calls,
                previous.close_jumps + head.close_jumps,
            )
        units[-1] = previous
        units.extend(block_units)
    return units


def _page_mark_width(blocks: list[Block], flat: bool, config: Config) -> float:
    """The width of a punctuation mark as the page printed it (`cleanup.squeeze`), where a
    block lost its blank lines (2, full width, elsewhere): there a paragraph's first line is
    told by its lost indent alone, which a line rich in squeezed marks hides in cells."""
    if flat or all(len(block.lines) < config.unbroken_block_lines for block in blocks):
        return 2
    return mark_width([line for block in blocks for line in block.lines], config)


def _as_printed(lines: tuple[Line, ...], mark: float) -> tuple[Line, ...]:
    return tuple(Line(line.number, line.text, mark) for line in lines)


def _as_dumped(units: list[Unit], lines: tuple[Line, ...]) -> list[Unit]:
    """Units split on printed widths, given back the dump's own lines: what follows (column
    jumps, titles) measures in cells."""
    dumped = {line.number: line for line in lines}
    return [replace(unit, lines=tuple(dumped[line.number] for line in unit.lines)) for unit in units]


def page_of_blocks(blocks: Sequence[Block]) -> tuple[str, list[int]]:
    """The page's text a line per block, whitespace removed inside them, and where each block
    starts in it: what a blank line's join reads for a word printed whole elsewhere
    (`JoinCase.page`, within `Config.evidence_reach` of the blank)."""
    texts = [_WHITESPACE.sub("", "".join(line.text for line in block.lines)) for block in blocks]
    return "\n".join(texts), list(accumulate((len(text) + 1 for text in texts), initial=0))


def _opens_afresh(lines: Sequence[Line], index: int) -> bool:
    """Does lines[index] open a unit whatever the line above ends on: a byline, a deck, a box's
    title (`cleanup.shapes.starts_own_unit`) or a dateline? A headline may end on 的 ("好日子是
    干出来的" | "■本报记者 王明"): no noun of it runs on into those.

    >>> _opens_afresh([Line(1, "好日子是干出来的"), Line(2, "本报记者 王明")], 1), _opens_afresh([Line(1, "展现别样的"), Line(2, "风采。")], 1)
    (True, False)
    """
    under = lines[index + 1] if index + 1 < len(lines) else None
    return starts_own_unit(lines[index]) or opens_on_a_dateline(lines[index], under)


def _set_narrower(lines: Sequence[Line], column: float, config: Config) -> float | None:
    """The width a short block's lines run at alike, all but its last, where it falls short of
    the page's column by more than an indent: a box or a pull quote set in a narrower measure,
    whose lines are full at that measure ("老家离城里路途很" | "远，一年难得回去" | "几趟，每一次回家" | "都珍惜。短暂的团" |
    "聚让人更亲"). None where the block shows no such measure.

    >>> lines = [Line(n, text) for n, text in enumerate(["老家离城里路途很", "远，一年难得回去", "几趟，每一次回家", "都珍惜。短暂的团", "聚让人更亲"], 1)]
    >>> _set_narrower(lines, 24, DEFAULT), _set_narrower(lines[:3], 24, DEFAULT), _set_narrower(lines, 18, DEFAULT)
    (16, None, None)
    >>> verse = [Line(n, text) for n, text in enumerate(["山前细雨落，", "村后小溪鸣。", "春风吹柳绿，", "燕子绕梁行。"], 1)]
    >>> _set_narrower(verse, 24, DEFAULT)
    """
    if len(lines) < max(config.narrow_box_lines, 2):
        return None  # a measure needs a line besides the last, whatever the Config asks
    widths = [line.width for line in lines[:-1]]
    if max(widths) - min(widths) > config.full_slack or max(widths) >= column - config.full_slack - config.indent:
        return None  # most blocks: lines of the column's measure, or of no measure alike
    endings = [line_ending(line.text.rstrip()) for line in lines[:-1]]
    if "colon" in endings or 2 * sum(ending in ("stop", "clause") for ending in endings) > len(endings):
        return None  # a label over its entries, or verse, a line a clause: lines that end where they like
    return max(widths)


def _split_block(
    block: Block,
    column: float,
    flat: bool,
    banners: frozenset[int],
    config: Config,
    paragraph_starts: frozenset[int] = frozenset(),
    mark: float = 2,
    closes_text: bool = False,
) -> list[Unit]:
    # A block that lost its blank lines: its titles are told by their width against the local
    # measure, and only a paragraph's first line is excused for falling an indent short, as
    # printed (`mark`: the page's punctuation width).
    if table_cells(block.lines, config):  # a table: a unit per row
        return [Unit((line,), column, line is block.lines[0], line is block.lines[-1], table=True) for line in block.lines]
    unbroken = not flat and len(block.lines) >= config.unbroken_block_lines
    if unbroken and mark != 2:
        return _as_dumped(_split_block(Block(_as_printed(block.lines, mark)), column, flat, banners, config, paragraph_starts, closes_text=closes_text), block.lines)
    units: list[Unit] = []
    current: list[Line] = []
    calls: list[int] = []
    lines = block.lines
    measures, ahead = block_measures(lines, config) if unbroken else (None, None)
    box = None if unbroken or flat else _set_narrower(lines, column, config)
    verse = verse_lines(lines, measures or [column] * len(lines), config) if not flat else frozenset()
    # What a line's join reads for a quote the block prints again (`cleanup.jumps.quotes_the_text`).
    text = _SPACE_IN_LINES.sub("", "\n".join(line.text for line in lines))
    web = mentions_an_address(text)  # most blocks print no web address: its tests are skipped

    def after_a_title() -> bool:
        """Does the line open a unit under one that stood apart as a title? Asked by
        `heads_a_dateline` of the few lines with a dateline under them."""
        return len(current) == 1 and (_is_title(units, config) or _closed_by_a_column_tag(units) or _closes_a_text(units))

    for i, line in enumerate(lines):
        current.append(line)
        last = i == len(lines) - 1
        measure = measures[i] if measures is not None else box or column
        if not last and at_column_edge(line, measure, flat, config):
            calls.append(line.number)
        opens_paragraph = not last and lines[i + 1].number in paragraph_starts
        if not last and flat and not opens_paragraph and _runs_on_flat(lines, i, banners, config, text):
            continue
        signature = len(current) <= config.signature_max_lines  # a signature runs to a few lines: past them, its tests are not asked
        if not last and not opens_paragraph and signature and _inside_a_signature(current, lines[i + 1 : i + config.signature_max_lines], config):
            continue  # "北京朝阳" | "施" | "芳": a signature's place and its name, letter-spaced
        if not last and not opens_paragraph and wraps_onto_a_credit(line, lines[i + 1]):
            continue  # "王" | "明摄": a photo credit's name, cut by a narrow box
        if not last and not opens_paragraph and web and an_address_goes_on("".join(part.text.strip() for part in current), lines[i + 1].text):
            continue  # "https://" | "www.example.org/…": a web address the wrap cut
        if not last and not opens_paragraph and line.number not in verse and not {line.number, lines[i + 1].number} & banners and ends_on_a_modifier(line.text) and not _opens_afresh(lines, i + 1):
            continue  # "…展现别样的" | "风采。": the noun the particle ties to is on the next line
        if (
            last
            or opens_paragraph
            or line.number in banners
            or lines[i + 1].number in banners
            or line.number in verse
            or opens_on_a_numbered_label(lines[i + 1].text) and numbers_the_next_entry([part.text for part in current], lines[i + 1].text)
            or web and (is_an_address("".join(part.text.strip() for part in current)) or _an_address_set_out(current, lines[i + 1]))
            or _a_story_named_over_prose(current, lines[i + 1])
            or breaks_after(
                line,
                lines[i + 1],
                measure,
                flat,
                i + 1 == len(lines) - 1,
                config,
                i == 0,
                opens_unit=len(current) == 1,
                pushed_character=not unbroken,
                under=lines[i + 2] if i + 2 < len(lines) else None,
                indents_lost=not paragraph_starts,
            )
            or heads_a_dateline(line, lines[i + 1 : i + 3], config, after_title=after_a_title)
            or ends_sentence(line.text) and heads_a_byline(line, lines[i + 1 : i + 2 + config.title_max_lines], config)  # a byline's title follows a finished sentence
            or signature and _signs_a_letter(current, config)
            or _heads_a_signature(lines[i + 1 : i + 1 + config.signature_max_lines], config)
            or len(current) == 1 and heads_a_caption(line, lines[i + 1 : i + 2 + config.photo_caption_lines], True, config)  # only a unit's first line heads a caption
            or heads_a_deck(line, lines[i + 1 : i + 2 + config.title_max_lines], measure, len(current) == 1, config)
            or ahead is not None
            and (
                heads_the_page(line, config)
                or not _wrapped_alike(current, lines[i + 1], config)
                and stands_apart_as_title(line, lines[i + 1], measure, config, ahead[i])
                and not _inside_a_quotation(current)
            )
            or measures is not None and len(current) == 1 and deck_ends(line, lines[i + 1], config)
            or measures is not None and kicker_ends(current, lambda: _is_title(units, config) or _closed_by_a_column_tag(units), config)
            or measures is not None and (closes_a_credit(current) or closes_a_reference(current))
            or measures is not None and runs_wider_after_a_sentence(line, lines[i + 1], measure, config)
            or measures is not None and _short_over_a_wider_setting(line, lines[i + 1], measure, config)
            or ahead is not None and _title_run_over_paragraph(current, lines[i + 1], measure, ahead[i + 1], config)
            or not flat and _a_quote_closes(current, lines[i + 1], units[-1].text if units else "", measure, text, config)
        ):
            if not last and not opens_paragraph and line.number not in verse and not {line.number, lines[i + 1].number} & banners and ends_on_an_adverb_before_its_word(line.text, lines[i + 1].text) and not _opens_afresh(lines, i + 1):
                continue  # "…山路比较" | "陡，": the adverb's word is on the next line (asked only of a line that would end its unit: most do not)
            if flat:
                start = 0
            elif last:  # the page's last lines: a title no column jump takes on
                start = closing_title_start(current, config) if closes_text else 0
            else:
                start = (
                    intertitle_start(current, lines[i + 1], measure, config)
                    or _title_over_title(current, lines[i + 1], measure, config, None if ahead is None else ahead[i])
                    or _headline_over_its_text(current, lines[i + 1 : i + 2 + config.title_max_lines], config)
                )
            if start:  # an intertitle after the sentence that ended above it: a unit of its own
                head = {line.number for line in current[:start]}
                units.append(Unit(tuple(current[:start]), column, current[0] is lines[0], False, tuple(n for n in calls if n in head)))
                current, calls = current[start:], [n for n in calls if n not in head]
            units.append(Unit(tuple(current), 0 if flat else column, current[0] is lines[0], last, tuple(calls)))
            current, calls = [], []
    return units


def _a_quote_closes(current: list[Line], following: Line, previous: str, measure: float, page: str, config: Config) -> bool:
    """Does a pull quote end on the paragraph's line so far, where a short line with a paragraph's
    first line under it leaves room for it to end (`cleanup.jumps.quotes_the_text`): the block
    prints it again, and it ends as it likes, with no stop to show it?"""
    line = current[-1]
    if ends_sentence(line.text) or is_full(line, measure, False, config) or not looks_indented_only(following, measure, config):
        return False  # most lines: a sentence ended, a full line the wrap cut, or no paragraph opening under it
    case = JoinCase(tuple(current), Block((following,)), measure, measure, False, previous=previous, page=page)
    return quotes_the_text(case, config)


def _short_over_a_wider_setting(line: Line, following: Line, measure: float, config: Config) -> bool:
    """A line short of the measure over one far wider than the column (`outside_column`): the
    wider line is set across columns, a photo caption or a headline, and prose in the column
    never runs on into it ("努力生活，不用担心" | "某台节目编导的案件今早提堂，大批同业到场…").

    >>> caption = Line(2, "某台节目编导的案件今早提堂，大批同业到场为她打气，法院外排起长队")
    >>> _short_over_a_wider_setting(Line(1, "努力生活，不用担心"), caption, 28, DEFAULT)
    True
    >>> _short_over_a_wider_setting(Line(1, "市民们纷纷走上街头，参加各种各样"), caption, 28, DEFAULT)
    False

    A jump line glued to the text's last line sets nothing wider:

    >>> _short_over_a_wider_setting(Line(1, "他说，不用担心"), Line(2, "大家都说日子越过越好，干劲更足。（下转3版）"), 28, DEFAULT)
    False
    """
    if is_full(line, measure, False, config):
        return False  # most lines fill the measure
    jump = jump_line(following.text)
    return outside_column(replace(following, text=following.text[: jump.start()]) if jump else following, measure, config)


def _signs_a_letter(current: list[Line], config: Config = DEFAULT) -> bool:
    """The unit so far is a reader's signature, a place and a name on one line or a few
    (`cleanup.surnames.signs_a_letter`): the letter's last line, which nothing runs on from.
    Without blank lines the label that heads the letter prints right under it ("某某省某市 王某"
    | "来信"), and reads as a title's short second line.

    >>> _signs_a_letter([Line(1, "河北保定市 王小明")]), _signs_a_letter([Line(1, "河北保定市"), Line(2, "王小明")])
    (True, True)
    >>> _signs_a_letter([Line(1, "河北保定市")]), _signs_a_letter([Line(1, "城乡公交 方便群众")])
    (False, False)

    A place shorter than `Config.signature_place_chars` is a headline's paired half:

    >>> _signs_a_letter([Line(1, "乡村美"), Line(2, "农民富")])
    False
    """
    if not current or len(current) > config.signature_max_lines or any(_PROSE_MARK.search(line.text) for line in current):
        return False  # most lines hold a mark, and no signature does
    return _a_place_and_a_name(current, config)


def _a_place_and_a_name(lines: list[Line], config: Config) -> bool:
    """`_signs_a_letter` of lines already known to hold no mark, and few enough."""
    place = lines[0].text.split()[:1]
    return bool(place) and len(place[0]) >= config.signature_place_chars and signs_a_letter(lines)


def _unmarked_lines(lines: Sequence[Line], most: int) -> int:
    """How many of the lines, from the first and up to `most`, hold no mark, as a signature's
    lines hold none: each is searched once, where the signature tests would ask it of one
    run of lines after another."""
    return next((index for index, line in enumerate(lines[:most]) if _PROSE_MARK.search(line.text)), min(len(lines), most))


def _heads_a_signature(below: Sequence[Line], config: Config = DEFAULT) -> bool:
    """Do the next lines (up to `Config.signature_max_lines`) open on a signature, a place and a name (`_signs_a_letter`)?
    A title line runs on into none: the signature names the author of the section under an
    intertitle ("小院落也有大学问" | "某某朝阳" | "王" | "明"), or of the letter the label above heads.

    >>> _heads_a_signature([Line(2, "北京朝阳"), Line(3, "王"), Line(4, "明")]), _heads_a_signature([Line(2, "北京朝阳是个好地方")])
    (True, False)
    """
    if not below or _PROSE_MARK.search(below[0].text):
        return False  # a signature holds no mark
    lines = list(below)
    return any(_a_place_and_a_name(lines[:count], config) for count in range(1, _unmarked_lines(lines, config.signature_max_lines) + 1))


def _inside_a_signature(current: list[Line], below: Sequence[Line], config: Config = DEFAULT) -> bool:
    """Is the unit so far a signature's start that the next line or two complete (a name set
    letter-spaced wraps a character to a line, "北京朝阳" | "王" | "明")? Then it runs on, whatever
    the short lines look like.

    >>> _inside_a_signature([Line(1, "北京朝阳"), Line(2, "王")], [Line(3, "明"), Line(4, "春节前后，街坊们都来了。")])
    True
    >>> _inside_a_signature([Line(1, "北京朝阳 王明")], [Line(2, "春节前后，街坊们都来了。")])
    False
    """
    if len(current) > config.signature_max_lines or _PROSE_MARK.search(current[-1].text):
        return False  # a signature runs to a few lines and holds no mark
    lines = current + list(below)
    unmarked = _unmarked_lines(lines, config.signature_max_lines)
    if unmarked < len(current):
        return False  # a mark higher in the unit
    return not _a_place_and_a_name(current, config) and any(_a_place_and_a_name(lines[:count], config) for count in range(len(current) + 1, unmarked + 1))


def _inside_a_quotation(current: Sequence[Line]) -> bool:
    """The lines so far leave a quotation open: the next line goes on with the words quoted
    ("“果树成林需要很长时间" | "才能见收成，我们能做的" | "就是坚持再坚持”", an intertitle quoting
    them), however short the line it stops on.

    >>> _inside_a_quotation([Line(1, "“果树成林需要很长时间"), Line(2, "才能见收成，我们能做的")]), _inside_a_quotation([Line(1, "“山路运输才是最大难题”")])
    (True, False)
    """
    still_open, _ = bracket_balance("".join(line.text for line in current))
    return any(still_open.get(quote) for quote in QUOTE_OPENERS)


def _title_over_title(current: list[Line], following: Line, measure: float, config: Config, measure_ahead: float | None) -> int:
    """Where the title lines that close a paragraph begin, when the line they end on stands
    apart as a title over another title (a kicker run on from the sentence above it, "…环境。" |
    "李华在…会上强调" | "落实防汛责任", over its headline "确保群众平安度汛"): no paragraph
    runs on into a title below it (0: none)."""
    if measure_ahead is None or len(current) < 2 or ends_sentence(current[-1].text):
        return 0  # most units end on a sentence, and no title does
    if not stands_apart_as_title(current[-1], following, measure, config, measure_ahead):
        return 0
    return closing_title_start(current, config)


def _headline_over_its_text(current: list[Line], following: Sequence[Line], config: Config) -> int:
    """Where the headline that closes a paragraph begins when a dateline or a byline opens the
    text under it (0: none): after the sentence ended above it, however wide its line ("…灯会要办到元宵节。"
    | "灯会连着新年味（某某论坛）" | "本报北京2月8日电…"). No paragraph runs on into the headline
    of the text after it."""
    if len(current) < 2 or ends_as_prose(current[-1].text):
        return 0  # most units end on a sentence, and no headline does
    if not (heads_a_dateline(current[-1], following[:2], config) or heads_a_byline(current[-1], following, config)):
        return 0
    return title_after_a_sentence(current, config)


def _title_run_over_paragraph(current: list[Line], following: Line, measure: float, measure_ahead: float, config: Config) -> bool:
    """Does a title's run end over a paragraph's first line? The unit so far opened on a line
    far short of the measure that ended no sentence, which no paragraph's first line does (an
    indent short, it goes on full): a title's first line, its run kept whole by the wrap test
    ("德国发生数" | "起针对青少年的暴力案件"). It ends where a line short by the lost indent
    alone, in the measure of the lines under it, opens in prose, no word running across
    (a headline printed after its text runs into the first line of the next).

    >>> run = [Line(1, "城里来了"), Line(2, "一支年轻的乡村医疗队")]
    >>> _title_run_over_paragraph(run, Line(3, "春节前后，县医院的年轻医生"), 30, 30, DEFAULT)
    True
    >>> _title_run_over_paragraph(run, Line(3, "春节前后，县医院的年轻医生们都"), 30, 30, DEFAULT)
    False
    >>> _title_run_over_paragraph([Line(1, "村里今年新修好的一条水泥路"), run[1]], Line(3, "春节前后，县医院的年轻医生"), 30, 30, DEFAULT)
    False
    """
    first = current[0]
    if len(current) < 2 or first.width > measure * config.title_run_share or ends_sentence(first.text):
        return False  # most units: a paragraph opened on a line an indent short
    if any(_CLAUSE_BREAK.search(line.text) for line in current):
        return False  # a sentence's clauses: a short line of prose ("对于这件事，" | "他说")
    last = current[-1].text.strip()
    if not looks_indented_only(following, measure_ahead, config) or not _OPENS_IN_PROSE.search(following.text):
        return False
    return looks_like_title(current, config) and not ends_sentence(last) and not word_bridges(last, following.text.strip())


_OPENS_IN_PROSE = regex.compile(r"[，、,。！？；]")
_CLAUSE_BREAK = regex.compile(r"[，,；;]")


def _wrapped_alike(current: list[Line], following: Line, config: Config) -> bool:
    """Did the paragraph's line run on from a line as wide as itself, and does the shorter line
    under it end the sentence? Then the three are a paragraph wrapped in one measure, narrower
    than the one read around them (a photo story's box), not a title over a line of text."""
    line = current[-1]
    if len(current) < 2 or abs(current[-2].width - line.width) > config.full_slack:
        return False
    return following.width < line.width and ends_on_a_stop(following.text)


def _is_title(units: list[Unit], config: Config) -> bool:
    """Did the block's last unit so far stand apart as a title?"""
    return bool(units) and not units[-1].ends_sentence and looks_like_title(units[-1].lines, config)


def _closes_a_text(units: list[Unit]) -> bool:
    """Does the block's last unit so far close a text, on a jump line ("…（下转4版）") or where
    the report was filed ("（本报巴黎2月11日电）")? What follows it opens another: a headline,
    whatever clauses it holds, where a dateline runs on under it.

    >>> _closes_a_text([Unit((Line(1, "会走到破裂的地步。"), Line(2, "（本报巴黎2月11日电）")), 20, True, False)])
    True
    """
    if not units:
        return False
    text = units[-1].lines[-1].text
    return bool(jump_line(text)) or closing_dateline(text)


def _closed_by_a_column_tag(units: list[Unit]) -> bool:
    """Does a column tag close the block's last unit so far ("某某（最美奋斗者）", or the tag alone
    on its lines): the headline, which ends no sentence however it ends?"""
    text = units[-1].text.strip() if units else ""
    return closed_by_a_column_tag(text) or bool(COLUMN_TAG.fullmatch(text))


def _an_address_set_out(current: Sequence[Line], following: Line) -> bool:
    """The line after the paragraph so far is a web address alone, set out as a paragraph of
    its own after a finished sentence, a label's colon or a title (`cues.is_an_address`); not
    one a narrow column wrapped onto a line of its own in the middle of a sentence ("如有疑問
    可瀏覽" | "https://www.example.org/a" | "或致電查詢。"), which the sentence runs through.

    >>> _an_address_set_out([Line(1, "詳情見有關部門網頁。")], Line(2, "https://www.example.org/a"))
    True
    >>> _an_address_set_out([Line(1, "市民如有疑問，可瀏覽")], Line(2, "https://www.example.org/a"))
    False
    """
    if not is_an_address(following.text):
        return False
    text = "".join(line.text.strip() for line in current)
    return line_ending(text) in ("stop", "colon", "bracket") or not _PROSE_MARK.search(text)


def _a_story_named_over_prose(current: Sequence[Line], following: Line) -> bool:
    """The paragraph so far names another story by its headline (`names_another_story`) and the
    line under it is prose, which holds a clause or a sentence mark that no part of the headline
    does: the reference closes there, whatever word it ends on ("…傳與副手不和" | "某某2016年…，").

    >>> named = [Line(1, "延伸閱讀：某某宣布辭任主席"), Line(2, "會務交接未定 傳與副手不和")]
    >>> _a_story_named_over_prose(named, Line(3, "某某2016年以40歲之齡，")), _a_story_named_over_prose(named[:1], Line(2, "會務交接未定 傳與副手不和"))
    (True, False)
    """
    first = current[0].text
    if "：" not in first and ":" not in first or not _LABEL_COLON.search(first):
        return False  # the label's colon opens the reference's first line (a line with no colon: no pattern asked)
    return names_another_story("".join(line.text.strip() for line in current)) and bool(_PROSE_MARK.search(following.text))


def _runs_on_flat(lines: tuple[Line, ...], index: int, banners: frozenset[int], config: Config, text: str = "") -> bool:
    """On a page printed one paragraph per line, a line that ends no sentence where the next
    goes on: a paragraph the column jump cut without leaving a blank line. The question a
    blank line would raise (`cleanup.jumps`) is asked of the line break."""
    line = lines[index]
    if ends_sentence(line.text):
        return False
    following = lines[index + 2] if index + 2 < len(lines) else None
    before = "".join(previous.text for previous in lines[max(0, index - config.context_units) : index])
    case = JoinCase((line,), Block((lines[index + 1],)), 0, 0, True, before, (line,), following, lines[index - 1].text.strip() if index else "", text)
    return join_chance(case, banners, config) > 0.5
