"""Hugging Face model repositories: the JSON configs that make a loader import the repository's own
code (`auto_map`, which needs `trust_remote_code=True`) or render its chat template; Git LFS pointer
files standing where weights should be; and the per-repository summary of every file's format, digest
and verdict.

The Python files `auto_map` names are scanned on their own by `python_source` (every `.py` in the
tree is); here the config says that loading the model will import them.
"""

from __future__ import annotations

import json
import os
import posixpath
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from mlward.files.access import Source
from mlward.files.sniff import LFS_POINTER
from mlward.findings import Finding, Location, Report, Severity, Status, rule
from mlward.scanners.base import ATLAS_MODEL_SUPPLY_CHAIN, ATLAS_USER_EXECUTION, ScanContext
from mlward.scanners.chat_template import template_findings

_MAX_CONFIG = 16 << 20

REMOTE_CODE = rule(
    "repository.remote-code",
    "Model needs trust_remote_code: it imports Python files from the repository",
    "The config's auto_map points transformers at classes in the repository's own Python files (or "
    "in another repository). Loading the model with trust_remote_code=True imports and runs that "
    "code with your privileges. mlward reports the dangerous calls in those files separately.",
    "Review the named files (see the python.dangerous-call findings), pin the repository revision, "
    "or use a model whose architecture is built into transformers.",
    atlas=(ATLAS_MODEL_SUPPLY_CHAIN, ATLAS_USER_EXECUTION),
    cwe=("CWE-829",),
)
LFS_NOT_DOWNLOADED = rule(
    "repository.lfs-pointer",
    "Git LFS pointer: the file's content was not downloaded",
    "This file is a Git LFS pointer (a few lines naming the real object's digest and size), not the "
    "content a loader will eventually read. mlward cannot say anything about content it has not seen.",
    "Fetch the LFS objects (`git lfs pull`) and scan again.",
    atlas=(ATLAS_MODEL_SUPPLY_CHAIN,),
)
CONFIG_UNPARSEABLE = rule(
    "repository.config-unparseable",
    "Model configuration file could not be read",
    "The JSON configuration is malformed or too large, so mlward could not check whether it asks "
    "for remote code or carries a chat template.",
    "Inspect the file by hand; a loader may still read it differently.",
    atlas=(ATLAS_MODEL_SUPPLY_CHAIN,),
)

_CLASS_REF = re.compile(r"^(?:(?P<repo>[\w.\-]+/[\w.\-]+)--)?(?P<module>[\w.]+)\.(?P<cls>\w+)$")


@dataclass(frozen=True, slots=True)
class CodeReference:
    """One class an auto_map entry makes the loader import."""

    auto_class: str  # e.g. "AutoModelForCausalLM"
    module: str  # e.g. "modeling_phi3" (a file modeling_phi3.py in the repository)
    cls: str
    repo: str | None  # another repository, for "owner/name--module.Class"


def code_references(config: Mapping[str, Any]) -> list[CodeReference]:
    """Every class reference in a config's auto_map (values may be strings or [slow, fast] lists)."""
    refs: list[CodeReference] = []
    auto_map = config.get("auto_map")
    if not isinstance(auto_map, Mapping):
        return refs
    for auto_class, value in auto_map.items():
        for item in value if isinstance(value, list) else [value]:
            if not isinstance(item, str):
                continue
            match = _CLASS_REF.match(item.strip())
            if match:
                refs.append(CodeReference(str(auto_class), match["module"], match["cls"], match["repo"]))
            else:
                refs.append(CodeReference(str(auto_class), item[:100], "", None))
    return refs


_KNOWN_LIBRARIES = frozenset({"diffusers", "transformers", "onnxruntime", "flax"})


def custom_components(config: Any, name: str) -> list[str]:
    """Code a repository config makes its library import from the repository itself.

    - transformers `custom_pipelines`: {"task": {"impl": "module.Class", ...}}
    - diffusers `model_index.json`: {"unet": ["my_unet", "MyUNet"]} for a library that is a module
      of the repository, and a custom pipeline `"_class_name": ["pipeline", "MyPipeline"]`
    - sentence-transformers `modules.json`: [{"type": "my_module.MyLayer"}] outside sentence_transformers
    """
    found: list[str] = []
    if name == "modules.json" and isinstance(config, list):
        for entry in config:
            kind = entry.get("type") if isinstance(entry, Mapping) else None
            if isinstance(kind, str) and not kind.startswith("sentence_transformers."):
                found.append(kind)
        return found
    if not isinstance(config, Mapping):
        return found
    pipelines = config.get("custom_pipelines")
    if isinstance(pipelines, Mapping):
        for task in pipelines.values():
            impl = task.get("impl") if isinstance(task, Mapping) else None
            if isinstance(impl, str):
                found.append(impl)
    if name == "model_index.json":
        for value in config.values():
            if (
                isinstance(value, list)
                and len(value) == 2
                and isinstance(value[0], str)
                and value[0] not in _KNOWN_LIBRARIES
            ):
                found.append(f"{value[0]}.{value[1]}")
    return found


def _templates(config: Mapping[str, Any]) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    template = config.get("chat_template")
    if isinstance(template, str):
        found.append(("chat_template", template))
    elif isinstance(template, list):  # [{"name": "default", "template": "..."}, ...]
        for entry in template:
            if isinstance(entry, Mapping) and isinstance(entry.get("template"), str):
                found.append((f"chat_template[{entry.get('name')!s}]", entry["template"]))
    return found


class HuggingFaceConfigScanner:
    """config.json, tokenizer_config.json, processor configs and chat_template.json."""

    formats: ClassVar[frozenset[str]] = frozenset({"hf-config"})

    def scan(self, source: Source, ctx: ScanContext) -> Iterator[Finding]:
        """auto_map remote code and chat-template escapes."""
        if source.size > _MAX_CONFIG:
            yield Finding.of(
                CONFIG_UNPARSEABLE,
                ctx.path,
                Severity.MEDIUM,
                f"Configuration of {source.size} bytes is larger than mlward reads.",
            )
            return
        try:
            config = json.loads(source.read(_MAX_CONFIG).decode("utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError) as exc:
            yield Finding.of(
                CONFIG_UNPARSEABLE,
                ctx.path,
                Severity.MEDIUM,
                f"Not valid JSON ({type(exc).__name__}).",
                evidence=str(exc)[:200],
            )
            return
        custom = custom_components(config, os.path.basename(source.path or ctx.path))
        if custom:
            yield Finding.of(
                REMOTE_CODE,
                ctx.path,
                Severity.MEDIUM,
                "The configuration loads custom code from the repository: "
                f"{', '.join(sorted(set(custom))[:10])}.",
                evidence=", ".join(sorted(set(custom))[:20]),
            )
        if not isinstance(config, Mapping):
            return
        if isinstance(config.get("class_name"), str) and "config" in config:
            # An unpacked Keras v3 archive: its config.json is a Keras model config.
            from mlward.scanners.keras import config_findings

            yield from config_findings(config, ctx)
        yield from _remote_code(config, source, ctx)
        for where, text in _templates(config):
            yield from template_findings(text, ctx, where, Location(field=where))


def _remote_code(config: Mapping[str, Any], source: Source, ctx: ScanContext) -> Iterator[Finding]:
    refs = code_references(config)
    if not refs:
        return
    folder = os.path.dirname(source.path) if source.path else ""
    modules = sorted({r.module for r in refs if r.repo is None})
    elsewhere = sorted({f"{r.repo}--{r.module}" for r in refs if r.repo})
    missing = [
        m for m in modules if folder and not os.path.exists(os.path.join(folder, *m.split(".")) + ".py")
    ]
    parts = []
    if modules:
        parts.append("imports " + ", ".join(f"{m}.py" for m in modules) + " from this repository")
    if elsewhere:
        parts.append(
            "imports code from other repositories (" + ", ".join(elsewhere) + "), which this scan "
            "did not cover"
        )
    if missing:
        parts.append("; not present here: " + ", ".join(f"{m}.py" for m in missing))
    classes = ", ".join(sorted({r.auto_class for r in refs}))
    yield Finding.of(
        REMOTE_CODE,
        ctx.path,
        Severity.MEDIUM,
        f"auto_map ({classes}) needs trust_remote_code: it {' and '.join(parts[:2])}{''.join(parts[2:])}.",
        location=Location(field="auto_map"),
        evidence=json.dumps(config.get("auto_map"), sort_keys=True)[:300],
    )


_LFS_FIELD = re.compile(rb"^(oid sha256:(?P<oid>[0-9a-f]{64})|size (?P<size>\d+))$", re.MULTILINE)


def parse_lfs_pointer(data: bytes) -> tuple[str | None, int | None]:
    """The (sha256, size) an LFS pointer names; (None, None) for fields it lacks."""
    oid: str | None = None
    size: int | None = None
    for match in _LFS_FIELD.finditer(data):
        if match["oid"]:
            oid = match["oid"].decode()
        if match["size"]:
            size = int(match["size"])
    return oid, size


class LfsPointerScanner:
    """Git LFS pointer files: reported as not downloaded, never as clean."""

    formats: ClassVar[frozenset[str]] = frozenset({"lfs-pointer"})

    def scan(self, source: Source, ctx: ScanContext) -> Iterator[Finding]:
        """One finding naming the object that was not fetched."""
        data = source.read(1024)
        oid, size = parse_lfs_pointer(data) if data.startswith(LFS_POINTER) else (None, None)
        what = f"object sha256:{oid}" if oid else "an LFS object"
        yield Finding.of(
            LFS_NOT_DOWNLOADED,
            ctx.path,
            Severity.MEDIUM,
            f"Git LFS pointer to {what}{f' of {size} bytes' if size is not None else ''}; the content "
            f"was not downloaded and was not scanned.",
            evidence=f"sha256:{oid} size {size}" if oid else data[:120].decode("utf-8", "replace"),
        )


# ---------------------------------------------------------------- summary


@dataclass(frozen=True, slots=True)
class FileVerdict:
    """One file of a repository in the summary."""

    path: str
    format: str
    sha256: str | None
    size: int | None
    verdict: str  # "clean", "not downloaded", "error", "skipped" or the worst severity label

    def to_dict(self) -> dict[str, Any]:
        """The JSON form."""
        return {
            "path": self.path,
            "format": self.format,
            "sha256": self.sha256,
            "size": self.size,
            "verdict": self.verdict,
        }


_MARKERS = ("config.json", ".gitattributes", "README.md", "model_index.json", "modules.json")


def repository_summary(report: Report) -> dict[str, list[FileVerdict]]:
    """Every target of a report, grouped by repository, with its format, digest and verdict.

    A repository is the nearest folder holding a config.json, .gitattributes, README.md,
    model_index.json or modules.json among the scanned files; files outside any are grouped by
    their own folder.
    """
    roots = {posixpath.dirname(t.path) for t in report.targets if posixpath.basename(t.path) in _MARKERS}
    worst: dict[str, Severity] = {}
    for finding in report.findings:
        if finding.path not in worst or finding.severity > worst[finding.path]:
            worst[finding.path] = finding.severity
    groups: dict[str, list[FileVerdict]] = {}
    for target in report.targets:
        folder = posixpath.dirname(target.path)
        root = folder
        probe = folder
        while True:
            if probe in roots:
                root = probe
                break
            parent = posixpath.dirname(probe)
            if parent == probe:
                break
            probe = parent
        if target.format == "lfs-pointer":
            verdict = "not downloaded"
        elif target.status == Status.ERROR:
            verdict = "error"
        elif target.status == Status.SKIPPED:
            verdict = "skipped"
        else:
            sev = worst.get(target.path)
            verdict = sev.label if sev is not None else "clean"
        groups.setdefault(root or ".", []).append(
            FileVerdict(target.path, target.format, target.sha256, target.size, verdict)
        )
    return {root: sorted(files, key=lambda f: f.path) for root, files in sorted(groups.items())}


def render_summary(summary: Mapping[str, list[FileVerdict]]) -> str:
    """The summary as aligned text, one block per repository."""
    lines: list[str] = []
    for root, files in summary.items():
        lines.append(f"repository {root}")
        width = max((len(f.path) for f in files), default=0)
        for f in files:
            digest = (f.sha256 or "-")[:16]
            lines.append(f"  {f.path:<{width}}  {f.format:<14} {digest:<16}  {f.verdict}")
    return "\n".join(lines) + ("\n" if lines else "")
