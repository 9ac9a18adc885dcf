"""Column-broken lines back into paragraphs (snippets from the seed pages)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from conftest import seed_text, wrapped

from cleanup import Line, clean, prepare
from cleanup.breaks import breaks_after
from cleanup.columns import block_measures
from cleanup.config import DEFAULT
from cleanup.unbroken import stands_apart_as_title, wraps_onto_a_credit


def paragraphs(text: str) -> list[str]:
    return [paragraph.text for paragraph in clean(text).paragraphs]


BODY = """近年来，市直机关各级党组织和广大党
员干部在市委的坚强领导下，注重发挥机关
党建的表率和风向标作用，深入学习贯彻党
的十九大和历次全会精神，坚持以习近平新
时代中国特色社会主义思想为指导，以模范
机关建设为主抓手。

市委坚持以党的政治建设为统领，履行
全面从严治党主体责任，高度重视机关党的
建设，定期召开市委常委会会议、党的建设
领导小组会议等，听取汇报，研究部署机关
党建工作，出台了中共济宁市委《关于加强
新时代全市机关党的建设的意见》。市级领
导以上率下，带头以普通党员身份参加双重

组织生活，为全市各级党组织作出了表率和
示范。在市委的坚强领导下，市直机关各级
党组织和广大党员干部强化政治担当。
"""


def test_wrapped_lines_join_without_spaces() -> None:
    first = paragraphs(BODY)[0]
    assert first.startswith("近年来，市直机关各级党组织和广大党员干部在市委")
    assert "\n" not in first and " " not in first


def test_short_line_with_sentence_end_closes_the_paragraph() -> None:
    assert paragraphs(BODY)[0].endswith("以模范机关建设为主抓手。")


def test_blank_line_mid_sentence_is_a_column_jump() -> None:
    second = paragraphs(BODY)[1]
    assert "带头以普通党员身份参加双重组织生活，为全市各级党组织" in second
    assert len(paragraphs(BODY)) == 2


def test_full_line_ending_a_sentence_goes_on_when_next_line_is_not_indented() -> None:
    # "…的意见》。市级领" is mid-line; the sentence end at a column edge is not a break.
    assert "的意见》。市级领导以上率下" in paragraphs(BODY)[1]


def test_flat_dump_keeps_one_paragraph_per_line_and_joins_cut_ones() -> None:
    page = seed_text("004")
    texts = paragraphs(page)
    assert any(text.startswith("统筹力量，齐抓共管强力推进。") and "帮助企业抓党建、破难题" in text for text in texts)


def test_a_flat_page_without_blank_lines_joins_what_a_column_jump_cut() -> None:
    """With no blank line to mark the jump, the line break is weighed as the blank line would be."""
    page = "\n".join(line for line in seed_text("004").splitlines() if line.strip())
    texts = paragraphs(page)
    assert any(text.startswith("统筹力量，齐抓共管强力推进。") and "帮助企业抓党建、破难题" in text for text in texts)
    # the titles stay apart, and paragraphs that end a sentence stay paragraphs
    assert {"强化党建统领 推进双基工作", "金乡县", "激活红色引擎 赋能园区高质量发展"} <= set(texts)
    assert any(text.startswith("健全机制，条块联动提质增效。") for text in texts)


def test_latin_words_keep_a_space_across_a_wrap() -> None:
    assert paragraphs("the People's\nDaily report is long enough to wrap\n") == ["the People's Daily report is long enough to wrap"]


# A flat page (one paragraph per line) where short lines could read as cut prose.
FLAT_PAGE = (
    "本报北京3月24日电（记者刘志强）记者从交通运输部获悉：今年前两个月，交通运输主要指标保持平稳增长，"
    "港口吞吐量等主要指标增速有所加快，固定资产投资继续保持较快增长。\n\n"
)


def test_a_line_that_was_only_a_repeated_banner_stands_apart() -> None:
    text = FLAT_PAGE + "美丽乡村行美丽乡村行美丽乡村行美丽乡村行\n\n前两月货运量同比增8.2%\n\n" + FLAT_PAGE
    assert "美丽乡村行" in paragraphs(text)


def test_a_masthead_line_never_continues_the_line_before() -> None:
    headline = "【死因研訊】5米高處墮下少於1秒 外科醫生：傷者未必夠時間作保護反應 傷勢顯示死亡率達八成"
    text = FLAT_PAGE + headline + "\n\n社會 眾新聞 編輯部 主辦\n\n" + FLAT_PAGE
    assert "社會 眾新聞 編輯部 主辦" in paragraphs(text)


def test_a_page_without_blank_lines_keeps_its_titles_apart() -> None:
    """Some extractors print no blank line: the titles are told by their width alone."""
    page = "\n".join(line for line in seed_text("000").splitlines() if line.strip())
    texts = paragraphs(page)
    assert "以政治建设为统领，大力创建模范机关" in texts
    assert not any(text.startswith("以政治建设为统领，大力创建模范机关") and len(text) > 20 for text in texts)


def test_the_local_measure_follows_the_article_and_ignores_short_lines() -> None:
    """Titles and paragraph ends fall short of the column; the measure is read high."""
    widths = [40] * 10 + [12, 10] + [30] * 10
    lines = [Line(number, "字" * (width // 2)) for number, width in enumerate(widths, 1)]
    measures = block_measures(lines)[0]
    assert measures[2] == 40 and measures[-3] == 30
    assert measures[10] == measures[11] == 40  # between two measures, the wider: the titles stay short of it
    assert measures[14] == 30  # a few lines into the next article, its own


def test_a_paragraph_opening_the_next_article_is_measured_by_the_lines_under_it() -> None:
    """Where a wide article gives way to a narrow one, its first line is short of the wide
    measure around it, but only an indent short of the lines under it."""
    widths = [46] * 8 + [26, 32, 28, 34, 34, 34, 34]
    lines = [Line(number, "字" * (width // 2)) for number, width in enumerate(widths, 1)]
    assert block_measures(lines)[0][8] == 46
    assert block_measures(lines)[1][8] == 34


def test_a_line_known_to_open_a_paragraph_is_never_a_column_jumps_tail() -> None:
    """A PDF shows a paragraph's indent: the text before it does not run on into it, however
    its last words read across the blank line."""
    text = (
        "深化农村改革，鼓励人才和成果在科研机构、企业之间流动起来，让种业供给和市场需\n\n"
        "求合上拍。最近到一家加工厂采访，负责人介绍，企业研发了新产品，深受市场欢迎。\n"
    )
    assert len(prepare(text).units) == 1  # a word runs across: a column jump
    assert len(prepare(text, paragraph_starts=frozenset({3})).units) == 2


def test_a_word_printed_whole_is_looked_for_within_reach_of_the_blank_line() -> None:
    """"亚投" | "行" runs on because the page prints "亚投行" whole; a dump holding a whole
    archive is searched only within `Config.evidence_reach` of the blank line."""
    filler = "\n\n".join(["今天天气很好，大家都出门散步了。我们一起去公园看花，花开得很漂亮。"] * 6)
    text = f"亚投行成员数量已增至80个。\n\n{filler}\n\n报道说，这是亚投\n\n行正式成立后的第一次扩容。\n"
    within = [unit.text for unit in prepare(text).units]
    beyond = [unit.text for unit in prepare(text, config=replace(DEFAULT, evidence_reach=40)).units]
    assert "报道说，这是亚投行正式成立后的第一次扩容。" in within
    assert "报道说，这是亚投" in beyond


INTERTITLE = """村民们说他很有拼劲，见红旗就扛、见第一就
争，带着大家修路建园，乡亲们都说好。“脱
贫就是一场难走的远路，但走到了会很甜。”
咬定目标不放松，修水渠、建茶园，赶走致富
拦路虎
石桥村村路多年没修，大坑挨小坑，遇上
雨天，泥泞难行。第一书记的致富攻坚战就从
修路开始，他带着村民们一起上了修路工地。
"""


def test_an_intertitle_as_wide_as_the_column_stands_between_its_paragraphs() -> None:
    """Its last line falls short with a paragraph's first line under it: it ends the title, and
    the title begins after the sentence ended above it."""
    assert paragraphs(INTERTITLE) == [
        "村民们说他很有拼劲，见红旗就扛、见第一就争，带着大家修路建园，乡亲们都说好。“脱贫就是一场难走的远路，但走到了会很甜。”",
        "咬定目标不放松，修水渠、建茶园，赶走致富拦路虎",
        "石桥村村路多年没修，大坑挨小坑，遇上雨天，泥泞难行。第一书记的致富攻坚战就从修路开始，他带着村民们一起上了修路工地。",
    ]


@pytest.mark.parametrize(
    ("last_line", "measure"),
    [
        ("央、省级财政，公共设施项目地方配套资金", 38),  # prose filling the column above: its measure
        ("室外健身器材配建管理办法正式出台实施", 56),  # no clause mark: a title may be that wide
        ("得的片刻清闲了吧——但这份清闲难以求", 38),  # a dash inside: prose
        ("老胡同，一条从来不需要地图的、回", 38),  # a paragraph's first line, short by its indent alone
        ("老胡同，一条从来不需", 56),  # far shorter: no line of that column's prose
        ("——记市委书记王明主持召开座谈会", 56),  # a dash opening the line: a deck, a title
    ],
)
def test_a_line_of_prose_filling_the_column_above_a_wider_article_keeps_that_columns_measure(last_line: str, measure: int) -> None:
    """Around the last lines of an article, the lines of a wider one below pull the measure up;
    a line of prose that fills the column above belongs to that column, and is no title."""
    above = [Line(number, "字" * 19) for number in range(1, 9)]
    below = [Line(number, "字" * 28) for number in range(10, 18)]
    lines = [*above, Line(9, last_line), *below]
    assert block_measures(lines)[0][8] == measure


@pytest.mark.parametrize(
    ("line", "under", "measure"),
    [
        ("这个周末老街两旁的几家小店里挤满", "字" * 19, 38),  # the line under runs on in the column: running text
        ("室外健身器材配建管理办法正式出台实施", "字" * 17, 56),  # a paragraph's first line under it: a title may be that wide
        ("这个周末老街两旁的几家小店挤满了人。", "字" * 19, 56),  # a sentence ends on it: as before
        ("室外健身器材配建管理办法正式出台实施", "——" + "字" * 17, 56),  # a deck under it: a title
    ],
)
def test_a_line_between_two_lines_of_its_column_keeps_that_columns_measure(line: str, under: str, measure: int) -> None:
    """Without a clause mark inside, a line that fills the column above is measured in it when
    the line under it fills that column too: it runs on in that column, no title short of the
    wider article's measure below."""
    above = [Line(number, "字" * 19) for number in range(1, 9)]
    below = [Line(number, "字" * 28) for number in range(11, 19)]
    lines = [*above, Line(9, line), Line(10, under), *below]
    assert block_measures(lines)[0][8] == measure


@pytest.mark.parametrize(
    ("above_line", "measure"),
    [
        ("记者蹲点", 56),  # a kicker over it: a headline, measured as a possible title
        ("字" * 11, 22),  # a line of the column over it: running text in that column
        ("字" * 9, 22),  # a paragraph's first line over it, short by its lost indent: running text too
    ],
)
def test_a_line_under_a_short_line_is_not_taken_into_the_column_under_it(above_line: str, measure: int) -> None:
    """A headline as wide as the column of the text under it, whose first line fills that
    column, runs on in it only when the line above it fills that column too: under a kicker
    (or a headline's short first half) it is measured as a possible title, not glued into the text."""
    above = [Line(number, "字" * 28) for number in range(1, 9)]
    below = [Line(number, "字" * 11) for number in range(11, 19)]
    lines = [*above, Line(9, above_line), Line(10, "田埂上的夜校焕发新活力"), *below]
    assert block_measures(lines)[0][9] == measure


def test_a_line_opening_after_a_sentence_ended_is_measured_as_a_possible_title() -> None:
    """A title opens after the text above it ended its sentence: a line there is not taken
    into that column's measure by the line under it, which may be the next text's first line."""
    above = [Line(number, "字" * 19) for number in range(1, 8)]
    below = [Line(number, "字" * 28) for number in range(11, 19)]
    lines = [*above, Line(8, "字" * 18 + "。"), Line(9, "室外健身器材配建管理办法正式出台实施"), Line(10, "字" * 19), *below]
    assert block_measures(lines)[0][8] == 56


@pytest.mark.parametrize(
    ("short_line", "paragraphs_found"),
    [
        ("多强，看完，也就一阵热闹。", 2),  # three characters short inside a paragraph: it ended there
        ("多强，看完，也就一阵热闹了。", 2),  # two short: ended too
        ("多强，看完，也就一阵热热闹闹。", 1),  # one short: the next line's opening mark may have pushed one down
    ],
)
def test_a_sentence_ending_short_inside_a_paragraph_ends_it(short_line: str, paragraphs_found: int) -> None:
    """The lines of a blank-line block set sixteen characters wide: only the paragraph's first
    line may fall an indent short and go on, and a line further down a character short."""
    lines = ["首老歌、一本旧画册，给读者带来的审", "美享受不分高下。同样的道理，缺乏文", "化内涵的展览，不管“画面吸引力”有",
             short_line, "画册展的策展基调，首先是关注展品的", "文化价值，其中包括历史意义、艺术特", "点，以及纸张的选用和装帧的讲究。"]
    assert len(paragraphs("\n".join(lines) + "\n")) == paragraphs_found


@pytest.mark.parametrize(
    ("next_line", "paragraphs_found"),
    [
        ("“画册展的策展基调，首先是关注展品的", 1),  # a quotation after the colon: the words quoted run on
        ("画册展的策展基调，首先是关注展品的", 2),  # no quotation: the short line ended its paragraph
    ],
)
def test_a_colon_before_a_quotation_ends_no_paragraph(next_line: str, paragraphs_found: int) -> None:
    """A line cut short on a colon before a line that opens a quotation: a speaker and the words
    quoted, which print runs on in one paragraph."""
    lines = ["首老歌、一本旧画册，给读者带来的审", "美享受不分高下。同样的道理，缺乏文", "化内涵的展览，他这样评价：",
             next_line, "文化价值，其中包括历史意义、艺术特", "点，以及纸张的选用和装帧的讲究。”"]
    assert len(paragraphs("\n".join(lines) + "\n")) == paragraphs_found


@pytest.mark.parametrize(
    ("next_line", "paragraphs_found"),
    [
        ("画册展的策展人王明说。首先是关注展品的", 1),  # who said it, the sentence stopping at the verb
        ("王明感叹道。首先是关注展品的", 1),
        ("画册展的策展人王明说，首先是关注展品的", 2),  # a comma: a new speaker's paragraph may open so
        ("画册展的策展基调，首先是关注展品的", 2),  # no speaker: the short line ended its paragraph
    ],
)
def test_a_quotation_closed_short_runs_on_into_who_said_it(next_line: str, paragraphs_found: int) -> None:
    """A short line that closes a quotation on a full stop, over the line that credits it ("…差不多。”" |
    "朱美荣说。"): no paragraph opens on "…说。", so the two are one paragraph."""
    lines = ["“首老歌、一本旧画册，给读者带来的审", "美享受不分高下。同样的道理，缺乏文", "化内涵的展览不行。”",
             next_line, "文化价值，其中包括历史意义、艺术特", "点，以及纸张的选用和装帧的讲究。"]
    assert len(paragraphs("\n".join(lines) + "\n")) == paragraphs_found


@pytest.mark.parametrize(
    ("first_line", "paragraphs_found"),
    [
        ("「例如某位官员，他当时（80年代）", 1),  # a bracket closed inside an open quotation
        ("他说，这位官员当时（80年代）", 2),  # no quotation open: the bracket may end the paragraph
    ],
)
def test_a_bracket_closed_inside_a_quotation_ends_no_paragraph(first_line: str, paragraphs_found: int) -> None:
    """Sixteen characters wide; the line under is an indent short, which after a sentence's end
    would open a paragraph."""
    lines = [first_line, "曾是外资管理委员会的副主任⋯⋯当时", "我和他有过交流，无人预计到他后来", "的经历。」他回忆说。"]
    assert len(paragraphs("\n".join(lines) + "\n")) == paragraphs_found


@pytest.mark.parametrize(
    ("first_line", "second_line", "paragraphs_found"),
    [
        # the opening quote could not end the line and went down with "六": the line was full
        ("县园林中心主任王文清介绍：", "“‘三区五园’生态长廊是县里门面绿", 1),
        # the same line over one character: it had room, so the paragraph ended there
        ("县园林中心主任王文清介绍：", "三区五园生态长廊是县里门面绿化工", 2),
        # a short sentence the quote would have fitted after: it ended there (after a colon the
        # words quoted run on whatever the width)
        ("王文清说了这番话。", "“三区五园生态长廊是县里门面绿化", 2),
    ],
)
def test_a_line_is_full_when_the_next_lines_first_piece_could_not_fit(first_line: str, second_line: str, paragraphs_found: int) -> None:
    """Sixteen characters wide; the wrap moves an opening mark with its character, and a
    Latin word, down whole, so the line above may fall short of the column and go on."""
    lines = [first_line, second_line, "化工程，‘十二五’以来大投入、大力", "度、高标准、高质量实施了5项生态路绿", "化工程。”本报记者从县园林中心获悉，",
             "今年全县将继续推进绿化提档升级工", "作，让城乡处处见绿、四季有景。"]
    assert len(paragraphs("\n".join(lines) + "\n")) == paragraphs_found


@pytest.mark.parametrize(
    ("under_line", "paragraphs_found"),
    [
        ("除了定期巡查河道以外，今年", 3),  # a paragraph's first line, an indent short, under it
        ("除了定期巡查3条河道以外，今", 2),  # digits under it: its width tells no indent
        ("治理先从源头做起才最有效。", 2),  # a sentence ends there: a paragraph's last line
    ],
)
def test_a_title_as_wide_as_the_column_after_a_paragraph_end_stands_apart(under_line: str, paragraphs_found: int) -> None:
    """Sixteen characters wide: a paragraph's first line lost its indent and falls short, so a
    line that opens a unit after a paragraph ended and reaches the column, ending no sentence,
    is a title set in a larger type (an intertitle some extractors print so)."""
    lines = ["污染多发、日常巡查薄弱的河段，将成为", "重点治理河段。”", "筑牢源头防线，还给百姓一河清水", under_line,
             "全县还将在沿河各村设立专职护河员，每", "周巡河两次，发现问题及时上报处理，", "让群众参与到河道治理中来。"]
    assert len(paragraphs("\n".join(lines) + "\n")) == paragraphs_found


@pytest.mark.parametrize(("word", "paragraphs_found"), [("denuclearization", 1), ("CVID", 2)])
def test_a_line_is_full_when_the_latin_word_under_it_could_not_fit(word: str, paragraphs_found: int) -> None:
    """Down the paragraph, a line three characters short ending on a colon: a long word had no
    room on it and went down whole; a short one would have fitted, so the paragraph ended."""
    lines = ["韩联社报道，美朝双方在峰会前尽量缩", "窄分歧，双方将就是否写入：", f"{word}一词展开激烈讨论，", "会谈预计持续两天，各方都在等待消",
             "息。据悉，双方代表团今日已经抵达新", "加坡，并将于明日上午开始正式会谈。"]
    assert len(paragraphs("\n".join(lines) + "\n")) == paragraphs_found


# A page in a seventeen-character column, then a photo story in a box eleven characters wide
# whose headline the extractor printed right over its text, in one block.
WIDE_COLUMN = "\n".join(["今年以来，全县河道治理持续推进，各", "乡镇落实河长制，专职护河员每周巡河", "两次，发现问题及时上报处理。"] * 4)


@pytest.mark.parametrize(
    ("story", "paragraphs_found"),
    [
        # a short line over a paragraph's first line, an indent short of the lines under it
        (["古镇邂逅油菜花", "近日，江西婺源古镇", "沿途的油菜花盛开，游客", "穿行花海之间，宛如画卷", "一般。"], 2),
        # a paragraph's first line short of a wider line only because a jump line is printed on it
        (["街道党工委书记王明", "介绍，社区共有十二部电梯，", "其中六部电梯无法使用，（下转3版）"], 1),
    ],
)
def test_a_title_printed_right_over_its_text_in_one_block_stands_apart(story: list[str], paragraphs_found: int) -> None:
    dump = WIDE_COLUMN + "\n\n" + "\n".join(story) + "\n"
    assert len(paragraphs(dump)) - len(paragraphs(WIDE_COLUMN + "\n")) == paragraphs_found


POEM_IN_PROSE = """午睡不是新鲜事，古已有之；而且在文人墨
客之间，还颇引为美谈。这在诗文里可以寻
到踪迹的。虽说大家都夸勤快是种好品德，
但留存下来的诗文里写午睡的却不少。有人
写“闲来无事倚窗眠”，坐着坐着就睡着了；
也有人写“午梦沉沉未醒”，日过正午，一睡
难醒。某诗人索性写了一整首《午眠》：
竹榻凉风起，闲窗日影斜。
饭后身自倦，茶余意更赊。
书卷抛枕畔，鸟声隔篱笆。
一梦到江上，扁舟泛芦花。
醒来人未觉，檐下燕归家。
儿童笑我懒，呼起看晚霞。
世事皆可放，此乐谁能加。
何须问名利，且醉在山家。
看吧，某诗人不过就是吃完饭睡上一觉，竟
然睡得忘了时辰、睡得如在江上，时如酒醉，
时如入定。再加上那竹榻凉风的清爽、窗外
有鸟鸣的情调，不得不说是将这午后的小睡
睡出了真滋味，睡出了好心情，也睡出了一
种难得的闲情。
"""


# A page that lost its blank lines: one block long enough to be measured line by line.
UNBROKEN_PAGE = BODY.replace("\n\n", "\n") * 4 + POEM_IN_PROSE


@pytest.mark.parametrize("dump", [POEM_IN_PROSE, UNBROKEN_PAGE], ids=["a-block", "a-page-without-blank-lines"])
def test_a_poem_quoted_line_by_line_in_a_column_is_a_paragraph_a_line(dump: str) -> None:
    """Lines of one width short of the column, each ending a sentence, are verse; a column's
    prose may end a line on a full stop, never line after line short of the measure (which,
    measured line by line, the verse itself pulls down)."""
    found = paragraphs(dump)
    poem = found.index("竹榻凉风起，闲窗日影斜。")
    assert found[poem : poem + 8] == [line for line in POEM_IN_PROSE.splitlines() if len(line) == 12]
    assert found[poem - 1].endswith("《午眠》：") and found[poem + 8].startswith("看吧，某诗人")


@pytest.mark.parametrize(
    ("tail", "blank_after", "apart"),
    [
        (["小河边的早晨"], False, True),  # the page ends on the headline of the text above it
        (["河道治理见成效", "小城重现水清岸绿"], False, True),  # a headline wrapped onto two lines
        (["他说。"], False, False),  # a sentence: a paragraph's last line, however short
        (["小河边的早晨"], True, False),  # more text after a blank line: a column jump takes it on
    ],
)
def test_a_title_after_a_finished_sentence_at_the_end_of_the_text_stands_apart(tail: list[str], blank_after: bool, apart: bool) -> None:
    """At the end of the text no column jump takes a line on: lines that end no sentence and
    look like a title, under a finished sentence that fills the column, are a headline printed
    after its article."""
    lines = ["清晨的河岸边，总有几位老人在树荫下慢慢", "地散步，孩子们沿着新修的步道追逐嬉戏，河", "水清了，岸边的垂柳也重新长出了嫩绿新芽、", "这是一座小城最寻常的早晨，也是它的模样。", *tail]
    after = "\n\n的长椅上，人们坐着聊天，孩子们奔跑。\n" if blank_after else "\n"
    assert ("".join(tail) in paragraphs("\n".join(lines) + after)) is apart


# Running text of a column about sixteen characters wide, a paragraph of it.
VILLAGE = ["村里道路修好以后，外出务工的", "年轻人陆续回到家乡，有的开起了", "农家乐，有的办起了合作社，村集体", "经济的收入一年比一年高，村民的日", "子越过越红火，大家干劲更足了。"]


@pytest.mark.parametrize(
    ("first_line", "apart"),
    [
        ("近日，记者走进大山深处的", True),  # four short: the wrap kept "清水村" whole
        ("近日，记者走进大山深处的清", True),  # an indent short, as most first lines
        ("近日，记者走进大山。", False),  # a sentence ends in it: no first line of a paragraph
    ],
)
def test_a_deck_as_wide_as_the_column_over_a_paragraph_stands_apart(first_line: str, apart: bool) -> None:
    """Under a headline, a line that reaches the column and ends no sentence opens no
    paragraph (a first line is short by its lost indent): over a paragraph's first line it is
    a deck; the first line may fall short by more than the indent where its wrap kept a word whole."""
    deck = "村民办起合作社，集体经济逐年壮大"
    rest = "清水村，只见家家户户门前都种满了" if first_line.endswith("的") else "水村，只见家家户户门前都种满了"
    lines = [*VILLAGE * 6, "山村道路修通了", "致富门路越走越宽", deck, first_line, rest, "果树，村道两旁的路灯整整齐齐，", *VILLAGE * 6]
    assert (deck in paragraphs("\n".join(lines) + "\n")) is apart


# Captions set across two columns, wider than the photo story between them.
WIDE_CAPTIONS = ["清晨，市民在城东公园的湖边晨练，湖面上薄雾", "缭绕，远处的楼群若隐若现，构成一幅宁静的画面。",
                 "近年来，这座城市持续推进公园绿地建设，新增口", "袋公园二十余处，让市民出门就能感受到绿意。"]


@pytest.mark.parametrize(
    ("last_line", "whole"),
    [
        ("一种生活习惯。", True),  # the sentence ends on a shorter line: one paragraph in a narrow measure
        ("市民的共识：", False),  # a colon opens what follows: no sign of a paragraph's last line
    ],
)
def test_a_paragraph_in_a_narrower_measure_than_around_it_is_no_title(last_line: str, whole: bool) -> None:
    """Where a dump lost its blank lines, a photo story set narrower than the captions around it
    falls well short of the measure read there; a line as wide as the one it ran on from, over a
    shorter line that ends the sentence, is that paragraph's, not a title."""
    story = ["在第十个全民健身日到", "来之际，城里举行了丰富多", "彩的健身活动，让运动成为", last_line]
    dump = "\n".join([*WIDE_CAPTIONS * 8, *story, "城东看湖", *WIDE_CAPTIONS * 8]) + "\n"
    assert ("".join(story) in paragraphs(dump)) is whole


@pytest.mark.parametrize(
    ("last_line", "apart"),
    [
        ("办好农村实事", True),  # ends no sentence, over a headline standing apart: a kicker
        ("办好农村实事。", False),  # ends the sentence: the paragraph's last line
    ],
)
def test_title_lines_that_run_on_from_a_sentence_over_a_title_stand_apart(last_line: str, apart: bool) -> None:
    """Without blank lines a kicker wide as the column runs on from the sentence above it; the
    line it ends on stands apart as a title over its headline, so no paragraph runs on into it."""
    kicker = ["县长在全县农村工作会议上强调要", last_line]
    lines = [*VILLAGE * 6, *kicker, "让乡亲们过上好日子", *VILLAGE * 6]
    found = paragraphs("\n".join(lines) + "\n")
    assert ("".join(kicker) in found) is apart


@pytest.mark.parametrize(
    ("headline", "apart"),
    [
        ("市政府公布新措施支持本地中小企業發展 商會：成效有待觀察，業界仍需更多支援", True),  # halves a space parts
        ("市政府公布新措施支持本地中小企業發展，商會：成效有待觀察，業界仍需更多支援", False),  # one run of text
    ],
)
def test_a_headline_in_halves_set_across_columns_opens_no_paragraph(headline: str, apart: bool) -> None:
    """A line far wider than the measure with clause marks in it may be a caption's or a
    paragraph's line set across columns; one whose halves a space parts is a headline's,
    standing apart over the caption under it."""
    caption = Line(2, "商會主席（左）在記者會上回應提問，表示歡迎政府的")
    assert stands_apart_as_title(Line(1, headline), caption, 36, DEFAULT, 46) is apart


def test_a_dash_the_wrap_carried_under_a_paragraphs_first_line_is_no_deck() -> None:
    """A paragraph's first line of prose, an indent short of the column, then a line the wrap
    opened with a dash: the sentence goes on (across the column jump after it too), where a
    deck would stand under a title."""
    page = [
        "村里的账本一年比一年厚实，老支", "书心里却一直有个疙瘩：钱攒下来", "了，该怎么花才算公道？有人说该",
        "分给各家各户，有人说该留着修路，", "也有人说该拿去办个加工厂。争来", "争去，谁也说服不了谁，老支书只",
        "好先把钱存在账上，等大家商量。", "",
        "集体经济改革，改的就是这个", "——分配方式不再凭人情而要凭规", "矩、投入方向不再一人说了算而要", "",
        "集体商量。", "",
        "具体到这个村，去年的经营收入", "达到了五百多万元，比前年翻了", "一番。",
    ]
    found = paragraphs("\n".join(page) + "\n")
    assert [paragraph[:6] for paragraph in found] == ["村里的账本一", "集体经济改革", "具体到这个村"]


QUOTE_BODY = (
    "去年以来，全市新建社区书屋四十家，覆盖了全市的每一个街道和乡镇，借阅量比前年增长了三成。书屋由街道和乡镇统一"
    "管理，每个书屋都有专人值守，图书每个季度更换一次，居民可以凭借书证在任何一家书屋借书和还书，十分方便。"
)


@pytest.mark.parametrize(
    ("copy", "paragraphs_found"),
    [
        ("说到底，让每一位读者都能在家门口借到想读的书和最喜欢的杂志，才是书屋的价值。", 4),  # printed again: a quote, whole
        ("说到底，书屋的价值在于让更多的读者走进去读书学习。", 3),  # printed once: the lines run on
    ],
)
def test_a_pull_quote_the_block_prints_again_ends_without_a_stop(copy: str, paragraphs_found: int) -> None:
    """A block without blank lines sixteen characters wide: under the byline, a lede that ends on
    no stop over a paragraph's first line, an indent short."""
    lines = ["■本报记者 王小明", "让每一位读者都能在家门口借", "到想读的书和最喜欢的杂志", QUOTE_BODY[:14]]
    lines += [QUOTE_BODY[start : start + 16] for start in range(14, len(QUOTE_BODY), 16)]
    lines += [copy[:14], copy[14:30], copy[30:]]
    assert len(paragraphs("\n".join(lines) + "\n")) == paragraphs_found


def _filler_lines(count: int, start: int) -> list[str]:
    """Lines of running prose sixteen characters wide, no two alike, no sentence ended."""
    characters = "春耕备耕工作全面展开各地农民抢抓农时播种施肥灌溉田间管理技术人员深入一线指导服务保障粮食生产稳定发展"
    return [characters[(start + number) % 40 :][:15] + "，" for number in range(count)]


@pytest.mark.parametrize(
    ("ending", "opening", "paragraphs_found"),
    [
        # a sentence ending two characters short, over a line an indent short: two paragraphs
        ("今年春耕工作在各地全面展开。", "技术人员说今年开始推广种子，", 2),
        # exactly a character short over a line as short: as often a full line, one paragraph
        ("今年春耕工作已在各地全面展开。", "技术人员说今年开始推广新种子，", 1),
        # the sentence ends at the edge, or the line under it fills the measure: one paragraph
        ("今年春耕工作已经在各地全面展开。", "技术人员说今年开始推广新种子，", 1),
        ("今年春耕工作已在各地全面展开。", "技术人员说今年开始推广新的种子，", 1),
    ],
)
def test_in_a_block_without_blank_lines_a_short_ending_over_a_short_line_parts_paragraphs(ending: str, opening: str, paragraphs_found: int) -> None:
    """Lines sixteen characters wide, in a block too long to have kept its blank lines."""
    lines = [*_filler_lines(40, 0), ending, opening, *_filler_lines(38, 7)]
    lines[-1] = lines[-1][:-1] + "。"
    assert len(lines) >= DEFAULT.unbroken_block_lines
    assert len(paragraphs("\n".join(lines) + "\n")) == paragraphs_found


@pytest.mark.parametrize(
    ("quote", "whole"),
    [
        # an intertitle quoting someone, wrapped in short lines: none of them stands apart while
        # the quotation is open
        (["“荒山造林需要很长时间", "才能见成效，我们能做的", "就是坚持再坚持”"], True),
        (["“高空作业才是", "最大考验”"], True),
        # a quotation that goes on past its short lines is running text
        (["“荒山造林需要很长时间", "才能见成效，我们能做的"], False),
    ],
)
def test_in_a_block_without_blank_lines_a_quoted_title_is_one_unit(quote: list[str], whole: bool) -> None:
    ending = _filler_lines(1, 3)[0][:-1] + "。"
    lines = [*_filler_lines(40, 0), ending, *quote, *_filler_lines(38, 7)]
    lines[-1] = lines[-1][:-1] + "。"
    assert len(lines) >= DEFAULT.unbroken_block_lines
    assert ("".join(quote) in paragraphs("\n".join(lines) + "\n")) is whole


@pytest.mark.parametrize(
    ("title", "kicker", "apart"),
    [
        # a line or two under a headline, ending on a dash: its kicker, however wide it is set
        (["时刻保持冲锋姿态", "（最美奋斗者）"], ["陆军某扫雷排爆大队战士王明明——"], True),
        (["汇聚起奋进力量"], ["学子情满满、母校心暖暖，", "海内外校友共庆母校70华诞——"], True),
        # after a finished sentence it leads into the text
        (["今年的春耕生产进展得很顺利。"], ["陆军某扫雷排爆大队战士王明明——"], False),
    ],
)
def test_in_a_block_without_blank_lines_a_kicker_under_its_headline_stands_apart(title: list[str], kicker: list[str], apart: bool) -> None:
    ending = _filler_lines(1, 3)[0][:-1] + "。"
    lines = [*_filler_lines(40, 0), ending, *title, *kicker, *_filler_lines(38, 7)]
    lines[-1] = lines[-1][:-1] + "。"
    assert len(lines) >= DEFAULT.unbroken_block_lines
    assert ("".join(kicker) in paragraphs("\n".join(lines) + "\n")) is apart


@pytest.mark.parametrize(
    ("ending", "pushed_character", "indents_lost", "breaks"),
    [
        # a sentence ending a little more than a character short of a measure read at 24.2
        # cells, over a line as short, in a block that lost its blank lines: two paragraphs
        ("今年春耕已在全面展开。", False, True, True),
        # not in a block that kept them, nor where the page prints its indents: a line
        # without one goes on
        ("今年春耕已在全面展开。", True, True, False),
        ("今年春耕已在全面展开。", False, False, False),
        # a sentence that ends at the edge goes on
        ("今年春耕工作已全面展开。", False, True, False),
    ],
)
def test_a_short_ending_over_a_short_line_parts_paragraphs_where_indents_are_lost(ending: str, pushed_character: bool, indents_lost: bool, breaks: bool) -> None:
    line, following, under = Line(1, ending), Line(2, "技术人员说推广新种子，"), Line(3, "在全省主要产区推广瓜果菜")
    parted = breaks_after(line, following, 24.2, False, False, opens_unit=False, pushed_character=pushed_character, under=under, indents_lost=indents_lost)
    assert parted is breaks


@pytest.mark.parametrize(
    ("opens_unit", "breaks"),
    [
        (False, True),  # a paragraph's last line, over the next one's first
        (True, False),  # a paragraph's first line, short by its lost indent: the line under it goes on
    ],
)
def test_a_short_ending_on_a_paragraphs_first_line_is_the_indents_shortness(opens_unit: bool, breaks: bool) -> None:
    """A sentence ending an indent short on the line that opens a unit is short by the lost
    indent, not by a paragraph's end: the line under it, as short, says nothing of a break."""
    line, following, under = Line(1, "今年春耕已全面展开。"), Line(2, "技术人员说推广新种子，"), Line(3, "在全省主要产区推广瓜果菜")
    parted = breaks_after(line, following, 24.2, False, False, opens_unit=opens_unit, pushed_character=False, under=under, indents_lost=True)
    assert parted is breaks


FESTIVAL = [
    "一年一度的灯会如期而至，城里城外处处张灯结彩，游人如织，欢声笑语不断。",
    "灯会现场，各式花灯争奇斗艳，传统手艺与现代科技结合，吸引了不少年轻人驻足。",
    "灯会要一直办到元宵节。新的一年，大家一起加油。",
]


@pytest.mark.parametrize(
    "after",
    [
        "新华社北京2月8日电（记者王明）记者8日获悉，某市春节期间接待游客超过十万人次，同比增长一成。",  # a dateline opens the next text
        "",  # the page ends on the headline
    ],
)
def test_without_blank_lines_a_headline_closed_by_its_column_tag_stands_apart(after: str) -> None:
    """A headline printed after its text, as wide as the column, under a full line that ends a
    sentence: its tag's bracket ends no sentence, and the text under it (or the page's end)
    shows where it stands."""
    lines = [line for text in FESTIVAL for line in wrapped(text, 13)] + ["灯会连着新年味（某某论坛）"] + (wrapped(after, 13) if after else [])
    assert "灯会连着新年味（某某论坛）" in paragraphs("\n".join(lines) + "\n")


def test_without_blank_lines_the_line_under_a_headline_closed_by_its_tag_ends_over_a_dateline() -> None:
    """A subheadline under a headline its column tag closes, whatever clauses it holds, ends
    over the dateline that opens the next text: the tag's bracket ends no sentence there."""
    after = "新华社北京2月8日电（记者王明）记者8日获悉，某市春节期间接待游客超过十万人次，同比增长一成。"
    lines = [line for text in FESTIVAL for line in wrapped(text, 13)] + ["灯会连着新年味", "（某某论坛）", "游客最多八万，最少五千"] + wrapped(after, 13)
    assert "游客最多八万，最少五千" in paragraphs("\n".join(lines) + "\n")


@pytest.mark.parametrize("closing", ["（本报巴黎2月11日电）", "灯会将持续到元宵节。（下转4版）"])
def test_without_blank_lines_a_headline_with_a_comma_stands_apart_after_a_closed_text(closing: str) -> None:
    """After a text closed by where it was filed or by a jump line, a line that ends no sentence
    over a dateline is the next article's headline, whatever clauses it holds."""
    after = "新华社北京2月11日电某市春节期间接待游客超过十万人次，同比增长一成，旅游收入创新高，酒店入住率明显上升。"
    lines = [line for text in FESTIVAL for line in wrapped(text, 18)] + [closing, "客流创新高，旅游市场热度不减"] + wrapped(after, 18)
    assert "客流创新高，旅游市场热度不减" in paragraphs("\n".join(lines) + "\n")


def test_without_blank_lines_a_sign_off_after_a_sentence_ends_the_paragraph_it_closes() -> None:
    """A bracket after a sentence's stop closes that sentence's text: no headline's column tag."""
    lines = [line for text in FESTIVAL for line in wrapped(text, 13)] + ["大家都笑了。（记者李华）"]
    assert paragraphs("\n".join(lines) + "\n")[-1].endswith("大家一起加油。大家都笑了。（记者李华）")


@pytest.mark.parametrize(
    ("opening", "breaks"),
    [
        ("新华社北京1月31日电 2月1日出版的第3期", True),  # a dateline opens the next text
        ("本报北京2月11日电（记者王明）为了推", True),
        ("新年伊始，各地陆续出台稳就业的政策，", False),  # prose at full width: the sentence goes on
    ],
)
def test_a_dateline_under_a_finished_sentence_opens_a_text(opening: str, breaks: bool) -> None:
    """A sentence that ends at the column edge, over a line as full: no indent shows a new
    paragraph, but a dateline opening the line does; no paragraph runs on into one."""
    line, following, under = Line(1, "双方要进一步对接发展战略，共同合作。"), Line(2, opening), Line(3, "第3期杂志将发表的重要文章《推动")
    assert breaks_after(line, following, 36, False, False, opens_unit=False, under=under) is breaks


@pytest.mark.parametrize(
    ("short_line", "following", "runs_on"),
    [
        ("小城的街巷处处透出了别样的", "风景。（相关报道见第五版）", True),  # the noun the particle ties to
        ("这条山路过去比较", "陡。（相关报道见第五版）", True),  # the adjective the adverb modifies
        ("村里的乡亲们今年也陆续", "搬进新居。（相关报道见第五版）", True),  # ... the verb
        ("他沒理會眾人，沿著小河逕自", "走向村口。（相關報道見第五版）", True),  # ... in traditional characters, where "河逕" alone would read a phrase
        ("走进自然", "假期里，纪录片引发热潮。（相关报道见第五版）", False),  # a noun the dictionary tags so, a paragraph under it
    ],
)
def test_a_line_that_ends_on_a_modifier_before_its_word_runs_on(short_line: str, following: str, runs_on: bool) -> None:
    """In a block without blank lines, a short line that ends no sentence looks like a title,
    unless it ends on 的, whose noun opens the next line, or on an adverb whose verb or
    adjective does."""
    text = "欢乐吉祥，喜气洋洋。走过三十多年的晚会，已经成为人们过年的一道文化大餐，承载着千家万户的期待和祝福。今年的晚会紧扣时代脉搏，节目形式丰富多样，歌舞节目美不胜收，小品相声贴近生活，民族团结的旋律回荡在舞台，"
    column = [text[start : start + 20] for start in range(0, len(text), 20)] * 8
    page = "\n".join([*column, short_line, following, *column]) + "\n"
    units = ["".join(unit.text.split()) for unit in prepare(page).units]
    assert any(unit.endswith(short_line + following) for unit in units) is runs_on


@pytest.mark.parametrize(
    "under",
    ["本报记者 王明", "■本报记者 王明", "本报北京3月1日电（记者王明）今年以来，某县把产业发展"],
)
def test_a_headline_that_ends_on_the_particle_ends_over_its_byline_or_dateline(under: str) -> None:
    """A headline may end on 的 ("…是干出来的"): a byline or a dateline under it opens afresh."""
    text = "今年以来，某县坚持把产业发展作为乡村振兴的重要抓手，引导农户种植特色果蔬，发展乡村旅游，村里的新房一栋接一栋盖了起来。"
    column = [text[start : start + 20] for start in range(0, len(text), 20)] * 4
    page = "\n".join(["好日子是奋斗干出来的", under, *column]) + "\n"
    units = ["".join(unit.text.split()) for unit in prepare(page).units]
    assert "好日子是奋斗干出来的" in units


@pytest.mark.parametrize(
    ("name", "tail", "runs_on"),
    [
        ("赵", "刚摄影报道", True),  # a photo story's credit, its name cut by a narrow box
        ("赵某", "陈刚摄（图片社）", True),  # ... its source's tag after the mark
        ("山村新貌", "春耕忙", False),  # a title over another: no credit closes the line under it
        ("图为村民在排练节目。赵", "刚摄", False),  # a caption's last line: prose, which the widths decide
        ("请勿", "偷拍摄", False),  # the mark closes a word ("拍摄"): no name runs on into it
    ],
)
def test_a_photo_credit_a_narrow_box_wrapped_runs_on_to_its_mark(name: str, tail: str, runs_on: bool) -> None:
    """A photo story's credit cut a character or two to a line: no width tells the name's first
    characters from a title, but the line under them closes the name on the credit's mark."""
    assert wraps_onto_a_credit(Line(1, name), Line(2, tail)) is runs_on


@pytest.mark.parametrize(
    ("headline", "opens_unit", "breaks"),
    [
        ("“山路通了，日子好了，心里也亮堂了”（乡村故事）", True, True),  # set wider than the text: a headline whole
        ("“山路通了，日子好了，心里也亮堂了”（乡村故事）", False, False),  # the tail of a line the unit began above
        ("“山路通了，日子好了”（乡村故事）", True, False),  # inside the column: the next line's indent decides
    ],
)
def test_a_headline_closed_by_its_tag_and_set_wider_ends_over_its_text(headline: str, opens_unit: bool, breaks: bool) -> None:
    """A headline and its column tag on a line wider than the column, over a paragraph's first
    line that shows no indent: the tag closes the headline, the text opens under it."""
    following, under = Line(2, "“要把乡亲们的事当成自己的事，一件"), Line(3, "件办好。”老支书常把这句话挂在嘴边")
    assert breaks_after(Line(1, headline), following, 36, False, False, opens_unit=opens_unit, under=under) is breaks


def test_a_line_closed_by_a_bracket_in_a_block_set_wider_than_the_column_runs_on() -> None:
    """A block set wider than the page's column: its lines all overhang, and a paragraph's first
    line that closes on a bracket is no headline."""
    line = Line(2, "近日在某市举办的第七届某某国际博览会（某博会）")
    following = Line(3, "吸引了来自一百多个国家和地区的三千多家企业参展，规模再")
    under = Line(4, "创新高，成交额较上届增长百分之二十以上，各方反响热烈。")
    assert breaks_after(line, following, 36, False, False, opens_unit=True, under=under) is False


@pytest.mark.parametrize(
    ("block", "paragraphs_found"),
    [
        # a list that runs its entries on in a paragraph: the wrap puts an entry's number at a line's start
        (["警方公布了一批虚假项目，名单", "如下：1.某某资产解冻委员会；2.", "某某扶贫基金会；3.某某基金会；", "4.某某爱心基金会；5.某某协会；", "6.某某联合会。"], 1),
        # a list set out an entry a line: each entry a paragraph of its own
        (["警方公布了一批虚假项目，名单如下：", "1.某某资产解冻委员会；", "2.某某扶贫基金会；", "3.某某基金会；", "4.某某爱心基金会。"], 5),
        # steps numbered in words, one to a paragraph: a step's number opens its own, whatever ends the line above
        (["第一步：把彩纸沿着中间的折", "痕对折；", "第二步：再沿新的折痕对折一次；", "第三步：用铅笔在纸上画出花", "瓣的轮廓；"], 3),
    ],
)
def test_a_list_run_on_in_a_paragraph_is_one_paragraph(block: list[str], paragraphs_found: int) -> None:
    assert len(paragraphs("\n".join(block) + "\n")) == paragraphs_found


@pytest.mark.parametrize(
    ("block", "paragraphs_found"),
    [
        # a web address the wrap cut after its scheme, or inside its path: one paragraph
        (["本網記者查閱公開紀錄，該公司早於三月已遞", "交文件，詳情見有關部門網頁。", "https://", "www.example.org/posts/1234", "本網記者查閱公開紀錄，該公司早於三月已遞", "交文件。"], 3),
        (["本網記者查閱公開紀錄，該公司早於三月已遞", "交文件，詳情見有關部門網頁。", "https://news.example.com/ins/web", "_tc/article/20190412/0412", "本網記者查閱公開紀錄，該公司早於三月已遞", "交文件。"], 3),
        # an address a narrow column set on a line of its own inside a sentence: the sentence runs through it
        (["本網記者查閱公開紀錄，該公司早於三月已遞", "交文件，市民如有疑問，可瀏覽", "https://www.example.org/posts/1234", "或致電熱線查詢，職員會於辦公時間內回覆。"], 1),
    ],
)
def test_a_web_address_the_wrap_cut_is_one_paragraph(block: list[str], paragraphs_found: int) -> None:
    assert len(paragraphs("\n".join(block) + "\n")) == paragraphs_found


@pytest.mark.parametrize(
    ("block", "paragraphs_found"),
    [
        # a label over another story's headline in spaced parts closes its paragraph over prose,
        # whatever word the headline ends on; a part the wrap cut short goes on
        (["延伸閱讀：某某宣布辭任主席", "會務交接未定 傳與副手不和", "某某2016年以40歲之齡接掌會務，會內上下", "對他寄予厚望。"], 2),
        (["延伸閱讀：某某宣布辭任主席 會務交", "接未定 傳與副手不和", "某某2016年以40歲之齡接掌會務，會內上下", "對他寄予厚望。"], 2),
    ],
)
def test_a_label_naming_another_story_closes_its_paragraph(block: list[str], paragraphs_found: int) -> None:
    assert len(paragraphs("\n".join(block) + "\n")) == paragraphs_found


@pytest.mark.parametrize(
    ("box", "paragraphs_found"),
    [
        # a box set narrower than the column, its lines alike: a sentence ending on one of them ends no paragraph
        (["老家离城里路途很远一", "年难得回去几趟，所以", "每一次回家都很珍惜。", "短暂的团聚让一家人靠", "得更近"], 3),
        # too few lines to show a measure of their own: the short line ends its paragraph
        (["每一次回家都很珍惜。", "短暂的团聚让一家人靠", "得更近"], 4),
        # verse, or a label over its entries: lines that end on a clause or a colon keep their breaks
        (["山前细雨落，", "村后小溪鸣。", "春风吹柳绿，", "燕子绕梁行。"], 4),
        (["获奖名单：", "张小明 李小红", "王大力 赵小刚", "刘一手 陈二宝", "孙三元"], 4),
    ],
)
def test_a_short_block_set_narrower_than_the_column_is_measured_by_its_own_lines(box: list[str], paragraphs_found: int) -> None:
    """A pull quote or a box between two paragraphs of the column, set in a measure of its own."""
    around = BODY.split("\n\n")[0] + "\n\n"
    text = around + "\n".join(box) + "\n\n" + around.replace("近年来", "与此同时")
    assert len(paragraphs(text)) == paragraphs_found


def test_a_one_line_block_shows_no_narrower_measure_whatever_the_config() -> None:
    """`Config.narrow_box_lines` of 1 (or 0) asks for no line besides the last: no measure, no error."""
    assert paragraphs_with("一行字\n", replace(DEFAULT, narrow_box_lines=1)) == ["一行字"]


def paragraphs_with(text: str, config) -> list[str]:
    return [paragraph.text for paragraph in clean(text, config=config).paragraphs]


@pytest.mark.parametrize(
    ("title", "apart"),
    [
        ("某市万人义务植树", True),  # a headline of one phrase, far narrower than the caption under it
        ("某市开展义务植树活动 参与市民逾万人次", False),  # of the caption's measure: read as its first line
    ],
)
def test_a_title_right_over_a_photo_caption_ends_there(title: str, apart: bool) -> None:
    """A dump without blank lines prints a headline right over a photo caption: a line of one
    phrase, set to another measure than the caption that runs on in clauses to its credit, is
    a unit of its own, not the caption's first line."""
    text = "今年以来，某县坚持把产业发展作为乡村振兴的重要抓手，引导农户种植特色果蔬，发展乡村旅游，村里的新房一栋接一栋盖了起来。"
    column = [text[start : start + 20] for start in range(0, len(text), 20)] * 3
    caption = ["3月1日，某市某区举行春季植树活动，市民们", "在山坡上种下树苗。图为一名小学生在给新栽", "的树苗浇水。", "■本报记者 王明 摄"]
    page = "\n".join([*column, "好日子是奋斗干出来的", *column, title, *caption, *column]) + "\n"
    units = ["".join(unit.text.split()) for unit in prepare(page).units]
    assert (title.replace(" ", "") in units) is apart


@pytest.mark.parametrize(
    ("signature", "titles"),
    [
        (["河北保定市 王小明"], ["河北保定市王小明", "来信"]),  # a reader's signature: the label under it is apart
        (["河北保定市", "王小明"], ["河北保定市王小明", "来信"]),  # its place and name a line each
        (["城乡公交"], ["城乡公交来信"]),  # a title's first line runs on into its short second line
    ],
)
def test_a_reader_s_signature_ends_its_unit(signature: list[str], titles: list[str]) -> None:
    """A dump without blank lines prints the label that heads a letter right under the reader's
    signature that closes the letter above it: nothing runs on from a place and a name."""
    column = [line for text in FESTIVAL * 4 for line in wrapped(text, 13)]
    page = "\n".join([*column, *signature, "来信", *column]) + "\n"
    units = ["".join(unit.text.split()) for unit in prepare(page).units]
    assert [unit for unit in units if unit[:2] not in ("一年", "灯会")] == titles


@pytest.mark.parametrize(
    ("title", "apart"),
    [
        # a title's run opened on a line far short of the measure, over a paragraph's first
        # line: a headline printed after its text stands apart from the next text
        (["村里新修了两", "条通往县城和邻近乡镇的公路"], True),
        # a short line of prose parts clauses: it runs on into the paragraph
        (["村里新修了两，", "条通往县城和邻近乡镇的公路"], False),
    ],
)
def test_without_blank_lines_a_title_run_ends_over_a_paragraph(title: list[str], apart: bool) -> None:
    ending = _filler_lines(1, 3)[0][:-1] + "。"
    opening = "春节前后，县医院的年轻医生"
    lines = [*_filler_lines(40, 0), ending, *title, opening, *_filler_lines(38, 7)]
    lines[-1] = lines[-1][:-1] + "。"
    assert len(lines) >= DEFAULT.unbroken_block_lines
    assert any(paragraph.startswith(opening) for paragraph in paragraphs("\n".join(lines) + "\n")) is apart


def test_without_blank_lines_a_kicker_over_a_wider_headline_opening_on_a_latin_word_stands_apart() -> None:
    """A kicker short of the measure over its main headline, set wider than the column and
    opening on a Latin word: the word did not go down to the next line of this column, so the
    kicker is no paragraph's first line the wrap left short."""
    ending = _filler_lines(1, 3)[0][:-1] + "。"
    kicker = "人工智能技术走进田间地头"
    lines = [*_filler_lines(40, 0), ending, kicker, "ChatGPT成了农民种地的新帮手 大棚管理省时省力", "如今，大模型正在改变农民种地的", *_filler_lines(38, 7)]
    lines[-1] = lines[-1][:-1] + "。"
    assert kicker in paragraphs("\n".join(lines) + "\n")


@pytest.mark.parametrize(
    ("short", "apart"),
    [
        ("大家一起，不用担心", True),  # short of the measure: prose never runs on into a line set across columns
        ("大家一起加油，不用担心", False),  # at the measure: the wrap's decision, as before
    ],
)
def test_a_short_line_over_one_set_across_columns_ends_its_unit(short: str, apart: bool) -> None:
    """Without blank lines a photo caption set across columns follows the text's last line: a line
    short of the measure does not run on into a line far wider than the column."""
    column = [line for text in FESTIVAL * 4 for line in wrapped(text, 13)]
    caption = ["某台节目编导的案件今早提堂，大批同业到场为她打气，法院外排起长队", "法院外排起长队。", "■王明 摄"]
    units = ["".join(unit.text.split()) for unit in prepare("\n".join([*column, short, *caption, *column]) + "\n").units]
    assert any(unit.startswith(caption[0]) for unit in units) is apart


@pytest.mark.parametrize(
    ("signature", "intertitles"),
    [
        (["北京朝阳", "王", "明"], ["小院治理见实效", "北京朝阳王明"]),  # its name letter-spaced, a character to a line
        (["北京朝阳 王明"], ["小院治理见实效", "北京朝阳王明"]),
        (["北京朝阳区"], ["小院治理见实效北京朝阳区"]),  # a place and no name: the title's wrap, as before
    ],
)
def test_an_intertitle_runs_on_into_no_signature(signature: list[str], intertitles: list[str]) -> None:
    """Without blank lines a section's author signs under its intertitle, a place and a name: the
    intertitle does not run on into the signature, and the signature's lines, however short,
    are one unit."""
    column = [line for text in FESTIVAL * 4 for line in wrapped(text, 13)]
    page = "\n".join(["■本报记者 李华", *column, "小院治理见实效", *signature, *column]) + "\n"
    units = ["".join(unit.text.split()) for unit in prepare(page).units]
    assert [unit for unit in units if "小院" in unit or "朝阳" in unit] == intertitles
