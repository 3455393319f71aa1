"""Manifests: parallel streaming digests over the scanner's walk, and `mlward verify PATH` without a key."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import pytest

from mlward.cli import main
from mlward.errors import UnreadableArtifact
from mlward.provenance.manifest import (
    MANIFEST_NAME,
    Manifest,
    ManifestInvalid,
    build_manifest,
    compare,
    shard_digests,
)


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_digests_match_hashlib_and_names_are_posix(model_dir: Path) -> None:
    manifest = build_manifest(model_dir)
    assert manifest.digests == {
        "config.json": _sha(model_dir / "config.json"),
        "model.safetensors": _sha(model_dir / "model.safetensors"),
        "tokenizer/vocab.txt": _sha(model_dir / "tokenizer" / "vocab.txt"),
    }
    assert manifest.sizes["model.safetensors"] == 300_000


def test_parallel_and_serial_agree(model_dir: Path) -> None:
    for i in range(20):
        (model_dir / f"extra{i}.bin").write_bytes(os.urandom(1000 + i))
    assert build_manifest(model_dir, jobs=1).digests == build_manifest(model_dir, jobs=4).digests


def test_root_digest_is_model_signing_subject_digest(model_dir: Path) -> None:
    import model_signing

    ours = build_manifest(model_dir)
    theirs = model_signing.hashing.Config().hash(model_dir)
    hasher = hashlib.sha256()
    for descriptor in theirs.resource_descriptors():
        hasher.update(descriptor.digest.digest_value)
    assert ours.root_digest() == hasher.hexdigest()
    assert {d.identifier: d.digest.digest_hex for d in theirs.resource_descriptors()} == dict(ours.digests)


def test_git_files_signature_and_manifest_are_left_out(model_dir: Path) -> None:
    (model_dir / ".git").mkdir()
    (model_dir / ".git" / "HEAD").write_text("ref: refs/heads/main\n")
    (model_dir / ".gitattributes").write_text("*.bin filter=lfs\n")
    (model_dir / "model.sig").write_text("{}")
    (model_dir / MANIFEST_NAME).write_text("{}")
    assert set(build_manifest(model_dir).digests) == {
        "config.json",
        "model.safetensors",
        "tokenizer/vocab.txt",
    }


def test_symlink_out_of_the_tree_is_refused(model_dir: Path, tmp_path: Path) -> None:
    secret = tmp_path / "secret.key"
    secret.write_text("private")
    (model_dir / "weights.bin").symlink_to(secret)
    with pytest.raises(UnreadableArtifact, match="outside the scanned tree"):
        build_manifest(model_dir)


def test_link_inside_the_tree_is_listed_with_its_targets_digest(model_dir: Path) -> None:
    (model_dir / "alias.safetensors").symlink_to(model_dir / "model.safetensors")
    os.link(model_dir / "config.json", model_dir / "config-copy.json")
    digests = build_manifest(model_dir).digests
    assert digests["config-copy.json"] == digests["config.json"]
    assert digests["model.safetensors"] == _sha(model_dir / "model.safetensors")
    assert "alias.safetensors" in digests or "model.safetensors" in digests


def test_fifo_is_refused_without_blocking(model_dir: Path) -> None:
    os.mkfifo(model_dir / "pipe")
    with pytest.raises(UnreadableArtifact, match="FIFO"):
        build_manifest(model_dir)


def test_compare_reports_added_removed_changed() -> None:
    diff = compare({"a": "11", "b": "22", "c": "33"}, {"a": "11", "b": "99", "d": "44"})
    assert diff.added == ("d",)
    assert diff.removed == ("c",)
    assert diff.changed == (("b", "22", "99"),)
    assert not diff.clean
    assert compare({"a": "AB"}, {"a": "ab"}).clean


def test_manifest_round_trip_and_malformed(tmp_path: Path, model_dir: Path) -> None:
    manifest = build_manifest(model_dir)
    path = tmp_path / "m.json"
    manifest.write(path)
    assert Manifest.read(path).digests == manifest.digests
    path.write_text(json.dumps({"schema": "something/else"}))
    with pytest.raises(ManifestInvalid, match="not an mlward manifest"):
        Manifest.read(path)


def test_shard_digests_follow_model_signing_names(model_dir: Path) -> None:
    digests = shard_digests(model_dir, 100_000)
    data = (model_dir / "model.safetensors").read_bytes()
    assert digests["model.safetensors:0:100000"] == hashlib.sha256(data[:100_000]).hexdigest()
    assert digests["model.safetensors:200000:300000"] == hashlib.sha256(data[200_000:]).hexdigest()
    size = (model_dir / "config.json").stat().st_size
    assert f"config.json:0:{size}" in digests


def test_cli_manifest_then_verify_clean_and_tampered(
    model_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["manifest", str(model_dir)]) == 0
    assert (model_dir / MANIFEST_NAME).is_file()
    assert main(["verify", str(model_dir)]) == 0
    (model_dir / "config.json").write_text('{"architectures": ["Evil"]}')
    (model_dir / "tokenizer" / "vocab.txt").unlink()
    (model_dir / "extra.pkl").write_bytes(b"\x80\x04N.")
    capsys.readouterr()
    assert main(["verify", str(model_dir), "--format", "json"]) == 1
    report = json.loads(capsys.readouterr().out)
    rules = {(f["rule"], f["path"]) for f in report["findings"]}
    assert rules == {
        ("provenance.file-changed", "config.json"),
        ("provenance.file-removed", "tokenizer/vocab.txt"),
        ("provenance.file-added", "extra.pkl"),
    }
    assert report["verification"]["verified"] is False


def test_cli_verify_without_manifest_is_unusable_input(
    model_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["verify", str(model_dir)]) == 2
    assert "no manifest" in capsys.readouterr().err


def test_cli_manifest_of_a_single_file(model_dir: Path) -> None:
    weights = model_dir / "model.safetensors"
    assert main(["manifest", str(weights)]) == 0
    assert Path(str(weights) + ".mlward-manifest.json").is_file()
    assert main(["verify", str(weights)]) == 0
    weights.write_bytes(b"changed")
    assert main(["verify", str(weights)]) == 1


def test_manifest_kept_at_another_place_inside_the_folder(model_dir: Path) -> None:
    (model_dir / "meta").mkdir()
    assert main(["manifest", str(model_dir), "--output", str(model_dir / "meta" / "digests.json")]) == 0
    assert main(["verify", str(model_dir), "--manifest", str(model_dir / "meta" / "digests.json")]) == 0
