"""A reader for marshalled Python code objects (Keras Lambda layers carry them) that never calls
`marshal.loads`: hostile marshal data can crash the interpreter that loads it, and a code object is
only ever one step from running. This reads the serialized structure as data and reports the names
and constants the code refers to.

Format: Python's marshal.c. Code objects differ by version: 3.8-3.10 store six int fields
(…, nlocals, stacksize, flags) before the bytecode, 3.11+ store five and merge locals into
"localsplus"; both layouts are tried.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from typing import Any

_MAX_DATA = 1 << 20
_MAX_DEPTH = 64
_MAX_OBJECTS = 200_000
_FLAG_REF = 0x80


class MarshalError(ValueError):
    """The bytes are not marshalled data mlward can read (the message says where)."""


@dataclass(frozen=True, slots=True)
class Code:
    """A code object as data: what it is called and what it refers to."""

    name: str
    filename: str
    names: tuple[str, ...]  # globals and attributes it loads (co_names)
    strings: tuple[str, ...]  # string constants
    children: tuple[Code, ...] = ()


@dataclass(slots=True)
class CodeSummary:
    """Everything a code object and the code nested in it refer to."""

    names: list[str] = field(default_factory=list)
    strings: list[str] = field(default_factory=list)
    functions: list[str] = field(default_factory=list)

    def add(self, code: Code) -> None:
        """Merge one code object (and its children) in, keeping first-seen order."""
        self.functions.append(code.name)
        for name in code.names:
            if name not in self.names:
                self.names.append(name)
        for text in code.strings:
            if text not in self.strings:
                self.strings.append(text)
        for child in code.children:
            self.add(child)


class _Reader:
    def __init__(self, data: bytes, layout: int) -> None:
        self.data = data
        self.pos = 0
        self.refs: list[Any] = []
        self.layout = layout  # 311 or 38
        self.count = 0

    def take(self, n: int) -> bytes:
        if n < 0 or self.pos + n > len(self.data):
            raise MarshalError(f"data ends early at byte {self.pos} (wanted {n})")
        out = self.data[self.pos : self.pos + n]
        self.pos += n
        return out

    def i32(self) -> int:
        value: int = struct.unpack("<i", self.take(4))[0]
        return value

    def size(self) -> int:
        n = self.i32()
        if n < 0 or n > len(self.data) - self.pos:
            raise MarshalError(f"length {n} at byte {self.pos} is larger than the data")
        return n

    def obj(self, depth: int = 0) -> Any:
        if depth > _MAX_DEPTH:
            raise MarshalError(f"nested deeper than {_MAX_DEPTH}")
        self.count += 1
        if self.count > _MAX_OBJECTS:
            raise MarshalError(f"more than {_MAX_OBJECTS} objects")
        code = self.take(1)[0]
        flag, kind = code & _FLAG_REF, chr(code & 0x7F)
        slot = -1
        if flag and kind in "()[{<>c":
            slot = len(self.refs)
            self.refs.append(None)
        value = self._value(kind, depth)
        if flag:
            if slot >= 0:
                self.refs[slot] = value
            else:
                self.refs.append(value)
        return value

    def _value(self, kind: str, depth: int) -> Any:
        simple = {"0": None, "N": None, "F": False, "T": True, "S": StopIteration, ".": Ellipsis}
        if kind in simple:
            return simple[kind]
        if kind == "i":
            return self.i32()
        if kind == "l":
            n = self.i32()
            if abs(n) > 10_000:
                raise MarshalError(f"integer of {abs(n)} digits")
            self.take(2 * abs(n))
            return 0
        if kind == "g":
            return struct.unpack("<d", self.take(8))[0]
        if kind == "y":
            self.take(16)
            return 0j
        if kind in "fx":
            for _ in range(1 if kind == "f" else 2):
                self.take(self.take(1)[0])
            return 0.0
        if kind == "s":
            return self.take(self.size())
        if kind in "tuaA":
            return self.take(self.size()).decode("utf-8", "replace")
        if kind in "zZ":
            return self.take(self.take(1)[0]).decode("latin-1")
        if kind in "([<>":
            n = self.size() if kind != ")" else 0
            return tuple(self.obj(depth + 1) for _ in range(n))
        if kind == ")":
            return tuple(self.obj(depth + 1) for _ in range(self.take(1)[0]))
        if kind == "{":
            items: list[tuple[Any, Any]] = []
            while True:
                key = self.obj(depth + 1)
                if key is None:
                    return tuple(items)
                items.append((key, self.obj(depth + 1)))
        if kind == "r":
            index = self.i32()
            if not 0 <= index < len(self.refs):
                raise MarshalError(f"reference {index} to nothing at byte {self.pos}")
            return self.refs[index]
        if kind == "c":
            return self._code(depth)
        raise MarshalError(f"unknown marshal type {kind!r} at byte {self.pos - 1}")

    def _code(self, depth: int) -> Code:
        for _ in range(5 if self.layout == 311 else 6):
            self.i32()
        self.obj(depth + 1)  # the bytecode itself
        consts = self.obj(depth + 1)
        names = self.obj(depth + 1)
        if self.layout == 311:
            self.obj(depth + 1)  # localsplusnames
            self.obj(depth + 1)  # localspluskinds
            filename, name = self.obj(depth + 1), self.obj(depth + 1)
            self.obj(depth + 1)  # qualname
            self.i32()  # firstlineno
            self.obj(depth + 1)  # linetable
            self.obj(depth + 1)  # exceptiontable
        else:
            for _ in range(3):  # varnames, freevars, cellvars
                self.obj(depth + 1)
            filename, name = self.obj(depth + 1), self.obj(depth + 1)
            self.i32()
            self.obj(depth + 1)  # lnotab
        consts = consts if isinstance(consts, tuple) else ()
        names = names if isinstance(names, tuple) else ()
        return Code(
            name=str(name),
            filename=str(filename),
            names=tuple(str(n) for n in names if isinstance(n, str)),
            strings=tuple(c for c in consts if isinstance(c, str)),
            children=tuple(c for c in consts if isinstance(c, Code)),
        )


def read_code(data: bytes) -> Code:
    """The code object in marshalled bytes, read as data; raises MarshalError if it is not one."""
    if len(data) > _MAX_DATA:
        raise MarshalError(f"{len(data)} bytes of marshalled data is more than mlward reads")
    errors: list[str] = []
    for layout in (311, 38):
        reader = _Reader(data, layout)
        try:
            value = reader.obj()
        except (MarshalError, struct.error) as exc:
            errors.append(str(exc))
            continue
        if isinstance(value, Code) and reader.pos == len(data):
            return value
        errors.append("not a single code object")
    raise MarshalError("; ".join(errors))


def summarize(data: bytes) -> CodeSummary:
    """The names, strings and function names a marshalled code object refers to."""
    summary = CodeSummary()
    summary.add(read_code(data))
    return summary
