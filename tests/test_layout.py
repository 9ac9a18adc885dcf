"""Whole seed pages rebuilt: structure the reference annotations and the raw dumps show."""

from __future__ import annotations

from functools import cache

import pytest
from conftest import dump, seed_text, wrapped

from cleanup import Line, Unit
from layout import Page, reconstruct
from layout.build import Builder
from layout.classify import Piece, classify_all
from layout.model import Article, BodyPart, PageMeta, Span
from layout.pieces import body_of, tidy
from layout.titles import TitleUnit, assign_roles


@cache
def page(prefix: str) -> Page:
    return reconstruct(seed_text(prefix), prefix)


def headlines(prefix: str) -> list[str | None]:
    return [article.headline for article in page(prefix).articles]


def test_headlines_after_bodies_are_attached_to_the_body_before_them() -> None:
    assert page("000").layout == "body-first"
    first = page("000").articles[0]
    assert first.headline == "强化政治担当 聚焦核心任务"
    assert first.subheadline == "我市以高质量机关党建推动经济社会高质量发展工作综述"
    assert first.byline.text == "本报通讯员 邵小兵"
    assert first.body[0].text.startswith("近年来，市直机关各级党组织")
    assert first.continued == "2版"


def test_headlines_before_bodies_are_attached_to_the_body_after_them() -> None:
    assert page("004").layout == "headline-first"
    first = page("004").articles[0]
    assert (first.kicker, first.headline) == ("金乡县", "激活红色引擎 赋能园区高质量发展")
    assert first.dateline.text == "本报金乡讯（通讯员 李坦 孙虎玉）"
    assert first.body[0].text.startswith("今年以来，金乡县以创新实施")


def test_deck_under_the_headline_is_kept_as_kicker() -> None:
    meeting = page("000").articles[2]
    assert (meeting.headline, meeting.kicker) == ("全市基层党建工作座谈会召开", "张红旗出席会议并讲话")


def test_intertitles_stay_inside_their_article() -> None:
    kinds = [part.kind for part in page("000").articles[0].body]
    assert kinds[:3] == ["p", "h", "p"]
    assert page("000").articles[0].body[1].text == "以政治建设为统领，大力创建模范机关"


def test_photo_caption_is_its_own_item_with_its_credit() -> None:
    photo = page("000").articles[-1]
    assert photo.kind == "photo"
    assert photo.credit == "记者 刘项清 通讯员 王斌 仇龙"
    assert photo.body[0].text.startswith("据济宁海关统计，今年前10个月")


@pytest.mark.parametrize(("blank_between", "photos"), [(False, 1), (True, 0)])
def test_a_caption_parted_where_a_sentence_ended_at_a_line_end_is_one_paragraph(blank_between: bool, photos: int) -> None:
    """A block of two paragraphs over a credit is the caption, one paragraph as printed; a
    paragraph with a blank line between it and the caption is some article's text."""
    caption = "在城东新建的体育公园里，市民们沿着湖边步道跑步健身。\n" + ("\n" if blank_between else "")
    caption += "图为清晨的体育公园，湖边步道上跑步健身的人络绎不绝。\n\n■本报记者 王明 摄\n"
    page = reconstruct(BODY_FIRST_ARTICLE + "城南\n\n" + caption)
    bodies = [[part.text for part in article.body] for article in page.articles if article.kind == "photo" and len(article.body) == 1]
    assert len([body for body in bodies if body[0].startswith("在城东")]) == photos


@pytest.mark.parametrize(
    ("headline", "kicker", "orphan"),
    [
        # a body by name over a headline with its deck, both of the text above: its kicker
        ("对邻市议会通过引水方案表示关切", "青山市政府", False),
        # a headline that shares none of its words heads a text on another page
        ("冷链物流有了实施方案", None, True),
    ],
)
def test_a_name_printed_as_a_block_over_a_headline_with_its_deck_is_its_kicker(headline: str, kicker: str | None, orphan: bool) -> None:
    text = "■本报记者 王珂\n\n青山市政府16日表示，对于邻市议会通过有关引水方案\n感到关切，上游城市不应单方改变河流分水比例。\n\n"
    page = reconstruct(text + f"青山市政府\n\n{headline}\n——强调上游城市不应单方改变分水比例\n\n" + BODY_FIRST_ARTICLE)
    first = page.articles[0]
    assert (first.headline, first.kicker) == ((headline, kicker) if not orphan else ("青山市政府", None))
    assert any(article.headline == headline and not article.body for article in page.articles) is orphan


@pytest.mark.parametrize(
    ("last", "kicker", "headline"),
    [
        # past a kicker, the headline: the last article's, not one whose text is on another page
        ("架起致富桥 铺就小康路", "某县依托农民合作社，带动农户发展特色种植", "架起致富桥 铺就小康路"),
        # a slogan past it heads a text elsewhere: the title over it is this text's headline
        ("新理念引领乡村新发展", None, "某县依托农民合作社，带动农户发展特色种植"),
    ],
)
def test_the_page_s_last_title_past_a_kicker_is_its_headline(last: str, kicker: str | None, headline: str) -> None:
    text = "■本报记者 王明\n\n某县依托农民合作社，带动三千多户农户\n发展特色种植，走上致富路，户均年增收\n一万余元。合作社统一供种、统一收购，\n让农户安心种地，日子越过越红火。\n\n"
    page = reconstruct(BODY_FIRST_ARTICLE + text + f"某县依托农民合作社，带动农户发展特色种植\n\n{last}\n")
    article = next(article for article in page.articles if article.body and article.body[0].text.startswith("某县"))
    assert (article.kicker, article.headline) == (kicker, headline)


def test_headline_block_without_body_is_an_article_with_empty_body() -> None:
    last = page("003").articles[-1]
    assert last.headline == "以快制快，尽快遏制疫情扩散蔓延"
    assert last.subheadline == "二十条优化措施热点问答之四"
    assert last.body == []


def test_titles_between_a_byline_and_a_dateline_head_the_dated_text() -> None:
    """An extractor that printed a headline block away from its text: the titles under its
    byline head the text a dateline opens under them, not the byline's article."""
    dump = (
        "农田保护监察加强日常巡查\n违法占用耕地，严查！（政策解读）\n■本报记者 李华\n\n"
        "谁负责 谁落实 谁反馈\n东川服务企业“马上就办”\n\n"
        "本报太原4月21日电（记者王明）近日，东川省青石市抽\n调100名优秀干部，成立企业服务中心，\n这是东川省成立的首家市级专业服务机构。\n"
    )
    first, second = reconstruct(dump).articles
    assert (first.byline.text, first.body) == ("本报记者 李华", [])
    assert second.headline is not None and second.headline.endswith("东川服务企业“马上就办”")
    assert second.dateline is not None and second.body[0].text.startswith("近日，东川省青石市")


def test_page_meta_from_the_header() -> None:
    meta = page("002").meta
    assert (meta.date, meta.number, meta.section) == ("2023-12-17", "3", "党的建设")


def test_furniture_is_kept_once_and_never_inside_articles() -> None:
    furniture = [piece.text for piece in page("002").furniture]
    assert "乡村振兴先锋" in furniture
    assert "2023年12月17日 星期日" in furniture
    for article in page("002").articles:
        assert all("乡村振兴先锋" not in part.text for part in article.body)


def test_editorial_byline() -> None:
    editorial = page("001").articles[1]
    assert editorial.byline.text == "本报评论员"
    assert editorial.headline == "为全面推进乡村振兴提供干部人才支持"


def test_wrapped_byline_lines_are_one_byline() -> None:
    assert page("001").articles[0].byline.text == "本报记者 刘作义 本报通讯员 谭曰鹏 吴计建 崔昊 周慧喆"


def test_a_correspondents_line_under_a_byline_goes_on_with_it() -> None:
    text = "■本报驻巴西记者 李明\n本报驻阿根廷记者 周文\n\n核心阅读\n\n当地时间19日，南部多个城市遭遇暴雨，交通一度中断。\n\n雨季仍未结束\n"
    article = reconstruct(text).articles[0]
    assert article.byline.text == "本报驻巴西记者 李明 本报驻阿根廷记者 周文"
    assert article.byline.persons == ["李明", "周文"]


def test_a_headline_that_prints_a_phrase_once_shows_the_doubling_in_the_text() -> None:
    """The page is evidence for the doubling repair, its headlines too, as `cleanup.clean` reads it."""
    text = "新规出台遭业界普遍质疑\n\n本报上海4月22日电 某市停车新规出台遭遭业界普遍质疑。多家企业表示不满。\n"
    page = reconstruct(text)
    assert page.articles[0].body[0].text.endswith("停车新规出台遭业界普遍质疑。多家企业表示不满。")
    assert [(edit.kind, edit.after) for edit in page.edits if "doubling" in edit.kind] == [("ocr-doubling", "遭")]


SAID = "切实把农田水利建设\n抓紧抓实抓出成效"
WHO_SPOKE = "李某某在河北调研时强调"
SPEECH = "本报石家庄3月24日电 李某某20日至23日在河北保定、沧州调研。他强调，要切实把农田水利建设抓紧抓实抓出成效。\n"


@pytest.mark.parametrize("block", [f"{SAID}\n\n{WHO_SPOKE}", f"{WHO_SPOKE}\n\n{SAID}"])
def test_the_line_that_says_who_spoke_is_the_kicker_above_or_under_the_headline(block: str) -> None:
    article = reconstruct(f"{block}\n\n{SPEECH}").articles[0]
    assert (article.headline, article.kicker) == ("切实把农田水利建设抓紧抓实抓出成效", WHO_SPOKE)
    assert not article.notes


def test_every_article_records_its_source_lines() -> None:
    for prefix in ("000", "001", "002", "003", "004"):
        for article in page(prefix).articles:
            assert article.span and article.span.first <= article.span.last


def test_furniture_printed_twice_is_kept_once_and_logged() -> None:
    banner = "乡村振兴先锋" * 3
    text = f"{banner}\n\n■本报记者 刘传伏\n\n全市基层党建工作座谈会召开，市委副书记张红旗出席会议并讲话。\n\n{banner}\n"
    rebuilt = reconstruct(text)
    assert [piece.text for piece in rebuilt.furniture].count("乡村振兴先锋") == 1
    assert any(edit.kind == "duplicate-furniture" and edit.line == 7 for edit in rebuilt.edits)


def test_a_dash_line_without_text_is_logged_not_dropped() -> None:
    page = reconstruct("这是一段正文，说明了很多事情。\n\n标题在这里\n\n——\n")
    assert [(edit.kind, edit.line, edit.before) for edit in page.edits] == [("empty-subheadline", 5, "——")]


def test_a_call_to_scan_a_code_is_promo_not_a_headline() -> None:
    page = reconstruct("扫码下载\n人民日报客户端\n\n一季度客运量同比增6.5%\n\n本报北京3月24日电 今年一季度，全市客运主要指标保持平稳增长。\n")
    assert [(piece.text, piece.role) for piece in page.furniture] == [("扫码下载 人民日报客户端", "promo")]
    assert [article.headline for article in page.articles] == ["一季度客运量同比增6.5%"]


def test_a_call_to_scan_wrapped_after_a_comma_is_one_promo() -> None:
    body = "一名已退休的警司，被指在執勤期間以警棍毆打途人，被控一項襲擊致造成身體傷害罪。案件今日在某區裁判法院開審。\n"
    page = reconstruct("掃描二維碼,\n關注「眾新聞」\n\n退休警司案開審\n\n" + body)  # a flat page: one paragraph per line
    assert [(piece.text, piece.role) for piece in page.furniture] == [("掃描二維碼，關注「眾新聞」", "promo")]
    assert [(article.headline, article.kicker) for article in page.articles] == [("退休警司案開審", None)]


_READING_ROOM_PAGE = (
    "某市推进社区书屋建设\n\n本报北京1月9日电 某市日前召开会议，部署社区书屋\n建设工作，要求各区抓好落实。\n\n"
    "{marked}“周末带孩子来看书，方便吗？”在某\n街道的新书屋里，家长们排队\n办理借书卡，秩序井然。\n\n"
)


# (a line opened by a promo's mark between two paragraphs, the first article's body kinds, furniture)
@pytest.mark.parametrize(
    ("marked", "kinds", "furniture"),
    [
        ("●年底前各区应建成一座\n社区书屋\n\n", ["p", "h", "p"], []),  # the text's intertitle, wrapped under the column
        ("●读者互动园地\n\n", ["p"], [("●读者互动园地", "promo")]),  # a channel named in a few characters
        ("●读者互动园地 ●新闻发布平台\n\n", ["p"], [("●读者互动园地 ●新闻发布平台", "promo")]),  # or several, each marked
    ],
)
def test_a_line_a_promo_s_mark_opens_is_promo_only_if_short(marked: str, kinds: list[str], furniture: list[tuple[str, str]]) -> None:
    """A mark ("●") alone makes a promo of a line that names a channel in a few characters; a
    longer line so marked is an intertitle of the text around it, which goes on."""
    page = reconstruct(_READING_ROOM_PAGE.format(marked=marked))
    assert [part.kind for part in page.articles[0].body] == kinds
    assert [(piece.text, piece.role) for piece in page.furniture] == furniture


_ROAD_TEXTS = (
    "本报南宁3月5日电 今年以来，某县加快推进乡村公路建设，全县新建改建农村公路三百余公里，惠及群众十余万人。县交通部门负责人介绍，全县建制村已全部通硬化路。",
    "在石桥村，新修的水泥路一直通到农户家门口。村民们说，过去雨天出门一身泥，现在开车进城只要半小时。村里的果园也有了销路，收购商的货车直接开进了地头。",
)
_HOUSING_TEXTS = (
    "本报杭州3月5日电 记者从某市住建部门获悉，今年该市将改造老旧小区一百二十个，涉及居民三万余户，先征求意见再定方案。",
    "改造内容包括加装电梯、更新管网、增设停车位等，居民可通过议事会提出意见。社区还将引入物业服务，让小区改造后有人管。",
)


# the last paragraph of the first text, over the byline of a text whose headline is printed below it
@pytest.mark.parametrize(
    "last",
    [
        "路修通了，乡亲们的日子一定会越过越红火，我们对未来充满了信心！",  # its last words, exclaimed, on two lines
        "路修通了，产业也跟着兴旺起来，乡亲们的日子一定会越过越红火，我们对未来充满了信心！",  # on three
        # four lines cut off by the column, no stop at the end
        "路修通了，产业也跟着兴旺起来，\n村里办起了农家乐和合作社，年轻人纷\n纷回乡创业，乡亲们的腰包一天比一天\n更鼓了，全村人均收入比五年前翻了",
    ],
)
def test_a_paragraph_wrapped_at_its_column_over_a_byline_is_no_headline(last: str) -> None:
    """Lines over a byline that wrap as a paragraph (every line but the last as full as the
    paragraph above, words cut where no mark ends a phrase) and end on an exclamation, or run
    past three lines, are the text's last paragraph, not the headline of the text the byline
    opens."""
    page = reconstruct(dump("某县乡村公路建设全面提速", "■本报记者 李华", *_ROAD_TEXTS, last, "■本报记者 王明", *_HOUSING_TEXTS, "某市推进老旧小区改造"))
    assert page.articles[0].body[-1].text == last.replace("\n", "")
    assert page.articles[1].headline != last.replace("\n", "")



@pytest.mark.parametrize(
    ("texts", "headline"),
    [
        (_ROAD_TEXTS, "某市今年出台新规集中整治老旧小区停车难题\n居民何时才能告别找车位之苦？"),  # set across columns
        (tuple("\n".join(wrapped(text, 10)) for text in _ROAD_TEXTS), "某市出台新规整治停车难\n居民何时告别找车位之苦？"),  # over a narrow column
    ],
    ids=["wide-headline", "narrow-text"],
)
def test_a_headline_wider_than_the_paragraph_above_over_a_byline_is_no_paragraph(texts: tuple[str, ...], headline: str) -> None:
    """Two lines over a byline that end on a question and run past the measure of the
    paragraph above were set wider than its column: a headline, not that text's last words."""
    page = reconstruct(dump("某县乡村公路建设全面提速", "■本报记者 李华", *texts, headline, "■本报记者 王明", *_HOUSING_TEXTS))
    assert "".join(page.articles[-1].headline.split()) == headline.replace("\n", "")

BODY_FIRST_ARTICLE = (
    "■本报记者 王珂\n\n"
    "本报北京4月21日电 全国春耕生产进展顺利，各地抢抓农时，\n加快推进春播，确保粮食稳产增产。\n\n"
    "春耕生产进展顺利\n\n"
)


def test_a_column_tag_closes_the_bodys_headline_before_the_title_that_closes_the_page() -> None:
    """The body's own headline shares few words with its text ("笔墨之间见风骨"), but its column
    tag closes it: the title after it heads an article whose text is on another page."""
    body = "■本报记者 王珂\n\n本报北京4月21日电 全国春耕生产进展顺利，各地抢抓农时，\n加快推进春播，确保粮食稳产增产。\n\n"
    page = reconstruct(body + "农 事\n\n笔墨之间见风骨（田间地头）\n\n省长会见外国客人一行\n")
    articles = [(article.headline, article.kicker, len(article.body)) for article in page.articles]
    assert articles == [("笔墨之间见风骨（田间地头）", "农 事", 1), ("省长会见外国客人一行", None, 0)]


# a kicker's label, or a kicker that leads into the title under it with a dash
@pytest.mark.parametrize("label", ["农 事", "农事", "种了三十年地，老李说——"])
def test_a_kicker_over_the_title_that_closes_the_page_leaves_that_title_to_the_body(label: str) -> None:
    body = "■本报记者 王珂\n\n本报北京4月21日电 全国春耕生产进展顺利，各地抢抓农时，\n加快推进春播，确保粮食稳产增产。\n\n"
    page = reconstruct(body + f"{label}\n\n一年之计在于春（田间地头）\n")
    assert [(article.headline, article.kicker, len(article.body)) for article in page.articles] == [("一年之计在于春（田间地头）", label, 1)]


def test_a_closing_title_weighed_by_its_own_words_not_its_column_tag_stays_with_the_body() -> None:
    """"春耕顺利" shares words with the text, its column tag none: the tag names the column,
    so the title is the body's headline, not one whose text is on another page."""
    page = reconstruct(BODY_FIRST_ARTICLE.replace("春耕生产进展顺利\n\n", "") + "各地抢抓农时\n\n春耕顺利（关注改革最后一公里）\n")
    assert [(article.headline, article.kicker, len(article.body)) for article in page.articles] == [("春耕顺利（关注改革最后一公里）", "各地抢抓农时", 1)]


@pytest.mark.parametrize("lead", ["公安部：", "比尔·盖茨："])
def test_a_speakers_name_over_the_headline_is_its_kicker_not_the_texts_last_words(lead: str) -> None:
    """A short line that stops on a colon, a block of its own over the headline block: who speaks the headline."""
    page = reconstruct(BODY_FIRST_ARTICLE.replace("春耕生产进展顺利\n\n", f"{lead}\n\n春耕生产进展顺利\n\n"))
    assert [(article.headline, article.kicker, [part.text for part in article.body]) for article in page.articles] == [
        ("春耕生产进展顺利", lead, ["全国春耕生产进展顺利，各地抢抓农时，加快推进春播，确保粮食稳产增产。"])
    ]


def test_a_compilers_sign_off_closes_the_text_above_it() -> None:
    """"本报记者 何 聪整理" ("compiled by") is printed under the text it compiled: its last line,
    not a byline that opens the next article (whose headline would then be read as its text)."""
    first = "全国春耕生产进展顺利，各地抢抓农时，加快推进春播，确保粮食稳产增产，为全年粮食丰收打下坚实基础。"
    second = "今年一季度全市客运主要指标保持平稳增长，铁路、公路、民航客运量均比去年同期有所上升。"
    page = reconstruct(f"春耕生产进展顺利\n\n{first}\n\n本报记者 何 聪整理\n\n一季度客运量同比增长\n\n{second}\n")
    assert [(article.headline, article.byline, [part.text for part in article.body]) for article in page.articles] == [
        ("春耕生产进展顺利", None, [first, "本报记者 何 聪整理"]),
        ("一季度客运量同比增长", None, [second]),
    ]


def test_a_reference_under_an_authors_note_closes_the_same_article() -> None:
    """Two lines that each close a text, one under the other: both are the article's last."""
    text = "全国春耕生产进展顺利，各地抢抓农时，加快推进春播，确保粮食稳产增产，为全年粮食丰收打下坚实基础。"
    second = "今年一季度全市客运主要指标保持平稳增长，铁路、公路、民航客运量均比去年同期有所上升。"
    page = reconstruct(f"春耕生产进展顺利\n\n{text}\n\n（作者为本报东川分社记者）\n\n栏目投稿邮箱：name@163.com\n\n一季度客运量同比增长\n\n{second}\n")
    assert [(article.headline, [part.text for part in article.body]) for article in page.articles] == [
        ("春耕生产进展顺利", [text, "（作者为本报东川分社记者）", "栏目投稿邮箱：name@163.com"]),
        ("一季度客运量同比增长", [second]),
    ]


def test_a_lede_without_its_stop_that_opens_a_body_first_page_is_its_first_paragraph() -> None:
    """Where headlines follow their text, nothing titles the page's opening text: lines there
    that hold a clause are prose, not a banner."""
    lede = "多一分冷静面对得失的辩证眼光、多\n一分主动调整节奏的实际行动，这对队\n员和观众来说都是明智选择\n\n"
    text = "北京时间2月9日晚，全省女足杯1/4\n决赛，青石女足以0∶1不敌东川女足。尽\n管球队遭到淘汰，依然有众多青石球迷为\n青石女足接机。\n\n"
    page = reconstruct(lede + text + "平常心面对输赢（体坛漫谈）\n\n" + BODY_FIRST_ARTICLE)
    first = page.articles[0]
    assert first.headline == "平常心面对输赢（体坛漫谈）"
    assert first.body[0].text == "多一分冷静面对得失的辩证眼光、多一分主动调整节奏的实际行动，这对队员和观众来说都是明智选择"
    assert page.furniture == []


def test_a_clause_ending_on_a_colon_between_two_texts_opens_the_text_under_it() -> None:
    """Where headlines follow their text, a title line that is a clause leading into what follows
    ("日前，省委决定：") opens the next text, over its dateline: no banner, nor the text above's."""
    appointment = (
        "日前，省委决定：\n\n本报南京5月8日电（记者李明）\n张华同志任省委委员、常委，不\n再担任市委书记职务。\n\n"
        "省委主要负责同志职务调整\n\n"
    )
    first, second = reconstruct(BODY_FIRST_ARTICLE + appointment).articles
    assert first.headline == "春耕生产进展顺利"
    assert second.headline == "省委主要负责同志职务调整"
    assert second.dateline is not None and second.dateline.text == "本报南京5月8日电（记者李明）"
    assert [(part.kind, part.text) for part in second.body] == [("h", "日前，省委决定："), ("p", "张华同志任省委委员、常委，不再担任市委书记职务。")]


def test_a_pull_quote_between_two_texts_opens_the_text_whose_words_it_repeats() -> None:
    """Where headlines follow their text, a clause set as a title, however short, before a text
    that repeats its words, and not the text above, is that text's opening intertitle: no banner."""
    commentary = (
        "漠视规则终将失信，注定难以长久\n\n"
        "近日，多地通报了一批违规经营案\n例，涉及餐饮、零售、家政等多个行\n业，引发社会广泛关注。\n\n"
        "有关部门表示，将持续加大检查\n力度，对屡查屡犯者依法从严处理，\n绝不姑息。\n\n"
        "说到底，漠视规则终将失信于人，\n注定难以长久；守住底线，方能行稳\n致远。\n\n"
        "守住规则底线（观察）\n\n"
    )
    first, second = reconstruct(BODY_FIRST_ARTICLE + commentary).articles
    assert first.headline == "春耕生产进展顺利"
    assert second.headline == "守住规则底线（观察）"
    assert (second.body[0].kind, second.body[0].text) == ("h", "漠视规则终将失信，注定难以长久")


@pytest.mark.parametrize(
    ("tail", "teaser", "banners"),
    [
        ("春茶开采\n", "春茶开采", []),  # the title that closes the page: a headline whose body is elsewhere
        ("联赛第五轮战罢\n\n本地球队继续领跑\n", "本地球队继续领跑", ["联赛第五轮战罢"]),  # a slogan over it stays one
        # a body by name right over it is its kicker, not a slogan; the banner above both stays one
        ("深化改革在路上\n\n证监会\n\n一季度新增上市公司二十家\n", "一季度新增上市公司二十家", ["深化改革在路上"]),
        # a banner over a slogan-short title over the closing headline is not its kicker
        ("坚定不移推进全面深化改革\n\n城南博物馆\n\n一步千年看古城\n", "一步千年看古城", ["坚定不移推进全面深化改革", "城南博物馆"]),
        ("改革进行时\n\n今年，读者在书店选购图书。■王明 摄\n", None, ["改革进行时"]),  # a photo closes the page
        # a banner longer than a slogan over a photo: no headline whose body is elsewhere
        ("坚定不移推进全面深化改革\n\n今年，读者在书店选购图书。■王明 摄\n", None, ["坚定不移推进全面深化改革"]),
    ],
    ids=["closing-title", "slogan-over-it", "kicker-named-body", "banner-over-slogan", "photo-after", "long-banner-over-photo"],
)
def test_the_title_that_closes_a_page_is_a_headline_however_short(tail: str, teaser: str | None, banners: list[str]) -> None:
    page = reconstruct(BODY_FIRST_ARTICLE + tail)
    articles = [article for article in page.articles if article.kind == "article"]
    assert articles[0].headline == "春耕生产进展顺利"
    assert [(article.headline, article.body) for article in articles[1:]] == ([(teaser, [])] if teaser else [])
    assert [piece.text for piece in page.furniture if piece.role == "banner"] == banners


@pytest.mark.parametrize(
    ("folio", "where"),
    [("3", "end"), ("- 3 -", "end"), ("第3版", "end"), ("A3", "start"), ("３", "start"), ("3", "against-the-headline"), ("A3", "against-the-text")],
)
def test_a_page_number_alone_in_its_block_is_the_pages_folio(folio: str, where: str) -> None:
    dumps = {
        "end": BODY_FIRST_ARTICLE + "\n" + folio + "\n",
        "start": folio + "\n\n" + BODY_FIRST_ARTICLE,
        "against-the-headline": BODY_FIRST_ARTICLE.rstrip("\n") + "\n" + folio + "\n",  # the page's last line
        "against-the-text": folio + "\n" + BODY_FIRST_ARTICLE,  # the page's first line
    }
    dump = dumps[where]
    page = reconstruct(dump)
    assert [article.headline for article in page.articles] == ["春耕生产进展顺利"]
    assert [(piece.text, piece.role) for piece in page.furniture] == [(folio, "page-header")]


def test_a_number_alone_on_a_line_of_a_paragraph_stays_in_its_text() -> None:
    page = reconstruct("■本报记者 王珂\n\n今年一季度，全市新增就业岗位达\n3\n万个，同比增长一成。\n\n就业形势总体稳定\n")
    assert [part.text for part in page.articles[0].body] == ["今年一季度，全市新增就业岗位达3万个，同比增长一成。"]
    assert page.furniture == []


CONTINUED = "近年来，市直机关各级党组织注重发挥机关党建的表率和\n风向标作用，深入学习贯彻党的十九大精神。\n"


@pytest.mark.parametrize(
    "opening",
    ["（上接1版）\n", "（上接1版）\n\n", "（上接1版）"],
    ids=["own-line", "own-block", "before-the-text"],
)
def test_a_text_continued_from_another_page_is_an_article_of_its_own(opening: str) -> None:
    page = reconstruct(BODY_FIRST_ARTICLE + opening + CONTINUED)
    first, continued = page.articles
    assert first.headline == "春耕生产进展顺利"
    assert (continued.continued_from, continued.jump_from_line, continued.headline) == ("1版", "（上接1版）", None)
    assert [part.text for part in continued.body] == ["近年来，市直机关各级党组织注重发挥机关党建的表率和风向标作用，深入学习贯彻党的十九大精神。"]


def test_a_caption_with_a_banner_after_its_credit_is_a_photo() -> None:
    page = reconstruct("案件今日在某區裁判法院開審。\n\n受傷途人今早出庭作證。■陳大明 攝 法庭內外\n")
    photos = [article for article in page.articles if article.kind == "photo"]
    assert [(photo.body[0].text, photo.credit) for photo in photos] == [("受傷途人今早出庭作證。", "陳大明")]
    assert [(piece.text, piece.role) for piece in page.furniture] == [("法庭內外", "banner")]


@pytest.mark.parametrize(
    ("title_lines", "body", "headline"),
    [
        ("服务群众全覆盖\n畅通渠道共参与", "会议推荐代表，全体党员参加。", "服务群众全覆盖 畅通渠道共参与"),
        ("以需求为导向，稳住蔬菜生\n产，保障城市供应的好局面", "各地春耕生产开局良好。", "以需求为导向，稳住蔬菜生产，保障城市供应的好局面"),
        ("省长向国际/中国海洋科技\n与创新合作伙伴研讨会致贺信", "国际/中国海洋科技与创新合作伙伴研讨会开幕。", "省长向国际/中国海洋科技与创新合作伙伴研讨会致贺信"),
        ("小土豆\n新希望", "本地土豆丰收。", "小土豆 新希望"),
        ("部门机关党委\n书记研讨班举办", "研讨班今日开班。", "部门机关党委书记研讨班举办"),
        ("政策落实见成效\n专家：\n还需久久为功", "各地政策陆续落地。", "政策落实见成效 专家：还需久久为功"),
        ("跑步有讲究\n巧练更开心（我运动\n我快乐）", "跑步的人越来越多。", "跑步有讲究 巧练更开心（我运动 我快乐）"),
        ("古镇老街换新颜（走基\n层）", "老街修缮一新。", "古镇老街换新颜（走基层）"),
        ("乡土视野\n下的民间书法", "书法研究有新视角。", "乡土视野下的民间书法"),
        ("前审计人员违规\n被罚没1.2亿元", "主管部门通报处罚。", "前审计人员违规被罚没1.2亿元"),
        ("找准社区基层治理工作的\n着力点在哪里", "社区治理工作要找准方向。", "找准社区基层治理工作的着力点在哪里"),
        ("我家门前5亩园（聚焦\n乡村振兴）", "我叫王建国，是个果农。", "我家门前5亩园（聚焦乡村振兴）"),
        ("提升高校思想工作的\n着力点和落脚点", "高校思想工作要找准方向。", "提升高校思想工作的着力点和落脚点"),
    ],
    ids=["halves", "wrapped-clauses", "phrase-in-body", "short-halves", "uneven-wrap", "speaker-half", "tagged-halves", "tag-wrapped", "locative", "passive", "link-word", "open-bracket", "particle"],
)
def test_title_lines_keep_a_space_only_between_halves(title_lines: str, body: str, headline: str) -> None:
    page = reconstruct(f"{title_lines}\n\n本报北京3月24日电 {body}\n")
    assert [article.headline for article in page.articles] == [headline]


def test_a_note_quotes_a_title_set_aside_as_the_output_prints_it() -> None:
    lines = [Line(1, "减排又赚钱"), Line(2, "村民笑开颜")]
    unit = TitleUnit(Piece("title", lines, Unit(tuple(lines), 0, True, True)))
    assert Builder().quoted(unit, "山里有个养蜂村，家家摆着新蜂箱。") == "减排又赚钱 村民笑开颜"


@pytest.mark.parametrize(
    ("kind", "lines", "text"),
    [
        ("title", ["全县再控住房信贷风", "险"], "全县再控住房信贷风险"),  # a word runs across: no space
        ("title", ["减排又赚钱", "村民笑开颜"], "减排又赚钱 村民笑开颜"),  # two halves keep theirs
        ("title", ["古镇老街换新颜（走基", "层）"], "古镇老街换新颜（走基层）"),  # inside its column tag
        ("furniture", ["本报编辑部主办", "主编 王明"], "本报编辑部主办 主编 王明"),  # furniture lines keep a space
    ],
)
def test_a_title_set_aside_as_a_banner_keeps_its_lines_joined_as_a_title(kind: str, lines: list[str], text: str) -> None:
    """It may yet head an article (a headline the print order set beside another's)."""
    numbered = [Line(number, line) for number, line in enumerate(lines, 1)]
    piece = Piece(kind, numbered, Unit(tuple(numbered), 0, True, True))
    assert Builder().furniture(piece, PageMeta()).text == text


@pytest.mark.parametrize(
    ("intertitle", "dated"),
    [
        ("日前，省委决定：", True),  # the line leads into the dated paragraph
        ("将加大对重点场所的检查力度，让群众得到实惠", False),  # a lede over a dispatch: the dateline stays in its paragraph
    ],
)
def test_a_dateline_under_an_intertitle_is_the_articles_only_where_that_line_leads_into_it(intertitle: str, dated: bool) -> None:
    """A dateline prefixes an article's first paragraph; one under a lede or a title repeated in the text dates a dispatch."""
    article = Article("article")
    article.body.append(BodyPart("h", intertitle, Span(1, 1)))
    lines = [Line(2, "本报北京4月21日电（记者王某）全国春耕生产进展顺利。")]
    Builder()._body(article, body_of(Piece("body", lines, Unit(tuple(lines), 0, True, True))))
    assert (article.dateline is not None) == dated
    assert article.body[-1].text.startswith("本报北京") != dated


def test_page_number_and_section_move_to_meta_logged_and_a_second_page_keeps_its_own() -> None:
    page = reconstruct(
        "32023年12月17日 星期日\n\n42023年12月18日 星期一\n\n"
        "□编辑 王伟 电子信箱 a@b.com 党的建设\n\n□编辑 李四 电子信箱 c@d.com 经济新闻\n"
    )
    assert (page.meta.number, page.meta.section) == ("3", "党的建设")
    assert [edit.kind for edit in page.edits] == ["page-number-to-meta", "page-section-to-meta"]
    assert [piece.text for piece in page.furniture][1::2] == ["4 2023年12月18日 星期一", "□编辑 李四 电子信箱 c@d.com 经济新闻"]



def test_a_headline_printed_as_a_paragraph_is_read_on_past() -> None:
    """A paragraph taken for the headline a new article needs (a question after a jump line) is
    no paragraph for the next place weighed: that one reads the stream as it came."""
    page = reconstruct(
        "全市春耕生产有序推进\n\n市委书记主持召开会议，研究部署下一步工作，要求各地抓好落实。（下转2版）\n\n"
        "种粮大户为啥越来越多，他们靠的是什么？\n\n近年来，全省各地积极推进农业结构调整，粮食生产稳中有进，农民收入持续增加。\n\n"
        "今年以来，各地加快高标准农田建设，夯实粮食安全根基。\n"
    )
    assert [(article.headline, len(article.body)) for article in page.articles] == [
        ("全市春耕生产有序推进", 1),
        ("种粮大户为啥越来越多，他们靠的是什么？", 2),
    ]


_TAGGED_HEADLINE = "暮鼓晨钟古寺行（跟着唐诗去旅游）\n\n"
_TEMPLE_TEXT = (
    "竹林掩映，古寺中远远传来悠长的钟声，转眼\n又到了挥手作别的黄昏。好友戴着斗笠在微雨\n中独自走向青山深处，背影终于消失不见。\n\n"
)
_NEXT_ARTICLE = "省长会见外国客人一行\n\n本报北京4月21日电（记者王珂） 省长昨天会见了来访的外国客人\n一行，双方就经贸合作交换了意见。\n\n"


# (what is printed under the tagged headline, kicker, deck, the text's first part)
@pytest.mark.parametrize(
    ("under", "kicker", "deck", "opens_with"),
    [
        ("《山中送别》\n\n", None, None, ("h", "《山中送别》")),  # a poem's title over the text about it
        ("蓄意歪曲历史事实，注定受到各国人民鄙视\n\n", None, None, ("h", "蓄意歪曲历史事实，注定受到各国人民鄙视")),
        ("古寺小记\n\n", None, None, ("h", "古寺小记")),  # a label
        # a deck printed as its own block, no dash before it: one phrase, longer than a label
        ("千年古刹的钟声依旧悠扬\n\n", "千年古刹的钟声依旧悠扬", None, ("p", "竹林掩映")),
        ("某地探索联合社抱团闯市场\n\n■本报记者 王明\n\n", "某地探索联合社抱团闯市场", None, ("p", "竹林掩映")),  # a byline closes the block
        ("——访某古寺住持\n\n", None, "访某古寺住持", ("p", "竹林掩映")),  # a deck is the headline's
        # so is a line that leads into the headline with its dash, wrapped or not
        ("某古寺住持、\n佛学院院长王明——\n\n", "某古寺住持、佛学院院长王明——", None, ("p", "竹林掩映")),
        ("", None, None, ("p", "竹林掩映")),
    ],
)
def test_titles_under_a_headline_its_column_tag_closes_open_the_text(under: str, kicker: str | None, deck: str | None, opens_with: tuple[str, str]) -> None:
    """Where headlines precede their text, no kicker stands under its headline: a title under a
    headline its column tag closed, with no deck, byline or dateline to close the block, is
    the intertitle the text opens with; a deck printed without its dash, one phrase longer than
    a label, closes the block too."""
    page = reconstruct(_TAGGED_HEADLINE + under + _TEMPLE_TEXT + _NEXT_ARTICLE)
    assert page.layout == "headline-first"
    first = page.articles[0]
    assert (first.headline, first.kicker, first.subheadline) == ("暮鼓晨钟古寺行（跟着唐诗去旅游）", kicker, deck)
    assert (first.body[0].kind, first.body[0].text[: len(opens_with[1])]) == opens_with


_DOWNHILL_TEXT = "沿着石阶下山，沿途的茶园层层叠叠，采茶人\n的歌声此起彼伏，山脚下的民宿也开了十几家。\n\n"


# (the title over the text's second part, the first part's kind and the kicker)
@pytest.mark.parametrize(
    ("second", "opens_with", "kicker"),
    [
        ("山间小路上的诗意与乡愁", "h", None),  # printed alike: the text runs in parts, each under its intertitle
        ("●山脚下开了十几家民宿", "p", "千年古刹的钟声依旧悠扬"),  # a point marked "●": the phrase above is the deck
    ],
)
def test_a_phrase_under_a_tagged_headline_is_an_intertitle_where_the_text_runs_in_parts_so_titled(second: str, opens_with: str, kicker: str | None) -> None:
    """A lone phrase under a headline its column tag closes is its deck, unless the text under
    it runs in parts, the next one under a phrase printed alike: it is then the intertitle the
    text opens with."""
    page = reconstruct(_TAGGED_HEADLINE + "千年古刹的钟声依旧悠扬\n\n" + _TEMPLE_TEXT + second + "\n\n" + _DOWNHILL_TEXT + _NEXT_ARTICLE)
    first = page.articles[0]
    assert (first.headline, first.kicker) == ("暮鼓晨钟古寺行（跟着唐诗去旅游）", kicker)
    assert (first.body[0].kind, first.body[0].text[:4]) == (opens_with, "千年古刹" if opens_with == "h" else "竹林掩映")


_POEM_TEXT = (
    "《山中送别》这首诗写山中送别友人的情景，转眼\n又到了挥手作别的黄昏。好友戴着斗笠在微雨\n中独自走向青山深处，背影终于消失不见。\n\n"
    "暮鼓晨钟古寺行（跟着唐诗去旅游）\n"
)


# (a title printed between a tagged headline and the next text, the next text's first part, banners)
@pytest.mark.parametrize(
    ("between", "opens_with", "banners"),
    [
        ("《山中送别》\n\n", ("h", "《山中送别》"), []),  # the words of the text under it
        ("春耕播种忙\n\n", ("p", "《山中送别》"), ["春耕播种忙"]),  # the words of the text above
        ("改革进行时\n\n", ("p", "《山中送别》"), ["改革进行时"]),  # a campaign's banner
        # a title past a campaign's banner opens the text the banner heads, whatever its words
        ("改革进行时\n\n诗意总在别离时，千年之后仍动人心\n\n", ("h", "诗意总在别离时"), ["改革进行时"]),
    ],
)
def test_a_title_past_a_tagged_headline_that_shares_the_next_texts_words_opens_it(between: str, opens_with: tuple[str, str], banners: list[str]) -> None:
    """Where headlines follow their text, a column tag closes the headline of the text above:
    a title past it that repeats the words of the text under it, and not of the text above,
    is that text's opening intertitle."""
    page = reconstruct(BODY_FIRST_ARTICLE.replace("春耕生产进展顺利\n", "春耕生产进展顺利（田间地头）\n") + between + _POEM_TEXT)
    first, second = page.articles
    assert (first.headline, second.headline) == ("春耕生产进展顺利（田间地头）", "暮鼓晨钟古寺行（跟着唐诗去旅游）")
    assert (second.body[0].kind, second.body[0].text[: len(opens_with[1])]) == opens_with
    assert [piece.text for piece in page.furniture] == banners


@pytest.mark.parametrize(("label", "teaser"), [("河南省", False), ("一年之计在于春", True)])
def test_a_place_by_name_over_the_title_that_closes_the_page_is_its_kicker(label: str, teaser: bool) -> None:
    """A title that closes the page and shares no words with the text above heads a text on
    another page, unless what is left over it is a kicker's label: a place or a body by name
    heads no article by itself. A headline left over it does."""
    page = reconstruct(BODY_FIRST_ARTICLE.replace("春耕生产进展顺利\n\n", f"{label}\n\n" if teaser else "") + ("" if teaser else f"{label}\n\n") + "小麦返青有新招\n")
    articles = [(article.headline, article.kicker, len(article.body)) for article in page.articles]
    assert articles == ([(label, None, 1), ("小麦返青有新招", None, 0)] if teaser else [("小麦返青有新招", label, 1)])


# Paragraphs of invented pages, each a text of its own.
SPRING_VISITS = "新春佳节，记者兵分多路走进乡村和城市社区，记录百姓过年的新变化、新气象，感受不一样的浓浓年味。"
VILLAGE_WEDDING = "腊月二十八，某县某村的老张家格外热闹。前几年靠种植果树脱了贫，今年他的儿子又娶上了媳妇，一家人高高兴兴张罗着年夜饭。"
ALLEY_HEATING = "走进城里的一条老胡同，暖气烧得正旺。今年冬天，胡同里的居民家家户户用上了电采暖，告别了烧煤的日子。"
MUSEUMS = (
    "春节期间，各地文化场馆推出丰富多彩的展览和活动，吸引了大批市民前来参观，博物馆里处处洋溢着节日气氛。"
    "不少家长带着孩子走进展厅，在一件件文物前驻足观看，感受中华文化的独特魅力。"
)
TALKS = (
    "本报北京2月1日电 某国元首今天在某地同来访的某国领导人举行会谈，双方一致同意深化各领域务实合作，"
    "推动两国关系取得新进展。某国元首指出，两国友好交往源远流长，各领域合作成果丰硕。"
)
TALKS_GO_ON = (
    "某国领导人表示，愿同对方一道，加强高层交往，扩大贸易投资，深化人文交流，共同应对全球性挑战。"
    "双方还就共同关心的国际和地区问题交换了意见，一致认为应当通过对话协商解决分歧。"
)
LOGISTICS = (
    "专家表示，物流业是支撑国民经济发展的基础性、战略性产业。降低物流成本，需要各方形成合力，"
    "营造协同发展的良好环境，让降低成本的成果惠及更多企业。"
)
NEXT_ARTICLE = ("■本报记者 李华", MUSEUMS, "文化场馆年味浓")

# A feature of several places, each section under its title and its reporter's line, on a page
# that marks its bylines with "■" and prints the sections' reporters without it.
PACKAGE_PAGE = (
    "■本报记者 王明",
    SPRING_VISITS,
    "果园丰收 新房落成",
    "本报记者 李华",
    VILLAGE_WEDDING,
    "老街供暖 温暖过冬",
    "本报记者 赵强",
    ALLEY_HEATING,
    "走进基层 共度佳节",
    "■本报记者 孙伟",
    MUSEUMS,
    "文化场馆年味浓",
)


@pytest.mark.parametrize(
    ("second_byline", "headlines", "reporters_in_the_text"),
    [
        ("■本报记者 孙伟", ["走进基层 共度佳节", "文化场馆年味浓"], ["本报记者 李华", "本报记者 赵强"]),
        # a page with one marked byline may have lost the others' marks: each reporter's line opens an article
        ("本报记者 孙伟", ["果园丰收 新房落成", "老街供暖 温暖过冬", "走进基层 共度佳节", "文化场馆年味浓"], []),
    ],
)
def test_reporters_printed_without_the_page_s_byline_mark_write_sections_of_one_article(
    second_byline: str, headlines: list[str], reporters_in_the_text: list[str]
) -> None:
    page = reconstruct(dump(*(second_byline if block == "■本报记者 孙伟" else block for block in PACKAGE_PAGE)))
    assert [article.headline for article in page.articles] == headlines
    assert [part.text for part in page.articles[0].body if part.text.startswith("本报记者")] == reporters_in_the_text


@pytest.mark.parametrize("credit", ["本报记者\n李华", "本报记者\n李\n华", "本报记者\n李华\n赵强"])
def test_a_section_s_credit_wrapped_under_its_reporter_s_title_writes_a_section(credit: str) -> None:
    """The column may wrap a section's credit: its reporter's title alone on a line, the names
    under it. Titles over it head the next section of the feature, as over one printed on one line."""
    page = reconstruct(dump(*(credit if block == "本报记者 李华" else block for block in PACKAGE_PAGE)))
    assert [article.headline for article in page.articles] == ["走进基层 共度佳节", "文化场馆年味浓"]
    assert page.articles[0].body[1].text == "果园丰收 新房落成"


def test_titles_under_a_whole_text_its_byline_opens_are_its_headline_where_headlines_follow() -> None:
    """Where headlines follow their text, a byline's text of more paragraphs than a lede is no
    lede: the titles under it are its own headline, over the next feature's first section."""
    page = reconstruct(dump("■本报记者 王明", LOGISTICS, TALKS_GO_ON, LOGISTICS, "物流业降本增效", *PACKAGE_PAGE[2:]))
    assert [article.headline for article in page.articles][:2] == ["物流业降本增效", "走进基层 共度佳节"]
    assert [part.text[:4] for part in page.articles[0].body] == ["专家表示", "某国领导", "专家表示"]


def test_a_short_text_without_a_byline_over_its_headline_is_no_lede_where_headlines_follow() -> None:
    """Where headlines follow their text, a brief of one paragraph, no byline over it, then its
    own headline, is a whole article: the unmarked reporter's line under that headline opens the
    next article, not a section of the brief."""
    page = reconstruct(dump(*NEXT_ARTICLE, LOGISTICS, "物流业降本增效", "本报记者 李华", VILLAGE_WEDDING, "果园丰收 新房落成", "■本报记者 赵强", ALLEY_HEATING, "老街供暖 温暖过冬"))
    assert [article.headline for article in page.articles] == ["文化场馆年味浓", "物流业降本增效", "果园丰收 新房落成", "老街供暖 温暖过冬"]


EPIGRAPH = ("“办好群众身边的小事，就是办好关系民生的大事。”", "——某某")


@pytest.mark.parametrize("credit", ["本报记者 李华", "本报记者\n李华"])
def test_an_epigraph_leads_into_the_first_section_of_the_feature_it_opens(credit: str) -> None:
    """A quotation signed by who said it ("——某某") at the head of a feature is its epigraph, never
    a text of its own: where headlines follow their text, the titles under it head the feature's
    first section, not the epigraph."""
    feature = [credit if block == "本报记者 李华" else block for block in PACKAGE_PAGE[2:]]
    page = reconstruct(dump("■本报记者 王明", LOGISTICS, TALKS_GO_ON, LOGISTICS, "物流业降本增效", *EPIGRAPH, *feature))
    assert [article.headline for article in page.articles] == ["物流业降本增效", "走进基层 共度佳节", "文化场馆年味浓"]
    assert [part.text for part in page.articles[1].body][:3] == [EPIGRAPH[0], EPIGRAPH[1], "果园丰收 新房落成"]


def test_a_byline_the_page_marks_under_an_epigraph_s_titles_opens_another_article() -> None:
    """A quotation signed by who said it may stand as a box of its own: a byline the page marks
    under the titles after it opens another article, as anywhere."""
    page = reconstruct(dump("■本报记者 王明", LOGISTICS, TALKS_GO_ON, LOGISTICS, "物流业降本增效", *EPIGRAPH, "一句话", *NEXT_ARTICLE))
    assert [article.headline for article in page.articles] == ["物流业降本增效", "一句话", "文化场馆年味浓"]


def test_a_quotation_signed_by_who_said_it_under_no_section_s_credit_is_a_box_of_its_own() -> None:
    """Only titles and a section's credit under it make a signed quotation a feature's epigraph:
    with its label and then a dispatch under it, it is a box of its own, the label its headline."""
    page = reconstruct(dump("■本报记者 王明", LOGISTICS, "物流业降本增效", *EPIGRAPH, "一句话", TALKS, "两国元首举行会谈"))
    assert [article.headline for article in page.articles] == ["物流业降本增效", "一句话", "两国元首举行会谈"]


GROWTH_LEDE = "本报北京3月2日电 记者今天从某部门获悉，今年前两个月，某省工业生产平稳运行，规模以上工业增加值同比增长百分之五，市场预期总体向好。"
GROWTH_ONLINE = "前三季度，全省网上零售额同比增长百分之十二，快递业务量超过二十亿件，新兴业态持续发力，带动城乡居民消费结构不断升级。"
GROWTH_RURAL = "今年以来，乡村消费品零售额增速快于城镇，县域商业体系逐步完善，农产品上行和工业品下行的渠道更加畅通。"
GROWTH_MUSEUMS = "春节期间，各地文化场馆推出丰富多彩的展览和活动，吸引了大批市民前来参观，博物馆里处处洋溢着节日气氛。"


@pytest.mark.parametrize(
    ("blocks", "articles", "body"),
    [
        # after a finished paragraph, a line that ends on a dash is the intertitle that leads into
        # the paragraph under it: its own part of the body, neither run on into the paragraph nor a headline
        (
            ("某省经济运行稳中向好", "■本报记者 王明", GROWTH_LEDE, "新兴业态快速发展——", GROWTH_ONLINE, "城乡消费更加平衡——", GROWTH_RURAL),
            [(None, "某省经济运行稳中向好"), (None, "文化场馆年味浓")],
            [GROWTH_LEDE[10:], "新兴业态快速发展——", GROWTH_ONLINE, "城乡消费更加平衡——", GROWTH_RURAL],
        ),
        # such a line over a headline is its kicker: it opens the next article
        (
            ("某省经济运行稳中向好", "■本报记者 王明", GROWTH_LEDE, GROWTH_ONLINE, "各地文化场馆推出展览——"),
            [(None, "某省经济运行稳中向好"), ("各地文化场馆推出展览——", "文化场馆年味浓")],
            [GROWTH_LEDE[10:], GROWTH_ONLINE],
        ),
    ],
)
def test_a_line_that_ends_on_a_dash_after_a_paragraph_leads_into_the_paragraph_under_it(
    blocks: tuple[str, ...], articles: list[tuple[str | None, str]], body: list[str]
) -> None:
    page = reconstruct(dump(*blocks, "文化场馆年味浓", "■本报记者 李华", GROWTH_MUSEUMS))
    assert [(article.kicker, article.headline) for article in page.articles] == articles
    assert [part.text for part in page.articles[0].body] == body


# An article ended by a finished paragraph, and the text of the next one, for the titles between.
CANTEEN = (
    "社区食堂开张了",
    "本报记者 赵明",
    "城东社区的老年食堂昨天正式开张。食堂设在社区服务中心一楼，每天供应午餐和晚餐，老人凭卡就餐可享受八折优惠。",
    "社区负责人表示，下一步将根据老人的意见调整菜单，并开通送餐上门服务。",
)
FOREST_RANGER = (
    "天刚蒙蒙亮，刘国强就背起水壶和干粮出了门。他要沿着林区的防火道走上一圈，这一走就是二十多公里。",
    "三十年来，他走坏了六十多双胶鞋，却从没让林子里起过一次大火。",
)


def test_a_headline_with_its_kicker_printed_under_it_after_a_paragraph_opens_an_article() -> None:
    """A headline and the kicker printed under it, no blank between, make one title that ends on
    the kicker's dash; its first line, short of the column, was cut by no wrap: no intertitle."""
    page = reconstruct(
        dump(
            *CANTEEN,
            "一辈子守着大山的“护林人”\n林场职工刘国强——",
            *FOREST_RANGER,
            width=19,
        )
    )
    assert [article.headline for article in page.articles] == ["社区食堂开张了", "一辈子守着大山的“护林人”林场职工刘国强——"]


def test_a_kicker_over_a_headline_wholly_a_quotation_after_a_paragraph_opens_an_article() -> None:
    """A headline wholly a quotation reads as a paragraph of one line: the kicker over it, which
    ends on a dash, is no intertitle that leads into it."""
    page = reconstruct(
        dump(
            *CANTEEN,
            "返乡创业青年刘国强——",
            "“要让乡亲们的日子越过越红火！”",
            *FOREST_RANGER,
            width=19,
        )
    )
    assert len(page.articles) == 2


def test_a_deck_of_sentences_under_its_headline_is_its_subheadline() -> None:
    """Set wider than the column right under its headline, a deck may sum up the story in sentences."""
    deck = "——某国元首：愿同对方加强沟通，深化政治互信，推进务实合作。某国领导人：期待同对方在能源、投资、科技等领域开展合作。"
    first = reconstruct(dump("■本报记者 王明", TALKS, TALKS_GO_ON, "某国元首同某国领\n导人举行会谈\n" + deck, *NEXT_ARTICLE)).articles[0]
    assert (first.headline, first.subheadline) == ("某国元首同某国领导人举行会谈", deck[2:])
    assert first.body[-1].text.startswith("某国领导人表示")


def test_a_deck_of_sentences_under_its_headline_is_its_subheadline_without_blank_lines() -> None:
    """A dump without blank lines leaves the deck a unit of its own, which reads as prose: its
    dash and its width right under the headline still make it the subheadline."""
    deck = "——某国元首：愿同对方加强沟通，深化政治互信，推进务实合作。某国领导人：期待同对方在能源、投资、科技等领域开展合作。"
    text = [TALKS, *[TALKS_GO_ON] * 4, "某国元首同某国领\n导人举行会谈\n" + deck, "■本报记者 李华", *[MUSEUMS] * 3, "文化场馆年味浓"]
    first = reconstruct(dump("■本报记者 王明", *text).replace("\n\n", "\n")).articles[0]
    assert (first.headline, first.subheadline) == ("某国元首同某国领导人举行会谈", deck[2:])
    assert first.body[-1].text.startswith("某国领导人表示")


@pytest.mark.parametrize(
    "kicker",
    [
        ["某村把晒谷场搭成了戏台，", "没想到引来了周边村里的乡亲，", "某省某县——"],  # a kicker that stops on clause marks, a line each
        ["线上认领公益林、", "网上销售农产品、", "贫困县接入电商网络"],
    ],
)
def test_a_kicker_printed_a_line_at_a_time_over_its_headline_opens_no_text(kicker: list[str]) -> None:
    """On a page that prints a paragraph to a line, the lines of a kicker that stop on a clause
    mark read as short paragraphs; opening the page right over the headline, they lead into it."""
    para = "村民最想要什么样的文化生活？这件事，村民自己说了算。在某县，村民们自发筹资建起文化大院，唱歌跳舞、看书下棋，日子过得有滋有味。"
    more = "“以前村里几乎没有啥文化活动，平时挺累的，生活挺枯燥。”村民王某说，当初办起文化大院，就是为了解闷开心，没想到越办越红火，十里八乡的乡亲都来了。"
    page = reconstruct("\n".join([*kicker, "众筹的文化大院，火了（某某专栏）", "■本报记者 王明", para, more, para, more, "文化场馆年味浓"]) + "\n")
    first = page.articles[0]
    assert first.body[0].text.startswith("村民最想要")
    assert kicker[0] in (first.kicker or "") + (first.headline or "")


def test_a_sentence_that_ends_on_a_dash_over_a_tagged_headline_is_its_kicker() -> None:
    """On a page printed a paragraph to a line, headlines first."""
    page = reconstruct(
        dump(
            "某国代表呼吁加强合作",
            "据新华社某地2月4日电(记者王明)某国常驻代表出席安理会公开辩论会并发言,呼吁各方加强合作,共同促进地区安全与发展,为地区发展创造良好环境。",
            "某国代表表示,各方应恪守《联合国宪章》宗旨和原则,充分尊重地区国家在地区事务上的主导作用,支持地区国家自主解决地区问题。",
            "某部门在网上开通证明事项清理投诉监督平台,接受群众对各类重复证明等问题的投诉,并认真回应居民和商户诉求——",
            "多余的盖章,取消!(政务观察)",
            "一段时间以来,各类重复证明、循环证明等现象不时出现,成为居民和商户办事的烦心事。",
            "某部门有关负责人表示,将持续清理各类证明事项,让群众少跑腿、好办事。",
            width=200,
        )
    )
    first, second = page.articles
    assert second.kicker is not None and second.kicker.endswith("认真回应居民和商户诉求——")
    assert second.headline == "多余的盖章，取消！（政务观察）"
    assert first.body[-1].text.startswith("某国代表表示")


@pytest.mark.parametrize(
    ("note", "sign_off"),
    [
        ("（作者为某某协会会长）", "（本报记者王明采访整理）"),
        # each wrapped full in a narrow column: the unwrapper runs them into one title run
        ("（作者为某某研究中心\n经济研究部副研究员）", "（本报记者王明明采访整\n理）"),
    ],
)
def test_who_compiled_an_interview_closes_it_with_the_author_s_note(note: str, sign_off: str) -> None:
    page = reconstruct(dump(LOGISTICS, note, sign_off, "降低成本，物流行业提质增效", *NEXT_ARTICLE, width=12))
    first = page.articles[0]
    assert first.headline == "降低成本，物流行业提质增效"
    assert [part.text for part in first.body[-2:]] == [note.replace("\n", ""), sign_off.replace("\n", "")]


def test_where_blank_lines_part_blocks_a_headline_keeps_every_line_it_wraps_onto() -> None:
    """A headline wrapped onto three lines whose last shares few words with the text is still
    the headline's: a banner stands in a block of its own where the dump prints blank lines."""
    paper = (
        "一群老报人近日自寻出路，约二十位原班人马创办新的报纸，并在本月初出版创刊号，"
        "首期印量五千份，在各报摊发售。老报人说，大家商量过后，觉得可以继续做下去，读者一直都在。"
    )
    title = "【老报人再出发】\n全新报纸创刊面世\n盼读者能在树下收获果实"
    page = reconstruct(dump("■记者 王明", paper, title, *NEXT_ARTICLE))
    assert page.articles[0].headline.replace(" ", "") == title.replace("\n", "")
    assert not page.furniture


def test_without_blank_lines_a_dash_line_under_the_last_headline_is_its_subheadline() -> None:
    """The unwrapper leaves a headline and the "——" line under it in one unit where no blank
    line parts them; the dash still opens a subheadline of its own."""
    first = ["本报上海2月1日电（记者李华）某市今年新建社区食堂二十家，为老年人提供价格实惠的一日三餐。", "市民政部门介绍，社区食堂由街道统一规划，引入专业团队运营，并接受居民监督。"]
    second = [
        "本报北京2月1日电（记者王明）某地春运客流平稳，铁路部门加开列车一百余列，旅客出行总体顺畅，车站秩序井然。",
        "据介绍，今年春运前十天全国铁路发送旅客超过一千万人次，比去年同期增长一成，其中学生和务工人员占多数。",
    ]
    lines = [*(line for text in first for line in wrapped(text, 15)), "社区食堂暖了老人胃"]
    lines += [*(line for text in second for line in wrapped(text, 15)), "节日期间全市公交客流创新高", "——比平日增长两成"]
    article = reconstruct("\n".join(lines) + "\n").articles[-1]
    assert (article.headline, article.subheadline) == ("节日期间全市公交客流创新高", "比平日增长两成")


def test_without_blank_lines_a_letter_keeps_its_signature_and_the_author_s_note() -> None:
    """A name alone and "（作者为…）" printed over the next headline with no blank line between
    are the letter's last paragraphs, not a title run with that headline."""
    letter = [
        "亲爱的祖国：这是我在海外工地度过的第三个春节，工地上张灯结彩，同事们一起包饺子、写春联，年味十足。",
        "我们将更加努力做好本职工作，为两国人民的友谊添砖加瓦。",
    ]
    following = ["本报北京2月1日电 某市今年新建社区食堂二十家，为老年人提供价格实惠的一日三餐，受到居民欢迎。"]
    lines = ["远方的年味（寄给祖国的家书）", *(line for text in letter for line in wrapped(text, 15))]
    lines += ["王某某", "（作者为某某公司驻外", "项目经理）", "社区食堂暖了老人胃", "■本报记者 李华", *wrapped(following[0], 15)]
    first, second = reconstruct("\n".join(lines) + "\n").articles
    assert [part.text for part in first.body[-2:]] == ["王某某", "（作者为某某公司驻外项目经理）"]
    assert second.headline == "社区食堂暖了老人胃"


def test_a_round_up_keeps_its_first_dispatch_under_its_lede() -> None:
    """A dateline right under the lede of an undated text opens the round-up's first dispatch,
    not another article: the annotations give every article a headline of its own."""
    lede = "春节假期结束，各地迎来返程客流高峰，交通运输部门加开班次，保障旅客平安有序出行。"
    dispatch = "本报上海2月11日电（记者李华）上海各火车站今天发送旅客四十余万人次，车站秩序良好。"
    page = reconstruct(dump("各地迎来返程客流高峰", "■本报记者 王明", lede, dispatch, *NEXT_ARTICLE))
    first = page.articles[0]
    assert first.headline == "各地迎来返程客流高峰"
    assert [part.text[:6] for part in first.body] == ["春节假期结束", "本报上海2月"]


def test_a_round_up_keeps_its_dispatches_under_the_headline_that_follows_them() -> None:
    """On a page whose headlines follow their text, a dated text right under another, nothing
    between, is the round-up's next dispatch: the one headline after them heads both."""
    second = "本报北京2月1日电（记者李华）某国议长今天在某地会见来访的某国领导人，双方就加强立法机构交流交换了意见。"
    page = reconstruct(dump(TALKS, TALKS_GO_ON, second, "两国领导人分别会见来访贵宾", *NEXT_ARTICLE))
    first = page.articles[0]
    assert first.headline == "两国领导人分别会见来访贵宾"
    assert [part.text[:6] for part in first.body] == ["某国元首今天", "某国领导人表", "本报北京2月"]


@pytest.mark.parametrize("signature", ["河北保定市\n王小明", "河北保定市 王小明"])
def test_a_reader_s_letter_keeps_its_signature_under_the_box_s_label(signature: str) -> None:
    """Where headlines follow their text, a place and a name over a short label after a letter
    sign the letter: its last line, and the label heads it."""
    letter = "我家门口的公交站去年换了新站台，有了遮雨棚和电子站牌，等车不再着急，邻居们都说这件事办到了心坎上。"
    page = reconstruct(dump(letter, signature, "来信", *NEXT_ARTICLE))
    first = page.articles[0]
    assert first.headline == "来信"
    assert [part.text for part in first.body] == [letter, "河北保定市 王小明"]


@pytest.mark.parametrize(("headline", "kind"), [("某项产量首超千吨！丰收喜讯多", "title"), ("他说，真好！我们走吧", "body")])
def test_a_headline_that_exclaims_over_its_deck(headline: str, kind: str) -> None:
    """A line cut by "！" into two phrases, right over a "——" deck: a headline that exclaims; one
    with a clause mark stays a line of prose."""
    deck = "——■ 线上消费看点纷呈■ 出游人数再创新高"
    units = [Unit((Line(1, headline),), 34, True, False), Unit((Line(2, deck),), 34, False, True)]
    assert classify_all(units, set())[0].kind == kind


@pytest.mark.parametrize(
    ("lines", "kind"),
    [
        (("■某某省博物馆",), "title"),  # names a place or a body, no one: a box's or a section's title
        (("■本报记者 王明 李华",), "byline"),
        (("■某某部副部长", "王明"), "byline"),  # an official's post over the name
        (("■本报评论员",), "byline"),  # a title alone names the writer
        (("■本报驻某国记者 约翰·史密斯",), "byline"),  # a transliterated name, however long
        (("■本报记者 阿卜杜热合曼",), "byline"),
    ],
)
def test_a_marked_line_that_names_no_one_is_no_byline(lines: tuple[str, ...], kind: str) -> None:
    unit = Unit(tuple(Line(number, text) for number, text in enumerate(lines, start=1)), 34, True, True)
    assert [piece.kind for piece in tidy(classify_all([unit], set()))] == [kind]


def test_a_caption_that_opens_on_the_word_for_an_editor_is_no_page_header() -> None:
    """"编辑…" opens the page's credits line, labels and names; a caption that opens on the
    word is a sentence, and its photo's."""
    caption = "编辑部今年迎来三位新同事，人手更足了。"
    page = reconstruct(dump(LOGISTICS, "降低成本，物流行业提质增效", caption, "■本报记者 王明 摄", *NEXT_ARTICLE))
    assert not any(piece.role == "page-header" for piece in page.furniture)
    assert any(caption in "".join(part.text for part in article.body) for article in page.articles)


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("為何如此匆忙？", "title"),  # a clause of the headline, between two of its lines
        ("為何如此匆忙?", "title"),
        ("他為何這樣做？記者追問。", "body"),  # two sentences: a paragraph
    ],
)
def test_a_question_between_two_title_lines_is_one_of_them(question: str, kind: str) -> None:
    texts = ["某企業轉產防護用品", question, "負責人回應質疑 稱早有計劃"]
    units = [Unit((Line(number, text),), 34, number == 1, number == len(texts)) for number, text in enumerate(texts, start=1)]
    assert [piece.kind for piece in classify_all(units, set())] == ["title", kind, "title"]


@pytest.mark.parametrize(
    "caption",
    [
        ("春节前夕，某市火车站迎来返乡客流高峰。", "■王明 摄"),  # the credit printed apart
        ("春节前夕，某市火车站迎来返乡客流高峰。■王明 摄",),  # the credit printed on the caption's last line
    ],
)
def test_a_short_paragraph_that_trails_off_over_a_headline_is_its_kicker(caption: tuple[str, ...]) -> None:
    """Under a photo's credit, a short paragraph that trails off right over a headline is no text
    of its own: the kicker leading into that headline."""
    page = reconstruct(
        dump("降低成本，物流行业提质增效", "■本报记者 李华", LOGISTICS, *caption, "看展览、逛展厅、赏文物……", "翰墨飘香\n年味渐浓", "■本报记者 王明", MUSEUMS)
    )
    last = page.articles[-1]
    assert (last.kicker, last.headline) == ("看展览、逛展厅、赏文物……", "翰墨飘香 年味渐浓")


def test_a_note_in_brackets_under_the_author_s_note_closes_the_same_commentary() -> None:
    page = reconstruct(dump("降低成本，物流行业提质增效", "■本报记者 王明", LOGISTICS, "（作者为某某协会会长）", "（本系列评论到此结束）", "文化场馆年味浓", "■本报记者 李华", MUSEUMS))
    first = page.articles[0]
    assert [part.text for part in first.body[-2:]] == ["（作者为某某协会会长）", "（本系列评论到此结束）"]
    assert [article.headline for article in page.articles] == ["降低成本，物流行业提质增效", "文化场馆年味浓"]


def test_a_lede_that_trails_off_under_a_byline_stays_a_paragraph() -> None:
    page = reconstruct(dump("灯会连着新年味", "■本报记者 王明", "那一年，我十八岁……", "初到边疆", MUSEUMS, "降低成本，物流行业提质增效", "■本报记者 李华", LOGISTICS))
    assert page.articles[0].body[0].text == "那一年，我十八岁……"
    assert page.articles[0].body[0].kind == "p"


@pytest.mark.parametrize(("text", "kind"), [("https://www.example.gov.hk/hk/cap554", "body"), ("www.example.org.cn", "body"), ("某某网站开通", "title")])
def test_a_link_alone_on_its_line_is_text(text: str, kind: str) -> None:
    units = [Unit((Line(1, "某某条例规定，选举开支最高限额为一百八十万元。"),), 40, True, True), Unit((Line(2, text),), 40, True, True)]
    assert classify_all(units, set())[1].kind == kind


@pytest.mark.parametrize(
    ("headline", "kicker"),
    [
        ("各地文化场馆年味浓", "春节期间"),  # shares the text's words: its headline, under its kicker
        ("某地推进营商环境改革", None),  # shares none: a headline whose text is on another page
    ],
)
def test_a_headline_with_its_deck_under_a_kicker_heads_the_text_above(headline: str, kicker: str | None) -> None:
    """On a page whose headlines follow their text, a title with a "——" deck under another title
    and over the next article heads the text above where it shares its words: the title over it
    is its kicker, not a headline of its own over a headline whose text is elsewhere."""
    page = reconstruct(dump("■本报记者 王明", MUSEUMS, "春节期间", f"{headline}\n——展览活动丰富多彩", "■本报记者 李华", LOGISTICS, "降低成本，物流行业提质增效"))
    first = page.articles[0]
    assert (first.kicker, first.headline) == (kicker, headline if kicker else "春节期间")


@pytest.mark.parametrize(
    ("kicker", "expected"),
    [
        (["某省某县", "推出十项便民举措方便群众——"], "某省某县推出十项便民举措方便群众——"),  # the kicker wrapped: its first line shares the text's words
        (["脱贫攻坚进行时", "推出十项便民举措方便群众——"], "推出十项便民举措方便群众——"),  # a campaign's banner over a one-line kicker
        (["便民举措", "推出十项便民举措方便群众——"], "推出十项便民举措方便群众——"),  # a topic's banner: it repeats the kicker's words
    ],
)
def test_a_kicker_wrapped_over_two_lines_on_a_flat_page_is_one_kicker(kicker: list[str], expected: str) -> None:
    """On a page that prints a paragraph to a line, every title line stands apart, yet a long
    kicker wraps: the line over the kicker that shares most of the text's words is its first."""
    para = "某省某县日前推出十项便民举措，群众到政务大厅办事，一次就能办完。以前办一件事要跑好几个部门，如今只要在一个窗口递交材料。"
    more = "“以前办事要跑好几趟，现在一趟就办完了。”村民王某说，便民举措推出以来，大厅每天接待群众几百人次，群众满意度明显提高。"
    page = reconstruct("\n".join([*kicker, "办事不再跑断腿（某某专栏）", "■本报记者 王明", *[para, more] * 9, "文化场馆年味浓"]) + "\n")
    first = page.articles[0]
    assert first.headline == "办事不再跑断腿（某某专栏）"
    assert first.kicker == expected


@pytest.mark.parametrize(
    ("under", "kinds"),
    [
        (("李华 张明",), ["byline", "body"]),  # the names go on with the byline
        (("欧阳文华",), ["byline", "body"]),  # four characters after a compound surname: a name
        (("次仁多吉",), ["byline", "body"]),  # four characters alone, no title line under it: a name all the same
        (("王明 张华 李强 赵敏 孙丽",), ["byline", "body"]),  # five names on a line
        (("村村通路", "家家有车"), ["byline", "title", "body"]),  # four characters of no name: an intertitle, printed a half to a line
    ],
)
def test_a_line_of_four_characters_under_a_byline_goes_on_with_it_only_as_a_name(under: tuple[str, ...], kinds: list[str]) -> None:
    """Without blank lines, an intertitle printed a phrase to a line sits right under the byline;
    a name has two or three characters (four after a compound surname), a phrase of four is no
    name and does not go on with the byline."""
    texts = ["■本报记者 王明", *under, "今年春节，村里的新路通到了家门口，村民开车走亲戚方便多了。"]
    units = [Unit((Line(number, text),), 34, number == 1, number == len(texts)) for number, text in enumerate(texts, start=1)]
    assert [piece.kind for piece in tidy(classify_all(units, set()))] == kinds


@pytest.mark.parametrize(
    ("signature", "kinds"),
    [
        (("河北保定市 王小明",), ["body", "title", "title", "body"]),  # a reader's signature: the label heads the next title
        (("河北保定市", "王小明"), ["body", "title", "title", "body"]),  # the place and the name a line each
        (("城乡公交",), ["body", "title", "body"]),  # a title's first line runs on into its second
        (("四川成都 年味浓",), ["body", "title", "body"]),  # a place and a headline's half, no name: the title runs on
        (("四川成都", "年味浓"), ["body", "title", "body"]),
    ],
)
def test_a_title_run_does_not_go_on_from_a_reader_s_signature(signature: tuple[str, ...], kinds: list[str]) -> None:
    """Without blank lines, a reader's signature (a place and a name) prints right over the label
    that heads the letter: a title run that goes on from it would glue the two."""
    letter = "我家门口的公交站去年换了新站台，有了遮雨棚和电子站牌，邻居们都说这件事办到了心坎上。"
    texts = [letter, *signature, "来信", "今年春节，村里的新路通到了家门口，村民开车走亲戚方便多了。"]
    lines = [Line(number, text) for number, text in enumerate(texts, start=1)]
    units = [Unit((lines[0],), 34, True, False)]
    units += [Unit(tuple(lines[1 : 1 + len(signature)]), 34, False, False), Unit((lines[-2],), 34, False, False), Unit((lines[-1],), 34, False, True)]
    assert [piece.kind for piece in tidy(classify_all(units, set()))] == kinds


@pytest.mark.parametrize(
    ("above", "dispatches"),
    [
        (TALKS_GO_ON, 3),  # the text above ends on a stop: the dated text under it is the round-up's next dispatch
        (TALKS_GO_ON[:-1] + "，成果丰硕（某国之声）", 1),  # it ends on a bracket, as a headline run on into it: apart
    ],
)
def test_without_blank_lines_a_round_up_keeps_its_dispatches_under_the_headline_that_follows_them(above: str, dispatches: int) -> None:
    """A page that prints no blank line, its headlines after their text: a dated text right under
    a paragraph that ends on a stop is the round-up's next dispatch, headed by the one headline
    after them."""
    second = "本报北京2月1日电（记者李华）某国议长今天在某地会见来访的某国领导人，双方就加强立法机构交流交换了意见。"
    page = reconstruct(dump(TALKS, above, second, "两国领导人分别会见来访贵宾", *NEXT_ARTICLE).replace("\n\n", "\n"))
    headed = next(article for article in page.articles if article.headline == "两国领导人分别会见来访贵宾")
    assert len(headed.body) == dispatches


@pytest.mark.parametrize(
    ("head", "blank_lines", "headline"),
    [
        ("敦促有关方面停止借", False, "敦促有关方面停止借所谓网络问题抹黑某国"),  # of the article's words: the headline's first line
        ("砥砺奋进的五年", False, "所谓网络问题抹黑某国"),  # a campaign's banner stays apart
        ("敦促有关方面停止借", True, "所谓网络问题抹黑某国"),  # a blank line parted the two: two titles
    ],
)
def test_a_title_line_right_over_the_headline_on_a_page_without_blank_lines_is_its_first_line(head: str, blank_lines: bool, headline: str) -> None:
    """A dump without blank lines parts a headline wrapped at a phrase into titles; the line
    left over right above the one chosen as the headline, holding the article's words and
    closing nothing, is the headline's first line, not a banner."""
    text = "某部发言人今天表示，敦促有关方面停止借所谓网络问题抹黑某国，停止损害双边关系的言行。"
    lines = [Line(1, head), Line(2, "所谓网络问题抹黑某国"), Line(3, "某部发言人——")]
    units = [TitleUnit(Piece("title", [line], Unit((line,), 40, False, False))) for line in lines]
    roles = assign_roles(units, text, "before", blank_lines=blank_lines)
    assert (roles.main.text, roles.kicker.text) == (headline, "某部发言人——")


@pytest.mark.parametrize(
    ("head", "kicker", "banners"),
    [
        ("各区县文化馆举办", "各区县文化馆举办形式多样的新春游园活动", []),  # of the article's words: the kicker's first line
        ("砥砺奋进的五年", "形式多样的新春游园活动", ["砥砺奋进的五年"]),  # a campaign's banner stays apart
    ],
)
def test_a_kicker_wrapped_over_two_lines_under_its_text_is_one_kicker(head: str, kicker: str, banners: list[str]) -> None:
    """Where headlines follow their text on a page without blank lines, the title left over right
    over the kicker printed over its headline is the kicker's first line, as where they lead it."""
    text = "春节期间，各区县多家文化馆举办形式多样的新春游园活动，为百姓送上一份浓浓的文化年味。"
    lines = [Line(1, head), Line(2, "形式多样的新春游园活动"), Line(3, "向百姓送上浓浓文化年味")]
    units = [TitleUnit(Piece("title", [line], Unit((line,), 40, False, False))) for line in lines]
    roles = assign_roles(units, text, "before")
    assert (roles.main.text, roles.kicker.text, [unit.text for unit in roles.banners]) == ("向百姓送上浓浓文化年味", kicker, banners)


@pytest.mark.parametrize(
    ("headline", "kind", "deck"),
    [
        ("某项产量首超千吨！丰收喜讯多", "title", "——■ 线上消费看点纷呈■ 出游人数再创新高"),
        ("他说，真好！我们走吧", "body", "——■ 线上消费看点纷呈■ 出游人数再创新高"),
        ("真好！咱村也通网了", "body", "——村民王大爷"),  # a quote and who said it, inside the text
    ],
)
def test_without_blank_lines_a_headline_that_exclaims_over_its_deck(headline: str, kind: str, deck: str) -> None:
    """Without blank lines the headline that exclaims is a unit of its own inside the page's one
    block, right over its "——" deck: it is a title as in a block of its own; a line with a clause
    mark is prose."""
    texts = ["今年以来，某县坚持把产业发展作为乡村振兴的重要抓手，农民收入持续增长。", headline, deck]
    units = [Unit((Line(number, text),), 34, number == 1, False) for number, text in enumerate(texts, start=1)]
    assert classify_all(units, set())[1].kind == kind


@pytest.mark.parametrize(
    ("signature", "kinds"),
    [
        (("北京朝阳", "王", "明"), ["title", "title"]),  # a section's author, its name letter-spaced: apart
        (("城乡公交",), ["title"]),  # a title's wrapped line runs on
    ],
)
def test_no_title_run_goes_on_into_a_signature(signature: tuple[str, ...], kinds: list[str]) -> None:
    """An intertitle over its section's signature (a place and a name), no blank line between:
    two titles, as where the signature signs a letter above a label."""
    texts = ["今年以来，某县坚持把产业发展作为乡村振兴的重要抓手，农民收入持续增长。", "小院治理见实效", *signature]
    lines = [Line(number, text) for number, text in enumerate(texts, start=1)]
    units = [Unit((lines[0],), 34, True, False), Unit((lines[1],), 34, False, False), Unit(tuple(lines[2:]), 34, False, True)]
    assert [piece.kind for piece in tidy(classify_all(units, set()))][1:] == kinds


# A data box printed at the head of a text: a figure alone over the line that says what it
# counts, then the text, which its dateline opens.
DATA_BOX = ("1200家", "全市共有1200家企业参加今年的评选活动，比上年增加两百余家", "35%", "制造业企业占参评总数的35%")
BOX_TEXT = "本报杭州3月2日电（记者王某）某市今天公布年度评选结果，参评企业数量创历年新高，涵盖制造、服务、农业等领域。"


HEADLINE_FIRST_BOX = ("某市企业评选结果揭晓", "■本报记者 李华", *DATA_BOX, BOX_TEXT, *NEXT_ARTICLE)
BODY_FIRST_BOX = (*NEXT_ARTICLE[1:], "■本报记者 李华", *DATA_BOX, BOX_TEXT, "某市企业评选结果揭晓", "■本报记者 王珂", MUSEUMS, "文化场馆年味浓")


@pytest.mark.parametrize("blocks", [HEADLINE_FIRST_BOX, BODY_FIRST_BOX])
def test_a_data_box_s_line_under_its_figure_heads_no_article(blocks: tuple[str, ...]) -> None:
    """The line that explains a figure printed alone over it repeats the figure: no headline,
    and the dated text under the box goes on the same article, whichever way the page runs
    (without blank lines: `test_boundaries.test_a_data_box_s_last_line_heads_no_article`)."""
    page = reconstruct(dump(*blocks))
    (article,) = [article for article in page.articles if article.headline == "某市企业评选结果揭晓"]
    assert article.body[-1].text.endswith(BOX_TEXT[-12:])


def test_a_data_box_that_closes_a_text_keeps_its_last_line() -> None:
    """A data box printed at the end of a text, right over the next article's headline: the
    line under its last figure repeats the figure, and ends the text above, no banner over the
    next headline."""
    page = reconstruct(dump("某市企业评选结果揭晓", "■本报记者 李华", BOX_TEXT, *DATA_BOX, "文化场馆年味浓", "■本报记者 王珂", MUSEUMS))
    (article,) = [article for article in page.articles if article.headline == "某市企业评选结果揭晓"]
    assert article.body[-1].text == DATA_BOX[-1]


# A feature of dispatches under one byline: each section its titles, printed alike, over a
# paragraph its own dateline opens.
FIRST_DISPATCH = "本报上海2月10日电（记者甲某）某机场今年春运首次启用行李追踪系统，旅客扫码即可查询托运行李的位置。"
SECOND_DISPATCH = "本报天津2月10日电（记者乙某）某火车站今年春运实现地铁与铁路安检互认，旅客进站排队时间明显缩短。"


@pytest.mark.parametrize(
    ("byline", "second_titles", "one"),
    [
        (("■本报记者 王某",), ("新措施", "某站地铁安检能互认"), True),  # printed as the first section's: one more section
        (("■本报记者 王某",), ("某站推出多项便民服务措施", "地铁安检互认"), False),  # printed otherwise: another article's headline
        ((), ("新措施", "某站地铁安检能互认"), True),  # no byline: the label over the first section's titles says as much
        ((), ("某站推出多项便民服务措施", "地铁安检互认"), False),
        ((), ("新措施", "——某站地铁安检互"), False),  # a "——" deck belongs to a headline block, however long
    ],
)
def test_the_sections_of_a_feature_print_their_titles_alike(byline: tuple[str, ...], second_titles: tuple[str, str], one: bool) -> None:
    """Under a label (and a byline), sections each with a dateline of their own: titles printed
    alike over each are intertitles of one feature, not a headline per dispatch."""
    page = reconstruct(dump("物流业降本增效成效明显", "■本报记者 丙某", LOGISTICS, "春运一线", *byline, "新技术", "某站行李可全程追踪", FIRST_DISPATCH, *second_titles, SECOND_DISPATCH, "文化场馆年味浓", "■本报记者 李华", MUSEUMS))
    feature = next(article for article in page.articles if FIRST_DISPATCH[-8:] in "".join(part.text for part in article.body))
    assert (SECOND_DISPATCH[-8:] in "".join(part.text for part in feature.body)) is one
    assert (feature.headline == "春运一线") is one


# Two news items under a campaign's banner, each its headline under a kicker that names a place
# or a body, the two headlines printed alike by chance: no feature's sections.
SICHUAN = "本报成都4月20日电（记者王某）记者从四川省交通运输厅获悉，全省“渡口改桥”工程已累计完工600座，群众出行更加安全便捷。"
CENTRAL_BANK = "本报北京4月20日电（记者李某）中国人民银行今天发布数据，一季度企业中长期贷款增加较多，制造业中长期贷款增速明显加快。"


def test_kickers_that_name_a_place_or_a_body_head_news_items_not_sections() -> None:
    page = reconstruct(dump("文化场馆年味浓", "■本报记者 王珂", MUSEUMS, "喜迎党的十九大", "四川", "“渡口改桥”完工600座", SICHUAN, "央行", "一季度中长期贷款增长加快", CENTRAL_BANK))
    headlines = [(article.kicker, article.headline) for article in page.articles if article.kind == "article"]
    assert ("四川", "“渡口改桥”完工600座") in headlines
    assert ("央行", "一季度中长期贷款增长加快") in headlines


@pytest.mark.parametrize("byline", [(), ("■本报记者 王某",)])
def test_a_feature_at_the_head_of_the_page_leaves_no_dispatch_without_its_headline(byline: tuple[str, ...]) -> None:
    """Titles printed alike over two dispatches at the page's head, no text above them: the
    first section's titles head the page, so the second's titles are no intertitles at the end
    of the first dispatch, over a dispatch left without a headline."""
    page = reconstruct(dump("春运一线", *byline, "新技术", "某站行李可全程追踪", FIRST_DISPATCH, "新措施", "某站地铁安检能互认", SECOND_DISPATCH, "文化场馆年味浓", "■本报记者 李华", MUSEUMS))
    for article in page.articles:
        text = "".join(part.text for part in article.body)
        if SECOND_DISPATCH[-8:] in text:
            assert article.headline is not None
            assert not (FIRST_DISPATCH[-8:] in text and article.body[-1].kind == "h" or text.startswith(FIRST_DISPATCH[-8:]))
        if FIRST_DISPATCH[-8:] in text:
            assert article.body[-1].kind != "h"


# Two dated news items, a headline over its subtitle each, the second pair printed as long as the
# first's by chance: two articles.
SHOPPING = "本报北京2月1日电（记者张某）春节假期，某市各大商圈客流明显回升，餐饮、零售等行业销售额同比增长三成以上，消费市场持续回暖。"
WHEAT = "本报郑州2月1日电（记者李某）连日来，某省各地抢抓有利天气，组织农民开展冬小麦田间管理，全省小麦苗情总体好于常年。"


def test_two_news_items_whose_headlines_are_printed_alike_by_chance_stay_apart() -> None:
    page = reconstruct(dump("文化场馆年味浓", "■本报记者 王珂", MUSEUMS, "春节假期消费市场活跃", "某市商圈客流同比增长三成", "餐饮零售销售额创新高", SHOPPING, "某省多地强化春季农田管理", "小麦长势总体好于常年", WHEAT))
    (shopping,) = [article for article in page.articles if SHOPPING[-8:] in "".join(part.text for part in article.body)]
    assert WHEAT[-8:] not in "".join(part.text for part in shopping.body)


# A figure printed alone right under a paragraph, over a headline that repeats it, over a dated
# text: that text's kicker and headline, no data box of the text above.
EXPORTS = "本报杭州2月12日电（记者陈某）记者从某省商务厅获悉，去年全省外贸进出口总额首次突破5000亿元，同比增长12%，规模创历史新高。"


def test_a_figure_under_a_paragraph_over_a_headline_that_repeats_it_heads_the_next_article() -> None:
    page = reconstruct(dump("文化场馆年味浓", "■本报记者 王珂", MUSEUMS, "5000亿元", "某省外贸进出口突破5000亿元", EXPORTS))
    (article,) = [article for article in page.articles if EXPORTS[-8:] in "".join(part.text for part in article.body)]
    assert article.headline == "某省外贸进出口突破5000亿元"
    assert MUSEUMS[-8:] not in "".join(part.text for part in article.body)


@pytest.mark.parametrize(
    ("titles", "headline"),
    [
        (["跨江大桥建成通车", "某省某县，两岸群众出行更方便了"], "跨江大桥建成通车"),  # the headline over its deck
        (["某省某县，两岸群众出行更方便了", "跨江大桥建成通车"], "跨江大桥建成通车"),  # the kicker over its headline
    ],
)
def test_a_headline_printed_over_its_deck_is_told_by_the_title_beside_it(titles: list[str], headline: str) -> None:
    """Where blank lines part a headline block printed before its text, the title under a deck
    that names a place first and runs on after a comma, as a kicker does, is the headline, the
    deck printed under it as much as a kicker printed over it: what sits beside a title tells
    which of two is the main headline, and print order alone does not."""
    text = "本报讯 某省某县近日建成一座跨江大桥，两岸群众出行时间由一小时缩短到十分钟，沿江村镇的特产也能更快运出大山。"
    lines = [Line(number, title) for number, title in enumerate(titles, 1)]
    units = [TitleUnit(Piece("title", [line], Unit((line,), 40, False, False))) for line in lines]
    roles = assign_roles(units, text, "after", blank_lines=True)
    assert (roles.main.text, roles.kicker.text) == (headline, "某省某县，两岸群众出行更方便了")


@pytest.mark.parametrize("banner", ["奋进新时代", "绿色发展谱写新篇章"])
def test_a_banner_over_a_headline_whose_text_is_elsewhere_is_no_kicker(banner: str) -> None:
    """A headline block with no text under it (its text on another page), its blocks parted by
    blank lines: a section's slogan printed over the headline stands where a kicker would, and
    with no text to share words with, what sits beside each title cannot tell them apart; each
    title is read on its own, and the slogan is set aside."""
    lines = [Line(1, banner), Line(2, "一条小河的变迁（乡村纪事）")]
    units = [TitleUnit(Piece("title", [line], Unit((line,), 40, False, False))) for line in lines]
    roles = assign_roles(units, "", "after", blank_lines=True)
    assert (roles.main.text, roles.kicker) == ("一条小河的变迁（乡村纪事）", None)
