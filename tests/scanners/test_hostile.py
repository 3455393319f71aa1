"""Hostile input ends in a finding within fixed limits: bombs, budgets, absurd lengths, deep nesting."""

from __future__ import annotations

import gzip
import struct
import time
import zlib
from pathlib import Path

from mlward.files.access import Limits
from mlward.findings import Severity
from mlward.scanning import scan_file


def _rules(path: Path, limits: Limits | None = None) -> dict[str, Severity]:
    target, findings = scan_file(str(path), limits=limits)
    assert target.error is None, target.error
    return {f.rule: f.severity for f in findings}


def test_opcode_budget_stops_a_long_pickle(tmp_path: Path) -> None:
    path = tmp_path / "long.pkl"
    path.write_bytes(b"\x80\x02]" + b"K\x01a" * 10_000 + b".")
    assert _rules(path, Limits(max_pickle_opcodes=1_000))["pickle.resource-limit"] == Severity.HIGH
    assert "pickle.resource-limit" not in _rules(path)


def test_deep_nesting_of_marks_does_not_recurse(tmp_path: Path) -> None:
    path = tmp_path / "deep.pkl"
    path.write_bytes(b"\x80\x02" + b"(" * 200_000 + b")" + b"t" * 200_000 + b".")
    started = time.monotonic()
    rules = _rules(path)
    assert time.monotonic() - started < 30
    assert all(s < Severity.MEDIUM for s in rules.values()), rules


def test_absurd_declared_length_is_a_break_not_an_allocation(tmp_path: Path) -> None:
    path = tmp_path / "claims.pkl"
    path.write_bytes(b"\x80\x04\x8e" + struct.pack("<Q", 1 << 62) + b"abc")
    # Nothing was imported before the break: damaged, not provably safe (medium), and quick.
    assert _rules(path)["pickle.broken-stream"] == Severity.MEDIUM
    # The same break after an import: whatever it imported may have run; high.
    path.write_bytes(b"\x80\x04cmylib\nthing\n\x8e" + struct.pack("<Q", 1 << 62) + b"abc")
    assert _rules(path)["pickle.broken-stream"] == Severity.HIGH


def test_gzip_bomb_is_stopped(tmp_path: Path) -> None:
    # A 64 MiB bytes payload of zeros inside a pickle: a tiny file that expands far beyond the (test)
    # limit while the parser skips the payload.
    path = tmp_path / "bomb.joblib"
    body = zlib.compressobj(9, zlib.DEFLATED, 31)
    chunks = [body.compress(b"\x80\x04\x8e" + struct.pack("<Q", 64 << 20))]
    zeros = b"\0" * (1 << 20)
    chunks.extend(body.compress(zeros) for _ in range(64))
    chunks.append(body.flush())
    path.write_bytes(b"".join(chunks))
    assert path.stat().st_size < 1 << 20
    rules = _rules(path, Limits(max_decompressed=16 << 20))
    assert rules["archive.decompression-bomb"] == Severity.HIGH


def test_corrupt_gzip_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "broken.joblib"
    data = gzip.compress(b"\x80\x04K\x01." * 1000)
    path.write_bytes(data[: len(data) // 2] + b"\xff" * 64)
    rules = _rules(path)
    assert max(rules.values()) >= Severity.MEDIUM, rules


def test_truncated_torch_zip_is_malformed(tmp_path: Path) -> None:
    import io

    torch = __import__("pytest").importorskip("torch")
    buffer = io.BytesIO()
    torch.save({"w": torch.ones(3)}, buffer)
    path = tmp_path / "cut.pt"
    path.write_bytes(buffer.getvalue()[:-200])
    assert _rules(path)["zip.malformed"] == Severity.HIGH


def test_gzipped_tar_under_a_plain_gz_name_is_scanned(tmp_path: Path) -> None:
    import io
    import tarfile

    payload = b"\x80\x02cos\nsystem\nX\x02\x00\x00\x00id\x85R."
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as archive:
        info = tarfile.TarInfo("model/weights.pkl")
        info.size = len(payload)
        archive.addfile(info, io.BytesIO(payload))
    path = tmp_path / "model.gz"
    path.write_bytes(buffer.getvalue())
    target, findings = scan_file(str(path))
    assert target.format == "tar"
    assert max(f.severity for f in findings) == Severity.CRITICAL


def test_zip_member_names_that_escape_and_encrypted_members(tmp_path: Path) -> None:
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("../../../etc/evil.txt", "x")
        archive.writestr("model/weights.txt", "fine")
    path = tmp_path / "escape.zip"
    path.write_bytes(buffer.getvalue())
    rules = _rules(path)
    assert rules["archive.path-traversal"] == Severity.HIGH
    # The same archive with a harmless name has nothing to report at medium or above.
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("etc/evil.txt", "x")
    path.write_bytes(buffer.getvalue())
    assert all(s < Severity.MEDIUM for s in _rules(path).values())
    # An encrypted member (general-purpose flag bit 0) cannot be analysed: not reported safe.
    raw = bytearray(buffer.getvalue())
    central = raw.rfind(b"PK\x01\x02")
    raw[central + 8] |= 0x01
    path.write_bytes(bytes(raw))
    assert _rules(path)["zip.unsupported-member"] == Severity.MEDIUM


def test_chat_template_in_a_differently_named_tokenizer_config(tmp_path: Path) -> None:
    import json

    evil = "{{ self.__init__.__globals__['os'].system('id') }}"
    path = tmp_path / "tokenizer_config_v2.json"
    path.write_text(json.dumps({"chat_template": evil}))
    assert max(_rules(path).values()) >= Severity.HIGH
    path.write_text(json.dumps({"chat_template": "{% for m in messages %}{{ m['content'] }}{% endfor %}"}))
    assert all(s < Severity.MEDIUM for s in _rules(path).values())


def test_a_false_encryption_flag_does_not_hide_a_pickle(tmp_path: Path) -> None:
    """picklescan advisory: a zip member flagged encrypted but stored in clear is still loadable."""
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("archive/data.pkl", b"\x80\x02cos\nsystem\nX\x02\x00\x00\x00id\x85R.")
    raw = bytearray(buffer.getvalue())
    raw[raw.rfind(b"PK\x01\x02") + 8] |= 0x01
    path = tmp_path / "flagged.pt"
    path.write_bytes(bytes(raw))
    rules = _rules(path)
    assert rules["zip.unsupported-member"] == Severity.MEDIUM
    assert max(rules.values()) == Severity.CRITICAL


def test_a_pickle_stored_as_data_is_a_latent_payload(tmp_path: Path) -> None:
    import pickle

    inner = b"\x80\x04\x95\x17\x00\x00\x00\x00\x00\x00\x00\x8c\x02os\x8c\x06system\x93\x8c\x02id\x85R."
    path = tmp_path / "staged.pkl"
    path.write_bytes(pickle.dumps({"weights": [0.5], "hidden": inner}, protocol=4))
    assert _rules(path)["pickle.embedded-payload"] == Severity.HIGH
    # Look-alikes: a harmless pickle stored as data, and array bytes that merely start like one.
    path.write_bytes(pickle.dumps({"cached": pickle.dumps({"a": 1}), "raw": b"\x80\x04" + bytes(range(200))},
                                  protocol=4))
    assert all(s < Severity.MEDIUM for s in _rules(path).values())


def test_protocol0_pickle_with_a_very_long_text_line(tmp_path: Path) -> None:
    import pickle

    path = tmp_path / "p0.pkl"
    path.write_bytes(pickle.dumps({"text": "x" * (20 << 20)}, protocol=0))
    rules = _rules(path)
    assert all(s < Severity.MEDIUM for s in rules.values()), rules
