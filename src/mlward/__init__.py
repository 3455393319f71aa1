"""mlward: a security gate for the machine-learning model lifecycle.

The public API is small: `scan` judges model files without executing them; `sign` and `verify`
protect and check their integrity (OpenSSF model-signing format, or an mlward manifest).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

from mlward.scanning import ScanOptions, scan

if TYPE_CHECKING:
    from mlward.provenance.signing import sign
    from mlward.provenance.verifying import verify

__all__ = ["ScanOptions", "__version__", "scan", "sign", "verify"]


def __getattr__(name: str) -> Any:
    # sign and verify pull in model-signing, cryptography and sigstore (~85 ms): a scan should not pay
    # for them at start-up, so they are imported on first use.
    if name == "sign":
        from mlward.provenance.signing import sign

        return sign
    if name == "verify":
        from mlward.provenance.verifying import verify

        return verify
    raise AttributeError(f"module 'mlward' has no attribute {name!r}")
