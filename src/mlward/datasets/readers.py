"""Dataset readers: each format becomes a stream of records with bounded memory.

Two shapes come out of a reader. Line formats (JSONL, plain text) yield `Block`s: many whole lines of raw
bytes at once, so the prefilter can run over megabytes in one call and JSON is parsed only where a
trigger fires. Record formats (CSV/TSV, JSON arrays, Parquet, Arrow/`datasets` folders) yield `Record`s
whose fields are already text. A line longer than the limit is never buffered whole: it is reported as
`Oversize` and skipped to its end.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import os
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, BinaryIO, Protocol

from mlward.datasets.prefilter import byte_positions
from mlward.errors import MlwardError

BLOCK = 4 << 20  # bytes per block handed to the prefilter
MAX_LINE = 16 << 20  # longest record line kept; longer ones are reported and skipped


class Readable(Protocol):
    """Anything with `read(n)`: mlward's Source, a decompressor, a file."""

    def read(self, n: int, /) -> bytes:
        """Up to n bytes; fewer only at the end."""
        ...


class UnreadableDataset(MlwardError):
    """A dataset file whose container could not be read (broken Parquet footer, bad compression)."""


@dataclass(frozen=True, slots=True)
class Block:
    """Whole lines of raw bytes, separated by b"\\n"; record numbers start at `first`."""

    first: int
    data: bytes
    # Offsets of the b"\n" separators in `data` when the reader found them already (NumPy int64).
    newlines: Any = field(default=None, compare=False, repr=False)


@dataclass(frozen=True, slots=True)
class Record:
    """One record of a record format: (field path, text) pairs; `problem` says why it is malformed."""

    index: int
    fields: list[tuple[str | None, str]]
    problem: str | None = None
    value: Any = None  # the parsed record (row dict, JSON value), kept for cleaning


@dataclass(frozen=True, slots=True)
class Oversize:
    """A line too long to inspect, skipped without buffering."""

    index: int
    length: int


Item = Block | Record | Oversize

LINE_FORMATS = frozenset({"jsonl", "text"})
RECORD_FORMATS = frozenset({"csv", "tsv", "json", "parquet", "arrow"})
FORMATS = LINE_FORMATS | RECORD_FORMATS

_EXTENSIONS = {
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".jsonlines": "jsonl", ".json": "json", ".csv": "csv",
    ".tsv": "tsv", ".tab": "tsv", ".parquet": "parquet", ".pq": "parquet", ".arrow": "arrow",
    ".txt": "text", ".text": "text",
}
COMPRESSIONS = {".gz": "gzip", ".gzip": "gzip", ".zst": "zstd", ".zstd": "zstd"}


def detect_format(name: str, head: bytes) -> tuple[str | None, str | None]:
    """(format, compression) from the file name and its first bytes; format None when not a dataset."""
    base = name.lower()
    compression = None
    for suffix, kind in COMPRESSIONS.items():
        if base.endswith(suffix):
            compression, base = kind, base[: -len(suffix)]
            break
    if head.startswith(b"\x1f\x8b"):
        compression = "gzip"
    elif head.startswith(b"\x28\xb5\x2f\xfd"):
        compression = "zstd"
    if compression is None and head.startswith(b"PAR1"):
        return "parquet", None
    if compression is None and (head.startswith(b"ARROW1") or head.startswith(b"\xff\xff\xff\xff")):
        return ("arrow", None) if base.endswith(".arrow") or head.startswith(b"ARROW1") else (None, None)
    ext = os.path.splitext(base)[1]
    fmt = _EXTENSIONS.get(ext)
    if fmt == "json" and compression is None:
        start = head.lstrip()[:1]
        if start == b"{" and b"\n{" in head.replace(b"\r\n", b"\n").replace(b"\n ", b"\n"):
            fmt = "jsonl"  # a ".json" file holding one object per line
    return fmt, compression


def open_decompressed(raw: Readable, compression: str | None, limit: int) -> Readable:
    """The uncompressed byte stream, refusing to inflate past `limit` bytes (compression bombs)."""
    if compression is None:
        return raw
    if compression == "gzip":
        return _Bounded(gzip.GzipFile(fileobj=as_file(raw), mode="rb"), limit)
    import zstandard

    reader = zstandard.ZstdDecompressor().stream_reader(as_file(raw), read_across_frames=True)
    return _Bounded(reader, limit)


class _Bounded(io.RawIOBase):
    """A decompressor with a ceiling on how much it may produce; wraps decoder errors in ours."""

    def __init__(self, inner: Any, limit: int) -> None:
        super().__init__()
        self._inner = inner
        self._left = limit

    def readable(self) -> bool:
        return True

    def read(self, n: int | None = -1) -> bytes:
        try:
            data: bytes = self._inner.read(n if n is not None and n >= 0 else BLOCK)
        except (OSError, EOFError, zlib.error) as exc:
            raise UnreadableDataset(f"decompression failed: {exc}") from exc
        except Exception as exc:  # zstandard.ZstdError has no common base we can name without importing
            raise UnreadableDataset(f"decompression failed: {exc}") from exc
        self._left -= len(data)
        if self._left < 0:
            raise UnreadableDataset("decompressed data exceeds the size limit (compression bomb?)")
        return data


def read_lines(stream: Readable, *, block: int = BLOCK, max_line: int = MAX_LINE) -> Iterator[Item]:
    """Whole lines in blocks of about `block` bytes; lines over `max_line` come out as Oversize."""
    tail = b""
    index = 0
    skipping = 0  # > 0 while discarding an oversize line: bytes discarded so far
    while True:
        chunk = stream.read(block)
        if not chunk:
            break
        start = 0
        if skipping:
            cut = chunk.find(b"\n")
            if cut < 0:
                skipping += len(chunk)
                continue
            yield Oversize(index, skipping + cut)
            index += 1
            skipping = 0
            start = cut + 1
        # The tail holds no newline, so the last one of the chunk ends the block. The block is built
        # with one copy (tail + chunk up to it), not one for the concatenation and one for the cut.
        cut = chunk.rfind(b"\n", start)
        if cut < 0:
            if len(tail) + len(chunk) - start > max_line:
                skipping, tail = len(tail) + len(chunk) - start, b""
            else:
                tail += chunk[start:]
            continue
        whole = b"".join((tail, memoryview(chunk)[start:cut]))
        tail = chunk[cut + 1 :]
        newlines = byte_positions(whole, 10)  # faster than bytes.count
        yield Block(index, whole, newlines)
        index += len(newlines) + 1
        if len(tail) > max_line:
            skipping, tail = len(tail), b""
    if skipping:
        yield Oversize(index, skipping)
    elif tail:
        yield Block(index, tail)


def json_fields(value: Any, path: str = "", out: list[tuple[str | None, str]] | None = None,
                depth: int = 0) -> list[tuple[str | None, str]]:
    """Every string (and long integer) in a JSON value with its path, e.g. `messages[1].content`."""
    if out is None:
        out = []
    if depth > 64:
        return out
    if isinstance(value, str):
        out.append((path or "$", value))
    elif isinstance(value, dict):
        for key, item in value.items():
            name = str(key)
            sub = f"{path}.{name}" if path and name.isidentifier() else (
                name if name.isidentifier() else f"{path}[{json.dumps(name, ensure_ascii=False)}]")
            json_fields(item, sub, out, depth + 1)
    elif isinstance(value, list):
        for i, item in enumerate(value):
            json_fields(item, f"{path}[{i}]", out, depth + 1)
    elif isinstance(value, int) and not isinstance(value, bool) and abs(value) >= 1_000_000:
        out.append((path or "$", str(value)))
    return out


def read_csv(stream: Readable, *, delimiter: str, max_field: int = MAX_LINE,
             header_out: list[str] | None = None) -> Iterator[Record]:
    """Rows keyed by header name; a row with the wrong number of cells is reported as malformed."""
    text = io.TextIOWrapper(as_file(stream), encoding="utf-8-sig", errors="replace", newline="")
    # The limit counts characters, which the csv module holds as 4-byte code points: a quarter of the
    # byte budget keeps a runaway quoted field within it.
    csv.field_size_limit(max(max_field // 4, 1024))
    reader = csv.reader(text, delimiter=delimiter, strict=False)
    try:
        header = next(reader)
    except StopIteration:
        return
    except csv.Error as exc:
        raise UnreadableDataset(f"CSV header unreadable: {exc}") from exc
    if header_out is not None:
        header_out[:] = header
    width = len(header)
    index = 0
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:  # a field beyond the limit, typically an unbalanced quote
            yield Record(index, [], f"unreadable row ({exc}); the rest of the file was not inspected")
            return
        problem = None
        if len(row) != width:
            problem = f"row has {len(row)} cells, the header has {width}"
        fields: list[tuple[str | None, str]] = [
            (header[i] if i < width else f"column {i}", cell) for i, cell in enumerate(row) if cell]
        yield Record(index, fields, problem, row)
        index += 1


def read_json_array(stream: Readable, *, max_record: int = MAX_LINE) -> Iterator[Record]:
    """Elements of a top-level JSON array, streamed (ijson); a single object is one record.

    No element may take more than `max_record` bytes of input: ijson builds each one in memory.
    """
    import ijson

    head = stream.read(1)
    while head and head.isspace():
        head = stream.read(1)
    counted = _Prepend(head, stream, max_record)
    joined = io.BufferedReader(counted, buffer_size=1 << 16)
    index = 0
    try:
        for value in ijson.items(joined, "item" if head == b"[" else "", use_float=True):
            counted.since = 0
            yield Record(index, json_fields(value), None, value)
            index += 1
    except (ijson.JSONError, ijson.IncompleteJSONError, UnicodeDecodeError) as exc:
        yield Record(index, [], f"invalid JSON after record {index - 1}: {exc}; the rest was not inspected")


class _Prepend(io.RawIOBase):
    """A stream with its first bytes given back, counting bytes since the last record."""

    def __init__(self, first: bytes, rest: Any, limit: int) -> None:
        super().__init__()
        self._first = first
        self._rest = rest
        self._limit = limit
        self.since = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        if self._first:
            data, self._first = self._first, b""
        else:
            data = self._rest.read(len(buffer))
        n = len(data)
        self.since += n
        if self.since > self._limit + (1 << 16):
            raise UnreadableDataset(f"a JSON record is larger than {self._limit} bytes; mlward streams "
                                    "top-level arrays element by element: convert the file to JSONL or to "
                                    "an array of smaller records")
        buffer[:n] = data
        return n


def _arrow_records(batches: Iterator[Any], start: int = 0) -> Iterator[Record]:
    index = start
    for batch in batches:
        for row in batch.to_pylist():
            yield Record(index, json_fields(row), None, row)
            index += 1


def read_parquet(path: str) -> Iterator[Record]:
    """Rows of a Parquet file, one row group at a time."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        handle = pq.ParquetFile(path)
    except (pa.ArrowException, OSError) as exc:
        raise UnreadableDataset(f"not a readable Parquet file: {str(exc).strip()}") from exc

    def batches() -> Iterator[Any]:
        try:
            for group in range(handle.num_row_groups):
                yield from handle.iter_batches(batch_size=8192, row_groups=[group])
        except (pa.ArrowException, OSError) as exc:
            raise UnreadableDataset(f"Parquet data unreadable: {str(exc).strip()}") from exc

    yield from _arrow_records(batches())


def read_arrow(path: str) -> Iterator[Record]:
    """Rows of an Arrow IPC stream or file (the shards of a `datasets` save_to_disk folder)."""
    import pyarrow as pa
    import pyarrow.ipc as ipc

    def batches() -> Iterator[Any]:
        try:
            with pa.memory_map(path) as source:
                try:
                    reader = ipc.open_stream(source)
                except pa.ArrowInvalid:
                    yield from ipc.open_file(source)
                    return
                yield from reader
        except (pa.ArrowException, OSError) as exc:
            raise UnreadableDataset(f"Arrow data unreadable: {str(exc).strip()}") from exc

    yield from _arrow_records(batches())


def hf_dataset_shards(directory: str) -> list[str] | None:
    """The Arrow shards of a `datasets.save_to_disk` folder in order, or None if it is not one."""
    state = os.path.join(directory, "state.json")
    if not os.path.isfile(state) or not os.path.isfile(os.path.join(directory, "dataset_info.json")):
        return None
    try:
        with open(state, encoding="utf-8") as handle:
            files = json.load(handle).get("_data_files", [])
        names = [str(f["filename"]) for f in files]
    except (OSError, ValueError, TypeError, KeyError):
        return None
    shards = [os.path.join(directory, n) for n in names if "/" not in n and "\\" not in n and n != ".."]
    return shards


class _RawAdapter(io.RawIOBase):
    """A `read(n)` stream (mlward's Source, a decompressor) seen as a raw file, for io.TextIOWrapper."""

    def __init__(self, stream: Any) -> None:
        super().__init__()
        self._stream = stream

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        data = self._stream.read(len(buffer))
        n = len(data)
        buffer[:n] = data
        return n


def as_file(stream: Readable) -> BinaryIO:
    """Wrap any object with `read(n)` as a buffered binary file."""
    return io.BufferedReader(_RawAdapter(stream), buffer_size=1 << 20)
