"""The words on either side of a blank line: one sentence the column cut, or two units?

Asked of the text alone, whatever the widths say: the line after the blank opens on a
particle, a sentence of one or two characters or a clause mark; the line before ends on a
bare number before its unit, a day's part before what happened, a list still open (or the
line after adds one more item to it), or a clause far shorter than the ones before it; or a
line opens a sentence as a paragraph does and stops on a word. `cleanup.jumps` weighs these
beside the widths and the fitted model.
"""

from __future__ import annotations

import regex

from cleanup.config import DEFAULT, Config
from cleanup.cues import (
    ASPECT_MARKS,
    BOUND_CHARACTERS,
    JOINING_CONJUNCTIONS,
    LEANING_ADVERBS,
    NUMBER_UNITS,
    POSTPOSITIONS,
    PREPOSITIONAL_CONJUNCTIONS,
)
from cleanup.lexicon import ends_on_link, token_spans, word_tag
from cleanup.marks import (
    CLAUSE_MARKS,
    CLOSING_BRACKETS,
    CLOSING_QUOTES,
    LINE_CLOSERS,
    clearly_unfinished,
    ends_on_a_stop,
    ends_sentence,
)
from cleanup.script import to_simplified
from cleanup.segment import dictionary
from cleanup.shapes import CREDIT_END

FULL_STOPS = frozenset("。！？!?…")
# A sentence of one or two characters opening a line ("镇。作为…"), unless the line says it again
# and again, a cry of its own ("轰！轰！轰！").
_SHORT_SENTENCE_START = regex.compile(r"(\p{Han}{1,2})[。！？!?](?!\1[。！？!?])")
_CLAUSE_OPENINGS = frozenset("，、；：,;:")
# Two Han characters at the end: a word, not a mark, where the line stops.
HAN_EDGE = regex.compile(r"\p{Han}{2}$")


def line_ending(text: str) -> str:
    """How the line ends: a full stop (bare or inside a closing quote), a colon, a closing
    bracket, a clause mark, inside an open bracket or quote, on a word that links to the
    next ("…由物业公司与"), or on any other word."""
    last = text[-1:]
    if last in FULL_STOPS or last in CLOSING_QUOTES and text[-2:-1] in FULL_STOPS:
        return "stop"
    if last in "：:":
        return "colon"
    if last in CLOSING_BRACKETS:
        return "bracket"
    if last in CLAUSE_MARKS or last in "；;":
        return "clause"
    if clearly_unfinished(text):
        return "open"
    if ends_on_link(text):
        return "link"
    return "closer" if last in LINE_CLOSERS else "word"


def ends_on_a_modifier(text: str) -> bool:
    """The line ends on 的 standing as a word of its own, the particle that ties a modifier to
    the noun after it ("…展现别样的" | "风采。"): the noun is on the next line, so neither a
    paragraph nor a title ends there. A word that ends on the character ("目的") is no particle.

    >>> [ends_on_a_modifier(text) for text in ("山村展现别样的", "对人们的", "我们的目的", "乡村振兴见成效")]
    [True, True, False, False]
    """
    text = text.rstrip()
    if not text.endswith("的"):
        return False  # nearly every line: no need to cut it into words
    tail = text[-8:]
    return token_spans(tail)[-1:] == ((len(tail) - 1, len(tail)),)


def ends_on_an_adverb_before_its_word(text: str, following: str) -> bool:
    """The line ends on an adverb standing as a word, and the next line opens on the verb, the
    adjective or the count it modifies ("…这条山路过去比较" | "陡，如今…", "…乡亲们也陆续" |
    "搬进了新居…"): the phrase runs on, so neither a paragraph nor a title ends there. A word
    the dictionary holds as an adverb may be a noun ending a title ("走近自然"), which a noun or
    a mark, not a verb, follows; a line holding a space is a headline's spaced halves ("山更绿
    水更好" over its deck) or a letter-spaced name ("王 明"), no prose.

    >>> ends_on_an_adverb_before_its_word("这条山路过去比较", "陡，如今修通了")
    True
    >>> ends_on_an_adverb_before_its_word("走近自然", "山间溪水清澈见底"), ends_on_an_adverb_before_its_word("本报记者 王 明", "走上街头")
    (False, False)
    >>> ends_on_an_adverb_before_its_word("山更绿水更好", "发展带来新变化"), ends_on_an_adverb_before_its_word("山更绿 水更好", "发展带来新变化")
    (True, False)
    """
    text = text.strip()
    tail, head = text[-6:], following.strip()[:6]
    if not head or not _ENDS_ON_HAN.search(tail) or not _an_adverb_may_end(tail):
        return False  # most lines end on a mark, a noun or a verb: no need to find the words
    if _SPACE.search(text):
        return False  # a headline's spaced halves ("山更绿 水更好") or a letter-spaced name
    spans = token_spans(tail)
    if not spans or word_tag(tail[spans[-1][0] :]) != "d":
        return False  # most lines end on a noun, a verb or a mark
    opening = token_spans(head)[:1]
    return bool(opening) and (word_tag(head[: opening[0][1]]) or "").startswith(_MODIFIED_TAGS)


def _an_adverb_may_end(tail: str) -> bool:
    """Does a word the dictionary tags an adverb end the text? Asked before the text is cut into
    words, which costs far more: the word that ends it is one of these. Each ending is converted
    on its own, as `word_tag` converts the last word: OpenCC converts by phrases, and the whole
    tail may read a phrase across the word's first character ("沿著小河逕自": "河逕" converts as a
    name, "逕自" alone as the adverb).

    >>> _an_adverb_may_end("沿著小河逕自"), _an_adverb_may_end("沿着小河径自"), _an_adverb_may_end("走进乡村")
    (True, True, False)
    """
    return any(word_tag(tail[-size:]) == "d" for size in range(1, len(tail) + 1))


_SPACE = regex.compile(r"\s")
_ENDS_ON_HAN = regex.compile(r"\p{Han}$")
# The dictionary's parts of speech an adverb modifies: verbs, adjectives, adverbs, counts, idioms.
_MODIFIED_TAGS = ("v", "a", "d", "m", "i")


def opens_on_a_particle(text: str) -> bool:
    """The line after the blank opens on a particle, a joining conjunction, an adverb that
    leans on a subject or the postposition of a clause of time, standing as a word of its own
    ("的现代化道路", "和生日贺礼", "也都来了", "时表示"): it binds to the words before it, so
    the text runs on from the column before, whatever shape that column's last unit has (a
    paragraph may open with a dash).

    >>> [opens_on_a_particle(text) for text in ("的现代化道路，积累了经验", "和生日贺礼，", "地方政府出台细则", "和谐社区")]
    [True, True, False, False]
    >>> [opens_on_a_particle(text) for text in ("时表示，这一做法", "時表示，雖然有關安排", "时隔三年，他又回到", "时任县委书记")]
    [True, True, False, False]

    One with an aspect mark after it is a verb, which may open a sentence ("过了立春，天气…").

    >>> [opens_on_a_particle(text) for text in ("过的日子越来越好", "过了清明，雨水会渐渐多了")]
    [True, False]
    """
    text = text.strip()
    leans = text[:1] in BOUND_CHARACTERS or text[:1] in JOINING_CONJUNCTIONS or text[:1] in LEANING_ADVERBS or text[:1] in POSTPOSITIONS
    return leans and text[1:2] not in ASPECT_MARKS and token_spans(text[:8])[:1] == ((0, 1),)


def opens_inside_a_sentence(text: str) -> bool:
    """The line after the blank opens with a sentence of one or two characters ("镇。作为…",
    "吗？"), or with a clause mark an extractor set apart ("，呼伦贝尔是…"): the rest of a
    sentence the column before began, since no paragraph opens so.

    >>> opens_inside_a_sentence("镇。作为土生土长的乡村教师"), opens_inside_a_sentence("目前，全县已有")
    (True, False)
    >>> opens_inside_a_sentence("，呼伦贝尔是我国毗邻俄蒙的门户")
    True

    A sound or a cry said again and again is a paragraph of its own.

    >>> opens_inside_a_sentence("咚！咚！咚！"), opens_inside_a_sentence("吗？他没有回答")
    (False, True)
    """
    text = text.strip()
    return text[:1] in _CLAUSE_OPENINGS or bool(_SHORT_SENTENCE_START.match(text))


def a_new_sentence_opens(tail_text: str, head_text: str) -> bool:
    """After a finished sentence the line after the blank opens the next one. After a stop it
    does whatever word it opens on: one that leans on a subject the sentence leaves out
    ("…都习惯了。" | "都说…", "…生长点。" | "也要看到，…") or a noun written as a particle is
    ("地种好了也愁"). After any other end (a closing bracket: "（DQ）" | "的…"), only a conjunction
    that is a preposition as well opens one ("…（记者王明）" | "和这位老大爷道别后，"), as no
    particle can.

    >>> a_new_sentence_opens("眼泪流了下来。", "和这位老人话别后，"), a_new_sentence_opens("村里的老人", "和孩子们都来了")
    (True, False)
    >>> a_new_sentence_opens("大家早就习惯了。", "也有人说，"), a_new_sentence_opens("一名議員（DQ）", "的議席")
    (True, False)

    A colon that introduces what follows opens a clause of its own, which may leave its subject
    out as well ("…讲讲这台机器的故事：" | "又一个忙碌的早晨。"):

    >>> a_new_sentence_opens("讲讲这台机器的故事：", "又一个忙碌的早晨。")
    True
    """
    return ends_on_a_stop(tail_text) or tail_text.rstrip()[-1:] in "：:" or ends_sentence(tail_text) and head_text.strip()[:1] in PREPOSITIONAL_CONJUNCTIONS


# A sentence's end, then six characters or more of the next, clause marks and all but no quote,
# bracket or dash, to the line's end.
_SENTENCE_THEN_WORDS = regex.compile(r"[。！？!?][”」]?(?P<rest>[^。！？!?“”「」（）()—…]{6,})$")


def a_sentence_begun_after_one_ended(text: str) -> bool:
    """On a page that prints a paragraph a line, a line that ends one sentence and stops on a
    word of the next ("…协调机制。要把道德要求融入社会" | "治理，…"), in its second clause too
    ("…很满意。他带着徒弟，总是教会年轻人" | "如何做人"), or on the closing mark of a name it
    lists ("…不少。近来有人推出了《北风》" | "《南雨》等"): no title holds a full stop, so a
    column jump cut the paragraph. Not a photo's credit nor a compiler's sign-off after the
    stop ("…现代化。本报记者王明整理").

    >>> a_sentence_begun_after_one_ended("建立协调机制。要把道德要求融入社会"), a_sentence_begun_after_one_ended("推进治理体系现代化。本报记者王明整理")
    (True, False)
    >>> a_sentence_begun_after_one_ended("工人在维修拖拉机。本报记者 王明摄"), a_sentence_begun_after_one_ended("听听他的故事——")
    (False, False)
    >>> a_sentence_begun_after_one_ended("大家很满意。他带着徒弟，总是教会年轻人"), a_sentence_begun_after_one_ended("书不少。近来有人推出了《北风》")
    (True, True)
    """
    match = _SENTENCE_THEN_WORDS.search(text.strip())
    if not match or line_ending(text.strip()) not in ("word", "closer"):
        return False
    rest = match.group("rest")
    return not CREDIT_END.search(rest) and not rest.endswith(("整理", "报道", "報道"))


# A clause of one to three characters that opens a line, and the parts of speech that open a
# sentence so: time words, conjunctions, adverbs ("目前，", "同时，", "仍，").
_OPENING_CLAUSE = regex.compile(r"(\p{Han}{1,3})[，,]")
_SENTENCE_OPENERS = frozenset({"t", "c", "d"})


def opens_on_a_sentence_opener(text: str) -> bool:
    """Does the line open on a time word, a conjunction or an adverb set off by a comma ("近日，",
    "同时，")? A sentence opens so, not the rest of one a column jump cut.

    >>> opens_on_a_sentence_opener("近日，一则消息传开"), opens_on_a_sentence_opener("账户，每年公布收支")
    (True, False)
    """
    opening = _OPENING_CLAUSE.match(text.strip())
    return bool(opening) and word_tag(opening.group(1)) in _SENTENCE_OPENERS


# A clause that names a speaker and opens what they said ("王县长说，", "负责人介绍，"): a
# headline quotes with a colon ("王县长：…"), a paragraph reports with a comma.
_REPORTED_SPEECH = regex.compile(r"^\p{Han}{1,12}?(?:说|表示|指出|介绍|认为|强调|透露|坦言|告诉记者|问到|问道|解释|回应|明确|要求|提出|规定|显示|表明|获悉)[，,]")
# "图为…": a photo's caption says what the picture shows, in a sentence.
_CAPTION_OPENS = regex.compile(r"^(?:图为|圖為|图為)")


def opens_a_sentence_unfinished(text: str) -> bool:
    """A line that opens on a time word, a conjunction or an adverb set off by a comma ("目前，",
    "同时，", "近日，"), on a speaker's or a document's clause ("王县长说，", "通知明确，"), on a phrase of time, place or
    number set off by its only mark (`_opens_on_an_adverbial`), or on a caption's "图为",
    opens a sentence, as no title does; ending on no mark, it was cut.

    >>> opens_a_sentence_unfinished("目前，参加试点的各个街道"), opens_a_sentence_unfinished("张老，家乡想念你")
    (True, False)
    >>> opens_a_sentence_unfinished("部长说，今年开始，在全国"), opens_a_sentence_unfinished("部长：今年开始在全国推广")
    (True, False)
    >>> opens_a_sentence_unfinished("图为青山镇石板桥村的村民正在"), opens_a_sentence_unfinished("图为村民正在播种土豆。")
    (True, False)
    """
    if ends_sentence(text):
        return False
    text = text.strip()
    return (
        opens_on_a_sentence_opener(text)
        or bool(_REPORTED_SPEECH.match(to_simplified(text)) or _CAPTION_OPENS.match(text))
        or _opens_on_an_adverbial(text)
    )


# The first word of an opening phrase of time, place or number: a preposition, a time word, a
# numeral (the first letter of the dictionary's part of speech).
_ADVERBIAL_OPENERS = frozenset({"p", "t", "m"})
_ANY_MARK = regex.compile(r"[\p{P}\p{S}]")
_LONE_COMMA = regex.compile(r"[，,]")
# "以…为…" ("take … as …"), the frame of a slogan's or an intertitle's first half.
_TITLE_FRAME = regex.compile(r"以\p{Han}+为")


def _opens_on_an_adverbial(text: str) -> bool:
    """A line whose only mark is a comma after an opening phrase of time, place or number,
    one that begins with a preposition, a time word or a numeral ("在那个年代，老木匠受",
    "1982年10月，王大伯躲到", "一次，王明在施工现场"): the way a paragraph opens. A title set
    in two clauses parts them with a comma, but opens on what it is about ("张老，家乡想念你")
    or on the frame "以…为…" ("以政治建设为统领，大力创建模范机关", an intertitle of seed 001),
    and one of two parallel halves holds more marks ("看得到、摸得着，村民获得感强"); one that
    ends on a dash is a kicker.

    >>> _opens_on_an_adverbial("在那个年代，老木匠受"), _opens_on_an_adverbial("2015年初夏，曾有过12年教龄")
    (True, True)
    >>> _opens_on_an_adverbial("以政治建设为统领，大力创建模范机关"), _opens_on_an_adverbial("看得到、摸得着，村民获得感强")
    (False, False)
    """
    comma = _LONE_COMMA.search(text)
    if comma is None or len(_ANY_MARK.findall(text)) != 1 or _TITLE_FRAME.match(text, 0, comma.start()):
        return False
    spans = token_spans(text[: comma.start()])
    first = text[: spans[0][1]] if spans else ""
    return (word_tag(first) or "")[:1] in _ADVERBIAL_OPENERS or first[:1].isdigit()


_CLAUSE_BREAK = regex.compile(r"[，,、；;：:。！？!?]+")
_ENDS_ON_A_WORD = regex.compile(r"[\p{L}\p{N}]$")


def ends_on_a_cut_clause(text: str, config: Config = DEFAULT) -> bool:
    """The line ends on a word, in a clause far shorter than the longest before it and shorter
    than the one just before: a sentence the column cut ("…老人们都认为，老支书"). A
    title's clauses run in balance ("改善乡村道路，变难走为好走"), and so do the items of a
    list ("更加开放、更可持续").

    >>> ends_on_a_cut_clause("许多青山村的老人们都认为，老支书"), ends_on_a_cut_clause("改善乡村道路，变难走为好走")
    (True, False)
    >>> ends_on_a_cut_clause("建设让青山村的集体经济更有活力、更加开放、更可持续")
    False
    """
    text = text.strip()
    if not _ENDS_ON_A_WORD.search(text):
        return False
    clauses = [clause for clause in _CLAUSE_BREAK.split(text) if clause]
    if len(clauses) < 2 or len(clauses[-1]) >= len(clauses[-2]):
        return False  # one clause, or the last item of a list, as long as the one before it
    return len(clauses[-1]) < config.cut_clause_share * max(len(clause) for clause in clauses[:-1])


_ENDS_ON_A_NUMBER = regex.compile(r"\d\s*$")
_OPENS_ON_A_NUMBER = regex.compile(r"[\d０-９一二三四五六七八九十百千]")


def parts_a_number_from_its_unit(tail: str, head: str) -> bool:
    """The line before the blank ends on a number and the line after opens with its unit
    ("…早在2015" | "年5月，…", "…不到40" | "个，现在…"), or on the ordinal's "第" before the
    number ("…《守則》第" | "1.16條…"): no paragraph ends on a bare number or a bare "第".

    >>> parts_a_number_from_its_unit("案发时间：2013年3月27", "日起至2014年12月2日"), parts_a_number_from_its_unit("第二十二届", "年会开幕")
    (True, False)
    >>> parts_a_number_from_its_unit("職員回覆並引述《檔案管理守則》第", "1.16條，若情況不許可"), parts_a_number_from_its_unit("书香门第", "三代人")
    (True, False)
    """
    tail, head = tail.rstrip(), head.lstrip()
    if tail.endswith("第") and _OPENS_ON_A_NUMBER.match(head):
        return not dictionary().frequency(to_simplified(tail[-2:]))  # "门第", "及第": a word's end
    return bool(_ENDS_ON_A_NUMBER.search(tail)) and head[:1] in NUMBER_UNITS


_TIME_OF_DAY_END = regex.compile(r"(?:\d|[一二三四五六七八九十])[日号號](?:上午|下午|中午|晚上|晚間|晚间|晚|凌晨|早上|早晨|傍晚|夜間|夜间)\s*$")


def ends_on_a_time_of_day(tail: str) -> bool:
    """The line before the blank ends on a day and a part of it ("…等6部门21日下午"): when
    something happened, which comes before what happened. A title may end on a date, never on
    the part of a day.

    >>> ends_on_a_time_of_day("县教育局、县卫生健康局等6部门21日下午"), ends_on_a_time_of_day("案發時間：2014年9月28日")
    (True, False)
    """
    return bool(_TIME_OF_DAY_END.search(tail))


# What closes a clause, the enumeration comma aside: a list ("青铜器、陶器等") is one clause.
_CLAUSE_END = regex.compile(r"[，,；;：:。！？!?]")


def ends_an_open_list(text: str) -> bool:
    """The clause lists its items with enumeration commas and stops on "等" standing as a word
    ("馆藏的青铜器、陶器、古钱币等"): the noun that gathers the list ("…等文物") is still to
    come. A title never ends so, and a sentence that does ends on a mark after it.

    >>> [ends_an_open_list(text) for text in ("青铜器、陶器、古钱币等", "推进城乡教育均等", "各部门等", "水、电、路等等")]
    [True, False, False, False]
    """
    clause = _CLAUSE_END.split(text.strip())[-1]
    if "、" not in clause or not clause.endswith("等") or clause.endswith("等等"):
        return False
    tail = clause[-6:]
    return token_spans(tail)[-1:] == ((len(tail) - 1, len(tail)),)


# One more item of a list and its enumeration comma, not a list entry's number ("一、", "2、").
_OPENS_ON_AN_ITEM = regex.compile(r"(?![\d一二三四五六七八九十百]+、)\p{Han}{2,10}、")


def continues_a_list(tail: str, head: str) -> bool:
    """The clause before the blank lists items with enumeration commas and stops on a word, and
    the line after opens with one more item and its comma ("…青山杯、全省优质工程" | "银奖、
    全市优质样板工程、…"): one list the column cut. A list's entry opens on its number
    ("一、"), not on an item.

    >>> continues_a_list("“放心工程”，青山杯、全省优质工程", "银奖、全市优质样板工程"), continues_a_list("青山杯、全省优质工程", "二、全市优质样板工程")
    (True, False)
    """
    clause = _CLAUSE_END.split(tail.strip())[-1]
    return "、" in clause and bool(HAN_EDGE.search(clause)) and bool(_OPENS_ON_AN_ITEM.match(head.lstrip()))


# A name set in title marks or quotes, no clause mark inside: a book's, a film's, a slogan's.
_NAME_MARKS = {"》": ("《", "》"), "”": ("“", "”"), "」": ("「", "」")}
_NAME_INSIDE = r"[^《》“”「」，,。；;：:！？!?\s]{1,30}"


def continues_a_run_of_names(tail: str, head: str) -> bool:
    """The line before the blank stops on a name in title marks or quotes after words of its
    clause, and the line after opens on more names in the same marks that run on into the next
    or close the run on "等" ("…重温了《北风》" | "《南雨》等经典作品", "…就有《北风》" | "《南雨》
    《西山》等"): one run of names the column cut. A title that ends on a name and a paragraph
    that opens on one ("…遇上“国漫”" | "“国漫”火了，…") do not.

    >>> continues_a_run_of_names("活动现场，嘉宾们重温了《北风》", "《南雨》等经典作品的片段"), continues_a_run_of_names("当国宝遇上“国漫”", "“国漫”火了，年轻人爱看")
    (True, False)
    >>> continues_a_run_of_names("《北风》", "《南雨》《西山》等"), continues_a_run_of_names("大家都读过《北风》", "《南雨》是一本好书")
    (False, False)
    """
    tail, head = tail.strip(), head.strip()
    marks = _NAME_MARKS.get(tail[-1:])
    if marks is None:
        return False
    opening, closing = map(regex.escape, marks)
    name = f"{opening}{_NAME_INSIDE}{closing}"
    ends_on_a_name = regex.search(f"(?<=\\S){name}$", tail)
    return bool(ends_on_a_name) and bool(regex.match(f"(?:{name}){{2,}}|(?:{name})+等", head))


# The first sentence of a line, short and without a clause mark: "公园就在村旁。"
_SHORT_FIRST_SENTENCE = regex.compile(r"(?P<sentence>[^。！？!?，,、；;：:“”「」（）()]{2,20})[。！？!?]")
# Parts of speech that say something of a subject: verbs, adjectives, idioms and set phrases.
_PREDICATE_TAGS = frozenset("vail")


def opens_on_a_sentence_without_a_verb(text: str) -> bool:
    """Does the line open on a short sentence that holds no verb, adjective or set phrase, only
    names, nouns and numbers ("湿地公园。以往，…", "法律意见及有关文件。")? No sentence says
    so little: it is the end of one a column jump cut ("…紧挨着" | "湿地公园。"), the words that
    the verb before the blank takes.

    >>> opens_on_a_sentence_without_a_verb("国家湿地公园。以往，村里的鱼塘"), opens_on_a_sentence_without_a_verb("老人走了。就在两个月前")
    (True, False)
    >>> opens_on_a_sentence_without_a_verb("初夏傍晚，蛙声此起彼伏。")
    False
    """
    first = _SHORT_FIRST_SENTENCE.match(text.strip())
    if first is None:
        return False
    sentence = first.group("sentence")
    tags = [word_tag(sentence[start:end]) or "" for start, end in token_spans(sentence)]
    return bool(tags) and all(tag and tag[0] not in _PREDICATE_TAGS for tag in tags)
