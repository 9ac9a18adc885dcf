"""The linear models the fitted weights ship as (`cleanup.linear`): their arithmetic, and the
shipped weights themselves loading as models that answer with probabilities."""

from __future__ import annotations

import math

import pytest

from cleanup.config import DEFAULT
from cleanup.linear import LinearModel

TOY = LinearModel(
    bias={"join": 0.5, "apart": 0.0},
    weights={"ends_comma": {"join": 2.0, "apart": -1.0}, "title": {"apart": 3.0}},
)


@pytest.mark.parametrize(
    ("features", "scores", "label"),
    [
        ({}, {"join": 0.5, "apart": 0.0}, "join"),  # the bias alone
        ({"ends_comma": 1.0}, {"join": 2.5, "apart": -1.0}, "join"),
        ({"title": 1.0}, {"join": 0.5, "apart": 3.0}, "apart"),
        ({"ends_comma": 1.0, "title": 1.0}, {"join": 2.5, "apart": 2.0}, "join"),
        ({"unknown_signal": 1.0}, {"join": 0.5, "apart": 0.0}, "join"),  # a signal the weights never saw weighs nothing
        ({"ends_comma": 0.5}, {"join": 1.5, "apart": -0.5}, "join"),  # a value scales its weights
    ],
)
def test_scores_are_the_bias_plus_the_weighted_signals(features, scores, label) -> None:
    assert TOY.scores(features) == pytest.approx(scores)
    assert TOY.label(features) == label


def test_probabilities_are_a_softmax_of_the_scores() -> None:
    probabilities = TOY.probabilities({"ends_comma": 1.0, "title": 1.0})
    assert probabilities["join"] == pytest.approx(1 / (1 + math.exp(-0.5)))
    assert sum(probabilities.values()) == pytest.approx(1.0)


def test_a_tie_goes_to_the_first_label_by_name() -> None:
    tied = LinearModel(bias={"b": 1.0, "a": 1.0}, weights={})
    assert tied.label({}) == "a"  # the same answer in every run, whatever the dictionary order


def test_weights_read_from_json() -> None:
    model = LinearModel.from_json('{"bias": {"x": 1.0, "y": 0.0}, "weights": {"f": {"y": 2.0}}}')
    assert model.label({"f": 1.0}) == "y"


@pytest.mark.parametrize("model", ["joins", "boundaries", "roles", "confidence", "title_breaks"])
def test_the_shipped_weights_load_and_answer_with_probabilities(model: str) -> None:
    weights = getattr(DEFAULT, model)()
    assert len(weights.bias) >= 2
    probabilities = weights.probabilities({"bias": 1.0})
    assert sum(probabilities.values()) == pytest.approx(1.0)
    assert set(probabilities) == set(weights.bias)
