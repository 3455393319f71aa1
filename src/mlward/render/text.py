"""The report for people: a table of findings, a line per target, a summary; colour only on a terminal."""

from __future__ import annotations

import shutil
import textwrap

from mlward.findings import Finding, Location, Report, Severity, Status

_COLORS = {
    Severity.CRITICAL: "\x1b[1;97;41m",
    Severity.HIGH: "\x1b[1;31m",
    Severity.MEDIUM: "\x1b[33m",
    Severity.LOW: "\x1b[36m",
    Severity.INFO: "\x1b[2m",
}
_RESET = "\x1b[0m"


def describe_location(location: Location) -> str:
    """A location as a short phrase: `member data.pkl, opcode 12 @ byte 40`."""
    parts = []
    if location.member:
        parts.append(f"member {location.member}")
    if location.record is not None:
        parts.append(f"record {location.record}")
    if location.field:
        parts.append(f"field {location.field}")
    if location.line is not None:
        parts.append(f"line {location.line}")
    if location.opcode is not None:
        parts.append(f"opcode {location.opcode}")
    if location.offset is not None:
        parts.append(f"byte {location.offset}")
    if location.start is not None and location.end is not None:
        parts.append(f"chars {location.start}-{location.end}")
    return ", ".join(parts)


def _label(severity: Severity, color: bool) -> str:
    text = severity.label.upper().ljust(8)
    return f"{_COLORS[severity]}{text}{_RESET}" if color else text


def _finding(finding: Finding, color: bool, width: int) -> list[str]:
    where = describe_location(finding.location)
    head = f"{_label(finding.severity, color)} {finding.rule}  {finding.path}"
    if where:
        head += f" ({where})"
    indent = " " * 9
    lines = [head]
    body = [finding.message]
    if finding.evidence:
        body.append(f"evidence: {finding.evidence}")
    if finding.remediation:
        body.append(f"what to do: {finding.remediation}")
    refs = [*finding.atlas, *finding.cwe]
    if refs:
        body.append("refs: " + ", ".join(refs))
    for paragraph in body:
        lines.extend(textwrap.wrap(paragraph, width=max(width - 9, 40), initial_indent=indent,
                                   subsequent_indent=indent + "  ", break_long_words=True) or [indent])
    return lines


def render_text(report: Report, *, color: bool = False) -> str:
    """Findings (most severe first), then every target's verdict, then one summary line."""
    width = min(shutil.get_terminal_size((100, 20)).columns, 120)
    out: list[str] = []
    for finding in report.findings:
        out.extend(_finding(finding, color, width))
        out.append("")
    worst: dict[str, Severity] = {}
    for finding in report.findings:
        worst[finding.path] = max(worst.get(finding.path, Severity.INFO), finding.severity)
    out.append(f"{'VERDICT':<9} {'FORMAT':<13} {'SIZE':>12}  {'SHA-256':<16}  PATH")
    for target in report.targets:
        if target.status == Status.ERROR:
            verdict = "error"
        elif target.status == Status.SKIPPED:
            verdict = "skipped"
        elif target.path in worst:
            verdict = worst[target.path].label
        else:
            verdict = "clean"
        size = "" if target.size is None else f"{target.size:,}"
        digest = (target.sha256 or "")[:16]
        line = f"{verdict:<9} {target.format:<13} {size:>12}  {digest:<16}  {target.path}"
        if target.error:
            line += f"  [{target.error}]"
        out.append(line)
    counts = report.counts()
    summary = ", ".join(f"{n} {label}" for label, n in counts.items() if n)
    out.append("")
    out.append(
        f"{len(report.targets)} target(s), {report.errors} error(s); "
        f"findings: {summary or 'none'}"
    )
    return "\n".join(out) + "\n"
