"""Which of many Python regular expressions can match a text, found in one hyperscan pass.

The injection cues are large alternations with lookbehinds that Python's `re` tries at every position of
a text: about 250 µs for a short message, although most messages match none of them. Hyperscan runs all
of them at once in a few microseconds but has no lookarounds. So each pattern is loosened for hyperscan
(see `loosen`), which can only make it match more; `re` then runs only the patterns whose loosened form
matched. The matches `re` finds are therefore exactly those it would find running every pattern, only
sooner. Texts must be lower-cased (the cue patterns run on normalised text): hyperscan folds only ASCII
case, so the loosened patterns are lower-cased too.

A pattern hyperscan refuses, or every pattern where hyperscan is not installed, is always run by `re`.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence
from typing import Any

try:
    import hyperscan
except ImportError:  # pragma: no cover - exercised only where the wheel is missing
    hyperscan = None  # type: ignore[assignment,unused-ignore]


def loosen(pattern: str) -> str:
    """A looser pattern for hyperscan, which matches wherever the original does.

    Lookbehinds, lookaheads and word boundaries are dropped; bounded repeats become `*`; negated classes
    and the Unicode-dependent classes (\\w, \\s, \\d and their negations) become `.` (compiled with
    DOTALL); letters are lower-cased (for lower-cased text). Each change only lets more through, and
    keeps hyperscan's compile time small.
    """
    out: list[str] = []
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            escape = pattern[i + 1:i + 2]
            if escape and escape in "wWsSdD":  # classes that depend on Unicode tables: any character
                out.append(".")
            elif escape not in ("b", "B"):  # word boundaries (hyperscan knows only ASCII ones): dropped
                out.append(pattern[i:i + 2])
            i += 2
            continue
        if ch == "[":
            end = _class_end(pattern, i)
            # A negated class (`[^.!?\n]`) becomes any character (compiled, it costs much more), and so
            # does a class holding \w, \s or \d (ASCII-only in hyperscan without UCP).
            body = pattern[i:end]
            loose = pattern.startswith("[^", i) or re.search(r"(?<!\\)\\[wWsSdD]", body)
            out.append("." if loose else body.lower())
            i = end
            continue
        if pattern.startswith(("(?<!", "(?<=", "(?!", "(?="), i):
            i = _group_end(pattern, i)
            continue
        repeat = _REPEAT.match(pattern, i)
        if repeat:  # a bounded repeat becomes `*`, which hyperscan compiles small (`{0,40}` of a class
            out.append("*")  # in UTF-8 mode is "too large")
            i = repeat.end()
            continue
        out.append(ch.lower())
        i += 1
    return "".join(out)


_REPEAT = re.compile(r"\{\d*,?\d*\}\??")


def _class_end(pattern: str, start: int) -> int:
    """Index just past the character class opening at `start`."""
    i = start + 1
    if i < len(pattern) and pattern[i] == "^":
        i += 1
    if i < len(pattern) and pattern[i] == "]":
        i += 1
    while i < len(pattern) and pattern[i] != "]":
        i += 2 if pattern[i] == "\\" else 1
    return i + 1


def _group_end(pattern: str, start: int) -> int:
    """Index just past the group opening at `start` (nested groups, classes and escapes skipped)."""
    depth = 0
    i = start
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            i = _class_end(pattern, i)
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    raise ValueError(f"unbalanced group at {start} in {pattern!r}")


def _compile(entries: list[tuple[int, bytes, int]]) -> Any:
    """A block-mode database of the entries (id, expression, flags), or None if hyperscan refuses one."""
    if not entries:
        return None
    db = hyperscan.Database()
    try:
        db.compile(expressions=[e for _, e, _ in entries], ids=[i for i, _, _ in entries],
                   flags=[f for _, _, f in entries])
    except hyperscan.error:
        return None
    return db


class Gate:
    """For a list of compiled patterns: which of them may match a text (a superset of those that do)."""

    def __init__(self, patterns: Sequence[re.Pattern[str]]) -> None:
        self.size = len(patterns)
        self.always: set[int] = set(range(self.size))
        self._db: Any = None  # a hyperscan.Database once compiled
        if hyperscan is None:  # pragma: no cover
            return
        base = hyperscan.HS_FLAG_UTF8 | hyperscan.HS_FLAG_DOTALL | hyperscan.HS_FLAG_SINGLEMATCH
        entries = [(index, loosen(compiled.pattern).encode("utf-8"),
                    base | (hyperscan.HS_FLAG_CASELESS if compiled.flags & re.IGNORECASE else 0))
                   for index, compiled in enumerate(patterns)]
        db = _compile(entries)
        if db is None:  # one of them is refused: find which, and leave those to `re`
            entries = [entry for entry in entries if _compile([entry]) is not None]
            db = _compile(entries)
        if db is None:  # pragma: no cover
            return
        self._db = db
        self.always -= {index for index, _, _ in entries}
        self._local = threading.local()  # a scratch space per thread

    def candidates(self, text: str) -> set[int]:
        """Indexes of the patterns that may match `text`."""
        if self._db is None:  # pragma: no cover
            return set(self.always)
        try:
            data = text.encode("utf-8")
        except UnicodeEncodeError:  # lone surrogates: not UTF-8, which hyperscan's UTF-8 mode requires
            return set(range(self.size))
        scratch = getattr(self._local, "scratch", None)
        if scratch is None:
            scratch = self._local.scratch = hyperscan.Scratch(self._db)
        found = set(self.always)

        def on_match(pid: int, start: int, end: int, flags: int, context: object) -> None:
            found.add(pid)

        self._db.scan(data, match_event_handler=on_match, scratch=scratch)
        return found
