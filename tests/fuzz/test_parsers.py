"""Fuzz harness: every format parser in scanners/ fed mutated real files (and generated text) by
hypothesis. It must end with findings, never with an exception, a hang or runaway memory.

The normal suite runs a few examples per parser; `make fuzz` runs many (FUZZ_EXAMPLES).
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import resource
import tarfile
from collections.abc import Callable
from functools import cache

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mlward.files.memory import MemorySource
from mlward.findings import Finding
from mlward.scanners.archive import SevenZipScanner, TarScanner
from mlward.scanners.base import ScanContext
from mlward.scanners.bytecode import MarshalError, read_code
from mlward.scanners.chat_template import analyse_template
from mlward.scanners.flax import FlaxScanner
from mlward.scanners.gguf import GGUFScanner
from mlward.scanners.hdf5 import HDF5Scanner
from mlward.scanners.keras import config_findings
from mlward.scanners.onnx import OnnxScanner
from mlward.scanners.python_source import analyse_source
from mlward.scanners.repository import HuggingFaceConfigScanner
from mlward.scanners.tensorflow import TensorFlowScanner
from mlward.scanners.tflite import TFLiteScanner

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "15"))
FUZZ = settings(max_examples=EXAMPLES, deadline=10_000, derandomize=EXAMPLES <= 50,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
_MEMORY_GROWTH = 512 << 10  # KiB: ru_maxrss is in KiB on Linux


# ------------------------------------------------------------------ seeds (real files, made by code)

@cache
def _gguf() -> bytes:
    gguf = pytest.importorskip("gguf")
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "m.gguf")
        writer = gguf.GGUFWriter(path, "llama")
        writer.add_token_list(["a", "b", "c"])
        writer.add_chat_template("{% for m in messages %}{{ m['content'] }}{% endfor %}")
        writer.add_tensor("w", np.ones((4, 4), np.float32))
        writer.write_header_to_file()
        writer.write_kv_data_to_file()
        writer.write_tensors_to_file()
        writer.close()
        with open(path, "rb") as handle:
            return handle.read()


@cache
def _onnx() -> bytes:
    pytest.importorskip("onnx")
    from onnx import TensorProto, helper, numpy_helper

    weight = numpy_helper.from_array(np.ones((2, 2), np.float32), "W")
    weight.data_location = TensorProto.EXTERNAL
    entry = weight.external_data.add()
    entry.key, entry.value = "location", "w.bin"
    graph = helper.make_graph([helper.make_node("MatMul", ["x", "W"], ["y"], domain="x.y")], "g",
                              [helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, 2])],
                              [helper.make_tensor_value_info("y", TensorProto.FLOAT, [1, 2])], [weight])
    return bytes(helper.make_model(graph).SerializeToString())


@cache
def _savedmodel() -> bytes:
    from tests.scanners.test_tensorflow import function, graph, node, saved_model

    nodes = [node("x", "Placeholder"), node("r", "ReadFile", inputs=("x",)),
             node("p", "PyFunc", {"token": "t"})]
    return saved_model(graph(nodes, [function("f", nodes)]))


@cache
def _tflite() -> bytes:
    pytest.importorskip("flatbuffers")
    from tests.scanners.test_tflite import tflite

    return tflite([(3, ""), (32, "Custom"), (32, "FlexReadFile")])


@cache
def _msgpack() -> bytes:
    msgpack = pytest.importorskip("msgpack")
    arr = np.ones(3, np.float32)
    ext = msgpack.ExtType(1, msgpack.packb((arr.shape, "float32", arr.tobytes()), use_bin_type=True))
    return bytes(msgpack.packb({"params": {"k": ext, "n": 1, "s": "x", "b": b"\x80\x04"}}, use_bin_type=True))


@cache
def _tar() -> bytes:
    raw = io.BytesIO()
    with tarfile.open(fileobj=raw, mode="w:gz") as handle:
        for name, data in (("a/m.py", b"import os\nos.system('x')\n"), ("../b", b"x")):
            info = tarfile.TarInfo(name)
            info.size = len(data)
            handle.addfile(info, io.BytesIO(data))
        link = tarfile.TarInfo("l")
        link.type, link.linkname = tarfile.SYMTYPE, "/etc/passwd"
        handle.addfile(link)
    return raw.getvalue()


@cache
def _7z() -> bytes:
    py7zr = pytest.importorskip("py7zr")
    raw = io.BytesIO()
    with py7zr.SevenZipFile(raw, "w") as handle:
        handle.writestr(b"import os\nos.system('x')\n", "a/m.py")
        handle.writestr(b"hello", "b.txt")
    return raw.getvalue()


@cache
def _hdf5() -> bytes:
    h5py = pytest.importorskip("h5py")
    raw = io.BytesIO()
    with h5py.File(raw, "w") as h5:
        layer = {"class_name": "Lambda", "config": {"function": ["4wEAAA==", None]}}
        h5.attrs["model_config"] = json.dumps(layer)
        h5.create_dataset("w", data=np.ones(4))
    return raw.getvalue()


# ------------------------------------------------------------------ mutation

@st.composite
def mutated(draw: st.DrawFn, seed: Callable[[], bytes]) -> bytes:
    """A seed file with bytes overwritten, inserted or cut, or with a random tail."""
    data = bytearray(seed())
    for _ in range(draw(st.integers(0, 8))):
        kind = draw(st.sampled_from(["set", "insert", "cut", "tail", "int"]))
        pos = draw(st.integers(0, max(len(data) - 1, 0)))
        if kind == "set" and data:
            data[pos] = draw(st.integers(0, 255))
        elif kind == "insert":
            data[pos:pos] = draw(st.binary(min_size=1, max_size=16))
        elif kind == "cut":
            del data[pos : pos + draw(st.integers(1, 64))]
        elif kind == "tail":
            data[pos:] = draw(st.binary(max_size=64))
        elif kind == "int" and len(data) > pos + 8:  # a length or count pushed to an extreme
            data[pos : pos + 8] = draw(st.sampled_from([b"\xff" * 8, b"\x7f" + b"\xff" * 7, b"\0" * 8,
                                                        b"\xff\xff\xff\x7f\0\0\0\0"]))
    return bytes(data)


def _run(scanner: object, data: bytes, name: str, fmt: str) -> list[Finding]:
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    ctx = ScanContext(name, format=fmt)
    found = list(scanner.scan(MemorySource(data, name), ctx))  # type: ignore[attr-defined]
    grown = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
    assert grown < _MEMORY_GROWTH, f"memory grew by {grown} KiB"
    return found


CASES: list[tuple[str, object, Callable[[], bytes], str, str]] = [
    ("gguf", GGUFScanner(), _gguf, "m.gguf", "gguf"),
    ("onnx", OnnxScanner(), _onnx, "m.onnx", "onnx"),
    ("savedmodel", TensorFlowScanner(), _savedmodel, "saved_model.pb", "tf-savedmodel"),
    ("tflite", TFLiteScanner(), _tflite, "m.tflite", "tflite"),
    ("flax", FlaxScanner(), _msgpack, "m.msgpack", "flax-msgpack"),
    ("tar", TarScanner(), _tar, "m.tar.gz", "tar"),
    ("7z", SevenZipScanner(), _7z, "m.7z", "7z"),
    ("hdf5", HDF5Scanner(), _hdf5, "m.h5", "hdf5"),
]


@pytest.mark.parametrize(("scanner", "seed", "name", "fmt"), [c[1:] for c in CASES],
                         ids=[c[0] for c in CASES])
def test_binary_parsers_survive_mutation(scanner: object, seed: Callable[[], bytes], name: str,
                                         fmt: str) -> None:
    seed()  # skip early when the writer library is missing

    @FUZZ
    @given(data=mutated(seed))
    def check(data: bytes) -> None:
        _run(scanner, data, name, fmt)

    check()


@FUZZ
@given(data=st.binary(max_size=512))
def test_marshal_reader_survives_any_bytes(data: bytes) -> None:
    with contextlib.suppress(MarshalError):
        read_code(data)


@FUZZ
@given(data=st.sampled_from([b"\xe3", b"c", b"\xe3\0\0\0\0"]).flatmap(
    lambda p: st.binary(max_size=256).map(p.__add__)))
def test_marshal_reader_survives_code_headers(data: bytes) -> None:
    with contextlib.suppress(MarshalError):
        read_code(data)


_JINJA_BITS = ["{{", "}}", "{%", "%}", "for", "if", "endif", "endfor", "x", ".", "__class__", "|attr(", ")",
               "(", "'", '"', "[", "]", "~", " ", "set", "=", "generation", "endgeneration", "{#", "#}",
               "namespace"]


@FUZZ
@given(parts=st.lists(st.sampled_from(_JINJA_BITS), max_size=40))
def test_template_analysis_survives_token_soup(parts: list[str]) -> None:
    import jinja2

    with contextlib.suppress(jinja2.TemplateSyntaxError):
        analyse_template("".join(parts))


@FUZZ
@given(text=st.text(max_size=300))
def test_python_analysis_survives_any_text(text: str) -> None:
    with contextlib.suppress(SyntaxError, ValueError):
        analyse_source(text)


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=10)
    | st.sampled_from(["Lambda", "function", "builtins", "keras.layers", "__lambda__", "os", "4wEAAA=="]),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(
        st.sampled_from(["class_name", "config", "module", "function", "code", "registered_name", "layers",
                         "function_type", "auto_map", "chat_template", "name"]), inner, max_size=5),
    max_leaves=30,
)


@FUZZ
@given(config=_JSON)
def test_keras_and_hf_configs_survive_any_json(config: object) -> None:
    list(config_findings(config, ScanContext("m.keras")))
    data = json.dumps(config).encode()
    list(HuggingFaceConfigScanner().scan(MemorySource(data, "config.json"), ScanContext("config.json")))




@cache
def _checkpoint_pickle() -> tuple[bytes, bytes]:
    torch = pytest.importorskip("torch")
    import tempfile
    import zipfile

    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "m.pt")
        torch.save({"w": torch.arange(6, dtype=torch.float32).reshape(2, 3), "n": 1}, path)
        with open(path, "rb") as handle:
            whole = handle.read()
        with zipfile.ZipFile(path) as archive:
            return whole, archive.read("m/data.pkl")


def test_convert_survives_mutated_pickles(tmp_path_factory: pytest.TempPathFactory) -> None:
    import zipfile

    from mlward.convert import ConversionRefused, convert

    whole, _ = _checkpoint_pickle()
    folder = tmp_path_factory.mktemp("convert")

    @FUZZ
    @given(data=mutated(lambda: _checkpoint_pickle()[1]))
    def check(data: bytes) -> None:
        source = folder / "m.pt"
        with zipfile.ZipFile(io.BytesIO(whole)) as old, zipfile.ZipFile(source, "w") as new:
            for item in old.infolist():
                new.writestr(item, data if item.filename == "m/data.pkl" else old.read(item.filename))
        with contextlib.suppress(ConversionRefused):
            convert(str(source), str(folder / "out.safetensors"), overwrite=True)

    check()
