"""Where articles begin (`layout.boundaries`), what print settles first (`layout.stream`),
and which title heads an article (`layout.titles`), each on small pieces of text."""

from __future__ import annotations

from dataclasses import replace

import pytest
from conftest import wrapped

from cleanup import Line, Located, Unit, prepare
from cleanup.config import DEFAULT
from layout import reconstruct
from layout.boundaries import (
    _distinctive,
    features_at,
    heads_what_follows,
    new_article_chance,
    one_story,
    one_story_across,
    page_common_pairs,
    printed_mark,
    titles_pooled,
)
from layout.classify import Piece, banner_lines, classify_all
from layout.pieces import Body, body_of, tidy
from layout.stream import (
    GAP,
    Side,
    StreamItem,
    as_title,
    printed_headline,
    read_orientation,
    side,
    text_stream,
)
from layout.titles import (
    TitleUnit,
    _repeats_less_of_the_lede,
    assign_roles,
    is_slogan,
    set_aside_banners,
    title_traits,
)
from layout.words import common_pairs, pairs_of

FIRST = "市委坚持以党的政治建设为统领，履行全面从严治党主体责任，高度重视机关党的建设。"
SECOND = "今年以来，金乡县以创新实施“红色引擎”工程为抓手，推动园区党建提质增效。"


def stream(dump: str) -> list[StreamItem]:
    prepared = prepare(dump)
    return text_stream(tidy(classify_all(prepared.units, banner_lines(prepared.edits)))).items


def between_first_two_bodies(dump: str) -> bool | None:
    items = stream(dump)
    before, after = [index for index, item in enumerate(items) if isinstance(item, Body)][:2]
    return printed_mark(items, before, after)


# (what stands between two paragraphs, what print says: new article, same article, or undecided)
MARKS = [
    ("", False),  # nothing between: one article
    ("■本报记者 王珂\n\n", True),  # a byline opens the next article
    ("■链接\n\n", None),  # a box titled with the byline's mark is a title, not a byline: the model weighs it
    ("强化政治担当\n——访市委书记林红玉\n\n", True),  # a deck stands under a headline
    ("一、强化政治担当\n\n", False),  # the entry of a list is never a headline
    ("金乡：强化政治担当\n\n", False),  # nor one labelled with a place, where headlines come first
    ("强化政治担当 聚焦核心任务\n\n", None),  # a title: the model weighs it
]


@pytest.mark.parametrize(("between", "mark"), MARKS)
def test_what_print_settles_between_two_paragraphs(between: str, mark: bool | None) -> None:
    assert between_first_two_bodies(f"{FIRST}\n\n{between}{SECOND}\n") is mark


@pytest.mark.parametrize(
    ("title", "orientation", "mark"),
    [
        # shares words with the text before only, where headlines follow their text: a headline in that shape, weighed
        ("济宁：坚持党的政治建设", "body-first", None),
        ("金乡：创新实施红色引擎", "body-first", False),  # shares words with the text after: an entry heading it
        ("一、坚持党的政治建设", "body-first", False),  # numbered: an entry whatever it shares
        # where headlines come first, one that shares words with the text after only
        ("金乡：创新实施红色引擎", "headline-first", None),
        ("济宁：坚持党的政治建设", "headline-first", False),
        ("金乡：坚持党建工程", "headline-first", False),  # words of both sides: an entry inside one text
    ],
)
def test_a_labelled_title_may_be_a_headline(title: str, orientation: str, mark: bool | None) -> None:
    items = stream(f"{FIRST}\n\n{title}\n\n{SECOND}\n")
    before, after = [index for index, item in enumerate(items) if isinstance(item, Body)][:2]
    assert printed_mark(items, before, after, orientation=orientation) is mark


@pytest.mark.parametrize(
    ("under", "mark"),
    [
        ("（本系列评论到此结束）", False),  # a note wholly in brackets under the author's: the same text's
        ("（图②，资料图片）", False),
        (f"（上接第一版）{SECOND}", True),  # where a jumped text resumes: another article's
        (SECOND, True),
    ],
)
def test_what_stands_right_under_a_closing_note(under: str, mark: bool) -> None:
    items = stream(f"{FIRST}\n\n（作者为某大学文学院教授）\n\n{under}\n")
    note, after = [index for index, item in enumerate(items) if isinstance(item, Body)][1:3]
    assert printed_mark(items, note, after) is mark


DISPATCH = "本报上海2月1日电（记者王明）某市今年新建社区食堂二十家，为老年人提供一日三餐。"


@pytest.mark.parametrize(
    ("above", "blank_lines", "orientation", "mark"),
    [
        # a dateline right under an undated text's paragraph: the round-up's first dispatch
        (f"{FIRST}\n\n", True, "", False),
        (f"■本报记者 王珂\n\n{FIRST}\n\n", True, "", False),
        (f"本报北京2月1日电 {FIRST}\n\n（王珂）\n\n{SECOND}\n\n", True, "", False),  # the dated text above was closed
        # ... but under a text its own dateline opened, or one a sign-off closed, a new article,
        # whose headline an extractor may have printed elsewhere
        (f"本报北京2月1日电 {FIRST}\n\n", True, "", True),
        (f"本报北京2月1日电 {FIRST}\n\n", True, "headline-first", True),
        (f"{FIRST}\n\n（刘志勇 杨启林）\n\n", True, "", True),
        # ... unless headlines follow their text: cut there, the dated text above has none
        (f"本报北京2月1日电 {FIRST}\n\n", True, "body-first", False),
        # (not where its last paragraph ends mid-phrase: it may be the next headline read as text)
        (f"本报北京2月1日电 {FIRST}\n\n{SECOND}{FIRST.rstrip('。')}\n\n", True, "body-first", True),
        # ... and so in a dump that prints no blank lines at all, but where headlines follow
        # their text under a paragraph that ends on a stop: the one headline after heads both
        (f"{FIRST}\n\n", False, "", True),
        (f"本报北京2月1日电 {FIRST}\n\n", False, "headline-first", True),
        (f"本报北京2月1日电 {FIRST}\n\n", False, "body-first", False),
    ],
)
def test_a_dateline_right_under_a_paragraph(above: str, blank_lines: bool, orientation: str, mark: bool) -> None:
    items = stream(f"{above}{DISPATCH}\n")
    after = max(index for index, item in enumerate(items) if isinstance(item, Body))
    assert printed_mark(items, after - 1, after, blank_lines=blank_lines, orientation=orientation) is mark


@pytest.mark.parametrize(
    ("between", "orientation", "mark"),
    [
        # where headlines follow their text, a reader's signature over the box's label: the
        # letter above ends there, the label its headline
        ("河北保定市 王小明\n\n来信\n\n", "body-first", True),
        ("河北保定市\n王小明\n\n来信\n\n", "body-first", True),
        ("河北保定市 王小明\n\n街巷新添便民站\n\n", "body-first", None),  # the next letter's own title: weighed
        ("河北保定市 王小明\n\n来信\n\n", "headline-first", None),
    ],
)
def test_a_reader_s_signature_over_a_label(between: str, orientation: str, mark: bool | None) -> None:
    items = stream(f"{FIRST}\n\n{between}{SECOND}\n")
    before, after = [index for index, item in enumerate(items) if isinstance(item, Body)][:2]
    assert printed_mark(items, before, after, orientation=orientation) is mark


SECTION = "强化政治担当\n\n本报记者 赵强\n\n"
# Two marked bylines: the page marks its bylines, and a reporter's line without the mark is text.
MARKED_PAGE_END = f"\n\n走进基层\n\n■本报记者 孙伟\n\n{FIRST}\n\n■本报记者 王珂\n\n{SECOND}\n"


@pytest.mark.parametrize(
    ("above", "mark"),
    [
        # titles over a reporter's line the page printed without its byline mark: one more
        # section of a text of several, the one a marked byline opens or that holds a section already
        (f"■本报记者 李华\n\n{FIRST}\n\n", False),
        (f"果园丰收\n\n本报记者 李华\n\n{FIRST}\n\n", False),
        (f"本报北京2月1日电 {FIRST}\n\n", True),  # a dispatch, its reporters in its dateline, has no sections
        (f"{FIRST}\n\n", None),  # under any other text the title is weighed as any other
    ],
)
def test_titles_over_a_sections_credit(above: str, mark: bool | None) -> None:
    items = stream(f"{above}{SECTION}{SECOND}{MARKED_PAGE_END}")
    bodies = [index for index, item in enumerate(items) if isinstance(item, Body)]
    after = next(index for index in bodies if items[index].text.text.startswith("本报记者 赵强"))
    before = max(index for index in bodies if index < after)
    assert printed_mark(items, before, after) is mark


def test_a_labelled_title_among_entries_is_one_of_them() -> None:
    entry = "涉案人士：市委坚持以党的政治建设为统领，履行全面从严治党主体责任。"
    items = stream(f"{entry}\n\n济宁：坚持党的政治建设\n\n{SECOND}\n")
    before, after = [index for index, item in enumerate(items) if isinstance(item, Body)][:2]
    assert printed_mark(items, before, after, orientation="body-first") is False


@pytest.mark.parametrize(
    ("between", "mark"),
    [
        ("乡村振兴先锋乡村振兴先锋乡村振兴先锋\n\n", True),  # a banner after a finished text
        ("乡村振兴先锋乡村振兴先锋乡村振兴先锋\n\n一起读书吧\n\n", True),  # ... and a title after it
        ("一起读书吧\n\n乡村振兴先锋乡村振兴先锋乡村振兴先锋\n\n", None),  # a title first: the model weighs it
    ],
)
def test_furniture_after_a_finished_text_opens_another_article(between: str, mark: bool | None) -> None:
    assert between_first_two_bodies(f"{FIRST}\n\n{between}{SECOND}\n") is mark


@pytest.mark.parametrize(
    ("closing", "mark"),
    [
        ("（刘志勇 杨启林）", True),  # the reporters' sign-off
        ("（作者为某大学文学院教授）", True),  # the author's note a commentary closes on
        ("（作者单位：某师范学院）", True),
        ("（作者为市委党校（市行政学院）副教授）", True),  # another name of the school in brackets inside
        ("（本报开罗2月16 日电）", True),  # where the report was filed, under its last line
        ("（本报北京、东京 、开罗2月16日电 记者王明、李华，赵强参与采写）", True),  # a round-up's places and reporters
        ("（图②，资料图片）", None),  # a note on a picture closes nothing: the model weighs it
    ],
)
def test_a_closing_note_in_brackets_ends_the_article(closing: str, mark: bool | None) -> None:
    items = stream(f"{FIRST}\n\n{closing}\n\n强化政治担当 聚焦核心任务\n\n{SECOND}\n")
    note, after = [index for index, item in enumerate(items) if isinstance(item, Body)][1:3]
    assert printed_mark(items, note, after) is mark


def test_an_author_note_parts_two_commentaries_whose_headlines_follow_their_text() -> None:
    first = "读书是一种生活方式，也是一种精神追求。\n在信息爆炸的时代，人们获取知识的渠道越\n来越多，但真正静下心来读一本书的时间却\n越来越少。我们要为读书创造更好的环境。"
    second = "近日，记者走访多家城市书房发现，前来读\n书的市民越来越多，其中不乏年轻人的身影。\n城市书房的管理员介绍，书房每天开放十二\n个小时，节假日也不休息。"
    dump = f"{first}\n\n（作者为某大学文学院教授）\n\n把读书当作一种生活方式\n\n{second}\n\n城市书房里的读书人\n"
    articles = reconstruct(dump).articles
    assert [article.headline for article in articles] == ["把读书当作一种生活方式", "城市书房里的读书人"]
    assert articles[0].body[-1].text == "（作者为某大学文学院教授）"


@pytest.mark.parametrize(
    ("between", "opens"),
    [
        # a sentence set as a title, sharing the words of the text under it: that text's first intertitle
        ("春耕生产正当时，田间地\n头到处是忙碌的身影，农\n民们忙着整地播种，一派\n繁忙景象", True),
        ("春耕正当时，农民忙播种", False),  # a line or less: a kicker printed under its headline
        ("深入学习贯彻省委十五届三次全会精神", False),  # a campaign's slogan: a banner
        ("读书是一种生活方式，也是一种精神追求", False),  # the words of the text above: not the next text's
    ],
)
def test_a_sentence_over_a_text_opens_it(between: str, opens: bool) -> None:
    first = "读书是一种生活方式，也是一种精神追求。\n在信息爆炸的时代，人们获取知识的渠道越\n来越多，但真正静下心来读一本书的时间却\n越来越少。我们要为读书创造更好的环境。"
    second = "近日，记者走访多个乡村发现，春耕生产已\n全面展开，田间地头到处是忙碌的身影。农\n民们整地播种，农机手驾驶拖拉机来回穿梭，\n一派繁忙景象。今年春耕生产开局良好。"
    dump = f"{first}\n\n把读书当作一种生活方式\n\n{between}\n\n{second}\n\n田间地头春耕忙\n"
    articles = reconstruct(dump).articles
    assert [article.headline for article in articles][1:] == ["田间地头春耕忙"]
    assert (articles[1].body[0].text == between.replace("\n", "")) is opens


@pytest.mark.parametrize(
    ("ending", "mark"),
    [
        ("", True),  # a photo after a finished text: the next text is another article
        ("，推动", None),  # a photo set inside a sentence the column cut: the model weighs it
    ],
    ids=["finished", "mid-sentence"],
)
def test_a_photo_between_two_texts(ending: str, mark: bool | None) -> None:
    items = stream(f"{FIRST}\n\n图为村民在田间劳作。■本报记者 王珂 摄\n\n{SECOND}\n")
    before, after = [index for index, item in enumerate(items) if isinstance(item, Body)]
    if ending:
        items[before] = replace(items[before], text=Located.single(FIRST[:-1] + ending, items[before].first))
    assert printed_mark(items, before, after) is mark


# A photo story's credit is printed without "■" on a page whose bylines carry it (a page that
# prints no mark anywhere lost them all, `cleanup.lost_marks`).
SIGNED_ELSEWHERE = "\n■本报记者 王珂\n\n今年以来，全市新建学校十所。\n"


@pytest.mark.parametrize(
    ("above", "first", "caption", "credit", "captioned"),
    [
        # where no blank line parts the units, the paragraph alone after a title over what the
        # photo shows is the caption's first sentence, as printed in one paragraph
        (["城东体育公园"], "在城东新建的体育公园里，市民们沿着湖边步道跑步健身。", "图为清晨的体育公园，跑步健身的人络绎不绝。", "■本报记者 王明 摄", True),
        # so is one parted from it where its sentence ended at the column's edge, the credit
        # printed after it or on its line, after a text a jump line closed
        (["城东体育公园"], "在城东新建的体育公园里，市民们沿着湖边步道跑步健身。|", "清晨的体育公园，跑步健身的人络绎不绝。", "■本报记者 王明 摄", True),
        (["城东体育公园", "路在脚下。（下转2版）"], "在城东新建的体育公园里，市民们沿着湖边步道跑步健身。|", "清晨的体育公园，跑步健身的人络绎不绝。■本报记者 王明 摄", "", True),
        # another sentence under it, a paragraph of the text above it, or one a jump line
        # closes, is no caption's
        (["城东体育公园"], "在城东新建的体育公园里，市民们沿着湖边步道跑步健身。", "清晨的体育公园，跑步健身的人络绎不绝。", "■本报记者 王明 摄", False),
        (["城东体育公园", "公园周边的配套设施也在完善之中。"], "在城东新建的体育公园里，市民们沿着湖边步道跑步健身。|", "图为清晨的体育公园。", "■本报记者 王明 摄", False),
        (["城东体育公园"], "在城东新建的体育公园里，市民们沿着湖边步道跑步健身，（下转2版）|", "图为清晨的体育公园。", "■本报记者 王明 摄", False),
    ],
)
def test_a_paragraph_over_what_a_photo_shows_is_its_caption(above: list[str], first: str, caption: str, credit: str, captioned: bool) -> None:
    """`first` ends on "|" where its sentence ended at the column's edge (a judgment call)."""

    def piece(kind: str, number: int, text: str) -> Piece:
        edge = text.endswith("|")
        text = text.rstrip("|")
        return Piece(kind, [Line(number, text)], Unit((Line(number, text),), 36, number == 1, False, (number,) if edge else ()))

    texts = [*above, first, caption, credit] if credit else [*above, first, caption]
    pieces = [piece("title" if number == 1 else "credit" if text == credit else "body", number, text) for number, text in enumerate(texts, 1)]
    photo = text_stream(pieces).photos[0]
    assert photo.chunk.text.startswith("在城东") is captioned


@pytest.mark.parametrize(
    ("after", "mark"),
    [
        (f"{SECOND}\n\n本报记者 贺 勇摄\n", True),  # a photo story: its credit closes it
        (f"{SECOND}\n\n{FIRST}\n\n本报记者 贺 勇摄\n", True),
        (f"{SECOND}\n\n{FIRST}\n\n{SECOND}\n\n{FIRST}\n\n本报记者 贺 勇摄\n", None),  # too long for a photo story: the model weighs it
        (f"{SECOND}\n\n生态美如画\n\n{FIRST}\n\n本报记者 贺 勇摄\n", None),  # another title first: the model weighs it
    ],
    ids=["one-paragraph", "two-paragraphs", "four-paragraphs", "title-between"],
)
def test_a_title_over_a_photo_story_heads_an_article_of_its_own(after: str, mark: bool | None) -> None:
    assert between_first_two_bodies(f"{FIRST}\n\n天鹅来做客\n\n{after}{SIGNED_ELSEWHERE}") is mark


@pytest.mark.parametrize(
    ("before", "credit"),
    [
        (f"{SECOND}图为村民在播种。", True),  # under a caption: the photo's credit, closing the story
        (SECOND, False),  # under running text a short title stays a title
    ],
    ids=["after-caption", "after-text"],
)
@pytest.mark.parametrize("after", ["生态美如画", f"本报金乡讯（通讯员 李坦）{SECOND}"], ids=["title-after", "dateline-after"])
def test_a_bare_name_under_a_caption_is_the_photo_credit(before: str, credit: bool, after: str) -> None:
    items = stream(f"{FIRST}\n\n天鹅来做客\n\n{before}\n\n人民视觉\n\n{after}\n")
    closing = next(item for item in items if "人民视觉" in (item.text.text if isinstance(item, Body) else item.text))
    assert isinstance(closing, Body) is credit
    assert not credit or closing.closes_article


def test_a_line_a_column_jump_cut_off_is_no_headline_over_a_photo_story() -> None:
    """"…正在播种土" | "豆。": a word runs from the title-like line into the paragraph."""
    items = stream(f"{FIRST}\n\n天鹅来做客\n\n{SECOND}\n\n本报记者 刘洪超摄\n{SIGNED_ELSEWHERE}")
    title, body = items[1], items[2]
    items[1] = replace(title, lines=[Line(title.first, "图为村民正在播种土")])
    items[2] = replace(body, text=Located.single("豆。", body.first))
    assert printed_mark(items, 0, 2) is None
    assert printed_mark([*items[:2], body, *items[3:]], 0, 2) is True


@pytest.mark.parametrize(
    ("after", "mark"),
    [
        ("“过去生炉子取暖时天天弄得满脸是灰，（下转6版）", False),  # too short to be an article: the tail
        (f"{SECOND * 4}（下转6版）", None),  # long enough to be an article that goes on: the model weighs it
    ],
    ids=["tail", "article"],
)
def test_text_closed_by_a_jump_line_too_soon_is_the_tail_of_the_article_before(after: str, mark: bool | None) -> None:
    assert between_first_two_bodies(f"{FIRST}\n\n装得上、用得好，居民满意度高\n\n{after}\n") is mark


def test_a_dateline_after_settles_a_new_article() -> None:
    assert between_first_two_bodies(f"{FIRST}\n\n本报金乡讯（通讯员 李坦）{SECOND}\n") is True


@pytest.mark.parametrize(
    ("dump", "intertitle"),
    [
        (f"■本报记者 王珂\n\n强化政治担当\n\n{FIRST}\n", True),  # text follows: the title opens the body
        # titles an extractor printed after the page's text, each block with its byline
        (f"{FIRST}\n\n■本报记者 王珂\n\n强化政治担当\n\n■本报记者 李坦\n\n红色引擎\n", False),
        (f"{FIRST}\n\n■本报记者 王珂\n\n强化政治担当\n", False),
    ],
)
def test_a_title_right_after_a_byline_opens_the_body_as_an_intertitle_when_text_follows(dump: str, intertitle: bool) -> None:
    (title,) = [item for item in stream(dump) if isinstance(item, (Piece, TitleUnit)) and item.text == "强化政治担当"]
    assert isinstance(title, TitleUnit) is intertitle


@pytest.mark.parametrize(
    ("dump", "intertitle"),
    [
        (f"核心阅读\n\n{FIRST}\n", True),  # a box's title over its text
        (f"{FIRST}\n\n相关链接\n\n红色引擎 金乡实践\n\n{SECOND}\n", True),  # the links were not printed: it ends the text above
        (f"{FIRST}\n\n相关链接\n", True),  # the page's last line
        (f"{FIRST}\n\n产业链接\n\n红色引擎 金乡实践\n\n{SECOND}\n", True),
        (f"{FIRST}\n\n两岸交通连结\n\n{SECOND}\n", False),  # a headline that names links is no box
        ("相关链接\n\n红色引擎 金乡实践\n\n" + SECOND + "\n", False),  # no text on either side: a title of the block
    ],
)
def test_a_box_title_belongs_to_the_text_it_touches(dump: str, intertitle: bool) -> None:
    (title,) = [item for item in stream(dump) if isinstance(item, (Piece, TitleUnit)) and item.text.endswith(("阅读", "链接", "连结"))]
    assert isinstance(title, TitleUnit) is intertitle


WRAPPED = "这位候选人拒绝承认选举\n落败，其竞选团队在多个\n选区提出诉讼，质疑计票\n和监票的安排。评论多次\n将今次选举之争与三十年\n前的一桩裁决相提并论。\n"


@pytest.mark.parametrize(
    ("lines", "headline"),
    [
        ("重温三十年前的那桩裁决\n", True),
        ("重温\n1992年\n那桩选举裁决\n对今日选举之争\n有何启示？\n", True),  # stacked in short lines
        ("评论多次将今次选举之争与\n那桩裁决相提并论。\n", False),  # a full stop: a paragraph
        # Wider than the column, but no sentence ends: a long headline wrapped.
        ("【死因研訊】5米高處墮下少於1秒 外科醫生：傷者未必夠時間作保護反\n應 傷勢顯示死亡率達八成\n", True),
        ("（作者为省社会科学院研究员、城\n市发展研究中心主任）\n", False),  # a note in brackets closes the text before
    ],
)
def test_a_headline_printed_as_a_paragraph_before_a_byline(lines: str, headline: bool) -> None:
    items = stream(f"{WRAPPED}\n{lines}\n■记者 陈明\n\n{WRAPPED}")
    byline = next(index for index, item in enumerate(items) if getattr(item, "kind", None) == "byline")
    assert (getattr(items[byline - 1], "kind", None) == "title") is headline


TRAITS = [
    ("湖北宜城市探索处置生活垃圾新办法", "names_a_place_first", 1.0),
    ("焚烧发电一举多得", "names_a_place_first", 0.0),
    ("党建“联”盟 青春“合”力", "spaced_halves", 1.0),
    ("私搭乱建，严管！", "exclaims_or_asks", 1.0),
    ("私搭乱建，严管！", "has_comma", 1.0),
    ("老旧水管 更换不难（聚焦基层一线）", "column_tag", 1.0),
    ("省长在全省电视电话会议上强调", "credits_a_speech", 1.0),
]


@pytest.mark.parametrize(("text", "trait", "value"), TRAITS)
def test_title_traits(text: str, trait: str, value: float) -> None:
    (item,) = stream(f"{text}\n")
    piece = item if isinstance(item, Piece) else as_title(item)
    assert title_traits(TitleUnit(piece)).get(trait, 0.0) == value


def test_pairs_common_to_a_page_are_the_ones_most_paragraphs_hold() -> None:
    assert common_pairs(["改革进行时", "改革开放", "乡村振兴"], 0.5) == frozenset({"改革"})
    assert common_pairs(["改革进行时"], 0.5) == frozenset()  # one text: nothing is common


def features_between(dump: str) -> dict[str, float]:
    items = stream(dump)
    before, after = [index for index, item in enumerate(items) if isinstance(item, Body)][:2]
    return features_at(items, before, after, "headline-first", frozenset())


@pytest.mark.parametrize(
    ("dump", "signal", "present"),
    [
        # a photo story after: its caption ends one of its first paragraphs
        (f"{FIRST}\n\n小土豆 新希望\n\n春播伊始，农民调整种植结构。\n图为村民正在播种土豆。\n", "caption_after", True),
        (f"{FIRST}\n\n小土豆 新希望\n\n{SECOND}\n", "caption_after", False),
        # a box's own title inside an article, its kind in brackets: not a column tag
        (f"{FIRST}\n\n什么是云（链接）\n\n{SECOND}\n", "box_tag", True),
        (f"{FIRST}\n\n什么是云（链接）\n\n{SECOND}\n", "column_tag", False),
        (f"{FIRST}\n\n老旧电梯 维修不难（关注改革）\n\n{SECOND}\n", "column_tag", True),
        # tied on every pair ("一起" on both sides), a title leans to the side its term is on ("读书")
        ("大家一起努力，完成了任务。\n\n一起读书吧\n\n多地举行读书活动。\n", "titles_lean=own", True),
        ("大家爱读书，完成了任务。\n\n一起读书吧\n\n多地举行读书活动。\n", "titles_lean=even", True),
        ("大家一起努力，完成了任务。\n\n一起读书吧\n\n多地一起举行活动。\n", "titles_lean=even", True),
    ],
)
def test_boundary_signals(dump: str, signal: str, present: bool) -> None:
    assert (signal in features_between(dump)) is present


@pytest.mark.parametrize(
    ("closing", "kept_apart"),
    [
        ("本报记者 王明摄", True),  # a photo story's credit
        ("——石桥村村支书王建国", True),  # an attribution
        ("案件編號：HCMA12/2020", True),  # a reference
        ("湿地美如画", False),  # the first line of a wrapped title: one title
    ],
)
def test_a_line_that_closes_the_text_is_never_merged_into_the_title_after_it(closing: str, kept_apart: bool) -> None:
    """Without blank lines both are titles of one block; tidying must not join them."""
    first = Unit((Line(1, closing),), 40, True, False)
    second = Unit((Line(2, "候鸟来做客"),), 40, False, True)
    pieces = tidy([Piece("title", list(unit.lines), unit) for unit in (first, second)])
    assert (len(pieces) == 2) is kept_apart


@pytest.mark.parametrize(
    ("attribution", "after", "joined"),
    [
        ("——青山村村支书", "王大伟", True),  # the name the wrap cut off an attribution
        ("——青山村村支书", "欧阳文华", True),
        ("——青山村村支书王大伟", "候鸟来做客", False),  # a title after a whole attribution stands apart
        ("——青山村村支书，", "王大伟", False),  # a clause mark: no attribution's end
    ],
)
def test_a_name_cut_off_an_attribution_rejoins_it(attribution: str, after: str, joined: bool) -> None:
    """Without blank lines, under the paragraph the attribution closes."""
    lines = [Line(1, "每亩茶园租金已涨到900元以上。"), Line(2, attribution), Line(3, after)]
    units = [Unit((line,), 40, index == 0, index == 2) for index, line in enumerate(lines)]
    pieces = tidy([Piece("body", [lines[0]], units[0])] + [Piece("title", [line], unit) for line, unit in zip(lines[1:], units[1:])])
    assert (len(pieces) == 2) is joined


@pytest.mark.parametrize(
    ("first", "second", "kept_apart"),
    [
        ("老街区要为新楼盘让路吗（城市漫谈）", "改革进行时", True),  # a section banner after a tagged headline
        ("丰产不增收 难题咋破解（聚焦乡村产业）", "广东揭阳", True),  # the next item's kicker
        ("12月14日（提出申请后第24日）", "记者回复并引述《公开资料守则》第", False),  # a long line runs on
        ("老街区要为新楼盘", "让路吗", False),  # no tag: a wrapped headline
        ("创新驱动 转型升级", "核心阅读", True),  # a box's title heads the box, not the end of a banner
        ("眾籌連結", "【新口岸】議員關注新口岸區減少居民出行便利", True),  # ... nor the start of the next headline
    ],
)
def test_a_column_tag_closes_its_headline_against_a_short_label_after_it(first: str, second: str, kept_apart: bool) -> None:
    units = [Unit((Line(1, first),), 40, True, False), Unit((Line(2, second),), 40, False, True)]
    pieces = tidy([Piece("title", list(unit.lines), unit) for unit in units])
    assert (len(pieces) == 2) is kept_apart


@pytest.mark.parametrize(
    ("first", "second", "kept_apart"),
    [
        ("四川", "将投30亿元改善山区交通", True),  # a place over its headline: the kicker
        ("证监会", "某前高管违规买卖股票被罚没1.2亿元", True),  # a body
        ("王明远", "同某国际组织主席李华通电话", False),  # a person's name opens the headline
        ("小土豆", "新希望", False),  # halves as wide as each other: one headline
        ("指成员", "“弹出弹入” 架构松散", False),  # no word of its own: a headline wrapped
    ],
)
def test_a_name_over_a_wider_title_is_a_label_of_its_own(first: str, second: str, kept_apart: bool) -> None:
    units = [Unit((Line(1, first),), 40, True, False), Unit((Line(2, second),), 40, False, True)]
    pieces = tidy([Piece("title", list(unit.lines), unit) for unit in units])
    assert (len(pieces) == 2) is kept_apart


@pytest.mark.parametrize(
    ("closes_block", "role"),
    [(True, "banner"), (False, None)],
    ids=["a-banner-ending-the-credits-block", "the-next-articles-kicker-in-a-dump-without-blank-lines"],
)
def test_a_title_after_a_photo_credit_is_a_banner_only_where_its_block_ends(closes_block: bool, role: str | None) -> None:
    credit = Unit((Line(1, "■顾春 蒋勇 摄"),), 40, True, False)
    title = Unit((Line(2, "证监会"),), 40, False, closes_block)
    pieces = tidy([Piece("credit", list(credit.lines), credit), Piece("title", list(title.lines), title)])
    assert pieces[-1].role == role


@pytest.mark.parametrize(
    ("lead", "after", "title"),
    [
        ("神经外科医生：", "title", True),  # a speaker's name over a headline line: part of it
        ("专家证人：", "title", True),
        ("他说，情况是这样的：", "title", False),  # prose leading into a quotation
        ("神经外科医生：", "body", False),  # over text: the text's own lead
        ("作为全省茶叶生产第一大县，", "title", True),  # a kicker's first clause
    ],
)
def test_a_line_leading_into_a_title_line_belongs_to_the_headline(lead: str, after: str, title: bool) -> None:
    units = [Unit((Line(number, text),), 40, number == 1, number == 3) for number, text in ((1, "【周梓乐死因研讯】4米高堕下少于1秒"), (2, lead), (3, "未必够时间作保护反应"))]
    kinds = ["title", "body", after]
    pieces = tidy([Piece(kind, list(unit.lines), unit) for kind, unit in zip(kinds, units, strict=True)])
    assert (pieces[0].kind == "title" and lead in pieces[0].text) is title


@pytest.mark.parametrize(
    ("caption", "kept_apart"),
    [("图为合作社社员在进行春季采茶。", True), ("合作社社员在进行春季采茶。", False)],
    ids=["under-a-caption", "under-text"],
)
def test_a_bare_name_under_a_caption_is_not_merged_into_the_next_title(caption: str, kept_apart: bool) -> None:
    units = [Unit((Line(1, caption),), 40, True, False), Unit((Line(2, "人民视觉"),), 40, False, False), Unit((Line(3, "茶香人和"),), 40, False, True)]
    kinds = ["body", "title", "title"]
    pieces = tidy([Piece(kind, list(unit.lines), unit) for kind, unit in zip(kinds, units, strict=True)])
    assert (len(pieces) == 3) is kept_apart


@pytest.mark.parametrize(
    ("after", "joined"),
    [("张美华 王宜静", True), ("核心阅读", False), ("丽", True), ("一", False), ("编者按：小作坊代工生产，量虽大，但利润低。", False)],
)
def test_a_box_title_after_a_byline_is_no_name_of_it(after: str, joined: bool) -> None:
    byline = Unit((Line(1, "■本报记者 刘建国" if len(after) > 1 else "■省委副书记 张高"),), 40, True, False)
    title = Unit((Line(2, after),), 40, False, True)
    pieces = tidy([Piece("byline", list(byline.lines), byline), Piece("title", list(title.lines), title)])
    assert (len(pieces) == 1) is joined


@pytest.mark.parametrize(
    ("byline", "after", "joined"),
    [
        ("■省委副书记 张高", "丽", True),  # the wrap cut a name
        ("■本报记者 欧阳", "明华", True),  # a compound surname and two more
        ("■本报记者张明", "华", True),
        ("■王明华", "西部", False),  # a name of five: a place printed over the next headline
        ("■本报记者 刘建国", "省城", False),
    ],
)
def test_a_byline_takes_the_end_of_a_name_no_longer_than_a_name(byline: str, after: str, joined: bool) -> None:
    units = [Unit((Line(1, byline),), 40, True, False), Unit((Line(2, after),), 40, False, True)]
    pieces = tidy([Piece("byline", list(units[0].lines), units[0]), Piece("title", list(units[1].lines), units[1])])
    assert (len(pieces) == 1) is joined


@pytest.mark.parametrize(
    ("outer", "peeled"),
    [
        ("喜迎全运盛会", True),  # shares no words with the article: the page's banner
        ("山区民生工程", False),  # shares them: part of the headline block
        ("（春耕探行）", False),  # a column tag closes the title
    ],
)
def test_a_banner_line_run_into_a_title_is_peeled_off_at_the_outer_edge(outer: str, peeled: bool) -> None:
    """Without blank lines the banner and the headline after it are tidied into one title.
    Where blank lines part the dump's blocks, a banner stands in a block of its own: the lines
    run together are one headline wrapped, and nothing is peeled."""
    first = Unit((Line(1, outer),), 40, False, False)
    second = Unit((Line(2, "将投12亿多元改善山区民生"),), 40, False, False)
    title = Piece("title", [*first.lines, *second.lines], first)
    text = "本省将投入12亿多元资金改善山区民生，重点扶持农村扶贫对象。"
    inward, banners = set_aside_banners([TitleUnit(title)], text, "after")
    assert [unit.text for unit in banners] == ([outer] if peeled else [])
    assert inward[0].text.endswith("将投12亿多元改善山区民生")
    assert set_aside_banners([TitleUnit(title)], text, "after", blank_lines=True)[1] == []


@pytest.mark.parametrize(
    ("last", "peeled"),
    [
        ("社區內外", True),  # a section's label of four characters: the page's
        ("判罰款3000元", False),  # a figure in it: the headline's last spaced part
        ("官指被告無悔意須判監", False),  # longer than a label
    ],
)
def test_a_hong_kong_headline_printed_a_part_to_a_line_keeps_its_last_part(last: str, peeled: bool) -> None:
    """A traditional headline printed after its text, a spaced part to a line, ends on its own
    last part; only a short name of Han characters under it is a section's label."""
    lines = [Line(number, text) for number, text in ((1, "某男子駕車衝紅燈"), (2, "涉危險駕駛被捕"), (3, last))]
    units = [Unit((line,), 40, False, False) for line in lines]
    title = Piece("title", lines, units[0])
    text = "一名男子駕車衝紅燈，涉危險駕駛被警方拘捕，案件昨日在法院提堂。"
    _, banners = set_aside_banners([TitleUnit(title)], text, "before")
    assert [unit.text for unit in banners] == ([last] if peeled else [])


@pytest.mark.parametrize(
    ("upper", "peeled"),
    [
        ("让山区群众的", False),  # the particle ties it to the noun under it: one headline wrapped
        ("推动山区产业发展使", False),  # a linking word leads into the line under it
        ("改善山区群众生活", True),  # a phrase whole: the line under it, of no words of the text, is a banner
    ],
)
def test_a_title_line_that_leans_on_the_next_keeps_it(upper: str, peeled: bool) -> None:
    """A headline printed after its text, wrapped over units of their own: the line under one
    that ends on 的 or a linking word is the headline's end, however few words of the text it
    holds, and no banner peeled off it."""
    lines = [Line(1, "某省着力推进改革发展"), Line(2, upper), Line(3, "日子越过越红火")]
    units = [Unit((line,), 40, False, False) for line in lines]
    title = Piece("title", lines, units[0])
    text = "某省着力推进改革发展，投入资金改善山区群众生活，扶持产业发展，山区群众收入持续增长。"
    _, banners = set_aside_banners([TitleUnit(title)], text, "before")
    assert [unit.text for unit in banners] == (["日子越过越红火"] if peeled else [])


def test_an_old_script_banner_under_a_simplified_text_s_headline_is_still_set_aside() -> None:
    """A simplified page may set its titles in the old script: under its headline printed after
    the text, a line that shares none of the text's words is a banner, no spaced part."""
    parts = ["辦事不再跑斷腿", "喜看祖國新變化新氣象"]
    units = [TitleUnit(Piece("title", [Line(number, part)], Unit((Line(number, part),), 40, False, False))) for number, part in enumerate(parts, 1)]
    _, banners = set_aside_banners(units, "某县日前推出十项便民举措，群众到政务大厅办事，一次就能办完。", "before")
    assert [unit.text for unit in banners] == ["喜看祖國新變化新氣象"]


@pytest.mark.parametrize(
    ("parts", "headline"),
    [
        (["某男子駕車衝紅燈", "涉危險駕駛被捕", "官指被告無悔意", "判罰款3000元"], "某男子駕車衝紅燈涉危險駕駛被捕官指被告無悔意判罰款3000元"),
        (["某男子駕車衝紅燈", "【另案】涉危險駕駛被捕"], None),  # a story tag opens another headline
        (["某男子駕車衝紅燈", "涉危險駕駛被捕", "官稱須嚴懲"], "某男子駕車衝紅燈涉危險駕駛被捕官稱須嚴懲"),  # a short last part, no label: not one below a longer headline
        (["某男子駕車衝紅燈", "涉危險駕駛被捕", "男子認罪"], "某男子駕車衝紅燈涉危險駕駛被捕男子認罪"),  # a short last part in the text's words: no label
    ],
)
def test_a_hong_kong_headline_printed_a_part_to_a_line_is_one_headline(parts: list[str], headline: str | None) -> None:
    """Without blank lines, the spaced parts of a traditional headline, a line each, come apart
    as titles; a Hong Kong headline has no kicker, so they are one headline, none a banner."""
    units = [TitleUnit(Piece("title", [Line(number, part)], Unit((Line(number, part),), 40, False, False))) for number, part in enumerate(parts, 1)]
    roles = assign_roles(units, "一名男子駕車衝紅燈，涉危險駕駛被警方拘捕，官指被告無悔意，判罰款3000元，男子認罪。", "before")
    if headline is None:
        assert roles.main is not None and roles.main.text != "".join(parts)
    else:
        assert roles.main is not None and roles.main.text == headline
        assert (roles.kicker, roles.banners) == (None, [])


@pytest.mark.parametrize(
    ("parts", "text", "body_side"),
    [
        (["某縣推出十項便民舉措——", "辦事不再跑斷腿"], "某縣日前推出十項便民舉措，群眾到政務大廳辦事，一次就能辦完。", "after"),  # a kicker's dash: kicker over headline
        (["辦事不再跑斷腿", "某縣推出十項便民舉措"], "某县日前推出十项便民举措，群众到政务大厅办事，一次就能办完。", "before"),  # a simplified text under old-script titles
    ],
)
def test_titles_one_under_the_other_are_no_spaced_headline_over_a_simplified_text_or_a_kicker(parts: list[str], text: str, body_side: str) -> None:
    """Old-script titles over a simplified text are a mainland page's, and a line closing on "——"
    is a kicker: neither is a Hong Kong headline printed a part to a line."""
    units = [TitleUnit(Piece("title", [Line(number, part)], Unit((Line(number, part),), 40, False, False))) for number, part in enumerate(parts, 1)]
    roles = assign_roles(units, text, body_side)
    assert roles.main is not None and roles.main.text != "".join(parts)


@pytest.mark.parametrize(
    ("first", "text", "banners_found"),
    [
        ("乡村振兴进行时", "", ["乡村振兴进行时"]),  # over a headline whose article is on another page
        ("四川", "", []),  # a kicker's place: no campaign
        ("深入学习贯彻全会精神", "", ["深入学习贯彻全会精神"]),
    ],
)
def test_a_campaign_banner_over_a_headline_without_its_text_is_set_aside(first: str, text: str, banners_found: list[str]) -> None:
    """A headline printed alone (its text on another page) has no words to weigh a title
    against; a line that names a campaign, at the top of its block, is the section's banner."""
    units = [TitleUnit(Piece("title", [Line(number, line)], Unit((Line(number, line),), 40, True, True))) for number, line in ((1, first), (2, "山区公路修到了家门口"))]
    inward, banners = set_aside_banners(units, text, "before")
    assert [unit.text for unit in banners] == banners_found
    assert inward[-1].text == "山区公路修到了家门口"


@pytest.mark.parametrize(("text", "banners_found"), [("", []), ("全县公路建设成效明显，村民出行更方便。", ["乡村路"])])
def test_a_short_title_under_a_headline_whose_text_is_elsewhere_is_no_label(text: str, banners_found: list[str]) -> None:
    """Under a headline, a short label is the next article's section banner, where a text is
    there to weigh it against; a headline printed alone (its text on another page) keeps its
    wrapped last line or its short headline under a kicker."""
    units = [TitleUnit(Piece("title", [Line(number, line)], Unit((Line(number, line),), 40, True, True))) for number, line in ((1, "全县公路建设成效明显"), (2, "乡村路"))]
    _, banners = set_aside_banners(units, text, "before")
    assert [unit.text for unit in banners] == banners_found


@pytest.mark.parametrize(
    ("under", "banners_found"),
    [
        ("小山村有大奔头", []),  # longer than a label, sharing most of its words with the text: the headline
        ("山城走笔", ["山城走笔"]),  # a section's label, as short as a name
        ("砥砺奋进的五年", ["砥砺奋进的五年"]),  # the next article's banner shares few words with this text
    ],
)
def test_a_headline_under_its_kicker_after_the_text_is_no_banner(under: str, banners_found: list[str]) -> None:
    """Where headlines follow their text, a short title under a longer one may be the headline
    under its kicker, or the next article's section banner: the words it shares with the text tell."""
    units = [TitleUnit(Piece("title", [Line(number, line)], Unit((Line(number, line),), 40, True, True))) for number, line in ((1, "某县发展特色产业带动村民增收"), (2, under))]
    _, banners = set_aside_banners(units, "这个小山村发展特色产业，山村有了大奔头，村民增收致富，山城走笔记下了变化。", "before")
    assert [unit.text for unit in banners] == banners_found


@pytest.mark.parametrize(
    ("kicker", "banners_found"),
    [
        ("金乡县", []),  # a place by name is a kicker's label: the title past it is the headline
        ("全县上下齐心协力", ["激活红色引擎 赋能园区建设"]),  # a phrase is no label: a slogan past it is a banner
    ],
)
def test_a_title_past_a_place_by_name_is_its_headline_however_few_words_it_shares(kicker: str, banners_found: list[str]) -> None:
    """A headline that shares no rare word with its text reads like a slogan; past a kicker that
    only names a place, it is the headline all the same, for a headline block needs one."""
    titles = [kicker, "激活红色引擎 赋能园区建设"]
    units = [TitleUnit(Piece("title", [Line(number, line)], Unit((Line(number, line),), 40, True, True))) for number, line in enumerate(titles, 1)]
    _, banners = set_aside_banners(units, "今年以来，全县组织部门开展党员教育培训，党员干部素质明显提升。", "before")
    assert [unit.text for unit in banners] == banners_found


KICKER_TEXT = "某县依托农民合作社，带动三千多户农户发展特色种植，走上致富路，户均年增收一万余元。合作社统一供种、统一收购，让农户安心种地，日子越过越红火。"
TRAVEL_TEXT = "《某山游记》写于五年前。某山位于城西，山中有亭。每到春天，游人络绎不绝，登山访古。"


@pytest.mark.parametrize(
    ("kicker", "outer", "text", "banners_found"),
    [
        ("某县依托农民合作社，带动农户发展特色种植", "架起致富桥 铺就小康路", KICKER_TEXT, []),  # a kicker with commas: the title past it is its headline
        ("某县农民合作社带动农户增收", "架起致富桥 铺就小康路", KICKER_TEXT, []),
        ("某县依托农民合作社，带动农户发展特色种植", "新理念引领乡村新发展", KICKER_TEXT, ["新理念引领乡村新发展"]),  # a slogan past it reads as a headline less surely
        ("张某会见李某一行", "新理念引领乡村新发展", KICKER_TEXT, ["新理念引领乡村新发展"]),  # a headline read as a kicker, not surely
        ("某山游记", "砥砺奋进的五年", TRAVEL_TEXT, ["砥砺奋进的五年"]),  # shorter than the title after it: a headline, however sure the model
    ],
)
def test_a_title_past_a_sure_kicker_is_its_headline_however_few_words_it_shares(kicker: str, outer: str, text: str, banners_found: list[str]) -> None:
    """A kicker heads no article alone: past a title the roles model is sure is a kicker, one it
    is as sure is a headline is that, not the next article's banner, though it shares few words
    with the text (`layout.titles.kicker_over_headline`)."""
    units = [TitleUnit(Piece("title", [Line(number, line)], Unit((Line(number, line),), 40, True, True))) for number, line in enumerate((kicker, outer), 1)]
    _, banners = set_aside_banners(units, text, "before")
    assert [unit.text for unit in banners] == banners_found


@pytest.mark.parametrize(
    ("outer", "banners_found"),
    [
        ("喜迎全运盛会", ["喜迎全运盛会"]),  # a campaign's banner: the headline inside it stays
        ("山区建设新气象", ["山区建设新气象", "排出十个发展好的乡村"]),  # no campaign: both read as banners
    ],
)
def test_inside_a_campaign_banner_the_headline_is_no_banner(outer: str, banners_found: list[str]) -> None:
    """A headline that shares hardly any words with its text reads like a slogan; inside a
    campaign's banner set aside at the block's edge it is the headline, for no block stacks a
    second slogan on the campaign's."""
    titles = ["全县公路建设成效明显", "排出十个发展好的乡村", outer]
    units = [TitleUnit(Piece("title", [Line(number, line)], Unit((Line(number, line),), 40, True, True))) for number, line in enumerate(titles, 1)]
    _, banners = set_aside_banners(units, "今年以来，全县公路建设成效明显，一条条道路通到村民家门口。", "before")
    assert [unit.text for unit in banners] == banners_found


@pytest.mark.parametrize(
    ("outer", "inner", "peeled"),
    [
        ("山村新气象", "小果园大产业", False),  # a headline's paired halves: short, of one length
        ("砥砺奋进的五年", "果园产业大发展", True),  # a slogan runs longer: the page's banner
        ("喜迎全运盛会", "小果园大产业", True),  # a campaign's name, however short
    ],
)
def test_a_headline_printed_in_paired_halves_keeps_its_outer_half(outer: str, inner: str, peeled: bool) -> None:
    """Without blank lines, the outer half of a headline printed in two short halves shares no
    words with the article, as a banner does; their one short length tells them apart."""
    first = Unit((Line(1, outer),), 40, False, False)
    second = Unit((Line(2, inner),), 40, False, False)
    title = Piece("title", [*first.lines, *second.lines], first)
    _, banners = set_aside_banners([TitleUnit(title)], "村里的小果园成了大产业，果园产业带动村民增收，一年大发展。", "after")
    assert [unit.text for unit in banners] == ([outer] if peeled else [])


@pytest.mark.parametrize(("outer", "peeled"), [("乡村振兴进行时", True), ("山区民生工程", False)])
def test_a_campaign_banner_the_unwrapper_joined_to_a_title_is_peeled_off(outer: str, peeled: bool) -> None:
    """Without blank lines the unwrapper may keep a banner and the headline after it as one
    unit; a campaign's banner at the outer edge is peeled off even so, a title's own line not."""
    lines = (Line(1, outer), Line(2, "将投12亿多元改善山区民生"))
    title = Piece("title", list(lines), Unit(lines, 40, False, False))
    inward, banners = set_aside_banners([TitleUnit(title)], "本省将投入12亿多元资金改善山区民生，推进乡村振兴。", "after")
    assert [unit.text for unit in banners] == ([outer] if peeled else [])
    assert inward[0].text.endswith("将投12亿多元改善山区民生")


@pytest.mark.parametrize(
    ("text", "slogan"),
    [
        ("喜迎盛会", True),  # one short line
        ("深入学习贯彻全会精神的基层实践", False),  # a headline that goes on past the campaign's words
        ("深入学习贯彻全国两会精神", True),  # long, but it names a campaign
        ("山区公路修到了家门口", False),
    ],
)
def test_a_slogan_is_short_or_names_a_campaign(text: str, slogan: bool) -> None:
    """A title block with no body of its own that is a slogan is the page's banner."""
    unit = TitleUnit(Piece("title", [Line(1, text)], Unit((Line(1, text),), 40, True, True)))
    assert is_slogan(unit) is slogan


def test_the_wrap_of_a_title_with_no_words_to_weigh_is_no_banner() -> None:
    """"14日" wrapped under "…球员居家隔离": no two Han characters to compare with the article."""
    first = Unit((Line(1, "英超球会停赛 全队球员居家隔离"),), 40, False, False)
    second = Unit((Line(2, "14日"),), 40, False, False)
    title = Piece("title", [*first.lines, *second.lines], first)
    inward, banners = set_aside_banners([TitleUnit(title)], "英超球会今日宣布停赛，全队球员须在家中隔离两周。", "before")
    assert banners == []
    assert inward[0].text.endswith("14日")


@pytest.mark.parametrize(
    ("outer", "peeled"),
    [
        ("之争由谁评说", False),  # opens on a particle that leans on the line above: the title runs on
        ("喜迎全运盛会", True),
    ],
)
def test_a_line_that_leans_on_the_title_above_is_no_banner(outer: str, peeled: bool) -> None:
    """A headline cut into short lines ("山区公路" | "修路" | "之争…") shares few words with the
    article in its last line; a line opening on "之" or "的" is still the title's."""
    lines = [Line(1, "山区公路"), Line(2, "修路"), Line(3, outer)]
    title = Piece("title", lines, Unit(tuple(lines[:1]), 40, False, False))
    inward, banners = set_aside_banners([TitleUnit(title)], "山区公路修到了家门口，村民出行方便了。", "before")
    assert [unit.text for unit in banners] == ([outer] if peeled else [])
    assert inward[0].text.startswith("山区公路")


def test_a_letter_spaced_label_is_read_as_its_word_and_kept_as_kicker() -> None:
    """"安 徽" set letter-spaced shares its word with the article: no banner."""
    label = Unit((Line(1, "安 徽"),), 40, True, True)
    headline = Unit((Line(2, "政务公开立下“硬规矩”"),), 40, True, True)
    units = [TitleUnit(Piece("title", list(unit.lines), unit)) for unit in (label, headline)]
    _, banners = set_aside_banners(units, "近日，安徽省政府出台《全面推进政务公开工作的实施办法》。", "after")
    assert banners == []


@pytest.mark.parametrize(
    ("label", "banner"),
    [
        ("央行", False),  # an abbreviated body over the headline: the kicker, though the text says 中国人民银行
        ("四川", False),  # a place
        ("改革进行时", True),  # a campaign's label sharing no words: a banner
        ("要闻", True),  # a section's name is no place or body
    ],
)
def test_a_place_or_body_over_a_headline_is_no_banner_for_sharing_no_words(label: str, banner: bool) -> None:
    units = [TitleUnit(Piece("title", [Line(number, text)], Unit((Line(number, text),), 40, True, True))) for number, text in ((1, label), (2, "一季度涉农中长期贷款增长加快"))]
    _, banners = set_aside_banners(units, "中国人民银行22日发布数据，一季度涉农中长期贷款增长加快。", "after")
    assert [unit.text for unit in banners] == ([label] if banner else [])


@pytest.mark.parametrize(
    ("label", "banner"),
    [
        ("改革 发展 稳定", True),  # shares only words any text uses: a campaign's slogan
        ("一季度贷款", False),  # shares "季度", which not every text says: the kicker
    ],
)
def test_a_title_sharing_only_words_any_text_uses_is_a_banner(label: str, banner: bool) -> None:
    units = [TitleUnit(Piece("title", [Line(number, text)], Unit((Line(number, text),), 40, True, True))) for number, text in ((1, label), (2, "涉农中长期贷款增长加快"))]
    _, banners = set_aside_banners(units, "今年一季度，全省改革持续深化，经济稳定发展，涉农中长期贷款增长加快。", "after")
    assert [unit.text for unit in banners] == ([label] if banner else [])


@pytest.mark.parametrize(
    ("before", "after", "banner"),
    [
        ("山区县扶贫项目持续推进，累计带动万余人脱贫", "荒村不荒了", False),  # a kicker's phrase over its short headline
        ("山区县扶贫项目持续推进", "脱贫攻坚进行时", True),  # a headline, and the next article's label below it
        ("村长：产业兴旺，荒村不荒", "荒村观察", True),  # a headline quoting someone, a label below it
        ("山区县扶贫项目持续推进，累计带动万余人脱贫", "喜迎全运盛会", True),  # a label sharing no words
    ],
)
def test_a_short_title_below_a_longer_one_in_a_block_after_its_body(before: str, after: str, banner: bool) -> None:
    """Below a headline, a short label is the next article's banner; below a kicker, the headline."""
    units = [TitleUnit(Piece("title", [Line(number, text)], Unit((Line(number, text),), 40, True, True))) for number, text in ((1, before), (2, after))]
    _, banners = set_aside_banners(units, "荒村位于山区，当年荒村的贫困发生率很高，如今荒村观察员说产业兴旺。", "before")
    assert [unit.text for unit in banners] == ([after] if banner else [])


def test_a_title_after_a_headline_s_deck_in_a_block_after_its_body_is_a_banner() -> None:
    """A deck closes its headline block; a kicker stands above the headline, never below its deck."""
    lines = [Line(1, "在学习中更好走向未来"), Line(2, "——访山区县扶贫办负责同志"), Line(3, "深入学习贯彻全会精神 推动山区县全面发展")]
    piece = lambda line: Piece("title", [line], Unit((line,), 40, True, True))
    headline = TitleUnit(piece(lines[0]), [piece(lines[1])])
    slogan = TitleUnit(piece(lines[2]))
    article = "山区县推动全面发展，扶贫办负责同志说，要在学习中走向未来。"
    _, banners = set_aside_banners([headline, slogan], article, "before")
    assert [unit.text for unit in banners] == [slogan.text]
    _, banners = set_aside_banners([TitleUnit(piece(lines[0])), slogan], article, "before")
    assert banners == []  # no deck: the model weighs it as a headline's neighbour


# A page without blank lines: a paragraph's first line short by its lost indent, its last by where it ends.
WIDE = "\n".join(["今年以来，各地有关部门紧紧围绕迎接全会召开", "这条主线，办成了一批群众关心的实事和好事，取得", "了明显成效，群众的获得感明显增强。"] * 10)
NARROW = "\n".join(["语言即是思维。长久沉浸在", "某一种语言的疆域，我们会受", "到语言的熏陶和浸润。"] * 10)
POOL = "全力为乡村振兴提供人才支撑\n省政府印发《方案》\n加快发展农产品冷链物流\n珍视每一种方言\n一步一千年（山城博物之旅）"


@pytest.mark.parametrize(
    ("dump", "mark"),
    [
        (f"{WIDE}\n{NARROW}\n{POOL}\n", True),  # no blank line, titles pooled after the text: the measure jumps
        (f"{WIDE}\n{WIDE}\n{POOL}\n", False),  # the same measure: one article
        (f"{WIDE}\n\n{NARROW}\n\n{POOL}\n", False),  # blank lines: titles are printed in place, not pooled
        (f"{WIDE}\n{NARROW}\n", False),  # no title after the text: nothing pooled
    ],
)
def test_titles_pooled_after_the_text_leave_a_measure_jump_to_tell_two_articles(dump: str, mark: bool) -> None:
    items = stream(dump)
    before, after = [index for index, item in enumerate(items) if isinstance(item, Body)][9:11]  # where the second text begins
    assert printed_mark(items, before, after, pooled=titles_pooled(items)) is mark


@pytest.mark.parametrize(
    ("line", "role"),
    [("·乡村观察", "banner"), ("·专题访谈", "banner"), ("·我的故事）", None), ("乡村观察", None)],
)
def test_a_column_label_led_by_a_middle_dot_is_a_banner(line: str, role: str | None) -> None:
    """By its shape: the cue list of known labels only adds to it."""
    pieces = classify_all(prepare(f"{FIRST}\n\n{line}\n\n{SECOND}\n").units, set())
    label = next(piece for piece in pieces if line in piece.text)
    assert (label.role if label.kind == "furniture" else None) == role


@pytest.mark.parametrize(
    ("before", "title", "after", "new"),
    [
        # the texts share no words, and the title only those of the text it heads: two articles
        ("会议表彰了一批先进集体和个人。", "读书节来了", "多地举行读书活动，让读书成为生活方式。", True),
        # all they share is a word any text uses ("表示"): two articles still
        ("会议表示，表彰了一批先进集体和个人。", "读书节来了", "多地表示，举行读书活动，让读书成为生活方式。", True),
        # the title shares with the text before only such words ("国际", "表示"), and so do the texts
        (
            "副总理表示，关爱儿童的健康成长是全球共同关切的问题，国际组织将积极发展合作。",
            "国际媒体关注亚投行再扩容",
            "路透社表示，亚投行成员总数增至70个，媒体认为亚投行扩容的势头不减。",
            True,
        ),
        # two everyday words both texts say ("减轻", "负担") are no story's names
        (
            "会议强调，要切实减轻基层负担，持续整治形式主义问题。",
            "读书节来了",
            "多地举行读书活动，学校减轻学生课业负担，让读书成为生活方式。",
            True,
        ),
        # inside a quotation opened before it, a line of verse: one text
        ("诗人这样写道：“我独自走山路，像一片叶在溪边和林间里飘荡，", "忽然间我看见野菊", "金色的野菊花迎风开放。”", False),
    ],
)
def test_a_title_over_a_text_that_shares_no_word_with_the_one_before(before: str, title: str, after: str, new: bool) -> None:
    items = stream(f"{before}\n\n{title}\n\n{after}\n")
    first, second = [index for index, item in enumerate(items) if isinstance(item, Body)][:2]
    assert (new_article_chance(items, first, second, "headline-first", frozenset()) >= 0.5) is new


_DISPATCH_BELOW = "多地举行读书活动，市文化局局长赵志刚到场致辞，让读书成为生活方式。"


@pytest.mark.parametrize(
    ("dateline", "titles", "new"),
    [
        # a dispatch tells one piece of news: the title after it heads the next article, though
        # both texts name the same official
        ("本报北京3月1日电（记者王明）", "读书节来了", True),
        # the same words undated: the name they share may tell one story, and the model weighs it
        ("", "读书节来了", False),
        # a letter the dispatch quotes, closed on the day it was written: no headline, and the model weighs it
        ("本报北京3月1日电（记者王明）", "多地读书\n\n2019年1月21日", False),
    ],
)
def test_a_title_after_a_dispatch_heads_the_next_article_whatever_names_they_share(dateline: str, titles: str, new: bool) -> None:
    above = f"{dateline}市文化局局长赵志刚表示，春节期间全市博物馆正常开放，推出各类展览二十余项。"
    items = stream(f"{above}\n\n{titles}\n\n{_DISPATCH_BELOW}\n")
    first, second = [index for index, item in enumerate(items) if isinstance(item, Body)][:2]
    assert (new_article_chance(items, first, second, "headline-first", frozenset()) >= 0.5) is new


@pytest.mark.parametrize(
    ("title", "new"),
    [
        # the headline after its text quotes a line of it whole: the text above ends under it,
        # though both texts name the same man
        ("春风吹老巷 灯火照新程", True),
        # a title the text above does not print whole: the model weighs it
        ("英雄精神永流传", False),
    ],
)
def test_a_title_that_quotes_the_text_above_whole_is_its_headline_where_headlines_follow(title: str, new: bool) -> None:
    above = "节目请来老英雄赵志刚讲述往事，台下观众深受感动。春风吹老巷，灯火照新程。英雄精神代代相传。"
    below = "签订责任书是为了落实责任，赵志刚所在单位也签订了多份责任书。"
    items = stream(f"{above}\n\n{title}\n\n{below}\n")
    first, second = [index for index, item in enumerate(items) if isinstance(item, Body)][:2]
    assert (new_article_chance(items, first, second, "body-first", frozenset()) >= 0.5) is new


@pytest.mark.parametrize(
    ("byline", "new"),
    [
        # a text right under its headline, then a title that shares no word with it: the next
        # article, though both texts print "里的" and "的工" (pairs across two words)
        ("", True),
        # under a byline, a short lead runs on past its first intertitle
        ("■本报记者 王明\n\n", False),
    ],
)
def test_a_title_strange_to_a_text_right_under_its_headline_heads_the_next(byline: str, new: bool) -> None:
    above = "高山夫妇守护冬眠的蝮蛇，岛里的工作人员过年全靠大红福字渲染年味。"
    below = "当我们欢度新春时，山里的科技人员坚守一线，他们的工作十分辛苦。"
    items = stream(f"在海岛过年\n\n{byline}{above}\n\n向坚守者致敬\n\n{below}\n")
    first, second = [index for index, item in enumerate(items) if isinstance(item, Body)][:2]
    assert (new_article_chance(items, first, second, "headline-first", frozenset()) >= 0.5) is new


_FIELDS = (
    "春耕时节，各地农民抢抓农时，平整土地、育秧插秧，田间地头一派繁忙景象。农业技术人员深入一线，指导农户科学施肥、"
    "合理灌溉，推广优良品种和先进农机具。今年以来，全省粮食播种面积稳中有增，高标准农田建设加快推进，农田水利设施"
    "不断完善。气象专家曹晓钟提醒，近期降雨偏多，要注意防范渍涝灾害，及时清沟排水，确保苗齐苗壮。"
)
_READING = (
    "读书节期间，城市图书馆推出系列阅读活动，邀请作家走进社区，与市民分享创作心得。少年儿童在绘本馆里安静阅读，"
    "老年读者在报刊阅览室翻看当天的报纸。主办方介绍，本届读书节共设置讲座、展览、朗诵会等四十余场活动，线上线下"
    "同步开展。主持人曹晓钟说，阅读让城市更有温度，也让生活更加丰富多彩。"
)


@pytest.mark.parametrize(
    ("share", "decided"),
    [
        # one name two long texts print (two pairs the dictionary lacks, weighing four) is
        # less than a twentieth of either's rare pairs: the title between parts them outright
        (0.05, True),
        # weighed against a count alone, the name settles nothing, and the model weighs the place
        (0.0, False),
    ],
)
def test_a_name_two_long_texts_share_by_chance_proves_no_one_story(share: float, decided: bool) -> None:
    items = stream(f"{_FIELDS}\n\n读书节来了\n\n{_READING}\n")
    first, second = [index for index, item in enumerate(items) if isinstance(item, Body)][:2]
    chance = new_article_chance(items, first, second, "headline-first", frozenset(), replace(DEFAULT, other_story_share=share))
    assert (chance == 1.0) is decided


def test_two_sides_sharing_many_rare_pairs_are_one_article() -> None:
    """A story's names and terms on both sides of an intertitle: one article, however the title leans."""
    story = "气象专家曹晓钟和宋英杰说，数值预报依靠卫星观测，公众看云识天也能帮助专业人士。"
    items = stream(f"{story}\n\n借观云识天鼓励大家探索自然\n\n{story}\n")
    first, second = [index for index, item in enumerate(items) if isinstance(item, Body)][:2]
    assert new_article_chance(items, first, second, "body-first", frozenset()) == 0.0


@pytest.mark.parametrize(
    ("title", "chance"),
    [
        # a column tag closes a headline: a commentary beside the report on its subject
        ("借观云识天鼓励大家探索自然（科普园地）", 1.0),
        # a title without one between texts sharing a story's names: an intertitle
        ("借观云识天鼓励大家探索自然", 0.0),
    ],
)
def test_a_column_tag_between_two_texts_on_one_subject_parts_them(title: str, chance: float) -> None:
    story = "气象专家曹晓钟和宋英杰说，数值预报依靠卫星观测，公众看云识天也能帮助专业人士。"
    items = stream(f"{story}\n\n{title}\n\n{story}\n")
    first, second = [index for index, item in enumerate(items) if isinstance(item, Body)][:2]
    assert new_article_chance(items, first, second, "headline-first", frozenset()) == chance


@pytest.mark.parametrize(
    ("signals", "orientation", "intertitle"),
    [
        # headlines follow their text: a title naming the text after it heads that text
        (["titles_lean=other"], "body-first", True),
        # a column tag marks a headline, whatever words it shares
        (["titles_lean=other", "column_tag"], "body-first", False),
        # a title naming the text before it: that text's headline
        (["titles_lean=own"], "body-first", False),
        # headlines stand over their text: the text after is the one a headline names
        (["titles_lean=other"], "headline-first", False),
        # a title that names neither text: an intertitle, whichever way headlines stand
        (["titles_lean=even"], "headline-first", True),
        (["titles_lean=even", "column_tag"], "headline-first", False),
    ],
)
def test_a_title_that_does_not_lean_to_the_text_it_would_head_is_an_intertitle(signals: list[str], orientation: str, intertitle: bool) -> None:
    features = {signal: 1.0 for signal in ["bias", f"orientation={orientation}", "titles=1", *signals]}
    assert heads_what_follows(features, orientation) is intertitle


@pytest.mark.parametrize(("last_mark", "goes_on"), [("：", True), (":", True), ("。", False)])
def test_a_text_that_ends_on_a_colon_goes_on_after_the_title_under_it(last_mark: str, goes_on: bool) -> None:
    """A colon announces what follows: the text before a title never ends on one."""
    items = stream(f"离开家乡以后，他在城里学了十年木工，手艺越来越精，第二阶段{last_mark}\n\n"
                   "《回乡开工坊》\n\n2015年，他回到村里开起木工坊，带着乡亲们一起做家具，《回乡开工坊》由此得名。\n")
    before, after = [index for index, item in enumerate(items) if isinstance(item, Body)][:2]
    chance = new_article_chance(items, before, after, "headline-first", frozenset())
    assert (chance == 0.0) is goes_on


@pytest.mark.parametrize(
    ("pairs", "least", "distinctive"),
    [
        ({"中国"}, 1, False),
        ({"中國"}, 1, False),  # the dictionary's counts hold for traditional script too
        ({"此次", "表示"}, 1, False),
        ({"希克"}, 1, True),  # a name
        ({"中國", "希克"}, 1, True),
        ({"层面"}, 1, True),  # a rare word of the dictionary names something, weakly
        ({"层面"}, 2, False),  # ... too weakly to hold two texts together on its own
        ({"层面", "演绎"}, 2, True),
        ({"作供"}, 2, True),  # a pair the dictionary lacks (a name's, a term's) weighs two
    ],
)
def test_a_shared_pair_names_something_only_when_the_language_uses_it_rarely(pairs: set[str], least: int, distinctive: bool) -> None:
    assert _distinctive(frozenset(pairs), DEFAULT, least) is distinctive


def chance_between_first_two_bodies(dump: str) -> float:
    items = stream(dump)
    before, after = [index for index, item in enumerate(items) if isinstance(item, Body)][:2]
    return new_article_chance(items, before, after, "headline-first", page_common_pairs(items))


@pytest.mark.parametrize(
    ("title", "chance"),
    [
        # a title that shares words with the text under it only heads an article of its own...
        ("园区党建要提质增效", 1.0),
        ("“红色引擎”推动园区党建提质增效", 1.0),  # a quotation inside a headline is no quotation as a whole
        # ...but wholly a quotation, with no byline or dateline, it is words said inside the story
        ("“园区党建要提质增效”", 0.0),
        ("「园区党建要提质增效」", 0.0),
    ],
)
def test_a_title_wholly_quoted_is_an_intertitle_where_no_byline_follows(title: str, chance: float) -> None:
    assert chance_between_first_two_bodies(f"{FIRST}\n\n{title}\n\n{SECOND}\n") == chance


# The story going on under a title shares a term with its lead ("从严治党"), which the page's
# other texts do not print.
GOES_ON = "今年以来，金乡县以从严治党为抓手，推动园区党建提质增效。"
OTHERS = ["交通运输部发布数据，前两月货运量同比增长。", "天气转暖，各地春耕生产陆续展开。", "博物馆推出新展，吸引大批游客参观。",
          "高校开设书法课，留学生体验传统文化。", "小火车穿越花丛，游客纷纷拍照留念。"]


@pytest.mark.parametrize(
    ("sentences", "after", "chance"),
    [
        (1, GOES_ON, 0.0),  # a byline and a lead: the title after it is the article's first intertitle
        (4, GOES_ON, 0.0),
        (20, SECOND, 1.0),  # a signed text run long before the title: it may end there
        (1, SECOND, 1.0),  # ... and so may a short one, where the text after shares nothing with it
    ],
)
def test_a_title_after_a_signed_lead_is_an_intertitle(sentences: int, after: str, chance: float) -> None:
    lead = "\n".join([FIRST] * sentences)
    others = "\n\n".join(OTHERS)
    assert chance_between_first_two_bodies(f"■本报记者 王珂\n\n{lead}\n\n园区党建要提质增效\n\n{after}\n\n{others}\n") == chance


def test_the_text_before_a_title_reaches_back_over_the_intertitles_already_read() -> None:
    """Both sides of an article's second intertitle hold its text: once the first is read as an
    intertitle (a `TitleUnit`), the side before the second reaches back over it."""
    items = stream(f"{FIRST}\n\n强化政治担当\n\n{SECOND}\n\n聚焦核心任务\n\n春播伊始，农民调整种植结构。\n")
    first, second, _ = [index for index, item in enumerate(items) if isinstance(item, Body)]
    assert side(items, second, -1).pairs == pairs_of(SECOND)  # a title not yet read: the edge of a run
    read = [TitleUnit(item) if first < index < second else item for index, item in enumerate(items)]
    assert side(read, second, -1).pairs == pairs_of(SECOND) | pairs_of(FIRST)


# Twenty pairs any text uses, and pairs that name someone or something (no word, no function character).
EVERYDAY = {"丰富", "之间", "价值", "具有", "分析", "影响", "意义", "现代", "现实", "问题", "其中", "这些", "通过", "表现", "我们", "他们", "可以", "已经", "经过", "这个"}
NAMES = ["江福", "李江", "岐安", "昙石", "侯县", "闽侯", "石村", "安村", "福说", "峰说"]


@pytest.mark.parametrize(
    ("shared", "one"),
    [
        (EVERYDAY | {"载体"}, False),  # two essays on one page: the language's words and one term
        (EVERYDAY | set(NAMES[:4]), True),  # ... with four names among them: one story
        (set(NAMES), True),  # ten names: one story, whatever else
        (set(NAMES[:9]), False),  # nine alone prove nothing outright
    ],
)
def test_what_proves_one_story_across_a_title(shared: set[str], one: bool) -> None:
    assert one_story(frozenset(shared)) is one


@pytest.mark.parametrize(
    ("others", "one"),
    [
        (0, True),  # ten names and little else on either side: one story
        (40, True),  # ... among forty other pairs on each: a fair share still
        (200, False),  # ... among two hundred: two long texts of one kind share so many terms
    ],
)
def test_shared_names_prove_one_story_only_as_a_fair_share_of_both_sides(others: int, one: bool) -> None:
    before = frozenset(NAMES) | {f"甲{index}" for index in range(others)}
    after = frozenset(NAMES) | {f"乙{index}" for index in range(others)}
    assert one_story_across(Side(before, 0, False), Side(after, 0, False), frozenset()) is one


@pytest.mark.parametrize(
    ("inner", "banners_found"),
    [
        ("古镇老街换新颜（走基层）", ["古镇老街换新颜（走基层）"]),  # two headlines closed by their column tags: the wordless one is another's
        ("古镇老街换新颜", []),  # no column tag closes it: a kicker, left to the role model
        ("公路通到家门口（走基层）", []),  # it shares words with the text: both stay, the role model picks
    ],
)
def test_of_two_headlines_closed_by_column_tags_the_one_without_the_texts_words_heads_another_article(inner: str, banners_found: list[str]) -> None:
    """A page read in an order that stacked two headline blocks over one text: an article has one
    headline, and a column tag closes one, so the tagged title the text shares no words with
    belongs to another article (`layout.pooled.place_stray_titles` finds it), wherever it stands."""
    titles = ["全县公路建设成效明显（乡村新貌）", inner]
    units = [TitleUnit(Piece("title", [Line(number, line)], Unit((Line(number, line),), 40, True, True))) for number, line in enumerate(titles, 1)]
    inward, banners = set_aside_banners(units, "今年以来，全县公路建设成效明显，一条条公路通到村民家门口。", "after")
    assert [unit.text for unit in banners] == banners_found
    assert "全县公路建设成效明显（乡村新貌）" in [unit.text for unit in inward]



@pytest.mark.parametrize(
    ("title", "new_article"),
    [
        ("一起读书吧", True),  # a phrase sharing words with the text after it only: another text's headline
        ("一次座谈会，一个不寻常的约定", False),  # a clause mark, as a paragraph the column cut holds: an intertitle
        ("重视机关党建", False),  # shares words with the signed text before it
    ],
)
def test_a_title_after_a_short_signed_text(title: str, new_article: bool) -> None:
    """A title after a signed text shorter than a lead (`Config.signed_lead_chars`) is the
    article's first intertitle, unless it heads another text: the two share no rare pair."""
    reading = "世界读书日到来之际，多地举行丰富多彩的读书活动，把读书当作一种生活方式。"
    items = stream(f"■本报记者 王珂\n\n{FIRST}\n\n{title}\n\n{reading}\n")
    before, after = [index for index, item in enumerate(items) if isinstance(item, Body)][:2]
    assert (new_article_chance(items, before, after, "headline-first", frozenset()) >= 0.5) is new_article


ROUNDUP_SECTIONS = [
    ("吉林", "表现突出及时奖励", "本报长春2月23日电（记者孟海鹰）近日，吉林省出台措施，对表现突出的干部及时奖励，激励担当作为。"),
    ("福州", "防控力量下沉基层", "本报福州2月23日电（记者颜珂）近日，福州市出台措施，推动防控力量下沉基层，充实一线力量。"),
    ("内蒙古", "审慎问责精准规范", "本报呼和浩特2月23日电（记者张枨）日前，内蒙古出台意见，要求审慎问责，做到精准规范。"),
]


@pytest.mark.parametrize(("edge_weight", "orientation"), [(DEFAULT.orientation_edge_weight, "body-first"), (1.0, "headline-first")])
def test_a_page_that_opens_on_text_and_closes_on_a_headline_reads_body_first(edge_weight: float, orientation: str) -> None:
    """A roundup's dated sections each under a title that shares its words with the text under
    it: the page's edges outweigh them (with an edge weighing no more than one title, they
    would not)."""
    sections = "".join(f"{place}\n{title}\n\n{text}\n\n" for place, title, text in ROUNDUP_SECTIONS)
    dump = f"在疫情防控工作中，各地纷纷出台措施，在斗争一线考察识别干部，激励干部担当作为。\n\n{sections}关爱到一线 干部加油干\n"
    assert read_orientation(stream(dump), replace(DEFAULT, orientation_edge_weight=edge_weight))[0] == orientation


CAMPAIGN_PAGE = """山区公路修到了家门口

本报记者 王小明

今年以来，全县公路建设成效明显，一条条道路通到村民家门口，村民出行更加方便。

县交通局负责人介绍，全县新建和改造农村公路三百多公里，受益群众达二十万人。

对于群众反映的道路破损、标志缺失等问题，交通部门逐一登记建档，明确责任单位和完成时限，对拖延不办、推诿扯皮的

改革进行时
{headline}
全县农村公路建设加快推进，交通部门对群众反映的道路问题逐一整改，村民出行更加方便。

县交通局负责人介绍，今年全县还将新建和改造农村公路一百多公里。
"""


@pytest.mark.parametrize(
    ("headline", "headlines"),
    [
        ("\n山区公路 通村到户\n", ["山区公路修到了家门口", "山区公路 通村到户"]),  # a campaign's banner over a headline: a new section
        ("", ["山区公路修到了家门口"]),  # the banner alone between two texts on one subject: the words decide
    ],
)
def test_a_campaign_banner_over_a_title_between_two_texts_opens_an_article(headline: str, headlines: list[str]) -> None:
    """The text above ends cut (it goes on on another page) and shares its words with the text
    below; a campaign's banner over a title still heads a new section of the page."""
    page = reconstruct(CAMPAIGN_PAGE.format(headline=headline).encode(), "page.txt")
    assert [article.headline for article in page.articles] == headlines


LEDE = "某省日前出台意见，加强耕地保护，严查违法占用耕地行为。"
ARTICLE_REST = "各地要守住耕地红线，护好良田，一经发现违法占地立即查处。"


@pytest.mark.parametrize(
    ("titles", "mains", "lede", "chosen"),
    [
        (["某省出台意见加强耕地保护", "守住红线护良田"], [0.6, 0.5], LEDE, 1),  # the close call goes to the title the lede does not repeat
        (["某省出台意见加强耕地保护", "守住红线护良田"], [0.9, 0.3], LEDE, None),  # far apart: the chances decide
        (["守住红线护良田", "某省出台意见加强耕地保护"], [0.6, 0.5], LEDE, None),  # the chosen one already repeats less
        (["某省出台意见加强耕地保护", "守住红线护良田"], [0.6, 0.5], "", None),  # no text to weigh them by
        (["某省出台意见加强耕地保护", "凝心聚力谱新篇"], [0.6, 0.5], LEDE, None),  # a slogan shares no word of the article
        (["加强耕地保护严查违法", "王某在各地查处违法占地时强调"], [0.6, 0.5], LEDE, None),  # a kicker that says who spoke heads nothing
    ],
)
def test_a_close_call_between_two_titles_goes_to_the_one_the_lede_repeats_less(titles: list[str], mains: list[float], lede: str, chosen: int | None) -> None:
    """The kicker states the news the first paragraph opens with; the headline says it in its own words."""
    units = [TitleUnit(Piece("title", [Line(number, text)], Unit((Line(number, text),), 40, True, True))) for number, text in enumerate(titles, 1)]
    assert _repeats_less_of_the_lede(units, mains, 0, lede, lede + ARTICLE_REST, DEFAULT) == chosen


@pytest.mark.parametrize(
    ("paragraph", "headline"),
    [
        ("面对数字经济发展的机遇与挑战，德国怎么办？", True),  # one line, a question: a headline printed as a paragraph
        ("（本报柏林2月3日电）", False),  # a closing dateline ends the text above, it heads none
        ("（作者为某大学文学院教授）", False),
        ("（刘志勇 杨启林）", False),
    ],
)
def test_a_paragraph_that_closes_a_text_is_never_a_headline_printed_as_one(paragraph: str, headline: bool) -> None:
    items = stream(f"{FIRST}\n\n{paragraph}\n\n{SECOND}\n")
    body = [item for item in items if isinstance(item, Body)][1]
    assert body.text.text == paragraph
    assert printed_headline(body) is headline


def _wrapped(text: str, width: int) -> str:
    """`text` hard-wrapped at `width` characters, its first line short by a lost indent."""
    lines, rest = [text[: width - 2]], text[width - 2 :]
    while rest:
        lines.append(rest[:width])
        rest = rest[width:]
    return "\n".join(lines)


_LETTER = (
    "那座小城没有直飞省城的航班。转机、托运，一路奔波，六日早晨，飞机终于安全降落在省城机场。"
    "朋友接过她的十三个纸箱，里面是一千套防护服和五百只口罩。她笑着挥了挥手，转身又往登机口走去。"
)
_DIALOGUE = (
    "护士长说，必须亲自送，还要亲自接，进去时要拥抱，出来时也要拥抱，这些都是年轻人，要对她们负责。"
    "本地的同行看了都很感动，直翘大拇指，说这支队伍的干劲很大，没有一个人叫苦叫累。"
)


@pytest.mark.parametrize(
    ("letter_width", "dialogue_width", "chance"),
    [
        # a text wrapped at 13 characters, then one at 20: the titles may close the first text
        # and head the second, and the model weighs them (a new article here)
        (13, 20, None),
        (16, 20, None),  # 32 cells against 40: a fifth narrower
        # in one measure, or within `Config.measure_jump` of it (34 cells against 40, 15%):
        # titles that share no words with either side are intertitles
        (17, 20, 0.0),
        (19, 20, 0.0),
        (20, 20, 0.0),
    ],
)
def test_titles_between_texts_set_in_different_measures_head_no_intertitle(letter_width: int, dialogue_width: int, chance: float | None) -> None:
    dump = f"{_wrapped(_LETTER, letter_width)}\n\n特殊的旅行\n\n新理念引领乡村新发展\n\n{_wrapped(_DIALOGUE, dialogue_width)}\n"
    items = stream(dump)
    first, second = [index for index, item in enumerate(items) if isinstance(item, Body)][:2]
    found = new_article_chance(items, first, second, "body-first", frozenset())
    assert found == chance if chance is not None else found >= 0.5


@pytest.mark.parametrize(
    ("dump", "figure", "kind"),
    [
        # a figure alone between blank lines: a data box's entry, part of the text
        (f"{FIRST}\n\n63%\n\n{SECOND}\n", "63%", "body"),
        (f"{FIRST}\n\n12.56亿人\n\n收看人次创新高\n\n{SECOND}\n", "12.56亿人", "body"),
        # right under a title line, the last line of that headline
        (f"{FIRST}\n\n去年拦截违规包裹\n36万件\n\n{SECOND}\n", "去年拦截违规包裹36万件", "title"),
        # a date alone, a year before a word, a number before a name: no figure of a data box
        (f"{FIRST}\n\n2月4日\n\n{SECOND}\n", "2月4日", "title"),
        (f"{FIRST}\n\n2019两会\n\n{SECOND}\n", "2019两会", "title"),
        (f"{FIRST}\n\n12345热线\n\n{SECOND}\n", "12345热线", "title"),
    ],
)
def test_a_figure_alone_between_blank_lines_is_part_of_the_text(dump: str, figure: str, kind: str) -> None:
    pieces = classify_all(prepare(dump).units, set())
    assert next(piece.kind for piece in pieces if piece.text == figure) == kind



@pytest.mark.parametrize(
    ("width_after", "new_article"),
    [
        (22, True),  # set in another measure: the title heads the short signed text above, a text of its own
        (16, False),  # set in the same measure: the short text's first intertitle
    ],
)
def test_a_title_after_a_short_signed_text_on_a_page_of_headlines_after_their_text(width_after: int, new_article: bool) -> None:
    """Where headlines follow their text, a title that shares the words of the short signed text
    above it (the two sides share only words any text uses), set in another measure than the text
    under it, is that text's headline."""
    above = "今年春运期间，某县开通的一趟慢车票价始终三元，沿途村民坐着慢车赶集、走亲戚、外出务工，十分方便。"
    under = "今年春节假期，各地文化场馆推出丰富多彩的展览和活动，吸引了大批市民前来参观，博物馆里处处洋溢着节日气氛，年味十足。"
    page = "\n\n".join(["■本报记者 王珂", "\n".join(wrapped(above, 16)), "慢车票价始终三元", "\n".join(wrapped(under, width_after))]) + "\n"
    # a dump this short shows no column of its own: each paragraph is given the one it was wrapped in
    items = [replace(item, piece=replace(item.piece, unit=replace(item.piece.unit, column=max(line.width for line in item.piece.lines)))) if isinstance(item, Body) else item for item in stream(page)]
    before, after = [index for index, item in enumerate(items) if isinstance(item, Body)][:2]
    assert (new_article_chance(items, before, after, "body-first", frozenset()) >= 0.5) is new_article


@pytest.mark.parametrize(
    ("parts", "kept"),
    [
        # a pooled run under the text: the kicker's dash leads into its headline, whatever words
        # that shares; the next article's titles under them are set aside
        (["某公司在海外签下行业内金额最大的勘探合同——", "沙海里的合作故事", "山里第九任护林人王某某", "守护青山 喜迎新春"], ["某公司在海外签下行业内金额最大的勘探合同——", "沙海里的合作故事"]),
        # no dash: the title that shares none of the text's words is still a banner
        (["某公司在海外签下行业内金额最大的勘探合同", "喜看祖国新变化新气象"], ["某公司在海外签下行业内金额最大的勘探合同"]),
    ],
)
def test_a_kicker_that_ends_on_a_dash_keeps_the_title_under_it(parts: list[str], kept: list[str]) -> None:
    """A kicker printed over its headline ends on a dash that leads into it: in a run of titles
    printed after the text, the title right under the kicker is its headline, not a banner."""
    units = [TitleUnit(Piece("title", [Line(number, part)], Unit((Line(number, part),), 40, False, False))) for number, part in enumerate(parts, 1)]
    text = "某公司去年在海外签下一份勘探合同，金额创下行业纪录，团队克服了高温和风沙等困难。"
    inward, _ = set_aside_banners(units, text, "before", blank_lines=True)
    assert [unit.text for unit in inward] == kept


def printed(kind: str, number: int, text: str) -> StreamItem:
    line = Line(number, text)
    piece = Piece(kind, [line], Unit((line,), 36, False, False))
    return body_of(piece) if kind == "body" else piece


@pytest.mark.parametrize(
    ("box", "mark", "above"),
    [
        ([("title", "35%"), ("title", "制造业企业占参评总数的35%")], False, ""),  # a figure read as a title, over its line
        ([("body", "35%"), ("title", "制造业企业占参评总数的35%")], False, ""),  # a figure set apart, a paragraph of its own
        ([("title", "35%"), ("title", "某市企业评选揭晓")], True, ""),  # a title that leaves the figure out: the dateline opens another
        # right under a paragraph that explains no figure, a figure over a headline that repeats it: the next article's
        ([("body", "35%"), ("title", "某市制造业企业占比达35%")], True, "全市今年的评选活动吸引了众多企业参加，比上年增加两百余家。"),
    ],
)
def test_a_data_box_s_last_line_heads_no_article(box: list[tuple[str, str]], mark: bool | None, above: str) -> None:
    """A data box's figure over the line that repeats it, between a paragraph and a dated one:
    the box's last entry, and the dated text under it goes on the same article. Where no blank
    line sets the figure apart it reads as a title. The paragraph above is the box's entry before
    (its figure over it); right under a paragraph of a text, a figure heads the next article."""
    opening = [("body", above)] if above else [("title", "2100家"), ("body", "全市共有2100家企业参加评选，比上年增加两百余家。")]
    entries = [*opening, *box, ("body", DISPATCH)]
    items = [printed(kind, number, text) for number, (kind, text) in enumerate(entries, 1)]
    bodies = [index for index, item in enumerate(items) if isinstance(item, Body)]
    assert printed_mark(items, bodies[-2], bodies[-1], blank_lines=False) is mark


def test_a_data_box_under_a_photo_s_gap_heads_its_text() -> None:
    """A photo (or furniture) taken out between a paragraph and a data box leaves a gap, which
    prints no text: the box's first entry stands at the head of a text, as under a title."""
    above = printed("body", 1, "全市今年的评选活动吸引了众多企业参加，比上年增加两百余家。")
    entries = [("title", "2100家"), ("body", "全市共有2100家企业参加评选，比上年增加两百余家。"), ("title", "35%"), ("title", "制造业企业占参评总数的35%"), ("body", DISPATCH)]
    items = [above, GAP, *(printed(kind, number, text) for number, (kind, text) in enumerate(entries, 2))]
    bodies = [index for index, item in enumerate(items) if isinstance(item, Body)]
    assert printed_mark(items, bodies[-2], bodies[-1], blank_lines=False) is False


@pytest.mark.parametrize(
    ("block", "headline"),
    [
        # three lines over a byline, one filling the column, asking at the end: a headline
        (["夜市重开，", "摊主们盼了半年的三份新规定", "到底改变了什么？"], True),
        (["他们说，摊主们盼了半年的三", "份新规定。新规定改变了什么？"], False),  # a full stop inside: a paragraph
        # an article's last words, wrapped at the column, over the byline of a text whose
        # headline was printed elsewhere: a paragraph, not a headline
        (["大桥通车了，两岸的乡亲们", "都盼着这一天，大家的日子一", "定会越过越红火！"], False),
    ],
)
def test_lines_over_a_byline_that_end_on_a_question_are_a_headline_printed_as_a_paragraph(block: list[str], headline: bool) -> None:
    """A paragraph before a byline ends a sentence with a full stop; one that asks at its end and
    holds no full stop is the headline of the text the byline opens, stacked however it wrapped."""
    lines = "\n".join(block)
    items = stream(f"{_wrapped(FIRST, 13)}\n\n{lines}\n\n■本报记者 王明\n\n{_wrapped(SECOND, 13)}\n")
    item = next(item for item in items if isinstance(item, (Body, Piece)) and (item.piece if isinstance(item, Body) else item).lines[0].text == block[0])
    assert (isinstance(item, Piece) and item.kind == "title") is headline


@pytest.mark.parametrize(
    ("block", "headline"),
    [
        (["街坊记事", "夜市重开，", "摊主们盼了半年的三份新规定", "到底改变了什么？"], True),  # a headline stacked in four lines
        (["“具体来说，就是要", "更加注重发挥好", "反馈功能，由个案"], False),  # a quotation left open: its words go on elsewhere
    ],
)
def test_a_headline_printed_as_a_paragraph_runs_to_five_lines_and_closes_its_quotes(block: list[str], headline: bool) -> None:
    """A headline stacked in up to five lines over a byline heads the text under it; lines that
    open a quotation and close none are a paragraph cut off, whatever their length."""
    lines = "\n".join(block)
    items = stream(f"{_wrapped(FIRST, 13)}\n\n{lines}\n\n■本报记者 王明\n\n{_wrapped(SECOND, 13)}\n")
    item = next(item for item in items if isinstance(item, (Body, Piece)) and (item.piece if isinstance(item, Body) else item).lines[0].text == block[0])
    assert (isinstance(item, Piece) and item.kind == "title") is headline
