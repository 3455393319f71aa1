"""mlward: a security gate for the machine-learning model lifecycle.

The public API is small: `scan` judges model files without executing them.
"""

from __future__ import annotations

__version__ = "0.1.0"

from mlward.scanning import ScanOptions, scan

__all__ = ["ScanOptions", "__version__", "scan"]
