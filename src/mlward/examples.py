"""The bundled example `mlward scan` runs on when no path is given: a tiny model repository with one
clean safetensors file and one pickle that would run a shell command if it were loaded.

Both are written from code here, byte by byte, so nothing opaque ships in the package and no
framework is needed to make them.
"""

from __future__ import annotations

import json
import struct
from pathlib import Path

from mlward.home import home


def _safetensors(tensors: dict[str, list[float]]) -> bytes:
    header: dict[str, object] = {"__metadata__": {"format": "pt"}}
    data = b""
    for name, values in tensors.items():
        raw = struct.pack(f"<{len(values)}f", *values)
        header[name] = {"dtype": "F32", "shape": [len(values)],
                        "data_offsets": [len(data), len(data) + len(raw)]}
        data += raw
    head = json.dumps(header, separators=(",", ":")).encode()
    head += b" " * (-len(head) % 8)  # the reference writer pads the header to 8 bytes
    return struct.pack("<Q", len(head)) + head + data


def _booby_trapped_pickle() -> bytes:
    # Protocol 2: os.system("echo owned") called by REDUCE while loading. Never loaded by mlward.
    return (
        b"\x80\x02"
        b"cos\nsystem\n"
        b"X\x0a\x00\x00\x00echo owned"
        b"\x85"  # TUPLE1
        b"R"  # REDUCE
        b"."  # STOP
    )


def write_example(root: Path | None = None) -> Path:
    """Write the example repository (idempotently) and return its directory."""
    folder = (root or home()) / "example-model"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "config.json").write_text(
        json.dumps({"architectures": ["TinyLinear"], "hidden_size": 4}, indent=2) + "\n"
    )
    (folder / "model.safetensors").write_bytes(
        _safetensors({"linear.weight": [0.5, -0.25, 1.0, 2.0], "linear.bias": [0.0]})
    )
    (folder / "optimizer.pt").write_bytes(_booby_trapped_pickle())
    return folder
