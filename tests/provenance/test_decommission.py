"""`mlward decommission`: overwrite and unlink, revoke signatures in the ledger, certify; never follow a
link out of the model, never destroy a hard-linked copy kept elsewhere."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from mlward.cli import main
from mlward.provenance.decommission import _overwrite, decommission, plan
from mlward.provenance.ledger import Ledger


def test_dry_run_lists_and_changes_nothing(model_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = sorted(p.name for p in model_dir.rglob("*"))
    assert main(["decommission", str(model_dir), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "would overwrite+unlink" in out
    assert "model.safetensors" in out
    assert sorted(p.name for p in model_dir.rglob("*")) == before


def test_confirmation_is_required(model_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["decommission", str(model_dir)]) == 2  # stdin is not a terminal under pytest
    assert "--yes" in capsys.readouterr().err
    assert (model_dir / "model.safetensors").exists()


def test_erase_revoke_record_and_certify(model_dir: Path, keypair: tuple[Path, Path], tmp_path: Path) -> None:
    assert main(["sign", str(model_dir), "--key", str(keypair[0])]) == 0
    copy = tmp_path / "copy"
    shutil.copytree(model_dir, copy)  # a copy that escaped retirement, signature and all
    assert main(["verify", str(copy), "--key", str(keypair[1])]) == 0
    certificate = tmp_path / "retired.json"
    code = main(
        [
            "decommission",
            str(model_dir),
            "--yes",
            "--certificate",
            str(certificate),
            "--key",
            str(keypair[0]),
            "--reason",
            "superseded by v2",
        ]
    )
    assert code == 0
    assert not model_dir.exists()
    cert = json.loads(certificate.read_text())
    assert cert["schema"] == "mlward.decommission/1"
    assert cert["complete"] is True
    assert len(cert["revoked_signatures"]) == 1
    assert "SSD" in cert["limits"]
    assert cert["signature"]["value"]
    with Ledger.open() as ledger:
        kinds = [e.kind for e in ledger.history(str(model_dir.resolve()))]
        assert kinds == ["signed", "decommissioned"]
        assert ledger.verify().ok
    # The escaped copy no longer verifies: its signature is revoked.
    assert main(["verify", str(copy), "--key", str(keypair[1])]) == 1


def test_overwrite_replaces_the_bytes_before_unlinking(tmp_path: Path) -> None:
    target = tmp_path / "secret.bin"
    target.write_bytes(b"S" * 100_000)
    keep = os.open(target, os.O_RDONLY)  # an open descriptor still sees the inode after unlink
    try:
        _overwrite(str(target), 100_000)
        os.unlink(target)
        assert os.pread(keep, 10, 0) == b""  # zeroed, then truncated
    finally:
        os.close(keep)


def test_links_are_unlinked_not_followed(model_dir: Path, tmp_path: Path) -> None:
    outside = tmp_path / "shared-data.bin"
    outside.write_bytes(b"belongs to someone else")
    (model_dir / "data.bin").symlink_to(outside)
    hard_outside = tmp_path / "hardlinked.bin"
    os.link(model_dir / "config.json", hard_outside)
    items, _ = plan(model_dir)
    actions = {Path(i.path).name: i.action for i in items}
    assert actions["data.bin"] == "unlink"
    assert actions["config.json"] == "unlink"  # another name exists outside: not overwritten
    assert actions["model.safetensors"] == "overwrite+unlink"
    done = decommission(model_dir, certificate=str(tmp_path / "c.json"))
    assert not done.errors
    assert outside.read_bytes() == b"belongs to someone else"
    assert hard_outside.read_text() == '{"architectures": ["TinyModel"]}'
    assert not model_dir.exists()


def test_missing_artifact_is_unusable_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["decommission", str(tmp_path / "absent"), "--yes"]) == 2
    assert "no such file or directory" in capsys.readouterr().err


def test_signature_kept_outside_is_revoked_through_the_ledger(
    model_dir: Path, keypair: tuple[Path, Path], tmp_path: Path
) -> None:
    signature = tmp_path / "release.sig"
    assert main(["sign", str(model_dir), "--key", str(keypair[0]), "--signature", str(signature)]) == 0
    copy = tmp_path / "copy"
    shutil.copytree(model_dir, copy)
    assert main(["decommission", str(model_dir), "--yes", "--certificate", str(tmp_path / "c.json")]) == 0
    assert len(json.loads((tmp_path / "c.json").read_text())["revoked_signatures"]) == 1
    assert main(["verify", str(copy), "--key", str(keypair[1]), "--signature", str(signature)]) == 1


def test_single_file_model_and_its_signature_beside_it(keypair: tuple[Path, Path], tmp_path: Path) -> None:
    weights = tmp_path / "model.safetensors"
    weights.write_bytes(b"\x07" * 4096)
    assert main(["sign", str(weights), "--key", str(keypair[0]), "--no-ledger"]) == 0
    done = decommission(weights, certificate=str(tmp_path / "c.json"))
    assert not weights.exists()
    assert len(done.revoked_signatures) == 1
    assert (tmp_path / "model.safetensors.sig").exists()  # revoked, not erased: the user did not name it
