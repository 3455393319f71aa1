"""TensorFlow graphs are crafted here byte by byte (TensorFlow is not a test dependency): the few
protobuf fields mlward reads, encoded as TensorFlow writes them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mlward.findings import Severity
from tests.scanners._helpers import blocking, scan_one


def _varint(n: int) -> bytes:
    out = bytearray()
    while True:
        byte, n = n & 0x7F, n >> 7
        out.append(byte | (0x80 if n else 0))
        if not n:
            return bytes(out)


def _len(number: int, payload: bytes | str) -> bytes:
    data = payload.encode() if isinstance(payload, str) else payload
    return _varint(number << 3 | 2) + _varint(len(data)) + data


def node(name: str, op: str, attrs: dict[str, str] | None = None, inputs: tuple[str, ...] = ()) -> bytes:
    out = _len(1, name) + _len(2, op) + b"".join(_len(3, i) for i in inputs)
    for key, value in (attrs or {}).items():
        out += _len(5, _len(1, key) + _len(2, _len(2, value)))  # map entry {key, AttrValue{s}}
    return out


def function(name: str, nodes: list[bytes]) -> bytes:
    return _len(1, _len(1, name)) + b"".join(_len(3, n) for n in nodes)


def graph(nodes: list[bytes], functions: list[bytes] = ()) -> bytes:  # type: ignore[assignment]
    library = b"".join(_len(1, f) for f in functions)
    versions = _varint(4 << 3 | 2) + b"\x02\x08\x1b"  # VersionDef{producer: 27}
    return b"".join(_len(1, n) for n in nodes) + (_len(2, library) if library else b"") + versions


def saved_model(graph_def: bytes, object_graph: bytes = b"") -> bytes:
    meta = _len(2, graph_def) + (_len(7, object_graph) if object_graph else b"")
    return _varint(1 << 3) + _varint(1) + _len(2, meta)


ORDINARY = [
    node("x", "Placeholder"), node("w", "VarHandleOp"), node("ReadFile", "ReadVariableOp", inputs=("w",)),
    node("y", "MatMul", inputs=("x", "ReadFile")), node("save/SaveV2", "SaveV2"),
    node("save/RestoreV2", "RestoreV2"), node("print", "PrintV2", {"output_stream": "stderr"}),
]


def test_ordinary_savedmodel_and_graphdef_are_clean(tmp_path: Path) -> None:
    model = tmp_path / "saved_model.pb"
    model.write_bytes(saved_model(graph(ORDINARY, [function("__inference_serve_12", ORDINARY)])))
    assert scan_one(model) == []
    frozen = tmp_path / "frozen_graph.pb"
    frozen.write_bytes(graph(ORDINARY))
    assert scan_one(frozen) == []


@pytest.mark.parametrize(
    ("op", "attrs", "severity"),
    [
        ("ReadFile", {}, Severity.HIGH),
        ("WriteFile", {}, Severity.HIGH),
        ("MatchingFiles", {}, Severity.HIGH),
        ("PyFunc", {"token": "pyfunc_0"}, Severity.CRITICAL),
        ("EagerPyFunc", {"token": "pyfunc_1"}, Severity.CRITICAL),
        ("PrintV2", {"output_stream": "file:///home/u/.bashrc"}, Severity.HIGH),
    ],
)
def test_dangerous_ops_are_reported_with_their_function(tmp_path: Path, op: str, attrs: dict[str, str],
                                                        severity: Severity) -> None:
    evil = [*ORDINARY, node("exfil", op, attrs, inputs=("x",))]
    model = tmp_path / "saved_model.pb"
    model.write_bytes(saved_model(graph(ORDINARY, [function("__inference_serve_12", evil)])))
    (finding,) = scan_one(model)
    assert (finding.rule, finding.severity) == ("tensorflow.dangerous-op", severity)
    assert finding.location.field == "__inference_serve_12/exfil"
    frozen = tmp_path / "frozen.pb"
    frozen.write_bytes(graph(evil))
    (finding,) = scan_one(frozen)
    assert finding.location.field == "(main graph)/exfil"


def test_keras_lambda_in_the_object_graph_is_found(tmp_path: Path) -> None:
    layer = {"class_name": "Lambda", "config": {"name": "l", "function": ["4wEAAAA=", None, None],
                                                "function_type": "lambda"}}
    user_object = _len(3, _len(3, json.dumps(layer)))  # SavedObject{user_object{metadata}}
    model = tmp_path / "saved_model.pb"
    model.write_bytes(saved_model(graph(ORDINARY), _len(1, user_object)))
    found = scan_one(model)
    assert [(f.rule, f.severity) for f in found] == [("keras.lambda-layer", Severity.CRITICAL)]


def test_damaged_savedmodel_is_not_clean(tmp_path: Path) -> None:
    model = tmp_path / "saved_model.pb"
    model.write_bytes(saved_model(graph(ORDINARY))[:-7])
    assert blocking(scan_one(model))
    model.write_bytes(b"\x12\xff\xff\xff\x0f")
    assert blocking(scan_one(model))
