"""The command line: parse, call the library, print, return an exit code. Nothing else."""

from __future__ import annotations

import argparse
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
    _add_data_commands(commands)
    return parser


def _add_data_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    data_cmd = commands.add_parser(
        "data", help="scan and clean training data",
        description="Find personal data, credentials, prompt injections, duplicates and malformed "
                    "records in training data, and write cleaned copies with a change log.")
    data = data_cmd.add_subparsers(dest="data_command", required=True, metavar="SUBCOMMAND")
    scan_cmd = data.add_parser(
        "scan", help="scan dataset files and directories",
        description="Scan JSONL, JSON, CSV/TSV, Parquet, Arrow (datasets folders) and text files, "
                    "gzip- or zstd-compressed or not. Evidence is always masked.")
    scan_cmd.add_argument("paths", nargs="+", metavar="PATH", help="files or directories")
    _add_report_options(scan_cmd)
    scan_cmd.add_argument("--only", metavar="CATEGORIES",
                          help="comma-separated categories or families to check (e.g. secret,pii.email)")
    scan_cmd.add_argument("--skip", metavar="CATEGORIES",
                          help="comma-separated categories or families not to check")
    scan_cmd.add_argument("--near-duplicates", action="store_true",
                          help="also find near-duplicate records (MinHash/LSH; slower)")
    scan_cmd.add_argument("--max-findings", type=int, default=1000, metavar="N",
                          help="list at most N findings per category and file; all are counted")
    scan_cmd.add_argument("--no-digest", action="store_true", help="skip the SHA-256 of each file")

    clean_cmd = data.add_parser(
        "clean", help="write a cleaned copy of a dataset and a change log",
        description="Write a cleaned copy of IN to OUT in the same format (never in place) and a JSON "
                    "Lines change log. Actions per category: keep, redact, mask, pseudonymize, drop.")
    clean_cmd.add_argument("source", metavar="IN", help="dataset file to clean")
    clean_cmd.add_argument("--output", "-o", required=True, metavar="OUT", help="cleaned file to write")
    clean_cmd.add_argument("--log", metavar="FILE",
                           help="change log to write (default: OUT.changes.jsonl)")
    clean_cmd.add_argument("--policy", metavar="FILE",
                           help="TOML policy with an [actions] table (category or family = action)")
    clean_cmd.add_argument("--action", action="append", default=[], metavar="CATEGORY=ACTION",
                           help="override one action, e.g. pii.email=pseudonymize (repeatable)")
    clean_cmd.add_argument("--key-file", metavar="FILE",
                           help="pseudonymisation key (64 hex characters); default: a random key per run")
    clean_cmd.add_argument("--near-duplicates", action="store_true",
                           help="drop near-duplicate records (same as --action quality.near_duplicate=drop)")
    clean_cmd.add_argument("--force", action="store_true", help="replace OUT and the log if they exist")
    clean_cmd.add_argument("--format", choices=("text", "json"), default="text", help="summary format")


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
    _emit(report, args)
    return _exit_code(report, args.fail_on)


def _categories(text: str | None) -> frozenset[str] | None:
    from mlward import datasets

    if text is None:
        return None
    names = frozenset(n.strip() for n in text.split(",") if n.strip())
    families = {c.split(".")[0] for c in datasets.CATEGORIES}
    unknown = sorted(n for n in names if n not in datasets.CATEGORIES and n not in families)
    if unknown:
        raise MlwardError(f"unknown categories: {', '.join(unknown)} (see `mlward data scan --help`)")
    return names


def _cmd_data(args: argparse.Namespace) -> int:
    # Imported here: the dataset scanner pulls in hyperscan, NumPy and phonenumbers, which `mlward scan`
    # does not need.
    from mlward import datasets
    from mlward.datasets.cleaning import load_key

    if args.data_command == "scan":
        if args.max_findings < 1:
            raise MlwardError("--max-findings must be at least 1")
        options = datasets.DataScanOptions(
            categories=_categories(args.only), skip_categories=_categories(args.skip) or frozenset(),
            near_duplicates=args.near_duplicates, max_findings_per_category=args.max_findings,
            digest=not args.no_digest)
        report = datasets.scan_dataset(args.paths, options)
        _emit(report, args)
        return _exit_code(report, args.fail_on)
    key = load_key(args.key_file) if args.key_file else None
    policy = datasets.Policy.load(args.policy, key=key) if args.policy else datasets.Policy(key=key)
    overrides = {}
    for item in args.action:
        name, sep, action = item.partition("=")
        if not sep:
            raise MlwardError(f"--action {item!r}: expected CATEGORY=ACTION, e.g. pii.email=mask")
        overrides[name.strip()] = action.strip()
    if args.near_duplicates:
        overrides.setdefault("quality.near_duplicate", "drop")
    if overrides:
        policy = policy.with_actions(overrides)
    result = datasets.clean_dataset(args.source, args.output, policy, log_path=args.log,
                                    overwrite=args.force)
    if args.format == "json":
        sys.stdout.write(json.dumps(result.to_dict(), indent=2) + "\n")
    else:
        changed = sum(sum(v.values()) for v in result.changes.values())
        print(f"cleaned {result.source} -> {result.output} ({result.format}): "
              f"{result.records_in} records in, "
              f"{result.records_out} out, {changed} change(s); log: {result.log}")
        for category, actions in sorted(result.changes.items()):
            print(f"  {category:<32} " + ", ".join(f"{a} {n}" for a, n in sorted(actions.items())))
        print(f"  input  sha256 {result.input_sha256}\n  output sha256 {result.output_sha256}")
    return EXIT_CLEAN


_COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "scan": _cmd_scan,
    "data": _cmd_data,
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
