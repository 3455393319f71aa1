"""Single compressed streams (gzip, bz2, xz, lzma, zlib, joblib's "ZF" zlib, zstd): decompressed on the
fly, bounded, and what is inside scanned — a joblib dump compressed with any of joblib's compressors is a
pickle with numpy arrays between its opcodes."""

from __future__ import annotations

import bz2
import lzma
import zlib
from collections.abc import Callable, Iterator
from typing import Any, ClassVar

from mlward.files.access import CHUNK, BufferedStream, Source
from mlward.files.sniff import looks_like_pickle
from mlward.findings import Finding, Location, Severity, rule
from mlward.scanners.base import ATLAS_MODEL_SUPPLY_CHAIN, ScanContext, hygiene_finding

_JOBLIB_ZF_HEADER = 2 + 19  # b"ZF" + the hex length padded to len(hex(2**64)) (joblib/numpy_pickle_compat)
_GIB = 1 << 30

BOMB = rule(
    "archive.decompression-bomb", "Compressed data expands beyond mlward's limits",
    "The data decompresses to far more than its compressed size (a decompression bomb); mlward "
    "stopped before the end, so the rest was not checked.",
    "Do not load or extract the file.",
    atlas=(ATLAS_MODEL_SUPPLY_CHAIN, "AML.T0029"), cwe=("CWE-409",),
)
CORRUPT = rule(
    "archive.corrupt-stream", "Compressed data is corrupt",
    "The compressed stream cannot be decompressed to its end.",
    "Obtain an intact copy of the file.",
    atlas=(ATLAS_MODEL_SUPPLY_CHAIN,),
)


class _Bomb(Exception):
    pass


class Decompressing(BufferedStream):
    """A Stream of decompressed bytes, pulled chunk by chunk from a Source, with bomb limits."""

    def __init__(self, source: Source, fmt: str, ctx: ScanContext) -> None:
        super().__init__()
        self._source = source
        self._fmt = fmt
        self._limits = ctx.limits
        self._in = 0
        self._make: Callable[[], Any] = _DECOMPRESSORS[fmt]
        self._d: Any = self._make()
        self._pending = b""

    def _load(self, n: int) -> bytes:
        out = b""
        while not out:
            if not self._pending:
                if getattr(self._d, "eof", False):
                    rest = getattr(self._d, "unused_data", b"")
                    if not rest:
                        return b""
                    self._d = self._make()  # another gzip member / concatenated stream
                    self._pending = rest
                else:
                    self._pending = self._source.read(CHUNK)
                    self._in += len(self._pending)
                    if not self._pending:
                        return b""
            data, self._pending = self._pending, b""
            out = self._decompress(data, max(n, CHUNK))
        self._loaded += len(out)
        if self._loaded > self._limits.max_decompressed or (
                self._loaded > _GIB and self._loaded > self._limits.max_ratio * max(self._in, 1)):
            raise _Bomb(f"{self._loaded:,} bytes from {self._in:,} compressed")
        return out

    def _decompress(self, data: bytes, n: int) -> bytes:
        d = self._d
        if hasattr(d, "unconsumed_tail"):  # zlib keeps unused input for us to hand back
            out: bytes = d.decompress(data, n)
            self._pending = d.unconsumed_tail
            return out
        out = d.decompress(data, n)
        if not getattr(d, "needs_input", True):
            self._pending = b""  # the decompressor keeps the rest itself; ask again with b""
            more = b""
            while len(out) < n and not d.needs_input and not d.eof:
                piece = d.decompress(more, n - len(out))
                if not piece:
                    break
                out += piece
        return out


def _zstd() -> Any:
    import zstandard  # type: ignore[import-not-found,unused-ignore]  # optional; only for .zst

    return zstandard.ZstdDecompressor().decompressobj()


_DECOMPRESSORS: dict[str, Callable[[], Any]] = {
    "gzip": lambda: zlib.decompressobj(31),
    "zlib": lambda: zlib.decompressobj(),
    "joblib-zlib": lambda: zlib.decompressobj(),
    "bz2": bz2.BZ2Decompressor,
    "xz": lambda: lzma.LZMADecompressor(lzma.FORMAT_XZ),
    "lzma": lambda: lzma.LZMADecompressor(lzma.FORMAT_ALONE),
    "zstd": _zstd,
}


class CompressedScanner:
    """Compressed single streams; a pickle inside (joblib's compressed dumps) is analysed in full."""

    formats: ClassVar[frozenset[str]] = frozenset(_DECOMPRESSORS)

    def scan(self, source: Source, ctx: ScanContext) -> Iterator[Finding]:
        """Decompress as we go; analyse the inner pickle; never write anything out."""
        from mlward.scanners.pickle import analyze_pickle

        fmt = ctx.format
        if fmt != "joblib-zlib" and _is_tar(source, fmt):
            # A tar compressed under a plain .gz/.xz/... name: the tar scanner reads it member by member.
            from mlward.scanners.archive import TarScanner

            ctx.format = "tar"
            yield from TarScanner().scan(source, ctx)
            return
        if fmt == "joblib-zlib":
            source.skip(_JOBLIB_ZF_HEADER)
        try:
            stream = Decompressing(source, fmt, ctx)
            head = stream.read(8)
        except ImportError:
            return
        except (OSError, EOFError, ValueError, zlib.error, lzma.LZMAError) as exc:
            yield Finding.of(CORRUPT, ctx.path, Severity.MEDIUM, f"The {fmt} stream is corrupt: {exc}.")
            return
        except _Bomb as exc:
            yield Finding.of(BOMB, ctx.path, Severity.HIGH, f"Decompression stopped at {exc}.")
            return
        if not looks_like_pickle(head):
            return  # compressed data that is not a pickle (archives are the archive scanner's job)
        ctx.format = f"joblib+{fmt}" if fmt != "joblib-zlib" else "joblib"
        replay = _Replay(head, stream)
        try:
            findings, _ = analyze_pickle(replay, ctx, member=None)
        except _Bomb as exc:
            yield Finding.of(BOMB, ctx.path, Severity.HIGH, f"Decompression stopped at {exc}.")
            return
        except (OSError, EOFError, zlib.error, lzma.LZMAError) as exc:
            yield Finding.of(CORRUPT, ctx.path, Severity.HIGH,
                             f"The {fmt} stream breaks while its pickle is read: {exc}; the rest was "
                             "not analysed.", location=Location(offset=replay.tell()))
            return
        yield from findings
        yield hygiene_finding(ctx, "This compressed pickle")


def _is_tar(source: Source, fmt: str) -> bool:
    """Peek: do the first decompressed bytes hold a tar header? (Positional read; the stream is untouched.)"""
    if fmt not in ("gzip", "bz2", "xz", "zstd"):
        return False
    try:
        head = _DECOMPRESSORS[fmt]().decompress(source.pread(1 << 16, 0), 512)
    except (OSError, EOFError, ValueError, zlib.error, lzma.LZMAError, ImportError):
        return False
    return len(head) >= 262 and head[257:262] == b"ustar"


class _Replay(BufferedStream):
    """The decompressed stream with its first bytes (already read for sniffing) put back."""

    def __init__(self, head: bytes, rest: Decompressing) -> None:
        super().__init__()
        self._head = head
        self._rest = rest

    def _load(self, n: int) -> bytes:
        if self._head:
            chunk, self._head = self._head, b""
        else:
            chunk = self._rest.read(max(n, CHUNK))
        self._loaded += len(chunk)
        return chunk
