"""Readers: format detection, line blocks with bounded length, CSV and JSON records."""

from __future__ import annotations

import io

import pytest

from mlward.datasets.readers import Block, Oversize, detect_format, json_fields, read_csv, read_lines


@pytest.mark.parametrize(("name", "head", "expected"), [
    ("a.jsonl", b'{"a": 1}\n', ("jsonl", None)),
    ("a.json", b'[{"a": 1}]', ("json", None)),
    ("a.json", b'{"a": 1}\n{"a": 2}\n', ("jsonl", None)),
    ("a.csv", b"x,y\n", ("csv", None)),
    ("a.tsv", b"x\ty\n", ("tsv", None)),
    ("a.jsonl.gz", b"\x1f\x8b\x08", ("jsonl", "gzip")),
    ("a.jsonl.zst", b"\x28\xb5\x2f\xfd", ("jsonl", "zstd")),
    ("weird.bin", b"PAR1\x15", ("parquet", None)),
    ("data-00000-of-00001.arrow", b"\xff\xff\xff\xff", ("arrow", None)),
    ("model.safetensors", b"\x00\x00", (None, None)),
])
def test_detect_format(name: str, head: bytes, expected: tuple[str | None, str | None]) -> None:
    assert detect_format(name, head) == expected


def test_read_lines_keeps_lines_whole_across_blocks() -> None:
    data = b"".join(f"line {i}\n".encode() for i in range(1000))
    items = list(read_lines(io.BytesIO(data), block=100))
    assert all(isinstance(item, Block) for item in items)
    lines = [line for item in items if isinstance(item, Block) for line in item.data.split(b"\n")]
    assert lines == [f"line {i}".encode() for i in range(1000)]
    firsts = [item.first for item in items if isinstance(item, Block)]
    assert firsts == sorted(firsts)


def test_read_lines_skips_oversize_lines_without_buffering() -> None:
    data = b"short\n" + b"x" * 10_000 + b"\nafter\n" + b"y" * 5_000
    items = list(read_lines(io.BytesIO(data), block=256, max_line=1000))
    assert items[0] == Block(0, b"short")
    assert Oversize(1, 10_000) in items
    assert Block(2, b"after") in items
    assert items[-1] == Oversize(3, 5_000)


def test_json_fields_paths() -> None:
    value = {"messages": [{"role": "user", "content": "hi"}], "meta": {"odd key": "x", "n": 12345678}}
    assert json_fields(value) == [("messages[0].role", "user"), ("messages[0].content", "hi"),
                                  ('meta["odd key"]', "x"), ("meta.n", "12345678")]


def test_csv_rows_and_wrong_width() -> None:
    data = b"prompt,completion\nhello,world\nonly one\n"
    records = list(read_csv(io.BytesIO(data), delimiter=","))
    assert records[0].fields == [("prompt", "hello"), ("completion", "world")]
    assert records[0].problem is None
    assert records[1].problem == "row has 1 cells, the header has 2"


def _reference_lines(data: bytes) -> list[tuple[int, bytes]]:
    """What read_lines must produce when no line is over the limit: a plain split."""
    parts = data.split(b"\n")
    if parts and parts[-1] == b"":
        parts.pop()
    return list(enumerate(parts))


@pytest.mark.parametrize("block", [1, 3, 7, 16, 64, 1000])
def test_read_lines_matches_a_plain_split_for_any_block_size(block: int) -> None:
    import random

    rng = random.Random(block)
    pieces = [b"x" * rng.choice([0, 1, 5, 9, 30]) for _ in range(200)]
    data = b"\n".join(pieces) + rng.choice([b"", b"\n"])
    got: list[tuple[int, bytes]] = []
    for item in read_lines(io.BytesIO(data), block=block, max_line=1 << 20):
        assert isinstance(item, Block)
        got.extend((item.first + k, line) for k, line in enumerate(item.data.split(b"\n")))
    assert got == _reference_lines(data)
