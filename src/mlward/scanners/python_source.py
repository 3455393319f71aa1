"""Python source in model repositories — the custom code `trust_remote_code=True` imports — read with
`ast` (never imported) for calls that start processes, evaluate code, open network connections,
load native code, deserialize, or write and delete files outside the model's own folders.

A call at module level runs the moment the file is imported, that is, on model load: it is one
severity step worse than the same call inside a function.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from typing import ClassVar

from mlward.files.access import Source
from mlward.findings import Finding, Location, Severity, rule
from mlward.scanners.base import ATLAS_MODEL_SUPPLY_CHAIN, ATLAS_USER_EXECUTION, ScanContext

_MAX_SOURCE = 8 << 20  # real modeling files are well under 1 MiB

DANGEROUS_CALL = rule(
    "python.dangerous-call",
    "Python file in the model calls a dangerous function",
    "Model repositories ship Python files that `trust_remote_code=True` imports and runs. This file "
    "calls a function that starts a process, evaluates code, loads native code, deserializes data, "
    "opens a network connection or changes files outside the model; mlward read it with `ast` and did "
    "not run it.",
    "Read the named line. Do not load the model with trust_remote_code unless the call is expected; "
    "prefer a model whose architecture is built into your framework.",
    atlas=(ATLAS_MODEL_SUPPLY_CHAIN, ATLAS_USER_EXECUTION),
    cwe=("CWE-94",),
)
UNPARSEABLE = rule(
    "python.unparseable",
    "Python file could not be analysed",
    "The file is not valid Python 3 (or is larger than mlward reads), so its calls were not checked.",
    "Inspect the file by hand before any code from this repository is run.",
    atlas=(ATLAS_MODEL_SUPPLY_CHAIN,),
)


@dataclass(frozen=True, slots=True)
class Call:
    """One dangerous call found in a source file."""

    name: str  # the resolved dotted name, e.g. "subprocess.run"
    kind: str  # "process", "exec", "native", "deserialize", "network", "file", "import"
    line: int
    module_level: bool
    detail: str = ""


_PROCESS_PREFIXES = ("subprocess.", "os.exec", "os.spawn", "os.posix_spawn", "pty.", "commands.")
_PROCESS = frozenset(
    {
        "os.system",
        "os.popen",
        "os.fork",
        "os.forkpty",
        "platform.popen",
        "asyncio.create_subprocess_exec",
        "asyncio.create_subprocess_shell",
    }
)
_EXEC = frozenset(
    {
        "exec",
        "eval",
        "compile",
        "execfile",
        "builtins.exec",
        "builtins.eval",
        "builtins.compile",
        "runpy.run_path",
        "runpy.run_module",
        "code.interact",
        "code.InteractiveInterpreter",
        "code.InteractiveConsole",
        "types.FunctionType",
        "types.CodeType",
    }
)
_NATIVE = frozenset(
    {
        "ctypes.CDLL",
        "ctypes.cdll.LoadLibrary",
        "ctypes.PyDLL",
        "ctypes.WinDLL",
        "ctypes.windll.LoadLibrary",
        "cffi.FFI",
        "torch.ops.load_library",
        "torch.utils.cpp_extension.load",
        "torch.utils.cpp_extension.load_inline",
    }
)
_DESERIALIZE = frozenset(
    {
        "pickle.loads",
        "pickle.load",
        "pickle.Unpickler",
        "_pickle.loads",
        "marshal.loads",
        "marshal.load",
        "dill.loads",
        "dill.load",
        "cloudpickle.loads",
        "cloudpickle.load",
        "shelve.open",
        "jsonpickle.decode",
        "yaml.unsafe_load",
    }
)
_SOCKET = frozenset({"socket.socket", "socket.create_connection", "socket.socketpair", "socket.fromfd"})
_HTTP_PREFIXES = (
    "requests.",
    "httpx.",
    "urllib3.",
    "aiohttp.",
    "http.client.",
    "ftplib.",
    "smtplib.",
    "telnetlib.",
    "paramiko.",
)
_HTTP = frozenset(
    {
        "urllib.request.urlopen",
        "urllib.request.urlretrieve",
        "urllib.request.Request",
        "urllib.urlopen",
        "urllib2.urlopen",
        "webbrowser.open",
    }
)
_IMPORT = frozenset(
    {
        "importlib.import_module",
        "__import__",
        "builtins.__import__",
        "importlib.__import__",
        "importlib.util.spec_from_file_location",
        "imp.load_source",
        "imp.load_module",
    }
)
_REMOVE = frozenset(
    {
        "os.remove",
        "os.unlink",
        "os.rmdir",
        "os.removedirs",
        "shutil.rmtree",
        "os.rename",
        "os.replace",
        "shutil.move",
        "shutil.copy",
        "shutil.copyfile",
        "shutil.copy2",
        "shutil.copytree",
        "os.chmod",
        "os.chown",
        "os.symlink",
        "os.link",
        "os.truncate",
    }
)
_SEVERITY = {
    "process": Severity.HIGH,
    "exec": Severity.HIGH,
    "native": Severity.HIGH,
    "deserialize": Severity.HIGH,
    "socket": Severity.HIGH,
    "network": Severity.MEDIUM,
    "import": Severity.MEDIUM,
    "file": Severity.HIGH,
}
_WHAT = {
    "process": "starts a process",
    "exec": "evaluates code",
    "native": "loads native code",
    "deserialize": "deserializes untrusted data",
    "socket": "opens a raw network socket",
    "network": "makes a network request",
    "import": "imports a module chosen at run time",
    "file": "changes files outside the model folder",
}


def _kind(name: str) -> str | None:
    if name in _PROCESS or name.startswith(_PROCESS_PREFIXES):
        return "process"
    if name in _EXEC:
        return "exec"
    if name in _NATIVE:
        return "native"
    if name in _DESERIALIZE:
        return "deserialize"
    if name in _SOCKET:
        return "socket"
    if name in _HTTP or name.startswith(_HTTP_PREFIXES):
        return "network"
    if name in _IMPORT:
        return "import"
    return None


def _outside_path(node: ast.expr | None) -> str | None:
    """A constant path that is absolute, in a home directory or climbing with '..'; else None."""
    if not isinstance(node, ast.Constant) or not isinstance(node.value, str):
        return None
    text = node.value.replace("\\", "/")
    if text.startswith(("/", "~")) or ".." in text.split("/") or (len(text) > 1 and text[1] == ":"):
        return text
    return None


class _Visitor(ast.NodeVisitor):
    def __init__(self) -> None:
        self.aliases: dict[str, str] = {}
        self.calls: list[Call] = []
        self.depth = 0  # > 0 inside a function or lambda body

    # --- names
    def visit_Import(self, node: ast.Import) -> None:
        for alias in node.names:
            if alias.asname:
                self.aliases[alias.asname] = alias.name
            else:
                top = alias.name.split(".")[0]
                self.aliases[top] = top

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        if node.level:  # relative imports name the repository's own modules
            return
        for alias in node.names:
            self.aliases[alias.asname or alias.name] = (
                f"{node.module}.{alias.name}" if node.module else alias.name
            )

    def resolve(self, node: ast.expr) -> str | None:
        """The dotted name a call target stands for, through import aliases."""
        if isinstance(node, ast.Name):
            return self.aliases.get(node.id, node.id)
        if isinstance(node, ast.Attribute):
            base = self.resolve(node.value)
            return f"{base}.{node.attr}" if base else None
        if isinstance(node, ast.Call):  # __import__("os").system(...)
            inner = self.resolve(node.func)
            if inner in _IMPORT and node.args and isinstance(node.args[0], ast.Constant):
                return str(node.args[0].value)
        return None

    # --- scopes
    def _scoped(self, node: ast.AST) -> None:
        self.depth += 1
        self.generic_visit(node)
        self.depth -= 1

    visit_FunctionDef = _scoped
    visit_AsyncFunctionDef = _scoped
    visit_Lambda = _scoped

    # --- calls
    def visit_Call(self, node: ast.Call) -> None:
        name = self.resolve(node.func)
        if name:
            self._judge(name, node)
        self.generic_visit(node)

    def _add(self, name: str, kind: str, node: ast.AST, detail: str = "") -> None:
        self.calls.append(Call(name, kind, getattr(node, "lineno", 0), self.depth == 0, detail))

    def _judge(self, name: str, node: ast.Call) -> None:
        kind = _kind(name)
        if kind == "import":
            first = node.args[0] if node.args else None
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                # A constant module name is an ordinary import; only a dangerous one is reported.
                if first.value.split(".")[0] in (
                    "os",
                    "subprocess",
                    "pty",
                    "socket",
                    "ctypes",
                    "marshal",
                    "pickle",
                    "builtins",
                ):
                    self._add(name, "import", node, first.value)
                return
        if kind is not None:
            self._add(name, kind, node)
            return
        if name in ("open", "builtins.open", "io.open", "os.open", "codecs.open"):
            mode = (
                node.args[1]
                if len(node.args) > 1
                else next((k.value for k in node.keywords if k.arg in ("mode", "flags")), None)
            )
            writing = (
                isinstance(mode, ast.Constant)
                and isinstance(mode.value, str)
                and any(c in mode.value for c in "wax+")
            )
            path = _outside_path(node.args[0] if node.args else None)
            if writing and path:
                self._add(name, "file", node, path)
        elif name in _REMOVE:
            path = _outside_path(node.args[0] if node.args else None) or _outside_path(
                node.args[1] if len(node.args) > 1 else None
            )
            if path:
                self._add(name, "file", node, path)


def analyse_source(text: str, filename: str = "<model>") -> list[Call]:
    """The dangerous calls in Python source, found statically; raises SyntaxError/ValueError if invalid."""
    tree = ast.parse(text, filename=filename)
    visitor = _Visitor()
    # Imports anywhere in the file count for every call (a deliberate over-approximation).
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            visitor.visit_Import(node)
        elif isinstance(node, ast.ImportFrom):
            visitor.visit_ImportFrom(node)
    visitor.visit(tree)
    return visitor.calls


def call_findings(
    calls: list[Call], lines: list[str], ctx: ScanContext, member: str | None = None
) -> Iterator[Finding]:
    """Findings for the calls in one source file."""
    for call in calls:
        severity = _SEVERITY[call.kind]
        if call.module_level and severity == Severity.HIGH:
            severity = Severity.CRITICAL
        where = "at module level (runs on import)" if call.module_level else "inside a function"
        text = lines[call.line - 1].strip()[:200] if 0 < call.line <= len(lines) else call.name
        detail = f" ({call.detail})" if call.detail else ""
        yield Finding.of(
            DANGEROUS_CALL,
            ctx.path,
            severity,
            f"Line {call.line} {_WHAT[call.kind]}: {call.name}{detail}, {where}.",
            location=Location(member=member, line=call.line),
            evidence=text,
        )


def scan_python_text(data: bytes, ctx: ScanContext, member: str | None = None) -> Iterator[Finding]:
    """Findings for one Python source file given as bytes (a file, or a member of an archive)."""
    try:
        text = data.decode("utf-8")
        calls = analyse_source(text, ctx.path)
    except (SyntaxError, ValueError, UnicodeDecodeError, RecursionError, MemoryError) as exc:
        yield Finding.of(
            UNPARSEABLE,
            ctx.path,
            Severity.MEDIUM,
            f"Not valid Python 3 ({type(exc).__name__}); its calls were not checked.",
            location=Location(member=member),
            evidence=str(exc)[:200],
        )
        return
    yield from call_findings(calls, text.splitlines(), ctx, member)


class PythonSourceScanner:
    """Loose Python files (modeling_*.py, tokenization_*.py, handler.py, …)."""

    formats: ClassVar[frozenset[str]] = frozenset({"python"})

    def scan(self, source: Source, ctx: ScanContext) -> Iterator[Finding]:
        """Dangerous calls in the file, by line."""
        if source.size > _MAX_SOURCE:
            yield Finding.of(
                UNPARSEABLE,
                ctx.path,
                Severity.MEDIUM,
                f"Python file of {source.size} bytes is larger than mlward analyses "
                f"({_MAX_SOURCE}); its calls were not checked.",
            )
            return
        yield from scan_python_text(source.read(_MAX_SOURCE), ctx)
