"""Archives — tar (plain, gz, bz2, xz, zst) and 7z — scanned member by member in memory, never
extracted to disk; and the dispatch that hands one member to the scanner of its format.

7z is how malicious models were slipped past hub scanning (the "nullifAI" models of February 2025
were PyTorch pickles in 7z containers); tar is what `torch.save(..., _use_new_zipfile_serialization=
False)` and many dataset dumps use. Each member is sniffed from its first bytes; members with a
scanner are read (within limits) and scanned, nested archives recursively up to
`Limits.max_nesting`. Names that climb out of the extraction directory, links that point out of it,
special files, bombs and unreadable archives are findings.
"""

from __future__ import annotations

import contextvars
import io
import posixpath
import re
import tarfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import cache
from typing import IO, Any, BinaryIO, ClassVar

from mlward.files.access import Limits, Source, open_regular
from mlward.files.memory import MemorySource, StreamedSource
from mlward.files.sniff import sniff
from mlward.findings import Finding, Location, Severity, rule
from mlward.scanners.base import ATLAS_MODEL_SUPPLY_CHAIN, ScanContext

# A member is held in memory while its scanner runs; beyond this it is reported, not read.
MEMBER_IN_MEMORY = 512 << 20
# Bytes of a member read to recognise its format before deciding to keep the rest.
_HEAD = 4096
# The ratio limit applies once this much has come out (Limits.max_ratio: "with > 1 GiB out").
BOMB_FLOOR = 1 << 30
# pax and GNU long-name headers are read whole by tarfile; real ones are a few hundred bytes.
_MAX_TAR_HEADER = 1 << 20

PATH_TRAVERSAL = rule(
    "archive.path-traversal",
    "Archive member name leaves the extraction directory",
    "The member's name is absolute or climbs with '..'. An extractor that trusts it writes outside "
    "the target directory (for example over a shell profile or a Python package).",
    "Do not extract this archive; ask the publisher for one whose members have relative names.",
    atlas=(ATLAS_MODEL_SUPPLY_CHAIN,),
    cwe=("CWE-22",),
)
LINK_MEMBER = rule(
    "archive.link-member",
    "Archive member is a link",
    "The member is a symbolic or hard link. A link that points outside the extraction directory "
    "lets later members or the loader read or write files elsewhere; a link that stays inside is "
    "only noted.",
    "Replace links with the files they stand for, or extract with link-refusing tools.",
    atlas=(ATLAS_MODEL_SUPPLY_CHAIN,),
    cwe=("CWE-59",),
)
SPECIAL_MEMBER = rule(
    "archive.special-member",
    "Archive member is a device, FIFO or other special file",
    "Model archives hold regular files. A device node or FIFO is created by some extractors and can "
    "block a loader or expose a device.",
    "Remove the special member from the archive.",
    atlas=(ATLAS_MODEL_SUPPLY_CHAIN,),
    cwe=("CWE-73",),
)
BOMB = rule(
    "archive.bomb",
    "Archive expands beyond the limits (decompression bomb)",
    "The archive declares or produces more data than mlward's size or compression-ratio limits "
    "allow. Unpacking it exhausts disk or memory; mlward stopped reading, so members after this "
    "point were not checked.",
    "Do not unpack the archive. If it is legitimate, raise the limits explicitly and scan again.",
    atlas=(ATLAS_MODEL_SUPPLY_CHAIN,),
    cwe=("CWE-409",),
)
TOO_DEEP = rule(
    "archive.nesting-too-deep",
    "Archive nested deeper than the limit",
    "An archive inside an archive inside an archive … beyond mlward's nesting limit was not opened, "
    "so what it holds is unknown. Deep nesting is a known way to get past scanners.",
    "Unpack the outer layers yourself and scan what they contain.",
    atlas=(ATLAS_MODEL_SUPPLY_CHAIN,),
)
UNREADABLE = rule(
    "archive.unreadable",
    "Archive could not be read to its end",
    "The archive is corrupt, truncated, encrypted or uses a feature mlward does not read; the "
    "members that could not be reached were not checked.",
    "Obtain an intact copy (check its published digest) and scan again.",
    atlas=(ATLAS_MODEL_SUPPLY_CHAIN,),
)
MEMBER_TOO_LARGE = rule(
    "archive.member-too-large",
    "Archive member too large to analyse in place",
    "The member has a scanner but is larger than mlward holds in memory while scanning an archive "
    "member, so its contents were not checked.",
    "Unpack this member with a safe extractor and scan it as a file.",
    atlas=(ATLAS_MODEL_SUPPLY_CHAIN,),
)
TOO_MANY = rule(
    "archive.too-many-members",
    "Archive has more members than the limit",
    "mlward stops after `max_members` members; the rest were not checked.",
    "Split the archive, or scan its contents after a safe extraction.",
    atlas=(ATLAS_MODEL_SUPPLY_CHAIN,),
)

# Formats whose loaders run code: a member of these that cannot be analysed is more serious.
_CODE_FORMATS = frozenset(
    {
        "pickle",
        "pytorch",
        "torchscript",
        "torch-legacy",
        "joblib",
        "numpy",
        "zip",
        "tar",
        "7z",
        "keras",
        "python",
    }
)

_TAR_NAMES = (
    ".tar",
    ".tar.gz",
    ".tgz",
    ".tar.bz2",
    ".tbz2",
    ".tbz",
    ".tar.xz",
    ".txz",
    ".tar.zst",
    ".tzst",
    ".tar.zstd",
)


@cache  # on first use: zstandard is only imported when an archive is read
def _stream_errors() -> tuple[type[BaseException], ...]:
    """What a damaged tar or compressed stream raises from tarfile and the decompressors."""
    import lzma
    import zlib

    errors: list[type[BaseException]] = [
        tarfile.TarError,
        OSError,
        EOFError,
        ValueError,
        UnicodeError,
        zlib.error,
        lzma.LZMAError,
    ]
    try:
        import zstandard
    except ImportError:  # pragma: no cover - a runtime dependency
        pass
    else:
        errors.append(zstandard.ZstdError)
    return tuple(errors)




class _Stop(Exception):
    """Raised inside a reader to abandon an archive once a limit is reached (already reported)."""


@dataclass(slots=True)
class _Budget:
    """Bytes decompressed for one top-level file, across every nested archive in it."""

    limits: Limits
    compressed: int
    out: int = 0
    members: int = 0

    def take(self, n: int) -> str | None:
        """Count n more decompressed bytes; the reason to stop, if a limit is crossed."""
        self.out += n
        if self.out > self.limits.max_decompressed:
            return f"more than {self.limits.max_decompressed} bytes decompressed (size limit)"
        if self.out > BOMB_FLOOR and self.out > self.limits.max_ratio * max(self.compressed, 1):
            return (
                f"{self.out} bytes out of {self.compressed} compressed, a ratio above "
                f"{self.limits.max_ratio} (ratio limit)"
            )
        return None


_BUDGET: contextvars.ContextVar[_Budget | None] = contextvars.ContextVar(
    "mlward_archive_budget", default=None
)


def _budget(ctx: ScanContext, compressed: int) -> tuple[_Budget, contextvars.Token[_Budget | None] | None]:
    current = _BUDGET.get()
    if current is not None:
        return current, None
    fresh = _Budget(ctx.limits, compressed)
    return fresh, _BUDGET.set(fresh)


def shown_name(name: str) -> str:
    """A member name as printable text (undecodable bytes escaped)."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def path_problem(name: str) -> str | None:
    """Why an archive member name would land outside the extraction directory, or None."""
    text = name.replace("\\", "/")
    if text.startswith("/") or (len(text) > 1 and text[1] == ":" and text[0].isalpha()):
        return "absolute path"
    if ".." in text.split("/"):
        return "'..' component"
    return None


def link_escapes(member: str, target: str, *, hard: bool = False) -> bool:
    """True when a link member's target resolves outside the extraction directory."""
    target = target.replace("\\", "/")
    if path_problem(target) == "absolute path":
        return True
    # Symlink targets are relative to the link's folder; hard-link targets to the archive root.
    base = "" if hard else posixpath.dirname(member.replace("\\", "/"))
    joined = posixpath.normpath(posixpath.join("/root", base, target))
    return not (joined == "/root" or joined.startswith("/root/"))


def _member_ctx(ctx: ScanContext, fmt: str) -> ScanContext:
    return replace(ctx, digest=False, format=fmt, depth=ctx.depth + 1)


def _relocate(finding: Finding, member: str) -> Finding:
    inner = finding.location.member
    return replace(
        finding, location=replace(finding.location, member=f"{member}!{inner}" if inner else member)
    )


def wants_content(fmt: str) -> bool:
    """True when a member of this format has a scanner, so its bytes are worth reading."""
    from mlward.scanners import scanner_for  # the registry imports this module

    return scanner_for(fmt) is not None


def scan_member(name: str, data: bytes, ctx: ScanContext) -> Iterator[Finding]:
    """Scan one archive member held in memory with the scanner of its sniffed format.

    Findings keep the outer file's path; their location's member becomes `name` (joined with "!"
    to whatever member the inner scanner names). This is the entry point for other containers too:
    the zip scanner calls it for members that are not pickles.
    """
    from mlward.scanners import scanner_for  # the registry imports this module

    fmt = sniff(data[:_HEAD], posixpath.basename(name.replace("\\", "/")))
    scanner = scanner_for(fmt)
    if scanner is None:
        return
    if fmt in ("tar", "7z", "zip") and ctx.depth >= ctx.limits.max_nesting:
        yield Finding.of(
            TOO_DEEP,
            ctx.path,
            Severity.MEDIUM,
            f"Nested {fmt} archive {shown_name(name)} is deeper than the limit of "
            f"{ctx.limits.max_nesting}; it was not opened.",
            location=Location(member=shown_name(name)),
        )
        return
    sub = _member_ctx(ctx, fmt)
    with MemorySource(data, shown_name(name)) as source:
        for finding in scanner.scan(source, sub):
            yield _relocate(finding, shown_name(name))


class _Collector:
    """Takes one member's bytes as they are decompressed: counts them against the budget, keeps
    the head, and keeps the rest only if the format has a scanner and fits in memory."""

    def __init__(
        self, name: str, ctx: ScanContext, budget: _Budget | None, *, keep: bool | None = None
    ) -> None:
        self.name = name
        self.ctx = ctx
        self.budget = budget  # None when the decompressor's output is already counted
        self.parts: list[bytes] = []
        self.size = 0
        self.keep = keep  # None: undecided until the head is in
        self.format = "unknown"
        self.too_large = False

    def feed(self, chunk: bytes) -> None:
        """Take the next bytes; raises _Stop when the archive's budget is exhausted."""
        if self.budget is not None:
            reason = self.budget.take(len(chunk))
            if reason is not None:
                raise _Stop(reason)
        if self.keep is None or self.keep:
            self.parts.append(chunk)
        self.size += len(chunk)
        if self.keep is None and self.size >= _HEAD:
            self._decide()
        if self.keep and self.size > min(MEMBER_IN_MEMORY, self.ctx.limits.max_decompressed):
            self.keep, self.too_large, self.parts = False, True, self.parts[:1]

    def _decide(self) -> None:
        head = b"".join(self.parts)[:_HEAD]
        self.format = sniff(head, posixpath.basename(self.name.replace("\\", "/")))
        self.keep = wants_content(self.format)
        if not self.keep:
            self.parts = []

    def findings(self) -> Iterator[Finding]:
        """Scan what was kept (or report why it could not be)."""
        if self.keep is None:
            self._decide()
        shown = shown_name(self.name)
        if self.too_large:
            severity = Severity.HIGH if self.format in _CODE_FORMATS else Severity.MEDIUM
            yield Finding.of(
                MEMBER_TOO_LARGE,
                self.ctx.path,
                severity,
                f"{shown} ({self.format}) is larger than {MEMBER_IN_MEMORY} bytes and was not analysed.",
                location=Location(member=shown),
            )
            return
        if self.keep:
            yield from scan_member(self.name, b"".join(self.parts), self.ctx)


def _bomb(ctx: ScanContext, reason: str, member: str | None = None) -> Finding:
    return Finding.of(
        BOMB,
        ctx.path,
        Severity.HIGH,
        f"Stopped reading the archive: {reason}.",
        location=Location(member=shown_name(member) if member else None),
        evidence=reason,
    )


def _unreadable(
    ctx: ScanContext, kind: str, exc: BaseException, severity: Severity = Severity.MEDIUM
) -> Finding:
    return Finding.of(
        UNREADABLE,
        ctx.path,
        severity,
        f"The {kind} archive could not be read to its end ({type(exc).__name__}: {exc}); "
        f"members after that point were not checked.",
        evidence=str(exc)[:200],
    )


# ---------------------------------------------------------------- tar


class _GuardedTarInfo(tarfile.TarInfo):
    """A TarInfo that refuses oversized pax / GNU long-name headers before tarfile reads them whole."""

    def _proc_member(self, tarfile_: tarfile.TarFile) -> tarfile.TarInfo:
        if (
            self.type
            in (
                tarfile.XHDTYPE,
                tarfile.XGLTYPE,
                tarfile.SOLARIS_XHDTYPE,
                tarfile.GNUTYPE_LONGNAME,
                tarfile.GNUTYPE_LONGLINK,
            )
            and self.size > _MAX_TAR_HEADER
        ):
            raise tarfile.HeaderError(f"extended header of {self.size} bytes (limit {_MAX_TAR_HEADER})")
        return super()._proc_member(tarfile_)  # type: ignore[misc,no-any-return]


class _Reader(io.RawIOBase):
    """A read-only file object over a read(n) function, so tarfile and decompressors can consume it."""

    def __init__(self, read: Callable[[int], bytes]) -> None:
        self._read = read

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        data = self._read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


def _tar_compression(head: bytes) -> str:
    for magic, name in (
        (b"\x1f\x8b", "gz"),
        (b"BZh", "bz2"),
        (b"\xfd7zXZ\x00", "xz"),
        (b"\x28\xb5\x2f\xfd", "zst"),
    ):
        if head.startswith(magic):
            return name
    return ""


def _open_decompressed(read: Callable[[int], bytes], compression: str) -> BinaryIO:
    raw = io.BufferedReader(_Reader(read), 1 << 16)
    if compression == "gz":
        import gzip

        return gzip.GzipFile(fileobj=raw, mode="rb")  # type: ignore[return-value]
    if compression == "bz2":
        import bz2

        return bz2.BZ2File(raw, "rb")  # type: ignore[return-value]
    if compression == "xz":
        import lzma

        return lzma.LZMAFile(raw, "rb")  # type: ignore[return-value]
    if compression == "zst":
        import zstandard

        return zstandard.ZstdDecompressor().stream_reader(raw, read_across_frames=True)
    return raw


class _Counting(io.RawIOBase):
    """Counts every byte the decompressor hands tarfile (headers, padding, members) against the budget."""

    def __init__(self, inner: BinaryIO, budget: _Budget) -> None:
        self._inner = inner
        self._budget = budget

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        data = self._inner.read(len(buffer))
        reason = self._budget.take(len(data))
        if reason is not None:
            raise _Stop(reason)
        buffer[: len(data)] = data
        return len(data)


class _Archive:
    """What every archive scanner shares: one decompression budget for an archive and all the
    archives nested in it, so that a bomb cannot hide by splitting itself across levels."""

    def scan(self, source: Source, ctx: ScanContext) -> Iterator[Finding]:
        """Each member's name, type and (for formats with a scanner) content."""
        budget, token = _budget(ctx, source.size)
        try:
            yield from self._scan(source, ctx, budget)
        finally:
            if token is not None:
                _BUDGET.reset(token)

    def _scan(self, source: Source, ctx: ScanContext, budget: _Budget) -> Iterator[Finding]:
        raise NotImplementedError


class TarScanner(_Archive):
    """tar archives, plain or compressed with gzip, bzip2, xz or zstd."""

    formats: ClassVar[frozenset[str]] = frozenset({"tar"})

    def _scan(self, source: Source, ctx: ScanContext, budget: _Budget) -> Iterator[Finding]:
        compression = _tar_compression(source.pread(8, 0))
        stream = _Counting(_open_decompressed(source.read, compression), budget)
        buffered = io.BufferedReader(stream, 1 << 16)
        try:
            archive = tarfile.open(fileobj=buffered, mode="r|", tarinfo=_GuardedTarInfo)  # noqa: SIM115 - closed below
        except _Stop as exc:
            yield _bomb(ctx, str(exc))
            return
        except _stream_errors() as exc:
            yield from self._not_tar(source, ctx, compression, exc)
            return
        with archive:
            try:
                yield from self._members(archive, ctx, budget)
            except _Stop as exc:
                yield _bomb(ctx, str(exc))
            except _stream_errors() as exc:
                yield _unreadable(ctx, "tar", exc)

    def _not_tar(
        self, source: Source, ctx: ScanContext, compression: str, exc: BaseException
    ) -> Iterator[Finding]:
        """Named like a tar but not one: a compressed single file (a gzipped pickle, say)."""
        if not compression:
            yield _unreadable(ctx, "tar", exc)
            return
        base = posixpath.basename(ctx.path)
        inner = base.rsplit(".", 1)[0] if "." in base else base
        collector = _Collector(inner, ctx, _BUDGET.get() or _Budget(ctx.limits, source.size))
        try:
            # Restart from the beginning by position: tarfile consumed the head of the stream.
            stream = _open_decompressed(_Rewound(source).read, compression)
            while chunk := stream.read(1 << 20):
                collector.feed(chunk)
        except _Stop as stop:
            yield _bomb(ctx, str(stop))
            return
        except _stream_errors() as err:
            yield _unreadable(ctx, compression, err)
            return
        yield from collector.findings()

    def _members(self, archive: tarfile.TarFile, ctx: ScanContext, budget: _Budget) -> Iterator[Finding]:
        for member in archive:
            budget.members += 1
            if budget.members > ctx.limits.max_members:
                yield Finding.of(
                    TOO_MANY,
                    ctx.path,
                    Severity.MEDIUM,
                    f"More than {ctx.limits.max_members} members; the rest were not checked.",
                )
                return
            yield from _name_findings(ctx, member.name)
            if member.issym() or member.islnk():
                yield _link_finding(ctx, member.name, member.linkname, hard=member.islnk())
                continue
            if member.ischr() or member.isblk() or member.isfifo():
                kind = "FIFO" if member.isfifo() else "device"
                yield Finding.of(
                    SPECIAL_MEMBER,
                    ctx.path,
                    Severity.MEDIUM,
                    f"{shown_name(member.name)} is a {kind} member.",
                    location=Location(member=shown_name(member.name)),
                )
                continue
            if not member.isfile():
                continue
            handle = archive.extractfile(member)
            if handle is None:
                continue
            with handle:
                head = handle.read(_HEAD)
                fmt = sniff(head, posixpath.basename(member.name))
                if fmt in STREAMABLE and member.size > MEMBER_IN_MEMORY and wants_content(fmt):
                    yield from _streamed(member.name, fmt, head, handle, member.size, ctx)
                    continue
                collector = _Collector(member.name, ctx, None)  # _Counting counts the bytes
                collector.feed(head)
                while chunk := handle.read(1 << 20):
                    collector.feed(chunk)
            yield from collector.findings()


# Formats whose scanners read a stream front to back: a large tar member of these is scanned as it
# is decompressed instead of being held in memory.
STREAMABLE = frozenset({"pickle", "gguf"})


def _streamed(name: str, fmt: str, head: bytes, rest: Any, size: int, ctx: ScanContext) -> Iterator[Finding]:
    from mlward.scanners import scanner_for

    scanner = scanner_for(fmt)
    if scanner is None:
        return
    with StreamedSource(head, rest, size, shown_name(name)) as source:
        for finding in scanner.scan(source, _member_ctx(ctx, fmt)):
            yield _relocate(finding, shown_name(name))


class _Rewound:
    """A fresh read of a Source from offset 0 by position, leaving its hashed stream alone."""

    def __init__(self, source: Source) -> None:
        self._source = source
        self._pos = 0

    def read(self, n: int) -> bytes:
        data = self._source.pread(n, self._pos)
        self._pos += len(data)
        return data


def _name_findings(ctx: ScanContext, name: str) -> Iterator[Finding]:
    problem = path_problem(name)
    if problem:
        shown = shown_name(name)
        yield Finding.of(
            PATH_TRAVERSAL,
            ctx.path,
            Severity.HIGH,
            f"Member {shown} has an {problem}; extracting it writes outside the target folder.",
            location=Location(member=shown),
            evidence=shown,
        )


def _link_finding(ctx: ScanContext, name: str, target: str, *, hard: bool) -> Finding:
    shown, where = shown_name(name), shown_name(target)
    kind = "hard link" if hard else "symbolic link"
    if link_escapes(name, target, hard=hard):
        return Finding.of(
            LINK_MEMBER,
            ctx.path,
            Severity.HIGH,
            f"{shown} is a {kind} to {where}, outside the extraction directory.",
            location=Location(member=shown),
            evidence=f"{shown} -> {where}",
        )
    return Finding.of(
        LINK_MEMBER,
        ctx.path,
        Severity.INFO,
        f"{shown} is a {kind} to {where}, inside the archive.",
        location=Location(member=shown),
        evidence=f"{shown} -> {where}",
    )


# ---------------------------------------------------------------- 7z


class SevenZipScanner(_Archive):
    """7z archives, read with py7zr into bounded in-memory writers (nothing touches the disk)."""

    formats: ClassVar[frozenset[str]] = frozenset({"7z"})

    def _scan(self, source: Source, ctx: ScanContext, budget: _Budget) -> Iterator[Finding]:
        import py7zr
        import py7zr.exceptions

        handle: IO[bytes] = (
            io.BytesIO(source.data()) if isinstance(source, MemorySource) else open_regular(source.path)
        )
        # py7zr raises whatever its codecs raise on damaged input (LZMAError, zlib.error, KeyError, …):
        # any of them means the archive could not be read, which is a finding, never a traceback.
        errors: tuple[type[BaseException], ...] = (Exception,)
        with handle:
            try:
                archive = py7zr.SevenZipFile(handle, mode="r")
            except py7zr.exceptions.PasswordRequired as exc:
                yield _unreadable(ctx, "7z (encrypted header)", exc)
                return
            except errors as exc:
                yield _unreadable(ctx, "7z", exc)
                return
            try:
                with archive:
                    yield from self._members(archive, ctx, budget, errors)
            except errors as exc:
                yield _unreadable(ctx, "7z", exc)

    def _members(
        self, archive: Any, ctx: ScanContext, budget: _Budget, errors: tuple[type[BaseException], ...]
    ) -> Iterator[Finding]:
        files = list(archive.files)
        if len(files) > ctx.limits.max_members:
            yield Finding.of(
                TOO_MANY,
                ctx.path,
                Severity.MEDIUM,
                f"{len(files)} members, more than the limit of {ctx.limits.max_members}; not opened.",
            )
            return
        declared = sum(int(f.uncompressed or 0) for f in files if not f.is_directory)
        if declared > ctx.limits.max_decompressed:
            yield _bomb(
                ctx,
                f"members declare {declared} bytes, more than the size limit {ctx.limits.max_decompressed}",
            )
            return
        if archive.needs_password():
            yield _unreadable(ctx, "7z", ValueError("members are encrypted"))
            return
        wanted: list[str] = []
        links: set[str] = set()
        for f in files:
            yield from _name_findings(ctx, f.filename)
            if f.is_symlink or f.is_junction:
                links.add(f.filename)
            elif f.is_socket:
                yield Finding.of(
                    SPECIAL_MEMBER,
                    ctx.path,
                    Severity.MEDIUM,
                    f"{shown_name(f.filename)} is a socket.",
                    location=Location(member=shown_name(f.filename)),
                )
                continue
            # py7zr refuses to produce a member whose name escapes; that member is already a finding.
            if not f.is_directory and path_problem(f.filename) is None:
                wanted.append(f.filename)
        if not wanted:
            return
        factory = _Factory(ctx, budget, links)
        try:
            archive.extract(targets=wanted, factory=factory)
        except _Stop as exc:
            yield from factory.drain()
            yield _bomb(ctx, str(exc))
            return
        except errors as exc:
            yield from factory.drain()
            yield _unreadable(ctx, "7z", exc)
            return
        yield from factory.drain()


class _Writer:
    """The py7zr writer for one member: feeds a collector, never a file."""

    def __init__(self, collector: _Collector, done: Callable[[_Collector], None]) -> None:
        self._collector = collector
        self._done = done

    def write(self, data: bytes | bytearray) -> int:
        self._collector.feed(bytes(data))
        return len(data)

    def read(self, size: int | None = None) -> bytes:
        return b""

    def seek(self, offset: int, whence: int = 0) -> int:
        return 0

    def flush(self) -> None:
        return None

    def size(self) -> int:
        return self._collector.size

    def close(self) -> None:
        self._done(self._collector)


class _Factory:
    """Hands py7zr one writer per member and keeps the finished collectors in order."""

    def __init__(self, ctx: ScanContext, budget: _Budget, links: set[str]) -> None:
        self._ctx = ctx
        self._budget = budget
        self._links = links
        self._finished: list[_Collector] = []

    def create(self, filename: str) -> Any:
        # A link's content is its target: always kept (it is short; the budget still applies).
        keep = True if filename in self._links else None
        return _Writer(_Collector(filename, self._ctx, self._budget, keep=keep), self._finished.append)

    def drain(self) -> Iterator[Finding]:
        """Findings for every member decompressed so far (links judged by their stored target)."""
        for collector in self._finished:
            if collector.name in self._links:
                target = b"".join(collector.parts).decode("utf-8", "surrogateescape")
                yield _link_finding(self._ctx, collector.name, target, hard=False)
                continue
            yield from collector.findings()
        self._finished = []


def tar_name(name: str) -> bool:
    """True for file names that promise a (possibly compressed) tar archive."""
    return name.lower().endswith(_TAR_NAMES)


# Raw tensor storage in torch zips ("archive/data/0") and .pt2 packages ("…/data/weights/weight_0").
_RAW_TENSOR = re.compile(r"^[^/]+/data/\d+$")
_PT2_RAW = re.compile(r"/data/(weights|constants)/[^/]+$")
# Member formats the zip scanner analyses itself; zip_extras leaves them alone.
ZIP_OWN_FORMATS = frozenset({"pickle", "numpy", "zip"})


def zip_extras(
    names: Sequence[str],
    read: Callable[[str, int], bytes],
    ctx: ScanContext,
    *,
    member_prefix: str | None = None,
) -> Iterator[Finding]:
    """What a zip holds beyond pickles, arrays and nested zips: Keras v3 configs, `.pt2` packages, and
    members of any other format with a scanner (GGUF, ONNX, Python, tar, 7z, executables, …).

    For the zip scanner: `names` are the member names in directory order, `read(name, limit)` returns
    at most `limit` decompressed bytes of that member (it may raise; that member is then reported as
    unreadable). `member_prefix` is the nested zip's own member name, prepended to every location.
    """
    if member_prefix:
        for finding in zip_extras(names, read, ctx):
            yield _relocate(finding, member_prefix)
        return
    yield from _zip_extras(names, _guarded(read, ctx), ctx)


class _Unreadable(Exception):
    """A member the zip reader could not produce (already reported)."""


def _guarded(read: Callable[[str, int], bytes], ctx: ScanContext) -> Callable[[str, int], bytes]:
    def guarded(name: str, limit: int) -> bytes:
        try:
            return read(name, limit)
        except Exception as exc:  # the zip reader's own errors (ZipError, zlib.error, …)
            raise _Unreadable(f"{type(exc).__name__}: {exc}") from exc

    return guarded


def _zip_extras(
    names: Sequence[str], read: Callable[[str, int], bytes], ctx: ScanContext
) -> Iterator[Finding]:
    from mlward.scanners.keras import MAX_CONFIG as KERAS_CONFIG
    from mlward.scanners.keras import is_keras_archive, json_config_findings
    from mlward.scanners.pt2 import is_pt2_archive, scan_pt2_archive

    keras = is_keras_archive(names)
    pt2 = is_pt2_archive(names)
    try:
        if keras:
            data = read("config.json", KERAS_CONFIG + 1)
            yield from json_config_findings(data[:KERAS_CONFIG], ctx, "config.json")
        if pt2:
            yield from scan_pt2_archive(names, read, ctx)
    except _Unreadable as exc:
        yield Finding.of(
            UNREADABLE,
            ctx.path,
            Severity.HIGH,
            f"A model config member could not be read ({exc}).",
            evidence=str(exc)[:200],
        )
    for name in names:
        if name.endswith("/") or (keras and name in ("config.json", "metadata.json")):
            continue
        if pt2 and name.endswith(".json"):
            continue  # the exported graph, judged above
        if _RAW_TENSOR.match(name) or _PT2_RAW.search(name):
            continue  # raw tensor storage: random bytes that may look like any magic number
        try:
            fmt = sniff(read(name, _HEAD), posixpath.basename(name))
            if fmt in ZIP_OWN_FORMATS or not wants_content(fmt):
                continue
            data = read(name, MEMBER_IN_MEMORY + 1)
        except _Unreadable as exc:
            yield Finding.of(
                UNREADABLE,
                ctx.path,
                Severity.MEDIUM,
                f"Member {shown_name(name)} could not be read ({exc}).",
                location=Location(member=shown_name(name)),
                evidence=str(exc)[:200],
            )
            continue
        if len(data) > MEMBER_IN_MEMORY:
            yield Finding.of(
                MEMBER_TOO_LARGE,
                ctx.path,
                Severity.MEDIUM,
                f"{shown_name(name)} ({fmt}) is larger than {MEMBER_IN_MEMORY} bytes and was not analysed.",
                location=Location(member=shown_name(name)),
            )
            continue
        yield from scan_member(name, data, ctx)
