#!/usr/bin/env python3
"""Time mlward against competing scanners and plain I/O baselines, side by side.

For every target in bench/data/ (made by make_data.py) the harness first reads the
target once (warm-up: all numbers are warm-cache, the page cache cannot be dropped here),
then runs N repetitions; within a repetition every tool runs once, in an order rotated
each repetition, so slow drifts of the machine spread over all tools.

Per run it records wall time (perf_counter around the child), user+sys CPU and peak RSS
(GNU /usr/bin/time, or getrusage(RUSAGE_CHILDREN) in a fresh helper process), the exit
code, and an outcome (clean / flagged / not-scanned / gave-up / crash / timeout).

Writes a markdown table to stdout, a small summary JSON to bench/results/<stamp>.json,
and every run plus the first repetition's output to bench/results/raw/<stamp>/.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import asdict, dataclass
from pathlib import Path

from tools import FINISHED, TIMEOUT, Tool, all_tools, files_of, scan_env

HERE = Path(__file__).resolve().parent
GNU_TIME = Path("/usr/bin/time")
MIB = 1024 * 1024

DEFAULT_TARGETS = {
    "safetensors": "model.safetensors",
    "torch-zip": "model.pt",
    "pickle-p2": "arrays_p2.pkl",
    "joblib": "arrays.joblib",
    "dir-200": "many",
}

# Run by a fresh interpreter when GNU time is missing: runs argv[2:], writes
# "wall user sys maxrss_kib" of its only child to argv[1], exits with the child's code.
RUSAGE_HELPER = """
import resource, subprocess, sys, time
t = time.perf_counter()
rc = subprocess.call(sys.argv[2:])
wall = time.perf_counter() - t
ru = resource.getrusage(resource.RUSAGE_CHILDREN)
with open(sys.argv[1], "w") as f:
    f.write(f"{wall} {ru.ru_utime} {ru.ru_stime} {ru.ru_maxrss}\\n")
sys.exit(rc if rc >= 0 else 128 - rc)
"""


@dataclass
class Run:
    target: str
    tool: str
    rep: int
    wall_s: float
    cpu_s: float | None
    rss_mib: float | None
    exit_code: int | None
    outcome: str
    output_tail: str


def log(msg: str) -> None:
    print(f"[run] {msg}", file=sys.stderr, flush=True)


def parse_usage(path: Path) -> tuple[float | None, float | None]:
    """(user+sys seconds, peak RSS MiB) from the last line of the usage file."""
    try:
        lines = path.read_text().strip().splitlines()
    except OSError:
        return None, None
    if not lines:
        return None, None
    try:
        fields = [float(x) for x in lines[-1].split()]
    except ValueError:
        return None, None
    *_, user, sys_, rss_kib = fields
    return user + sys_, rss_kib / 1024


def measure(
    tool: Tool, target: str, path: Path, rep: int, work: Path, timeout: float, keep: Path | None
) -> Run:
    """Run ``tool`` on ``path`` once and measure it."""
    argv = tool.argv(path, work)
    usage = work / "usage.txt"
    usage.unlink(missing_ok=True)
    if GNU_TIME.is_file():
        cmd = [str(GNU_TIME), "-f", "%e %U %S %M", "-o", str(usage), *argv]
    else:
        cmd = [sys.executable, "-c", RUSAGE_HELPER, str(usage), *argv]
    out_path = work / "output.txt"
    with out_path.open("wb") as out:
        stdout = subprocess.DEVNULL if tool.stdout_devnull else out
        start = time.perf_counter()
        proc = subprocess.Popen(
            cmd,
            cwd=work,
            env=scan_env(),
            stdin=subprocess.DEVNULL,
            stdout=stdout,
            stderr=out,
            start_new_session=True,
        )
        # A blocking wait(): Popen.wait(timeout=...) polls with sleeps of up to 50 ms, which
        # would quantize the wall times.  A timer thread enforces the timeout instead.
        killed = threading.Event()
        timer = threading.Timer(timeout, _kill_group, args=(proc, killed))
        timer.start()
        try:
            rc: int | None = proc.wait()
        finally:
            timer.cancel()
        wall = time.perf_counter() - start
        if killed.is_set():
            rc = None
    text = out_path.read_text(errors="replace")
    cpu, rss = parse_usage(usage)
    outcome = TIMEOUT if rc is None else tool.classify(rc, text)
    if keep is not None:
        keep.parent.mkdir(parents=True, exist_ok=True)
        out_path.replace(keep)
    tail = "\n".join(text.strip().splitlines()[-3:])[-300:]
    return Run(target, tool.name, rep, wall, cpu, rss, rc, outcome, tail)


def _kill_group(proc: subprocess.Popen[bytes], killed: threading.Event) -> None:
    killed.set()
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGKILL)


def warm_up(path: Path) -> float:
    """Read every byte of the target once so all tools see a warm page cache."""
    start = time.perf_counter()
    for name in files_of(path):
        with open(name, "rb", buffering=0) as f:
            while f.read(8 * MIB):
                pass
    return time.perf_counter() - start


def safe_name(name: str) -> str:
    return "".join(c if c.isalnum() or c in "-_." else "_" for c in name)


def summarize(
    runs: list[Run], targets: dict[str, Path], tools: list[Tool], skipped: dict[str, str]
) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    for target, path in targets.items():
        target_rows: list[dict[str, object]] = []
        for tool in tools:
            mine = [r for r in runs if r.target == target and r.tool == tool.name]
            if not mine:
                if tool.name in skipped:
                    target_rows.append(_empty_row(target, tool, skipped[tool.name]))
                elif tool.show_na and not tool.applies(path):
                    target_rows.append(_empty_row(target, tool, "n/a"))
                continue
            walls = [r.wall_s for r in mine]
            cpus = [r.cpu_s for r in mine if r.cpu_s is not None]
            rsss = [r.rss_mib for r in mine if r.rss_mib is not None]
            outcomes = Counter(r.outcome for r in mine)
            target_rows.append(
                {
                    "target": target,
                    "tool": tool.name,
                    "kind": tool.kind,
                    "n": len(mine),
                    "outcome": "/".join(o for o, _ in outcomes.most_common()),
                    "exit_codes": sorted({r.exit_code for r in mine}, key=lambda c: (c is None, c)),
                    "median_s": statistics.median(walls),
                    "min_s": min(walls),
                    "max_s": max(walls),
                    "walls_s": [round(w, 3) for w in walls],
                    "cpu_median_s": statistics.median(cpus) if cpus else None,
                    "rss_median_mib": statistics.median(rsss) if rsss else None,
                    "rss_max_mib": max(rsss) if rsss else None,
                }
            )
        sha = next((r for r in target_rows if r["tool"] == "sha256sum" and "median_s" in r), None)
        finished = [
            r
            for r in target_rows
            if r["kind"] == "competitor"
            and "median_s" in r
            and outcomes_finished(str(r["outcome"]))
        ]
        fastest = min(finished, key=lambda r: float(r["median_s"])) if finished else None  # type: ignore[arg-type]
        for row in target_rows:
            if "median_s" not in row:
                continue
            med = float(row["median_s"])  # type: ignore[arg-type]
            row["x_sha256"] = med / float(sha["median_s"]) if sha else None  # type: ignore[arg-type]
            row["x_fastest_competitor"] = (
                med / float(fastest["median_s"]) if fastest else None  # type: ignore[arg-type]
            )
            row["fastest_competitor"] = fastest["tool"] if fastest else None
        rows.extend(target_rows)
    return rows


def outcomes_finished(outcome: str) -> bool:
    return all(o in FINISHED for o in outcome.split("/"))


def _empty_row(target: str, tool: Tool, why: str) -> dict[str, object]:
    return {"target": target, "tool": tool.name, "kind": tool.kind, "n": 0, "outcome": why}


def fmt(value: object, spec: str) -> str:
    if value is None:
        return ""
    return format(value, spec)


def secs(value: object) -> str:
    """Seconds with 3 decimals below 10 s, 1 decimal above."""
    if not isinstance(value, float | int):
        return ""
    return f"{value:.3f}" if value < 10 else f"{value:.1f}"


def markdown(rows: list[dict[str, object]], targets: dict[str, Path], sizes: dict[str, int]) -> str:
    lines: list[str] = []
    for target in targets:
        lines.append(f"### {target} ({sizes[target] / MIB:,.0f} MiB)")
        lines.append("")
        lines.append(
            "| tool | outcome | exit | median s | min..max s | CPU s | peak RSS MiB "
            "| x sha256sum | x fastest competitor | n |"
        )
        lines.append("|---|---|---|--:|--:|--:|--:|--:|--:|--:|")
        for row in rows:
            if row["target"] != target:
                continue
            if "median_s" not in row:
                lines.append(f"| {row['tool']} | {row['outcome']} | | | | | | | | 0 |")
                continue
            codes = ",".join("T" if c is None else str(c) for c in row["exit_codes"])  # type: ignore[attr-defined]
            lines.append(
                f"| {row['tool']} | {row['outcome']} | {codes} "
                f"| {secs(row['median_s'])} "
                f"| {secs(row['min_s'])}..{secs(row['max_s'])} "
                f"| {secs(row['cpu_median_s'])} "
                f"| {fmt(row['rss_median_mib'], ',.0f')} "
                f"| {fmt(row.get('x_sha256'), '.2f')} "
                f"| {fmt(row.get('x_fastest_competitor'), '.2f')} "
                f"| {row['n']} |"
            )
        lines.append("")
    return "\n".join(lines)


def machine_facts() -> dict[str, object]:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem_gib = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 1024**3
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "mem_gib": round(mem_gib, 1),
        "kernel": platform.release(),
        "python": platform.python_version(),
        "loadavg_start": os.getloadavg(),
        "cache": "warm (one full read of each target before its runs; caches not dropped)",
        "timer": "GNU time" if GNU_TIME.is_file() else "getrusage helper",
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=HERE / "data")
    parser.add_argument("--reps", type=int, default=5, help="repetitions per tool and target")
    parser.add_argument(
        "--mlward", default=os.environ.get("MLWARD", "mlward"), help="mlward command"
    )
    parser.add_argument(
        "--targets", nargs="+", choices=list(DEFAULT_TARGETS), default=list(DEFAULT_TARGETS)
    )
    parser.add_argument("--tools", nargs="+", help="only these tools (names as in the table)")
    parser.add_argument("--timeout", type=float, default=300.0, help="seconds per run")
    parser.add_argument(
        "--slow-seconds",
        type=float,
        default=60.0,
        help="a tool whose first run on a target takes longer than this gets --slow-reps runs",
    )
    parser.add_argument("--slow-reps", type=int, default=2)
    parser.add_argument("--results", type=Path, default=HERE / "results")
    args = parser.parse_args(argv)

    tools = all_tools(args.mlward)
    if args.tools:
        unknown = set(args.tools) - {t.name for t in tools}
        if unknown:
            parser.error(f"unknown tools: {sorted(unknown)}")
        tools = [t for t in tools if t.name in args.tools]
    skipped = {t.name: "pending (not installed)" for t in tools if not t.available()}
    for name, why in skipped.items():
        log(f"skipping {name}: {why}")
    active = [t for t in tools if t.name not in skipped]

    targets = {name: args.data / DEFAULT_TARGETS[name] for name in args.targets}
    missing = [str(p) for p in targets.values() if not p.exists()]
    if missing:
        log(f"missing targets {missing}; run bench/make_data.py first")
        return 2
    sizes = {name: sum(Path(f).stat().st_size for f in files_of(p)) for name, p in targets.items()}

    stamp = time.strftime("%Y%m%d-%H%M%S")
    raw = args.results / "raw" / stamp
    raw.mkdir(parents=True, exist_ok=True)
    meta: dict[str, object] = {
        "stamp": stamp,
        "machine": machine_facts(),
        "reps": args.reps,
        "timeout_s": args.timeout,
        "slow_seconds": args.slow_seconds,
        "slow_reps": args.slow_reps,
        "versions": {t.name: t.version() for t in tools},
        "commands": {t.name: t.argv(Path("FILE"), Path("WORKDIR")) for t in tools},
        "data_manifest": _read_json(args.data / "manifest.json"),
    }
    log(f"versions: {meta['versions']}")

    runs: list[Run] = []
    warmups: dict[str, float] = {}
    with (
        tempfile.TemporaryDirectory(prefix="mlward-bench-") as tmp,
        (raw / "runs.jsonl").open("w") as jsonl,
    ):
        work = Path(tmp)
        for target, path in targets.items():
            here = [t for t in active if t.applies(path)]
            warmups[target] = warm_up(path)
            log(f"{target}: {sizes[target] / MIB:,.0f} MiB, warm-up read {warmups[target]:.2f}s")
            limit = {t.name: args.reps for t in here}
            for rep in range(args.reps):
                shift = rep % len(here)
                for tool in here[shift:] + here[:shift]:
                    if rep >= limit[tool.name]:
                        continue
                    keep = (
                        raw / safe_name(target) / f"{safe_name(tool.name)}.out"
                        if rep == 0
                        else None
                    )
                    run = measure(tool, target, path, rep, work, args.timeout, keep)
                    runs.append(run)
                    jsonl.write(json.dumps(asdict(run)) + "\n")
                    jsonl.flush()
                    log(
                        f"  rep {rep} {tool.name:<20} {run.wall_s:8.2f}s "
                        f"rss={fmt(run.rss_mib, '.0f')}MiB rc={run.exit_code} {run.outcome}"
                    )
                    if run.outcome == TIMEOUT:
                        limit[tool.name] = rep + 1
                    elif rep == 0 and run.wall_s > args.slow_seconds:
                        limit[tool.name] = min(limit[tool.name], max(1, args.slow_reps))

    meta["machine"]["loadavg_end"] = os.getloadavg()  # type: ignore[index]
    rows = summarize(runs, targets, tools, skipped)
    summary = {
        "meta": meta,
        "targets": {
            name: {"path": str(p), "bytes": sizes[name], "warmup_s": round(warmups[name], 3)}
            for name, p in targets.items()
        },
        "rows": [_round(r) for r in rows],
    }
    out_json = args.results / f"{stamp}.json"
    out_json.write_text(json.dumps(summary, indent=1) + "\n")

    print(f"## mlward benchmark {stamp}\n")
    machine = meta["machine"]
    print(
        f"{machine['cpu']}, {machine['cores']} cores, {machine['mem_gib']} GiB; warm cache; "  # type: ignore[index]
        f"{args.reps} reps (fewer for runs slower than {args.slow_seconds:.0f}s, "
        f"1 rep if timed out at {args.timeout:.0f}s); "
        f"load avg start {machine['loadavg_start'][0]:.2f}, "  # type: ignore[index]
        f"end {machine['loadavg_end'][0]:.2f}\n"  # type: ignore[index]
    )
    print(markdown(rows, targets, sizes))
    print("Versions: " + ", ".join(f"{k} {v}" for k, v in meta["versions"].items()))  # type: ignore[attr-defined]
    log(f"summary: {out_json}; raw: {raw}")
    return 0


def _read_json(path: Path) -> object:
    try:
        return json.loads(path.read_text())
    except (OSError, ValueError):
        return None


def _round(row: dict[str, object]) -> dict[str, object]:
    return {k: round(v, 4) if isinstance(v, float) else v for k, v in row.items()}


if __name__ == "__main__":
    raise SystemExit(main())
