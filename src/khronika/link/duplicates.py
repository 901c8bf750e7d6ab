"""Near-duplicate reports: the same article syndicated with other chrome, lightly edited,
or quoted in a Telegram post. They are linked, never deleted: each is a separate capture,
but an incident reported by ten reposts is one source, not ten.

Candidates come from MinHash LSH (datasketch) over overlapping windows of the text rather
than over whole documents, so that a short post quoting two paragraphs of a long article
still meets it. Each candidate is then confirmed on exact word shingles: the Jaccard
similarity of the two texts, or the share of the shorter text found in the longer one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from datasketch import LeanMinHash, MinHash, MinHashLSH

SHINGLE = 4  # words per shingle: long enough to ignore shared names, short enough for edits
WINDOW = 50  # words per LSH window
STRIDE = 25
NUM_PERM = 64
LSH_THRESHOLD = 0.5  # Jaccard of two windows for them to be compared at all
# Measured on tests/eval/near_duplicates: different articles on the same case score at most
# 0.19 there, reposts at least 0.64 (a wire story edited by two outlets); the thresholds sit
# between, nearer the negatives, because a missed repost double-counts a source.
MIN_JACCARD = 0.4  # whole texts this similar are one report
MIN_CONTAINMENT = 0.5  # ... or this much of the shorter text appears in the longer
MIN_SHINGLES_FOR_CONTAINMENT = 20  # a one-line post is not "contained" in every article citing it

_WORD = re.compile(r"\w+")
_SCHEME = "affine32"  # datasketch's MinHash scheme for the stored signatures (32-bit values)


def words(text: str) -> list[str]:
    return [w.replace("ё", "е") for w in _WORD.findall(text.lower())]


def shingles(tokens: list[str], size: int = SHINGLE) -> set[str]:
    if len(tokens) < size:
        return {" ".join(tokens)} if tokens else set()
    return {" ".join(tokens[i : i + size]) for i in range(len(tokens) - size + 1)}


@lru_cache(maxsize=1)
def _permutations() -> object:
    """datasketch draws the hash permutations on every MinHash(); draw them once."""
    return MinHash(num_perm=NUM_PERM, seed=1).permutations


def _minhash(items: list[str]) -> np.ndarray:
    mh = MinHash(num_perm=NUM_PERM, seed=1, permutations=_permutations(), scheme=_SCHEME)
    mh.update_batch([s.encode() for s in items] or [b""])
    return mh.hashvalues


def window_signatures(text: str) -> np.ndarray:
    """One MinHash signature per overlapping window of the text: shape (windows, NUM_PERM)."""
    tokens = words(text)
    starts = range(0, max(len(tokens) - WINDOW, 0) + 1, STRIDE)
    rows = []
    for start in starts:
        rows.append(_minhash(sorted(shingles(tokens[start : start + WINDOW]))))
    if len(tokens) > WINDOW and (len(tokens) - WINDOW) % STRIDE:  # the tail window
        rows.append(_minhash(sorted(shingles(tokens[-WINDOW:]))))
    return np.vstack(rows)


def pack(signatures: np.ndarray) -> bytes:
    return signatures.astype("<u4").tobytes()


def unpack(blob: bytes) -> np.ndarray:
    return np.frombuffer(blob, dtype="<u4").reshape(-1, NUM_PERM)


@dataclass(frozen=True)
class Similarity:
    jaccard: float
    containment: float  # of the shorter text in the longer
    smaller: int  # shingles in the shorter text

    @property
    def score(self) -> float:
        return max(self.jaccard, self.containment if self.smaller >= MIN_SHINGLES_FOR_CONTAINMENT else 0.0)

    @property
    def is_duplicate(self) -> bool:
        return self.jaccard >= MIN_JACCARD or (
            self.smaller >= MIN_SHINGLES_FOR_CONTAINMENT and self.containment >= MIN_CONTAINMENT
        )


def similarity(a: str, b: str) -> Similarity:
    sa, sb = shingles(words(a)), shingles(words(b))
    if not sa or not sb:
        return Similarity(0.0, 0.0, 0)
    inter = len(sa & sb)
    smaller = min(len(sa), len(sb))
    return Similarity(inter / len(sa | sb), inter / smaller, smaller)


class NearDuplicateIndex:
    """In-memory LSH over window signatures; rebuilt from the store at the start of a batch."""

    def __init__(self) -> None:
        self._lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
        self._keys: set[str] = set()

    def __contains__(self, doc_id: str) -> bool:
        return doc_id in self._keys

    def add(self, doc_id: str, signatures: np.ndarray) -> None:
        if doc_id in self._keys:
            return
        self._keys.add(doc_id)
        with self._lsh.insertion_session() as session:
            for i, row in enumerate(signatures):
                session.insert(f"{doc_id}\t{i}", LeanMinHash(seed=1, hashvalues=row, scheme=_SCHEME))

    def candidates(self, signatures: np.ndarray, exclude: str | None = None) -> list[str]:
        found: dict[str, int] = {}
        for row in signatures:
            for key in self._lsh.query(LeanMinHash(seed=1, hashvalues=row, scheme=_SCHEME)):
                doc_id = key.split("\t", 1)[0]
                if doc_id != exclude:
                    found[doc_id] = found.get(doc_id, 0) + 1
        return sorted(found, key=lambda d: (-found[d], d))


def matches(text: str, candidates: Iterable[tuple[str, str]]) -> list[tuple[str, Similarity]]:
    """The candidates (id, text) that pass the duplicate test, most similar first.

    All of them matter, not only the best: a report that matches two stored groups (an
    article quoted by one post and reposted by one aggregator) shows they are one group.
    """
    found = [(doc_id, similarity(text, other)) for doc_id, other in candidates]
    return sorted(((d, s) for d, s in found if s.is_duplicate), key=lambda m: (-m[1].score, m[0]))
