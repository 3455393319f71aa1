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
