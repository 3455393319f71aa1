"""The multi-pattern prefilter, with hyperscan and with the RE2 fallback."""

from __future__ import annotations

import numpy as np
import pytest

from mlward.datasets import prefilter
from mlward.datasets.prefilter import Prefilter, Trigger

TRIGGERS = [Trigger("foo", 0), Trigger("ба", 1), Trigger("(?:x|y)z", 2, caseless=True)]


@pytest.fixture(params=["hyperscan", "re2"])
def engine(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    if request.param == "re2":
        monkeypatch.setattr(prefilter, "hyperscan", None)
    elif prefilter.hyperscan is None:
        pytest.skip("hyperscan is not installed")
    return str(request.param)


def test_owners(engine: str) -> None:
    pf = Prefilter(TRIGGERS)
    assert pf.engine == engine
    assert pf.owners("a FOO and ба and YZ".encode()) == {1, 2}
    assert pf.owners(b"nothing here") == set()


def test_lines_maps_matches_to_lines(engine: str) -> None:
    pf = Prefilter(TRIGGERS)
    block = "first foo\nsecond\nthird ба xz\n".encode().rstrip(b"\n")
    ends = np.append(np.flatnonzero(np.frombuffer(block, np.uint8) == 10), len(block))
    assert pf.lines(block, ends) == {0: {0}, 2: {1, 2}}


def test_capital_next_literals_count_only_before_a_capital(engine: str) -> None:
    pf = Prefilter([Trigger("Maren ", 0, capital_next=True), Trigger("foo", 1)])
    assert pf.owners(b"to Maren Brightwater") == {0}
    assert pf.owners("an Maren Élise".encode()) == {0}
    assert pf.owners(b"Maren leaves early") == set()
    block = b"Maren said so\nask Maren Fenwick\nfoo"
    ends = np.append(np.flatnonzero(np.frombuffer(block, np.uint8) == 10), len(block))
    assert pf.lines(block, ends) == {1: {0}, 2: {1}}


def test_japanese_family_names_that_are_also_places_wake_the_name_detector_only_with_an_honorific() -> None:
    from mlward.datasets import engine
    from mlward.datasets.detectors import DETECTORS

    prefilter = engine._prefilter(tuple(range(len(DETECTORS))), True)
    name = next(i for i, d in enumerate(DETECTORS) if d.category == "pii.person_name")
    assert name not in prefilter.owners("上野公園の桜は今が見頃で、千葉の海もきれいでした。".encode())
    assert name in prefilter.owners("上野さんに明日の件を連絡してください。".encode())


def test_timestamps_amounts_and_versions_do_not_wake_the_phone_detector() -> None:
    # A trigger on "00" followed by digits (for 0049 …) woke every line of the bench file, whose ids are
    # zero-padded: 19 MB/s.
    from mlward.datasets import engine
    from mlward.datasets.detectors import DETECTORS

    prefilter = engine._prefilter(tuple(range(len(DETECTORS))), True)
    phone = next(i for i, d in enumerate(DETECTORS) if d.category == "pii.phone")
    for line in ("2024-01-01T00:00:00Z build finished in 1002 ms, 3004 tests passed",
                 "Total: 1000 EUR for 2000 units, shipped 2025-03-01 at 09:00",
                 "Version 10.0.2 released; download size 1004 MB; 0012 errors",
                 '{"id": "conv-000000123", "messages": []}'):
        assert phone not in prefilter.owners(line.encode())
    assert phone in prefilter.owners(b"meine Nummer ist 0049 89 1234567")


def test_weighted_gate_sums_distinct_literals_per_line(engine: str) -> None:
    from mlward.datasets.prefilter import WeightedGate

    gate = WeightedGate({"ignore": 1.5, "rules": 1.0, "Инстр": 0.5})
    block = "IGNORE the rules, ignore them\nrules only\nИнструкция и инструкция\n".encode()
    ends = np.flatnonzero(np.frombuffer(block, dtype=np.uint8) == 10)
    # "ignore" twice on the first line counts once; case folds for ASCII only.
    assert gate.sums(block, ends).tolist() == [2.5, 1.0, 0.5]
    assert gate.sums(b"nothing here", np.array([12])).tolist() == [0.0]


def test_record_metadata_wakes_no_detector() -> None:
    # A timestamp, a time zone, a millisecond epoch, a float or a token count in every record of a chat
    # export had woken the IP, phone, card or password detector on every line: 86 -> 7-11 MB/s.
    from mlward.datasets import engine
    from mlward.datasets.detectors import DETECTORS

    prefilter = engine._prefilter(tuple(range(len(DETECTORS))), True)
    for line in ('{"created_at": "2024-05-01T12:34:56Z", "messages": []}',
                 '{"created_at": "2024-05-01T12:34:56+02:00", "messages": []}',
                 '{"ts": 1715000000123, "score": 0.5512345678901234, "tokens": 512, "messages": []}',
                 '{"uuid": "5a1be456-aa3e-4b1c-9d2e-ffab3e123cde", "messages": []}'):  # 3e123 in a UUID
        assert not prefilter.owners(line.encode()), line
    # A float past 1.8e308 still has its line parsed on its own.
    assert engine._NUMBER_OWNER in prefilter.owners(b'{"x": 1e999, "messages": []}')
    # ... while the numbers they were confused with still wake their detectors.
    for text, category in (("my IP is 2a02:8070:a1b2::17", "pii.ip_address"),
                           ("call me on +33 6 12 34 56 78", "pii.phone"),
                           ('"card": "4111 1111 1111 1111"', "pii.credit_card"),
                           ('{"api_token": "Wq7zR2kLmX9"}', "secret.generic_password")):
        owner = next(i for i, d in enumerate(DETECTORS) if d.category == category)
        assert owner in prefilter.owners(text.encode()), text
