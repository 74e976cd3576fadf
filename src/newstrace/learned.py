"""Learned linear models shipped as data: a logistic regression over binary features.

Where rules cannot reach, newstrace learns from gold data: the attitude detector
(:mod:`newstrace.components.attitudes`, trained on PolNeAR). Such a model keeps its weights in a
JSON file (``weights``: feature name to weight, ``bias``, ``threshold``, and where it was
trained), written by a script in ``scripts/``; reading and applying it needs no machine-learning
library.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from dataclasses import dataclass
from importlib.resources.abc import Traversable
from pathlib import Path

from newstrace.errors import ModelFileError


@dataclass(frozen=True)
class LinearModel:
    """A logistic regression over binary features, and the probability it takes to accept."""

    weights: dict[str, float]
    bias: float
    threshold: float

    def probability(self, names: Iterable[str]) -> float:
        score = self.bias + sum(self.weights.get(name, 0.0) for name in set(names))
        return 1.0 / (1.0 + math.exp(-score))

    def accepts(self, names: Iterable[str]) -> bool:
        return self.probability(names) >= self.threshold


def read_linear_model(path: Path | Traversable) -> LinearModel:
    """The model in a JSON weights file; ModelFileError naming the file when it is not one."""
    try:
        data = json.loads(path.read_text("utf-8"))
        return LinearModel(
            weights={str(k): float(v) for k, v in data["weights"].items()},
            bias=float(data["bias"]),
            threshold=float(data["threshold"]),
        )
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as error:
        raise ModelFileError(f"not a model weights file ({error!r})", path=str(path)) from error


def write_linear_model(
    path: Path, weights: dict[str, float], bias: float, threshold: float, **provenance: str
) -> None:
    """Write the JSON weights file :func:`read_linear_model` reads (weights sorted by name)."""
    payload = {
        **provenance,
        "threshold": threshold,
        "bias": bias,
        "weights": dict(sorted(weights.items())),
    }
    path.write_text(json.dumps(payload, indent=0, ensure_ascii=False) + "\n", "utf-8")
