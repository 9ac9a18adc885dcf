"""Photos: which article a caption illustrates, and the headline each photo gets."""

from __future__ import annotations

import pytest

from layout.model import Article, BodyPart, Span
from layout.photos import link_photos, photo_headline


def article(headline: str, text: str) -> Article:
    return Article(kind="article", headline=headline, body=[BodyPart("p", text, Span(1, 1))])


def photo(caption: str) -> Article:
    return Article(kind="photo", body=[BodyPart("p", caption, Span(2, 2))])


MEETING = article("全市基层党建工作座谈会召开", "今天上午，全市基层党建工作座谈会召开，市委副书记出席会议并讲话。")
TRIAL = article("警棍打人案开审", "被打青年郑仲恒今早出庭作证，称被打后感到头晕。")
ECONOMY = article("坚定不移推动产业高质量发展", "我市坚持以高质量发展为主线，推动产业转型升级。")


@pytest.mark.parametrize(
    ("order", "illustrates"),
    [
        # Linked: beside the article and sharing a run of six characters with it.
        ([MEETING, "图为全市基层党建工作座谈会现场。"], 1),
        (["被打青年郑仲恒今早出庭。", TRIAL], 2),
        ([ECONOMY, "图为交流会现场。", MEETING], None),
        ([TRIAL, "图为基层党建工作座谈会现场。", MEETING], 3),
        # Not linked: only a stock phrase shared, or the article is not beside it.
        ([ECONOMY, "我市推动高质量发展。图为车间一角。"], None),
        ([MEETING, ECONOMY, "图为全市基层党建工作座谈会现场。"], None),
        (["图为全市基层党建工作座谈会现场。"], None),
    ],
)
def test_a_photo_links_only_where_the_page_makes_it_clear(order: list, illustrates: int | None) -> None:
    articles = [photo(item) if isinstance(item, str) else item for item in order]
    link_photos(articles)
    assert [item.illustrates for item in articles if item.kind == "photo"] == [illustrates]


@pytest.mark.parametrize(
    ("caption", "headline"),
    [
        ("图为海关工作人员在企业调研。", "图为海关工作人员在企业调研。"),
        ("据济宁海关统计，今年前10个月，我市外贸进出口总值531.3亿元，同比增长29.7%。图为海关。", "据济宁海关统计，今年前10个月"),
        ("近年来曲阜市实施城市党建筑基工程把加强党群服务阵地建设与提升社区党组织服务能力作为关键。", "近年来曲阜市实施城市党建筑基工程把加强党群服务阵地建设与提升"),
        ("", None),
    ],
)
def test_a_photo_without_an_article_is_headed_by_its_first_sentence(caption: str, headline: str | None) -> None:
    alone = photo(caption)
    assert photo_headline(alone, [alone]) == headline


def test_a_photo_that_illustrates_an_article_takes_its_headline() -> None:
    linked = photo("图为全市基层党建工作座谈会现场。")
    linked.illustrates = 1
    assert photo_headline(linked, [MEETING, linked]) == "全市基层党建工作座谈会召开"
