#!/usr/bin/env python3
"""Deterministically write blind_set.jsonl and blind_set.labels.jsonl (seed 9009).

Usage:  python3 make_set.py            (writes next to this file)
Only the standard library and `phonenumbers` are used.
"""
import collections
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import recs_clean  # noqa: E402
import recs_inj  # noqa: E402
import recs_pii  # noqa: E402
import recs_secret  # noqa: E402

SEED = 9009
LANGS = ("en", "de", "fr", "ja", "ru")
FAMILIES = ("pii", "secret", "injection")


def sanity(records):
    seen = set()
    for r in records:
        msgs = r["messages"]
        assert msgs and msgs[-1]["role"] == "assistant", r["kind"]
        for m in msgs:
            assert m["role"] in ("system", "user", "assistant") and isinstance(m["content"], str) and m["content"]
        assert r["lang"] in LANGS
        fam = r["kind"].split(".")[0]
        assert fam in FAMILIES + ("clean",), r["kind"]
        assert r["labels"] == ([] if fam == "clean" else [fam])
        key = json.dumps(msgs, ensure_ascii=False)
        assert key not in seen, "duplicate record: " + r["kind"]
        seen.add(key)
    # the famous override phrase is used at most twice across the whole set
    famous = sum(len(re.findall(r"ignore all previous instructions", m["content"], re.I))
                 for r in records for m in r["messages"] if r["kind"].startswith("injection"))
    assert famous <= 2, famous


def main():
    rng = random.Random(SEED)
    records = []
    for mod in (recs_pii, recs_secret, recs_inj, recs_clean):
        records.extend(mod.build(rng))
    sanity(records)
    rng.shuffle(records)

    data_path = os.path.join(HERE, "blind_set.jsonl")
    label_path = os.path.join(HERE, "blind_set.labels.jsonl")
    with open(data_path, "w", encoding="utf-8", newline="\n") as f:
        for r in records:
            f.write(json.dumps({"messages": r["messages"]}, ensure_ascii=False) + "\n")
    with open(label_path, "w", encoding="utf-8", newline="\n") as f:
        for i, r in enumerate(records):
            f.write(json.dumps({"record": i, "labels": r["labels"], "kind": r["kind"], "lang": r["lang"]},
                               ensure_ascii=False) + "\n")

    table = collections.Counter((r["kind"].split(".")[0], r["lang"]) for r in records)
    fams = ("clean",) + FAMILIES
    print("%-10s" % "family" + "".join("%6s" % l for l in LANGS) + "%7s" % "total")
    for fam in fams:
        row = [table[(fam, l)] for l in LANGS]
        print("%-10s" % fam + "".join("%6d" % x for x in row) + "%7d" % sum(row))
    tot = [sum(table[(f, l)] for f in fams) for l in LANGS]
    print("%-10s" % "total" + "".join("%6d" % x for x in tot) + "%7d" % sum(tot))


if __name__ == "__main__":
    main()
