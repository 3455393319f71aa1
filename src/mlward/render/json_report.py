"""The JSON report of DESIGN.md ("mlward.report/1")."""

from __future__ import annotations

import json

from mlward.findings import Report


def render_json(report: Report) -> str:
    """One JSON object, keys in contract order, ASCII-safe."""
    return json.dumps(report.to_dict(), indent=2, ensure_ascii=True) + "\n"
