"""Corpus F (train/injection/corpus/f_handwritten.jsonl): schema, uniqueness, balance, rebuild."""
import collections
import json
import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
CORPUS = ROOT / "train" / "injection" / "corpus"
PATH = CORPUS / "f_handwritten.jsonl"
KINDS = {
    1: {"operator-extraction", "minutes-and-transcripts", "review-aggregation", "tool-result-policy",
        "image-exfil"},
    0: {"discussion-quoting", "code-and-api", "fiction-person-questions", "operator-setup"},
}


def _records():
    with PATH.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def test_schema():
    for r in _records():
        assert set(r) == {"text", "label", "lang", "kind", "source"}
        assert r["source"] == "handwritten-f"
        assert r["lang"] in {"en", "de", "fr", "ja", "ru"}
        assert r["kind"] in KINDS[r["label"]]
        assert r["text"].strip()


def test_unique():
    texts = [" ".join(r["text"].split()).lower() for r in _records()]
    assert len(texts) == len(set(texts))


def test_size_and_balance():
    recs = _records()
    assert 450 <= len(recs) <= 600
    share = sum(r["label"] for r in recs) / len(recs)
    assert 0.40 <= share <= 0.50
    langs = collections.Counter(r["lang"] for r in recs)
    assert 0.25 <= langs["en"] / len(recs) <= 0.35
    for lang in ("de", "fr", "ja", "ru"):
        assert 0.14 <= langs[lang] / len(recs) <= 0.20
    for lang in langs:
        kinds = {r["kind"] for r in recs if r["lang"] == lang}
        assert kinds == KINDS[0] | KINDS[1]


def test_rebuild_is_deterministic():
    before = PATH.read_bytes()
    subprocess.run([sys.executable, str(CORPUS / "make_f" / "build.py")], check=True,
                   capture_output=True)
    assert PATH.read_bytes() == before
