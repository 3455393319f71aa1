"""A `Source` over bytes already in memory: an archive member handed to the scanner of its format."""

from __future__ import annotations

import hashlib
import io

from mlward.files.access import BufferedStream, Readable, Source, Stream


class MemorySource(Source):
    """An archive member (or any bytes) seen through the `Source` interface scanners take.

    It has no file behind it: `path` is empty and `fileno` is refused, so a scanner that needs a
    real file (to resolve ONNX external data, say) knows it is looking inside an archive.
    """

    def __init__(self, data: bytes, name: str, *, digest: bool = False) -> None:
        BufferedStream.__init__(self)
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


class StreamedSource(Source):
    """An archive member too large to hold, read once as a stream (tar members, in order).

    Scanners that stream (pickle, GGUF) read it like a file; positional reads are answered only
    within the first bytes (the head the caller already read to sniff the format), and return
    nothing beyond — a scanner that needs more random access must not be given one of these.
    """

    def __init__(self, head: bytes, rest: Readable, size: int, name: str) -> None:
        BufferedStream.__init__(self)
        self.path = ""
        self.shown = name
        self.size = size
        self._head = head
        self._rest = rest
        self._scratch = None
        self._hash = None

    def __enter__(self) -> StreamedSource:
        return self

    def close(self) -> None:
        """The archive owns the underlying stream."""

    def fileno(self) -> int:
        """Refused: an archive member has no file descriptor."""
        raise io.UnsupportedOperation("an archive member has no file descriptor")

    def _load(self, n: int) -> bytes:
        if self._loaded < len(self._head):
            chunk = self._head[self._loaded : self._loaded + n]
        else:
            chunk = self._rest.read(n)
        self._loaded += len(chunk)
        return chunk

    def _jump(self, n: int) -> int:
        done = 0
        while done < n:
            chunk = self._load(min(1 << 20, n - done))
            if not chunk:
                break
            done += len(chunk)
        return done

    def pread(self, n: int, offset: int) -> bytes:
        """Bytes within the head only; b"" past it."""
        if offset < 0 or n <= 0 or offset + n > len(self._head):
            return b""
        return self._head[offset : offset + n]

    def reopen(self) -> Stream | None:
        """None: a streamed member is read once, in order, and cannot be read again."""
        return None

    def finish(self) -> str | None:
        """No digest for a streamed member."""
        return None
