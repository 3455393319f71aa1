"""Benchmark: mlward's manifest against `sha256sum` and model-signing's own hashing, on one directory.

Builds a model-like directory (a few large shards plus many small files), then times, each in a fresh
process and over warm page cache:
  - `sha256sum` over every file (one process, the baseline the issue names), and `openssl dgst -sha256`;
  - `mlward.provenance.manifest.build_manifest` (parallel threads, 4 MiB streaming reads);
  - `model_signing.hashing.Config().hash` (model-signing 1.1.1, file serialization, SHA-256).
Reports the median wall time of --runs runs, the ratios to sha256sum, and the peak RSS of each.

Quick run (256 MB):      python bench/manifest.py
Report run (about 1 GB): python bench/manifest.py --size-mb 1024
Full run (about 5 GB):   python bench/manifest.py --size-mb 5120 --shards 4 --small-files 2000
The directory is kept under --dir (default /tmp/mlward-bench-manifest) and reused when the sizes match.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

MLWARD = """
import sys
from mlward.provenance.manifest import build_manifest
m = build_manifest(sys.argv[1], ignore=())
print(len(m.digests), m.root_digest())
"""

MODEL_SIGNING = """
import sys, model_signing
m = model_signing.hashing.Config().set_ignored_paths(paths=[], ignore_git_paths=False).hash(sys.argv[1])
print(sum(1 for _ in m.resource_descriptors()))
"""


def build(root: Path, size_mb: int, shards: int, small_files: int) -> list[Path]:
    """Shards share 95% of the bytes; the small files (1-64 KiB configs, vocab pieces) the rest."""
    stamp = root / ".bench-shape.json"
    shape = {"size_mb": size_mb, "shards": shards, "small_files": small_files}
    if stamp.exists() and json.loads(stamp.read_text()) == shape:
        return sorted(p for p in root.rglob("*") if p.is_file() and p != stamp)
    shutil.rmtree(root, ignore_errors=True)
    root.mkdir(parents=True)
    total = size_mb << 20
    shard_size = int(total * 0.95) // shards
    block = os.urandom(8 << 20)
    for i in range(shards):
        with open(root / f"model-{i + 1:05d}-of-{shards:05d}.safetensors", "wb") as out:
            left = shard_size
            while left > 0:
                out.write(block[: min(len(block), left)])
                left -= min(len(block), left)
    small_budget = total - shard_size * shards
    each = max(1024, min(64 << 10, small_budget // max(small_files, 1)))
    for i in range(small_files):
        folder = root / "extra" / f"part{i // 200:03d}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"piece{i:05d}.json").write_bytes(os.urandom(each))
    stamp.write_text(json.dumps(shape))
    return sorted(p for p in root.rglob("*") if p.is_file() and p != stamp)


def timed(command: list[str]) -> tuple[float, int]:
    """Wall seconds and peak RSS (KiB) of one child process."""
    start = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, _, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    if proc.stderr is not None:
        proc.stderr.close()
    return elapsed, usage.ru_maxrss


def main() -> None:
    """Build, warm the cache, run each tool --runs times, print medians and ratios."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--size-mb", type=int, default=256)
    parser.add_argument("--shards", type=int, default=3)
    parser.add_argument("--small-files", type=int, default=500)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--dir", default="/tmp/mlward-bench-manifest")
    args = parser.parse_args()
    root = Path(args.dir)
    files = build(root, args.size_mb, args.shards, args.small_files)
    total = sum(p.stat().st_size for p in files)
    listing = root.parent / (root.name + ".files")
    listing.write_text("\0".join(str(p) for p in files))
    tools = {
        "sha256sum": ["sh", "-c", f"xargs -0 sha256sum < '{listing}' > /dev/null"],
        # coreutils' sha256sum may lack the SHA extensions OpenSSL uses; `openssl dgst` (one process,
        # one core) shows the single-stream hash limit that mlward's threads start from.
        "openssl dgst": ["sh", "-c", f"xargs -0 openssl dgst -sha256 < '{listing}' > /dev/null"],
        "mlward": [sys.executable, "-c", MLWARD, str(root)],
        "model-signing": [sys.executable, "-c", MODEL_SIGNING, str(root)],
    }
    if not shutil.which("openssl"):
        del tools["openssl dgst"]
    subprocess.run(["sh", "-c", f"xargs -0 cat < '{listing}' > /dev/null"], check=True)  # warm the cache
    results: dict[str, tuple[float, int]] = {}
    for name, command in tools.items():
        runs = [timed(command) for _ in range(args.runs)]
        results[name] = (statistics.median(r[0] for r in runs), max(r[1] for r in runs))
    base = results["sha256sum"][0]
    mib = total / 2**20
    print(f"{len(files)} files, {mib:,.0f} MiB, {os.cpu_count()} cores, median of {args.runs} (warm cache)")
    print(f"{'tool':<14} {'seconds':>8} {'MiB/s':>8} {'vs sha256sum':>13} {'peak RSS MiB':>13}")
    for name, (seconds, rss) in results.items():
        print(f"{name:<14} {seconds:8.2f} {mib / seconds:8.0f} {seconds / base:12.2f}x {rss / 1024:13.0f}")


if __name__ == "__main__":
    main()
