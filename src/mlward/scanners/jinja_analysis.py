"""The Jinja2 side of chat-template analysis: parse (never render) and walk the syntax tree.

Kept apart from chat_template.py so that importing mlward's scanners does not import Jinja2; it is loaded
the first time a template is analysed.
"""

from __future__ import annotations

import re
from typing import Any

import jinja2
import jinja2.ext
import jinja2.nodes as jn
from jinja2.parser import Parser

from mlward.findings import Severity
from mlward.scanners.chat_template import TemplateIssue

TemplateSyntaxError = jinja2.TemplateSyntaxError

_ESCAPE_ATTRS = frozenset(
    {
        "__class__",
        "__mro__",
        "__subclasses__",
        "__globals__",
        "__builtins__",
        "__init__",
        "__base__",
        "__bases__",
        "__import__",
        "__getattribute__",
        "__dict__",
        "__code__",
        "__func__",
        "__self__",
        "__reduce__",
        "__reduce_ex__",
        "__getitem__",
        "__loader__",
        "__spec__",
        "__closure__",
        "__module__",
        "_TemplateReference__context",
        "func_globals",
        "gi_frame",
        "f_globals",
        "f_back",
        "cr_frame",
    }
)
# Process-spawning names; "system", "exec" and "eval" are left out: `ns.system` is an ordinary variable.
_COMMAND_ATTRS = frozenset({"popen", "check_output", "getoutput", "load_module", "import_module"})
# Globals that exist in every Jinja2 environment and serve only as footholds for escapes.
_FOOTHOLDS = frozenset(
    {
        "self",
        "lipsum",
        "cycler",
        "joiner",
        "config",
        "request",
        "url_for",
        "get_flashed_messages",
        "__builtins__",
    }
)
_ATTRIBUTE_FILTERS = frozenset(
    {"map", "selectattr", "rejectattr", "sort", "groupby", "sum", "unique", "min", "max"}
)
_FORMAT_REACH = re.compile(r"\{[^{}]*[.\[][^{}]*\}")
_DUNDER = re.compile(r"__\w+__|\b_[A-Za-z]\w*__\w+")


class _GenerationTag(jinja2.ext.Extension):
    """Parses transformers' `{% generation %}…{% endgeneration %}` block (assistant masks) as a no-op."""

    tags = {"generation"}  # noqa: RUF012 - jinja2's own API is a class attribute set

    def parse(self, parser: Parser) -> jn.Node | list[jn.Node]:
        lineno = next(parser.stream).lineno
        body = parser.parse_statements(("name:endgeneration",), drop_needle=True)
        return jn.Scope(body, lineno=lineno)


def _environment() -> jinja2.Environment:
    # Parsing only: the environment never compiles or renders anything.
    return jinja2.Environment(extensions=[jinja2.ext.loopcontrols, jinja2.ext.do, _GenerationTag])


def _severity_for(attr: str) -> Severity | None:
    if attr in _ESCAPE_ATTRS or attr in _COMMAND_ATTRS:
        return Severity.CRITICAL
    if attr.startswith("_"):
        return Severity.HIGH
    return None


def analyse_template(text: str) -> list[TemplateIssue]:
    """Suspicious constructs in a Jinja2 template; raises jinja2.TemplateSyntaxError if invalid."""
    tree = _environment().parse(text)
    issues: list[TemplateIssue] = []

    def add(severity: Severity, what: str, node: jn.Node) -> None:
        issues.append(TemplateIssue(severity, what, getattr(node, "lineno", 0) or 0))

    for node in tree.find_all(jn.Node):
        if isinstance(node, jn.Getattr):
            sev = _severity_for(node.attr)
            if sev is not None:
                add(sev, f"attribute .{node.attr}", node)
        elif isinstance(node, jn.Getitem):
            arg = node.arg
            if isinstance(arg, jn.Const) and isinstance(arg.value, str):
                sev = _severity_for(arg.value)
                if sev is not None:
                    add(sev, f"item [{arg.value!r}]", node)
        elif isinstance(node, jn.Filter | jn.Test):
            _filter_issues(node, add)
        elif isinstance(node, jn.Name) and node.ctx == "load" and node.name in _FOOTHOLDS:
            add(Severity.HIGH, f"global {node.name!r} (a known escape foothold)", node)
        elif isinstance(node, jn.Const) and isinstance(node.value, str):
            if _DUNDER.search(node.value):
                add(Severity.HIGH, f"string {node.value[:60]!r} naming a Python internal", node)
        elif (
            isinstance(node, jn.Call)
            and isinstance(node.node, jn.Getattr)
            and node.node.attr in ("format", "format_map")
        ):
            base = node.node.node
            if not (isinstance(base, jn.Const) and isinstance(base.value, str)) or _FORMAT_REACH.search(
                base.value
            ):
                add(Severity.HIGH, "str.format reaching into attributes", node)
    return issues


def _filter_issues(node: jn.Filter | jn.Test, add: Any) -> None:
    name = node.name
    if name == "attr":
        arg = node.args[0] if node.args else None
        if isinstance(arg, jn.Const) and isinstance(arg.value, str):
            sev = _severity_for(arg.value)
            if sev is not None:
                add(sev, f"attr({arg.value!r})", node)
        else:
            add(Severity.HIGH, "attr() with a computed attribute name", node)
    if name in _ATTRIBUTE_FILTERS:
        for kw in node.kwargs:
            if kw.key == "attribute" and isinstance(kw.value, jn.Const) and isinstance(kw.value.value, str):
                for part in kw.value.value.split("."):
                    sev = _severity_for(part)
                    if sev is not None:
                        add(sev, f"{name}(attribute={kw.value.value!r})", node)
        if (
            name == "map"
            and node.args
            and isinstance(node.args[0], jn.Const)
            and node.args[0].value == "attr"
        ):
            add(Severity.HIGH, "map('attr', …)", node)
