"""Every cue word the tool reads, in both scripts, in one place.

It lives in `cleanup` so that both packages read the one table: the layout uses
nearly all of it, the unwrapper the datelines, jump lines and mastheads.

Rules elsewhere build their patterns from these lists, so teaching the tool a new
news agency, reporter title or page-furniture word is a one-line change here.
Each list holds simplified and traditional forms side by side.
"""

from __future__ import annotations

import re

import regex

# Who files a story: "本报济宁11月26日讯", "新华社北京11月21日电".
SOURCES = ["本报", "本報", "新华社", "新華社", "中新社", "中新網", "人民日报", "人民日報", "央视", "央視"]
# How a dateline ends: 讯 (local report) or 电 (wire).
DATELINE_ENDS = ["讯", "訊", "电", "電"]
# Titles in front of a name in bylines, datelines and credits; longest first.
REPORTER_TITLES = [
    "本报评论员", "本報評論員", "本报特约记者", "本報特約記者", "本报记者", "本報記者",
    "本报通讯员", "本報通訊員", "新华社记者", "新華社記者", "实习记者", "實習記者",
    "特约记者", "特約記者", "见习记者", "見習記者", "首席记者", "首席記者",
    "评论员", "評論員", "通讯员", "通訊員", "记者", "記者", "摄影", "攝影", "编者", "編者",
]
# A photo credit ends in 摄 ("■记者 刘项清 通讯员 李勇 摄"); a byline may end in 摄影报道
# ("■本报记者 李舸 摄影报道": a photo story whose text follows), which is not a credit.
PHOTO_MARKS = ["摄", "攝"]
# What a figure in a data box counts ("318家", "17万人次", "12.56亿人"): people, places, things,
# money, sizes. A count of years or days is left out: "2019年" is a date.
FIGURE_UNITS = ["人次", "人", "家", "个", "個", "件", "元", "户", "戶", "次", "项", "項", "所", "台", "辆", "輛", "吨", "噸",
                "座", "场", "場", "篇", "部", "名", "位", "只", "头", "頭", "亩", "畝", "公里", "千米", "米", "株", "棵", "份", "种",
                "種", "倍", "条", "條", "批", "册", "冊", "本", "首", "幅", "块", "塊", "张", "張", "架", "艘", "斤", "公斤", "立方米"]
# Who gave a picture or a text, after their title ("通讯员供图"): no name.
GIVEN_BY = ["供图", "供圖", "供稿", "提供"]
# What reporters did, closing a sign-off in brackets ("（本报记者王明采访整理）"): compiled, wrote up.
SIGN_OFF_VERBS = ["采访整理", "採訪整理", "整理", "采写", "採寫", "执笔", "執筆"]
PHOTO_STORY = ["影报道", "影報道"]
# Jump lines: "（下转2版A）" at the end of an article that goes on elsewhere.
JUMP_MARKS = ["下转", "下轉", "转第", "轉第", "转", "轉"]
# An article continued from another page opens with "（上接1版）".
JUMP_FROM_MARKS = ["上接", "上轉", "接第", "承"]
# Marks that open a byline or credit line, and lines of page furniture.
BYLINE_MARKS = ["■", "□", "▲", "◆"]
PROMO_MARKS = ["●", "○", "◎"]
PROMO_WORDS = ["扫描二维码", "掃描二維碼", "二维码", "二維碼", "扫码", "掃碼", "客户端", "客戶端", "公众号", "公眾號"]
EDITOR_WORDS = ["编辑", "編輯", "责任编辑", "責任編輯", "视觉", "視覺", "美编", "美編", "美术", "美術", "校对", "校對", "电子信箱", "電子信箱", "电子邮箱", "電子郵箱"]
SPONSOR_WORDS = ["主办", "主辦", "协办", "協辦"]
WEEKDAYS = ["星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日", "星期天"]
# Boxes and asides printed inside a feature story under a title of their own ("核心阅读", "小贴士").
BOX_TITLES = ["核心阅读", "核心閱讀", "小贴士", "小貼士", "链接", "鏈接", "相关阅读", "相關閱讀", "延伸阅读", "延伸閱讀",
              "记者手记", "記者手記", "编者按", "編者按", "编者的话", "編者的話", "开栏的话", "開欄的話", "内容提要", "內容提要", "背景资料", "背景資料"]
# A box of links, named for what it links to ("相关链接", "新闻链接", "眾籌連結").
LINK_WORDS = ["链接", "鏈接", "連結", "链结"]
# Column names printed after "·" in series banners: "助企攀登 推进制造强市建设·专题访谈".
SERIES_WORDS = ["专题访谈", "專題訪談", "记者调查", "記者調查", "一线见闻", "一線見聞", "深度观察", "深度觀察",
                "专题报道", "專題報道", "法庭直击", "法庭直擊", "新春走基层", "新春走基層"]
# A kicker that credits a speech: "省长在调研时强调", "张红旗出席会议并讲话".
SPEECH_VERBS = ["强调", "強調", "指出", "表示", "要求", "讲话", "講話", "致辞", "致辭", "会见", "會見", "致信", "致贺信", "致賀信"]
# Place and organisation endings: a kicker often names who (金乡县, 太白湖新区, 质检总局).
# Administrative units and government bodies: a title opening with one names who acts.
ADMIN_ENDINGS = "省市县縣区區州镇鎮乡鄉村部局委办辦院厅廳"
PLACE_ENDINGS = "省市县縣区區州盟旗镇鎮乡鄉村街道部局委厅廳办辦院署司处處所站社会會团團关關司"


# Characters that lean on what comes before them and so never open a paragraph.
BOUND_CHARACTERS = frozenset("的了着过们地得之")
# A postposition that closes a clause of time ("…接受查询" | "时表示"), standing as a word of its own.
POSTPOSITIONS = frozenset("时時")
# Conjunctions that join two words or phrases ("…甲" | "和乙"), which a paragraph never opens on.
JOINING_CONJUNCTIONS = frozenset("和及并並或")
# ... of which those that are prepositions too may open a sentence ("和这位老人话别后，…").
PREPOSITIONAL_CONJUNCTIONS = frozenset("和")
# Adverbs that lean on a subject before them ("…村里的老人" | "也都来了"): no clause opens on one.
LEANING_ADVERBS = frozenset("也都还還才又亦则則便均仍即")
# The aspect marks a verb takes ("作了", "看着", "去过").
ASPECT_MARKS = frozenset("了着过")
# Prepositions, conjunctions and the copula, standing as words of their own, that need the words
# after them ("由街道办事处与" | "社区服务中心", "…的设计者是" | "一位老工程师"): a line that
# stops on one was cut.
LINKING_WORDS = frozenset(
    [*"与和及或跟同把被将对从向往于让使并而由在是"]
    + ["以及", "并且", "而且", "对于", "关于", "由于", "为了", "通过", "根据", "按照", "因为", "如果", "虽然", "但是", "或者", "以便"]
)
# Characters Chinese reduplicates that the dictionary does not list as pairs (time words,
# measure words, adverbs): a stranded copy of one is no evidence of an OCR slip.
REDUPLICATING = frozenset(
    "年月日天夜人家户事件个处时步层条样村代声句字岁面节点滴片根颗座张本"
    "频慢常渐刚仅往偏明悄默纷牢紧深久高好稍匆轻静暗微隐连屡累茫浓满大小多早远快正跃"
)
# Words that stand alone in any text and are never printed twice: doubled, they are slips.
FUNCTION_CHARACTERS = frozenset(
    "是的在了和与及或也都就把被将对从向于以为让使等而并但又再还才已很更最每各该其此这那有无不没个所"
    "着他她它我你之到既否"
)
# Units and measure words a number is printed with ("2015年", "40个", "1.8万亿元").
NUMBER_UNITS = frozenset("年月日时時分秒号號个個万萬亿億元岁歲次名家件项項倍天周週%％")
# Measure words that count things and need the noun after them ("筑起千栋" | "“诚信大厦”", "三名"
# | "学生"); not units of time or money, which may close a phrase ("坚守三十年").
CLASSIFIERS = frozenset("个個座栋棟辆輛名位所条條项項件张張只隻头頭台臺架艘枚颗顆棵株间間户戶片把支根块塊幅篇部本批")
# A measure word after these is reduplicated to mean "each" ("一张张", "一代代").
COUNT_WORDS = frozenset("一每")
# Last characters of units and bodies besides places ("攻关队|队长", "合成旅|旅长"): the next
# word often begins with them again when the dictionary lacks the unit's name.
UNIT_ENDINGS = frozenset("队旅团营连师军组科室馆厂场店校系班园")


def alternation(words: list[str]) -> str:
    """A regex alternation that tries longer words first, so 本报记者 wins over 记者."""
    return "|".join(regex.escape(word) for word in sorted(words, key=len, reverse=True))


# A title in front of a reporter's name, as a regex: one of `REPORTER_TITLES`, or the shape of a
# correspondent's posting, which names a place of one to six characters ("本报驻俄罗斯记者",
# "本報駐京記者").
REPORTER_TITLE_PATTERN = rf"本[报報][驻駐]\p{{Han}}{{1,6}}?(?:记者|記者)|{alternation(REPORTER_TITLES)}"


_SPACE = "[ \u3000\u00a0]*"
# A series banner: a slogan and, after "·", the column's name ("深化改革 砥砺前行·记者调查").
SERIES_BANNER = regex.compile(rf"·\s*(?:{alternation(SERIES_WORDS)})\s*$")
# A campaign's banner over a page's section, in the forms papers name a campaign with: study
# and carry out a meeting's spirit, greet an event, a drive "in progress" ("深入学习贯彻…精神",
# "喜迎…", "…进行时"). A cue, read only at a title block's outer edge (`layout.titles`).
CAMPAIGN_BANNER = regex.compile(r"^\s*(?:(?:深入)?(?:学习贯彻|學習貫徹)\p{Han}{2,24}(?:精神|思想)|喜迎\p{Han}{2,10}|\p{Han}{2,8}(?:进行时|進行時))\s*$")
# A column's label on a line of its own, led by a middle dot: "·专题访谈", "·一线见闻".
COLUMN_LABEL = regex.compile(r"^\s*[·•]\s*\p{Han}{2,8}\s*$")
# A column tag printed with a headline: "（聚焦基层一线）", "（现场评论·走向我们的小康生活（12））", up
# to a campaign's series name of forty characters ("（学思想 强党性 重实践 建新功·深入开展…系列报道）").
COLUMN_TAG = regex.compile(r"[（(](?:[^（()）。]|[（(][^（()）。]{1,8}[）)]){2,40}[）)]")
# A box's own title printed on a line of its own: "核心阅读", "【链接】", "相关链接".
BOX_TITLE = regex.compile(
    rf"^\s*■?\s*[【\[]?(?:{alternation(BOX_TITLES)}|\p{{Han}}{{0,4}}(?:{alternation(LINK_WORDS)}))[】\]]?"
    rf"(?:[·・]\p{{Han}}{{1,12}})?\s*$"  # the box's subject after a dot ("小贴士·打铁火流派")
)
# The most characters a box title prints between the spaces around it, "■" and the spaces after
# it aside: a bracket each side, the title (or up to four characters and a link word), a dot and
# twelve characters of subject.
_BOX_TITLE_MOST = 1 + max(max(map(len, BOX_TITLES)), 4 + max(map(len, LINK_WORDS))) + 1 + 1 + 12
# The last characters of the words a box title holds one of: a line holding none of them is
# no box title (one line in ten holds one). A class searched with `re`: a set asked of a line
# would make a string of each of its characters.
_BOX_WORD_END = re.compile("[" + "".join(sorted({re.escape(word[-1]) for word in (*BOX_TITLES, *LINK_WORDS)})) + "]")


def is_box_title(text: str) -> bool:
    """`BOX_TITLE` matches the text. It is asked of every line, and most lines are longer than any
    box title: a long line is let go unsearched, unless spaces or a "■" the pattern allows open it
    or spaces close it. Nor is a line searched that holds no box title's word, told by the
    word's last character.

    >>> is_box_title("【相关链接】"), is_box_title("小贴士·打铁火流派  "), is_box_title("核心阅读的意义在于让读者先看到文章最要紧的几句话")
    (True, True, False)
    """
    if len(text) > _BOX_TITLE_MOST and not text[:1].isspace() and text[:1] != "■" and not text[-1:].isspace():
        return False
    if not _BOX_WORD_END.search(text):
        return False
    return bool(BOX_TITLE.match(text))


# A box's title with its kind in brackets after it: "什么是雾（链接）".
BOX_TAG = regex.compile(rf"[（(【\[](?:{alternation(BOX_TITLES)})[）)】\]]\s*$")
# A labelled reference printed after an article: a code ("案件編號：HCMA12/2020",
# "【案件编号：DCCC34/2020】"), an address to write to ("栏目投稿邮箱：name@163.com"), a list of
# sources set apart by slashes ("资料来源：新华社 / Reuters / BBC") or one source.
# Letters and digits, half-width or full-width ("ＫＣＣＣ１９４３").
ALNUM = r"A-Za-z\dＡ-Ｚａ-ｚ"
_SOURCE = rf"[\p{{Han}}A-Za-zＡ-Ｚａ-ｚ][\p{{Han}}{ALNUM}.&' \-]{{0,24}}?"
_MAIL = rf"[{ALNUM}._%+\-]+@[{ALNUM}\-]+(?:\.[{ALNUM}\-]+)+"
REFERENCE = regex.compile(
    rf"[【\[]?\p{{Han}}{{2,8}}\s*[：:]\s*(?:{_MAIL}|[{ALNUM}][{ALNUM}/／._\-]*(?:[（(][{ALNUM}]+[）)])?|{_SOURCE}(?:\s*[/／]\s*{_SOURCE}){{2,}})[】\]]?"
    # where a picture or the figures came from ("图片来源：《青山县志图录》", "（资料来源：中国气象报）"),
    # one source (a list parted by slashes is the branch above's, whole)
    rf"|[（(]?\p{{Han}}{{0,4}}来源\s*[：:]\s*[^\s：:，。；,;！？!?/／]{{1,30}}[）)]?"
)


def is_reference(text: str) -> bool:
    """The whole text is a labelled reference (`REFERENCE`). Each holds its label's colon: a
    text without one, as nearly every line and paragraph is, is not matched.

    >>> is_reference("案件編號：HCMA12/2020"), is_reference("案件編號HCMA12/2020")
    (True, False)
    """
    return ("：" in text or ":" in text) and bool(REFERENCE.fullmatch(text))


# "（下转2版A）" closing a paragraph; `page` is where the article goes on.
# A masthead line ends with who runs the page: "党的建设 中共济宁市委组织部 … 主办".
# The editors' line ("□编辑 王珂 视觉 …"): page furniture, whatever mark opens it.
EDITOR_LINE = regex.compile(rf"^[□■]?{_SPACE}(?:{alternation(EDITOR_WORDS)})")
SPONSOR_LINE = regex.compile(rf"(?:{alternation(SPONSOR_WORDS)}){_SPACE}$")
_SPONSOR_ENDS = tuple(SPONSOR_WORDS)


def is_sponsor_line(text: str) -> bool:
    r"""`SPONSOR_LINE` finds a sponsor's word closing the text (spaces after it, and a line break
    where `$` allows one). Told by the text's end: it is asked at both sides of every blank
    line, and the pattern would try every character of the line.

    >>> is_sponsor_line("中共济宁市委组织部 主办\u3000"), is_sponsor_line("主办方表示"), is_sponsor_line("协办 \n")
    (True, False, True)
    """
    return text.removesuffix("\n").rstrip(" \u3000\u00a0").endswith(_SPONSOR_ENDS)


# A page header: the date, a page number printed before it or against its year ("32023 年"), in
# half-width digits or full-width ones ("２０２３年"), as every pattern of dates and pages reads them.
PAGE_DATE = regex.compile(
    rf"^(?:(?P<page>\d{{1,3}}?){_SPACE})?(?P<year>(?:[1１][9９]|[2２][0０])\d\d){_SPACE}年{_SPACE}(?P<month>\d{{1,2}}){_SPACE}月"
    rf"{_SPACE}(?P<day>\d{{1,2}}){_SPACE}日(?P<rest>.*)$"
)
# "（上接1版）", "（上接第2版A）": opening the text an article continues on this page with.
JUMP_FROM = regex.compile(
    rf"^{_SPACE}[（(]{_SPACE}(?P<mark>{alternation(JUMP_FROM_MARKS)}){_SPACE}第?{_SPACE}"
    rf"(?P<page>[{ALNUM}]{{1,4}}{_SPACE}版{_SPACE}[A-Za-zＡ-Ｚａ-ｚ]?){_SPACE}[）)]{_SPACE}"
)


def continued_from_alone(text: str) -> bool:
    """A line that is nothing but "（上接1版）": the text it opens follows it, on the next line
    or across a blank one.

    >>> continued_from_alone("（上接1版）"), continued_from_alone("（上接1版）近年来")
    (True, False)
    """
    match = JUMP_FROM.match(text) if text.lstrip()[:1] in ("（", "(") else None  # most lines: no bracket opens them
    return bool(match) and not text[match.end() :].strip()


# A page number printed alone, as an extractor gives a page's folio: "3", "- 3 -", "第3版", "A3".
PAGE_NUMBER = regex.compile(rf"(?:[-—–－]{_SPACE})?(?:第{_SPACE})?[A-Za-zＡ-Ｚ]?[0-9０-９]{{1,3}}{_SPACE}版?(?:{_SPACE}[-—–－])?")
JUMP_LINE = regex.compile(
    rf"[（(]{_SPACE}(?P<mark>{alternation(JUMP_MARKS)}){_SPACE}第?{_SPACE}"
    rf"(?P<page>[{ALNUM}]{{1,4}}{_SPACE}版{_SPACE}[A-Za-zＡ-Ｚａ-ｚ]?){_SPACE}[）)]{_SPACE}$"
)

# "（作者为青山大学文学院教授）", "（作者单位：青山师范学院）": who wrote a commentary, after its text;
# an institution's other name in brackets inside ("（作者为青山大学（原青山师专）教授）").
AUTHOR_NOTE = regex.compile(r"[（(]\s*作者(?:[^（()）]|[（(][^（()）]{1,30}[）)]){1,60}[）)]")

def jump_line(text: str) -> regex.Match | None:
    """The jump line that ends the text ("…（下转2版）"), if one does. Each names a page (版): a
    text without the character, as nearly every line is, is not searched.

    >>> bool(jump_line("各地积极推进。（下转2版A）")), jump_line("各地积极推进。")
    (True, None)
    """
    return JUMP_LINE.search(text) if "版" in text else None


# "本报济宁11月26日讯（记者 刘传伏）", "新华社北京11月21日电", "中新网北京3月1日电", "经济日报讯",
# "据新华社柏林5月12日电": the 电头 opening a report. The source is a known one or, by shape, a
# name of two to six characters ending like a news organisation's (日报, 网, 社, 台...).
MEDIA_ENDINGS = ["日报", "日報", "晚报", "晚報", "新闻网", "新聞網", "通讯社", "通訊社", "网", "網", "社", "台", "报", "報"]
DATELINE = regex.compile(
    rf"^(?:据|據)?(?P<source>{alternation(SOURCES)}|\p{{Han}}{{1,5}}?(?:{alternation(MEDIA_ENDINGS)}))"
    rf"(?P<place>(?:(?!{REPORTER_TITLE_PATTERN})\p{{Han}}){{0,8}}?)"
    rf"(?P<date>\d{{1,2}}{_SPACE}月{_SPACE}\d{{1,2}}{_SPACE}日)?"
    rf"(?P<end>{alternation(DATELINE_ENDS)})"
    rf"(?:{_SPACE}[（(](?P<who>[^（()）]{{1,40}})[）)])?"
)

_KNOWN_SOURCE = regex.compile(alternation(SOURCES))
# What a sentence that cites a dispatch goes on with: "…电称", "…电说".
_CITING = frozenset("称稱说說")
# A dateline ends in 讯 or 电 within its first few dozen characters: most text is told by that
# search alone (`re`, cheaper than trying the whole pattern on every line).
# What a dateline ends on ("电", "讯"): a text that holds none opens on no dateline
# (`match_dateline`), told before any line is stripped or joined for it.
DATELINE_END = re.compile("|".join(DATELINE_ENDS))
_DATELINE_REACH = 64


# Where a round-up's reports were filed, several places in one dateline ("本报北京、曼谷3月1日电"):
# a dozen at most, so that a long list in brackets is not tried place by place from every end.
_PLACES_MAX = 12
_FILED_IN_SEVERAL = regex.compile(
    rf"(?:{alternation(SOURCES)})\p{{Han}}{{1,8}}(?:{_SPACE}、{_SPACE}\p{{Han}}{{1,8}}){{1,{_PLACES_MAX}}}{_SPACE}"
    rf"(?:\d{{1,2}}{_SPACE}月{_SPACE}\d{{1,2}}{_SPACE}日)?{_SPACE}(?:电|電)"
)
# The reporters named after a closing dateline ("记者甲、乙，丙参与采写"): a title, then names.
_REPORTERS_AFTER = regex.compile(rf"{_SPACE}(?:{REPORTER_TITLE_PATTERN}){_SPACE}[\p{{Han}}·、，, \u3000]{{2,80}}")


def closing_dateline(text: str) -> bool:
    """A paragraph that is nothing but a dateline in brackets ("（本报开罗2月16日电）",
    "（新华社江东青山3月25日电）"): where the report was filed, printed under its last line. A
    round-up's note names the places of all its reports, and may name its reporters after
    them ("（本报甲地、乙地3月1日电 记者王明、李华）"): it closes the round-up too.

    >>> closing_dateline("（本报开罗2月16 日电）"), closing_dateline("（本报记者 王珂）"), closing_dateline("本报北京3月1日电 近日，")
    (True, False, False)
    >>> closing_dateline("（本报北京、东京 、开罗3月1日电 记者王明、李华，赵强参与采写）"), closing_dateline("（本报北京、东京3月1日电 称，各方）")
    (True, False)
    """
    inside = text.strip()
    if inside[:1] not in "（(" or inside[-1:] not in "）)":
        return False
    inside = inside[1:-1].strip()
    match = match_dateline(inside)
    if match and match.end() == len(inside):
        return True
    match = _FILED_IN_SEVERAL.match(inside)
    return bool(match) and (match.end() == len(inside) or bool(_REPORTERS_AFTER.fullmatch(inside, match.end())))


def match_dateline(text: str) -> regex.Match | None:
    """The dateline opening the text, if one does; not a sentence that cites a dispatch ("新华社
    3月24日电称，…").

    >>> [bool(match_dateline(text)) for text in ("新华社北京3月24日电 某国…", "新华社3月24日电称，某国…")]
    [True, False]
    """
    if not DATELINE_END.search(text, 0, _DATELINE_REACH):
        return None
    match = DATELINE.match(text)
    if not match:
        return None
    # "本报电" is a dateline only when the text runs on after it (or a bracket follows); a source
    # told by its shape alone needs a date or the reporters' bracket as well.
    after = text[match.end() :]
    if after[:1] in _CITING:
        return None
    known = _KNOWN_SOURCE.fullmatch(match.group("source"))
    if not known and not match.group("date") and not match.group("who") and not match.group("source").endswith(("日报", "日報")):
        return None
    if not match.group("who") and not match.group("date") and not match.group("place") and not after[:1].isspace():
        return None
    return match


# A web address printed as text: a scheme or "www." and the characters an address holds, no
# space and no Han ("https://example.org/news/2019/0412.html").
_WEB_ADDRESS = regex.compile(r"(?:https?://|www\.)[!-~]*", regex.IGNORECASE)
# The rest of an address the wrap cut, opening the line after it: its path, no new address.
# A word alone ("Alpha News / Beta Times") is none: a path holds a mark that parts its pieces, or
# letters and digits run together as a code ("aB3xY9").
_MORE_OF_AN_ADDRESS = regex.compile(
    r"(?!https?://|www\.)(?=[A-Za-z0-9]*[_./?=&%#~+\-]|[A-Za-z]*\d+[A-Za-z]|\d*[A-Za-z]+\d)[A-Za-z0-9_./?=&%#~+\-]++(?!\p{Han})",
    regex.IGNORECASE,
)
# An address cut right after its scheme ("https://"): even one that opens on "www." goes on.
_A_SCHEME_ALONE = regex.compile(r"https?://", regex.IGNORECASE)


def _last_word(text: str) -> str:
    words = text.split()
    return words[-1] if words else ""


def an_address_goes_on(tail_text: str, head_text: str) -> bool:
    """A line ends on a web address, and the line after it (past a blank or a wrap) opens with
    more of it: the rest of its path, no address of its own ("…/news/web" | "_en/article/0412.html"),
    or any address after a scheme alone ("https://" | "www.example.org/…").

    >>> an_address_goes_on("https://www.example.org/news/web", "_en/article/0412.html")
    True
    >>> an_address_goes_on("https://", "www.example.org/news"), an_address_goes_on("https://", "m.example.org/news")
    (True, True)
    >>> an_address_goes_on("https://www.example.org/a=1", "https://www.example.com/b")
    False
    >>> an_address_goes_on("https://www.example.org/?id=aB3", "xY9zQ2wE5"), an_address_goes_on("https://www.example.org/", "Reuters / AP")
    (True, False)
    >>> an_address_goes_on("https://www.example.org/news", "某某新聞網報道，")
    False
    >>> an_address_goes_on("1. https://www.example.org/a1", "2. https://www.example.org/b2"), an_address_goes_on("https://www.example.org/a", "U.S. 官員表示")
    (False, False)
    >>> an_address_goes_on("https://www.example.org/news/web", "_en/0412.html，或致電查詢")
    True
    """
    address = _WEB_ADDRESS.search(_last_word(tail_text))
    if not address or address.end() != len(_last_word(tail_text)):
        return False
    head = next(iter(head_text.split()), "")
    if _A_SCHEME_ALONE.fullmatch(address.group()) and _WEB_ADDRESS.match(head):
        return True
    # The rest of a path runs to the line's end or into a mark; a word a space parts from the
    # text after it is a list's number or an abbreviation ("2. https://…", "U.S. 官員").
    return bool(_MORE_OF_AN_ADDRESS.match(head)) and (head == head_text.strip() or not _MORE_OF_AN_ADDRESS.fullmatch(head))


def mentions_an_address(text: str) -> bool:
    """Does the text print a web address anywhere? Most pages print none, and skip the tests
    that read one. Every address opens on "//" or "www.": a text with no slash or dot (most of
    a page's blocks and units) is not searched.

    >>> mentions_an_address("詳情見 www.example.org"), mentions_an_address("某某網站報道")
    (True, False)
    """
    return ("/" in text or "." in text) and bool(_WEB_ADDRESS.search(text))


def is_an_address(text: str) -> bool:
    """A web address and nothing else ("https://www.example.org/a/b.html")."""
    return bool(_WEB_ADDRESS.fullmatch(text.strip()))
