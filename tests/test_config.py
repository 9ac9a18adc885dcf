"""One frozen Config switches every stage; the tools that fit its weights split by text."""

from __future__ import annotations

import dataclasses
import json

import pytest
from conftest import load_script, shared_or_skip

from cleanup import clean, fix_and_explain
from cleanup.config import DEFAULT
from layout import reconstruct

STRANDED = "院方再就盆骨骨折安排手術。"


def test_the_config_is_frozen() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        DEFAULT.full_slack = 9  # type: ignore[misc]


def test_a_threshold_changes_what_the_repair_does() -> None:
    # One stranded character before the pair keeps it as printed by default...
    assert fix_and_explain(STRANDED)[0] == STRANDED
    # ...and asking for two repairs it.
    strict = dataclasses.replace(DEFAULT, unknown_name_min=2)
    assert fix_and_explain(STRANDED, strict)[0] == "院方再就盆骨折安排手術。"


def test_clean_and_reconstruct_take_the_config() -> None:
    strict = dataclasses.replace(DEFAULT, unknown_name_min=2)
    assert [p.text for p in clean(STRANDED).paragraphs] == [STRANDED]
    assert [p.text for p in clean(STRANDED, config=strict).paragraphs] == ["院方再就盆骨折安排手術。"]
    body = reconstruct(STRANDED, "page.txt", config=strict).articles[0].body
    assert body[0].text == "院方再就盆骨折安排手術。"


def test_the_held_out_split_is_by_text_and_the_same_every_time() -> None:
    holdout = load_script("holdout")
    ids = [f"page-{number}" for number in range(30)]
    held = holdout.held_out_ids(ids)
    assert held == holdout.held_out_ids(list(reversed(ids)))  # order of the input does not matter
    assert len(held) == 10


def test_the_shared_corpus_splits_into_disjoint_parts(tmp_path) -> None:
    corpus = shared_or_skip("corpus")
    holdout = load_script("holdout")
    held = holdout.split_corpus(corpus, tmp_path)
    tune = json.loads((tmp_path / "corpus-tune" / holdout.RMRB).read_text("utf-8"))
    out = json.loads((tmp_path / "corpus-heldout" / holdout.RMRB).read_text("utf-8"))
    tune_ids = {page["page_id"] for page in tune["pages"]}
    out_ids = {page["page_id"] for page in out["pages"]}
    assert out_ids == set(held["pages"]) and not tune_ids & out_ids


def test_the_held_out_texts_split_again_into_two_disjoint_halves(tmp_path) -> None:
    corpus = shared_or_skip("corpus")
    holdout = load_script("holdout")
    holdout.split_corpus(corpus, tmp_path)
    dev = holdout.split_corpus(tmp_path / "corpus-heldout", tmp_path, holdout.HALVES, 1 / 2, holdout.HALF_SALT)
    halves = [json.loads((tmp_path / f"corpus-{part}" / holdout.HK).read_text("utf-8")) for part in holdout.HALVES]
    clean_ids, dev_ids = ({article["id"] for article in half["articles"]} for half in halves)
    held = json.loads((tmp_path / "corpus-heldout" / holdout.HK).read_text("utf-8"))
    assert dev_ids == set(dev["articles"]) and not clean_ids & dev_ids
    assert clean_ids | dev_ids == {article["id"] for article in held["articles"]}
    assert dev["articles"] != sorted(holdout.held_out_ids(sorted(clean_ids | dev_ids), 1 / 2))  # ranked afresh by the salt


def test_the_seed_pages_articles_become_a_corpus_of_their_own(tmp_path) -> None:
    """`holdout.py --seed-texts`: every annotated article of the seed pages, a page each, beside
    the dev half's Hong Kong texts, in the simulator's corpus format."""
    reference, corpus = shared_or_skip("reference"), shared_or_skip("corpus")
    holdout = load_script("holdout")
    holdout.split_corpus(corpus, tmp_path)
    holdout.split_corpus(tmp_path / "corpus-heldout", tmp_path, holdout.HALVES, 1 / 2, holdout.HALF_SALT)
    folder = holdout.seed_corpus(reference, tmp_path)
    pages = json.loads((folder / holdout.RMRB).read_text("utf-8"))["pages"]
    truths = [json.loads(path.read_text("utf-8")) for path in sorted(reference.glob("*.json"))]
    assert [[article["headline"] or "" for article in page["articles"]] for page in pages] == [
        [article.get("headline") or "" for article in truth["articles"]] for truth in truths
    ]
    assert all(page["date"] for page in pages)  # the simulator prints a dated page header
    assert (folder / holdout.HK).read_bytes() == (tmp_path / "corpus-heldout-dev" / holdout.HK).read_bytes()
