"""Renderers turn a Report into what a person or another tool reads."""

from __future__ import annotations

from mlward.findings import Report
from mlward.render.json_report import render_json
from mlward.render.sarif import render_sarif
from mlward.render.text import render_text

FORMATS = ("text", "json", "sarif")


def render(report: Report, fmt: str, *, color: bool = False) -> str:
    """The report in one of FORMATS."""
    if fmt == "json":
        return render_json(report)
    if fmt == "sarif":
        return render_sarif(report)
    return render_text(report, color=color)
