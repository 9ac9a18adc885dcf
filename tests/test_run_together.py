"""Stories run together under pooled headlines, cut apart where a headline's words begin."""

from __future__ import annotations

import pytest

from layout.model import Article, BodyPart, Byline, LineRole, Span
from layout.run_together import split_run_together

CALLIGRAPHY = [
    "楷书形体方正，笔画平直，钟繇开创了正楷的先河。",
    "钟繇的代表作当属《宣示表》，楷书体态成熟。",
    "王羲之以钟繇为师，使楷书的基本笔法得以定型。",
]
MUSEUM = [
    "青石古生物博物馆位于青石古塔旁，馆内化石琳琅满目。",
    "博物馆每年举办化石鉴赏活动，古生物专家为观众讲解。",
]
TRAIN = [
    "近日，某县山区小火车沿途的油菜花盛开，场面宛如画卷。",
    "山区小火车保留了蒸汽时代的手动操作方式。王明摄",
]


def paragraphs(texts: list[str], first: int) -> list[BodyPart]:
    return [BodyPart("p", text, Span(first + index, first + index)) for index, text in enumerate(texts)]


def block(headline: str, line: int) -> Article:
    return Article("article", headline=headline, span=Span(line, line), line_roles=[LineRole("headline", Span(line, line))])


def run_together(texts: list[str], headline: str = "楷书之美") -> Article:
    article = block(headline, 100)
    article.body = paragraphs(texts, 1)
    article.span = Span(1, 100)
    return article


def test_two_stories_run_together_are_cut_where_the_pooled_headline_words_begin() -> None:
    holder = run_together(CALLIGRAPHY + MUSEUM + TRAIN)
    museum, train = block("一步一千年：青石古生物博物馆", 101), block("小火车邂逅油菜花", 102)
    articles = split_run_together([holder, museum, train])
    assert [part.text for part in holder.body] == CALLIGRAPHY
    assert [part.text for part in museum.body] == MUSEUM
    assert [part.text for part in train.body] == TRAIN
    assert articles == [holder, museum, train]
    assert "".join(part.text for article in articles for part in article.body) == "".join(CALLIGRAPHY + MUSEUM + TRAIN)


@pytest.mark.parametrize(
    ("headlines", "cut"),
    [
        (["一步一千年：青石古生物博物馆"], False),  # one block after the text: no page of pooled headlines
        (["一步一千年：青石古生物博物馆", "春风拂面谱新篇"], True),
        (["春风拂面谱新篇", "喜迎盛会新气象"], False),  # headlines whose words the text lacks
    ],
)
def test_only_pooled_headlines_whose_words_the_text_holds_cut_it(headlines: list[str], cut: bool) -> None:
    holder = run_together(CALLIGRAPHY + MUSEUM)
    blocks = [block(headline, 101 + index) for index, headline in enumerate(headlines)]
    split_run_together([holder, *blocks])
    assert (len(holder.body) < len(CALLIGRAPHY + MUSEUM)) is cut


def test_a_story_is_never_cut_inside_a_sentence() -> None:
    texts = ["楷书形体方正，笔画平直，钟繇开创了", "正楷的先河。青石古生物博物馆位于青石古塔旁，馆内化石琳琅满目。"]
    holder = run_together(texts)
    split_run_together([holder, block("一步一千年：青石古生物博物馆", 101), block("小火车邂逅油菜花", 102)])
    assert [part.text for part in holder.body] == texts


def test_a_byline_after_the_text_goes_under_the_titles_right_above_it() -> None:
    first = run_together(CALLIGRAPHY)
    first.line_roles = [LineRole("headline", Span(101, 101))]
    second, third = block("一步一千年", 103), block("小火车邂逅油菜花", 105)
    second.body, third.body = paragraphs(MUSEUM, 20), paragraphs(TRAIN, 30)
    for article, line, name in ((second, 102, "本报记者 马跃峰"), (third, 104, "本报记者 姚雪青")):
        article.byline = Byline(name)
        article.line_roles.append(LineRole("byline", Span(line, line)))
    split_run_together([first, second, third])
    assert [article.byline.text if article.byline else None for article in (first, second, third)] == ["本报记者 马跃峰", "本报记者 姚雪青", None]


def test_a_byline_whose_titles_already_have_one_stays_and_nothing_is_dropped() -> None:
    first = run_together(CALLIGRAPHY)
    first.line_roles = [LineRole("headline", Span(101, 101))]
    first.byline = Byline("本报记者 甲")
    orphan = Article("article", byline=Byline("本报记者 乙"), span=Span(102, 102), line_roles=[LineRole("byline", Span(102, 102))])
    second = block("一步一千年", 103)
    second.body = paragraphs(MUSEUM, 20)
    articles = split_run_together([first, orphan, second])
    assert orphan in articles and orphan.byline is not None
