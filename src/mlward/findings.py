"""The immutable records every scanner produces and every renderer reads: rules, findings, targets,
reports.

Findings are frozen so they sort, deduplicate and fit in sets. JSON, SARIF and text output are rendered
from these records (DESIGN.md, "JSON report"), never the other way round.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import IntEnum
from typing import Any

SCHEMA = "mlward.report/1"


class Severity(IntEnum):
    """How bad a finding is; ordered so that thresholds compare with >=."""

    INFO = 0
    LOW = 1
    MEDIUM = 2
    HIGH = 3
    CRITICAL = 4

    @classmethod
    def parse(cls, text: str) -> Severity:
        """Read a severity name as users write it ("high", "HIGH")."""
        try:
            return cls[text.strip().upper()]
        except KeyError:
            names = ", ".join(s.label for s in cls)
            raise ValueError(f"unknown severity {text!r} (expected one of {names})") from None

    @property
    def label(self) -> str:
        """The lowercase name used in reports."""
        return self.name.lower()


@dataclass(frozen=True, slots=True)
class Rule:
    """A stable detection with the text a user needs to act on it (also the SARIF rule)."""

    id: str
    title: str
    help: str
    remediation: str
    atlas: tuple[str, ...] = ()
    cwe: tuple[str, ...] = ()


_RULES: dict[str, Rule] = {}


def rule(
    id: str,
    title: str,
    help: str,
    remediation: str,
    *,
    atlas: Iterable[str] = (),
    cwe: Iterable[str] = (),
) -> Rule:
    """Define a rule once, at import time of the module that reports it, and register it by id."""
    new = Rule(id, title, help, remediation, tuple(atlas), tuple(cwe))
    old = _RULES.setdefault(id, new)
    if old != new:
        raise RuntimeError(f"rule {id!r} defined twice with different text")
    return old


def rule_by_id(rule_id: str) -> Rule | None:
    """The registered rule with this id, if any."""
    return _RULES.get(rule_id)


@dataclass(frozen=True, slots=True)
class Location:
    """Where in a target a finding sits. Unused fields stay None and are left out of reports.

    Model files use `member` (archive member, nested ones joined by "!"), `offset` (byte offset in
    that member) and `opcode` (index of the pickle opcode); source files use `line`; datasets use
    `record`, `field`, `start` and `end` (DESIGN.md).
    """

    member: str | None = None
    offset: int | None = None
    opcode: int | None = None
    line: int | None = None
    record: int | None = None
    field: str | None = None
    start: int | None = None
    end: int | None = None

    def to_dict(self) -> dict[str, Any]:
        """The JSON form: only the fields that are set."""
        return {
            name: getattr(self, name)
            for name in self.__slots__
            if getattr(self, name) is not None
        }


NOWHERE = Location()


@dataclass(frozen=True, slots=True, order=True)
class Finding:
    """One thing found in one target: what, where, how bad, why it matters and what to do."""

    path: str
    severity: Severity
    rule: str
    message: str
    location: Location = NOWHERE
    evidence: str | None = None
    category: str | None = None
    title: str = ""
    atlas: tuple[str, ...] = ()
    cwe: tuple[str, ...] = ()
    remediation: str = ""

    @classmethod
    def of(
        cls,
        rule: Rule,
        path: str,
        severity: Severity,
        message: str,
        *,
        location: Location = NOWHERE,
        evidence: str | None = None,
        category: str | None = None,
        atlas: Iterable[str] | None = None,
    ) -> Finding:
        """A finding of `rule`, taking its title, ATLAS techniques, CWE and remediation."""
        return cls(
            path=path,
            severity=severity,
            rule=rule.id,
            message=message,
            location=location,
            evidence=evidence,
            category=category,
            title=rule.title,
            atlas=tuple(atlas) if atlas is not None else rule.atlas,
            cwe=rule.cwe,
            remediation=rule.remediation,
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of DESIGN.md's report contract."""
        return {
            "rule": self.rule,
            "severity": self.severity.label,
            "title": self.title,
            "message": self.message,
            "path": self.path,
            "location": self.location.to_dict(),
            "evidence": self.evidence,
            "atlas": list(self.atlas),
            "cwe": list(self.cwe),
            "remediation": self.remediation,
            "category": self.category,
        }


class Status:
    """What happened to a target."""

    SCANNED = "scanned"
    ERROR = "error"
    SKIPPED = "skipped"


@dataclass(frozen=True, slots=True)
class Target:
    """One file that was looked at: what it is, exactly which bytes (size and digest), and how it went."""

    path: str
    format: str
    size: int | None
    sha256: str | None
    status: str = Status.SCANNED
    error: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of DESIGN.md's report contract."""
        return {
            "path": self.path,
            "format": self.format,
            "size": self.size,
            "sha256": self.sha256,
            "status": self.status,
            "error": self.error,
        }


@dataclass(frozen=True, slots=True)
class Report:
    """Everything one scan found, in a stable order."""

    targets: tuple[Target, ...]
    findings: tuple[Finding, ...]
    tool_version: str = ""
    kind: str = "model"
    extra: Mapping[str, Any] = field(default_factory=dict)

    @classmethod
    def build(
        cls,
        targets: Iterable[Target],
        findings: Iterable[Finding],
        *,
        kind: str = "model",
        extra: Mapping[str, Any] | None = None,
    ) -> Report:
        """Sort and deduplicate findings: most severe first, then by path and place."""
        from mlward import __version__

        ordered = sorted(
            set(findings),
            key=lambda f: (-f.severity, f.path, _location_key(f.location), f.rule, f.message),
        )
        return cls(
            targets=tuple(sorted(targets, key=lambda t: t.path)),
            findings=tuple(ordered),
            tool_version=__version__,
            kind=kind,
            extra=dict(extra or {}),
        )

    def counts(self) -> dict[str, int]:
        """Findings per severity label, every label present."""
        counts = {s.label: 0 for s in sorted(Severity, reverse=True)}
        for finding in self.findings:
            counts[finding.severity.label] += 1
        return counts

    @property
    def errors(self) -> int:
        """How many targets could not be processed."""
        return sum(1 for t in self.targets if t.status == Status.ERROR)

    def worst(self) -> Severity | None:
        """The most severe finding's severity, or None when there is none."""
        return max((f.severity for f in self.findings), default=None)

    def blocking(self, threshold: Severity) -> bool:
        """True when a finding reaches the threshold."""
        worst = self.worst()
        return worst is not None and worst >= threshold

    def to_dict(self) -> dict[str, Any]:
        """The JSON report of DESIGN.md."""
        summary: dict[str, int] = self.counts()
        summary["targets"] = len(self.targets)
        summary["errors"] = self.errors
        data: dict[str, Any] = {
            "schema": SCHEMA,
            "tool": {"name": "mlward", "version": self.tool_version},
            "targets": [t.to_dict() for t in self.targets],
            "findings": [f.to_dict() for f in self.findings],
            "summary": summary,
        }
        data.update(self.extra)
        return data


def _location_key(location: Location) -> tuple[str, int, int, int, int]:
    return (
        location.member or "",
        location.record if location.record is not None else -1,
        location.offset if location.offset is not None else -1,
        location.opcode if location.opcode is not None else -1,
        location.line if location.line is not None else (location.start or -1),
    )
