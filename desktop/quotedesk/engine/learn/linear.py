"""A linear scorer over named binary features, stored as plain numbers.

Training uses scikit-learn (see :mod:`quotedesk.engine.learn.training`); applying needs only
this module: a dictionary from feature name to weight. The stored form is JSON, so loading a
model from a library file never runs code (no pickle).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field


@dataclass(slots=True)
class LinearScorer:
    """``score(features) = bias + sum(weight[name] * value)``; ``prob`` is its logistic."""

    weights: dict[str, float] = field(default_factory=dict)
    bias: float = 0.0

    def score(self, features: dict[str, float]) -> float:
        w = self.weights
        return self.bias + sum(w.get(k, 0.0) * v for k, v in features.items())

    def prob(self, features: dict[str, float]) -> float:
        s = self.score(features)
        if s >= 0:
            return 1.0 / (1.0 + math.exp(-s))
        e = math.exp(s)
        return e / (1.0 + e)

    def to_json(self) -> dict:
        return {"bias": round(self.bias, 6), "weights": {k: round(v, 6) for k, v in self.weights.items() if v}}

    @classmethod
    def from_json(cls, row: dict) -> "LinearScorer":
        weights = row.get("weights") or {}
        if not isinstance(weights, dict) or not all(isinstance(k, str) and isinstance(v, (int, float)) for k, v in weights.items()):
            raise ValueError("weights must map feature names to numbers")
        bias = row.get("bias", 0.0)
        if not isinstance(bias, (int, float)):
            raise ValueError("bias must be a number")
        return cls({k: float(v) for k, v in weights.items()}, float(bias))
