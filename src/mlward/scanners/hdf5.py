"""HDF5 files, above all legacy Keras `.h5` models: the `model_config` and `training_config`
attributes are read with h5py (attributes only — no dataset is read, nothing is deserialized) and
judged as Keras configs. Weight-only HDF5 files (Keras v3 `.weights.h5`, plain data) have no config.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import IO, Any, ClassVar

from mlward.files.access import Source
from mlward.files.memory import MemorySource
from mlward.findings import Finding, Severity, rule
from mlward.scanners.base import ATLAS_MODEL_SUPPLY_CHAIN, ScanContext
from mlward.scanners.keras import MAX_CONFIG, json_config_findings

UNREADABLE = rule(
    "hdf5.unreadable",
    "HDF5 file could not be read",
    "The HDF5 structure is damaged or not HDF5 after all, so a Keras model config it may hold (with "
    "Lambda layers) was not checked.",
    "Obtain an intact copy of the model and scan again.",
    atlas=(ATLAS_MODEL_SUPPLY_CHAIN,),
)
_CONFIG_ATTRS = ("model_config", "training_config")


def config_attributes(handle: IO[bytes] | str) -> dict[str, bytes]:
    """The Keras config attributes of an HDF5 file's root group, as raw JSON bytes."""
    import h5py

    found: dict[str, bytes] = {}
    with h5py.File(handle, "r") as h5:
        for key in _CONFIG_ATTRS:
            if key not in h5.attrs:
                continue
            value: Any = h5.attrs[key]
            if isinstance(value, str):
                value = value.encode("utf-8", "surrogateescape")
            elif hasattr(value, "tobytes"):  # numpy bytes scalar / fixed-length string array
                value = value.tobytes()
            if isinstance(value, bytes):
                found[key] = value[: MAX_CONFIG + 1]
    return found


class HDF5Scanner:
    """HDF5 files (legacy Keras models, Keras v3 weight files, data)."""

    formats: ClassVar[frozenset[str]] = frozenset({"hdf5"})

    def scan(self, source: Source, ctx: ScanContext) -> Iterator[Finding]:
        """Keras config findings for an HDF5 model; nothing for plain data."""
        handle: IO[bytes] | str = (
            io.BytesIO(source.data()) if isinstance(source, MemorySource) else source.path
        )
        try:
            attrs = config_attributes(handle)
        except Exception as exc:  # h5py raises many types (OverflowError, …) on a damaged file
            yield Finding.of(
                UNREADABLE,
                ctx.path,
                Severity.MEDIUM,
                f"HDF5 structure could not be read ({type(exc).__name__}: {exc}).",
                evidence=str(exc)[:200],
            )
            return
        for key, data in attrs.items():
            if len(data) > MAX_CONFIG:
                yield Finding.of(
                    UNREADABLE, ctx.path, Severity.MEDIUM, f"Attribute {key} is too large to check."
                )
                continue
            yield from json_config_findings(data, ctx, None)
