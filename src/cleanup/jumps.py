"""Across a blank line: a column jump inside one paragraph, or the end of a unit?

A dump breaks a paragraph where the print jumped to the next column, and the
blank line it leaves looks like any other. The decision weighs signals that
hold for any text: how the line before the blank ends (a sentence mark, a
clause mark, a bracket still open), whether it fills its column and whether the
line after is full or short by the lost indent, whether both sides are set in
one measure, whether a word runs across the join ("中央国" | "家机关"), and
whether either side has the shape of a title. A linear model weighs them
(``cleanup/joins.json``, fitted by ``scripts/train_layout.py``; see `Config`); printed marks
that never continue a paragraph (a byline, a deck, a dateline, a jump line, a
labelled reference, a photo caption with its credit)
decide before it, and so do the shapes of a sentence cut by the jump that the words
alone show (`cleanup.cut_sentences`: the line after opens on a particle or a sentence of
one or two characters, the line before ends in a clause the column cut short), or a colon
before a quotation.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import dataclass

import regex

from cleanup.columns import outside_column
from cleanup.config import DEFAULT, Config
from cleanup.cues import (
    BOUND_CHARACTERS,
    BOX_TITLE,
    an_address_goes_on,
    continued_from_alone,
    is_an_address,
    is_reference,
    is_sponsor_line,
    jump_line,
    match_dateline,
    mentions_an_address,
)
from cleanup.cut_sentences import (
    HAN_EDGE,
    a_new_sentence_opens,
    a_sentence_begun_after_one_ended,
    continues_a_list,
    continues_a_run_of_names,
    ends_an_open_list,
    ends_on_a_cut_clause,
    ends_on_a_time_of_day,
    line_ending,
    opens_a_sentence_unfinished,
    opens_inside_a_sentence,
    opens_on_a_particle,
    opens_on_a_sentence_opener,
    opens_on_a_sentence_without_a_verb,
    parts_a_number_from_its_unit,
)
from cleanup.lexicon import (
    ends_on_a_linking_word_class,
    ends_on_an_adverb,
    ends_on_link,
    word_bridges,
)
from cleanup.lines import Block, Line
from cleanup.marks import (
    CLAUSE_MARKS,
    LINE_CLOSERS,
    OPENING_QUOTES,
    ends_on_a_stop,
    ends_sentence,
    leads_into_a_quotation,
)
from cleanup.shapes import (
    CREDIT_END,
    closed_at_block_end,
    closed_by_a_column_tag,
    explains_a_figure,
    is_credit_line,
    is_deck,
    leads_on,
    looks_like_title,
    names_another_story,
    numbers_the_next_entry,
    opens_a_marked_lede,
    opens_an_entry,
    opens_on_a_numbered_label,
    printed_as_banner,
    printed_in_two_halves,
    starts_own_unit,
)
from cleanup.surnames import names_alone

# "（1）", "(2、3)", "（6.）" opening a line after a blank: a list entry, not a column jump. An
# entry's text follows its number; a number in brackets that a mark closes at once ("（1234）。")
# is a code or a figure of the sentence before the blank, which the column cut there.
ENUMERATOR = regex.compile(r"^\s*[（(][\d一二三四五六七八九十、.]{1,6}[）)](?![。，；,;！？!?])")
# A feature's section number on a line of its own ("一", "（二）"): it heads the text under it.
SECTION_NUMBER = regex.compile(r"\s*(?:[一二三四五六七八九十]{1,3}|[（(][\d一二三四五六七八九十]{1,3}[）)])\s*")
_INNER_MARK = regex.compile(r"[，、,。！？!?；;]\S")
_HAN_PAIR = regex.compile(r"\p{Han}{2}")
# A line that opens with a clause of one character ("桥，那里有条…"): the end of a word the line
# before the blank began ("…到查理" | "桥，"), where it ends no sentence; a paragraph seldom
# opens so ("云，…" does, after a finished one).
_ONE_CHARACTER_CLAUSE = regex.compile(r"\p{Han}[，,]")
_WHITESPACE = regex.compile(r"\s+")
# A line that stops on the particle that ties a modifier to the noun after it ("…看似不起眼的" |
# "黑松经过…"): no title or paragraph ends so, but a sentence of "是…的" ("收成是汗水换来的").
_ENDS_ON_A_MODIFIER = regex.compile(r"^(?!.*是)(?=.*\p{Han}的\s*$)")
_HAN_START = regex.compile(r"\p{Han}{2}")
_ALL_HAN = regex.compile(r"\p{Han}+")
# A mark that ends a clause or a sentence: the line holding one is prose, or a label's.
_A_MARK = regex.compile(r"[，、；。,;！？!?]")
_PROSE_MARK = regex.compile(r"[，、；。,;]")
# ... or a label's colon ("案发时间：2013年3月27"): a line holding one is no title's.
_CLAUSE_OR_LABEL = regex.compile(r"[，、；。,;：:]")
# Items parted by slashes, the last separator at the end of the line: the list goes on.
_OPEN_SLASH_LIST = regex.compile(r"(?:\s[/／]\s|／)\S.*(?:\s[/／]|／)\s*$")
JOIN = "join"


@dataclass(frozen=True)
class JoinCase:
    """The two sides of a blank line: the unit before it (its lines) and the block after it."""

    tail: tuple[Line, ...]
    head: Block
    tail_column: float
    head_column: float
    flat: bool
    # The text of the units just before the tail: a headline echoes the article it follows.
    before: str = ""
    # The whole block the tail ends, which may hold more units than the tail (a title split at "：").
    tail_block: tuple[Line, ...] = ()
    # The first line after the head block: a photo credit there makes the head block a caption.
    following: Line | None = None
    # The text of the unit just before the tail: short lines in a row are verse.
    previous: str = ""
    # The page's text, a line per block, whitespace removed inside them: a word the page prints
    # elsewhere may run across the blank.
    page: str = ""


def never_joins(case: JoinCase, banners: frozenset[int], config: Config = DEFAULT) -> bool:
    """Printed marks that close a unit or open one, whatever the text says."""
    tail, head = case.tail[-1], case.head.lines[0]
    unit = "".join(line.text.strip() for line in case.tail)  # joined once, for the marks a wrap may cut
    return (
        closed_at_block_end(case.tail) and not opens_on_a_particle(head.text) and not _a_dash_opened_the_paragraph(case, config) and not _a_wrapped_lede(case, config)
        or tail.number in banners
        or head.number in banners
        or starts_own_unit(head) and not _a_dash_wrapped_into_prose(case.head.lines, config)
        or bool(ENUMERATOR.match(head.text))
        or opens_an_entry(tail.text, head.text)
        or opens_on_a_numbered_label(head.text) and numbers_the_next_entry([line.text for line in case.tail], head.text)
        or an_address_stands_apart(case)
        or names_another_story(unit)
        or bool(jump_line(tail.text))
        or is_reference(unit) or is_reference(head.text.strip())
        or bool(match_dateline("".join(line.text.strip() for line in case.head.lines[:2])))  # a wrap may cut it
        or is_sponsor_line(tail.text) or is_sponsor_line(head.text)
        or case.following is not None and is_credit_line(case.following)
        or len(case.tail) == 1 and printed_as_banner(tail.text)  # "稳中求进 提质增效·专题访谈" heads no paragraph
        or len(case.tail) == 1 and printed_in_two_halves(tail.text)  # a headline's two halves run on into no text
        or len(case.tail) == 1 and _title_over_a_caption(case, config)
        or len(case.tail) == 1 and tail.text[:1].isspace()  # a line the extractor took from elsewhere (a banner by a caption)
        or len(case.tail) == 1 and bool(SECTION_NUMBER.fullmatch(tail.text))
        or _a_kicker_under_its_headline(case, config)
        or _a_dash_leads_into_a_unit(case)
        or _set_across_columns(case, config)
        or _a_data_box_s_figure(case)
        or not case.flat and _stacked_as_a_title(case.tail, head, config)
    )


def _a_data_box_s_figure(case: JoinCase) -> bool:
    """A block of one line that is a figure alone, over a line that explains it
    (`cleanup.shapes.explains_a_figure`): the next entry of a data box ("20.7%" | "…增长20.7%"),
    which no sentence before the blank runs on into, however that sentence ends (an entry's
    line stops on no mark: "…高于全省其他县区")."""
    return len(case.head.lines) == 1 and case.following is not None and explains_a_figure(case.head.lines[0].text, case.following.text)


def _an_address_alone(lines: Sequence[Line]) -> bool:
    """Lines that hold a web address and nothing else ("https://www.example.org/a" | "/b.html")."""
    return is_an_address("".join(line.text.strip() for line in lines))


def an_address_stands_apart(case: JoinCase) -> bool:
    """A web address printed alone, set out as a paragraph of its own: a reader is sent to it,
    no sentence runs on out of it, nor into it from the text before the blank ("…相關報道：某某
    發布新數據" | "http://example.org/a1", "…/0412.html" | "據報道，…"), and the next address
    opens a paragraph of its own too ("…/a1" | "https://example.com/b2").

    >>> case = lambda tail, head: JoinCase((Line(1, tail),), Block((Line(3, head),)), 0, 0, True)
    >>> an_address_stands_apart(case("https://www.example.org/0412.html", "據報道，某某今日宣布")), an_address_stands_apart(case("相關報道：某某發布新數據", "http://example.org/a1"))
    (True, True)
    >>> an_address_stands_apart(case("https://www.example.org/0412.html", "https://example.com/b2"))
    True
    >>> an_address_stands_apart(case("https://", "www.example.org/news")), an_address_stands_apart(case("詳情請瀏覽", "www.example.org，或致電查詢"))
    (False, False)
    >>> an_address_stands_apart(case("市民如有疑問，可瀏覽", "https://www.example.org/a"))  # the column cut a sentence before the address
    False
    """
    tail = "".join(line.text.strip() for line in case.tail)
    if not (mentions_an_address(tail) or mentions_an_address(case.head.lines[0].text)):
        return False  # most pages print no web address
    if an_address_goes_on(tail, case.head.lines[0].text):
        return False
    after_a_sentence_or_a_title = line_ending(tail) in ("stop", "colon", "bracket") or not _PROSE_MARK.search(tail)
    return _an_address_alone(case.tail) or _an_address_alone(case.head.lines) and bool(_HAN_PAIR.search(case.tail[-1].text)) and after_a_sentence_or_a_title


def _a_dash_leads_into_a_unit(case: JoinCase) -> bool:
    """A line that ends on a dash leads into what stands after the blank as a unit of its own:
    the headline its kicker names, closed by its column tag ("…回应群众关切——" | "不必要的证明，
    免了！（政务观察）"), or the words it quotes ("他在家书中写道——" | "“此次奉命…”").

    >>> kicker = (Line(1, "某部门开通投诉平台，回应群众关切——"),)
    >>> _a_dash_leads_into_a_unit(JoinCase(kicker, Block((Line(3, "多余的盖章，取消！（政务观察）"),)), 0, 0, True))
    True
    >>> _a_dash_leads_into_a_unit(JoinCase(kicker, Block((Line(3, "各地积极参与，效果明显。"),)), 0, 0, True))
    False
    """
    if not leads_on(case.tail[-1].text):
        return False
    return case.head.lines[0].text.lstrip()[:1] in OPENING_QUOTES or closed_by_a_column_tag(case.head.lines[-1].text.strip())


def _a_wrapped_lede(case: JoinCase, config: Config) -> bool:
    """An editor's lede opened by "■" (`cleanup.shapes.opens_a_marked_lede`), wrapped to the
    column and stopped on a line that fills it: a jump cut it there, as any paragraph. So it
    was where a word runs on across the blank ("…是城市生命的一" | "部分。…") or the text after
    it opens inside a sentence ("…安全系数更" | "高。"), however short its line and on a page
    printing a paragraph a line too, unless the lede stopped its sentence there. Otherwise one
    that stops short of the column, or stands on its line on such a page, is whole, and its "■"
    sets it apart from the text under it.

    >>> lede = (Line(1, "■据初步统计，目前新城区的建设已"),)
    >>> _a_wrapped_lede(JoinCase(lede, Block((Line(3, "经吸纳本地工人一万多人次。"),)), 0, 0, True), DEFAULT)
    True
    >>> _a_wrapped_lede(JoinCase(lede, Block((Line(3, "新城区今年还将新建三所学校。"),)), 0, 0, True), DEFAULT)
    False
    >>> whole = (Line(1, "■据初步统计，新城区已吸纳本地工人一万多人次。"),)
    >>> _a_wrapped_lede(JoinCase(whole, Block((Line(3, "是的。新城区今年还将新建三所学校。"),)), 0, 0, True), DEFAULT)
    False
    """
    if not opens_a_marked_lede(case.tail, config):
        return False
    tail, head = case.tail[-1].text.strip(), case.head.lines[0].text.strip()
    if not case.flat and _width(case.tail[-1], case.tail_column, config) == "full":
        return True
    return not ends_on_a_stop(tail) and (word_bridges(tail, head, config.bridge_context) or opens_inside_a_sentence(head))


def _title_over_a_caption(case: JoinCase, config: Config) -> bool:
    """A title line alone before the blank, and after it a caption closed by its credit
    ("…指数报告发布" | "今年，新疆…捡收新鲜鸡蛋。■杜炳勋 摄"): a caption is printed whole
    under its photo, so no column jump carries a title's words into it."""
    head = case.head.lines
    short = len(head) <= config.photo_caption_lines
    return short and bool(CREDIT_END.search(head[-1].text)) and looks_like_title(case.tail, config)


def _a_headline_block_follows(case: JoinCase, config: Config) -> bool:
    """After prose that stops on a comma, one line with no clause in it that reads as a
    title, over another such line, a byline or a dateline: the headline block of the next article. An
    article continued on another page may stop on a comma ("…政治上的“明白人”，" |
    "张红旗出席会议并讲话" | "全市基层党建工作座谈会召开"), and the rest of a sentence a column
    jump cut runs on into its text, not into a title.

    >>> case = JoinCase((Line(1, "通过公众号发布当月理论学习参考内容和推荐书目，为基层党组织开展学习提供指导。着力培养政治上的“明白人”，"),),
    ...                 Block((Line(3, "张红旗出席会议并讲话"),)), 0, 0, True,
    ...                 following=Line(5, "全市基层党建工作座谈会召开"))
    >>> _a_headline_block_follows(case, DEFAULT)
    True
    """
    head, following, tail = case.head.lines, case.following, case.tail[-1]
    if tail.text.rstrip()[-1:] not in "，,、" or len(head) != 1 or following is None:
        return False
    if case.flat and max(line.width for line in case.tail) < config.flat_line or not case.flat and _width(tail, case.tail_column, config) != "full":
        return False  # no paragraph's line before: a deck broken at its comma goes on
    if _PROSE_MARK.search(head[0].text) or not looks_like_title(head, config):
        return False  # a title's line holds no clause ("兖州：…")
    text = following.text.strip()
    if jump_line(text):
        return False  # "（下转2版）" closes the text the line before it ends
    return bool(match_dateline(text)) or starts_own_unit(following) or not ends_sentence(text) and looks_like_title([following], config)


def _a_dash_opened_the_paragraph(case: JoinCase, config: Config) -> bool:
    """A "deck" whose last word runs on across the blank ("——分红方式不再平均化而要股份" |
    "化、收入投入…"): a paragraph that opens with a dash, cut by a column jump."""
    return is_deck(case.tail[-1]) and word_bridges(case.tail[-1].text, case.head.lines[0].text, config.bridge_context)


def _a_dash_wrapped_into_prose(lines: Sequence[Line], config: Config) -> bool:
    """A "deck" whose last word runs on into the next line of its block, the two lines no deck
    together ("——竹编篮子、泥塑娃娃、手工布鞋、玻" | "璃摆件……既是村民赶集常去的好地方，"): a
    dash the wrap carried to the start of a column, in a paragraph cut there by a column jump."""
    if len(lines) < 2 or not is_deck(lines[0]) or not word_bridges(lines[0].text.strip(), lines[1].text.strip(), config.bridge_context):
        return False
    return not is_deck(Line(lines[0].number, lines[0].text.strip() + lines[1].text.strip()))


def _a_word_leans_across(case: JoinCase, config: Config) -> bool:
    """A word at the blank that leans on the other side: the line after opens on a particle or
    a leaning adverb, or the line before stops on a word that links, on a preposition or a
    conjunction, or on an adverb. Not after a title's line alone between blank lines
    (`_a_title_line_alone`), which no column jump follows: its words are a title's or a name's
    ("只要新桥修好在", "本报记者 王 刚"), and what opens under it may open a sentence that leaves
    its subject out ("重点阅读" | "都说…").

    >>> column = Line(1, "山洪顺着河谷冲下来，冲进了正在抢险的").width
    >>> after = lambda tail, head: JoinCase((Line(1, tail),), Block((Line(3, head),)), column, column, False, tail_block=(Line(1, tail),))
    >>> _a_word_leans_across(after("重点阅读", "都说山里的路难走，如今车子能开到"), DEFAULT)
    False
    >>> _a_word_leans_across(after("大家都说，山里的路难走，车子", "都开不到家门口，老人们出门"), DEFAULT)
    True
    """
    if _a_title_line_alone(case, config):
        return False
    tail_text, head_text = case.tail[-1].text, case.head.lines[0].text
    return (
        opens_on_a_particle(head_text) and not a_new_sentence_opens(tail_text, head_text)
        or ends_on_link(tail_text)
        or ends_on_a_linking_word_class(tail_text) and not names_alone(tail_text)  # "陈嘉然": a name, not a clause on "然"
        or ends_on_an_adverb("".join(line.text.strip() for line in case.tail[-2:]))  # a wrap may cut the word
    )


def _a_title_line_alone(case: JoinCase, config: Config) -> bool:
    """On a wrapped page, a line alone between blank lines, short of its column, that ends no
    sentence and holds no clause mark nor a label's colon: a title's line (an intertitle, a
    box's label, a byline), never the line a column jump cut, which fills its column. A block
    split off with no blank line after it (a headline's lines a dump without blank lines sets
    apart) is no such line.

    >>> column = Line(1, "山洪顺着河谷冲下来，冲进了正在抢险的").width
    >>> alone = lambda tail, gap=2: JoinCase((Line(1, tail),), Block((Line(1 + gap, "都说山里的路难走，如今车子能开到"),)), column, column, False, tail_block=(Line(1, tail),))
    >>> _a_title_line_alone(alone("只要新桥修好在"), DEFAULT), _a_title_line_alone(alone("比之下，邻村有禁止放牧之"), DEFAULT)
    (True, False)
    >>> _a_title_line_alone(alone("只要新桥修好在", gap=1), DEFAULT)
    False
    """
    tail = case.tail[-1]
    return (
        not case.flat
        and len(case.tail_block) == 1
        and case.head.lines[0].number > tail.number + 1  # a blank line, not a block a title's or a table's shape set apart
        and _width(tail, case.tail_column, config) == "short"
        and not ends_sentence(tail.text)
        and not _CLAUSE_OR_LABEL.search(tail.text)
    )


def _a_paragraph_ended(case: JoinCase, config: Config) -> bool:
    """The text before the blank stopped a sentence on a line well short of its column: a
    paragraph's last line, since a column jump comes after a full one. What opens under it with
    a word or two and a stop opens a paragraph ("…冲进了正在抢险的" | "队伍。" | "快！大家的喊声…");
    a clause mark opening the line is still the rest of a sentence, which no line of print opens on.

    >>> column = Line(1, "山洪顺着河谷冲下来，冲进了正在抢险的").width
    >>> case = lambda tail, head="快！大家的喊声在山谷里回荡，": JoinCase((Line(1, tail),), Block((Line(3, head),)), column, column, False)
    >>> _a_paragraph_ended(case("队伍。"), DEFAULT), _a_paragraph_ended(case("山洪顺着河谷冲下来，冲进了正在抢险的队伍。"), DEFAULT)
    (True, False)
    >>> _a_paragraph_ended(case("他问道："), DEFAULT), _a_paragraph_ended(case("队伍。", "，大家的喊声在山谷里回荡，"), DEFAULT)
    (False, False)
    """
    tail, head = case.tail[-1], case.head.lines[0].text.strip()
    return ends_on_a_stop(tail.text) and _width(tail, case.tail_column, config) == "short" and head[:1] not in LINE_CLOSERS


def _a_paragraph_ended_on_its_colon(case: JoinCase, config: Config) -> bool:
    """A line that leads into a quotation on its colon, well short of its wrapped column: the
    paragraph ended there, and the words quoted after the blank stand as paragraphs of their own
    ("…这样解读：" | "“三条线路包括…"). The quotation a column jump carried over runs on from a
    line that fills its column, or falls short of it by the opening quote the wrap pushed on,
    with the word it opens on if the wrap cannot cut that word ("“COVID-19…", "“2019年…"): so
    the line ended its paragraph only if that much would have fit on it.

    >>> column = Line(1, "山洪顺着河谷冲下来，冲进了正在抢险的").width
    >>> case = lambda tail, head="“我们一定要把路修好。”": JoinCase((Line(1, tail),), Block((Line(3, head),)), column, column, False)
    >>> _a_paragraph_ended_on_its_colon(case("他这样解读："), DEFAULT), _a_paragraph_ended_on_its_colon(case("村支书王明站在新修的路边对大家说："), DEFAULT)
    (True, False)
    >>> _a_paragraph_ended_on_its_colon(case("山洪冲下来，冲进了正在抢：", "“SARS-CoV-2病毒…”"), DEFAULT)
    False
    """
    tail, opening = case.tail[-1], _UNCUT_OPENING.match(case.head.lines[0].text.strip())
    pushed = Line(tail.number, opening.group()).width if opening else 0
    return not case.flat and _width(tail, case.tail_column, config) == "short" and tail.width + pushed <= case.tail_column


# What the wrap cannot cut off a line's start: opening quotes and brackets with the character,
# or the run of Latin letters and digits ("2019", "SARS-CoV-2", "3.5%"), they open on.
_UNCUT_OPENING = regex.compile(r"[“‘「『（《〈【]*(?:[A-Za-z0-9]+(?:[.,:/+\-][A-Za-z0-9]+)*%?|.)")


def _short_of_what_follows(case: JoinCase, config: Config) -> bool:
    """The line before the blank falls short of the measure the text after it runs in by more
    than an indent: a column jump carries a line that filled its column on into the next
    column of the same measure, so this line is a title's (a kicker printed under its
    headline, over a caption set wider)."""
    interior = [line.width for line in case.head.lines[1:-1]]
    if len(interior) < 2 or max(interior) - min(interior) > 2 * config.full_slack:
        return False  # too few lines to show a measure, or lines that do not run in one
    return case.tail[-1].width < statistics.median(interior) - config.indent - 2 * config.full_slack


def _stacked_as_a_title(tail: Sequence[Line], head: Line, config: Config) -> bool:
    """A unit with a line that falls far short of its last: a title stacked in lines ("国办转发" |
    "《……计划》", a Hong Kong headline cut at its phrases) or a deck broken at its comma
    ("山里有个茶叶村，" | "家家种上新茶苗，户户开起小作坊"), where prose wrapped in a column fills
    every line but its last, the first but for the indent. It runs on into nothing after a
    blank. (Not on a flat page, whose lines are paragraphs, not a column's.) Past two lines,
    only a unit shaped as a title whose last word does not run on across the blank: a Latin
    word may push a line of prose short, and an intertitle run into its paragraph goes on.
    """
    short = [line.width < tail[-1].width - 2 * (config.indent + config.full_slack) for line in tail[:-1]]
    if short == [True]:
        return True
    return any(short) and looks_like_title(tail, config) and not word_bridges(tail[-1].text, head.text, config.bridge_context)


def _opens_on_a_word_cut_short(tail_text: str, head: Block, config: Config) -> bool:
    """After a line that ends no sentence, the text past the blank opens with a clause of one
    character ("…到查理" | "桥，那里有条…"), and the block it opens is no title ("来，让我们一起…（绿色焦点）")."""
    return not ends_sentence(tail_text) and bool(_ONE_CHARACTER_CLAUSE.match(head.lines[0].text.strip())) and not looks_like_title(head.lines, config)


def _a_paragraph_opened_and_cut(case: JoinCase, config: Config) -> bool:
    """On a wrapped page, a paragraph's first line alone before the blank, as wide as the column
    less the indent or more, that opens a sentence as no title does and stops on a word
    (`opens_a_sentence_unfinished`: "目前，参加试点的各个街道"): the column cut it. A line
    of verse stops on a mark ("在田野和河面上飘荡，"). Not where the line after the blank could
    end no paragraph: one line alone, short of the column, that ends no sentence is a title
    ("在山城，父母带孩子参加户外运动渐成风气" | "大手拉小手，山野亲子游": the kicker over its headline)."""
    tail = case.tail[-1]
    return (
        not case.flat
        and len(case.tail) == 1
        and _width(tail, case.tail_column, config) in ("full", "indent")
        and line_ending(tail.text.strip()) in ("word", "link", "open")
        and opens_a_sentence_unfinished(tail.text)
        and not _a_title_in_a_block_of_titles(case, config)
        and not _ends_no_paragraph(case.head.lines, case.head_column, config)
    )


def _ends_no_paragraph(head: Sequence[Line], column: float, config: Config) -> bool:
    """One line alone, short of its column, that ends no sentence: no paragraph's last line (a
    paragraph ends on its sentence's mark), nor a line a column jump cut (that one fills the
    column), so a title."""
    return len(head) == 1 and _width(head[0], column, config) == "short" and not ends_sentence(head[0].text)


def _a_title_in_a_block_of_titles(case: JoinCase, config: Config) -> bool:
    """One line in a title's shape right under another title of a phrase's length
    ("不少家庭选择用徒步来度过假日" | "周末，一起走进大山里"): a headline block's line, however it
    opens. A box's title or a word-long intertitle ("核心阅读", "弦乐四重奏") heads text,
    which the column may cut."""
    previous = case.previous.strip()
    return (
        len(case.tail) == 1
        and len(previous) > config.heading_word_chars
        and not BOX_TITLE.match(previous)
        and not ends_sentence(previous)
        and looks_like_title(case.tail, config)
        and looks_like_title([Line(case.tail[-1].number - 1, previous)], config)
    )


def printed_whole_elsewhere(case: JoinCase) -> bool:
    """The characters on both sides of the blank make a string the page prints elsewhere in one
    piece ("这是青联" | "社正式成立后", with "青联社" further on): a word the dictionary may lack
    runs across the cut. The blank's own seam, and seams like it (a list's entries cut alike),
    are no evidence: the page's blocks are kept apart.

    >>> case = JoinCase((Line(1, "报道说，这是青联"),), Block((Line(3, "社正式成立后"),)), 0, 0, True, page="青联社成员总数增至70个。\\n报道说，这是青联\\n社正式成立后")
    >>> printed_whole_elsewhere(case)
    True
    """
    tail, head = case.tail[-1].text.strip(), case.head.lines[0].text.strip()
    if not (HAN_EDGE.search(tail) and _HAN_START.match(head) and _PROSE_MARK.search(tail)):
        return False  # titles share their words with the text: only prose is weighed
    return any(joined in case.page for joined in (tail[-2:] + head[:1], tail[-1:] + head[:2]))


def a_phrase_printed_elsewhere_runs_across(case: JoinCase, config: Config = DEFAULT) -> bool:
    """A line with no mark before the blank, prose after it, and the characters on both sides
    make a string of `config.seam_chars` the page prints elsewhere in one piece ("居民可致電區
    議會或長" | "青物流公司查詢，…", with "由長青物流公司承運" further on): the column cut a name
    or a phrase the text prints whole, where a title ends on words of its own
    (`printed_whole_elsewhere` asks less of a line of prose).

    >>> page = "物資全部由長青物流公司承運。\\n居民可致電區議會或長\\n青物流公司查詢，"
    >>> case = lambda tail: JoinCase((Line(1, tail),), Block((Line(3, "青物流公司查詢，"),)), 0, 0, True, page=page)
    >>> a_phrase_printed_elsewhere_runs_across(case("居民可致電區議會或長")), a_phrase_printed_elsewhere_runs_across(case("或長"))
    (True, False)
    """
    tail, head = case.tail[-1].text.strip(), case.head.lines[0].text.strip()
    if len(tail) < config.seam_line_chars or _WHITESPACE.search(tail) or _CLAUSE_OR_LABEL.search(tail) or _A_MARK.search(tail) or not _A_MARK.search(head):
        return False
    seams = (tail[-cut:] + head[: config.seam_chars - cut] for cut in range(1, config.seam_chars))
    return any(len(seam) == config.seam_chars and _ALL_HAN.fullmatch(seam) and seam in case.page for seam in seams)


def quotes_the_text(case: JoinCase, config: Config = DEFAULT) -> bool:
    """A paragraph after a title or a byline (not after a finished sentence; the column tag that
    closes a headline, "…（体坛观澜）", ends none) that the page prints again, word for word or
    nearly, elsewhere (`Config.pull_quote_echo`): a pull quote set whole over the text it
    quotes, however it ends ("…都值得点赞"). A column jump leaves a fragment the page prints once.

    >>> quote = (Line(2, "先让孩子成为最大的受益者都值得点赞"),)
    >>> text = Block((Line(4, "山东省运动会开幕。"),))
    >>> page = "■晨曦\\n先让孩子成为最大的受益者都值得点赞\\n山东省运动会开幕。\\n未来，先让球场上的孩子成为最大的受益者都值得点赞。"
    >>> quotes_the_text(JoinCase(quote, text, 0, 0, True, previous="■晨曦", page=page))
    True
    >>> quotes_the_text(JoinCase(quote, text, 0, 0, True, previous="■晨曦", page=page[: page.index("未来")]))
    False
    """
    if ends_sentence(case.previous) and not closed_by_a_column_tag(case.previous):
        return False
    quote = _WHITESPACE.sub("", "".join(line.text for line in case.tail))
    if len(quote) < config.pull_quote_chars or ends_sentence(quote) or quote[-1] in CLAUSE_MARKS or match_dateline(quote):
        return False  # short or finished; a quote ends as a sentence does, less its stop, and quotes no dateline
    page = case.page
    at = page.find(quote)
    if at < 0:  # a quote a column jump cut, joined already: read the page across its blocks
        page = page.replace("\n", "")
        at = page.find(quote)
        if at < 0:
            return False
    elsewhere = page[:at] + "\n" + page[at + len(quote) :]
    head = _WHITESPACE.sub("", case.head.lines[0].text)[:3]
    across = quote[-3:] + head
    if any(across[start : start + 4] in elsewhere for start in range(len(across) - 3)) or word_bridges(quote, head, config.bridge_context):
        return False  # the copy, or a word, runs on across the blank: a quote the column cut
    runs = [quote[start : start + 4] for start in range(len(quote) - 3)]
    misses_allowed = len(runs) * (1 - config.pull_quote_echo)
    misses = 0
    for run in runs:
        if run not in elsewhere:
            misses += 1
            if misses > misses_allowed:
                return False
    return True


def _a_kicker_under_its_headline(case: JoinCase, config: Config) -> bool:
    """A line or two that end on a dash ("…教授王明——"), right under a title: the kicker that
    names whom the headline is about, printed after it. After a finished paragraph such a line
    stands as a unit of its own: the intertitle that leads into the paragraph under it
    (`layout.boundaries._leads_into_its_paragraph` keeps it inside its article).

    >>> kicker = (Line(3, "某某大学原校长、教授王明——"),)
    >>> text = Block((Line(5, "2018年7月18日，省城传来了喜讯。"),))
    >>> _a_kicker_under_its_headline(JoinCase(kicker, text, 0, 0, False, previous="田间地头耕耘不辍（最美奋斗者）"), DEFAULT)
    True
    >>> _a_kicker_under_its_headline(JoinCase(kicker, text, 0, 0, False, previous="他说了这样一段话。"), DEFAULT)
    False
    >>> wrapped = (Line(3, "某某县委原副书记、"), Line(4, "县长王明——"))
    >>> _a_kicker_under_its_headline(JoinCase(wrapped, text, 0, 0, False, previous="扎根山村始终为民（最美奋斗者）"), DEFAULT)
    True
    """
    tail = case.tail[-1].text.strip()
    return (
        len(case.tail) <= 2
        and all(line.width < config.flat_line for line in case.tail)
        and leads_on(tail)
        and bool(case.previous)
        and looks_like_title([Line(case.tail[-1].number - 1, case.previous)], config)
    )


def reads_as_verse(case: JoinCase, config: Config = DEFAULT) -> bool:
    """On a page printed one paragraph per line, short lines in a row are verse, a poem quoted
    line by line: the unit before the blank, the line after it, and the unit before or the line
    after those, each at most `Config.verse_line_chars` long. A column jump cuts a paragraph of
    prose, whose pieces run longer, unless a word runs across the cut ("…向有关部门查" | "询，").

    >>> from dataclasses import replace
    >>> verse = JoinCase((Line(2, "“我独自走过山岗，像一片云"),), Block((Line(4, "在田野和河谷上飘荡，"),)), 0, 0, True,
    ...                  following=Line(6, "忽然我望见一片"))
    >>> reads_as_verse(verse)
    True
    >>> reads_as_verse(replace(verse, following=Line(6, "这是诗人最为人熟知的一首抒情诗的开头几句，写于他回到故乡之后。")))
    False

    A headline wrapped after a word that links it on is no verse:

    >>> reads_as_verse(replace(verse, tail=(Line(2, "多家小作坊因污染被"),), head=Block((Line(4, "责令停产整改"),))))
    False
    """
    most = config.verse_line_chars
    tail = "".join(line.text.strip() for line in case.tail)
    head = case.head.lines[0].text.strip()
    if len(tail) > most or len(head) > most or word_bridges(tail, head, config.bridge_context) or ends_on_link(tail):
        return False  # no line of verse stops on a word that links it to the next ("…近七成被")
    following = case.following.text.strip() if case.following is not None else ""
    if CREDIT_END.search(following):
        following = ""  # a photo's credit ("本报记者 王明摄") is no line of verse
    return 0 < len(case.previous) <= most or 0 < len(following) <= most


def _set_across_columns(case: JoinCase, config: Config) -> bool:
    """A side far wider than its column: a header or banner set across columns. Unless both
    sides run that wide alike (the line before the blank may be a paragraph's first line, short
    of "far wider" by no more than its lost indent), or a word runs across the join ("农村集" |
    "体产权…"): a short article set in a wider measure than the blocks around it, whose column
    the short blocks could not measure. Text before the blank whose lines run that wide alike is such text too: a
    banner is one line."""
    tail, head = case.tail[-1], case.head.lines[0]
    wide_tail, wide_head = outside_column(tail, case.tail_column, config), outside_column(head, case.head_column, config)
    # the tail may fall just short of "far wider": a paragraph's first line, short by its lost indent
    short_by_an_indent = tail.width + config.full_slack + config.indent + 1 > case.tail_column * config.outside_column
    one_measure = wide_head and (abs(tail.width - head.width) <= config.full_slack if wide_tail else short_by_an_indent and _runs_alike((tail, head), config))
    banner_before = wide_tail and not _runs_alike(case.tail[-2:], config)
    return (banner_before or wide_head) and not one_measure and not word_bridges(tail.text.strip(), head.text.strip(), config.bridge_context)


def _runs_alike(lines: Sequence[Line], config: Config) -> bool:
    """Two lines of one width, or the upper short by a paragraph's lost indent: running text
    wrapped at its measure."""
    return len(lines) == 2 and -config.full_slack <= lines[1].width - lines[0].width <= config.full_slack + config.indent + 1


def _width(line: Line, column: float, config: Config) -> str:
    if not column:
        return "unmeasured"
    if line.width >= column - config.full_slack:
        return "full"
    return "indent" if line.width >= column - config.full_slack - config.indent - 1 else "short"


def _indent(lines: Sequence[Line], config: Config) -> str:
    """Does the first line fall short of the lines under it by the lost indent (a paragraph
    begins), or run as wide as they do (text carried over from the column before)?"""
    if len(lines) < 2:
        return "single"
    widest = max(line.width for line in lines[1:])
    return "flush" if lines[0].width >= widest - config.full_slack + 1 else "indented"


def _fills(lines: Sequence[Line], config: Config) -> str:
    """Is the last line as wide as the widest line of its unit (cut by the wrap) or shorter (a paragraph's end)?"""
    if len(lines) < 2:
        return "single"
    widest = max(line.width for line in lines[:-1])
    return "full" if lines[-1].width >= widest - config.full_slack + 1 else "short"


def _pairs(text: str) -> list[str]:
    return [match.group() for match in _HAN_PAIR.finditer(text, overlapped=True)]


def _count(number: int) -> str:
    return str(number) if number < 3 else "3+"


def join_features(case: JoinCase, config: Config = DEFAULT) -> dict[str, float]:
    """The named signals of one blank line, prefixed by the dump's habit (wrapped or flat)."""
    tail, head = case.tail[-1], case.head.lines[0]
    tail_text, head_text = tail.text.strip(), head.text.strip()
    signals = [
        "bias",
        f"tail_ends={line_ending(tail_text)}",
        f"tail_lines={_count(len(case.tail))}",
        f"head_lines={_count(len(case.head.lines))}",
        f"head_ends={'sentence' if ends_sentence(case.head.lines[-1].text) else 'other'}",
    ]
    tail_title = looks_like_title(case.tail, config)
    # Most tails are their whole block: its lines are not weighed a second time (the test reads only their texts).
    tail_block_title = tail_title if not case.tail_block or case.tail_block == case.tail else looks_like_title(case.tail_block, config)
    flags = {
        "tail_title": tail_title,
        "tail_block_title": tail_block_title,
        "head_title": looks_like_title(case.head.lines, config),
        "head_starts_closer": head_text[:1] in LINE_CLOSERS,
        "word_runs_across": word_bridges(tail_text, head_text, config.bridge_context, narrowest=2),
        "head_starts_bound": head_text[:1] in BOUND_CHARACTERS,
    }
    if len(case.tail) == 1 and case.before and not case.flat:
        pairs = _pairs(tail_text)
        echoed = sum(pair in case.before for pair in pairs) / len(pairs) if pairs else 0.0
        signals.append(f"tail_echoes_before={'most' if echoed >= 0.6 else 'some' if echoed >= 0.3 else 'little'}")
    signals += [name for name, present in flags.items() if present]
    if case.flat:
        marks = _count(len(_INNER_MARK.findall(tail_text)))
        length = next((str(cut) for cut in config.flat_lengths if len(tail_text) <= cut), "longer")
        signals += [f"tail_long={tail.width >= config.flat_line}", f"head_long={head.width >= config.flat_line}", f"tail_marks={marks}", f"tail_chars<={length}", f"tail_marks={marks}&chars<={length}"]
    else:
        signals += [
            f"tail_width={_width(tail, case.tail_column, config)}",
            f"head_width={_width(head, case.head_column, config)}",
            f"head_indent={_indent(case.head.lines, config)}",
            f"tail_fills={_fills(case.tail, config)}",
        ]
        if case.tail_column and case.head_column:
            same = abs(case.tail_column - case.head_column) <= config.same_measure * max(case.tail_column, case.head_column)
            signals.append(f"measure={'same' if same else 'changes'}")
    regime = "flat" if case.flat else "wrapped"
    return {f"{regime}:{signal}": 1.0 for signal in signals}


def join_chance(case: JoinCase, banners: frozenset[int], config: Config = DEFAULT) -> float:
    """How likely the unit before the blank line runs on into the block after it: 0 where
    it never can, the fitted model's chance otherwise. It joins above 0.5."""
    tail_text, head_text = case.tail[-1].text, case.head.lines[0].text
    if len(case.tail) == 1 and continued_from_alone(tail_text):
        return 1.0  # "（上接1版）" opens the text after it
    if never_joins(case, banners, config):
        return 0.0
    if an_address_goes_on("".join(line.text.strip() for line in case.tail), head_text):
        return 1.0  # "https://" | "www.example.org/…": a web address the column cut
    if case.flat and reads_as_verse(case, config):
        return 0.0
    if _a_headline_block_follows(case, config):
        return 0.0
    ending = tail_text.rstrip()[-1:]
    if ending == "、" or ending in "，," and (case.flat or _width(case.tail[-1], case.tail_column, config) == "full"):
        # No paragraph ends on a comma; a line of verse may, but never on an enumeration comma,
        # nor on a line of prose that fills its column.
        return 1.0
    if _OPEN_SLASH_LIST.search(tail_text):
        return 1.0  # a list parted by slashes that stops on its separator ("參考資料: 美聯社 / SCOTUS Blog /")
    if quotes_the_text(case, config):
        return 0.0
    if (
        opens_inside_a_sentence(head_text) and not _a_paragraph_ended(case, config)
        or ends_on_a_cut_clause(tail_text, config)
        or leads_into_a_quotation(tail_text, head_text) and not _a_paragraph_ended_on_its_colon(case, config)
        or parts_a_number_from_its_unit(tail_text, head_text)
        or ends_on_a_time_of_day(tail_text)
        or printed_whole_elsewhere(case)
    ):
        return 1.0
    if not case.flat and not ends_sentence(tail_text) and _short_of_what_follows(case, config):
        # A line far short of the measure the text after the blank runs in was no column's
        # last: a title's, or a paragraph's whose sentence lost its stop. The grammar of a cut
        # above (a number and its unit, a clause the column cut short) still runs on; a list it
        # ends or a word that leans ("…重点领域、重点内容" | "对于河道治理、…") tells no cut.
        return 0.0
    if (
        ends_an_open_list(tail_text)
        or continues_a_list(tail_text, head_text)
        or continues_a_run_of_names(tail_text, head_text)
        or _opens_on_a_word_cut_short(tail_text, case.head, config)
        or case.flat and (bool(_ENDS_ON_A_MODIFIER.search(tail_text)) or opens_a_sentence_unfinished(tail_text) and not _a_title_in_a_block_of_titles(case, config) or line_ending(tail_text) == "open" or a_sentence_begun_after_one_ended(tail_text) and not opens_on_a_sentence_opener(head_text) or line_ending(tail_text) == "word" and opens_on_a_sentence_without_a_verb(head_text))
        or _a_paragraph_opened_and_cut(case, config)
        or _a_word_leans_across(case, config)
    ):
        return 1.0
    if a_phrase_printed_elsewhere_runs_across(case, config):
        return 1.0
    if leads_on(tail_text) and (case.flat or _width(case.tail[-1], case.tail_column, config) in ("indent", "short")):
        # A dash that ends the unit short of its measured column (or a paragraph printed to a
        # line) leads into a unit of its own: the paragraph an intertitle or a sentence
        # introduces, a kicker's headline. A jump's cut falls right after a dash far more
        # rarely than a paragraph announces what follows with one. One on a line that fills its
        # column may be such a cut ("…正悄悄从田野间淡去——" | "说是淡去，…"), and a line with no
        # column measured tells nothing: the model weighs those.
        return 0.0
    return config.joins().probabilities(join_features(case, config))[JOIN]
