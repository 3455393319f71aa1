"""`convert`: PyTorch zip checkpoints, pickled numpy arrays and `.npz` archives to safetensors, without
executing them (OWASP LLMSVS 2.10: prefer safe formats).

Nothing is unpickled. The pickle is read opcode by opcode (`pickletools.genops` parses, it does not
execute) by a small machine that can build only plain containers, numbers, strings and tensors: the
only globals it accepts are torch's tensor rebuilders and storage types, `collections.OrderedDict`,
numpy's array reconstruction and `_codecs.encode` — each replaced by a stand-in of ours that records
data. Anything else (a REDUCE of any other callable, an object instantiation, an extension code) stops
the conversion. Every tensor's bytes are hashed as they are read from the source and again as they are
read back from the written file; the output is kept only when all match. A record of the conversion
(both digests, every tensor's digest) is written beside the output for the provenance ledger.
"""

from __future__ import annotations

import ast
import hashlib
import io
import json
import math
import os
import pickletools
import struct
import tempfile
import warnings
import zipfile
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import numpy as np

from mlward.errors import MlwardError

RECORD_KIND = "mlward.conversion/1"
_MAX_PICKLE = 256 << 20
_MAX_TENSORS = 1_000_000

# torch storage class -> (safetensors dtype, numpy dtype used to read the bytes)
_STORAGES = {
    "FloatStorage": ("F32", "<f4"),
    "DoubleStorage": ("F64", "<f8"),
    "HalfStorage": ("F16", "<f2"),
    "BFloat16Storage": ("BF16", "<u2"),
    "LongStorage": ("I64", "<i8"),
    "IntStorage": ("I32", "<i4"),
    "ShortStorage": ("I16", "<i2"),
    "CharStorage": ("I8", "i1"),
    "ByteStorage": ("U8", "u1"),
    "BoolStorage": ("BOOL", "?"),
}
_NUMPY = {
    "f2": "F16",
    "f4": "F32",
    "f8": "F64",
    "i1": "I8",
    "i2": "I16",
    "i4": "I32",
    "i8": "I64",
    "u1": "U8",
    "u2": "U16",
    "u4": "U32",
    "u8": "U64",
    "b1": "BOOL",
}


class ConversionRefused(MlwardError):
    """The source holds something other than tensors and plain data, or cannot be read; nothing written."""


class VerificationFailed(MlwardError):
    """The written file does not read back bit-exactly; it was removed."""


# ------------------------------------------------------------------ what the restricted machine builds


@dataclass(frozen=True, slots=True)
class _StorageType:
    name: str


@dataclass(frozen=True, slots=True)
class _Storage:
    key: str
    dtype: str  # safetensors dtype
    numpy: str
    numel: int


@dataclass(frozen=True, slots=True)
class _TensorView:
    storage: _Storage
    offset: int
    shape: tuple[int, ...]
    stride: tuple[int, ...]


@dataclass(slots=True)
class _Array:
    """numpy array under reconstruction (ndarray._reconstruct, then BUILD with its state)."""

    shape: tuple[int, ...] = ()
    dtype: str = ""
    fortran: bool = False
    data: bytes | None = None


@dataclass(slots=True)
class _Dtype:
    code: str
    order: str = "<"


@dataclass(frozen=True, slots=True)
class _Callable:
    name: str


_ALLOWED_CALLABLES = frozenset(
    {
        "torch._utils._rebuild_tensor_v2",
        "torch._utils._rebuild_tensor",
        "torch._utils._rebuild_parameter",
        "torch._utils._rebuild_parameter_with_state",
        "collections.OrderedDict",
        "builtins.set",
        "builtins.frozenset",
        "_codecs.encode",
        "torch.Size",
        "numpy.core.multiarray._reconstruct",
        "numpy._core.multiarray._reconstruct",
        "numpy.dtype",
        "numpy.ndarray",
    }
)


def _resolve(module: str, name: str) -> object:
    if module == "torch" and name in _STORAGES:
        return _StorageType(name)
    full = f"{module}.{name}"
    if full in _ALLOWED_CALLABLES:
        return _Callable(full)
    raise ConversionRefused(
        f"the pickle imports {full}, which is not a tensor or plain container; "
        f"convert refuses anything it cannot rebuild as data"
    )


def _call(func: object, args: object) -> object:
    if not isinstance(func, _Callable) or not isinstance(args, tuple):
        raise ConversionRefused(f"the pickle calls {func!r}, which is not allowed")
    name = func.name
    if name in ("torch._utils._rebuild_tensor_v2", "torch._utils._rebuild_tensor"):
        storage, offset, shape, stride = (args + (None,) * 4)[:4]
        if not isinstance(storage, _Storage) or not isinstance(offset, int):
            raise ConversionRefused("a tensor is rebuilt from something that is not a storage")
        return _TensorView(storage, offset, _ints(shape), _ints(stride))
    if name in ("torch._utils._rebuild_parameter", "torch._utils._rebuild_parameter_with_state"):
        if not args or not isinstance(args[0], _TensorView):
            raise ConversionRefused("a parameter wraps something that is not a tensor")
        return args[0]
    if name == "collections.OrderedDict":
        return dict(args[0]) if args and isinstance(args[0], list | tuple) else {}
    if name in ("builtins.set", "builtins.frozenset"):
        return list(args[0]) if args else []
    if name == "torch.Size":
        return _ints(args[0] if args else ())
    if name == "_codecs.encode":
        if len(args) == 2 and isinstance(args[0], str) and args[1] in ("latin1", "latin-1"):
            return args[0].encode("latin-1")
        raise ConversionRefused("_codecs.encode with unexpected arguments")
    if name.endswith("multiarray._reconstruct"):
        return _Array()
    if name == "numpy.dtype":
        if args and isinstance(args[0], str):
            return _Dtype(args[0])
        raise ConversionRefused("numpy.dtype with unexpected arguments")
    raise ConversionRefused(f"the pickle calls {name} in a way convert does not rebuild")


def _ints(value: object) -> tuple[int, ...]:
    if not isinstance(value, tuple | list) or not all(isinstance(v, int) and v >= 0 for v in value):
        raise ConversionRefused(f"expected a shape or stride of non-negative integers, got {value!r}")
    return tuple(value)


def _build(target: object, state: object) -> object:
    if isinstance(target, dict):
        return target  # an OrderedDict's attributes (torch's _metadata): not tensor data, dropped
    if isinstance(target, _Dtype) and isinstance(state, tuple) and len(state) >= 2:
        target.order = str(state[1]) if state[1] in ("<", ">", "|", "=") else "<"
        return target
    if isinstance(target, _Array) and isinstance(state, tuple) and len(state) == 5:
        _, shape, dtype, fortran, data = state
        if not isinstance(dtype, _Dtype) or not isinstance(data, bytes):
            raise ConversionRefused("a numpy array whose data are not raw bytes (an object array?)")
        target.shape, target.fortran, target.data = _ints(shape), bool(fortran), data
        target.dtype = _numpy_dtype(dtype.order + dtype.code if dtype.order in "<>" else dtype.code)
        return target
    if isinstance(target, _TensorView):
        return target  # a Parameter's extra state
    raise ConversionRefused(f"the pickle sets the state of {type(target).__name__}, which is not data")


def _numpy_dtype(descr: str) -> str:
    try:
        dtype = np.dtype(descr)
    except TypeError as exc:
        raise ConversionRefused(f"unsupported array dtype {descr!r}") from exc
    key = f"{dtype.kind}{dtype.itemsize}"
    if dtype.byteorder == ">" or key not in _NUMPY:
        raise ConversionRefused(f"array dtype {descr!r} has no safetensors equivalent")
    return key


def _machine(data: bytes, storages: dict[str, bytes] | None) -> object:
    """Run the restricted pickle machine over one pickle; returns the rebuilt object."""
    # genops decodes protocol-0 strings with escape_decode, which warns about bad escapes in
    # hostile input; the warning says nothing to a user of convert.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        return _run_machine(data, storages)


def _run_machine(data: bytes, storages: dict[str, bytes] | None) -> object:
    stack: list[Any] = []
    marks: list[int] = []
    memo: dict[int, Any] = {}

    def pop_mark() -> list[Any]:
        if not marks:
            raise ConversionRefused("malformed pickle: no MARK")
        start = marks.pop()
        items = stack[start:]
        del stack[start:]
        return items

    try:
        for op, raw, _pos in pickletools.genops(io.BytesIO(data)):
            arg: Any = raw
            name = op.name
            if name in ("PROTO", "FRAME"):
                continue
            if name == "STOP":
                if len(stack) != 1:
                    raise ConversionRefused("malformed pickle: stack not empty at STOP")
                return stack.pop()
            if name == "MARK":
                marks.append(len(stack))
            elif name in ("EMPTY_DICT",):
                stack.append({})
            elif name in ("EMPTY_LIST",):
                stack.append([])
            elif name == "EMPTY_TUPLE":
                stack.append(())
            elif name in ("EMPTY_SET",):
                stack.append([])
            elif name in ("TUPLE1", "TUPLE2", "TUPLE3"):
                n = int(name[-1])
                items = stack[-n:]
                del stack[-n:]
                stack.append(tuple(items))
            elif name == "TUPLE":
                stack.append(tuple(pop_mark()))
            elif name == "LIST":
                stack.append(pop_mark())
            elif name == "DICT":
                items = pop_mark()
                stack.append(dict(zip(items[::2], items[1::2], strict=True)))
            elif name == "FROZENSET":
                stack.append(pop_mark())
            elif name == "APPEND":
                value = stack.pop()
                _list(stack[-1]).append(value)
            elif name in ("APPENDS", "ADDITEMS"):
                items = pop_mark()
                _list(stack[-1]).extend(items)
            elif name == "SETITEM":
                value, key = stack.pop(), stack.pop()
                _dict(stack[-1])[_key(key)] = value
            elif name == "SETITEMS":
                items = pop_mark()
                target = _dict(stack[-1])
                for key, value in zip(items[::2], items[1::2], strict=True):
                    target[_key(key)] = value
            elif name in ("NONE", "NEWTRUE", "NEWFALSE"):
                stack.append({"NONE": None, "NEWTRUE": True, "NEWFALSE": False}[name])
            elif name in (
                "INT",
                "BININT",
                "BININT1",
                "BININT2",
                "LONG",
                "LONG1",
                "LONG4",
                "FLOAT",
                "BINFLOAT",
                "BINUNICODE",
                "SHORT_BINUNICODE",
                "UNICODE",
                "BINUNICODE8",
                "BINSTRING",
                "SHORT_BINSTRING",
                "STRING",
                "BINBYTES",
                "SHORT_BINBYTES",
                "BINBYTES8",
                "BYTEARRAY8",
            ):
                stack.append(bytes(arg) if name == "BYTEARRAY8" else arg)
            elif name in ("MEMOIZE",):
                memo[len(memo)] = stack[-1]
            elif name in ("PUT", "BINPUT", "LONG_BINPUT"):
                memo[int(arg)] = stack[-1]
            elif name in ("GET", "BINGET", "LONG_BINGET"):
                stack.append(memo[int(arg)])
            elif name == "GLOBAL":
                module, _, attr = str(arg).partition(" ")
                stack.append(_resolve(module, attr))
            elif name == "STACK_GLOBAL":
                attr, module = stack.pop(), stack.pop()
                stack.append(_resolve(str(module), str(attr)))
            elif name == "REDUCE":
                args = stack.pop()
                stack.append(_call(stack.pop(), args))
            elif name == "BUILD":
                state = stack.pop()
                stack[-1] = _build(stack[-1], state)
            elif name in ("BINPERSID", "PERSID"):
                pid = stack.pop() if name == "BINPERSID" else tuple(str(arg).split(","))
                stack.append(_persistent(pid, storages))
            elif name == "POP":
                stack.pop()
            elif name == "POP_MARK":
                pop_mark()
            elif name == "DUP":
                stack.append(stack[-1])
            else:
                raise ConversionRefused(
                    f"the pickle uses {name}, which builds objects convert does not allow"
                )
    except (ValueError, IndexError, KeyError, TypeError, struct.error) as exc:
        raise ConversionRefused(f"the pickle is malformed ({type(exc).__name__}: {exc})") from exc
    raise ConversionRefused("the pickle ends without STOP")


def _list(value: object) -> list[Any]:
    if not isinstance(value, list):
        raise ConversionRefused("APPEND to something that is not a list")
    return value


def _dict(value: object) -> dict[Any, Any]:
    if not isinstance(value, dict):
        raise ConversionRefused("SETITEM on something that is not a dict")
    return value


def _key(key: object) -> object:
    if not isinstance(key, str | int | float | bool | tuple) and key is not None:
        raise ConversionRefused("a dict key that is not plain data")
    return key


def _persistent(pid: object, storages: dict[str, bytes] | None) -> _Storage:
    if storages is None or not isinstance(pid, tuple) or len(pid) < 5 or pid[0] != "storage":
        raise ConversionRefused(f"persistent reference {pid!r} is not a torch storage")
    kind, key, numel = pid[1], str(pid[2]), pid[4]
    if not isinstance(kind, _StorageType) or not isinstance(numel, int):
        raise ConversionRefused(f"storage {key} has an unsupported type")
    dtype, numpy = _STORAGES[kind.name]
    if key not in storages:
        raise ConversionRefused(f"storage {key} is missing from the archive")
    if len(storages[key]) != numel * np.dtype(numpy).itemsize:
        raise ConversionRefused(f"storage {key} holds {len(storages[key])} bytes, not {numel} elements")
    return _Storage(key, dtype, numpy, numel)


# ------------------------------------------------------------------ tensors out of the rebuilt object


@dataclass(frozen=True, slots=True)
class TensorRecord:
    """One tensor written: its name, dtype, shape and the SHA-256 of its bytes."""

    name: str
    dtype: str
    shape: tuple[int, ...]
    sha256: str

    def to_dict(self) -> dict[str, Any]:
        """The JSON form."""
        return {"name": self.name, "dtype": self.dtype, "shape": list(self.shape), "sha256": self.sha256}


@dataclass(frozen=True, slots=True)
class ConversionRecord:
    """What was converted into what, for the provenance ledger (`kind` names the schema)."""

    source: str
    source_sha256: str
    source_format: str
    output: str
    output_sha256: str
    tensors: tuple[TensorRecord, ...]
    skipped: tuple[str, ...] = ()  # plain values (epoch numbers, names) that safetensors cannot hold
    created: str = field(default_factory=lambda: datetime.now(UTC).isoformat(timespec="seconds"))

    def to_dict(self) -> dict[str, Any]:
        """The JSON form written beside the output."""
        from mlward import __version__

        return {
            "kind": RECORD_KIND,
            "tool": {"name": "mlward", "version": __version__},
            "created": self.created,
            "source": {"path": self.source, "sha256": self.source_sha256, "format": self.source_format},
            "output": {"path": self.output, "sha256": self.output_sha256, "format": "safetensors"},
            "tensors": [t.to_dict() for t in self.tensors],
            "skipped": list(self.skipped),
            "verified": True,
        }


def _walk(value: object, prefix: str, out: dict[str, object], skipped: list[str], depth: int = 0) -> None:
    if depth > 64:
        raise ConversionRefused("containers nested deeper than 64 levels")
    if isinstance(value, _TensorView | _Array):
        name = prefix or "tensor"
        if name in out:
            raise ConversionRefused(f"two tensors would both be named {name!r}")
        out[name] = value
        if len(out) > _MAX_TENSORS:
            raise ConversionRefused(f"more than {_MAX_TENSORS} tensors")
    elif isinstance(value, dict):
        for key, item in value.items():
            _walk(item, f"{prefix}.{key}" if prefix else str(key), out, skipped, depth + 1)
    elif isinstance(value, list | tuple):
        for index, item in enumerate(value):
            _walk(item, f"{prefix}.{index}" if prefix else str(index), out, skipped, depth + 1)
    elif value is None or isinstance(value, str | int | float | bool | bytes):
        if prefix:
            skipped.append(prefix)
    else:
        raise ConversionRefused(
            f"{prefix or 'the root'} is a {type(value).__name__}, not a tensor or plain data"
        )


def _tensor_bytes(value: object, storages: dict[str, bytes]) -> tuple[str, tuple[int, ...], bytes]:
    """(safetensors dtype, shape, C-contiguous little-endian bytes) of one tensor."""
    if isinstance(value, _Array):
        if value.data is None:
            raise ConversionRefused("a numpy array without data")
        dtype = np.dtype(value.dtype if value.dtype != "b1" else "?")
        count = math.prod(value.shape)
        if len(value.data) != count * dtype.itemsize:
            raise ConversionRefused(f"an array of shape {value.shape} holds {len(value.data)} bytes")
        array = np.frombuffer(value.data, dtype=dtype.newbyteorder("<") if dtype.itemsize > 1 else dtype)
        array = array.reshape(value.shape, order="F" if value.fortran else "C")
        return _NUMPY[value.dtype], value.shape, np.ascontiguousarray(array).tobytes()
    assert isinstance(value, _TensorView)
    storage = value.storage
    if len(value.shape) != len(value.stride):
        raise ConversionRefused("a tensor whose shape and stride differ in length")
    numel = math.prod(value.shape)
    # Bounds first: a hostile stride must not make as_strided read outside the storage.
    last = value.offset + sum((n - 1) * s for n, s in zip(value.shape, value.stride, strict=True) if n > 0)
    if numel and (value.offset < 0 or last >= storage.numel):
        raise ConversionRefused(f"a tensor reaches element {last} of a storage of {storage.numel}")
    base = np.frombuffer(storages[storage.key], dtype=np.dtype(storage.numpy))
    if not numel:
        return storage.dtype, value.shape, b""
    itemsize = base.itemsize
    view = np.lib.stride_tricks.as_strided(
        base[value.offset :],
        shape=value.shape,
        strides=tuple(s * itemsize for s in value.stride),
        writeable=False,
    )
    return storage.dtype, value.shape, np.ascontiguousarray(view).tobytes()


# ------------------------------------------------------------------ sources


def _read_source(path: str) -> tuple[str, object, dict[str, bytes]]:
    """(format, rebuilt object, storages) of a checkpoint, never executing it."""
    with open(path, "rb") as handle:
        head = handle.read(8)
    if head.startswith(b"PK"):
        try:
            with zipfile.ZipFile(path) as archive:
                return _from_zip(archive)
        except (zipfile.BadZipFile, OSError, EOFError) as exc:
            raise ConversionRefused(f"{path}: unreadable zip archive ({exc})") from exc
    if head.startswith(b"\x80"):
        with open(path, "rb") as handle:
            data = handle.read(_MAX_PICKLE + 1)
        if len(data) > _MAX_PICKLE:
            raise ConversionRefused(f"{path}: pickle larger than {_MAX_PICKLE} bytes")
        root = _machine(data, None)
        return "pickle", root, {}
    raise ConversionRefused(f"{path}: not a PyTorch zip checkpoint, a pickle or an .npz archive")


def _from_zip(archive: zipfile.ZipFile) -> tuple[str, object, dict[str, bytes]]:
    names = archive.namelist()
    pickles = [n for n in names if n.endswith("/data.pkl") or n == "data.pkl"]
    if pickles:
        if len(pickles) != 1:
            raise ConversionRefused("the archive holds more than one data.pkl")
        prefix = pickles[0][: -len("data.pkl")]
        order = [n for n in names if n.startswith(prefix) and n.endswith("byteorder")]
        if order and archive.read(order[0]).strip() not in (b"little", b""):
            raise ConversionRefused("big-endian checkpoints are not converted")
        storages = {n[len(prefix) + 5 :]: archive.read(n) for n in names if n.startswith(prefix + "data/")}
        info = archive.getinfo(pickles[0])
        if info.file_size > _MAX_PICKLE:
            raise ConversionRefused(f"data.pkl larger than {_MAX_PICKLE} bytes")
        return "pytorch", _machine(archive.read(pickles[0]), storages), storages
    if names and all(n.endswith(".npy") for n in names):
        return "npz", {n[:-4]: _npy(archive.read(n), n) for n in names}, {}
    raise ConversionRefused("a zip archive that is neither a PyTorch checkpoint nor an .npz")


def _npy(data: bytes, name: str) -> _Array:
    if not data.startswith(b"\x93NUMPY") or len(data) < 10:
        raise ConversionRefused(f"{name} is not an .npy array")
    major = data[6]
    size_fmt, start = ("<H", 10) if major == 1 else ("<I", 12)
    (length,) = struct.unpack_from(size_fmt, data, 8)
    try:
        header = ast.literal_eval(data[start : start + length].decode("latin-1"))
    except (ValueError, SyntaxError) as exc:
        raise ConversionRefused(f"{name}: unreadable .npy header") from exc
    if not isinstance(header, dict) or not isinstance(header.get("descr"), str):
        raise ConversionRefused(f"{name}: structured or object arrays are not converted")
    return _Array(
        shape=_ints(header.get("shape", ())),
        dtype=_numpy_dtype(header["descr"]),
        fortran=bool(header.get("fortran_order")),
        data=data[start + length :],
    )


# ------------------------------------------------------------------ writing and verifying


def _sha256_file(path: str) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _write(
    tensors: dict[str, object], storages: dict[str, bytes], out: str, metadata: dict[str, str]
) -> list[TensorRecord]:
    layout: dict[str, Any] = {"__metadata__": metadata}
    records: list[TensorRecord] = []
    blobs: list[bytes] = []
    offset = 0
    for name in sorted(tensors):
        dtype, shape, data = _tensor_bytes(tensors[name], storages)
        layout[name] = {"dtype": dtype, "shape": list(shape), "data_offsets": [offset, offset + len(data)]}
        records.append(TensorRecord(name, dtype, shape, hashlib.sha256(data).hexdigest()))
        blobs.append(data)
        offset += len(data)
    header = json.dumps(layout, separators=(",", ":")).encode()
    header += b" " * (-len(header) % 8)
    with open(out, "wb") as handle:
        handle.write(struct.pack("<Q", len(header)) + header)
        for blob in blobs:
            handle.write(blob)
    return records


def read_safetensors_digests(path: str) -> tuple[dict[str, str], dict[str, tuple[str, tuple[int, ...], str]]]:
    """(metadata, name -> (dtype, shape, sha256 of bytes)) of a safetensors file, read as data."""
    with open(path, "rb") as handle:
        (length,) = struct.unpack("<Q", handle.read(8))
        header = json.loads(handle.read(length))
        base = 8 + length
        found: dict[str, tuple[str, tuple[int, ...], str]] = {}
        for name, entry in header.items():
            if name == "__metadata__":
                continue
            start, end = entry["data_offsets"]
            handle.seek(base + start)
            data = handle.read(end - start)
            found[name] = (entry["dtype"], tuple(entry["shape"]), hashlib.sha256(data).hexdigest())
    return header.get("__metadata__", {}), found


def _verify(out: str, records: list[TensorRecord], metadata: dict[str, str]) -> None:
    try:
        meta, found = read_safetensors_digests(out)
    except (OSError, ValueError, KeyError, struct.error) as exc:
        raise VerificationFailed(f"{out}: the written file does not read back ({exc})") from exc
    expected = {r.name: (r.dtype, r.shape, r.sha256) for r in records}
    if found != expected or meta != metadata:
        bad = sorted(n for n in expected.keys() | found.keys() if expected.get(n) != found.get(n))
        raise VerificationFailed(f"{out}: tensors {bad[:5]} do not read back bit-exactly")


def default_output(source: str) -> str:
    """model.pt -> model.safetensors, next to the source."""
    root, _ = os.path.splitext(source)
    return root + ".safetensors"


def convert(source: str, output: str | None = None, *, overwrite: bool = False) -> ConversionRecord:
    """Convert a checkpoint to safetensors without executing it; returns the verified record.

    Raises ConversionRefused when the source holds anything but tensors and plain data (nothing is
    written), VerificationFailed when the output does not read back bit-exactly (it is removed).
    """
    out = output or default_output(source)
    if os.path.exists(out) and not overwrite:
        raise ConversionRefused(f"{out} exists; choose another --output or remove it")
    try:
        source_sha256 = _sha256_file(source)
        fmt, root, storages = _read_source(source)
    except OSError as exc:
        raise ConversionRefused(f"{source}: {exc.strerror or exc}") from exc
    tensors: dict[str, object] = {}
    skipped: list[str] = []
    _walk(root, "", tensors, skipped)
    if not tensors:
        raise ConversionRefused(f"{source}: no tensors found")
    metadata = {
        "format": "pt" if fmt == "pytorch" else "np",
        "mlward.source_sha256": source_sha256,
        "mlward.source_name": os.path.basename(source),
    }
    folder = os.path.dirname(os.path.abspath(out))
    handle, temp = tempfile.mkstemp(prefix=".mlward-convert-", suffix=".safetensors", dir=folder)
    os.close(handle)
    try:
        records = _write(tensors, storages, temp, metadata)
        _verify(temp, records, metadata)
        os.replace(temp, out)
    except BaseException:
        if os.path.exists(temp):
            os.remove(temp)
        raise
    record = ConversionRecord(
        source, source_sha256, fmt, out, _sha256_file(out), tuple(records), tuple(skipped)
    )
    with open(out + ".conversion.json", "w", encoding="utf-8") as handle_:
        json.dump(record.to_dict(), handle_, indent=2)
        handle_.write("\n")
    return record
