"""Build corpus G (g_handwritten.jsonl) from the hand-written tuples in this folder.

Run from anywhere:  python3 train/injection/corpus/make_g/build.py
Every module defines RECORDS = [(label, kind, text), ...] and LANG.
The output depends only on these files (fixed module order, list order kept).
"""
import collections
import hashlib
import importlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
MODULES = ["en", "de", "fr", "ja", "ru"]
OUT = "g_handwritten.jsonl"
KINDS = {
    1: {"indirect-document", "subtle-override", "tool-exfiltration", "authority-forgery",
        "jailbreak-roleplay", "extraction", "obfuscated"},
    0: {"human-instructions", "ai-product-text", "security-discussion", "benign-roleplay-and-formats",
        "operator-prompts"},
}


def norm(text):
    return " ".join(text.split()).lower()


def digest(text):
    return hashlib.sha256(norm(text).encode("utf-8")).hexdigest()


def main():
    out, seen = [], set()
    for name in MODULES:
        mod = importlib.import_module(name)
        assert mod.LANG == name, name
        for label, kind, text in mod.RECORDS:
            text = text.strip("\n")
            assert label in (0, 1), (name, label, text[:60])
            assert kind in KINDS[label], (name, label, kind, text[:60])
            key = digest(text)
            if key in seen:
                raise SystemExit(f"duplicate in {name}: {text[:80]}")
            seen.add(key)
            out.append({"text": text, "label": label, "lang": mod.LANG, "kind": kind,
                        "source": "handwritten-g"})
    # Refuse exact overlap with the other corpora. Only hashes are compared; their texts are never
    # printed or otherwise looked at.
    corpus = os.path.dirname(HERE)
    for fn in sorted(os.listdir(corpus)):
        if fn.endswith(".jsonl") and fn != OUT:
            with open(os.path.join(corpus, fn), encoding="utf-8") as f:
                for i, line in enumerate(f, 1):
                    if digest(json.loads(line)["text"]) in seen:
                        raise SystemExit(f"exact overlap with {fn} line {i}")
    with open(os.path.join(corpus, OUT), "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    c = collections.Counter((r["label"], r["kind"], r["lang"]) for r in out)
    print("| label | kind | " + " | ".join(MODULES) + " | total |")
    print("|---|---|" + "---:|" * (len(MODULES) + 1))
    for label in (1, 0):
        for kind in sorted(KINDS[label]):
            row = [c[(label, kind, lang)] for lang in MODULES]
            print(f"| {label} | `{kind}` | " + " | ".join(map(str, row)) + f" | {sum(row)} |")
    for label in (1, 0):
        row = [sum(v for (lb, _, lg), v in c.items() if lb == label and lg == lang) for lang in MODULES]
        print(f"| **{label}** | **all** | " + " | ".join(map(str, row)) + f" | {sum(row)} |")
    tot = [sum(v for (_, _, lg), v in c.items() if lg == lang) for lang in MODULES]
    print("| | **total** | " + " | ".join(map(str, tot)) + f" | {sum(tot)} |")
    n1 = sum(r["label"] for r in out)
    lens = sorted(len(r["text"]) for r in out)
    print(f"records {len(out)}, label 1 {n1} ({100 * n1 / len(out):.1f} %), "
          f"length {lens[0]}-{lens[-1]} median {lens[len(lens) // 2]}, "
          f"multi-line {sum(1 for r in out if chr(10) in r['text'])}, "
          f"multi-paragraph {sum(1 for r in out if chr(10) * 2 in r['text'])}")
    for lang in MODULES:
        n = sum(1 for r in out if r["lang"] == lang)
        print(f"  {lang}: {n} ({100 * n / len(out):.1f} %)")


if __name__ == "__main__":
    main()
