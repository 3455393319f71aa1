"""Sign a model in the OpenSSF model-signing format (a Sigstore bundle over a DSSE in-toto statement).

We build on the `model-signing` library for the format: its manifest, its in-toto payload, its bundle
and, for keyless signing, its Sigstore signer. Two things are ours. The digests come from
`provenance.manifest` (the same walk as the scanner, faster hashing), converted into the library's
manifest, so the statement is byte-for-byte what the library would sign. And the key operation goes
through a `KeyProvider`, so a key can stay in a secret store (Vault transit) instead of a file.

The bundle layout mirrors `model_signing._signing.sign_ec_key.Signer` and
`sign_certificate.Signer` of model-signing 1.1.1 (pinned below 2 in pyproject.toml because these
modules are private). Interoperability with the library is tested in both directions.
"""

from __future__ import annotations

import base64
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from mlward.errors import MlwardError, UsageError
from mlward.files.access import display_path
from mlward.provenance import keys
from mlward.provenance.manifest import DEFAULT_IGNORED, SIGNATURE_NAME, Manifest, build_manifest, write_atomic

IN_TOTO_PAYLOAD_TYPE = "application/vnd.in-toto+json"
BUNDLE_MEDIA_TYPE = "application/vnd.dev.sigstore.bundle.v0.3+json"


def default_signature_path(model: str | os.PathLike[str]) -> str:
    """`model.sig` inside a model directory (as the OpenSSF tool does), `<file>.sig` beside a file."""
    top = os.fspath(model)
    return os.path.join(top, SIGNATURE_NAME) if os.path.isdir(top) else top + ".sig"


def ignore_list(model: str | os.PathLike[str], signature: str | os.PathLike[str],
                extra: Iterable[str] = ()) -> list[str]:
    """Paths left out of the signed manifest: mlward's defaults, the signature file, `extra`."""
    names = list(DEFAULT_IGNORED)
    top = os.path.abspath(os.fspath(model))
    sig = os.path.abspath(os.fspath(signature))
    if os.path.isdir(top) and sig.startswith(top.rstrip(os.sep) + os.sep):
        names.append(PurePosixPath(*os.path.relpath(sig, top).split(os.sep)).as_posix())
    names.extend(p.strip("/") for p in extra)
    return list(dict.fromkeys(names))


def to_library_manifest(manifest: Manifest, ignore_paths: Sequence[str]) -> Any:
    """Our manifest as a `model_signing.manifest.Manifest` (file serialization)."""
    from model_signing import manifest as ms_manifest
    from model_signing._hashing import hashing as ms_hashing

    if manifest.algorithm != "sha256":
        raise UsageError("signatures use SHA-256 file digests (the model-signing default); "
                         f"got {manifest.algorithm}")
    serialization = ms_manifest._FileSerialization(  # private, see the module docstring
        "sha256", False, [Path(p) for p in ignore_paths])
    items = [
        ms_manifest.FileManifestItem(path=PurePosixPath(name),
                                     digest=ms_hashing.Digest("sha256", bytes.fromhex(digest)))
        for name, digest in manifest.digests.items()
    ]
    return ms_manifest.Manifest(manifest.name or "model", items, serialization)


def _provider_signer(provider: keys.KeyProvider, chain: Sequence[Any] = ()) -> Any:
    """A model-signing `Signer` whose key operation is done by a KeyProvider."""
    from cryptography.hazmat.primitives import serialization
    from google.protobuf import json_format
    from model_signing._signing import sign_sigstore_pb as sigstore_pb
    from model_signing._signing import signing as ms_signing
    from sigstore_models import intoto as intoto_pb
    from sigstore_models.bundle import v1 as bundle_pb
    from sigstore_models.common import v1 as common_pb

    class ProviderSigner(sigstore_pb.Signer):
        """model-signing's key-signer bundle layout, with the key operation delegated."""

        def sign(self, payload: Any) -> Any:
            """A bundle: DSSE envelope over the in-toto payload, signed by the provider."""
            raw_payload = json_format.MessageToJson(payload.statement.pb).encode("utf-8")
            signature = provider.sign(sigstore_pb.pae(raw_payload))
            envelope = intoto_pb.Envelope(
                payload=base64.b64encode(raw_payload),
                payload_type=ms_signing._IN_TOTO_JSON_PAYLOAD_TYPE,
                signatures=[intoto_pb.Signature(sig=base64.b64encode(signature), keyid="")],
            )
            if chain:
                certificates = [
                    common_pb.X509Certificate(raw_bytes=base64.b64encode(
                        cert.public_bytes(encoding=serialization.Encoding.DER)))
                    for cert in chain
                ]
                material = bundle_pb.VerificationMaterial(
                    x509_certificate_chain=common_pb.X509CertificateChain(certificates=certificates),
                    tlog_entries=[])
            else:
                material = bundle_pb.VerificationMaterial(
                    public_key=common_pb.PublicKeyIdentifier(hint=keys.key_id(provider.public_key())),
                    tlog_entries=[])
            return sigstore_pb.Signature(bundle_pb.Bundle(
                media_type="application/vnd.dev.sigstore.bundle.v0.3+json",
                verification_material=material,
                dsse_envelope=envelope,
            ))

    return ProviderSigner()


def _load_chain(provider: keys.KeyProvider, certificate: str, chain: Sequence[str]) -> list[Any]:
    from cryptography import x509

    from mlward.files.access import open_regular

    certs: list[Any] = []
    for path in [certificate, *chain]:
        try:
            with open_regular(path) as handle:
                certs.extend(x509.load_pem_x509_certificates(handle.read(1 << 20)))
        except (MlwardError, ValueError) as exc:
            raise keys.KeyUnusable(f"{display_path(path)}: not a readable PEM certificate ({exc})") from exc
    if not certs or certs[0].public_key() != provider.public_key():
        raise keys.KeyUnusable(f"{display_path(certificate)}: the certificate's public key does not "
                               f"match the signing key {provider.description}")
    return certs


@dataclass(frozen=True, slots=True)
class Signed:
    """What `sign` did: the signature written, the model's root digest, the key that signed."""

    signature: str
    root_digest: str
    files: int
    signer: str
    signature_sha256: str


@dataclass(frozen=True, slots=True)
class Keyless:
    """Options for Sigstore keyless signing (needs the network: Fulcio, Rekor, an OIDC provider)."""

    identity_token: str | None = None
    oidc_issuer: str | None = None
    use_staging: bool = False
    trust_config: str | None = None
    use_ambient_credentials: bool = True
    client_id: str | None = None


def sign(
    model: str | os.PathLike[str],
    *,
    key: keys.KeyProvider | str | None = None,
    signature: str | os.PathLike[str] | None = None,
    certificate: str | None = None,
    chain: Sequence[str] = (),
    keyless: Keyless | None = None,
    ignore: Iterable[str] = (),
    jobs: int | None = None,
) -> Signed:
    """Sign the model at `model` and write the bundle to `signature` (default: `model.sig`).

    Exactly one of `key` (a KeyProvider or a key specification, see `keys`) or `keyless` is used. With
    `certificate` (and `chain`), the bundle carries the certificate chain instead of a key hint.
    """
    if not os.path.exists(model):
        raise UsageError(f"{display_path(model)}: no such model file or directory")
    sig_path = os.fspath(signature) if signature else default_signature_path(model)
    ignore_paths = ignore_list(model, sig_path, ignore)
    manifest = build_manifest(model, jobs=jobs, ignore=ignore_paths)
    if not manifest.digests:
        raise UsageError(f"{display_path(model)}: no files to sign")
    from model_signing._signing import signing as ms_signing

    if os.path.isfile(model):
        # model-signing names the one file of a single-file model "." (its path relative to itself).
        [(_, digest)] = manifest.digests.items()
        manifest = Manifest(manifest.algorithm, {".": digest}, {".": manifest.total_size}, manifest.name)
    payload = ms_signing.Payload(to_library_manifest(manifest, ignore_paths))
    if keyless is not None:
        signer, who = _keyless_signer(keyless), "sigstore keyless"
    else:
        if key is None:
            raise UsageError("sign needs --key (or keyless Sigstore signing)")
        provider = keys.private_key(key) if isinstance(key, str) else key
        certs = _load_chain(provider, certificate, chain) if certificate else []
        signer, who = _provider_signer(provider, certs), provider.description
    try:
        bundle = signer.sign(payload)
        text = bundle.bundle.to_json()
    except MlwardError:
        raise
    except Exception as exc:  # network, OIDC and Sigstore errors surface as many types
        raise MlwardError(f"signing failed ({who}): {type(exc).__name__}: {exc}") from exc
    data = text.encode("utf-8")
    write_atomic(sig_path, data)
    import hashlib

    return Signed(sig_path, manifest.root_digest(), len(manifest.digests), who,
                  hashlib.sha256(data).hexdigest())


def _keyless_signer(options: Keyless) -> Any:
    from model_signing._signing import sign_sigstore

    trust = Path(options.trust_config) if options.trust_config else None
    if trust is not None and not trust.is_file():
        raise UsageError(f"{options.trust_config}: trust configuration file not found")
    try:
        return sign_sigstore.Signer(
            oidc_issuer=options.oidc_issuer,
            use_ambient_credentials=options.use_ambient_credentials,
            use_staging=options.use_staging,
            identity_token=options.identity_token,
            force_oob=True,
            client_id=options.client_id,
            trust_config=trust,
        )
    except Exception as exc:
        raise MlwardError(
            f"Sigstore keyless signing is unavailable: {type(exc).__name__}: {exc}. It needs network "
            "access to Sigstore (or --trust-config for a private instance); sign with --key offline."
        ) from exc
