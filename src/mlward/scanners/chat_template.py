"""Chat templates (GGUF `tokenizer.chat_template*`, Hugging Face `chat_template`, `.jinja` files)
parsed with Jinja2 — never rendered — and searched for the shapes of a sandbox escape.

CVE-2024-34359 ("Llama Drama"): llama-cpp-python rendered a GGUF's chat template in an unsandboxed
Jinja2 environment, so `{{ ''.__class__.__mro__[1].__subclasses__() … }}` ran commands when the model
was loaded. Every known escape needs a dunder or private attribute, an `attr` filter fed a computed
name, or a format string reaching into attributes; ordinary templates (Llama, Mistral, Qwen, Gemma,
Phi) use none of these.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, ClassVar

import jinja2
import jinja2.ext
import jinja2.nodes as jn
from jinja2.parser import Parser

from mlward.files.access import Source
from mlward.findings import Finding, Location, Severity, rule
from mlward.scanners.base import ATLAS_MODEL_SUPPLY_CHAIN, ATLAS_USER_EXECUTION, ScanContext

MAX_TEMPLATE = 1 << 20  # real templates are a few KiB

TEMPLATE_ESCAPE = rule(
    "template.sandbox-escape",
    "Chat template reaches into Python internals",
    "The Jinja2 chat template accesses dunder or private attributes, builds attribute names at run "
    "time, or formats strings through attributes — the shapes of a template-injection escape "
    "(CVE-2024-34359). A loader that renders the template without a sandbox runs code; mlward parsed "
    "the template and did not render it.",
    "Do not load the model with this template. Replace the template with the publisher's original, "
    "and render templates only in jinja2's ImmutableSandboxedEnvironment.",
    atlas=(ATLAS_MODEL_SUPPLY_CHAIN, ATLAS_USER_EXECUTION),
    cwe=("CWE-1336",),
)
TEMPLATE_UNPARSEABLE = rule(
    "template.unparseable",
    "Chat template could not be analysed",
    "The chat template is not valid Jinja2 (or is larger than mlward reads), so it was not checked.",
    "Inspect the template by hand before the model is loaded.",
    atlas=(ATLAS_MODEL_SUPPLY_CHAIN,),
)

# Attributes on the classic escape paths: class → mro → subclasses → __init__ → __globals__ → os.
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


@dataclass(frozen=True, slots=True)
class TemplateIssue:
    """One suspicious construct in a template."""

    severity: Severity
    what: str
    line: int


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


def template_findings(text: str, ctx: ScanContext, where: str, location: Location) -> Iterator[Finding]:
    """Findings for one template; `where` names it in messages (e.g. "tokenizer.chat_template")."""
    if len(text) > MAX_TEMPLATE:
        yield Finding.of(
            TEMPLATE_UNPARSEABLE,
            ctx.path,
            Severity.MEDIUM,
            f"{where} is {len(text)} characters, more than mlward analyses; not checked.",
            location=location,
        )
        return
    try:
        issues = analyse_template(text)
    except (jinja2.TemplateSyntaxError, RecursionError, MemoryError) as exc:
        yield Finding.of(
            TEMPLATE_UNPARSEABLE,
            ctx.path,
            Severity.MEDIUM,
            f"{where} is not valid Jinja2 ({type(exc).__name__}); it was not checked.",
            location=location,
            evidence=str(exc)[:200],
        )
        return
    if not issues:
        return
    worst = max(issue.severity for issue in issues)
    shown = sorted({issue.what for issue in issues})
    lines = sorted({issue.line for issue in issues if issue.line})
    yield Finding.of(
        TEMPLATE_ESCAPE,
        ctx.path,
        worst,
        f"{where} uses {', '.join(shown[:6])}{' …' if len(shown) > 6 else ''}"
        f"{f' (template lines {lines[:10]})' if lines else ''}.",
        location=location,
        evidence=text[:300],
    )


class ChatTemplateScanner:
    """Stand-alone template files (`chat_template.jinja`)."""

    formats: ClassVar[frozenset[str]] = frozenset({"chat-template"})

    def scan(self, source: Source, ctx: ScanContext) -> Iterator[Finding]:
        """Sandbox-escape constructs in the template."""
        data = source.read(MAX_TEMPLATE + 1)
        yield from template_findings(data.decode("utf-8", "replace"), ctx, "the template", Location())
