"""Score `mlward data scan` on the blind set, record by record and per family.

    python bench/blind_eval/run.py                       # uses `mlward` on PATH
    python bench/blind_eval/run.py --mlward "python -m mlward" --json out.json

Runs `mlward data scan blind_set.jsonl --format json`, maps each finding's category prefix (pii., secret.,
injection.) and `location.record` to a record-level prediction, ignores quality.* findings, and prints
precision and recall per family plus every false positive and false negative with its text and the
finding categories in that record.

The labels stay inside the scanned file (`"labels": ["pii", ...]`, plain family names only). A finding
located in the `labels` field would be an artefact of that choice; such findings are reported separately
and not counted as predictions.
"""

from __future__ import annotations

import argparse
import json
import shlex
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
FAMILIES = ("pii", "secret", "injection")


def scan(cmd: list[str], path: Path) -> dict[str, object]:
    proc = subprocess.run(
        [*cmd, "data", "scan", str(path), "--format", "json"], capture_output=True, text=True
    )
    if proc.returncode not in (0, 1):
        sys.exit(f"scan failed (exit {proc.returncode}):\n{proc.stderr}")
    report: dict[str, object] = json.loads(proc.stdout)
    return report


def short(text: str, n: int = 220) -> str:
    t = text.replace("\n", "\\n")
    return t if len(t) <= n else t[: n - 1] + "…"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", type=Path, default=HERE / "blind_set.jsonl")
    ap.add_argument("--mlward", default="mlward", help="command to run mlward (default: mlward on PATH)")
    ap.add_argument("--json", type=Path, help="also write the scores and confusions as JSON here")
    args = ap.parse_args()

    records = [json.loads(line) for line in args.set.read_text(encoding="utf-8").splitlines()]
    meta_path = args.set.with_suffix(".meta.jsonl")
    meta = [json.loads(line) for line in meta_path.read_text(encoding="utf-8").splitlines()]
    assert len(meta) == len(records)

    report = scan(shlex.split(args.mlward), args.set)
    findings = report["findings"]
    assert isinstance(findings, list)

    predicted: dict[int, set[str]] = defaultdict(set)
    cats: dict[int, Counter[str]] = defaultdict(Counter)
    in_labels: list[dict[str, object]] = []
    for f in findings:
        cat = f.get("category") or ""
        fam = cat.split(".", 1)[0]
        if fam not in FAMILIES:
            continue
        loc = f.get("location") or {}
        rec = loc.get("record")
        if rec is None:
            continue
        if str(loc.get("field", "")).startswith("labels"):
            in_labels.append(f)
            continue
        predicted[int(rec)].add(fam)
        cats[int(rec)][cat] += 1

    # Were any findings left off the list? (--max-findings caps listing, not counting.)
    listed = Counter(f.get("category") for f in findings)
    truncated = []
    dataset = report.get("dataset") or {}
    files = dataset.get("files", {}) if isinstance(dataset, dict) else {}
    for fileinfo in files.values() if isinstance(files, dict) else []:
        for cat, n in (fileinfo.get("counts") or {}).items():
            if isinstance(n, int) and n > listed.get(cat, 0):
                truncated.append((cat, n, listed.get(cat, 0)))

    results: dict[str, object] = {"records": len(records), "families": {}, "by_kind": {}}
    print(f"records: {len(records)}   clean: {sum(1 for r in records if not r['labels'])}")
    print(f"{'family':<10} {'pos':>4} {'TP':>4} {'FP':>4} {'FN':>4} {'precision':>9} {'recall':>7}")
    confusions: dict[str, dict[str, list[dict[str, object]]]] = {}
    for fam in FAMILIES:
        tp = fp = fn = 0
        fps: list[dict[str, object]] = []
        fns: list[dict[str, object]] = []
        for i, r in enumerate(records):
            gold = fam in r["labels"]
            pred = fam in predicted.get(i, set())
            text = "\n".join(m["content"] for m in r["messages"])
            row = {
                "id": i,
                "kind": meta[i]["kind"],
                "lang": meta[i]["lang"],
                "text": text,
                "labels": r["labels"],
                "categories": dict(cats.get(i, {})),
            }
            if gold and pred:
                tp += 1
            elif pred:
                fp += 1
                fps.append(row)
            elif gold:
                fn += 1
                fns.append(row)
        pos = tp + fn
        prec = tp / (tp + fp) if tp + fp else float("nan")
        rec = tp / pos if pos else float("nan")
        print(f"{fam:<10} {pos:>4} {tp:>4} {fp:>4} {fn:>4} {prec:>9.3f} {rec:>7.3f}")
        results["families"][fam] = {
            "positives": pos,
            "tp": tp,
            "fp": fp,
            "fn": fn,  # type: ignore[index]
            "precision": prec,
            "recall": rec,
        }
        confusions[fam] = {"false_positives": fps, "false_negatives": fns}

    # Any-family view: a clean record with any finding, a labelled record with none.
    clean_flagged = [i for i, r in enumerate(records) if not r["labels"] and predicted.get(i)]
    print(
        f"\nclean records with any pii/secret/injection finding: {len(clean_flagged)} "
        f"of {sum(1 for r in records if not r['labels'])}"
    )

    by_kind: dict[str, Counter[str]] = defaultdict(Counter)
    for i, r in enumerate(records):
        k = meta[i]["kind"]
        by_kind[k]["n"] += 1
        gold, pred = set(r["labels"]), predicted.get(i, set())
        if gold == pred:
            by_kind[k]["exact"] += 1
        by_kind[k]["missed"] += bool(gold - pred)
        by_kind[k]["extra"] += bool(pred - gold)
    print(
        "\nper generator kind (n, exact match, records with a missed family, records with an extra family):"
    )
    for k in sorted(by_kind):
        c = by_kind[k]
        flag = "" if c["exact"] == c["n"] else "   <--"
        counts = f"n={c['n']:>3} exact={c['exact']:>3} missed={c['missed']:>3} extra={c['extra']:>3}"
        print(f"  {k:<26} {counts}{flag}")
    results["by_kind"] = {k: dict(v) for k, v in by_kind.items()}

    for fam in FAMILIES:
        for what in ("false_positives", "false_negatives"):
            rows = confusions[fam][what]
            if not rows:
                continue
            print(f"\n{fam} {what.replace('_', ' ')} ({len(rows)}):")
            for row in rows:
                cs = (
                    ", ".join(f"{c}×{n}" if n > 1 else c for c, n in sorted(row["categories"].items())) or "-"
                )
                print(f"  [{row['id']}] {row['kind']}/{row['lang']} findings: {cs}")
                print(f"      {short(str(row['text']))}")
    if in_labels:
        print(f"\nfindings inside the labels field (not counted): {len(in_labels)}")
    if truncated:
        print(f"\nWARNING: findings left off the list: {truncated}")
    results["confusions"] = confusions
    results["findings_in_labels"] = len(in_labels)
    results["truncated"] = truncated
    results["tool"] = report.get("tool")
    if args.json:
        args.json.write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
