"""Blocks that lost their blank lines: where titles, the page header and headlines run into the text.

Some extractors (pypdfium2, some OCR tools) print no blank line at all, so a page
arrives as one long block. The unwrapper then asks these predicates where a unit
ends: a title line falls short of the column measured around it, a dated line at
the top is the page header, a headline runs straight into the dateline or byline
under it (or its "——" deck, after prose cut on a comma), a "——" deck ends where the
text goes on under it, a photo credit the wrap cut ends at its 摄, and the headlines
printed together after the text stand one by one.
"""

from __future__ import annotations

import statistics
from collections.abc import Callable, Sequence

import regex

from cleanup.breaks import pushed_down
from cleanup.columns import is_full, looks_indented_only, outside_column
from cleanup.config import DEFAULT, Config
from cleanup.cues import (
    COLUMN_LABEL,
    COLUMN_TAG,
    DATELINE_END,
    PAGE_DATE,
    PAGE_NUMBER,
    SERIES_BANNER,
    is_reference,
    jump_line,
    match_dateline,
)
from cleanup.cut_sentences import opens_on_a_particle
from cleanup.lexicon import ends_on_link, word_bridges, word_tag
from cleanup.lines import Block, Line
from cleanup.marks import (
    CLAUSE_MARKS,
    bracket_balance,
    clearly_unfinished,
    ends_sentence,
)
from cleanup.script import in_simplified
from cleanup.shapes import (
    BRACKETED,
    CLAUSE,
    CREDIT_END,
    CREDIT_MARK,
    DECK_MARK,
    INNER_SENTENCE_MARK,
    REPORTER_TITLE,
    TWO_HALVES,
    is_deck,
    label_runs_into_its_code,
    looks_like_title,
    set_across_columns,
)

# Single characters set apart by spaces, the way a short name is spread over a headline's width.
LETTER_SPACED = regex.compile(r"\p{Han}(?:\s+\p{Han})+")
# A headline printed in two halves, no mark in either ("聚焦实体经济 激发发展活力"): prose that
# fills a line has its clause marks, and no space between two words.
# A clause or sentence mark with text after it: a line of prose, not a title.
_MARK_INSIDE = regex.compile(r"[，、,。！？!?；;：:](?=\S)")
_SPACED_HAN = regex.compile(r"\p{Han}\s+\p{Han}")
# A line that opens on a dateline's reporters in brackets: "（记者李华）…", "(本报记者 王明)…".
_OPENS_ON_REPORTERS = regex.compile(rf"[（(]\s*(?:{REPORTER_TITLE.pattern})")
# A bracket opened and not closed on its line, or closed and not opened on it: a column
# tag the wrap cut.
_WRAPPED_TAG = regex.compile(r"^\s*(?:[（(][^（()）]+|[^（()）]+[）)]\s*)$")
_HAN = regex.compile(r"\p{Han}")
# A sentence's last word alone on its line: a few characters and a stop, a closing quote after it or not.
_SENTENCE_TAIL = regex.compile(r"\p{Han}+[。！？!?][”’」』]?")
# A sentence's stop inside a line: prose, which a title's line never holds.
_STOP_INSIDE = regex.compile(r"[。！？!?](?=.)")
# A quoted name or slogan ("“绿色通道、便民窗口”"), whose marks are its own, not the sentence's.
_QUOTED = regex.compile(r"“[^“”]*”|「[^「」]*」|《[^《》]*》")
# The start of a name alone on a line, and the rest of the name with a photo credit's mark,
# its source's tag after it or not: "王" | "明摄（图片社）".
_NAME_PIECE = regex.compile(r"\p{Han}{1,4}")
_CREDIT_TAIL = regex.compile(r"\p{Han}{0,1}(?P<last>\p{Han})(?P<mark>摄|攝|摄影报道|攝影報道)(?:[（(][^（()）]{2,8}[）)])?")
# A photo credit without its "■", spaces taken out: "本报记者贺勇摄", "勇摄".
_WRAPPED_CREDIT = regex.compile(rf"(?:{REPORTER_TITLE.pattern})?\p{{Han}}{{1,4}}(?:摄|攝|摄影报道|攝影報道)")


def heads_a_dateline(line: Line, following: Sequence[Line], config: Config = DEFAULT, after_title: Callable[[], bool] = lambda: False) -> bool:
    """A title line run straight into the dateline under it, as dumps without blank lines
    print a headline: the dateline (read across the wrap) opens the next paragraph.
    `after_title` tells whether the line opens a unit under one that stood apart as a title;
    asked last, as it reads the units before and few lines have a dateline under them.

    >>> heads_a_dateline(Line(1, "山西将逐步提高农村供水保障率"), [Line(2, "本报太原4月22日电（记"), Line(3, "者李明）记者从山西省水利厅获")])
    True
    >>> heads_a_dateline(Line(1, "据悉，目前全省已有"), [Line(2, "本报太原4月22日电（记"), Line(3, "者李明）")])
    False

    The marks of a quoted name are its own, not a sentence's running on, and a title's
    clauses run in balance:

    >>> heads_a_dateline(Line(1, "打造“绿色通道、便民窗口”服务品牌"), [Line(2, "本报济宁讯（通讯员 王明）今年以来，")])
    True
    >>> heads_a_dateline(Line(1, "春耕生产进展顺利，继续抓好田间管理"), [Line(2, "本报北京3月24日电（记者王明）今年")])
    True
    >>> heads_a_dateline(Line(1, "稳住基本盘，“绣花”产业链"), [Line(2, "本报北京3月24日电（记者"), Line(3, "李华）记者从青山县农业局获悉：")])
    True
    """
    for below in following:
        if DATELINE_END.search(below.text):
            break
    else:
        return False  # most lines: no 电 or 讯 under them to end a dateline, told before the lines are joined
    if not match_dateline("".join(line.text.strip() for line in following)):
        return False  # asked first: few lines have a dateline under them
    if not (_clause_outside_quotes(line.text) and not _balanced_clauses(line.text, config)) and looks_like_title([line], config):
        return True
    # Under a title, or naming whom the headline is about ("…，李春生——"): the headline block's
    # last line, whatever its clauses.
    text = line.text.strip()
    if ends_sentence(text) or not (text.endswith(DECK_MARK) or after_title()):
        return False
    head = text.removesuffix(DECK_MARK)
    return not clearly_unfinished(head) and not ends_on_link(head)


def _clause_outside_quotes(text: str) -> bool:
    """A clause mark of the sentence's own, not one inside a quoted name ("打造“…、…”服务品牌")."""
    if not CLAUSE.search(text):
        return False
    return "“" not in text and "「" not in text and "《" not in text or bool(CLAUSE.search(_QUOTED.sub("", text)))


def _balanced_clauses(text: str, config: Config) -> bool:
    """Two or more clauses of a few characters each (their quote marks aside), none much
    shorter than the longest: a title's ("春耕生产进展顺利，继续抓好田间管理", "铆住需求端，“绣花”
    供给侧"), where prose opens with a short one ("据悉，")."""
    lengths = [len(_HAN.findall(clause)) for clause in CLAUSE.split(text.strip())]
    lengths = [length for length in lengths if length]
    shortest, longest = min(lengths, default=0), max(lengths, default=0)
    return len(lengths) > 1 and shortest >= config.title_clause_min and shortest >= config.title_clause_balance * longest


def heads_a_byline(line: Line, following: Sequence[Line], config: Config = DEFAULT) -> bool:
    """A paragraph ends on `line` and the next lines, up to a "■" byline, are one title: a
    headline printed straight after the text before it, as dumps without blank lines do.

    >>> heads_a_byline(Line(1, "件改由另一位法官負責審理。"), [Line(2, "運輸署逾期未覆 有違《資訊公開守"), Line(3, "則》"), Line(4, "■記者 陳明")])
    True
    >>> heads_a_byline(Line(1, "件改由另一位法官負責"), [Line(2, "審理。"), Line(3, "■記者 陳明")])
    False

    A jump line among the lines over the byline closes the text there: the lines up to it go
    on from this one, and the title opens under it.

    >>> heads_a_byline(Line(1, "一声啼哭划破了新春的夜。"), [Line(2, "对于这一家人来说，（下转4版）"), Line(3, "新春走基层"), Line(4, "■本报记者 陈明")])
    False
    """
    if not ends_sentence(line.text) or following and label_runs_into_its_code(line, following[0]):
        return False
    for count, candidate in enumerate(following[: config.title_max_lines]):
        if candidate.text.lstrip().startswith(CREDIT_MARK):
            title = following[:count]
            if any(jump_line(part.text) for part in title):
                return False  # "…来说，（下转4版）" closes the text: no title line
            return count > 0 and (looks_like_title(title, config) or _reads_as_headline(title, config))
    return False


def heads_a_deck(line: Line, following: Sequence[Line], column: float, opens_unit: bool, config: Config = DEFAULT) -> bool:
    """Prose cut on a comma (`cut_on_a_clause`: an article continued elsewhere), then a title of
    a line or a few and a "——" deck under it set wider than the column, as running text never
    runs: a headline block printed straight after the text, whatever the wrap says ("…“明白人”，"
    | "强化政治担当" | "聚焦核心任务" | "——我市以高质量机关党建推动经济社会高质量发展工作综述").

    >>> deck = Line(5, "——我市以高质量机关党建推动经济社会高质量发展工作综述")
    >>> heads_a_deck(Line(1, "的“明白人”，"), [Line(2, "强化政治担当"), Line(3, "聚焦核心任务"), deck], 36, False)
    True
    >>> heads_a_deck(Line(1, "王县长举行"), [Line(2, "第五轮两县县长年度会谈"), deck], 36, False)
    False
    """
    if not cut_on_a_clause(line.text, opens_unit, config):
        return False  # asked first: most lines are no prose stopped on a comma
    for count, candidate in enumerate(following[: config.title_max_lines + 1]):
        if candidate.text.lstrip().startswith(DECK_MARK):
            title = following[:count]
            deck = candidate.width > column + config.overhang and is_deck(candidate, under_title=True)
            return count > 0 and deck and not any(CLAUSE.search(line.text) for line in title) and looks_like_title(title, config)
    return False


def cut_on_a_clause(text: str, opens_unit: bool, config: Config = DEFAULT) -> bool:
    """Prose stopped on a comma: a line that goes on a paragraph begun above it (not `opens_unit`),
    holds a stop before its end ("程。着力培养政治上的“明白人”，") or runs longer than a title's
    lead-in (`Config.title_lead_chars`), where a title's first line may end on a comma ("脱贫，"
    | "他们使上农民这股劲").

    >>> cut_on_a_clause("程。着力培养政治上的“明白人”，", True), cut_on_a_clause("的“明白人”，", False)
    (True, True)
    >>> cut_on_a_clause("脱贫，", True), cut_on_a_clause("王县长举行", False)
    (False, False)
    """
    text = text.rstrip()
    return text[-1:] in CLAUSE_MARKS and (not opens_unit or bool(_STOP_INSIDE.search(text)) or len(text) > config.title_lead_chars)


def _reads_as_headline(lines: Sequence[Line], config: Config) -> bool:
    """A long headline (an HK one runs to forty characters, with a colon or a comma inside):
    a line or three, no sentence ended inside or at the end, nothing left open."""
    text = "".join(line.text.strip() for line in lines)
    inner = INNER_SENTENCE_MARK.search(BRACKETED.sub("", text))
    return len(lines) <= 3 and not ends_sentence(text) and not clearly_unfinished(text) and not inner


def trailing_titles(lines: Sequence[Line], config: Config = DEFAULT) -> int:
    """Where a run of title lines closing a long block begins (len(lines) when none does).

    Some extractors print no blank line at all and set a page's headlines together after its
    text: the block's last lines are then titles, one after another, after a line that ends a
    sentence or a photo credit. Each stands as a unit of its own.
    """
    if len(lines) < config.unbroken_block_lines:
        return len(lines)
    measure = statistics.median_low(line.width for line in lines)

    def is_title_line(line: Line) -> bool:
        """Shaped like a title (a deck or a headline across columns, clauses and all), and not
        a line of prose the wrap filled to the column."""
        wrapped_prose = CLAUSE.search(line.text) and abs(line.width - measure) <= config.full_slack
        shaped = looks_like_title([line], config) or set_across_columns([line], measure, config) or is_deck(line, under_title=True)
        return shaped and not wrapped_prose and not CREDIT_END.search(line.text)

    start = len(lines)
    while start > 0 and _in_title_run(lines[start - 1], start < len(lines), is_title_line):
        start -= 1
    closed = start > 0 and (ends_sentence(lines[start - 1].text) or bool(CREDIT_END.search(lines[start - 1].text)))
    return start if closed and len(lines) - start >= config.trailing_title_lines else len(lines)


def _in_title_run(line: Line, under_title: bool, is_title_line: Callable[[Line], bool]) -> bool:
    """A line of the run of titles: title-shaped, or a title line that leaves a quote or bracket
    open over the title line that closes it ("从业三十年来，他在县城建起千栋“诚信大" | "厦”，他说——"),
    however much it looks like wrapped prose."""
    return is_title_line(line) or under_title and any(bracket_balance(line.text)[0].values())


def set_apart_trailing_titles(blocks: list[Block], config: Config = DEFAULT) -> list[Block]:
    """Each title line of a run closing a long block (`trailing_titles`) as a block of its
    own, as a dump with blank lines would print it."""
    out: list[Block] = []
    for block in blocks:
        start = trailing_titles(block.lines, config)
        out.append(Block(block.lines[:start]) if start else block)
        if start:
            out.extend(_title_blocks(block.lines[start:]))
    return out


def folios_apart(blocks: list[Block]) -> list[Block]:
    """A page number printed as the page's first or last line ("3", "- 3 -") as a block of its
    own, where the extractor set it against the text: alone it is the page's folio
    (`layout.classify.is_folio`), run together it would end the last headline ("…顺利3").

    >>> [[line.text for line in block.lines] for block in folios_apart([Block((Line(1, "正文。"), Line(2, "春耕生产进展顺利"), Line(3, "3")))])]
    [['正文。', '春耕生产进展顺利'], ['3']]
    >>> [[line.text for line in block.lines] for block in folios_apart([Block((Line(1, "3"), Line(2, "正文。"), Line(3, "A3")))])]
    [['3'], ['正文。'], ['A3']]
    """
    if blocks and len(blocks[-1].lines) > 1 and PAGE_NUMBER.fullmatch(blocks[-1].lines[-1].text.strip()):
        blocks = [*blocks[:-1], Block(blocks[-1].lines[:-1]), Block(blocks[-1].lines[-1:])]
    if blocks and len(blocks[0].lines) > 1 and PAGE_NUMBER.fullmatch(blocks[0].lines[0].text.strip()):
        blocks = [Block(blocks[0].lines[:1]), Block(blocks[0].lines[1:]), *blocks[1:]]
    return blocks


def _title_blocks(lines: Sequence[Line]) -> list[Block]:
    """One block per title line, but a line that leaves a quote or bracket open keeps the
    lines that close it: a headline the extractor cut into short lines."""
    return [Block(tuple(group)) for group in title_lines_whole(lines)]


def title_lines_whole(lines: Sequence[Line]) -> list[list[Line]]:
    """Title lines one by one, but a line that leaves a quote or bracket open with the lines
    that close it ("划出“硬" | "杠杠”"): no title ends inside a bracket.

    >>> [len(group) for group in title_lines_whole([Line(1, "政务公开"), Line(2, "划出“硬"), Line(3, "杠杠”"), Line(4, "好种子为啥难求？")])]
    [1, 2, 1]
    """
    groups: list[list[Line]] = []
    left_open = False
    for line in lines:
        if left_open:
            groups[-1].append(line)
        else:
            groups.append([line])
        left_open = any(bracket_balance("".join(each.text for each in groups[-1]))[0].values())
    return groups


def deck_ends(line: Line, following: Line, config: Config = DEFAULT) -> bool:
    """In a block without blank lines, a "——" deck ends on its line where the text goes on under it ("——《乡村治理的实践与能力
    现代化》简评" | "王明撰著的《乡村治理"): a dateline, or a line longer than a title's
    wrapped tail, that the wrap did not reach inside a bracket or a word.

    >>> deck_ends(Line(1, "——确保村里老人应养尽养、应护尽护"), Line(2, "本报北京4月21日电（记者王浩）"))
    True
    >>> deck_ends(Line(1, "——在博鳌亚洲论坛年会开幕式上的主旨演讲（2017年"), Line(2, "3月25日，海南博鳌）"))
    False
    >>> deck_ends(Line(1, "——江东青山市石桥县柳林村"), Line(2, "村民李家明"))
    False
    """
    if not is_deck(line, under_title=True):
        return False
    text, after = line.text.strip(), following.text.strip()
    if any(bracket_balance(text)[0].values()) or clearly_unfinished(text) or word_bridges(text, after):
        return False
    return following.width > config.wrapped_title_tail or bool(match_dateline(after))


def kicker_ends(unit_lines: Sequence[Line], after_title: Callable[[], bool], config: Config = DEFAULT) -> bool:
    """In a block without blank lines, a line or two right under a title that end on a dash
    ("陆军某部战士王明——", "家乡美如画、家乡情更浓，" | "青山儿女共庆建县70周年——"): the
    kicker that names whom the headline is about, printed after it, not a sentence leading
    into the text under it, however wide it is set. `after_title` tells whether a title stands
    right above; asked last, as it reads the units before and few lines end on a dash.

    >>> kicker_ends([Line(1, "陆军某部战士王明——")], lambda: True), kicker_ends([Line(1, "他说——")], lambda: False)
    (True, False)
    """
    text = unit_lines[-1].text.strip()
    return len(unit_lines) <= config.kicker_lines and text.endswith(DECK_MARK) and text != DECK_MARK and after_title()


def closes_a_reference(unit_lines: Sequence[Line]) -> bool:
    """The lines so far are a labelled reference the wrap cut ("案件編號：" | "HCCC147/2021"):
    it closes its article, and the title under it is the next article's.

    >>> closes_a_reference([Line(1, "案件編號："), Line(2, "HCCC147/2021")])
    True
    >>> closes_a_reference([Line(1, "案件編號：")])
    False
    """
    if not any("：" in line.text or ":" in line.text for line in unit_lines):
        return False  # most units: no label's colon, told without joining their lines
    return is_reference("".join(line.text.strip() for line in unit_lines))


def wraps_onto_a_credit(line: Line, following: Line) -> bool:
    """A name the wrap cut before its photo credit's mark: a line of nothing but a name's first
    characters, over the name's last one or two and the mark, with its source's tag or not
    ("王" | "明摄（图片社）", "李小" | "红摄影报道"). A narrow photo box prints its credit so;
    widths say nothing there, and the name runs on.

    >>> wraps_onto_a_credit(Line(1, "王"), Line(2, "明摄（图片社）")), wraps_onto_a_credit(Line(1, "李小"), Line(2, "红摄影报道"))
    (True, True)
    >>> wraps_onto_a_credit(Line(1, "春耕时节"), Line(2, "田间地头忙"))
    False
    """
    name = line.text.strip()
    if len(name) > 4 or not _NAME_PIECE.fullmatch(name):
        return False  # nearly every line: longer than a name's first characters, told by its length before the pattern
    tail = _CREDIT_TAIL.fullmatch(following.text.strip())
    if not tail:
        return False
    # "偷|拍摄", "航|拍摄": the mark closes a word of the dictionary ("拍摄"), no name
    return len(tail["mark"]) > 1 or word_tag(tail["last"] + tail["mark"]) is None


def closes_a_credit(unit_lines: Sequence[Line]) -> bool:
    """The lines so far are a photo credit the wrap cut ("本报记者" | "贺" | "勇摄"): a name of a
    few characters, a reporter's title before it or not, and 摄. Without blank lines the title
    under it would otherwise run on from the credit.

    >>> closes_a_credit([Line(1, "勇摄")]), closes_a_credit([Line(1, "本报记者 贺"), Line(2, "勇摄")])
    (True, True)
    >>> closes_a_credit([Line(1, "记者在现场用无人机拍摄")])
    False
    """
    last = "".join(unit_lines[-1].text.split()) if unit_lines else ""
    if last and not last.endswith(("摄", "攝", "道")):
        return False  # most units: their last line ends on no credit's mark, told without joining them all
    return bool(_WRAPPED_CREDIT.fullmatch("".join("".join(line.text.split()) for line in unit_lines)))


def heads_the_page(line: Line, config: Config = DEFAULT) -> bool:
    """A dated line among the dump's first lines ("4 2017年4月22日 星期六 人民日报 政治"): the page
    header, a unit of its own even where no blank line sets it apart."""
    return line.number <= config.header_lines and bool(PAGE_DATE.match(line.text.strip())) and not CLAUSE.search(line.text)


def stands_apart_as_title(line: Line, following: Line, measure: float, config: Config = DEFAULT, measure_ahead: float = 0) -> bool:
    """In a block without blank lines, a title line: it ends no sentence and falls well short
    of the measure around it (or runs far past it, or is a headline's two halves, however
    wide), where wrapped prose fills its column; no word runs on into the next line, and no
    column tag there closes it.

    >>> stands_apart_as_title(Line(1, "强化政治担当 聚焦核心任务"), Line(2, "市委坚持以党的政治建设为统领，"), 40)
    True
    >>> stands_apart_as_title(Line(1, "读者在新华书店书香苑店内选"), Line(2, "购图书。"), 40)
    False

    A paragraph's first line, short by its lost indent, with a full line after it, is no title:

    >>> stands_apart_as_title(Line(1, "今年以来，全县农民收入"), Line(2, "持续增长，村集体经济不断壮大，"), 30)
    False
    >>> stands_apart_as_title(Line(1, "乡村振兴见成效"), Line(2, "持续增长，村集体经济不断壮大，"), 30)
    True

    A headline wrapped onto a short second line stands apart only after that line:

    >>> stands_apart_as_title(Line(1, "县里推广科技特派员制度"), Line(2, "“富”了山村"), 44)
    False

    unless the line is a headline's two spaced halves, whole, over another title:

    >>> stands_apart_as_title(Line(1, "绿色出行 低碳生活"), Line(2, "今年灯会"), 40)
    True

    or that line is a name set letter-spaced, a label of its own:

    >>> stands_apart_as_title(Line(1, "砥砺奋进的五年"), Line(2, "安 徽"), 40)
    True
    """
    text = line.text.strip()
    if is_reference(text) or ("·" in text or "•" in text) and (COLUMN_LABEL.match(text) or SERIES_BANNER.search(text)):
        return True  # "案件編號：HCMA81/2021" closes its article; "·专题访谈" labels a column, "…·记者调查" a series
    two_halves = bool(TWO_HALVES.fullmatch(text))
    if line.width > measure * config.title_line_share and not outside_column(line, measure, config) and not two_halves:
        return False  # near the measure: running text, the case of most lines, decided before the word checks below
    if REPORTER_TITLE.fullmatch(text) or _OPENS_ON_REPORTERS.match(text):
        return False  # "本报记者" | "李小华摄": the name follows; "（记者李华）国家质检": a dateline wrapped, its text going on
    if not text or ends_sentence(text) or clearly_unfinished(text):
        return False
    if COLUMN_TAG.fullmatch(following.text.strip()) or _WRAPPED_TAG.match(following.text) or word_bridges(text, following.text.strip()):
        return False  # its column tag follows, whole or wrapped ("(深入学习贯彻全县大会" | "…精神)", "·我的故事)")
    if opens_on_a_particle(following.text) or _ends_its_sentence(following, config):
        return False  # the next line leans on this one ("…人们不一样" | "的观感。"), or ends its sentence ("…说过的一句" | "话。")
    if _opens_on_a_gloss(following):
        return False  # "…这种疾病名为" | "（ABC）的病毒…": the bracket glosses the line's last word
    if not (two_halves and in_simplified(text)) and _wraps_onto(line, following, config):
        return False  # a headline's two spaced halves are whole (a Hong Kong one runs on over spaced parts)
    ahead = measure_ahead or measure  # a paragraph's first line is set in the measure of the lines under it
    if is_full(following, ahead, False, config) and (
        _opens_a_paragraph(line, ahead, config)
        or _starts_a_narrower_column(line, following, measure, ahead, config)
        or not two_halves
        and following.width <= ahead + config.overhang
        and pushed_down(line, following, ahead, True, config)
        and not _SPACED_HAN.search(following.text.strip())
    ):
        # a paragraph's first line, its indent lost, and the paragraph goes on full; or short
        # by more only because the piece that opens the next line (a number, a Latin word, an
        # opening quote with its character) did not fit on it: it was full in print (a headline's
        # two halves are whole, however wide). The piece went down to a line of running text in
        # the same column: a line running past it, or in spaced parts, is a headline set under
        # this one (a kicker's main title, "人工智能技术走进田间地头" | "ChatGPT走进大棚 农民种地有了新帮手")
        return False
    if set_across_columns([line], measure, config):
        # unless the next line runs as wide, or, short, ends the sentence this line's clauses
        # began: a caption wrapped across columns goes on
        return following.width < line.width - config.full_slack and not (CLAUSE.search(text) and ends_sentence(following.text))
    return (line.width <= measure * config.title_line_share or two_halves) and looks_like_title([line], config)


def _opens_on_a_gloss(following: Line) -> bool:
    """Does the next line open on a bracket that glosses the word before it: a name or a term in
    Latin letters, a year, an age ("…主席" | "（John Smith）表示", "…作曲家" | "（1901-1950）")?
    The wrap put the gloss down a line; no title ends on a word its gloss follows. A numbered
    item opens on a bracket too ("（一）", "（2、3）", "(a)"), and a label ("（左起）"): neither
    holds a word of letters, a year or an age; nor do a jump line, a figure's number, the dates
    or the count a label sets out, which open a line of their own under a title. A line that holds a table's
    rule ("|") is a row's cell, its figures over their share ("10,756票" | "(2.86%) | …"), no prose.

    >>> [_opens_on_a_gloss(Line(2, text)) for text in ("（ABC）的病毒，", "（1901-1950）原名", "（19岁）、学生")]
    [True, True, True]
    >>> [_opens_on_a_gloss(Line(2, text)) for text in ("（一）报名方法", "（2、3） 在街口", "(a) 商标", "（左起）王明", "(2.86%) | 甲方")]
    [False, False, False, False, False]
    >>> [_opens_on_a_gloss(Line(2, text)) for text in ("（上接1版）改造后", "（截至6月30日）已完成", "（1-10月）全市", "（图1）为园区全景")]
    [False, False, False, False]
    """
    text = following.text.lstrip()
    if text[:1] not in "（(" or "|" in text:
        return False  # nearly every line: no bracket opens it, told before the pattern; a table's cell
    gloss = _BRACKETED.match(text)
    return bool(gloss) and bool(_LETTERS.search(gloss.group(1)) or _YEARS_OR_AGE.fullmatch(gloss.group(1).strip()))


# A bracket's content on the line it opens; a word of two Latin letters or more; the figures
# that gloss a word: a year or a span of years ("1901-1950", "1988年"), an age ("19岁"). Other
# figures in a bracket open a line on their own: a jump line ("上接1版"), a figure's number
# ("图1"), the dates or the count a label sets out ("截至6月30日", "1-10月", "10名").
_BRACKETED = regex.compile(r"[（(]([^（）()]{1,40})[）)]")
_LETTERS = regex.compile(r"[A-Za-z]{2}")
_YEARS_OR_AGE = regex.compile(r"\d{4}年?(?:\s*[-—–~～至]\s*\d{4}年?)?|\d{1,3}(?:岁|歲)")


def _ends_its_sentence(following: Line, config: Config) -> bool:
    """The next line is a few characters and a stop: the last word of the sentence the line
    over it began ("这是他常说的一句" | "话。"), where no title ends and no paragraph is so short.

    >>> _ends_its_sentence(Line(2, "话。"), DEFAULT), _ends_its_sentence(Line(2, "发生？"), DEFAULT)
    (True, True)
    >>> _ends_its_sentence(Line(2, "春耕生产全面展开。"), DEFAULT), _ends_its_sentence(Line(2, "（新华社）"), DEFAULT)
    (False, False)
    """
    text = following.text.strip()
    if len(text) > config.sentence_tail_chars + 2:
        return False  # nearly every line: longer than a word, its stop and a quote, told before the pattern
    return bool(_SENTENCE_TAIL.fullmatch(text)) and len(_HAN.findall(text)) <= config.sentence_tail_chars


def runs_wider_after_a_sentence(line: Line, following: Line, measure: float, config: Config = DEFAULT) -> bool:
    """A sentence ends in the measure and the next line runs wider than it by more than a
    line may overhang it: the text goes on in another measure (a caption set across
    columns under the article it follows), never in this paragraph.

    >>> runs_wider_after_a_sentence(Line(1, "煌往事，这些都成为激励后人的宝贵财富。"), Line(2, "4月21日，读者在青山县城关新华书店书香阁店内"), 36)
    True
    >>> runs_wider_after_a_sentence(Line(1, "煌伟业，这些都成为启迪后人的精神财富，"), Line(2, "4月21日，读者在青山县城关新华书店书香阁店内"), 36)
    False

    A line as wide as the next one is set in the same measure, whatever was read around it:

    >>> runs_wider_after_a_sentence(Line(1, "农民们走进春天田野，众多农机陆续下地开展春耕作业。"), Line(2, "图为三月二十三日青山县党员志愿服务队队员深入田间，"), 36)
    False
    """
    return ends_sentence(line.text) and line.width <= measure + config.full_slack and following.width > measure + config.overhang


def _starts_a_narrower_column(line: Line, following: Line, measure: float, ahead: float, config: Config) -> bool:
    """A line that fills the narrower measure the lines under it run in, over a line of prose
    as wide (a mark inside it): running text that starts there, not a title short
    of the measure above ("区北关镇小河岸边迎来了" | "成群的候鸟。几只白鹭在水").

    >>> _starts_a_narrower_column(Line(1, "区北关镇小河岸边迎来了"), Line(2, "成群的候鸟。几只白鹭在水"), 36, 24, DEFAULT)
    True
    >>> _starts_a_narrower_column(Line(1, "深入学习贯彻青山县乡村振兴大会精神"), Line(2, "优质种苗从哪里来？"), 36, 18, DEFAULT)
    False
    """
    return (
        ahead < measure
        and is_full(line, ahead, False, config)
        and abs(following.width - line.width) <= config.full_slack
        and bool(_MARK_INSIDE.search(following.text.strip()))
    )


def _opens_a_paragraph(line: Line, measure: float, config: Config) -> bool:
    """Short of the measure by about the lost indent; a line of prose (a clause mark inside
    it) may fall short by a little more, where its punctuation wrapped to the next line, or
    run past it, set across columns; not one whose halves a space parts, a headline's."""
    if looks_indented_only(line, measure, config):
        return True
    if outside_column(line, measure, config) and _SPACED_HAN.search(line.text.strip()):
        return False  # a headline's halves set across columns ("…在M+展出 希克：…"), no line of prose
    return bool(CLAUSE.search(line.text)) and line.width >= measure - config.full_slack - 2 * config.indent - 1


def _wraps_onto(line: Line, following: Line, config: Config) -> bool:
    """A headline wrapped onto a short second line ("县里推广科技特派员制度" | "“富”了山村"): the
    next line is a title's last few words, much narrower than this one."""
    if is_deck(line, under_title=True) or CREDIT_END.search(line.text) or REPORTER_TITLE.fullmatch(line.text.strip()):
        return False
    narrower = following.width <= config.wrapped_title_tail and following.width < line.width * config.title_line_share
    if LETTER_SPACED.fullmatch(following.text.strip()):
        return False  # "安 徽": a name set letter-spaced is a label of its own; no wrap spaces out its characters
    return narrower and looks_like_title([following], config) and not ends_sentence(following.text)


# A clause or a label inside a line: a caption's sentence runs on in them, a headline holds none.
_CLAUSE_OR_LABEL = regex.compile(r"[，,；;：:]")


def _credits_the_photo(line: Line) -> bool:
    """A photo credit closing a caption, marked ("■新华社记者 王明 摄", a banner the dump glued
    after it or not) or ending on the mark."""
    text = line.text.strip()
    return text.startswith(CREDIT_MARK) and bool(regex.search(r"[摄攝]", text)) or bool(CREDIT_END.search(text))


def heads_a_caption(line: Line, below: Sequence[Line], opens_unit: bool, config: Config = DEFAULT) -> bool:
    """A title line printed right over a photo caption, with no blank line between: a line of
    one phrase (no clause, no label, no sentence end) opening its unit, over a caption of a few
    lines that runs on in clauses and closes on its credit, and set to another measure than the
    caption's lines. The caption's own first line shares their measure; a headline printed
    after its text, or a deck, does not, and would otherwise run on into the caption.

    >>> caption = [Line(2, "3月1日，某市某区举行春季植树活动，"), Line(3, "市民在山坡上种下树苗。"), Line(4, "■本报记者 王明 摄")]
    >>> heads_a_caption(Line(1, "某市万人植树"), caption, True)
    True
    >>> heads_a_caption(Line(1, "3月1日，某市某区举行春季植树活动，"), caption[1:], True)
    False
    >>> heads_a_caption(Line(1, "春季植树活动在某市某区的山"), caption, True)
    False
    """
    if not opens_unit or ends_sentence(line.text) or _CLAUSE_OR_LABEL.search(line.text):
        return False
    caption: list[Line] = []
    for candidate in below[: config.photo_caption_lines + 1]:
        if _credits_the_photo(candidate):
            break
        caption.append(candidate)
    else:
        return False  # no credit within a caption's reach: running text
    if len(caption) < 2 or not _CLAUSE_OR_LABEL.search(caption[0].text):
        return False
    if word_bridges(line.text.strip(), caption[0].text.strip()):
        return False  # "…在某地千禧" | "公园举行，…": a caption's first line, a word running across (asked last: the dictionary's test)
    measure = max(candidate.width for candidate in caption[:-1])
    return abs(line.width - measure) > config.caption_title_gap
