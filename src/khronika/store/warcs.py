"""Every HTTP exchange khronika makes is also written as standard WARC records (warcio), so
a capture can be opened in any web-archive tool (pywb, ReplayWeb.page) and proved later.

Files live in STORE/warc/, one per run, gzip-compressed record by record. Each record is
flushed as soon as it is written: a run killed mid-way leaves every finished exchange
readable, and the next run writes a new file rather than appending to a damaged one.
"""

from __future__ import annotations

import io
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO

from khronika import __version__


@dataclass(frozen=True)
class WarcRef:
    file: str  # relative to the store directory
    offset: int
    record_id: str


@dataclass(frozen=True)
class Exchange:
    """One request and its response as they crossed the wire (the body before decoding)."""

    url: str
    request_headers: list[tuple[str, str]]
    status: int
    reason: str
    http_version: str
    response_headers: list[tuple[str, str]]
    body: bytes
    fetched_at: datetime
    truncated: str | None = None  # "length" or "time" when the body was cut short


class WarcArchive:
    def __init__(self, store_root: Path) -> None:
        self.store_root = store_root
        self.dir = store_root / "warc"
        self._fh: BinaryIO | None = None
        self._path: Path | None = None
        self._writer = None

    def _open(self) -> None:
        from warcio.warcwriter import WARCWriter

        self.dir.mkdir(parents=True, exist_ok=True)
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
        self._path = self.dir / f"khronika-{stamp}-{os.getpid()}.warc.gz"
        self._fh = self._path.open("ab")
        self._writer = WARCWriter(self._fh, gzip=True)
        info = self._writer.create_warcinfo_record(  # type: ignore[attr-defined]
            self._path.name, {"software": f"khronika/{__version__}", "format": "WARC File Format 1.1"}
        )
        self._writer.write_record(info)  # type: ignore[attr-defined]
        self._fh.flush()

    def write(self, exchange: Exchange) -> WarcRef:
        from warcio.statusandheaders import StatusAndHeaders

        if self._writer is None:
            self._open()
        assert self._writer is not None and self._fh is not None and self._path is not None
        date = exchange.fetched_at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        offset = self._fh.tell()
        response_headers = [(k, v) for k, v in exchange.response_headers if k.lower() != "transfer-encoding"]
        http = StatusAndHeaders(
            f"{exchange.status} {exchange.reason}".strip(), response_headers, protocol=exchange.http_version
        )
        warc_headers = {"WARC-Date": date}
        if exchange.truncated:
            warc_headers["WARC-Truncated"] = exchange.truncated
        response = self._writer.create_warc_record(
            exchange.url, "response", payload=io.BytesIO(exchange.body), http_headers=http,
            warc_headers_dict=warc_headers,
        )  # fmt: skip
        record_id = response.rec_headers.get_header("WARC-Record-ID")
        path = exchange.url.split("://", 1)[-1].partition("/")[2]
        request = self._writer.create_warc_record(
            exchange.url, "request", payload=io.BytesIO(b""),
            http_headers=StatusAndHeaders(f"GET /{path} HTTP/1.1", exchange.request_headers, is_http_request=True),
            warc_headers_dict={"WARC-Date": date, "WARC-Concurrent-To": record_id},
        )  # fmt: skip
        self._writer.write_record(response)
        self._writer.write_record(request)
        self._fh.flush()
        return WarcRef(str(self._path.relative_to(self.store_root)), offset, record_id)

    def close(self) -> None:
        if self._fh is not None:
            self._fh.close()
            self._fh = self._writer = None
