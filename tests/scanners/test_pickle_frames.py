"""FRAME straddles: bytes that are harmless read linearly (pickle.loads) but run code read from a file.

_pickle.c reading from a file drops the rest of a frame when an opcode's argument runs past the frame's
end, and takes the argument from after the frame (_Unpickler_ReadImpl). Scanners that read linearly
(pickletools.genops and most others) see a string where the loader sees a call. Reported by fickling's
test suite (frame-boundary divergence); the sample here is built from the C reader's rules.
"""

from __future__ import annotations

import io
import pickle
import struct
import zipfile
from pathlib import Path

from mlward.findings import Severity
from mlward.scanning import scan_file

PAYLOAD = b"cos\nsystem\nX\x02\x00\x00\x00id\x85R."  # os.system("id")


def _divergent() -> bytes:
    # Linear reading: BINBYTES whose length is [00 01 00 00] = 256 swallows the payload, then STOP.
    # File reading: the frame's last byte (00) is dropped, the length is [01 00 00 00] = 1, one junk
    # byte is read, and the payload runs.
    after = b"\x01\x00\x00" + b"\x00" + b"J" + PAYLOAD
    after += b"N" * (3 + 256 - len(after) + 3)
    linear_tail = after[: 3 + 256] + b"."
    return b"\x80\x04" + b"\x95" + struct.pack("<Q", 2) + b"B\x00" + linear_tail


def test_linear_reading_alone_is_harmless() -> None:
    # What pickletools and pickle.loads see: one bytes object. (Parsed with pickletools; never loaded.)
    import pickletools

    ops = [op.name for op, _, _ in pickletools.genops(_divergent())]
    assert ops == ["PROTO", "FRAME", "BINBYTES", "STOP"]


def test_frame_straddle_is_found_and_both_readings_are_analysed(tmp_path: Path) -> None:
    path = tmp_path / "model.pkl"
    path.write_bytes(_divergent())
    _, findings = scan_file(str(path))
    rules = {f.rule: f.severity for f in findings}
    assert rules["pickle.frame-straddle"] == Severity.HIGH
    assert rules["pickle.process-control"] == Severity.CRITICAL


def test_frame_straddle_inside_a_torch_archive(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("archive/data.pkl", _divergent())
        archive.writestr("archive/version", "3\n")
    path = tmp_path / "model.pt"
    path.write_bytes(buffer.getvalue())
    _, findings = scan_file(str(path))
    assert max(f.severity for f in findings) == Severity.CRITICAL


def test_cpython_framed_pickles_never_straddle(tmp_path: Path) -> None:
    value = {"big": b"x" * 300_000, "many": list(range(20_000)), "text": "y" * 70_000}
    for protocol in (4, 5):
        path = tmp_path / f"p{protocol}.pkl"
        path.write_bytes(pickle.dumps(value, protocol=protocol))
        _, findings = scan_file(str(path))
        assert "pickle.frame-straddle" not in {f.rule for f in findings}
        assert all(f.severity < Severity.MEDIUM for f in findings)
