"""Recognise a file's format from its bytes, never from its name alone.

A zip named `.bin`, a pickle named `.safetensors` and a torch archive named `.ckpt` are all what their
bytes say. The name only breaks ties for formats with no magic number at all (a protocol-0 pickle), and
names that promise a pickle (`.pkl`, `.pt`, …) are treated as pickles when nothing else matches, so
that an unparseable code-bearing file fails closed instead of passing as "unknown".
"""

from __future__ import annotations

import re
import struct

HEAD = 64

# Extensions whose usual loader unpickles the file.
PICKLE_NAMES = (
    ".pkl", ".pickle", ".pt", ".pth", ".ckpt", ".bin", ".joblib", ".dill", ".cloudpickle", ".sav",
    ".model", ".p", ".dat",
)
_PICKLE_OPENERS = frozenset(b"(]})cNIJKLMSVFGUTX\x88\x89\x8a\x8b\x95" b"ilj")
_GLOBAL_LINE = re.compile(rb"^c[A-Za-z_][\w.]*\n[A-Za-z_][\w.]*\n")
_COMPRESSED = (
    (b"\x1f\x8b", "gzip"),
    (b"BZh", "bz2"),
    (b"\xfd7zXZ\x00", "xz"),
    (b"\x5d\x00\x00", "lzma"),
    (b"\x28\xb5\x2f\xfd", "zstd"),
    (b"\x04\x22\x4d\x18", "lz4"),
)
# Names that promise a tar archive: a compressed stream with one of these names is scanned as tar
# (the tar scanner falls back to the single decompressed file when it is not one).
TAR_NAMES = (".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz2", ".tbz", ".tar.xz", ".txz", ".tar.zst",
             ".tzst", ".tar.zstd")
LFS_POINTER = b"version https://git-lfs.github.com/spec/v1"
_MACHO = (b"\xcf\xfa\xed\xfe", b"\xce\xfa\xed\xfe", b"\xfe\xed\xfa\xcf", b"\xfe\xed\xfa\xce")


def sniff(head: bytes, name: str = "") -> str:
    """The format that `head` (the file's first bytes) shows; "unknown" when nothing matches."""
    lower = name.lower()
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")):
        return "zip"
    if head.startswith(b"\x93NUMPY"):
        return "numpy"
    if head.startswith(b"\x89HDF\r\n\x1a\n"):
        return "hdf5"
    if head.startswith(b"GGUF"):
        return "gguf"
    if head.startswith(b"7z\xbc\xaf\x27\x1c"):
        return "7z"
    if head.startswith(b"\x7fELF"):
        return "elf"
    if head.startswith(b"MZ") and lower.endswith((".exe", ".dll", ".llamafile")):
        return "pe"
    if head.startswith(b"MZqFpD"):  # an "actually portable executable" (llamafile) under any name
        return "pe"
    if head.startswith(_MACHO):
        return "macho"
    if head.startswith(LFS_POINTER):
        return "lfs-pointer"
    if len(head) >= 8 and head[4:8] == b"TFL3":
        return "tflite"
    if len(head) >= 262 and head[257:262] == b"ustar":
        return "tar"
    if head.startswith(b"ZF"):  # joblib's own zlib container: "ZF" + 0x + hex length + zlib data
        return "joblib-zlib"
    for magic, fmt in _COMPRESSED:
        if head.startswith(magic):
            return "tar" if lower.endswith(TAR_NAMES) and fmt in ("gzip", "bz2", "xz", "zstd") else fmt
    if len(head) >= 2 and head[0] == 0x78 and (head[0] * 256 + head[1]) % 31 == 0:
        return "zlib"
    if _is_safetensors(head):
        return "safetensors"
    if looks_like_pickle(head):
        return "pickle"
    named = _by_name(lower)
    if named:
        return named
    if lower.endswith(".json") and b'"chat_template' in head:
        return "hf-config"  # a tokenizer config under another name still carries a loadable template
    if lower.endswith(PICKLE_NAMES) and not lower.endswith((".bin", ".model", ".dat", ".p")):
        return "pickle"
    return "unknown"


def _by_name(lower: str) -> str:
    """Formats with no magic number, known only by their conventional names."""
    base = lower.replace("\\", "/").rsplit("/", 1)[-1]
    if base in ("config.json", "tokenizer_config.json", "processor_config.json", "preprocessor_config.json",
                "chat_template.json", "model_index.json", "modules.json"):
        return "hf-config"
    if base.endswith((".jinja", ".jinja2", ".j2")):
        return "chat-template"
    if base.endswith((".py", ".pyw")):
        return "python"
    if base == "saved_model.pb":
        return "tf-savedmodel"
    if base == "keras_metadata.pb":
        return "tf-keras-metadata"
    if base.endswith((".pb", ".graphdef")) and base not in ("fingerprint.pb", "keras_metadata.pb"):
        return "tf-graphdef"
    if base.endswith(TAR_NAMES):  # a tar too short or damaged to show "ustar": fail closed as a tar
        return "tar"
    if base.endswith(".onnx"):
        return "onnx"
    if base.endswith((".msgpack", ".flax")):
        return "flax-msgpack"
    return ""


def looks_like_pickle(head: bytes) -> bool:
    """True for a pickle's first bytes: PROTO 2-5, or a protocol 0/1 opener that parses as one."""
    if not head:
        return False
    if head[0] == 0x80:
        return len(head) >= 2 and 2 <= head[1] <= 5
    if head.startswith(b"c"):
        return _GLOBAL_LINE.match(head) is not None
    if head[0] not in _PICKLE_OPENERS:
        return False
    # Protocol 0/1 streams begin with a container or a typed constant; plain text rarely does both
    # and ends in STOP. Only two opener shapes are strong enough on their own.
    openers = (b"(dp0\n", b"(lp0\n", b"(tp0\n", b"}q\x00", b"]q\x00", b"(X", b"}(", b"](", b"(c")
    return head.startswith(openers)


def _is_safetensors(head: bytes) -> bool:
    if len(head) < 10:
        return False
    (length,) = struct.unpack_from("<Q", head)
    return 2 <= length < (1 << 40) and head[8:9] == b"{" and head[9:10] in b'"} \t\r\n'
