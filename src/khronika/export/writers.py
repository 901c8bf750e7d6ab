"""Writing exports to a file or standard output."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from typing import Any, TextIO

from khronika.export.records import act_record, document_record, flatten, rejection_record
from khronika.store import Store

KINDS = ("acts", "documents", "rejections")
FORMATS = ("jsonl", "csv")


def records(store: Store, kind: str) -> Iterator[dict[str, Any]]:
    if kind == "acts":
        for act, doc in store.acts():
            yield act_record(act, doc)
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
