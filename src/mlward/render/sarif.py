"""SARIF 2.1.0 for GitHub code scanning and other SARIF consumers.

Rules carry their help text; artifacts carry their SHA-256 so a result names exactly the bytes judged.
GitHub reads `security-severity` (0-10) to rank security alerts.
"""

from __future__ import annotations

import hashlib
import json
import os
from typing import Any
from urllib.parse import quote

from mlward.findings import Finding, Report, Severity, rule_by_id
from mlward.render.text import describe_location

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVEL = {
    Severity.CRITICAL: "error",
    Severity.HIGH: "error",
    Severity.MEDIUM: "warning",
    Severity.LOW: "note",
    Severity.INFO: "note",
}
_SECURITY_SEVERITY = {
    Severity.CRITICAL: "9.5",
    Severity.HIGH: "8.0",
    Severity.MEDIUM: "5.5",
    Severity.LOW: "3.0",
    Severity.INFO: "0.0",
}


def _uri(path: str) -> str:
    """A relative URI where possible (GitHub maps it onto the repository), forward slashes."""
    rel = path
    if os.path.isabs(path):
        try:
            candidate = os.path.relpath(path)
            if not candidate.startswith(".."):
                rel = candidate
        except ValueError:  # a different drive on Windows
            pass
    return quote(rel.replace(os.sep, "/"), safe="/:@!$&'()*+,;=-._~")


def _rule(finding: Finding) -> dict[str, Any]:
    known = rule_by_id(finding.rule)
    title = known.title if known else finding.title or finding.rule
    help_text = known.help if known else finding.message
    remediation = known.remediation if known else finding.remediation
    tags = ["security", *finding.atlas, *(f"external/cwe/{c.lower()}" for c in finding.cwe)]
    return {
        "id": finding.rule,
        "name": "".join(part.capitalize() for part in finding.rule.replace("-", ".").split(".")),
        "shortDescription": {"text": title},
        "fullDescription": {"text": help_text},
        "help": {
            "text": f"{help_text}\n\nWhat to do: {remediation}",
            "markdown": f"{help_text}\n\n**What to do:** {remediation}",
        },
        "defaultConfiguration": {"level": _LEVEL[finding.severity]},
        "properties": {
            "tags": tags,
            "security-severity": _SECURITY_SEVERITY[finding.severity],
            "precision": "high",
        },
    }


def render_sarif(report: Report) -> str:
    """One SARIF log with one run."""
    rules: list[dict[str, Any]] = []
    rule_index: dict[str, int] = {}
    for finding in report.findings:
        if finding.rule not in rule_index:
            rule_index[finding.rule] = len(rules)
            rules.append(_rule(finding))
        else:  # the rule's default level follows its most severe result
            current = rules[rule_index[finding.rule]]
            if _SECURITY_SEVERITY[finding.severity] > current["properties"]["security-severity"]:
                current.update(_rule(finding))
    artifacts: list[dict[str, Any]] = []
    artifact_index: dict[str, int] = {}
    for target in report.targets:
        artifact: dict[str, Any] = {"location": {"uri": _uri(target.path)}}
        if target.size is not None:
            artifact["length"] = target.size
        if target.sha256:
            artifact["hashes"] = {"sha-256": target.sha256}
        artifact_index[target.path] = len(artifacts)
        artifacts.append(artifact)
    results = []
    for finding in report.findings:
        artifact_location: dict[str, Any] = {"uri": _uri(finding.path)}
        if finding.path in artifact_index:
            artifact_location["index"] = artifact_index[finding.path]
        where = describe_location(finding.location)
        text = finding.message + (f" ({where})" if where else "")
        region = {"startLine": finding.location.line or 1}
        fingerprint = hashlib.sha256(
            "\x00".join([finding.rule, finding.path, where, finding.message]).encode()
        ).hexdigest()[:32]
        result: dict[str, Any] = {
            "ruleId": finding.rule,
            "ruleIndex": rule_index[finding.rule],
            "level": _LEVEL[finding.severity],
            "message": {"text": text},
            "locations": [{"physicalLocation": {"artifactLocation": artifact_location,
                                                "region": region}}],
            "partialFingerprints": {"mlwardFinding/v1": fingerprint},
            "properties": {
                "severity": finding.severity.label,
                "location": finding.location.to_dict(),
                "atlas": list(finding.atlas),
                "cwe": list(finding.cwe),
            },
        }
        if finding.evidence:
            result["properties"]["evidence"] = finding.evidence
        if finding.category:
            result["properties"]["category"] = finding.category
        results.append(result)
    log = {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "mlward",
                "version": report.tool_version,
                "semanticVersion": report.tool_version,
                "informationUri": "https://github.com/mlward/mlward",
                "rules": rules,
            }},
            "artifacts": artifacts,
            "results": results,
            "columnKind": "unicodeCodePoints",
        }],
    }
    return json.dumps(log, indent=2, ensure_ascii=True) + "\n"
