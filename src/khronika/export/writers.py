"""Writing exports to a file or standard output."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from typing import Any, TextIO

from khronika.export.links import case_records, entity_ids, incident_records, person_records
from khronika.export.records import act_record, document_record, flatten, rejection_record
from khronika.store import Store
from khronika.store.links import ensure_linked

KINDS = ("acts", "documents", "rejections", "persons", "incidents", "cases")
LINKED = ("acts", "persons", "incidents", "cases")  # kinds that need an up-to-date linking run
FORMATS = ("jsonl", "csv")


def records(store: Store, kind: str) -> Iterator[dict[str, Any]]:
    if kind in LINKED:
        ensure_linked(store)
    if kind == "acts":
        entity_of = entity_ids(store)
        for act, doc in store.acts():
            yield act_record(act, doc, entity_of)
    elif kind == "persons":
        yield from person_records(store)
    elif kind == "incidents":
        yield from incident_records(store)
    elif kind == "cases":
        yield from case_records(store)
    elif kind == "documents":
        for doc in store.documents():
            yield document_record(doc)
    elif kind == "rejections":
        for rej in store.rejections():
            yield rejection_record(rej)
    else:
        raise ValueError(f"unknown export kind {kind!r}; choose from {', '.join(KINDS)}")


def export(store: Store, kind: str, fmt: str, out: TextIO) -> int:
    n = 0
    if fmt == "jsonl":
        for rec in records(store, kind):
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
            n += 1
    elif fmt == "csv":
        rows = [flatten(rec) for rec in records(store, kind)]
        fields: list[str] = []
        for row in rows:
            fields.extend(k for k in row if k not in fields)
        writer = csv.DictWriter(out, fieldnames=fields or ["id"], extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
        n = len(rows)
    else:
        raise ValueError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}")
    return n
