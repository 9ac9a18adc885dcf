"""Accuracy on annotated pages, scored by the shared scorer (skipped without ../shared).

The thresholds are the project's targets; a change that drops below one fails here
before it reaches a user.
"""

from __future__ import annotations

import pytest
from conftest import SEEDS, load_script, scored_rows, shared_or_skip

REFERENCE_TARGETS = {"article_f1": 1.0, "headline_acc": 0.95, "byline_acc": 0.95, "dateline_acc": 0.95, "break_f1": 0.95}
DEVSET_TARGETS = {"article_f1": 0.97, "headline_acc": 0.95, "byline_acc": 0.95, "dateline_acc": 0.95, "break_f1": 0.97}


def summary(truth_folder, raw_folder) -> dict:
    rows = scored_rows(truth_folder, raw_folder)
    return load_script("evaluate").load_scorer(shared_or_skip("tools", "score.py")).summarize(rows)


def check(result: dict, targets: dict, cer: float, perfect_share: float) -> None:
    for metric, target in targets.items():
        assert result[metric] >= target, (metric, result)
    perfect, total = map(int, result["perfect_articles"].split("/"))
    assert perfect / total >= perfect_share, result
    assert result["cer"] <= cer, result
    assert result["furniture_leaks"] == 0, result
    assert result["ascii_punct_in_han"] == 0, result


def test_reference_pages_meet_the_targets() -> None:
    check(summary(shared_or_skip("reference"), SEEDS), REFERENCE_TARGETS, cer=0.005, perfect_share=0.0)


@pytest.mark.slow
def test_development_pages_meet_the_targets() -> None:
    devset = shared_or_skip("devset")
    check(summary(devset, devset), DEVSET_TARGETS, cer=0.002, perfect_share=0.85)


def test_reference_pages_without_their_blank_lines_keep_their_articles(tmp_path) -> None:
    """The seeds as an extractor that prints no blank line gives them: the titles are told by
    width alone. Below the blank-line figures, but no article may be lost wholesale."""
    for seed in SEEDS.glob("*.txt"):
        lines = seed.read_text("utf-8").splitlines(keepends=True)
        (tmp_path / seed.name).write_text("".join(line for line in lines if line.strip()), "utf-8")
    result = summary(shared_or_skip("reference"), tmp_path)
    assert result["article_f1"] >= 0.95, result
    assert result["break_f1"] >= 0.85, result
    assert result["furniture_leaks"] <= 2, result
