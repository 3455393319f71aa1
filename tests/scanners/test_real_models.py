"""Files written by the real libraries come out clean; the same libraries' files with a payload do not.

Fixtures are made here by torch (CPU), scikit-learn/joblib, numpy, transformers, dill and cloudpickle,
exactly as users make them. Nothing is ever loaded back.
"""

from __future__ import annotations

import io
import os
import pickle
from collections.abc import Callable
from pathlib import Path

import pytest

from mlward.findings import Severity
from mlward.scanning import scan_file

torch = pytest.importorskip("torch")
np = pytest.importorskip("numpy")
joblib = pytest.importorskip("joblib")


def _worst(path: Path, **kwargs: object) -> tuple[Severity | None, list[str]]:
    target, findings = scan_file(str(path), **kwargs)  # type: ignore[arg-type]
    assert target.error is None, target.error
    worst = max((f.severity for f in findings), default=None)
    return worst, [f"{f.severity.label} {f.rule}: {f.message}" for f in findings]


def _assert_clean(path: Path) -> None:
    worst, found = _worst(path)
    assert worst is None or worst < Severity.MEDIUM, found


def _model() -> object:
    return torch.nn.Sequential(
        torch.nn.Linear(4, 3), torch.nn.ReLU(), torch.nn.LayerNorm(3), torch.nn.Dropout(0.1),
        torch.nn.Conv2d(1, 2, 3), torch.nn.BatchNorm1d(3), torch.nn.Embedding(5, 3), torch.nn.LSTM(3, 3),
    )


def _torch_objects() -> dict[str, Callable[[], object]]:
    def optimizer() -> object:
        model = _model()
        opt = torch.optim.AdamW(model.parameters(), lr=1e-3)
        model[0](torch.randn(2, 4)).sum().backward()
        opt.step()
        return {"optimizer": opt.state_dict(), "epoch": 3, "model": model.state_dict()}

    return {
        "state_dict": lambda: _model().state_dict(),
        "whole_module": _model,
        "optimizer": optimizer,
        "mixed": lambda: {
            "bf16": torch.randn(2, dtype=torch.bfloat16), "i64": torch.zeros(3, dtype=torch.int64),
            "size": torch.Size([1, 2]), "dtype": torch.float16, "device": torch.device("cpu"),
            "quantized": torch.quantize_per_tensor(torch.randn(3), 0.1, 0, torch.qint8),
            "sparse": torch.randn(3, 3).to_sparse(), "param": torch.nn.Parameter(torch.ones(2)),
        },
    }


@pytest.mark.parametrize("name", sorted(_torch_objects()))
@pytest.mark.parametrize("zipped", [True, False], ids=["zip", "legacy"])
def test_torch_save_is_clean(name: str, zipped: bool, tmp_path: Path) -> None:
    path = tmp_path / f"{name}.pt"
    torch.save(_torch_objects()[name](), path, _use_new_zipfile_serialization=zipped)
    target, _ = scan_file(str(path))
    assert target.format == ("pytorch" if zipped else "torch-legacy")
    _assert_clean(path)


def test_torchscript_archive_is_clean(tmp_path: Path) -> None:
    path = tmp_path / "scripted.pt"
    torch.jit.save(torch.jit.script(torch.nn.Sequential(torch.nn.Linear(2, 2), torch.nn.ReLU())), path)
    target, _ = scan_file(str(path))
    assert target.format == "torchscript"
    _assert_clean(path)


class _Payload:
    def __reduce__(self) -> tuple[object, ...]:
        return (os.system, ("echo owned",))


@pytest.mark.parametrize("zipped", [True, False], ids=["zip", "legacy"])
def test_torch_checkpoint_with_payload_is_critical(zipped: bool, tmp_path: Path) -> None:
    path = tmp_path / "evil.pth"
    torch.save({"model": _model().state_dict(), "hook": _Payload()}, path,
               _use_new_zipfile_serialization=zipped)
    worst, found = _worst(path)
    assert worst == Severity.CRITICAL, found
    assert any("system" in f for f in found)


def test_torch_archive_with_renamed_folder_and_member_is_still_scanned(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    torch.save({"hook": _Payload()}, buffer)
    # Rename the archive folder and the pickle; torch reads the folder from the first entry.
    raw = buffer.getvalue().replace(b"archive/", b"innocent")
    path = tmp_path / "weights.bin"
    path.write_bytes(raw)
    worst, found = _worst(path)
    assert worst == Severity.CRITICAL, found


def _estimators() -> dict[str, object]:
    from sklearn.ensemble import RandomForestClassifier
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import Pipeline
    from sklearn.preprocessing import StandardScaler

    x, y = [[0.0, 1.0], [1.0, 0.0], [0.5, 0.5], [0.2, 0.9]], [0, 1, 1, 0]
    return {
        "logistic": LogisticRegression().fit(x, y),
        "forest": RandomForestClassifier(n_estimators=3, random_state=0).fit(x, y),
        "pipeline": Pipeline([("scale", StandardScaler()), ("clf", LogisticRegression())]).fit(x, y),
    }


@pytest.mark.parametrize("compress", [0, "zlib", "gzip", "bz2", "lzma", "xz"])
@pytest.mark.parametrize("name", ["logistic", "forest", "pipeline"])
def test_joblib_dumps_are_clean(name: str, compress: object, tmp_path: Path) -> None:
    path = tmp_path / f"{name}.joblib"
    joblib.dump(_estimators()[name], path, compress=compress if compress == 0 else (compress, 3))
    _assert_clean(path)


@pytest.mark.parametrize("compress", [0, "gzip", "xz"])
def test_joblib_with_payload_after_arrays_is_critical(compress: object, tmp_path: Path) -> None:
    # The payload sits after large numpy arrays whose raw bytes are between the opcodes.
    path = tmp_path / "model.joblib"
    joblib.dump({"weights": np.arange(50_000, dtype=np.float64), "obj": np.array([1, None]),
                 "hook": _Payload()}, path, compress=compress if compress == 0 else (compress, 3))
    worst, found = _worst(path)
    assert worst == Severity.CRITICAL, found


def test_plain_pickles_of_sklearn_and_numpy_are_clean(tmp_path: Path) -> None:
    for protocol in (2, 4, 5):
        for name, estimator in _estimators().items():
            path = tmp_path / f"{name}-{protocol}.pkl"
            path.write_bytes(pickle.dumps(estimator, protocol=protocol))
            _assert_clean(path)
        path = tmp_path / f"numpy-{protocol}.pkl"
        path.write_bytes(pickle.dumps({"rng": np.random.default_rng(0), "legacy": np.random.RandomState(1),
                                       "arrays": [np.arange(4), np.array(["a"]), np.float64(2.5)]},
                                      protocol=protocol))
        _assert_clean(path)


def test_numpy_files(tmp_path: Path) -> None:
    np.save(tmp_path / "plain.npy", np.arange(10))
    _assert_clean(tmp_path / "plain.npy")
    np.savez(tmp_path / "bundle.npz", a=np.arange(3), b=np.ones((2, 2)))
    _assert_clean(tmp_path / "bundle.npz")
    np.save(tmp_path / "objects.npy", np.array([{"a": 1}, None], dtype=object), allow_pickle=True)
    _assert_clean(tmp_path / "objects.npy")
    np.save(tmp_path / "evil.npy", np.array([_Payload(), 1], dtype=object), allow_pickle=True)
    worst, found = _worst(tmp_path / "evil.npy")
    assert worst == Severity.CRITICAL, found
    np.savez(tmp_path / "evil.npz", ok=np.arange(3), bad=np.array([_Payload()], dtype=object))
    worst, found = _worst(tmp_path / "evil.npz")
    assert worst == Severity.CRITICAL, found


def test_dill_and_cloudpickle(tmp_path: Path) -> None:
    dill = pytest.importorskip("dill")
    cloudpickle = pytest.importorskip("cloudpickle")
    data = {"weights": [1.0, 2.0], "name": "model"}
    (tmp_path / "plain.dill").write_bytes(dill.dumps(data))
    _assert_clean(tmp_path / "plain.dill")
    (tmp_path / "plain.cloudpickle").write_bytes(cloudpickle.dumps(data))
    _assert_clean(tmp_path / "plain.cloudpickle")
    # A lambda is code: both libraries rebuild it from a code object on load.
    (tmp_path / "fn.dill").write_bytes(dill.dumps(lambda x: x + 1))
    worst, found = _worst(tmp_path / "fn.dill")
    assert worst is not None, found
    assert worst >= Severity.HIGH, found
    (tmp_path / "fn.cloudpickle").write_bytes(cloudpickle.dumps(lambda x: x + 1))
    worst, found = _worst(tmp_path / "fn.cloudpickle")
    assert worst is not None, found
    assert worst >= Severity.HIGH, found


def test_transformers_save_pretrained_both_formats_and_training_args(tmp_path: Path) -> None:
    transformers = pytest.importorskip("transformers")
    config = transformers.BertConfig(vocab_size=50, hidden_size=8, num_hidden_layers=1,
                                     num_attention_heads=2, intermediate_size=8, max_position_embeddings=16)
    model = transformers.BertModel(config)
    model.save_pretrained(tmp_path / "st", safe_serialization=True)
    model.save_pretrained(tmp_path / "pt", safe_serialization=False)
    if not (tmp_path / "pt" / "pytorch_model.bin").exists():
        # transformers 5 writes safetensors only; 4.x wrote pytorch_model.bin as torch.save(state_dict),
        # and hubs are full of those files, so make one the way it did.
        torch.save(model.state_dict(), tmp_path / "pt" / "pytorch_model.bin")
    formats = set()
    for path in [*(tmp_path / "st").iterdir(), *(tmp_path / "pt").iterdir()]:
        _assert_clean(path)
        formats.add(scan_file(str(path))[0].format)
    assert {"safetensors", "pytorch"} <= formats
    pytest.importorskip("accelerate")
    args = transformers.TrainingArguments(output_dir=str(tmp_path / "out"), report_to=[])
    torch.save(args, tmp_path / "training_args.bin")
    _assert_clean(tmp_path / "training_args.bin")


def test_no_digest_reads_only_the_pickle_member(tmp_path: Path) -> None:
    path = tmp_path / "big.pt"
    torch.save({"w": torch.zeros(2_000_000)}, path)
    with_digest, _ = scan_file(str(path))
    without, findings = scan_file(str(path), digest=False)
    assert with_digest.sha256 is not None
    assert without.sha256 is None
    assert all(f.severity < Severity.MEDIUM for f in findings)
