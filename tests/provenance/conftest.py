"""Shared fixtures for the provenance tests: an isolated mlward home, EC keys, a small model folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own mlward home (and so its own default ledger), and no network hub."""
    home = tmp_path / "mlward-home"
    monkeypatch.setenv("MLWARD_HOME", str(home))
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    for name in (
        "MLWARD_DATABASE_URL",
        "MLWARD_KEY_PASSWORD",
        "VAULT_ADDR",
        "VAULT_TOKEN",
        "HF_ENDPOINT",
        "HF_TOKEN",
        "AWS_ENDPOINT_URL",
    ):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("MLWARD_OPERATOR", "tester@ci")
    return home


def write_key_pair(
    folder: Path, name: str = "key", curve: ec.EllipticCurve | None = None, password: bytes | None = None
) -> tuple[Path, Path]:
    """An EC key pair as PEM files (private PKCS#8, public SubjectPublicKeyInfo)."""
    key = ec.generate_private_key(curve or ec.SECP256R1())
    encryption: serialization.KeySerializationEncryption = (
        serialization.BestAvailableEncryption(password) if password else serialization.NoEncryption()
    )
    private = folder / f"{name}.pem"
    public = folder / f"{name}.pub"
    private.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, encryption)
    )
    public.write_bytes(
        key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
    )
    return private, public


@pytest.fixture
def keypair(tmp_path: Path) -> tuple[Path, Path]:
    """A P-256 key pair, the OpenSSF tool's usual choice."""
    folder = tmp_path / "keys"
    folder.mkdir()
    return write_key_pair(folder)


@pytest.fixture
def model_dir(tmp_path: Path) -> Path:
    """A small model folder: a weight file, a config, a nested tokenizer file."""
    root = tmp_path / "model"
    (root / "tokenizer").mkdir(parents=True)
    (root / "model.safetensors").write_bytes(os.urandom(300_000))
    (root / "config.json").write_text('{"architectures": ["TinyModel"]}')
    (root / "tokenizer" / "vocab.txt").write_text("a\nb\nc\n")
    return root
