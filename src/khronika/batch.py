"""Ingesting a batch: every input ends as a stored document or a stored rejection.

Originals are written to the blob store before anything can fail on them, so even a
rejected or crashing input can be looked at later. Re-running is idempotent: bytes already
stored are recognised by hash and not processed again.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from khronika.ingest.files import DEFAULT_MAX_BYTES, capture_file, expand_paths
from khronika.model import Rejection
from khronika.pipeline import Pipeline
from khronika.store import Store


@dataclass
class BatchSummary:
    documents: int = 0
    unchanged: int = 0
    acts: int = 0
    rejected: Counter[str] = field(default_factory=Counter)
    act_types: Counter[str] = field(default_factory=Counter)

    @property
    def total(self) -> int:
        return self.documents + self.unchanged + sum(self.rejected.values())


def ingest(
    store: Store,
    paths: Iterable[str],
    pipeline: Pipeline | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    on_item: Callable[[str, str], None] | None = None,
) -> BatchSummary:
    pipeline = pipeline or Pipeline()
    summary = BatchSummary()
    for source in paths:
        result = capture_file(source, max_bytes)
        if isinstance(result, Rejection):
            store.save_rejection(result)
            summary.rejected[str(result.reason)] += 1
            outcome = f"rejected: {result.reason}"
        elif store.has_document(result.sha256):
            summary.unchanged += 1
            outcome = "unchanged"
        else:
            extraction = pipeline.run(result)
            if extraction.rejection is not None:
                store.blobs.put(result.data)
                store.save_rejection(extraction.rejection)
                summary.rejected[str(extraction.rejection.reason)] += 1
                outcome = f"rejected: {extraction.rejection.reason}"
            else:
                assert extraction.document is not None
                store.save_document(result, extraction.document, extraction.acts)
                summary.documents += 1
                summary.acts += len(extraction.acts)
                summary.act_types.update(a.type for a in extraction.acts)
                outcome = f"{len(extraction.acts)} acts"
        if on_item:
            on_item(source, outcome)
    return summary


def all_files(paths: Iterable[str]) -> list[str]:
    return list(expand_paths(paths))
