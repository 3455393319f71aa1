"""The one small protocol every model-format scanner implements, and what it is handed."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import ClassVar, Protocol

from mlward.files.access import Limits, Source
from mlward.findings import Finding, Location, Severity, rule

ATLAS_MODEL_SUPPLY_CHAIN = "AML.T0010.003"  # ML Supply Chain Compromise: Model
ATLAS_USER_EXECUTION = "AML.T0011"  # User Execution (unsafe ML artifacts)
ATLAS_PUBLISH_POISONED = "AML.T0058"  # Publish Poisoned Models
CWE_DESERIALIZATION = "CWE-502"


@dataclass(slots=True)
class ScanContext:
    """What a scanner needs besides the bytes: the name to report, the limits, and a place to say
    what the file turned out to be."""

    path: str
    limits: Limits = field(default_factory=Limits)
    digest: bool = True
    format: str = "unknown"
    depth: int = 0
    allow: tuple[Path, ...] = ()  # the user's extra pickle allow-list files


class Scanner(Protocol):
    """Reads a file's bytes and reports findings; never imports or runs the model.

    If it cannot parse its input, that is a finding (fail closed), not a crash.
    """

    formats: ClassVar[frozenset[str]]

    def scan(self, source: Source, ctx: ScanContext) -> Iterator[Finding]:
        """Findings for one file; the file's digest is taken by the caller from the same Source."""
        ...


INTERNAL_ERROR = rule(
    "scan.incomplete",
    "File could not be fully analysed",
    "mlward stopped analysing this file before the end, so it cannot say the file is safe. For a "
    "format that can carry code this is treated as a risk, not a pass.",
    "Do not load the file until it has been analysed in full; report the error to the mlward "
    "maintainers if the file is a legitimate model.",
    atlas=(ATLAS_MODEL_SUPPLY_CHAIN,),
)

PICKLE_HYGIENE = rule(
    "format.pickle-weights",
    "Weights stored in a pickle-based format",
    "Pickle-based formats (PyTorch .pt/.bin, joblib, numpy object arrays) can run code when "
    "loaded; every load depends on a scanner being right. safetensors stores tensors only "
    "(OWASP LLMSVS 2.10).",
    "Convert the weights to safetensors (for example `mlward convert`) and load them with a "
    "safetensors loader.",
    atlas=(ATLAS_MODEL_SUPPLY_CHAIN,),
    cwe=(CWE_DESERIALIZATION,),
)


def hygiene_finding(ctx: ScanContext, what: str, location: Location | None = None) -> Finding:
    """The low-severity note that a pickle-based format was used where safetensors would do."""
    return Finding.of(
        PICKLE_HYGIENE,
        ctx.path,
        Severity.LOW,
        f"{what} is pickle-based; safetensors would hold the same tensors without the risk.",
        location=location or Location(),
    )
