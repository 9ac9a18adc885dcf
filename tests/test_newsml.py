"""NewsML-G2 / NITF and JSON output of hand-built pages (snippets from the seed pages)."""

from __future__ import annotations

import functools
import importlib.util
import json
import re
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest
from conftest import seed_paths
from lxml import etree

from cleanup.edits import Edit
from layout import reconstruct
from layout.dates import date_page
from layout.jsonout import to_json, to_jsonl
from layout.model import (
    Article,
    BodyPart,
    Byline,
    Dateline,
    Furniture,
    Page,
    PageMeta,
    Span,
)
from layout.newsml import NAR, NITF, to_newsml
from layout.validate import validate_bytes

SHARED_TOOLS = Path(__file__).resolve().parents[2] / "shared" / "tools"
NS = {"nar": NAR, "n": NITF}
SEED = seed_paths()[0]
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

FEATURE_OPENING = (
    "近年来，市直机关各级党组织和广大党员干部在市委的坚强领导下，"
    "注重发挥机关党建的表率和风向标作用。"
)
FEATURE_INTERTITLE = "以政治建设为统领，大力创建模范机关"
FEATURE_CLOSING = "实施教育培训“百千万”工程。着力培养政治上的“明白人”，"
MEETING_OPENING = "今天上午，全市基层党建工作座谈会召开，市委副书记张红旗出席会议并讲话。"
PHOTO_CAPTION = (
    "据济宁海关统计，今年前10个月，我市外贸进出口总值531.3亿元，同比增长29.7%。"
    "图为海关工作人员在企业调研。"
)
BANNER = "助企攀登 推进制造强市建设·专题访谈"
FORBIDDEN = "\x00\x01\x0b\x1f\ufffe\uffff\ud800"


# ---------------------------------------------------------------- pages
def feature_article() -> Article:
    """Headline, subheadline, byline, an intertitle and a printed jump line; no dateline."""
    return Article(
        kind="article",
        headline="强化政治担当 聚焦核心任务",
        subheadline="我市以高质量机关党建推动经济社会高质量发展工作综述",
        byline=Byline("本报通讯员 邵小兵", ["邵小兵"]),
        body=[
            BodyPart("p", FEATURE_OPENING, Span(5, 9)),
            BodyPart("h", FEATURE_INTERTITLE, Span(11, 12)),
            BodyPart("p", FEATURE_CLOSING, Span(13, 15)),
        ],
        continued="2版",
        jump_line="（下转2版）",
        span=Span(3, 18),
        notes=["headline printed after the body"],
    )


def meeting_article() -> Article:
    """Kicker and a dated dateline whose reporter is also in the byline."""
    return Article(
        kind="article",
        headline="全市基层党建工作座谈会召开",
        kicker="张红旗出席会议并讲话",
        byline=Byline("本报记者 刘传伏 王汝雅", ["刘传伏", "王汝雅"]),
        dateline=Dateline(
            text="本报济宁11月26日讯（记者 刘传伏）",
            source="本报",
            place="济宁",
            date_text="11月26日",
            month=11,
            day=26,
            reporters=["刘传伏"],
        ),
        body=[BodyPart("p", MEETING_OPENING, Span(21, 23))],
        span=Span(20, 23),
    )


def photo_caption(credit: str | None = "记者 刘项清 通讯员 王斌 仇龙") -> Article:
    return Article(
        kind="photo",
        body=[BodyPart("p", PHOTO_CAPTION, Span(30, 33))],
        credit=credit,
        span=Span(30, 34),
    )


def page_of(
    *articles: Article, meta: PageMeta | None = None, furniture: list[Furniture] | None = None
) -> Page:
    return Page(
        source="000_83a71d8bdb8e7ffb.txt",
        fingerprint="4c1f6a0e9d2b7c3a" * 4,
        meta=meta or PageMeta(),
        furniture=furniture or [],
        articles=list(articles),
        edits=[],
        layout="body-first",
        layout_confidence=0.9,
    )


def seed_page() -> Page:
    """A full page: stated meta, every furniture role (the banner twice, as given), two articles, a photo."""
    page = page_of(
        feature_article(),
        meeting_article(),
        photo_caption(),
        meta=PageMeta(date="2023-12-17", number="3", section="党的建设"),
        furniture=[
            Furniture(BANNER, "banner", Span(1, 1)),
            Furniture("2023年12月17日 星期日", "page-header", Span(2, 2)),
            Furniture(
                "□编辑 谷常浩 视觉 黄遵峰 校对 毕永梅 电子信箱 jnrbs@126.com",
                "page-header",
                Span(4, 4),
            ),
            Furniture("●政策发布平台", "masthead", Span(6, 6)),
            Furniture("扫描二维码，关注“济宁组工”", "promo", Span(8, 9)),
            Furniture(BANNER, "banner", Span(40, 40)),
            Furniture("··", "residue", Span(41, 41)),
        ],
    )
    page.edits = [
        Edit("banner", 1, "专题访谈专题访谈", "专题访谈"),
        Edit("punctuation", 14, ",", "，"),
    ]
    return date_page(page)


def empty_page() -> Page:
    return page_of()


def headless_page() -> Page:
    """No headline anywhere: one article with only kicker and subheadline and an empty body,
    one with only a body; no page meta."""
    return page_of(
        Article(kind="article", kicker="金乡县", subheadline="访嘉祥县委书记周生宏"),
        Article(kind="article", body=[BodyPart("p", MEETING_OPENING, Span(1, 2))]),
    )


def uncredited_photo_page() -> Page:
    return page_of(photo_caption(credit=None), meta=PageMeta(number="A01"))


def hostile_page() -> Page:
    """Markup characters, characters XML forbids, a malformed page date, an impossible
    dateline date and a dateline whose place is not in its text."""
    article = Article(
        kind="article",
        headline=f"<标题> & “引号” \"'{FORBIDDEN}",
        kicker=f"a\x0cb{FORBIDDEN}",
        byline=Byline(f"本报记者 <张>{FORBIDDEN}", [f"<张>{FORBIDDEN}", "不在署名里"]),
        dateline=Dateline(
            text="新华社北京2月30日电", place="上海", date_text="2月30日", month=2, day=30
        ),
        body=[
            BodyPart("p", f"1 < 2 && 3 > 2{FORBIDDEN}", Span(1, 1)),
            BodyPart("h", "", Span(2, 2)),
        ],
        continued=f"2版{FORBIDDEN}",
    )
    return page_of(
        article,
        meta=PageMeta(date="2023-13-45", number=f"3{FORBIDDEN}", section="<要闻>"),
        furniture=[Furniture(f"<&>{FORBIDDEN}", "residue", Span(3, 3))],
    )


def long_page() -> Page:
    paragraph = "据济宁海关统计，今年前10个月我市外贸进出口总值持续增长。" * 8000
    return page_of(
        Article(kind="article", headline="长文", body=[BodyPart("p", paragraph, Span(1, 4000))])
    )


PAGES: dict[str, Callable[[], Page]] = {
    "seed": seed_page,
    "empty": empty_page,
    "headless": headless_page,
    "uncredited-photo": uncredited_photo_page,
    "hostile": hostile_page,
    "long": long_page,
}


# ---------------------------------------------------------------- helpers
@functools.cache
def load_shared_tool(name: str) -> ModuleType | None:
    """A script from ../shared/tools, imported once; None when the checkout has no ../shared."""
    path = SHARED_TOOLS / f"{name}.py"
    if not path.is_file():
        return None
    spec = importlib.util.spec_from_file_location(f"shared_{name}", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def shared_tool(name: str) -> ModuleType:
    module = load_shared_tool(name)
    if module is None:
        pytest.skip(f"{SHARED_TOOLS / name}.py is not available")
    return module


def parsed(page: Page, **options: str) -> etree._Element:
    return etree.fromstring(to_newsml(page, **options))


def written(page: Page, folder: Path) -> Path:
    path = folder / "page.xml"
    path.write_bytes(to_newsml(page))
    return path


def news_items(root: etree._Element) -> list[etree._Element]:
    return root.findall("nar:itemSet/nar:newsItem", NS)


def package(root: etree._Element) -> etree._Element:
    return root.find("nar:itemSet/nar:packageItem", NS)


def texts(element: etree._Element, path: str) -> list[str]:
    return [found.text or "" for found in element.findall(path, NS)]


# ---------------------------------------------------------------- validity
@pytest.mark.parametrize("make_page", PAGES.values(), ids=PAGES.keys())
def test_output_is_valid_against_packaged_schemas(make_page: Callable[[], Page]) -> None:
    assert validate_bytes(to_newsml(make_page())) == []


@pytest.mark.parametrize("make_page", PAGES.values(), ids=PAGES.keys())
def test_output_passes_the_official_validator_with_lint(
    make_page: Callable[[], Page], tmp_path: Path
) -> None:
    validator = shared_tool("validate_newsml")
    assert validator.validate_file(written(make_page(), tmp_path), lint=True) == []


def test_a_traditional_page_is_tagged_zh_hant_by_default() -> None:
    page = reconstruct("市議會於2015年將3月1日定為「市民服務日」，今年首次在北區舉行慶祝活動及座談會。\n")
    assert {item.get(XML_LANG) for item in parsed(page).find("nar:itemSet", NS)} == {"zh-Hant"}


def test_traditional_chinese_language_tag_is_written_and_valid() -> None:
    data = to_newsml(seed_page(), lang="zh-Hant")
    root = etree.fromstring(data)
    assert validate_bytes(data) == []
    assert {item.get(XML_LANG) for item in root.find("nar:itemSet", NS)} == {"zh-Hant"}
    assert {tag.get("tag") for tag in root.iter(f"{{{NAR}}}language")} == {"zh-Hant"}


@pytest.mark.parametrize("lang", ["zh_CN", "not a tag!!", ""])
def test_a_language_tag_the_schema_refuses_is_refused_before_any_output(lang: str) -> None:
    with pytest.raises(ValueError, match="is no xs:language tag"):
        to_newsml(seed_page(), lang=lang)


def test_validator_rejects_nitf_outside_its_namespace() -> None:
    data = to_newsml(page_of(meeting_article())).replace(f' xmlns="{NITF}"'.encode(), b"")
    errors = validate_bytes(data)
    assert any("NITF namespace" in error for error in errors)
    assert all(re.match(r"line \d+: ", error) for error in errors)


def test_validator_rejects_misspelt_item_and_broken_nitf() -> None:
    data = to_newsml(page_of(meeting_article()))
    misspelt = data.replace(b"<newsItem ", b"<newsitem ").replace(b"</newsItem>", b"</newsitem>")
    assert any("newsitem" in error for error in validate_bytes(misspelt))
    no_hl1 = data.replace(b"<hl1>", b"<hl3>").replace(b"</hl1>", b"</hl3>")
    assert any(": NITF: " in error for error in validate_bytes(no_hl1))


def test_validator_reports_malformed_xml_with_its_line() -> None:
    assert validate_bytes(b"<?xml version='1.0'?>\n<newsMessage>")[0].startswith(
        "line 2: not well-formed"
    )


def test_validator_reports_an_entity_reference_instead_of_failing() -> None:
    """An entity is never resolved (it may name a file), and the schema checker cannot read past one."""
    data = to_newsml(page_of(meeting_article()))
    with_entity = data.replace(b"<newsMessage", b'<!DOCTYPE newsMessage [<!ENTITY a "hello">]>\n<newsMessage', 1).replace(b"<hl1>", b"<hl1>&a;", 1)
    (error,) = validate_bytes(with_entity)
    assert error.endswith(": entity reference &a; is not NewsML-G2 or NITF (declare no DTD entities)")


# ---------------------------------------------------------------- determinism and ids
def test_same_page_gives_identical_bytes() -> None:
    assert to_newsml(seed_page()) == to_newsml(seed_page())
    assert to_json(seed_page()) == to_json(seed_page())


def test_guids_come_from_content_and_link_package_to_items() -> None:
    root = parsed(seed_page())
    page_guid = package(root).get("guid")
    item_guids = [item.get("guid") for item in news_items(root)]
    assert re.fullmatch(r"urn:newsdump:page:[0-9a-f]{16}", page_guid)
    assert item_guids == [f"{page_guid}:item:{n:02d}" for n in (1, 2, 3)]
    assert [ref.get("residref") for ref in root.iter(f"{{{NAR}}}itemRef")] == item_guids
    assert [doc_id.get("id-string") for doc_id in root.iter(f"{{{NITF}}}doc-id")] == item_guids
    assert page_guid == "urn:newsdump:page:4c1f6a0e9d2b7c3a"


def test_the_same_dump_gets_the_same_guid_whatever_its_name_or_encoding() -> None:
    text = SEED.read_text("utf-8")
    guids = {
        package(parsed(reconstruct(data, name))).get("guid")
        for data, name in [(text.encode("utf-8"), str(SEED)), (text.encode("gb18030"), "-"), (text, SEED.name)]
    }
    assert len(guids) == 1
    changed = reconstruct(text.replace("党员", "党员们", 1), SEED.name)
    assert package(parsed(changed)).get("guid") not in guids


def test_a_page_that_prints_no_meta_is_titled_by_what_it_prints_never_by_its_file_name() -> None:
    titles = {
        package(parsed(reconstruct("这是一段正文，说明了很多事情。\n", name))).findtext("nar:itemMeta/nar:title", namespaces=NS)
        for name in ("/archive/2023/page 3.txt", "renamed.txt", "-")
    }
    assert titles == {"这是一段正文，说明了很多事情。"}
    banner = Furniture(BANNER, "banner", Span(1, 1))
    assert package(parsed(page_of(meeting_article(), furniture=[banner]))).findtext("nar:contentMeta/nar:headline", namespaces=NS) == BANNER


def test_line_breaks_and_trailing_whitespace_do_not_change_the_guids() -> None:
    text = SEED.read_text("utf-8")
    variants = [text, text + "\n\n", text.replace("\n", "\r\n"), text.replace("\n", " \n")]
    assert len({package(parsed(reconstruct(variant, SEED.name))).get("guid") for variant in variants}) == 1


# ---------------------------------------------------------------- dates
def test_the_page_date_is_first_created_and_the_conversion_time_is_sent_and_version_created() -> None:
    root = parsed(seed_page())  # made at SOURCE_DATE_EPOCH, fixed by the tests
    assert root.findtext("nar:header/nar:sent", namespaces=NS) == "2023-12-17T08:00:00+08:00"
    assert set(texts(root, ".//nar:versionCreated")) == {"2023-12-17T08:00:00+08:00"}
    assert set(texts(root, ".//nar:firstCreated")) == {"2023-12-17T00:00:00+08:00"}
    assert len(root.findall(".//nar:firstCreated", NS)) == 4  # the page and its three items
    meeting = news_items(root)[1]
    assert meeting.findtext("nar:contentMeta/nar:contentCreated", namespaces=NS) == "2023-11-26"
    assert meeting.find(".//n:story.date", NS).get("norm") == "20231126T000000+0800"
    assert meeting.find(".//n:date.issue", NS).get("norm") == "20231217T000000+0800"


def test_an_undated_page_gets_no_invented_date() -> None:
    root = parsed(date_page(page_of(meeting_article())))
    assert root.findtext("nar:header/nar:sent", namespaces=NS) == "2023-12-17T08:00:00+08:00"
    assert not root.findall(".//nar:contentCreated", NS) and not root.findall(".//nar:firstCreated", NS)
    assert not root.findall(".//n:date.issue", NS)
    assert root.find(".//n:story.date", NS).get("norm") is None


def test_december_dateline_on_a_january_page_is_dated_the_year_before() -> None:
    article = meeting_article()
    article.dateline.month, article.dateline.day = 12, 31
    root = parsed(date_page(page_of(article, meta=PageMeta(date="2024-01-01"))))
    assert (
        news_items(root)[0].findtext("nar:contentMeta/nar:contentCreated", namespaces=NS)
        == "2023-12-31"
    )
    notes = texts(news_items(root)[0], "nar:itemMeta/nar:edNote[@role='ndq:note']")
    assert "story date 2023-12-31: the year is inferred from the page date, the dateline prints none" in notes


def test_a_dateline_after_the_page_date_gets_no_story_date_and_says_why() -> None:
    article = meeting_article()
    article.dateline.month, article.dateline.day = 4, 21
    page = date_page(page_of(article, meta=PageMeta(date="2017-03-25")))
    assert page.articles[0].story_date is None
    assert page.articles[0].notes[-1].startswith("dateline 11月26日 falls after the page date 2017-03-25")


# ---------------------------------------------------------------- the page (packageItem)
def test_every_piece_of_furniture_is_kept_in_the_package() -> None:
    root = parsed(seed_page())
    descriptions = package(root).findall("nar:contentMeta/nar:description", NS)
    assert [(d.get("role"), d.text) for d in descriptions] == [
        ("ndrole:banner", BANNER),
        ("ndrole:page-header", "2023年12月17日 星期日"),
        ("ndrole:page-header", "□编辑 谷常浩 视觉 黄遵峰 校对 毕永梅 电子信箱 jnrbs@126.com"),
        ("ndrole:masthead", "●政策发布平台"),
        ("ndrole:promo", "扫描二维码，关注“济宁组工”"),
        ("ndrole:banner", BANNER),
        ("ndrole:residue", "··"),
    ]
    scheme_aliases = {s.get("alias") for s in package(root).findall("nar:catalog/nar:scheme", NS)}
    assert {"ndrole", "ndgrp", "ndpage"} <= scheme_aliases
    for item in news_items(root):
        assert BANNER not in "".join(item.itertext())


def test_package_names_the_page_and_lists_items_in_reading_order() -> None:
    root = parsed(seed_page())
    package_item = package(root)
    assert package_item.find("nar:itemMeta/nar:itemClass", NS).get("qcode") == "ninat:composite"
    assert (
        package_item.findtext("nar:itemMeta/nar:title", namespaces=NS)
        == "2023年12月17日 第3版 党的建设"
    )
    properties = package_item.findall("nar:contentMeta/nar:contentMetaExtProperty", NS)
    assert [(p.get("rel"), p.get("value")) for p in properties] == [
        ("ndpage:date", "2023-12-17"),
        ("ndpage:number", "3"),
        ("ndpage:section", "党的建设"),
    ]
    group = package_item.find("nar:groupSet/nar:group", NS)
    assert group.get("mode") == "pgrmod:seq"
    assert texts(group, "nar:itemRef/nar:title") == [
        "强化政治担当 聚焦核心任务",
        "全市基层党建工作座谈会召开",
        PHOTO_CAPTION[:24] + "…",
    ]
    assert [ref.find("nar:itemClass", NS).get("qcode") for ref in group] == [
        "ninat:text",
        "ninat:text",
        "ninat:picture",
    ]
    pubdata = news_items(root)[0].find(".//n:pubdata", NS)
    assert (pubdata.get("position.sequence"), pubdata.get("position.section")) == ("3", "党的建设")


# ---------------------------------------------------------------- articles as the scorer reads them
def test_scorer_reads_every_field_back(tmp_path: Path) -> None:
    score = shared_tool("score")
    feature, meeting, photo = score.read_items(written(seed_page(), tmp_path))
    assert feature == {
        "kind": "article",
        "headline": "强化政治担当 聚焦核心任务",
        "secondary": ["我市以高质量机关党建推动经济社会高质量发展工作综述"],
        "byline": "本报通讯员 邵小兵",
        "dateline": None,
        "body": [("p", FEATURE_OPENING), ("h", FEATURE_INTERTITLE), ("p", FEATURE_CLOSING)],
        "continued": "（下转2版）",
    }
    assert meeting["secondary"] == ["张红旗出席会议并讲话"]
    assert meeting["dateline"] == "本报济宁11月26日讯（记者 刘传伏）"
    assert meeting["byline"] == "本报记者 刘传伏 王汝雅"
    assert meeting["continued"] is None
    assert photo == {
        "kind": "photo",
        "headline": None,
        "secondary": [],
        "byline": None,
        "dateline": None,
        "body": [("p", PHOTO_CAPTION)],
        "continued": None,
    }


def test_jump_line_is_rebuilt_from_continued_and_comes_last(tmp_path: Path) -> None:
    article = meeting_article()
    article.continued = "2版A"
    root = parsed(page_of(article))
    last = root.find(".//n:body.content", NS)[-1]
    assert (last.tag, last.get("class"), last.text) == (
        f"{{{NITF}}}p",
        "continuation",
        "（下转2版A）",
    )


def test_the_line_continued_from_another_page_comes_first() -> None:
    article = meeting_article()
    article.jump_from_line, article.continued_from = "（上接1版）", "1版"
    first = parsed(page_of(article)).find(".//n:body.content", NS)[0]
    assert (first.tag, first.get("class"), first.text) == (f"{{{NITF}}}p", "continued-from", "（上接1版）")


def test_article_without_headline_has_no_main_headline_and_no_hedline() -> None:
    root = parsed(headless_page())
    first = news_items(root)[0]
    headlines = first.findall("nar:contentMeta/nar:headline", NS)
    assert [(h.get("role"), h.text) for h in headlines] == [
        ("ndhl:kicker", "金乡县"),
        ("ndhl:subheadline ndhl:under", "访嘉祥县委书记周生宏"),
    ]
    assert first.find(".//n:hedline", NS) is None
    assert first.find("nar:contentSet/nar:inlineXML", NS).get("charcount") == "0"


def test_structured_dateline_and_byline_parts_fill_their_slots() -> None:
    meeting = news_items(parsed(page_of(meeting_article())))[0]
    meta = meeting.find("nar:contentMeta", NS)
    assert texts(meta, "nar:located/nar:name") == ["济宁"]
    assert texts(meta, "nar:creator/nar:name") == ["刘传伏", "王汝雅"]
    assert texts(meeting, ".//n:byline/n:person") == ["刘传伏", "王汝雅"]
    dateline = meeting.find(".//n:dateline", NS)
    assert "".join(dateline.itertext()) == "本报济宁11月26日讯（记者 刘传伏）"
    assert texts(dateline, "n:location") == ["济宁"]
    hedline = meeting.find(".//n:hedline", NS)
    assert [(hl.tag.split("}")[1], hl.get("class"), hl.text) for hl in hedline] == [
        ("hl1", None, "全市基层党建工作座谈会召开"),
        ("hl2", "kicker", "张红旗出席会议并讲话"),
    ]


def test_photo_carries_caption_and_credit_but_no_byline() -> None:
    photo = news_items(parsed(page_of(photo_caption())))[0]
    assert photo.find("nar:itemMeta/nar:itemClass", NS).get("qcode") == "ninat:picture"
    assert texts(photo, "nar:contentMeta/nar:creditline") == ["记者 刘项清 通讯员 王斌 仇龙"]
    assert texts(photo, "nar:contentMeta/nar:description") == [PHOTO_CAPTION]
    assert photo.find("nar:contentMeta/nar:by", NS) is None
    assert texts(photo, ".//n:body.content/n:p") == [PHOTO_CAPTION]
    assert texts(photo, ".//n:hedline/n:hl1") == ["据济宁海关统计，今年前10个月"]
    assert photo.find("nar:contentMeta/nar:headline", NS) is None
    assert photo.find("nar:itemMeta/nar:link", NS) is None


def illustrated_page() -> Page:
    """A meeting report and, after it, a photo whose caption names the meeting."""
    photo = Article(kind="photo", body=[BodyPart("p", "图为全市基层党建工作座谈会现场。", Span(30, 30))], credit="记者 刘项清", illustrates=1)
    return page_of(meeting_article(), photo)


def test_a_photo_links_to_the_article_it_illustrates_and_takes_its_headline() -> None:
    meeting, photo = news_items(parsed(illustrated_page()))
    link = photo.find("nar:itemMeta/nar:link", NS)
    assert (link.get("rel"), link.get("residref")) == ("ndrel:illustrates", meeting.get("guid"))
    assert texts(photo, ".//n:hedline/n:hl1") == ["全市基层党建工作座谈会召开"]
    assert meeting.find("nar:itemMeta/nar:link", NS) is None
    document = json.loads(to_json(illustrated_page()))
    assert document["articles"][1]["illustrates"] == document["articles"][0]["id"]
    assert document["articles"][1]["photo_headline"] == "全市基层党建工作座谈会召开"
    assert validate_bytes(to_newsml(illustrated_page())) == []


def dateline_only_article() -> Article:
    """Reporters named only in the dateline, as many pages print them."""
    reporters = ["侯成彦", "李烁"]
    dateline = Dateline("本报济宁讯（通讯员 侯成彦 李烁）", "本报", "济宁", reporters=reporters, roles=dict.fromkeys(reporters, "correspondent"))
    return Article(kind="article", headline="全市基层党建工作座谈会召开", kicker="济宁", dateline=dateline, body=[BodyPart("p", MEETING_OPENING, Span(3, 4))])


def test_reporters_named_only_in_the_dateline_are_the_nitf_byline_but_not_the_printed_by() -> None:
    item = news_items(parsed(page_of(dateline_only_article())))[0]
    assert texts(item, ".//n:body.head/n:byline/n:person") == ["侯成彦", "李烁"]
    assert item.find("nar:contentMeta/nar:by", NS) is None
    assert texts(item, ".//n:body.content/n:p") == [MEETING_OPENING]
    assert item.find(".//n:block", NS) is None


def test_the_newsroom_style_is_what_newsroom_parsers_read_and_still_valid() -> None:
    page = page_of(dateline_only_article(), photo_caption())
    data = to_newsml(page, newsroom=True)
    assert validate_bytes(data) == []
    article, photo = news_items(etree.fromstring(data))
    assert texts(article, "nar:contentMeta/nar:by") == ["侯成彦 李烁"]
    assert texts(article, "nar:contentMeta/nar:headline")[0] == "全市基层党建工作座谈会召开"
    assert texts(article, ".//n:body.content/n:block/n:p") == [MEETING_OPENING]
    assert article.find(".//n:body.content/n:p", NS) is None
    assert texts(photo, "nar:contentMeta/nar:headline") == ["据济宁海关统计，今年前10个月"]


def test_charcount_counts_body_characters_without_whitespace() -> None:
    article = Article(
        kind="article",
        headline="标题",
        body=[BodyPart("p", "一二 三\n四", Span(1, 1)), BodyPart("h", "五 六", Span(2, 2))],
    )
    inline = parsed(page_of(article)).find(".//nar:inlineXML", NS)
    assert inline.get("charcount") == "6"


def test_markup_survives_and_forbidden_characters_are_dropped() -> None:
    data = to_newsml(hostile_page())
    assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]", data.decode("utf-8"))
    root = etree.fromstring(data)
    item = news_items(root)[0]
    main = [h.text for h in item.findall("nar:contentMeta/nar:headline", NS) if not h.get("role")]
    assert main == ["<标题> & “引号” \"'"]
    assert texts(item, ".//n:body.content/n:p")[0] == "1 < 2 && 3 > 2"
    assert item.find(".//n:body.content/n:p[@class='continuation']", NS).text == "（下转2版）"
    assert texts(package(root), "nar:contentMeta/nar:description") == ["<&>"]
    assert item.find("nar:contentMeta/nar:contentCreated", NS) is None


# ---------------------------------------------------------------- JSON
def test_json_round_trip_keeps_every_field() -> None:
    text = to_json(seed_page())
    assert text.endswith("}\n")
    document = json.loads(text)
    assert list(document) == ["id", "source", "language", "page", "layout", "confidence", "furniture", "articles", "edits"]
    assert (document["id"], document["source"], document["language"]) == ("urn:newsdump:page:4c1f6a0e9d2b7c3a", "000_83a71d8bdb8e7ffb.txt", "zh-CN")
    assert document["page"] == {"date": "2023-12-17", "number": "3", "section": "党的建设", "date_source": "printed"}
    assert document["layout"] == {"order": "body-first", "confidence": 0.9}
    assert document["furniture"][0] == {"text": BANNER, "role": "banner", "lines": [1, 1]}
    assert len(document["furniture"]) == 7
    feature, meeting, photo = document["articles"]
    assert feature["id"] == "urn:newsdump:page:4c1f6a0e9d2b7c3a:item:01"
    assert list(feature) == [
        "id",
        "kind",
        "headline",
        "kicker",
        "subheadline",
        "byline",
        "dateline",
        "body",
        "continued",
        "jump_line",
        "continued_from",
        "jump_from_line",
        "credit",
        "photo_headline",
        "illustrates",
        "lines",
        "body_lines",
        "story_date",
        "notes",
        "confidence",
    ]
    assert feature["jump_line"] == "（下转2版）"
    assert feature["body"] == [
        {"p": FEATURE_OPENING},
        {"h": FEATURE_INTERTITLE},
        {"p": FEATURE_CLOSING},
    ]
    assert (feature["continued"], feature["lines"], feature["notes"]) == (
        "2版",
        [3, 18],
        ["headline printed after the body"],
    )
    assert (meeting["kicker"], meeting["dateline"], meeting["byline"]) == (
        "张红旗出席会议并讲话",
        "本报济宁11月26日讯（记者 刘传伏）",
        "本报记者 刘传伏 王汝雅",
    )
    assert (photo["kind"], photo["headline"], photo["credit"]) == (
        "photo",
        None,
        "记者 刘项清 通讯员 王斌 仇龙",
    )
    assert document["edits"][0] == {
        "kind": "banner",
        "line": 1,
        "before": "专题访谈专题访谈",
        "after": "专题访谈",
    }
    assert "\\u" not in text


def test_json_of_empty_page() -> None:
    document = json.loads(to_json(empty_page()))
    assert document["articles"] == [] and document["furniture"] == [] and document["edits"] == []
    assert document["page"] == {"date": None, "number": None, "section": None, "date_source": None}


def test_jsonl_is_one_article_per_line_with_its_page_fields() -> None:
    page = seed_page()
    lines = to_jsonl(page).splitlines()
    assert len(lines) == len(page.articles) == 3
    records = [json.loads(line) for line in lines]
    assert {record["page_id"] for record in records} == {"urn:newsdump:page:4c1f6a0e9d2b7c3a"}
    assert [record["id"] for record in records] == [f"urn:newsdump:page:4c1f6a0e9d2b7c3a:item:0{n}" for n in (1, 2, 3)]
    assert all(record["language"] == "zh-CN" and record["page"]["date"] == "2023-12-17" for record in records)
    assert all(len(record["body_lines"]) == len(record["body"]) for record in records)
    assert records[1]["story_date"] == "2023-11-26"
    assert to_jsonl(empty_page()) == ""
