from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from mlward.findings import Severity
from tests.scanners._helpers import blocking, rules, scan_one
from tests.scanners.test_chat_template import CHATML, LLAMA3

gguf = pytest.importorskip("gguf")

POC = ("{% for x in ().__class__.__base__.__subclasses__() %}{% if 'warning' in x.__name__ %}"
       "{{x()._module.__builtins__['__import__']('os').popen('id')}}{% endif %}{% endfor %}")


def _model(path: Path, template: str | list[dict[str, str]] | None, *, tokens: int = 50) -> Path:
    writer = gguf.GGUFWriter(str(path), "llama")
    writer.add_block_count(1)
    writer.add_context_length(128)
    writer.add_token_list([f"tok{i}" for i in range(tokens)])
    if template is not None:
        writer.add_chat_template(template)
    writer.add_tensor("token_embd.weight", np.arange(64, dtype=np.float32).reshape(8, 8))
    writer.add_tensor("output.weight", np.ones((4, 8), dtype=np.float16))
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    return path


@pytest.mark.parametrize("template", [None, CHATML, LLAMA3])
def test_ordinary_gguf_is_clean(tmp_path: Path, template: str | None) -> None:
    assert scan_one(_model(tmp_path / "m.gguf", template, tokens=2000)) == []


def test_malicious_default_template_is_critical(tmp_path: Path) -> None:
    (finding,) = scan_one(_model(tmp_path / "m.gguf", POC))
    assert finding.rule == "template.sandbox-escape"
    assert finding.severity == Severity.CRITICAL
    assert finding.location.field == "tokenizer.chat_template"


def test_malicious_named_template_is_caught(tmp_path: Path) -> None:
    templates = [{"name": "default", "template": CHATML}, {"name": "tool_use", "template": POC}]
    (finding,) = scan_one(_model(tmp_path / "m.gguf", templates))
    assert finding.location.field == "tokenizer.chat_template.tool_use"


def test_executable_after_the_tensors_is_reported(tmp_path: Path) -> None:
    path = _model(tmp_path / "m.gguf", CHATML)
    with path.open("ab") as handle:
        handle.write(b"\x7fELF\x02\x01\x01" + b"\0" * 200)
    (finding,) = scan_one(path)
    assert (finding.rule, finding.severity) == ("gguf.hidden-payload", Severity.HIGH)


@pytest.mark.parametrize("cut", [10, 30, 200])
def test_truncated_gguf_is_not_clean(tmp_path: Path, cut: int) -> None:
    path = _model(tmp_path / "m.gguf", CHATML)
    path.write_bytes(path.read_bytes()[:cut])
    assert rules(scan_one(path)) == {"gguf.unparseable"}


def test_impossible_counts_fail_fast(tmp_path: Path) -> None:
    path = tmp_path / "m.gguf"
    path.write_bytes(b"GGUF" + (3).to_bytes(4, "little") + (2**62).to_bytes(8, "little") * 2 + b"\0" * 64)
    assert rules(scan_one(path)) == {"gguf.unparseable"}
    assert blocking(scan_one(path))
