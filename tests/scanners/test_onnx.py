from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pytest

from mlward.findings import Severity
from tests.scanners._helpers import blocking, rules, scan_one

onnx = pytest.importorskip("onnx")
from onnx import TensorProto, helper, numpy_helper  # noqa: E402


def _model(nodes: list[object] | None = None, *, functions: list[object] | None = None,
           opsets: list[object] | None = None) -> object:
    weight = numpy_helper.from_array(np.arange(1024, dtype=np.float32).reshape(32, 32), "W")
    graph = helper.make_graph(
        nodes or [helper.make_node("MatMul", ["x", "W"], ["y"])], "g",
        [helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, 32])],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, [1, 32])],
        initializer=[weight],
    )
    imports = [helper.make_opsetid("", 17), *(opsets or [])]
    return helper.make_model(graph, opset_imports=imports, functions=functions or [])


def _save(model: object, path: Path, *, external: str | None = None) -> Path:
    if external:
        onnx.save_model(model, str(path), save_as_external_data=True, location=external, size_threshold=0)
    else:
        onnx.save_model(model, str(path))
    return path


def _relocate(path: Path, location: str) -> Path:
    model = onnx.load_model(str(path), load_external_data=False)
    for tensor in model.graph.initializer:
        for entry in tensor.external_data:
            if entry.key == "location":
                entry.value = location
    onnx.save_model(model, str(path))
    return path


def test_plain_and_external_data_models_are_clean(tmp_path: Path) -> None:
    assert scan_one(_save(_model(), tmp_path / "m.onnx")) == []
    folder = tmp_path / "ext"
    folder.mkdir()
    assert scan_one(_save(_model(), folder / "m.onnx", external="m.onnx.data")) == []


@pytest.mark.parametrize("location", ["../../../../etc/passwd", "/etc/passwd", "sub/../../secret"])
def test_escaping_locations_are_high(tmp_path: Path, location: str) -> None:
    path = _relocate(_save(_model(), tmp_path / "m.onnx", external="m.onnx.data"), location)
    (finding,) = scan_one(path)
    assert (finding.rule, finding.severity) == ("onnx.external-data-escape", Severity.HIGH)
    assert finding.evidence == location


def test_symlinked_external_data_leaving_the_folder_is_high(tmp_path: Path) -> None:
    folder = tmp_path / "model"
    folder.mkdir()
    path = _save(_model(), folder / "m.onnx", external="weights.bin")
    secret = tmp_path / "secret.txt"
    secret.write_text("key")
    os.remove(folder / "weights.bin")
    os.symlink(secret, folder / "weights.bin")
    assert rules(scan_one(path), Severity.HIGH) == {"onnx.external-data-escape"}


def test_missing_external_data_is_low(tmp_path: Path) -> None:
    path = _save(_model(), tmp_path / "m.onnx", external="w.bin")
    os.remove(tmp_path / "w.bin")
    found = scan_one(path)
    assert [(f.rule, f.severity) for f in found] == [("onnx.external-data-missing", Severity.LOW)]


def test_custom_domain_is_medium_but_local_functions_and_ort_ops_are_clean(tmp_path: Path) -> None:
    custom = _model([helper.make_node("MatMul", ["x", "W"], ["h"]),
                     helper.make_node("Backdoor", ["h"], ["y"], domain="com.evil")],
                    opsets=[helper.make_opsetid("com.evil", 1)])
    (finding,) = scan_one(_save(custom, tmp_path / "c.onnx"))
    assert (finding.rule, finding.severity) == ("onnx.custom-operator", Severity.MEDIUM)
    assert "Backdoor" in finding.message

    body = [helper.make_node("Relu", ["a"], ["b"])]
    fn = helper.make_function("local.fn", "MyRelu", ["a"], ["b"], body, [helper.make_opsetid("", 17)])
    local = _model([helper.make_node("MatMul", ["x", "W"], ["h"]),
                    helper.make_node("MyRelu", ["h"], ["y"], domain="local.fn")],
                   functions=[fn], opsets=[helper.make_opsetid("local.fn", 1)])
    assert scan_one(_save(local, tmp_path / "f.onnx")) == []
    ort = _model([helper.make_node("MatMul", ["x", "W"], ["h"]),
                  helper.make_node("FastGelu", ["h"], ["y"], domain="com.microsoft")],
                 opsets=[helper.make_opsetid("com.microsoft", 1)])
    assert scan_one(_save(ort, tmp_path / "o.onnx")) == []


def test_custom_op_inside_a_subgraph_is_found(tmp_path: Path) -> None:
    then = helper.make_graph([helper.make_node("Evil", ["x"], ["t"], domain="x.y")], "then", [],
                             [helper.make_tensor_value_info("t", TensorProto.FLOAT, [1, 32])])
    other = helper.make_graph([helper.make_node("Identity", ["x"], ["e"])], "else", [],
                              [helper.make_tensor_value_info("e", TensorProto.FLOAT, [1, 32])])
    cond = helper.make_node("If", ["c"], ["y"], then_branch=then, else_branch=other)
    true = helper.make_tensor("c", TensorProto.BOOL, [], [True])
    model = _model([helper.make_node("Constant", [], ["c"], value=true), cond])
    assert rules(scan_one(_save(model, tmp_path / "s.onnx"))) == {"onnx.custom-operator"}


@pytest.mark.parametrize("cut", [3, 50, 400])
def test_truncated_model_is_not_clean(tmp_path: Path, cut: int) -> None:
    path = _save(_model(), tmp_path / "m.onnx")
    path.write_bytes(path.read_bytes()[:cut])
    assert blocking(scan_one(path))
