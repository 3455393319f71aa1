"""numpy `.npy` files: a bounded header, then raw data — or, for object arrays, a pickle."""

from __future__ import annotations

import ast
import struct
from collections.abc import Iterator
from typing import ClassVar

from mlward.files.access import Source, Stream
from mlward.findings import Finding, Location, Severity, rule
from mlward.scanners.base import ATLAS_MODEL_SUPPLY_CHAIN, CWE_DESERIALIZATION, ScanContext, hygiene_finding

_MAX_HEADER = 1 << 20  # numpy itself refuses headers over 10,000 bytes unless told otherwise

BAD_HEADER = rule(
    "numpy.invalid-header", "numpy file header is invalid",
    "The .npy header cannot be read as numpy writes it; numpy may refuse the file, or read it "
    "differently from what it appears to hold.",
    "Obtain an intact copy of the file.",
    atlas=(ATLAS_MODEL_SUPPLY_CHAIN,),
)
OBJECT_ARRAY = rule(
    "numpy.object-array", "numpy object array holds a pickle",
    "The array has dtype object, so its data is a pickle that numpy only loads with "
    "allow_pickle=True. The pickle was analysed; its imports are reported separately.",
    "Load numeric arrays only; store object data in a format that cannot carry code.",
    atlas=(ATLAS_MODEL_SUPPLY_CHAIN,), cwe=(CWE_DESERIALIZATION,),
)


def scan_npy_stream(stream: Stream, ctx: ScanContext, *, member: str | None = None,
                    depth: int = 0) -> Iterator[Finding]:
    """Read one .npy header from the stream; analyse the pickle of an object array."""
    from mlward.scanners.pickle import analyze_pickle

    where = Location(member=member)
    head = stream.read(10)
    if len(head) < 10 or not head.startswith(b"\x93NUMPY"):
        yield Finding.of(BAD_HEADER, ctx.path, Severity.MEDIUM, "The file does not start with a numpy "
                         "header.", location=where)
        return
    major = head[6]
    if major == 1:
        (length,) = struct.unpack("<H", head[8:10])
    elif major in (2, 3):
        length = struct.unpack("<I", head[8:10] + stream.read(2))[0]
    else:
        yield Finding.of(BAD_HEADER, ctx.path, Severity.MEDIUM, f"Unknown .npy version {major}.",
                         location=where)
        return
    if length > _MAX_HEADER:
        yield Finding.of(BAD_HEADER, ctx.path, Severity.MEDIUM,
                         f"The header claims {length:,} bytes (limit {_MAX_HEADER:,}).", location=where)
        return
    text = stream.read(length)
    try:
        header = ast.literal_eval(text.decode("latin-1"))
        descr = header["descr"]
    except (ValueError, SyntaxError, KeyError, TypeError, MemoryError, RecursionError):
        yield Finding.of(BAD_HEADER, ctx.path, Severity.MEDIUM, "The header is not a numpy header "
                         "dictionary.", location=where, evidence=text[:120].decode("latin-1"))
        return
    if "O" in str(descr):
        if depth == 0 and member is None:
            ctx.format = "numpy"
        yield Finding.of(OBJECT_ARRAY, ctx.path, Severity.LOW,
                         "The array's dtype is object; its data is a pickle.", location=where)
        findings, _ = analyze_pickle(stream, ctx, member=member, depth=depth)
        yield from findings
        yield hygiene_finding(ctx, "This object array", where)


class NumpyScanner:
    """numpy .npy files."""

    formats: ClassVar[frozenset[str]] = frozenset({"numpy"})

    def scan(self, source: Source, ctx: ScanContext) -> Iterator[Finding]:
        """Findings for one .npy file."""
        yield from scan_npy_stream(source, ctx)
