"""Building a hand-written corpus (F, G, ...) from its sentence modules: one JSONL line per tuple.

Each corpus folder (`make_e/`, `make_f/`, `make_g/`) holds modules defining `LANG` and
`RECORDS = [(label, kind, text), ...]` (one per language, or several, as corpus E's), and a `build.py`
that calls `build()` with its kinds. The output depends only on those modules (fixed module order, list
order kept).
"""

from __future__ import annotations

import collections
import hashlib
import importlib
import json
import os
import sys

LANGS = ("en", "de", "fr", "ja", "ru")


def norm(text: str) -> str:
    return " ".join(text.split()).lower()


def digest(text: str) -> str:
    return hashlib.sha256(norm(text).encode("utf-8")).hexdigest()


def build(folder: str, out_name: str, kinds: dict[int, set[str]], source: str,
          modules: tuple[str, ...] = LANGS) -> list[dict[str, object]]:
    """Read the modules in `folder` (by default one per language, named after it), check them, write
    `out_name` beside the folder and print a summary."""
    sys.path.insert(0, folder)
    out: list[dict[str, object]] = []
    seen: set[str] = set()
    for name in modules:
        mod = importlib.import_module(name)
        assert mod.LANG in LANGS, name
        assert modules != LANGS or name == mod.LANG, name
        for label, kind, text in mod.RECORDS:
            text = text.strip("\n")
            assert label in (0, 1), (name, label, text[:60])
            assert kind in kinds[label], (name, label, kind, text[:60])
            key = digest(text)
            if key in seen:
                raise SystemExit(f"duplicate in {name}: {text[:80]}")
            seen.add(key)
            out.append({"text": text, "label": label, "lang": mod.LANG, "kind": kind, "source": source})
    # Refuse exact overlap with the other corpora. Only hashes are compared; their texts are never
    # printed or otherwise looked at.
    corpus = os.path.dirname(folder)
    for fn in sorted(os.listdir(corpus)):
        if fn.endswith(".jsonl") and fn != out_name:
            with open(os.path.join(corpus, fn), encoding="utf-8") as f:
                for i, line in enumerate(f, 1):
                    if digest(json.loads(line)["text"]) in seen:
                        raise SystemExit(f"exact overlap with {fn} line {i}")
    with open(os.path.join(corpus, out_name), "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    _summary(out, kinds)
    return out


def _summary(out: list[dict[str, object]], kinds: dict[int, set[str]]) -> None:
    c = collections.Counter((r["label"], r["kind"], r["lang"]) for r in out)
    print("| label | kind | " + " | ".join(LANGS) + " | total |")
    print("|---|---|" + "---:|" * (len(LANGS) + 1))
    for label in (1, 0):
        for kind in sorted(kinds[label]):
            row = [c[(label, kind, lang)] for lang in LANGS]
            print(f"| {label} | `{kind}` | " + " | ".join(map(str, row)) + f" | {sum(row)} |")
    for label in (1, 0):
        row = [sum(v for (lb, _, lg), v in c.items() if lb == label and lg == lang) for lang in LANGS]
        print(f"| **{label}** | **all** | " + " | ".join(map(str, row)) + f" | {sum(row)} |")
    tot = [sum(v for (_, _, lg), v in c.items() if lg == lang) for lang in LANGS]
    print("| | **total** | " + " | ".join(map(str, tot)) + f" | {sum(tot)} |")
    texts = [str(r["text"]) for r in out]
    n1 = sum(1 for r in out if r["label"] == 1)
    lens = sorted(len(t) for t in texts)
    print(f"records {len(out)}, label 1 {n1} ({100 * n1 / len(out):.1f} %), "
          f"length {lens[0]}-{lens[-1]} median {lens[len(lens) // 2]}, "
          f"multi-line {sum(1 for t in texts if chr(10) in t)}, "
          f"multi-paragraph {sum(1 for t in texts if chr(10) * 2 in t)}")
    for lang in LANGS:
        n = sum(1 for r in out if r["lang"] == lang)
        print(f"  {lang}: {n} ({100 * n / len(out):.1f} %)")
