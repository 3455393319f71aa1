from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from mlward.findings import Finding, Severity
from mlward.scanners.base import ScanContext
from mlward.scanners.pt2 import is_pt2_archive, scan_pt2_archive

torch = pytest.importorskip("torch")


class _Tiny(torch.nn.Module):  # type: ignore[misc]
    def __init__(self) -> None:
        super().__init__()
        self.linear = torch.nn.Linear(3, 2)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return torch.relu(self.linear(x))


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("pt2") / "m.pt2"
    torch.export.save(torch.export.export(_Tiny(), (torch.randn(1, 3),)), str(path))
    return path


def _scan(path: Path) -> list[Finding]:
    with zipfile.ZipFile(path) as handle:
        names = handle.namelist()
        assert is_pt2_archive(names)

        def read(name: str, limit: int) -> bytes:
            with handle.open(name) as member:
                return member.read(limit)

        return list(scan_pt2_archive(names, read, ScanContext(str(path))))


def _rewrite(src: Path, dst: Path, *, graph: object = None, extra: dict[str, bytes] | None = None) -> Path:
    with zipfile.ZipFile(src) as old, zipfile.ZipFile(dst, "w") as new:
        for item in old.infolist():
            data = old.read(item.filename)
            if graph is not None and item.filename.endswith("models/model.json"):
                model = json.loads(data)
                graph(model)  # type: ignore[operator]
                data = json.dumps(model).encode()
            new.writestr(item, data)
        for name, data in (extra or {}).items():
            new.writestr(name, data)
    return dst


def test_exported_program_is_clean(exported: Path) -> None:
    assert _scan(exported) == []


def test_custom_operator_in_graph_is_medium(exported: Path, tmp_path: Path) -> None:
    def change(model: dict[str, object]) -> None:
        model["graph_module"]["graph"]["nodes"][0]["target"] = "torch.ops.evil_lib.run.default"  # type: ignore[index]

    (finding,) = _scan(_rewrite(exported, tmp_path / "c.pt2", graph=change))
    assert (finding.rule, finding.severity) == ("pt2.custom-operator", Severity.MEDIUM)
    assert "evil_lib" in finding.message


def test_compiled_library_is_high(exported: Path, tmp_path: Path) -> None:
    lib = {"m/data/aotinductor/model/model.so": b"\x7fELF\x02\x01\x01" + b"\0" * 64}
    (finding,) = _scan(_rewrite(exported, tmp_path / "a.pt2", extra=lib))
    assert (finding.rule, finding.severity) == ("pt2.native-library", Severity.HIGH)
