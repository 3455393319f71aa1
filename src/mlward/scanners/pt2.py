"""PyTorch 2 exported programs and AOTInductor packages (`.pt2`, zip archives written by
`torch.export.save` / `torch._inductor.aoti_compile_and_package`).

The pickled members (sample inputs, constants, legacy state dicts) are the zip scanner's; this module
judges what is particular to `.pt2`: compiled native libraries that `aoti_load_package` loads (machine
code), and operators in the serialized graph (`models/*.json`) outside PyTorch's own namespaces, which
need a custom-operator library.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator, Sequence

from mlward.findings import Finding, Location, Severity, rule
from mlward.scanners.base import ATLAS_MODEL_SUPPLY_CHAIN, ATLAS_USER_EXECUTION, ScanContext

_MAX_GRAPH = 256 << 20
_TARGET = re.compile(r"^torch\.ops\.([A-Za-z_]\w*)\.")
_BUILTIN_NAMESPACES = frozenset(
    {
        "aten",
        "prims",
        "prim",
        "quantized",
        "_quantized",
        "quantized_decomposed",
        "higher_order",
        "_c10d_functional",
        "c10d_functional",
        "_c10d_functional_autograd",
        "profiler",
        "mkldnn",
        "onednn",
        "_inductor_test",
        "rngprims",
        "_export",
    }
)
_NATIVE = (".so", ".dll", ".dylib", ".pyd")

NATIVE_LIBRARY = rule(
    "pt2.native-library",
    "Exported PyTorch package contains a compiled library",
    "The .pt2 package holds a shared library (an AOTInductor-compiled model). Loading the package with "
    "torch._inductor.aoti_load_package loads that library: machine code runs, and no scanner can "
    "show what it does.",
    "Load only AOTInductor packages you compiled yourself, or rebuild the package from the exported "
    "program on a trusted machine.",
    atlas=(ATLAS_MODEL_SUPPLY_CHAIN, ATLAS_USER_EXECUTION),
    cwe=("CWE-829",),
)
CUSTOM_OP = rule(
    "pt2.custom-operator",
    "Exported program calls operators from a custom namespace",
    "The exported graph calls torch.ops.<namespace> operators outside PyTorch's own. They work only "
    "if a library registering them is loaded: native code from outside the model.",
    "Find out which library provides the operators and review it.",
    atlas=(ATLAS_MODEL_SUPPLY_CHAIN,),
    cwe=("CWE-829",),
)
GRAPH_UNPARSEABLE = rule(
    "pt2.graph-unparseable",
    "Exported program graph could not be read",
    "A serialized graph in the package is not valid JSON (or too large), so its operators were not checked.",
    "Obtain an intact copy and scan again.",
    atlas=(ATLAS_MODEL_SUPPLY_CHAIN,),
)


def is_pt2_archive(names: Sequence[str]) -> bool:
    """True for the member layout torch.export.save and AOTInductor packaging write."""
    return any(n.endswith("/archive_format") or n == "archive_format" for n in names) and any(
        "/models/" in n or "/data/aotinductor/" in n for n in names
    )


def _targets(node: object, out: set[str], depth: int = 0) -> None:
    if depth > 200:
        return
    if isinstance(node, dict):
        target = node.get("target")
        if isinstance(target, str):
            out.add(target)
        for value in node.values():
            if isinstance(value, dict | list):
                _targets(value, out, depth + 1)
    elif isinstance(node, list):
        for value in node:
            if isinstance(value, dict | list):
                _targets(value, out, depth + 1)


def scan_pt2_archive(
    names: Sequence[str], read: Callable[[str, int], bytes], ctx: ScanContext
) -> Iterator[Finding]:
    """Findings for a `.pt2` zip given its member names and `read(name, limit) -> bytes`.

    Only the native libraries and the graph JSON are looked at here; pickles stay with the zip scanner.
    """
    for name in names:
        lower = name.lower()
        if lower.endswith(_NATIVE):
            yield Finding.of(
                NATIVE_LIBRARY,
                ctx.path,
                Severity.HIGH,
                f"{name} is a compiled library that loading the package runs.",
                location=Location(member=name),
                evidence=name,
            )
        elif "/models/" in lower and lower.endswith(".json"):
            data = read(name, _MAX_GRAPH + 1)
            try:
                if len(data) > _MAX_GRAPH:
                    raise ValueError(f"larger than {_MAX_GRAPH} bytes")
                graph = json.loads(data)
            except (ValueError, RecursionError) as exc:
                yield Finding.of(
                    GRAPH_UNPARSEABLE,
                    ctx.path,
                    Severity.MEDIUM,
                    f"{name}: {exc}.",
                    location=Location(member=name),
                )
                continue
            targets: set[str] = set()
            _targets(graph, targets)
            custom = sorted(
                t for t in targets if (m := _TARGET.match(t)) and m.group(1) not in _BUILTIN_NAMESPACES
            )
            if custom:
                yield Finding.of(
                    CUSTOM_OP,
                    ctx.path,
                    Severity.MEDIUM,
                    f"The graph calls {', '.join(custom[:10])}.",
                    location=Location(member=name),
                    evidence=", ".join(custom[:20]),
                )
