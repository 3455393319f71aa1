"""Hostile dataset inputs: each must end in a clear error or finding, in bounded memory, with no traceback.

    python bench/data_hostile.py [--line-size 1G]

Writes, into a temporary directory: a JSONL file whose first record is one line of --line-size bytes,
JSONL with invalid UTF-8 and NUL bytes, a Parquet file with a broken footer, a CSV with an unbalanced
quote, a truncated gzip file and a 100 MB zero-filled gzip "bomb". Runs `mlward data scan --format json`
on each in a child process and prints the exit code, the target status or error, the finding categories,
the wall time and the child's peak RSS.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path


def _size(text: str) -> int:
    units = {"K": 1 << 10, "M": 1 << 20, "G": 1 << 30}
    text = text.strip().upper().rstrip("B")
    return int(float(text[:-1]) * units[text[-1]]) if text[-1] in units else int(text)


def _long_line(path: Path, size: int) -> None:
    chunk = b"x" * (1 << 20)
    with path.open("wb") as handle:
        handle.write(b'{"text": "')
        for _ in range(size // len(chunk)):
            handle.write(chunk)
        handle.write(b'"}\n{"text": "after the long line: jane.roe@mailbox.org"}\n')


def _bad_bytes(path: Path) -> None:
    path.write_bytes(b'{"t": "ok"}\n{"t": "\xff\xfe\xfd"}\n{"t": "a\x00b"}\n\x00\x00\x00\n{"t": "fine"}\n')


def _parquet(path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    pq.write_table(pa.Table.from_pylist([{"t": f"row {i}"} for i in range(1000)]), path)
    data = path.read_bytes()
    path.write_bytes(data[:-40] + b"\x00" * 36 + b"PAR1")


def _csv(path: Path) -> None:
    path.write_text('prompt,completion\n"fine",ok\n"never closed,' + "x" * (20 << 20) + "\n")


def _truncated_gzip(path: Path) -> None:
    data = "".join(json.dumps({"t": f"row {i}"}) + "\n" for i in range(100_000)).encode()
    path.write_bytes(gzip.compress(data)[:5000])


def _zero_bomb(path: Path) -> None:
    with gzip.open(path, "wb") as handle:
        for _ in range(100):
            handle.write(b"\x00" * (1 << 20))


CASES: dict[str, tuple[str, Callable[[Path], None]]] = {
    "invalid UTF-8 and NUL bytes": ("bad.jsonl", _bad_bytes),
    "broken Parquet footer": ("broken.parquet", _parquet),
    "unbalanced CSV quote (20 MB field)": ("quote.csv", _csv),
    "truncated gzip": ("cut.jsonl.gz", _truncated_gzip),
    "100 MB of NUL bytes, gzip-compressed": ("zeros.jsonl.gz", _zero_bomb),
}


# The child reports its own peak RSS (VmHWM, in kB). getrusage would not do: on Linux ru_maxrss survives
# fork and exec, so a child would report this parent's peak if that was higher.
_CHILD = (
    "import re, sys\n"
    "from mlward.cli import main\n"
    "code = main(sys.argv[1:])\n"
    "status = open('/proc/self/status').read()\n"
    "sys.stderr.write('RSS ' + re.search(r'VmHWM:\\s+(\\d+)', status).group(1))\n"
    "sys.exit(code)\n"
)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--line-size", default="1G", help="length of the single long line (default 1G)")
    args = parser.parse_args()
    size = _size(args.line_size)
    cases = {f"one {size / 2**30:.2f} GiB line": ("long.jsonl", lambda p: _long_line(p, size)), **CASES}
    with tempfile.TemporaryDirectory() as tmp:
        for label, (name, make) in cases.items():
            path = Path(tmp) / name
            make(path)
            start = time.perf_counter()
            command = [sys.executable, "-c", _CHILD, "data", "scan", "--format", "json", str(path)]
            proc = subprocess.run(command, capture_output=True, text=True)
            seconds = time.perf_counter() - start
            rss = int(proc.stderr.rsplit("RSS ", 1)[-1]) if "RSS " in proc.stderr else 0
            traceback = "Traceback" in proc.stderr
            try:
                report = json.loads(proc.stdout)
                target = report["targets"][0]
                outcome = target["error"] or target["status"]
                found = sorted({f["category"] for f in report["findings"]})
            except (ValueError, KeyError, IndexError):
                outcome, found = proc.stderr.strip()[-200:], []
            print(f"{label}: {os.path.getsize(path) / 1e6:.1f} MB, exit {proc.returncode}, {seconds:.1f}s, "
                  f"peak RSS {rss / 1024:.0f} MB, traceback: {'YES' if traceback else 'no'}")
            print(f"    -> {outcome}; findings: {', '.join(found) or 'none'}")
            path.unlink()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
