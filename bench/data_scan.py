"""Dataset-scanner throughput and memory, side by side with Presidio and detect-secrets.

    python bench/data_scan.py --size 1G [--path /tmp/chat.jsonl] [--slice 1M]
                              [--baselines /work/benchenv/datascan/venv/bin/python]

Generates a synthetic chat JSONL of the given size (bench/chatgen.py; reused if --path exists with that
size or more), scans it with mlward's default detectors in a child process on one core, and reports MB/s
and peak RSS. Then cuts a slice of the same file and runs mlward, Presidio's pattern recognizers and
detect-secrets over it (the baselines from the separate venv, never mlward dependencies), and prints
MB/s of each and mlward's ratio to them. Sizes are in bytes of the JSONL file.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_VENV = "/work/benchenv/datascan/venv/bin/python"

_CHILD = """
import json, os, resource, sys, time
os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
from mlward.datasets import scan_dataset
from mlward.datasets.engine import DataScanOptions, Inspector
t0 = time.perf_counter()
Inspector(DataScanOptions())  # compile once; reported separately
compile_end = time.perf_counter()
best = float("inf")
best_cpu = float("inf")
for _ in range(int(sys.argv[3])):  # small inputs: the best of a few runs, to see past a busy machine
    t1, c1 = time.perf_counter(), time.process_time()
    report = scan_dataset([sys.argv[1]], DataScanOptions(digest=sys.argv[2] == "1"))
    best = min(best, time.perf_counter() - t1)
    best_cpu = min(best_cpu, time.process_time() - c1)
files = report.to_dict()["dataset"]["files"]
print(json.dumps({"compile": compile_end - t0, "scan": best, "cpu": best_cpu,
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "records": sum(f["records"] for f in files.values()),
                  "counts": {k: v for f in files.values() for k, v in f["counts"].items()},
                  "error": report.targets[0].error}))
"""


def _size(text: str) -> int:
    units = {"K": 1 << 10, "M": 1 << 20, "G": 1 << 30}
    text = text.strip().upper().rstrip("B")
    return int(float(text[:-1]) * units[text[-1]]) if text[-1] in units else int(text)


def _mlward(path: str, digest: bool = True, repeat: int = 1) -> dict[str, object]:
    proc = subprocess.run([sys.executable, "-c", _CHILD, path, "1" if digest else "0", str(repeat)],
                          capture_output=True, text=True, check=True)
    result: dict[str, object] = json.loads(proc.stdout)
    return result


def _slice(path: str, size: int, out: str) -> int:
    with open(path, "rb") as src:
        data = src.read(size)
    data = data[: data.rfind(b"\n") + 1]
    Path(out).write_bytes(data)
    return len(data)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", default="1G", help="size of the generated JSONL (default 1G)")
    parser.add_argument("--path", default=None, help="the generated JSONL (default: mlward-bench-chat.jsonl, "
                        "or mlward-bench-chat-meta.jsonl with --metadata, in the temp folder)")
    parser.add_argument("--slice", default="1M", help="slice for the side-by-side run (default 1M)")
    parser.add_argument("--baselines", default=DEFAULT_VENV, help="python of the baseline venv")
    parser.add_argument("--metadata", action="store_true",
                        help="records also carry export metadata: timestamp with time zone, epoch ms, UUID, "
                             "token counts, a score")
    args = parser.parse_args()
    # A file left by the other kind of run is never reused: the two kinds get their own default names.
    args.path = args.path or os.path.join(
        tempfile.gettempdir(), "mlward-bench-chat-meta.jsonl" if args.metadata else "mlward-bench-chat.jsonl")
    size = _size(args.size)
    sys.path.insert(0, str(HERE))
    import chatgen

    if not os.path.exists(args.path) or os.path.getsize(args.path) < size:
        start = time.perf_counter()
        records = chatgen.write(args.path, size, metadata=args.metadata)
        print(f"generated {args.path}: {records} records in {time.perf_counter() - start:.1f}s")
    total = os.path.getsize(args.path)
    mb = total / 1e6
    print(f"file: {args.path}, {mb:.1f} MB")
    full_rate = 0.0
    for digest in (True, False):
        res = _mlward(args.path, digest)
        scan = float(res["scan"])  # type: ignore[arg-type]
        full_rate = full_rate or mb / scan
        cpu = float(res["cpu"])  # type: ignore[arg-type]
        compile_s = float(res["compile"])  # type: ignore[arg-type]
        rss = float(res["rss_mb"])  # type: ignore[arg-type]
        print(f"mlward data scan ({'with' if digest else 'without'} SHA-256): {scan:.2f}s wall, "
              f"{mb / scan:.1f} MB/s wall, {mb / cpu:.1f} MB/s of CPU time; pattern compile "
              f"{compile_s:.2f}s (once per process); peak RSS {rss:.0f} MB; {res['records']} records")
    print(f"findings by category: {json.dumps(res['counts'], sort_keys=True)}")

    with tempfile.TemporaryDirectory() as tmp:
        small = os.path.join(tmp, "slice.jsonl")
        n = _slice(args.path, _size(args.slice), small)
        res = _mlward(small, repeat=5)
        ours = n / 1e6 / float(res["scan"])  # type: ignore[arg-type]
        ours_cpu = n / 1e6 / float(res["cpu"])  # type: ignore[arg-type]
        print(f"\nside by side on a {n / 1e6:.2f} MB slice of the same file (wall clock; the machine's load "
              f"average is {os.getloadavg()[0]:.1f}):")
        print(f"  {'mlward (default detectors)':<34}{ours:>10.2f} MB/s wall {ours_cpu:>10.2f} MB/s CPU")
        if not os.path.exists(args.baselines):
            print(f"  baselines skipped: {args.baselines} not found")
            return 0
        proc = subprocess.run([args.baselines, str(HERE / "_baselines.py"), "speed", small],
                              capture_output=True, text=True, check=True)
        for name, stats in json.loads(proc.stdout).items():
            rate = n / 1e6 / stats["seconds"]
            rate_cpu = n / 1e6 / stats["cpu"]
            print(f"  {name:<34}{rate:>10.3f} MB/s wall {rate_cpu:>10.3f} MB/s CPU   mlward is "
                  f"{ours / rate:,.0f}x faster by wall clock, {ours_cpu / rate_cpu:,.0f}x by CPU time "
                  f"(full-file rate with SHA-256: {full_rate / rate:,.0f}x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
