"""Per-article confidence: the evidence it reads, the reasons it gives, and that it ranks."""

from __future__ import annotations

import pytest
from conftest import SEEDS, load_script, scored_rows, shared_or_skip

from cleanup.edits import Edit
from layout import reconstruct
from layout.confidence import (
    PageEvidence,
    article_confidence,
    article_evidence,
    page_confidence,
    page_evidence,
)
from layout.model import Article, BodyPart, Byline, Confidence, Furniture, Span

QUIET_PAGE = page_evidence({}, [], [], layout_confidence=1.0)
SUSPECT_AT_10 = [Edit("suspect-doubling", 10, "见见", "见见")]


def article(*paragraphs: str, headline: str | None = "标题", first_line: int = 10, notes: tuple[str, ...] = ()) -> Article:
    body = [BodyPart("p", text, Span(first_line + 2 * i, first_line + 2 * i + 1)) for i, text in enumerate(paragraphs)]
    last = first_line + 2 * len(paragraphs)
    return Article("article", headline=headline, body=body, span=Span(first_line - 1, last), notes=list(notes))


@pytest.mark.parametrize(
    ("made", "page", "present", "absent"),
    [
        (article("他说。"), QUIET_PAGE, {"headline=some", "start=none", "end=none", "chars<80", "paragraphs<=1"}, {"ends_open"}),
        (article("这是没有说完的话", headline=None), QUIET_PAGE, {"headline=none", "ends_open"}, {"headline=some"}),
        (article("前一段没有说完", "后一段。"), QUIET_PAGE, {"paragraph_ends_open", "paragraphs<=2"}, {"ends_open"}),
        (article("第一段。", "短。"), QUIET_PAGE, {"short_paragraph"}, set()),
        # the decision that opened it (line 8 -> 10) was a close call; the one inside was printed
        (
            article("第一段。", "第二段。"),
            page_evidence({(8, 10): 0.55, (10, 12): 1.0, (12, 20): 0.9, (30, 40): 0.5}, [], [], 1.0),
            {"start=close", "inside=printed", "end=fair"},
            set(),
        ),
        (article("第一段。"), page_evidence({}, SUSPECT_AT_10, [Furniture("图", "residue", Span(12, 12))], 0.2), {"suspect_repair", "residue_near", "page_unsure"}, set()),
        # a suspect repair and residue far from the article are not its own
        (article("第一段。"), page_evidence({}, [Edit("suspect-doubling", 30, "见见", "见见")], [Furniture("图", "residue", Span(16, 20))], 1.0), set(), {"suspect_repair", "residue_near"}),
        (
            article("第一段。", notes=("paragraph boundary after line 3 is a judgment call", "main headline is a judgment call")),
            QUIET_PAGE,
            {"break_judgment=1", "headline_judgment=1"},
            set(),
        ),
    ],
)
def test_evidence_names_what_the_reconstruction_weighed(made: Article, page: PageEvidence, present: set[str], absent: set[str]) -> None:
    evidence = set(article_evidence(made, page))
    assert present <= evidence, evidence
    assert not absent & evidence, evidence


def test_a_headline_and_a_byline_make_an_article_more_trustworthy_than_a_bare_fragment() -> None:
    whole = article("本报讯 第一段话说完了。", "第二段话也说完了。")
    whole.byline = Byline("本报记者 张三", ["张三"])
    fragment = article("没有标题也没有说完", headline=None)
    sure, unsure = article_confidence(whole, QUIET_PAGE), article_confidence(fragment, QUIET_PAGE)
    assert 0.0 <= unsure.score < sure.score <= 1.0
    assert "no headline was found for it" in unsure.reasons


def test_page_confidence_is_its_articles_and_names_the_doubtful_ones() -> None:
    assert page_confidence([], 1.0) == Confidence(0.0, ["no article was found on the page"])
    page = page_confidence([Confidence(0.9), Confidence(0.3)], 0.2)
    assert page.score == 0.6
    assert page.reasons[0] == "1 of 2 articles are more likely wrong than right"
    assert "uncertain" in page.reasons[1]


def test_every_seed_article_carries_a_score_in_range() -> None:
    for path in sorted(SEEDS.glob("*.txt")):
        page = reconstruct(path.read_bytes())
        scores = [article.confidence.score for article in page.articles]
        assert all(0.0 <= score <= 1.0 for score in scores)
        assert page.confidence is not None and 0.0 <= page.confidence.score <= 1.0


def test_confidence_ranks_wrong_articles_below_right_ones() -> None:
    """On the annotated pages, a right article outranks a wrong one at least 85% of the time."""
    evaluate = load_script("evaluate")
    folders = [(shared_or_skip("reference"), SEEDS), (shared_or_skip("devset"), None), (shared_or_skip("devset2"), None)]
    ranked = [pair for truth, raw in folders for row in scored_rows(truth, raw or truth).values() for pair in row["ranked"]]
    assert evaluate.ranking_auc(ranked) >= 0.85
