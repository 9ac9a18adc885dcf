"""Headlines printed together after a page's text, put back over the articles they head."""

from __future__ import annotations

from layout.model import Article, BodyPart, Furniture, LineRole, Span
from layout.pooled import place_pooled_headlines, place_stray_titles


def headless(text: str, line: int) -> Article:
    return Article(kind="article", body=[BodyPart("p", text, Span(line, line + 3))], span=Span(line, line + 3))


def banner(text: str, line: int) -> Furniture:
    return Furniture(text, "banner", Span(line, line))


COLD_CHAIN = "国务院办公厅日前印发《关于加快发展冷链物流保障食品安全促进消费升级的意见》。"
SERBIA = "外交部发言人陆慷24日宣布：应国家主席习近平邀请，塞尔维亚总统尼科利奇将对中国进行国事访问。"
BOILERS = "北京市今年将完成全市燃煤锅炉的清洁能源改造，年内基本实现平原地区无煤化。"


def test_each_pooled_title_goes_to_the_article_it_shares_words_with() -> None:
    articles = [headless(COLD_CHAIN, 1), headless(SERBIA, 10)]
    furniture = [banner("2017年3月25日", 0), banner("国办印发《意见》", 20), banner("发展冷链物流保障食品安全", 21),
                 banner("塞尔维亚总统尼科利奇将访华", 22), banner("稳中求进 提质增效", 23)]
    articles, left = place_pooled_headlines(articles, furniture)
    assert [(article.kicker, article.headline) for article in articles] == [
        ("国办印发《意见》", "发展冷链物流保障食品安全"),
        (None, "塞尔维亚总统尼科利奇将访华"),
    ]
    assert [piece.text for piece in left] == ["2017年3月25日", "稳中求进 提质增效"]  # nothing dropped
    assert articles[0].line_roles == [LineRole("headline", Span(21, 21)), LineRole("kicker", Span(20, 20))]


def test_a_page_whose_last_headline_block_follows_its_body_keeps_it() -> None:
    last = headless(SERBIA, 10)
    last.kicker, last.headline, last.subheadline = "外交部", "塞尔维亚总统尼科利奇将访华", "国事访问"
    last.line_roles = [LineRole("kicker", Span(20, 20)), LineRole("headline", Span(21, 21)), LineRole("subheadline", Span(22, 22))]
    articles = [headless(COLD_CHAIN, 1), last]
    furniture = [banner("稳中求进 提质增效", 23)]
    assert place_pooled_headlines(articles, furniture) == (articles, furniture)
    assert (last.kicker, last.headline, last.subheadline) == ("外交部", "塞尔维亚总统尼科利奇将访华", "国事访问")
    assert articles[0].headline is None


def test_a_banner_standing_as_a_headline_gives_way_to_the_pooled_one_and_stays_on_the_page() -> None:
    """"聚焦实体经济 激发发展活力" shares no words with the text under it: the pooled title that
    does heads the article, and the banner is kept as furniture."""
    first = headless(COLD_CHAIN, 1)
    first.headline = "聚焦实体经济 激发发展活力"
    first.line_roles = [LineRole("headline", Span(0, 0))]
    articles = [first, headless(SERBIA, 10), headless(BOILERS, 15)]
    furniture = [banner("发展冷链物流保障食品安全", 21), banner("塞尔维亚总统尼科利奇将访华", 22), banner("燃煤锅炉改造年内完成", 23),
                 banner("稳中求进 提质增效", 24)]
    articles, left = place_pooled_headlines(articles, furniture)
    assert [article.headline for article in articles] == ["发展冷链物流保障食品安全", "塞尔维亚总统尼科利奇将访华", "燃煤锅炉改造年内完成"]
    assert sorted(piece.text for piece in left) == ["稳中求进 提质增效", "聚焦实体经济 激发发展活力"]


def test_a_teaser_made_of_pooled_titles_gives_them_back_and_nothing_is_lost() -> None:
    """The page's last titles read as a headline block without body: each goes to the article
    it shares words with; one that fits none stays on the page as a banner."""
    teaser = Article(kind="article", headline="发展冷链物流保障食品安全", kicker="国办印发《意见》", subheadline="稳中求进 提质增效")
    teaser.line_roles = [LineRole("kicker", Span(20, 20)), LineRole("headline", Span(21, 21)), LineRole("subheadline", Span(23, 23))]
    articles = [headless(COLD_CHAIN, 1), headless(SERBIA, 10), teaser]
    furniture = [banner("塞尔维亚总统尼科利奇将访华", 22)]
    articles, left = place_pooled_headlines(articles, furniture)
    assert [(article.kicker, article.headline) for article in articles] == [
        ("国办印发《意见》", "发展冷链物流保障食品安全"),
        (None, "塞尔维亚总统尼科利奇将访华"),
    ]
    assert [piece.text for piece in left] == ["稳中求进 提质增效"]


def test_a_title_set_aside_beside_another_headline_goes_to_the_headless_article_it_belongs_to() -> None:
    """A page read in an order that set a headline block away from its text: the titles taken
    for banners that mostly share words with a headless article head it; a slogan stays."""
    articles = [headless(COLD_CHAIN, 1)]
    furniture = [banner("国办印发《意见》", 5), banner("发展冷链物流保障食品安全", 6), banner("稳中求进 提质增效", 7)]
    left = place_stray_titles(articles, furniture)
    assert (articles[0].kicker, articles[0].headline) == ("国办印发《意见》", "发展冷链物流保障食品安全")
    assert [piece.text for piece in left] == ["稳中求进 提质增效"]
