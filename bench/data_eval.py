"""Precision and recall per family (pii, secret, injection) on the labelled set, beside the baselines.

    python bench/data_eval.py [--verbose] [--baselines VENV_PYTHON]
    python bench/data_eval.py --blind bench/blind_eval4      # a blind set (chat records + labels file)

mlward scans the set as one JSONL file (record i = example i). When the baseline venv exists
(default /work/benchenv/datascan/venv/bin/python, with presidio-analyzer and detect-secrets), the same
file is run through Presidio's pattern recognizers (no NER model: spaCy models cannot be downloaded here)
and detect-secrets' default plugins, and their numbers are printed beside ours.

With --blind DIR, the set is DIR/blind_set.jsonl (chat records) with DIR/blind_set.labels.jsonl (record
level families): mlward scans the chat file as it is, the baselines the text of each record's messages
joined by newlines.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests" / "datasets" / "eval"))

import labeled  # noqa: E402

from mlward.datasets import scan_dataset  # noqa: E402
from mlward.datasets.engine import DataScanOptions  # noqa: E402

DEFAULT_VENV = "/work/benchenv/datascan/venv/bin/python"


def mlward_predictions(path: str) -> dict[int, set[str]]:
    """Categories mlward reports per record."""
    options = DataScanOptions(skip_categories=frozenset({"quality"}), max_findings_per_category=100_000)
    report = scan_dataset([path], options)
    out: dict[int, set[str]] = {}
    for finding in report.findings:
        if finding.location.record is not None and finding.category:
            out.setdefault(finding.location.record, set()).add(finding.category)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--verbose", "-v", action="store_true", help="list every miss and false alarm")
    parser.add_argument("--baselines", default=DEFAULT_VENV, help="python of the baseline venv")
    parser.add_argument("--holdout", action="store_true",
                        help="use the held-out set (written after tuning, never tuned on)")
    parser.add_argument("--blind", type=Path, help="a blind set's folder instead of the labelled set")
    args = parser.parse_args()
    chat = None
    if args.blind:
        chat = args.blind / "blind_set.jsonl"
        records = [json.loads(line) for line in chat.read_text(encoding="utf-8").splitlines() if line]
        metas = [json.loads(line) for line in (args.blind / "blind_set.labels.jsonl").read_text(
            encoding="utf-8").splitlines() if line]
        examples = [{"id": i, "lang": meta.get("lang"), "note": meta.get("kind", ""),
                     "labels": [f"{family}.any" for family in meta["labels"]],
                     "text": "\n".join(str(m.get("content", "")) for m in record.get("messages", []))}
                    for i, (record, meta) in enumerate(zip(records, metas, strict=True))]
    else:
        examples = labeled.build_holdout() if args.holdout else labeled.build()
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "eval.jsonl")
        with open(path, "w", encoding="utf-8") as handle:
            for example in examples:
                handle.write(json.dumps({"text": example["text"]}, ensure_ascii=False) + "\n")
        results = {"mlward": mlward_predictions(str(chat) if chat else path)}
        if os.path.exists(args.baselines):
            proc = subprocess.run([args.baselines, str(HERE / "_baselines.py"), "eval", path],
                                  capture_output=True, text=True, check=True)
            for name, preds in json.loads(proc.stdout).items():
                results[name] = {int(k): set(v) for k, v in preds.items()}
    print(f"labelled set: {len(examples)} records "
          f"({sum(1 for e in examples if not e['labels'])} negatives)")
    print(f"{'tool':<16}" + "".join(f"{f + ' P':>12}{f + ' R':>12}" for f in labeled.FAMILIES))
    for name, preds in results.items():
        scores = labeled.family_scores(examples, preds)
        row = ""
        for family in labeled.FAMILIES:
            s = scores[family]
            covered = name == "mlward" or (family == "pii" and name.startswith("presidio")) or (
                family == "secret" and name.startswith("detect-secrets"))
            row += (f"{s['precision']:>12.3f}{s['recall']:>12.3f}" if covered else f"{'n/a':>12}{'n/a':>12}")
        print(f"{name:<16}{row}")
    if args.verbose:
        preds = results["mlward"]
        for example in examples:
            got = preds.get(int(example["id"]), set())
            want = set(example["labels"])
            fam_got = {c.split(".")[0] for c in got}
            fam_want = {c.split(".")[0] for c in want}
            if fam_got != fam_want:
                print(f"#{example['id']} [{example['note']}] want {sorted(want)} got {sorted(got)}: "
                      f"{example['text'][:100]!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
