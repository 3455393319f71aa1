"""Flax checkpoints (`flax.serialization.to_bytes`: msgpack with numpy arrays as extension types),
walked with a bounded msgpack reader of our own — no msgpack, flax or numpy import.

msgpack cannot carry code, and flax's restore builds arrays with `np.frombuffer`; the risks are what a
file pretends to be: extension types flax does not write (a custom unpacker hook would be needed),
object dtypes, and byte strings that are pickles or programs riding along.
"""

from __future__ import annotations

import re
import struct
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import ClassVar

from mlward.files.access import Source
from mlward.findings import Finding, Location, Severity, rule
from mlward.scanners.base import ATLAS_MODEL_SUPPLY_CHAIN, ScanContext

_MAX_DEPTH = 128
_MAX_ITEMS = 50_000_000
_FLAX_EXT = {1: "ndarray", 2: "complex", 3: "numpy scalar"}
_PLAIN_DTYPE = re.compile(
    r"^(bool|u?int(8|16|32|64)|float(16|32|64|128)|bfloat16|complex(64|128|256)|"
    r"float8_\w+|int4|uint4|[<>|=]?[biufc]\d{1,2})$"
)
_PAYLOADS = (
    (b"\x80\x02", "a pickle"),
    (b"\x80\x03", "a pickle"),
    (b"\x80\x04", "a pickle"),
    (b"\x80\x05", "a pickle"),
    (b"\x7fELF", "an ELF executable"),
    (b"MZ", "a Windows executable"),
    (b"PK\x03\x04", "a zip archive"),
)

SUSPICIOUS = rule(
    "flax.suspicious-content",
    "Flax checkpoint holds something other than arrays",
    "The msgpack checkpoint contains an extension type flax does not write, an array of Python "
    "objects, or bytes that start like a pickle, archive or program. flax.serialization would not "
    "produce these; another loader reading this file may interpret them.",
    "Obtain the checkpoint from its original publisher or convert it to safetensors.",
    atlas=(ATLAS_MODEL_SUPPLY_CHAIN,),
    cwe=("CWE-502",),
)
UNPARSEABLE = rule(
    "flax.unparseable",
    "msgpack checkpoint could not be parsed",
    "The msgpack structure is truncated or declares impossible sizes, so its content was not checked.",
    "Obtain an intact copy and scan again.",
    atlas=(ATLAS_MODEL_SUPPLY_CHAIN,),
)


class MsgpackError(ValueError):
    """Malformed msgpack (the message says where)."""


@dataclass(slots=True)
class _Walk:
    source: Source
    size: int
    items: int = 0
    issues: list[tuple[Severity, str, int]] = field(default_factory=list)

    def take(self, n: int) -> bytes:
        if n < 0 or n > self.size - self.source.tell():
            raise MsgpackError(f"value at byte {self.source.tell()} needs {n} bytes; the file ends first")
        return self.source.read(n)

    def num(self, fmt: str) -> int:
        value: int = struct.unpack(fmt, self.take(struct.calcsize(fmt)))[0]
        return value

    def bytes_value(self, n: int, keep: bool) -> bytes:
        pos = self.source.tell()
        if keep or n <= 64:
            return self.take(n)
        head = self.take(16)
        if n - 16 > self.size - self.source.tell():
            raise MsgpackError(f"value at byte {pos} needs {n} bytes; the file ends first")
        self.source.skip(n - 16)
        return head

    def value(self, depth: int = 0, keep: bool = False) -> object:
        if depth > _MAX_DEPTH:
            raise MsgpackError(f"nested deeper than {_MAX_DEPTH}")
        self.items += 1
        if self.items > _MAX_ITEMS:
            raise MsgpackError(f"more than {_MAX_ITEMS} values")
        pos = self.source.tell()
        b = self.take(1)[0]
        if b <= 0x7F or b >= 0xE0:
            return b
        if 0x80 <= b <= 0x8F:
            return self.container(b & 0x0F, True, depth)
        if 0x90 <= b <= 0x9F:
            return self.container(b & 0x0F, False, depth)
        if 0xA0 <= b <= 0xBF:
            return self.take(b & 0x1F).decode("utf-8", "replace")
        simple = {0xC0: None, 0xC2: False, 0xC3: True}
        if b in simple:
            return simple[b]
        sized = {
            0xCA: "<f",
            0xCB: ">d",
            0xCC: ">B",
            0xCD: ">H",
            0xCE: ">I",
            0xCF: ">Q",
            0xD0: ">b",
            0xD1: ">h",
            0xD2: ">i",
            0xD3: ">q",
        }
        if b in sized:
            return self.num(">f" if b == 0xCA else sized[b])
        if b in (0xC4, 0xC5, 0xC6, 0xD9, 0xDA, 0xDB):
            n = self.num({0xC4: ">B", 0xC5: ">H", 0xC6: ">I", 0xD9: ">B", 0xDA: ">H", 0xDB: ">I"}[b])
            data = self.bytes_value(n, keep or b >= 0xD9)
            if b < 0xD9:
                self.payload(data, pos)
                return data
            return data.decode("utf-8", "replace")
        if b in (0xDC, 0xDD, 0xDE, 0xDF):
            n = self.num(">H" if b in (0xDC, 0xDE) else ">I")
            return self.container(n, b >= 0xDE, depth)
        if b in (0xD4, 0xD5, 0xD6, 0xD7, 0xD8, 0xC7, 0xC8, 0xC9):
            fixed = {0xD4: 1, 0xD5: 2, 0xD6: 4, 0xD7: 8, 0xD8: 16}
            n = fixed[b] if b in fixed else self.num({0xC7: ">B", 0xC8: ">H", 0xC9: ">I"}[b])
            code = struct.unpack(">b", self.take(1))[0]
            return self.extension(code, n, pos, depth)
        raise MsgpackError(f"byte 0x{b:02x} at {pos} is not a msgpack type")

    def container(self, n: int, mapping: bool, depth: int) -> object:
        if n > self.size - self.source.tell():
            raise MsgpackError(f"container of {n} items at byte {self.source.tell()} cannot fit")
        for _ in range(n * (2 if mapping else 1)):
            self.value(depth + 1)
        return None

    def extension(self, code: int, n: int, pos: int, depth: int) -> object:
        if code not in _FLAX_EXT:
            self.issues.append(
                (Severity.MEDIUM, f"msgpack extension type {code}, which flax does not write", pos)
            )
            self.bytes_value(n, False)
            return None
        end = self.source.tell() + n
        if code in (1, 3):  # (shape, dtype name, buffer) packed as msgpack
            if self.take(1)[0] not in (0x93, 0x92):
                raise MsgpackError(f"array extension at byte {pos} is not a (shape, dtype, data) tuple")
            self.value(depth + 1)
            dtype = self.value(depth + 1, keep=True)
            if not isinstance(dtype, str | bytes) or not _PLAIN_DTYPE.match(
                dtype if isinstance(dtype, str) else dtype.decode("latin-1")
            ):
                self.issues.append((Severity.HIGH, f"array of dtype {dtype!r} (not a numeric dtype)", pos))
            if self.source.tell() < end:
                self.value(depth + 1)
        else:
            self.bytes_value(n, False)
        if self.source.tell() != end:
            raise MsgpackError(f"extension at byte {pos} does not end where it says")
        return None

    def payload(self, data: bytes, pos: int) -> None:
        for magic, what in _PAYLOADS:
            if data.startswith(magic):
                self.issues.append((Severity.HIGH, f"bytes that start like {what}", pos))
                return


class FlaxScanner:
    """Flax / msgpack checkpoints (`flax_model.msgpack`)."""

    formats: ClassVar[frozenset[str]] = frozenset({"flax-msgpack"})

    def scan(self, source: Source, ctx: ScanContext) -> Iterator[Finding]:
        """Unknown extension types, object dtypes, hidden payloads."""
        walk = _Walk(source, source.size)
        try:
            walk.value()
            if source.tell() != source.size:
                raise MsgpackError(f"{source.size - source.tell()} bytes after the checkpoint")
        except (MsgpackError, struct.error, RecursionError) as exc:
            yield Finding.of(
                UNPARSEABLE,
                ctx.path,
                Severity.MEDIUM,
                f"Not a well-formed msgpack checkpoint: {exc}.",
                evidence=str(exc)[:200],
            )
        for severity, what, pos in walk.issues[:20]:
            yield Finding.of(
                SUSPICIOUS, ctx.path, severity, f"At byte {pos}: {what}.", location=Location(offset=pos)
            )
