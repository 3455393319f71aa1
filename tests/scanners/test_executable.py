from __future__ import annotations

import shutil
import sys
from pathlib import Path

from mlward.findings import Severity
from tests.scanners._helpers import scan_one


def test_real_elf_binary_is_high(tmp_path: Path) -> None:
    path = tmp_path / "model.bin"
    with open(sys.executable, "rb") as handle:
        elf = handle.read(4) == b"\x7fELF"
    shutil.copyfile(sys.executable if elf else "/bin/ls", path)
    (finding,) = scan_one(path)
    assert (finding.rule, finding.severity) == ("executable.native-code", Severity.HIGH)


def test_llamafile_polyglot_is_high_under_any_name(tmp_path: Path) -> None:
    path = tmp_path / "weights.gguf.download"
    path.write_bytes(b"MZqFpD='\n\n\x10\x00\xf8\x00\x00\x00\x00\x00" + b"\0" * 512)
    (finding,) = scan_one(path)
    assert "llamafile" in finding.message


def test_text_starting_with_mz_is_not_an_executable(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("MZ is the DOS signature, nothing more.\n")
    assert scan_one(path) == []
