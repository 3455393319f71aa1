"""Open and read hostile files without hanging, following links, or reading twice."""

from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Callable
from dataclasses import dataclass
from types import TracebackType
from typing import BinaryIO, Protocol

from mlward.errors import UnreadableArtifact

CHUNK = 1 << 20  # 1 MiB: large enough that hashing runs at the hash's speed, small enough to stay flat.


def display_path(path: str | os.PathLike[str] | bytes) -> str:
    """A path as text that always prints and encodes: undecodable bytes shown as backslash escapes."""
    raw = os.fsencode(path)
    return raw.decode("utf-8", "backslashreplace")


def special_kind(mode: int) -> str | None:
    """Name a non-regular file type ("FIFO", "socket", …), or None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    for test, name in (
        (stat.S_ISDIR, "directory"),
        (stat.S_ISLNK, "symbolic link"),
        (stat.S_ISFIFO, "FIFO"),
        (stat.S_ISSOCK, "socket"),
        (stat.S_ISCHR, "character device"),
        (stat.S_ISBLK, "block device"),
    ):
        if test(mode):
            return name
    return "special file"


def open_regular(path: str | os.PathLike[str]) -> BinaryIO:
    """Open a regular file for reading; refuse FIFOs, sockets and devices without blocking on them.

    Every scanner in common use hangs forever on a FIFO: open() of a FIFO waits for a writer. We
    check the type first, open with O_NONBLOCK (so a FIFO swapped in after the check cannot block
    either), do not follow a final symlink, and check the type again on the open descriptor.
    """
    shown = display_path(path)
    try:
        mode = os.lstat(path).st_mode
    except OSError as exc:
        raise UnreadableArtifact(f"{shown}: {exc.strerror or exc}") from exc
    kind = special_kind(mode)
    if kind is not None:
        raise UnreadableArtifact(f"{shown}: is a {kind}; mlward reads regular files only")
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOFOLLOW", 0)
    flags |= getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise UnreadableArtifact(f"{shown}: {exc.strerror or exc}") from exc
    try:
        kind = special_kind(os.fstat(fd).st_mode)
        if kind is not None:
            raise UnreadableArtifact(f"{shown}: is a {kind}; mlward reads regular files only")
        return os.fdopen(fd, "rb", buffering=0)
    except BaseException:
        os.close(fd)
        raise


class Stream(Protocol):
    """What the pickle parser reads from: a file, an archive member, a decompressor, bytes."""

    def read(self, n: int) -> bytes:
        """Up to n bytes; fewer only at the end."""
        ...

    def skip(self, n: int) -> int:
        """Consume n bytes without keeping them; return how many there were."""
        ...

    def tell(self) -> int:
        """How many bytes have been consumed."""
        ...

    def readline(self, limit: int) -> bytes:
        """Bytes up to and including the next newline, at most `limit` of them."""
        ...


class BufferedStream:
    """Read-ahead over a chunk loader, so that a parser asking for 1 byte at a time stays fast."""

    def __init__(self) -> None:
        self._buf = b""
        self._off = 0  # the stream position inside _buf
        self._loaded = 0  # bytes handed out by _load so far

    def _load(self, n: int) -> bytes:  # pragma: no cover - abstract
        raise NotImplementedError

    def _jump(self, n: int) -> int:
        """Move past n unloaded bytes without reading them, where the source can; else load them."""
        done = 0
        while done < n:
            chunk = self._load(min(CHUNK, n - done))
            if not chunk:
                break
            done += len(chunk)
        return done

    def tell(self) -> int:
        return self._loaded - (len(self._buf) - self._off)

    def read(self, n: int) -> bytes:
        if n <= 0:
            return b""
        end = self._off + n
        if end <= len(self._buf):
            out = self._buf[self._off : end]
            self._off = end
            return out
        parts = [self._buf[self._off :]]
        need = n - len(parts[0])
        self._buf, self._off = b"", 0
        while need > 0:
            chunk = self._load(max(CHUNK, need))
            if not chunk:
                break
            if len(chunk) > need:
                parts.append(chunk[:need])
                self._buf, self._off = chunk, need
                need = 0
            else:
                parts.append(chunk)
                need -= len(chunk)
        if len(parts) == 2 and not parts[0]:
            return parts[1]  # one whole chunk: no copy (large sequential reads)
        return b"".join(parts)

    def readline(self, limit: int) -> bytes:
        """Bytes up to and including the next newline; at most `limit` bytes (then without one)."""
        parts: list[bytes] = []
        got = 0
        while got < limit:
            if self._off >= len(self._buf):
                chunk = self._load(CHUNK)
                if not chunk:
                    break
                self._buf, self._off = chunk, 0
            stop = min(len(self._buf), self._off + limit - got)
            end = self._buf.find(b"\n", self._off, stop)
            if end >= 0:
                parts.append(self._buf[self._off : end + 1])
                self._off = end + 1
                break
            parts.append(self._buf[self._off : stop])
            got += stop - self._off
            self._off = stop
        return b"".join(parts)

    def skip(self, n: int) -> int:
        if n <= 0:
            return 0
        avail = len(self._buf) - self._off
        if n <= avail:
            self._off += n
            return n
        self._buf, self._off = b"", 0
        return avail + self._jump(n - avail)


class BytesStream(BufferedStream):
    """A Stream over bytes already in memory (a nested pickle, a small header)."""

    def __init__(self, data: bytes) -> None:
        super().__init__()
        self._data = memoryview(data)

    def _load(self, n: int) -> bytes:
        chunk = bytes(self._data[self._loaded : self._loaded + n])
        self._loaded += len(chunk)
        return chunk


class Readable(Protocol):
    """Anything with read(n) -> bytes."""

    def read(self, n: int = -1, /) -> bytes:
        """Up to n bytes."""
        ...


class FileStream(BufferedStream):
    """A Stream over any readable binary object (an archive member, a decompressor)."""

    def __init__(self, raw: Readable) -> None:
        super().__init__()
        self._raw = raw

    def _load(self, n: int) -> bytes:
        chunk = self._raw.read(n)
        self._loaded += len(chunk)
        return chunk


class Source(BufferedStream):
    """One target file, read at most once from start to end while its SHA-256 is taken.

    Scanners either stream it (`read`, `skip`) — every chunk loaded is hashed on the way, in order —
    or look at parts of it by position (`pread`), which is not hashed; `finish` then hashes whatever
    the stream has not loaded, continuing from there, so a sequential format is read exactly once and
    a random-access format (zip, safetensors) reads its few structural bytes plus one pass. With
    `digest=False` nothing is hashed, `skip` moves without reading, and `finish` reads nothing more.
    """

    def __init__(self, path: str | os.PathLike[str], *, digest: bool = True,
                 on_read: Callable[[int, int], None] | None = None) -> None:
        super().__init__()
        self._on_read = on_read  # (bytes read so far, size): a progress display for large files
        self.path = os.fspath(path)
        self.shown = display_path(path)
        self._file = open_regular(path)
        self._fd = self._file.fileno()
        self.size = os.fstat(self._fd).st_size
        self._hash = hashlib.sha256() if digest else None
        self._scratch: bytearray | None = None

    def __enter__(self) -> Source:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        """Release the file."""
        self._file.close()

    def fileno(self) -> int:
        """The descriptor, for readers that need positional access (zip central directories)."""
        return self._fd

    def _load(self, n: int) -> bytes:
        chunk = os.pread(self._fd, n, self._loaded)
        if self._hash is not None:
            self._hash.update(chunk)
        self._loaded += len(chunk)
        if self._on_read is not None:
            self._on_read(self._loaded, self.size)
        return chunk

    def _jump(self, n: int) -> int:
        if self._hash is None:
            moved = max(min(n, self.size - self._loaded), 0)
            self._loaded += moved
            return moved
        # Hash the skipped bytes through one reused buffer: no allocation per chunk.
        if self._scratch is None:
            self._scratch = bytearray(CHUNK)
        view = memoryview(self._scratch)
        done = 0
        while done < n:
            want = min(CHUNK, n - done)
            got = os.preadv(self._fd, [view[:want]], self._loaded)
            if got <= 0:
                break
            self._hash.update(view[:got])
            self._loaded += got
            done += got
            if self._on_read is not None:
                self._on_read(self._loaded, self.size)
        return done

    def reopen(self) -> Stream | None:
        """A second, independent stream of the whole file, read by position (this one keeps its place);
        None where the bytes cannot be read again."""
        return FileStream(_Positional(self, 0, self.size))

    def pread(self, n: int, offset: int) -> bytes:
        """n bytes at an offset, without moving or hashing the stream (structural reads)."""
        if offset < 0 or n <= 0 or offset >= self.size:
            return b""
        return os.pread(self._fd, min(n, self.size - offset), offset)

    def finish(self) -> str | None:
        """Hash what the stream has not loaded and return the hex SHA-256 (None without digest)."""
        if self._hash is None:
            return None
        # Read to the real end, even if the file grew while we read: the digest names what we saw.
        while self._jump(CHUNK * 64):
            pass
        return self._hash.hexdigest()


class _Positional:
    """`read(n)` over a Source's bytes by position: a range of a file without a second open."""

    def __init__(self, source: Source, start: int, length: int) -> None:
        self._source, self._pos, self._end = source, start, start + length

    def read(self, n: int = -1, /) -> bytes:
        n = self._end - self._pos if n < 0 else min(n, self._end - self._pos)
        data = self._source.pread(n, self._pos)
        self._pos += len(data)
        return data


@dataclass(frozen=True, slots=True)
class Limits:
    """Resource bounds for hostile input; every scanner honours them (DESIGN.md promise 5)."""

    max_pickle_opcodes: int = 50_000_000
    max_stack: int = 1_000_000
    max_memo: int = 5_000_000
    max_kept_bytes: int = 1 << 20  # larger string/bytes payloads are skipped, not kept
    max_nesting: int = 3  # nested pickles (pickle.loads of embedded bytes), archives in archives
    max_expansion: int = 100_000_000  # logical size of a memo/DUP-shared structure
    max_decompressed: int = 64 << 30
    max_ratio: int = 1_000  # compression ratio beyond which (with > 1 GiB out) it is a bomb
    max_header: int = 100 << 20  # safetensors header (the reference implementation's own cap)
    max_members: int = 100_000
