"""Judge a pickle's imports: the allow-list decides what is safe, the deny-list only how bad the rest is.

Both lists are data (`mlward/data/pickle_allowlist.toml`, `pickle_denylist.toml`); users extend the
allow-list with files of the same form.
"""

from __future__ import annotations

import _compat_pickle
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from mlward.errors import PolicyFileInvalid
from mlward.findings import Severity

# Dunder attributes that reach interpreter internals (globals of a function, every loaded class...).
# A qualified name that walks through one of these can reach anything.
_SAFE_DUNDERS = frozenset({"__newobj__", "__newobj_ex__"})


@dataclass(frozen=True, slots=True)
class Verdict:
    """How one imported name was judged."""

    name: str  # the qualified name as the unpickler resolves it
    safe: bool
    category: str | None = None  # deny-list category; None for an unknown name
    what: str = "is not on the allow-list of callables known to be safe when loading a model"
    called: Severity = Severity.MEDIUM
    referenced: Severity = Severity.MEDIUM
    matched: str | None = None  # the deny-list entry that matched


@dataclass(frozen=True, slots=True)
class _Category:
    what: str
    called: Severity
    referenced: Severity


def _words(name: str) -> list[str]:
    return [w for w in name.split(".") if w]


def _is_class_name(word: str) -> bool:
    return (word[:1].isupper() and not word.isupper()) or (len(word) > 1 and word[:1].isupper())


class ImportPolicy:
    """The allow-list and deny-list, loaded once; `judge` is called for every import in a pickle."""

    def __init__(self, extra_allow: Iterable[tuple[str, bytes]] = ()) -> None:
        deny = _load_builtin("pickle_denylist.toml")
        self._deny_names: dict[str, str] = {}
        self._deny_modules: dict[str, str] = {}
        self._categories: dict[str, _Category] = {}
        for category, table in deny.items():
            self._categories[category] = _Category(
                what=str(table["what"]),
                called=Severity.parse(str(table["called"])),
                referenced=Severity.parse(str(table["referenced"])),
            )
            for name in table.get("names", []):
                self._deny_names.setdefault(name, category)
            for module in table.get("modules", []):
                self._deny_modules.setdefault(module, category)
        self._deny_finals = frozenset(_words(n)[-1] for n in self._deny_names)
        self._names: set[str] = set()
        self._class_modules: set[str] = set()
        self._torchscript_names: set[str] = set()
        self._torchscript_prefixes: tuple[str, ...] = ()
        self._add_allow(_load_builtin("pickle_allowlist.toml"), "pickle_allowlist.toml")
        for origin, text in extra_allow:
            self._add_allow(_parse(origin, text), origin, user=True)

    def _add_allow(self, table: dict[str, Any], origin: str, *, user: bool = False) -> None:
        names = table.get("names", {})
        classes = table.get("classes", {})
        torchscript = table.get("torchscript", {})
        if not isinstance(names, dict) or not isinstance(classes, dict) or not isinstance(torchscript, dict):
            raise PolicyFileInvalid(f"{origin}: [names], [classes] and [torchscript] must be tables")
        for group, entries in names.items():
            if not isinstance(entries, list) or not all(isinstance(e, str) for e in entries):
                raise PolicyFileInvalid(f"{origin}: names.{group} must be a list of qualified names")
            for entry in entries if user else ():
                category, matched = self._deny(_words(_py3_name(*entry.rpartition(".")[::2])[0] + "."
                                                      + entry.rpartition(".")[2]))
                if category is not None:
                    raise PolicyFileInvalid(
                        f"{origin}: names.{group}: {entry!r} reaches {matched!r}, which "
                        f"{self._categories[category].what}; mlward will not allow-list it")
            self._names.update(entries)
        modules = classes.get("modules", [])
        if not isinstance(modules, list) or not all(isinstance(m, str) for m in modules):
            raise PolicyFileInvalid(f"{origin}: classes.modules must be a list of module names")
        self._class_modules.update(modules)
        self._torchscript_names.update(str(n) for n in torchscript.get("names", []))
        self._torchscript_prefixes += tuple(str(p) for p in torchscript.get("prefixes", []))

    def judge(self, module: str, name: str, *, torchscript: bool = False) -> Verdict:
        """Judge `module` + `name` as an unpickler would import them."""
        return self._judge(module, name, torchscript)

    @lru_cache(maxsize=4096)  # noqa: B019 - one policy per scan; names repeat thousands of times
    def _judge(self, module: str, name: str, torchscript: bool) -> Verdict:
        module, name = _py3_name(module, name)
        full = f"{module}.{name}"
        words = _words(full)
        if any(w.startswith("__") and w.endswith("__") and w not in _SAFE_DUNDERS for w in words[1:]):
            cat = self._categories["indirection"]
            return Verdict(full, False, "indirection",
                           "walks through interpreter internals (a dunder attribute) to reach other objects",
                           cat.called, cat.referenced, matched=full)
        if self._allowed(full, words, torchscript):
            return Verdict(full, True, what="is on the allow-list")
        category, matched = self._deny(words)
        if category is None:
            return Verdict(full, False)
        cat = self._categories[category]
        return Verdict(full, False, category, cat.what, cat.called, cat.referenced, matched)

    def _allowed(self, full: str, words: list[str], torchscript: bool) -> bool:
        if full in self._names:
            return True
        if torchscript and (full in self._torchscript_names or full.startswith(self._torchscript_prefixes)):
            return True
        final = words[-1]
        if not _is_class_name(final) or final in self._deny_finals:
            return False
        if self._deny(words)[0] is not None:
            return False
        parent = ".".join(words[:-1])
        return any(parent == m or parent.startswith(m + ".") for m in self._class_modules)

    def _deny(self, words: list[str]) -> tuple[str | None, str | None]:
        # Any contiguous run of the path can be what is finally reached: `numpy.lib._utils_impl.os.system`
        # is `os.system`, because each component is a getattr on the one before, and a callable inside a
        # listed module (`idlelib.pyshell.ModifiedInterpreter.runcode`) is as dangerous as the module.
        # Exact names win over whole modules, longer runs over shorter ones.
        best: tuple[int, int, str, str] | None = None
        for i in range(len(words)):
            for j in range(i + 1, len(words) + 1):
                part = ".".join(words[i:j])
                for rank, table in ((1, self._deny_names), (0, self._deny_modules)):
                    category = table.get(part)
                    if category is not None and (best is None or (rank, j - i) > best[:2]):
                        best = (rank, j - i, category, part)
        return (best[2], best[3]) if best else (None, None)


def _py3_name(module: str, name: str) -> tuple[str, str]:
    """Map Python 2 names the way the unpickler's fix_imports does (`__builtin__` is `builtins`)."""
    if (module, name) in _compat_pickle.NAME_MAPPING:
        return _compat_pickle.NAME_MAPPING[(module, name)]
    return _compat_pickle.IMPORT_MAPPING.get(module, module), name


_DATA = Path(__file__).resolve().parent.parent / "data"


def _load_builtin(filename: str) -> dict[str, Any]:
    with open(_DATA / filename, "rb") as handle:
        return tomllib.load(handle)


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise PolicyFileInvalid(f"{path}: cannot read the allow-list: {exc.strerror}") from exc


def _parse(origin: str, text: bytes) -> dict[str, Any]:
    try:
        return tomllib.loads(text.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise PolicyFileInvalid(f"{origin}: not valid TOML: {exc}") from exc


def policy(extra_allow: tuple[Path, ...] = ()) -> ImportPolicy:
    """The policy for a set of extra allow-list files, shared while the files' contents are the same."""
    return _policy(tuple((str(path), _read(path)) for path in extra_allow))


@lru_cache(maxsize=8)
def _policy(extra_allow: tuple[tuple[str, bytes], ...]) -> ImportPolicy:
    return ImportPolicy(extra_allow)
