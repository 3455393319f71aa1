#!/usr/bin/env python3
"""Correctness smoke check: does each scanner catch os.system via REDUCE in each container?

Runs every competitor (and mlward, if installed) once on bench/data/malicious/ (made by
make_data.py) and prints a markdown table.  Cells:

    caught        exit code says "issues found" and the report names ``system``
    flagged-other exit code says "issues found" but the report does not name ``system``
    missed        the tool finished and reported the file clean
    ok            clean control reported clean
    false-pos     clean control reported with issues
    not-scanned / gave-up / crash    as in run.py

No pickle is ever loaded: the scanners are static, and this script only runs them.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from tools import CLEAN, FLAGGED, Tool, all_tools, scan_env

HERE = Path(__file__).resolve().parent


def run_once(tool: Tool, path: Path, timeout: float) -> tuple[int | None, str, str]:
    """(exit code, outcome, all text the tool produced incl. JSON it wrote to its cwd)."""
    with tempfile.TemporaryDirectory(prefix="mlward-smoke-") as tmp:
        work = Path(tmp)
        try:
            proc = subprocess.run(
                tool.argv(path, work),
                cwd=work,
                env=scan_env(),
                stdin=subprocess.DEVNULL,
                capture_output=True,
                text=True,
                errors="replace",
                timeout=timeout,
                check=False,
            )
        except subprocess.TimeoutExpired:
            return None, "timeout", ""
        text = proc.stdout + proc.stderr
        outcome = tool.classify(proc.returncode, text)
        for extra in work.glob("*.json"):
            text += extra.read_text(errors="replace")
        return proc.returncode, outcome, text


def verdict(evil: bool, outcome: str, text: str) -> str:
    if evil:
        if outcome == FLAGGED:
            return "caught" if "system" in text else "flagged-other"
        return "missed" if outcome == CLEAN else outcome
    if outcome == FLAGGED:
        return "false-pos"
    return "ok" if outcome == CLEAN else outcome


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=HERE / "data" / "malicious")
    parser.add_argument(
        "--mlward", default=os.environ.get("MLWARD", "mlward"), help="mlward command"
    )
    parser.add_argument("--tools", nargs="+", help="only these tools")
    parser.add_argument("--timeout", type=float, default=120.0)
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args(argv)

    tools = [t for t in all_tools(args.mlward) if t.kind != "baseline"]
    if args.tools:
        tools = [t for t in tools if t.name in args.tools]
    tools = [t for t in tools if t.available()]
    files = sorted(p for p in args.data.iterdir() if p.is_file())
    if not files:
        print(f"no files in {args.data}; run bench/make_data.py first", file=sys.stderr)
        return 2
    manifest_path = args.data.parent / "manifest.json"
    described: dict[str, str] = {}
    if manifest_path.exists():
        described = json.loads(manifest_path.read_text()).get("malicious", {})

    results: dict[str, dict[str, str]] = {}
    for path in files:
        evil = path.name.startswith("evil")
        results[path.name] = {}
        for tool in tools:
            if not tool.applies(path):
                results[path.name][tool.name] = "n/a"
                continue
            rc, outcome, text = run_once(tool, path, args.timeout)
            cell = f"{verdict(evil, outcome, text)} ({'T' if rc is None else rc})"
            results[path.name][tool.name] = cell
            print(f"[smoke] {path.name:<20} {tool.name:<20} {cell}", file=sys.stderr)

    print("| file | container | " + " | ".join(t.name for t in tools) + " |")
    print("|---|---|" + "---|" * len(tools))
    for name, cells in results.items():
        row = " | ".join(cells[t.name] for t in tools)
        print(f"| {name} | {described.get(name, '')} | {row} |")
    if args.json:
        args.json.write_text(json.dumps(results, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
