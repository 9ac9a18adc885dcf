"""Inside a blank-separated block: where one paragraph ends and the next begins.

Two traces of the print carry the decision: a line that reaches the column
width was cut by the wrap, so the text goes on; a paragraph's first line is
about two characters short (the lost indent), while a line that goes on is full.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from cleanup.columns import is_full, looks_indented, looks_indented_only
from cleanup.config import DEFAULT, Config
from cleanup.cues import (
    AUTHOR_NOTE,
    COLUMN_TAG,
    REPORTER_TITLE_PATTERN,
    continued_from_alone,
    jump_line,
    match_dateline,
)
from cleanup.lexicon import word_bridges
from cleanup.lines import Line, display_width
from cleanup.marks import (
    CLOSING_BRACKETS,
    clearly_unfinished,
    credits_the_quotation,
    ends_on_a_stop,
    ends_sentence,
    leads_into_a_quotation,
)
from cleanup.shapes import (
    CLAUSE,
    CREDIT_MARK,
    closed_by_a_column_tag,
    credit_goes_on,
    credits_a_photo,
    hangs_under_title,
    is_deck,
    label_runs_into_its_code,
    looks_like_title,
    opens_a_turn,
    opens_an_entry,
    runs_past_two_names,
    starts_own_unit,
    without_trailing_tag,
)

_SPACED = regex.compile(r"\S\s+\S")
_NAMES_A_REPORTER = regex.compile(REPORTER_TITLE_PATTERN)


def _opens_a_marked_lede(line: Line, following: Line, column: float, config: Config = DEFAULT) -> bool:
    """A "■" that opens a paragraph of prose, an editor's lede, not a byline or a credit: set
    to the column (less an indent), no sentence ended on it, and a clause mark inside or,
    unspaced and naming no reporter, longer than two names (`cleanup.shapes.runs_past_two_names`) or a word
    running on into the next line (a byline's names are spaced, and a wrap cuts the lede's first
    clause as readily as a word).

    >>> [_opens_a_marked_lede(Line(1, text), Line(2, "后，村民们"), 17) for text in ("■每到春耕时节村里的老，", "■本报记者 王明", "■记者 刘项清 摄")]
    [True, False, False]
    >>> [_opens_a_marked_lede(Line(1, "■村里的男女老"), Line(2, text), 7) for text in ("少都会下田，", "王明")]
    [True, False]
    >>> _opens_a_marked_lede(Line(1, "■每年到了春耕时节村子里的男女老"), Line(2, "王明"), 17)
    True
    """
    text = line.text.strip()
    if not text.startswith(CREDIT_MARK) or ends_sentence(text) or not (is_full(line, column, False, config) or looks_indented_only(line, column, config)):
        return False
    if CLAUSE.search(text):
        return True
    return not _SPACED.search(text) and not _NAMES_A_REPORTER.search(text) and (runs_past_two_names(text, config) or word_bridges(text, following.text.strip(), config.bridge_context))


def breaks_after(
    line: Line,
    following: Line,
    column: float,
    flat: bool,
    following_is_last: bool,
    config: Config = DEFAULT,
    opens_block: bool = False,
    opens_unit: bool = True,
    pushed_character: bool = False,
    under: Line | None = None,
    indents_lost: bool = True,
) -> bool:
    """Does a paragraph end after `line` (`opens_block`: the first line of its block;
    `opens_unit`: the first line of its paragraph so far, which alone may have lost an indent;
    `pushed_character`: a line a character short may have had one pushed to the next line;
    `under`: the line after `following`, which shows the measure a paragraph's first line
    falls an indent short of; `indents_lost`: the page prints no indent, so a paragraph's
    first line is told by its width)?"""
    under_title = hangs_under_title(following, line, column, config)
    if (
        is_deck(following, under_title, sums_up=under_title)
        and not flat
        and not (following_is_last and opens_block)
        and (is_full(line, column, flat, config) or looks_indented_only(line, column, config) and CLAUSE.search(line.text))
        and not ends_sentence(line.text)
        and following.width <= column + config.overhang
    ):
        # a dash the wrap carried to the start of a line, mid-sentence, under a full line or a
        # paragraph's first line of prose ("青山村的改革，改的就是这个" | "——收益分配…"; a deck
        # ends a block of titles, not one that opened with prose; one far wider than the column
        # is no line of it)
        return False
    if credit_goes_on(line, following) or closes_the_title(line, following):
        return False
    if opens_unit and headline_set_wider(line, column, config) and following.width <= column + config.overhang:
        return True  # "某某主张（改革故事）" printed wider than the text under it: a headline whole
    if under is not None and ends_sentence(line.text) and closes_the_title(following, under):
        return True  # a title and the column tag under it, after a finished sentence ("…循环不已。" | "来，让我们一起“看山识水”" | "（绿色焦点）")
    if label_runs_into_its_code(line, following) or continued_from_alone(line.text):
        return False  # "案件編號：" | "HCCC147/2021", "（上接1版）" | the text it continues
    if starts_own_unit(following, under_title, sums_up=under_title) or CREDIT_MARK in line.text and not _opens_a_marked_lede(line, following, column, config) or jump_line(line.text):
        return True  # a jump line ("（下转2版）") closes the article's text on this page
    if dateline_alone(line.text):
        return False  # "本报北京3月24日电（记者王明）" on a line of its own: the text it dates follows
    if ends_sentence(line.text) and opens_on_a_dateline(following, under):
        return True  # "…开展合作。" | "新华社北京1月31日电 2月1日出版的": a dateline opens the next text
    if leads_into_a_quotation(line.text, following.text) and not opens_an_entry(line.text, following.text):
        return False  # "…这样概括老支书的一生：" | "“1820年之前…": the words quoted run on in the paragraph, a list's entries stand apart
    if credits_the_quotation(line.text, following.text):
        return False  # "…差不多。”" | "李秀英说。": the words quoted and who said them
    if flat or opens_an_entry(line.text, following.text):
        return True
    if ends_sentence(line.text) and (opens_a_turn(following.text) or credits_a_photo(following.text)):
        # "李：對，我沒有。" | "周：在你（今年4月）": each turn of an exchange is a paragraph; a
        # photographer's credit under the story it closes ("…发展的道路。" | "江宏景摄") stands apart
        return True
    if line.text.rstrip().endswith(_SEMICOLONS) and _short_before_an_indent(line, following, column, opens_unit, config):
        return True  # "…的笑声在院里回荡；" | "大门前的大石埕…": a clause of a series closes its paragraph
    if not ends_sentence(line.text) or _closes_inside_a_quote(line.text):
        # Mid-sentence: either cut by the wrap, or a title line that its block keeps together,
        # unless a paragraph opens under it (an intertitle's last line before the text).
        if opens_block and under is not None and not following_is_last and not jump_line(under.text):
            # a title the extractor printed right over its text, in one block: the line under
            # the paragraph's first line shows the measure (a photo story's box may be set
            # narrower than the column measured around it; a jump line printed on a line
            # makes it wider)
            return _title_over_paragraph(line, following, min(column, under.width), config)
        return not (opens_block or following_is_last) and _title_over_paragraph(line, following, column, config, opens_unit)
    if (
        not is_full(line, column, flat, config)
        and not (_may_be_full(line, opens_unit, column, config, pushed_character) and looks_indented_only(line, column, config))
        and not pushed_down(line, following, column, opens_unit, config)
    ):
        return True
    # A sentence ending at (or an indent short of) the column edge: the next line's
    # lost indent tells a new paragraph, unless that line is a paragraph's last, its sentence
    # stopped and a paragraph opening under it: far more paragraphs end so than hold one line.
    if _last_line_over_an_indent(line, following, under, column, config):
        return False
    if opens_block and opens_unit and looks_indented_only(line, column, config):
        # The first line after the blank, short by the lost indent and no more: its shortness is
        # the indent's, and a paragraph of one line that fills its first row to the edge is rarer
        # than a sentence that ends where the row did ("…为何越来越热闹？" | "个中缘由…"):
        # the line under it falling short says nothing.
        return False
    if not pushed_character and indents_lost and _short_over_short(line, following, column, config) and not (opens_unit and looks_indented_only(line, column, config)):
        # a unit's first line short by the lost indent alone is short for that, not for ending
        # its paragraph ("今年春耕已全面展开。" | "技术人员说…" over a line as short, by its jitter)
        return not following_is_last
    return looks_indented(following, column, flat, config) and not following_is_last and not _short_by_a_push(following, under, column, config)


def _short_by_a_push(following: Line, under: Line | None, column: float, config: Config) -> bool:
    """Is the next line short only because the wrap moved the first piece of the line under it
    down whole (an opening quote with its character, a Latin word, a number), a piece that would
    not have fitted on it at the full measure ("…已完成首批免费安装" | "Wi-Fi设备…")? Then its
    shortness is the push's, no lost indent: it tells no paragraph opening.

    >>> under = Line(3, "Wi-Fi设备的安装工作。")
    >>> _short_by_a_push(Line(2, "目前，各个乡镇已完成首批免费安装"), under, 30, DEFAULT)
    True
    >>> _short_by_a_push(Line(2, "目前，各个乡镇已完成首批"), under, 30, DEFAULT)
    False
    """
    return under is not None and pushed_down(following, under, column, False, config)


_SEMICOLONS = ("；", ";")


def _last_line_over_an_indent(line: Line, following: Line, under: Line | None, column: float, config: Config) -> bool:
    """Under a full line that ends a sentence on a stop, a short line that ends one too, with a
    paragraph's first line (an indent short) under it: the first paragraph's last line
    ("…慢慢吸吮。" | "那碗面条，至今还在心头回味。" | "菜园离院子很近，…"), not a paragraph of one line.
    A question or an exclamation, quoted or not, ends that line as often as a full stop does
    ("…问他去哪儿？" | "“去镇上赶集！”"): a one-line paragraph is as rare after them.

    >>> under = Line(3, "村口的小卖部早早开了门，")
    >>> _last_line_over_an_indent(Line(1, "一大早他就出了门。问他去哪儿？"), Line(2, "“去镇上赶集！”"), under, 30, DEFAULT)
    True
    >>> _last_line_over_an_indent(Line(1, "一大早他就出了门，问他去哪儿"), Line(2, "“去镇上赶集！”"), under, 30, DEFAULT)
    False
    """
    return (
        under is not None
        and ends_on_a_stop(line.text)
        and ends_on_a_stop(following.text)
        and looks_indented_only(under, column, config)
    )


def _short_over_short(line: Line, following: Line, column: float, config: Config) -> bool:
    """A sentence that ends more than a character short of the measure, over a line that falls
    short as far: the paragraph's last line and the next one's first, in a block that lost its
    blank lines, where the measure read around them runs a little low and a lost indent falls
    short of it by less than `Config.indent` (`Config.short_ending`). A line exactly a
    character short is as often full, its marks set a little narrower.

    >>> _short_over_short(Line(1, "今年春耕工作已在各地全面展开。"), Line(2, "技术人员说今年开始推广新种子，"), 32, DEFAULT)
    False

    >>> _short_over_short(Line(1, "耕，正在全县陆续展开。"), Line(2, "王县长说，今年开始，"), 24.2, DEFAULT)
    True
    >>> _short_over_short(Line(1, "也成为了全村人的致富路。"), Line(2, "他说，这是大家的路，"), 24.2, DEFAULT)
    False
    """
    return column - line.width >= config.short_ending and column - following.width >= config.short_ending


def _short_before_an_indent(line: Line, following: Line, column: float, opens_unit: bool, config: Config) -> bool:
    """The wrap left the line short (it is not full, and the next line's first piece would have
    fitted), and the next line is an indent short of the column: a paragraph's first line."""
    return (
        not is_full(line, column, False, config)
        and not looks_indented_only(line, column, config)
        and not pushed_down(line, following, column, opens_unit, config)
        and looks_indented_only(following, column, config)
    )


def opens_on_a_dateline(line: Line, under: Line | None) -> bool:
    """Does a dateline open the line (read on into the line under it, as the wrap may cut it)?
    Under a finished sentence it opens a text of its own: a dateline never runs on in a paragraph.

    >>> opens_on_a_dateline(Line(1, "本报北京3月24日电（记"), Line(2, "者王明）今年以来，")), opens_on_a_dateline(Line(1, "据悉，本报北京"), None)
    (True, False)
    """
    text = line.text.strip() + (under.text.strip() if under is not None else "")
    return match_dateline(text) is not None


def headline_set_wider(line: Line, column: float, config: Config = DEFAULT) -> bool:
    """A headline closed by its column tag, alone on a line that runs wider than any of the text's
    wrap (`Config.overhang`): set in a larger type over the text, it ends there. (`breaks_after`
    asks too that the next line run inside the column: in a block set wider than the page's
    column, a paragraph's first line may close on a bracket, "…农产品博览会（农博会）".) A sentence
    that closes on a bracket stays inside the column, and a dateline's credit is no column tag.

    >>> headline_set_wider(Line(1, "“山路通了，日子好了”（乡村故事）"), 26)
    True
    >>> headline_set_wider(Line(1, "村里还住着阿明一家，阿明（化名）"), 26)
    False
    >>> headline_set_wider(Line(1, "本报北京3月24日电（记者王明）"), 10)
    False
    """
    return (
        line.width > column + config.overhang
        and closed_by_a_column_tag(line.text)
        and not match_dateline(line.text.strip())
        and looks_like_title([Line(line.number, without_trailing_tag(line.text))])
    )


def dateline_alone(text: str) -> bool:
    """A line that is a dateline and nothing more: it opens the paragraph under it.

    >>> dateline_alone("本报北京3月24日电（记者王明）"), dateline_alone("本报北京3月24日电（记者王明）青山县办公室近日")
    (True, False)
    """
    text = text.strip()
    match = match_dateline(text)
    return match is not None and match.end() == len(text)


_PROSE_MARK = regex.compile(r"[，、,。！？；]")
# A comma or semicolon parts a sentence's clauses; a title of one phrase may list with 、.
_CLAUSE_BREAK = regex.compile(r"[，,；;]")


def _closes_inside_a_quote(text: str) -> bool:
    """A bracket closed at the line's end inside a quotation still open ("「例如某某，他當時
    （80年代）"): the bracket ends no sentence.

    >>> _closes_inside_a_quote("「例如他当时（80年代）"), _closes_inside_a_quote("（记者 王珂）")
    (True, False)
    """
    return text.rstrip()[-1:] in CLOSING_BRACKETS and clearly_unfinished(text)


def intertitle_start(lines: Sequence[Line], following: Line, column: float, config: Config = DEFAULT) -> int:
    """Where an intertitle or headline that closes `lines` begins, after the sentence ended
    above it, when a paragraph or a "——" deck opens under it (0: none). A title line as wide as the column ("咬牙啃下硬骨头，
    修水渠、种果树，赶走致富" | "拦路虎") shows no edge of its own; its last line does.

    >>> lines = [Line(1, "但打赢了会很爽。”"), Line(2, "咬牙啃下硬骨头，修水渠、种果树，赶走致富"), Line(3, "拦路虎")]
    >>> intertitle_start(lines, Line(4, "青山村老路常年失修，坑洼连成片，遇"), 40)
    1
    >>> intertitle_start(lines[1:], Line(4, "青山村老路常年失修，坑洼连成片，遇"), 40)
    0
    """
    if len(lines) < 2 or ends_sentence(lines[-1].text):
        return 0  # most units end on a sentence, and no title does
    if not (_title_over_paragraph(lines[-1], following, column, config) or is_deck(following, under_title=True)):
        return 0
    return title_after_a_sentence(lines, config)


def closing_title_start(lines: Sequence[Line], config: Config = DEFAULT) -> int:
    """Where a title that ends the whole text begins (0: none): a page whose headlines follow
    their articles ends on one, after the sentence ended above it, and no column jump can take
    its lines on, for no text follows them.

    >>> closing_title_start([Line(1, "这是一座小城最寻常的早晨，也是它的模样。"), Line(2, "小河边的早晨")])
    1
    >>> closing_title_start([Line(1, "这是一座小城最寻常的早晨，也是它的模样。"), Line(2, "他说。")])
    0
    """
    if len(lines) < 2 or ends_as_prose(lines[-1].text) or clearly_unfinished(lines[-1].text):
        return 0
    return title_after_a_sentence(lines, config)


def ends_as_prose(text: str) -> bool:
    """A sentence ends the line, not a headline's column tag, whose bracket ends none; a
    bracket after a sentence's stop (a sign-off, "…笑了。（记者李华）") ends the sentence's text.

    >>> ends_as_prose("这是它的模样。"), ends_as_prose("小河边的早晨（走基层）"), ends_as_prose("大家都笑了。（记者李华）")
    (True, False, True)
    """
    if not ends_sentence(text):
        return False
    return not closed_by_a_column_tag(text) or ends_sentence(without_trailing_tag(text))


def title_after_a_sentence(lines: Sequence[Line], config: Config = DEFAULT) -> int:
    """Where the title lines that close `lines` begin, right after a line that ends a sentence
    (at most `Config.title_max_lines` of them; 0: none).

    >>> title_after_a_sentence([Line(1, "这是它的模样。"), Line(2, "小河边的早晨（走基层）")]), title_after_a_sentence([Line(1, "这是它的")])
    (1, 0)
    """
    for start in range(len(lines) - 1, max(0, len(lines) - config.title_max_lines - 1), -1):
        if ends_sentence(lines[start - 1].text) and looks_like_title(lines[start:], config):
            return start
    return 0


def _title_over_paragraph(line: Line, following: Line, column: float, config: Config, opens_unit: bool = False) -> bool:
    """A title line that ends no sentence, with a paragraph's first line under it: short of the
    column by the lost indent alone and running on in prose. The title is short; or, opening a
    unit after a paragraph ended, it reaches the column, which no paragraph's first line does
    (a title set in a larger type, as some extractors print an intertitle), where the line
    under it shows its indent (no half-width characters, no paragraph's last line); or it runs
    wider than any line of the text's wrap, a phrase (a banner a dump without blank lines prints
    over the text), where the line under it may open on words with no mark yet. Over a turn
    of an exchange, a title of one phrase may run as long as it likes ("城市更新的根本动因和现实考量"
    | "记者：近年来，"): an exchange opens its paragraph, where a sentence's clauses run on
    ("…，每年每户" | "收入翻番：村民入股…")."""
    short = line.width <= min(column, following.width) * config.title_line_share or _over_a_turn(line, following)
    # a phrase wider than any line of the text's wrap (a caption set wider runs on in clauses)
    wider = line.width > column + config.overhang and not _CLAUSE_BREAK.search(line.text)
    set_full = (opens_unit and line.width > column - config.full_slack or wider) and not (_NARROW.search(following.text) or ends_sentence(following.text))
    if not (short or set_full) or clearly_unfinished(line.text):
        return False  # the widths first: most lines are running text, decided without reading it
    indented = looks_indented_only(following, column, config) or set_full and _opens_with_a_word_kept_whole(following, column, config)
    if not indented or not (wider or _PROSE_MARK.search(following.text)):
        return False
    return looks_like_title([line], config) and not word_bridges(line.text.strip(), following.text.strip())


def _over_a_turn(line: Line, following: Line) -> bool:
    """A title of one phrase over a turn of an exchange (the colon looked for first: most lines
    hold none)."""
    text = following.text
    return ("：" in text or ":" in text) and opens_a_turn(text) and not _CLAUSE_BREAK.search(line.text)


_NARROW = regex.compile(r"[0-9A-Za-z%.]")
_SENTENCE_STOP = regex.compile(r"[。！？!?]")
_ENDS_ON_A_WORD = regex.compile(r"[\p{Han}\p{L}\p{N}]\s*$")


def _opens_with_a_word_kept_whole(line: Line, column: float, config: Config) -> bool:
    """A paragraph's first line short by more than the indent, where the wrap kept the next
    word whole: it stops on a word, and no sentence ends in it (a caption's last line with
    its credit, "…记者。■王明 摄", does; a clause's tail, "官员；", stops on a mark).

    >>> [_opens_with_a_word_kept_whole(Line(1, text), 34, DEFAULT) for text in ("近日，记者走进大山深处的", "记者。■王明 摄", "官员；")]
    [True, False, False]
    """
    return looks_indented(line, column, False, config) and bool(_ENDS_ON_A_WORD.search(line.text)) and not _SENTENCE_STOP.search(line.text)
# What the wrap moves down whole: opening marks with the character they open, or a Latin word
# or a number with its marks.
_UNBREAKABLE = regex.compile(r"[“‘「『（(《【]+\S|[0-9A-Za-z][0-9A-Za-z.,%'’\-]*")


def pushed_down(line: Line, following: Line, column: float, opens_unit: bool, config: Config = DEFAULT) -> bool:
    """Did the next line's first piece, which the wrap moves whole, fail to fit on this one?
    Then this line was full in print, however short it looks ("…主任介绍：" | "“‘六区…",
    "（CVID：" | "complete,"). A paragraph's first line has the indent less room.

    >>> pushed_down(Line(1, "县文化中心主任李小华介绍："), Line(2, "“‘三山两湖’观光步道是县里门面绿"), 34, True)
    True
    >>> pushed_down(Line(1, "县文化中心主任李小华介绍："), Line(2, "六区四园旅游长廊是县里窗口绿化工"), 34, True)
    False
    """
    piece = _UNBREAKABLE.match(following.text.lstrip())
    if not piece or display_width(piece.group()) <= 2:
        return False  # one character: the line's shortness is its own
    room = column - (config.lost_indent if opens_unit else 0)
    return line.width + display_width(piece.group()) > room


def _may_be_full(line: Line, opens_unit: bool, column: float, config: Config, pushed_character: bool) -> bool:
    """May a sentence-ending line short of the column by about an indent have been full in
    print? A paragraph's first line lost its indent; a line with digits or Latin letters,
    which take half a cell, was justified wider than its cells count; a line one character
    short may have had it pushed down by the rule that no line opens on a closing mark
    ("。" | "”…"), where the measure is the block's median (`pushed_character`). Any other
    line inside a paragraph, all in full-width characters, ended it.

    >>> [_may_be_full(Line(1, "字" * n + "。"), False, 32, DEFAULT, True) for n in (13, 12)]
    [True, False]
    """
    one_short = pushed_character and line.width >= column - config.full_slack - 2
    return opens_unit or bool(_NARROW.search(line.text)) or one_short


def closes_the_title(line: Line, following: Line) -> bool:
    """A column tag on a line of its own closes the title above it, whatever mark that ends
    on ("好种子为啥难求？" | "（话说新农村）"); a jump line, the source of a speech's text or its
    author's note ("（作者为…）") closes the text instead.

    >>> closes_the_title(Line(1, "好种子为啥难求？"), Line(2, "（话说新农村）"))
    True
    >>> closes_the_title(Line(1, "要是均分“蛋糕”，"), Line(2, "（下转8版）"))
    False
    >>> closes_the_title(Line(1, "谢谢大家！"), Line(2, "（新华社江东青山3月25日电）"))
    False
    >>> closes_the_title(Line(1, "幸福美满！"), Line(2, "（作者为某市文联主席）"))
    False
    """
    tag = following.text.strip()
    if tag[:1] not in "（(":
        return False  # nearly every line: no bracket opens it, told before the pattern
    if not COLUMN_TAG.fullmatch(tag) or jump_line(tag) or match_dateline(tag[1:-1]) or AUTHOR_NOTE.fullmatch(tag):
        return False  # "（下转8版）", "（新华社江东青山3月25日电）", "（作者为…）" close the text
    return looks_like_title([Line(line.number, line.text.rstrip("？?！!"))])


def at_column_edge(line: Line, column: float, flat: bool, config: Config = DEFAULT) -> bool:
    """A sentence that ends where the column ends: the lost indent of the next line decides."""
    return not flat and ends_sentence(line.text) and is_full(line, column, flat, config)




def verse_lines(lines: Sequence[Line], measures: Sequence[float], config: Config = DEFAULT) -> frozenset[int]:
    """The numbers of the lines in a run of `Config.verse_run_min` or more that each end a
    sentence, no longer than `Config.verse_line_chars`, short of the column measured where
    the run begins (`measures`, one per line) and all as wide as each other: a poem quoted
    line by line, each line a paragraph of its own. Wrapped prose fills its column, and ends
    a line on its sentence's mark now and then, never line after line short of it.

    >>> poem = [Line(n, text) for n, text in enumerate(["晨起山色好，闲坐听鸟鸣。", "溪水绕门过，竹影映窗明。", "茶凉书未尽，日落客初归。"], start=1)]
    >>> sorted(verse_lines(poem, [34] * 3)), sorted(verse_lines(poem, [24] * 3))
    ([1, 2, 3], [])
    >>> sorted(verse_lines([Line(1, "晨起山色好，闲坐听鸟鸣。"), Line(2, "溪水绕门过，竹影映窗"), Line(3, "明。茶凉书未尽，日落")], [34] * 3))
    []
    """
    if len(lines) < config.verse_run_min:
        return frozenset()  # most blocks of a page with blank lines: a paragraph or two
    found: set[int] = set()
    run: list[Line] = []
    measure = 0.0
    for index, line in enumerate([*lines, None]):
        verse = line is not None and len(line.text.strip()) <= config.verse_line_chars and ends_on_a_stop(line.text)  # most lines: too long, told first
        if verse and run and abs(line.width - run[0].width) <= config.full_slack and line.width < measure - config.full_slack:
            run.append(line)
            continue
        if len(run) >= config.verse_run_min:
            found.update(verse_line.number for verse_line in run)
        # A run is measured against the column where it begins: verse lines pull a local measure down to their width.
        measure = measures[max(0, index - 1)] if verse else 0.0
        run = [line] if verse and line.width < measure - config.full_slack else []
    return frozenset(found)
