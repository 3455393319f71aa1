#!/usr/bin/env python3
"""Generate the blind10 labelled evaluation set.

    python3 make_set.py            # writes blind_set.jsonl, blind_set.labels.jsonl, blind_set.values.jsonl

random.Random(1010) is the only source of randomness.  Builders are called in a
fixed order (pii, secret, injection, clean; file order inside each module), then
the finished records are shuffled with the same generator.
"""
import json
import os
import random

import recs_clean
import recs_inj
import recs_pii
import recs_secret
from vals import V

HERE = os.path.dirname(os.path.abspath(__file__))
FAMILIES = ("pii", "secret", "injection")


def build():
    rng = random.Random(1010)
    v = V(rng)
    out = []
    for mod in (recs_pii, recs_secret, recs_inj, recs_clean):
        for fn in mod.RECS:
            v.log = []
            lang, kind, msgs = fn(v)
            fam = kind.split(".", 1)[0]
            assert fam in FAMILIES + ("clean",), (fn.__name__, kind)
            assert lang in ("en", "de", "fr", "ja", "ru"), (fn.__name__, lang)
            assert msgs and all(m["role"] in ("system", "user", "assistant") for m in msgs), fn.__name__
            out.append({
                "messages": msgs,
                "labels": [] if fam == "clean" else [fam],
                "kind": kind,
                "lang": lang,
                "values": v.log,
                "builder": mod.__name__ + "." + fn.__name__,
            })
    rng.shuffle(out)
    return out


def main():
    recs = build()
    with open(os.path.join(HERE, "blind_set.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in recs:
            f.write(json.dumps({"messages": r["messages"]}, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "blind_set.labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for i, r in enumerate(recs):
            f.write(json.dumps({"record": i, "labels": r["labels"], "kind": r["kind"], "lang": r["lang"]},
                               ensure_ascii=False) + "\n")
    # side file for check_set.py only (not part of the scored set)
    with open(os.path.join(HERE, "blind_set.values.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for i, r in enumerate(recs):
            f.write(json.dumps({"record": i, "builder": r["builder"], "values": r["values"]},
                               ensure_ascii=False) + "\n")
    print("wrote %d records" % len(recs))


if __name__ == "__main__":
    main()
