#!/usr/bin/env python3
"""Adversarial corpus benchmark: which scanner catches which sample of mlward's pickle corpus.

Writes every sample of ``tests/scanners/pickle_corpus.py`` (MALICIOUS and BENIGN) to a
scratch directory (``.pkl`` / ``.pt`` / ``.tar`` by kind), runs every tool on every file,
one run at a time, and prints markdown tables: per technique family the count caught of N
per tool, false positives on the benign look-alikes, outcome counts and wall time, then
per tool the ids it does not catch.  A summary JSON goes to bench/results/corpus-<stamp>.json
and every tool's output to bench/results/raw/corpus-<stamp>/ (git-ignored).

Verdicts on a malicious sample:

    caught       mlward: exit 1 and a finding at or above the sample's min_severity;
                 others: tools.py classifies the run as "flagged" (exit code says issues found)
    flagged-low  mlward only: exit 1, but no finding reaches the sample's min_severity
    missed       the tool finished and called the file clean
    not-scanned / gave-up / crash / timeout    as classified by tools.py

On a benign sample: ``ok`` (clean), ``false-pos`` (flagged at the tool's default threshold;
for mlward exit 1, i.e. a finding at medium or above), or the same failure outcomes.

The ``fickling`` column uses fickling's CLI for raw pickles, legacy checkpoints and tars, and
its ``scan_zip_archive`` API for ZIP checkpoints (the CLI cannot open them).

No sample is ever unpickled here: the corpus is built from bytes and only scanners read it.
Run by hand (about 10-15 minutes, modelaudit dominates), never as a test.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import json
import os
import platform
import resource
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tools import CLEAN, FLAGGED, TIMEOUT, Tool, all_tools, scan_env

HERE = Path(__file__).resolve().parent
REPO = HERE.parent

SUFFIX = {"pickle": ".pkl", "torch-zip": ".pt", "torch-legacy": ".pt", "torch-tar": ".tar"}

# Corpus builder function -> technique family shown in the tables (in corpus order).
FAMILIES = (
    ("_gadget_samples", "library helper gadgets"),
    ("_nested_pickle_samples", "nested payloads"),
    ("_indirection_samples", "indirection"),
    ("_opcode_variant_samples", "opcode variants"),
    ("_memo_and_name_samples", "memo and name tricks"),
    ("_stream_shape_samples", "stream shapes"),
    ("_bomb_samples", "bombs"),
    ("_scanner_tamper_samples", "scanner tamper"),
    ("_container_samples", "containers"),
)
OTHER = "other"

SEVERITIES = ("info", "low", "medium", "high", "critical")

# Table columns: name -> the tools.py tools to try, first one that applies to the file wins.
COLUMNS = {
    "modelscan": ("modelscan",),
    "picklescan": ("picklescan",),
    "fickling": ("fickling-zip-api", "fickling"),
    "modelaudit": ("modelaudit",),
    "mlward": ("mlward",),
}

CAUGHT = "caught"
MISSED = "missed"
FLAGGED_LOW = "flagged-low"
OK = "ok"
FALSE_POS = "false-pos"


def log(msg: str) -> None:
    print(f"[corpus] {msg}", file=sys.stderr, flush=True)


def load_corpus() -> Any:
    if str(REPO) not in sys.path:
        sys.path.insert(0, str(REPO))
    return importlib.import_module("tests.scanners.pickle_corpus")


def families_of(corpus: Any) -> dict[str, str]:
    """Sample id -> family, from the builder function that made it."""
    family: dict[str, str] = {}
    for func, name in FAMILIES:
        builder = getattr(corpus, func, None)
        if builder is None:
            continue
        for sample in builder():
            family.setdefault(sample.id, name)
    return family


@dataclass
class Run:
    sample: str
    column: str
    tool: str
    exit_code: int | None
    outcome: str  # tools.py classification, or "timeout"
    verdict: str
    wall_s: float
    named: bool | None  # malicious with a global-name expectation: does the output name it?
    detail: str = ""  # mlward: highest severity reported


def _limit_memory(limit_bytes: int) -> None:
    resource.setrlimit(resource.RLIMIT_AS, (limit_bytes, limit_bytes))


def run_tool(
    tool: Tool, path: Path, timeout: float, mem_limit: int | None
) -> tuple[int | None, str, str, float]:
    """(exit code or None on timeout, stdout, stderr + JSON files the tool wrote, wall s)."""
    with tempfile.TemporaryDirectory(prefix="mlward-corpus-") as tmp:
        work = Path(tmp)
        start = time.perf_counter()
        proc = subprocess.Popen(
            tool.argv(path, work),
            cwd=work,
            env=scan_env(),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            start_new_session=True,
            preexec_fn=(lambda: _limit_memory(mem_limit)) if mem_limit else None,
        )
        try:
            out, err = proc.communicate(timeout=timeout)
            rc: int | None = proc.returncode
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)
            out, err = proc.communicate()
            rc = None
        wall = time.perf_counter() - start
        stdout = out.decode(errors="replace")
        stderr = err.decode(errors="replace")
        for extra in sorted(work.glob("*.json")):
            stderr += "\n" + extra.read_text(errors="replace")
    return rc, stdout, stderr, wall


def mlward_findings(stdout: str) -> list[dict[str, Any]] | None:
    try:
        report = json.loads(stdout)
    except ValueError:
        return None
    findings = report.get("findings") if isinstance(report, dict) else None
    return findings if isinstance(findings, list) else None


def rank(severity: str) -> int:
    return SEVERITIES.index(severity) if severity in SEVERITIES else -1


def judge(column: str, sample: Any, evil: bool, rc: int | None, outcome: str, stdout: str) -> tuple[str, str]:
    """(verdict, detail) for one run."""
    detail = ""
    if column == "mlward" and rc is not None:
        findings = mlward_findings(stdout)
        if findings is None:
            return ("crash" if outcome in (CLEAN, FLAGGED) else outcome), "no JSON report"
        top = max((str(f.get("severity", "")) for f in findings), key=rank, default="")
        detail = top or "none"
        if evil and rc == 1:
            caught = rank(top) >= rank(sample.min_severity)
            return (CAUGHT if caught else FLAGGED_LOW), detail
    if evil:
        if outcome == FLAGGED:
            return CAUGHT, detail
        return (MISSED if outcome == CLEAN else outcome), detail
    if outcome == FLAGGED:
        return FALSE_POS, detail
    return (OK if outcome == CLEAN else outcome), detail


def names_target(sample: Any, hints: frozenset[str], text: str) -> bool | None:
    """Does the output mention the expected global's last name (e.g. ``system``)?"""
    if not sample.expect or sample.expect in hints:
        return None
    return sample.expect.rsplit(".", 1)[-1] in text


def pick_tool(column: str, tools: dict[str, Tool], path: Path) -> Tool | None:
    for name in COLUMNS[column]:
        tool = tools.get(name)
        if tool is not None and tool.applies(path):
            return tool
    return None


def run_json(run: Run) -> dict[str, Any]:
    out: dict[str, Any] = {
        "verdict": run.verdict,
        "outcome": run.outcome,
        "exit": run.exit_code,
        "wall_s": round(run.wall_s, 3),
    }
    if run.tool and run.tool != run.column:
        out["tool"] = run.tool
    if run.named is not None:
        out["names_target"] = run.named
    if run.detail:
        out["top_severity"] = run.detail
    return out


def pct(k: int, n: int) -> str:
    return f"{k}/{n}" if n else "-"


def render(
    columns: list[str],
    families: list[str],
    malicious: list[Any],
    benign: list[Any],
    family: dict[str, str],
    runs: dict[tuple[str, str], Run],
    hints: frozenset[str],
) -> str:
    lines: list[str] = []
    head = "| family | N | " + " | ".join(columns) + " |"
    rule = "|---|--:|" + "--:|" * len(columns)
    lines += ["### Caught, per technique family", "", head, rule]
    for fam in families:
        ids = [s.id for s in malicious if family[s.id] == fam]
        cells = [pct(sum(runs[i, c].verdict == CAUGHT for i in ids), len(ids)) for c in columns]
        lines.append(f"| {fam} | {len(ids)} | " + " | ".join(cells) + " |")
    total = [pct(sum(runs[s.id, c].verdict == CAUGHT for s in malicious), len(malicious)) for c in columns]
    lines.append(f"| **all malicious** | {len(malicious)} | " + " | ".join(f"**{t}**" for t in total) + " |")
    fps = [pct(sum(runs[s.id, c].verdict == FALSE_POS for s in benign), len(benign)) for c in columns]
    lines.append(f"| **false positives** (benign look-alikes) | {len(benign)} | " + " | ".join(fps) + " |")
    named_ids = [s for s in malicious if s.expect not in hints]
    named = [
        pct(
            sum(runs[s.id, c].verdict == CAUGHT and bool(runs[s.id, c].named) for s in named_ids),
            len(named_ids),
        )
        for c in columns
    ]
    lines.append(
        f"| caught and report names the global (name samples) | {len(named_ids)} | "
        + " | ".join(named)
        + " |"
    )
    walls = [sum(r.wall_s for (_, c), r in runs.items() if c == col) for col in columns]
    lines.append(
        f"| wall time, all {len(malicious) + len(benign)} files (s) | | "
        + " | ".join(f"{w:.1f}" for w in walls)
        + " |"
    )
    lines.append("")

    lines += [
        "### Outcomes",
        "",
        "| tool | set | "
        + " | ".join(
            ["caught / ok", "missed / false-pos", "flagged-low", "not-scanned", "gave-up", "crash", "timeout"]
        )
        + " |",
        "|---|---|" + "--:|" * 7,
    ]
    for col in columns:
        for label, samples, good, bad in (
            ("malicious", malicious, CAUGHT, MISSED),
            ("benign", benign, OK, FALSE_POS),
        ):
            count = Counter(runs[s.id, col].verdict for s in samples)
            cells = [
                count[good],
                count[bad],
                count[FLAGGED_LOW],
                count["not-scanned"],
                count["gave-up"],
                count["crash"],
                count[TIMEOUT],
            ]
            lines.append(f"| {col} | {label} | " + " | ".join(str(c) for c in cells) + " |")
    lines.append("")

    lines += ["### Not caught, per tool", ""]
    for col in columns:
        missed = [s for s in malicious if runs[s.id, col].verdict != CAUGHT]
        fp = [s for s in benign if runs[s.id, col].verdict != OK]
        lines.append(
            f"<details><summary>{col}: {len(missed)} malicious not caught, {len(fp)} benign not ok</summary>"
        )
        lines.append("")
        if not missed and not fp:
            lines.append("(none)")
        for fam in families:
            ids = [f"`{s.id}` ({runs[s.id, col].verdict})" for s in missed if family[s.id] == fam]
            if ids:
                lines.append(f"- {fam}: " + ", ".join(ids))
        if fp:
            lines.append("- benign: " + ", ".join(f"`{s.id}` ({runs[s.id, col].verdict})" for s in fp))
        lines += ["", "</details>", ""]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mlward", default=os.environ.get("MLWARD", "mlward"), help="mlward command")
    parser.add_argument("--tools", nargs="+", choices=list(COLUMNS), help="only these columns")
    parser.add_argument("--only", nargs="+", help="only these sample ids or family names")
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds per run (default 60)")
    parser.add_argument(
        "--mem-limit-gib",
        type=float,
        default=4.0,
        help="address-space limit per run, 0 for none (default 4; bombs stay contained)",
    )
    parser.add_argument("--results", type=Path, default=HERE / "results")
    args = parser.parse_args(argv)

    corpus = load_corpus()
    family = families_of(corpus)
    malicious = list(corpus.MALICIOUS)
    benign = list(corpus.BENIGN)
    for s in malicious:
        family.setdefault(s.id, OTHER)
    if args.only:
        wanted = set(args.only)
        malicious = [s for s in malicious if s.id in wanted or family[s.id] in wanted]
        benign = [s for s in benign if s.id in wanted or "benign" in wanted]
    families = [name for _, name in FAMILIES if any(family[s.id] == name for s in malicious)]
    if any(family[s.id] == OTHER for s in malicious):
        families.append(OTHER)
    hints = frozenset(corpus.RULE_HINTS)

    available = {t.name: t for t in all_tools(args.mlward) if t.kind != "baseline" and t.available()}
    columns = [c for c in (args.tools or COLUMNS) if any(n in available for n in COLUMNS[c])]
    for c in set(args.tools or COLUMNS) - set(columns):
        log(f"{c}: not installed, skipped")
    versions = {c: available[COLUMNS[c][-1]].version().removeprefix("mlward ") for c in columns}
    mem_limit = int(args.mem_limit_gib * 2**30) if args.mem_limit_gib > 0 else None

    stamp = time.strftime("%Y%m%d-%H%M%S")
    raw = args.results / "raw" / f"corpus-{stamp}"
    raw.mkdir(parents=True, exist_ok=True)
    runs: dict[tuple[str, str], Run] = {}
    samples = [(s, True) for s in malicious] + [(s, False) for s in benign]
    load_start = os.getloadavg()[0]
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="mlward-corpus-files-") as tmp:
        for n, (sample, evil) in enumerate(samples, 1):
            path = Path(tmp) / f"{sample.id}{SUFFIX[sample.kind]}"
            path.write_bytes(sample.data)
            for col in columns:
                tool = pick_tool(col, available, path)
                if tool is None:
                    runs[sample.id, col] = Run(sample.id, col, "", None, "n/a", "not-scanned", 0.0, None)
                    continue
                rc, stdout, stderr, wall = run_tool(tool, path, args.timeout, mem_limit)
                text = stdout + stderr
                outcome = TIMEOUT if rc is None else tool.classify(rc, text)
                verdict, detail = judge(col, sample, evil, rc, outcome, stdout)
                named = names_target(sample, hints, text) if evil else None
                runs[sample.id, col] = Run(
                    sample.id, col, tool.name, rc, outcome, verdict, wall, named, detail
                )
                (raw / col).mkdir(exist_ok=True)
                (raw / col / f"{sample.id}.out").write_text(
                    f"$ {' '.join(tool.argv(path, Path('WORK')))}\n# exit {rc}, {wall:.3f} s\n"
                    f"--- stdout\n{stdout}\n--- stderr (+ JSON files)\n{stderr}\n"
                )
            cells = " ".join(f"{c}={runs[sample.id, c].verdict}" for c in columns)
            log(f"{n}/{len(samples)} {sample.id}: {cells}")
            path.unlink()
    elapsed = time.perf_counter() - started

    table = render(columns, families, malicious, benign, family, runs, hints)
    command = "python bench/corpus.py " + " ".join(sys.argv[1:] if argv is None else argv)
    print(f"## Adversarial corpus {stamp}\n")
    print(
        f"`{command.strip()}`; {len(malicious)} malicious + {len(benign)} benign samples; "
        f"timeout {args.timeout:g} s, address-space limit {args.mem_limit_gib:g} GiB per run; "
        f"{elapsed:.0f} s in all; load average {load_start:.2f} -> {os.getloadavg()[0]:.2f}.\n"
    )
    print("Versions: " + ", ".join(f"{c} {v}" for c, v in versions.items()) + "\n")
    print(table)

    summary = {
        "stamp": stamp,
        "command": command.strip(),
        "machine": {
            "python": platform.python_version(),
            "cpus": os.cpu_count(),
            "loadavg_start": load_start,
            "loadavg_end": os.getloadavg()[0],
        },
        "timeout_s": args.timeout,
        "mem_limit_gib": args.mem_limit_gib,
        "elapsed_s": round(elapsed, 1),
        "versions": versions,
        "columns": {c: list(COLUMNS[c]) for c in columns},
        "families": {
            fam: {
                "n": sum(family[s.id] == fam for s in malicious),
                "caught": {
                    c: sum(family[s.id] == fam and runs[s.id, c].verdict == CAUGHT for s in malicious)
                    for c in columns
                },
            }
            for fam in families
        },
        "malicious_n": len(malicious),
        "caught": {c: sum(runs[s.id, c].verdict == CAUGHT for s in malicious) for c in columns},
        "false_positives": {c: sum(runs[s.id, c].verdict == FALSE_POS for s in benign) for c in columns},
        "benign_n": len(benign),
        "wall_s": {c: round(sum(r.wall_s for (_, col), r in runs.items() if col == c), 2) for c in columns},
    }
    rows = [
        {
            "id": s.id,
            "set": "malicious" if evil else "benign",
            "family": family.get(s.id, "benign"),
            "kind": s.kind,
            "expect": s.expect,
            "min_severity": s.min_severity,
            "runs": {c: run_json(runs[s.id, c]) for c in columns},
        }
        for s, evil in samples
    ]
    out_json = args.results / f"corpus-{stamp}.json"
    # One line per sample keeps the committed file small and diffable.
    head = json.dumps(summary, indent=1)[: -len("\n}")]
    body = ",\n".join("  " + json.dumps(r, separators=(",", ":")) for r in rows)
    out_json.write_text(f'{head},\n "samples": [\n{body}\n ]\n}}\n')
    log(f"summary: {out_json}; raw outputs: {raw}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
