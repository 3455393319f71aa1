from __future__ import annotations

import json
import os
import pickle
from pathlib import Path

import numpy as np
import pytest

from mlward.cli import main
from mlward.convert import ConversionRefused, convert, read_safetensors_digests

torch = pytest.importorskip("torch")
safetensors_torch = pytest.importorskip("safetensors.torch")


class _Boom:
    def __reduce__(self) -> tuple[object, ...]:
        return (os.system, ("echo owned",))


def _state(tmp_path: Path, obj: object, name: str = "model.pt") -> Path:
    path = tmp_path / name
    torch.save(obj, path)
    return path


def _mixed() -> dict[str, object]:
    base = torch.arange(24, dtype=torch.float32).reshape(4, 6)
    return {
        "model": torch.nn.Linear(6, 3).state_dict(),
        "emb": torch.randn(5, 4).to(torch.bfloat16),
        "view": base.t()[1:3],  # non-contiguous view into a shared storage
        "ids": torch.tensor([1, 2, 3], dtype=torch.int64),
        "mask": torch.tensor([True, False]),
        "half": torch.randn(3).half(),
        "param": torch.nn.Parameter(torch.ones(2, 2)),
        "nested": [torch.zeros(0), {"deep": torch.ones(1, 1, 2)}],
        "epoch": 7,
        "name": "run-1",
    }


def _flat(obj: object, prefix: str = "") -> dict[str, object]:
    out: dict[str, object] = {}
    if isinstance(obj, torch.Tensor):
        out[prefix] = obj
    elif isinstance(obj, dict):
        for key, value in obj.items():
            out.update(_flat(value, f"{prefix}.{key}" if prefix else str(key)))
    elif isinstance(obj, list | tuple):
        for i, value in enumerate(obj):
            out.update(_flat(value, f"{prefix}.{i}" if prefix else str(i)))
    return out


def test_torch_checkpoint_converts_bit_exactly(tmp_path: Path) -> None:
    original = _mixed()
    source = _state(tmp_path, original)
    record = convert(str(source))
    loaded = safetensors_torch.load_file(record.output)
    expected = _flat(original)
    assert set(loaded) == set(expected)
    for name, tensor in expected.items():
        assert isinstance(tensor, torch.Tensor)
        got = loaded[name]
        assert got.dtype == tensor.dtype, name
        assert tuple(got.shape) == tuple(tensor.shape), name
        assert got.contiguous().view(torch.uint8).equal(tensor.detach().contiguous().view(torch.uint8)), name
    assert sorted(record.skipped) == ["epoch", "name"]
    metadata, _ = read_safetensors_digests(record.output)
    assert metadata["mlward.source_sha256"] == record.source_sha256
    sidecar = json.loads(Path(record.output + ".conversion.json").read_text())
    assert sidecar["kind"] == "mlward.conversion/1"
    assert sidecar["output"]["sha256"] == record.output_sha256
    assert len(sidecar["tensors"]) == len(expected)


def test_numpy_pickle_and_npz_convert(tmp_path: Path) -> None:
    arrays = {"a": np.arange(12, dtype=np.float32).reshape(3, 4),
              "b": np.asfortranarray(np.arange(6, dtype=np.int16).reshape(2, 3)),
              "c": np.array([True, False])}
    for protocol in (2, 4):
        source = tmp_path / f"arrays{protocol}.pkl"
        source.write_bytes(pickle.dumps(arrays, protocol=protocol))
        record = convert(str(source))
        loaded = safetensors_torch.load_file(record.output)
        for key, value in arrays.items():
            assert np.array_equal(loaded[key].numpy(), value), (protocol, key)
    npz = tmp_path / "w.npz"
    np.savez(npz, **arrays)
    record = convert(str(npz))
    assert {t.name for t in record.tensors} == set(arrays)


@pytest.mark.parametrize(
    "payload",
    [
        {"w": torch.ones(2), "x": _Boom()},  # a code-execution primitive next to real tensors
        {"w": torch.ones(2), "opt": torch.optim.SGD([torch.nn.Parameter(torch.ones(1))], lr=0.1)},
        {"w": torch.ones(2), "c": complex(1, 2)},
    ],
    ids=["os.system", "optimizer-object", "complex"],
)
def test_anything_but_tensors_and_plain_data_is_refused(tmp_path: Path, payload: object) -> None:
    source = _state(tmp_path, payload)
    with pytest.raises(ConversionRefused):
        convert(str(source))
    assert not (tmp_path / "model.safetensors").exists()
    assert [p.name for p in tmp_path.iterdir()] == ["model.pt"]


def test_object_arrays_and_hostile_strides_are_refused(tmp_path: Path) -> None:
    source = tmp_path / "o.npz"
    np.savez(source, o=np.array([{"a": 1}], dtype=object))
    with pytest.raises(ConversionRefused):
        convert(str(source))
    # A stride that would read past the storage (as_strided would read foreign memory).
    import zipfile

    good = _state(tmp_path, {"w": torch.arange(4, dtype=torch.float32)}, "s.pt")
    evil = tmp_path / "evil.pt"
    with zipfile.ZipFile(good) as old, zipfile.ZipFile(evil, "w") as new:
        for item in old.infolist():
            data = old.read(item.filename)
            if item.filename.endswith("data.pkl"):
                data = data.replace(b"K\x04\x85", b"J\x00\x00\x01\x00\x85", 1)  # size (4,) -> (65536,)
            new.writestr(item, data)
    with pytest.raises(ConversionRefused, match="reaches element 65535"):
        convert(str(evil))


def test_cli_convert_exit_codes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = _state(tmp_path, {"w": torch.ones(3)})
    assert main(["convert", str(source), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["tensors"][0]["name"] == "w"
    assert main(["convert", str(source)]) == 2  # the output exists
    assert main(["convert", str(source), "--force"]) == 0
    bad = _state(tmp_path, {"x": _Boom()}, "bad.pt")
    assert main(["convert", str(bad)]) == 2
    assert "system, which is not a tensor" in capsys.readouterr().err
