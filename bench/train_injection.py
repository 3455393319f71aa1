"""Fit the injection model's weights by logistic regression and compare them with the shipped ones.

    python bench/train_injection.py

The features are those of `mlward.datasets.injection.score` on the main labelled set (injections
against every other record). The script prints the fitted weights beside the hand-set ones and the
precision and recall of both on the held-out set, to show whether fitting would change anything. It
does not change the shipped weights.
"""

from __future__ import annotations

import math
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "datasets" / "eval"))

import labeled
from sklearn.linear_model import LogisticRegression

from mlward.datasets import injection

NAMES = list(injection.WEIGHTS)


def _vectors(examples: list[labeled.Example]) -> tuple[list[list[float]], list[int]]:
    xs, ys = [], []
    for example in examples:
        features = injection.score(str(example["text"])).features
        xs.append([features.get(name, 0.0) for name in NAMES])
        ys.append(int("injection.prompt" in example["labels"]))  # type: ignore[operator]
    return xs, ys


def _pr(weights: dict[str, float], bias: float, xs: list[list[float]], ys: list[int]) -> tuple[float, float]:
    tp = fp = fn = 0
    for x, y in zip(xs, ys, strict=True):
        logit = bias + sum(weights[n] * v for n, v in zip(NAMES, x, strict=True))
        guess = 1 / (1 + math.exp(-logit)) >= 0.5
        tp += guess and y == 1
        fp += guess and y == 0
        fn += (not guess) and y == 1
    return tp / max(tp + fp, 1), tp / max(tp + fn, 1)


def main() -> int:
    x_train, y_train = _vectors(labeled.build())
    x_test, y_test = _vectors(labeled.build_holdout())
    model = LogisticRegression(C=1.0, max_iter=1000).fit(x_train, y_train)
    fitted = dict(zip(NAMES, (float(c) for c in model.coef_[0]), strict=True))
    print(f"{'feature':<12}{'hand':>8}{'fitted':>8}")
    for name in NAMES:
        print(f"{name:<12}{injection.WEIGHTS[name]:>8.2f}{fitted[name]:>8.2f}")
    print(f"{'bias':<12}{injection.BIAS:>8.2f}{float(model.intercept_[0]):>8.2f}")
    for label, weights, bias in (("hand", injection.WEIGHTS, injection.BIAS),
                                 ("fitted", fitted, float(model.intercept_[0]))):
        p, r = _pr(dict(weights), bias, x_test, y_test)
        print(f"held-out injection precision/recall with {label} weights: {p:.3f} / {r:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
