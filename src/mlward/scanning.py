"""`scan`: walk the named paths, sniff each file, run its scanner, and collect one report."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Protocol

from mlward.errors import MlwardError, UsageError
from mlward.files.access import Limits, Source, display_path
from mlward.files.sniff import HEAD, sniff
from mlward.files.walk import Entry, walk
from mlward.findings import Finding, Location, Report, Severity, Status, Target, rule
from mlward.scanners import scanner_for
from mlward.scanners.base import ATLAS_MODEL_SUPPLY_CHAIN, INTERNAL_ERROR, ScanContext
from mlward.scanners.imports import policy

# Directories with fewer files than this are scanned in-process: starting workers costs more.
_PARALLEL_MIN_FILES = 8

SYMLINK_ESCAPE = rule(
    "file.symlink-escape",
    "Symbolic link leads outside the scanned tree",
    "A model repository contains a link to a file outside itself. A loader that follows it reads "
    "whatever the link points at (for example a key or a system file) as part of the model; mlward "
    "did not follow it.",
    "Replace the link with the file it should contain, or remove it.",
    atlas=(ATLAS_MODEL_SUPPLY_CHAIN,),
    cwe=("CWE-59",),
)

# Formats that can carry code or reach outside their directory: an internal error there is a finding.
CODE_FORMATS = frozenset({"pickle", "pytorch", "torchscript", "torch-legacy", "joblib", "numpy", "zip",
                          "tar", "7z", "hdf5", "keras", "gguf", "python", "onnx", "tensorflow"})


class Progress(Protocol):
    """Receives progress while a scan runs (a terminal display, a service's job status)."""

    def file_done(self, done: int, total: int, path: str) -> None:
        """A file has been scanned: `done` of `total`."""
        ...

    def bytes_read(self, path: str, position: int, size: int) -> None:
        """The file being scanned in this process has been read up to `position`."""
        ...


@dataclass(frozen=True, slots=True)
class ScanOptions:
    """How to scan: with or without the digest, within which limits."""

    digest: bool = True
    limits: Limits = field(default_factory=Limits)
    jobs: int | None = None  # worker processes for directories; None = all cores
    allow: tuple[Path, ...] = ()  # extra pickle allow-list files (same form as the built-in one)
    progress: Progress | None = None  # shown while scanning; None for none


def scan(paths: str | os.PathLike[str] | Sequence[str | os.PathLike[str]],
         options: ScanOptions | None = None) -> Report:
    """Scan model files and directories statically and return the report; nothing is executed."""
    options = options or ScanOptions()
    policy(options.allow)  # read the allow-list files once, up front: a bad file is a usage error
    if isinstance(paths, str | os.PathLike):
        paths = [paths]
    if not paths:
        raise UsageError("nothing to scan: name at least one file or directory")
    targets: list[Target] = []
    findings: list[Finding] = []
    files: list[Entry] = []
    for entry in walk(paths):
        if entry.kind == "file":
            files.append(entry)
        else:
            target, found = _non_file(entry)
            targets.append(target)
            findings.extend(found)
    for target, found in _scan_files(files, options):
        targets.append(target)
        findings.extend(found)
    return Report.build(targets, findings)


def _non_file(entry: Entry) -> tuple[Target, list[Finding]]:
    shown = display_path(entry.path)
    if entry.kind == "escape":
        finding = Finding.of(
            SYMLINK_ESCAPE, shown, Severity.HIGH, f"{shown} is a {entry.detail}; it was not followed.",
            evidence=entry.detail,
        )
        return Target(shown, "symlink", None, None, Status.SKIPPED, entry.detail), [finding]
    if entry.kind in ("duplicate", "dirlink", "broken"):
        return Target(shown, "symlink" if entry.kind != "duplicate" else "duplicate", None, None,
                      Status.SKIPPED, entry.detail), []
    if entry.kind == "special":
        # Named explicitly, it is an input we could not process; inside a tree, it is just skipped.
        status = Status.ERROR if entry.explicit else Status.SKIPPED
        return Target(shown, "special", None, None, status, entry.detail), []
    return Target(shown, "unknown", None, None, Status.ERROR, entry.detail), []


def _scan_files(
    files: list[Entry], options: ScanOptions
) -> Iterable[tuple[Target, list[Finding]]]:
    total = len(files)
    jobs = options.jobs or os.cpu_count() or 1
    report = options.progress
    if total >= _PARALLEL_MIN_FILES and jobs > 1:
        from concurrent.futures import ProcessPoolExecutor  # only directories pay for the import

        with ProcessPoolExecutor(max_workers=min(jobs, total)) as pool:
            worker_options = replace(options, progress=None)  # workers cannot draw on our terminal
            results = pool.map(_scan_entry, files, [worker_options] * total, chunksize=1)
            for done, result in enumerate(results, 1):
                if report:
                    report.file_done(done, total, result[0].path)
                yield result
        return
    for done, entry in enumerate(files, 1):
        result = _scan_entry(entry, options)
        if report:
            report.file_done(done, total, result[0].path)
        yield result


def _scan_entry(entry: Entry, options: ScanOptions) -> tuple[Target, list[Finding]]:
    on_read = None
    if options.progress is not None:
        progress, shown = options.progress, display_path(entry.path)

        def on_read(position: int, size: int) -> None:
            progress.bytes_read(shown, position, size)

    return scan_file(entry.path, digest=options.digest, limits=options.limits,
                     open_path=entry.open_path, allow=options.allow, on_read=on_read)


def scan_file(
    path: str,
    *,
    digest: bool = True,
    limits: Limits | None = None,
    open_path: str | None = None,
    allow: tuple[Path, ...] = (),
    on_read: Callable[[int, int], None] | None = None,
) -> tuple[Target, list[Finding]]:
    """Scan one regular file: its target record and its findings. Never raises for bad input."""
    shown = display_path(path)
    ctx = ScanContext(shown, limits or Limits(), digest, allow=allow)
    try:
        source = Source(open_path or path, digest=digest, on_read=on_read)
    except MlwardError as exc:
        return Target(shown, "unknown", None, None, Status.ERROR, str(exc)), []
    findings: list[Finding] = []
    error: str | None = None
    with source:
        ctx.format = sniff(source.pread(max(HEAD, 512), 0), os.path.basename(path))
        scanner = scanner_for(ctx.format)
        try:
            if scanner is not None:
                findings.extend(scanner.scan(source, ctx))
            sha256 = source.finish()
        except MlwardError as exc:
            error = str(exc)
            sha256 = _finish_quietly(source)
        except Exception as exc:
            # A scanner bug must not turn into a traceback or, worse, into "clean".
            error = f"internal error while analysing: {type(exc).__name__}: {exc}"
            sha256 = _finish_quietly(source)
            if ctx.format in CODE_FORMATS:
                findings.append(Finding.of(
                    INTERNAL_ERROR, shown, Severity.HIGH,
                    f"Analysis stopped early ({type(exc).__name__}); the rest of this "
                    f"{ctx.format} file was not checked.", location=Location(),
                ))
        size = source.size
    status = Status.ERROR if error else Status.SCANNED
    return Target(shown, ctx.format, size, sha256, status, error), findings


def _finish_quietly(source: Source) -> str | None:
    try:
        return source.finish()
    except OSError:
        return None


class TerminalProgress:
    """A one-line progress display on stderr, only when stderr is a terminal; redrawn at most 5/s."""

    def __init__(self) -> None:
        self._last = 0.0
        self._active = sys.stderr.isatty()
        self._files = ""

    def _draw(self, text: str) -> None:
        now = time.monotonic()
        if not self._active or now - self._last < 0.2:
            return
        self._last = now
        sys.stderr.write(f"\r\x1b[2K{text}")
        sys.stderr.flush()

    def file_done(self, done: int, total: int, path: str) -> None:
        """Show how many files are done; clear the line when all are, so the report starts clean."""
        self._files = f"{done}/{total} files"
        if done < total:
            self._draw(f"scanning {self._files} {_tail(path)}")
        elif self._active:
            sys.stderr.write("\r\x1b[2K")
            sys.stderr.flush()

    def bytes_read(self, path: str, position: int, size: int) -> None:
        """Show how far into a large file the scan is (files under 64 MiB are not worth a line)."""
        if size >= 64 << 20:
            share = 100 * position // max(size, 1)
            self._draw(f"scanning {self._files} {_tail(path)} {share}% of {size / 1e9:.1f} GB")


def _tail(path: str) -> str:
    return path if len(path) <= 50 else "…" + path[-49:]
