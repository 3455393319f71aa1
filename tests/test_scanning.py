"""The scan orchestration: progress on a terminal only, and nothing written but the report."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from mlward.scanning import ScanOptions, TerminalProgress, scan


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_draws_on_a_terminal_and_clears_at_the_end(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake = _Tty()
    monkeypatch.setattr(sys, "stderr", fake)
    big = tmp_path / "big.bin"
    with open(big, "wb") as handle:
        handle.truncate(70 << 20)  # sparse: 70 MiB of zeros without writing them
    (tmp_path / "small.bin").write_bytes(b"x")
    scan(tmp_path, ScanOptions(jobs=1, progress=TerminalProgress()))
    shown = fake.getvalue()
    assert "% of 0.1 GB" in shown
    assert shown.endswith("\r\x1b[2K")


def test_progress_is_silent_without_a_terminal(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    quiet = io.StringIO()
    monkeypatch.setattr(sys, "stderr", quiet)
    (tmp_path / "a.bin").write_bytes(b"x")
    scan(tmp_path, ScanOptions(progress=TerminalProgress()))
    assert quiet.getvalue() == ""


def test_scanning_writes_nothing_into_the_tree(tmp_path: Path) -> None:
    (tmp_path / "m.pkl").write_bytes(b"\x80\x02cos\nsystem\nX\x02\x00\x00\x00id\x85R.")
    before = sorted(p.name for p in tmp_path.rglob("*"))
    scan(tmp_path)
    assert sorted(p.name for p in tmp_path.rglob("*")) == before
