"""An append-only, tamper-evident ledger of what happened to each model and dataset.

Every entry carries the digest of the entry before it, and its own digest covers its sequence number,
time, kind, artifact, subject digests, details, operator and that previous digest. Editing, deleting,
inserting or reordering entries therefore breaks the chain, and `verify` says where. Truncating the end
of the chain leaves a shorter valid chain: keep the head digest (`head()`) somewhere else — a ticket, a
signed release note — and pass it to `verify(expect_head=...)` to catch that too. Entries can be
signed with a `KeyProvider`, so that rewriting the whole chain also needs the key.

Storage is SQLAlchemy: a SQLite file under mlward's home by default, PostgreSQL (or any SQLAlchemy URL)
through `MLWARD_DATABASE_URL` or an explicit URL. Concurrent appenders are serialized — SQLite by
`BEGIN IMMEDIATE`, PostgreSQL by a transaction-scoped advisory lock — and the primary key on the
sequence number, with a retry, is the last line of defence, so two writers can never fork the chain.
"""

from __future__ import annotations

import base64
import getpass
import hashlib
import json
import os
import socket
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from mlward.errors import MlwardError, UsageError
from mlward.provenance.kinds import KINDS

GENESIS = "0" * 64
STATEMENT_TYPE = "https://in-toto.io/Statement/v1"
PREDICATE_TYPE = "https://mlward.dev/ledger-entry/v1"
_ADVISORY_LOCK_ID = 0x6D6C77617264  # "mlward"


class LedgerError(MlwardError):
    """The ledger database could not be opened, read or written."""


def canonical(data: Any) -> bytes:
    """Canonical JSON (sorted keys, no spaces, UTF-8): what entry digests are computed over."""
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def default_operator() -> str:
    """Who is acting: `MLWARD_OPERATOR`, else user@host."""
    configured = os.environ.get("MLWARD_OPERATOR")
    if configured:
        return configured
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = str(os.getuid()) if hasattr(os, "getuid") else "unknown"
    return f"{user}@{socket.gethostname()}"


def default_url() -> str:
    """`MLWARD_DATABASE_URL`, else a SQLite file `mlward.db` in mlward's home."""
    configured = os.environ.get("MLWARD_DATABASE_URL")
    if configured:
        return configured
    from mlward.home import home

    return f"sqlite:///{home() / 'mlward.db'}"


@dataclass(frozen=True, slots=True)
class Entry:
    """One ledger entry, as stored."""

    seq: int
    recorded_at: str
    kind: str
    artifact: str
    subject_digests: Mapping[str, str]
    details: Mapping[str, Any]
    operator: str
    prev_digest: str
    digest: str
    signature: str | None = None
    signer: str | None = None

    def content(self) -> dict[str, Any]:
        """The fields the entry digest covers."""
        return {
            "seq": self.seq, "recorded_at": self.recorded_at, "kind": self.kind, "artifact": self.artifact,
            "subject_digests": dict(self.subject_digests), "details": self.details,
            "operator": self.operator, "prev_digest": self.prev_digest,
        }

    def computed_digest(self) -> str:
        """The SHA-256 this entry should carry, recomputed from its content."""
        return hashlib.sha256(canonical(self.content())).hexdigest()

    def to_dict(self) -> dict[str, Any]:
        """The JSON-lines export form."""
        data = self.content()
        data.update({"digest": self.digest, "signature": self.signature, "signer": self.signer})
        return data

    def to_statement(self) -> dict[str, Any]:
        """An in-toto Statement v1 whose subjects are the entry's artifacts and whose predicate is it."""
        subjects = [{"name": name, "digest": {"sha256": digest}}
                    for name, digest in sorted(self.subject_digests.items())]
        if not subjects:
            subjects = [{"name": self.artifact, "digest": {"sha256": self.digest}}]
        return {"_type": STATEMENT_TYPE, "subject": subjects, "predicateType": PREDICATE_TYPE,
                "predicate": self.to_dict()}


@dataclass(frozen=True, slots=True)
class Check:
    """What `verify` found: entries checked, the head digest, and every problem (empty when intact)."""

    entries: int
    head: str
    problems: tuple[str, ...] = field(default_factory=tuple)

    @property
    def ok(self) -> bool:
        """True when the chain is intact."""
        return not self.problems


def _normalize_url(url: str) -> str:
    # A bare postgresql:// URL means psycopg2 to SQLAlchemy; we ship with psycopg 3.
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


class Ledger:
    """The ledger: `open`, `append`, `history`, `entries`, `verify`, `head`."""

    def __init__(self, engine: Any, url: str) -> None:
        self._engine = engine
        self.url = url
        from sqlalchemy import JSON, Column, Integer, MetaData, String, Table, Text

        self._meta = MetaData()
        self._table = Table(
            "mlward_ledger", self._meta,
            Column("seq", Integer, primary_key=True, autoincrement=False),
            Column("recorded_at", String(40), nullable=False),
            Column("kind", String(32), nullable=False),
            Column("artifact", String(1024), nullable=False, index=True),
            Column("subject_digests", JSON, nullable=False),
            Column("details", JSON, nullable=False),
            Column("operator", String(256), nullable=False),
            Column("prev_digest", String(64), nullable=False),
            Column("digest", String(64), nullable=False, unique=True),
            Column("signature", Text, nullable=True),
            Column("signer", String(128), nullable=True),
        )
        try:
            # Under the same lock as appends: two processes opening a new ledger at once must not
            # both try to create the table.
            with engine.begin() as conn:
                if conn.dialect.name == "postgresql":
                    conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_ADVISORY_LOCK_ID})")
                self._meta.create_all(conn)
        except Exception as exc:
            raise LedgerError(f"cannot open the ledger at {self.safe_url}: {exc}") from exc

    @property
    def safe_url(self) -> str:
        """The URL without its password, for messages."""
        from sqlalchemy.engine import make_url

        try:
            return str(make_url(self.url).render_as_string(hide_password=True))
        except Exception:
            return "<database>"

    @classmethod
    def open(cls, url: str | None = None) -> Ledger:
        """Open (and create if needed) the ledger at url, `MLWARD_DATABASE_URL`, or the home SQLite file."""
        from sqlalchemy import create_engine, event
        from sqlalchemy.exc import ArgumentError, NoSuchModuleError

        url = _normalize_url(url or default_url())
        try:
            if url.startswith("sqlite"):
                engine = create_engine(url, connect_args={"timeout": 60})

                @event.listens_for(engine, "connect")
                def _autocommit(dbapi_connection: Any, _record: Any) -> None:
                    # Let us issue BEGIN ourselves (pysqlite otherwise defers it).
                    dbapi_connection.isolation_level = None

                @event.listens_for(engine, "begin")
                def _begin(connection: Any) -> None:
                    # IMMEDIATE takes the write lock at once: two appenders cannot both read the
                    # same head and then both write after it.
                    connection.exec_driver_sql("BEGIN IMMEDIATE")
            else:
                engine = create_engine(url, pool_pre_ping=True)
        except (ArgumentError, NoSuchModuleError, ImportError) as exc:
            raise UsageError(f"cannot use database URL {url.split('://')[0]}://…: {exc}") from exc
        return cls(engine, url)

    def close(self) -> None:
        """Release the database connections."""
        self._engine.dispose()

    def __enter__(self) -> Ledger:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _row(self, row: Any) -> Entry:
        return Entry(row.seq, row.recorded_at, row.kind, row.artifact, dict(row.subject_digests or {}),
                     row.details if row.details is not None else {}, row.operator, row.prev_digest,
                     row.digest, row.signature, row.signer)

    def append(
        self,
        kind: str,
        *,
        artifact: str,
        subject_digests: Mapping[str, str] | None = None,
        details: Mapping[str, Any] | None = None,
        operator: str | None = None,
        key: Any = None,
    ) -> Entry:
        """Add one entry at the end of the chain and return it. `key` (a KeyProvider) signs it."""
        from sqlalchemy import select
        from sqlalchemy.exc import IntegrityError, OperationalError

        if kind not in KINDS:
            raise UsageError(f"unknown ledger entry kind {kind!r} (expected one of {', '.join(KINDS)})")
        if not artifact:
            raise UsageError("a ledger entry needs an artifact (a digest or a path)")
        digests = {str(k): str(v).lower() for k, v in (subject_digests or {}).items()}
        body = json.loads(canonical(dict(details or {})))  # JSON-safe, as it will be read back
        who = operator or default_operator()
        table = self._table
        delay = 0.01
        last_error: Exception | None = None
        for _attempt in range(60):
            try:
                with self._engine.begin() as conn:
                    if conn.dialect.name == "postgresql":
                        conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_ADVISORY_LOCK_ID})")
                    last = conn.execute(
                        select(table.c.seq, table.c.digest).order_by(table.c.seq.desc()).limit(1)).first()
                    seq, prev = (last.seq + 1, last.digest) if last else (1, GENESIS)
                    stamp = datetime.now(UTC).isoformat(timespec="microseconds")
                    entry = Entry(seq, stamp, kind, artifact, digests, body, who, prev, "")
                    digest = entry.computed_digest()
                    signature = signer = None
                    if key is not None:
                        from mlward.provenance.keys import key_id

                        signature = base64.b64encode(key.sign(digest.encode("ascii"))).decode()
                        signer = key_id(key.public_key())
                    conn.execute(table.insert().values(
                        seq=seq, recorded_at=stamp, kind=kind, artifact=artifact, subject_digests=digests,
                        details=body, operator=who, prev_digest=prev, digest=digest,
                        signature=signature, signer=signer))
                    return Entry(seq, stamp, kind, artifact, digests, body, who, prev, digest,
                                 signature, signer)
            except (IntegrityError, OperationalError) as exc:
                # Another writer took this sequence number, or the database was busy: start over.
                last_error = exc
                time.sleep(delay)
                delay = min(delay * 2, 0.5)
            except Exception as exc:
                raise LedgerError(f"cannot write to the ledger at {self.safe_url}: {exc}") from exc
        raise LedgerError(f"cannot append to the ledger at {self.safe_url} after many retries: {last_error}")

    def entries(self, where: Any = None) -> Iterator[Entry]:
        """Every entry in sequence order (or those matching a SQLAlchemy condition)."""
        from sqlalchemy import select

        query = select(self._table).order_by(self._table.c.seq)
        if where is not None:
            query = query.where(where)
        try:
            with self._engine.connect() as conn:
                rows = conn.execute(query).all()
        except Exception as exc:
            raise LedgerError(f"cannot read the ledger at {self.safe_url}: {exc}") from exc
        for row in rows:
            yield self._row(row)

    def history(self, artifact: str) -> list[Entry]:
        """Entries about an artifact: named by it, or listing it (or its digest) among their subjects."""
        from sqlalchemy import Text, cast, func, or_

        needle = artifact.lower()
        escaped = needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        # The database narrows the search (artifact column, or the text of the subject digests); the
        # exact rule is applied below.
        subjects = func.lower(cast(self._table.c.subject_digests, Text))
        candidates = or_(func.lower(self._table.c.artifact) == needle,
                         subjects.like(f"%{escaped}%", escape="\\"))
        found = []
        for entry in self.entries(candidates):
            if entry.artifact == artifact or entry.artifact.lower() == needle \
                    or needle in entry.subject_digests.values() or artifact in entry.subject_digests:
                found.append(entry)
        return found

    def head(self) -> str:
        """The digest of the last entry (GENESIS for an empty ledger): keep it elsewhere as an anchor."""
        last = GENESIS
        for entry in self.entries():
            last = entry.digest
        return last

    def revoked_signatures(self) -> frozenset[str]:
        """SHA-256 digests of signature files recorded as revoked."""
        revoked: set[str] = set()
        for entry in self.entries():
            if entry.kind in ("decommissioned", "revoked"):
                for digest in entry.details.get("revoked_signatures", []) or []:
                    if isinstance(digest, str):
                        revoked.add(digest.lower())
        return frozenset(revoked)

    def verify(self, *, expect_head: str | None = None, public_key: Any = None,
               require_signatures: bool = False) -> Check:
        """Walk the chain and report every edited, deleted, inserted or reordered entry."""
        problems: list[str] = []
        prev = GENESIS
        expected_seq = 1
        count = 0
        for entry in self.entries():
            count += 1
            where = f"entry {entry.seq}"
            if entry.seq != expected_seq:
                problems.append(f"{where}: expected sequence number {expected_seq}; entries were deleted, "
                                "inserted or renumbered")
            if entry.prev_digest != prev:
                problems.append(f"{where}: does not follow the entry before it (previous digest "
                                f"{entry.prev_digest[:12]}…, chain has {prev[:12]}…); entries were "
                                "deleted, inserted or reordered")
            if entry.computed_digest() != entry.digest:
                problems.append(f"{where}: content does not match its digest; the entry was edited")
            problems.extend(_check_signature(entry, public_key, require_signatures))
            prev = entry.digest
            expected_seq = entry.seq + 1
        if expect_head is not None and expect_head.lower() != prev:
            problems.append(f"the last entry's digest is {prev[:12]}…, not the expected head "
                            f"{expect_head[:12]}…; entries at the end were removed or added")
        return Check(count, prev, tuple(problems))


def _check_signature(entry: Entry, public_key: Any, required: bool) -> list[str]:
    where = f"entry {entry.seq}"
    if entry.signature is None:
        return [f"{where}: not signed"] if required else []
    if public_key is None:
        return []
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric import ec

    from mlward.provenance.keys import hash_for

    try:
        public_key.verify(base64.b64decode(entry.signature), entry.digest.encode("ascii"),
                          ec.ECDSA(hash_for(public_key)))
    except (InvalidSignature, ValueError):
        return [f"{where}: signature does not verify with the given key"]
    return []
