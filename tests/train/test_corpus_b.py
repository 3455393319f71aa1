"""Corpus B (French, Japanese, Russian handwritten injection examples): well-formed, unique, balanced."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

CORPUS = Path(__file__).resolve().parents[2] / "train/injection/corpus/fr_ja_ru_handwritten.jsonl"
KEYS = {"text", "label", "lang", "kind", "source"}


@pytest.fixture(scope="module")
def records() -> list[dict[str, object]]:
    lines = CORPUS.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]


def test_every_record_has_the_schema(records: list[dict[str, object]]) -> None:
    for rec in records:
        assert set(rec) == KEYS
        assert rec["label"] in (0, 1)
        assert rec["lang"] in ("fr", "ja", "ru")
        assert rec["source"] == "handwritten-b"
        assert isinstance(rec["text"], str)
        assert rec["text"].strip() == rec["text"]
        assert rec["text"]
        assert re.fullmatch(r"[a-z0-9-]+", str(rec["kind"]))


def test_no_duplicate_texts(records: list[dict[str, object]]) -> None:
    texts = Counter(re.sub(r"\s+", " ", str(r["text"]).lower()) for r in records)
    assert [t for t, n in texts.items() if n > 1] == []


def test_each_language_is_big_enough_and_roughly_forty_percent_attacks(
        records: list[dict[str, object]]) -> None:
    for lang in ("fr", "ja", "ru"):
        labels = [r["label"] for r in records if r["lang"] == lang]
        assert len(labels) >= 350
        assert 0.35 <= sum(labels) / len(labels) <= 0.45


def test_kinds_never_mix_labels(records: list[dict[str, object]]) -> None:
    by_kind: dict[object, set[object]] = {}
    for rec in records:
        by_kind.setdefault(rec["kind"], set()).add(rec["label"])
    assert {k: v for k, v in by_kind.items() if len(v) > 1} == {}
