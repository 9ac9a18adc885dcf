"""Datelines and references after an article are found by their shape, not by a list of sources."""

from __future__ import annotations

import pytest

from cleanup.cues import (
    BOX_TITLE,
    CAMPAIGN_BANNER,
    JUMP_FROM,
    JUMP_LINE,
    PAGE_DATE,
    REFERENCE,
    closing_dateline,
    continued_from_alone,
    match_dateline,
)

# (text, the dateline it opens with, or None)
DATELINES = [
    # sources a table would list
    ("本报济宁11月26日讯（记者 王珂）今天上午", "本报济宁11月26日讯（记者 王珂）"),
    ("新华社北京3月1日电（记者张三）国务院", "新华社北京3月1日电（记者张三）"),
    # sources known only by their shape: a short media name, a place, a date, 讯 or 电
    ("中新网北京3月1日电 国家统计局今天", "中新网北京3月1日电"),
    ("人民网北京3月5日电（记者 李四）记者从", "人民网北京3月5日电（记者 李四）"),
    ("光明日报北京3月6日电 教育部日前", "光明日报北京3月6日电"),
    ("经济日报讯 近日，财政部", "经济日报讯"),
    ("据新华社北京4月2日电 国务院总理", "据新华社北京4月2日电"),
    ("央视网消息 今天", None),
    # prose that merely contains 讯 or 电
    ("他在电话里说", None),
    ("通讯员们纷纷表示", None),
    ("我们收到电报后立即出发", None),
]


@pytest.mark.parametrize(("text", "dateline"), DATELINES)
def test_datelines_by_shape(text: str, dateline: str | None) -> None:
    found = match_dateline(text)
    assert (found.group(0).strip() if found else None) == dateline


@pytest.mark.parametrize(
    ("text", "reference"),
    [
        ("案件編號：HCMA12/2020", True),  # a labelled code
        ("【案件编号：DCCC34/2020】", True),
        ("【案件編號：ＫＣＣＣ１９４３／２０２１】", True),  # full-width letters and digits
        ("资料来源：新华社 / Reuters / BBC", True),  # a labelled list of sources set apart by slashes
        ("参考资料：人民日报/新华社/光明日报", True),
        ("专家证人：", False),  # a speaker's name over a headline
        ("观点：甲/乙", False),  # two names are no list of sources
        ("记者：你怎么看这件事？", False),  # a question in an interview
        ("案件編號：CCDI-182/2021(DK)", True),  # a code with its bracketed suffix
        ("栏目投稿邮箱：yxxz8494@163.com", True),  # an address to write to
        ("图片来源：《青山县历代名人画像集》", True),  # where a picture came from
        ("（资料来源：中国气象报）", True),
        ("他的收入来源：工资，奖金", False),  # a clause goes on: prose, no source
    ],
)
def test_a_reference_printed_after_an_article(text: str, reference: bool) -> None:
    assert bool(REFERENCE.fullmatch(text)) is reference


@pytest.mark.parametrize(
    ("text", "box"),
    [
        ("核心阅读", True),
        ("【链接】", True),
        ("■小贴士", True),
        ("相关链接", True),  # a box of links, named for what it links to
        ("眾籌連結", True),
        ("两岸交通连结", False),  # a longer title that names links
        ("捐款連結網址", False),
        ("核心阅读：三大变化", False),  # a title that goes on
        ("■小贴士·打铁火流派", True),  # the box's subject after a dot
    ],
)
def test_a_box_title_by_its_name(text: str, box: bool) -> None:
    assert bool(BOX_TITLE.match(text)) is box


@pytest.mark.parametrize(
    ("text", "campaign"),
    [
        ("深入学习贯彻全会精神", True),
        ("學習貫徹大會精神", True),
        ("喜迎全运盛会", True),
        ("乡村振兴进行时", True),
        ("学习贯彻精神的基层实践", False),  # a headline that goes on past the campaign's words
        ("全运会进行时：赛场直击", False),  # a title with more after the campaign
        ("春耕备耕忙", False),
    ],
)
def test_a_campaign_banner_by_its_form(text: str, campaign: bool) -> None:
    assert bool(CAMPAIGN_BANNER.match(text)) is campaign


@pytest.mark.parametrize(
    ("text", "page"),
    [("（下转2版A）", "2版A"), ("（下转１３版Ｂ）", "１３版Ｂ"), ("（转第２版）", "２版"), ("（下转）", None)],
)
def test_a_jump_line_in_either_width_of_digits(text: str, page: str | None) -> None:
    found = JUMP_LINE.search(text)
    assert (found.group("page") if found else None) == page


@pytest.mark.parametrize(
    ("text", "page", "alone"),
    [
        ("（上接1版）", "1版", True),
        ("(上接第2版A)", "2版A", True),
        ("（上轉A1版）近年來，", "A1版", False),  # opening the text it continues
        ("（承１版）", "１版", True),
        ("（下转2版）", None, False),  # a jump line closes a text, it opens none
        ("近年来（上接1版）", None, False),
    ],
)
def test_a_line_continued_from_another_page(text: str, page: str | None, alone: bool) -> None:
    found = JUMP_FROM.match(text)
    assert (found.group("page") if found else None) == page
    assert continued_from_alone(text) is alone


@pytest.mark.parametrize(
    ("text", "year"),
    [("32023 年12月17日", "2023"), ("２０１７年４月２３日 星期日", "２０１７"), ("１２０１７年４月２３日", "２０１７"), ("二〇一七年四月", None)],
)
def test_a_page_header_date_in_either_width_of_digits(text: str, year: str | None) -> None:
    found = PAGE_DATE.match(text)
    assert (found.group("year") if found else None) == year


def test_a_long_list_in_brackets_is_no_closing_dateline() -> None:
    """A long list in brackets after a source ("（本报北京、北京、…）") is no round-up's dateline:
    a dozen places at most are tried, not every place from every end."""
    assert closing_dateline("（本报北京、东京 、开罗3月1日电 记者王明、李华，赵强参与采写）")
    assert not closing_dateline("（本报" + "北京、" * 400 + "）")
