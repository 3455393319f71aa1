"""The scan loop: read a dataset once, prefilter whole blocks, inspect only what a trigger fired on.

Per block of JSONL the work that touches every byte is C code: one hyperscan pass, one NumPy search
for line ends, orjson's validity check and a hash per line. Python only runs per *candidate* line
(parse, walk the fields, exact patterns, validators, injection score).
"""

from __future__ import annotations

import codecs
import functools
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

import numpy as np
import orjson

try:
    import msgspec
except ImportError:  # pragma: no cover - without it every JSONL line is parsed on its own
    msgspec = None  # type: ignore[assignment,unused-ignore]

from mlward.datasets import injection
from mlward.datasets.dedup import ExactIndex, NearDuplicateIndex
from mlward.datasets.detectors import CONTEXTUAL, DETECTORS, Detector, mask, public_by_question
from mlward.datasets.prefilter import Prefilter, Trigger, WeightedGate, byte_positions
from mlward.datasets.readers import (
    Block,
    Item,
    Oversize,
    Record,
    json_fields,
    read_lines,
)
from mlward.findings import Finding, Location, Severity, rule

ATLAS_POISON = "AML.T0020"  # Poison Training Data
ATLAS_INJECTION = "AML.T0051"  # LLM Prompt Injection
ATLAS_LEAKAGE = "AML.T0057"  # LLM Data Leakage

INJECTION = "injection.prompt"
DUPLICATE = "quality.duplicate"
NEAR_DUPLICATE = "quality.near_duplicate"
MALFORMED = "quality.malformed"

INJECTION_OWNER = len(DETECTORS)  # the prefilter owner id of the injection model
_GATED = -20  # a field only the term gate picked for the injection model
_ESCAPE_OWNER = len(DETECTORS) + 1
_NUMBER_OWNER = len(DETECTORS) + 2
# Owners that ask for a closer look at a raw line, not for a detector.
_LINE_ONLY = frozenset({_ESCAPE_OWNER, _NUMBER_OWNER})


def _rules() -> dict[str, object]:
    made: dict[str, object] = {}
    for det in DETECTORS:
        family, _, kind = det.category.partition(".")
        words = kind.replace("_", " ")
        if family == "pii":
            made[det.category] = rule(
                f"data.{det.category}", f"Personal data in training data: {words}",
                f"A record contains personal data ({words}). A model trained on it can memorise and repeat "
                "it to anyone who asks (LLMSVS 2.3).",
                "Remove, mask or pseudonymise it with `mlward data clean` before training, or document the "
                "legal basis for keeping it.",
                atlas=(ATLAS_LEAKAGE,), cwe=("CWE-359",))
        else:
            made[det.category] = rule(
                f"data.{det.category}", f"Credential in training data: {words}",
                f"A record contains a credential ({words}). A model trained on it can leak it verbatim, and "
                "the credential is exposed to everyone with access to the data (LLMSVS 2.3).",
                "Revoke and rotate the credential now, then redact it with `mlward data clean`.",
                atlas=(ATLAS_LEAKAGE,), cwe=("CWE-798",))
    made[INJECTION] = rule(
        "data.injection.prompt", "Prompt injection or jailbreak in training data",
        "A record tries to override a model's instructions or persona (possibly obfuscated or in another "
        "language). Fine-tuning on it teaches the model to follow such text (LLMSVS 2.8, 2.16).",
        "Review the record; drop it with `mlward data clean` unless it is a labelled refusal example.",
        atlas=(ATLAS_POISON, ATLAS_INJECTION), cwe=("CWE-1427",))
    made[DUPLICATE] = rule(
        "data.quality.duplicate", "Duplicate record",
        "The record repeats an earlier one byte for byte. Duplicates over-weight a sample and are a common "
        "way to make planted data stick.",
        "Drop the repeats (`mlward data clean` does by default).", atlas=(ATLAS_POISON,))
    made[NEAR_DUPLICATE] = rule(
        "data.quality.near_duplicate", "Near-duplicate record",
        "The record is almost the same as an earlier one (MinHash estimate of Jaccard similarity over "
        "character 5-grams).",
        "Review and keep one of the two.", atlas=(ATLAS_POISON,))
    made[MALFORMED] = rule(
        "data.quality.malformed", "Malformed record",
        "The record could not be read as its format requires (invalid JSON or UTF-8, wrong number of "
        "cells, too long to inspect). Whatever it holds was not checked.",
        "Fix or drop the record (`mlward data clean` drops it by default).", cwe=("CWE-20",))
    return made


RULES = _rules()
CATEGORIES: tuple[str, ...] = tuple(RULES)
_SEVERITY = {d.category: d.severity for d in DETECTORS} | {
    INJECTION: Severity.HIGH, DUPLICATE: Severity.LOW, NEAR_DUPLICATE: Severity.LOW,
    MALFORMED: Severity.MEDIUM,
}


def severity_of(category: str) -> Severity:
    """The severity a finding of this category is reported with."""
    return _SEVERITY[category]


@dataclass(frozen=True, slots=True)
class Hit:
    """One detection inside a record: where, what, and the matched value (never printed in full)."""

    record: int
    field: str | None
    start: int
    end: int
    category: str
    value: str
    detail: str = ""
    shown: str | None = None  # for injections: the text with other findings in it redacted


@dataclass(frozen=True, slots=True)
class DataScanOptions:
    """Which checks run and how many findings per category a file may list."""

    categories: frozenset[str] | None = None  # None: every category
    near_duplicates: bool = False
    # Every text field is scored by the injection model, not only those a wake word or the term gate
    # picked (reported from injection.SURE there, as gated fields are); every record is parsed. Slower.
    every_field: bool = False
    duplicates: bool = True
    injection_threshold: float = injection.THRESHOLD
    max_findings_per_category: int = 1000
    max_line: int = 16 << 20
    digest: bool = True
    max_decompressed: int = 64 << 30
    skip_categories: frozenset[str] = field(default_factory=frozenset)

    def wants(self, category: str) -> bool:
        """Whether this category is checked."""
        if category in self.skip_categories or category.split(".")[0] in self.skip_categories:
            return False
        if self.categories is None:
            return True
        return category in self.categories or category.split(".")[0] in self.categories


class Inspector:
    """The compiled detectors for one set of options; finds hits in field texts."""

    def __init__(self, options: DataScanOptions) -> None:
        self.options = options
        self.detectors: list[Detector | None] = [d if options.wants(d.category) else None for d in DETECTORS]
        wanted = tuple(i for i, d in enumerate(DETECTORS) if options.wants(d.category))
        self.raw = self.text = _prefilter(wanted, options.wants(INJECTION))
        self.engine = self.text.engine
        self.gate = _term_gate() if options.wants(INJECTION) else None

    def candidates(self, block: bytes, line_ends: np.ndarray) -> dict[int, set[int]]:
        """The lines of a raw block worth parsing, with the detectors whose triggers fired on each: all of
        them with `every_field` (the injection model reads every record then)."""
        out = self.raw.lines(block, line_ends)
        if self.gate is not None and self.options.every_field:
            for i in range(len(line_ends)):
                out.setdefault(i, set()).add(INJECTION_OWNER)
        return out

    def hits(self, record: int, fields: list[tuple[str | None, str]]) -> list[Hit]:
        """Every validated detection in the record's fields, overlaps resolved by detector priority."""
        return self.hits_many([(record, fields)])

    def hits_many(self, records: list[tuple[int, list[tuple[str | None, str]]]]) -> list[Hit]:
        """`hits` for many records at once: one prefilter pass over all their fields, hits in order."""
        out: list[Hit] = []
        texts = [(record, path, text) for record, fields in records
                 for path, text in fields if len(text) >= 4]
        if not texts:
            return out
        encoded = [text.encode("utf-8", "surrogatepass") for _, _, text in texts]
        # One prefilter pass over all fields, joined by newlines (no trigger spans one).
        ends = np.cumsum([len(e) + 1 for e in encoded], dtype=np.int64) - 1
        block = b"\n".join(encoded)
        by_field = self.text.lines(block, ends)
        if self.gate is not None:
            # Fields no wake word fired on, whose strongest model terms add up: scored, reported if sure.
            picked = (range(len(texts)) if self.options.every_field
                      else np.flatnonzero(self.gate.sums(block, ends) >= injection.GATE_SUM).tolist())
            for index in picked:
                owners = by_field.setdefault(index, set())
                if INJECTION_OWNER not in owners:
                    owners.add(_GATED)
        detectors = self.detectors
        threshold = self.options.injection_threshold
        for index in sorted(by_field):
            if index >= len(texts):
                continue
            record, path, text = texts[index]
            earlier = _EarlierTurns(texts, index)
            found: list[tuple[int, Hit]] = []
            for owner in by_field[index]:
                if owner in (INJECTION_OWNER, _GATED):
                    needed = threshold if owner == INJECTION_OWNER else max(threshold, injection.SURE)
                    verdict = _injection_verdict(text, earlier, needed)
                    if verdict is not None:
                        found.append((-1, Hit(record, path, 0, len(text), INJECTION, text,
                                              f"score {verdict.score:.2f}; cues: "
                                              f"{', '.join(verdict.reasons) or '-'}")))
                    continue
                det = detectors[owner] if 0 <= owner < len(detectors) else None
                if det is None:
                    continue
                for start, end, value in det.find(text):
                    found.append((det.priority, Hit(record, path, start, end, det.category, value)))
            if found:
                found = _without_drop_addresses(found)
                if any(h.category in CONTEXTUAL for _, h in found):
                    found = _without_public_answers(found, earlier.text, text)
                out.extend(_with_redacted_evidence(_resolve(found)))
        return out


class _EarlierTurns:
    """The end of each earlier field of the same record (the question an answer replies to), joined
    when first asked for: most fields never need it."""

    WIDTH = 400

    def __init__(self, texts: list[tuple[int, str | None, str]], index: int) -> None:
        self._texts = texts
        self._index = index

    @functools.cached_property
    def text(self) -> str:
        record = self._texts[self._index][0]
        parts: list[str] = []
        total = 0
        j = self._index - 1
        while j >= 0 and self._texts[j][0] == record and total < 3 * self.WIDTH:
            parts.append(self._texts[j][2][-self.WIDTH:])
            total += len(parts[-1])
            j -= 1
        return "\n".join(reversed(parts))


def _injection_verdict(text: str, earlier: _EarlierTurns, threshold: float) -> injection.Verdict | None:
    """The model's verdict on a field if it is reported, read with the turns before it: template markers
    answering a question about chat templates are no forged turn, and an answer to a question about
    prompt injection is reported only from injection.SURE up."""
    verdict = injection.score(text)
    if verdict.score < threshold:
        return None
    if "role_delimiter" in verdict.features and injection.talks_about_templates(earlier.text):
        verdict = injection.score(text, template_talk=True)
        if verdict.score < threshold:
            return None
    if verdict.score < injection.SURE and injection.discusses_injection(earlier.text):
        return None
    return verdict


def _without_public_answers(found: list[tuple[int, Hit]], before: str, text: str) -> list[tuple[int, Hit]]:
    """Names, addresses and birth dates that answer a question about a public place, a famous person or
    a story are not personal data (What's the address of the White House? | 1600 Pennsylvania Avenue)."""
    if not before:
        return found
    return [(p, h) for p, h in found if not (
        h.category in CONTEXTUAL
        and public_by_question(h.category, before, text[max(0, h.start - 80):h.end + 40]))]


@functools.cache
def _term_gate() -> WeightedGate:
    """The injection model's strongest terms as one automaton, built once per process."""
    return WeightedGate(injection.gate_terms())


@functools.lru_cache(maxsize=8)
def _prefilter(wanted: tuple[int, ...], with_injection: bool) -> Prefilter:
    """The prefilter for a choice of detectors, built once per process: the trigger list holds thousands
    of first names, and building and hashing it for every file would cost milliseconds each time."""
    chosen = [(i, DETECTORS[i]) for i in wanted]
    triggers = [Trigger(p, i, d.caseless_triggers) for i, d in chosen for p in d.triggers]
    triggers += [Trigger("", i, byte=d.byte_trigger) for i, d in chosen if d.byte_trigger is not None]
    triggers += [Trigger(p, i, capital_next=True) for i, d in chosen for p in d.capital_triggers]
    if with_injection:
        triggers += [Trigger(p, INJECTION_OWNER, caseless)
                     for p, caseless in (*injection.TRIGGERS, *injection.WAKE)]
    if not triggers:
        triggers = [Trigger(r"\x00\xff\x00\xff", -1)]
    # On raw JSON lines, \uXXXX escapes hide non-ASCII text from the byte triggers: decode those lines.
    # Field texts are decoded already, so there this trigger is simply ignored.
    triggers.append(Trigger(r"\\u[0-9a-fA-F]{4}", _ESCAPE_OWNER))
    # Numbers orjson refuses but the bulk JSON check accepts (a float past 1.8e308 or an integer too
    # long for 64 bits) have a 3-digit exponent or 19 digits in a row: such lines are parsed one by one.
    # (the exponent must end the number: "3e456-" inside a UUID is no float)
    triggers.append(Trigger(r"\d[eE]\+?\d{3}(?:[,}\]\s]|$)|\d{19}", _NUMBER_OWNER))
    return compiled(tuple(triggers))


@functools.lru_cache(maxsize=8)
def compiled(triggers: tuple[Trigger, ...]) -> Prefilter:
    """One compiled prefilter per trigger set and process (compiling takes about a second)."""
    return Prefilter(triggers)


# Long tokens and digit runs: hidden from injection evidence even when no detector claimed them.
_TOKENISH = re.compile(r"[A-Za-z0-9_\-+/=]{20,}|\d[\d \-]{5,}\d")


def _with_redacted_evidence(hits: list[Hit]) -> list[Hit]:
    """Injection evidence quotes the text: never with a secret or personal data found in it."""
    if not any(h.category == INJECTION for h in hits):
        return hits
    others = sorted((h for h in hits if h.category != INJECTION), key=lambda h: -h.start)
    out = []
    for hit in hits:
        if hit.category == INJECTION:
            text = hit.value
            for other in others:
                text = f"{text[:other.start]}[{other.category.split('.', 1)[1].upper()}]{text[other.end:]}"
            text = _TOKENISH.sub(lambda m: m.group(0)[:4] + "…", text)
            hit = Hit(hit.record, hit.field, hit.start, hit.end, hit.category, hit.value, hit.detail, text)
        out.append(hit)
    return out


# Where an injected instruction sends data: its address is the attacker's drop box, not a person's.
_SEND_TO = re.compile(r"(?i)(?:send|forward|mail|post|upload|exfiltrat|copy|relay|contact|write to|leite\w*"
                      r"|to the address|an die adresse|à l'adresse|на адрес|присл\w*|пришл\w*"
                      r"|sende\w*|schick\w*|envoie\w*|transf[eè]re\w*|contacte\w*|écri(?:re|vez|s) à"
                      r"|отправ\w*|перешл\w*|перешли|напиш\w*|送信|転送|送って)[^\n]{0,80}$")


# Japanese puts the verb after the address: collect@x.net に送信せよ, refund@x.com を案内して.
_SENT_TO_AFTER = re.compile(r"\s*(?:まで|宛て?に?|に|へ|を)\s*"
                            r"(?:送信|送って|送付|転送|連絡|案内|共有|コピー|返信)")


def _without_drop_addresses(found: list[tuple[int, Hit]]) -> list[tuple[int, Hit]]:
    """In a field reported as an injection, e-mail addresses the instruction sends data to are dropped."""
    injected = next((h for _, h in found if h.category == INJECTION), None)
    if injected is None:
        return found
    text = injected.value
    return [(p, h) for p, h in found
            if not (h.category == "pii.email" and (_SEND_TO.search(text[max(0, h.start - 160):h.start])
                                                   or _SENT_TO_AFTER.match(text, h.end)))]


def _resolve(found: list[tuple[int, Hit]]) -> list[Hit]:
    """Keep the highest-priority finding where spans overlap (an injection spans its whole field)."""
    if len(found) <= 1:
        return [h for _, h in found]
    kept: list[Hit] = []
    for priority, hit in sorted(found, key=lambda x: (-x[0], x[1].start)):
        if hit.category == INJECTION or all(
                k.category == INJECTION or hit.end <= k.start or hit.start >= k.end for k in kept):
            kept.append(hit)
        del priority
    return sorted(kept, key=lambda h: (h.start, h.category))


@dataclass(slots=True)
class Tally:
    """Findings of one file: the first N per category kept as records, all of them counted."""

    path: str
    limit: int
    findings: list[Finding] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    records: int = 0

    def add(self, category: str, message: str, location: Location, evidence: str | None) -> None:
        """Count a finding; keep it if its category is still under the limit."""
        n = self.counts.get(category, 0) + 1
        self.counts[category] = n
        if n <= self.limit:
            self.findings.append(Finding.of(
                RULES[category], self.path, severity_of(category), message,  # type: ignore[arg-type]
                location=location, evidence=evidence, category=category))

    def hit(self, hit: Hit) -> None:
        """Report a detection."""
        where = f"record {hit.record}" + (f", {hit.field}" if hit.field else "")
        if hit.category == INJECTION:
            snippet = " ".join((hit.shown or hit.value).split())
            evidence = (snippet[:117] + "…") if len(snippet) > 120 else snippet
            message = f"Prompt-injection content in {where} ({hit.detail})."
        else:
            evidence = mask(hit.value, hit.category)
            message = f"{hit.category} found in {where}."
        self.add(hit.category, message, Location(record=hit.record, field=hit.field, start=hit.start,
                                                 end=hit.end), evidence)

    def summary(self) -> list[Finding]:
        """The kept findings plus one note per category whose findings were not all listed."""
        notes = []
        for category, n in sorted(self.counts.items()):
            if n > self.limit:
                notes.append(Finding.of(
                    RULES[category], self.path, severity_of(category),  # type: ignore[arg-type]
                    f"{n - self.limit} more {category} findings in this file are counted but not listed.",
                    category=category))
        return self.findings + notes


def scan_items(items: Iterator[Item], fmt: str, inspector: Inspector, tally: Tally) -> None:
    """Run every check over one file's items, adding to `tally`."""
    options = inspector.options
    exact = ExactIndex() if options.duplicates and options.wants(DUPLICATE) else None
    near = NearDuplicateIndex() if options.near_duplicates and options.wants(NEAR_DUPLICATE) else None
    malformed = options.wants(MALFORMED)
    for item in items:
        if isinstance(item, Block):
            _scan_block(item, fmt, inspector, tally, exact, near, malformed)
        elif isinstance(item, Oversize):
            tally.records += 1
            if malformed:
                tally.add(MALFORMED, f"Record {item.index} is {item.length} bytes long, over the "
                          f"{options.max_line}-byte limit; it was skipped and not inspected.",
                          Location(record=item.index), None)
        else:
            _scan_record(item, inspector, tally, exact, near, malformed)
    if exact is not None:
        for record, first in exact.duplicates():
            tally.add(DUPLICATE, f"Record {record} repeats record {first}.", Location(record=record),
                      f"same as record {first}")
    if near is not None and near.truncated:
        tally.add(NEAR_DUPLICATE, "Near-duplicate index full; later records were not compared.",
                  Location(), None)


def _scan_record(item: Record, inspector: Inspector, tally: Tally, exact: ExactIndex | None,
                 near: NearDuplicateIndex | None, malformed: bool) -> None:
    tally.records += 1
    if item.problem and malformed:
        tally.add(MALFORMED, f"Record {item.index}: {item.problem}.", Location(record=item.index), None)
    for hit in inspector.hits(item.index, item.fields):
        tally.hit(hit)
    if not item.fields:
        return
    if exact is not None:
        exact.add_many([hash(tuple(item.fields))], [item.index])
    if near is not None:
        _near(near, item.index, "\n".join(t for _, t in item.fields), tally)


def _near(near: NearDuplicateIndex, record: int, text: str, tally: Tally) -> None:
    similar = near.add(record, text)
    if similar is not None:
        other, similarity = similar
        tally.add(NEAR_DUPLICATE, f"Record {record} is a near-copy of record {other} "
                  f"(estimated similarity {similarity:.2f}).", Location(record=record),
                  f"like record {other}")


def _scan_block(block: Block, fmt: str, inspector: Inspector, tally: Tally, exact: ExactIndex | None,
                near: NearDuplicateIndex | None, malformed: bool) -> None:
    data = block.data
    view = np.frombuffer(data, dtype=np.uint8)
    newlines = block.newlines if block.newlines is not None else byte_positions(data, 10)
    line_ends = np.append(newlines, len(data))
    lines = data.split(b"\n")
    first = block.first
    tally.records += len(lines)
    candidates = inspector.candidates(data, line_ends)
    skip: set[int] = set()
    parsed: dict[int, object] = {}
    if fmt == "jsonl":
        blank = None if near is not None else _valid_jsonl(data, view, line_ends)
        if blank is not None:
            # The whole block is valid JSON Lines: parse only the lines a trigger fired on.
            skip = blank
            rows: Iterator[int] = iter(sorted(candidates))
        else:
            rows = iter(range(len(lines)))
        loads = orjson.loads
        keep = near is not None
        for i in rows:
            line = lines[i]
            try:
                value = loads(line)
            except orjson.JSONDecodeError as exc:
                skip.add(i)
                if line.strip() and malformed:
                    tally.add(MALFORMED, f"Record {first + i} is not valid JSON: {_reason(exc, line)}.",
                              Location(record=first + i), None)
                continue
            if keep or i in candidates:
                parsed[i] = value
    else:
        try:
            data.decode("utf-8")
            bad_text = False
        except UnicodeDecodeError:
            bad_text = True
        if bad_text or b"\x00" in data:
            for i, line in enumerate(lines):
                problem = _text_problem(line)
                if problem and malformed:
                    tally.add(MALFORMED, f"Line {first + i} {problem}.", Location(record=first + i), None)
    if fmt == "jsonl":
        _drop_line_only(candidates, parsed, skip, inspector)
    records: list[tuple[int, list[tuple[str | None, str]]]] = []
    for i in sorted(candidates):
        if i in skip:
            continue
        if fmt == "jsonl":
            records.append((first + i, json_fields(parsed[i])))
        else:
            records.append((first + i, [(None, lines[i].decode("utf-8", "replace").rstrip("\r"))]))
    for hit in inspector.hits_many(records):
        tally.hit(hit)
    if exact is not None:
        if fmt == "jsonl" and not skip and b"\r" not in data:
            exact.add_many(map(hash, lines), range(first, first + len(lines)))
        elif fmt == "jsonl":
            kept = [i for i in range(len(lines)) if i not in skip]
            exact.add_many((hash(lines[i].rstrip(b"\r")) for i in kept), (first + i for i in kept))
        else:
            kept = [i for i, line in enumerate(lines) if len(line.strip()) >= 20]
            exact.add_many((hash(lines[i].strip()) for i in kept), (first + i for i in kept))
    if near is not None:
        for i, line in enumerate(lines):
            if i in skip:
                continue
            text = ("\n".join(t for _, t in json_fields(parsed[i])) if fmt == "jsonl"
                    else line.decode("utf-8", "replace"))
            _near(near, first + i, text, tally)


def _byte_set(chars: bytes) -> np.ndarray:
    table = np.zeros(256, dtype=bool)
    table[list(chars)] = True
    return table


# A JSON text can start and end only with these bytes (objects, arrays, strings, numbers, true/false/null).
_VALUE_START = _byte_set(b'{["-0123456789tfn')
_VALUE_END = _byte_set(b'}]"0123456789el')
_LINES = msgspec.json.Decoder(msgspec.Raw) if msgspec is not None else None


def _valid_jsonl(data: bytes, view: np.ndarray, line_ends: np.ndarray) -> set[int] | None:
    """The empty lines of a block whose every other line is one valid JSON text; None if unsure.

    One C pass instead of a parse per line: msgspec splits the block into JSON texts without building
    them, and `bytes.decode` checks the UTF-8 that msgspec skips inside strings. msgspec accepts a text
    spread over several lines or several texts on one line, so every non-empty line must also start and
    end like a JSON text (a value running over a line end needs a `,`, `:`, `[`, `{` at the end or a `]`,
    `}` at the start of a line), and the count of texts must equal the count of non-empty lines. Numbers
    orjson refuses are left to the per-line parse through the number trigger. Whatever is unsure here
    (CR line ends with spaces, a line starting with a space, any error) falls back to parsing each line.
    """
    if _LINES is None or not len(data):
        return None
    starts = np.empty_like(line_ends)
    starts[0] = 0
    starts[1:] = line_ends[:-1] + 1
    filled = line_ends > starts
    starts, last = starts[filled], line_ends[filled] - 1
    crlf = view[last] == 13
    if crlf.any():
        last = last - crlf
        if (last < starts).any():
            return None
    if not (_VALUE_START[view[starts]].all() and _VALUE_END[view[last]].all()):
        return None
    try:
        texts = len(_LINES.decode_lines(data))
        if not data.isascii():
            _check_utf8(data)
    except (msgspec.DecodeError, UnicodeDecodeError, RecursionError):
        return None
    if texts != len(starts):
        return None
    return set(np.flatnonzero(~filled).tolist())


def _check_utf8(data: bytes, piece: int = 1 << 18) -> None:
    """Raise UnicodeDecodeError unless `data` is UTF-8. Decoded piece by piece: one str the size of a
    block costs more in fresh memory than the decoding itself."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    view = memoryview(data)
    for start in range(0, len(data), piece):
        decoder.decode(view[start : start + piece])
    decoder.decode(b"", True)


def _drop_line_only(candidates: dict[int, set[int]], parsed: dict[int, object], skip: set[int],
                    inspector: Inspector) -> None:
    """Lines only the escape or number trigger fired on: no detector needs them as they are.

    A line with \\uXXXX escapes is re-serialised as UTF-8 and prefiltered again, in case the escapes
    hid text a trigger looks for; a line with only a long number was parsed to check it and is done.
    """
    escaped = []
    for i, owners in list(candidates.items()):
        if i in skip or not owners <= _LINE_ONLY:
            continue
        if _ESCAPE_OWNER in owners:
            escaped.append(i)
        else:
            del candidates[i]
    if not escaped:
        return
    blobs = [orjson.dumps(parsed[i]) for i in escaped]
    ends = np.cumsum([len(b) + 1 for b in blobs], dtype=np.int64) - 1
    again = inspector.raw.lines(b"\n".join(blobs), ends)
    for k, i in enumerate(escaped):
        if not again.get(k, set()) - _LINE_ONLY:
            del candidates[i]


def _reason(exc: Exception, line: bytes) -> str:
    if b"\x00" in line:
        return "it contains NUL bytes"
    try:
        line.decode("utf-8")
    except UnicodeDecodeError:
        return "it is not valid UTF-8"
    return str(exc).split(":")[0]


def _text_problem(line: bytes) -> str | None:
    if b"\x00" in line:
        return "contains NUL bytes (binary data?)"
    try:
        line.decode("utf-8")
    except UnicodeDecodeError as exc:
        return f"is not valid UTF-8 (byte {exc.start})"
    return None


def iter_items(path: str, fmt: str, compression: str | None, raw: object, options: DataScanOptions
               ) -> Iterator[Item]:
    """The reader for a format over an open (decompressed) stream or, for columnar formats, the path."""
    from mlward.datasets import readers

    if fmt in ("jsonl", "text"):
        return read_lines(raw, max_line=options.max_line)  # type: ignore[arg-type]
    if fmt in ("csv", "tsv"):
        return readers.read_csv(raw, delimiter="," if fmt == "csv" else "\t",  # type: ignore[arg-type]
                                max_field=options.max_line)
    if fmt == "json":
        return readers.read_json_array(raw, max_record=options.max_line)  # type: ignore[arg-type]
    if fmt == "parquet":
        return readers.read_parquet(os.fspath(path))
    if fmt == "arrow":
        return readers.read_arrow(os.fspath(path))
    raise ValueError(fmt)
