"""A headline the title reader cut in two, put back together (`layout.split_titles`)."""

from __future__ import annotations

import pytest

from layout.model import Article, BodyPart, LineRole, Span
from layout.split_titles import rejoin_split_headlines


def with_text(headline: str, headline_line: int) -> Article:
    """An article whose text (lines 1-8) is followed by its headline on `headline_line`."""
    article = Article("article", headline=headline, body=[BodyPart("p", "各地加快推进复工复产，优化诊疗方案，加快药物攻关。", Span(1, 8))])
    article.line_roles.append(LineRole("headline", Span(headline_line, headline_line)))
    article.span = Span(1, headline_line)
    return article


def bodiless(headline: str, first: int, subheadline: str | None = None) -> Article:
    article = Article("article", headline=headline, subheadline=subheadline, span=Span(first, first + 2))
    article.line_roles.append(LineRole("headline", Span(first, first + 1)))
    return article


@pytest.mark.parametrize(
    ("upper", "first", "folded"),
    [
        ("部署分级分类防控要求", 11, True),  # printed right under the headline: its rest
        ("部署分级分类防控要求", 12, False),  # a blank line between: another title
        ("分级分类防控见成效（一线观察）", 11, False),  # a column tag closed the headline above
    ],
)
def test_a_bodiless_title_right_under_a_headline_is_its_rest(upper: str, first: int, folded: bool) -> None:
    articles = rejoin_split_headlines([with_text(upper, 10), bodiless("优化流程加快项目审批", first, "某某出席")])
    assert len(articles) == (1 if folded else 2)
    if folded:
        # whether a space parts the halves is `layout.title_spaces`' call
        assert (articles[0].headline.replace(" ", ""), articles[0].subheadline) == (f"{upper}优化流程加快项目审批", "某某出席")


def test_a_title_with_a_text_of_its_own_stays_an_article() -> None:
    under = bodiless("优化流程加快项目审批", 11)
    under.body = [BodyPart("p", "会议强调，要加快项目审批。", Span(14, 16))]
    assert len(rejoin_split_headlines([with_text("部署分级分类防控要求", 10), under])) == 2
