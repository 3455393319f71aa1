"""Model-format scanners: one module per format behind `base.Scanner`, registered here by format."""

from __future__ import annotations

from mlward.scanners.base import Scanner
from mlward.scanners.compressed import CompressedScanner
from mlward.scanners.numpy import NumpyScanner
from mlward.scanners.pickle import PickleScanner
from mlward.scanners.safetensors import SafetensorsScanner
from mlward.scanners.zip import ZipScanner

SCANNERS: tuple[Scanner, ...] = (
    CompressedScanner(),
    NumpyScanner(),
    PickleScanner(),
    SafetensorsScanner(),
    ZipScanner(),
)

_BY_FORMAT: dict[str, Scanner] = {fmt: s for s in SCANNERS for fmt in s.formats}


def scanner_for(fmt: str) -> Scanner | None:
    """The scanner for a sniffed format, or None when mlward has none (the file is data to us)."""
    return _BY_FORMAT.get(fmt)
