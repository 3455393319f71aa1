"""Corpora E, F and G (train/injection/corpus/{e,f,g}_handwritten.jsonl): schema, uniqueness, balance and
a byte-identical rebuild from their sentence modules (all three build through corpus/handwritten.py)."""
import collections
import json
import pathlib
import subprocess
import sys

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
CORPUS = ROOT / "train" / "injection" / "corpus"
# name: (kinds by label, records, share of injections, share of English)
SPECS = {
    "e": ({1: {"doc-directive", "exfil-tooluse", "split-payload", "authority-smuggle", "subtle-override"},
           0: {"human-directive", "tool-use-legit", "string-games-benign", "authority-benign",
               "summary-request"}},
          (600, 700), (0.40, 0.50), (0.30, 0.40)),
    "f": ({1: {"operator-extraction", "minutes-and-transcripts", "review-aggregation", "tool-result-policy",
               "image-exfil"},
           0: {"discussion-quoting", "code-and-api", "fiction-person-questions", "operator-setup"}},
          (450, 600), (0.40, 0.50), (0.25, 0.35)),
    "g": ({1: {"indirect-document", "subtle-override", "tool-exfiltration", "authority-forgery",
               "jailbreak-roleplay", "extraction", "obfuscated"},
           0: {"human-instructions", "ai-product-text", "security-discussion", "benign-roleplay-and-formats",
               "operator-prompts"}},
          (650, 750), (0.45, 0.55), (0.35, 0.45)),
}


def _records(name: str) -> list[dict[str, object]]:
    with (CORPUS / f"{name}_handwritten.jsonl").open(encoding="utf-8") as f:
        return [json.loads(line) for line in f]


@pytest.mark.parametrize("name", sorted(SPECS))
def test_schema(name: str) -> None:
    kinds = SPECS[name][0]
    for r in _records(name):
        assert set(r) == {"text", "label", "lang", "kind", "source"}
        assert r["source"] == f"handwritten-{name}"
        assert r["lang"] in {"en", "de", "fr", "ja", "ru"}
        assert r["kind"] in kinds[r["label"]]  # type: ignore[index]
        assert str(r["text"]).strip()


@pytest.mark.parametrize("name", sorted(SPECS))
def test_unique(name: str) -> None:
    texts = [" ".join(str(r["text"]).split()).lower() for r in _records(name)]
    assert len(texts) == len(set(texts))


@pytest.mark.parametrize("name", sorted(SPECS))
def test_size_and_balance(name: str) -> None:
    kinds, (low, high), (attacks_low, attacks_high), (en_low, en_high) = SPECS[name]
    recs = _records(name)
    assert low <= len(recs) <= high
    assert attacks_low <= sum(int(r["label"]) for r in recs) / len(recs) <= attacks_high  # type: ignore[call-overload]
    langs = collections.Counter(r["lang"] for r in recs)
    assert en_low <= langs["en"] / len(recs) <= en_high
    for lang in ("de", "fr", "ja", "ru"):
        assert 0.14 <= langs[lang] / len(recs) <= 0.20
    for lang in langs:
        assert {r["kind"] for r in recs if r["lang"] == lang} == kinds[0] | kinds[1]


@pytest.mark.parametrize("name", sorted(SPECS))
def test_rebuild_is_deterministic(name: str) -> None:
    path = CORPUS / f"{name}_handwritten.jsonl"
    before = path.read_bytes()
    subprocess.run([sys.executable, str(CORPUS / f"make_{name}" / "build.py")], check=True,
                   capture_output=True)
    assert path.read_bytes() == before
