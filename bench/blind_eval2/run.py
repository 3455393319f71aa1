"""Score `mlward data scan` on the second blind set, per family at record level.

    python bench/blind_eval2/run.py                    # mlward on PATH
    python bench/blind_eval2/run.py --mlward "python -m mlward.cli" --save
    python bench/blind_eval2/run.py --set bench/blind_eval5   # a later set, same scoring

Findings are mapped by category prefix (pii., secret., injection.; quality.* is ignored) and
location.record to record-level predictions, then compared with blind_set.labels.jsonl.
`--save` writes first_run.txt and first_run.json beside this file.
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import subprocess
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET = HERE / "blind_set.jsonl"
LABELS = HERE / "blind_set.labels.jsonl"
FAMILIES = ("pii", "secret", "injection")


def load_jsonl(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def run_scanner(cmd: str, dataset: Path) -> tuple[dict, int, float, str]:
    argv = [*shlex.split(cmd), "data", "scan", str(dataset), "--format", "json"]
    t0 = time.perf_counter()
    proc = subprocess.run(argv, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - t0
    if proc.returncode not in (0, 1):
        sys.stderr.write(proc.stderr)
        raise SystemExit(f"scanner failed with exit code {proc.returncode}: {shlex.join(argv)}")
    return json.loads(proc.stdout), proc.returncode, elapsed, shlex.join(argv)


def predictions(report: dict) -> tuple[dict[int, set[str]], dict[int, set[str]], Counter]:
    """record -> families found, record -> categories found, and counts of every category."""
    fams: dict[int, set[str]] = defaultdict(set)
    cats: dict[int, set[str]] = defaultdict(set)
    counts: Counter = Counter()
    for f in report.get("findings", []):
        cat = f.get("category") or ""
        counts[cat or f.get("rule", "?")] += 1
        fam = cat.split(".", 1)[0]
        loc = f.get("location") or {}
        if fam not in FAMILIES or not isinstance(loc.get("record"), int):
            continue
        fams[loc["record"]].add(fam)
        cats[loc["record"]].add(cat)
    return fams, cats, counts


def excerpt(rec: dict, width: int = 160) -> str:
    text = " | ".join(m.get("content", "") for m in rec.get("messages", []))
    text = text.replace("\n", " ⏎ ")
    return text if len(text) <= width else text[: width - 1] + "…"


def score(records: list[dict], labels: list[dict], fams: dict[int, set[str]], cats: dict[int, set[str]]):
    result = {}
    for fam in FAMILIES:
        tp, fp, fn = [], [], []
        for lab in labels:
            i = lab["record"]
            truth = fam in lab["labels"]
            pred = fam in fams.get(i, set())
            if truth and pred:
                tp.append(i)
            elif pred:
                fp.append(i)
            elif truth:
                fn.append(i)
        p = len(tp) / (len(tp) + len(fp)) if tp or fp else 0.0
        r = len(tp) / (len(tp) + len(fn)) if tp or fn else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        result[fam] = {
            "tp": len(tp),
            "fp": len(fp),
            "fn": len(fn),
            "precision": p,
            "recall": r,
            "f1": f1,
            "fp_records": fp,
            "fn_records": fn,
        }
    clean = [lab["record"] for lab in labels if not lab["labels"]]
    flagged_clean = [i for i in clean if fams.get(i)]
    result["clean_records"] = {"total": len(clean), "flagged": len(flagged_clean)}
    return result


def render(cmd: str, rc: int, elapsed: float, records, labels, fams, cats, counts, res) -> str:
    by_id = {lab["record"]: lab for lab in labels}
    out = [f"command: {cmd}", f"exit code: {rc}   time: {elapsed:.1f} s   records: {len(records)}", ""]
    out.append(f"{'family':<10} {'TP':>4} {'FP':>4} {'FN':>4} {'precision':>10} {'recall':>8} {'F1':>6}")
    for fam in FAMILIES:
        s = res[fam]
        out.append(
            f"{fam:<10} {s['tp']:>4} {s['fp']:>4} {s['fn']:>4} {s['precision']:>10.3f} "
            f"{s['recall']:>8.3f} {s['f1']:>6.3f}"
        )
    c = res["clean_records"]
    out.append(f"clean records flagged by any family: {c['flagged']} / {c['total']}")
    out.append("")
    out.append("findings per category: " + ", ".join(f"{k}={v}" for k, v in sorted(counts.items())))
    # recall per kind, to see which sub-families are weak
    per_kind: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for lab in labels:
        if not lab["labels"]:
            continue
        hit = all(f in fams.get(lab["record"], set()) for f in lab["labels"])
        per_kind[lab["kind"]][0] += hit
        per_kind[lab["kind"]][1] += 1
    out.append("")
    out.append("recall per kind (all labelled families found):")
    for kind, (h, n) in sorted(per_kind.items()):
        out.append(f"  {kind:<32} {h:>3}/{n:<3}")
    for fam in FAMILIES:
        for what in ("fp", "fn"):
            ids = res[fam][f"{what}_records"]
            out.append("")
            out.append(f"{fam} {what.upper()} ({len(ids)}):")
            for i in ids:
                lab = by_id[i]
                found = ",".join(sorted(cats.get(i, set()))) or "-"
                out.append(f"  #{i:<4} {lab['kind']:<28} [{lab['lang']}] found={found}")
                out.append(f"        {excerpt(records[i])}")
    return "\n".join(out) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument(
        "--mlward", default=os.environ.get("MLWARD", "mlward"), help="scanner command (default: mlward)"
    )
    ap.add_argument("--save", action="store_true", help="write first_run.txt and first_run.json")
    ap.add_argument("--dataset", type=Path, default=SET)
    ap.add_argument("--labels", type=Path, default=LABELS)
    ap.add_argument("--out", type=Path, default=HERE, help="where --save writes (default: beside this file)")
    ap.add_argument("--set", type=Path, help="a blind set's folder: its blind_set.jsonl and labels, and "
                    "where --save writes")
    args = ap.parse_args()
    if args.set:
        args.dataset = args.set / "blind_set.jsonl"
        args.labels = args.set / "blind_set.labels.jsonl"
        args.out = args.set
    records, labels = load_jsonl(args.dataset), load_jsonl(args.labels)
    if len(records) != len(labels):
        raise SystemExit(f"{len(records)} records but {len(labels)} labels")
    report, rc, elapsed, cmd = run_scanner(args.mlward, args.dataset)
    fams, cats, counts = predictions(report)
    res = score(records, labels, fams, cats)
    text = render(cmd, rc, elapsed, records, labels, fams, cats, counts, res)
    sys.stdout.write(text)
    if args.save:
        (args.out / "first_run.txt").write_text(text, encoding="utf-8")
        summary = {
            "command": cmd,
            "exit_code": rc,
            "seconds": round(elapsed, 2),
            "tool": report.get("tool"),
            "records": len(records),
            "scores": res,
            "findings_per_category": dict(sorted(counts.items())),
            "predictions": {str(i): sorted(c) for i, c in sorted(cats.items())},
        }
        (args.out / "first_run.json").write_text(
            json.dumps(summary, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )


if __name__ == "__main__":
    main()
