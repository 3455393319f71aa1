"""Shared by the scanner tests: scan one file and pick findings apart."""

from __future__ import annotations

from pathlib import Path

from mlward.files.access import Limits
from mlward.findings import Finding, Severity
from mlward.scanning import scan_file


def scan_one(path: Path, limits: Limits | None = None) -> list[Finding]:
    """The findings for one file, asserting it was scanned (not an error)."""
    target, findings = scan_file(str(path), limits=limits)
    assert target.status == "scanned", target.error
    return findings


def rules(findings: list[Finding], at_least: Severity = Severity.MEDIUM) -> set[str]:
    """The rule ids of findings at or above a severity."""
    return {f.rule for f in findings if f.severity >= at_least}


def blocking(findings: list[Finding]) -> list[Finding]:
    """Findings that would fail the default gate (medium and up)."""
    return [f for f in findings if f.severity >= Severity.MEDIUM]
