"""Duplicate records: exact ones by a 64-bit hash, near ones by MinHash signatures and LSH banding.

Exact duplicates over-weight a sample in training and, in chat data, are often the footprint of a
planted record repeated to make it stick. The exact index keeps 16 bytes per record (hash and record
number in NumPy arrays) and resolves duplicates once at the end, so a billion-byte file costs tens of
megabytes, not a Python set of records. Near-duplicate detection is heavier (a 64-value signature per
record and 16 band keys) and is opt-in.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable

import numpy as np

_SPACE = re.compile(r"\s+")


class ExactIndex:
    """Collects (hash, record) pairs; `duplicates()` pairs each repeat with the record it repeats."""

    def __init__(self) -> None:
        self._hashes: list[np.ndarray] = []
        self._records: list[np.ndarray] = []

    def add_many(self, hashes: Iterable[int], records: Iterable[int]) -> None:
        """Add records by their content hashes."""
        h = np.fromiter(hashes, dtype=np.int64)
        r = (np.arange(records.start, records.stop, dtype=np.int64) if isinstance(records, range)
             else np.fromiter(records, dtype=np.int64))
        if len(h):
            self._hashes.append(h)
            self._records.append(r)

    def duplicates(self) -> list[tuple[int, int]]:
        """(record, first record with the same content), in record order."""
        if not self._hashes:
            return []
        hashes = np.concatenate(self._hashes)
        records = np.concatenate(self._records)
        self._hashes, self._records = [hashes], [records]
        order = np.lexsort((records, hashes))
        sorted_h = hashes[order]
        same = np.flatnonzero(sorted_h[1:] == sorted_h[:-1]) + 1
        if not len(same):
            return []
        # The first record of each run of equal hashes.
        run_start = np.flatnonzero(np.concatenate(([True], sorted_h[1:] != sorted_h[:-1])))
        firsts = run_start[np.searchsorted(run_start, same, side="right") - 1]
        pairs = sorted(zip(records[order[same]].tolist(), records[order[firsts]].tolist(), strict=True))
        return pairs


def content_key(text: str) -> int:
    """A stable 64-bit key of a record's text (whitespace-insensitive), for online de-duplication."""
    digest = hashlib.blake2b(_SPACE.sub(" ", text).strip().encode("utf-8", "surrogatepass"), digest_size=8)
    return int.from_bytes(digest.digest(), "little", signed=True)


class NearDuplicateIndex:
    """MinHash over character 5-grams with LSH banding; finds records whose Jaccard similarity ≥ threshold."""

    def __init__(self, *, permutations: int = 64, bands: int = 16, threshold: float = 0.8,
                 seed: int = 0x6D6C77, max_records: int = 5_000_000) -> None:
        rng = np.random.default_rng(seed)
        self._a = (rng.integers(1, 2**63 - 1, size=permutations, dtype=np.int64).astype(np.uint64)
                   | np.uint64(1))
        self._c = rng.integers(0, 2**63 - 1, size=permutations, dtype=np.int64).astype(np.uint64)
        self._bands = bands
        self._rows = permutations // bands
        self._threshold = threshold
        self._buckets: dict[bytes, int] = {}
        self._signatures: dict[int, np.ndarray] = {}
        self._max = max_records
        self.truncated = False

    def signature(self, text: str) -> np.ndarray | None:
        """The MinHash signature of a text, or None when it is too short to compare."""
        data = _SPACE.sub(" ", text.lower()).strip().encode("utf-8", "surrogatepass")
        if len(data) < 16:
            return None
        b = np.frombuffer(data, dtype=np.uint8).astype(np.uint64)
        prime = np.uint64(1099511628211)
        shingles = b[:-4].copy()
        for k in range(1, 5):
            shingles = shingles * prime + b[k : len(b) - 4 + k]
        shingles = np.unique(shingles)
        hashed = (self._a[:, None] * shingles[None, :] + self._c[:, None]) >> np.uint64(32)
        result: np.ndarray = hashed.min(axis=1)
        return result

    def add(self, record: int, text: str) -> tuple[int, float] | None:
        """Index a record; return (earlier similar record, estimated similarity) if there is one."""
        sig = self.signature(text)
        if sig is None:
            return None
        best: tuple[int, float] | None = None
        keys = [bytes([band]) + sig[band * self._rows : (band + 1) * self._rows].tobytes()
                for band in range(self._bands)]
        for key in keys:
            other = self._buckets.get(key)
            if other is None or (best is not None and best[0] == other):
                continue
            similarity = float(np.mean(self._signatures[other] == sig))
            if similarity >= self._threshold and (best is None or similarity > best[1]):
                best = (other, similarity)
        if best is not None:
            return best  # a near-copy is not indexed itself: later copies match the original
        if len(self._signatures) >= self._max:
            self.truncated = True
            return None
        self._signatures[record] = sig
        for key in keys:
            self._buckets.setdefault(key, record)
        return None
