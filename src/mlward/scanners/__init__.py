"""Model-format scanners: one module per format behind `base.Scanner`, registered here by format."""

from __future__ import annotations

from mlward.scanners.archive import SevenZipScanner, TarScanner
from mlward.scanners.base import Scanner
from mlward.scanners.chat_template import ChatTemplateScanner
from mlward.scanners.compressed import CompressedScanner
from mlward.scanners.executable import ExecutableScanner
from mlward.scanners.flax import FlaxScanner
from mlward.scanners.gguf import GGUFScanner
from mlward.scanners.hdf5 import HDF5Scanner
from mlward.scanners.numpy import NumpyScanner
from mlward.scanners.onnx import OnnxScanner
from mlward.scanners.pickle import PickleScanner
from mlward.scanners.python_source import PythonSourceScanner
from mlward.scanners.repository import HuggingFaceConfigScanner, LfsPointerScanner
from mlward.scanners.safetensors import SafetensorsScanner
from mlward.scanners.tensorflow import TensorFlowScanner
from mlward.scanners.tflite import TFLiteScanner
from mlward.scanners.zip import ZipScanner

SCANNERS: tuple[Scanner, ...] = (
    ChatTemplateScanner(),
    CompressedScanner(),
    ExecutableScanner(),
    FlaxScanner(),
    GGUFScanner(),
    HDF5Scanner(),
    HuggingFaceConfigScanner(),
    LfsPointerScanner(),
    NumpyScanner(),
    OnnxScanner(),
    PickleScanner(),
    PythonSourceScanner(),
    SafetensorsScanner(),
    SevenZipScanner(),
    TFLiteScanner(),
    TarScanner(),
    TensorFlowScanner(),
    ZipScanner(),
)

_BY_FORMAT: dict[str, Scanner] = {fmt: s for s in SCANNERS for fmt in s.formats}


def scanner_for(fmt: str) -> Scanner | None:
    """The scanner for a sniffed format, or None when mlward has none (the file is data to us)."""
    return _BY_FORMAT.get(fmt)
