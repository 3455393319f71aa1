"""Check a model against a signature (OpenSSF model-signing bundle) or against an mlward manifest.

Both return a `Report`: a file added, removed or changed is a finding, and so is a signature that does
not verify, so the result renders as text, JSON or SARIF like every other report and exits 1.
Input that cannot be used at all (no signature file, no key, an unreadable model) raises MlwardError
(exit 2).

Rough edges of model-signing 1.1.1 that this module works around (each has a test):
- `model_signing._signing.sign_certificate` imports `OpenSSL` (pyOpenSSL) without declaring it; we
  depend on pyOpenSSL ourselves and turn a missing one into a clear message.
- A shard-based signature does not verify with a guessed hashing configuration: the shard size comes
  back from the protobuf payload as a float and `range()` rejects it. We read the serialization from
  the signed payload ourselves and hash with an explicit integer shard size.
"""

from __future__ import annotations

import base64
import json
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mlward.errors import MlwardError, SignatureInvalid, UnreadableArtifact, UsageError
from mlward.files.access import display_path, open_regular
from mlward.findings import Finding, Report, Severity, Status, Target, rule
from mlward.provenance import keys
from mlward.provenance.manifest import (
    DEFAULT_IGNORED,
    GIT_PATHS,
    Diff,
    Manifest,
    build_manifest,
    compare,
    default_manifest_path,
)
from mlward.provenance.signing import default_signature_path

ATLAS_SUPPLY_CHAIN = "AML.T0010"  # ML Supply Chain Compromise

FILE_ADDED = rule(
    "provenance.file-added",
    "File not covered by the signature or manifest",
    "A file is present in the model that was not there when it was signed or digested. A loader may "
    "read it (an extra pickle, a changed config), so the model is not the one that was approved.",
    "Find out where the file came from; remove it, or re-sign after review.",
    atlas=(ATLAS_SUPPLY_CHAIN,), cwe=("CWE-345",),
)
FILE_REMOVED = rule(
    "provenance.file-removed",
    "Signed file is missing",
    "A file that was signed or digested is gone; the model is incomplete or was restructured.",
    "Restore the file from a trusted copy, or acquire the model again.",
    atlas=(ATLAS_SUPPLY_CHAIN,), cwe=("CWE-345",),
)
FILE_CHANGED = rule(
    "provenance.file-changed",
    "File differs from its signed digest",
    "A file's bytes changed after it was signed or digested: tampering, corruption or an unrecorded "
    "modification.",
    "Do not load this model; restore the file from a trusted copy or acquire the model again.",
    atlas=(ATLAS_SUPPLY_CHAIN,), cwe=("CWE-354",),
)
SIGNATURE_BAD = rule(
    "provenance.signature-invalid",
    "Signature does not verify",
    "The signature is malformed, was made by a different key, or its signed statement was altered. "
    "Nothing about the model's origin can be trusted.",
    "Verify with the publisher's key; if it still fails, treat the model as untrusted.",
    atlas=(ATLAS_SUPPLY_CHAIN,), cwe=("CWE-347",),
)
SIGNATURE_REVOKED = rule(
    "provenance.signature-revoked",
    "Signature was revoked",
    "The ledger records this signature as revoked (its model was decommissioned).",
    "Do not use this model; it was retired on purpose.",
    atlas=(ATLAS_SUPPLY_CHAIN,), cwe=("CWE-299",),
)


@dataclass(frozen=True, slots=True)
class SigstoreIdentity:
    """Who must have signed a keyless bundle, and which trust root to check it against."""

    identity: str
    oidc_issuer: str
    trust_config: str | None = None
    use_staging: bool = False


def _diff_findings(diff: Diff, where: str) -> list[Finding]:
    findings = []
    for path in diff.added:
        findings.append(Finding.of(FILE_ADDED, path, Severity.HIGH,
                                   f"{path} is not in the {where}."))
    for path in diff.removed:
        findings.append(Finding.of(FILE_REMOVED, path, Severity.HIGH,
                                   f"{path} is in the {where} but missing."))
    for path, expected, actual in diff.changed:
        findings.append(Finding.of(FILE_CHANGED, path, Severity.HIGH,
                                   f"{path} does not match the {where}.",
                                   evidence=f"expected {expected[:16]}…, found {actual[:16]}…"))
    return findings


def _targets(manifest: Manifest) -> list[Target]:
    sha = manifest.algorithm == "sha256"
    return [Target(path, "file", manifest.sizes.get(path), digest if sha else None, Status.SCANNED)
            for path, digest in manifest.digests.items()]


def verify_manifest(model: str | os.PathLike[str],
                    manifest_path: str | os.PathLike[str] | None = None,
                    *, jobs: int | None = None) -> Report:
    """Compare the tree with its manifest (default: the one `mlward manifest` wrote)."""
    where = os.fspath(manifest_path) if manifest_path else default_manifest_path(model)
    if not os.path.exists(where):
        raise UsageError(f"{display_path(where)}: no manifest; create one with `mlward manifest "
                         f"{display_path(model)}`, or pass --key to check a signature")
    expected = Manifest.read(where)
    ignore = [*DEFAULT_IGNORED, *_inside(os.fspath(model), where)]
    actual = build_manifest(model, algorithm=expected.algorithm, jobs=jobs, ignore=ignore)
    diff = compare(expected.digests, actual.digests)
    return Report.build(_targets(actual), _diff_findings(diff, "manifest"), kind="verification", extra={
        "verification": {"method": "manifest", "manifest": display_path(where),
                         "root_digest": actual.root_digest(), "verified": diff.clean}})


def _read_bundle(path: str) -> dict[str, Any]:
    try:
        with open_regular(path) as handle:
            data = json.loads(handle.read(256 << 20))
    except UnreadableArtifact as exc:
        raise UsageError(f"no usable signature: {exc}") from exc
    except ValueError as exc:
        raise SignatureInvalid(f"{display_path(path)}: not a JSON signature bundle ({exc})") from exc
    if not isinstance(data, dict) or not isinstance(data.get("verificationMaterial"), dict):
        raise SignatureInvalid(f"{display_path(path)}: not a Sigstore bundle (no verificationMaterial)")
    return data


def bundle_kind(bundle: Mapping[str, Any]) -> str:
    """"key", "certificate" or "sigstore", from the bundle's verification material."""
    material = bundle["verificationMaterial"]
    if "publicKey" in material:
        return "key"
    if "x509CertificateChain" in material:
        return "certificate"
    if "certificate" in material:
        return "sigstore"
    raise SignatureInvalid("the bundle names no key, certificate chain or Sigstore certificate")


def _key_verifier(public_key: Any) -> Any:
    from model_signing._signing import sign_ec_key

    class KeyVerifier(sign_ec_key.Verifier):
        """model-signing's key verifier, given a key object instead of a path."""

        # The library reads the key from a path; ours may come from an env variable or Vault.
        def __init__(self, key: Any) -> None:
            self._public_key = key

    return KeyVerifier(public_key)


def _certificate_verifier(chain: list[str]) -> Any:
    try:
        from model_signing._signing import sign_certificate
    except ImportError as exc:  # model-signing 1.1.1 imports pyOpenSSL without declaring it
        raise MlwardError(f"certificate verification needs pyOpenSSL ({exc}); "
                          "install it with `pip install pyopenssl`") from exc
    for path in chain:
        if not os.path.isfile(path):
            raise UsageError(f"{display_path(path)}: certificate chain file not found")
    return sign_certificate.Verifier([Path(p) for p in chain])


def _sigstore_verifier(who: SigstoreIdentity) -> Any:
    from model_signing._signing import sign_sigstore

    trust = Path(who.trust_config) if who.trust_config else None
    if trust is not None and not trust.is_file():
        raise UsageError(f"{who.trust_config}: trust configuration file not found")
    try:
        return sign_sigstore.Verifier(identity=who.identity, oidc_issuer=who.oidc_issuer,
                                      use_staging=who.use_staging, trust_config=trust)
    except Exception as exc:
        raise MlwardError(
            f"cannot set up Sigstore verification: {type(exc).__name__}: {exc}. Without network "
            "access, pass --trust-config with a trusted root (a ClientTrustConfig JSON file)."
        ) from exc


def _signed_manifest(bundle_path: str, kind: str, verifier: Any) -> Any:
    from model_signing._signing import sign_sigstore, sign_sigstore_pb

    reader = sign_sigstore.Signature if kind == "sigstore" else sign_sigstore_pb.Signature
    try:
        signature = reader.read(Path(bundle_path))
        return verifier.verify(signature)
    except MlwardError:
        raise
    except Exception as exc:  # InvalidSignature, ValueError, KeyError, sigstore's VerificationError…
        detail = str(exc) or type(exc).__name__
        raise SignatureInvalid(f"{display_path(bundle_path)}: {detail}") from exc


def _actual_digests(model: str, serialization: Mapping[str, Any], ignore: list[str],
                    jobs: int | None) -> dict[str, str]:
    from mlward.provenance.manifest import shard_digests

    method = serialization.get("method")
    hash_type = serialization.get("hash_type")
    if method == "files" and hash_type == "sha256":
        return dict(build_manifest(model, jobs=jobs, ignore=ignore).digests)
    if method == "shards" and hash_type == "sha256":
        return shard_digests(model, int(serialization["shard_size"]), jobs=jobs, ignore=ignore)
    # Other hash types (blake2, blake3): the library hashes, with its configuration set explicitly.
    import model_signing

    if hash_type not in ("sha256", "blake2", "blake3"):
        raise SignatureInvalid(f"unknown hash type {hash_type!r} in the signature")
    config = model_signing.hashing.Config()  # type: ignore[no-untyped-call]
    paths = [Path(p) for p in ignore]
    if method == "shards":
        config.use_shard_serialization(hashing_algorithm=hash_type,
                                       shard_size=int(serialization["shard_size"]),
                                       allow_symlinks=bool(serialization.get("allow_symlinks")))
    elif method == "files":
        config.use_file_serialization(hashing_algorithm=hash_type,
                                      allow_symlinks=bool(serialization.get("allow_symlinks")))
    else:
        raise SignatureInvalid(f"unknown serialization method {method!r} in the signature")
    config.set_ignored_paths(paths=paths, ignore_git_paths=True)
    try:
        manifest = config.hash(Path(model))
    except Exception as exc:
        raise MlwardError(f"cannot hash {display_path(model)} as the signature asks: {exc}") from exc
    return {rd.identifier: rd.digest.digest_hex for rd in manifest.resource_descriptors()}


def verify_signature(
    model: str | os.PathLike[str],
    *,
    key: str | None = None,
    signature: str | os.PathLike[str] | None = None,
    certificate_chain: list[str] | None = None,
    sigstore: SigstoreIdentity | None = None,
    revoked: frozenset[str] = frozenset(),
    jobs: int | None = None,
) -> Report:
    """Verify the signature over the model, then every file against the signed digests.

    `key` (a public key specification, see `keys`) checks key-signed bundles; `certificate_chain`
    checks certificate-signed bundles; `sigstore` checks keyless ones. `revoked` holds SHA-256 digests of
    signature files the ledger records as revoked.
    """
    import hashlib

    top = os.fspath(model)
    if not os.path.exists(top):
        raise UsageError(f"{display_path(top)}: no such model file or directory")
    sig_path = os.fspath(signature) if signature else default_signature_path(top)
    if not os.path.exists(sig_path):
        raise UsageError(f"{display_path(sig_path)}: no signature file; sign with `mlward sign` or pass "
                         "--signature")
    findings: list[Finding] = []
    info: dict[str, Any] = {"method": "signature", "signature": display_path(sig_path), "verified": False}
    try:
        with open_regular(sig_path) as handle:
            info["signature_sha256"] = hashlib.sha256(handle.read(256 << 20)).hexdigest()
        if info["signature_sha256"] in revoked:
            findings.append(Finding.of(SIGNATURE_REVOKED, display_path(sig_path), Severity.CRITICAL,
                                       "This signature was revoked when its model was decommissioned."))
        bundle = _read_bundle(sig_path)
        kind = bundle_kind(bundle)
        info["kind"] = kind
        if kind == "key":
            if not key:
                raise UsageError("this signature was made with a key: pass --key PUBLIC_KEY")
            public = keys.public_key(key)
            info["signer"] = keys.key_id(public)
            verifier = _key_verifier(public)
        elif kind == "certificate":
            verifier = _certificate_verifier(certificate_chain or ([key] if key else []))
        else:
            if sigstore is None:
                raise UsageError("this is a Sigstore keyless signature: pass --identity and --oidc-issuer")
            info["signer"] = sigstore.identity
            verifier = _sigstore_verifier(sigstore)
        expected = _signed_manifest(sig_path, kind, verifier)
    except SignatureInvalid as exc:
        findings.append(Finding.of(SIGNATURE_BAD, display_path(sig_path), Severity.CRITICAL,
                                   f"The signature does not verify: {exc}"))
        return Report.build([], findings, kind="verification", extra={"verification": info})
    serialization = expected.serialization_type
    ignore = [*GIT_PATHS, *(str(p) for p in serialization.get("ignore_paths", []))]
    ignore = list(dict.fromkeys([*ignore, *_inside(top, sig_path)]))
    expected_digests = {rd.identifier: rd.digest.digest_hex for rd in expected.resource_descriptors()}
    actual = _actual_digests(top, serialization, ignore, jobs)
    if os.path.isfile(top):
        # A single-file model's one file is named "." in the OpenSSF format (see signing.sign).
        base = os.path.basename(top)
        actual = {"." + name[len(base):] if name.startswith(base) else name: d for name, d in actual.items()}
    diff = _by_file(compare(expected_digests, actual)) if serialization.get("method") == "shards" \
        else compare(expected_digests, actual)
    if os.path.isfile(top):
        diff = _renamed(diff, os.path.basename(top))
    findings.extend(_diff_findings(diff, "signed manifest"))
    root = hashlib.sha256(b"".join(bytes.fromhex(expected_digests[k]) for k in sorted(expected_digests)))
    info.update({"verified": diff.clean and not findings, "root_digest": root.hexdigest(),
                 "files": len(expected_digests), "serialization": dict(serialization)})
    targets = [Target(name, "file", None, digest if serialization.get("method") == "files" else None)
               for name, digest in actual.items()] if serialization.get("method") == "files" else []
    return Report.build(targets, findings, kind="verification", extra={"verification": info})


def _renamed(diff: Diff, name: str) -> Diff:
    """Show a single-file model's "." under its own name."""
    def show(path: str) -> str:
        return name + path[1:] if path == "." or path.startswith(".:") else path

    return Diff(tuple(map(show, diff.added)), tuple(map(show, diff.removed)),
                tuple((show(p), e, a) for p, e, a in diff.changed))


def manifest_inside(top: str, path: str) -> list[str]:
    """A file's name inside the model directory, if it lies there (a signature or manifest)."""
    return _inside(top, path)


def _inside(top: str, path: str) -> list[str]:
    """The signature's (or manifest's) name inside the model directory, if it lies there."""
    root, target = os.path.abspath(top), os.path.abspath(path)
    if os.path.isdir(root) and target.startswith(root.rstrip(os.sep) + os.sep):
        return [os.path.relpath(target, root).replace(os.sep, "/")]
    return []


def _by_file(diff: Diff) -> Diff:
    """Collapse a shard-level diff (`path:start:end`) into files."""
    def path(name: str) -> str:
        return name.rsplit(":", 2)[0]

    added = {path(n) for n in diff.added}
    removed = {path(n) for n in diff.removed}
    changed = {path(n) for n, _, _ in diff.changed} | (added & removed)
    return Diff(tuple(sorted(added - changed)), tuple(sorted(removed - changed)),
                tuple((p, "shards differ", "shards differ") for p in sorted(changed)))


def payload_of(signature: str | os.PathLike[str]) -> dict[str, Any]:
    """The in-toto statement inside a bundle, unverified (for display and the ledger)."""
    bundle = _read_bundle(os.fspath(signature))
    try:
        raw = base64.b64decode(bundle["dsseEnvelope"]["payload"])
        statement = json.loads(raw)
    except (KeyError, TypeError, ValueError) as exc:
        raise SignatureInvalid(f"{display_path(signature)}: no readable DSSE payload") from exc
    if not isinstance(statement, dict):
        raise SignatureInvalid(f"{display_path(signature)}: the payload is not an in-toto statement")
    return statement


def verify(
    model: str | os.PathLike[str],
    *,
    key: str | None = None,
    signature: str | os.PathLike[str] | None = None,
    manifest: str | os.PathLike[str] | None = None,
    certificate_chain: list[str] | None = None,
    sigstore: SigstoreIdentity | None = None,
    revoked: frozenset[str] = frozenset(),
    jobs: int | None = None,
) -> Report:
    """Verify a model: its signature when a key, chain or Sigstore identity is given, else its manifest."""
    if key or certificate_chain or sigstore:
        return verify_signature(model, key=key, signature=signature, certificate_chain=certificate_chain,
                                sigstore=sigstore, revoked=revoked, jobs=jobs)
    if signature:
        raise UsageError("--signature needs --key (or --certificate-chain, or --identity)")
    return verify_manifest(model, manifest, jobs=jobs)
