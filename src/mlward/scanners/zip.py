"""Zip-based model files: PyTorch checkpoints, TorchScript archives, numpy .npz, and other zips.

mlward reads zip structure itself, the way PyTorch's reader (miniz in caffe2/serialize) does, instead of
through Python's `zipfile`, because torch loads archives that `zipfile` rejects and a scanner that
gives up on those is bypassed:
- names, sizes, method and flags come from the central directory; of the local header only the name
  and extra-field lengths are used (a different local name, zeroed local sizes, local-only flag bits,
  and a wrong CRC all load in torch: it is built with MINIZ_DISABLE_ZIP_READER_CRC32_CHECKS);
- member names match case-insensitively in torch, and with duplicate names either may be loaded, so
  every member is analysed, duplicates included;
- the archive folder is whatever precedes the first "/", not necessarily "archive".
Only the central directory and the members a loader interprets are read; tensor data is not.
"""

from __future__ import annotations

import re
import struct
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from functools import partial
from typing import ClassVar

from mlward.files.access import FileStream, Source, Stream
from mlward.files.sniff import looks_like_pickle
from mlward.findings import Finding, Location, Severity, rule
from mlward.scanners.base import ATLAS_MODEL_SUPPLY_CHAIN, CWE_DESERIALIZATION, ScanContext, hygiene_finding

_EOCD = b"PK\x05\x06"
_EOCD64 = b"PK\x06\x06"
_EOCD64_LOCATOR = b"PK\x06\x07"
_CENTRAL = b"PK\x01\x02"
_LOCAL = b"PK\x03\x04"
_TENSOR_DATA = re.compile(r"^[^/]+/data/\d+$")
_TORCHSCRIPT_OPS = re.compile(r"\bops\.([A-Za-z_]\w*)\.([A-Za-z_]\w*)")
_BUILTIN_OP_NAMESPACES = frozenset({"aten", "prim", "quantized", "_quantized", "profiler", "cuda", "mkldnn",
                                    "_caffe2", "sparse", "quantized_decomposed", "_c10d_functional"})
_MAX_NESTED_ZIP = 256 << 20

MALFORMED = rule(
    "zip.malformed", "Archive structure is damaged or inconsistent",
    "The zip archive's directory cannot be read consistently. Loaders differ in how they read damaged "
    "archives, and attackers use exactly that difference to show a scanner one thing and a loader "
    "another.",
    "Do not load the file; obtain an intact copy from a trusted source.",
    atlas=(ATLAS_MODEL_SUPPLY_CHAIN,), cwe=(CWE_DESERIALIZATION,),
)
CRC_MISMATCH = rule(
    "zip.crc-mismatch", "Archive member does not match its checksum",
    "A member's CRC-32 differs from the one recorded in the archive. PyTorch does not check CRCs, so "
    "such a file still loads; Python's zipfile (and scanners built on it) refuse it. A mismatch means "
    "the member was altered after the archive was written.",
    "Treat the file as tampered with; obtain an intact copy.",
    atlas=(ATLAS_MODEL_SUPPLY_CHAIN,), cwe=("CWE-354",),
)
UNSUPPORTED = rule(
    "zip.unsupported-member", "Archive member could not be analysed",
    "A member that may hold a pickle uses a compression method or size mlward does not analyse, so "
    "it cannot be reported safe.",
    "Inspect the member by other means, or repack the archive with stored or deflate members.",
    atlas=(ATLAS_MODEL_SUPPLY_CHAIN,), cwe=(CWE_DESERIALIZATION,),
)
CUSTOM_OP = rule(
    "torchscript.custom-operator", "TorchScript code calls a custom operator",
    "The TorchScript archive calls an operator outside PyTorch's own namespaces. It only works if a "
    "native library registering the operator is loaded, and that library runs native code.",
    "Find out which library provides the operator and whether it is trusted.",
    atlas=(ATLAS_MODEL_SUPPLY_CHAIN,), cwe=("CWE-829",),
)


@dataclass(frozen=True, slots=True)
class Member:
    """One central-directory entry."""

    name: str
    method: int
    flags: int
    crc: int
    compressed: int
    size: int
    header_offset: int


class ZipError(Exception):
    """The archive's structure cannot be read."""


class _Reader:
    """Positional access to the archive's bytes: a Source or bytes in memory."""

    def __init__(self, source: Source | None = None, data: bytes | None = None) -> None:
        self._source = source
        self._data = data
        self.size = source.size if source is not None else len(data or b"")

    def pread(self, n: int, offset: int) -> bytes:
        if self._source is not None:
            return self._source.pread(n, offset)
        assert self._data is not None
        return self._data[offset : offset + n] if offset >= 0 else b""


def read_directory(reader: _Reader, max_members: int) -> list[Member]:
    """The central directory, zip64 included; raises ZipError when it cannot be read."""
    tail_len = min(reader.size, 65_557)
    tail = reader.pread(tail_len, reader.size - tail_len)
    at = tail.rfind(_EOCD)
    if at < 0 or len(tail) - at < 22:
        raise ZipError("no end-of-central-directory record")
    (_, _, _, _, count, cd_size, cd_offset, _) = struct.unpack_from("<4sHHHHIIH", tail, at)
    eocd_pos = reader.size - tail_len + at
    if 0xFFFF in (count,) or 0xFFFFFFFF in (cd_size, cd_offset):
        locator = reader.pread(20, eocd_pos - 20)
        if len(locator) == 20 and locator[:4] == _EOCD64_LOCATOR:
            (eocd64_pos,) = struct.unpack_from("<Q", locator, 8)
            record = reader.pread(56, eocd64_pos)
            if len(record) < 56 or record[:4] != _EOCD64:
                raise ZipError("zip64 end record missing")
            count, cd_size, cd_offset = struct.unpack_from("<QQQ", record, 32)
    if count > max_members:
        raise ZipError(f"the archive declares {count:,} members (limit {max_members:,})")
    if cd_offset + cd_size > reader.size:
        raise ZipError("the central directory lies outside the file")
    directory = reader.pread(cd_size, cd_offset)
    members: list[Member] = []
    pos = 0
    while pos + 46 <= len(directory) and directory[pos : pos + 4] == _CENTRAL:
        (flags, method, _, _, crc, csize, usize, nlen, elen, clen, _, _, _, local) = struct.unpack_from(
            "<HHHHIIIHHHHHII", directory, pos + 8)
        raw_name = directory[pos + 46 : pos + 46 + nlen]
        extra = directory[pos + 46 + nlen : pos + 46 + nlen + elen]
        csize, usize, local = _zip64(extra, csize, usize, local)
        name = raw_name.decode("utf-8" if flags & 0x800 else "cp437", "replace")
        members.append(Member(name, method, flags, crc, csize, usize, local))
        pos += 46 + nlen + elen + clen
        if len(members) > max_members:
            raise ZipError(f"more than {max_members:,} members")
    if len(members) != count and count != 0xFFFF:
        raise ZipError(f"the directory lists {len(members)} members but the end record says {count}")
    return members


def _zip64(extra: bytes, csize: int, usize: int, local: int) -> tuple[int, int, int]:
    pos = 0
    while pos + 4 <= len(extra):
        tag, length = struct.unpack_from("<HH", extra, pos)
        body = extra[pos + 4 : pos + 4 + length]
        if tag == 0x0001:
            values = list(struct.unpack_from(f"<{len(body) // 8}Q", body))
            if usize == 0xFFFFFFFF and values:
                usize = values.pop(0)
            if csize == 0xFFFFFFFF and values:
                csize = values.pop(0)
            if local == 0xFFFFFFFF and values:
                local = values.pop(0)
        pos += 4 + length
    return csize, usize, local


def _data_offset(reader: _Reader, member: Member) -> int:
    header = reader.pread(30, member.header_offset)
    if len(header) < 30 or header[:4] != _LOCAL:
        raise ZipError(f"{member.name}: no local header at offset {member.header_offset}")
    nlen, elen = struct.unpack_from("<HH", header, 26)
    return int(member.header_offset + 30 + nlen + elen)


class _RangeStream(FileStream):
    """A member's stored bytes, read by position."""

    def __init__(self, reader: _Reader, start: int, length: int) -> None:
        super().__init__(_RangeFile(reader, start, length))


class _RangeFile:
    def __init__(self, reader: _Reader, start: int, length: int) -> None:
        self._reader, self._pos, self._end = reader, start, start + length

    def read(self, n: int = -1) -> bytes:
        n = self._end - self._pos if n < 0 else min(n, self._end - self._pos)
        data = self._reader.pread(n, self._pos)
        self._pos += len(data)
        return data


class _Inflate:
    """Deflate decompression of a member, bounded by the size the directory declares."""

    def __init__(self, raw: _RangeFile, limit: int) -> None:
        self._raw = raw
        self._z = zlib.decompressobj(-zlib.MAX_WBITS)
        self._left = limit
        self._pending = b""

    def read(self, n: int = -1) -> bytes:
        n = self._left if n < 0 else min(n, self._left)
        out = b""
        while len(out) < n:
            if self._pending:
                chunk, self._pending = self._pending, b""
            else:
                chunk = self._raw.read(1 << 16)
                if not chunk and self._z.eof:
                    break
            piece: bytes = self._z.decompress(chunk, n - len(out))
            self._pending = self._z.unconsumed_tail
            out += piece
            if not piece and not chunk:
                break
            if self._z.eof:
                break
        self._left -= len(out)
        return out


def member_stream(reader: _Reader, member: Member) -> Stream:
    """A stream of a member's uncompressed bytes (stored or deflate)."""
    start = _data_offset(reader, member)
    if member.method == 0:
        return _RangeStream(reader, start, member.compressed)
    if member.method == 8:
        return FileStream(_Inflate(_RangeFile(reader, start, member.compressed), member.size))
    raise ZipError(f"{member.name}: compression method {member.method} is not supported by model loaders")


def _classify(members: list[Member]) -> str:
    names = [m.name.lower() for m in members]
    if any(n.count("/") >= 2 and "/code/" in n for n in names) or any(
            n.endswith("/constants.pkl") for n in names):
        return "torchscript"
    if any(n.endswith("/data.pkl") or n == "data.pkl" for n in names):
        return "pytorch"
    if names and all(n.endswith(".npy") for n in names):
        return "numpy-npz"
    return "zip"


def scan_zip(reader: _Reader, ctx: ScanContext, *, member_prefix: str | None = None,
             depth: int = 0) -> Iterator[Finding]:
    """Findings for every member of a zip that a loader would interpret."""
    from mlward.scanners.numpy import scan_npy_stream
    from mlward.scanners.pickle import analyze_pickle

    def where(name: str) -> str:
        return f"{member_prefix}!{name}" if member_prefix else name

    try:
        members = read_directory(reader, ctx.limits.max_members)
    except ZipError as exc:
        yield Finding.of(MALFORMED, ctx.path, Severity.HIGH, f"The archive cannot be read: {exc}.",
                         location=Location(member=member_prefix))
        return
    kind = _classify(members)
    if depth == 0:
        ctx.format = kind
    pickles = 0
    from mlward.scanners.archive import PATH_TRAVERSAL, path_problem, shown_name

    for member in members:
        lower = member.name.lower()
        problem = path_problem(member.name)
        if problem:
            shown = shown_name(member.name)
            yield Finding.of(PATH_TRAVERSAL, ctx.path, Severity.HIGH,
                             f"Member {shown} has an {problem}; extracting it writes outside the target "
                             "folder.", location=Location(member=where(member.name)), evidence=shown)
        if member.flags & 0x1:
            # Flagged as encrypted: if it really is, nothing below can read it, so it is not reported
            # safe; if the flag lies (a known trick against scanners that trust it), it is analysed.
            yield Finding.of(UNSUPPORTED, ctx.path, Severity.MEDIUM,
                             f"Member {where(member.name)} is marked as encrypted; mlward cannot decrypt it, "
                             "so whatever it holds was not analysed unless the mark is false.",
                             location=Location(member=where(member.name)))
        if member.name.endswith("/") or (kind in ("pytorch", "torchscript") and _TENSOR_DATA.match(lower)):
            continue  # folders, and raw tensor storage (never interpreted as code)
        try:
            stream = member_stream(reader, member)
            head = stream.read(8)
        except ZipError as exc:
            if lower.endswith((".pkl", ".npy")):
                yield Finding.of(UNSUPPORTED, ctx.path, Severity.MEDIUM, str(exc) + ".",
                                 location=Location(member=where(member.name)))
            continue
        if lower.endswith(".npy") or head.startswith(b"\x93NUMPY"):
            stream = member_stream(reader, member)
            yield from scan_npy_stream(stream, ctx, member=where(member.name), depth=depth)
            continue
        if head.startswith(b"PK\x03\x04") and member.size <= _MAX_NESTED_ZIP:
            if depth + 1 > ctx.limits.max_nesting:
                continue
            data = member_stream(reader, member).read(member.size)
            yield from scan_zip(_Reader(data=data), ctx, member_prefix=where(member.name), depth=depth + 1)
            continue
        if lower.endswith(".pkl") or looks_like_pickle(head):
            pickles += 1
            stream = member_stream(reader, member)
            findings, _ = analyze_pickle(stream, ctx, member=where(member.name),
                                         torchscript=kind == "torchscript", depth=depth,
                                         reopen=partial(member_stream, reader, member))
            yield from findings
            yield from _check_crc(reader, member, ctx, where(member.name))
        elif kind == "torchscript" and "/code/" in lower and lower.endswith(".py"):
            yield from _torchscript_code(member_stream(reader, member), ctx, where(member.name))
    # Keras configs, .pt2 packages and members of any other format with a scanner (archive.py).
    from mlward.scanners.archive import zip_extras

    by_name = {m.name: m for m in members}
    yield from zip_extras(list(by_name),
                          lambda name, limit: member_stream(reader, by_name[name]).read(limit),
                          ctx, member_prefix=member_prefix)
    if pickles and depth == 0:
        yield hygiene_finding(ctx, f"This {kind} archive")


def _check_crc(reader: _Reader, member: Member, ctx: ScanContext, where: str) -> Iterator[Finding]:
    """Pickle members are small: check their CRC, since torch does not and zipfile refuses them."""
    if member.size > 64 << 20:
        return
    data = member_stream(reader, member).read(member.size)
    if zlib.crc32(data) != member.crc:
        yield Finding.of(CRC_MISMATCH, ctx.path, Severity.MEDIUM,
                         f"Member {where} has CRC-32 {zlib.crc32(data):08x}, the archive records "
                         f"{member.crc:08x}.", location=Location(member=where))


def _torchscript_code(stream: Stream, ctx: ScanContext, where: str) -> Iterator[Finding]:
    text = stream.read(8 << 20).decode("utf-8", "replace")
    for line_no, line in enumerate(text.splitlines(), 1):
        for match in _TORCHSCRIPT_OPS.finditer(line):
            if match.group(1) not in _BUILTIN_OP_NAMESPACES:
                yield Finding.of(CUSTOM_OP, ctx.path, Severity.MEDIUM,
                                 f"TorchScript code calls `ops.{match.group(1)}.{match.group(2)}`.",
                                 location=Location(member=where, line=line_no),
                                 evidence=line.strip()[:200])


def scan_zip_bytes(data: bytes, ctx: ScanContext, *, member: str, depth: int) -> list[Finding]:
    """Findings for a zip held in memory (a nested torch.load payload)."""
    return list(scan_zip(_Reader(data=data), ctx, member_prefix=member, depth=depth))


class ZipScanner:
    """PyTorch zip checkpoints, TorchScript archives, numpy .npz files and other zips."""

    formats: ClassVar[frozenset[str]] = frozenset({"zip"})

    def scan(self, source: Source, ctx: ScanContext) -> Iterator[Finding]:
        """Analyse the archive's interpreted members; the digest pass reads the rest once."""
        yield from scan_zip(_Reader(source=source), ctx)
