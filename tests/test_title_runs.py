"""Runs of title lines without blank lines: where one title gives way to the next (`layout.title_runs`)."""

from __future__ import annotations

import dataclasses

import pytest

from cleanup import prepare
from cleanup.config import DEFAULT
from cleanup.lines import Line
from cleanup.unwrap import Unit
from layout import reconstruct
from layout.classify import Piece, banner_lines, classify_all
from layout.pieces import line_by_line, tidy
from layout.title_runs import (
    intertitles_parted,
    runs_to_part,
    starts_new_title,
    title_break_features,
    wraps_on_for_sure,
)


def lines(*texts: str, first: int = 1) -> list[Line]:
    return [Line(number, text) for number, text in enumerate(texts, start=first)]


# (lines above, line under them, a page that prints a paragraph to a line?, another title?)
BREAKS = [
    # a kicker that ends on a clause, over a headline set in two spaced halves
    (["山里有个养蜂村，家家摆着新蜂箱，户户卖蜜有进账"], "养蜂又赚钱 村民笑开颜", False, True),
    # a headline wrapped at a phrase: one title
    (["携手推进"], "经济全球化", False, False),
    (["风景更美"], "“钱景”更好", False, False),
    # a column tag on its own line closes the headline above it, and belongs to it
    (["好种子为啥难求？"], "（话说新农村）", False, False),
    # a word runs across the join ("去年" | "8月"): one headline (known close: not sure enough to part)
    (["陳大文、李小明去年"], "8月認串謀詐騙保險公司", False, False),
    # a column tag closes the headline, a dash the kicker: whatever follows is another title
    (["一步一景看古城（文化之旅）"], "城南老街博物馆", False, True),
    (["从业二十年来，守着一方小小药铺，王大夫——"], "医者仁心 不负乡亲", False, True),
    # ... and a line that is nothing but the tag closes the title over it, on any page
    (["守岛三十年的老民兵——", "一生守着这面旗"], "（最美奋斗者）", False, False),
    (["一生守着这面旗"], "（最美奋斗者）", True, False),
    # a campaign's name is a banner of its own, over the title or under it
    (["脱贫攻坚进行时"], "山村开秧门", False, True),
    (["千名选手将参加群众比赛项目"], "改革进行时", False, True),
    # a kicker that says who spoke where closes on the speaker's verb; a short line so ending
    # may be a headline wrapped after its verb
    (["王明在全市危化品安全专题会上强调"], "促进安全生产", False, True),
    (["王明远会见"], "某国际慈善组织首席执行官", False, False),
    # ... and the kicker that says so from the speaker's name to the verb is a title of its own
    # under a headline printed after its text; a credit the wrap cut is not
    (["不断提高基层治理科学化", "法治化智能化水平"], "王某在某省调研时强调", False, True),
    (["王某在市公安机关"], "70周年大庆安保总结表彰会强调", False, False),
    (["王某在某部调研并主持召开座谈会"], "时强调", True, False),
    # a kicker that ends on a dash, wrapped: its first line is filled, no narrower than the
    # last; a banner over a one-line kicker is shorter than it
    (["某某自然保护区管理局党委"], "原书记、局长王某某——", True, False),
    (["某某自然保护区管理局党委"], "原书记、局长王某某——", False, False),
    (["新春走基层"], "某县第一书记王某某讲述脱贫故事——", True, True),
    (["奋进新征程 建功新时代"], "专访某某——", False, True),
    # a bracket that glosses a name inside a kicker wrapped over two lines closes no title: the
    # line under it ends the kicker on a dash and is no longer; a tagged headline's kicker is
    (["一封发自某国（某城）"], "某部队官兵的来信——", False, False),
    (["一封发自某国（某城）"], "某部队官兵的来信——", True, False),
    (["山村的春天（新春走基层）"], "某县第一书记王某某讲述他的驻村故事——", False, True),
    # a headline in two halves of words alone, the second opening its column tag
    (["小山村变了样"], "老院子换新颜（某某故事）", False, False),
    (["小山村变了样"], "老院子换新颜（某某故事", False, False),
    # ... quotation marks set off words of a half, and count for none of its length
    (["“穷山沟”变“聚宝盆”"], "山村产业兴旺（走进乡村——来自山区的脱贫故事）", False, False),
    # ... but a page printed a paragraph to a line wrapped no headline: a kicker over it
    (["春节假期平安有序"], "灯会连着新年味（某某论坛）", True, True),
    (["一窗式受理 全过程督办"], "某地审批提了速（关注改革）", True, True),
    # a headline in two spaced halves is a title of its own in simplified text, not in a Hong
    # Kong headline that runs on over several spaced parts
    (["省足球联赛第五轮战罢"], "主队两连胜 客队遭逆转", False, True),
    (["市政府收緊資助 小型球會明年起"], "只可申請一次", False, False),
    # a page that prints a paragraph to a line wrapped no title: a kicker over its headline,
    # however they read, and an intertitle over the next one
    (["无人机来送货上门"], "山村快递准时送到家门", True, True),
    (["中国商飞"], "“灵雀B”验证机首飞成功", True, True),
    (["为打好碧水保卫战出把力"], "近年来每年减少污水180万吨", True, True),
    # ... but a clause mark or a word running across the join goes on there too
    (["江北青石东城区淘汰落后产能，"], "搭建转型平台", True, False),
    (["辯方：警方誤將放學路"], "過的被告認錯為鬧事青年", True, False),
    # ... and so does a count, whose noun is on the next line; an ordinal closes a phrase
    (["十年来，老支书带领村民修起三座"], "“连心桥”", True, False),
    (["全省技能大赛荣获第三名"], "青年焊工登上领奖台", True, True),
]


@pytest.mark.parametrize(("upper", "lower", "flat", "apart"), BREAKS)
def test_where_a_run_of_titles_turns_to_another_title(upper: list[str], lower: str, flat: bool, apart: bool) -> None:
    assert starts_new_title(lines(*upper), lines(lower, first=len(upper) + 1), flat=flat) is apart


def test_the_flat_page_reaches_the_title_runs() -> None:
    """A page without blank lines that prints a paragraph to a line parts its kicker from its
    headline; the same lines wrapped in a column are weighed by the model and stay one title."""
    prose = PROSE * 3  # a line far wider than any column: the page is flat
    run = ["无人机来送货上门", "山村快递准时送到家门"]
    page = "\n".join([prose] * 12 + run + ["■本报记者 王明"] + [prose] * 12) + "\n"
    prepared = prepare(page)
    assert prepared.flat
    pieces = tidy(classify_all(prepared.units, banner_lines(prepared.edits)), DEFAULT, prepared.flat)
    assert [piece.text for piece in pieces if piece.kind == "title"] == run
    assert title_texts(unbroken_page(run)) == ["".join(run)]


def test_the_signals_are_named_for_what_they_read() -> None:
    features = title_break_features(lines("一窗式受理 全过程督办"), lines("青石行政审批提了速", first=2))
    assert {"up_spaced", "up_len<=15", "low_len<=10", "up_lines=1", "low_lines=1"} <= set(features)
    assert "word_runs_across" not in features
    assert "word_runs_across" in title_break_features(lines("深入学习贯彻中央国"), lines("家机关工委精神", first=2))
    # a rare compound of two words across the join is none (`Config.title_bridge_frequency`)
    assert "word_runs_across" not in title_break_features(lines("农田保护监察加强日常执法"), lines("违法占用耕地", first=2))


# A page without blank lines: a long block of text, a kicker over its headline, more text.
PROSE = "据介绍，这一平台汇集了全省各地的信息资源，群众办事更加方便快捷。"
RUN = ["山里有个养蜂村，家家摆着新蜂箱，户户卖蜜有进账", "养蜂又赚钱 村民笑开颜"]


def unbroken_page(run: list[str]) -> str:
    return "\n".join([PROSE] * 40 + run + ["■本报记者 王珂"] + [PROSE] * 30) + "\n"


def title_texts(page: str, config=DEFAULT) -> list[str]:
    prepared = prepare(page, config=config)
    return [piece.text for piece in tidy(classify_all(prepared.units, banner_lines(prepared.edits)), config) if piece.kind == "title"]


def test_a_run_in_a_block_without_blank_lines_is_parted_where_the_model_is_sure() -> None:
    run = [RUN[0], RUN[1].replace(" ", "")]  # no spaced halves, which part a run outright
    assert title_texts(unbroken_page(run), dataclasses.replace(DEFAULT, title_break_min=0.5)) == run
    never = dataclasses.replace(DEFAULT, title_break_min=2.0)
    assert title_texts(unbroken_page(run), never) == ["".join(run)]
    assert title_texts(unbroken_page(RUN), never) == RUN


def test_a_run_in_a_short_block_or_a_long_run_is_left_whole() -> None:
    short = "\n".join([PROSE] * 3 + ["", PROSE] + RUN + ["■本报记者 王珂"] + [PROSE] * 3) + "\n"
    assert title_texts(short) == ["".join(RUN)]  # blank lines would part a kicker from its headline
    prepared = prepare(unbroken_page(RUN * 5))
    pieces = classify_all(prepared.units, banner_lines(prepared.edits))
    titles = {index for index, piece in enumerate(pieces) if piece.kind == "title"}
    assert titles and not titles & runs_to_part(pieces)  # ten title lines: headlines pooled after the text


@pytest.mark.parametrize("blank_elsewhere", [False, True])
def test_a_page_without_any_blank_line_is_one_block_that_lost_them_however_short(blank_elsewhere: bool) -> None:
    """An extractor that prints a paragraph per line gives a page few lines and no blank one: its
    title runs are parted as a long block's are. A short block among blank lines is left whole,
    and so is a snippet too short to tell (`Config.unbroken_page_lines`)."""
    run = ["养蜂又赚钱 村民笑开颜", "山里有个养蜂村家家摆着新蜂箱"]
    page = "\n".join([PROSE] * 10 + ([""] if blank_elsewhere else []) + [PROSE] + run + ["■本报记者 王珂"] + [PROSE] * 10) + "\n"
    assert title_texts(page) == (["".join(run)] if blank_elsewhere else run)
    snippet = "\n".join([PROSE, *run, "■本报记者 王珂", PROSE]) + "\n"
    assert title_texts(snippet) == ["".join(run)]


# (title lines joined in one unit, whether no blank line parts their run, the titles they are)
JOINED = [
    # the headline under a kicker runs wider than it: the kicker was not filled by a wrap
    (["全市推进营商环境改革，持续优化服务", "今年已办结各类“一网通办”审批事项一万余件"], True, ["全市推进营商环境改革，持续优化服务", "今年已办结各类“一网通办”审批事项一万余件"]),
    # a dash closes a kicker, a column tag a headline, however wide the line under them
    (["从业二十年来，守着一方小小药铺，王大夫——", "医者仁心 不负乡亲"], True, ["从业二十年来，守着一方小小药铺，王大夫——", "医者仁心 不负乡亲"]),
    (["从业二十年来，守着一方小小药铺，王大夫——", "医者仁心 不负乡亲"], False, ["从业二十年来，守着一方小小药铺，王大夫——", "医者仁心 不负乡亲"]),
    # a campaign's name is a section banner of its own, under a deck or over a headline
    (["——千名业余选手将参加群众比赛项目", "改革进行时"], True, ["——千名业余选手将参加群众比赛项目", "改革进行时"]),
    (["喜迎党的十九大", "山村开秧门"], False, ["喜迎党的十九大", "山村开秧门"]),
    # a headline wrapped onto a narrower line stays one
    (["市政府收紧资助小型球会明年起", "只可申请一次"], True, ["市政府收紧资助小型球会明年起只可申请一次"]),
    # a title wrapped over three lines may run wider in its middle line
    (["如果说在某个项目达到顶尖的人，", "是超越了对手，那么站在顶尖还继续追求极致，", "则是超越自我"], True, ["如果说在某个项目达到顶尖的人，是超越了对手，那么站在顶尖还继续追求极致，则是超越自我"]),
    # a clause mark leads into the line under it
    (["从业二十年来，", "守着一方小小药铺的王大夫回乡行医"], True, ["从业二十年来，守着一方小小药铺的王大夫回乡行医"]),
    # no title ends inside a bracket or a word
    (["特首办逾时未覆 有违《公开", "资料守则》 议员要求交代"], True, ["特首办逾时未覆 有违《公开资料守则》 议员要求交代"]),
    (["深化种业改革鼓励人才和成果在科研机", "构、企业之间流动起来让种业供给和需求合拍"], True, ["深化种业改革鼓励人才和成果在科研机构、企业之间流动起来让种业供给和需求合拍"]),
    # in a block the extractor kept apart a headline wrapped at a phrase runs wider after a short
    # first line; a place or a body named over a wider line is still its kicker
    (["一季度", "涉农中长期贷款增长加快"], False, ["一季度涉农中长期贷款增长加快"]),
    (["内蒙古", "推进边境经济合作先导区建设"], False, ["内蒙古", "推进边境经济合作先导区建设"]),
    # ... a body named in two words too, and the name on the first line over a headline of two
    (["质检总局", "去年查获外来有害生物一百万次"], False, ["质检总局", "去年查获外来有害生物一百万次"]),
    (["广东", "推选代表全覆盖", "集思广益共参与"], False, ["广东", "推选代表全覆盖集思广益共参与"]),
    # a phrase that opens on a place is no name
    (["贵州在", "农村集体产权制度改革试点工作中"], False, ["贵州在农村集体产权制度改革试点工作中"]),
    # nor one as long as the line under it, its column tag aside: a headline's two halves
    (["心系长江", "守护生态（代表委员履职纪实）"], False, ["心系长江守护生态（代表委员履职纪实）"]),
    # a rare compound across the join ("执法违法") is no word the wrap cut
    (["监察加强日常执法", "违法占用耕地，严查！（政策解读）"], True, ["监察加强日常执法", "违法占用耕地，严查！（政策解读）"]),
    # a photo credit a narrow box wrapped is one line of text, however wide its last line runs
    (["赵某", "陈", "刚摄影报道"], True, ["赵某陈刚摄影报道"]),
    # a deck in spaced phrases opens a phrase of its own: a word read across the join ("看守") is chance
    (["新春好戏先看", "守正出新 科技赋能 全网传播"], True, ["新春好戏先看", "守正出新 科技赋能 全网传播"]),
]


@pytest.mark.parametrize(("joined", "unbroken", "titles"), JOINED)
def test_a_title_unit_is_parted_where_no_wrap_could_join_it(joined: list[str], unbroken: bool, titles: list[str]) -> None:
    run = tuple(lines(*joined))
    parts = line_by_line(Piece("title", list(run), Unit(run, 28, False, False)), DEFAULT, unbroken)
    assert [part.text for part in parts] == titles
    assert [line for part in parts for line in part.lines] == list(run)  # no line lost or moved
    assert all(not part.unit.opens_block for part in parts[1:])


def test_a_kicker_and_headline_set_wider_than_the_column_are_two_titles() -> None:
    """An extractor without blank lines: both title lines outrun the 14-character column, so
    the unwrapper's widths join them; the lower one running wider parts them again."""
    prose = "据介绍，这一平台汇集了全省各地的信息资源，群众办事更加方便快捷，企业开办时间大幅缩短。" * 12
    wrapped = [prose[start : start + 14] for start in range(0, len(prose), 14)]
    run = ["全市推进营商环境改革，持续优化服务", "今年已办结各类“一网通办”审批事项一万余件"]
    page = "\n".join(wrapped[:45] + run + ["本报杭州3月24日电（记者王珂）"] + wrapped[:40]) + "\n"
    assert title_texts(page) == run


def test_a_kicker_grouped_with_its_headline_between_blank_lines_is_a_title_of_its_own() -> None:
    """An extractor that groups a kicker with its headline (pdfminer): a dash closes the kicker."""
    prose = "\n".join(["据介绍，这一平台汇集了全省各地的信息资源，", "群众办事更加方便快捷。"] * 3)
    run = ["从业二十年来，守着一方小小药铺，王大夫——", "医者仁心 不负乡亲"]
    page = "\n\n".join([prose, "\n".join(run), "■本报记者 王珂", prose]) + "\n"
    assert title_texts(page) == run


@pytest.mark.parametrize(
    ("block", "titles"),
    [
        (["质检总局", "去年查获外来有害生物一百万次"], ["质检总局", "去年查获外来有害生物一百万次"]),
        (["中央国家机关", "部门机关党委书记专题培训班开班"], ["中央国家机关", "部门机关党委书记专题培训班开班"]),
        (["一季度", "涉农中长期贷款增长加快"], ["一季度涉农中长期贷款增长加快"]),
    ],
)
def test_a_body_named_over_its_headline_in_one_block_is_its_kicker(block: list[str], titles: list[str]) -> None:
    """An extractor that groups a kicker with its headline (pdfminer): a place or a body named in
    a word or two over a wider line is a label of its own; a headline wrapped at a phrase stays one."""
    prose = "\n".join(["据介绍，这一平台汇集了全省各地的信息资源，", "群众办事更加方便快捷。"] * 3)
    page = "\n\n".join([prose, "\n".join(block), "■本报记者 王珂", prose]) + "\n"
    assert title_texts(page) == titles


def test_title_lines_printed_one_by_one_after_the_text_join_only_where_a_wrap_is_sure() -> None:
    """An extractor without blank lines sets the titles after a long block's text apart line by
    line (`cleanup.unbroken`): a headline it cut in two is one title again, a kicker stays apart,
    and a run longer than one headline block is the page's headlines, read line by line."""
    block = ["科考船队将开展四项", "深海实验试验", "国办印发《意见》"]
    assert title_texts("\n".join([PROSE] * 70 + block) + "\n") == ["科考船队将开展四项深海实验试验", "国办印发《意见》"]
    pooled = [*block, "发展农村电商助力乡村振兴", "某国元首将于下周来华访问"]
    assert title_texts("\n".join([PROSE] * 70 + pooled) + "\n") == pooled


@pytest.mark.parametrize(
    ("upper", "lower", "wraps"),
    [
        ("科考船队将开展四项", "深海实验试验", True),  # a headline cut in two
        ("四川", "将投30亿元改善山区交通", False),  # a place over its headline
        ("山里有个养蜂村，家家摆着新蜂箱，户户卖蜜有进账", "养蜂又赚钱 村民笑开颜", False),  # a kicker over its headline
        ("推动城乡融合发展的一把钥匙（大家手笔）", "深海实验试验", False),  # a column tag closes a headline
    ],
)
def test_a_title_line_surely_wraps_on_only_where_the_signals_are_sure(upper: str, lower: str, wraps: bool) -> None:
    assert wraps_on_for_sure(lines(upper), lines(lower, first=2)) is wraps


# (an in-body title's lines, the column's width in cells, the intertitles they print)
INTERTITLES = [
    # a line wider than the one above it: the upper one was not filled by a wrap
    (["一桌好菜背后：", "“菜篮子”工程二十年"], 34, ["一桌好菜背后：", "“菜篮子”工程二十年"]),
    (["守住耕地红线", "高标准农田三年新增两千万亩"], 34, ["守住耕地红线", "高标准农田三年新增两千万亩"]),
    (["守住耕地红线", "高标准农田三年新增两千万亩", "种粮农民收入稳中有升"], 34, ["守住耕地红线", "高标准农田三年新增两千万亩种粮农民收入稳中有升"]),
    # an intertitle wrapped greedily: its lower line runs no wider, or a word runs across
    (["以科技创新为引领，加快培育新", "质生产力"], 34, ["以科技创新为引领，加快培育新质生产力"]),
    (["新型农业经营主体", "带动小农户闯市场"], 34, ["新型农业经营主体带动小农户闯市场"]),
    # a clause mark leads into the line under it
    (["产销对接、精深加工，", "延长产业链条增加农民收入"], 34, ["产销对接、精深加工，延长产业链条增加农民收入"]),
    # a line as wide as the column is text: a lead paragraph's first line lost its indent
    (["深化农业科技体制改革，鼓励人才在", "科研院所、企业之间流动起来，让成果"], 36, ["深化农业科技体制改革，鼓励人才在科研院所、企业之间流动起来，让成果"]),
    # a Hong Kong intertitle prints its spaced halves a line each
    (["啟動清盤程序", "停運時銷毀全部會員資料"], 34, ["啟動清盤程序停運時銷毀全部會員資料"]),
    # a page that prints a paragraph to a line shows no column: its title runs are parted before
    (["守住耕地红线", "高标准农田三年新增两千万亩"], 0, ["守住耕地红线高标准农田三年新增两千万亩"]),
    # a bulleted list's entries, each a part of its own, in traditional text as in simplified
    (["求助要點：", "⚫家中長者行動不便，", "需要專人照顧", "⚫每周覆診兩次"], 34, ["求助要點：", "⚫家中長者行動不便，需要專人照顧", "⚫每周覆診兩次"]),
    (["⚫新建社区食堂", "⚫开通助老热线"], 34, ["⚫新建社区食堂", "⚫开通助老热线"]),
    # a transliterated name's dot the wrap carried to a line's start opens no entry
    (["對話美國作家約翰", "•史密斯"], 34, ["對話美國作家約翰•史密斯"]),
]


@pytest.mark.parametrize(("printed", "column", "intertitles"), INTERTITLES)
def test_an_in_body_title_is_parted_into_the_intertitles_it_prints(printed: list[str], column: int, intertitles: list[str]) -> None:
    parts = intertitles_parted(lines(*printed), column)
    assert ["".join(line.text for line in part) for part in parts] == intertitles
    assert [line for part in parts for line in part] == lines(*printed)  # no line lost or moved


def test_two_intertitles_one_over_the_other_without_blank_lines_are_two() -> None:
    """A feature story in a dump without blank lines: the two intertitles are two, the text
    around them paragraphs of its own."""
    paragraphs = [
        "据介绍，这一平台汇集了全省各地的信息资源，群众办事更加方便快捷，企业开办时间大幅缩短，审批事项全部网上可办。",
        "记者在服务大厅看到，前来办事的群众排起了长队，工作人员耐心地一一解答，不少事项当场就能办结。",
        "今年以来，全省新增高标准农田一百多万亩，粮食播种面积稳中有增，种粮农民的积极性明显提高。",
    ] * 4
    text = [line for paragraph in paragraphs for line in (paragraph[:16], *(paragraph[at : at + 18] for at in range(16, len(paragraph), 18)))]
    page = "\n".join(["本报杭州3月24日电（记者王珂）" + text[0], *text[1:], "守住耕地红线", "高标准农田三年新增两千万亩", *text]) + "\n"
    body = reconstruct(page).articles[0].body
    assert [part.text for part in body if part.kind == "h"] == ["守住耕地红线", "高标准农田三年新增两千万亩"]
    assert sum(part.kind == "p" for part in body) == 2 * len(paragraphs)



def kinds(page: str) -> list[tuple[str, str]]:
    prepared = prepare(page)
    pieces = tidy(classify_all(prepared.units, banner_lines(prepared.edits)))
    return [(piece.kind, piece.text) for piece in pieces if PROSE not in piece.text]


NEXT = ["■本报记者 王珂"] + [PROSE] * 30


@pytest.mark.parametrize(
    ("run", "after", "sign_off"),
    [
        (["本报记者", "王 明整理", "稳住外贸基本盘"], NEXT, "本报记者王 明整理"),  # in the block, over the next headline
        (["本报记者", "李", "明整理", "稳住外贸基本盘"], NEXT, "本报记者李明整理"),  # the wrap cut a name
        (["本报记者", "王 明整理", "稳住外贸基本盘"], [], "本报记者王 明整理"),  # after the text, set apart line by line
        (["本报记者", "李", "明整理", "稳住外贸基本盘"], [], "本报记者李明整理"),
        (["本报记者 王明整理", "稳住外贸", "基本盘"], NEXT, "本报记者 王明整理"),  # its line joined to the headline's
    ],
)
def test_a_sign_off_printed_as_title_lines_is_the_last_line_of_its_text(run: list[str], after: list[str], sign_off: str) -> None:
    assert kinds("\n".join([PROSE] * 70 + run + after) + "\n")[:2] == [("body", sign_off), ("title", "稳住外贸基本盘")]


def test_names_that_end_on_no_compiling_are_no_sign_off() -> None:
    page = "\n".join([PROSE] * 70 + ["本报记者", "王 明", "稳住外贸基本盘", "■本报记者 王珂"] + [PROSE] * 30) + "\n"
    assert [kind for kind, _ in kinds(page)][:1] == ["title"]


def test_a_reference_whose_bracket_the_wrap_left_open_runs_on_to_the_line_that_closes_it() -> None:
    run = ["图片来源：《青山县历代名人", "画像集》", "稳住外贸基本盘"]
    page = "\n".join([PROSE] * 70 + run + NEXT) + "\n"
    assert kinds(page)[:2] == [("title", "图片来源：《青山县历代名人画像集》"), ("title", "稳住外贸基本盘")]



@pytest.mark.parametrize(
    "run",
    [
        ["服务群众", "办好实事（强基础", "促发展", "惠民生·深入开展", "“心系群众、服务群众”", "主题活动）"],
        ["服务群众", "办好实事（强基础", "促发展", "“心系群众、服务群众”", "主题活动）"],
    ],
)
def test_the_rest_of_a_column_tag_the_title_left_open_is_title(run: list[str]) -> None:
    """A title's column tag wrapped a few words a line: its last lines, quoted words that read
    as a paragraph of text, close the bracket the title opened, and belong to it."""
    page = "\n".join([PROSE] * 70 + run + NEXT) + "\n"
    assert kinds(page)[:2] == [("title", "".join(run)), ("byline", "■本报记者 王珂")]
