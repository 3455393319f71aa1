"""Provenance and integrity: manifests, signatures, the ledger, acquisition, decommissioning.

Everything here answers "is this the artifact we approved, where did it come from, and what happened to
it since" (LLMSVS 2.4, 2.5, 2.6, 2.9, 2.18). See docs/provenance.md.
"""

from __future__ import annotations

from mlward.provenance.acquire import Acquired, AcquireOptions, AcquisitionRefused, acquire
from mlward.provenance.decommission import Decommissioned, decommission
from mlward.provenance.ledger import Check, Entry, Ledger
from mlward.provenance.manifest import Diff, Manifest, build_manifest, compare
from mlward.provenance.signing import Keyless, Signed, sign
from mlward.provenance.verifying import SigstoreIdentity, verify_manifest, verify_signature

__all__ = [
    "AcquireOptions", "Acquired", "AcquisitionRefused", "Check", "Decommissioned", "Diff", "Entry",
    "Keyless", "Ledger", "Manifest", "Signed", "SigstoreIdentity", "acquire", "build_manifest",
    "compare", "decommission", "sign", "verify_manifest", "verify_signature",
]
