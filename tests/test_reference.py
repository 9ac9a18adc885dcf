"""The three hand-annotated seed pages, scored with the shared scorer (skipped without ../shared)."""

from __future__ import annotations

import importlib.util
import json

from conftest import SEEDS, shared_or_skip
from layout import reconstruct, to_newsml

THRESHOLDS = {"article_f1": 1.0, "headline_acc": 0.95, "byline_acc": 0.95, "dateline_acc": 0.95, "break_f1": 0.95}


def load_scorer():
    path = shared_or_skip("tools", "score.py")
    spec = importlib.util.spec_from_file_location("score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_reference_pages_meet_the_targets(tmp_path) -> None:
    score = load_scorer()
    rows = {}
    for truth_path in sorted(shared_or_skip("reference").glob("*.json")):
        truth = json.loads(truth_path.read_text("utf-8"))
        page = reconstruct((SEEDS / truth["source"]).read_bytes(), truth["source"])
        output = tmp_path / f"{truth_path.stem}.xml"
        output.write_bytes(to_newsml(page))
        rows[truth_path.stem] = score.score_page(truth, score.read_items(output))
    summary = score.summarize(rows)
    for metric, target in THRESHOLDS.items():
        assert summary[metric] >= target, (metric, summary)
    assert summary["cer"] <= 0.005
    assert summary["furniture_leaks"] == 0
    assert summary["ascii_punct_in_han"] == 0
