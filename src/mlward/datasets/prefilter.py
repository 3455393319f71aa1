"""The multi-pattern prefilter: which texts (or which lines of a block) deserve a closer look, and by whom.

All triggers of all detectors are compiled into one hyperscan database and run over whole blocks of
input at once, so that text no trigger fires on never reaches Python code byte by byte. Where hyperscan
is not installed (it ships wheels for x86-64 and arm64 Linux and macOS), RE2's set matcher does the same
job line by line, more slowly.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

try:
    import hyperscan
except ImportError:  # pragma: no cover - exercised only where the wheel is missing
    hyperscan = None  # type: ignore[assignment,unused-ignore]  # typed where the wheel ships stubs

try:
    import re2
except ImportError:  # pragma: no cover
    re2 = None  # type: ignore[assignment,unused-ignore]  # typed where the wheel ships stubs


_SCRATCH = threading.local()
_SCRATCH_MAX = 8 << 20  # twice the reader's block size


def byte_positions(data: bytes, byte: int) -> np.ndarray:
    """Offsets of every `byte` in `data` (int64), like np.flatnonzero(view == byte).

    The comparison goes into a per-thread buffer that is reused: a fresh block-sized boolean array per
    call costs more in page faults than the comparison itself.
    """
    view = np.frombuffer(data, dtype=np.uint8)
    if len(view) > _SCRATCH_MAX:  # a rare huge block (one long line): not worth keeping a buffer for
        return np.flatnonzero(view == byte)
    buffer: np.ndarray | None = getattr(_SCRATCH, "buffer", None)
    if buffer is None or len(buffer) < len(view):
        buffer = np.empty(max(len(view), 1 << 16), dtype=bool)
        _SCRATCH.buffer = buffer
    mask = buffer[: len(view)]
    np.equal(view, byte, out=mask)
    return np.flatnonzero(mask)


@dataclass(frozen=True, slots=True)
class Trigger:
    """A loose byte pattern and the detector (by index) it wakes up.

    A trigger with `byte` set is a single byte (such as `@` for email addresses) found with one NumPy
    comparison over the block instead of by the automaton: a one-byte literal gives hyperscan nothing
    to anchor on and slows every other pattern down.

    A trigger with `capital_next` set is a plain literal (a first name and a space) that counts only
    where a capital letter follows. Thousands of pure literals compile in milliseconds, while the same
    literals followed by `[A-Z]` take hyperscan seconds; the one-byte check runs per match instead.
    """

    pattern: str
    owner: int
    caseless: bool = False
    byte: int | None = None
    capital_next: bool = False  # a literal that counts only when a capital letter follows it


def _capital_at(data: bytes, end: int) -> bool:
    """Whether an upper-case letter starts at `end` (ASCII, Latin-1 accented or Cyrillic, in UTF-8)."""
    if end >= len(data):
        return False
    first = data[end]
    if 65 <= first <= 90:
        return True
    if end + 1 >= len(data):
        return False
    second = data[end + 1]
    return (first == 0xC3 and 0x80 <= second <= 0x9E) or (first == 0xD0 and (0x90 <= second <= 0xAF
                                                                            or second == 0x81))


class Prefilter:
    """One compiled set of triggers."""

    def __init__(self, triggers: Sequence[Trigger]) -> None:
        self._bytes = [(t.byte, t.owner) for t in triggers if t.byte is not None]
        triggers = [t for t in triggers if t.byte is None]
        self._owners = [t.owner for t in triggers]
        self._capital = frozenset(i for i, t in enumerate(triggers) if t.capital_next)
        self.engine = "hyperscan" if hyperscan is not None else "re2"
        if hyperscan is not None:
            # Cased and caseless triggers go into two databases: hyperscan's plan for the mixed set ran
            # 1.6 times slower than the two apart (55 ms against 33 ms per 8 MB of chat JSONL).
            self._dbs: list[tuple[Any, Any]] = []
            for caseless in (False, True):
                ids = [i for i, t in enumerate(triggers) if t.caseless == caseless]
                if ids:
                    self._dbs.append(_database([triggers[i].pattern.encode("utf-8") for i in ids], ids,
                                               caseless=caseless))
        elif re2 is not None:
            options = re2.Options()
            # Match bytes as bytes, like hyperscan: UTF-8 literals in a pattern are byte sequences too.
            options.encoding = re2.Options.Encoding.LATIN1
            # Thousands of first names outgrow RE2's default 8 MiB program budget.
            options.max_mem = 256 << 20
            self._set = re2.Set.SearchSet(options)
            for t in triggers:
                # Latin-1 mode: \xC3 and \xD0 stand for those bytes (the lead bytes of À-Þ and А-Я, Ё).
                capital = r"(?:[A-Z]|\xC3[\x80-\x9E]|\xD0[\x81\x90-\xAF])" if t.capital_next else ""
                self._set.Add(("(?i)" if t.caseless else "") + t.pattern + capital)
            self._capital = frozenset()  # RE2 checks the capital itself
            self._set.Compile()
        else:  # pragma: no cover
            raise ImportError("mlward's dataset scanner needs hyperscan or google-re2")

    def owners(self, data: bytes) -> set[int]:
        """The detectors whose triggers fire anywhere in `data`."""
        if hyperscan is not None:
            found = {self._owners[pid] for pid in self._matches(data)[1]}
        else:
            found = {self._owners[i] for i in self._set.Match(data) or ()}
        for byte, owner in self._bytes:
            if bytes((byte,)) in data:
                found.add(owner)
        return found

    def lines(self, block: bytes, line_ends: np.ndarray) -> dict[int, set[int]]:
        """Per line of a block (line i ends at line_ends[i], exclusive), the detectors that fire on it."""
        out: dict[int, set[int]] = {}
        if self._bytes:
            for byte, owner in self._bytes:
                where = byte_positions(block, byte)
                if len(where):
                    for row in np.unique(np.searchsorted(line_ends, where, side="left")).tolist():
                        out.setdefault(row, set()).add(owner)
        if hyperscan is not None:
            ends, pids = self._matches(block)
            owners = self._owners
            for row, pid in zip(_rows(line_ends, ends).tolist(), pids, strict=True):
                out.setdefault(row, set()).add(owners[pid])
            return out
        start = 0
        for row, end in enumerate(line_ends.tolist()):
            hit = self._set.Match(block[start:end])
            if hit:
                out.setdefault(row, set()).update(self._owners[i] for i in hit)
            start = end + 1
        return out

    def _matches(self, data: bytes) -> tuple[list[int], list[int]]:
        """End offsets and trigger ids of every hyperscan match; a first-name literal counts only where
        a capital letter follows it."""
        capital = self._capital
        ends, pids = _scan(self._dbs, data)
        if not capital:
            return ends, pids
        kept = [(end, pid) for end, pid in zip(ends, pids, strict=True)
                if pid not in capital or _capital_at(data, end)]
        return [end for end, _ in kept], [pid for _, pid in kept]


def _database(expressions: list[bytes], ids: list[int], caseless: bool) -> tuple[Any, Any]:
    """A compiled hyperscan block-mode database and its scratch space."""
    db = hyperscan.Database(mode=hyperscan.HS_MODE_BLOCK)
    db.compile(expressions=expressions, ids=ids, elements=len(ids),
               flags=[hyperscan.HS_FLAG_CASELESS if caseless else 0] * len(ids))
    return db, hyperscan.Scratch(db)


def _scan(dbs: list[tuple[Any, Any]], data: bytes) -> tuple[list[int], list[int]]:
    """End offsets and pattern ids of every match of every database over `data`."""
    ends: list[int] = []
    ids: list[int] = []

    def on_match(pid: int, start: int, end: int, flags: int, context: object) -> None:
        ends.append(end)
        ids.append(pid)

    for db, scratch in dbs:
        db.scan(data, match_event_handler=on_match, scratch=scratch)
    return ends, ids


def _rows(line_ends: np.ndarray, ends: list[int]) -> np.ndarray:
    """The line each match end falls in; a match ending exactly at a newline belongs to the line before it
    (side="left")."""
    return np.searchsorted(line_ends, np.asarray(ends, dtype=np.int64), side="left")


class WeightedGate:
    """Per line, the summed weight of the distinct literals found in it (caseless; a literal counts once
    per line). Used where a word list is too blunt: the learned model's strongest terms, each with its
    weight, decide together whether a text deserves the model's look."""

    def __init__(self, literals: dict[str, float]) -> None:
        self._literals = sorted(literals)
        self._weights = np.array([literals[k] for k in self._literals], dtype=np.float64)
        self._dbs: list[tuple[Any, Any]] = []
        if hyperscan is not None and self._literals:
            ids = list(range(len(self._literals)))
            self._dbs.append(_database([_escaped(k) for k in self._literals], ids, caseless=True))
        else:
            self._index = {k.encode("utf-8").lower(): i for i, k in enumerate(self._literals)}
            alternatives = sorted(self._index, key=len, reverse=True)
            self._any = re.compile(b"(?=(" + b"|".join(re.escape(k) for k in alternatives) + b"))",
                                   re.IGNORECASE) if alternatives else None

    def sums(self, block: bytes, line_ends: np.ndarray) -> np.ndarray:
        """The summed weight per line (line i ends at line_ends[i], exclusive)."""
        if self._dbs:
            ends, ids = _scan(self._dbs, block)
        else:
            matches = list(self._any.finditer(block)) if self._any is not None else []
            ends = [match.start() + len(match.group(1)) for match in matches]
            ids = [self._index[match.group(1).lower()] for match in matches]
        if not ends:
            return np.zeros(len(line_ends))
        pairs = np.unique(_rows(line_ends, ends).astype(np.int64) * len(self._literals)
                          + np.asarray(ids, dtype=np.int64))
        return np.bincount(pairs // len(self._literals), weights=self._weights[pairs % len(self._literals)],
                           minlength=len(line_ends))[: len(line_ends)]


def _escaped(literal: str) -> bytes:
    """A literal as a hyperscan pattern: letters and digits as they are, every other byte as \\xHH."""
    return b"".join(bytes((b,)) if chr(b).isalnum() and b < 128 else b"\\x%02x" % b
                    for b in literal.encode("utf-8"))
