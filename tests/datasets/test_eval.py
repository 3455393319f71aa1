"""Quality on the labelled multilingual set (tests/datasets/eval/labeled.py): per-family precision and
recall of at least 0.95, record by record. Not a timed test."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "eval"))

import labeled

from mlward.datasets import DataScanOptions, scan_dataset


@pytest.fixture(scope="module")
def scores(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, float]]:
    examples = labeled.build()
    path = tmp_path_factory.mktemp("eval") / "eval.jsonl"
    path.write_text("".join(json.dumps({"text": e["text"]}, ensure_ascii=False) + "\n" for e in examples))
    report = scan_dataset(path, DataScanOptions(skip_categories=frozenset({"quality"}),
                                                max_findings_per_category=100_000))
    predicted: dict[int, set[str]] = {}
    for finding in report.findings:
        assert finding.location.record is not None
        assert finding.category is not None
        predicted.setdefault(finding.location.record, set()).add(finding.category)
    return labeled.family_scores(examples, predicted)


@pytest.mark.parametrize("family", labeled.FAMILIES)
def test_precision_and_recall(scores: dict[str, dict[str, float]], family: str) -> None:
    assert scores[family]["precision"] >= 0.95, scores[family]
    assert scores[family]["recall"] >= 0.95, scores[family]


def test_set_covers_languages_categories_and_hard_negatives() -> None:
    examples = labeled.build()
    assert {e["lang"] for e in examples} == {"en", "de", "fr", "ja", "ru"}
    labels = {c for e in examples for c in e["labels"]}  # type: ignore[attr-defined]
    from mlward.datasets.detectors import DETECTORS

    assert {d.category for d in DETECTORS} | {"injection.prompt"} <= labels
    assert sum(1 for e in examples if not e["labels"]) >= 80
