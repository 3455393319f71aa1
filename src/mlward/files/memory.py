"""A `Source` over bytes already in memory: an archive member handed to the scanner of its format."""

from __future__ import annotations

import hashlib
import io

from mlward.files.access import Source, _Buffered


class MemorySource(Source):
    """An archive member (or any bytes) seen through the `Source` interface scanners take.

    It has no file behind it: `path` is empty and `fileno` is refused, so a scanner that needs a
    real file (to resolve ONNX external data, say) knows it is looking inside an archive.
    """

    def __init__(self, data: bytes, name: str, *, digest: bool = False) -> None:
        _Buffered.__init__(self)
        self.path = ""
        self.shown = name
        self.size = len(data)
        self._data = memoryview(data)
        self._digest = digest
        self._scratch = None
        self._hash = None

    def __enter__(self) -> MemorySource:
        return self

    def close(self) -> None:
        """Nothing to release."""

    def fileno(self) -> int:
        """Refused: there is no descriptor behind an in-memory member."""
        raise io.UnsupportedOperation("an archive member has no file descriptor")

    def data(self) -> bytes:
        """All the bytes (members are small enough to be held; the caller checked)."""
        return bytes(self._data)

    def _load(self, n: int) -> bytes:
        chunk = bytes(self._data[self._loaded : self._loaded + n])
        self._loaded += len(chunk)
        return chunk

    def _jump(self, n: int) -> int:
        moved = max(min(n, self.size - self._loaded), 0)
        self._loaded += moved
        return moved

    def pread(self, n: int, offset: int) -> bytes:
        """n bytes at an offset, without moving the stream."""
        if offset < 0 or n <= 0 or offset >= self.size:
            return b""
        return bytes(self._data[offset : offset + n])

    def finish(self) -> str | None:
        """The SHA-256 of the member, when asked for."""
        return hashlib.sha256(self._data).hexdigest() if self._digest else None
