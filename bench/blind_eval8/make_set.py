#!/usr/bin/env python3
"""Deterministically writes blind_set.jsonl and blind_set.labels.jsonl (seed 8008).

Usage: python3 make_set.py   (run from any directory; writes next to this file)
"""
import json, os, random, re, sys
from collections import Counter

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import vals, clean, inject, pii_secret  # noqa: E402
from common import ACKS  # noqa: E402

SEED = 8008
LANGS = ["en", "de", "fr", "ja", "ru"]


def scan_clean_numbers(text):
    """Every digit run (with spaces/hyphens) of 9+ digits in a clean record must fail all checks."""
    for m in re.finditer(r"(?<![\w$./+=-])(?:[A-Z]{2})?\d[\d -]{7,}\d(?![\w/+=])", text):
        cand = m.group(0)
        if len(vals.only_digits(cand)) >= 9:
            assert vals.fails_all_checks(cand), ("clean record has a valid-looking number", cand)


def main():
    rng = random.Random(SEED)
    g = vals.Gen(rng)
    records = []
    for b in pii_secret.pii_builders() + pii_secret.secret_builders() + inject.builders() + clean.builders():
        records.append(b(g))

    for r in records:
        assert r["lang"] in LANGS
        assert len(r["labels"]) <= 1
        fam = r["kind"].split(".")[0]
        assert (fam == "clean" and not r["labels"]) or r["labels"] == [fam], r["kind"]
        for m in r["messages"]:
            if m["content"] is None:
                m["content"] = rng.choice(ACKS[r["lang"]])
        if fam == "clean":
            for m in r["messages"]:
                scan_clean_numbers(m["content"])

    # self-checks on generators: valid values pass, look-alikes fail
    for _ in range(200):
        assert vals.luhn_ok(g.card(rng.choice(["visa", "mc", "amex", "jcb", "mir"])))
        assert vals.iban_ok(g.iban(rng.choice(["GB", "DE", "FR", "NL", "AT", "CH", "ES"])))
        assert vals.ssn_ok(g.ssn()) and not vals.ssn_ok(g.bad_ssn())
        assert vals.mynumber_ok(g.mynumber()) and vals.fails_all_checks(g.bad_mynumber())
        assert vals.inn_ok(g.inn12()) and vals.fails_all_checks(g.bad_inn12())
        assert vals.snils_ok(g.snils()) and vals.fails_all_checks(g.bad_snils())
        assert vals.fails_all_checks(g.bad_card())
        assert not vals.iban_ok(g.bad_iban(rng.choice(["GB", "DE", "FR"])))
    # the self-check consumed RNG after records were built; order shuffle uses a separate seeded RNG
    order = list(range(len(records)))
    random.Random(SEED + 1).shuffle(order)
    records = [records[i] for i in order]

    with open(os.path.join(HERE, "blind_set.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in records:
            f.write(json.dumps({"messages": r["messages"]}, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "blind_set.labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for i, r in enumerate(records):
            f.write(json.dumps({"record": i, "labels": r["labels"], "kind": r["kind"], "lang": r["lang"]},
                               ensure_ascii=False) + "\n")

    fams = ["clean", "pii", "secret", "injection"]
    tab = Counter((r["kind"].split(".")[0], r["lang"]) for r in records)
    print("family    " + " ".join(f"{l:>4}" for l in LANGS) + "  total")
    for fa in fams:
        row = [tab[(fa, l)] for l in LANGS]
        print(f"{fa:<9} " + " ".join(f"{n:>4}" for n in row) + f"  {sum(row):>5}")
    col = [sum(tab[(fa, l)] for fa in fams) for l in LANGS]
    print("total     " + " ".join(f"{n:>4}" for n in col) + f"  {sum(col):>5}")


if __name__ == "__main__":
    main()
