"""JSON Lines dumps: one report per line, `{"text" | "html", "url"?, "published"?, "title"?}`.

Each line keeps its own bytes as the original, so a line can be verified and re-ingested
alone; a broken line is a rejection naming its line number, and the lines after it go on.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from pathlib import Path

from khronika.clean.records import REPORT_RECORD
from khronika.errors import RejectReason
from khronika.ingest.files import DEFAULT_MAX_BYTES, now
from khronika.model import Capture, Rejection

SUFFIXES = (".jsonl", ".ndjson", ".jsonl.txt")


def read_jsonl(
    path: Path, container_sha256: str, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Capture | Rejection]:
    captured_at = now()
    with path.open("rb") as fh:
        for lineno, line in enumerate(fh, start=1):
            line = line.strip()
            if not line:
                continue  # blank lines separate nothing; they are not reports
            source = f"{path}#line-{lineno}"
            sha = hashlib.sha256(line).hexdigest()
            if len(line) > max_bytes:
                yield Rejection(
                    source, RejectReason.TOO_LARGE, f"line of {len(line)} bytes is over {max_bytes}", sha
                )
                continue
            try:
                record = json.loads(line)
            except (UnicodeDecodeError, json.JSONDecodeError) as exc:
                yield Rejection(source, RejectReason.MALFORMED, f"line {lineno} is not JSON: {exc}", sha)
                continue
            if not isinstance(record, dict):
                yield Rejection(source, RejectReason.MALFORMED, f"line {lineno} is not a JSON object", sha)
                continue
            url = record.get("url") if isinstance(record.get("url"), str) else None
            yield Capture(
                source=source,
                data=line,
                sha256=sha,
                captured_at=captured_at,
                media_type=REPORT_RECORD,
                url=url,
                provenance={
                    "method": "jsonl",
                    "container": str(path.resolve()),
                    "container_sha256": container_sha256,
                    "line": lineno,
                },
            )
