"""A linear model over named features: the form in which fitted weights ship with the package.

Weights are plain JSON (written by ``scripts/train_layout.py``), so the package
reads them without the library that fitted them, and a reader can see what
each signal weighs.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache
from importlib import resources


@dataclass(frozen=True)
class LinearModel:
    """One weight per (feature, label) plus a bias per label: the label with the highest sum wins."""

    bias: dict[str, float]
    weights: dict[str, dict[str, float]]

    def scores(self, features: dict[str, float]) -> dict[str, float]:
        totals = dict(self.bias)
        for name, value in features.items():
            for label, weight in self.weights.get(name, {}).items():
                totals[label] += weight * value
        return totals

    def probabilities(self, features: dict[str, float]) -> dict[str, float]:
        scores = self.scores(features)
        top = max(scores.values())
        exps = {label: math.exp(score - top) for label, score in scores.items()}
        total = sum(exps.values())
        return {label: value / total for label, value in exps.items()}

    def label(self, features: dict[str, float]) -> str:
        scores = self.scores(features)
        return max(sorted(scores), key=scores.__getitem__)

    @classmethod
    def from_json(cls, text: str) -> LinearModel:
        data = json.loads(text)
        return cls(data["bias"], data["weights"])


@cache
def shipped(package: str, name: str) -> LinearModel:
    """Weights that ship with a package, read once per process."""
    return LinearModel.from_json(resources.files(package).joinpath(name).read_text("utf-8"))
