"""Scanner definitions shared by bench/run.py and bench/smoke.py.

Each competitor lives in its own virtualenv under ``BENCH_ENV`` (default /work/benchenv,
outside the repository).  See bench/README.md for how those venvs are made.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

BENCH_ENV = Path(os.environ.get("BENCH_ENV", "/work/benchenv"))

# Environment for every scanner run: no telemetry, no hub access.
SCAN_ENV_EXTRA = {
    "PROMPTFOO_DISABLE_TELEMETRY": "1",  # modelaudit (posthog)
    "NO_ANALYTICS": "1",
    "HF_HUB_OFFLINE": "1",
    "NO_COLOR": "1",
    "TERM": "dumb",
}

# Outcome of one run on a benign file.
CLEAN = "clean"  # finished, reported nothing
FLAGGED = "flagged"  # finished, reported something (exit code says "issues found")
NOT_SCANNED = "not-scanned"  # tool did not recognise the file and scanned nothing
GAVE_UP = "gave-up"  # tool started but stopped (parse error, size limit, ...)
CRASH = "crash"  # traceback / unexpected exit code
TIMEOUT = "timeout"
SKIPPED = "skipped"  # not run (tool missing or target unsupported)

FINISHED = frozenset({CLEAN, FLAGGED})


@dataclass(frozen=True)
class Tool:
    """One command to time.  ``argv`` gets ``path`` (file or directory) and ``work`` dir."""

    name: str
    kind: str  # "baseline", "competitor" or "mlward"
    argv: Callable[[Path, Path], list[str]]
    classify: Callable[[int, str], str]
    applies: Callable[[Path], bool] = field(default=lambda _p: True)
    version: Callable[[], str] = field(default=lambda: "")
    note: str = ""
    stdout_devnull: bool = False  # send stdout to /dev/null instead of capturing it
    show_na: bool = True  # list the tool as "n/a" for targets it does not apply to

    def available(self) -> bool:
        probe = self.argv(Path("x"), Path("."))
        exe = probe[0]
        return Path(exe).is_file() if "/" in exe else shutil.which(exe) is not None


def files_of(path: Path) -> list[str]:
    """The regular files a baseline has to read: the path itself, or a directory's files."""
    if path.is_dir():
        return sorted(str(p) for p in path.rglob("*") if p.is_file())
    return [str(path)]


def venv_bin(venv: str, exe: str) -> str:
    return str(BENCH_ENV / venv / "bin" / exe)


def dist_version(venv: str, dist: str) -> str:
    py = venv_bin(venv, "python")
    if not Path(py).is_file():
        return "not installed"
    code = f"import importlib.metadata as m; print(m.version({dist!r}))"
    proc = subprocess.run([py, "-c", code], capture_output=True, text=True, check=False)
    return proc.stdout.strip() or "unknown"


def is_zip(path: Path) -> bool:
    if path.is_dir():
        return False
    with path.open("rb") as f:
        return f.read(4) == b"PK\x03\x04"


def has(pattern: str, out: str) -> bool:
    return re.search(pattern, out, re.MULTILINE) is not None


TRACEBACK = r"^Traceback \(most recent call last\)"


# --- classifiers: (exit code, combined stdout+stderr) -> outcome --------------------------


def classify_baseline(rc: int, _out: str) -> str:
    return CLEAN if rc == 0 else CRASH


def classify_modelscan(rc: int, out: str) -> str:
    # modelscan: 0 no issues, 1 issues found, 2 scan error, 3 no supported files, 4 usage.
    if has(TRACEBACK, out) and rc not in (0, 1):
        return CRASH
    if has(r"Parsing error|PICKLE_GENOPS", out):
        return GAVE_UP
    if rc == 3 or has(r'"total_scanned": 0', out):
        return NOT_SCANNED
    return {0: CLEAN, 1: FLAGGED, 2: GAVE_UP}.get(rc, CRASH)


def classify_picklescan(rc: int, out: str) -> str:
    # picklescan: 0 clean, 1 dangerous globals found, 2 scan error.
    if has(TRACEBACK, out):
        return CRASH
    if has(r"^ERROR: parsing pickle|exceeds|too large", out):
        return GAVE_UP
    if has(r"could not parse .* as pickle|Scanned files: 0", out):
        return NOT_SCANNED
    return {0: CLEAN, 1: FLAGGED, 2: GAVE_UP}.get(rc, CRASH)


def classify_fickling(rc: int, out: str) -> str:
    # fickling --check-safety: 0 likely safe, 1 unsafe, 2 error (e.g. not a pickle).
    if has(TRACEBACK, out):
        return CRASH
    if has(r"No pickle files detected", out):
        return NOT_SCANNED
    return {0: CLEAN, 1: FLAGGED, 2: GAVE_UP}.get(rc, CRASH)


def classify_modelaudit(rc: int, out: str) -> str:
    # modelaudit: 0 no issues, 1 issues found (warnings count), 2 errors during scanning.
    if has(TRACEBACK, out) and rc not in (0, 1):
        return CRASH
    if has(r'"bytes_scanned": 0\b', out) and rc != 1:
        return NOT_SCANNED
    if has(r"File too large:|(?i:timed? ?out|size limit exceeded)", out) and rc == 2:
        return GAVE_UP
    return {0: CLEAN, 1: FLAGGED, 2: GAVE_UP}.get(rc, CRASH)


def classify_mlward(rc: int, out: str) -> str:
    # Assumed convention (same as the others): 0 clean, 1 findings, anything else error.
    if has(TRACEBACK, out):
        return CRASH
    return {0: CLEAN, 1: FLAGGED, 2: GAVE_UP}.get(rc, CRASH)


# fickling's CLI reads a local file only as a raw (stacked) pickle; ZIP checkpoints go
# through its Python API.  This one-liner is the documented API call, nothing more.
FICKLING_ZIP_SNIPPET = (
    "import sys, fickling\n"
    "res = fickling.scan_zip_archive(sys.argv[1], graceful=True, json_output_path=sys.argv[2])\n"
    "unsafe = [m for m, r in res.items() if not r.is_safe]\n"
    "errors = [e for r in res.values() for e in r.errors]\n"
    "print('members:', len(res), 'unsafe:', unsafe, 'errors:', errors)\n"
    "for m, r in res.items():\n"
    "    print(m, r.severity.name, [a.to_string() for a in r.results if a.to_string()])\n"
    "sys.exit(2 if errors else 1 if unsafe else 0)\n"
)


def mlward_argv(command: str, extra: list[str]) -> Callable[[Path, Path], list[str]]:
    base = shlex.split(command)

    def argv(path: Path, _work: Path) -> list[str]:
        return [*base, "scan", str(path), *extra]

    return argv


def mlward_version(command: str) -> Callable[[], str]:
    def version() -> str:
        base = shlex.split(command)
        if shutil.which(base[0]) is None and not Path(base[0]).is_file():
            return "not installed"
        try:
            proc = subprocess.run(
                [*base, "--version"], capture_output=True, text=True, check=False, timeout=30
            )
        except OSError:
            return "not installed"
        return (proc.stdout or proc.stderr).strip().splitlines()[0] if proc.stdout else "unknown"

    return version


def all_tools(mlward_cmd: str = "mlward") -> list[Tool]:
    """Every tool in the order the tables show them."""
    return [
        Tool(
            "sha256sum",
            "baseline",
            lambda p, _w: ["sha256sum", *files_of(p)],
            classify_baseline,
            version=lambda: _first_line(["sha256sum", "--version"]),
        ),
        Tool(
            "cat",
            "baseline",
            lambda p, _w: ["cat", *files_of(p)],
            classify_baseline,
            version=lambda: _first_line(["cat", "--version"]),
            note="stdout to /dev/null",
            stdout_devnull=True,
        ),
        Tool(
            "modelscan",
            "competitor",
            lambda p, _w: [venv_bin("modelscan", "modelscan"), "-p", str(p), "-r", "json"],
            classify_modelscan,
            version=lambda: dist_version("modelscan", "modelscan"),
        ),
        Tool(
            "picklescan",
            "competitor",
            lambda p, _w: [venv_bin("picklescan", "picklescan"), "-p", str(p)],
            classify_picklescan,
            version=lambda: dist_version("picklescan", "picklescan"),
        ),
        Tool(
            "fickling",
            "competitor",
            lambda p, w: [
                venv_bin("fickling", "fickling"),
                "--check-safety",
                "--json-output",
                str(w / "fickling.json"),
                str(p),
            ],
            classify_fickling,
            applies=lambda p: not p.is_dir(),
            version=lambda: dist_version("fickling", "fickling"),
            note="CLI takes one file; no directory mode",
        ),
        Tool(
            "fickling-zip-api",
            "competitor",
            lambda p, w: [
                venv_bin("fickling", "python"),
                "-c",
                FICKLING_ZIP_SNIPPET,
                str(p),
                str(w / "fickling-zip.json"),
            ],
            classify_fickling,
            applies=is_zip,
            version=lambda: dist_version("fickling", "fickling"),
            note="fickling.scan_zip_archive(), only for ZIP checkpoints",
            show_na=False,
        ),
        Tool(
            "modelaudit",
            "competitor",
            lambda p, _w: [
                venv_bin("modelaudit", "modelaudit"),
                "scan",
                "--no-cache",
                "-f",
                "json",
                str(p),
            ],
            classify_modelaudit,
            version=lambda: dist_version("modelaudit", "modelaudit"),
        ),
        Tool(
            "mlward",
            "mlward",
            mlward_argv(mlward_cmd, ["--format", "json"]),
            classify_mlward,
            version=mlward_version(mlward_cmd),
        ),
        Tool(
            "mlward --no-digest",
            "mlward",
            mlward_argv(mlward_cmd, ["--no-digest", "--format", "json"]),
            classify_mlward,
            version=mlward_version(mlward_cmd),
        ),
    ]


def _first_line(argv: list[str]) -> str:
    try:
        proc = subprocess.run(argv, capture_output=True, text=True, check=False, timeout=30)
    except OSError:
        return "not installed"
    lines = proc.stdout.strip().splitlines()
    return lines[0] if lines else "unknown"


def scan_env() -> dict[str, str]:
    return {**os.environ, **SCAN_ENV_EXTRA}
