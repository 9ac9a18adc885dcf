"""Shapes of printed lines (`cleanup.shapes`, `cleanup.unbroken`) and breaks inside a block (`cleanup.breaks`)."""

from __future__ import annotations

import pytest

from cleanup.breaks import breaks_after, intertitle_start
from cleanup.lines import Line
from cleanup.shapes import (
    closed_at_block_end,
    hangs_under_title,
    is_credit_line,
    is_deck,
    is_unmarked_byline,
    looks_like_title,
    opens_a_turn,
    printed_in_two_halves,
    set_across_columns,
    stacked_question,
    starts_own_unit,
    wrapped_as_prose,
)
from cleanup.unbroken import (
    deck_ends,
    heads_a_byline,
    heads_a_dateline,
    heads_a_deck,
    heads_the_page,
    stands_apart_as_title,
    trailing_titles,
)


def lines(*texts: str) -> list[Line]:
    return [Line(number, text) for number, text in enumerate(texts, start=1)]


TITLES = [
    (["强化政治担当", "聚焦核心任务"], True),
    (["党建“联”盟 青春“合”力"], True),
    (["私搭乱建，严管！（城市观察）"], True),
    (["【乡村好物】"], True),
    (["来，让我们一起“看星识路”（科普园地）"], True),
    # a headline an extractor cut into short lines, its long column tag among them
    (["坚持问题导向", "真抓实干解决难题（学思想", "强党性", "重实践", "建新功·深入开展“学党史、", "办实事”主题活动系列报道）"], True),
    # one long line whose only clause mark stands in its column tag, and one with its own
    (["坚持问题导向 真抓实干解决难题（学思想 强党性 重实践 建新功·深入开展“学党史、办实事”主题活动）"], True),
    (["坚持问题导向，真抓实干解决难题（学思想 强党性 重实践 建新功·深入开展“学党史、办实事”主题活动）"], False),
    # sentences, clauses and printed marks of other kinds
    (["市委坚持以党的政治建设为统领，履行全面从严治党主体责任。"], False),
    (["履行全面从严治党主体责任，"], False),
    (["大中型运输机执行紧急大空运任务；"], False),  # an entry of a list, not a title
    (["2019年新河村每户分红3100元。先富者比以前"], False),  # a full stop inside: prose
    (["这是“城南双雄”在"], False),  # stops on a linking word
    (["（刘明 杨华）"], False),  # a sign-off
    (["本报济宁11月26日讯（记者 王珂）"], False),
    (["（下转2版A）"], False),
    (["“我独自走过山岗，", "像一阵风"], False),  # lines that leave a quotation open: a poem quoted in the text
    (["“放管服”推动营", "商环境持续优化"], True),  # the quotation closes: a title
    (["「例如某某，他當時（80年代）"], False),  # one line leaves it open: a column jump cut a quotation
    (["“我独自走山路，像一片叶"], False),  # a poem's first line, however its brackets end
    # a headline's last line long only by its series' column tag, and a line long by its own words
    (["山坡披绿果满枝", "白墙灰瓦新房起（某某某某专栏——来自某地某某乡村的精准脱贫故事）"], True),
    (["山坡披绿果满枝", "白墙灰瓦的新房一栋接着一栋建了起来，村里的产业也一年比一年兴旺（某地）"], False),
    (["白墙灰瓦新房起（某某某某专栏——来自某地某某乡村的精准脱贫故事）", "山坡披绿果满枝"], False),
]


@pytest.mark.parametrize(("texts", "title"), TITLES)
def test_title_shape(texts: list[str], title: bool) -> None:
    assert looks_like_title(lines(*texts)) is title


@pytest.mark.parametrize(
    ("text", "deck"),
    [
        ("——访市委书记林红玉", True),
        ("——在全省乡村振兴工作会议上的讲话（2019年3月25日，太原）", True),
        ("——山区小镇。1962年出生在石桥村的王建国", False),  # a dash the wrap carried, prose
        ("——石桥村村支书王建国说，我们", False),
        ("——", False),  # a dash alone: the wrap carried it off the sentence above
        ("——（2019年3月25日某某委员会第五次会议通过）", True),  # a deck that is all a bracketed note is no dash alone
        ("访市委书记林红玉", False),
    ],
)
def test_deck_shape(text: str, deck: bool) -> None:
    assert is_deck(Line(1, text)) is deck


@pytest.mark.parametrize(
    ("previous", "text", "column", "deck"),
    [
        # Set wider than a column of 13 characters (26 cells) under a title line: a deck, clauses and all.
        ("第三届城乡发展论坛开幕", "——强调建设四大合作平台和三大协商机制，推动城乡迈向融合发展时代", 26, True),
        # The wrap carried a dash to a line of the column's width: prose.
        ("览内容层次的安排有了新的理解和认识", "——欣赏是不分大小的，一首短诗、一", 34, False),
        ("“办”得还挺让村里人满意", "——2015年，石桥村被评为全省", 28, False),
        # Wide, but under a line of prose.
        ("展出的作品越来越多，如此看重", "——强调建设四大合作平台和三大协商机制，推动城乡迈向融合发展时代", 26, False),
        # Wide and under a title, but the clause runs on: prose.
        ("第三届城乡发展论坛开幕", "——强调建设四大合作平台和三大协商机制，推动城乡迈向融合发展时代，", 26, False),
        # Wide and under a title, the story summed up in sentences: a deck.
        ("某国元首同某国领导人举行会谈", "——某国元首：愿加强沟通，深化互信。某国领导人：期待在能源领域开展合作。", 26, True),
        # The same sentences under a line of prose: a paragraph a dash opens.
        ("两国元首共同见证了合作文件的签署，", "——某国元首：愿加强沟通，深化互信。某国领导人：期待在能源领域开展合作。", 26, False),
    ],
)
def test_deck_under_title(previous: str, text: str, column: int, deck: bool) -> None:
    line = Line(2, text)
    hangs = hangs_under_title(line, Line(1, previous), column)
    assert is_deck(line, hangs, sums_up=hangs) is deck


@pytest.mark.parametrize(
    ("under_title", "sums_up", "deck"),
    [
        (False, True, True),  # set wider than the column under a title: a deck whatever stops it holds
        (True, False, False),  # known only to stand under a title (a block without blank lines): sentences are prose
        (False, False, False),
    ],
)
def test_a_deck_of_sentences_needs_its_width_under_a_title(under_title: bool, sums_up: bool, deck: bool) -> None:
    assert is_deck(Line(2, "——经济运行稳中有进。地区生产总值增长六点五个百分点。"), under_title, sums_up) is deck


@pytest.mark.parametrize(
    ("text", "credit"),
    [("■新华社记者 张志强 摄", True), ("■本报记者 王珂 摄影报道", False), ("■本报记者 王珂", False)],
)
def test_photo_credit_line(text: str, credit: bool) -> None:
    assert is_credit_line(Line(1, text)) is credit


COLUMN = 36
# (line, the line after it, is that the block's last line, does a paragraph end between them)
BREAKS = [
    ("近年来，市直机关各级党组织和广大党", "员干部在市委的坚强领导下，注重发挥", False, False),  # cut by the wrap
    ("机关建设为主抓手。", "市委坚持以党的政治建设为统领，履行", False, True),  # short line, sentence over
    ("出台了中共济宁市委《关于加强新时代。", "全面从严治党主体责任，高度重视机关党的", False, False),  # full line, next not indented
    ("出台了中共济宁市委《关于加强新时代。", "市委坚持以党的政治建设为统领，履", False, True),  # full line, next indented
    ("地处山西省重点贫困地区，位于汾河", "——汾河谷地的王建国从小家境贫寒，但", False, False),  # a dash carried by the wrap
    ("走田间地头，到农户家去，走群众路线", "——记市委书记王明主持召开基层代表座谈会并发表重要讲话", False, True),  # far wider: a deck
    ("第127届广交会首次网上举行", "——将举办约60场新品发布活动", True, True),  # a deck ends its block
    ("推进模范机关建设", "■本报记者 王珂", True, True),
    ("为秋季的播种做好准备。■新华社记者 张", "志强 摄", True, False),  # a credit the wrap cut before 摄
    ("■李华 王明 赵敏 摄影报", "道", True, False),  # a photo report's byline cut inside its last word
    ("■本报记者 王珂", "近年来，市直机关各级党组织和广大党", False, True),  # a byline ends its line
    ("■有人把环保监管比作猫捉老鼠，目前企", "业环境违法比例居高不下，可谓环保监管", False, False),  # an editor's lede the mark opens
    ("■有人把环保监管比作猫捉老鼠。", "业环境违法比例居高不下，可谓环保监管", False, True),  # ... not once its sentence ends
    ("■每年到了春耕时节村子里的男女老", "少都会下田，帮着各家各户抢种抢收", False, False),  # ... its first clause cut, a word running on
    ("■本报记者马小明李华周翰博谢亚", "宏", False, True),  # ... not a reporter's byline (its names join it later)
    ("■两国签署的这项协定对地区局势的稳定", "具有深远影响，受到各方欢迎。", False, False),  # ... unspaced and longer than two names
    ("■李华", "具有深远影响，受到各方欢迎。", False, True),  # ... where one name is a byline
    ("（作者为省社会科学院发展战", "略与区域政策研究中心主任）（下转2版）", False, False),
    ("更可持续。（下转14版B）", "谷雨将至，浙江省安吉县满山茶园青翠", False, True),  # a jump line closes its paragraph
    ("攻坚排头兵", "脱贫关键在“头羊”。达州市委提", False, True),  # an intertitle's last line, a paragraph under it
    ("攻坚排头兵", "脱贫关键在“头羊”。达州市委提", True, False),  # ... unless that line is all there is
    ("省体育总局宣传处副处长王明远", "认为，鼓励普通市民参与运动会，就", False, False),  # a paragraph's own first line
    ("当时的青山村，贫困发生率高达", "95%。看到周围乡亲种地买不起种子", False, False),  # short of the next by an indent
    ("两人四次会面，通常在午膳时讨论的议题：", "「（a）有关为司法机构提供资源的事项", False, True),  # a list's first entry
    ("法院的司法管辖权金额限制；及", "（c）司法机构和市民共同关注的事项，", False, True),  # and its next
    ("坚持预防查处并重、坚持科技创新支撑；", "二是推动源头防控，变被动为主动，", False, False),  # "二是" runs on
    ("好种子为啥难求？", "（话说新农村）", False, False),  # a column tag closes the title above it
    ("谢谢大家！", "（新华社青山3月25日电）", False, True),  # a speech's source closes its text
    ("幸福美满！", "（作者为某市文联主席）", False, True),  # an author's note closes the text: no title's tag
    ("案件編號：", "HCCC147/2021", False, False),  # a reference's label runs on into its code
    ("出台了中共济宁市委《关于加强新时代。", "记者：全面从严治党主体责任，高度重视", False, True),  # a turn of an exchange
    ("出台了中共济宁市委《关于加强新时代？", "李：对，我没有在那个时候进行电话调查", False, True),  # ... who speaks it, one character
    ("大家下工地，和大伙一起挖了一天排水沟。", "村民劝他：“李书记，去荫凉处歇一歇吧，", False, False),  # narration: who is spoken to
    ("打压议员的言论及议事空间，影响议事。", "梁君彦指：「我已经作出裁决，议员必须遵", False, False),  # ... a verb of saying
    ("城市更新的根本动因和现实考量", "记者：近年来，各地纷纷推进旧城", False, True),  # an intertitle over a turn, however long
    ("老街改造带动旅游、餐饮、文创", "记者：近年来，各地纷纷推进旧城", False, True),  # ... one that lists with 、
    ("学城项目办起临街店面，每年每户", "收入暴增：村民集资入股，到去年", False, False),  # a sentence's clauses run on
    ("深入贯彻落实新发展理念推动高质量发展取得新成效", "面对新形势新任务各地区各部门积极", False, True),  # a banner wider than the column
    ("面对新形势新任务各地区各部门积极", "作为，推动各项工作取得新进展，", False, False),  # ... not a line of the text's wrap
    ("出台了中共济宁市委《关于加强新时代。", "江宏景摄", True, True),  # a photo story's credit without its "■"
    ("出台了中共济宁市委《关于加强新时代。", "本报记者 贺 勇摄", False, True),
    ("出台了中共济宁市委《关于加强新时代。", "由记者拍摄", True, False),  # a clause that ends on the verb
    ("的歌声在谷里回荡；", "祠堂前的大晒场另一头搭着戏台，高", False, True),  # a series' clause left short, an indent under it
    ("的歌声在谷里回荡；", "祠堂前的大晒场另一头搭着戏台，高腔戏", False, False),  # ... not over a full line
    ("山与水融为一体的歌声在谷里回荡；", "祠堂前的大晒场另一头搭着戏台，高", False, False),  # ... nor an indent short itself
]


@pytest.mark.parametrize(
    ("text", "turn"),
    [
        ("记者：这段日子以来，一些偏远乡", True),  # who asks
        ("陳大文法官：我不太明", True),  # a name and a post
        ("問：你有沒有進行任何電話調查", True),  # one character asks or answers
        ("李：對，我沒有。", True),
        ("他告诉记者：“今年的收成不错。”", False),  # narration that reports speech
        ("他补充：“设备下月到货。”", False),  # a pronoun and its verb, whatever the verb: narration
        ("我方代表：同意对方的提议。", True),  # a role that opens on a pronoun's character: a speaker
        ("郑玄注：“罍，", False),
        ("村民劝他：“李书记，", False),  # ... and whom it is said to
        ("今年的工作重点：一是稳增长，", False),  # a label longer than a speaker's
        ("记者：", False),  # a label with nothing after it on its line
    ],
)
def test_a_turn_of_an_exchange(text: str, turn: bool) -> None:
    assert opens_a_turn(text) is turn


@pytest.mark.parametrize(("line", "following", "following_is_last", "breaks"), BREAKS)
def test_breaks_inside_a_block(line: str, following: str, following_is_last: bool, breaks: bool) -> None:
    assert breaks_after(Line(2, line), Line(3, following), COLUMN, False, following_is_last) is breaks


@pytest.mark.parametrize(
    ("following", "breaks"),
    [
        ("省政府办公厅近日转发了文旅厅、工业", False),  # the text it dates, short of a wide measure
        ("■本报记者 王珂", True),  # a byline under it still stands apart
    ],
)
def test_a_dateline_alone_on_its_line_opens_the_text_under_it(following: str, breaks: bool) -> None:
    dateline, under = Line(2, "本报南京3月24日电（记者王明）"), Line(4, "和信息化厅、财政厅共同印发的")
    assert breaks_after(dateline, Line(3, following), 54, False, False, under=under) is breaks


@pytest.mark.parametrize(("opens_block", "breaks"), [(False, False), (True, True)])
def test_a_dash_closing_a_block_under_prose_was_carried_by_the_wrap(opens_block: bool, breaks: bool) -> None:
    """Under a full line of the prose its block began with, a "——" line closing the block is
    the wrap's (a list set off by a dash); a full line that opens its block may be a title."""
    line, following = Line(2, "摊位不大，摆满了各种五颜六色的小商品"), Line(3, "——木雕、竹编、土布、陶器和玻璃")
    assert breaks_after(line, following, COLUMN, False, True, opens_block=opens_block) is breaks


@pytest.mark.parametrize(
    ("following", "under", "breaks"),
    [
        # a title as wide as the column, and its column tag under it, after a finished sentence
        ("来，让我们一起在春天里“观云识天”", "（绿色焦点）", True),
        ("小麦种好了咋能卖得好价钱，农民心里有了底", "（话说新农村）", True),
        ("全面从严治党主体责任，高度重视机关党的", "（下转2版）", False),  # a jump line closes the text itself
        ("全面从严治党主体责任，高度重视机关党的", "（新华社北京3月25日电）", False),  # ... and so does a source
        ("全面从严治党主体责任，高度重视机关党的", "建设，推动机关党建工作走在前列。", False),  # prose runs on
    ],
)
def test_a_title_over_its_column_tag_opens_after_a_finished_sentence(following: str, under: str, breaks: bool) -> None:
    line = Line(2, "出台了中共济宁市委《关于加强新时代。")
    assert breaks_after(line, Line(3, following), COLUMN, False, False, under=Line(4, under)) is breaks


@pytest.mark.parametrize(
    ("under", "breaks"),
    [
        ("Wi-Fi设备的安装工作。", False),  # the Latin word did not fit on the line above: pushed down whole
        ("无线网络设备的安装工作。", True),  # nothing pushed: the line is an indent short, a paragraph's first
    ],
)
def test_a_line_short_by_what_the_wrap_pushed_under_it_opens_no_paragraph(under: str, breaks: bool) -> None:
    line, following = Line(2, "县里拨付专项资金，支持实施这项工作。"), Line(3, "目前，各个乡镇已完成首批免费安装")
    assert breaks_after(line, following, COLUMN, False, False, under=Line(4, under)) is breaks


@pytest.mark.parametrize(("opens_block", "breaks"), [(True, False), (False, True)])
def test_a_sentence_ending_an_indent_short_on_the_first_line_after_the_blank_ends_no_paragraph(opens_block: bool, breaks: bool) -> None:
    """The first line after the blank falls short by its lost indent alone: that a sentence ends
    there and the line under it falls short too tells no one-line paragraph. Inside a block, where
    no blank says a paragraph opened, the two short lines still part."""
    line, following, under = Line(2, "村里的庙会为何越办越受人们欢迎？"), Line(3, "答案就藏在一个个细节的里面。"), Line(4, "由于从外地回乡过年的年轻人越来越多了，")
    assert breaks_after(line, following, COLUMN, False, False, opens_block=opens_block, under=under) is breaks


def test_a_block_that_opens_on_a_short_line_is_no_intertitle() -> None:
    """A caption set in a narrower measure than the column around it opens on a short line."""
    assert not breaks_after(Line(1, "在4月23日第三十二个全民"), Line(2, "阅读日到来之际，各地开展形式多"), COLUMN, False, False, opens_block=True)


BODY = ["今年以来，各地有关部门紧紧围绕迎接全会召", "开这条主线，办成了一批群众关心的实事和好", "事，取得了十分明显的成效。"] * 20
TITLES = ["全力为乡村振兴提供人才支撑", "省政府印发《方案》", "加快发展农产品冷链物流"]


@pytest.mark.parametrize(
    ("texts", "start"),
    [
        (BODY + TITLES, len(BODY)),  # a page's headlines printed together after its text
        (BODY + ["江宏景摄"] + TITLES, len(BODY) + 1),  # after a photo story's credit
        (BODY + TITLES[:2], len(BODY) + 2),  # two title lines: not enough to tell
        (BODY[:30] + TITLES, 33),  # a short block: its blank lines were printed
        (BODY[:-1] + TITLES, len(BODY) - 1 + 3),  # the text before does not end: no run
        # a deck as wide as the text, its quote left open for the line that closes it
        (BODY + ["从业三十年来，他在县城建起千栋“诚信大", "厦”，他说——"] + TITLES, len(BODY)),
    ],
    ids=["after-text", "after-credit", "two-lines", "short-block", "open-text", "open-quote-deck"],
)
def test_titles_closing_a_long_block(texts: list[str], start: int) -> None:
    assert trailing_titles([Line(number, text) for number, text in enumerate(texts, start=1)]) == start


@pytest.mark.parametrize(
    ("line", "following", "heads"),
    [
        ("山西将逐步提高农村供水保障率", ["本报太原4月22日电（记", "者李明）记者从山西省水利厅获"], True),
        ("外交部长会见来访的非盟代表团", ["新华社亚的斯亚贝巴3月23", "日电 3月23日，外交部长"], True),
        ("据悉，目前全省已有", ["本报太原4月22日电（记", "者李明）"], False),  # prose that runs on
        ("打造“绿色通道、便民窗口”服务品牌", ["本报济宁讯（通讯员 王", "明）今年以来，全市"], True),  # a quoted name's mark
        ("据悉，“绿色通道”已有", ["本报济宁讯（通讯员 王", "明）今年以来，全市"], False),  # a comma outside the quote
        ("山西将逐步提高农村供水保障率", ["记者从山西省水利厅获悉：", "山西省水利厅日前印发"], False),  # no dateline
        ("扎根山村二十年，修起一条致富路，李春生——", ["本报北京3月24日电（记", "者王明）中国人民银行"], True),  # a kicker naming its subject
        ("据悉，目前全省已有——", ["本报太原4月22日电（记", "者李明）"], True),  # the dash closes a title, not prose
    ],
)
def test_a_title_line_run_into_its_dateline(line: str, following: list[str], heads: bool) -> None:
    assert heads_a_dateline(Line(1, line), [Line(2 + index, text) for index, text in enumerate(following)]) is heads


@pytest.mark.parametrize(
    ("line", "after_title", "heads"),
    [
        ("致富，他们走出一条新路", True, True),  # under a title line: the headline block's last line
        ("致富，他们走出一条新路", False, False),  # alone, a short clause first reads as prose ("据悉，")
        ("致富，他们走出一条新路。", True, False),  # a sentence: the text before the dateline ended
        ("致富，村里变了样主要是由于", True, False),  # a line that stops on a linking word runs on
    ],
)
def test_a_line_under_a_title_run_into_a_dateline_closes_the_headline(line: str, after_title: bool, heads: bool) -> None:
    following = [Line(2, "本报北京3月24日电（记"), Line(3, "者王明）今年以来，各地")]
    assert heads_a_dateline(Line(1, line), following, after_title=lambda: after_title) is heads


@pytest.mark.parametrize(
    ("text", "column", "across"),
    [
        ("李父求情信：兒在囚中仍常幫助囚友 「真令我和他母親感動不已、內心絞痛，我整夜難眠」", 40, True),
        ("李父求情信：兒在囚中仍常幫助囚友 「真令我和他母親感動不已、內心絞痛，我整夜難眠」", 0, False),  # flat: no measure
        ("李父求情信：兒在囚中仍常幫助囚友 「真令我和他母親感動不已」", 60, False),  # fits the column
        ("信中又指，希望法庭給兒子一個機會，讓他以其所學所長服務社會。", 20, False),  # ends a sentence
        ("信中又指，希望法庭給兒子一個機會。讓他以其所學所長服務社會", 20, False),  # a sentence inside
        ("信中又指，希望法庭給兒子一個機會，讓他以其所學所長服務社會，", 20, False),  # runs on
    ],
)
def test_a_line_set_across_columns(text: str, column: int, across: bool) -> None:
    assert set_across_columns([Line(1, text)], column) is across


@pytest.mark.parametrize(
    ("texts", "column", "prose"),
    [
        # a lede without its stop, wrapped at the column, the wrap cutting "辩证"
        (["多一分冷静面对得失的辩", "证眼光、多一分主动调整节奏", "的实际行动，这对队员和观众", "来说都是明智选择"], 26, True),
        # the same lines in a narrower measure than the column: an intertitle wrapped greedily
        (["多一分冷静面对得失的辩", "证眼光、多一分主动调整节奏", "的实际行动，这对队员和观众", "来说都是明智选择"], 36, False),
        # a headline cut inside "联合国": no clause mark
        (["青山村扶贫经验", "做法首次写进联合", "国有关机构的报告"], 16, False),
        # a kicker in two lines: too few to show a measure
        (["在安全生产工作中，各地多措", "并举激励担当作为——"], 26, False),
        # an intertitle wrapped at the column's own measure, cutting "粮食", reads as prose
        pytest.param(
            ["以问题为导向，稳住粮", "食生产，保持农业发展", "的好势头"],
            20,
            False,
            marks=pytest.mark.xfail(strict=True, reason="no shape tells it from a lede"),
        ),
    ],
)
def test_a_paragraph_wrapped_at_the_column_is_no_title(texts: list[str], column: int, prose: bool) -> None:
    assert wrapped_as_prose([Line(number, text) for number, text in enumerate(texts, start=1)], column) is prose


@pytest.mark.parametrize(
    ("text", "following", "measure", "apart"),
    [
        ("强化政治担当 聚焦核心任务", "市委坚持以党的政治建设为统领，", 40, True),  # short, open: a title
        ("聚焦特色产业 增强发展动力", "“传统手艺是祖辈留下来的", 26, True),  # two halves, as wide as the column
        ("聚焦特色产业增强发展动力", "“传统手艺是祖辈留下来的", 26, False),  # no halves: a wrapped line
        ("全国有2万 多家企业参与", "了这次活动，收效良好。", 26, False),  # a stray space in prose
        ("李父求情信：兒在囚中仍常幫助囚友 「真令我和他母親感動不已、內心絞痛，我整夜難眠」", "姐姐的求情信寫道，", 40, True),
        ("市委坚持以党的政治建设为统领，履行全面", "从严治党主体责任。", 40, False),  # fills its column: prose
        ("的感人故事……", "文字即是记忆。", 40, False),  # ends a sentence: a paragraph's last line
        ("读者在县图书馆阅览室内挑", "选图书。", 40, False),  # a word runs on: a caption's first line
        ("乡土视野中的民间书法", "（艺坛走笔）", 40, False),  # its column tag follows: one title
        ("在回望来路中更好走向未来", "(学习身边榜样系列报道之", 40, False),  # ... wrapped over two lines
        ("供给侧改革", "·我的故事)", 40, False),  # ... whose end the wrap carried down
        ("强化政治担当，", "聚焦核心任务", 40, False),  # a clause runs on
        ("的变化必定带给大家不一样", "的感受。", 40, False),  # the next line opens on a particle that leans on this one
        ("这是老村长常挂在嘴边的一句", "话。", 40, False),  # the next line is the sentence's last word and its stop
        ("十名队员依次为学生王小明", "（19岁）、学生李大刚（20岁）、", 40, False),  # a bracket glosses the line's last word:
        ("报道提到研究这种病的机构", "（ABCD）今年又发现了新的病例，", 40, False),  # an age, a name in letters
        ("三、报名", "（一）报名方法及时间", 40, True),  # a numbered item opens on a bracket: the title stands apart
        ("改造进度", "（截至6月30日）已完成五条老街的改造，", 40, True),  # the dates a label sets out, no gloss
        ("老街焕新颜 居民笑开颜", "（上接1版）改造后的老街保留了青砖", 40, True),  # a jump line under its headline
        ("本报记者", "王明摄", 40, False),  # a credit's title: the name follows
        ("（记者王小婷）省市场监", "管局21日召开新闻发布", 36, False),  # a dateline's reporters, its text going on
        ("·乡村观察", "广东", 40, True),  # a column's label, however short the line under it
        ("深化改革 砥砺前行·记者调查", "“江南风味”的现代演绎", 40, True),  # a series banner over a headline
        # A caption set across columns, its sentence ended on the short line under it.
        ("市的许多农机合作社和农户开始保养农机，为4月份的春播", "做准备。", 34, False),
        # As wide as the next line: a caption wrapped across columns, not a headline.
        ("在全省近海渔业基地之一的青石市青山区石湾渔港，渔民踏上出海航程，众多渔船陆续起航开展",
         "捕鱼作业。图为三月二十三日青山渔港志愿服务队的队员走进码头，登船检查渔船上的设施，为", 40, False),
    ],
)
def test_a_title_line_stands_apart_in_a_block_without_blank_lines(text: str, following: str, measure: int, apart: bool) -> None:
    assert stands_apart_as_title(Line(1, text), Line(2, following), measure) is apart


@pytest.mark.parametrize(
    ("number", "text", "header"),
    [
        (1, "4 2017年4月22日 星期六 人民日报 政治", True),
        (2, "32023 年12月17日 星期日", True),
        (40, "4 2017年4月22日 星期六 人民日报 政治", False),  # far down the page: text
        (1, "2017年4月22日，国务院召开常务会议", False),  # a clause: text
    ],
)
def test_a_dated_line_at_the_top_heads_the_page(number: int, text: str, header: bool) -> None:
    assert heads_the_page(Line(number, text)) is header


@pytest.mark.parametrize(
    ("texts", "question"),
    [
        (["回顧英國", "1992年大選民調失準", "對今日選舉預測有何啟示？"], True),
        (["私搭乱建", "严管！"], True),
        (["重溫本港", "1998年甲黨訴乙黨裁決", "對今日選舉", "之爭有何啟示？"], True),  # two halves, each cut
        (["重溫本港", "2000年", "甲黨訴乙黨裁決", "對今日選舉", "之爭有何啟示？"], True),
        (["全城市民为何在同一个周日不约而同走上街头", "这场游行留下什么启示？"], True),  # wrapped at the measure
        (["这座城市的市民为何在同一个周日走上街头", "不约而同地参加了这场声势浩大的和平游行？"], False),  # the last line fills the measure too: text
        (["全城市民为何在同一个周日不约而同走上街头了", "留下什么启示？"], False),  # wider than the column
        (["一", "二", "三", "四", "五", "六", "七", "八", "九？"], False),  # more lines than a title holds
        (["咋种好玉米？"], False),  # one line: a question asked in the text
        # the last line as wide as the column, but one above it far short: no wrap set them
        (["重溫本港", "1998年甲黨訴乙黨裁決", "對今日本港議會選舉之爭到底又有何啟示？"], True),
        (["各地的农民朋友们今年春天最关心的还是怎", "样才能多打粮食又卖上一个好价钱到底呢？"], False),  # a paragraph that fills the column
        (["土地如何变资本？", "农民因啥成股东？"], False),  # two questions: text
        (["他问道，这些土地如何变资本，", "农民为何成了股东？"], False),  # clauses: text
    ],
)
def test_a_stacked_question_is_a_title(texts: list[str], question: bool) -> None:
    assert stacked_question(lines(*texts), 40) is question


@pytest.mark.parametrize(
    ("texts", "heads"),
    [
        (["件改由另一位法官負責審理。", "運輸署逾期未覆 有違《資訊公開守", "則》", "■記者 陳明"], True),
        (["件改由另一位法官負責", "審理。", "■記者 陳明"], False),  # the paragraph goes on to the byline
        (["件改由另一位法官負責審理。", "■記者 陳明"], False),  # no title between
        (["件改由另一位法官負責審理。", "運輸署未有回覆，記者追問後仍無答覆。", "■記者 陳明"], False),  # prose between
        # a jump line closes the text on the line under it: the title opens after that line
        (["一声啼哭划破了新春的夜。", "对于这一家人来说，（下转4版）", "新春走基层", "■本报记者 陈明"], False),
    ],
)
def test_a_title_run_straight_into_a_byline_heads_it(texts: list[str], heads: bool) -> None:
    first, *following = lines(*texts)
    assert heads_a_byline(first, following) is heads


DECK = "——我市以高质量机关党建推动经济社会高质量发展工作综述"


@pytest.mark.parametrize(
    ("texts", "opens_unit", "heads"),
    [
        # prose cut on a comma (its article goes on elsewhere), then a title over its deck
        (["程。着力培养政治上的“明白人”，", "强化政治担当 聚焦核心任务", DECK], True, True),
        (["的“明白人”，", "强化政治担当", "聚焦核心任务", DECK], False, True),  # the paragraph began above
        # a headline's first lines over its last: one title wrapped, whatever the deck under it
        (["两国总理举行", "第三轮双边总理年度会晤", DECK], False, False),
        (["脱贫，", "他们使出当兵那股劲", DECK], True, False),  # a title's first line may end on a comma
        (["的“明白人”，", "强化政治担当，聚焦核心任务", DECK], False, False),  # a clause under it: prose
        (["的“明白人”，", "强化政治担当", "——各地积极参与"], False, False),  # a dash within the column
    ],
)
def test_a_title_over_its_deck_heads_it_after_prose_cut_on_a_comma(texts: list[str], opens_unit: bool, heads: bool) -> None:
    first, *following = lines(*texts)
    assert heads_a_deck(first, following, 36, opens_unit) is heads


@pytest.mark.parametrize(
    ("line", "opens_unit", "breaks"),
    [
        ("残疾人事务中具有重要影响的组织。", True, False),  # a paragraph's first line, its indent lost
        ("残疾人事务中具有重要影响的组织。", False, True),  # inside a paragraph: it ended there
        ("材料可减少50%，审批环节减少60%。", False, False),  # digits, justified wider than their cells
    ],
)
def test_a_sentence_ending_an_indent_short(line: str, opens_unit: bool, breaks: bool) -> None:
    following = Line(3, "回望本市残疾人事业走过的历程，我看到它")
    assert breaks_after(Line(2, line), following, COLUMN, False, False, opens_unit=opens_unit) is breaks


@pytest.mark.parametrize(
    ("lines", "closed"),
    [
        (["——确保山区留守老人应养尽养"], True),  # a deck
        (["去年分类照护留守老人两万多名", "——确保山区留守老人应养尽养"], True),  # a deck under its title
        (["■本报记者 申少铁"], True),  # a byline
        (["图为村民在采茶。■本报记者 王明摄"], True),  # a caption's credit
        (["之处。曾有位开发商想将", "——竹编篮子、泥塑娃娃、手工", "布鞋、陶瓷器具……既是市民生", "活所需的好地方，也是游客常到"], False),  # a dash inside prose
        (["想将老街买下来改建，被居民联"], False),
        (["——沿海城市积极参与区域一体", "化，创造了“发展奇迹”。改革开放的大幕拉", "开后，沿海城市实现"], False),  # a paragraph opens with a dash
    ],
)
def test_what_closes_a_unit_at_the_end_of_its_block(lines: list[str], closed: bool) -> None:
    assert closed_at_block_end([Line(number, text) for number, text in enumerate(lines, 1)]) is closed


@pytest.mark.parametrize(
    ("deck", "following", "ends"),
    [
        ("——《乡村治理体系及治理能力现代化》简评", "王明远撰著的《乡村治理", True),  # the text starts under it
        ("——确保山区留守老人应养尽养、应助尽助", "本报北京4月21日电（记者王浩）", True),  # a dateline
        ("——在博鳌亚洲论坛年会开幕式上的主旨演讲（2017年", "3月25日，海南博鳌）", False),  # cut inside a bracket
        ("——安徽青石市青山县石桥村", "村民王大新", False),  # a short tail: the deck wrapped
        ("——中央国", "家机关工委部署推进模范机关建设", False),  # cut inside a word
        ("中央国家机关工委部署推进", "模范机关建设，各地认真落实", False),  # no deck
    ],
)
def test_where_a_deck_ends_in_a_block_without_blank_lines(deck: str, following: str, ends: bool) -> None:
    assert deck_ends(Line(1, deck), Line(2, following)) is ends


@pytest.mark.parametrize(
    ("text", "own"),
    [
        ("■本报记者 王明", True),
        ("——记基层代表座谈会", True),
        ("核心阅读", True),  # a box's title, even where no blank line sets it apart
        ("相关链接", True),
        (" 改革进行时", True),  # a line the extractor took from elsewhere
        ("核心阅读的内容是", False),  # prose that begins with the words
        ("两年前，江南某县选拔", False),
    ],
)
def test_lines_that_begin_a_unit_whatever_the_wrap_says(text: str, own: bool) -> None:
    assert starts_own_unit(Line(1, text)) is own


@pytest.mark.parametrize(
    ("texts", "following", "start"),
    [
        (["建设新家园的共同奋斗中。", "走田间地头，到农户家去"], "——记市委书记王明主持召开基层代表座谈会", 1),  # a headline over its deck
        (["建设新家园的共同奋斗", "走田间地头，到农户家去"], "——记市委书记王明主持召开基层代表座谈会", 0),  # no sentence ended above it
        (["建设新家园的共同奋斗中。", "走田间地头，到农户家去"], "记者从青山市委组织部了解到，为了", 0),  # no paragraph opens under it
    ],
)
def test_a_title_closing_a_unit_over_a_deck_is_a_unit_of_its_own(texts: list[str], following: str, start: int) -> None:
    lines = [Line(number, text) for number, text in enumerate(texts, start=1)]
    assert intertitle_start(lines, Line(len(texts) + 1, following), 24) == start


@pytest.mark.parametrize(
    ("text", "following", "apart"),
    [
        # short by more than the indent only because the number opening the next line did not fit
        ("南城区依规给予其临时补助", "12350.50元，另有街道救助3000元整", False),
        ("东坡村的渔民也都连夜为事态", "“降温”。村委会表示，大家都已经", False),  # an opening quote with its character
        ("乡村振兴见成效", "2018年，全县农民收入持续增长，村", True),  # a title: the number would have fitted
        # a kicker over its main headline set wider than the column: no piece the wrap pushed down
        ("人工智能技术走进田间地头", "ChatGPT成了农民种地的新帮手 大棚管理省时省力", True),
        ("人工智能技术走进田间地头", "ChatGPT走进大棚 农民种地有了新帮手", True),  # ... in the column, in spaced parts
    ],
)
def test_a_paragraph_s_first_line_short_by_the_piece_the_wrap_pushed_down_is_no_title(text: str, following: str, apart: bool) -> None:
    assert stands_apart_as_title(Line(1, text), Line(2, following), 33.4) is apart


@pytest.mark.parametrize(
    ("text", "following", "measure_ahead", "apart"),
    [
        # the first lines of a photo story set narrower than the article above: running text
        ("区北关镇小河岸边迎来了", "成群的候鸟。几只白鹭在水", 24, False),
        # titles over a title, or over a wider caption, as wide as the measure read under them
        ("深入学习贯彻省委十五届三次全会精神", "优质种苗从哪里来？", 18, True),
        ("有違《資料守則》", "辯方證人、大學新聞學院院長陳大文。", 16, True),
    ],
)
def test_a_line_that_fills_a_narrower_column_below_is_running_text(text: str, following: str, measure_ahead: int, apart: bool) -> None:
    assert stands_apart_as_title(Line(1, text), Line(2, following), 60, measure_ahead=measure_ahead) is apart


@pytest.mark.parametrize(
    ("text", "byline"),
    [
        ("本报记者 刘传伏 王汝雅", True),  # a byline whose "■" the extractor lost
        ("本报记者 刘传伏 本报通讯员 李超", True),
        ("記者 林勵 實習記者 梁穎欣", True),
        ("本报记者 贺 勇", True),  # a name set wide
        ("本报驻阿根廷记者 周文", True),  # a correspondent's posting names its place
        ("本報駐京記者 陳大文", True),
        ("本报驻地记者了解到", False),  # prose: no space after the title
        ("本报评论员", False),  # no name: left to the title rules
        ("记者了解到", False),  # prose: no space after the title
        ("记者 近日从市政府获悉，全市新建学校十所", False),
        ("本报记者 贺 勇摄", False),  # a photo story's credit
        ("刘传伏 王汝雅", False),  # names alone could be a title
    ],
)
def test_a_byline_without_its_mark(text: str, byline: bool) -> None:
    assert is_unmarked_byline(text) is byline


@pytest.mark.parametrize(
    ("following", "breaks"),
    [
        ("那股清香，至今还在心头萦绕。", False),  # a paragraph's last line: far more end so than hold one line
        ("这位负责人很无奈。", False),
        ("“这位负责人很无奈。”", False),  # a closing quote after the stop
        ("那股清香，至今还在心头萦绕！", False),  # an exclamation or a question ends that last line as often
        ("“还记得那份美味吗？”", False),
        ("李：对，我没有在那个时候。", True),  # a turn of an exchange always does
    ],
)
def test_a_short_line_over_a_paragraphs_first_line_ends_the_paragraph_above(following: str, breaks: bool) -> None:
    """Under a full line that ends on a full stop, a short line that ends on one too, with a
    paragraph's first line (an indent short) under it."""
    line, under = Line(2, "玉米棒还可以在灶边用火烤熟后，慢慢啃食。"), Line(4, "稻田离院子很近，放眼望去，一片青葱碧")
    assert breaks_after(line, Line(3, following), 40, False, False, under=under) is breaks


@pytest.mark.parametrize(
    ("text", "halves"),
    [
        ("5月初售出8萬張門票 逾40場演出爆滿", True),
        ("第3季共售出1萬張 逾40場", True),
        ("本报北京2月1日电 新春佳节来临之际", False),
        ("共有3 000人參加", False),
        ("售出8萬張門票1 逾40場演出", False),  # a figure, not Han, before the space
    ],
)
def test_a_headline_in_two_halves_with_figures(text: str, halves: bool) -> None:
    assert printed_in_two_halves(text) is halves


def test_a_long_line_of_han_and_figures_is_no_pair_of_halves() -> None:
    """A line of Han and figures with no mark that runs to a space at its end is no headline's
    two halves (each half is taken whole, not tried at every split)."""
    assert not printed_in_two_halves("汉1" * 2_000 + " 汉")
