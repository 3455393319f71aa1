"""Chat templates (GGUF `tokenizer.chat_template*`, Hugging Face `chat_template`, `.jinja` files)
parsed with Jinja2 — never rendered — and searched for the shapes of a sandbox escape.

CVE-2024-34359 ("Llama Drama"): llama-cpp-python rendered a GGUF's chat template in an unsandboxed
Jinja2 environment, so `{{ ''.__class__.__mro__[1].__subclasses__() … }}` ran commands when the model
was loaded. Every known escape needs a dunder or private attribute, an `attr` filter fed a computed
name, or a format string reaching into attributes; ordinary templates (Llama, Mistral, Qwen, Gemma,
Phi) use none of these.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import ClassVar

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
@dataclass(frozen=True, slots=True)
class TemplateIssue:
    """One suspicious construct in a template."""

    severity: Severity
    what: str
    line: int


def analyse_template(text: str) -> list[TemplateIssue]:
    """Suspicious constructs in a Jinja2 template; raises jinja2.TemplateSyntaxError if invalid."""
    from mlward.scanners.jinja_analysis import analyse_template as analyse

    return analyse(text)


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
    from mlward.scanners.jinja_analysis import TemplateSyntaxError

    try:
        issues = analyse_template(text)
    except (TemplateSyntaxError, RecursionError, MemoryError) as exc:
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
