"""A bounded protobuf wire-format reader: walks the fields of a message by position, without a schema
compiler, without loading large payloads (tensor data is skipped, never read), and without trusting
any length it is given.

ONNX models and TensorFlow graphs are protobuf messages; mlward needs a handful of their fields
(node operator names, tensor locations), so it reads those by field number
(https://protobuf.dev/programming-guides/encoding/) instead of importing onnx or TensorFlow.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

VARINT, I64, LEN, I32 = 0, 1, 2, 5
_WINDOW = 1 << 16


class WireError(ValueError):
    """The bytes are not a well-formed protobuf message (the message says where)."""


@dataclass(frozen=True, slots=True)
class Field:
    """One field of a message: its number and wire type, its value (varint or fixed) or its span."""

    number: int
    wire: int
    value: int  # the integer for VARINT / I64 / I32; the payload length for LEN
    start: int  # payload start (LEN) or value start
    end: int


class Wire:
    """Random-access reading of protobuf fields from `pread(n, offset)` over `size` bytes."""

    def __init__(self, pread: Callable[[int, int], bytes], size: int) -> None:
        self._pread = pread
        self.size = size
        self._base = 0
        self._buf = b""

    @classmethod
    def of(cls, data: bytes) -> Wire:
        """A reader over bytes in memory."""
        view = memoryview(data)
        return cls(lambda n, off: bytes(view[off : off + n]), len(data))

    def _byte(self, pos: int) -> int:
        if not self._base <= pos < self._base + len(self._buf):
            self._base = pos
            self._buf = self._pread(_WINDOW, pos)
            if not self._buf:
                raise WireError(f"message ends early at byte {pos}")
        return self._buf[pos - self._base]

    def _varint(self, pos: int, end: int) -> tuple[int, int]:
        value = shift = 0
        while True:
            if pos >= end:
                raise WireError(f"truncated varint at byte {pos}")
            byte = self._byte(pos)
            pos += 1
            value |= (byte & 0x7F) << shift
            if not byte & 0x80:
                return value, pos
            shift += 7
            if shift > 63:
                raise WireError(f"varint longer than 10 bytes at byte {pos}")

    def fields(self, start: int = 0, end: int | None = None) -> Iterator[Field]:
        """The fields of the message spanning [start, end), in order."""
        end = self.size if end is None else end
        if end > self.size:
            raise WireError(f"message claims to end at byte {end}, past the data ({self.size})")
        pos = start
        while pos < end:
            key, pos = self._varint(pos, end)
            number, wire = key >> 3, key & 7
            if number == 0:
                raise WireError(f"field number 0 at byte {pos}")
            if wire == VARINT:
                value, after = self._varint(pos, end)
            elif wire == I64:
                value, after = 0, pos + 8
            elif wire == I32:
                value, after = 0, pos + 4
            elif wire == LEN:
                value, pos = self._varint(pos, end)
                after = pos + value
            else:
                raise WireError(f"unsupported wire type {wire} at byte {pos}")
            if after > end:
                raise WireError(f"field {number} at byte {pos} runs past its message (ends {end})")
            yield Field(number, wire, value, pos, after)
            pos = after

    def read(self, field: Field, limit: int) -> bytes:
        """A length-delimited field's bytes, refusing more than `limit`."""
        if field.wire != LEN:
            raise WireError(f"field {field.number} is not length-delimited")
        if field.value > limit:
            raise WireError(f"field {field.number} of {field.value} bytes is over the limit of {limit}")
        data = self._pread(field.value, field.start)
        if len(data) != field.value:
            raise WireError(f"field {field.number} at byte {field.start} is truncated")
        return data

    def head(self, field: Field, n: int) -> bytes:
        """The first n bytes (at most) of a length-delimited field, without reading the rest."""
        return self._pread(min(n, field.value), field.start)

    def text(self, field: Field, limit: int = 1 << 16) -> str:
        """A string field as text (undecodable bytes replaced)."""
        return self.read(field, limit).decode("utf-8", "replace")

    def submessages(self, start: int, end: int, number: int) -> Iterator[Field]:
        """The length-delimited fields with this number (repeated sub-messages)."""
        for field in self.fields(start, end):
            if field.number == number and field.wire == LEN:
                yield field
