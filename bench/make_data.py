#!/usr/bin/env python3
"""Generate the benchmark corpus for mlward's benchmark harness.

Everything is written with the real libraries (numpy, safetensors, torch, joblib), so
the files have exactly the layout users meet in the wild:

    model.safetensors       ~2 GB * scale   safetensors.numpy.save_file
    model.pt                ~2 GB * scale   torch.save(state_dict) (zip format)
    arrays_p2.pkl           ~1 GB * scale   pickle.dump(list_of_arrays, f, protocol=2)
    arrays.joblib           ~1 GB * scale   joblib.dump(dict_of_arrays, f)
    many/                   200 small .pkl / .safetensors files (directory scan)
    malicious/              tiny files for the correctness smoke check (see smoke.py)

The output directory (bench/data/ by default) is git-ignored.  Run with ``--scale 0.05``
for a quick run.  The files are not deterministic byte-for-byte across library versions
but their sizes and structure are.
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import shutil
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import numpy as np

GB = 1024**3
MB = 1024**2
HERE = Path(__file__).resolve().parent

# Harmless command used in the malicious smoke files.  It is never executed by this
# script: pickling an object whose __reduce__ returns (os.system, (CMD,)) only records
# the call; it runs only if someone unpickles the file.
PAYLOAD_CMD = "echo mlward-bench-payload"


def log(msg: str) -> None:
    print(f"[make_data] {msg}", file=sys.stderr, flush=True)


def layer_shapes(total_bytes: int, dim: int) -> Iterator[tuple[str, tuple[int, ...]]]:
    """Yield (name, shape) pairs of float32 tensors looking like a transformer stack.

    Each layer has a (dim, dim) weight, a (dim,) bias and a (dim,) norm weight.  Layers are
    added until ``total_bytes`` is reached (at least one layer).
    """
    per_layer = (dim * dim + 2 * dim) * 4
    n_layers = max(1, round(total_bytes / per_layer))
    yield "embed.weight", (dim, 64)
    for i in range(n_layers):
        yield f"layers.{i}.proj.weight", (dim, dim)
        yield f"layers.{i}.proj.bias", (dim,)
        yield f"layers.{i}.norm.weight", (dim,)


def make_state(total_bytes: int, dim: int, rng: np.random.Generator) -> dict[str, np.ndarray]:
    """Random float32 arrays totalling about ``total_bytes``."""
    state: dict[str, np.ndarray] = {}
    for name, shape in layer_shapes(total_bytes, dim):
        state[name] = rng.standard_normal(shape, dtype=np.float32)
    return state


def nbytes(state: dict[str, np.ndarray]) -> int:
    return sum(a.nbytes for a in state.values())


def subset(state: dict[str, np.ndarray], total_bytes: int) -> dict[str, np.ndarray]:
    """First entries of ``state`` totalling about ``total_bytes`` (views, no copies)."""
    out: dict[str, np.ndarray] = {}
    acc = 0
    for name, arr in state.items():
        if acc >= total_bytes and out:
            break
        out[name] = arr
        acc += arr.nbytes
    return out


def write_safetensors(path: Path, state: dict[str, np.ndarray]) -> None:
    from safetensors.numpy import save_file

    save_file(state, str(path), metadata={"format": "np", "generator": "mlward-bench"})


def write_torch(path: Path, state: dict[str, np.ndarray]) -> None:
    import torch

    tensors = {name: torch.from_numpy(arr) for name, arr in state.items()}
    torch.save(tensors, path)


def write_pickle_p2(path: Path, arrays: list[np.ndarray]) -> None:
    with path.open("wb") as f:
        pickle.dump(arrays, f, protocol=2)


def write_joblib(path: Path, state: dict[str, np.ndarray]) -> None:
    import joblib

    joblib.dump(dict(state), path)


def write_many(out: Path, count: int, rng: np.random.Generator, scale: float) -> None:
    """``count`` small files, alternating pickle (protocol 4) and safetensors."""
    from safetensors.numpy import save_file

    out.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        # 16 KiB .. ~1 MiB of float32 per file at scale 1.
        n_floats = int(rng.integers(4_096, 262_144) * max(scale, 0.05))
        state = {
            "weight": rng.standard_normal(max(n_floats, 16), dtype=np.float32),
            "bias": rng.standard_normal(16, dtype=np.float32),
        }
        if i % 2 == 0:
            with (out / f"part_{i:03d}.pkl").open("wb") as f:
                pickle.dump({"step": i, "state": state}, f, protocol=4)
        else:
            save_file(state, str(out / f"part_{i:03d}.safetensors"))


class _SystemCall:
    """Pickles as a REDUCE of os.system (posix.system).  Used only to *write* pickles."""

    def __reduce__(self) -> tuple[object, tuple[str]]:
        return (os.system, (PAYLOAD_CMD,))


def write_malicious(out: Path) -> dict[str, str]:
    """Small malicious files (os.system via REDUCE) in each container, plus clean controls.

    Returns {file name: description}.
    """
    import joblib
    import torch
    from safetensors.numpy import save_file

    out.mkdir(parents=True, exist_ok=True)
    arr = np.arange(1024, dtype=np.float32)
    evil = _SystemCall()
    files: dict[str, str] = {}

    def note(name: str, desc: str) -> Path:
        files[name] = desc
        return out / name

    with note("evil_p2.pkl", "raw pickle, protocol 2, os.system REDUCE after an array").open(
        "wb"
    ) as f:
        pickle.dump([arr, evil], f, protocol=2)
    with note("evil_p4.pkl", "raw pickle, protocol 4 (framed), os.system REDUCE").open("wb") as f:
        pickle.dump({"w": arr, "x": evil}, f, protocol=4)
    torch.save(
        {"w": torch.from_numpy(arr), "x": evil},
        note("evil_zip.pt", "PyTorch zip checkpoint, os.system REDUCE in data.pkl"),
    )
    torch.save(
        {"w": torch.from_numpy(arr), "x": evil},
        note("evil_legacy.pt", "PyTorch legacy (non-zip) checkpoint, os.system REDUCE"),
        _use_new_zipfile_serialization=False,
    )
    joblib.dump(
        {"w": arr, "x": evil},
        note("evil.joblib", "joblib dump, os.system REDUCE after a numpy array's raw bytes"),
    )
    joblib.dump(
        {"x": evil, "w": arr},
        note("evil_first.joblib", "joblib dump, os.system REDUCE before the numpy array"),
    )
    # Clean controls: the same containers without the payload (false-positive check).
    with note("clean_p2.pkl", "clean control: raw pickle, protocol 2, numpy arrays").open(
        "wb"
    ) as f:
        pickle.dump([arr, arr * 2], f, protocol=2)
    torch.save(
        {"w": torch.from_numpy(arr)},
        note("clean_zip.pt", "clean control: PyTorch zip checkpoint"),
    )
    joblib.dump({"w": arr}, note("clean.joblib", "clean control: joblib dump"))
    save_file({"w": arr}, str(note("clean.safetensors", "clean control: safetensors")))
    return files


def file_size(path: Path) -> int:
    if path.is_dir():
        return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())
    return path.stat().st_size


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--scale", type=float, default=1.0, help="size factor (1 = 2 GB / 2 GB / 1 GB / 1 GB)"
    )
    parser.add_argument("--out", type=Path, default=HERE / "data", help="output directory")
    parser.add_argument("--seed", type=int, default=1234)
    parser.add_argument("--dim", type=int, default=2048, help="hidden size of the fake layers")
    parser.add_argument("--many", type=int, default=200, help="file count in many/")
    parser.add_argument(
        "--only",
        action="append",
        choices=["safetensors", "torch", "pickle", "joblib", "many", "malicious"],
        help="generate only these (repeatable); default all",
    )
    args = parser.parse_args(argv)
    if args.scale <= 0:
        parser.error("--scale must be > 0")
    wanted = set(args.only or ["safetensors", "torch", "pickle", "joblib", "many", "malicious"])

    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(args.seed)
    # Smaller hidden size at small scales so files still hold many tensors.
    dim = args.dim if args.scale >= 0.25 else max(256, int(args.dim * args.scale**0.5))

    t0 = time.perf_counter()
    need_big = wanted & {"safetensors", "torch", "pickle", "joblib"}
    state: dict[str, np.ndarray] = {}
    if need_big:
        log(f"generating ~{2 * args.scale:.2f} GB of float32 tensors (dim={dim})")
        state = make_state(int(2 * GB * args.scale), dim, rng)
        log(f"  {len(state)} tensors, {nbytes(state) / MB:.0f} MiB")

    manifest: dict[str, object] = {"scale": args.scale, "seed": args.seed, "dim": dim}
    written: dict[str, int] = {}

    def done(path: Path, started: float) -> None:
        size = file_size(path)
        written[path.name] = size
        log(f"  wrote {path.name}: {size / MB:.1f} MiB in {time.perf_counter() - started:.1f}s")

    if "safetensors" in wanted:
        t = time.perf_counter()
        write_safetensors(out / "model.safetensors", state)
        done(out / "model.safetensors", t)
    if "torch" in wanted:
        t = time.perf_counter()
        write_torch(out / "model.pt", state)
        done(out / "model.pt", t)
    if "pickle" in wanted:
        # Protocol 2 stores bytes as _codecs.encode(latin-1 str); random float bytes grow by
        # ~1.5x in UTF-8, so 1 GB of file needs ~0.67 GB of arrays.
        t = time.perf_counter()
        arrays = list(subset(state, int(GB * args.scale / 1.5)).values())
        write_pickle_p2(out / "arrays_p2.pkl", arrays)
        done(out / "arrays_p2.pkl", t)
    if "joblib" in wanted:
        t = time.perf_counter()
        write_joblib(out / "arrays.joblib", subset(state, int(GB * args.scale)))
        done(out / "arrays.joblib", t)
    del state
    if "many" in wanted:
        t = time.perf_counter()
        many = out / "many"
        if many.exists():
            shutil.rmtree(many)
        write_many(many, args.many, rng, args.scale)
        done(many, t)
    if "malicious" in wanted:
        t = time.perf_counter()
        manifest["malicious"] = write_malicious(out / "malicious")
        done(out / "malicious", t)

    old: dict[str, object] = {}
    manifest_path = out / "manifest.json"
    if manifest_path.exists():
        old = json.loads(manifest_path.read_text())
    sizes = dict(old.get("sizes", {})) if isinstance(old.get("sizes"), dict) else {}
    sizes.update(written)
    manifest["sizes"] = sizes
    manifest_path.write_text(json.dumps({**old, **manifest}, indent=2) + "\n")
    log(f"done in {time.perf_counter() - t0:.1f}s -> {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
