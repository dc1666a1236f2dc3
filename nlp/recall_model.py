"""A small logistic regression over binary features, trained with numpy alone, for the recall layer.

No new dependency and nothing random: full-batch gradient descent from zero weights with L2, so one set of
examples always gives the same model. The model is a vocabulary (feature -> weight), a bias and a threshold,
stored as JSON inside the package (``cmkg/data/models/``) with its provenance.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

__all__ = ["LinearModel", "train_logistic", "load_model"]


@dataclass
class LinearModel:
    weights: dict[str, float]
    bias: float
    threshold: float = 0.5
    provenance: dict[str, Any] = field(default_factory=dict)

    def probability(self, features: Iterable[str]) -> float:
        z = self.bias + sum(self.weights.get(f, 0.0) for f in set(features))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def to_json(self) -> dict[str, Any]:
        names = sorted(self.weights)
        return {
            "kind": "logistic_regression",
            "threshold": self.threshold,
            "bias": round(self.bias, 6),
            "features": names,
            "weights": [round(self.weights[n], 6) for n in names],
            "provenance": self.provenance,
        }

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(self.to_json(), indent=1, sort_keys=False) + "\n", encoding="utf-8")


def load_model(path: Path) -> LinearModel:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    if len(data["features"]) != len(data["weights"]):
        raise ValueError(f"{path}: {len(data['features'])} features but {len(data['weights'])} weights")
    return LinearModel(
        dict(zip(data["features"], data["weights"], strict=True)),
        data["bias"],
        data["threshold"],
        data.get("provenance", {}),
    )


def train_logistic(
    examples: Sequence[set[str]],
    labels: Sequence[int],
    l2: float = 1.0,
    epochs: int = 400,
    lr: float = 0.5,
    min_count: int = 2,
) -> LinearModel:
    """Weights of a logistic regression over binary features seen at least ``min_count`` times.

    Deterministic: full-batch gradient descent (Adam-free, fixed step) from zero, features in sorted order.
    """
    counts: dict[str, int] = {}
    for ex in examples:
        for f in ex:
            counts[f] = counts.get(f, 0) + 1
    vocab = sorted(f for f, c in counts.items() if c >= min_count)
    index = {f: i for i, f in enumerate(vocab)}
    pairs = [(r, index[f]) for r, ex in enumerate(examples) for f in sorted(ex) if f in index]
    rows = np.asarray([r for r, _c in pairs], dtype=np.int64)  # the binary design matrix as its nonzeros:
    cols = np.asarray([c for _r, c in pairs], dtype=np.int64)  # a few dozen features per example of thousands
    y = np.asarray(labels, dtype=np.float64)
    w = np.zeros(len(vocab))
    b = 0.0
    n = max(len(y), 1)
    for _ in range(epochs):
        z = np.bincount(rows, weights=w[cols], minlength=len(y)) + b
        p = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
        g = p - y
        w -= lr * (np.bincount(cols, weights=g[rows], minlength=len(vocab)) / n + l2 * w / n)
        b -= lr * float(g.mean())
    return LinearModel({f: float(w[i]) for f, i in index.items() if abs(w[i]) > 1e-6}, b)
