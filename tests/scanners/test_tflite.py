"""TFLite models are built with the flatbuffers library (TensorFlow is not a test dependency): a Model
table with its operator codes laid out as tensorflow/compiler/mlir/lite/schema/schema.fbs defines."""

from __future__ import annotations

from pathlib import Path

import pytest

from mlward.findings import Severity
from tests.scanners._helpers import blocking, scan_one

flatbuffers = pytest.importorskip("flatbuffers")

CUSTOM = 32


def tflite(ops: list[tuple[int, str]]) -> bytes:
    builder = flatbuffers.Builder(256)
    names = [builder.CreateString(name) if name else None for _, name in ops]
    tables = []
    for (code, _), name in zip(ops, names, strict=True):
        builder.StartObject(4)
        builder.PrependInt8Slot(0, min(code, 127), 0)  # deprecated_builtin_code
        if name is not None:
            builder.PrependUOffsetTRelativeSlot(1, name, 0)
        builder.PrependInt32Slot(2, 1, 1)  # version
        builder.PrependInt32Slot(3, code, 0)  # builtin_code
        tables.append(builder.EndObject())
    builder.StartVector(4, len(tables), 4)
    for table in reversed(tables):
        builder.PrependUOffsetTRelative(table)
    vector = builder.EndVector()
    builder.StartObject(8)
    builder.PrependUint32Slot(0, 3, 0)  # version
    builder.PrependUOffsetTRelativeSlot(1, vector, 0)
    builder.Finish(builder.EndObject(), file_identifier=b"TFL3")
    return bytes(builder.Output())


def test_builtin_and_harmless_flex_ops_are_clean(tmp_path: Path) -> None:
    path = tmp_path / "m.tflite"
    path.write_bytes(tflite([(3, ""), (9, ""), (CUSTOM, "FlexErf")]))  # CONV_2D, FULLY_CONNECTED, Flex
    assert scan_one(path) == []


def test_custom_op_is_medium_and_dangerous_flex_op_is_caught(tmp_path: Path) -> None:
    path = tmp_path / "m.tflite"
    path.write_bytes(tflite([(3, ""), (CUSTOM, "MyVendorOp"), (CUSTOM, "FlexWriteFile")]))
    found = {(f.rule, f.severity) for f in scan_one(path)}
    assert found == {("tflite.custom-operator", Severity.MEDIUM), ("tensorflow.dangerous-op", Severity.HIGH)}


@pytest.mark.parametrize("cut", [12, 40])
def test_truncated_flatbuffer_is_not_clean(tmp_path: Path, cut: int) -> None:
    path = tmp_path / "m.tflite"
    path.write_bytes(tflite([(CUSTOM, "FlexPyFunc")])[:cut])
    assert blocking(scan_one(path))
