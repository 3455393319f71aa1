"""Corpus C (assistant replies and second-person instructions): well-formed, unique, all label 0."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

CORPUS_DIR = Path(__file__).resolve().parents[2] / "train/injection/corpus"
CORPUS = CORPUS_DIR / "assistant_negatives.jsonl"
KEYS = {"text", "label", "lang", "kind", "source"}
LANGS = ("en", "de", "fr", "ja", "ru")


@pytest.fixture(scope="module")
def records() -> list[dict[str, object]]:
    lines = CORPUS.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]


def test_every_record_has_the_schema_and_label_zero(records: list[dict[str, object]]) -> None:
    for rec in records:
        assert set(rec) == KEYS
        assert rec["label"] == 0
        assert rec["lang"] in LANGS
        assert rec["source"] == "handwritten-c"
        assert isinstance(rec["text"], str)
        assert rec["text"]
        assert rec["text"].strip() == rec["text"]
        assert re.fullmatch(r"[a-z0-9-]+", str(rec["kind"]))


def test_no_duplicate_texts_and_no_overlap_with_other_corpora(records: list[dict[str, object]]) -> None:
    def norm(text: object) -> str:
        return re.sub(r"\s+", " ", str(text).casefold())

    texts = Counter(norm(r["text"]) for r in records)
    assert [t for t, n in texts.items() if n > 1] == []
    others = {
        norm(json.loads(line)["text"])
        for path in CORPUS_DIR.glob("*.jsonl") if path != CORPUS
        for line in path.read_text(encoding="utf-8").splitlines()
    }
    assert set(texts) & others == set()


def test_size_and_language_mix(records: list[dict[str, object]]) -> None:
    langs = Counter(str(r["lang"]) for r in records)
    assert len(records) >= 700
    assert 0.35 <= langs["en"] / len(records) <= 0.45
    for lang in LANGS[1:]:
        assert langs[lang] >= 100


def test_the_words_that_misled_the_classifier_are_covered(records: list[dict[str, object]]) -> None:
    english = " ".join(str(r["text"]).lower() for r in records if r["lang"] == "en")
    for word in ("your", "now", "answer", "ignore", "forget", "override", "disable", "system",
                 "mode", "prompt", "filter", "admin", "instructions", "rules", "assistant", "safety"):
        assert re.search(rf"\b{word}\b", english), word
