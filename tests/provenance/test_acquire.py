"""`mlward acquire`: quarantine, digest and revision checks, scan, then move — from a local folder, HTTP,
a hub-like file API (a local stdlib server), and S3 (moto in server mode). Every failed check leaves
nothing in place."""

from __future__ import annotations

import errno
import hashlib
import importlib
import json
import os
import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, ClassVar

import pytest

from mlward.cli import main
from mlward.findings import Finding, Severity, rule
from mlward.provenance.acquire import AcquireOptions, AcquisitionRefused, acquire
from mlward.provenance.ledger import Ledger

COMMIT = "0123456789abcdef0123456789abcdef01234567"
WEIGHTS = os.urandom(200_000)
FILES = {"config.json": b'{"model_type": "tiny"}', "model.safetensors": WEIGHTS, "sub/tokenizer.json": b"{}"}


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _git_blob(data: bytes) -> str:
    return hashlib.sha1(b"blob %d\0" % len(data) + data, usedforsecurity=False).hexdigest()


def _leftovers(parent: Path) -> list[str]:
    return sorted(p.name for p in parent.iterdir() if "quarantine" in p.name)


class _Hub(BaseHTTPRequestHandler):
    """Answers like the hub's file API for one repository, acme/tiny, at one commit."""

    files: ClassVar[dict[str, bytes]] = dict(FILES)
    blob_ids: ClassVar[dict[str, str]] = {}  # overrides of the true git blob ids
    redirect_to: ClassVar[str | None] = None  # send model.safetensors to this "CDN" base URL
    seen_auth: ClassVar[dict[str, str | None]] = {}
    lfs: ClassVar[dict[str, str]] = {"model.safetensors": _sha(WEIGHTS)}
    extra_names: ClassVar[list[str]] = []

    def log_message(self, *args: object) -> None:
        pass

    def _send(self, status: int, body: bytes, kind: str = "application/octet-stream") -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        self.seen_auth[self.path] = self.headers.get("Authorization")
        if self.redirect_to and self.path.endswith("/resolve/" + COMMIT + "/model.safetensors"):
            self.send_response(302)
            self.send_header("Location", self.redirect_to + "/cdn/model.safetensors")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if self.path == "/cdn/model.safetensors":
            self._send(200, WEIGHTS)
            return
        if self.path.startswith("/api/models/acme/tiny/revision/"):
            siblings: list[dict[str, Any]] = []
            for name, data in self.files.items():
                sibling: dict[str, Any] = {"rfilename": name, "size": len(data)}
                if name in self.lfs:
                    sibling["lfs"] = {"sha256": self.lfs[name], "size": len(data)}
                else:
                    sibling["blobId"] = self.blob_ids.get(name) or _git_blob(data)
                siblings.append(sibling)
            siblings.extend({"rfilename": name} for name in self.extra_names)
            info = {
                "id": "acme/tiny",
                "sha": COMMIT,
                "siblings": siblings,
                "cardData": {"license": "apache-2.0"},
            }
            self._send(200, json.dumps(info).encode(), "application/json")
            return
        prefix = f"/acme/tiny/resolve/{COMMIT}/"
        name = self.path[len(prefix) :] if self.path.startswith(prefix) else None
        if name in self.files:
            self._send(200, self.files[name])
        elif self.path == "/plain/model.bin":
            self._send(200, WEIGHTS)
        else:
            self._send(404, b"not found")


@pytest.fixture
def hub() -> Iterator[str]:
    _Hub.files, _Hub.lfs, _Hub.extra_names = dict(FILES), {"model.safetensors": _sha(WEIGHTS)}, []
    _Hub.redirect_to, _Hub.seen_auth, _Hub.blob_ids = None, {}, {}
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Hub)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_local_folder_is_acquired_and_recorded(model_dir: Path, tmp_path: Path) -> None:
    target = tmp_path / "models" / "tiny"
    assert main(["acquire", str(model_dir), "--to", str(target)]) == 0
    assert (target / "tokenizer" / "vocab.txt").read_text() == "a\nb\nc\n"
    with Ledger.open() as ledger:
        [entry] = ledger.history(str(target))
    assert entry.kind == "acquired"
    assert entry.details["source"] == str(model_dir)
    assert entry.details["files"]["model.safetensors"] == _sha((model_dir / "model.safetensors").read_bytes())
    stored = Path(os.environ["MLWARD_HOME"]) / "reports" / f"{entry.details['scan_report_sha256']}.json"
    assert _sha(stored.read_bytes()) == entry.details["scan_report_sha256"]
    assert _leftovers(target.parent) == []
    # The manifest of what was acquired is left in place, so a later change is caught.
    assert main(["verify", str(target)]) == 0
    (target / "config.json").write_text("{}")
    assert main(["verify", str(target)]) == 1


def test_hub_repository_at_a_pinned_revision(hub: str, tmp_path: Path) -> None:
    target = tmp_path / "tiny"
    code = main(["acquire", f"hf://acme/tiny@{COMMIT}", "--to", str(target), "--endpoint", hub])
    assert code == 0
    received = {p.relative_to(target).as_posix() for p in target.rglob("*") if p.is_file()}
    assert received == {*FILES, ".mlward-manifest.json"}
    with Ledger.open() as ledger:
        [entry] = ledger.history(str(target))
    assert entry.details["revision"] == COMMIT
    assert entry.details["license"] == "apache-2.0"


def test_hub_serving_another_revision_is_refused(
    hub: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "tiny"
    pinned = "f" * 40
    assert (
        main(["acquire", "hf://acme/tiny", "--revision", pinned, "--to", str(target), "--endpoint", hub]) == 1
    )
    assert f"pinned revision {pinned} but the hub served {COMMIT}" in capsys.readouterr().err
    assert not target.exists()
    assert _leftovers(tmp_path) == []


def test_hub_lfs_digest_mismatch_is_refused(
    hub: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _Hub.lfs = {"model.safetensors": "0" * 64}
    target = tmp_path / "tiny"
    assert main(["acquire", "hf://acme/tiny", "--to", str(target), "--endpoint", hub]) == 1
    err = capsys.readouterr().err
    assert "model.safetensors: SHA-256" in err
    assert "nothing was kept" in err
    assert not target.exists()
    assert _leftovers(tmp_path) == []


def test_hub_file_name_with_traversal_is_refused(hub: str, tmp_path: Path) -> None:
    _Hub.extra_names = ["../../outside.txt"]
    with pytest.raises(AcquisitionRefused, match="unsafe file name"):
        acquire("hf://acme/tiny", str(tmp_path / "tiny"), AcquireOptions(endpoint=hub))
    assert not (tmp_path / "outside.txt").exists()
    assert not (tmp_path / "tiny").exists()


def test_http_file_with_expected_digest(hub: str, tmp_path: Path) -> None:
    seen: list[tuple[int, int | None]] = []
    got = acquire(
        f"{hub}/plain/model.bin",
        str(tmp_path / "plain"),
        AcquireOptions(expected={"*": _sha(WEIGHTS)}, progress=lambda d, t, n: seen.append((d, t))),
    )
    assert (tmp_path / "plain" / "model.bin").read_bytes() == WEIGHTS
    assert got.manifest.digests == {"model.bin": _sha(WEIGHTS)}
    assert seen[-1] == (len(WEIGHTS), len(WEIGHTS))


def test_http_digest_mismatch_leaves_nothing(
    hub: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "plain"
    assert main(["acquire", f"{hub}/plain/model.bin", "--to", str(target), "--sha256", "ab" * 32]) == 1
    assert "does not match the expected" in capsys.readouterr().err
    with Ledger.open() as ledger:
        [refusal] = ledger.history(f"{hub}/plain/model.bin")
    assert (refusal.kind, refusal.details["decision"], refusal.details["stage"]) == (
        "gated",
        "FAIL",
        "acquire",
    )
    assert not target.exists()
    assert _leftovers(tmp_path) == []


def test_unreachable_source_and_missing_file(
    hub: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        closed = probe.getsockname()[1]
    assert main(["acquire", f"http://127.0.0.1:{closed}/model.bin", "--to", str(tmp_path / "a")]) == 2
    assert "source unreachable" in capsys.readouterr().err
    assert main(["acquire", f"{hub}/plain/absent.bin", "--to", str(tmp_path / "b")]) == 2
    assert "answered 404" in capsys.readouterr().err
    assert not (tmp_path / "a").exists()
    assert not (tmp_path / "b").exists()
    assert _leftovers(tmp_path) == []


def test_allow_list_from_policy(model_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    policy = tmp_path / "policy.toml"
    policy.write_text('[acquire]\nallowed_sources = ["hf://acme/*", "s3://approved-models/*"]\n')
    assert main(["acquire", str(model_dir), "--to", str(tmp_path / "x"), "--policy", str(policy)]) == 1
    assert "not on the allow-list" in capsys.readouterr().err
    assert not (tmp_path / "x").exists()
    allowed = ["--policy", str(policy), "--allow-source", f"{model_dir}"]
    assert main(["acquire", str(model_dir), "--to", str(tmp_path / "x"), *allowed]) == 0
    policy.write_text("[acquire]\nallowed_sources = 'hf://*'\n")
    assert main(["acquire", str(model_dir), "--to", str(tmp_path / "y"), "--policy", str(policy)]) == 2


_EVIL = rule("test.evil-marker", "Test marker", "A test-only rule.", "Remove it.")


class _MarkerScanner:
    formats: ClassVar[frozenset[str]] = frozenset()

    def scan(self, source: Any, ctx: Any) -> Iterator[Finding]:
        if b"EVIL" in source.read(1 << 20):
            yield Finding.of(_EVIL, ctx.path, Severity.CRITICAL, "marker found")


def test_scan_finding_blocks_the_move(
    model_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import mlward.scanning

    monkeypatch.setattr(mlward.scanning, "scanner_for", lambda fmt: _MarkerScanner())
    # The look-alike passes: the word appears only in lower case.
    (model_dir / "notes.txt").write_text("evil is not the marker")
    assert main(["acquire", str(model_dir), "--to", str(tmp_path / "ok")]) == 0
    (model_dir / "payload.bin").write_bytes(b"..EVIL..")
    assert main(["acquire", str(model_dir), "--to", str(tmp_path / "bad")]) == 1
    assert "scan blocked the model: critical test.evil-marker" in capsys.readouterr().err
    assert not (tmp_path / "bad").exists()
    assert _leftovers(tmp_path) == []


def test_full_disk_leaves_nothing_half_written(
    model_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    real_open = open

    class _Full:
        def __init__(self, path: str, mode: str) -> None:
            self._file = real_open(path, mode)

        def __enter__(self) -> _Full:
            return self

        def __exit__(self, *exc: object) -> None:
            self._file.close()

        def write(self, data: bytes) -> int:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    # The package re-exports the function `acquire`, so reach the module itself.
    module = importlib.import_module("mlward.provenance.acquire")
    monkeypatch.setattr(module, "open", _Full, raising=False)
    assert main(["acquire", str(model_dir), "--to", str(tmp_path / "full")]) == 2
    assert "disk full" in capsys.readouterr().err
    assert not (tmp_path / "full").exists()
    assert _leftovers(tmp_path) == []


def test_existing_destination_is_not_overwritten(model_dir: Path, tmp_path: Path) -> None:
    target = tmp_path / "taken"
    target.mkdir()
    (target / "keep.txt").write_text("mine")
    assert main(["acquire", str(model_dir), "--to", str(target)]) == 2
    assert (target / "keep.txt").read_text() == "mine"


@pytest.fixture
def s3(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    moto_server = pytest.importorskip("moto.server", reason="moto[server] not installed")
    pytest.importorskip("s3fs", reason="s3fs not installed")
    boto3 = pytest.importorskip("boto3")
    for name, value in (
        ("AWS_ACCESS_KEY_ID", "testing"),
        ("AWS_SECRET_ACCESS_KEY", "testing"),
        ("AWS_DEFAULT_REGION", "us-east-1"),
    ):
        monkeypatch.setenv(name, value)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = moto_server.ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    endpoint = f"http://127.0.0.1:{port}"
    client = boto3.client("s3", endpoint_url=endpoint, region_name="us-east-1")
    client.create_bucket(Bucket="approved-models")
    for name, data in FILES.items():
        client.put_object(Bucket="approved-models", Key=f"tiny/{name}", Body=data)
    try:
        yield endpoint
    finally:
        server.stop()


def test_s3_prefix_is_acquired(s3: str, tmp_path: Path) -> None:
    target = tmp_path / "from-s3"
    assert (
        main(
            [
                "acquire",
                "s3://approved-models/tiny",
                "--to",
                str(target),
                "--s3-endpoint",
                s3,
                "--sha256",
                f"model.safetensors={_sha(WEIGHTS)}",
            ]
        )
        == 0
    )
    assert (target / "model.safetensors").read_bytes() == WEIGHTS
    assert (target / "sub" / "tokenizer.json").read_bytes() == b"{}"


def test_s3_missing_prefix_and_digest_mismatch(
    s3: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        main(["acquire", "s3://approved-models/absent", "--to", str(tmp_path / "a"), "--s3-endpoint", s3])
        == 2
    )
    assert "s3://approved-models/absent" in capsys.readouterr().err
    assert (
        main(
            [
                "acquire",
                "s3://approved-models/tiny",
                "--to",
                str(tmp_path / "b"),
                "--s3-endpoint",
                s3,
                "--sha256",
                "config.json=" + "0" * 64,
            ]
        )
        == 1
    )
    assert not (tmp_path / "a").exists()
    assert not (tmp_path / "b").exists()
    assert _leftovers(tmp_path) == []


def test_expected_manifest_and_misplaced_revision(model_dir: Path, tmp_path: Path) -> None:
    assert main(["manifest", str(model_dir), "--output", str(tmp_path / "expected.json")]) == 0
    assert (
        main(
            [
                "acquire",
                str(model_dir),
                "--to",
                str(tmp_path / "a"),
                "--expect-manifest",
                str(tmp_path / "expected.json"),
            ]
        )
        == 0
    )
    (model_dir / "config.json").write_text('{"architectures": ["Swapped"]}')
    assert (
        main(
            [
                "acquire",
                str(model_dir),
                "--to",
                str(tmp_path / "b"),
                "--expect-manifest",
                str(tmp_path / "expected.json"),
            ]
        )
        == 1
    )
    assert main(["acquire", str(model_dir), "--to", str(tmp_path / "c"), "--revision", COMMIT]) == 2
    assert not (tmp_path / "b").exists()
    assert not (tmp_path / "c").exists()
    assert _leftovers(tmp_path) == []


def test_hub_token_is_not_sent_to_another_host(
    hub: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HF_TOKEN", "hf_secret")
    _Hub.redirect_to = hub.replace("127.0.0.1", "localhost")  # same server, another host name
    acquire("hf://acme/tiny", str(tmp_path / "tiny"), AcquireOptions(endpoint=hub))
    assert (tmp_path / "tiny" / "model.safetensors").read_bytes() == WEIGHTS
    assert _Hub.seen_auth["/api/models/acme/tiny/revision/main?blobs=true"] == "Bearer hf_secret"
    assert _Hub.seen_auth["/cdn/model.safetensors"] is None


def test_hub_git_blob_mismatch_is_refused(hub: str, tmp_path: Path) -> None:
    _Hub.blob_ids = {"config.json": "1" * 40}
    with pytest.raises(AcquisitionRefused, match=r"config\.json: git blob id"):
        acquire("hf://acme/tiny", str(tmp_path / "tiny"), AcquireOptions(endpoint=hub))
    assert not (tmp_path / "tiny").exists()
    assert _leftovers(tmp_path) == []
