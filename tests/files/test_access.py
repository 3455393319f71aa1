"""Hostile paths and files: FIFOs never opened, links never followed out of the tree, digests exact."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from mlward.errors import UnreadableArtifact
from mlward.files.access import BytesStream, Source, open_regular
from mlward.findings import Severity
from mlward.scanning import scan

EVIL = b"\x80\x02cos\nsystem\nX\x02\x00\x00\x00id\x85R."


def test_digest_equals_hashlib_whatever_the_parser_read(tmp_path: Path) -> None:
    data = os.urandom(3 * (1 << 20) + 17)
    path = tmp_path / "blob.bin"
    path.write_bytes(data)
    with Source(path) as source:
        assert source.read(10) == data[:10]
        source.skip(1 << 20)
        assert source.read(5) == data[10 + (1 << 20) : 15 + (1 << 20)]
        assert source.pread(4, 100) == data[100:104]
        assert source.finish() == hashlib.sha256(data).hexdigest()


def test_streams_read_lines_and_skip() -> None:
    stream = BytesStream(b"abc\ndef\nxyz")
    assert stream.readline(100) == b"abc\n"
    assert stream.skip(2) == 2
    assert stream.read(100) == b"f\nxyz"
    assert stream.tell() == 11


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")
def test_fifo_is_never_opened(tmp_path: Path) -> None:
    fifo = tmp_path / "model.pkl"
    os.mkfifo(fifo)
    with pytest.raises(UnreadableArtifact, match="FIFO"):
        open_regular(fifo)
    # The whole CLI, in a child with a deadline: every scanner that opens a FIFO hangs here.
    done = subprocess.run([sys.executable, "-m", "mlward", "scan", str(tmp_path), str(fifo)],
                          capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 2
    assert "Traceback" not in done.stderr


def test_symlink_out_of_the_tree_is_reported_not_followed(tmp_path: Path) -> None:
    outside = tmp_path / "secret"
    outside.write_bytes(EVIL)
    repo = tmp_path / "repo"
    repo.mkdir()
    (repo / "weights.pkl").symlink_to(outside)
    report = scan(repo)
    assert [f.rule for f in report.findings] == ["file.symlink-escape"]
    assert report.findings[0].severity == Severity.HIGH
    assert report.targets[0].status == "skipped"


def test_symlink_inside_the_tree_is_scanned_once(tmp_path: Path) -> None:
    (tmp_path / "blobs").mkdir()
    (tmp_path / "blobs" / "abc").write_bytes(EVIL)
    (tmp_path / "snapshot").mkdir()
    (tmp_path / "snapshot" / "model.pkl").symlink_to(tmp_path / "blobs" / "abc")
    report = scan(tmp_path)
    criticals = [f for f in report.findings if f.severity == Severity.CRITICAL]
    assert len(criticals) == 1
    assert sorted(t.status for t in report.targets) == ["scanned", "skipped"]


def test_invalid_utf8_and_very_long_names(tmp_path: Path) -> None:
    odd = os.fsencode(tmp_path) + b"/bad-\xff\xfe.pkl"
    with open(odd, "wb") as handle:
        handle.write(EVIL)
    deep = tmp_path
    for _ in range(40):
        deep = deep / ("d" * 100)
        try:
            deep.mkdir()
        except OSError:
            break
    report = scan(tmp_path)
    assert any("\\xff" in f.path for f in report.findings)
    assert report.worst() == Severity.CRITICAL
    too_long = str(tmp_path / ("x" * 5000))
    assert scan([too_long]).errors == 1


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files regardless of permissions")
def test_unreadable_file_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "locked.pkl"
    path.write_bytes(EVIL)
    path.chmod(0)
    assert scan(path).errors == 1


def test_permission_denied_is_an_error_not_a_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same path as above, reachable as root too: the open itself is refused."""
    import mlward.files.access as access

    path = tmp_path / "locked.pkl"
    path.write_bytes(EVIL)

    def refuse(*args: object, **kwargs: object) -> int:
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(access.os, "open", refuse)
    report = scan(path)
    assert report.errors == 1
    assert report.targets[0].error is not None
    assert "Permission denied" in report.targets[0].error
    assert report.findings == ()


def test_readline_searches_chunks_not_bytes() -> None:
    """A long text line (protocol-0 pickles keep whole strings on one line) is found chunk by chunk."""
    loads = 0

    class Counting(BytesStream):
        def _load(self, n: int) -> bytes:
            nonlocal loads
            loads += 1
            return super()._load(n)

    stream = Counting(b"a" * (5 << 20) + b"\nrest")
    line = stream.readline(16 << 20)
    assert line == b"a" * (5 << 20) + b"\n"
    assert stream.read(4) == b"rest"
    assert loads < 16  # one load per 1 MiB chunk, not one per byte
    short = BytesStream(b"abcdef\n")
    assert short.readline(3) == b"abc"
    assert short.readline(10) == b"def\n"


def test_reopen_reads_the_file_again_independently(tmp_path: Path) -> None:
    from mlward.files.memory import StreamedSource

    path = tmp_path / "f.bin"
    path.write_bytes(b"0123456789")
    with Source(path) as source:
        assert source.read(4) == b"0123"
        again = source.reopen()
        assert again is not None
        assert again.read(10) == b"0123456789"
        assert source.read(2) == b"45"
    streamed = StreamedSource(b"01", BytesStream(b"23"), 4, "member")
    assert streamed.reopen() is None
