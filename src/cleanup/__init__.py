"""Text normalizer for page dumps: decode, rejoin wrapped lines, repair banners and punctuation.

It works on text, lines and paragraphs and builds no articles; it reads the shared
cue table (`cleanup.cues`) only to see where a paragraph cannot run on (a dateline,
a jump line, a masthead):

    >>> from cleanup import fix_text
    >>> fix_text("核心任务 ，强化政治担当,436 个党支部")
    '核心任务，强化政治担当，436个党支部'

`clean()` turns a whole dump into clean paragraphs plus the log of every repair;
`prepare()` stops before the in-text repairs, for callers (the layout) that first
decide which lines form a paragraph and which form a headline.
"""

from __future__ import annotations

from dataclasses import dataclass

from cleanup.by_column import read_by_column
from cleanup.columns import page_measure
from cleanup.config import DEFAULT, Config
from cleanup.decode import Decoded, decode, normalize_text
from cleanup.edits import Edit
from cleanup.errors import DecodeError, InputError, NewsdumpError
from cleanup.indents import (
    centred_somewhere,
    kept_indents,
    left_margin,
    without_indents,
)
from cleanup.interposed import interposed_titles
from cleanup.lines import Block, Line, split_blocks, split_lines
from cleanup.located import Located
from cleanup.lost_marks import marks_given_back
from cleanup.repair import (
    LINE_REPAIRS,
    apply,
    evidence_by_paragraph,
    lines_to_repair,
    page_evidence,
    repair_paragraph,
    repair_title,
)
from cleanup.script import (
    LANGUAGE_TAGS,
    TARGETS,
    Target,
    converted_with_edits,
    detect_script,
    script_converter,
    to_simplified,
    to_traditional,
)
from cleanup.spacing import (
    blank_lines_between_blocks,
    letter_spaced,
    side_by_side,
    spaced_somewhere,
    without_letter_spacing,
    without_stacking,
)
from cleanup.tables import tables_apart
from cleanup.unbroken import folios_apart, set_apart_trailing_titles
from cleanup.unwrap import Unit, unwrap
from cleanup.windowing import windows

__all__ = [
    "DEFAULT",
    "LANGUAGE_TAGS",
    "TARGETS",
    "Block",
    "Cleaned",
    "Config",
    "DecodeError",
    "Decoded",
    "Edit",
    "InputError",
    "Line",
    "Located",
    "NewsdumpError",
    "Paragraph",
    "Prepared",
    "Target",
    "Unit",
    "clean",
    "converted_with_edits",
    "decode",
    "detect_script",
    "fix_and_explain",
    "fix_text",
    "page_evidence",
    "prepare",
    "repair_paragraph",
    "repair_title",
    "script_converter",
    "to_simplified",
    "to_traditional",
]


@dataclass(frozen=True)
class Prepared:
    """A dump as lines, blank-separated blocks and paragraph units, before in-text repairs."""

    text: str
    lines: list[Line]
    blocks: list[Block]
    units: list[Unit]
    edits: list[Edit]
    # Lines that were nothing but a repeated banner, or that the source shows as a banner.
    banners: frozenset[int]
    # Title lines set inside a sentence that runs on across them (`cleanup.interposed`): in no unit.
    set_aside: frozenset[int] = frozenset()
    # Columns printed side by side on each line (`cleanup.spacing.side_by_side`): read across them.
    side_by_side: bool = False
    # ... or read column by column (`cleanup.by_column`): `text` and the lines are the text so read.
    by_column: bool = False
    # A paragraph to a line (`cleanup.columns.page_is_flat`): no line of text or title was wrapped.
    flat: bool = False

    def blocks_parted(self, config: Config = DEFAULT) -> bool:
        """Do blank lines part the dump's blocks? Some are printed, and no block runs so long
        that it lost them (`Config.unbroken_block_lines`): a dump with a blank line under its
        header alone prints none between its articles.

        >>> prepare("某某\\n\\n正文第一段。\\n").blocks_parted(), prepare("某某\\n正文第一段。\\n").blocks_parted()
        (True, False)
        """
        return "\n\n" in self.text and max((len(block.lines) for block in self.blocks), default=0) < config.unbroken_block_lines


@dataclass(frozen=True)
class Paragraph:
    text: str
    first_line: int
    last_line: int


@dataclass(frozen=True)
class Cleaned:
    paragraphs: list[Paragraph]
    edits: list[Edit]


def to_text(source: str | bytes, encoding: str | None = None) -> str:
    return decode(source, encoding).text if isinstance(source, bytes) else source


def prepare(
    source: str | bytes,
    encoding: str | None = None,
    config: Config = DEFAULT,
    paragraph_starts: frozenset[int] = frozenset(),
    printed_banners: frozenset[int] = frozenset(),
    first_line: int = 1,
) -> Prepared:
    """Lines, blocks and paragraph units of a dump; bytes are decoded first (see `decode`).
    `paragraph_starts` are lines known to open a paragraph, `printed_banners` lines known to
    be banners (a PDF shows an indent, a band across the page); a dump that kept its
    paragraph indents adds the lines so indented (`cleanup.indents`). `first_line` is the number
    of the text's first line in its dump (a window of a long one, see `cleanup.windowing`).
    A dump whose columns stand side by side on each line is read column by column first
    (`cleanup.by_column`); its lines are then numbered as so read."""
    text = to_text(source, encoding)
    by_column = read_by_column(text, config)
    text, edits = normalize_text(by_column or text)
    text, restored = marks_given_back(text, first_line)
    edits.extend(restored)
    lines = []
    banners: set[int] = set(printed_banners)
    numbered, unspaced = _unspaced(text, split_lines(text, first_line), config)
    edits.extend(unspaced)
    to_repair = _lines_to_repair(numbered, first_line) if unspaced else lines_to_repair(text, first_line)
    indented = kept_indents(numbered, config)
    if indented or centred_somewhere(numbered, config) or left_margin(numbered):  # a kept indent says where a paragraph opens
        numbered, paragraph_starts = without_indents(numbered, indented, config), paragraph_starts | indented
    for line in numbered:
        if line.number not in to_repair:
            lines.append(line)
            continue
        repaired, found = apply(LINE_REPAIRS, Located.single(line.text, line.number))
        lines.append(Line(line.number, repaired.text) if found else line)
        edits.extend(found)
        if any(edit.kind == "banner-repeat" and edit.before == line.text.strip() for edit in found):
            banners.add(line.number)
    blocks = split_blocks(lines, blank_lines_between_blocks(lines, config))
    blocks = set_apart_trailing_titles(folios_apart(tables_apart(blocks, config)), config)
    measure = page_measure(blocks, config)  # read by the two stages below, and kept, unless titles are set aside
    set_aside = interposed_titles(blocks, frozenset(banners), config, measure)
    across = side_by_side(lines, config)
    kept = blocks
    if set_aside:
        kept = [block for block in blocks if block.lines[0].number not in set_aside]
        measure = page_measure(kept, config)
    units = unwrap(kept, frozenset(banners), config, paragraph_starts, measure)
    return Prepared(text, lines, blocks, units, edits, frozenset(banners), set_aside, across, by_column is not None, measure.flat)


def _unspaced(text: str, lines: list[Line], config: Config) -> tuple[list[Line], list[Edit]]:
    """The lines without the extractor's spacing (`cleanup.spacing`): a space between every two
    characters (OCR) or a title's wide tracking, and a title set vertically, a character a line."""
    if not spaced_somewhere(text):
        return lines, []  # most dumps
    lines, unspaced = without_letter_spacing(lines, every_line=letter_spaced(lines, config))
    lines, unstacked = without_stacking(lines)
    return lines, unspaced + unstacked


def _lines_to_repair(lines: list[Line], first_line: int) -> frozenset[int]:
    """`lines_to_repair` of lines the spacing repairs changed (and joined: line numbers skip)."""
    found = lines_to_repair("\n".join(line.text for line in lines), first_line)
    return frozenset(lines[number - first_line].number for number in found)


def clean(source: str | bytes, encoding: str | None = None, config: Config = DEFAULT) -> Cleaned:
    """A dump in, clean paragraphs out (one per unwrapped paragraph), with every repair logged.
    A dump longer than `config.window_chars` is cleaned a window at a time (`cleanup.windowing`)."""
    text = to_text(source, encoding)
    if len(text) <= config.window_chars:
        return _cleaned(prepare(text, None, config), config)
    text, edits = normalize_text(text)
    parts = [_cleaned(prepare(window, None, config, first_line=first), config) for first, window in windows(text, config.window_chars)]
    return Cleaned([paragraph for part in parts for paragraph in part.paragraphs], edits + [edit for part in parts for edit in part.edits])


def _cleaned(prepared: Prepared, config: Config) -> Cleaned:
    edits = list(prepared.edits)
    paragraphs = []
    located = [Located.from_lines(unit.lines) for unit in prepared.units]
    evidence = evidence_by_paragraph([text.text for text in located], config.evidence_reach)
    for unit, unwrapped, page in zip(prepared.units, located, evidence, strict=True):
        if unit.table:  # a table's row, as printed
            paragraphs.append(Paragraph(unwrapped.text.strip(), unit.first, unit.last))
            continue
        text, found = repair_paragraph(unwrapped, config, page)
        edits.extend(found)
        paragraphs.append(Paragraph(text.text, unit.first, unit.last))
    return Cleaned(paragraphs, edits)


def fix_and_explain(text: str, config: Config = DEFAULT) -> tuple[str, list[Edit]]:
    """Repair one piece of text (no line joining) and say what was done."""
    repaired, edits = repair_paragraph(Located.single(text, 1), config)
    return repaired.text, edits


def fix_text(text: str, config: Config = DEFAULT) -> str:
    return fix_and_explain(text, config)[0]
