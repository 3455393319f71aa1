"""Model-format scanners: one module per format behind `base.Scanner`, registered here by format.

The registry names each scanner as "module:Class" and imports it the first time a file of its format
is met, so that a scan pays start-up time only for the formats it reads (`mlward scan model.pt` does not
import Jinja2, h5py or the TensorFlow readers). tests/scanners/test_registry.py checks that every line
names a real scanner and exactly the formats it declares.
"""

from __future__ import annotations

from importlib import import_module

from mlward.scanners.base import Scanner

REGISTRY: tuple[tuple[str, frozenset[str]], ...] = (
    ("mlward.scanners.archive:SevenZipScanner", frozenset({"7z"})),
    ("mlward.scanners.archive:TarScanner", frozenset({"tar"})),
    ("mlward.scanners.chat_template:ChatTemplateScanner", frozenset({"chat-template"})),
    ("mlward.scanners.compressed:CompressedScanner",
     frozenset({"bz2", "gzip", "joblib-zlib", "lzma", "xz", "zlib", "zstd"})),
    ("mlward.scanners.executable:ExecutableScanner", frozenset({"elf", "macho", "pe"})),
    ("mlward.scanners.flax:FlaxScanner", frozenset({"flax-msgpack"})),
    ("mlward.scanners.gguf:GGUFScanner", frozenset({"gguf"})),
    ("mlward.scanners.hdf5:HDF5Scanner", frozenset({"hdf5"})),
    ("mlward.scanners.numpy:NumpyScanner", frozenset({"numpy"})),
    ("mlward.scanners.onnx:OnnxScanner", frozenset({"onnx"})),
    ("mlward.scanners.pickle:PickleScanner", frozenset({"pickle"})),
    ("mlward.scanners.python_source:PythonSourceScanner", frozenset({"python"})),
    ("mlward.scanners.repository:HuggingFaceConfigScanner", frozenset({"hf-config"})),
    ("mlward.scanners.repository:LfsPointerScanner", frozenset({"lfs-pointer"})),
    ("mlward.scanners.safetensors:SafetensorsScanner", frozenset({"safetensors"})),
    ("mlward.scanners.tensorflow:TensorFlowScanner",
     frozenset({"tf-graphdef", "tf-keras-metadata", "tf-savedmodel"})),
    ("mlward.scanners.tflite:TFLiteScanner", frozenset({"tflite"})),
    ("mlward.scanners.zip:ZipScanner", frozenset({"zip"})),
)

_WHERE: dict[str, str] = {fmt: target for target, formats in REGISTRY for fmt in formats}
_LOADED: dict[str, Scanner] = {}


def load(target: str) -> Scanner:
    """The scanner instance a registry line names ("module:Class"), imported once."""
    if target not in _LOADED:
        module, _, name = target.partition(":")
        _LOADED[target] = getattr(import_module(module), name)()
    return _LOADED[target]


def scanner_for(fmt: str) -> Scanner | None:
    """The scanner for a sniffed format, or None when mlward has none (the file is data to us)."""
    target = _WHERE.get(fmt)
    return load(target) if target is not None else None
