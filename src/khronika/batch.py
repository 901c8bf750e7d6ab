"""Ingesting a batch: every input ends as a stored document or a stored rejection.

Originals are written to the blob store before anything can fail on them, so even a
rejected or crashing input can be looked at later. Re-running is idempotent: bytes already
stored are recognised by hash and only gain a capture record, never a second document.
Each document is committed in one transaction with its acts, its capture and its
near-duplicate link, so a run killed at any moment can simply be run again.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from khronika.errors import RejectReason
from khronika.ingest.files import DEFAULT_MAX_BYTES
from khronika.ingest.http import Fetcher
from khronika.ingest.sources import InputReader, expand_inputs
from khronika.link.duplicates import NearDuplicateIndex, matches, pack, unpack, window_signatures
from khronika.model import Capture, Document, Rejection
from khronika.pipeline import Pipeline
from khronika.store import Store
from khronika.store.store import document_id

MAX_CANDIDATES = 20
Duplicate = tuple[
    str | None, str, float | None, tuple[str, ...]
]  # near-duplicate candidates confirmed on exact shingles per new document


@dataclass
class BatchSummary:
    documents: int = 0
    unchanged: int = 0
    acts: int = 0
    near_duplicates: int = 0
    groups_merged: int = 0
    rejected: Counter[str] = field(default_factory=Counter)
    act_types: Counter[str] = field(default_factory=Counter)

    @property
    def total(self) -> int:
        return self.documents + self.unchanged + sum(self.rejected.values())


class Ingestor:
    """One batch against one store. Holds the near-duplicate index and the HTTP client."""

    def __init__(
        self,
        store: Store,
        pipeline: Pipeline | None = None,
        fetcher: Fetcher | None = None,
        max_bytes: int = DEFAULT_MAX_BYTES,
        telegram_username: str | None = None,
    ) -> None:
        self.store = store
        self.pipeline = pipeline or Pipeline()
        self.reader = InputReader(store.blobs.put_file, fetcher, max_bytes, telegram_username)
        self.summary = BatchSummary()
        self._index: NearDuplicateIndex | None = None

    @property
    def index(self) -> NearDuplicateIndex:
        if self._index is None:
            self._index = NearDuplicateIndex()
            for doc_id, blob in self.store.signatures():
                self._index.add(doc_id, unpack(blob))
        return self._index

    def ingest(
        self, inputs: Iterable[str], on_item: Callable[[str, str], None] | None = None
    ) -> BatchSummary:
        """Files, directories (walked in sorted order) and URLs; `on_item` hears of each report."""
        for source in expand_inputs(inputs):
            produced = 0
            for item in self.reader.read(source):
                produced += 1
                outcome = self.take(item)
                if on_item:
                    on_item(item.source, outcome)
            if produced == 0:  # an archive or export with nothing in it is still accounted for
                outcome = self.take(Rejection(source, RejectReason.EMPTY, "the file holds no records"))
                if on_item:
                    on_item(source, outcome)
        return self.summary

    def take(self, item: Capture | Rejection) -> str:
        """Store one capture (as document or rejection) and say what became of it."""
        if isinstance(item, Rejection):
            return self._reject(item)
        if self.store.has_document(item.sha256):
            self.store.record_capture(item)
            self.summary.unchanged += 1
            return "unchanged"
        extraction = self.pipeline.run(item)
        if extraction.rejection is not None:
            self.store.blobs.put(item.data)
            return self._reject(extraction.rejection)
        assert extraction.document is not None
        doc = extraction.document
        signatures = window_signatures(doc.text)
        doc_id = document_id(doc.sha256)
        duplicate = self._near_duplicate(doc, doc_id, signatures)
        self.store.save_document(item, doc, extraction.acts, pack(signatures), duplicate)
        self.index.add(doc_id, signatures)
        self.summary.documents += 1
        self.summary.acts += len(extraction.acts)
        self.summary.act_types.update(a.type for a in extraction.acts)
        if duplicate[3]:
            self.summary.groups_merged += len(duplicate[3])
        if duplicate[0]:
            self.summary.near_duplicates += 1
            return f"{len(extraction.acts)} acts; near-duplicate of {duplicate[0]}"
        return f"{len(extraction.acts)} acts"

    def _reject(self, rejection: Rejection) -> str:
        self.store.save_rejection(rejection)
        self.summary.rejected[str(rejection.reason)] += 1
        return f"rejected: {rejection.reason}"

    def _near_duplicate(self, doc: Document, doc_id: str, signatures: np.ndarray) -> Duplicate:
        """(duplicate_of, group, similarity, groups to merge into it): the most similar stored
        report, if one is close enough, and any other groups this report shows to be the same."""
        candidates = self.index.candidates(signatures, exclude=doc_id)[:MAX_CANDIDATES]
        if not candidates:
            return None, doc_id, None, ()
        texts = self.store.texts(candidates)
        found = matches(doc.text, ((c, texts[c][0]) for c in candidates if c in texts))
        if not found:
            return None, doc_id, None, ()
        best, sim = found[0]
        groups = sorted({texts[d][1] or d for d, _ in found})
        # The oldest group (ids sort by hash, so choose by the best match's group) absorbs the rest.
        group = texts[best][1] or best
        return best, group, round(sim.score, 4), tuple(g for g in groups if g != group)


def ingest(
    store: Store,
    inputs: Iterable[str],
    pipeline: Pipeline | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    on_item: Callable[[str, str], None] | None = None,
    fetcher: Fetcher | None = None,
) -> BatchSummary:
    return Ingestor(store, pipeline, fetcher, max_bytes).ingest(inputs, on_item)


def all_files(paths: Iterable[str]) -> list[str]:
    return expand_inputs(paths)


def is_container(source: str) -> bool:
    from khronika.ingest.sources import kind_of

    return kind_of(source) in ("warc", "jsonl", "telegram") and Path(source).is_file()
