"""Where signing keys come from: a PEM file, an environment variable, or a key service (Vault transit).

A `KeyProvider` never has to hand its private key out: it signs bytes and tells its public key. That is
what lets a secret store (HashiCorp Vault's transit engine) keep the key while mlward signs with it.

Key specifications, as `--key` takes them:
- `PATH` or `file:PATH` — a PEM file (private key for signing, public key or certificate for verifying);
  an encrypted private key takes its password from `MLWARD_KEY_PASSWORD`.
- `env:NAME` — the PEM text in environment variable NAME.
- `vault:KEY` — the transit key KEY at `VAULT_ADDR`, authenticated by `VAULT_TOKEN`
  (mount `transit`, or `MLWARD_VAULT_TRANSIT_MOUNT`).
"""

from __future__ import annotations

import base64
import json
import os
import urllib.error
import urllib.parse
import urllib.request
from typing import TYPE_CHECKING, Protocol

from mlward.errors import MlwardError, UsageError
from mlward.files.access import display_path, open_regular

if TYPE_CHECKING:  # cryptography is imported when a key is used, not when mlward is
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec

SUPPORTED_CURVES = {"secp256r1": "SHA256", "secp384r1": "SHA384", "secp521r1": "SHA512"}
_MAX_KEY_FILE = 1 << 20


class KeyUnusable(MlwardError):
    """A key could not be found, read, or used (wrong type, wrong password, unreachable service)."""


def hash_for(public_key: ec.EllipticCurvePublicKey) -> hashes.HashAlgorithm:
    """The hash the OpenSSF format pairs with a curve: SHA-256 for P-256, and so on."""
    from cryptography.hazmat.primitives import hashes

    try:
        algorithm: hashes.HashAlgorithm = getattr(hashes, SUPPORTED_CURVES[public_key.curve.name])()
        return algorithm
    except KeyError:
        raise KeyUnusable(
            f"unsupported curve {public_key.curve.name}; use an EC key on P-256, P-384 or P-521") from None


def key_id(public_key: ec.EllipticCurvePublicKey) -> str:
    """SHA-256 of the PEM public key: the hint model-signing writes into a bundle."""
    import hashlib

    from cryptography.hazmat.primitives import serialization

    pem = public_key.public_bytes(serialization.Encoding.PEM,
                                  serialization.PublicFormat.SubjectPublicKeyInfo)
    return hashlib.sha256(pem).hexdigest()


class KeyProvider(Protocol):
    """Signs bytes with an EC private key it may keep to itself, and tells the public half."""

    description: str

    def public_key(self) -> ec.EllipticCurvePublicKey:
        """The public key that verifies this provider's signatures."""
        ...

    def sign(self, data: bytes) -> bytes:
        """A DER-encoded ECDSA signature over data, hashed with `hash_for(public_key())`."""
        ...


class PemKey:
    """A private key held in memory, loaded from PEM text (a file or an environment variable)."""

    def __init__(self, pem: bytes, description: str, password: bytes | None = None) -> None:
        from cryptography.hazmat.primitives import serialization
        from cryptography.hazmat.primitives.asymmetric import ec

        self.description = description
        try:
            key = serialization.load_pem_private_key(pem, password)
        except TypeError as exc:
            raise KeyUnusable(
                f"{description}: the key is encrypted; set MLWARD_KEY_PASSWORD" if password is None
                else f"{description}: the key is not encrypted; unset MLWARD_KEY_PASSWORD") from exc
        except ValueError as exc:
            raise KeyUnusable(f"{description}: not a PEM private key, or a wrong password ({exc})") from exc
        if not isinstance(key, ec.EllipticCurvePrivateKey):
            raise KeyUnusable(f"{description}: not an elliptic-curve private key; the OpenSSF "
                              "model-signing format uses EC keys (P-256, P-384, P-521)")
        hash_for(key.public_key())
        self._key = key

    def public_key(self) -> ec.EllipticCurvePublicKey:
        """The public half."""
        return self._key.public_key()

    def sign(self, data: bytes) -> bytes:
        """ECDSA over data."""
        from cryptography.hazmat.primitives.asymmetric import ec

        return self._key.sign(data, ec.ECDSA(hash_for(self._key.public_key())))


class VaultTransitKey:
    """An EC key kept in HashiCorp Vault's transit secrets engine; it signs and never leaves Vault.

    Uses the transit HTTP API directly: `GET /v1/<mount>/keys/<name>` for the public key and
    `POST /v1/<mount>/sign/<name>/<hash>` with `marshaling_algorithm=asn1` for a DER signature.
    """

    def __init__(self, name: str, *, address: str | None = None, token: str | None = None,
                 mount: str | None = None, timeout: float = 30.0) -> None:
        self.name = name
        self.address = (address or os.environ.get("VAULT_ADDR") or "").rstrip("/")
        self.token = token or os.environ.get("VAULT_TOKEN") or ""
        self.mount = (mount or os.environ.get("MLWARD_VAULT_TRANSIT_MOUNT") or "transit").strip("/")
        self.timeout = timeout
        self.description = f"vault:{name}"
        if not self.address or not self.token:
            raise KeyUnusable(
                f"{self.description}: set VAULT_ADDR and VAULT_TOKEN to use a Vault transit key")
        self._public: ec.EllipticCurvePublicKey | None = None

    def _call(self, method: str, path: str, body: dict[str, object] | None = None) -> dict[str, object]:
        url = f"{self.address}/v1/{self.mount}/{path}"
        raw = json.dumps(body).encode() if body is not None else None
        request = urllib.request.Request(url, data=raw, method=method,
                                         headers={"X-Vault-Token": self.token,
                                                  "Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                answer = json.loads(response.read(1 << 20))
        except urllib.error.HTTPError as exc:
            detail = exc.read(4096).decode("utf-8", "replace")
            raise KeyUnusable(f"{self.description}: Vault answered {exc.code} for {path}: {detail}") from exc
        except (urllib.error.URLError, OSError, ValueError) as exc:
            raise KeyUnusable(f"{self.description}: cannot reach Vault at {self.address}: {exc}") from exc
        if not isinstance(answer, dict) or not isinstance(answer.get("data"), dict):
            raise KeyUnusable(f"{self.description}: unexpected answer from Vault for {path}")
        data: dict[str, object] = answer["data"]
        return data

    def public_key(self) -> ec.EllipticCurvePublicKey:
        """The public key of the newest key version."""
        if self._public is None:
            data = self._call("GET", f"keys/{urllib.parse.quote(self.name)}")
            versions = data.get("keys")
            if not isinstance(versions, dict) or not versions:
                raise KeyUnusable(f"{self.description}: Vault reports no key versions")
            latest = versions[str(max(int(v) for v in versions))]
            pem = latest.get("public_key") if isinstance(latest, dict) else None
            if not isinstance(pem, str):
                raise KeyUnusable(f"{self.description}: not an asymmetric key (type {data.get('type')}); "
                                  "create it with type=ecdsa-p256")
            self._public = _public_from_pem(pem.encode(), self.description)
        return self._public

    def sign(self, data: bytes) -> bytes:
        """Ask Vault to sign; Vault hashes the input with the curve's hash and returns DER."""
        algorithm = {"sha256": "sha2-256", "sha384": "sha2-384", "sha512": "sha2-512"}[
            hash_for(self.public_key()).name]
        answer = self._call("POST", f"sign/{urllib.parse.quote(self.name)}/{algorithm}", {
            "input": base64.b64encode(data).decode(), "marshaling_algorithm": "asn1"})
        text = answer.get("signature")
        if not isinstance(text, str) or text.count(":") != 2:
            raise KeyUnusable(f"{self.description}: Vault returned no signature")
        from cryptography.exceptions import InvalidSignature
        from cryptography.hazmat.primitives.asymmetric import ec

        signature = base64.b64decode(text.rsplit(":", 1)[1])
        # Check before use: a misconfigured key or proxy must not produce an unverifiable bundle.
        try:
            self.public_key().verify(signature, data, ec.ECDSA(hash_for(self.public_key())))
        except InvalidSignature as exc:
            raise KeyUnusable(f"{self.description}: Vault's signature does not verify with its key") from exc
        return signature


def _read_pem_source(spec: str) -> tuple[bytes, str]:
    if spec.startswith("env:"):
        name = spec[4:]
        value = os.environ.get(name)
        if not value:
            raise KeyUnusable(f"environment variable {name} is not set or empty")
        return value.encode(), f"env:{name}"
    path = spec.removeprefix("file:")
    try:
        with open_regular(path) as handle:
            return handle.read(_MAX_KEY_FILE), display_path(path)
    except MlwardError as exc:
        raise KeyUnusable(f"cannot read the key: {exc}") from exc


def private_key(spec: str) -> KeyProvider:
    """The signing key named by a specification (path, `file:`, `env:`, `vault:`)."""
    if not spec:
        raise UsageError("no key given")
    if spec.startswith("vault:"):
        return VaultTransitKey(spec[6:])
    pem, description = _read_pem_source(spec)
    password = os.environ.get("MLWARD_KEY_PASSWORD")
    return PemKey(pem, description, password.encode() if password else None)


def _public_from_pem(pem: bytes, description: str) -> ec.EllipticCurvePublicKey:
    from cryptography import x509
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ec

    key: object
    try:
        if b"CERTIFICATE" in pem:
            key = x509.load_pem_x509_certificate(pem).public_key()
        elif b"PRIVATE KEY" in pem:
            raise KeyUnusable(f"{description}: is a private key; verify with the public key")
        else:
            key = serialization.load_pem_public_key(pem)
    except ValueError as exc:
        raise KeyUnusable(f"{description}: not a PEM public key or certificate ({exc})") from exc
    if not isinstance(key, ec.EllipticCurvePublicKey):
        raise KeyUnusable(f"{description}: not an elliptic-curve public key")
    hash_for(key)
    return key


def public_key(spec: str) -> ec.EllipticCurvePublicKey:
    """The verifying key named by a specification (path, `file:`, `env:`, `vault:`)."""
    if not spec:
        raise UsageError("no key given")
    if spec.startswith("vault:"):
        return VaultTransitKey(spec[6:]).public_key()
    pem, description = _read_pem_source(spec)
    return _public_from_pem(pem, description)


def public_pem(key: ec.EllipticCurvePublicKey) -> bytes:
    """PEM (SubjectPublicKeyInfo) of a public key."""
    from cryptography.hazmat.primitives import serialization

    return key.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
