"""TensorFlow Lite flatbuffers: operators that need code outside the interpreter — custom operators
(a resolver must register native code for them) and Flex (select TensorFlow) ops, judged by the
TensorFlow op they run (FlexReadFile, FlexPyFunc, …).

Layout: tensorflow/compiler/mlir/lite/schema/schema.fbs — Model.operator_codes (field 1) is a vector of
OperatorCode {deprecated_builtin_code: byte, custom_code: string, version: int, builtin_code: int}.
The flatbuffer is read by offset with every offset checked against the file size.
"""

from __future__ import annotations

import struct
from collections.abc import Callable, Iterator
from typing import ClassVar

from mlward.files.access import Source
from mlward.findings import Finding, Location, Severity, rule
from mlward.scanners.base import ATLAS_MODEL_SUPPLY_CHAIN, ScanContext
from mlward.scanners.tensorflow import DANGEROUS_OP, DANGEROUS_OPS

_CUSTOM = 32  # BuiltinOperator.CUSTOM
_MAX_FILE = 2 << 30  # flatbuffers address at most 2 GiB
_MAX_OPCODES = 10_000

CUSTOM_OP = rule(
    "tflite.custom-operator",
    "TFLite model needs custom operators",
    "The model uses operators that are not built into the TFLite interpreter; an application must "
    "register native implementations for them, code that is not in the model file.",
    "Find out which library implements the operators and review it before running the model.",
    atlas=(ATLAS_MODEL_SUPPLY_CHAIN,),
    cwe=("CWE-829",),
)
UNPARSEABLE = rule(
    "tflite.unparseable",
    "TFLite model could not be parsed",
    "The flatbuffer's offsets point outside the file, so its operators were not checked.",
    "Obtain an intact copy of the model and scan again.",
    atlas=(ATLAS_MODEL_SUPPLY_CHAIN,),
)


class FlatbufferError(ValueError):
    """An offset or length in the flatbuffer leaves the data."""


class _Flat:
    """Positional reads only: tensor buffers in the file are never loaded."""

    def __init__(self, pread: Callable[[int, int], bytes], size: int) -> None:
        self.pread = pread
        self.size = size

    def _u(self, fmt: str, pos: int) -> int:
        width = struct.calcsize(fmt)
        if pos < 0 or pos + width > self.size:
            raise FlatbufferError(f"read at byte {pos} is outside the {self.size}-byte file")
        value: int = struct.unpack(fmt, self.pread(width, pos))[0]
        return value

    def field(self, table: int, index: int) -> int | None:
        """Absolute position of a table field's value, or None when absent."""
        vtable = table - self._u("<i", table)
        size = self._u("<H", vtable)
        slot = 4 + 2 * index
        if slot + 2 > size:
            return None
        offset = self._u("<H", vtable + slot)
        return table + offset if offset else None

    def ref(self, pos: int) -> int:
        return pos + self._u("<I", pos)

    def vector(self, pos: int) -> tuple[int, int]:
        start = self.ref(pos)
        return start + 4, self._u("<I", start)

    def string(self, pos: int) -> str:
        start, length = self.vector(pos)
        if start + length > self.size or length > 1 << 16:
            raise FlatbufferError(f"string of {length} bytes at byte {start} runs past the file")
        return self.pread(length, start).decode("utf-8", "replace")

    def int_field(self, table: int, index: int, fmt: str) -> int:
        pos = self.field(table, index)
        return self._u(fmt, pos) if pos is not None else 0


def operator_codes(pread: Callable[[int, int], bytes], size: int) -> list[tuple[int, str]]:
    """The (builtin code, custom code) of every operator code in a TFLite model."""
    flat = _Flat(pread, size)
    model = flat.ref(0)
    where = flat.field(model, 1)
    if where is None:
        return []
    start, count = flat.vector(where)
    if count > _MAX_OPCODES:
        raise FlatbufferError(f"{count} operator codes")
    codes: list[tuple[int, str]] = []
    for i in range(count):
        table = flat.ref(start + 4 * i)
        builtin = max(flat.int_field(table, 0, "<b"), flat.int_field(table, 3, "<i"))
        custom_at = flat.field(table, 1)
        codes.append((builtin, flat.string(custom_at) if custom_at is not None else ""))
    return codes


class TFLiteScanner:
    """TensorFlow Lite models (`.tflite`)."""

    formats: ClassVar[frozenset[str]] = frozenset({"tflite"})

    def scan(self, source: Source, ctx: ScanContext) -> Iterator[Finding]:
        """Custom and dangerous Flex operators."""
        if source.size > _MAX_FILE:
            yield Finding.of(UNPARSEABLE, ctx.path, Severity.MEDIUM, "Larger than a flatbuffer can address.")
            return
        try:
            codes = operator_codes(source.pread, source.size)
        except FlatbufferError as exc:
            yield Finding.of(
                UNPARSEABLE,
                ctx.path,
                Severity.MEDIUM,
                f"Not a well-formed TFLite model: {exc}.",
                evidence=str(exc)[:200],
            )
            return
        custom: list[str] = []
        for builtin, name in codes:
            if builtin != _CUSTOM:
                continue
            if name.startswith("Flex"):
                op = name[4:]
                if op in DANGEROUS_OPS:
                    severity, what = DANGEROUS_OPS[op]
                    yield Finding.of(
                        DANGEROUS_OP,
                        ctx.path,
                        severity,
                        f"Flex op {name} ({what}).",
                        location=Location(field=name),
                        evidence=name,
                    )
                continue  # other Flex ops run TensorFlow's own kernels
            custom.append(name)
        if custom:
            yield Finding.of(
                CUSTOM_OP,
                ctx.path,
                Severity.MEDIUM,
                f"Custom operators {', '.join(sorted(set(custom))[:10])} need native code "
                f"registered by the application.",
                evidence=", ".join(sorted(set(custom))[:20]),
            )
