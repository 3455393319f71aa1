"""safetensors: an 8-byte length, a JSON header, raw tensor bytes. No code; still validated, because a
header that lies makes loaders read the wrong bytes or fail."""

from __future__ import annotations

import json
import math
import struct
from collections.abc import Iterator
from typing import Any, ClassVar

from mlward.files.access import Source
from mlward.findings import Finding, Location, Severity, rule
from mlward.scanners.base import ATLAS_MODEL_SUPPLY_CHAIN, ScanContext

# Bytes per element; sub-byte types are counted in bits by the reference implementation.
_DTYPE_BITS = {
    "BOOL": 8, "U8": 8, "I8": 8, "F8_E5M2": 8, "F8_E4M3": 8, "F8_E8M0": 8, "I16": 16, "U16": 16,
    "F16": 16, "BF16": 16, "I32": 32, "U32": 32, "F32": 32, "F64": 64, "I64": 64, "U64": 64,
    "C64": 64, "F4": 4, "F6_E2M3": 6, "F6_E3M2": 6,
}

INVALID = rule(
    "safetensors.invalid-header", "safetensors header is invalid",
    "The header does not describe the file correctly (length, JSON, dtypes, shapes or offsets). The "
    "safetensors loader refuses such files or, with other readers, tensors may overlap or read bytes "
    "outside their slot.",
    "Re-export the weights with the safetensors library, or obtain an intact copy.",
    atlas=(ATLAS_MODEL_SUPPLY_CHAIN,), cwe=("CWE-20",),
)
DUPLICATE = rule(
    "safetensors.duplicate-key", "safetensors header has duplicate keys",
    "The header names the same tensor twice. JSON parsers disagree on which one wins, so two tools "
    "can load different weights from the same file.",
    "Re-export the weights with the safetensors library.",
    atlas=(ATLAS_MODEL_SUPPLY_CHAIN,), cwe=("CWE-436",),
)
METADATA = rule(
    "safetensors.metadata", "safetensors metadata",
    "The header's __metadata__ entries, reported for the record.",
    "None needed.",
)


class _Duplicate(ValueError):
    pass


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    seen: dict[str, Any] = {}
    for key, value in pairs:
        if key in seen:
            raise _Duplicate(key)
        seen[key] = value
    return seen


def validate_header(header: object, data_size: int) -> list[str]:
    """Problems with a parsed header against the size of the data section; empty when valid."""
    if not isinstance(header, dict):
        return ["the header is not a JSON object"]
    problems: list[str] = []
    metadata = header.get("__metadata__")
    if metadata is not None and not (
            isinstance(metadata, dict) and all(isinstance(v, str) for v in metadata.values())):
        problems.append("__metadata__ must map strings to strings")
    spans: list[tuple[int, int, str]] = []
    for name, info in header.items():
        if name == "__metadata__":
            continue
        if not isinstance(info, dict) or set(info) - {"dtype", "shape", "data_offsets"}:
            problems.append(f"tensor {name!r}: entry must have exactly dtype, shape, data_offsets")
            continue
        dtype, shape, offsets = info.get("dtype"), info.get("shape"), info.get("data_offsets")
        if dtype not in _DTYPE_BITS:
            problems.append(f"tensor {name!r}: unknown dtype {dtype!r}")
            continue
        if not (isinstance(shape, list) and all(isinstance(d, int) and not isinstance(d, bool)
                                                and d >= 0 for d in shape)):
            problems.append(f"tensor {name!r}: shape must be a list of non-negative integers")
            continue
        if not (isinstance(offsets, list) and len(offsets) == 2 and all(
                isinstance(o, int) and not isinstance(o, bool) for o in offsets)):
            problems.append(f"tensor {name!r}: data_offsets must be [begin, end]")
            continue
        begin, end = offsets
        bits = math.prod(shape) * _DTYPE_BITS[dtype]
        if begin < 0 or end < begin:
            problems.append(f"tensor {name!r}: offsets [{begin}, {end}] are reversed or negative")
            continue
        if bits % 8 or (end - begin) != bits // 8:
            problems.append(f"tensor {name!r}: {end - begin} bytes for shape {shape} of {dtype}")
        spans.append((begin, end, name))
    position = 0
    for begin, end, name in sorted(spans):
        if begin < position:
            problems.append(f"tensor {name!r} overlaps the tensor before it")
        elif begin > position:
            problems.append(f"{begin - position} unused bytes before tensor {name!r}")
        position = max(position, end)
    if position != data_size and not problems:
        problems.append(f"the tensors cover {position:,} bytes but the data section has {data_size:,}")
    return problems


class SafetensorsScanner:
    """safetensors files: header validated; a valid file is clean."""

    formats: ClassVar[frozenset[str]] = frozenset({"safetensors"})

    def scan(self, source: Source, ctx: ScanContext) -> Iterator[Finding]:
        """Check the header; the tensor bytes are only read by the digest pass."""
        ctx.format = "safetensors"
        head = source.pread(8, 0)
        (length,) = struct.unpack("<Q", head)
        if length > ctx.limits.max_header or 8 + length > source.size:
            yield Finding.of(INVALID, ctx.path, Severity.MEDIUM,
                             f"The header claims {length:,} bytes; the file has {source.size:,} and "
                             f"the limit is {ctx.limits.max_header:,}.", location=Location(offset=0))
            return
        raw = source.pread(length, 8)
        try:
            header = json.loads(raw.decode("utf-8"), object_pairs_hook=_no_duplicates)
        except _Duplicate as exc:
            yield Finding.of(DUPLICATE, ctx.path, Severity.MEDIUM,
                             f"The header names {str(exc)!r} more than once.", location=Location(offset=8))
            return
        except (UnicodeDecodeError, ValueError, RecursionError) as exc:
            yield Finding.of(INVALID, ctx.path, Severity.MEDIUM, f"The header is not valid JSON: {exc}.",
                             location=Location(offset=8))
            return
        problems = validate_header(header, source.size - 8 - length)
        for problem in problems[:20]:
            yield Finding.of(INVALID, ctx.path, Severity.MEDIUM, f"Invalid header: {problem}.",
                             location=Location(offset=8))
        metadata = header.get("__metadata__") if isinstance(header, dict) else None
        if isinstance(metadata, dict) and metadata:
            shown = ", ".join(f"{k}={str(v)[:60]}" for k, v in list(metadata.items())[:10])
            yield Finding.of(METADATA, ctx.path, Severity.INFO, f"Metadata: {shown}.",
                             location=Location(offset=8))
