"""Corpus D (weak classes: split payloads, false authority, exfiltration, carriers): well-formed, unique."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

CORPUS_DIR = Path(__file__).resolve().parents[2] / "train/injection/corpus"
CORPUS = CORPUS_DIR / "weak_classes.jsonl"
KEYS = {"text", "label", "lang", "kind", "source"}
LANGS = ("en", "de", "fr", "ja", "ru")


@pytest.fixture(scope="module")
def records() -> list[dict[str, object]]:
    lines = CORPUS.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]


def test_every_record_has_the_schema(records: list[dict[str, object]]) -> None:
    for rec in records:
        assert set(rec) == KEYS
        assert rec["label"] in (0, 1)
        assert rec["lang"] in LANGS
        assert rec["source"] == "handwritten-d"
        assert isinstance(rec["text"], str)
        assert rec["text"].strip() == rec["text"] != ""
        assert re.fullmatch(r"[a-z0-9_]+", str(rec["kind"]))


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


def test_size_balance_and_language_mix(records: list[dict[str, object]]) -> None:
    langs = Counter(str(r["lang"]) for r in records)
    positives = sum(1 for r in records if r["label"] == 1)
    assert len(records) >= 350
    assert 0.5 <= positives / len(records) <= 0.6
    assert 0.35 <= langs["en"] / len(records) <= 0.45
    for lang in LANGS[1:]:
        assert langs[lang] >= 50


def test_each_attack_kind_has_a_negative_twin_in_every_language(records: list[dict[str, object]]) -> None:
    kinds = {(str(r["lang"]), str(r["kind"])) for r in records}
    for lang in LANGS:
        for attack, twin in (("payload_split", "payload_split_benign"),
                             ("false_authority", "false_authority_benign"),
                             ("exfiltration", "exfiltration_benign"),
                             ("fiction_bypass", "fiction_villain"),
                             ("obfuscated", "leet_benign")):
            assert (lang, attack) in kinds
            assert (lang, twin) in kinds
