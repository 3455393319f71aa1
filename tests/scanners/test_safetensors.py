"""safetensors: files from the real library are clean; every way a header can lie is reported."""

from __future__ import annotations

import json
import struct
from pathlib import Path

import pytest

from mlward.findings import Severity
from mlward.scanning import scan_file

np = pytest.importorskip("numpy")
save_file = pytest.importorskip("safetensors.numpy").save_file


def _raw(header: object, data: bytes, *, length: int | None = None) -> bytes:
    head = json.dumps(header).encode()
    return struct.pack("<Q", len(head) if length is None else length) + head + data


def _rules(path: Path) -> list[tuple[Severity, str]]:
    target, findings = scan_file(str(path))
    assert target.error is None
    return [(f.severity, f.rule) for f in findings]


def test_real_file_is_clean_and_reports_metadata(tmp_path: Path) -> None:
    path = tmp_path / "model.safetensors"
    save_file({"w": np.ones((3, 4), dtype=np.float32), "b": np.zeros(4, dtype=np.int64)}, str(path),
              metadata={"format": "pt"})
    assert _rules(path) == [(Severity.INFO, "safetensors.metadata")]


@pytest.mark.parametrize(("name", "header", "data"), [
    ("overlap", {"a": {"dtype": "F32", "shape": [2], "data_offsets": [0, 8]},
                 "b": {"dtype": "F32", "shape": [2], "data_offsets": [4, 12]}}, b"\0" * 12),
    ("gap", {"a": {"dtype": "F32", "shape": [1], "data_offsets": [4, 8]}}, b"\0" * 8),
    ("outside", {"a": {"dtype": "F32", "shape": [4], "data_offsets": [0, 16]}}, b"\0" * 8),
    ("shape_mismatch", {"a": {"dtype": "F32", "shape": [3], "data_offsets": [0, 8]}}, b"\0" * 8),
    ("bad_dtype", {"a": {"dtype": "PY_OBJECT", "shape": [1], "data_offsets": [0, 8]}}, b"\0" * 8),
    ("negative_shape", {"a": {"dtype": "U8", "shape": [-1], "data_offsets": [0, 1]}}, b"\0"),
    ("extra_key", {"a": {"dtype": "U8", "shape": [1], "data_offsets": [0, 1], "code": "x"}}, b"\0"),
    ("metadata_not_strings", {"__metadata__": {"n": 1}}, b""),
])
def test_lying_headers_are_reported(name: str, header: object, data: bytes, tmp_path: Path) -> None:
    path = tmp_path / f"{name}.safetensors"
    path.write_bytes(_raw(header, data))
    assert (Severity.MEDIUM, "safetensors.invalid-header") in _rules(path)


def test_absurd_header_length_and_duplicate_keys(tmp_path: Path) -> None:
    path = tmp_path / "huge.safetensors"
    path.write_bytes(_raw({}, b"", length=1 << 39))
    assert _rules(path) == [(Severity.MEDIUM, "safetensors.invalid-header")]
    head = b'{"a": {"dtype": "U8", "shape": [1], "data_offsets": [0, 1]}, ' \
           b'"a": {"dtype": "U8", "shape": [1], "data_offsets": [0, 1]}}'
    path = tmp_path / "dup.safetensors"
    path.write_bytes(struct.pack("<Q", len(head)) + head + b"\0")
    assert _rules(path) == [(Severity.MEDIUM, "safetensors.duplicate-key")]


def test_a_pickle_named_safetensors_is_judged_as_a_pickle(tmp_path: Path) -> None:
    path = tmp_path / "model.safetensors"
    path.write_bytes(b"\x80\x02cos\nsystem\nX\x02\x00\x00\x00id\x85R.")
    target, findings = scan_file(str(path))
    assert target.format == "pickle"
    assert max(f.severity for f in findings) == Severity.CRITICAL
