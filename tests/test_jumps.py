"""Across a blank line: column jump or the end of a unit (`cleanup.jumps`), case by case."""

from __future__ import annotations

from dataclasses import replace

import pytest

from cleanup.config import DEFAULT
from cleanup.jumps import (
    JOIN,
    JoinCase,
    join_chance,
    join_features,
    never_joins,
    printed_whole_elsewhere,
    quotes_the_text,
)
from cleanup.lexicon import ends_on_link
from cleanup.lines import Block, Line

COLUMN = 36  # half-width cells: eighteen Han characters


def case(tail: list[str], head: list[str], following: str | None = None, flat: bool = False) -> JoinCase:
    tail_lines = tuple(Line(number, text) for number, text in enumerate(tail, start=1))
    start = len(tail) + 2
    head_block = Block(tuple(Line(number, text) for number, text in enumerate(head, start=start)))
    after = Line(start + len(head) + 1, following) if following else None
    column = 0 if flat else COLUMN
    return JoinCase(tail_lines, head_block, column, column, flat, "", tail_lines, after)


WRAPPED_TAIL = ["市委坚持以党的政治建设为统领，履行全面", "从严治党主体责任，高度重视机关党的建设，"]

# (tail lines, head lines, line after the head block or None, flat page?, joins?)
JOINS = [
    # an article continued on another page stops on a comma; the next article's headline block
    # follows, a title over a title, a dateline or a byline: no sentence runs on into it
    (["每月初，通过公众号发布当月理论学习参考内容和推荐书目，为基层党组织开展学习提供指导。着力培养政治上的“明白人”，"], ["张红旗出席会议并讲话"], "全市基层党建工作座谈会召开", True, False),
    (WRAPPED_TAIL, ["微山“三点发力” 提升党员教育质效"], "本报微山讯（通讯员袁科）今年以来，微山县", False, False),
    (WRAPPED_TAIL, ["兖州：迅速掀起学习贯彻全会精神热潮"], "■本报记者 孙逊", False, False),
    # ... but the rest of a sentence the jump cut, a clause of its own, runs on, and so does a
    # deck broken at its comma, which is no paragraph
    (["每月初，通过公众号发布当月理论学习参考内容和推荐书目，为基层党组织开展学习提供指导。着力培养政治上的“明白人”，"], ["做到学思用贯通"], "知信行统一。", True, True),
    (["山里有个养蜂村，家家摆着新蜂箱，"], ["户户卖蜜有进账"], "养蜂又赚钱 村民笑开颜", True, True),
    # a clause mark at a full column's end: the text runs on into the next column
    (WRAPPED_TAIL, ["定期召开市委常委会会议，听取汇报，研究部", "署机关党建工作。"], None, False, True),
    # a word cut in two across the blank line
    (["深入学习贯彻党的十九大和历次全会精神中央国"], ["家机关工委的部署要求，推进模范机关建设。"], None, False, True),
    # a flat page: one paragraph per line, cut where the column jumped, on a linking word
    (["目前老旧小区的水管管理模式是，由街道办事处与"], ["供水维修服务单位签订合同。入住超过5年的小区，水管保修期已过，必须另出费用。"], None, True, True),
    # a line of prose that fills its column stops on a comma: the text runs on, even into a
    # line that falls short as a paragraph's first line would
    (["近年来，城里老街陆续改造，老店铺越", "来越少，而以新楼居多。东边连着车站，"], ["西至河岸，到处是新开的商铺和餐", "馆，“老街味道”。这时的城区发展呈", "现出新旧交替的样子，老居民也渐渐习", "惯了。"], None, False, True),
    # a title's last line far short of the measure the text after the blank runs in: the list it
    # ends and the list that text opens, or a word leaning across, say nothing of a column jump
    (["改进检查方式，不搞一刀切，侧", "重关注重点部门、重点环节"], ["对于河道整治、清理加油站等任务，有的", "单位把任务全部推给基层，而有审批权的", "部门只负责督导问责。针对这类现象，省", "里提出，落实责任要按照权责一致的原则。"], None, False, False),
    (["村里新建了占地二百多亩的公园，有老年", "广场、儿童乐园、篮球场、门球场，还有", "河道、健身步道"], ["还没下车，只见四只红灯笼高高挂在牌", "匾两边，中间的村名三个大字映入眼帘，", "紧随其后的是平整又干净的水泥马路和一", "排排刷了新漆的农家小院。"], None, False, False),
    # a sentence ends, a short last line: the paragraph is over
    (["全面提升基层党组织守牢底线、服务群众、促进", "发展的能力。"], ["推进党支部标准化规范化建设。深化党支部评", "星定级管理，实现星级评定全覆盖。"], None, False, False),
    # a deck broken at its comma, its first line far short of the second: no column's prose
    (["山里有个茶叶村，", "家家种上新茶苗，户户开起小作坊"], ["湖北省某县渔业农民专业合作社发展立体", "生态养鱼，有十多个品种，深受消费者青睐。"], None, False, False),
    # a title stacked in two lines, the second far longer: no column's prose either
    (["国务院转发", "《关于加快城乡传统建筑保护利用的计划》"], ["近日，城东老街区改造工程全面启动，首批", "十二栋旧楼将在年内完成加固和外立面修缮，", "老街的石板路也将恢复原貌。"], None, False, False),
    # a headline cut at its phrases, its middle lines far short of its last: it heads the
    # caption after it, it does not run on into it
    (["休班警员疑代友寻人涉", "越权入屋", "被控行为失当", "辩方：被告当晚自称警察，上门只为找人"], ["立法会一地两检条例草案委员会开会期间，民主", "派议员讨论相关内容。"], None, False, False),
    # ... but an intertitle the unwrapper ran into its paragraph, whose last word runs on
    # across the blank, goes on there
    (["“青山植物园”“绿水鱼类馆”", "镇馆级标本精品", "展览馆的陈列内容包括一", "个“大地的记忆”主题展和12个专"], ["题展。主题展由序厅、远古之路、标本", "奥秘、山川的形成等部分组成。"], None, False, True),
    # a particle standing as a word opens the line after the blank: it binds to the words
    # before it, even when the paragraph opened with a dash as a deck does
    (["——沿海城市积极参与国际", "合作，走出一条开放发展"], ["的新路子，积累了宝贵的经验。各地根据", "自身条件制定了不同的路线图。"], None, False, True),
    (["——沿海城市积极参与国际", "合作，走出一条开放发展"], ["地方政府根据自身条件制定了不同的路线", "图，积累了宝贵的经验。"], None, False, False),
    # ... but not after a full stop: the next sentence may open on an adverb that leans on the
    # subject it leaves out, and a paragraph may open on it
    (["村口新修了一座石桥，", "乡亲们早就走惯了。"], ["都说山里路难走，如今车子能开到", "家门口，老人们出门也方便了。"], None, False, False),
    # ... nor after a colon that introduces what follows, a clause of its own
    (["今天想跟你聊聊我车间里的老伙计——这台机器的故事："], ["又一个忙碌的早晨。上午八点，车间里已经热闹起来。"], None, True, False),
    # ... nor after a title's line alone between blank lines, short of its column: a byline's
    # name may end on an adverb's character, an intertitle on a word that links
    (["本报记者 王 刚"], ["3月5日，记者来到城东新区的建设工地，", "工人们正在加紧施工，争取早日完工。"], None, False, False),
    (["只要新桥修好在"], ["乡亲们的好日子就有了盼头，大家干劲", "十足，家家户户忙着备耕。"], None, False, False),
    # ... and so does the postposition closing a clause of time, on a page printed a
    # paragraph to a line, after a lead the column jump cut short
    (["法律界人士王明接受查询"], ["时表示，虽然有关变动符合条例，但容许受助人在刑事案件中挑选律师代表，是多年来的惯常做法。"], None, True, True),
    # ... and so does a list parted by slashes that stops on its separator
    (["参考资料：某通讯社 / Example Blog /"], ["Alpha News / Beta Times / Gamma Daily"], None, False, True),
    # ... and so does a word the blank cut in two ("股份" | "化")
    (["发展集体经济的路子找到了", "——土地经营不再零散化而要股份"], ["化、资金使用不再干部拍板而要", "制度决定。"], None, False, True),
    # ... and so does a dash the wrap carried to the start of a column, in prose that runs on
    # ("陶" | "瓷") where no deck would
    (["两侧摆满了各色摊点，店面不大，卖的是本", "地出产的手工艺品，还有农家自制的干货"], ["——竹编篮子、木雕摆件、蓝印花布、陶", "瓷茶具……都是游客爱买的纪念品，", "价钱也公道。"], None, False, True),
    # a line that stops on any preposition or conjunction the dictionary knows waits for more
    (["这套评分办法的依据主要是基于"], ["多年积累的数据，而不是个人的经验。"], None, True, True),
    # a speaker's clause opens the line before the blank, on a flat page: it was cut
    (["研究本地历史的学者都认为，这座古城的城墙"], ["始建于明代初年，后来又经过多次修缮。"], None, True, True),
    # a conjunction that joins two words opens the line after the blank, on a flat page too
    (["为了纪念这位伟大建筑师的百岁寿辰"], ["和他对家乡的贡献，美术馆举办了文献展。"], None, True, True),
    # ... or an adverb that leans on the subject before it
    (["听说新修的文化广场开放了，村里的老人"], ["也都赶来看热闹，广场上一片欢声笑语。"], None, True, True),
    # a flat page's line that ends a sentence and stops on a word of the next: a jump cut it
    (["要推动道德建设的法规文件贯彻落实，" * 12 + "建立长效机制", "观进村入户协调机制。要把道德要求融入社会"], ["治理，探索建立风险评估机制，健全各行各业规章制度，完善市"], None, True, True),
    # ... in its second clause too, or on the closing mark of a name it lists: the sentence goes on
    (["活儿干得漂亮，大家都很满意。师傅带徒弟，很少说教，总是用行动教会年轻人"], ["如何做事，怎样对待手艺。对待手艺从来不含糊的他"], None, True, True),
    (["这类题材此前也有人试过。给人留下印象的就有《北风》"], ["《南雨》等几部，但反响平平。"], None, True, True),
    # ... unless the line after the blank opens a sentence of its own: a paragraph that lost its stop
    (["这样做能少挨几句骂。但这是权宜之举，决非长远发展之计"], ["近日，一则关于两名干部的报道引发热议，评论"], None, True, False),
    # a name on a line of its own heads what is said of that person, even one that ends on a
    # character the dictionary holds as a conjunction ("然")
    (["陈嘉然"], ["律师在9月23日前往看守所，要求会见当事人", "不果。"], None, False, False),
    # a sound said again and again after a finished sentence is a paragraph of its own
    (["工人们在冰面上插好小旗，一条条导线伸向远方。"], ["咚！咚！咚！"], "走在冰面上，脚下不时传来震颤。", True, False),
    # a feature's section number on a line of its own heads the text under it
    (["二"], ["他们收治的病人大多是高龄老人，除了用药之外，还需要精心护理。"], None, True, False),
    (["（三）"], ["对于他来说，眼下最难的，是抢救一名年轻的患者。"], None, True, False),
    # ... not a verb with its aspect mark after a finished paragraph ("过了", passed), nor a
    # conjunction that is a preposition too after a finished sentence ("和", with)
    (["老人握着医生的手，说了一句谢谢，眼泪就流了下来。"], ["和老人告别后，他又回到病房。"], None, True, False),
    (["今年冬天，小区又换了新的供暖设备，屋里", "更暖和了。"], ["过了春节，天气渐渐暖和起来，物业", "开始调低供暖温度。"], None, False, False),
    # the line before the blank stops on an adverb standing as a word: it waits for its verb
    (["离开工厂以后，我迷茫了好一阵子，但慢慢也"], ["明白了，要想多挣钱，就得学一门新手艺。"], None, True, True),
    (["第一批督办的案件中，网络案件就有十起。网络侵权问题仍"], ["是当前打击重点，各地已查办此类案件百余起。"], None, True, True),  # one the dictionary tags otherwise
    (["这位老师傅教了三十年书，对自我的超", "越"], ["“我从不满足于现状。”他笑着说。"], None, False, False),  # "超越", cut by the wrap
    # printed marks that never continue a paragraph
    ([" 坚持新发展理念引领高质量发展新实践"], ["在第二十二个世界读书日到来之际，多地", "开展形式多样的活动，让阅读成为一种生", "活方式。"], None, False, False),  # a line taken from elsewhere
    (WRAPPED_TAIL, ["■本报记者 王珂"], None, False, False),
    (WRAPPED_TAIL, ["——访市委书记林红玉"], None, False, False),
    (WRAPPED_TAIL, ["本报济宁11月26日讯（记者 王珂）今天上午，"], None, False, False),
    (["联盟牵头单位定期召开会议，（下转2版A）"], ["形成工作态势。"], None, False, False),
    # a caption whose credit follows it is a photo, not the rest of the paragraph
    (WRAPPED_TAIL, ["图为村民在田间劳作。"], "■本报记者 王珂 摄", False, False),
    # the next entry of a list, one entry per line
    (["二、11月18日出席签署仪式的内地或广东省官员；"], ["三、香港透过国务院提请人大常委会审议的合作安排。"], None, True, False),
    (["一、加快建设冷链物流设施；"], ["二是推动冷链物流标准化，提升服务水平。"], None, True, True),
    # the line after the blank opens with a sentence of one or two characters: the rest of one
    (["王建华来自某市青山县石桥"], ["镇。作为在本地长大的乡镇干部，他对家乡的每一条路都很熟悉。"], None, True, True),
    (["观众不禁要问，真能在国外得到这样的待遇"], ["吗？我看是很不容易。"], None, True, True),
    # ... unless a paragraph ended before the blank, a sentence stopped well short of a wrapped column
    (["山洪顺着河谷冲下来，冲进了正在抢险的", "队伍。"], ["快！大家的喊声在山谷里不断回荡，", "却一直没有回音。"], None, False, False),
    (["当天傍晚，山洪顺着河谷冲下来，冲进了正", "在抢险的队伍里的老"], ["王。大家的喊声在山谷里不断回荡，", "却一直没有回音。"], None, False, True),
    # the line before the blank ends in a clause far shorter than its others: a cut sentence
    (["不少研究乡土文学的学者都认为，王明远"], ["是本地最有代表性的乡土诗人，他获得过“田园诗人”的称号。"], None, True, True),
    # a short line that stops on a linking word ("在"): the words it needs are after the blank
    (["这是“城市双雄”在"], ["2014年、2016年决赛之后再度相遇。"], None, True, True),
    (["后来才知道那个人真的是"], ["警察，那天只是下班路过。"], None, True, True),  # ... or on the copula
    # a flat page: a line that ends on a comma was cut by the column
    (["市人大常委会法制工作委员会周二下午召开会议，"], ["逐条讨论草案条文。委员们关注新区成立后居民原有的权利会否因此减少"], None, True, True),
    # a clause mark an extractor set apart opens the line after the blank: the sentence goes on
    (["印发《关于支持合作区建设的意见》（以下简称《意见》）"], ["，合作区是通往欧洲腹地的重要门户。"], None, False, True),
    # a list gathered by "等" waits for the noun it gathers into: a column jump, not a title
    (["馆藏的青铜器、陶器、古钱币等"], ["文物将在新馆集中展出，其中不少是首次与观众见面。"], None, True, True),
    (["镇里把道路、水渠、电网等"], ["基础设施一并纳入改造，村民出行更方便了。"], None, True, True),
    # a short sentence past the blank that holds no verb: the words the line before the blank
    # takes, cut off by the column jump; an intertitle is followed by a sentence that says something
    (["城东的小村紧挨着"], ["国家湿地公园。以往，村里的鱼塘和鸟儿争食"], None, True, True),
    (["设立专项资金，让修缮工作提速"], ["小区建成已有二十年。业主两百多户，电梯"], None, True, False),
    # a run of names in title marks the column cut: more names after the blank, closed by "等"
    (["活动现场，嘉宾们重温了《北风》"], ["《南雨》等经典作品的片段，同时展映了几部新片。"], None, True, True),
    (["当国宝遇上“国漫”"], ["“国漫”火了，年轻人爱看，博物馆也跟着热闹起来。"], None, True, False),
    (["促进山区学校教学资源均等"], ["全市今年新建学校十所，覆盖所有乡镇，城乡学生享受同样的教学条件。"], None, True, False),  # a word ending in 等, a title
    # an enumeration comma never ends a paragraph, nor a line of verse
    (["涉案人士：张明、李强、"], ["王刚、赵亮共4人"], None, False, True),
    # a number and its unit, parted by the blank
    (["案发时间：2013年3月27"], ["日起至2014年12月2日"], None, False, True),
    (["原先不到40"], ["个，现在已经增加到50多个。"], None, True, True),
    # ... or a list and its next item
    (["正是凭着匠心，张建国建起百座", "“放心工程”，金杯奖、省级优质工程"], ["银奖、省级优质样板工程、市建筑业优", "良工程等100多个奖项记录着他付出的"], None, False, True),
    # ... or a day and the part of it, before what happened then
    (["市卫生健康委、市乡村振兴局等6部门21日下午"], ["在市政府召开新闻发布会，介绍健康帮扶工作实施进展。"], None, True, True),
    # ... or an ordinal's "第" and its number
    (["署方回覆並引述《內部工作指引》第"], ["1.16條，若情況不許可，回應查詢可延長至21日。"], None, True, True),
    # a speaker's colon, and the words quoted after the blank
    (["英国散文家这样概括这位诗人的一生："], ["“1820年之前，他的名字被人踩在脚下。”"], None, True, True),
    # ... but on a wrapped page a colon well short of the column ended its paragraph: the words
    # quoted stand as paragraphs of their own
    (["山洪顺着河谷冲下来，冲进了正在抢险的", "他这样解读："], ["“三条线路包括：一条沿江的快速路，", "一条穿山的隧道，还有一座新桥。”"], None, False, False),
    (["山洪顺着河谷冲下来，冲进了正在抢险的", "村支书王明站在新修的路边对大家说："], ["“三条线路包括：一条沿江的快速路，", "一条穿山的隧道，还有一座新桥。”"], None, False, True),
    # ... and so does one short of it by the word the quotation opens on, which the wrap cannot cut
    (["山洪顺着河谷冲下来，冲进了正在抢险的", "山洪冲下来，冲进了正在抢："], ["“SARS-CoV-2病毒的检测点，", "设在了新修的卫生院里。”"], None, False, True),
    # ... but a line that closes its quote and ends on a colon of its own is a letter's salutation
    (["并向大家致以新春祝福。回信全文如下："], ["“红星班”全体同志："], None, True, False),
    (["并向大家致以新春祝福。回信全文如下："], ["“红星班”全体同志："], None, False, False),
    # short lines in a row on a flat page: verse quoted line by line, not a paragraph cut
    (["“我独自走过山岗，像一片云"], ["在田野和河谷上飘荡，"], "忽然我望见一片", True, False),
    (["图为村民在新修的"], ["水渠边查看秧苗。"], "本报记者 王明摄", True, True),  # a photo's credit is no line of verse
    # a clause of one character opens the line after the blank: the end of the word cut before it
    (["沿着老城的石板路走到古"], ["桥，桥下是一条清澈的小河，两岸都是百年老屋，游人络绎不绝。"], None, True, True),
    (["今天的天气格外晴朗。"], ["云，生活中几乎每天都能见到，却很少有人细看它的模样。"], None, True, False),  # after a finished sentence
    (["观云识天"], ["来，让我们一起认识身边的天气（绿色焦点）"], None, True, False),  # a headline may open so
    # ... but a block of running text after a line shaped as a title opens so because the column cut it
    (["县博物馆以出土青铜器为"], ["主，以陶器、玉器和古钱币为辅，是本省", "收藏最丰富的县级博物馆之一，每年吸", "引游客十余万人次。"], None, False, True),
    # a flat page's line that stops on the particle tying a modifier to its noun: cut by the column
    (["村口那棵看似不起眼的"], ["老槐树已有三百多年的历史，见证了村子的变迁。"], None, True, True),
    (["幸福是奋斗出来的"], ["新年伊始，全村干部群众就投入到春耕生产中。"], None, True, False),  # "是…的" closes a sentence
    # a flat page's line that opens on a time word, a conjunction or an adverb and a comma opens a sentence
    (["目前，参加试点的各个街道"], ["根据财力和居民意愿，逐步扩大改造范围。"], None, True, True),
    (["张老，家乡想念你"], ["1949年，年轻的张先生离开家乡，到海外求学。"], None, True, False),  # a headline calling someone
    # ... or on a phrase of time, place or number set off by its only mark: the way a paragraph opens
    (["在老城改造中，街道干部先"], ["挨家挨户听取居民意见，再拿出方案。"], None, True, True),
    (["1998年秋，老张第一次"], ["走进这座工厂，从学徒做起。"], None, True, True),
    (["一次，村支书在田间"], ["发现水渠渗漏，当即组织村民抢修。"], None, True, True),
    (["修得好、管得住，村民满意度高"], ["去年以来，全县新修水渠两百公里，灌溉面积扩大一成。"], None, True, False),  # two halves
    (["以群众需求为导向，办好民生实事"], ["今年，全市确定了十件民生实事，件件有着落。"], None, True, False),  # "以…为…": a title's frame
    # ... or on a photo's caption, cut before its sentence ends
    (["图为石桥镇青山村的村民们正在"], ["播种土豆。"], "本报记者 王明摄", True, True),
    # ... and so does a wrapped page's first line of a paragraph alone before the blank, stopping on a word
    (["目前，参加试点的各个街道和社区"], ["根据财力和居民意愿，逐步扩大改造", "范围，今年再增加十个小区。"], None, False, True),
    (["在溪边和林间里飘荡，"], ["忽然间我看见一片"], None, False, False),  # a line of verse stops on its mark
    (["通知明确，各经营单位要加强对商户的尽职"], ["调查，认真核查经营者注册资本金来源，对使用", "“代注册”等中介服务加杠杆的商户，应拒绝登记"], None, False, True),  # what a document says
    # ... or on a speaker's clause: a paragraph reports with a comma, a headline quotes with a colon
    (["局长说，明年起，在全省"], ["各县推广垃圾分类，首批试点覆盖二十个街道。"], None, True, True),
    (["局长：明年起在全省推广"], ["各县推广垃圾分类，首批试点覆盖二十个街道。"], None, True, False),
    (["議員問到，如果有人在車廂"], ["內不見行李，保險公司如何定義地理範圍。"], None, True, True),  # in traditional script too
    # a flat page's line that leaves a quotation open and ends on no mark: the quotation goes on
    (["“老兵们在军营中"], ["练就了敢打硬仗的作风，这正是基层最需要的。”他说。"], None, True, True),
    # a word across the cut that a longer word on one side hides ("供暖费|用" three wide, "费用" two wide)
    (["多数村民对供暖费"], ["用表示认可，但改造的过程并不顺利。"], None, True, True),
    # short pieces with a word across the cut: a column jump all the same
    (["记者日前向有关部门查"], ["询，包括："], "一、是否属实？", True, True),
    # a number in brackets that a mark closes at once is a code the sentence gives, no list's entry
    (["据工商登记资料，这家公司的股东是王明，他名下有好几家企业，其中有上市公司某科技"], ["（1234）。某某科技今年发布的半年报显示盈利。"], None, True, True),
    (["据交易所公告，这家公司的股东是李华，他名下有好几家企业，其中就有上市公司某电子"], ["（8888）？公告没有说明。某某电子今年的年报显示亏损。"], None, True, True),
    (["会议对各地提出三项要求"], ["（1）加强监管，落实责任。"], None, True, False),
    # a colon before an enumeration after the blank: the model weighs it, and the entry stands apart
    (["造成拥堵的原因有三个："], ["一是城区道路规划滞后。在城市化进程中，车辆数量不断增加。"], None, True, False),
    # an article set wider than the column measured around it: its paragraph's first line, short by
    # the lost indent, falls just short of "far wider" where the line after the blank runs past it
    (["教育厅发言人说，当天上午十时左右，一辆载着学生的车搭乘"], ["了三十多名乘客的客车和一辆货车在本省东部的公路上迎面相撞", "事故造成多人受伤。"], None, False, True),
    # an intertitle whose clauses balance stays a title of its own
    (["加强日常巡查，变事后为事前"], ["除坚持定期抽查检查外，此次《办法》还明确了日常巡查的要求，各地要主动作为。"], None, True, False),
    # a kicker that ends on a dash leads into its headline, closed by its column tag, or into the words it quotes
    (["某部门在网上开通投诉监督平台，接受群众对各类证明的投诉，认真回应居民和商户诉求——"], ["多余的盖章，取消！（政务观察）"], "一段时间以来，各类重复证明不时出现。", True, False),
    (["他在给家人的信中写道——"], ["“此次奉命出征，为国效力，虽死犹荣。”"], None, True, False),
    (["某部门在网上开通投诉监督平台,接受群众对各类证明的投诉,认真回应居民和商户诉求——"], ["多余的盖章,取消!(政务观察)"], "一段时间以来,各类重复证明不时出现。", True, False),
    # a step set out as a paragraph of its own, the next step's number after the blank: a new entry
    (["第二步：把彩纸沿着中间的折痕再对折一次；"], ["第三步：用铅笔在彩纸上沿着折痕画出", "花瓣的轮廓，再把多余的部分剪去；"], None, False, False),
    # a web address set out alone: no text runs on into it or out of it, nor into the next
    # address; an address the column cut goes on past the blank
    (["https://www.example.org/news/2019/0412.html"], ["本網記者查閱公開紀錄，該公司早於三月已遞交文件。"], None, True, False),
    (["相關報道：某公司發布年度報告 盈利大增"], ["http://example.org/a1b2"], None, True, False),
    (["https://www.example.org/posts/1234?ref=abc"], ["https://news.example.com/article/0412"], None, True, False),
    (["https://"], ["www.example.org/posts/1234?ref=abc"], None, True, True),
    # a list's next number, or an abbreviation a space parts from the text after it, is no rest of the address
    # a data box's next figure, over the line that explains it: no sentence runs on into it,
    # though the line before (the last figure's) stops on no mark
    (["去年全省外贸进出口规模达3400亿元，增速高于全国平均水平"], ["18.6%"], "去年高新技术产品出口增长18.6%，高于整体增速5.1个百分点", True, False),
    (["去年全省外贸进出口规模达3400亿元，增速高于全国平均水平"], ["18.6%"], "另据统计，全省高新技术产品出口有所增长", True, True),  # a line that leaves it out: weighed
    (["1. https://www.example.org/posts/1234"], ["2. https://www.example.org/posts/5678"], None, True, False),
    (["https://news.example.com/ins/web"], ["_tc/article/20190412/0412"], None, True, True),
    # a label that names another story by its headline in spaced parts: its own line, whatever
    # word the headline ends on ("…不和" would lean on into the text)
    (["延伸閱讀：某某宣布辭任主席", "會務交接未定 傳與副手不和"], ["某某2016年以40歲之齡接掌會務，會內", "上下對他寄予厚望，認為他能帶領團隊", "走出困境，開創新局面。"], None, False, False),
]


@pytest.mark.parametrize(
    ("head", "joins"),
    [
        ("“此次奉命出征，为国效力，虽死犹荣。”", False),  # the words the dash leads into
        ("多余的盖章，取消！（政务观察）", False),  # the headline its column tag closes
        ("并于次日启程，随队伍一路北上。", True),  # the sentence goes on: a column jump cut it
    ],
)
def test_a_line_that_ends_on_a_dash_leads_into_the_unit_after_the_blank(head: str, joins: bool) -> None:
    """After a finished paragraph, a sentence that ends on a dash leads into a quotation or a
    tagged headline printed as a unit of its own; the model alone would join the quotation."""
    tail = (Line(3, "他在给家人的信中写道——"),)
    joined = JoinCase(tail, Block((Line(5, head),)), 0, 0, True, previous="出发前夜，他久久不能入睡。")
    assert (join_chance(joined, frozenset()) > 0.5) is joins


@pytest.mark.parametrize(("tail", "head", "following", "flat", "joins"), JOINS)
def test_join_decisions(tail: list[str], head: list[str], following: str | None, flat: bool, joins: bool) -> None:
    assert (join_chance(case(tail, head, following, flat), frozenset()) > 0.5) is joins


@pytest.mark.parametrize(
    ("previous", "tail", "head"),
    [
        # a line after a finished paragraph that ends on a dash is the intertitle that leads into
        # the paragraph under it, a unit of its own (none of 34 such lines in the annotated pages
        # with blank lines ran on into the text, but one)
        ("油菜花盛开，场面宛如画卷一般。", "城乡区域更加平衡——", "前三季度，全县农产品销售额同比增长。"),
        # a kicker so ending after its headline (headlines after their text): the next article follows
        ("讲诚信 不吃亏（守望）", "从业20年来，建起百座“放心工程”，张建国——", "近日，某县山区小火车沿途的油菜花盛开，场面宛如画卷一般。"),
        # a kicker over a headline closed by its column tag, however long: the kicker of the next article
        ("供水排水设施较为落后。", "青山、绿水、石桥、白沙、红星——", "改进作风 实实在在为群众办事（学理论 强党性 重实践 建新功·深入开展“比学赶超、争创一流”主题活动）"),
    ],
)
def test_a_line_that_ends_on_a_dash_after_a_paragraph_stands_as_a_unit_of_its_own(previous: str, tail: str, head: str) -> None:
    lines = (Line(1, tail),)
    joined = JoinCase(lines, Block((Line(3, head),)), 0, 0, True, "", lines, None, previous)
    assert join_chance(joined, frozenset()) <= 0.5


@pytest.mark.parametrize(
    ("tail", "head", "flat"),
    [
        # a paragraph printed to a line that ends on a dash leads into the paragraph it announces
        (
            ["“今年以来，全省工业运行持续改善，新动能加快成长，稳增长的基础更加牢固。”省统计局负责人介绍，前三季度全省经济运行主要呈现出以下特点——"],
            ["新动能加快成长。前三季度，全省高技术制造业增加值同比增长百分之九，快于规模以上工业增加值增速。"],
            True,
        ),
        (["来把车停到坡上。第二天，顺坡一放，突突突——"], ["最终，靠着这辆车拉草，老李成功养牛脱了贫。"], True),
        # so does a line short of its column
        (["他把车停到坡上，第二天冲坡", "就走，一路轰隆隆——"], ["最终，靠着这辆车拉草，老李", "成功养牛脱了贫，日子越过越好。"], False),
    ],
)
def test_a_unit_that_ends_on_a_dash_leads_into_a_unit_of_its_own(tail: list[str], head: list[str], flat: bool) -> None:
    """The model alone joined the flat rows (0.93): a dash that closes a paragraph's line leads
    into what follows, which stands as a paragraph of its own."""
    assert join_chance(case(tail, head, None, flat), frozenset()) == 0.0


def test_a_dash_on_a_line_of_no_measured_column_is_left_to_the_model() -> None:
    """With no column measured a line's width tells nothing: the model weighs the dash, as it
    weighs one on a line that fills its column, where a jump may have cut the sentence."""
    tail, head = ["他把车停到坡上，第二天冲坡", "就走，一路轰隆隆——"], ["最终，靠着这辆车拉草，老李", "成功养牛脱了贫，日子越过越好。"]
    wrapped = case(tail, head)
    unmeasured = replace(wrapped, tail_column=0, head_column=0)
    chance = join_chance(unmeasured, frozenset())
    assert join_chance(wrapped, frozenset()) == 0.0
    assert chance == DEFAULT.joins().probabilities(join_features(unmeasured, DEFAULT))[JOIN]


@pytest.mark.parametrize(
    ("previous", "kicker", "joins"),
    [
        ("科研路上辛勤耕耘（身边的榜样）", ["某某大学原校长、教授王明——"], False),  # right under its headline: the kicker printed after it
        ("科研路上辛勤耕耘（身边的榜样）", ["某某县委原副书记、", "县长王明——"], False),  # wrapped in two lines
        ("那一年，他已是九十岁高龄。", ["某某大学原校长、教授王明——"], False),  # after a finished paragraph: an intertitle, a unit of its own
    ],
)
def test_a_line_that_ends_on_a_dash_under_a_headline_is_its_kicker(previous: str, kicker: list[str], joins: bool) -> None:
    lines = tuple(Line(2 + number, text) for number, text in enumerate(kicker))
    joined = JoinCase(lines, Block((Line(5, "2018年7月18日，德国柏林传来喜讯，一项大奖由他获得。"),)), 0, 0, True, "", lines, None, previous)
    assert (join_chance(joined, frozenset()) > 0.5) is joins


@pytest.mark.parametrize(
    ("previous", "tail", "head", "flat", "joins"),
    [
        # a headline that opens on a time word, under its kicker: the article's text follows
        ("不少家庭选择用运动的方式过节", "过年，一起燃烧卡路里", "农历正月初三，25岁的某市女孩王小雨“打卡”了新年第一个5公里。", True, False),
        ("大手牵小手，一起去滑雪", "在北方，父母带孩子参加冬季运动渐成风气", "在位于某市城区向北5公里处的青山滑雪场，人头攒动。", True, False),
        # under a box's title or a word-long intertitle, such a line opens a paragraph the column cut
        ("核心阅读", "两年前，江南某县选拔46名", "退役军人担任山区村“驻村书记”。", True, True),
        ("早年的习作", "自1925年迁居省城不久，王明远的绘画创作进入", "一个显著的探索期。", True, True),
        pytest.param(
            "《“归乡”山水长卷》",
            "1932年11月，22岁的王明远离开故乡",
            "青山前往省城，期待在文化繁荣的省会城市展开自己的绘画事业。",
            True,
            True,
            marks=pytest.mark.xfail(strict=True, reason="a longer intertitle reads as a kicker over its headline"),
        ),
    ],
)
def test_a_title_under_a_title_stays_in_its_block(previous: str, tail: str, head: str, flat: bool, joins: bool) -> None:
    lines = (Line(2, tail),)
    joined = JoinCase(lines, Block((Line(4, head),)), 0, 0, flat, "", lines, None, previous)
    assert (join_chance(joined, frozenset()) > 0.5) is joins


NARROW = 24  # the measure of the blocks around a short article set wider


@pytest.mark.parametrize(
    ("tail", "head", "joins"),
    [
        # both sides run alike, far wider than the narrow columns around: one wider column
        (["本报电（记者王明）近日，2023年全省乡村振兴大县局长轮", "训第一期培训班在省城举办。本次轮训内容，聚焦乡村产业与"], ["品牌建设、“互联网+”特色农业、作物秸秆废弃物处理和资源", "体经济发展壮大等内容，共安排8期班。"], True),
        # the text before runs that wide on two lines alike: a short article in a wider measure
        (["本报电（记者王明）近日，2023年全省乡村振兴大县局长轮", "训第一期培训班在省城举办。本次轮训内容，聚焦乡村产业"], ["和品牌建设等内容，共安排8期班。"], True),
        # its first line short by the paragraph's lost indent: the two lines still run alike
        (["某国总统某某表示，该国将“一带一路”倡议放在中", "心位置来看待，愿通过共建“一带一路”促进两国及地区"], ["的和平、安全与繁荣。"], True),
        # only one side runs that wide: a banner set across columns
        (["训第一期培训班在省城举办。", "本次轮训内容，聚焦乡村"], ["深入学习贯彻省委十五届三次全会精神 坚定不移推进"], False),
        # the sides differ in width, but a word runs across the join ("集" | "体"): one text
        (["与品牌建设、“互联网+”特色农业、作物秸秆废弃物处理和资", "源化、农业绿色技术与安全生产、农产品质量安全追溯、农村集"], ["体经济发展壮大等内容，共安排8期班，预计培训约900人。"], True),
    ],
)
def test_a_side_set_across_columns(tail: list[str], head: list[str], joins: bool) -> None:
    join = case(tail, head)
    narrow = JoinCase(join.tail, join.head, NARROW, NARROW, False, "", join.tail, None)
    assert (not never_joins(narrow, frozenset())) is joins


def test_a_banner_set_across_narrow_columns_never_runs_on_from_a_wider_text() -> None:
    """A full line of an article set in a wide measure, then a banner far wider than the narrow
    columns under it: not one measure, though the two are about as wide."""
    tail = Line(1, "全省今年将新建和改造农村公路一万多公里，进一步打通")
    banner = Line(3, "深入学习贯彻党的二十大精神 奋力谱写现代化建设的新篇章")
    chance = join_chance(JoinCase((tail,), Block((banner, Line(4, "今年以来，全县公路建设"))), tail.width + 4, 34, False), frozenset())
    assert chance == 0.0

def test_a_series_banner_over_the_text_never_joins_it() -> None:
    banner = case(["稳中求进 提质增效·专题访谈"], ["近日，某县山区小火车沿途的油菜花盛开，当", "小火车穿越油菜花丛，鸣笛喷气，场面宛如画"])
    assert never_joins(banner, frozenset())


@pytest.mark.parametrize(
    ("tail", "head_end", "never"),
    [
        (["全市发布年度城市发展指数报告"], "沿着湖边步道跑步健身。■本报记者 王明 摄", True),  # a title over a caption
        (["全市发布年度城市发展指数报告"], "沿着湖边步道跑步健身，享受运动的快乐。", False),  # over text: the model weighs it
        (["今年，城东新建的体育公园里，"], "沿着湖边步道跑步健身。■本报记者 王明 摄", False),  # prose: no title
    ],
)
def test_no_title_runs_on_into_a_caption_closed_by_its_credit(tail: list[str], head_end: str, never: bool) -> None:
    head = ["今年，城东新建的体育公园对外开放，市民们", head_end]
    assert never_joins(case(tail, head), frozenset()) is never


@pytest.mark.parametrize(
    ("tail", "never"),
    [
        (["主队两连胜 客队遭逆转"], True),  # a headline's two spaced halves
        (["主队两连胜客队遭逆转"], False),  # one run of text: the model weighs it
        (["昨日 撰文 指出"], False),  # words a source spaced: no halves of a headline
        (["5月初售出8萬張門票 逾40場演出爆滿"], True),  # halves that hold figures
        (["本报北京2月1日电 新春佳节来临之际"], False),  # a dateline and the text it opens
    ],
)
def test_a_headline_in_two_spaced_halves_never_runs_on_across_the_blank(tail: list[str], never: bool) -> None:
    head = ["龙江队主场迎战来访的客队，双方开场后", "均采取稳守反击的战术，上半场互有攻守"]
    assert never_joins(case(tail, head), frozenset()) is never


@pytest.mark.parametrize(
    "head",
    [["本报济宁11月26日讯（记者 王珂）今天上午，"], ["新华社乌兰巴托3月", "24日电 蒙古国总统今天会见"]],
    ids=["on-one-line", "cut-by-the-wrap"],
)
def test_a_dateline_after_the_blank_never_continues_the_text(head: list[str]) -> None:
    assert never_joins(case(["推进中俄蒙合作先导区建设"], head), frozenset())


@pytest.mark.parametrize(
    ("tail", "head", "page", "joins"),
    [
        # the page prints "亚投行" whole elsewhere: a word the dictionary lacks runs across the blank
        ("报道说，这是亚投", "行正式成立后首次扩员。", ["亚投行成员数量已增至80个。"], True),
        ("报道说，这是亚投", "行正式成立后首次扩员。", ["成员数量已增至80个。"], False),
        # a list's entries cut alike: the same seam elsewhere is no evidence
        ("（六）在附近煽惑他人作", "涉案人士：甲", ["（五）在附近煽惑他人作", "涉案人士：乙"], False),
        # titles share their words with the text: only prose is weighed
        ("中国商飞", "飞机首飞成功", ["中国商飞机构"], False),
    ],
)
def test_a_string_the_page_prints_whole_runs_across_the_blank(tail: str, head: str, page: list[str], joins: bool) -> None:
    blocks = [*page, tail, head]
    join = replace(case([tail], [head], flat=True), page="\n".join(blocks))
    assert printed_whole_elsewhere(join) is joins


@pytest.mark.parametrize(
    ("tail", "head", "page", "joins"),
    [
        # a line with no mark, cut in a name the page prints whole ("長青物流公司"), prose after it
        ("居民可以個人名義致電長", "青物流公司查詢運費，職員表示每件收費一元三角", ["物資全部由長青物流公司承運。"], True),
        # ... but not a title's phrase the text repeats under it, nor a title over a title
        ("長青物流", "公司查詢熱線開放，逢周一至五。", ["物資全部由長青物流公司承運。"], False),
        ("居民可致電區議會辦事處或長", "青物流公司查詢熱線", ["物資全部由長青物流公司承運。"], False),
    ],
)
def test_a_phrase_the_page_prints_whole_runs_on_from_a_line_without_marks(tail: str, head: str, page: list[str], joins: bool) -> None:
    blocks = [*page, tail, head]
    join = replace(case([tail], [head], flat=True), page="\n".join(blocks))
    assert (join_chance(join, frozenset()) > 0.5) is joins


QUOTE = "让每一位读者都能在家门口借到想读的书才是图书馆真正的价值"
QUOTED = "说到底，让每一位读者都能在家门口借到想读的书，才是图书馆真正的价值。"


@pytest.mark.parametrize(
    ("previous", "tail", "head", "page", "quote"),
    [
        # a lede under the byline that the text prints again, nearly word for word: whole as printed
        ("■本报记者 王小明", QUOTE, "去年以来，全市新建社区书屋四十家。", [QUOTED], True),
        # printed once: a fragment the column cut, for the model to weigh
        ("■本报记者 王小明", QUOTE, "去年以来，全市新建社区书屋四十家。", [], None),
        # the copy runs on across the blank: a quote the column cut in two
        ("■本报记者 王小明", QUOTE[:20], QUOTE[20:] + "。", [QUOTED], None),
        # after a finished sentence, a repeated sentence is the text going on
        ("全市新建社区书屋四十家。", QUOTE, "去年以来，全市新建社区书屋四十家。", [QUOTED], None),
        # ... but a headline's column tag closes no sentence: a lede under the headline
        ("书屋开到家门口（文化观察）", QUOTE, "去年以来，全市新建社区书屋四十家。", [QUOTED], True),
        # a dateline opens the text, not a quote of it
        ("社区书屋遍地开花", "本报北京3月1日电 " + QUOTE, "去年以来，全市新建社区书屋四十家。", ["本报北京3月1日电 " + QUOTED], None),
        # a word runs across the blank ("家门|口")
        ("■本报记者 王小明", "让每一位读者在每个周末都能走到家门", "口借到想读的书。", ["让每一位读者在每个周末都能走到家门前借书。"], None),
    ],
)
def test_a_pull_quote_the_page_prints_again_stands_whole(previous: str, tail: str, head: str, page: list[str], quote: bool | None) -> None:
    join = replace(case([tail], [head], flat=True), previous=previous, page="\n".join([previous, tail, head, *page]))
    assert quotes_the_text(join) is bool(quote)
    if quote:
        assert join_chance(join, frozenset()) == 0.0


def test_a_banner_line_never_joins() -> None:
    join = case(WRAPPED_TAIL, ["定期召开市委常委会会议，听取汇报，研究部", "署机关党建工作。"])
    assert not never_joins(join, frozenset())
    assert never_joins(join, frozenset({join.head.lines[0].number}))


@pytest.mark.parametrize(
    ("tail", "ending"),
    [
        (["强化政治担当。"], "stop"),
        (["他说：“我们一定做到。”"], "stop"),
        (["主要有以下三点："], "colon"),
        (["履行全面从严治党主体责任，"], "clause"),
        (["坚持“支部建在"], "open"),
        (["由街道办事处与"], "link"),
        (["推进模范机关建设"], "word"),
    ],
)
def test_how_the_line_before_the_blank_ends(tail: list[str], ending: str) -> None:
    features = join_features(case(tail, ["后文继续。"]), DEFAULT)
    assert features[f"wrapped:tail_ends={ending}"] == 1.0


def test_features_name_the_dumps_habit() -> None:
    assert all(name.startswith("flat:") for name in join_features(case(["一行"], ["又一行。"], flat=True)))
    assert all(name.startswith("wrapped:") for name in join_features(case(["一行"], ["又一行。"])))


@pytest.mark.parametrize(
    ("text", "links"),
    [
        ("由街道办事处与", True),
        ("主要是由于", True),
        ("我們在", True),
        ("坚决反对", False),  # 反对 is a word, not 对
        ("积极参与", False),
        ("中美关系", False),
        ("现在", False),
    ],
)
def test_a_line_that_stops_on_a_linking_word(text: str, links: bool) -> None:
    assert ends_on_link(text) is links


@pytest.mark.parametrize(
    ("head", "joins"),
    [
        (["大手牵小手，一起去滑雪"], False),  # short, and ending no sentence: a headline, not the paragraph's end
        (["子女陪伴成为一种新的过年方式。"], True),  # short, ending its sentence: the paragraph's last line
        (["风尚，也让不少家庭找到了过年的新方式，亲子"], True),  # as wide as the column: cut again by the next jump
    ],
)
def test_a_paragraph_s_first_line_cut_by_a_jump_runs_on_into_text_not_a_title(head: list[str], joins: bool) -> None:
    """A line that opens a sentence as no title does and stops on a word, alone before the
    blank, was cut by the column; what follows is the rest of its paragraph, unless that line
    could end no paragraph (short of the column, no sentence's end): a headline under its kicker."""
    cut = case(["在某地，父母带孩子参加冬季运动渐成时尚"], head)
    assert (join_chance(cut, frozenset()) > 0.5) is joins


def test_a_line_short_of_the_measure_after_the_blank_is_no_column_jump() -> None:
    """A kicker printed under its headline, over a caption set wider: a column jump carries a
    line that filled its column, so a line far short of the text after it runs on into nothing."""
    kicker = case(
        ["王明在全市安全生产专题会上强调"],
        ["3月24日，在某市双城区青山农业机械专业合作社院内，", "维修工人在保养拖拉机。近日，全市许多农机合作社和农户", "开始保养农机，为4月份的春播做准备，各地抓紧备耕。", "■新华社记者 王明 摄"],
    )
    kicker = replace(kicker, before="促进安全生产形势持续稳定好转，王明强调，全市要抓好安全生产专题工作")
    assert join_chance(kicker, frozenset()) == 0.0
    cut = replace(kicker, tail=(Line(1, "维修工人在保养拖拉机。近日，全市许多农机合作社和"),))
    assert join_chance(cut, frozenset()) > 0.5  # a full line: the sentence runs on in the next column


@pytest.mark.parametrize(
    ("tail", "open_list"),
    [
        ("参考资料：某通讯社 / Example Blog /", True),
        ("资料来源：新华社／路透社／", True),
        ("参考资料：美联社 / SCOTUS Blog", False),  # the last item is there
        ("详见http://www.people.com.cn/", False),  # a web address ends on its slash
        ("比分3/4/", False),
    ],
)
def test_a_list_parted_by_slashes_that_stops_on_a_separator_runs_on(tail: str, open_list: bool) -> None:
    chance = join_chance(case([tail], ["Alpha News / Beta Times / Gamma Daily"]), frozenset())
    assert (chance == 1.0) is open_list


@pytest.mark.parametrize(
    ("tail", "flat", "never"),
    [
        (["■有人把环保监管比作猫捉老鼠，", "目前企业环境违法比例仍居高不下，可谓"], False, False),  # a lede the jump cut at a full line
        (["■有人把环保监管比作猫捉老鼠，", "治理环境违法，同样如此"], False, True),  # a lede stopped short of the column
        (["■有人把环保监管比作猫捉老鼠，目前企业环境违法比例仍居高不下，可谓"], True, True),  # a lede on its line
        (["■本报记者 王明，李华"], False, True),  # a byline
        (["■两国签署的这项协定对地区局势", "的稳定具有深远影响，各方都对此表示欢"], False, False),  # no comma on its first line, but longer than two names
        (["■欧阳明高李华"], False, True),  # two names run together: a byline
        (["■ 有人把环保监管比作猫捉老鼠，", "目前企业环境违法比例仍居高不下，可谓"], False, False),  # a space after the mark: a lede still, cut
    ],
)
def test_a_lede_a_mark_opens_runs_on_only_where_the_column_cut_it(tail: list[str], flat: bool, never: bool) -> None:
    """A "■" closes a byline or a credit at the blank; a lede it opens ends where a paragraph
    would, unless a jump cut it at a full line."""
    head = ["环保监管遭遇了鼠患。治鼠患，投药，养猫，"]
    assert never_joins(case(tail, head, flat=flat), frozenset()) is never
