"""Every adversarial sample in the corpus is caught at its minimum severity; every benign look-alike
stays below medium. The corpus (pickle_corpus.py) cites the advisory or research behind each sample."""

from __future__ import annotations

from pathlib import Path

import pytest

from mlward.findings import Severity
from mlward.scanning import scan_file
from tests.scanners.pickle_corpus import BENIGN, MALICIOUS, Sample

_SUFFIX = {"pickle": ".pkl", "torch-zip": ".pt", "torch-legacy": ".pt", "torch-tar": ".tar"}


def _scan(sample: Sample, tmp_path: Path) -> list[tuple[Severity, str, str]]:
    path = tmp_path / f"{sample.id}{_SUFFIX[sample.kind]}"
    path.write_bytes(sample.data)
    target, findings = scan_file(str(path))
    assert target.error is None, target.error
    assert target.sha256 is not None
    assert len(target.sha256) == 64
    return [(f.severity, f.rule, f"{f.message} {f.evidence or ''}") for f in findings]


@pytest.mark.parametrize("sample", MALICIOUS, ids=lambda s: s.id)
def test_malicious_sample_is_caught(sample: Sample, tmp_path: Path) -> None:
    found = _scan(sample, tmp_path)
    minimum = Severity.parse(sample.min_severity)
    serious = [f for f in found if f[0] >= minimum]
    assert serious, f"{sample.id} ({sample.description}) not caught at {minimum.label}: {found}"


@pytest.mark.parametrize("sample", BENIGN, ids=lambda s: s.id)
def test_benign_look_alike_stays_clean(sample: Sample, tmp_path: Path) -> None:
    found = _scan(sample, tmp_path)
    assert all(f[0] < Severity.MEDIUM for f in found), f"{sample.id}: {found}"


def test_constant_getattr_chain_resolves_to_the_name_it_reaches(tmp_path: Path) -> None:
    """getattr(getattr(torch, "nn"), "Linear")(...) is torch.nn.Linear: allowed; the same chain ending
    in os.system through numpy's imports is not."""

    def chain(module: bytes, first: bytes, second: bytes) -> bytes:
        def s(text: bytes) -> bytes:
            return b"\x8c" + bytes([len(text)]) + text

        getattr_ = b"cbuiltins\ngetattr\n"
        inner = getattr_ + b"c" + module + b"\n" + first + b"\n" + s(second.split(b".")[0]) + b"\x86R"
        return b"\x80\x04" + getattr_ + inner + s(second.split(b".")[1]) + b"\x86R)R."

    safe = tmp_path / "safe.pkl"
    safe.write_bytes(chain(b"torch", b"nn", b"modules.Linear"))
    evil = tmp_path / "evil.pkl"
    evil.write_bytes(chain(b"numpy", b"lib", b"_utils_impl.os"))
    _, found = scan_file(str(safe))
    assert all(f.severity < Severity.MEDIUM for f in found), found
    _, found = scan_file(str(evil))
    assert max(f.severity for f in found) == Severity.CRITICAL, found
