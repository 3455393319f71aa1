"""Provenance and integrity: manifests, signatures, the ledger, acquisition, decommissioning.

Everything here answers "is this the artifact we approved, where did it come from, and what happened to
it since" (LLMSVS 2.4, 2.5, 2.6, 2.9, 2.18). See docs/provenance.md.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from mlward.provenance.acquire import Acquired, AcquireOptions, AcquisitionRefused
    from mlward.provenance.decommission import Decommissioned
    from mlward.provenance.ledger import Check, Entry, Ledger
    from mlward.provenance.manifest import Diff, Manifest, build_manifest, compare
    from mlward.provenance.signing import Keyless, Signed, sign
    from mlward.provenance.verifying import SigstoreIdentity, verify, verify_manifest, verify_signature

# Imported on first use: `import mlward` stays quick for a scan that never signs or downloads.
# `acquire` and `decommission` share their modules' names, so call them from their modules:
# `from mlward.provenance.acquire import acquire`.
_HOMES = {
    "acquire": ("AcquireOptions", "Acquired", "AcquisitionRefused"),
    "decommission": ("Decommissioned",),
    "ledger": ("Check", "Entry", "Ledger"),
    "manifest": ("Diff", "Manifest", "build_manifest", "compare"),
    "signing": ("Keyless", "Signed", "sign"),
    "verifying": ("SigstoreIdentity", "verify", "verify_manifest", "verify_signature"),
}
_WHERE = {name: module for module, names in _HOMES.items() for name in names}


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module 'mlward.provenance' has no attribute {name!r}")
    return getattr(importlib.import_module(f"mlward.provenance.{module}"), name)


__all__ = [
    "AcquireOptions", "Acquired", "AcquisitionRefused", "Check", "Decommissioned", "Diff", "Entry",
    "Keyless", "Ledger", "Manifest", "Signed", "SigstoreIdentity", "build_manifest", "compare", "sign",
    "verify", "verify_manifest", "verify_signature",
]
