"""Key providers: PEM files, environment variables, and HashiCorp Vault's transit engine (a local stub
server that answers like Vault's transit HTTP API, so the key never leaves "Vault")."""

from __future__ import annotations

import base64
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import model_signing
import pytest
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec

from mlward.cli import main
from mlward.provenance.keys import KeyUnusable, VaultTransitKey, private_key, public_key

TOKEN = "s.test-token"


class _Vault(BaseHTTPRequestHandler):
    key = ec.generate_private_key(ec.SECP256R1())
    signed = 0

    def log_message(self, *args: object) -> None:
        pass

    def _answer(self, status: int, body: dict[str, object]) -> None:
        raw = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(raw)))
        self.end_headers()
        self.wfile.write(raw)

    def _authorized(self) -> bool:
        if self.headers.get("X-Vault-Token") != TOKEN:
            self._answer(403, {"errors": ["permission denied"]})
            return False
        return True

    def do_GET(self) -> None:
        if not self._authorized():
            return
        if self.path != "/v1/transit/keys/release":
            self._answer(404, {"errors": []})
            return
        pem = self.key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
        self._answer(200, {"data": {"type": "ecdsa-p256", "keys": {"1": {"public_key": pem.decode()}}}})

    def do_POST(self) -> None:
        if not self._authorized():
            return
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        if self.path != "/v1/transit/sign/release/sha2-256" or body.get("marshaling_algorithm") != "asn1":
            self._answer(400, {"errors": ["unsupported"]})
            return
        signature = self.key.sign(base64.b64decode(body["input"]), ec.ECDSA(hashes.SHA256()))
        type(self).signed += 1
        self._answer(200, {"data": {"signature": "vault:v1:" + base64.b64encode(signature).decode()}})


@pytest.fixture
def vault(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Vault)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    address = f"http://127.0.0.1:{server.server_address[1]}"
    monkeypatch.setenv("VAULT_ADDR", address)
    monkeypatch.setenv("VAULT_TOKEN", TOKEN)
    try:
        yield address
    finally:
        server.shutdown()
        server.server_close()


def test_vault_key_signs_without_handing_out_the_private_key(
    vault: str, model_dir: Path, tmp_path: Path
) -> None:
    before = _Vault.signed
    assert main(["sign", str(model_dir), "--key", "vault:release"]) == 0
    assert _Vault.signed == before + 1
    assert main(["verify", str(model_dir), "--key", "vault:release"]) == 0
    exported = tmp_path / "release.pub"
    exported.write_bytes(
        _Vault.key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
    )
    assert main(["verify", str(model_dir), "--key", str(exported)]) == 0
    model_signing.verifying.Config().use_elliptic_key_verifier(public_key=exported).verify(
        model_dir, model_dir / "model.sig"
    )


def test_vault_key_signs_ledger_entries(vault: str, tmp_path: Path) -> None:
    from mlward.provenance.ledger import Ledger

    with Ledger.open(f"sqlite:///{tmp_path / 'l.db'}") as ledger:
        ledger.append("promoted", artifact="m", key=private_key("vault:release"))
        assert ledger.verify(public_key=public_key("vault:release"), require_signatures=True).ok


def test_wrong_vault_token_is_a_clear_error(
    vault: str, model_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("VAULT_TOKEN", "wrong")
    assert main(["sign", str(model_dir), "--key", "vault:release"]) == 2
    assert "Vault answered 403" in capsys.readouterr().err
    assert not (model_dir / "model.sig").exists()


def test_unreachable_vault_and_missing_settings(model_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(KeyUnusable, match="set VAULT_ADDR and VAULT_TOKEN"):
        VaultTransitKey("release")
    monkeypatch.setenv("VAULT_ADDR", "http://127.0.0.1:9")  # discard port: nothing listens
    monkeypatch.setenv("VAULT_TOKEN", TOKEN)
    with pytest.raises(KeyUnusable, match="cannot reach Vault"):
        VaultTransitKey("release", timeout=5).public_key()


def test_env_and_file_keys(
    tmp_path: Path, keypair: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.raises(KeyUnusable, match="SIGNING_KEY is not set"):
        private_key("env:SIGNING_KEY")
    monkeypatch.setenv("SIGNING_KEY", "not a key")
    with pytest.raises(KeyUnusable, match="not a PEM private key"):
        private_key("env:SIGNING_KEY")
    monkeypatch.setenv("SIGNING_KEY", keypair[0].read_text())
    signer = private_key("env:SIGNING_KEY")
    assert signer.public_key() == public_key(f"file:{keypair[1]}")
    with pytest.raises(KeyUnusable, match="cannot read the key"):
        private_key(str(tmp_path / "absent.pem"))
