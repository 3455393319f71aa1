"""Retire a model (LLMSVS 2.18): erase its files, revoke its signatures, record it, certify it.

Erasing overwrites each regular file once with zeros, flushes it to the device, then unlinks it. That
defeats reading the old bytes back through the filesystem and most undelete tools on a conventional
disk. It cannot guarantee more: SSDs remap writes (the old blocks stay in flash until the controller
erases them), copy-on-write and log-structured filesystems (btrfs, ZFS, APFS, F2FS) write the zeros
elsewhere, and snapshots, backups, caches and copies elsewhere are out of reach. For those, use
encryption at rest and destroy the key, or the device's secure-erase. docs/provenance.md says the same.

A file with hard links outside the model is not overwritten (that would destroy the other copy); its
name inside the model is unlinked and the certificate says so. Symbolic links are unlinked, never
followed.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
import os
import stat
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from mlward.errors import MlwardError, UsageError
from mlward.files.access import display_path
from mlward.files.walk import walk
from mlward.provenance.manifest import digest_file, write_atomic

CERTIFICATE_SCHEMA = "mlward.decommission/1"
_ZEROS = bytes(8 << 20)


@dataclass(frozen=True, slots=True)
class Item:
    """One thing to remove: path, what it is, its digest (regular files), and how it will go."""

    path: str
    kind: str  # "file", "link", "special"
    sha256: str | None = None
    size: int | None = None
    action: str = "overwrite+unlink"  # or "unlink"
    note: str = ""


@dataclass(frozen=True, slots=True)
class Decommissioned:
    """The outcome: what went (or would go), the revoked signatures, the certificate written."""

    artifact: str
    items: tuple[Item, ...]
    revoked_signatures: tuple[str, ...]
    dry_run: bool
    certificate: str | None = None
    ledger_entry: str | None = None
    root_digest: str | None = None
    errors: tuple[str, ...] = field(default_factory=tuple)


def _is_signature(name: str) -> bool:
    return name.endswith(".sig") or name.endswith(".sigstore") or name.endswith(".sigstore.json")


def plan(artifact: str | os.PathLike[str]) -> tuple[list[Item], list[str]]:
    """Everything under artifact that decommissioning removes, and the signature files among it."""
    top = os.fspath(artifact)
    if not os.path.lexists(top):
        raise UsageError(f"{display_path(top)}: no such file or directory")
    items: list[Item] = []
    signatures: list[str] = []
    names_per_inode: dict[tuple[int, int], int] = {}
    regular: list[tuple[str, os.stat_result]] = []
    for entry in walk([top]):
        path = entry.path
        try:
            st = os.lstat(path)
        except OSError as exc:
            raise MlwardError(f"{display_path(path)}: {exc.strerror}") from exc
        if stat.S_ISLNK(st.st_mode):
            items.append(Item(path, "link", action="unlink", note="symbolic link; target untouched"))
        elif stat.S_ISREG(st.st_mode):
            key = (st.st_dev, st.st_ino)
            names_per_inode[key] = names_per_inode.get(key, 0) + 1
            regular.append((path, st))
        elif entry.kind == "error":
            raise MlwardError(f"{display_path(path)}: {entry.detail}")
        else:
            items.append(Item(path, "special", action="unlink", note=entry.detail))
    done: set[tuple[int, int]] = set()
    for path, st in regular:
        key = (st.st_dev, st.st_ino)
        digest, size = digest_file(path)
        if _is_signature(os.path.basename(path)):
            signatures.append(digest)
        if st.st_nlink > names_per_inode[key]:
            items.append(Item(path, "file", digest, size, "unlink",
                              "hard-linked outside the model; not overwritten, other copy remains"))
        elif key in done:
            items.append(Item(path, "file", digest, size, "unlink", "another name of a file overwritten"))
        else:
            done.add(key)
            items.append(Item(path, "file", digest, size))
    return items, signatures


def _overwrite(path: str, size: int) -> None:
    flags = os.O_WRONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
    fd = os.open(path, flags)
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise MlwardError(f"{display_path(path)}: changed into a non-regular file; not overwritten")
        left = size
        while left > 0:
            left -= os.write(fd, memoryview(_ZEROS)[: min(len(_ZEROS), left)])
        os.fsync(fd)
        os.ftruncate(fd, 0)
        os.fsync(fd)
    finally:
        os.close(fd)


def _remove_folders(top: str) -> None:
    if not os.path.isdir(top) or os.path.islink(top):
        return
    for folder, _dirs, _files in sorted(os.walk(top, topdown=False), key=lambda t: -len(t[0])):
        # Something we did not remove stays; the caller reports the folder as still present.
        with contextlib.suppress(OSError):
            os.rmdir(folder)


def default_certificate_path(artifact: str) -> str:
    """Under mlward's home: decommissioned/<name>-<UTC time>.json."""
    from mlward.home import home

    folder = home() / "decommissioned"
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    name = os.path.basename(os.path.abspath(artifact).rstrip(os.sep)) or "artifact"
    return str(folder / f"{name}-{stamp}.json")


def decommission(
    artifact: str | os.PathLike[str],
    *,
    dry_run: bool = False,
    ledger: Any = None,
    certificate: str | None = None,
    key: Any = None,
    operator: str | None = None,
    reason: str | None = None,
) -> Decommissioned:
    """Erase the artifact's files, revoke its signatures in the ledger, and write a certificate.

    With `dry_run`, only the plan is returned. `ledger` is a `provenance.ledger.Ledger`; `key` a
    KeyProvider that signs the ledger entry and the certificate.
    """
    top = os.path.abspath(os.fspath(artifact))
    items, signatures = plan(top)
    hasher = hashlib.sha256()
    for item in sorted(items, key=lambda i: i.path):
        if item.sha256:
            hasher.update(bytes.fromhex(item.sha256))
    root = hasher.hexdigest()
    beside = top + ".sig"
    if os.path.isfile(top) and os.path.isfile(beside):
        # The default signature of a single-file model sits beside it: revoked, left in place.
        digest, _ = digest_file(beside)
        if digest not in signatures:
            signatures.append(digest)
    if ledger is not None:
        # Signatures kept outside the model folder are known to the ledger from `mlward sign`.
        for entry in ledger.history(top):
            recorded = entry.details.get("signature_sha256") if entry.kind == "signed" else None
            if isinstance(recorded, str) and recorded not in signatures:
                signatures.append(recorded)
    if dry_run:
        return Decommissioned(top, tuple(items), tuple(signatures), True, root_digest=root)
    errors: list[str] = []
    for item in items:
        try:
            if item.action == "overwrite+unlink" and item.size is not None:
                _overwrite(item.path, item.size)
            os.unlink(item.path)
        except (OSError, MlwardError) as exc:
            errors.append(f"{display_path(item.path)}: {getattr(exc, 'strerror', None) or exc}")
    _remove_folders(top)
    if os.path.lexists(top):
        errors.append(f"{display_path(top)}: still present after erasing")
    details: dict[str, Any] = {
        "method": "overwrite with zeros once, fsync, truncate, unlink",
        "files": {display_path(i.path): i.sha256 for i in items if i.sha256},
        "revoked_signatures": signatures,
        "erased": sum(1 for i in items if i.action == "overwrite+unlink"),
        "unlinked_only": [display_path(i.path) for i in items if i.action == "unlink"],
        "errors": errors,
        "reason": reason,
    }
    entry_digest = None
    if ledger is not None:
        entry = ledger.append("decommissioned", artifact=top, subject_digests={os.path.basename(top): root},
                              details=details, operator=operator, key=key)
        entry_digest = entry.digest
    cert_path = certificate or default_certificate_path(top)
    cert: dict[str, Any] = {
        "schema": CERTIFICATE_SCHEMA,
        "artifact": top,
        "root_digest": root,
        "decommissioned_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "operator": operator or _operator(),
        "ledger_entry": entry_digest,
        "complete": not errors,
        **details,
        "limits": "Overwriting cannot guarantee erasure on SSDs, copy-on-write or log-structured "
                  "filesystems, snapshots or backups; see docs/provenance.md.",
    }
    if key is not None:
        from mlward.provenance.keys import key_id
        from mlward.provenance.ledger import canonical

        body = canonical(cert)
        cert["signature"] = {"key_id": key_id(key.public_key()),
                             "value": base64.b64encode(key.sign(body)).decode(),
                             "over": "canonical JSON of this object without 'signature'"}
    write_atomic(cert_path, (json.dumps(cert, indent=1) + "\n").encode("utf-8"))
    return Decommissioned(top, tuple(items), tuple(signatures), False, cert_path, entry_digest, root,
                          tuple(errors))


def _operator() -> str:
    from mlward.provenance.ledger import default_operator

    return default_operator()
