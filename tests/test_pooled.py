"""Headlines printed together after a page's text, put back over the articles they head."""

from __future__ import annotations

import pytest

from layout.model import Article, BodyPart, Byline, Dateline, Furniture, LineRole, Span
from layout.pooled import (
    _distinct_overlap,
    _Pooled,
    _read_titles,
    lead_with_stray_intertitles,
    place_pooled_headlines,
    place_stray_titles,
)
from layout.words import common_pairs


def headless(text: str, line: int) -> Article:
    return Article(kind="article", body=[BodyPart("p", text, Span(line, line + 3))], span=Span(line, line + 3))


def banner(text: str, line: int) -> Furniture:
    return Furniture(text, "banner", Span(line, line))


COLD_CHAIN = "省政府办公厅日前印发《关于加快发展农产品冷链物流守护餐桌安全的实施方案》。"
SERBIA = "市政府新闻发言人24日宣布：应市长邀请，友好城市代表团将于下月来访并出席经贸洽谈会。"
BOILERS = "本市今年将完成全部燃煤锅炉的清洁能源改造，年内基本实现城区无煤化。"


def test_each_pooled_title_goes_to_the_article_it_shares_words_with() -> None:
    articles = [headless(COLD_CHAIN, 1), headless(SERBIA, 10)]
    furniture = [banner("2017年3月25日", 0), banner("省政府印发《方案》", 20), banner("加快发展农产品冷链物流", 21),
                 banner("友好城市代表团下月来访", 22), banner("凝心聚力 再创佳绩", 23)]
    articles, left = place_pooled_headlines(articles, furniture)
    assert [(article.kicker, article.headline) for article in articles] == [
        ("省政府印发《方案》", "加快发展农产品冷链物流"),
        (None, "友好城市代表团下月来访"),
    ]
    assert [piece.text for piece in left] == ["2017年3月25日", "凝心聚力 再创佳绩"]  # nothing dropped
    assert articles[0].line_roles == [LineRole("headline", Span(21, 21)), LineRole("kicker", Span(20, 20))]


def test_a_page_whose_last_headline_block_follows_its_body_keeps_it() -> None:
    last = headless(SERBIA, 10)
    last.kicker, last.headline, last.subheadline = "市政府", "友好城市代表团下月来访", "经贸洽谈"
    last.line_roles = [LineRole("kicker", Span(20, 20)), LineRole("headline", Span(21, 21)), LineRole("subheadline", Span(22, 22))]
    articles = [headless(COLD_CHAIN, 1), last]
    furniture = [banner("凝心聚力 再创佳绩", 23)]
    assert place_pooled_headlines(articles, furniture) == (articles, furniture)
    assert (last.kicker, last.headline, last.subheadline) == ("市政府", "友好城市代表团下月来访", "经贸洽谈")
    assert articles[0].headline is None


def test_a_banner_standing_as_a_headline_gives_way_to_the_pooled_one_and_stays_on_the_page() -> None:
    """"守正创新 砥砺前行" shares no words with the text under it: the pooled title that
    does heads the article, and the banner is kept as furniture."""
    first = headless(COLD_CHAIN, 1)
    first.headline = "守正创新 砥砺前行"
    first.line_roles = [LineRole("headline", Span(0, 0))]
    articles = [first, headless(SERBIA, 10), headless(BOILERS, 15)]
    furniture = [banner("加快发展农产品冷链物流", 21), banner("友好城市代表团下月来访", 22), banner("燃煤锅炉改造年内完成", 23),
                 banner("凝心聚力 再创佳绩", 24)]
    articles, left = place_pooled_headlines(articles, furniture)
    assert [article.headline for article in articles] == ["加快发展农产品冷链物流", "友好城市代表团下月来访", "燃煤锅炉改造年内完成"]
    assert sorted(piece.text for piece in left) == ["凝心聚力 再创佳绩", "守正创新 砥砺前行"]


def test_a_teaser_made_of_pooled_titles_gives_them_back_and_nothing_is_lost() -> None:
    """The page's last titles read as a headline block without body: each goes to the article
    it shares words with; one that fits none stays on the page as a banner."""
    teaser = Article(kind="article", headline="加快发展农产品冷链物流", kicker="省政府印发《方案》", subheadline="凝心聚力 再创佳绩")
    teaser.line_roles = [LineRole("kicker", Span(20, 20)), LineRole("headline", Span(21, 21)), LineRole("subheadline", Span(23, 23))]
    articles = [headless(COLD_CHAIN, 1), headless(SERBIA, 10), teaser]
    furniture = [banner("友好城市代表团下月来访", 22)]
    articles, left = place_pooled_headlines(articles, furniture)
    assert [(article.kicker, article.headline) for article in articles] == [
        ("省政府印发《方案》", "加快发展农产品冷链物流"),
        (None, "友好城市代表团下月来访"),
    ]
    assert [piece.text for piece in left] == ["凝心聚力 再创佳绩"]


@pytest.mark.parametrize("receiver_has_byline", [False, True], ids=["goes-with-its-headline", "kept-as-residue"])
def test_the_byline_of_a_pooled_headline_block_without_body_is_never_dropped(receiver_has_byline: bool) -> None:
    """pypdfium2 pools bylines with the headlines after the text: the block's byline goes with
    its headline to the article, or, where that one has its own, stays on the page."""
    teaser = Article(kind="article", kicker="省政府印发《方案》", headline="加快发展农产品冷链物流", byline=Byline("王珂", ["王珂"]))
    teaser.line_roles = [LineRole("kicker", Span(20, 20)), LineRole("headline", Span(21, 21)), LineRole("byline", Span(22, 22))]
    cold_chain = headless(COLD_CHAIN, 1)
    if receiver_has_byline:
        cold_chain.byline = Byline("李明", ["李明"])
    articles, left = place_pooled_headlines([cold_chain, headless(SERBIA, 10), teaser], [banner("友好城市代表团下月来访", 23)])
    assert articles[0].headline == "加快发展农产品冷链物流"
    assert articles[0].byline.text == ("李明" if receiver_has_byline else "王珂")
    assert [(piece.text, piece.role) for piece in left] == ([("王珂", "residue")] if receiver_has_byline else [])


def test_a_title_set_aside_beside_another_headline_goes_to_the_headless_article_it_belongs_to() -> None:
    """A page read in an order that set a headline block away from its text: the titles taken
    for banners that mostly share words with a headless article head it; a slogan stays."""
    articles = [headless(COLD_CHAIN, 1)]
    furniture = [banner("省政府印发《方案》", 5), banner("加快发展农产品冷链物流", 6), banner("凝心聚力 再创佳绩", 7)]
    left = place_stray_titles(articles, furniture)
    assert (articles[0].kicker, articles[0].headline) == ("省政府印发《方案》", "加快发展农产品冷链物流")
    assert [piece.text for piece in left] == ["凝心聚力 再创佳绩"]


@pytest.mark.parametrize(
    ("title", "line", "placed"),
    [
        ("冷链物流 农民增收要靠谁", 0, True),  # right over the article's first line: a few shared words do
        ("冷链物流 农民增收要靠谁", 20, False),  # elsewhere on the page, most of its words must be there
        ("推进农产品冷链·深度观察", 0, False),  # a series banner stays one, wherever it stands
    ],
)
def test_a_title_right_over_a_headless_article_needs_fewer_shared_words(title: str, line: int, placed: bool) -> None:
    articles = [headless(COLD_CHAIN, 1)]
    left = place_stray_titles(articles, [banner(title, line)])
    assert (articles[0].headline == title, len(left)) == (placed, 0 if placed else 1)


def headline_after(text: str, line: int, headline: str) -> Article:
    """An article whose headline is printed after its text (lines `line`..`line + 3`)."""
    article = headless(text, line)
    article.headline = headline
    article.line_roles.append(LineRole("headline", Span(line + 5, line + 5)))
    article.span = Span(line, line + 5)
    return article


@pytest.mark.parametrize(
    ("titles", "gap", "dateline", "intertitles"),
    [
        # a title sharing nearly all its words with the text under it, and a writer's place and
        # name between them: the feature's first intertitle
        (["冷链物流守护餐桌安全", "江苏南京 王明"], 2, False, ["冷链物流守护餐桌安全", "江苏南京 王明"]),
        (["冷链物流守护餐桌安全"], 2, False, ["冷链物流守护餐桌安全"]),
        # whatever is printed above it: here a photo's credit, a few lines further up
        (["冷链物流守护餐桌安全"], 6, False, ["冷链物流守护餐桌安全"]),
        # a series banner shares fewer of its words, and stays a banner over the intertitle
        (["加快发展 再创佳绩"], 2, False, []),
        (["加快发展 再创佳绩", "冷链物流守护餐桌安全"], 2, False, ["冷链物流守护餐桌安全"]),
        # a "■" lede, a text its dateline opens, a headline closed by its column tag
        (["■冷链物流守护餐桌安全"], 2, False, []),
        (["冷链物流守护餐桌安全"], 2, True, []),
        (["冷链物流守护餐桌安全（经济观察）"], 2, False, []),
    ],
)
def test_a_banner_over_a_text_whose_words_it_shares_opens_it_as_its_intertitle(titles: list[str], gap: int, dateline: bool, intertitles: list[str]) -> None:
    above = headline_after(BOILERS, 1, "燃煤锅炉年内清零")  # its headline on line 6
    first = 6 + gap
    pieces = [banner(title, first + 2 * index) for index, title in enumerate(titles)]
    article = headline_after(COLD_CHAIN, first + 2 * len(titles), "冷链物流有了实施方案")
    if dateline:
        article.dateline = Dateline("本报南京3月1日电")
    left = lead_with_stray_intertitles([above, article], pieces)
    assert ([part.text for part in article.body if part.kind == "h"], [piece.text for piece in left]) == (intertitles, [title for title in titles if title not in intertitles])


@pytest.mark.parametrize(
    ("pool", "titles"),
    [
        # a headline the extractor cut where a word runs on is one title
        ([("“双减”政策推动教", 30, False), ("育回归本真", 31, False)], [("“双减”政策推动教育回归本真", None)]),
        # so is one whose wrap left a single character on the next line
        ([("他们使出当兵那股", 30, False), ("劲", 31, False)], [("他们使出当兵那股劲", None)]),
        # two titles on consecutive lines, no word running across, stay two
        ([("减税降费见实效", 30, False), ("小微企业迎来春天", 31, False)], [("减税降费见实效", None), ("小微企业迎来春天", None)]),
        # a deck goes under the title before it: printed with its dashes, or read so in the same block
        ([("减税降费见实效", 30, False), ("——访一家小微企业", 31, False)], [("减税降费见实效", "——访一家小微企业")]),
        # two titles on one line, the first closed by its column tag
        ([("减税降费见实效（经济观察） 小微企业迎来春天", 30, False)], [("减税降费见实效（经济观察）", None), ("小微企业迎来春天", None)]),
    ],
)
def test_pooled_lines_are_read_as_titles(pool: list[tuple[str, int, bool]], titles: list[tuple[str, str | None]]) -> None:
    source = banner("", 0)
    read = _read_titles([_Pooled(text, line, source, deck) for text, line, deck in pool])
    assert [(title.text, title.deck) for title in read] == titles


def test_a_subheadline_read_in_another_block_is_no_deck_of_the_title_before() -> None:
    block, other = banner("", 0), banner("", 0)
    read = _read_titles([_Pooled("减税降费见实效", 30, other), _Pooled("访一家小微企业", 31, block, True)])
    assert [(title.text, title.deck) for title in read] == [("减税降费见实效", None), ("访一家小微企业", None)]


def test_words_most_articles_share_do_not_choose_between_them() -> None:
    """The page's subject ("一带一路" in every article) tells no article apart; the title's own words do."""
    subject = common_pairs(["一带一路建设推动互联互通", "一带一路倡议深入发展", "一带一路旅游升温"], 0.5)
    assert _distinct_overlap("一带一路深入发展", "一带一路建设推动互联互通", subject) == 0.0
    assert _distinct_overlap("一带一路深入发展", "一带一路倡议深入发展", subject) == 0.75  # all but "路深"


def test_a_banner_the_print_repeated_is_never_a_pooled_headline() -> None:
    """A banner printed over and over ("美丽乡村行美丽乡村行…") is one by print, whatever words it shares."""
    articles = [headless("美丽乡村建设让乡村行路更方便。" + COLD_CHAIN, 1), headless(SERBIA, 10)]
    furniture = [banner("美丽乡村行", 19), banner("省政府印发《方案》", 20), banner("加快发展农产品冷链物流", 21), banner("友好城市代表团下月来访", 22)]
    placed, left = place_pooled_headlines(articles, furniture, banners=frozenset({19}))
    assert [(article.kicker, article.headline) for article in placed] == [
        ("省政府印发《方案》", "加快发展农产品冷链物流"),
        (None, "友好城市代表团下月来访"),
    ]
    assert [piece.text for piece in left] == ["美丽乡村行"]


@pytest.mark.parametrize(
    ("line", "headlines"),
    [
        # two headlines side by side, a space or a closing quote between them
        ("冷链物流守护餐桌安全 友好城市代表团下月来访", ["冷链物流守护餐桌安全", "友好城市代表团下月来访"]),
        ("保障“冷链物流”友好城市代表团下月来访", ["保障“冷链物流”", "友好城市代表团下月来访"]),
        # the halves of one headline lead to one article
        ("加快冷链物流 守护餐桌安全", ["加快冷链物流 守护餐桌安全", None]),
        # a part that leads nowhere by itself stays with the title
        ("“冷链物流”的新方案", ["“冷链物流”的新方案", None]),
    ],
)
def test_titles_printed_side_by_side_on_one_line_go_to_their_own_articles(line: str, headlines: list[str | None]) -> None:
    articles = [headless(COLD_CHAIN, 1), headless(SERBIA, 10)]
    furniture = [banner(line, 20), banner("燃煤锅炉清洁能源改造", 21), banner("城区无煤化", 22)]
    articles, _ = place_pooled_headlines(articles + [headless(BOILERS, 14)], furniture)
    assert [article.headline for article in articles[:2]] == headlines


def test_a_title_under_a_placed_one_that_shares_a_word_with_its_article_is_its_headline() -> None:
    """"加快发展" finds too few of its pairs anywhere on its own, but it stands right under the
    kicker placed over the cold-chain article and shares a word with it."""
    articles = [headless(COLD_CHAIN, 1), headless(SERBIA, 10), headless(BOILERS, 14)]
    furniture = [banner("农产品冷链物流方案出台", 20), banner("加快发展要靠谁", 21), banner("友好城市代表团下月来访", 22), banner("凝心聚力", 23)]
    articles, left = place_pooled_headlines(articles, furniture)
    assert (articles[0].kicker, articles[0].headline) == ("农产品冷链物流方案出台", "加快发展要靠谁")
    assert [piece.text for piece in left] == ["凝心聚力"]


SOWING = "春耕时节，农机合作社的拖拉机开进田间，村民们忙着整地播种。"


def test_a_title_that_shares_no_word_with_any_text_goes_by_print_order() -> None:
    """"金秋时节" finds no text, but it is printed between the titles of the first and the third
    article, and the second is the one article between them left without a title."""
    articles = [headless(COLD_CHAIN, 1), headless(SERBIA, 10), headless(BOILERS, 14)]
    furniture = [banner("加快发展农产品冷链物流", 20), banner("金秋时节", 21), banner("燃煤锅炉改造年内完成", 22)]
    articles, left = place_pooled_headlines(articles, furniture)
    assert [article.headline for article in articles] == ["加快发展农产品冷链物流", "金秋时节", "燃煤锅炉改造年内完成"]
    assert left == []


def test_a_title_whose_one_shared_word_leads_it_back_against_print_order_is_the_next_ones_kicker() -> None:
    """"冷链新风尚" shares one word of four with the first article, but it is printed among the
    last two articles' titles, right over the fourth's: chance, not its headline."""
    articles = [headless(COLD_CHAIN, 1), headless(SERBIA, 10), headless(BOILERS, 14), headless(SOWING, 17)]
    furniture = [banner("加快发展农产品冷链物流", 30), banner("硕果满枝头", 31), banner("燃煤锅炉改造年内完成", 32),
                 banner("冷链新风尚", 33), banner("农机下田春耕忙", 34)]
    articles, left = place_pooled_headlines(articles, furniture)
    assert [(article.kicker, article.headline) for article in articles] == [
        (None, "加快发展农产品冷链物流"),
        (None, "硕果满枝头"),
        (None, "燃煤锅炉改造年内完成"),
        ("冷链新风尚", "农机下田春耕忙"),
    ]
    assert left == []


def test_titles_whose_words_clearly_lead_out_of_print_order_stay_where_they_lead() -> None:
    """The last article's title printed first: its words leave no doubt, and the others follow in order."""
    articles = [headless(COLD_CHAIN, 1), headless(SERBIA, 10), headless(BOILERS, 14)]
    furniture = [banner("燃煤锅炉改造年内完成", 20), banner("加快发展农产品冷链物流", 21), banner("友好城市代表团下月来访", 22)]
    articles, left = place_pooled_headlines(articles, furniture)
    assert [article.headline for article in articles] == ["加快发展农产品冷链物流", "友好城市代表团下月来访", "燃煤锅炉改造年内完成"]
    assert left == []


def test_a_title_its_column_tag_closes_is_a_whole_headline_and_an_article_takes_one() -> None:
    """Both tagged titles lead to the first text; the second leads to the second text too, and
    the first nowhere else: each gets its own article, neither is the other's kicker."""
    calligraphy = "民间书法以乡土为根脉，乡土视野让人看到书法是老街往事的温暖记录。"
    letters = "青山县文化馆举办老街信札展，展出信札三百件，观众从中读到老街往事。"
    train = "春天到了，山里的油菜花开了，小火车穿行在花海之中，游客纷纷拍照留念。"
    articles = [headless(calligraphy, 1), headless(letters, 10), headless(train, 20)]
    furniture = [banner("乡土视野中的民间书法（艺坛走笔）", 30), banner("信札，老街往事的温暖记录（策展手记）", 31), banner("小火车邂逅油菜花", 32)]
    articles, left = place_pooled_headlines(articles, furniture)
    assert [(article.kicker, article.headline) for article in articles] == [
        (None, "乡土视野中的民间书法（艺坛走笔）"),
        (None, "信札，老街往事的温暖记录（策展手记）"),
        (None, "小火车邂逅油菜花"),
    ]
    assert left == []


def test_a_title_printed_after_a_tagged_one_is_no_headline_of_its_article() -> None:
    """"王老，世界有你" shares "世界" with the essay the tagged title heads, but the tag closed that
    headline block; printed last, it goes to the one headless text after the last one placed."""
    essay = "语言即是思维。我们生活在这个世界上，珍视每一种方言，就是珍视每一种思维。"
    concert = "一九三二年，王明远从青山来到省城，江南风味的演绎从此成为经典。"
    architect = "老房子是一本书，是写在大地上的历史。用心的建筑师用作品讲述故事。"
    articles = [headless(essay, 1), headless(concert, 10), headless(architect, 20)]
    furniture = [banner("珍视每一种方言（乡音漫谈）", 30), banner("“江南风味”的现代演绎", 31), banner("王老，世界有你", 32)]
    articles, left = place_pooled_headlines(articles, furniture)
    assert [(article.kicker, article.headline) for article in articles] == [
        (None, "珍视每一种方言（乡音漫谈）"),
        (None, "“江南风味”的现代演绎"),
        (None, "王老，世界有你"),
    ]
    assert left == []


def test_titles_of_one_subject_whose_words_cross_over_go_back_into_print_order() -> None:
    """Each title shares more words with the other's text than with its own (a page of one
    subject), and enough with both: print order decides."""
    initiative = "某县提出的乡村振兴规划，是促进城乡融合发展的一把钥匙，推动特色产业壮大。"
    principles = "以共建共治共享为原则的乡村建设，推动特色产业深入发展，是城乡融合的一把钥匙。"
    train = "春天到了，山里的油菜花开了，小火车穿行在花海之中，游客纷纷拍照留念。"
    articles = [headless(initiative, 1), headless(principles, 10), headless(train, 20)]
    furniture = [banner("“乡村振兴”推动特色产业深入发展", 30), banner("促进城乡融合发展的一把钥匙（大家手笔）", 31), banner("小火车邂逅油菜花", 32)]
    articles, _ = place_pooled_headlines(articles, furniture)
    assert [article.headline for article in articles] == ["“乡村振兴”推动特色产业深入发展", "促进城乡融合发展的一把钥匙（大家手笔）", "小火车邂逅油菜花"]


EGRETS = "春暖花开，乡村河畔迎来了多年未见的白鹭，村民说这里美如画，来做客的鸟儿越来越多。"


@pytest.mark.parametrize(
    ("lines", "kicker", "headline"),
    [
        # a headline's halves the extractor printed a line each: one title, a space between
        (["乡村美如画", "白鹭来做客"], None, "乡村美如画 白鹭来做客"),
        # a phrase wrapped mid-way: one title, no space
        (["多年未见的", "白鹭来做客"], None, "多年未见的白鹭来做客"),
        # of three titles printed one under another, the first is the kicker: an article has one
        (["乡村河畔", "白鹭回来了", "村民说美如画"], "乡村河畔", "白鹭回来了 村民说美如画"),
        # a kicker over its headline stays apart
        (["多年未见的白鹭回来了，村民乐开花", "乡村河畔美如画"], "多年未见的白鹭回来了，村民乐开花", "乡村河畔美如画"),
    ],
)
def test_a_headline_printed_line_by_line_is_one_title_and_a_kicker_stays_apart(lines: list[str], kicker: str | None, headline: str) -> None:
    articles = [headless(COLD_CHAIN, 1), headless(EGRETS, 10), headless(SERBIA, 14)]
    furniture = [banner("加快发展农产品冷链物流", 20)] + [banner(text, 21 + at) for at, text in enumerate(lines)]
    furniture.append(banner("友好城市代表团下月来访", 21 + len(lines)))
    articles, left = place_pooled_headlines(articles, furniture)
    assert (articles[1].kicker, articles[1].headline) == (kicker, headline)
    assert articles[1].line_roles[0] == LineRole("headline", Span(21 if kicker is None else 22, 20 + len(lines)))
    assert left == []
