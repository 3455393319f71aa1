"""Verification failure paths: each ends in a clear message and exit 1 (failed) or 2 (unusable input)."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest

from mlward.cli import main
from mlward.provenance.verifying import SigstoreIdentity, bundle_kind, payload_of, verify_signature

from .conftest import write_key_pair


@pytest.fixture
def signed(model_dir: Path, keypair: tuple[Path, Path]) -> Path:
    assert main(["sign", str(model_dir), "--key", str(keypair[0]), "--no-ledger"]) == 0
    return model_dir / "model.sig"


def test_clean_model_verifies_and_json_names_the_signer(
    signed: Path, model_dir: Path, keypair: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert main(["verify", str(model_dir), "--key", str(keypair[1]), "--format", "json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["schema"] == "mlward.report/1"
    assert report["verification"]["verified"] is True
    assert report["verification"]["kind"] == "key"
    assert len(report["targets"]) == 3


def test_wrong_key_fails(
    signed: Path, model_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, other_public = write_key_pair(tmp_path, "other")
    assert main(["verify", str(model_dir), "--key", str(other_public)]) == 1
    assert "provenance.signature-invalid" in capsys.readouterr().out


def test_missing_key_is_unusable_input(
    signed: Path, model_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["verify", str(model_dir), "--key", str(tmp_path / "absent.pub")]) == 2
    assert "cannot read the key" in capsys.readouterr().err


def test_private_key_given_for_verification_is_refused(
    signed: Path, model_dir: Path, keypair: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["verify", str(model_dir), "--key", str(keypair[0])]) == 2
    assert "verify with the public key" in capsys.readouterr().err


def test_missing_signature_is_unusable_input(
    model_dir: Path, keypair: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["verify", str(model_dir), "--key", str(keypair[1])]) == 2
    assert "no signature file" in capsys.readouterr().err


@pytest.mark.parametrize("damage", ["truncate", "payload", "signature"])
def test_corrupted_signature_fails(
    signed: Path, model_dir: Path, keypair: tuple[Path, Path], damage: str
) -> None:
    bundle = json.loads(signed.read_text())
    if damage == "truncate":
        signed.write_text(signed.read_text()[:100])
    else:
        envelope = bundle["dsseEnvelope"]
        if damage == "payload":
            # Claim a different digest for config.json: the statement no longer matches its signature.
            statement = json.loads(base64.b64decode(envelope["payload"]))
            statement["predicate"]["resources"][0]["digest"] = "00" * 32
            envelope["payload"] = base64.b64encode(json.dumps(statement).encode()).decode()
        else:
            raw = bytearray(base64.b64decode(envelope["signatures"][0]["sig"]))
            raw[10] ^= 0xFF
            envelope["signatures"][0]["sig"] = base64.b64encode(bytes(raw)).decode()
        signed.write_text(json.dumps(bundle))
    report = verify_signature(model_dir, key=str(keypair[1]))
    assert [f.rule for f in report.findings] == ["provenance.signature-invalid"]
    assert report.extra["verification"]["verified"] is False
    assert main(["verify", str(model_dir), "--key", str(keypair[1])]) == 1


def test_tampered_files_are_each_reported(signed: Path, model_dir: Path, keypair: tuple[Path, Path]) -> None:
    (model_dir / "model.safetensors").write_bytes(b"swapped weights")
    (model_dir / "tokenizer" / "vocab.txt").unlink()
    (model_dir / "tokenizer" / "evil.pkl").write_bytes(b"\x80\x04N.")
    report = verify_signature(model_dir, key=str(keypair[1]))
    assert sorted((f.rule, f.path) for f in report.findings) == [
        ("provenance.file-added", "tokenizer/evil.pkl"),
        ("provenance.file-changed", "model.safetensors"),
        ("provenance.file-removed", "tokenizer/vocab.txt"),
    ]


def test_signature_elsewhere_and_a_stray_model_sig(
    signed: Path, model_dir: Path, keypair: tuple[Path, Path], tmp_path: Path
) -> None:
    moved = tmp_path / "release.sig"
    signed.rename(moved)
    assert main(["verify", str(model_dir), "--key", str(keypair[1]), "--signature", str(moved)]) == 0
    assert payload_of(moved)["predicateType"] == "https://model_signing/signature/v1.0"


def test_keyless_bundle_needs_an_identity_and_a_trust_root(
    model_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bundle = {
        "mediaType": "application/vnd.dev.sigstore.bundle.v0.3+json",
        "verificationMaterial": {"certificate": {"rawBytes": "AAAA"}, "tlogEntries": []},
        "dsseEnvelope": {"payload": "", "payloadType": "application/vnd.in-toto+json", "signatures": []},
    }
    signature = model_dir / "model.sig"
    signature.write_text(json.dumps(bundle))
    assert bundle_kind(bundle) == "sigstore"
    assert main(["verify", str(model_dir), "--certificate-chain", str(signature)]) == 2
    assert main(["verify", str(model_dir), "--identity", "release@example.com"]) == 2
    assert "--identity needs --oidc-issuer" in capsys.readouterr().err
    trust = tmp_path / "trust.json"
    trust.write_text("{}")
    code = main(
        [
            "verify",
            str(model_dir),
            "--identity",
            "release@example.com",
            "--oidc-issuer",
            "https://issuer.example",
            "--trust-config",
            str(trust),
        ]
    )
    assert code == 2
    assert "cannot set up Sigstore verification" in capsys.readouterr().err


def test_signature_without_key_is_a_usage_error(
    signed: Path, model_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["verify", str(model_dir), "--signature", str(signed)]) == 2
    assert "--signature needs --key" in capsys.readouterr().err


def test_revoked_signature_fails_even_when_it_verifies(
    signed: Path, model_dir: Path, keypair: tuple[Path, Path]
) -> None:
    import hashlib

    from mlward.provenance.ledger import Ledger

    with Ledger.open() as ledger:
        ledger.append(
            "revoked",
            artifact=str(model_dir),
            details={"revoked_signatures": [hashlib.sha256(signed.read_bytes()).hexdigest()]},
        )
    report_code = main(["verify", str(model_dir), "--key", str(keypair[1])])
    assert report_code == 1
    report = verify_signature(
        model_dir, key=str(keypair[1]), revoked=frozenset({hashlib.sha256(signed.read_bytes()).hexdigest()})
    )
    assert [f.rule for f in report.findings] == ["provenance.signature-revoked"]


@pytest.fixture
def offline(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No route to Sigstore: every HTTP(S) request goes to a proxy port where nothing listens, and the
    TUF cache starts empty, so the test behaves the same on a machine with network access."""
    for name in ("HTTPS_PROXY", "HTTP_PROXY", "https_proxy", "http_proxy"):
        monkeypatch.setenv(name, "http://127.0.0.1:9")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))


@pytest.mark.usefixtures("offline")
def test_keyless_offline_fails_clearly(model_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["sign", str(model_dir), "--keyless", "--identity-token", "not-a-jwt", "--no-ledger"]) == 2
    assert "sign with --key offline" in capsys.readouterr().err
    assert not (model_dir / "model.sig").exists()
    bundle = {
        "mediaType": "application/vnd.dev.sigstore.bundle.v0.3+json",
        "verificationMaterial": {"certificate": {"rawBytes": "AAAA"}, "tlogEntries": []},
        "dsseEnvelope": {"payload": "", "payloadType": "application/vnd.in-toto+json", "signatures": []},
    }
    (model_dir / "model.sig").write_text(json.dumps(bundle))
    code = main(["verify", str(model_dir), "--identity", "a@example.com", "--oidc-issuer", "https://issuer"])
    assert code == 2
    assert "pass --trust-config" in capsys.readouterr().err


def test_fail_on_cannot_wave_a_failed_verification_through(
    signed: Path, model_dir: Path, keypair: tuple[Path, Path]
) -> None:
    (model_dir / "config.json").write_text("{}")
    assert main(["verify", str(model_dir), "--key", str(keypair[1]), "--fail-on", "critical"]) == 1


@pytest.mark.usefixtures("offline")
def test_keyless_verification_with_a_trust_config_works_offline(model_dir: Path, tmp_path: Path) -> None:
    import sigstore

    # The public-good trust root that sigstore-python ships, as a ClientTrustConfig file.
    store = Path(sigstore.__file__).parent / "_store" / "https%3A%2F%2Ftuf-repo-cdn.sigstore.dev"
    if not (store / "trusted_root.json").is_file():
        pytest.skip("this sigstore version ships no embedded trusted root")
    trust = tmp_path / "trust.json"
    trust.write_text(
        json.dumps(
            {
                "mediaType": "application/vnd.dev.sigstore.clienttrustconfig.v0.1+json",
                "trustedRoot": json.loads((store / "trusted_root.json").read_text()),
                "signingConfig": json.loads((store / "signing_config.v0.2.json").read_text()),
            }
        )
    )
    forged = {
        "mediaType": "application/vnd.dev.sigstore.bundle.v0.3+json",
        "verificationMaterial": {"certificate": {"rawBytes": "AAAA"}, "tlogEntries": []},
        "dsseEnvelope": {"payload": "", "payloadType": "application/vnd.in-toto+json", "signatures": []},
    }
    (model_dir / "model.sig").write_text(json.dumps(forged))
    report = verify_signature(
        model_dir,
        sigstore=SigstoreIdentity("release@example.com", "https://accounts.example.com", str(trust)),
    )
    # The trust root loaded without the network; the forged bundle is then rejected as a bad signature.
    assert [f.rule for f in report.findings] == ["provenance.signature-invalid"]
