"""Keras model configurations — the config.json of a v3 `.keras` archive and the `model_config`
attribute of a legacy HDF5 `.h5` model — judged without loading Keras.

Two ways a Keras config runs code on load:
- Lambda layers carry marshalled Python bytecode (critical). The bytecode is decoded as data by
  `bytecode.py` (never `marshal.loads`) to show what it refers to.
- Any object in the config names a `module` and a class or function that Keras imports. Outside
  Keras' own modules that is an arbitrary import (CVE-2025-1550, the safe_mode bypass); inside Keras,
  a few functions are just as bad when a config calls them (`keras.utils.get_file` writes attacker-
  chosen files, CVE-2025-8747; `enable_unsafe_deserialization` switches safe_mode off, CVE-2025-9906).
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any

from mlward.findings import Finding, Location, Severity, rule
from mlward.scanners.base import ATLAS_MODEL_SUPPLY_CHAIN, ATLAS_USER_EXECUTION, ScanContext
from mlward.scanners.bytecode import MarshalError, summarize

MAX_CONFIG = 64 << 20
_MAX_DEPTH = 200

LAMBDA = rule(
    "keras.lambda-layer",
    "Keras Lambda layer with serialized Python bytecode",
    "A Lambda layer stores a Python function as marshalled bytecode; Keras runs it when the model is "
    "loaded with safe_mode off (and some loaders and older versions do so by default). The code can do "
    "anything the loading process can. mlward decoded the bytecode as data to show what it calls.",
    "Do not load the model with safe_mode=False. Ask for a version without Lambda layers (a "
    "registered custom layer whose code you can review), or rebuild the layer yourself.",
    atlas=(ATLAS_MODEL_SUPPLY_CHAIN, ATLAS_USER_EXECUTION),
    cwe=("CWE-94", "CWE-502"),
)
FOREIGN_MODULE = rule(
    "keras.foreign-module",
    "Keras config imports a module or function outside Keras",
    "An object in the model config names a module that is not part of Keras, or a Keras function that "
    "must never be called from a config. Deserializing it imports that module and calls or "
    "instantiates what it names — the safe_mode bypass class of CVE-2025-1550, CVE-2025-8747 and "
    "CVE-2025-9906.",
    "Do not load the model. If the module is your own registered custom object, load it only after "
    "reviewing that code; otherwise obtain the model from a trusted source.",
    atlas=(ATLAS_MODEL_SUPPLY_CHAIN, ATLAS_USER_EXECUTION),
    cwe=("CWE-470", "CWE-502"),
)
CUSTOM_OBJECT = rule(
    "keras.custom-object",
    "Keras config needs custom code",
    "The model uses a class registered by user code (a custom layer, loss or metric) that is not in "
    "Keras. Loading it requires importing that code, which is not in the model file.",
    "Review the package that provides the custom object before loading the model.",
    atlas=(ATLAS_MODEL_SUPPLY_CHAIN,),
    cwe=("CWE-829",),
)
CONFIG_UNPARSEABLE = rule(
    "keras.config-unparseable",
    "Keras model config could not be read",
    "The model's JSON config is malformed, too large or nested too deeply, so its layers were not "
    "checked; Keras may still load it.",
    "Obtain an intact copy of the model and scan again.",
    atlas=(ATLAS_MODEL_SUPPLY_CHAIN,),
)

# Modules whose import from a config is code execution outright.
_EXEC_MODULES = frozenset(
    {
        "os",
        "posix",
        "nt",
        "subprocess",
        "builtins",
        "__builtin__",
        "sys",
        "importlib",
        "runpy",
        "pickle",
        "_pickle",
        "marshal",
        "shutil",
        "socket",
        "pty",
        "code",
        "codeop",
        "ctypes",
        "multiprocessing",
        "webbrowser",
        "urllib",
        "requests",
        "http",
        "asyncio",
        "threading",
        "types",
        "functools",
        "operator",
        "io",
        "pathlib",
        "tempfile",
        "dill",
        "cloudpickle",
        "joblib",
        "numpy.f2py",
        "torch.hub",
    }
)
# Keras' own functions that do harm when a config can call them.
_DANGEROUS_KERAS = {
    "get_file": (Severity.HIGH, "downloads a file to an attacker-chosen path (CVE-2025-8747)"),
    "enable_unsafe_deserialization": (Severity.CRITICAL, "switches safe_mode off (CVE-2025-9906)"),
    "load_model": (Severity.HIGH, "loads another model, possibly unsafely"),
    "deserialize_keras_object": (Severity.HIGH, "deserializes a nested, unchecked object"),
}
# Lambda-like layers of tf.keras that call TensorFlow functions by name.
_TF_IO = ("io.", "py_function", "numpy_function", "compat.v1.py_func", "debugging.", "summary.", "data.")


def _keras_module(module: str) -> bool:
    return module in ("keras", "tf_keras", "tensorflow.keras") or module.startswith(
        ("keras.", "tf_keras.", "tensorflow.keras.", "tensorflow.python.keras.")
    )


def _top(module: str) -> str:
    return module.split(".")[0]


def _dangerous_module(module: str) -> bool:
    return module in _EXEC_MODULES or _top(module) in _EXEC_MODULES


def _decode_code(value: Any) -> bytes | None:
    if not isinstance(value, str):
        return None
    try:
        return base64.b64decode(value.encode("ascii"), validate=False)
    except (binascii.Error, UnicodeEncodeError, ValueError):
        return None


def _lambda_code(config: Mapping[str, Any]) -> tuple[str | None, str | None]:
    """(base64 bytecode, function name reference) of a Lambda layer's config, in any Keras version."""
    function = config.get("function")
    if isinstance(function, Mapping):
        if function.get("class_name") == "__lambda__":
            inner = function.get("config")
            return (inner.get("code") if isinstance(inner, Mapping) else None), None
        return None, None  # a registered function: judged as an object with a module
    if isinstance(function, list | tuple) and function and isinstance(function[0], str):
        return function[0], None  # tf.keras 2: (code, defaults, closure)
    if isinstance(function, str):
        kind = config.get("function_type")
        if kind == "lambda":
            return function, None
        return None, f"{config.get('module') or config.get('function_module') or '?'}.{function}"
    return None, None


def _lambda_finding(
    config: Mapping[str, Any], path: str, ctx: ScanContext, member: str | None
) -> Iterator[Finding]:
    code, reference = _lambda_code(config)
    where = Location(member=member, field=path)
    if reference is not None:
        module = reference.rsplit(".", 1)[0]
        if not _keras_module(module):
            yield Finding.of(
                FOREIGN_MODULE,
                ctx.path,
                Severity.CRITICAL if _dangerous_module(module) else Severity.HIGH,
                f"Lambda layer at {path} calls {reference}.",
                location=where,
                evidence=reference,
            )
        return
    if code is None:
        return
    raw = _decode_code(code)
    detail = "its bytecode could not be decoded"
    evidence = code[:120]
    if raw is not None:
        try:
            summary = summarize(raw)
        except MarshalError as exc:
            detail = f"its bytecode could not be decoded ({exc})"
        else:
            names = ", ".join(summary.names[:20]) or "nothing global"
            strings = ", ".join(repr(s[:40]) for s in summary.strings[:10])
            detail = f"the bytecode refers to {names}" + (f" with strings {strings}" if strings else "")
            evidence = f"names={summary.names[:40]} strings={summary.strings[:20]}"
    yield Finding.of(
        LAMBDA,
        ctx.path,
        Severity.CRITICAL,
        f"Lambda layer at {path}: {detail}.",
        location=where,
        evidence=evidence,
    )


def _object_findings(
    node: Mapping[str, Any], path: str, ctx: ScanContext, member: str | None
) -> Iterator[Finding]:
    module = node.get("module")
    class_name = node.get("class_name")
    registered = node.get("registered_name")
    where = Location(member=member, field=path)
    if module is None and isinstance(registered, str) and ">" in registered:
        # Keras 3 writes registered custom objects as {"module": null, "registered_name": "pkg>Name"}.
        yield Finding.of(
            CUSTOM_OBJECT,
            ctx.path,
            Severity.MEDIUM,
            f"{path} needs custom class {registered}, registered by code outside the model.",
            location=where,
            evidence=registered,
        )
        return
    if not isinstance(module, str) or not isinstance(class_name, str):
        return
    # A function reference: {"module": m, "class_name": "function", "config": name}.
    target = (
        node.get("config") if class_name == "function" and isinstance(node.get("config"), str) else class_name
    )
    full = f"{module}.{target}"
    if _keras_module(module):
        harm = _DANGEROUS_KERAS.get(str(target))
        if harm is not None:
            severity, why = harm
            yield Finding.of(
                FOREIGN_MODULE,
                ctx.path,
                severity,
                f"{path} names {full}, which {why}.",
                location=where,
                evidence=full,
            )
        return
    if _dangerous_module(module):
        yield Finding.of(
            FOREIGN_MODULE,
            ctx.path,
            Severity.CRITICAL,
            f"{path} imports {full} from outside Keras; loading the model calls it.",
            location=where,
            evidence=full,
        )
    elif class_name == "function":
        yield Finding.of(
            FOREIGN_MODULE,
            ctx.path,
            Severity.HIGH,
            f"{path} calls function {full} from outside Keras.",
            location=where,
            evidence=full,
        )
    else:
        yield Finding.of(
            CUSTOM_OBJECT,
            ctx.path,
            Severity.MEDIUM,
            f"{path} needs custom class {full}"
            f"{f' (registered as {registered})' if isinstance(registered, str) else ''}.",
            location=where,
            evidence=full,
        )


def config_findings(config: Any, ctx: ScanContext, member: str | None = None) -> Iterator[Finding]:
    """Findings for a parsed Keras model config (any version), walking every nested object."""
    stack: list[tuple[Any, str, int]] = [(config, "model", 0)]
    while stack:
        node, path, depth = stack.pop()
        if depth > _MAX_DEPTH:
            yield Finding.of(
                CONFIG_UNPARSEABLE,
                ctx.path,
                Severity.MEDIUM,
                f"Config nested deeper than {_MAX_DEPTH} levels at {path}; not checked further.",
                location=Location(member=member, field=path),
            )
            continue
        if isinstance(node, Mapping):
            class_name = node.get("class_name")
            config_ = node.get("config")
            name = config_.get("name") if isinstance(config_, Mapping) else None
            here = f"{path}/{name}" if isinstance(name, str) and name else path
            if class_name in ("Lambda", "TFOpLambda", "SlicingOpLambda") and isinstance(config_, Mapping):
                if class_name == "Lambda":
                    yield from _lambda_finding(config_, here, ctx, member)
                else:
                    yield from _tf_op_finding(config_, here, ctx, member)
            yield from _object_findings(node, here, ctx, member)
            for key, value in node.items():
                if isinstance(value, Mapping | list):
                    stack.append((value, here if key in ("config", "layers") else f"{here}.{key}", depth + 1))
        elif isinstance(node, list):
            for value in node:
                if isinstance(value, Mapping | list):
                    stack.append((value, path, depth + 1))


def _tf_op_finding(
    config: Mapping[str, Any], path: str, ctx: ScanContext, member: str | None
) -> Iterator[Finding]:
    function = config.get("function")
    if isinstance(function, str) and function.startswith(_TF_IO):
        yield Finding.of(
            FOREIGN_MODULE,
            ctx.path,
            Severity.HIGH,
            f"TensorFlow op layer at {path} calls tf.{function}, which touches files or Python.",
            location=Location(member=member, field=path),
            evidence=function,
        )


def json_config_findings(data: bytes | str, ctx: ScanContext, member: str | None = None) -> Iterator[Finding]:
    """Findings for a Keras config given as JSON text."""
    try:
        config = json.loads(data)
    except (ValueError, RecursionError, UnicodeDecodeError) as exc:
        yield Finding.of(
            CONFIG_UNPARSEABLE,
            ctx.path,
            Severity.MEDIUM,
            f"The model config is not valid JSON ({type(exc).__name__}).",
            location=Location(member=member),
            evidence=str(exc)[:200],
        )
        return
    yield from config_findings(config, ctx, member)


def scan_keras_archive(
    names: Sequence[str], read: Callable[[str, int], bytes], ctx: ScanContext
) -> Iterator[Finding]:
    """Findings for a Keras v3 `.keras` zip, given its member names and `read(name, limit) -> bytes`.

    The zip scanner calls this when a zip holds `config.json` and `metadata.json` (Keras' own
    layout). `read` must refuse (raise) or truncate past `limit`. Members other than the config are
    handed to `archive.scan_member` (weights HDF5, assets, anything unexpected).
    """
    from mlward.scanners.archive import MEMBER_IN_MEMORY, scan_member

    if "config.json" in names:
        data = read("config.json", MAX_CONFIG + 1)
        if len(data) > MAX_CONFIG:
            yield Finding.of(
                CONFIG_UNPARSEABLE,
                ctx.path,
                Severity.MEDIUM,
                f"config.json is larger than {MAX_CONFIG} bytes; not checked.",
                location=Location(member="config.json"),
            )
        else:
            yield from json_config_findings(data, ctx, "config.json")
    for name in names:
        if name in ("config.json", "metadata.json") or name.endswith("/"):
            continue
        yield from scan_member(name, read(name, MEMBER_IN_MEMORY), ctx)


def is_keras_archive(names: Sequence[str]) -> bool:
    """True for the member layout Keras v3 writes (config.json and metadata.json at the top)."""
    return "config.json" in names and "metadata.json" in names
