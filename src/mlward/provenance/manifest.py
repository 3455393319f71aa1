"""Per-file digests of a model directory or dataset, computed in parallel with large streaming reads.

A manifest names every regular file under a root by its path relative to that root (POSIX form, as the
OpenSSF model-signing format does) with its digest and size. The tree is walked with the scanner's own
`files.walk.walk`, so a symlink leading out of the tree, a FIFO or a device is handled exactly as the
scanner handles it: never followed, never opened, and here refused, because a digest over a tree that
reaches outside itself would certify bytes the owner does not control.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import threading
from collections.abc import Iterable, Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import PurePosixPath

from mlward.errors import MlwardError, UnreadableArtifact
from mlward.files.access import display_path, open_regular
from mlward.files.walk import walk

SCHEMA = "mlward.manifest/1"
ALGORITHMS = ("sha256", "sha384", "sha512", "blake2b")
MANIFEST_NAME = ".mlward-manifest.json"
SIGNATURE_NAME = "model.sig"
# Files the OpenSSF model-signing tool leaves out by default; we leave out the same ones so that the
# two tools agree on what a model directory is.
GIT_PATHS = (".git", ".gitattributes", ".github", ".gitignore")
DEFAULT_IGNORED = (MANIFEST_NAME, SIGNATURE_NAME, *GIT_PATHS)

# 4 MiB reads: few enough syscalls that SHA-256 runs at its own speed; one buffer per worker thread,
# reused for every file, so memory stays flat (at most MAX_WORKERS buffers) whatever the file sizes.
READ_SIZE = 4 << 20
# A few more threads than cores, as concurrent.futures does: while one waits for the disk another
# hashes. hashlib releases the GIL on large updates, so the threads really run in parallel.
MAX_WORKERS = 16


def default_workers() -> int:
    """Hashing threads when the caller does not say: cores + 4, at most MAX_WORKERS."""
    return min(MAX_WORKERS, (os.cpu_count() or 1) + 4)


class ManifestInvalid(MlwardError):
    """A manifest file is unreadable or malformed."""


@dataclass(frozen=True, slots=True)
class Manifest:
    """Digests of every file under one root: {relative POSIX path: hex digest} plus sizes."""

    algorithm: str
    digests: Mapping[str, str]
    sizes: Mapping[str, int] = field(default_factory=dict)
    name: str = ""

    @property
    def total_size(self) -> int:
        """The bytes the manifest covers."""
        return sum(self.sizes.values())

    def root_digest(self) -> str:
        """SHA-256 over the per-file digests in path order: one name for the whole tree.

        For a SHA-256 file manifest this equals the subject digest the OpenSSF model-signing tool puts
        in its in-toto statement, so a signature and a ledger entry can name the model the same way.
        """
        hasher = hashlib.sha256()
        for path in sorted(self.digests):
            hasher.update(bytes.fromhex(self.digests[path]))
        return hasher.hexdigest()

    def to_dict(self) -> dict[str, object]:
        """The JSON form written to a manifest file."""
        return {
            "schema": SCHEMA,
            "name": self.name,
            "algorithm": self.algorithm,
            "root_digest": self.root_digest(),
            "files": [
                {"path": path, "digest": self.digests[path], "size": self.sizes.get(path)}
                for path in sorted(self.digests)
            ],
        }

    @classmethod
    def from_dict(cls, data: object, where: str = "manifest") -> Manifest:
        """Read the JSON form back, checking every field a verifier relies on."""
        if not isinstance(data, dict) or data.get("schema") != SCHEMA:
            raise ManifestInvalid(f"{where}: not an mlward manifest (expected schema {SCHEMA})")
        algorithm = data.get("algorithm")
        files = data.get("files")
        if algorithm not in ALGORITHMS or not isinstance(files, list):
            raise ManifestInvalid(f"{where}: missing or unknown 'algorithm' or 'files'")
        digests: dict[str, str] = {}
        sizes: dict[str, int] = {}
        for item in files:
            if not isinstance(item, dict) or not isinstance(item.get("path"), str) \
                    or not isinstance(item.get("digest"), str):
                raise ManifestInvalid(f"{where}: every file needs a 'path' and a 'digest'")
            digests[item["path"]] = item["digest"]
            if isinstance(item.get("size"), int):
                sizes[item["path"]] = item["size"]
        return cls(str(algorithm), digests, sizes, str(data.get("name", "")))

    def write(self, path: str | os.PathLike[str]) -> None:
        """Write the manifest atomically: a reader sees the old file or the new one, never half."""
        write_atomic(path, (json.dumps(self.to_dict(), indent=1) + "\n").encode("utf-8"))

    @classmethod
    def read(cls, path: str | os.PathLike[str]) -> Manifest:
        """Load a manifest written by `write`."""
        shown = display_path(path)
        try:
            with open_regular(path) as handle:
                data = json.loads(handle.read(64 << 20))
        except (OSError, ValueError) as exc:
            raise ManifestInvalid(f"{shown}: cannot read the manifest: {exc}") from exc
        return cls.from_dict(data, shown)


@dataclass(frozen=True, slots=True)
class Diff:
    """How a tree differs from a manifest: files added, removed, and changed (path, expected, actual)."""

    added: tuple[str, ...]
    removed: tuple[str, ...]
    changed: tuple[tuple[str, str, str], ...]

    @property
    def clean(self) -> bool:
        """True when the tree matches exactly."""
        return not (self.added or self.removed or self.changed)


def compare(expected: Mapping[str, str], actual: Mapping[str, str]) -> Diff:
    """Every path added, removed or changed between two {path: digest} maps."""
    added = tuple(sorted(set(actual) - set(expected)))
    removed = tuple(sorted(set(expected) - set(actual)))
    changed = tuple(
        (path, expected[path], actual[path])
        for path in sorted(set(expected) & set(actual))
        if expected[path].lower() != actual[path].lower()
    )
    return Diff(added, removed, changed)


def write_atomic(path: str | os.PathLike[str], data: bytes) -> None:
    """Write a small file through a temporary sibling and a rename, so nothing half-written remains."""
    target = os.fspath(path)
    temp = f"{target}.{os.getpid()}.tmp"
    try:
        with open(temp, "xb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise MlwardError(f"cannot write {display_path(target)}: {exc.strerror or exc}") from exc


def digest_file(path: str | os.PathLike[str], algorithm: str = "sha256",
                buffer: bytearray | None = None) -> tuple[str, int]:
    """Digest one regular file in large streaming reads; returns (hex digest, size)."""
    hasher = hashlib.new(algorithm)
    buf = buffer if buffer is not None else bytearray(READ_SIZE)
    view = memoryview(buf)
    size = 0
    with open_regular(path) as handle:
        fd = handle.fileno()
        if hasattr(os, "posix_fadvise"):
            os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_SEQUENTIAL)
        while True:
            got = os.readv(fd, [view])
            if not got:
                break
            # hashlib releases the GIL for large updates, so worker threads hash in parallel.
            hasher.update(view[:got])
            size += got
    return hasher.hexdigest(), size


def relative_name(root: str, path: str) -> str:
    """A file's name in a manifest: its path under root, with forward slashes."""
    rel = os.path.relpath(path, root)
    return PurePosixPath(*rel.split(os.sep)).as_posix() if rel != "." else os.path.basename(path)


def ignored(name: str, patterns: Iterable[str]) -> bool:
    """True when a manifest name is an ignored path or lies under one (like model-signing's rule)."""
    for pattern in patterns:
        pattern = pattern.rstrip("/")
        if name == pattern or name.startswith(pattern + "/"):
            return True
    return False


def files_of(root: str | os.PathLike[str], ignore: Iterable[str] = DEFAULT_IGNORED) \
        -> Iterator[tuple[str, str, str | None]]:
    """(manifest name, path to open, name of the first copy if a hard link) for every file to digest.

    Raises UnreadableArtifact for a symlink that leaves the tree, a FIFO, socket or device, or an
    unreadable folder: a manifest must cover the whole tree or fail.
    """
    top = os.fspath(root)
    if not os.path.exists(top):
        raise UnreadableArtifact(f"{display_path(top)}: no such file or directory")
    base = top if os.path.isdir(top) else os.path.dirname(os.path.abspath(top))
    patterns = tuple(ignore)
    first_name: dict[str, str] = {}
    for entry in walk([top]):
        name = relative_name(base, entry.path) if os.path.isdir(top) else os.path.basename(top)
        if ignored(name, patterns):
            continue
        if entry.kind == "file":
            first_name[entry.path] = name
            yield name, entry.open_path, None
        elif entry.kind == "duplicate":
            # Another name of a file already listed (a hard link or an in-tree symlink): a loader
            # reads it under this name too, so it is listed, with the digest of its first name.
            first = entry.detail.removeprefix("same file as ")
            yield name, entry.path, first_name.get(first)
        elif entry.kind == "dirlink":
            continue  # its files are listed under their real folder
        else:
            raise UnreadableArtifact(
                f"{display_path(entry.path)}: {entry.detail or entry.kind}; a manifest cannot cover it. "
                "Remove it or replace it with the file it stands for.")


def build_manifest(
    root: str | os.PathLike[str],
    *,
    algorithm: str = "sha256",
    jobs: int | None = None,
    ignore: Iterable[str] = DEFAULT_IGNORED,
) -> Manifest:
    """Digest every file under root in parallel (largest first) and return the manifest."""
    if algorithm not in ALGORITHMS:
        raise MlwardError(f"unknown digest algorithm {algorithm!r} (expected one of {', '.join(ALGORITHMS)})")
    listed = list(files_of(root, ignore))
    originals = [(name, path) for name, path, first in listed if first is None]
    sizes_hint = {}
    for name, path in originals:
        try:
            sizes_hint[name] = os.stat(path).st_size
        except OSError:
            sizes_hint[name] = 0
    # Largest first: the long files start at once and the small ones fill the gaps.
    originals.sort(key=lambda item: -sizes_hint[item[0]])
    workers = max(1, min(jobs or default_workers(), len(originals) or 1, MAX_WORKERS))
    digests: dict[str, str] = {}
    sizes: dict[str, int] = {}
    if workers == 1:
        buffer = bytearray(READ_SIZE)
        for name, path in originals:
            digests[name], sizes[name] = digest_file(path, algorithm, buffer)
    else:
        local = threading.local()

        def one(item: tuple[str, str]) -> tuple[str, int]:
            # One buffer per worker thread, reused for every file: allocating (and zeroing) 4 MiB
            # per file would cost more than hashing a small one.
            if not hasattr(local, "buffer"):
                local.buffer = bytearray(READ_SIZE)
            return digest_file(item[1], algorithm, local.buffer)

        with ThreadPoolExecutor(max_workers=workers) as pool:
            results = pool.map(one, originals)
            for (name, _), (digest, size) in zip(originals, results, strict=True):
                digests[name], sizes[name] = digest, size
    for name, _path, first in listed:
        if first is not None:
            digests[name], sizes[name] = digests[first], sizes[first]
    top = os.path.abspath(os.fspath(root))
    return Manifest(algorithm, digests, sizes, os.path.basename(top.rstrip(os.sep)))


def default_manifest_path(root: str | os.PathLike[str]) -> str:
    """Where `mlward manifest` writes and `mlward verify` reads: inside a directory, beside a file."""
    top = os.fspath(root)
    if os.path.isdir(top):
        return os.path.join(top, MANIFEST_NAME)
    return top + ".mlward-manifest.json"


def shard_digests(
    root: str | os.PathLike[str],
    shard_size: int,
    *,
    algorithm: str = "sha256",
    jobs: int | None = None,
    ignore: Iterable[str] = DEFAULT_IGNORED,
) -> dict[str, str]:
    """Digests of fixed-size file shards, named `path:start:end` as model-signing's shard manifests are.

    Each shard is read by position, so shards of one large file are hashed in parallel.
    """
    if shard_size <= 0:
        raise MlwardError(f"shard size must be positive, got {shard_size}")
    jobs_list: list[tuple[str, str, int, int]] = []
    names: list[tuple[str, str | None]] = []
    for name, path, first in files_of(root, ignore):
        names.append((name, first))
        if first is not None:
            continue
        size = os.stat(path).st_size
        start = 0
        ends = [*range(shard_size, size, shard_size), size]
        for end in ends:
            jobs_list.append((name, path, start, end))
            start = end

    def one(job: tuple[str, str, int, int]) -> tuple[str, str]:
        name, path, start, end = job
        hasher = hashlib.new(algorithm)
        with open_regular(path) as handle:
            fd = handle.fileno()
            offset = start
            while offset < end:
                chunk = os.pread(fd, min(READ_SIZE, end - offset), offset)
                if not chunk:
                    break
                hasher.update(chunk)
                offset += len(chunk)
        return f"{name}:{start}:{end}", hasher.hexdigest()

    workers = max(1, min(jobs or default_workers(), len(jobs_list) or 1, MAX_WORKERS))
    with ThreadPoolExecutor(max_workers=workers) as pool:
        digests = dict(pool.map(one, jobs_list))
    by_file: dict[str, list[tuple[str, str]]] = {}
    for key, value in digests.items():
        by_file.setdefault(key.rsplit(":", 2)[0], []).append((key, value))
    for name, first in names:
        if first is not None:
            for key, value in by_file.get(first, []):
                digests[name + key[len(first):]] = value
    return digests
