"""Pickle analysis without execution: a model of CPython's unpickler that imports and calls nothing.

The analysis follows what the real unpickler (`Modules/_pickle.c`) does, opcode by opcode, rather than
what `pickletools` says: one value stack with mark positions, FRAME read linearly, protocol-4 dotted
names resolved component by component, Python 2 names mapped as `fix_imports` maps them. It simulates
the stack and the memo, so a STACK_GLOBAL's operands are whatever values really sit on the stack (memo
lookups included), not the two opcodes before it.

Every import is judged by the allow-list (`imports.ImportPolicy`); what happens to the imported object
decides the severity: called on load (REDUCE, NEWOBJ, OBJ, INST, or handed to a call) is worse than
merely referenced. Constant `getattr` chains on imported objects are resolved to the name they reach,
known decoders (base64, hex, zlib) are evaluated on constants, and bytes handed to a nested loader
(`pickle.loads`, `torch.storage._load_from_bytes`, …) are analysed in turn, to a depth limit.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import re
import struct
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, ClassVar

from mlward.files.access import BytesStream, Source, Stream
from mlward.findings import Finding, Location, Severity, rule
from mlward.scanners.base import (
    ATLAS_MODEL_SUPPLY_CHAIN,
    ATLAS_USER_EXECUTION,
    CWE_DESERIALIZATION,
    ScanContext,
    hygiene_finding,
)
from mlward.scanners.imports import ImportPolicy, Verdict, policy

_ATLAS = (ATLAS_MODEL_SUPPLY_CHAIN, ATLAS_USER_EXECUTION)
_CWE = (CWE_DESERIALIZATION,)
_LOAD_ADVICE = (
    "Do not load this file. Obtain the model from a trusted source in safetensors format, or ask its "
    "publisher what the import is for."
)

RULES = {
    "exec": rule(
        "pickle.code-execution", "Pickle runs arbitrary code when loaded",
        "The pickle imports a callable that executes Python code or reaches interpreter internals. "
        "Unpickling (torch.load, joblib.load, pickle.load) runs it with the loading user's rights.",
        _LOAD_ADVICE, atlas=_ATLAS, cwe=(*_CWE, "CWE-94"),
    ),
    "process": rule(
        "pickle.process-control", "Pickle starts processes or controls the interpreter",
        "The pickle imports a callable that starts a process, sends signals or exits the interpreter. "
        "Loading the file runs it.",
        _LOAD_ADVICE, atlas=_ATLAS, cwe=(*_CWE, "CWE-78"),
    ),
    "code": rule(
        "pickle.code-object", "Pickle builds executable code objects",
        "The pickle rebuilds functions or code objects (marshal, dill, cloudpickle). Whatever code "
        "they hold runs when the rebuilt function is called, and often on load.",
        _LOAD_ADVICE, atlas=_ATLAS, cwe=(*_CWE, "CWE-94"),
    ),
    "nested": rule(
        "pickle.nested-deserialization", "Pickle deserializes a nested payload",
        "The pickle hands data to another deserializer (pickle.loads, torch.load, numpy.load, …). "
        "The nested payload is analysed when its bytes are constant; its own findings are listed too.",
        _LOAD_ADVICE, atlas=_ATLAS, cwe=_CWE,
    ),
    "indirection": rule(
        "pickle.indirection", "Pickle reaches objects by name at load time",
        "The pickle uses getattr-style indirection (getattr, attrgetter, methodcaller, partial, dunder "
        "attributes) in a way that cannot be resolved to a known-safe name; it can reach any callable.",
        _LOAD_ADVICE, atlas=_ATLAS, cwe=_CWE,
    ),
    "file": rule(
        "pickle.file-access", "Pickle reads or writes files when loaded",
        "The pickle imports a callable that opens, writes, moves or deletes files.",
        _LOAD_ADVICE, atlas=_ATLAS, cwe=(*_CWE, "CWE-73"),
    ),
    "network": rule(
        "pickle.network-access", "Pickle opens network connections when loaded",
        "The pickle imports a callable that opens network connections (exfiltration, second stage).",
        _LOAD_ADVICE, atlas=_ATLAS, cwe=_CWE,
    ),
    None: rule(
        "pickle.unknown-import", "Pickle imports a callable that is not known to be safe",
        "The pickle imports a name that is not on mlward's allow-list of callables used by model "
        "files. It may be a legitimate custom class, but loading the file runs that module's "
        "import-time code and the callable itself, so it cannot be proven safe.",
        "Check what the named module and callable do. If they are trusted, add the name to an "
        "allow-list file and pass it with `mlward scan --allow FILE`; better, convert the weights to "
        "safetensors.",
        atlas=_ATLAS, cwe=_CWE,
    ),
    "dynamic": rule(
        "pickle.dynamic-import", "Pickle imports a name computed at load time",
        "A STACK_GLOBAL takes its module or attribute name from a value built while loading (not a "
        "constant), so no scanner can know what is imported. Model files never need this; it is an "
        "evasion technique.",
        _LOAD_ADVICE, atlas=_ATLAS, cwe=_CWE,
    ),
    "extension": rule(
        "pickle.extension-code", "Pickle imports through the copyreg extension registry",
        "EXT1/EXT2/EXT4 opcodes import whatever a numeric code is registered to in the loading "
        "process (copyreg). No model format uses them; what they import cannot be checked statically.",
        _LOAD_ADVICE, atlas=_ATLAS, cwe=_CWE,
    ),
}
MUTATION = rule(
    "pickle.global-mutation", "Pickle modifies an imported object",
    "The pickle applies BUILD, APPEND or SETITEM to an imported module-level object instead of a new "
    "instance: for example adding to sys.path or os.environ, or replacing attributes of a library "
    "function so that later code runs the attacker's version.",
    _LOAD_ADVICE, atlas=_ATLAS, cwe=(*_CWE, "CWE-471"),
)
DYNAMIC_CALL = rule(
    "pickle.dynamic-call", "Pickle calls an object produced while loading",
    "A REDUCE/NEWOBJ calls a value that was itself produced during loading rather than an imported "
    "name; what it calls cannot be checked statically.",
    _LOAD_ADVICE, atlas=_ATLAS, cwe=_CWE,
)
BROKEN = rule(
    "pickle.broken-stream", "Pickle stream cannot be parsed to its end",
    "The pickle stream breaks part-way (truncated, invalid opcode, inconsistent stack or memo). The "
    "real unpickler executes every opcode before the break, and scanners that stop at the break "
    "without a finding have been bypassed this way; everything before the break was analysed.",
    "Do not load a file that cannot be parsed; obtain an intact copy from a trusted source.",
    atlas=(ATLAS_MODEL_SUPPLY_CHAIN,), cwe=_CWE,
)
TRAILING = rule(
    "pickle.trailing-data", "Data after the end of the pickle",
    "Bytes follow the pickle's STOP opcode. pickle.load ignores them, but a loader that reads "
    "several objects in a row, or a tool that reads the file differently, may not.",
    "Check where the file came from; a model file normally ends at its pickle's STOP.",
    atlas=(ATLAS_MODEL_SUPPLY_CHAIN,),
)
EXPANSION = rule(
    "pickle.expansion-bomb", "Pickle expands to an enormous structure",
    "Shared references (memo, DUP) make the loaded object exponentially larger than the file (a "
    "'billion laughs' pickle); anything that walks or copies the result exhausts memory or time.",
    "Do not load the file.",
    atlas=(ATLAS_MODEL_SUPPLY_CHAIN, "AML.T0029"), cwe=(*_CWE, "CWE-776"),
)
LIMIT = rule(
    "pickle.resource-limit", "Pickle exceeds mlward's analysis limits",
    "The pickle needs more opcodes, stack or memo entries than mlward analyses; the rest of it was "
    "not checked, so it cannot be reported safe.",
    "Inspect the file by other means before loading it, or raise the limit if the file is trusted.",
    atlas=(ATLAS_MODEL_SUPPLY_CHAIN,), cwe=(*_CWE, "CWE-400"),
)
NESTING = rule(
    "pickle.nesting-limit", "Nested payloads go deeper than mlward analyses",
    "A pickle embeds another pickle (or archive) more levels deep than mlward follows; the innermost "
    "payload was not checked.",
    _LOAD_ADVICE, atlas=(ATLAS_MODEL_SUPPLY_CHAIN,), cwe=_CWE,
)
FRAME_STRADDLE = rule(
    "pickle.frame-straddle", "Pickle hides opcodes across a FRAME boundary",
    "An opcode's argument runs past the end of the FRAME that holds it. CPython's unpickler reads such a "
    "stream one way from bytes and another way from a file (it drops the rest of the frame), so scanners "
    "that read it linearly see a harmless string where the loader runs code. CPython's own pickler never "
    "writes this; it is an evasion technique.",
    _LOAD_ADVICE, atlas=_ATLAS, cwe=(*_CWE, "CWE-436"),
)
EMBEDDED = rule(
    "pickle.embedded-payload", "Pickle carries a second pickle as data",
    "A bytes constant in the pickle is itself a pickle whose imports mlward flags. Loading the outer file "
    "does not run it; a later step that unpickles the constant (a staged attack) would.",
    "Find out what reads that value after loading; do not unpickle it.",
    atlas=_ATLAS, cwe=_CWE,
)
EMPTY = rule(
    "pickle.empty", "Empty pickle file",
    "The file is empty; a pickle loader fails on it.",
    "Check how the file was produced.",
)

_KEEP_ITEMS = 256  # container items kept for analysis; the rest are counted, not stored
_MAX_LINE = 1 << 16  # protocol-0 argument lines (GLOBAL names, INT/FLOAT text)
_MAX_WALK = 2_000  # nodes visited when marking what a call receives
_KEPT_BYTES = 32 << 20  # large payload bytes one stream may keep; later ones are skipped, not kept
_DTYPE = re.compile(r"^[<>|=]?([a-zA-Z])(\d+)$")

_GETATTR = frozenset({"builtins.getattr"})
_NESTED_PICKLE_LOADERS = frozenset({
    "pickle.loads", "_pickle.loads", "dill.loads", "cloudpickle.loads", "numpy.loads",
    "numpy.core.multiarray.loads", "torch.storage._load_from_bytes", "torch.load",
    "torch.serialization.load", "joblib.load", "pickle.load", "_pickle.load",
})
_BYTESIO = frozenset({"io.BytesIO", "_io.BytesIO"})


# -- simulated values --------------------------------------------------------------------------------
class _Global:
    """An imported object; remembers where it was imported and what was done with it."""

    __slots__ = ("called", "evidence", "offset", "opcode", "passed", "resolved", "verdict")

    def __init__(self, verdict: Verdict, opcode: int, offset: int, evidence: str) -> None:
        self.verdict = verdict
        self.opcode = opcode
        self.offset = offset
        self.evidence = evidence
        self.called: tuple[int, int, str] | None = None  # (opcode, offset, how)
        self.passed = False
        self.resolved = 0  # uses that were resolved statically (constant getattr)


class _Call:
    """The result of calling something while loading: an instance of an imported class, usually."""

    __slots__ = ("args", "func", "weight")

    def __init__(self, func: object, args: object) -> None:
        self.func = func
        self.args = args
        self.weight = 1


class _Seq:
    """A list, tuple, dict or set being built: its first items kept, all counted."""

    __slots__ = ("items", "kind", "length", "weight")

    def __init__(self, kind: str, items: list[Any] | None = None) -> None:
        self.kind = kind
        self.items: list[Any] = []
        self.length = 0
        self.weight = 1
        if items:
            self.extend(items)

    def extend(self, items: list[Any]) -> None:
        room = _KEEP_ITEMS - len(self.items)
        if room > 0:
            self.items.extend(items[:room])
        self.length += len(items)
        self.weight += sum(_weight(i) for i in items)


class _LazyText:
    """A long unicode string kept as its UTF-8 bytes; decoded only if a name or payload needs it.

    Protocol-2 numpy pickles carry every array as such a string: decoding each one eagerly would cost
    more than the rest of the analysis.
    """

    __slots__ = ("raw",)

    def __init__(self, raw: bytes) -> None:
        self.raw = raw

    def text(self) -> str:
        try:
            return self.raw.decode("utf-8", "surrogatepass")
        except UnicodeDecodeError:
            raise _Break("a unicode string is not valid UTF-8") from None


_EAGER_TEXT = 4096  # strings up to this long are decoded at once (names, dtypes, keys)


def _str(value: object) -> str | None:
    """The value as text, if it is text."""
    if isinstance(value, str):
        return value
    if isinstance(value, _LazyText):
        return value.text()
    return None


class _Opaque:
    """A value mlward does not track (a large payload, a persistent reference, a buffer)."""

    __slots__ = ("what",)

    def __init__(self, what: str) -> None:
        self.what = what


def _weight(value: object) -> int:
    return value.weight if isinstance(value, _Seq | _Call) else 1


class _Stop(Exception):
    """The STOP opcode was reached."""


class _Break(Exception):
    """The real unpickler would fail here; the message says why."""


class _Limit(Exception):
    """An analysis budget ran out."""


@dataclass
class _Pickle:
    """One analysis of one stream (a file, a member, a nested payload); the simulation's state."""

    stream: Stream
    ctx: ScanContext
    member: str | None
    policy: ImportPolicy
    torchscript: bool = False
    depth: int = 0
    findings: list[Finding] = field(default_factory=list)
    imports: list[_Global] = field(default_factory=list)
    opcodes: int = 0
    expansion_reported: bool = False
    broken: bool = False
    kept_bytes: int = 0
    discard_frames: bool = False  # read frames as _pickle.c does from a file (see _straddles)
    frame_end: int | None = None
    straddle: tuple[int, int] | None = None  # (opcode, offset) of the first frame straddle

    # -- helpers -------------------------------------------------------------------------------------
    def _location(self, opcode: int | None = None, offset: int | None = None) -> Location:
        return Location(member=self.member, opcode=opcode, offset=offset)

    def _finding(self, which: Any, severity: Severity, message: str, opcode: int | None = None,
                 offset: int | None = None, evidence: str | None = None) -> None:
        self.findings.append(Finding.of(which, self.ctx.path, severity, message,
                                        location=self._location(opcode, offset), evidence=evidence))

    # -- reading, as CPython's unpickler reads a file ------------------------------------------------
    # Inside a FRAME, _pickle.c serves reads from the frame's buffer. Reading from a file, a read that
    # runs past the frame's end throws the rest of the frame away and takes its bytes from after the
    # frame (_Unpickler_ReadImpl); from bytes (pickle.loads) it reads on linearly. CPython's pickler
    # never lets an opcode straddle a frame, so a straddle is an evasion: the same bytes mean two
    # different programs. The linear reading is analysed first; a straddle is a finding, and the
    # stream is analysed again with the file reading (`discard_frames`).
    def _straddles(self, n: int) -> bool:
        end = self.frame_end
        if end is None:
            return False
        pos = self.stream.tell()
        if pos >= end:
            self.frame_end = None
            return False
        if pos + n <= end:
            return False
        self.frame_end = None
        if self.straddle is None:
            self.straddle = (self._index, pos)
        if self.discard_frames:
            self.stream.skip(end - pos)
        return True

    def _read(self, n: int) -> bytes:
        self._straddles(n)
        data = self.stream.read(n)
        if len(data) < n:
            raise _Break("the stream ends inside an opcode's argument (truncated)")
        return data

    def _skip(self, n: int) -> int:
        self._straddles(n)
        return self.stream.skip(n)

    def _line(self) -> bytes:
        """A newline-terminated name or number argument, bounded."""
        line = self._any_line(text=False)
        assert isinstance(line, bytes)
        return line

    def _text_line(self) -> bytes | _Opaque:
        """A STRING or UNICODE argument: as long as the data it holds, so past the bound it is skipped."""
        return self._any_line(text=True)

    def _any_line(self, *, text: bool) -> bytes | _Opaque:
        end, pos = self.frame_end, self.stream.tell()
        head = b""
        if end is not None and pos < end:
            head = self.stream.readline(min(_MAX_LINE, end - pos))
            if head.endswith(b"\n"):
                return head[:-1]
            self.frame_end = None  # the line runs past the frame's end: a straddle
            if self.straddle is None:
                self.straddle = (self._index, pos)
            if self.discard_frames:
                head = b""  # the file reading drops the frame's rest and reads a fresh line
        line = head + self.stream.readline(max(_MAX_LINE - len(head), 1))
        if line.endswith(b"\n"):
            return line[:-1]
        if len(line) < _MAX_LINE:
            raise _Break("the stream ends inside a text argument (truncated)")
        if not text:
            raise _Limit(f"a name or number argument is longer than {_MAX_LINE} bytes")
        length = len(line)
        while not line.endswith(b"\n"):
            line = self.stream.readline(_MAX_LINE)
            if not line:
                raise _Break("the stream ends inside a text argument (truncated)")
            length += len(line)
        return _Opaque(f"text of {length} bytes")

    def _payload(self, n: int, kind: str) -> bytes | _Opaque:
        if n < 0:
            raise _Break(f"negative {kind} length")
        # Every kept payload may stay reachable (memo, containers) until the end of the stream, so
        # their total is bounded: memory stays flat however many arrays a file holds.
        if n > _EAGER_TEXT:
            self.kept_bytes += n
        if n > self.ctx.limits.max_kept_bytes or (n > _EAGER_TEXT and self.kept_bytes > _KEPT_BYTES):
            if self._skip(n) < n:
                raise _Break(f"the stream ends inside a {n}-byte {kind} (truncated)")
            return _Opaque(f"{kind} of {n} bytes")
        return self._read(n)

    def _bytes(self, n: int, kind: str) -> bytes | _Opaque:
        """A bytes constant; one that is itself a pickle with flagged imports is a latent payload."""
        data = self._payload(n, kind)
        if isinstance(data, bytes) and len(data) > 2 and data[0] == 0x80 and 2 <= data[1] <= 5 \
                and self.depth < self.ctx.limits.max_nesting:
            self._embedded(data)
        return data

    def _embedded(self, data: bytes) -> None:
        member = f"{self.member or ''}!bytes@{self._offset}"
        inner, complete = analyze_pickle(BytesStream(data), self.ctx, member=member, depth=self.depth + 1,
                                         import_policy=self.policy, trailing=False)
        serious = [f for f in inner if f.severity >= Severity.MEDIUM and f.rule.startswith("pickle.")
                   and f.rule not in (BROKEN.id, TRAILING.id, EMPTY.id, LIMIT.id, FRAME_STRADDLE.id)]
        if not complete or not serious:
            return  # bytes that merely start like a pickle (array data), or a harmless one
        worst = max(serious, key=lambda f: f.severity)
        what = worst.message.removeprefix("Loading this pickle ")
        self._finding(EMBEDDED, min(worst.severity, Severity.HIGH),
                      f"This pickle stores another pickle as data (a {len(data)}-byte constant): nothing "
                      f"runs when this file is loaded, but whatever unpickles that constant later {what}",
                      self._index, self._offset, worst.evidence)

    # -- the run -------------------------------------------------------------------------------------
    def run(self) -> str:
        """Analyse one pickle; returns "stop", "eof" (nothing at all) or "broken"."""
        self.stack: list[Any] = []
        self.marks: list[int] = []
        self.memo: dict[int, Any] = {}
        self.proto = 0
        start = self.stream.tell()
        index = 0
        offset = start
        try:
            while True:
                offset = self.stream.tell()
                code = self.stream.read(1)
                if not code:
                    if offset == start:
                        return "eof"
                    raise _Break("the stream ends before its STOP opcode (truncated)")
                self.opcodes += 1
                if self.opcodes > self.ctx.limits.max_pickle_opcodes:
                    raise _Limit(f"more than {self.ctx.limits.max_pickle_opcodes:,} opcodes")
                handler = _HANDLERS.get(code[0])
                if handler is None:
                    raise _Break(f"invalid opcode {code!r}")
                self._index, self._offset = index, offset
                handler(self)
                if len(self.stack) > self.ctx.limits.max_stack:
                    raise _Limit(f"a stack deeper than {self.ctx.limits.max_stack:,} values")
                index += 1
        except _Stop:
            return "stop"
        except _Break as exc:
            self.broken = True
            # Code runs only through an import; a stream that breaks before importing anything cannot
            # have run any, and is damaged or not a pickle at all (not provably safe, not dangerous).
            imported = bool(self.imports)
            self._finding(BROKEN, Severity.HIGH if imported else Severity.MEDIUM,
                          f"The pickle stream breaks at opcode {index} (byte {offset}): {exc}. "
                          + ("Everything before the break was analysed." if imported else
                             "Nothing was imported before the break; the file is damaged or not a pickle."),
                          index, offset)
            return "broken"
        except _Limit as exc:
            self.broken = True
            self._finding(LIMIT, Severity.HIGH,
                          f"Analysis stopped at opcode {index} (byte {offset}): {exc}.", index, offset)
            return "broken"
        finally:
            self._conclude()

    def _conclude(self) -> None:
        """Turn what happened to each import into findings (once per name and use)."""
        seen: set[tuple[str, bool]] = set()
        for imp in self.imports:
            verdict = imp.verdict
            if verdict.safe:
                continue
            used = imp.called is not None or imp.passed
            if not used and imp.resolved:
                continue  # only ever a constant getattr (or its base); the names it reached are judged
            key = (verdict.name, used)
            if key in seen:
                continue
            seen.add(key)
            # A stream that breaks cannot show what would have been done with what it imported; loaders
            # that read past the break differently exist, so assume the worst.
            severity = verdict.called if used or self.broken else verdict.referenced
            if imp.called is not None:
                opcode, offset, how = imp.called
                action = f"calls `{verdict.name}` ({how} at opcode {opcode}, byte {offset})"
            elif imp.passed:
                opcode, offset = imp.opcode, imp.offset
                action = f"imports `{verdict.name}` and hands it to a call"
            elif self.broken:
                opcode, offset = imp.opcode, imp.offset
                action = (f"imports `{verdict.name}` and then breaks, so whether it is called cannot be "
                          "ruled out")
            else:
                opcode, offset = imp.opcode, imp.offset
                action = f"imports `{verdict.name}` (not called while loading)"
            message = f"Loading this pickle {action}, which {verdict.what}."
            if verdict.matched and verdict.matched != verdict.name:
                message += f" The name reaches `{verdict.matched}`."
            self._finding(RULES.get(verdict.category, RULES[None]), severity, message,
                          opcode, offset, imp.evidence)
        self.imports.clear()

    # -- stack -------------------------------------------------------------------------------------
    def _push(self, value: Any) -> None:
        self.stack.append(value)

    def _pop(self) -> Any:
        fence = self.marks[-1] if self.marks else 0
        if len(self.stack) <= fence:
            raise _Break("stack underflow")
        return self.stack.pop()

    def _top(self) -> Any:
        fence = self.marks[-1] if self.marks else 0
        if len(self.stack) <= fence:
            raise _Break("stack underflow")
        return self.stack[-1]

    def _pop_mark(self) -> list[Any]:
        if not self.marks:
            raise _Break("no MARK on the stack")
        mark = self.marks.pop()
        items = self.stack[mark:]
        del self.stack[mark:]
        return items

    def _memo_get(self, key: int) -> Any:
        if key not in self.memo:
            raise _Break(f"memo key {key} was never stored")
        return self.memo[key]

    def _memo_put(self, key: int, value: Any) -> None:
        if key < 0:
            raise _Break("negative memo key")
        if len(self.memo) >= self.ctx.limits.max_memo and key not in self.memo:
            raise _Limit(f"more than {self.ctx.limits.max_memo:,} memo entries")
        self.memo[key] = value

    def _grow(self, container: Any, items: list[Any]) -> None:
        if isinstance(container, _Seq):
            container.extend(items)
            weight = container.weight
        elif isinstance(container, _Call):
            container.weight += sum(_weight(i) for i in items)
            weight = container.weight
        else:
            return
        if weight > self.ctx.limits.max_expansion and not self.expansion_reported:
            self.expansion_reported = True
            self._finding(EXPANSION, Severity.HIGH,
                          f"Shared references make one structure hold more than "
                          f"{self.ctx.limits.max_expansion:,} elements, from a file of a few bytes per "
                          "reference.", self._index, self._offset)

    def _mutates(self, target: Any, opname: str) -> None:
        if isinstance(target, _Global):
            self._finding(MUTATION, Severity.HIGH,
                          f"Loading this pickle applies {opname} to `{target.verdict.name}`, an imported "
                          "object, changing it for all later code.", self._index, self._offset,
                          target.evidence)

    # -- imports -------------------------------------------------------------------------------------
    def _import(self, module: Any, name: Any, how: str) -> _Global:
        module, name = _str(module) or module, _str(name) or name
        if isinstance(module, str) and isinstance(name, str):
            verdict = self.policy.judge(module, name, torchscript=self.torchscript)
            evidence = f"{how} {module!r} {name!r}"
        else:
            shown = [v if isinstance(v, str) else f"<{type(v).__name__.strip('_')}>" for v in (module, name)]
            verdict = Verdict(f"{shown[0]}.{shown[1]}", False, "dynamic",
                              "cannot be known before loading", Severity.CRITICAL, Severity.HIGH)
            evidence = f"{how} with operands built at load time: {shown[0]!r} {shown[1]!r}"
        imp = _Global(verdict, self._index, self._offset, evidence)
        self.imports.append(imp)
        return imp

    def _extension(self, code: int) -> None:
        verdict = Verdict(f"<extension code {code}>", False, "extension",
                          "resolves to whatever the loading process registered", Severity.CRITICAL,
                          Severity.HIGH)
        imp = _Global(verdict, self._index, self._offset, f"EXT code {code}")
        self.imports.append(imp)
        self._push(imp)

    # -- calls ---------------------------------------------------------------------------------------
    def _call(self, func: Any, args: Any, how: str) -> Any:
        if isinstance(func, _Global):
            name = func.verdict.name
            resolved = self._resolve_getattr(func, args) if name in _GETATTR else None
            if resolved is not None:
                func.resolved += 1
                return resolved
            if func.called is None:
                func.called = (self._index, self._offset, how)
            self._mark_passed(args)
            if name in _NESTED_PICKLE_LOADERS or func.verdict.category == "nested":
                self._nested(name, args)
            return _Call(func, args)
        if isinstance(func, _Call | _Opaque):
            self._finding(DYNAMIC_CALL, Severity.HIGH,
                          f"{how} calls a value produced while loading ({_describe(func)}).",
                          self._index, self._offset)
            self._mark_passed(args)
            return _Call(func, args)
        return _Opaque(f"result of calling {type(func).__name__}")  # would fail: not callable

    def _mark_passed(self, root: Any) -> None:
        todo = [root]
        seen: set[int] = set()
        while todo and len(seen) < _MAX_WALK:
            value = todo.pop()
            if id(value) in seen:
                continue
            seen.add(id(value))
            if isinstance(value, _Global):
                value.passed = True
            elif isinstance(value, _Seq):
                for item in value.items:
                    todo.extend(item if isinstance(item, tuple) else (item,))
            elif isinstance(value, _Call):
                todo.append(value.args)

    def _resolve_getattr(self, func: _Global, args: Any) -> _Global | None:
        """`getattr(<imported object>, "constant")` is just a longer name: judge that name."""
        if not (isinstance(args, _Seq) and args.kind == "tuple" and args.length in (2, 3)):
            return None
        target, attr = args.items[0], _str(args.items[1])
        if not (isinstance(target, _Global) and attr is not None) or target.verdict.category:
            return None
        target.resolved += 1
        imp = self._import(target.verdict.name, attr, "getattr")
        imp.evidence = f"{target.evidence} -> getattr(..., {attr!r})"
        return imp

    def _materialize(self, value: Any, budget: int = 8) -> bytes | str | None:
        """The constant bytes or text a value stands for, evaluating known decoders (base64, hex,
        zlib, latin-1 encoding) on demand, so that encoded nested payloads are seen."""
        if isinstance(value, bytes | str):
            return value
        if isinstance(value, _LazyText):
            return value.text()
        if budget <= 0 or not (isinstance(value, _Call) and isinstance(value.func, _Global)):
            return None
        decoder = _DECODERS.get(value.func.verdict.name)
        if decoder is None or not isinstance(value.args, _Seq) or value.args.kind != "tuple":
            return None
        if value.func.verdict.name == "_codecs.encode" and len(value.args.items) == 1:
            return None
        values: list[Any] = []
        for item in value.args.items:
            plain = item if isinstance(item, int) else self._materialize(item, budget - 1)
            if plain is None:
                return None
            values.append(plain)
        try:
            return decoder(values, self.ctx.limits.max_kept_bytes)
        except (ValueError, TypeError, LookupError, zlib.error, binascii.Error):
            return None

    def _nested(self, name: str, args: Any) -> None:
        payload: Any = args.items[0] if isinstance(args, _Seq) and args.items else None
        if isinstance(payload, _Call) and isinstance(payload.func, _Global) \
                and payload.func.verdict.name in _BYTESIO and isinstance(payload.args, _Seq) \
                and payload.args.items:
            payload = payload.args.items[0]
        payload = self._materialize(payload)
        if isinstance(payload, str):
            payload = payload.encode("latin-1", "replace")
        if not isinstance(payload, bytes):
            return
        member = f"{self.member or ''}!{name}@{self._offset}"
        if self.depth + 1 > self.ctx.limits.max_nesting:
            self._finding(NESTING, Severity.HIGH,
                          f"`{name}` is given a payload nested more than {self.ctx.limits.max_nesting} "
                          "levels deep; it was not analysed.", self._index, self._offset)
            return
        self.findings.extend(scan_nested_payload(payload, self.ctx, member, self.depth + 1, self.policy))

    # -- containers whose items are handed to code ---------------------------------------------------
    def _build(self) -> None:
        state = self._pop()
        inst = self._top()
        if isinstance(inst, _Global):
            self._mutates(inst, "BUILD")
        if isinstance(inst, _Call):
            self._mark_passed(state)  # __setstate__(state) is a call on the instance's class
            if isinstance(inst.func, _Global) and inst.func.verdict.name.endswith(
                    "numpy_pickle.NumpyArrayWrapper"):
                self._joblib_array(state)


    def _joblib_array(self, state: Any) -> None:
        """joblib writes each array's raw bytes right after its wrapper's BUILD; step over them."""
        fields = _dict_items(state)
        dtype, shape = fields.get("dtype"), fields.get("shape")
        itemsize = _itemsize(dtype)
        count = _count(shape)
        if itemsize is None or count is None:
            raise _Break("a joblib array wrapper whose dtype or shape cannot be read")
        if itemsize == 0:  # an object array: joblib pickles it inline, in the same stream
            inner = _Pickle(self.stream, self.ctx, self.member, self.policy, depth=self.depth)
            inner.opcodes = self.opcodes
            status = inner.run()
            self.findings.extend(inner.findings)
            self.opcodes = inner.opcodes
            if status != "stop":
                raise _Break("the object array inside the joblib stream is incomplete")
            return
        if "numpy_array_alignment_bytes" in fields:
            padding = self._read(1)[0]
            if self.stream.skip(padding) < padding:
                raise _Break("the stream ends inside a joblib array's alignment padding")
        size = count * itemsize
        if self.stream.skip(size) < size:
            raise _Break(f"the stream ends inside a joblib array of {size} bytes (truncated)")


def _describe(value: Any) -> str:
    if isinstance(value, _Call) and isinstance(value.func, _Global):
        return f"the result of `{value.func.verdict.name}`"
    if isinstance(value, _Opaque):
        return value.what
    return type(value).__name__.strip("_").lower()


def _dict_items(value: Any) -> dict[str, Any]:
    if not isinstance(value, _Seq) or value.kind != "dict":
        return {}
    return {key: v for k, v in value.items if (key := _str(k)) is not None}


def _itemsize(dtype: Any) -> int | None:
    """Bytes per element of a pickled numpy dtype (`numpy.dtype('f8', False, True)`); 0 for objects."""
    if not (isinstance(dtype, _Call) and isinstance(dtype.args, _Seq) and dtype.args.items):
        return None
    spec = _str(dtype.args.items[0])
    if spec is None:
        return None
    match = _DTYPE.match(spec)
    if match is None:
        return None
    kind, size = match.group(1), int(match.group(2))
    return 0 if kind == "O" else size


def _count(shape: Any) -> int | None:
    if not (isinstance(shape, _Seq) and shape.kind == "tuple") or shape.length != len(shape.items):
        return None
    count = 1
    for dim in shape.items:
        if not isinstance(dim, int) or dim < 0:
            return None
        count *= dim
    return count


def _bounded_zlib(data: bytes, limit: int, wbits: int = zlib.MAX_WBITS) -> bytes:
    out = zlib.decompressobj(wbits).decompress(data, limit)
    return out


def _as_bytes(value: object) -> bytes:
    if isinstance(value, str):
        return value.encode("latin-1")
    if isinstance(value, bytes):
        return value
    raise TypeError("not text")


def _codecs_decode(values: list[Any], limit: int) -> bytes | str:
    data = values[0]
    encoding = str(values[1]).lower().replace("-", "_") if len(values) > 1 else "utf_8"
    if encoding in ("base64", "base64_codec"):
        return base64.b64decode(_as_bytes(data))
    if encoding in ("hex", "hex_codec"):
        return binascii.unhexlify(_as_bytes(data))
    if encoding in ("zlib", "zlib_codec"):
        return _bounded_zlib(_as_bytes(data), limit)
    if encoding in ("rot13", "rot_13") and isinstance(data, str):
        return codecs.decode(data, "rot13")
    if isinstance(data, bytes) and encoding in ("latin1", "latin_1", "utf_8", "utf8", "ascii"):
        return data.decode(encoding)
    raise LookupError(encoding)


def _codecs_encode(values: list[Any], limit: int) -> bytes:
    text = values[0]
    encoding = str(values[1]) if len(values) > 1 else "utf-8"
    if not isinstance(text, str):
        raise TypeError("not text")
    return text.encode(encoding)


_DECODERS: dict[str, Callable[[list[Any], int], bytes | str]] = {
    "base64.b64decode": lambda v, n: base64.b64decode(_as_bytes(v[0])),
    "base64.standard_b64decode": lambda v, n: base64.standard_b64decode(_as_bytes(v[0])),
    "base64.urlsafe_b64decode": lambda v, n: base64.urlsafe_b64decode(_as_bytes(v[0])),
    "base64.b32decode": lambda v, n: base64.b32decode(_as_bytes(v[0])),
    "base64.b16decode": lambda v, n: base64.b16decode(_as_bytes(v[0]), casefold=True),
    "base64.a85decode": lambda v, n: base64.a85decode(_as_bytes(v[0])),
    "base64.b85decode": lambda v, n: base64.b85decode(_as_bytes(v[0])),
    "base64.decodebytes": lambda v, n: base64.decodebytes(_as_bytes(v[0])),
    "binascii.a2b_base64": lambda v, n: binascii.a2b_base64(_as_bytes(v[0])),
    "binascii.unhexlify": lambda v, n: binascii.unhexlify(_as_bytes(v[0])),
    "binascii.a2b_hex": lambda v, n: binascii.a2b_hex(_as_bytes(v[0])),
    "builtins.bytes.fromhex": lambda v, n: bytes.fromhex(str(v[0])),
    "builtins.bytearray.fromhex": lambda v, n: bytes.fromhex(str(v[0])),
    "zlib.decompress": lambda v, n: _bounded_zlib(_as_bytes(v[0]), n),
    "codecs.decode": _codecs_decode,
    "_codecs.decode": _codecs_decode,
    "codecs.encode": _codecs_encode,
    "_codecs.encode": _codecs_encode,
}


# -- opcode handlers, following Modules/_pickle.c ----------------------------------------------------
def _int_line(p: _Pickle) -> Any:
    line = p._line()
    if line in (b"00", b"01"):
        return line == b"01"
    try:
        return int(line)
    except ValueError:
        raise _Break(f"INT argument {line[:40]!r} is not a number") from None


def _long_line(p: _Pickle) -> Any:
    line = p._line().rstrip(b"L")
    if len(line) > 4300:  # CPython's int-from-text limit; the real unpickler fails too
        raise _Break("LONG argument too long")
    try:
        return int(line)
    except ValueError:
        raise _Break(f"LONG argument {line[:40]!r} is not a number") from None


def _long_bytes(p: _Pickle, size: int) -> Any:
    if size < 0:
        raise _Break("negative LONG4 length")
    data = p._payload(size, "integer")
    return int.from_bytes(data, "little", signed=True) if isinstance(data, bytes) and size <= 64 else 0


def _float_line(p: _Pickle) -> Any:
    try:
        return float(p._line())
    except ValueError:
        raise _Break("FLOAT argument is not a number") from None


def _string_line(p: _Pickle) -> Any:
    line = p._text_line()
    if isinstance(line, _Opaque):
        return line
    line = line.rstrip()
    if len(line) < 2 or line[:1] != line[-1:] or line[:1] not in (b"'", b'"'):
        raise _Break("the STRING opcode argument must be quoted")
    try:
        return codecs.escape_decode(line[1:-1])[0].decode("latin-1")
    except ValueError:
        raise _Break("bad escape in a STRING argument") from None


def _text(data: bytes | _Opaque) -> Any:
    if isinstance(data, _Opaque):
        return data
    if len(data) > _EAGER_TEXT:
        return _LazyText(data)
    try:
        return data.decode("utf-8", "surrogatepass")
    except UnicodeDecodeError:
        raise _Break("a unicode string is not valid UTF-8") from None


def _unicode_line(p: _Pickle) -> Any:
    line = p._text_line()
    if isinstance(line, _Opaque):
        return line
    try:
        return line.decode("raw-unicode-escape")
    except UnicodeDecodeError:
        raise _Break("a UNICODE argument is not valid raw-unicode-escape") from None


def _u(p: _Pickle, fmt: str, size: int) -> int:
    return int(struct.unpack(fmt, p._read(size))[0])


def _global(p: _Pickle, how: str) -> _Global:
    try:
        module = p._line().decode("utf-8")
        name = p._line().decode("utf-8")
    except UnicodeDecodeError:
        raise _Break(f"{how} names are not valid UTF-8") from None
    return p._import(module, name, how)


def _stack_global(p: _Pickle) -> None:
    name = p._pop()
    module = p._pop()
    p._push(p._import(module, name, "STACK_GLOBAL"))


def _inst(p: _Pickle) -> None:
    cls = _global(p, "INST")
    args = _Seq("tuple", p._pop_mark())
    p._push(p._call(cls, args, "INST"))


def _obj(p: _Pickle) -> None:
    items = p._pop_mark()
    if not items:
        raise _Break("OBJ without a class")
    p._push(p._call(items[0], _Seq("tuple", items[1:]), "OBJ"))


def _reduce(p: _Pickle) -> None:
    args = p._pop()
    func = p._pop()
    p._push(p._call(func, args, "REDUCE"))


def _newobj(p: _Pickle) -> None:
    args = p._pop()
    cls = p._pop()
    p._push(p._call(cls, args, "NEWOBJ"))


def _newobj_ex(p: _Pickle) -> None:
    kwargs = p._pop()
    args = p._pop()
    cls = p._pop()
    p._mark_passed(kwargs)
    p._push(p._call(cls, args, "NEWOBJ_EX"))


def _persid(p: _Pickle, pid: Any) -> None:
    # torch's persistent_load turns ('storage', type, key, location, numel) into a storage without
    # calling the type, and legacy ('module', cls, source_file, source) into cls itself, which the
    # pickle then instantiates: that class is judged like any import. Plain pickle.load refuses both.
    if isinstance(pid, _Seq) and pid.kind == "tuple" and len(pid.items) >= 2 \
            and pid.items[0] == "module" and isinstance(pid.items[1], _Global):
        p._push(pid.items[1])
        return
    p._push(_Opaque("persistent reference"))


def _append(p: _Pickle) -> None:
    value = p._pop()
    target = p._top()
    p._mutates(target, "APPEND")
    p._grow(target, [value])


def _appends(p: _Pickle) -> None:
    items = p._pop_mark()
    target = p._top()
    p._mutates(target, "APPENDS")
    p._grow(target, items)


def _setitem(p: _Pickle) -> None:
    value = p._pop()
    key = p._pop()
    target = p._top()
    p._mutates(target, "SETITEM")
    p._grow(target, [(key, value)])


def _setitems(p: _Pickle) -> None:
    items = p._pop_mark()
    if len(items) % 2:
        raise _Break("odd number of items for SETITEMS")
    target = p._top()
    p._mutates(target, "SETITEMS")
    p._grow(target, [(items[i], items[i + 1]) for i in range(0, len(items), 2)])


def _additems(p: _Pickle) -> None:
    items = p._pop_mark()
    target = p._top()
    p._mutates(target, "ADDITEMS")
    p._grow(target, items)


def _dict_from_mark(p: _Pickle) -> None:
    items = p._pop_mark()
    if len(items) % 2:
        raise _Break("odd number of items for DICT")
    p._push(_Seq("dict", [(items[i], items[i + 1]) for i in range(0, len(items), 2)]))


def _pop(p: _Pickle) -> None:
    if p.marks and p.marks[-1] == len(p.stack):
        p.marks.pop()
    else:
        p._pop()


def _proto(p: _Pickle) -> None:
    proto = p._read(1)[0]
    if proto > 5:
        raise _Break(f"unsupported pickle protocol {proto}")
    p.proto = proto


def _frame(p: _Pickle) -> None:
    # A FRAME inside a frame whose rest can hold it changes nothing; one that cannot straddles, and the
    # file reading starts the new frame after the old one (see _Pickle._straddles).
    (length,) = struct.unpack("<Q", p._read(8))
    end, pos = p.frame_end, p.stream.tell()
    if end is not None and pos < end and pos + length <= end:
        return
    p._straddles(length)
    p.frame_end = p.stream.tell() + length


def _stop(p: _Pickle) -> None:
    p._pop()
    raise _Stop


def _mark(p: _Pickle) -> None:
    p.marks.append(len(p.stack))


def _tuple_n(n: int) -> Callable[[_Pickle], None]:
    def handler(p: _Pickle) -> None:
        items = [p._pop() for _ in range(n)][::-1]
        p._push(_Seq("tuple", items))
    return handler


def _dup(p: _Pickle) -> None:
    p._push(p._top())


def _pop_mark(p: _Pickle) -> None:
    p._pop_mark()


def _get_line(p: _Pickle) -> None:
    try:
        key = int(p._line())
    except ValueError:
        raise _Break("GET argument is not a number") from None
    p._push(p._memo_get(key))


def _put_line(p: _Pickle) -> None:
    try:
        key = int(p._line())
    except ValueError:
        raise _Break("PUT argument is not a number") from None
    p._memo_put(key, p._top())


_HANDLERS: dict[int, Callable[[_Pickle], None]] = {
    ord("I"): lambda p: p._push(_int_line(p)),
    ord("J"): lambda p: p._push(_u(p, "<i", 4)),
    ord("K"): lambda p: p._push(p._read(1)[0]),
    ord("M"): lambda p: p._push(_u(p, "<H", 2)),
    ord("L"): lambda p: p._push(_long_line(p)),
    0x8A: lambda p: p._push(_long_bytes(p, p._read(1)[0])),
    0x8B: lambda p: p._push(_long_bytes(p, _u(p, "<i", 4))),
    ord("S"): lambda p: p._push(_string_line(p)),
    ord("T"): lambda p: p._push(_latin1(p._payload(_u(p, "<i", 4), "string"))),
    ord("U"): lambda p: p._push(_latin1(p._payload(p._read(1)[0], "string"))),
    ord("B"): lambda p: p._push(p._bytes(_u(p, "<I", 4), "bytes")),
    ord("C"): lambda p: p._push(p._bytes(p._read(1)[0], "bytes")),
    0x8E: lambda p: p._push(p._bytes(_u(p, "<Q", 8), "bytes")),
    0x96: lambda p: p._push(p._bytes(_u(p, "<Q", 8), "bytearray")),
    0x97: lambda p: p._push(_Opaque("out-of-band buffer")),
    0x98: lambda p: None,
    ord("N"): lambda p: p._push(None),
    0x88: lambda p: p._push(True),
    0x89: lambda p: p._push(False),
    ord("V"): lambda p: p._push(_unicode_line(p)),
    0x8C: lambda p: p._push(_text(p._payload(p._read(1)[0], "string"))),
    ord("X"): lambda p: p._push(_text(p._payload(_u(p, "<I", 4), "string"))),
    0x8D: lambda p: p._push(_text(p._payload(_u(p, "<Q", 8), "string"))),
    ord("F"): lambda p: p._push(_float_line(p)),
    ord("G"): lambda p: p._push(struct.unpack(">d", p._read(8))[0]),
    ord("]"): lambda p: p._push(_Seq("list")),
    ord("a"): _append,
    ord("e"): _appends,
    ord("l"): lambda p: p._push(_Seq("list", p._pop_mark())),
    ord(")"): lambda p: p._push(_Seq("tuple")),
    ord("t"): lambda p: p._push(_Seq("tuple", p._pop_mark())),
    0x85: _tuple_n(1),
    0x86: _tuple_n(2),
    0x87: _tuple_n(3),
    ord("}"): lambda p: p._push(_Seq("dict")),
    ord("d"): _dict_from_mark,
    ord("s"): _setitem,
    ord("u"): _setitems,
    0x8F: lambda p: p._push(_Seq("set")),
    0x90: _additems,
    0x91: lambda p: p._push(_Seq("frozenset", p._pop_mark())),
    ord("0"): _pop,
    ord("2"): _dup,
    ord("("): _mark,
    ord("1"): _pop_mark,
    ord("g"): _get_line,
    ord("h"): lambda p: p._push(p._memo_get(p._read(1)[0])),
    ord("j"): lambda p: p._push(p._memo_get(_u(p, "<I", 4))),
    ord("p"): _put_line,
    ord("q"): lambda p: p._memo_put(p._read(1)[0], p._top()),
    ord("r"): lambda p: p._memo_put(_u(p, "<I", 4), p._top()),
    0x94: lambda p: p._memo_put(len(p.memo), p._top()),
    0x82: lambda p: p._extension(p._read(1)[0]),
    0x83: lambda p: p._extension(_u(p, "<H", 2)),
    0x84: lambda p: p._extension(_u(p, "<i", 4)),
    ord("c"): lambda p: p._push(_global(p, "GLOBAL")),
    0x93: _stack_global,
    ord("R"): _reduce,
    ord("b"): lambda p: p._build(),
    ord("i"): _inst,
    ord("o"): _obj,
    0x81: _newobj,
    0x92: _newobj_ex,
    0x80: _proto,
    ord("."): _stop,
    0x95: _frame,
    ord("P"): lambda p: _persid(p, p._line().decode("ascii", "replace")),
    ord("Q"): lambda p: _persid(p, p._pop()),
}


def _latin1(data: bytes | _Opaque) -> Any:
    return data.decode("latin-1") if isinstance(data, bytes) else data


# -- entry points ------------------------------------------------------------------------------------
def analyze_pickle(
    stream: Stream,
    ctx: ScanContext,
    *,
    member: str | None = None,
    torchscript: bool = False,
    depth: int = 0,
    import_policy: ImportPolicy | None = None,
    max_pickles: int | None = None,
    trailing: bool = True,
    reopen: Callable[[], Stream | None] | None = None,
    discard_frames: bool = False,
) -> tuple[list[Finding], int]:
    """Analyse the pickles in a stream; returns the findings and how many pickles were complete.

    Several pickles in a row are all analysed (a loader may call load() repeatedly); `max_pickles`
    stops after that many (the legacy torch format has exactly five, then raw data). Bytes after the
    last STOP that do not form a pickle are reported as trailing data when `trailing` is set.
    When an opcode straddles a FRAME boundary, `reopen` (a fresh stream of the same bytes) lets the
    stream be analysed a second time as CPython reads it from a file.
    """
    pol = import_policy or policy(ctx.allow)
    findings: list[Finding] = []
    complete = 0
    straddled: tuple[int, int] | None = None
    while max_pickles is None or complete < max_pickles:
        start = stream.tell()
        analysis = _Pickle(stream, ctx, member, pol, torchscript=torchscript, depth=depth,
                           discard_frames=discard_frames)
        status = analysis.run()
        if analysis.straddle is not None and not discard_frames and straddled is None:
            straddled = analysis.straddle
        if status == "eof":
            if complete == 0:
                findings.append(Finding.of(EMPTY, ctx.path, Severity.LOW, "The pickle stream is empty.",
                                           location=Location(member=member)))
            break
        if status == "broken" and complete > 0 and analysis.opcodes <= 1:
            # Not a second pickle at all: trailing bytes after a complete one.
            extra = stream.tell() - start + stream.skip(1 << 62)
            if trailing:
                findings.append(Finding.of(
                    TRAILING, ctx.path, Severity.LOW,
                    f"{extra:,} bytes follow the end of the pickle (STOP) and are not a pickle.",
                    location=Location(member=member, offset=start)))
            break
        findings.extend(analysis.findings)
        if status != "stop":
            break
        complete += 1
    if straddled is not None:
        opcode, offset = straddled
        second = reopen() if reopen is not None else None
        findings.append(Finding.of(
            FRAME_STRADDLE, ctx.path, Severity.HIGH,
            f"An opcode's argument runs past the end of its FRAME (opcode {opcode}, byte {offset}). CPython "
            "reads such a stream differently from a file than from bytes, so it holds two programs; "
            + ("both readings were analysed." if second is not None else
               "only the linear reading could be analysed."),
            location=Location(member=member, opcode=opcode, offset=offset)))
        if second is not None:
            again, _ = analyze_pickle(second, ctx, member=member, torchscript=torchscript, depth=depth,
                                      import_policy=pol, max_pickles=max_pickles, trailing=False,
                                      discard_frames=True)
            findings.extend(again)
    return findings, complete


def scan_nested_payload(
    payload: bytes, ctx: ScanContext, member: str, depth: int, import_policy: ImportPolicy
) -> list[Finding]:
    """Findings for bytes handed to a nested loader: a pickle, or a torch archive."""
    if payload[:4] == b"PK\x03\x04":
        from mlward.scanners.zip import scan_zip_bytes

        return scan_zip_bytes(payload, ctx, member=member, depth=depth)
    findings, _ = analyze_pickle(BytesStream(payload), ctx, member=member, depth=depth,
                                 import_policy=import_policy, reopen=lambda: BytesStream(payload))
    return findings


class PickleScanner:
    """Plain pickle files, joblib dumps (their arrays sit between opcodes), dill and cloudpickle
    streams, and legacy (pre-zip) torch.save files."""

    formats: ClassVar[frozenset[str]] = frozenset({"pickle"})

    # torch.save's legacy format starts with a pickled magic number (torch/serialization.py).
    _LEGACY_TORCH = b"\x80\x02\x8a\x0al\xfc\x9cF\xf9 j\xa8P\x19."

    def scan(self, source: Source, ctx: ScanContext) -> Iterator[Finding]:
        """Analyse every pickle in the file; for legacy torch files exactly the five it loads."""
        legacy = source.pread(len(self._LEGACY_TORCH), 0) == self._LEGACY_TORCH
        if legacy:
            ctx.format = "torch-legacy"
        findings, _ = analyze_pickle(source, ctx, max_pickles=5 if legacy else None,
                                     trailing=not legacy, reopen=source.reopen)
        yield from findings
        yield hygiene_finding(ctx, "This file")
