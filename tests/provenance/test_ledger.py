"""The ledger: an append-only hash chain. Tampering is done on the database directly, as an attacker with
write access to the file or the server would, and every kind of edit must be caught."""

from __future__ import annotations

import json
import multiprocessing
import os
import shutil
import socket
import sqlite3
import subprocess
import threading
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest

from mlward.cli import main
from mlward.errors import UsageError
from mlward.provenance.keys import private_key, public_key
from mlward.provenance.ledger import GENESIS, Ledger


@pytest.fixture
def db(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'ledger.db'}"


def _fill(url: str, n: int = 5) -> list[str]:
    digests = []
    with Ledger.open(url) as ledger:
        for i in range(n):
            entry = ledger.append(
                "scanned",
                artifact=f"model-{i % 2}",
                subject_digests={f"model-{i % 2}": f"{i:064x}"},
                details={"step": i, "verdict": "clean"},
            )
            digests.append(entry.digest)
    return digests


def _sql(url: str, statement: str, *params: object) -> None:
    connection = sqlite3.connect(url.removeprefix("sqlite:///"))
    with connection:
        connection.execute(statement, params)
    connection.close()


def test_append_links_each_entry_to_the_one_before(db: str) -> None:
    digests = _fill(db, 3)
    with Ledger.open(db) as ledger:
        entries = list(ledger.entries())
        assert [e.seq for e in entries] == [1, 2, 3]
        assert entries[0].prev_digest == GENESIS
        assert entries[1].prev_digest == digests[0]
        assert entries[2].prev_digest == digests[1]
        assert ledger.head() == digests[2]
        check = ledger.verify(expect_head=digests[2])
        assert check.ok
        assert check.entries == 3


def test_history_by_artifact_and_by_digest(db: str) -> None:
    _fill(db, 5)
    with Ledger.open(db) as ledger:
        assert [e.details["step"] for e in ledger.history("model-1")] == [1, 3]
        assert [e.details["step"] for e in ledger.history(f"{4:064x}")] == [4]
        assert ledger.history("never-seen") == []


def test_unknown_kind_is_refused(db: str) -> None:
    with Ledger.open(db) as ledger, pytest.raises(UsageError, match="unknown ledger entry kind"):
        ledger.append("stolen", artifact="x")


def test_edited_entry_is_detected(db: str) -> None:
    _fill(db)
    _sql(db, "UPDATE mlward_ledger SET details = ? WHERE seq = 3", json.dumps({"step": 2, "verdict": "FAIL"}))
    with Ledger.open(db) as ledger:
        check = ledger.verify()
    assert not check.ok
    assert check.problems == ("entry 3: content does not match its digest; the entry was edited",)


def test_edit_with_recomputed_digest_breaks_the_next_link(db: str) -> None:
    _fill(db)
    with Ledger.open(db) as ledger:
        entry = list(ledger.entries())[1]
    forged = type(entry)(**{**{f: getattr(entry, f) for f in entry.__slots__}, "operator": "mallory"})
    _sql(
        db,
        "UPDATE mlward_ledger SET operator = ?, digest = ? WHERE seq = 2",
        "mallory",
        forged.computed_digest(),
    )
    with Ledger.open(db) as ledger:
        check = ledger.verify()
    assert [p.split(":")[0] for p in check.problems] == ["entry 3"]
    assert "does not follow" in check.problems[0]


def test_deleted_entry_is_detected(db: str) -> None:
    _fill(db)
    _sql(db, "DELETE FROM mlward_ledger WHERE seq = 2")
    with Ledger.open(db) as ledger:
        problems = ledger.verify().problems
    assert any("expected sequence number 2" in p for p in problems)
    assert any("does not follow" in p for p in problems)


def test_inserted_entry_is_detected(db: str) -> None:
    _fill(db, 3)
    # Make room after entry 1 and slip in a forged entry that claims to follow it.
    _sql(db, "UPDATE mlward_ledger SET seq = seq + 100 WHERE seq > 1")
    _sql(db, "UPDATE mlward_ledger SET seq = seq - 99 WHERE seq > 100")
    with Ledger.open(db) as ledger:
        first = next(iter(ledger.entries()))
    _sql(
        db,
        "INSERT INTO mlward_ledger (seq, recorded_at, kind, artifact, subject_digests, details, operator, "
        "prev_digest, digest) "
        "VALUES (2, ?, 'gated', 'model-0', '{}', '{\"verdict\": \"PASS\"}', 'mallory', ?, ?)",
        first.recorded_at,
        first.digest,
        "f" * 64,
    )
    with Ledger.open(db) as ledger:
        problems = ledger.verify().problems
    assert any(p.startswith("entry 2:") and "edited" in p for p in problems)
    assert any(p.startswith("entry 3:") for p in problems)


def test_reordered_entries_are_detected(db: str) -> None:
    _fill(db)
    _sql(db, "UPDATE mlward_ledger SET seq = -1 WHERE seq = 2")
    _sql(db, "UPDATE mlward_ledger SET seq = 2 WHERE seq = 4")
    _sql(db, "UPDATE mlward_ledger SET seq = 4 WHERE seq = -1")
    with Ledger.open(db) as ledger:
        check = ledger.verify()
    assert not check.ok
    assert {p.split(":")[0] for p in check.problems} >= {"entry 2", "entry 4"}


def test_truncated_tail_needs_the_anchor(db: str) -> None:
    digests = _fill(db)
    _sql(db, "DELETE FROM mlward_ledger WHERE seq = 5")
    with Ledger.open(db) as ledger:
        assert ledger.verify().ok  # a shorter chain is still a chain...
        check = ledger.verify(expect_head=digests[-1])  # ...which the recorded head exposes
    assert not check.ok
    assert "not the expected head" in check.problems[0]


def test_signed_entries_verify_and_a_wrong_key_is_caught(
    db: str, keypair: tuple[Path, Path], tmp_path: Path
) -> None:
    from .conftest import write_key_pair

    signer = private_key(str(keypair[0]))
    with Ledger.open(db) as ledger:
        ledger.append("gated", artifact="m", details={"decision": "PASS"}, key=signer)
        ledger.append("promoted", artifact="m", key=signer)
        assert ledger.verify(public_key=public_key(str(keypair[1])), require_signatures=True).ok
        _, other = write_key_pair(tmp_path, "other")
        problems = ledger.verify(public_key=public_key(str(other))).problems
        assert problems == (
            "entry 1: signature does not verify with the given key",
            "entry 2: signature does not verify with the given key",
        )
        ledger.append("registered", artifact="m")
        assert ledger.verify(require_signatures=True).problems == ("entry 3: not signed",)


# Separate interpreters, as separate CI jobs or hosts would be (and no fork of a threaded process).
_SPAWN = multiprocessing.get_context("spawn")


def _append_many(url: str, worker: int, count: int) -> int:
    with Ledger.open(url) as ledger:
        for i in range(count):
            ledger.append("scanned", artifact=f"worker-{worker}", details={"i": i})
    return count


def test_concurrent_writers_never_fork_the_chain(db: str) -> None:
    with ProcessPoolExecutor(max_workers=4, mp_context=_SPAWN) as pool:
        written = sum(pool.map(_append_many, [db] * 4, range(4), [15] * 4))
    threads = [threading.Thread(target=_append_many, args=(db, 10 + t, 10)) for t in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    with Ledger.open(db) as ledger:
        check = ledger.verify()
        seqs = [e.seq for e in ledger.entries()]
    assert check.ok, check.problems
    assert seqs == list(range(1, written + 30 + 1))


def test_export_json_lines_and_in_toto(db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _fill(db, 2)
    assert main(["ledger", "export", "--database-url", db]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [line["seq"] for line in lines] == [1, 2]
    assert lines[1]["prev_digest"] == lines[0]["digest"]
    out = tmp_path / "ledger.intoto.jsonl"
    assert main(["ledger", "export", "--format", "in-toto", "--output", str(out), "--database-url", db]) == 0
    statements = [json.loads(line) for line in out.read_text().splitlines()]
    assert statements[0]["_type"] == "https://in-toto.io/Statement/v1"
    assert statements[0]["subject"] == [{"name": "model-0", "digest": {"sha256": f"{0:064x}"}}]
    assert statements[0]["predicate"]["kind"] == "scanned"


def test_cli_log_verify_head_append(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        main(
            [
                "ledger",
                "append",
                "transformed",
                "ds-1",
                "--digest",
                "out=" + "a" * 64,
                "--detail",
                'changes={"removed_rows": 3}',
                "--detail",
                "tool=mlward data clean",
                "--database-url",
                db,
            ]
        )
        == 0
    )
    capsys.readouterr()
    assert main(["ledger", "log", "ds-1", "--format", "json", "--database-url", db]) == 0
    logged = json.loads(capsys.readouterr().out)
    assert logged[0]["details"] == {"changes": {"removed_rows": 3}, "tool": "mlward data clean"}
    assert logged[0]["operator"] == "tester@ci"
    assert main(["ledger", "head", "--database-url", db]) == 0
    head = capsys.readouterr().out.strip()
    assert main(["ledger", "verify", "--expect-head", head, "--database-url", db]) == 0
    _sql(db, "UPDATE mlward_ledger SET artifact = 'ds-2'")
    assert main(["ledger", "verify", "--database-url", db]) == 1
    assert "TAMPERED" in capsys.readouterr().out


def test_default_ledger_lives_in_mlward_home(isolated_home: Path) -> None:
    with Ledger.open() as ledger:
        ledger.append("registered", artifact="m")
    assert (isolated_home / "mlward.db").is_file()


def test_bad_url_is_a_usage_error() -> None:
    with pytest.raises(UsageError, match="cannot use database URL"):
        Ledger.open("nosuchdb://x")


# --- PostgreSQL: a throwaway server on 127.0.0.1, when the binaries are installed ------------------


def _pg_bin(name: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    for base in sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True):
        if (base / name).is_file():
            return str(base / name)
    return None


@pytest.fixture(scope="module")
def postgres_url() -> Iterator[str]:
    initdb, pg_ctl = _pg_bin("initdb"), _pg_bin("pg_ctl")
    if not initdb or not pg_ctl:
        pytest.skip("PostgreSQL binaries (initdb, pg_ctl) not installed; see .ci/provision.d/postgres.sh")
    pytest.importorskip("psycopg", reason="psycopg is not installed")
    import tempfile

    # Not under pytest's tmp folder: as root that is private (0700), and the server runs as postgres.
    folder = Path(tempfile.mkdtemp(prefix="mlward-pg-"))
    data = folder / "data"
    prefix: list[str] = []
    if os.geteuid() == 0:  # initdb refuses to run as root
        if not shutil.which("runuser"):
            shutil.rmtree(folder)
            pytest.skip("running as root without runuser: cannot start PostgreSQL as another user")
        import pwd

        try:
            user = pwd.getpwnam("postgres")
        except KeyError:
            shutil.rmtree(folder)
            pytest.skip("running as root and there is no 'postgres' user to run the server as")
        os.chown(folder, user.pw_uid, user.pw_gid)
        prefix = ["runuser", "-u", "postgres", "--"]
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    subprocess.run(
        [*prefix, initdb, "-D", str(data), "-U", "mlward", "--auth=trust", "-E", "UTF8"],
        check=True,
        capture_output=True,
        timeout=120,
    )
    options = f"-h 127.0.0.1 -p {port} -k {folder}"
    subprocess.run(
        [*prefix, pg_ctl, "-D", str(data), "-o", options, "-l", str(folder / "log"), "-w", "start"],
        check=True,
        capture_output=True,
        timeout=120,
    )
    try:
        yield f"postgresql://mlward@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run(
            [*prefix, pg_ctl, "-D", str(data), "-m", "immediate", "stop"],
            capture_output=True,
            timeout=60,
            check=False,
        )
        shutil.rmtree(folder, ignore_errors=True)


def test_postgres_chain_concurrency_and_tampering(postgres_url: str) -> None:
    with ProcessPoolExecutor(max_workers=3, mp_context=_SPAWN) as pool:
        written = sum(pool.map(_append_many, [postgres_url] * 3, range(3), [10] * 3))
    with Ledger.open(postgres_url) as ledger:
        check = ledger.verify()
        assert check.ok, check.problems
        assert check.entries == written
        assert [e.details["i"] for e in ledger.history("worker-1")] == list(range(10))
        head = ledger.head()
    import psycopg

    with psycopg.connect(postgres_url) as connection:
        connection.execute("UPDATE mlward_ledger SET details = '{\"i\": 99}' WHERE seq = 5")
    with Ledger.open(postgres_url) as ledger:
        check = ledger.verify(expect_head=head)
    assert check.problems == ("entry 5: content does not match its digest; the entry was edited",)


def test_convert_records_a_transformed_entry(tmp_path: Path) -> None:
    import hashlib

    import numpy as np

    source = tmp_path / "weights.npz"
    np.savez(source, w=np.arange(6, dtype=np.float32).reshape(2, 3))
    assert main(["convert", str(source)]) == 0
    output = tmp_path / "weights.safetensors"
    with Ledger.open() as ledger:
        [entry] = ledger.history(str(output))
        assert ledger.history(hashlib.sha256(source.read_bytes()).hexdigest()) == [entry]
    assert entry.kind == "transformed"
    assert entry.subject_digests["output"] == hashlib.sha256(output.read_bytes()).hexdigest()
    assert entry.details["tool"] == "mlward convert"
    assert entry.details["record"]["tensors"][0]["name"] == "w"


def test_history_treats_like_wildcards_literally(db: str) -> None:
    with Ledger.open(db) as ledger:
        ledger.append("registered", artifact="model_a", subject_digests={"model_a": "a" * 64})
        ledger.append("registered", artifact="modelXa", subject_digests={"modelXa": "b" * 64})
        assert [e.artifact for e in ledger.history("model_a")] == ["model_a"]
        assert ledger.history("%") == []
