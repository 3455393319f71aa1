"""Flax checkpoints in flax.serialization's on-disk layout (msgpack; arrays as extension type 1
holding (shape, dtype name, bytes)), written with the msgpack library as flax does."""

from __future__ import annotations

import pickle
from pathlib import Path

import numpy as np
import pytest

from mlward.findings import Severity
from tests.scanners._helpers import blocking, rules, scan_one

msgpack = pytest.importorskip("msgpack")


def _array(arr: np.ndarray, dtype: str | None = None) -> object:
    payload = msgpack.packb((arr.shape, dtype or arr.dtype.name, arr.tobytes("C")), use_bin_type=True)
    return msgpack.ExtType(1, payload)


def _write(path: Path, tree: object) -> Path:
    path.write_bytes(msgpack.packb(tree, use_bin_type=True))
    return path


def _params() -> dict[str, object]:
    return {"params": {"Dense_0": {"kernel": _array(np.ones((4, 3), np.float32)),
                                   "bias": _array(np.zeros(3, np.float16))},
                       "step": 10, "scale": 0.5, "name": "adam"}}


def test_flax_checkpoint_is_clean(tmp_path: Path) -> None:
    assert scan_one(_write(tmp_path / "flax_model.msgpack", _params())) == []


def test_pickle_bytes_and_foreign_extensions_are_caught(tmp_path: Path) -> None:
    tree = _params()
    tree["extra"] = pickle.dumps({"a": 1}, protocol=4)
    tree["hook"] = msgpack.ExtType(42, b"\x00" * 8)
    tree["obj"] = _array(np.zeros(2, np.float32), dtype="object")
    found = {(f.rule, f.severity) for f in scan_one(_write(tmp_path / "flax_model.msgpack", tree))}
    assert found == {("flax.suspicious-content", Severity.HIGH), ("flax.suspicious-content", Severity.MEDIUM)}


def test_truncated_and_oversized_claims_are_not_clean(tmp_path: Path) -> None:
    path = _write(tmp_path / "m.msgpack", _params())
    path.write_bytes(path.read_bytes()[:-5])
    assert rules(scan_one(path)) == {"flax.unparseable"}
    path.write_bytes(b"\xdf\xff\xff\xff\xff")  # a map claiming 4 billion entries
    assert blocking(scan_one(path))
