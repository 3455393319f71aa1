"""`clean_dataset`: write a cleaned copy of a dataset, in the same format, with every change on record.

Per category a policy chooses one action: keep, redact (a typed placeholder such as `[EMAIL]`), mask
(characters starred, shape kept), pseudonymize (a keyed HMAC turns the same value into the same
pseudonym everywhere, so joins and conversations stay coherent) or drop (the whole record). The input is
never modified: the output is written beside its destination and renamed into place. The change log is
JSON Lines: a header, one line per change (record, field, category, action, keyed digest of the original
value) and a summary with the SHA-256 of input and output, for the provenance ledger (LLMSVS 2.6).
"""

from __future__ import annotations

import csv
import datetime
import gzip
import hashlib
import hmac
import io
import os
import re
import secrets
import tempfile
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import IO, Any

import orjson

from mlward.datasets.dedup import NearDuplicateIndex
from mlward.datasets.engine import (
    CATEGORIES,
    DUPLICATE,
    INJECTION,
    MALFORMED,
    NEAR_DUPLICATE,
    DataScanOptions,
    Hit,
    Inspector,
)
from mlward.datasets.readers import (
    Block,
    Oversize,
    Readable,
    Record,
    UnreadableDataset,
    detect_format,
    json_fields,
    open_decompressed,
    read_csv,
    read_json_array,
    read_lines,
)
from mlward.errors import MlwardError, PolicyFileInvalid, UsageError
from mlward.files.access import Source, display_path

ACTIONS = ("keep", "redact", "mask", "pseudonymize", "drop")
DEFAULT_ACTIONS: Mapping[str, str] = {
    "pii": "redact", "secret": "redact", INJECTION: "drop", DUPLICATE: "drop", MALFORMED: "drop",
    NEAR_DUPLICATE: "keep",
}
LOG_SCHEMA = "mlward.datalog/1"


@dataclass(frozen=True, slots=True)
class Policy:
    """Which action each category gets; the most specific entry wins (category, then family, then "*")."""

    actions: Mapping[str, str] = field(default_factory=lambda: dict(DEFAULT_ACTIONS))
    key: bytes | None = None  # pseudonymisation and digest key; a random one per run when None

    def __post_init__(self) -> None:
        families = {c.split(".")[0] for c in CATEGORIES}
        for name, action in self.actions.items():
            if action not in ACTIONS:
                raise PolicyFileInvalid(f"unknown action {action!r} for {name!r} (expected one of "
                                        f"{', '.join(ACTIONS)})")
            if name != "*" and name not in CATEGORIES and name not in families:
                raise PolicyFileInvalid(f"unknown category {name!r} (expected a family such as 'pii' or a "
                                        f"category such as 'pii.email')")

    def action_for(self, category: str) -> str:
        """The action for a category."""
        for name in (category, category.split(".")[0], "*"):
            if name in self.actions:
                return self.actions[name]
        return "keep"

    def with_actions(self, overrides: Mapping[str, str]) -> Policy:
        """This policy with some entries replaced."""
        return Policy({**self.actions, **overrides}, self.key)

    @classmethod
    def load(cls, path: str, *, key: bytes | None = None) -> Policy:
        """Read a TOML policy: an `[actions]` table of category or family = action."""
        try:
            with open(path, "rb") as handle:
                data = tomllib.load(handle)
        except OSError as exc:
            raise PolicyFileInvalid(f"cannot read the policy {path}: {exc.strerror}") from exc
        except tomllib.TOMLDecodeError as exc:
            raise PolicyFileInvalid(f"{path}: {exc}") from exc
        actions = data.get("actions", {})
        if not isinstance(actions, dict) or not all(isinstance(v, str) for v in actions.values()):
            raise PolicyFileInvalid(f"{path}: [actions] must map categories to action names")
        return cls({**DEFAULT_ACTIONS, **actions}, key)


@dataclass(frozen=True, slots=True)
class CleanResult:
    """What a cleaning run read, wrote and changed."""

    source: str
    output: str
    log: str
    format: str
    input_sha256: str
    output_sha256: str
    records_in: int
    records_out: int
    changes: dict[str, dict[str, int]]

    def to_dict(self) -> dict[str, Any]:
        """The JSON form printed by `mlward data clean --format json`."""
        return {
            "schema": "mlward.clean/1", "source": self.source, "output": self.output, "log": self.log,
            "format": self.format, "input_sha256": self.input_sha256, "output_sha256": self.output_sha256,
            "records_in": self.records_in, "records_out": self.records_out, "changes": self.changes,
        }


Edits = dict[str | None, list[tuple[int, int, str]]]


class _Log:
    """The change log being written, and the counts for the result."""

    def __init__(self, handle: IO[bytes], key: bytes) -> None:
        self._handle = handle
        self._key = key
        self.counts: dict[str, dict[str, int]] = {}

    def write(self, obj: Mapping[str, Any]) -> None:
        self._handle.write(orjson.dumps(obj) + b"\n")

    def digest(self, value: str) -> str:
        return "hmac-sha256:" + hmac.new(self._key, value.encode("utf-8", "surrogatepass"),
                                         hashlib.sha256).hexdigest()

    def change(self, record: int, path: str | None, category: str, action: str, value: str,
               start: int | None = None, end: int | None = None) -> None:
        entry: dict[str, Any] = {"kind": "change", "record": record, "field": path, "category": category,
                                 "action": action}
        if start is not None:
            entry["start"], entry["end"] = start, end
        entry["digest"] = self.digest(value)
        self.write(entry)
        per = self.counts.setdefault(category, {})
        per[action] = per.get(action, 0) + 1


class _Rewriter:
    """Turns one record's hits into a decision (drop or not) and text edits, logging each change."""

    def __init__(self, policy: Policy, key: bytes, log: _Log) -> None:
        self.policy = policy
        self.key = key
        self.log = log

    def decide(self, record: int, hits: list[Hit]) -> tuple[bool, Edits]:
        edits: dict[str | None, list[tuple[int, int, str]]] = {}
        for hit in hits:
            if self.policy.action_for(hit.category) == "drop":
                self.log.change(record, hit.field, hit.category, "drop", hit.value, hit.start, hit.end)
                return True, {}
        for hit in hits:
            action = self.policy.action_for(hit.category)
            if action == "keep":
                continue
            self.log.change(record, hit.field, hit.category, action, hit.value, hit.start, hit.end)
            edits.setdefault(hit.field, []).append((hit.start, hit.end, self.replacement(hit, action)))
        return False, edits

    def replacement(self, hit: Hit, action: str) -> str:
        kind = hit.category.split(".", 1)[1].upper()
        if hit.category == INJECTION:
            return "[REMOVED: PROMPT INJECTION]"
        if action == "redact":
            return f"[{kind}]"
        if action == "mask":
            return _mask(hit.value, hit.category)
        return self.pseudonym(hit.value, hit.category)

    def pseudonym(self, value: str, category: str) -> str:
        tag = hmac.new(self.key, f"{category}\0{value}".encode("utf-8", "surrogatepass"),
                       hashlib.sha256).hexdigest()
        if category == "pii.email":
            return f"user-{tag[:10]}@example.invalid"
        if category == "pii.person_name":
            return f"Person-{tag[:8]}"
        if category == "pii.phone":
            digits = iter(str(int(tag, 16)))
            return "".join(next(digits) if ch.isdigit() else ch for ch in value)
        return f"<{category.split('.', 1)[1]}-{tag[:12]}>"


def _mask(value: str, category: str) -> str:
    keep_tail = 4 if category in ("pii.credit_card", "pii.iban") else 0
    alnum = [i for i, ch in enumerate(value) if ch.isalnum()]
    keep = set(alnum[-keep_tail:]) if keep_tail else set(alnum[:1])
    return "".join(ch if (i in keep or not ch.isalnum()) else "*" for i, ch in enumerate(value))


def apply_edits(text: str, edits: list[tuple[int, int, str]]) -> str:
    """Replace spans (non-overlapping; an edit spanning the whole text wins) from the end backwards."""
    out = text
    last = len(text) + 1
    for start, end, replacement in sorted(edits, key=lambda e: (-e[0], -e[1])):
        if end > last:
            continue
        out = out[:start] + replacement + out[end:]
        last = start
    return out


def rewrite_json(value: Any, edits: Mapping[str | None, list[tuple[int, int, str]]], path: str = "",
                 depth: int = 0) -> Any:
    """A copy of a JSON value with the edits applied at the same paths `json_fields` names."""
    if depth > 64:
        return value
    here = path or "$"
    if isinstance(value, str):
        return apply_edits(value, edits[here]) if here in edits else value
    if isinstance(value, dict):
        out = {}
        for key, item in value.items():
            name = str(key)
            sub = f"{path}.{name}" if path and name.isidentifier() else (
                name if name.isidentifier() else f"{path}[{orjson.dumps(name).decode()}]")
            out[key] = rewrite_json(item, edits, sub, depth + 1)
        return out
    if isinstance(value, list):
        return [rewrite_json(item, edits, f"{path}[{i}]", depth + 1) for i, item in enumerate(value)]
    if isinstance(value, int) and not isinstance(value, bool) and here in edits:
        return apply_edits(str(value), edits[here])
    return value


class _Dedup:
    def __init__(self, policy: Policy) -> None:
        self.exact = policy.action_for(DUPLICATE) == "drop"
        self.near = NearDuplicateIndex() if policy.action_for(NEAR_DUPLICATE) == "drop" else None
        self.seen: set[bytes] = set()

    def check(self, record: int, key: bytes, text: str, log: _Log) -> bool:
        """True when the record should be dropped as a repeat."""
        if self.exact:
            digest = hashlib.blake2b(key, digest_size=16).digest()
            if digest in self.seen:
                log.change(record, None, DUPLICATE, "drop", text)
                return True
            self.seen.add(digest)
        if self.near is not None and self.near.add(record, text) is not None:
            log.change(record, None, NEAR_DUPLICATE, "drop", text)
            return True
        return False


def clean_dataset(src: str | os.PathLike[str], dst: str | os.PathLike[str], policy: Policy | None = None, *,
                  log_path: str | os.PathLike[str] | None = None, overwrite: bool = False,
                  options: DataScanOptions | None = None) -> CleanResult:
    """Write a cleaned copy of `src` to `dst` (same format) and a change log; `src` is never modified."""
    policy = policy or Policy()
    src, dst = os.fspath(src), os.fspath(dst)
    log_file = os.fspath(log_path) if log_path else dst + ".changes.jsonl"
    shown_src, shown_dst = display_path(src), display_path(dst)
    if not os.path.isfile(src):
        raise UsageError(f"{shown_src}: not a file; `mlward data clean` cleans one dataset file at a time")
    for out in (dst, log_file):
        if os.path.exists(out) and os.path.samefile(src, out):
            raise UsageError(f"{display_path(out)} is the input file; cleaning never writes in place")
        if os.path.exists(out) and not overwrite:
            raise UsageError(f"{display_path(out)} exists; choose another output or pass --force")
    options = options or DataScanOptions()
    inspector = Inspector(options)
    key = policy.key or secrets.token_bytes(32)
    records_in = records_out = 0
    with Source(src) as source:
        fmt, compression = detect_format(os.path.basename(src), source.pread(4096, 0))
        if fmt is None:
            raise UsageError(f"{shown_src}: not a dataset format mlward can clean "
                             "(JSONL, JSON, CSV, TSV, Parquet, text)")
        if fmt == "arrow":
            raise UsageError(f"{shown_src}: cleaning Arrow shards is not supported; export the dataset to "
                             "Parquet or JSONL first")
        directory = os.path.dirname(os.path.abspath(dst))
        # Closed by the `with` blocks below; removed on any failure, renamed into place on success.
        tmp_out = tempfile.NamedTemporaryFile(dir=directory, prefix=".mlward-", delete=False)  # noqa: SIM115
        tmp_log = tempfile.NamedTemporaryFile(  # noqa: SIM115
            dir=os.path.dirname(os.path.abspath(log_file)), prefix=".mlward-", delete=False)
        try:
            with tmp_log:
                log = _Log(tmp_log, key)
                log.write({"kind": "header", "schema": LOG_SCHEMA, "input": shown_src, "output": shown_dst,
                           "format": fmt, "compression": compression, "policy": dict(policy.actions),
                           "key_id": hashlib.sha256(key).hexdigest()[:16] if policy.key else "ephemeral",
                           "started": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds")})
                rewriter = _Rewriter(policy, key, log)
                with tmp_out:
                    if fmt == "parquet":
                        records_in, records_out = _clean_parquet(src, tmp_out.name, inspector, rewriter,
                                                                 _Dedup(policy))
                    else:
                        stream = open_decompressed(source, compression, options.max_decompressed)
                        sink = _compressor(tmp_out, compression)
                        records_in, records_out = _CLEANERS[fmt](stream, sink, fmt, inspector, rewriter,
                                                                 _Dedup(policy), options)
                        sink.close()
                input_sha256 = source.finish() or ""
                output_sha256, output_size = _digest(tmp_out.name)
                log.write({"kind": "summary",
                           "input": {"path": shown_src, "sha256": input_sha256, "size": source.size},
                           "output": {"path": shown_dst, "sha256": output_sha256, "size": output_size},
                           "records_in": records_in, "records_out": records_out, "changes": log.counts})
            os.replace(tmp_out.name, dst)
            os.replace(tmp_log.name, log_file)
        except BaseException:
            for name in (tmp_out.name, tmp_log.name):
                if os.path.exists(name):
                    os.unlink(name)
            raise
    return CleanResult(shown_src, shown_dst, display_path(log_file), fmt + (f"+{compression}" if compression
                                                                             else ""),
                       input_sha256, output_sha256, records_in, records_out, log.counts)


def _digest(path: str) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    with open(path, "rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


class _Sink:
    def __init__(self, raw: IO[bytes], wrapper: Any = None) -> None:
        self._raw = raw
        self._wrapper = wrapper
        self.write: Callable[[bytes], Any] = (wrapper or raw).write

    def close(self) -> None:
        if self._wrapper is not None:
            self._wrapper.close()
        self._raw.flush()


def _compressor(raw: IO[bytes], compression: str | None) -> _Sink:
    if compression == "gzip":
        return _Sink(raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0))
    if compression == "zstd":
        import zstandard

        return _Sink(raw, zstandard.ZstdCompressor().stream_writer(raw, closefd=False))
    return _Sink(raw)


def _clean_lines(stream: Readable, sink: _Sink, fmt: str, inspector: Inspector, rewriter: _Rewriter,
                 dedup: _Dedup, options: DataScanOptions) -> tuple[int, int]:
    log = rewriter.log
    malformed = rewriter.policy.action_for(MALFORMED)
    records_in = records_out = 0
    wrote_any = False

    def emit(line: bytes) -> None:
        nonlocal wrote_any, records_out
        sink.write((b"\n" if wrote_any else b"") + line)
        wrote_any = True
        records_out += 1

    for item in read_lines(stream, max_line=options.max_line):
        if isinstance(item, Oversize):
            records_in += 1
            log.change(item.index, None, MALFORMED, "drop", f"<{item.length} bytes not inspected>")
            continue
        assert isinstance(item, Block)
        lines = item.data.split(b"\n")
        import numpy as np

        newlines = np.flatnonzero(np.frombuffer(item.data, dtype=np.uint8) == 10)
        candidates = inspector.candidates(item.data, np.append(newlines, len(item.data)))
        for i, line in enumerate(lines):
            record = item.first + i
            records_in += 1
            if not line.strip():
                emit(line)
                continue
            value: Any = None
            if fmt == "jsonl":
                try:
                    value = orjson.loads(line)
                except orjson.JSONDecodeError:
                    if malformed == "drop":
                        log.change(record, None, MALFORMED, "drop", line.decode("utf-8", "replace"))
                        continue
                    emit(line)
                    continue
                fields = json_fields(value)
            else:
                text = line.decode("utf-8", "replace").rstrip("\r")
                if ("\ufffd" in text or "\x00" in text) and malformed == "drop":
                    log.change(record, None, MALFORMED, "drop", text)
                    continue
                fields = [(None, text)]
            if dedup.check(record, line.rstrip(b"\r"), "\n".join(t for _, t in fields), log):
                continue
            if i not in candidates:
                emit(line)
                continue
            drop, edits = rewriter.decide(record, inspector.hits(record, fields))
            if drop:
                continue
            if not edits:
                emit(line)
            elif fmt == "jsonl":
                emit(orjson.dumps(rewrite_json(value, edits)))
            else:
                emit(apply_edits(fields[0][1], edits[None]).encode("utf-8"))
    if wrote_any:
        sink.write(b"\n")
    return records_in, records_out


def _clean_csv(stream: Readable, sink: _Sink, fmt: str, inspector: Inspector, rewriter: _Rewriter,
               dedup: _Dedup, options: DataScanOptions) -> tuple[int, int]:
    delimiter = "," if fmt == "csv" else "\t"
    out = io.TextIOWrapper(io.BufferedWriter(_SinkFile(sink)), encoding="utf-8", newline="",
                           write_through=True)
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\n")
    header: list[str] = []
    records_in = records_out = 0
    for record in read_csv(stream, delimiter=delimiter, max_field=options.max_line, header_out=header):
        if records_in == 0:
            writer.writerow(header)
        records_in += 1
        kept = _clean_record(record, inspector, rewriter, dedup)
        if kept is None:
            continue
        row = list(record.value or [])
        for i, name in enumerate(header):
            if i < len(row) and name in kept:
                row[i] = apply_edits(row[i], kept[name])
        writer.writerow(row)
        records_out += 1
    if records_in == 0 and header:
        writer.writerow(header)
    out.flush()
    out.detach()
    return records_in, records_out


class _SinkFile(io.RawIOBase):
    def __init__(self, sink: _Sink) -> None:
        super().__init__()
        self._sink = sink

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        self._sink.write(bytes(data))
        return len(data)


def _clean_record(record: Record, inspector: Inspector, rewriter: _Rewriter,
                  dedup: _Dedup) -> dict[str | None, list[tuple[int, int, str]]] | None:
    """The edits for a record, or None to drop it."""
    log = rewriter.log
    if record.problem and rewriter.policy.action_for(MALFORMED) == "drop":
        log.change(record.index, None, MALFORMED, "drop", repr(record.value))
        return None
    text = "\n".join(t for _, t in record.fields)
    if record.fields and dedup.check(record.index, text.encode("utf-8", "surrogatepass"), text, log):
        return None
    drop, edits = rewriter.decide(record.index, inspector.hits(record.index, record.fields))
    return None if drop else edits


def _clean_json(stream: Readable, sink: _Sink, fmt: str, inspector: Inspector, rewriter: _Rewriter,
                dedup: _Dedup, options: DataScanOptions) -> tuple[int, int]:
    records_in = records_out = 0
    sink.write(b"[")
    for record in read_json_array(stream, max_record=options.max_line):
        records_in += 1
        if record.problem:
            raise UnreadableDataset(f"record {record.index}: {record.problem}")
        edits = _clean_record(record, inspector, rewriter, dedup)
        if edits is None:
            continue
        sink.write((b",\n" if records_out else b"\n") + orjson.dumps(rewrite_json(record.value, edits)))
        records_out += 1
    sink.write(b"\n]\n")
    return records_in, records_out


def _clean_parquet(src: str, dst: str, inspector: Inspector, rewriter: _Rewriter,
                   dedup: _Dedup) -> tuple[int, int]:
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        handle = pq.ParquetFile(src)
        schema = handle.schema_arrow
    except (pa.ArrowException, OSError) as exc:
        raise UnreadableDataset(f"not a readable Parquet file: {exc}") from exc
    records_in = records_out = 0
    with pq.ParquetWriter(dst, schema) as writer:
        for group in range(handle.num_row_groups):
            rows = []
            for batch in handle.iter_batches(batch_size=8192, row_groups=[group]):
                for row in batch.to_pylist():
                    record = Record(records_in, json_fields(row), None, row)
                    records_in += 1
                    edits = _clean_record(record, inspector, rewriter, dedup)
                    if edits is not None:
                        rows.append(rewrite_json(row, edits) if edits else row)
            if rows:
                writer.write_table(pa.Table.from_pylist(rows, schema=schema))
                records_out += len(rows)
    return records_in, records_out


_CLEANERS: dict[str, Callable[..., tuple[int, int]]] = {
    "jsonl": _clean_lines, "text": _clean_lines, "csv": _clean_csv, "tsv": _clean_csv, "json": _clean_json,
}

_KEY_HEX = re.compile(r"^[0-9a-fA-F]{64}$")


def load_key(path: str) -> bytes:
    """A pseudonymisation key from a file: 64 hex characters, or at least 32 raw bytes."""
    try:
        with open(path, "rb") as handle:
            data = handle.read(4096).strip()
    except OSError as exc:
        raise MlwardError(f"cannot read the key file {path}: {exc.strerror}") from exc
    if _KEY_HEX.match(data.decode("ascii", "replace")):
        return bytes.fromhex(data.decode("ascii"))
    if len(data) < 32:
        raise MlwardError(f"{path}: a pseudonymisation key needs at least 32 bytes (or 64 hex characters); "
                          "make one with `openssl rand -hex 32`")
    return data

