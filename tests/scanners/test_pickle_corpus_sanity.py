"""Sanity checks for the adversarial pickle corpus.

Nothing here unpickles: streams are only walked with ``pickletools.genops`` and a small
symbolic stack simulator that tracks constant strings, so that each sample can be shown
to import what its author says it imports.
"""

from __future__ import annotations

import io
import pickletools
import struct
import tarfile
import zipfile
import zlib
from collections.abc import Iterator

import pytest

from tests.scanners.pickle_corpus import (
    BENIGN,
    MALICIOUS,
    RULE_HINTS,
    Sample,
    build_benign,
    build_malicious,
    call_pickle,
    zip_checkpoint,
)

ALL = MALICIOUS + BENIGN
PY2_NAMES = {"__builtin__": "builtins", "httplib": "http.client"}
STRING_OPS = {
    "STRING",
    "BINSTRING",
    "SHORT_BINSTRING",
    "UNICODE",
    "BINUNICODE",
    "SHORT_BINUNICODE",
    "BINUNICODE8",
}


class _Unknown:
    """A stack value the simulator does not model."""


class _Mark:
    pass


UNKNOWN = _Unknown()
MARK = _Mark()


def _iter_pickles(data: bytes) -> Iterator[list[tuple[pickletools.OpcodeInfo, object]]]:
    """Yield the opcode list of each pickle in ``data`` (stops at the first parse error,
    yielding whatever was parsed before it)."""
    f = io.BytesIO(data)
    while f.tell() < len(data):
        ops: list[tuple[pickletools.OpcodeInfo, object]] = []
        try:
            for op, arg, _pos in pickletools.genops(f):
                ops.append((op, arg))
        except ValueError:
            yield ops
            return
        yield ops


def simulate(ops: list[tuple[pickletools.OpcodeInfo, object]]) -> tuple[set[str], bool]:
    """Return (resolved global names, saw a STACK_GLOBAL with non-constant operands)."""
    stack: list[object] = []
    memo: dict[int, object] = {}
    found: set[str] = set()
    unresolved = False
    proto = 0

    def pop_to_mark() -> None:
        while stack and stack.pop() is not MARK:
            pass

    for op, arg in ops:
        name = op.name
        if name == "PROTO":
            assert isinstance(arg, int)
            proto = arg
        elif name in STRING_OPS:
            stack.append(arg.decode("ascii") if isinstance(arg, bytes) else arg)
        elif name in ("GLOBAL", "INST"):
            assert isinstance(arg, str)
            module, qual = arg.split(" ", 1)
            if proto < 3:
                module = PY2_NAMES.get(module, module)
            found.add(f"{module}.{qual}")
            if name == "INST":
                pop_to_mark()
            stack.append(UNKNOWN)
        elif name == "STACK_GLOBAL":
            qual_v = stack.pop() if stack else UNKNOWN
            module_v = stack.pop() if stack else UNKNOWN
            if isinstance(module_v, str) and isinstance(qual_v, str):
                if proto < 3:
                    module_v = PY2_NAMES.get(module_v, module_v)
                found.add(f"{module_v}.{qual_v}")
            else:
                unresolved = True
            stack.append(UNKNOWN)
        elif name == "MEMOIZE":
            memo[len(memo)] = stack[-1] if stack else UNKNOWN
        elif name in ("PUT", "BINPUT", "LONG_BINPUT"):
            assert isinstance(arg, int)
            memo[arg] = stack[-1] if stack else UNKNOWN
        elif name in ("GET", "BINGET", "LONG_BINGET"):
            assert isinstance(arg, int)
            stack.append(memo.get(arg, UNKNOWN))
        elif name == "MARK":
            stack.append(MARK)
        elif name == "DUP":
            stack.append(stack[-1] if stack else UNKNOWN)
        elif name in ("FRAME", "STOP"):
            continue
        else:
            before = op.stack_before
            if pickletools.markobject in before:
                pop_to_mark()
                before = before[before.index(pickletools.markobject) + 1 :]
            for _ in before:
                if stack:
                    stack.pop()
            stack.extend(UNKNOWN for _ in op.stack_after)
    return found, unresolved


def _analyse(data: bytes) -> tuple[set[str], bool, set[str]]:
    names: set[str] = set()
    unresolved = False
    opnames: set[str] = set()
    for ops in _iter_pickles(data):
        found, unres = simulate(ops)
        names |= found
        unresolved |= unres
        opnames |= {op.name for op, _ in ops}
    return names, unresolved, opnames


# ------------------------------------------------------------- torch-like zip reader


def torch_like_read(data: bytes, record: str = "data.pkl") -> list[bytes]:
    """Read ``record`` the way PyTorchStreamReader/miniz does: central directory only,
    case-insensitive name match, no CRC check, local header used only for lengths.
    Returns every matching entry (duplicates included)."""
    assert data[:4] == b"PK\x03\x04"
    eocd = data.rfind(b"PK\x05\x06")
    assert eocd >= 0
    (_, _, _, _, count, _cd_size, cd_off, _) = struct.unpack_from("<IHHHHIIH", data, eocd)
    pos = cd_off
    entries: list[tuple[str, int, int, int, int, int]] = []
    for _ in range(count):
        fields = struct.unpack_from("<IHHHHHHIIIHHHHHII", data, pos)
        flags, method, csize, usize = fields[3], fields[4], fields[8], fields[9]
        nlen, xlen, clen, lho = fields[10], fields[11], fields[12], fields[16]
        name = data[pos + 46 : pos + 46 + nlen].decode()
        entries.append((name, flags, method, csize, usize, lho))
        pos += 46 + nlen + xlen + clen
    prefix = entries[0][0].split("/", 1)[0] + "/"
    out = []
    for name, flags, method, csize, usize, lho in entries:
        if name.lower() != (prefix + record).lower():
            continue
        assert not flags & (0x01 | 0x20 | 0x40), "torch refuses encrypted/patched entries"
        lnlen, lxlen = struct.unpack_from("<HH", data, lho + 26)
        start = lho + 30 + lnlen + lxlen
        raw = data[start : start + csize]
        out.append(raw if method == 0 else zlib.decompress(raw, -15)[:usize])
    return out


# --------------------------------------------------------------------------- tests


def test_counts() -> None:
    assert len(MALICIOUS) >= 40
    assert len(BENIGN) >= 20


def test_ids_unique_and_nonempty() -> None:
    ids = [s.id for s in ALL]
    assert len(ids) == len(set(ids))
    for s in ALL:
        assert s.data, s.id
        assert s.description, s.id
        assert s.source, s.id


def test_deterministic() -> None:
    assert build_malicious() == MALICIOUS
    assert build_benign() == BENIGN


def test_metadata_values() -> None:
    for s in MALICIOUS:
        assert s.min_severity in {"high", "critical"}, s.id
        assert s.expect in RULE_HINTS or "." in s.expect, s.id
    for s in BENIGN:
        assert s.expect == ""
        assert s.min_severity == "none"
    for s in ALL:
        assert s.kind in {"pickle", "torch-zip", "torch-legacy", "torch-tar"}, s.id
        assert s.shape in {"clean", "multi", "trailing", "broken", "container"}, s.id


@pytest.mark.parametrize("sample", [s for s in ALL if s.shape != "container"], ids=lambda s: s.id)
def test_stream_shape(sample: Sample) -> None:
    data = sample.data
    f = io.BytesIO(data)
    if sample.shape == "broken":
        with pytest.raises(ValueError, match=r"."):
            list(pickletools.genops(f))
        return
    ops = list(pickletools.genops(f))
    assert ops[-1][0].name == "STOP"
    if sample.shape == "clean":
        assert f.tell() == len(data)
    elif sample.shape == "trailing":
        assert f.tell() < len(data)
    else:  # multi
        count = 1
        while f.tell() < len(data):
            list(pickletools.genops(f))
            count += 1
        assert count >= 2


def _payload_bytes(sample: Sample) -> bytes:
    if sample.kind == "torch-zip":
        found = torch_like_read(sample.data)
        assert sample.inner in found, sample.id
        return sample.inner
    if sample.kind == "torch-tar":
        with tarfile.open(fileobj=io.BytesIO(sample.data)) as tar:
            member = tar.extractfile("storages")
            assert member is not None
            assert member.read() == sample.inner
        return sample.inner
    return sample.data


@pytest.mark.parametrize("sample", MALICIOUS, ids=lambda s: s.id)
def test_malicious_imports_what_it_claims(sample: Sample) -> None:
    names, unresolved, opnames = _analyse(_payload_bytes(sample))
    if sample.inner and sample.kind != "torch-zip":
        assert sample.inner in sample.data
    if sample.expect == "unresolvable-import":
        assert unresolved, names
    elif sample.expect == "extension-code":
        assert opnames & {"EXT1", "EXT2", "EXT4"}
    elif sample.expect == "expansion":
        assert "BINGET" in opnames
    elif sample.expect == "scanner-tamper":
        assert any(n.startswith(("picklescan.", "fickling.")) for n in names), names
    else:
        assert sample.expect in names, names


@pytest.mark.parametrize("sample", BENIGN, ids=lambda s: s.id)
def test_benign_globals_resolve(sample: Sample) -> None:
    data = torch_like_read(sample.data)[0] if sample.kind == "torch-zip" else sample.data
    _names, unresolved, opnames = _analyse(data)
    assert not unresolved
    assert not opnames & {"EXT1", "EXT2", "EXT4"}


# ----------------------------------------------- documented zipfile vs torch differentials

INNER = call_pickle("os", "system", "id")


def _zip_read(data: bytes, name: str = "archive/data.pkl") -> bytes:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return zf.read(name)


def test_zip_plain_roundtrips_with_zipfile() -> None:
    data = zip_checkpoint(INNER)
    assert _zip_read(data) == INNER
    assert torch_like_read(data) == [INNER]
    # torch writes data aligned to 64 bytes via an 'FB' extra field
    assert data.index(INNER) % 64 == 0


def test_zip_bad_crc_rejected_by_zipfile_only() -> None:
    data = zip_checkpoint(INNER, tricks={"bad_crc"})
    with pytest.raises(zipfile.BadZipFile, match="CRC"):
        _zip_read(data)
    assert torch_like_read(data) == [INNER]


def test_zip_local_name_mismatch_rejected_by_zipfile_only() -> None:
    data = zip_checkpoint(INNER, tricks={"local_name_mismatch"})
    assert b"archive/datap.kl" in data
    with pytest.raises(zipfile.BadZipFile, match="differ"):
        _zip_read(data)
    assert torch_like_read(data) == [INNER]


@pytest.mark.parametrize(
    "tricks",
    [{"data_descriptor"}, {"local_sizes_zero"}, {"local_flag_bits"}, {"deflate"}],
    ids=str,
)
def test_zip_tricks_both_readers_accept(tricks: set[str]) -> None:
    data = zip_checkpoint(INNER, tricks=tricks)
    assert _zip_read(data) == INNER
    assert torch_like_read(data) == [INNER]


def test_zip_central_encrypted_refused_by_both() -> None:
    data = zip_checkpoint(INNER, tricks={"central_encrypted"})
    with pytest.raises(RuntimeError, match="encrypted"):
        _zip_read(data)
    with pytest.raises(AssertionError, match="torch refuses"):
        torch_like_read(data)


def test_zip_uppercase_name_only_found_case_insensitively() -> None:
    data = zip_checkpoint(INNER, tricks={"uppercase_name"})
    with pytest.raises(KeyError):
        _zip_read(data)
    assert _zip_read(data, "archive/DATA.PKL") == INNER
    assert torch_like_read(data) == [INNER]


def test_zip_duplicate_names() -> None:
    decoy = call_pickle("collections", "OrderedDict")
    data = zip_checkpoint(INNER, decoy=decoy)
    assert torch_like_read(data) == [decoy, INNER]
    assert _zip_read(data) == INNER  # zipfile.getinfo returns the last duplicate


def test_appended_zip_is_a_zip_to_zipfile_but_not_to_torch() -> None:
    sample = next(s for s in MALICIOUS if s.id == "pickle_with_appended_zip")
    assert zipfile.is_zipfile(io.BytesIO(sample.data))
    assert sample.data[:4] != b"PK\x03\x04"  # torch.serialization._is_zipfile -> False
