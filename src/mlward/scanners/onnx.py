"""ONNX models, read as protobuf by field number (no onnx or onnxruntime import): external-data
locations that leave the model's folder, and operators from custom domains.

External data: a tensor may keep its bytes in another file named by `location`. Loaders that joined
that name to the model folder without checks read any file on the machine (CVE-2022-25882,
CVE-2024-27318 — a '..' location; CVE-2024-27319 family; symlinks that point out of the folder).
Custom operator domains need a shared library registered with the runtime: code outside the model.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import ClassVar

from mlward.files.access import Source
from mlward.files.protowire import LEN, VARINT, Wire, WireError
from mlward.findings import Finding, Location, Severity, rule
from mlward.scanners.archive import path_problem
from mlward.scanners.base import ATLAS_MODEL_SUPPLY_CHAIN, ScanContext

_MAX_DEPTH = 32  # subgraphs (If / Loop / Scan bodies) nest; real models go a few levels deep
_STANDARD_DOMAINS = ("", "ai.onnx")
_STANDARD_PREFIXES = ("ai.onnx.", "com.microsoft")  # ONNX's own and onnxruntime's built-in contrib ops

# ModelProto, GraphProto, NodeProto, AttributeProto, TensorProto, FunctionProto field numbers (onnx.proto3).
_M_GRAPH, _M_OPSET, _M_FUNCTIONS = 7, 8, 25
_G_NODE, _G_INITIALIZER, _G_SPARSE = 1, 5, 15
_N_NAME, _N_OP, _N_ATTR, _N_DOMAIN = 3, 4, 5, 7
_A_T, _A_G, _A_TENSORS, _A_GRAPHS, _A_SPARSE, _A_SPARSES = 5, 6, 10, 11, 22, 23
_T_NAME, _T_EXTERNAL, _T_LOCATION = 8, 13, 14
_F_NAME, _F_NODE, _F_DOMAIN = 1, 7, 10
_EXTERNAL = 1

EXTERNAL_ESCAPE = rule(
    "onnx.external-data-escape",
    "ONNX external data points outside the model folder",
    "A tensor's external-data location is absolute, climbs with '..', or is a link leading out of the "
    "model's folder. Loading the model reads that file (a key, a password file) into a tensor, where "
    "inference can leak it (the ONNX path-traversal CVEs, e.g. CVE-2022-25882, CVE-2024-27318).",
    "Do not load the model. Re-export it with external data stored beside the model under relative names.",
    atlas=(ATLAS_MODEL_SUPPLY_CHAIN,),
    cwe=("CWE-22",),
)
EXTERNAL_MISSING = rule(
    "onnx.external-data-missing",
    "ONNX external data file is missing",
    "A tensor's external-data file is not next to the model, so its contents were not seen.",
    "Download the complete model (all external-data files) and scan the folder.",
    atlas=(ATLAS_MODEL_SUPPLY_CHAIN,),
)
CUSTOM_DOMAIN = rule(
    "onnx.custom-operator",
    "ONNX model uses operators from a custom domain",
    "Nodes use a domain that is neither ONNX's nor onnxruntime's built-in one, and no function in the "
    "model defines them. Running the model needs a custom-operator library — native code from "
    "outside the model file.",
    "Find out which library provides the operators and review it, or use a model built from "
    "standard operators.",
    atlas=(ATLAS_MODEL_SUPPLY_CHAIN,),
    cwe=("CWE-829",),
)
UNPARSEABLE = rule(
    "onnx.unparseable",
    "ONNX model could not be parsed",
    "The file is not a well-formed ONNX protobuf message, so its operators and external data were not "
    "checked.",
    "Obtain an intact copy of the model (compare its published digest) and scan again.",
    atlas=(ATLAS_MODEL_SUPPLY_CHAIN,),
)


@dataclass(slots=True)
class OnnxFacts:
    """What the scanner gathers from a model: external-data locations and operator domains."""

    external: list[tuple[str, str]] = field(default_factory=list)  # (tensor name, location)
    custom_ops: dict[str, set[str]] = field(default_factory=dict)  # domain -> op types
    functions: set[tuple[str, str]] = field(default_factory=set)  # (domain, name) defined in the model
    nodes: int = 0


def standard_domain(domain: str) -> bool:
    """True for ONNX's own domains and onnxruntime's built-in contrib domains."""
    return domain in _STANDARD_DOMAINS or domain.startswith(_STANDARD_PREFIXES)


def read_model(wire: Wire) -> OnnxFacts:
    """Walk a ModelProto; raises WireError on malformed input."""
    facts = OnnxFacts()
    saw_graph = False
    for f in wire.fields():
        if f.number == _M_GRAPH and f.wire == LEN:
            saw_graph = True
            _graph(wire, f.start, f.end, facts, 0)
        elif f.number == _M_FUNCTIONS and f.wire == LEN:
            _function(wire, f.start, f.end, facts)
    if not saw_graph:
        raise WireError("no graph in the model")
    return facts


def _function(wire: Wire, start: int, end: int, facts: OnnxFacts) -> None:
    name = domain = ""
    nodes: list[tuple[int, int]] = []
    for f in wire.fields(start, end):
        if f.number == _F_NAME and f.wire == LEN:
            name = wire.text(f)
        elif f.number == _F_DOMAIN and f.wire == LEN:
            domain = wire.text(f)
        elif f.number == _F_NODE and f.wire == LEN:
            nodes.append((f.start, f.end))
    facts.functions.add((domain, name))
    for node_start, node_end in nodes:
        _node(wire, node_start, node_end, facts, 1)


def _graph(wire: Wire, start: int, end: int, facts: OnnxFacts, depth: int) -> None:
    if depth > _MAX_DEPTH:
        raise WireError(f"subgraphs nested deeper than {_MAX_DEPTH}")
    for f in wire.fields(start, end):
        if f.wire != LEN:
            continue
        if f.number == _G_NODE:
            _node(wire, f.start, f.end, facts, depth)
        elif f.number == _G_INITIALIZER:
            _tensor(wire, f.start, f.end, facts)
        elif f.number == _G_SPARSE:
            _sparse(wire, f.start, f.end, facts)


def _node(wire: Wire, start: int, end: int, facts: OnnxFacts, depth: int) -> None:
    facts.nodes += 1
    op = domain = ""
    for f in wire.fields(start, end):
        if f.number == _N_OP and f.wire == LEN:
            op = wire.text(f)
        elif f.number == _N_DOMAIN and f.wire == LEN:
            domain = wire.text(f)
        elif f.number == _N_ATTR and f.wire == LEN:
            _attribute(wire, f.start, f.end, facts, depth)
    if not standard_domain(domain):
        facts.custom_ops.setdefault(domain, set()).add(op)


def _attribute(wire: Wire, start: int, end: int, facts: OnnxFacts, depth: int) -> None:
    for f in wire.fields(start, end):
        if f.wire != LEN:
            continue
        if f.number in (_A_G, _A_GRAPHS):
            _graph(wire, f.start, f.end, facts, depth + 1)
        elif f.number in (_A_T, _A_TENSORS):
            _tensor(wire, f.start, f.end, facts)
        elif f.number in (_A_SPARSE, _A_SPARSES):
            _sparse(wire, f.start, f.end, facts)


def _sparse(wire: Wire, start: int, end: int, facts: OnnxFacts) -> None:
    for f in wire.fields(start, end):
        if f.number in (1, 2) and f.wire == LEN:  # values, indices
            _tensor(wire, f.start, f.end, facts)


def _tensor(wire: Wire, start: int, end: int, facts: OnnxFacts) -> None:
    name = ""
    location: str | None = None
    external = False
    for f in wire.fields(start, end):
        if f.number == _T_NAME and f.wire == LEN:
            name = wire.text(f)
        elif f.number == _T_LOCATION and f.wire == VARINT:
            external = f.value == _EXTERNAL
        elif f.number == _T_EXTERNAL and f.wire == LEN:
            key = value = ""
            for entry in wire.fields(f.start, f.end):
                if entry.number == 1 and entry.wire == LEN:
                    key = wire.text(entry)
                elif entry.number == 2 and entry.wire == LEN:
                    value = wire.text(entry)
            if key == "location":
                location = value
    if location is not None and (external or location):
        facts.external.append((name, location))


def _location_problem(location: str, folder: str) -> tuple[str | None, bool]:
    """(why the location escapes or None, whether the file exists); folder "" when not on disk."""
    problem = path_problem(location)
    if problem or "\0" in location:
        return problem or "NUL byte", False
    if not folder:
        return None, True
    candidate = os.path.join(folder, location)
    real = os.path.realpath(candidate)
    root = os.path.realpath(folder)
    if real != root and not real.startswith(root.rstrip(os.sep) + os.sep):
        return f"a link resolving to {real}", os.path.exists(real)
    return None, os.path.exists(candidate)


class OnnxScanner:
    """ONNX model files."""

    formats: ClassVar[frozenset[str]] = frozenset({"onnx"})

    def scan(self, source: Source, ctx: ScanContext) -> Iterator[Finding]:
        """External-data escapes and custom operator domains."""
        try:
            facts = read_model(Wire(source.pread, source.size))
        except (WireError, RecursionError) as exc:
            yield Finding.of(
                UNPARSEABLE,
                ctx.path,
                Severity.MEDIUM,
                f"Not a well-formed ONNX model: {exc}.",
                evidence=str(exc)[:200],
            )
            return
        folder = os.path.dirname(source.path) if source.path else ""
        seen: set[str] = set()
        for tensor, location in facts.external:
            if location in seen:
                continue
            seen.add(location)
            problem, exists = _location_problem(location, folder)
            if problem:
                yield Finding.of(
                    EXTERNAL_ESCAPE,
                    ctx.path,
                    Severity.HIGH,
                    f"Tensor {tensor!r} loads its data from {location!r} ({problem}).",
                    location=Location(field=tensor),
                    evidence=location,
                )
            elif not exists:
                yield Finding.of(
                    EXTERNAL_MISSING,
                    ctx.path,
                    Severity.LOW,
                    f"Tensor {tensor!r} needs external data {location!r}, which is not present.",
                    location=Location(field=tensor),
                    evidence=location,
                )
        for domain, ops in sorted(facts.custom_ops.items()):
            unknown = sorted(op for op in ops if (domain, op) not in facts.functions)
            if unknown:
                yield Finding.of(
                    CUSTOM_DOMAIN,
                    ctx.path,
                    Severity.MEDIUM,
                    f"Operators {', '.join(unknown[:10])} from custom domain {domain!r} need a "
                    f"custom-operator library.",
                    location=Location(field=domain),
                    evidence=f"{domain}: {', '.join(unknown[:10])}",
                )
