"""Web archives (.warc, .warc.gz) read record by record with warcio.

Response and resource records are inputs: an HTML (or text, or PDF) payload with status 200
becomes a capture with its original URL and the archive's capture time; any other status or
content type becomes a rejection saying so. Request, metadata, warcinfo and revisit records
describe other records and are not reports. A damaged archive stops at the damage with a
rejection; the records before it are kept.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from khronika.errors import RejectReason
from khronika.ingest.files import DEFAULT_MAX_BYTES
from khronika.model import Capture, Rejection

SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
READABLE = {
    "text/html": "text/html",
    "application/xhtml+xml": "text/html",
    "text/plain": "text/plain",
    "text/markdown": "text/markdown",
    "application/pdf": "application/pdf",
}


def is_warc(path: Path) -> bool:
    return path.name.lower().endswith(SUFFIXES)


def _warc_date(value: str | None) -> datetime:
    if value:
        try:
            return datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            pass
    return datetime.now(UTC).replace(microsecond=0)


def content_type(header: str | None) -> tuple[str, str | None]:
    """'text/html; charset=windows-1251' -> ('text/html', 'windows-1251')."""
    if not header:
        return "", None
    kind, _, params = header.partition(";")
    charset = None
    for param in params.split(";"):
        key, _, value = param.strip().partition("=")
        if key.strip().lower() == "charset":
            charset = value.strip().strip("\"'") or None
    return kind.strip().lower(), charset


def read_warc(
    path: Path, container_sha256: str, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Capture | Rejection]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    with path.open("rb") as fh:
        records = iter(ArchiveIterator(fh, arc2warc=True))
        ordinal = 0
        while True:
            try:
                record = next(records)
            except StopIteration:
                return
            except (ArchiveLoadFailed, ValueError, OSError, EOFError) as exc:
                yield Rejection(
                    f"{path}#after-record-{ordinal}", RejectReason.MALFORMED,
                    f"the archive is damaged after record {ordinal}: {exc}", container_sha256,
                )  # fmt: skip
                return
            ordinal += 1
            if record.rec_type not in ("response", "resource"):
                continue
            headers = record.rec_headers
            record_id = headers.get_header("WARC-Record-ID") or f"record-{ordinal}"
            url = headers.get_header("WARC-Target-URI")
            source = f"{path}#{record_id.strip('<>')}"
            status: int | None = None
            http_headers: dict[str, str] = {}
            if record.rec_type == "response" and record.http_headers is not None:
                status = int(record.http_headers.get_statuscode() or 0)
                http_headers = {k: v for k, v in record.http_headers.headers if k.lower() != "set-cookie"}
                kind, charset = content_type(record.http_headers.get_header("Content-Type"))
            else:
                kind, charset = content_type(headers.get_header("Content-Type"))
            try:
                data = record.content_stream().read(max_bytes + 1)
            except Exception as exc:  # noqa: BLE001 - a broken payload (bad gzip, bad chunking)
                yield Rejection(
                    source, RejectReason.MALFORMED, f"payload unreadable: {exc}", container_sha256
                )
                continue
            sha = hashlib.sha256(data).hexdigest()
            missing = getattr(record.raw_stream, "limit", 0) if len(data) <= max_bytes else 0
            if missing:
                detail = f"the record is cut short ({missing} bytes missing): the archive is truncated"
                yield Rejection(source, RejectReason.MALFORMED, detail, sha)
                continue
            if status is not None and status != 200:
                location = http_headers.get("Location") or http_headers.get("location")
                detail = f"archived response is HTTP {status}" + (
                    f" (redirect to {location})" if location else ""
                )
                yield Rejection(source, RejectReason.HTTP_ERROR, detail, sha)
                continue
            media_type = READABLE.get(kind)
            if media_type is None:
                yield Rejection(
                    source, RejectReason.UNSUPPORTED_TYPE, f"archived {kind or 'untyped'} content", sha
                )
                continue
            if len(data) > max_bytes:
                yield Rejection(
                    source, RejectReason.TOO_LARGE, f"payload over the limit of {max_bytes} bytes", sha
                )
                continue
            yield Capture(
                source=source,
                data=data,
                sha256=sha,
                captured_at=_warc_date(headers.get_header("WARC-Date")),
                media_type=media_type,
                declared_encoding=charset,
                url=url,
                provenance={
                    "method": "warc",
                    "container": str(path.resolve()),
                    "container_sha256": container_sha256,
                    "warc_record_id": record_id,
                    "warc_date": headers.get_header("WARC-Date"),
                    "url": url,
                    "status": status,
                    "headers": http_headers,
                },
            )
