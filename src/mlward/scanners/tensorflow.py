"""TensorFlow SavedModels (`saved_model.pb`) and frozen GraphDefs (`.pb`), parsed as protobuf by field
number without importing TensorFlow: operations that read or write files or call back into Python,
reported with the function or node where they sit; Keras layer configs kept in the object graph (tf.keras
2 SavedModels carry Lambda layers there) and in `keras_metadata.pb` are judged as Keras configs.

Ops and fields: tensorflow/core/framework/{graph,node_def,function,op_def,attr_value}.proto and
tensorflow/core/protobuf/{saved_model,meta_graph,saved_object_graph}.proto.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import ClassVar

from mlward.files.access import Source
from mlward.files.protowire import LEN, Wire, WireError
from mlward.findings import Finding, Location, Severity, rule
from mlward.scanners.base import ATLAS_MODEL_SUPPLY_CHAIN, ATLAS_USER_EXECUTION, ScanContext
from mlward.scanners.keras import MAX_CONFIG, json_config_findings

_MAX_DEPTH = 64

# Op name -> (severity, what it does). Savers (SaveV2, RestoreV2, MergeV2Checkpoints) are left out:
# every SavedModel has them, writing only the checkpoint the loader names.
DANGEROUS_OPS: dict[str, tuple[Severity, str]] = {
    "PyFunc": (Severity.CRITICAL, "calls a Python function"),
    "PyFuncStateless": (Severity.CRITICAL, "calls a Python function"),
    "EagerPyFunc": (Severity.CRITICAL, "calls a Python function"),
    "ReadFile": (Severity.HIGH, "reads a file"),
    "WriteFile": (Severity.HIGH, "writes a file"),
    "MatchingFiles": (Severity.HIGH, "lists files"),
    "ImmutableConst": (Severity.HIGH, "maps a file into memory"),
    "WholeFileReader": (Severity.HIGH, "reads files"),
    "WholeFileReaderV2": (Severity.HIGH, "reads files"),
    "TextLineReader": (Severity.HIGH, "reads files"),
    "TextLineReaderV2": (Severity.HIGH, "reads files"),
    "FixedLengthRecordReader": (Severity.HIGH, "reads files"),
    "FixedLengthRecordReaderV2": (Severity.HIGH, "reads files"),
    "TFRecordReader": (Severity.HIGH, "reads files"),
    "TFRecordReaderV2": (Severity.HIGH, "reads files"),
    "LMDBReader": (Severity.HIGH, "reads files"),
    "LoadAndRemapMatrix": (Severity.HIGH, "reads a checkpoint file"),
    "DatasetToTFRecord": (Severity.HIGH, "writes a file"),
    "ExperimentalDatasetToTFRecord": (Severity.HIGH, "writes a file"),
    "DebugIdentityV2": (Severity.HIGH, "writes debug dumps to a folder"),
    "DebugIdentityV3": (Severity.HIGH, "writes debug dumps to a folder"),
    "CreateSummaryFileWriter": (Severity.MEDIUM, "writes summary files"),
    "CreateSummaryDbWriter": (Severity.MEDIUM, "writes a database file"),
    "Save": (Severity.HIGH, "writes a file outside the checkpoint machinery"),
    "SaveSlices": (Severity.HIGH, "writes a file outside the checkpoint machinery"),
}

DANGEROUS_OP = rule(
    "tensorflow.dangerous-op",
    "TensorFlow graph uses an operation that touches files or Python",
    "The graph contains an op that reads or writes files, or calls a Python function registered in "
    "the loading process. Running the model (or its signatures) performs that action with the "
    "loader's rights; legitimate inference graphs do not need it.",
    "Do not serve the model. Inspect the named function and node; re-export the model without the op.",
    atlas=(ATLAS_MODEL_SUPPLY_CHAIN, ATLAS_USER_EXECUTION),
    cwe=("CWE-73", "CWE-94"),
)
UNPARSEABLE = rule(
    "tensorflow.unparseable",
    "TensorFlow graph could not be parsed",
    "The file is not a well-formed SavedModel or GraphDef protobuf, so its operations were not checked.",
    "Obtain an intact copy of the model and scan again.",
    atlas=(ATLAS_MODEL_SUPPLY_CHAIN,),
)


@dataclass(slots=True)
class GraphFacts:
    """Dangerous ops found, with where they sit, and Keras configs met on the way."""

    ops: list[tuple[str, str, str, str]] = field(default_factory=list)  # (op, function, node, detail)
    configs: list[tuple[str, bytes]] = field(default_factory=list)  # (where, JSON)
    nodes: int = 0


def _node(wire: Wire, start: int, end: int, function: str, facts: GraphFacts) -> None:
    facts.nodes += 1
    name = op = ""
    detail = ""
    for f in wire.fields(start, end):
        if f.wire != LEN:
            continue
        if f.number == 1:
            name = wire.text(f)
        elif f.number == 2:
            op = wire.text(f)
        elif f.number == 5:  # attr map entry: key 1, AttrValue 2 (s = 2)
            key, value = "", ""
            for entry in wire.fields(f.start, f.end):
                if entry.number == 1 and entry.wire == LEN:
                    key = wire.text(entry)
                elif entry.number == 2 and entry.wire == LEN:
                    for attr in wire.fields(entry.start, entry.end):
                        if attr.number == 2 and attr.wire == LEN:
                            value = wire.text(attr, 4096)
            if key in ("token", "output_stream", "filename", "file_pattern", "dump_root", "logdir"):
                detail = f"{key}={value[:200]}"
    printing_to_file = op in ("PrintV2", "Print") and detail.startswith("output_stream=file://")
    if op in DANGEROUS_OPS or printing_to_file:
        facts.ops.append((op, function, name, detail))


def _graph(wire: Wire, start: int, end: int, facts: GraphFacts) -> None:
    for f in wire.fields(start, end):
        if f.wire != LEN:
            continue
        if f.number == 1:
            _node(wire, f.start, f.end, "(main graph)", facts)
        elif f.number == 2:  # FunctionDefLibrary
            for fn in wire.submessages(f.start, f.end, 1):
                _function(wire, fn.start, fn.end, facts)


def _function(wire: Wire, start: int, end: int, facts: GraphFacts) -> None:
    name = "?"
    nodes: list[tuple[int, int]] = []
    for f in wire.fields(start, end):
        if f.number == 1 and f.wire == LEN:  # signature: OpDef, name = 1
            for sig in wire.fields(f.start, f.end):
                if sig.number == 1 and sig.wire == LEN:
                    name = wire.text(sig)
        elif f.number == 3 and f.wire == LEN:
            nodes.append((f.start, f.end))
    for node_start, node_end in nodes:
        _node(wire, node_start, node_end, name, facts)


def _json_strings(wire: Wire, start: int, end: int, where: str, facts: GraphFacts, depth: int) -> None:
    """Keras layer configs anywhere in an object graph: strings that are JSON objects with a class_name."""
    if depth > _MAX_DEPTH:
        raise WireError(f"object graph nested deeper than {_MAX_DEPTH}")
    for f in wire.fields(start, end):
        if f.wire != LEN or f.value < 2:
            continue
        if wire.head(f, 1) == b"{" and b'"class_name"' in wire.head(f, 4096):
            if f.value <= MAX_CONFIG:
                facts.configs.append((where, wire.read(f, MAX_CONFIG)))
            continue
        try:
            _json_strings(wire, f.start, f.end, where, facts, depth + 1)
        except WireError:
            continue  # not a message, just bytes


def read_savedmodel(wire: Wire) -> GraphFacts:
    """Walk a SavedModel: every meta graph's GraphDef (nodes and function library) and object graph."""
    facts = GraphFacts()
    metas = 0
    for meta in wire.fields():
        if meta.number == 2 and meta.wire == LEN:
            metas += 1
            for f in wire.fields(meta.start, meta.end):
                if f.number == 2 and f.wire == LEN:
                    _graph(wire, f.start, f.end, facts)
                elif f.number == 7 and f.wire == LEN:
                    _json_strings(wire, f.start, f.end, "object graph", facts, 0)
    if not metas:
        raise WireError("no meta graph in the SavedModel")
    return facts


def read_graphdef(wire: Wire) -> GraphFacts:
    """Walk a frozen GraphDef."""
    facts = GraphFacts()
    _graph(wire, 0, wire.size, facts)
    return facts


def _findings(facts: GraphFacts, ctx: ScanContext) -> Iterator[Finding]:
    for op, function, node, detail in facts.ops:
        severity, what = DANGEROUS_OPS.get(op, (Severity.HIGH, "writes to a file"))
        yield Finding.of(
            DANGEROUS_OP,
            ctx.path,
            severity,
            f"Op {op} ({what}) in {function}, node {node!r}{f' ({detail})' if detail else ''}.",
            location=Location(field=f"{function}/{node}"),
            evidence=f"{op} {detail}".strip(),
        )
    for _where, data in facts.configs:
        yield from json_config_findings(data, ctx, None)


class TensorFlowScanner:
    """SavedModel protobufs and frozen GraphDefs."""

    formats: ClassVar[frozenset[str]] = frozenset({"tf-savedmodel", "tf-graphdef", "tf-keras-metadata"})

    def scan(self, source: Source, ctx: ScanContext) -> Iterator[Finding]:
        """Dangerous ops by function and node; Keras configs in the object graph."""
        wire = Wire(source.pread, source.size)
        try:
            if ctx.format == "tf-savedmodel":
                facts = read_savedmodel(wire)
            elif ctx.format == "tf-keras-metadata":
                facts = GraphFacts()
                _json_strings(wire, 0, wire.size, "keras metadata", facts, 0)
            else:
                facts = read_graphdef(wire)
        except (WireError, RecursionError) as exc:
            # A SavedModel is always a graph; a stray .pb may be any protobuf, so it is only a note.
            severity = Severity.MEDIUM if ctx.format == "tf-savedmodel" else Severity.LOW
            yield Finding.of(
                UNPARSEABLE,
                ctx.path,
                severity,
                f"Not a well-formed TensorFlow graph: {exc}.",
                evidence=str(exc)[:200],
            )
            return
        yield from _findings(facts, ctx)
