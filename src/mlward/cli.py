"""The command line: parse, call the library, print, return an exit code. Nothing else."""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from mlward import __version__
from mlward.errors import MlwardError, UsageError
from mlward.files.access import display_path
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
    _add_ledger_option(convert_cmd)
    _provenance_parsers(commands)
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
    scan_cmd.add_argument("--every-field", action="store_true",
                          help="score every text field with the injection model, not only those its wake "
                               "words pick (every record is parsed; about 50 times slower)")
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
    clean_cmd.add_argument("--every-field", action="store_true",
                           help="score every text field with the injection model (as data scan does)")
    clean_cmd.add_argument("--near-duplicates", action="store_true",
                           help="drop near-duplicate records (same as --action quality.near_duplicate=drop)")
    clean_cmd.add_argument("--force", action="store_true", help="replace OUT and the log if they exist")
    clean_cmd.add_argument("--format", choices=("text", "json"), default="text", help="summary format")
    _add_ledger_option(clean_cmd)


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
        from mlward.examples import write_example

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
        from mlward.scanners.repository import render_summary, repository_summary

        sys.stdout.write("\n" + render_summary(repository_summary(report)))
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
            digest=not args.no_digest, every_field=args.every_field)
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
                                    overwrite=args.force,
                                    options=datasets.DataScanOptions(every_field=args.every_field))
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
    # LLMSVS 2.6: every modification of training data is on record, with its change log's digest.
    with open(result.log, "rb") as handle:
        log_sha256 = hashlib.file_digest(handle, "sha256").hexdigest()
    _record(args, "transformed", os.path.abspath(result.output),
            {"input": result.input_sha256, "output": result.output_sha256, "change_log": log_sha256},
            {"tool": "mlward data clean", "source": os.path.abspath(result.source),
             "change_log": os.path.abspath(result.log), "records_in": result.records_in,
             "records_out": result.records_out, "changes": result.changes,
             "policy": args.policy and os.path.abspath(args.policy), "actions": args.action})
    return EXIT_CLEAN


def _with_summary(report: Report, args: argparse.Namespace) -> Report:
    """The JSON report gains "repositories": {root: [{path, format, sha256, size, verdict}]}."""
    if args.format != "json":
        return report
    from mlward.scanners.repository import repository_summary

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
    _record(args, "transformed", os.path.abspath(record.output),
            {"input": record.source_sha256, "output": record.output_sha256},
            {"tool": "mlward convert", "source": os.path.abspath(record.source), "record": record.to_dict()})
    return EXIT_CLEAN


# --- provenance: manifest, sign, verify, ledger, acquire, decommission (docs/provenance.md) ---------


def _provenance_parsers(commands: Any) -> None:
    manifest = commands.add_parser(
        "manifest", help="write per-file digests of a model or dataset",
        description="Digest every file under PATH (in parallel, streaming) and write the manifest that "
                    "`mlward verify PATH` checks: PATH/.mlward-manifest.json for a folder, "
                    "FILE.mlward-manifest.json beside a file.")
    manifest.add_argument("path", metavar="PATH")
    manifest.add_argument("--output", "-o", metavar="FILE", help="where to write the manifest")
    manifest.add_argument("--algorithm", default="sha256", help="sha256 (default), sha384, sha512, blake2b")
    manifest.add_argument("--jobs", "-j", type=int, default=None, metavar="N", help="hashing threads")

    sign_cmd = commands.add_parser(
        "sign", help="sign a model (OpenSSF model-signing format)",
        description="Sign PATH and write a Sigstore bundle (default PATH/model.sig) that the OpenSSF "
                    "model-signing tool verifies. --key takes a PEM file, env:VAR or vault:KEYNAME.")
    sign_cmd.add_argument("path", metavar="PATH")
    sign_cmd.add_argument("--key", metavar="PRIVATE_KEY", help="EC private key: FILE, env:VAR or vault:KEY")
    sign_cmd.add_argument("--signature", metavar="FILE", help="where to write the signature")
    sign_cmd.add_argument("--certificate", metavar="CERT", help="signing certificate (PEM) for --key")
    sign_cmd.add_argument("--chain", metavar="CERT", action="append", default=[],
                          help="intermediate/root certificates to embed (repeatable)")
    sign_cmd.add_argument("--ignore", metavar="PATH", action="append", default=[],
                          help="leave this path out of the signature (repeatable)")
    sign_cmd.add_argument("--keyless", action="store_true",
                          help="Sigstore keyless signing (needs network access to Sigstore)")
    sign_cmd.add_argument("--identity-token", metavar="TOKEN", help="OIDC token for --keyless")
    sign_cmd.add_argument("--oidc-issuer", metavar="URL", help="OIDC issuer for --keyless")
    sign_cmd.add_argument("--trust-config", metavar="FILE", help="Sigstore ClientTrustConfig JSON")
    sign_cmd.add_argument("--staging", action="store_true", help="use Sigstore's staging instance")
    sign_cmd.add_argument("--jobs", "-j", type=int, default=None, metavar="N", help="hashing threads")
    _add_ledger_option(sign_cmd)

    verify_cmd = commands.add_parser(
        "verify", help="verify a model's signature, or its manifest",
        description="With --key (or --certificate-chain, or --identity for keyless), verify the "
                    "signature and every file. Without, compare PATH with its manifest. Exit 1 when "
                    "anything differs or the signature fails, 2 when the input cannot be used.")
    verify_cmd.add_argument("path", metavar="PATH")
    verify_cmd.add_argument("--key", metavar="PUBLIC_KEY", help="EC public key: FILE, env:VAR or vault:KEY")
    verify_cmd.add_argument("--signature", metavar="FILE", help="signature file (default PATH/model.sig)")
    verify_cmd.add_argument("--certificate-chain", metavar="CERT", action="append", default=[],
                            help="trusted certificates for a certificate-signed bundle (repeatable)")
    verify_cmd.add_argument("--identity", metavar="ID", help="expected signer of a keyless signature")
    verify_cmd.add_argument("--oidc-issuer", metavar="URL", help="expected OIDC issuer (keyless)")
    verify_cmd.add_argument("--trust-config", metavar="FILE", help="Sigstore ClientTrustConfig JSON")
    verify_cmd.add_argument("--staging", action="store_true", help="Sigstore staging trust root")
    verify_cmd.add_argument("--manifest", metavar="FILE", help="manifest to check without a key")
    verify_cmd.add_argument("--jobs", "-j", type=int, default=None, metavar="N", help="hashing threads")
    verify_cmd.add_argument("--database-url", metavar="URL",
                            help="ledger to consult for revoked signatures (default: MLWARD_DATABASE_URL "
                                 "or the home ledger if it exists)")
    _add_report_options(verify_cmd)

    ledger = commands.add_parser("ledger", help="the provenance ledger: log, verify, export, append")
    sub = ledger.add_subparsers(dest="ledger_command", required=True, metavar="ACTION")
    log = sub.add_parser("log", help="an artifact's history")
    log.add_argument("artifact", metavar="ARTIFACT", help="a path or a digest")
    log.add_argument("--format", choices=("text", "json"), default="text")
    _add_ledger_option(log, optional=False)
    check = sub.add_parser("verify", help="check the hash chain (edits, deletions, insertions, reordering)")
    check.add_argument("--expect-head", metavar="DIGEST", help="the head digest recorded elsewhere")
    check.add_argument("--key", metavar="PUBLIC_KEY", help="check entry signatures with this key")
    check.add_argument("--require-signatures", action="store_true", help="every entry must be signed")
    _add_ledger_option(check, optional=False)
    export = sub.add_parser("export", help="export as JSON lines or in-toto statements")
    export.add_argument("--format", choices=("jsonl", "in-toto"), default="jsonl")
    export.add_argument("--output", "-o", metavar="FILE")
    _add_ledger_option(export, optional=False)
    head = sub.add_parser("head", help="print the digest of the last entry (keep it as an anchor)")
    _add_ledger_option(head, optional=False)
    append = sub.add_parser("append", help="record an event (for pipelines and other tools)")
    append.add_argument("kind", choices=_ledger_kinds())
    append.add_argument("artifact", metavar="ARTIFACT")
    append.add_argument("--digest", metavar="NAME=SHA256", action="append", default=[])
    append.add_argument("--detail", metavar="KEY=VALUE", action="append", default=[],
                        help="VALUE is parsed as JSON when it is valid JSON, else kept as text")
    append.add_argument("--operator", metavar="WHO")
    append.add_argument("--key", metavar="PRIVATE_KEY", help="sign the entry")
    _add_ledger_option(append, optional=False)

    acquire_cmd = commands.add_parser(
        "acquire", help="fetch a model into quarantine, check and scan it, then move it in place",
        description="SOURCE is a local path, an http(s) URL, hf://ORG/NAME[@REVISION] or s3://BUCKET/PREFIX.")
    acquire_cmd.add_argument("source", metavar="SOURCE")
    acquire_cmd.add_argument("--to", required=True, metavar="DIR", help="destination (must not exist)")
    acquire_cmd.add_argument("--revision", metavar="REV", help="hub revision to pin (a commit sha)")
    acquire_cmd.add_argument("--sha256", metavar="NAME=HEX", action="append", default=[],
                             help="expected digest of a file (repeatable; bare HEX for one file)")
    acquire_cmd.add_argument("--expect-manifest", metavar="FILE", help="an mlward manifest to match")
    acquire_cmd.add_argument("--endpoint", metavar="URL", help="hub endpoint (default HF_ENDPOINT)")
    acquire_cmd.add_argument("--s3-endpoint", metavar="URL", help="S3 endpoint (default AWS_ENDPOINT_URL)")
    acquire_cmd.add_argument("--policy", metavar="FILE", help="policy TOML with [acquire] allowed_sources")
    acquire_cmd.add_argument("--allow-source", metavar="PATTERN", action="append", default=[],
                             help="allow-list pattern (fnmatch) for SOURCE (repeatable)")
    acquire_cmd.add_argument("--fail-on", type=_severity, default=Severity.MEDIUM, metavar="SEVERITY",
                             help="refuse when the scan finds this severity or worse (default medium)")
    _add_ledger_option(acquire_cmd)

    retire = commands.add_parser(
        "decommission", help="erase a retired model, revoke its signatures, certify it",
        description="Overwrite and unlink every file of ARTIFACT, record the act and the revoked "
                    "signatures in the ledger, and write a decommissioning certificate. Overwriting "
                    "cannot guarantee erasure on SSDs or copy-on-write filesystems (docs/provenance.md).")
    retire.add_argument("artifact", metavar="ARTIFACT", help="the model's file or folder")
    retire.add_argument("--yes", "-y", action="store_true", help="do not ask for confirmation")
    retire.add_argument("--dry-run", action="store_true", help="list what would be erased, change nothing")
    retire.add_argument("--certificate", metavar="FILE", help="where to write the certificate")
    retire.add_argument("--key", metavar="PRIVATE_KEY", help="sign the ledger entry and the certificate")
    retire.add_argument("--reason", metavar="TEXT", help="why the model is retired")
    _add_ledger_option(retire)


def _ledger_kinds() -> tuple[str, ...]:
    from mlward.provenance.kinds import KINDS  # not the ledger itself: building the parser stays cheap

    return KINDS


def _add_ledger_option(parser: argparse.ArgumentParser, optional: bool = True) -> None:
    parser.add_argument("--database-url", metavar="URL",
                        help="ledger database (default: MLWARD_DATABASE_URL, else SQLite in mlward's home)")
    if optional:
        parser.add_argument("--no-ledger", action="store_true", help="do not record this in the ledger")


def _open_ledger(args: argparse.Namespace) -> Any:
    from mlward.provenance.ledger import Ledger

    if getattr(args, "no_ledger", False):
        return None
    return Ledger.open(args.database_url)


def _record(args: argparse.Namespace, kind: str, artifact: str, digests: dict[str, str],
            details: dict[str, Any]) -> None:
    ledger = _open_ledger(args)
    if ledger is None:
        return
    with ledger:
        entry = ledger.append(kind, artifact=artifact, subject_digests=digests, details=details)
    print(f"ledger: {kind} entry {entry.seq} ({entry.digest[:16]}…)", file=sys.stderr)


def _cmd_manifest(args: argparse.Namespace) -> int:
    from mlward.provenance.manifest import DEFAULT_IGNORED, build_manifest, default_manifest_path
    from mlward.provenance.verifying import manifest_inside

    target = args.output or default_manifest_path(args.path)
    ignore = [*DEFAULT_IGNORED, *manifest_inside(args.path, target)]
    built = build_manifest(args.path, algorithm=args.algorithm, jobs=args.jobs, ignore=ignore)
    built.write(target)
    print(f"{len(built.digests)} file(s), {built.total_size:,} bytes; root {built.algorithm} "
          f"{built.root_digest()}\nmanifest written to {target}")
    return EXIT_CLEAN


def _cmd_sign(args: argparse.Namespace) -> int:
    from mlward.provenance.signing import Keyless, sign

    if args.keyless == bool(args.key):
        raise UsageError("sign needs exactly one of --key PRIVATE_KEY or --keyless")
    keyless = Keyless(identity_token=args.identity_token, oidc_issuer=args.oidc_issuer,
                      use_staging=args.staging, trust_config=args.trust_config) if args.keyless else None
    done = sign(args.path, key=args.key, signature=args.signature, certificate=args.certificate,
                chain=args.chain, keyless=keyless, ignore=args.ignore, jobs=args.jobs)
    print(f"signed {done.files} file(s) with {done.signer}; root sha256 {done.root_digest}\n"
          f"signature written to {done.signature}")
    _record(args, "signed", os.path.abspath(args.path),
            {os.path.basename(os.path.abspath(args.path)): done.root_digest},
            {"signature": os.path.abspath(done.signature), "signature_sha256": done.signature_sha256,
             "signer": done.signer})
    return EXIT_CLEAN


def _revoked(args: argparse.Namespace) -> frozenset[str]:
    from mlward.provenance.ledger import Ledger

    url = args.database_url or os.environ.get("MLWARD_DATABASE_URL")
    if not url:
        from mlward.home import home

        default = home() / "mlward.db"
        if not default.exists():
            return frozenset()
        url = f"sqlite:///{default}"
    with Ledger.open(url) as ledger:
        return ledger.revoked_signatures()


def _cmd_verify(args: argparse.Namespace) -> int:
    from mlward.provenance.verifying import SigstoreIdentity, verify

    identity = None
    if args.identity:
        if not args.oidc_issuer:
            raise UsageError("--identity needs --oidc-issuer")
        identity = SigstoreIdentity(args.identity, args.oidc_issuer, args.trust_config, args.staging)
    signed = bool(args.key or args.certificate_chain or identity)
    report = verify(args.path, key=args.key, signature=args.signature, manifest=args.manifest,
                    certificate_chain=args.certificate_chain or None, sigstore=identity,
                    revoked=_revoked(args) if signed else frozenset(), jobs=args.jobs)
    _emit(report, args)
    # A failed verification fails whatever --fail-on says: it only filters other findings.
    if not report.extra.get("verification", {}).get("verified", False):
        return EXIT_FINDINGS
    return _exit_code(report, args.fail_on)


def _cmd_ledger(args: argparse.Namespace) -> int:
    import json

    from mlward.provenance.ledger import Ledger

    with Ledger.open(args.database_url) as ledger:
        action = args.ledger_command
        if action == "log":
            # A path names its entries by absolute path (as acquire, sign and decommission record it).
            artifact = os.path.abspath(args.artifact) if os.path.exists(args.artifact) else args.artifact
            entries = ledger.history(artifact)
            if args.format == "json":
                print(json.dumps([e.to_dict() for e in entries], indent=1))
            elif not entries:
                print(f"no ledger entries for {args.artifact}")
            for entry in entries if args.format == "text" else []:
                digests = ", ".join(f"{k}={v[:12]}…" for k, v in entry.subject_digests.items())
                print(f"#{entry.seq} {entry.recorded_at} {entry.kind:<14} {entry.operator}  {digests}")
                for key, value in entry.details.items():
                    if value not in (None, [], {}) and key != "files":
                        print(f"      {key}: {value}")
            return EXIT_CLEAN
        if action == "verify":
            from mlward.provenance import keys

            public = keys.public_key(args.key) if args.key else None
            check = ledger.verify(expect_head=args.expect_head, public_key=public,
                                  require_signatures=args.require_signatures)
            for problem in check.problems:
                print(f"TAMPERED  {problem}")
            state = "intact" if check.ok else f"NOT intact ({len(check.problems)} problem(s))"
            print(f"{check.entries} entries, chain {state}; head {check.head}")
            return EXIT_CLEAN if check.ok else EXIT_FINDINGS
        if action == "head":
            print(ledger.head())
            return EXIT_CLEAN
        if action == "append":
            from mlward.provenance import keys

            subjects = dict(_pair(v, "--digest") for v in args.digest)
            details = {k: _json_or_text(v) for k, v in (_pair(d, "--detail") for d in args.detail)}
            entry = ledger.append(args.kind, artifact=args.artifact, subject_digests=subjects,
                                  details=details, operator=args.operator,
                                  key=keys.private_key(args.key) if args.key else None)
            print(f"{entry.seq} {entry.digest}")
            return EXIT_CLEAN
        lines = [json.dumps(e.to_statement() if args.format == "in-toto" else e.to_dict(),
                            sort_keys=True) for e in ledger.entries()]
        text = "".join(line + "\n" for line in lines)
        if args.output:
            from mlward.provenance.manifest import write_atomic

            write_atomic(args.output, text.encode("utf-8"))
        else:
            sys.stdout.write(text)
        return EXIT_CLEAN


def _pair(value: str, option: str) -> tuple[str, str]:
    key, sep, rest = value.partition("=")
    if not sep or not key:
        raise UsageError(f"{option} {value}: expected KEY=VALUE")
    return key, rest


def _json_or_text(value: str) -> Any:
    import json

    try:
        return json.loads(value)
    except ValueError:
        return value


class _ByteProgress:
    """Download progress on stderr, only on a terminal; redrawn at most 5 times a second."""

    def __init__(self) -> None:
        self._last = 0.0
        self._active = sys.stderr.isatty()

    def __call__(self, done: int, total: int | None, name: str) -> None:
        import time

        from mlward.provenance.acquire import progress_line

        if not self._active:
            return
        now = time.monotonic()
        if now - self._last < 0.2 and done != total:
            return
        self._last = now
        sys.stderr.write(f"\r\x1b[2K{progress_line(done, total, name)}")
        if done == total:
            sys.stderr.write("\n")
        sys.stderr.flush()


def _cmd_acquire(args: argparse.Namespace) -> int:
    from mlward.provenance.acquire import (
        AcquireOptions,
        AcquisitionRefused,
        acquire,
        allowed_sources_from_policy,
        parse_expected,
    )
    from mlward.provenance.manifest import Manifest

    expected = parse_expected(args.sha256)
    if args.expect_manifest:
        expected.update(Manifest.read(args.expect_manifest).digests)
    allowed = list(args.allow_source)
    if args.policy:
        allowed.extend(allowed_sources_from_policy(args.policy))
    options = AcquireOptions(revision=args.revision, expected=expected, allowed_sources=allowed,
                             fail_on=args.fail_on, endpoint=args.endpoint, s3_endpoint=args.s3_endpoint,
                             progress=_ByteProgress())
    try:
        got = acquire(args.source, args.to, options)
    except AcquisitionRefused as exc:
        print(f"mlward: acquisition refused: {exc}; nothing was kept", file=sys.stderr)
        # A refusal is evidence too: the source was tried and failed the gate.
        _record(args, "gated", args.source, {}, {"decision": "FAIL", "stage": "acquire", "reason": str(exc),
                                                 "destination": os.path.abspath(args.to)})
        return EXIT_FINDINGS
    except MlwardError as exc:
        print(f"mlward: acquisition failed: {exc}; nothing was kept", file=sys.stderr)
        return EXIT_ERROR
    print(f"acquired {len(got.manifest.digests)} file(s) from {got.source} into {got.destination}"
          + (f" at revision {got.revision}" if got.revision else "")
          + f"\nroot sha256 {got.manifest.root_digest()}")
    root = got.manifest.root_digest()
    _record(args, "acquired", got.destination, {os.path.basename(got.destination): root},
            got.ledger_details())
    return EXIT_CLEAN


def _cmd_decommission(args: argparse.Namespace) -> int:
    from mlward.provenance import keys
    from mlward.provenance.decommission import decommission

    if args.dry_run:
        planned = decommission(args.artifact, dry_run=True)
        for item in planned.items:
            note = f"  ({item.note})" if item.note else ""
            print(f"would {item.action:<17} {display_path(item.path)}{note}")
        print(f"{len(planned.items)} item(s); {len(planned.revoked_signatures)} signature(s) "
              "would be revoked")
        return EXIT_CLEAN
    if not args.yes:
        if not sys.stdin.isatty():
            raise UsageError("decommission erases files: confirm with --yes "
                             "(standard input is not a terminal)")
        answer = input(f"Erase {args.artifact} for good and revoke its signatures? Type 'yes': ")
        if answer.strip().lower() != "yes":
            print("mlward: nothing erased", file=sys.stderr)
            return EXIT_ERROR
    key = keys.private_key(args.key) if args.key else None
    ledger = _open_ledger(args)
    try:
        done = decommission(args.artifact, ledger=ledger, certificate=args.certificate, key=key,
                            reason=args.reason)
    finally:
        if ledger is not None:
            ledger.close()
    for error in done.errors:
        print(f"mlward: {error}", file=sys.stderr)
    print(f"erased {len(done.items)} item(s); revoked {len(done.revoked_signatures)} signature(s)\n"
          f"certificate written to {done.certificate}")
    return EXIT_ERROR if done.errors else EXIT_CLEAN


_COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "scan": _cmd_scan,
    "convert": _cmd_convert,
    "manifest": _cmd_manifest,
    "sign": _cmd_sign,
    "verify": _cmd_verify,
    "ledger": _cmd_ledger,
    "acquire": _cmd_acquire,
    "decommission": _cmd_decommission,
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
