"""The golden files as a consumer reads them: every item through IPTC's own NewsML-G2 reader
(newsmlg2), its headlines, creators, dates and body as the page model meant them."""

from __future__ import annotations

from datetime import datetime

import pytest
from conftest import GOLDEN, seed_paths
from lxml import etree

from layout import reconstruct
from layout.newsml import CHINA_STANDARD_TIME, CREATOR_ROLES, NAR, NITF

NewsMLG2 = pytest.importorskip("NewsMLG2")
MADE = datetime.fromtimestamp(1702771200, CHINA_STANDARD_TIME).isoformat()  # SOURCE_DATE_EPOCH of the tests


def items_of(golden: bytes) -> list:
    """Each newsItem of the message read on its own (newsmlg2 reads items, not messages)."""
    root = etree.fromstring(golden)
    return [NewsMLG2.NewsMLG2Document(etree.tostring(item)).get_item() for item in root.iter(f"{{{NAR}}}newsItem")]


@pytest.mark.parametrize("seed", seed_paths(), ids=lambda path: path.name[:3])
def test_a_consumer_reads_each_item_as_meant(seed) -> None:
    page = reconstruct(seed.read_bytes(), seed.name)
    items = items_of((GOLDEN / f"{seed.stem}.xml").read_bytes())
    assert len(items) == len(page.articles)
    for item, article in zip(items, page.articles):
        meta, content = item.get_element_value("itemmeta"), item.get_element_value("contentmeta")
        headlines = {(str(headline), headline.role or "") for headline in content.get_element_value("headline")}
        main = [text for text, role in headlines if not role]
        assert main == ([article.headline] if article.headline else [])
        others = {text for text, role in headlines if role}
        assert others == {text for text in (article.kicker, article.subheadline) if text}
        creators = [(str(next(iter(creator.get_element_value("name")))), creator.role) for creator in content.get_element_value("creator")]
        named = (article.byline.persons if article.byline else []) + (article.dateline.reporters if article.dateline else [])
        assert {name for name, _ in creators} >= set(named)
        assert all(role in CREATOR_ROLES.values() for _, role in creators)
        assert str(meta.get_element_value("versioncreated")) == MADE
        first = str(meta.get_element_value("firstcreated") or "")
        assert first == (f"{page.meta.date}T00:00:00+08:00" if page.meta.date else "")
        assert str(content.get_element_value("contentcreated") or "") == (article.story_date or "")
        inline = next(iter(item.get_element_value("contentset").get_element_value("inlinexml")))
        nitf = etree.fromstring(inline.to_xml_string().encode("utf-8"))
        paragraphs = [
            "".join(element.itertext())
            for element in nitf.iter(f"{{{NITF}}}p", f"{{{NITF}}}hl2")
            if element.getparent().tag == f"{{{NITF}}}body.content" and element.get("class") != "continuation"
        ]
        assert paragraphs == [part.text for part in article.body]
        headline = nitf.find(f".//{{{NITF}}}hedline/{{{NITF}}}hl1")
        assert (headline is not None) == bool(article.headline or article.kind == "photo")
