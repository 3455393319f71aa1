"""Build corpus E (e_handwritten.jsonl) from the hand-written tuples in this folder.

Run from train/injection/corpus/:  python3 make_e/build.py
Every module defines RECORDS = [(label, kind, text), ...] and LANG.
"""
import collections
import importlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
MODULES = ["en_pos", "en_neg", "long_en", "de", "long_de", "fr", "long_fr", "ja", "long_ja", "ru", "long_ru"]
KINDS = {
    1: {"doc-directive", "exfil-tooluse", "split-payload", "authority-smuggle", "subtle-override"},
    0: {"human-directive", "tool-use-legit", "string-games-benign", "authority-benign", "summary-request"},
}


def main():
    out, seen = [], set()
    for name in MODULES:
        mod = importlib.import_module(name)
        for label, kind, text in mod.RECORDS:
            text = text.strip("\n")
            assert kind in KINDS[label], (name, label, kind, text[:60])
            key = " ".join(text.split()).lower()
            if key in seen:
                raise SystemExit(f"duplicate in {name}: {text[:80]}")
            seen.add(key)
            out.append({"text": text, "label": label, "lang": mod.LANG, "kind": kind,
                        "source": "handwritten-e"})
    # refuse overlap with the other corpora (exact text only; they are not read otherwise)
    corpus = os.path.dirname(HERE)
    for fn in os.listdir(corpus):
        if fn.endswith(".jsonl") and fn != "e_handwritten.jsonl":
            with open(os.path.join(corpus, fn), encoding="utf-8") as f:
                for line in f:
                    t = json.loads(line)["text"]
                    if " ".join(t.split()).lower() in seen:
                        raise SystemExit(f"overlap with {fn}: {t[:80]}")
    with open(os.path.join(corpus, "e_handwritten.jsonl"), "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    c = collections.Counter((r["label"], r["kind"], r["lang"]) for r in out)
    langs = ["en", "de", "fr", "ja", "ru"]
    print("| label | kind | " + " | ".join(langs) + " | total |")
    for label in (1, 0):
        for kind in sorted(KINDS[label]):
            row = [c[(label, kind, l)] for l in langs]
            print(f"| {label} | `{kind}` | " + " | ".join(map(str, row)) + f" | {sum(row)} |")
    for label in (1, 0):
        row = [sum(v for (lb, _, l), v in c.items() if lb == label and l == lang) for lang in langs]
        print(f"| **{label}** | **all** | " + " | ".join(map(str, row)) + f" | {sum(row)} |")
    tot = [sum(v for (_, _, l), v in c.items() if l == lang) for lang in langs]
    print("| | **total** | " + " | ".join(map(str, tot)) + f" | {sum(tot)} |")
    n1 = sum(r["label"] for r in out)
    lens = sorted(len(r["text"]) for r in out)
    print(f"records {len(out)}, label 1 {n1} ({100*n1/len(out):.1f} %), "
          f"length {lens[0]}-{lens[-1]} median {lens[len(lens)//2]}, "
          f"multi-paragraph {sum(1 for r in out if chr(10)+chr(10) in r['text'])}")


if __name__ == "__main__":
    main()
