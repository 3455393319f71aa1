"""Native executables and shared libraries in model repositories and archives: ELF, PE (including
llamafile's "actually portable executable" polyglot) and Mach-O.

A model needs none of them. They arrive as llamafiles (a program with the weights inside), as custom
operator libraries that a loader is told to load, or smuggled next to the weights.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from mlward.files.access import Source
from mlward.findings import Finding, Location, Severity, rule
from mlward.scanners.base import ATLAS_MODEL_SUPPLY_CHAIN, ATLAS_USER_EXECUTION, ScanContext

EXECUTABLE = rule(
    "executable.native-code",
    "Native executable or shared library in the model",
    "The file is a native program or library (ELF, PE or Mach-O). It does not hold weights; running "
    "it, or letting a loader load it as a custom-operator library, runs arbitrary machine code. "
    "llamafiles are programs that carry their weights inside.",
    "Remove it, or verify it against its publisher's signature and build provenance before running it. "
    "Prefer the plain GGUF or safetensors weights.",
    atlas=(ATLAS_MODEL_SUPPLY_CHAIN, ATLAS_USER_EXECUTION),
    cwe=("CWE-506",),
)

_KINDS = {
    "elf": "an ELF executable or shared library",
    "pe": "a Windows (PE) executable or DLL",
    "macho": "a Mach-O executable or library",
}


class ExecutableScanner:
    """ELF, PE and Mach-O files."""

    formats: ClassVar[frozenset[str]] = frozenset(_KINDS)

    def scan(self, source: Source, ctx: ScanContext) -> Iterator[Finding]:
        """One finding naming what kind of native code this is."""
        head = source.pread(64, 0)
        what = _KINDS.get(ctx.format, "native code")
        if head.startswith(b"MZqFpD"):
            what = "an actually-portable executable (llamafile): a program that also runs as a shell script"
        elif ctx.format == "elf" and len(head) > 17 and head[16] == 3:
            what = "an ELF shared library"
        yield Finding.of(
            EXECUTABLE,
            ctx.path,
            Severity.HIGH,
            f"The file is {what}.",
            location=Location(offset=0),
            evidence=head[:16].hex(),
        )
