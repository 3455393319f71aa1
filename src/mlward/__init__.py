"""mlward: a security gate for the machine-learning model lifecycle.

The public API is small: `scan` judges model files without executing them; `sign` and `verify`
protect and check their integrity (OpenSSF model-signing format, or an mlward manifest).
"""

from __future__ import annotations

__version__ = "0.1.0"

from mlward.provenance.signing import sign
from mlward.provenance.verifying import verify
from mlward.scanning import ScanOptions, scan

__all__ = ["ScanOptions", "__version__", "scan", "sign", "verify"]
