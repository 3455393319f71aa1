"""The command line: parse, call the library, print, return an exit code. Nothing else."""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path

from mlward import __version__
from mlward.errors import MlwardError
from mlward.examples import write_example
from mlward.findings import Report, Severity
from mlward.render import FORMATS, render
from mlward.scanners.repository import render_summary, repository_summary
from mlward.scanning import ScanOptions, TerminalProgress, scan

EXIT_CLEAN = 0
EXIT_FINDINGS = 1
EXIT_ERROR = 2


def _severity(text: str) -> Severity:
    try:
        return Severity.parse(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _add_report_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--format", choices=FORMATS, default="text", help="report format")
    parser.add_argument("--output", "-o", metavar="FILE",
                        help="write the report to FILE instead of standard output")
    parser.add_argument("--fail-on", type=_severity, default=Severity.MEDIUM, metavar="SEVERITY",
                        help="exit 1 when a finding is at or above this severity "
                             "(critical, high, medium, low, info; default medium)")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="mlward",
        description="A security gate for ML models and data: static scans that never execute "
                    "what they inspect.",
    )
    parser.add_argument("--version", action="version", version=f"mlward {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    scan_cmd = commands.add_parser(
        "scan", help="scan model files and repositories",
        description="Scan model files and directories without loading them. With no PATH, "
                    "writes a small example repository to mlward's home and scans it.")
    scan_cmd.add_argument("paths", nargs="*", metavar="PATH", help="files or directories")
    _add_report_options(scan_cmd)
    scan_cmd.add_argument("--no-digest", action="store_true",
                          help="skip the SHA-256 of each file; read only what a loader would")
    scan_cmd.add_argument("--jobs", "-j", type=int, default=None, metavar="N",
                          help="worker processes for directories (default: all cores)")
    scan_cmd.add_argument("--allow", action="append", default=[], metavar="FILE", type=Path,
                          help="extra pickle allow-list (TOML, same form as mlward's own); repeatable")
    scan_cmd.add_argument("--summary", action="store_true",
                          help="add a per-repository summary: every file's format, digest and verdict")

    convert_cmd = commands.add_parser(
        "convert", help="convert a pickle-based checkpoint or .npz to safetensors, without loading it",
        description="Rebuild the tensors of a PyTorch checkpoint, pickled numpy arrays or an .npz archive "
                    "as data (nothing is unpickled), write them as safetensors, verify every tensor "
                    "bit-exactly, and leave a conversion record (OUTPUT.conversion.json).")
    convert_cmd.add_argument("source", metavar="SOURCE", help="the checkpoint to convert")
    convert_cmd.add_argument("--output", "-o", metavar="FILE",
                             help="where to write (default: SOURCE with the extension .safetensors)")
    convert_cmd.add_argument("--format", choices=("text", "json"), default="text",
                             help="print the conversion record as text or JSON")
    convert_cmd.add_argument("--force", action="store_true", help="overwrite an existing output file")
    return parser


def _emit(report: Report, args: argparse.Namespace) -> None:
    if args.output:
        text = render(report, args.format)
        try:
            with open(args.output, "w", encoding="utf-8") as handle:
                handle.write(text)
        except OSError as exc:
            raise MlwardError(f"cannot write the report to {args.output}: {exc.strerror}") from exc
        return
    color = args.format == "text" and sys.stdout.isatty() and "NO_COLOR" not in os.environ
    sys.stdout.write(render(report, args.format, color=color))


def _exit_code(report: Report, threshold: Severity) -> int:
    if report.blocking(threshold):
        return EXIT_FINDINGS
    return EXIT_ERROR if report.errors else EXIT_CLEAN


def _cmd_scan(args: argparse.Namespace) -> int:
    paths = args.paths
    if not paths:
        example = write_example()
        print(f"mlward: no path given; scanning the bundled example at {example}", file=sys.stderr)
        paths = [str(example)]
    if args.jobs is not None and args.jobs < 1:
        raise MlwardError("--jobs must be at least 1")
    options = ScanOptions(digest=not args.no_digest, jobs=args.jobs, progress=TerminalProgress(),
                          allow=tuple(args.allow))
    report = scan(paths, options)
    if args.summary:
        report = _with_summary(report, args)
    _emit(report, args)
    if args.summary and args.format == "text" and not args.output:
        sys.stdout.write("\n" + render_summary(repository_summary(report)))
    return _exit_code(report, args.fail_on)


def _with_summary(report: Report, args: argparse.Namespace) -> Report:
    """The JSON report gains "repositories": {root: [{path, format, sha256, size, verdict}]}."""
    if args.format != "json":
        return report
    summary = {root: [f.to_dict() for f in files] for root, files in repository_summary(report).items()}
    return dataclasses.replace(report, extra={**report.extra, "repositories": summary})


def _cmd_convert(args: argparse.Namespace) -> int:
    from mlward.convert import VerificationFailed, convert

    try:
        record = convert(args.source, args.output, overwrite=args.force)
    except VerificationFailed as exc:
        print(f"mlward: {exc}", file=sys.stderr)
        return EXIT_FINDINGS
    if args.format == "json":
        sys.stdout.write(json.dumps(record.to_dict(), indent=2) + "\n")
    else:
        skipped = f"; skipped {len(record.skipped)} non-tensor values" if record.skipped else ""
        sys.stdout.write(f"converted {record.source} ({record.source_format}, "
                         f"sha256 {record.source_sha256})\n"
                         f"       to {record.output} (sha256 {record.output_sha256})\n"
                         f"{len(record.tensors)} tensors verified bit-exactly{skipped}; "
                         f"record in {record.output}.conversion.json\n")
    return EXIT_CLEAN


_COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "scan": _cmd_scan,
    "convert": _cmd_convert,
}


def main(argv: list[str] | None = None) -> int:
    """Run mlward; returns the exit code (0 clean, 1 findings or denied, 2 could not finish)."""
    try:
        args = _parser().parse_args(argv)
    except SystemExit as exc:  # argparse has printed the usage error
        return exc.code if isinstance(exc.code, int) else EXIT_ERROR
    try:
        return _COMMANDS[args.command](args)
    except MlwardError as exc:
        print(f"mlward: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("mlward: interrupted", file=sys.stderr)
        return 130
