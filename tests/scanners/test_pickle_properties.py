"""Properties of the pickle VM, checked against CPython's own pickler on generated data.

- Whatever plain data CPython pickles, under any protocol, mlward parses to the end without a finding
  above low: the VM agrees with the real opcode stream.
- Whatever bytes it is given (mutations of real pickles included), mlward ends with findings, never
  with an exception, a hang or unbounded memory.
"""

from __future__ import annotations

import collections
import pickle

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mlward.files.access import BytesStream, Limits
from mlward.findings import Severity
from mlward.scanners.base import ScanContext
from mlward.scanners.pickle import analyze_pickle

_leaves = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=50) \
    | st.binary(max_size=50) | st.integers(min_value=-(2**200), max_value=2**200)
_data = st.recursive(
    _leaves,
    lambda inner: st.lists(inner, max_size=5) | st.tuples(inner, inner)
    | st.dictionaries(st.text(max_size=10), inner, max_size=5)
    | st.frozensets(st.integers(), max_size=5) | st.sets(st.text(max_size=5), max_size=5)
    | st.builds(collections.OrderedDict, st.dictionaries(st.text(max_size=5), inner, max_size=3))
    | st.builds(bytearray, st.binary(max_size=20)),
    max_leaves=30,
)


def _analyse(data: bytes) -> list[tuple[Severity, str]]:
    ctx = ScanContext("<generated>", Limits(max_pickle_opcodes=200_000))
    findings, _ = analyze_pickle(BytesStream(data), ctx)
    return [(f.severity, f.rule) for f in findings]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(value=_data, protocol=st.integers(min_value=0, max_value=5))
def test_cpython_pickles_of_plain_data_parse_cleanly(value: object, protocol: int) -> None:
    data = pickle.dumps(value, protocol=protocol)
    found = _analyse(data)
    assert all(severity < Severity.MEDIUM for severity, _ in found), (protocol, found)


_SEEDS = [
    pickle.dumps({"w": [1.0, 2.0], "name": "model"}, protocol=2),
    pickle.dumps(collections.OrderedDict(a=(1, b"x")), protocol=4),
    b"\x80\x02cos\nsystem\nX\x02\x00\x00\x00id\x85R.",
]


@settings(max_examples=300, deadline=None)
@given(seed=st.sampled_from(_SEEDS), edits=st.lists(
    st.tuples(st.integers(min_value=0, max_value=200), st.integers(min_value=0, max_value=255)),
    max_size=6), tail=st.binary(max_size=30))
def test_mutated_pickles_never_crash_the_analysis(seed: bytes, edits: list[tuple[int, int]],
                                                   tail: bytes) -> None:
    data = bytearray(seed)
    for position, value in edits:
        if data:
            data[position % len(data)] = value
    found = _analyse(bytes(data) + tail)
    assert isinstance(found, list)
    # A mutated os.system payload that still parses must still be caught.
    if b"cos\nsystem\n" in data and b"R" in data[data.index(b"system") :] and not any(
            rule in ("pickle.broken-stream", "pickle.resource-limit") for _, rule in found):
        assert any(severity >= Severity.HIGH for severity, _ in found), found
