"""Repeated banners collapse; OCR doublings go; genuine reduplication stays."""

from __future__ import annotations

from dataclasses import replace

import pytest
import regex
from conftest import load_script

from cleanup import Located, clean, fix_and_explain, fix_text, repair_title
from cleanup.banners import collapse_banners
from cleanup.config import DEFAULT
from cleanup.doubling import _MAYBE_DOUBLED, judge
from layout import reconstruct


def collapsed(text: str) -> str:
    return collapse_banners(Located.single(text, 1))[0].text


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        (" 助企攀登 推进制造强市建设··专题访谈专题访谈", " 助企攀登 推进制造强市建设·专题访谈"),
        ("乡村振兴先锋" * 32, "乡村振兴先锋"),
        ("撸起袖子加油干 喜迎党的十九大喜迎党的十九大", "撸起袖子加油干 喜迎党的十九大"),
        # a title printed twice for bold: every character doubled
        ("乡乡村村振振兴兴先先锋锋", "乡村振兴先锋"),
        ("减减排排又又赚赚钱钱  村村民民笑笑开开颜颜", "减排又赚钱  村民笑开颜"),
        ("专专题题访访谈谈专专题题访访谈谈", "专题访谈"),  # and repeated too
    ],
)
def test_repeated_banners_collapse(raw: str, clean: str) -> None:
    assert collapsed(raw) == clean


@pytest.mark.parametrize(
    "kept",
    ["让党旗在一线高高飘扬", "研究研究再说", "回家看看", "一个一个地", "天天来给我送吃的", "观众齐声高喊加油加油加油", "高高兴兴"],
)
def test_genuine_repetition_is_not_a_banner(kept: str) -> None:
    assert collapsed(kept) == kept


# OCR doublings: each row is (text, index of the doubled pair, verdict). Slips are repaired,
# suspects kept and logged, genuine reduplication kept silently.
DOUBLINGS = [
    # slips: one copy stranded, the other inside a word
    ("聘请4名党建经验丰富的离退休老老干部，选派", "老老", "slip"),
    ("严重者将列入政政府采购黑名单", "政政", "slip"),
    ("会上发布十大集成成创新成果", "成成", "slip"),
    ("他在北京京召开的会议上", "京京", "slip"),
    # slips: each copy inside a word, but one of the two words is rare ("术家", "康县") and the
    # text without a copy reads as a commoner word
    ("他是一位艺术术家", "术术", "slip"),
    ("湖北省保康康县城关镇", "康康", "slip"),
    # slips: each copy inside a word, but the text reads far likelier with one copy: the doubled
    # reading leans on a word the language hardly uses there ("器|器材", "资|资源")
    ("新建一批室外健身器器材", "器器", "slip"),
    ("推动金融资资源向农村倾斜", "资资", "slip"),
    # ... where a genuine pair across two words reads about as well either way
    ("全体常委会会议通过", "会会", "genuine"),
    ("维护中国国家利益", "国国", "genuine"),
    # ... and a word that one copy would make is no evidence when it cuts into a word beside it
    ("工作领导小组组长", "组组", "genuine"),  # "领导|小组长" cuts "领导小组"
    ("湿地水生生物资源调查", "生生", "genuine"),  # "水生物|资源" cuts "生物资源"
    # slips: each copy inside a word, the second a conjunction the copy begins
    ("这一切发生得自然然而", "然然", "slip"),  # "自然而然" cut short
    ("会议由于于是周末推迟", "于于", "slip"),
    ("把培训工作作为重点", "作作", "genuine"),  # a verb: "工作|作为"
    ("本项目目的在于推广", "目目", "genuine"),  # a noun: "项目|目的"
    # slips: a number written with place values never doubles a character
    ("今年是第二十二二届运动会", "二二", "slip"),
    ("第三十十五次会议", "十十", "slip"),
    # slips: a function word printed twice
    ("云降水物理与与强风暴重点实验室", "与与", "slip"),
    ("那巨大的的看似冷冷的青铜", "的的", "slip"),
    # slip: the pair read as a word of its own, where one copy joins the character stranded
    # beside it into a longer word the doubled text lacks ("座|谈谈|会" -> "座谈会")
    ("市里召开座谈谈会", "谈谈", "slip"),
    # ... between two words, though one copy also reads as a longer word ("紧握住"), the pair
    # may be the writer's: suspect
    ("观众或紧紧握住他们的手", "紧紧", "suspect"),
    # slips: the pair is a word, but one copy closes a word the language uses more
    ("两国人民促进和平平发展", "平平", "slip"),  # "和平" over "平平"
    ("家乡大地处处花开", "处处", "suspect"),  # "大|地处" cuts into "大地": a word for a word, kept
    ("远处战鼓声声传来", "声声", "suspect"),  # "战|鼓声" cuts into "战鼓"
    ("天边飘来一团团白云", "团团", "suspect"),  # "一" and a pair: one after another, though "一团" is commoner
    ("门口摆着一溜溜花盆", "溜溜", "suspect"),  # ... as a slip in "一种|种" would read
    ("这种种做法不可取", "种种", "slip"),  # "这种" over "种种"
    ("大家都说再不好好练就输了", "好好", "suspect"),  # "不好" twice as common as "好好" only: too little to go on
    ("电梯频频出故障", "频频", "genuine"),  # "频出" is the rarer: the pair stays
    ("回家先洗洗手", "洗洗", "genuine"),  # "洗手" is a word the copy opens: a verb doubled before its object
    # genuine: the pair is a word, or each copy sits in a word
    ("大家去看看吧", "看看", "genuine"),  # "去看吧" reads as no longer word
    ("想想办法", "想想", "genuine"),  # the verb's object is no stranded character
    ("计划不迟于今年年底完成", "年年", "genuine"),  # the pair inside a longer word ("今年年底")
    ("让党旗在一线高高飘扬", "高高", "genuine"),
    ("回家看看吧", "看看", "genuine"),
    ("还天天来给我送吃的", "天天", "genuine"),
    ("留下点点滴滴的回忆", "点点", "genuine"),
    ("做到实实在在地为民", "实实", "genuine"),
    ("定期召开市委常委会会议", "会会", "genuine"),
    ("中大前學生會會長陳大文", "會會", "genuine"),
    ("中联办法律部部长王振民", "部部", "genuine"),
    ("澳洲内政部部长表示", "部部", "genuine"),  # a body by name, then the title of its head ("内政部长" reads too)
    ("借鉴他国国家治理的经验", "国国", "genuine"),  # "他|国|国家": the stranded copy makes a word with the character before it
    ("法國內政部部長表示", "部部", "genuine"),
    ("千千万万个家庭", "千千", "genuine"),
    ("千千萬萬個家庭", "千千", "genuine"),  # the traditional "萬" is a numeral too: no place-value number
    # genuine: a word of two with each character doubled, the AABB reduplication
    ("條法嘅公署，就自自然然成為香港最高決策機構", "自自", "genuine"),
    ("條法嘅公署，就自自然然成為香港最高決策機構", "然然", "genuine"),
    ("簽署人，其實對千千萬萬人，每一個人", "萬萬", "genuine"),
    ("民政事務局局長長劉江華等", "長長", "slip"),  # a noun is not so doubled: "局|局長" and a slip
    ("山间小路弯弯绕绕地伸向远方", "弯弯", "genuine"),
    # no word of two, the four standing apart from the words around: the writer's where each pair alone is a slip
    ("碗里的米饭压得瓷瓷实实的", "瓷瓷", "genuine"),
    ("碗里的米饭压得瓷瓷实实的", "实实", "genuine"),
    # beside a pair genuine alone ("弯弯"), a slip may have landed as readily ("高高挂挂"): kept, suspect
    ("山间小路弯弯绕绕地伸向远方", "绕绕", "suspect"),
    ("锅里的饺子香香喷喷的，大家围坐", "香香", "slip"),  # a state adjective ("香喷喷") doubles nothing more
    ("他的作品栩栩如如生，引人驻足", "如如", "slip"),  # one copy less reads as an idiom
    ("他扎扎实实干了一年", "扎扎", "genuine"),
    ("年夜饭的浓浓的的香味", "的的", "slip"),  # a function word doubled beside a pair is a slip
    ("口诀九九八十一", "九九", "genuine"),
    # genuine: a measure word after 一 ("一代代", "一张张")
    ("一代代人接续奋斗", "代代", "genuine"),
    ("写在了一张张饱含风霜的脸上", "张张", "genuine"),
    # slip: a word of two after a copy stranded behind the word it ends is the sentence going on
    ("推动产业发展展农民增收", "展展", "slip"),
    ("双方共同分享享成果", "享享", "slip"),
    # slip: a character Chinese reduplicates, left stranded behind the word it ends, pairs with nothing
    ("妥善处理突发事件件等问题", "件件", "slip"),
    ("他们同时时在研究", "时时", "slip"),
    # slip: a place's or a body's last character after a function word ends no name
    ("加强产销衔接和市市场信息发布", "市市", "slip"),
    ("三坪村村民李明说", "村村", "genuine"),  # ... where it ends one, its head follows
    ("县法院刑事庭庭长介绍", "庭庭", "genuine"),  # ... and so for any unit its head ("庭长") names
    ("货运船船长表示", "船船", "genuine"),
    # slip: both copies stranded, of a kind no word doubles in (a preposition, a pronoun)
    ("名单由由专家委员会推荐", "由由", "slip"),
    # suspect: the evidence is weak, so the text stays
    ("记者张林林报道", "林林", "suspect"),  # a noun may be a given name doubled
    ("人人肩上担担子", "担担", "suspect"),
    ("放假就是睡睡睡，哪儿也不去", "睡睡", "suspect"),  # three copies closing the clause: the writer's cry
    ("学校领领导人表示", "领领", "slip"),  # ... but no verb doubles before a noun of three
    ("见面时我们握握手", "握握", "suspect"),  # a verb doubled before its object ("握|握手"): "a little"
    ("老人皱皱眉头说", "皱皱", "suspect"),  # ... an object of two ("皱|皱眉头")
    ("周末和同事打打篮球", "打打", "suspect"),  # ... a phrase the dictionary holds whole, a verb then its object
    ("退休以后在家享享清福", "享享", "suspect"),
    ("全省各市区负负责人出席会议", "负负", "slip"),  # ... not where the rest is no word of its own ("责人")
    ("这个非常有有意思", "有有", "slip"),  # ... not a set phrase: "有" never doubles before its object
    ("对各项工作作了安排部署", "作作", "suspect"),  # a verb after a word it ends, with its aspect mark
    ("他现在在北京读书", "在在", "suspect"),  # a function word after a noun or time word that ends with it
    ("以盈利为目的的活动", "的的", "suspect"),
    ("我们存在在管理上的问题", "在在", "slip"),  # ... not after a verb
    ("村民采取取水浇地", "取取", "suspect"),  # ... or with an object of one character ("采取|取|水")
    ("村民采取取石换土", "取取", "suspect"),
    ("这些标本本来自山区", "本本", "suspect"),  # ... unless it begins a word: "标本|本来|自"
    ("街坊集會年年均是和平有序", "年年", "suspect"),
    ("春愁黯黯独成眠", "黯黯", "suspect"),
    ("2021年新新发展党员76名", "新新", "suspect"),
    ("今年是二〇二二年", "二二", "suspect"),  # a year written digit by digit is no place-value number
    # suspect: in traditional text, a stranded character before the pair may make a word the
    # (simplified) dictionary lacks with the first copy ("盆骨|骨折", Hong Kong usage)...
    ("院方再就盆骨骨折安排手術", "骨骨", "suspect"),
    # ... and in simplified text two do: the dictionary lacks the word they make ("卡丘", a name)
    ("孩子们上了卡丘课课程", "课课", "suspect"),
    ("参加了祖卡舞舞会", "舞舞", "suspect"),
    ("像赵赛仙这这样的农户", "这这", "slip"),  # ... but a copy the language uses on its own is the text's word
    # ... and so does the copy after a word that ends with it, with the character after it ("鼓身")
    ("这面铜鼓鼓身刻有花纹", "鼓鼓", "suspect"),
    ("要关注教师师德建设", "师师", "suspect"),
    ("街边的路灯灯杆上贴着通知", "灯灯", "suspect"),
    ("当天召开主席席会议研究工作", "席席", "slip"),  # ... a word after it is the sentence going on
    # ...slip: in simplified text, one stranded character is the slip's
    ("县委副书书记李明介绍", "书书", "slip"),
    ("村民都说赶赶上了好时候", "赶赶", "slip"),
    ("还可得政政府补贴", "政政", "slip"),
]


@pytest.mark.parametrize(("text", "pair", "verdict"), DOUBLINGS)
def test_doubling_verdicts(text: str, pair: str, verdict: str) -> None:
    assert judge(text, text.index(pair)) == verdict


@pytest.mark.parametrize(("text", "pair"), [(text, pair) for text, pair, verdict in DOUBLINGS if verdict == "slip"])
def test_a_slip_loses_one_copy_and_says_so(text: str, pair: str) -> None:
    repaired, edits = fix_and_explain(text)
    assert repaired == text.replace(pair, pair[0], 1)
    assert [edit.kind for edit in edits if "doubling" in edit.kind] == ["ocr-doubling"]


@pytest.mark.parametrize(("text", "pair"), [(text, pair) for text, pair, verdict in DOUBLINGS if verdict == "suspect"])
def test_a_suspect_pair_is_kept_and_logged(text: str, pair: str) -> None:
    repaired, edits = fix_and_explain(text)
    assert repaired == text
    assert [(edit.kind, edit.before, edit.after) for edit in edits] == [("suspect-doubling", pair, pair)]


@pytest.mark.parametrize(("text", "pair"), [(text, pair) for text, pair, verdict in DOUBLINGS if verdict == "slip"])
def test_a_title_keeps_even_a_slip_as_printed_and_logs_it(text: str, pair: str) -> None:
    repaired, edits = repair_title(Located.single(text, 1))
    assert repaired.text == text
    assert [(edit.kind, edit.before) for edit in edits if "doubling" in edit.kind] == [("suspect-doubling", pair)]


def test_a_headline_keeps_its_doubled_character_where_the_text_loses_its_slip() -> None:
    """"中国国象" is the national chess league, an abbreviation the dictionary lacks, set large."""
    page = reconstruct("2017年中国国象甲级联赛揭幕\n\n本报深圳4月22日电 日前，2017年中国国际象棋甲级联赛在深圳龙岗拉开序幕，离退休老老干部到场观战。\n")
    (article,) = page.articles
    assert article.headline == "2017年中国国象甲级联赛揭幕"
    assert "离退休老干部" in article.body[0].text
    assert [(edit.kind, edit.line, edit.before) for edit in page.edits if "doubling" in edit.kind] == [("suspect-doubling", 1, "国国"), ("ocr-doubling", 3, "老老")]


@pytest.mark.parametrize(
    "kept",
    [
        "扎实开展“党旗在基层一线高高飘扬”活动",
        "牢牢把握市直机关首先是政治机关的属性",
        "紧紧围绕习近平总书记",
        "有效助推泗水水果蔬菜粮食增产",
        "陪老人们聊聊天、说说话，帮他们打扫卫生",
        "本报邹城讯（通讯员 吴建建 赵海燕）",
        "本报通讯员 闫杰杰",
    ],
)
def test_genuine_reduplication_kept(kept: str) -> None:
    assert fix_text(kept) == kept


@pytest.mark.parametrize(
    ("text", "pair", "elsewhere", "verdict"),
    [
        ("记者张林林报道", "林林", "本报记者张林报道", "slip"),  # the page prints the spot with one copy
        ("记者张林林报道", "林林", "者张林报", "slip"),  # a character before, and one beyond
        ("记者张林林报道", "林林", "前天张林报道", "slip"),  # a character after, and one beyond
        ("记者张林林报道", "林林", "张林报", "suspect"),  # the pair's neighbours only: too little to go on
        ("人人肩上担担子", "担担", "肩上担起重任", "suspect"),
        # three copies print the spot with one copy in the spot itself: no evidence
        ("放假就是睡睡睡，哪儿也不去", "睡睡", "放假就是睡睡睡，哪儿也不去", "suspect"),
        # the character and the two after it, printed with one copy twice more (a name)
        ("记者采访了张张明远先生", "张张", "记者采访了张张明远先生，张明远说，张明远的工厂", "slip"),
        ("记者采访了张张明远先生", "张张", "记者采访了张张明远先生，张明远说", "suspect"),  # once more only
        ("记者采访了张张明远先生", "张张", "张张明远先生，张张明远，张明远，张明远", "suspect"),  # the doubled form again
        ("让党旗高高飘扬", "高高", "党旗高飘扬", "genuine"),  # a word the language uses: never touched
        # a word the dictionary holds but hardly uses (a place's name) is weighed by the page
        ("四川嘉阳阳小火车沿途", "阳阳", "蒸汽火车——嘉阳小火车，它", "slip"),
        ("四川嘉阳阳小火车沿途", "阳阳", "蒸汽火车", "genuine"),  # no evidence: as printed
        # a surname doubled beside a given name of a pair: suspect, and the page names her with one copy
        ("新来的李李婷婷在台上发言", "李李", "新来的李李婷婷在台上发言，李婷婷说，李婷婷表示", "slip"),
        # a slip by the words, but the page prints the pair in the same words twice: the writer's
        ("边远小镇镇卫生院的护士", "镇镇", "边远小镇镇卫生院的护士去年小镇镇卫生院新建了病房", "suspect"),
        ("边远小镇镇卫生院的护士", "镇镇", "边远小镇镇卫生院的护士去年镇卫生院新建了病房", "slip"),  # once only
    ],
)
def test_a_suspect_pair_the_page_prints_once_is_a_slip(text: str, pair: str, elsewhere: str, verdict: str) -> None:
    assert judge(text, text.index(pair), elsewhere=elsewhere) == verdict


def test_the_page_is_evidence_when_a_dump_is_cleaned() -> None:
    dump = "本报记者张林报道。\n\n记者张林林报道，今年春耕开始。\n"
    assert [paragraph.text for paragraph in clean(dump).paragraphs] == ["本报记者张林报道。", "记者张林报道，今年春耕开始。"]


def test_the_page_is_evidence_only_within_reach_of_the_paragraph() -> None:
    """A dump holding a whole archive is searched near the paragraph (`Config.evidence_reach`),
    not end to end: the same spot printed farther off is another page's."""
    filler = "\n\n".join(["今天天气很好，大家都出门散步了。我们一起去公园看花，花开得很漂亮。"] * 6)
    dump = f"本报记者张林报道。\n\n{filler}\n\n记者张林林报道，今年春耕开始。\n"
    near = [paragraph.text for paragraph in clean(dump).paragraphs]
    far = clean(dump, config=replace(DEFAULT, evidence_reach=40))
    assert near[-1] == "记者张林报道，今年春耕开始。"
    assert far.paragraphs[-1].text == "记者张林林报道，今年春耕开始。"
    assert [edit.kind for edit in far.edits] == ["suspect-doubling"]


def test_a_tripled_character_loses_one_copy_per_pass() -> None:
    assert fix_text("离退休老老老干部") == "离退休老干部"


@pytest.mark.xfail(reason="known failure: a verb doubled after a word that ends in it is only a suspect pair", strict=True)
def test_known_failure_verb_after_word_ending_in_it() -> None:
    assert judge("对各项工作作了安排部署", 4) == "genuine"


@pytest.mark.xfail(reason="known failure: a verb doubled before a set phrase it opens is taken for a slip", strict=True)
def test_known_failure_verb_before_a_set_phrase() -> None:
    assert judge("他眨眨眼睛笑了", 1) == "suspect"  # "眨|眨眼睛": the dictionary holds "有意思" so too


def test_the_quick_look_for_a_doubled_character_misses_no_han_character() -> None:
    """`undouble` skips a paragraph its quick look finds no doubled character in: the look must
    cover every character the precise pattern (\\p{Han}) matches."""
    han = regex.compile(r"\p{Han}")
    missed = [hex(code) for code in range(0x110000) if han.match(chr(code)) and not _MAYBE_DOUBLED.match(chr(code) * 2)]
    assert missed == []


def test_the_doubling_check_counts_what_clean_text_would_lose(tmp_path) -> None:
    """Every pair clean text prints is the writer's: the check counts those the repair would
    remove, and catches the slips it makes itself."""
    check = load_script("doubling_check")
    (tmp_path / "one.txt").write_text("让党旗在一线高高飘扬，村里的离退休老干部都来了。\n\n" * 3 + "县委副书记李明介绍了全县的工作情况和明年的打算。\n", "utf-8")
    lines = check.clean_lines(tmp_path)
    verdicts, removed = check.printed_pairs(lines)
    assert len(lines) == 4 and verdicts == {"genuine": 3} and removed == []
    made = check.made_slips(lines, 200, 1)
    assert sum(made.values()) > 0 and made["slip"] > 0
