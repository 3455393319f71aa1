"""Dataset scanning and cleaning: personal data, credentials, prompt injections and quality problems.

`scan_dataset(paths, options) -> Report` reads JSONL, JSON, CSV/TSV, Parquet, Arrow (`datasets` folders)
and plain text, gzip- or zstd-compressed or not, in one streaming pass each; `clean_dataset(src, dst,
policy) -> CleanResult` writes a cleaned copy in the same format with a change log.
"""

from __future__ import annotations

import os
from collections.abc import Sequence

from mlward.datasets.cleaning import CleanResult, Policy, clean_dataset
from mlward.datasets.engine import CATEGORIES, DataScanOptions, Inspector, Tally, iter_items, scan_items
from mlward.datasets.readers import UnreadableDataset, detect_format, open_decompressed
from mlward.errors import MlwardError, UsageError
from mlward.files.access import Source, display_path
from mlward.files.walk import walk
from mlward.findings import Finding, Report, Status, Target

__all__ = ["CATEGORIES", "CleanResult", "DataScanOptions", "Policy", "clean_dataset", "scan_dataset"]

# The metadata files of a `datasets.save_to_disk` folder; its records live in the .arrow shards.
_HF_METADATA = frozenset({"state.json", "dataset_info.json", "dataset_dict.json"})


def scan_dataset(paths: str | os.PathLike[str] | Sequence[str | os.PathLike[str]],
                 options: DataScanOptions | None = None) -> Report:
    """Scan dataset files and directories; every finding has a taxonomy category and masked evidence."""
    options = options or DataScanOptions()
    if isinstance(paths, str | os.PathLike):
        paths = [paths]
    if not paths:
        raise UsageError("nothing to scan: name at least one dataset file or directory")
    inspector = Inspector(options)
    targets: list[Target] = []
    findings: list[Finding] = []
    files: dict[str, dict[str, object]] = {}
    for entry in walk(paths):
        shown = display_path(entry.path)
        if entry.kind != "file":
            status = Status.ERROR if entry.kind == "error" or (entry.kind == "special" and entry.explicit) \
                else Status.SKIPPED
            targets.append(Target(shown, entry.kind, None, None, status, entry.detail or entry.kind))
            continue
        if os.path.basename(entry.path) in _HF_METADATA and _is_hf_folder(os.path.dirname(entry.path)):
            continue
        target, found, tally = scan_file(entry.path, options, inspector, explicit=entry.explicit,
                                         open_path=entry.open_path)
        targets.append(target)
        findings.extend(found)
        if tally is not None:
            files[shown] = {"records": tally.records, "counts": dict(sorted(tally.counts.items()))}
    extra = {"dataset": {"prefilter": inspector.engine, "files": files}}
    return Report.build(targets, findings, kind="dataset", extra=extra)


def _is_hf_folder(directory: str) -> bool:
    return os.path.isfile(os.path.join(directory, "state.json")) or os.path.isfile(
        os.path.join(directory, "dataset_dict.json"))


def scan_file(path: str, options: DataScanOptions, inspector: Inspector, *, explicit: bool = True,
              open_path: str | None = None) -> tuple[Target, list[Finding], Tally | None]:
    """Scan one dataset file: its target record, findings and tallies. Never raises for bad input."""
    shown = display_path(path)
    try:
        source = Source(open_path or path, digest=options.digest)
    except MlwardError as exc:
        return Target(shown, "unknown", None, None, Status.ERROR, str(exc)), [], None
    with source:
        head = source.pread(4096, 0)
        fmt, compression = detect_format(os.path.basename(path), head)
        if fmt is None and explicit:
            fmt = _guess_text(head)
        if fmt is None:
            source.close()
            return Target(shown, "unknown", source.size, None, Status.SKIPPED,
                          "not a dataset format mlward reads"), [], None
        label = fmt + (f"+{compression}" if compression else "")
        tally = Tally(shown, options.max_findings_per_category)
        error = None
        try:
            if fmt in ("parquet", "arrow"):
                if compression:
                    raise UnreadableDataset(f"compressed {fmt} files are not supported; decompress first")
                items = iter_items(open_path or path, fmt, None, None, options)
            else:
                stream = open_decompressed(source, compression, options.max_decompressed)
                items = iter_items(path, fmt, compression, stream, options)
            scan_items(items, fmt, inspector, tally)
        except MlwardError as exc:
            error = f"{shown}: {exc}"
        except Exception as exc:  # a reader bug must not become a traceback or a silent "clean"
            error = f"{shown}: internal error while reading {label}: {type(exc).__name__}: {exc}"
        try:
            sha256 = source.finish()
        except OSError:
            sha256 = None
        status = Status.ERROR if error else Status.SCANNED
        return Target(shown, label, source.size, sha256, status, error), tally.summary(), tally


def _guess_text(head: bytes) -> str | None:
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < len(head) - 4:
            return None
        text = head[: exc.start].decode("utf-8")
    if "\x00" in text:
        return None
    start = text.lstrip()[:1]
    return "jsonl" if start == "{" else "json" if start == "[" else "text"
