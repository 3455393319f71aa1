"""GGUF (llama.cpp) models: header, metadata and tensor table read with bounds; chat templates checked
statically for sandbox escapes (CVE-2024-34359); payloads hidden in metadata or after the tensor data.

Layout (https://github.com/ggml-org/ggml/blob/master/docs/gguf.md): "GGUF", u32 version, tensor count
and key/value count (u64; u32 in version 1), the key/value pairs, the tensor infos, then aligned tensor
data. Every count and length is checked against what the file can hold before anything is read.
"""

from __future__ import annotations

import struct
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import ClassVar

from mlward.files.access import Source
from mlward.findings import Finding, Location, Severity, rule
from mlward.scanners.base import ATLAS_MODEL_SUPPLY_CHAIN, ScanContext
from mlward.scanners.chat_template import MAX_TEMPLATE, template_findings

_MAX_KEY = 1 << 16
_MAX_DEPTH = 4
_KEPT_STRING = MAX_TEMPLATE  # longer strings are skipped (never kept in memory)
_SCALARS = {
    0: "<B",
    1: "<b",
    2: "<H",
    3: "<h",
    4: "<I",
    5: "<i",
    6: "<f",
    7: "<?",
    10: "<Q",
    11: "<q",
    12: "<d",
}
_STRING, _ARRAY = 8, 9
# ggml tensor types: (elements per block, bytes per block); unknown types skip the size check.
_GGML_TYPES = {
    0: (1, 4),
    1: (1, 2),
    2: (32, 18),
    3: (32, 20),
    6: (32, 22),
    7: (32, 24),
    8: (32, 34),
    9: (32, 36),
    10: (256, 84),
    11: (256, 110),
    12: (256, 144),
    13: (256, 176),
    14: (256, 210),
    15: (256, 292),
    16: (256, 66),
    17: (256, 74),
    18: (256, 98),
    19: (256, 50),
    20: (32, 18),
    21: (256, 110),
    22: (256, 82),
    23: (256, 136),
    24: (1, 1),
    25: (1, 2),
    26: (1, 4),
    27: (1, 8),
    28: (1, 8),
    29: (256, 56),
    30: (1, 2),
    34: (256, 54),
    35: (256, 66),
    39: (32, 17),
}
_PAYLOAD_MAGIC = (
    (b"\x7fELF", "an ELF executable"),
    (b"MZ", "a Windows executable"),
    (b"PK\x03\x04", "a zip archive"),
    (b"\x80\x02", "a pickle"),
    (b"\x80\x04", "a pickle"),
    (b"\x80\x05", "a pickle"),
    (b"#!", "a script"),
    (b"\xcf\xfa\xed\xfe", "a Mach-O executable"),
)

GGUF_UNPARSEABLE = rule(
    "gguf.unparseable",
    "GGUF header or metadata could not be read",
    "The GGUF header, metadata or tensor table is truncated or declares impossible sizes, so the "
    "metadata (including any chat template) was not fully checked.",
    "Obtain an intact copy of the model (compare its published digest) and scan again.",
    atlas=(ATLAS_MODEL_SUPPLY_CHAIN,),
)
GGUF_PAYLOAD = rule(
    "gguf.hidden-payload",
    "GGUF file carries an executable or archive outside its tensors",
    "A metadata value or the bytes after the last tensor start like a program, archive or pickle. "
    "llama.cpp ignores them, but they ride along with a trusted-looking model (llamafile-style "
    "bundling or smuggling).",
    "Strip the extra bytes (re-export the model) or obtain the publisher's original file.",
    atlas=(ATLAS_MODEL_SUPPLY_CHAIN,),
    cwe=("CWE-506",),
)


class GGUFError(ValueError):
    """The file is not a well-formed GGUF file (message says where)."""


@dataclass(slots=True)
class GGUFHeader:
    """What mlward reads from a GGUF file: version, metadata strings it keeps, tensor extent."""

    version: int = 0
    tensor_count: int = 0
    strings: dict[str, str] = field(default_factory=dict)  # string metadata up to _KEPT_STRING
    long_strings: dict[str, int] = field(default_factory=dict)  # skipped strings: key -> length
    payloads: list[tuple[str, str]] = field(default_factory=list)  # (key, what)
    alignment: int = 32
    data_start: int = 0
    data_end: int | None = None  # None when a tensor type is unknown


class _Reader:
    def __init__(self, source: Source) -> None:
        self.source = source
        self.size = source.size

    def remaining(self) -> int:
        return self.size - self.source.tell()

    def take(self, n: int, what: str) -> bytes:
        if n < 0 or n > self.remaining():
            raise GGUFError(f"{what} at byte {self.source.tell()} needs {n} bytes; the file ends first")
        return self.source.read(n)

    def skip(self, n: int, what: str) -> None:
        if n < 0 or n > self.remaining():
            raise GGUFError(f"{what} at byte {self.source.tell()} needs {n} bytes; the file ends first")
        self.source.skip(n)

    def unpack(self, fmt: str, what: str) -> int | float | bool:
        value: int | float | bool = struct.unpack(fmt, self.take(struct.calcsize(fmt), what))[0]
        return value

    def count(self, wide: bool, what: str) -> int:
        return int(self.unpack("<Q" if wide else "<I", what))


def read_header(source: Source) -> GGUFHeader:
    """Parse a GGUF file's header, metadata and tensor infos; raises GGUFError on malformed input."""
    r = _Reader(source)
    if r.take(4, "magic") != b"GGUF":
        raise GGUFError("not a GGUF file (magic)")
    head = GGUFHeader(version=int(r.unpack("<I", "version")))
    if head.version not in (1, 2, 3):
        raise GGUFError(f"unsupported GGUF version {head.version}")
    wide = head.version >= 2
    head.tensor_count = r.count(wide, "tensor count")
    kv_count = r.count(wide, "metadata count")
    # Each pair needs at least a key length, a type and one byte; each tensor info at least 24 bytes.
    if kv_count * 13 > r.remaining() or head.tensor_count * 24 > r.remaining():
        raise GGUFError(f"{kv_count} metadata pairs and {head.tensor_count} tensors cannot fit in the file")
    for _ in range(kv_count):
        key = _string(r, wide, "metadata key", _MAX_KEY)
        assert key is not None  # keys are always within _MAX_KEY or _string raised
        vtype = int(r.unpack("<I", f"type of {key}"))
        _value(r, wide, vtype, key, head, 0)
    align = head.strings.get("__alignment__")
    head.alignment = int(align) if align else 32
    extent = 0
    known = True
    for index in range(head.tensor_count):
        name = _string(r, wide, f"tensor {index} name", _MAX_KEY)
        dims = int(r.unpack("<I", f"tensor {name} dimensions"))
        if dims > 8:
            raise GGUFError(f"tensor {name} has {dims} dimensions")
        elements = 1
        for _ in range(dims):
            elements *= r.count(wide, f"tensor {name} shape")
        ttype = int(r.unpack("<I", f"tensor {name} type"))
        offset = int(r.unpack("<Q", f"tensor {name} offset"))
        block = _GGML_TYPES.get(ttype)
        if block is None:
            known = False
            continue
        per, nbytes = block
        extent = max(extent, offset + -(-elements // per) * nbytes)
    pos = source.tell()
    head.data_start = pos + (-pos % head.alignment)
    head.data_end = head.data_start + extent if known else None
    return head


def _string(r: _Reader, wide: bool, what: str, keep: int) -> str | None:
    length = r.count(wide, f"{what} length")
    if length > keep:
        if keep == _MAX_KEY:
            raise GGUFError(f"{what} of {length} bytes is longer than any real key")
        r.skip(length, what)
        return None
    return r.take(length, what).decode("utf-8", "replace")


def _value(r: _Reader, wide: bool, vtype: int, key: str, head: GGUFHeader, depth: int) -> None:
    if vtype in _SCALARS:
        value = r.unpack(_SCALARS[vtype], key)
        if key == "general.alignment" and isinstance(value, int):
            if value <= 0 or value & (value - 1) or value > 1 << 20:
                raise GGUFError(f"general.alignment {value} is not a power of two")
            head.strings["__alignment__"] = str(value)
        return
    if vtype == _STRING:
        start = r.source.tell()
        length = r.count(wide, f"{key} length")
        if length > _KEPT_STRING:
            head.long_strings[key] = length
            head_bytes = r.take(8, key) if length >= 8 else b""
            r.skip(length - len(head_bytes), key)
        else:
            data = r.take(length, key)
            if depth == 0:
                head.strings[key] = data.decode("utf-8", "replace")
            head_bytes = data[:8]
        for magic, what in _PAYLOAD_MAGIC:
            if magic != b"#!" and head_bytes.startswith(magic) and length >= 64:
                head.payloads.append((key, f"{what} in a string value at byte {start}"))
        return
    if vtype == _ARRAY:
        if depth >= _MAX_DEPTH:
            raise GGUFError(f"{key}: arrays nested deeper than {_MAX_DEPTH}")
        itype = int(r.unpack("<I", f"{key} item type"))
        n = r.count(wide, f"{key} item count")
        if itype in _SCALARS:
            r.skip(n * struct.calcsize(_SCALARS[itype]), key)
            return
        if itype not in (_STRING, _ARRAY) or n * 8 > r.remaining():
            raise GGUFError(f"{key}: array of {n} items of type {itype} cannot fit in the file")
        for _ in range(n):
            _value(r, wide, itype, key, head, depth + 1)
        return
    raise GGUFError(f"{key}: unknown metadata type {vtype}")


def template_keys(head: GGUFHeader) -> list[str]:
    """The metadata keys that hold chat templates (the default and the named ones)."""
    return sorted(
        k
        for k in [*head.strings, *head.long_strings]
        if k == "tokenizer.chat_template" or k.startswith("tokenizer.chat_template.")
    )


class GGUFScanner:
    """GGUF model files (llama.cpp, Ollama, LM Studio)."""

    formats: ClassVar[frozenset[str]] = frozenset({"gguf"})

    def scan(self, source: Source, ctx: ScanContext) -> Iterator[Finding]:
        """Chat-template escapes, hidden payloads, and malformed headers."""
        try:
            head = read_header(source)
        except (GGUFError, struct.error, OverflowError) as exc:
            yield Finding.of(
                GGUF_UNPARSEABLE,
                ctx.path,
                Severity.MEDIUM,
                f"GGUF metadata could not be read: {exc}.",
                evidence=str(exc)[:200],
            )
            return
        for key in template_keys(head):
            where = f"metadata {key}"
            if key in head.long_strings:
                yield from template_findings("x" * (MAX_TEMPLATE + 1), ctx, where, Location(field=key))
                continue
            yield from template_findings(head.strings[key], ctx, where, Location(field=key))
        for key, what in head.payloads:
            yield Finding.of(
                GGUF_PAYLOAD,
                ctx.path,
                Severity.HIGH,
                f"Metadata {key} holds {what}.",
                location=Location(field=key),
            )
        yield from _trailing(source, head, ctx)


def _trailing(source: Source, head: GGUFHeader, ctx: ScanContext) -> Iterator[Finding]:
    if head.data_end is None or head.data_end >= source.size:
        return
    extra = source.size - head.data_end
    # Writers pad the end to the alignment; look past any zero padding.
    window = source.pread(min(extra, 1 << 16), head.data_end)
    stripped = window.lstrip(b"\0")
    if not stripped:
        return
    offset = head.data_end + len(window) - len(stripped)
    for magic, what in _PAYLOAD_MAGIC:
        if stripped.startswith(magic):
            yield Finding.of(
                GGUF_PAYLOAD,
                ctx.path,
                Severity.HIGH,
                f"{extra} bytes after the last tensor; at byte {offset} they start like {what}.",
                location=Location(offset=offset),
                evidence=stripped[:16].hex(),
            )
            return
    yield Finding.of(
        GGUF_PAYLOAD,
        ctx.path,
        Severity.LOW,
        f"{extra} unexplained bytes after the last tensor (from byte {head.data_end}).",
        location=Location(offset=head.data_end),
        evidence=stripped[:16].hex(),
    )
