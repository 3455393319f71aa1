from __future__ import annotations

import json
from pathlib import Path

import pytest

from mlward.findings import Severity
from mlward.scanners.repository import code_references, render_summary, repository_summary
from mlward.scanning import scan
from tests.scanners._helpers import blocking, scan_one

LFS = (
    "version https://git-lfs.github.com/spec/v1\n"
    "oid sha256:4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393\n"
    "size 4947390768\n"
)


def _repo(tmp_path: Path, config: dict[str, object], files: dict[str, str]) -> Path:
    root = tmp_path / "repo"
    root.mkdir()
    (root / "config.json").write_text(json.dumps(config))
    for name, text in files.items():
        (root / name).write_text(text)
    return root


def test_builtin_architecture_config_is_clean(tmp_path: Path) -> None:
    from transformers import BertConfig

    BertConfig(hidden_size=32, num_hidden_layers=1, num_attention_heads=2,
               intermediate_size=37).save_pretrained(tmp_path)
    assert blocking(scan_one(tmp_path / "config.json")) == []


def test_auto_map_needs_remote_code(tmp_path: Path) -> None:
    root = _repo(tmp_path, {
        "model_type": "tiny",
        "auto_map": {"AutoConfig": "configuration_tiny.TinyConfig",
                     "AutoModelForCausalLM": "modeling_tiny.TinyForCausalLM"},
    }, {"configuration_tiny.py": "X = 1\n", "modeling_tiny.py": "import os\nos.system('id')\n"})
    report = scan([str(root)])
    remote = [f for f in report.findings if f.rule == "repository.remote-code"]
    assert len(remote) == 1
    assert remote[0].severity == Severity.MEDIUM
    assert "modeling_tiny.py" in remote[0].message
    calls = [f for f in report.findings if f.rule == "python.dangerous-call"]
    assert calls
    assert calls[0].path.endswith("modeling_tiny.py")
    assert calls[0].severity == Severity.CRITICAL


def test_auto_map_to_another_repository_and_missing_files(tmp_path: Path) -> None:
    root = _repo(tmp_path, {"auto_map": {"AutoModel": "someone/other--modeling_x.XModel",
                                         "AutoTokenizer": ["tokenization_x.XTok", None]}}, {})
    found = scan_one(root / "config.json")
    (remote,) = [f for f in found if f.rule == "repository.remote-code"]
    assert "someone/other--modeling_x" in remote.message
    assert "not present here: tokenization_x.py" in remote.message


def test_code_references_parse_every_auto_map_shape() -> None:
    refs = code_references({"auto_map": {"AutoModel": "m.A", "AutoTokenizer": ["t.Slow", "t.Fast"],
                                         "AutoConfig": "o/r--c.C"}})
    assert {(r.module, r.cls, r.repo) for r in refs} == {("m", "A", None), ("t", "Slow", None),
                                                        ("t", "Fast", None), ("c", "C", "o/r")}


def test_lfs_pointer_is_not_clean(tmp_path: Path) -> None:
    path = tmp_path / "model.safetensors"
    path.write_text(LFS)
    (finding,) = scan_one(path)
    assert finding.rule == "repository.lfs-pointer"
    assert finding.severity == Severity.MEDIUM
    assert "4947390768" in finding.message


def test_text_mentioning_lfs_is_not_a_pointer(tmp_path: Path) -> None:
    path = tmp_path / "README.md"
    path.write_text("Download with git lfs: " + LFS)
    assert scan_one(path) == []


def test_summary_lists_every_file_with_format_digest_and_verdict(tmp_path: Path) -> None:
    root = _repo(tmp_path, {"auto_map": {"AutoModel": "modeling_tiny.Tiny"}},
                 {"modeling_tiny.py": "import os\nos.system('id')\n", "model.safetensors": LFS,
                  "README.md": "# tiny\n"})
    report = scan([str(root)])
    summary = repository_summary(report)
    (files,) = summary.values()
    verdicts = {Path(f.path).name: (f.format, f.verdict) for f in files}
    assert verdicts == {
        "README.md": ("unknown", "clean"),
        "config.json": ("hf-config", "medium"),
        "model.safetensors": ("lfs-pointer", "not downloaded"),
        "modeling_tiny.py": ("python", "critical"),
    }
    assert all(f.sha256 and len(f.sha256) == 64 for f in files)
    assert "not downloaded" in render_summary(summary)


def test_tokenizer_config_chat_template_is_checked(tmp_path: Path) -> None:
    path = tmp_path / "tokenizer_config.json"
    path.write_text(json.dumps({"chat_template": "{{ cycler.__init__.__globals__.os.popen('id').read() }}"}))
    (finding,) = scan_one(path)
    assert finding.rule == "template.sandbox-escape"
    assert finding.severity == Severity.CRITICAL


def test_cli_summary_in_text_and_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from mlward.cli import main

    root = _repo(tmp_path, {"model_type": "bert"}, {"model.safetensors": LFS})
    assert main(["scan", str(root), "--summary"]) == 1
    out = capsys.readouterr().out
    assert "repository" in out
    assert "not downloaded" in out
    assert main(["scan", str(root), "--summary", "--format", "json"]) == 1
    data = json.loads(capsys.readouterr().out)
    (files,) = data["repositories"].values()
    assert {f["verdict"] for f in files} == {"clean", "not downloaded"}


@pytest.mark.parametrize(
    ("name", "custom", "builtin"),
    [
        ("config.json",
         {"custom_pipelines": {"my-task": {"impl": "pipeline.MyPipeline", "pt": ["AutoModel"]}}},
         {"model_type": "bert", "task_specific_params": {"summarization": {"max_length": 10}}}),
        ("model_index.json", {"_class_name": "StableDiffusionPipeline", "unet": ["my_unet", "MyUNet"],
                              "tokenizer": ["transformers", "CLIPTokenizer"]},
         {"_class_name": "StableDiffusionPipeline", "unet": ["diffusers", "UNet2DConditionModel"],
          "safety_checker": [None, None], "tokenizer": ["transformers", "CLIPTokenizer"]}),
        ("modules.json", [{"idx": 0, "name": "0", "path": "", "type": "my_layers.Pooling"}],
         [{"idx": 0, "name": "0", "path": "", "type": "sentence_transformers.models.Transformer"},
          {"idx": 1, "name": "1", "path": "1_Pooling", "type": "sentence_transformers.models.Pooling"}]),
    ],
)
def test_other_library_configs_that_import_repository_code(tmp_path: Path, name: str, custom: object,
                                                            builtin: object) -> None:
    path = tmp_path / name
    path.write_text(json.dumps(custom))
    (finding,) = scan_one(path)
    assert (finding.rule, finding.severity) == ("repository.remote-code", Severity.MEDIUM)
    path.write_text(json.dumps(builtin))
    assert scan_one(path) == []
