"""A polite HTTP client for capturing reports from the web.

Polite means what a site operator would ask of a crawler: robots.txt read and obeyed
(RFC 9309: a missing file allows all, an unreachable one forbids all for now), one request
at a time per host with a pause between them (longer if robots.txt sets a Crawl-delay), a
clear User-Agent, time limits on connecting and on the whole response, a few retries with
growing back-off (honouring Retry-After) on 429 and 5xx, and a cap on the body size checked
while it streams, so a hostile server cannot feed us gigabytes or hold us forever.

Redirects are followed by hand so that each hop is checked against robots.txt and recorded.
Every exchange is handed to `record` (the store's WARC archive), including errors.
The transport is pluggable (httpx), so tests run against real servers on 127.0.0.1.
"""

from __future__ import annotations

import hashlib
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import httpx

from khronika import __version__
from khronika.errors import RejectReason
from khronika.ingest.files import DEFAULT_MAX_BYTES
from khronika.ingest.warc import READABLE, content_type
from khronika.model import Capture, Rejection
from khronika.store.warcs import Exchange, WarcRef

USER_AGENT = f"khronika/{__version__} (+https://github.com/khronika/khronika; human-rights documentation)"
RETRY_STATUSES = {429, 500, 502, 503, 504}
REDIRECT_STATUSES = {301, 302, 303, 307, 308}
SENSITIVE_HEADERS = {"set-cookie", "authorization", "cookie", "proxy-authorization"}


@dataclass(frozen=True)
class FetchPolicy:
    user_agent: str = USER_AGENT
    connect_timeout: float = 10.0
    read_timeout: float = 20.0  # silence between two chunks of the body
    total_timeout: float = 60.0  # the whole response, however slowly it drips
    max_bytes: int = DEFAULT_MAX_BYTES
    retries: int = 3
    backoff: float = 1.0  # seconds before the first retry; doubles each time
    max_backoff: float = 60.0
    host_delay: float = 1.0  # seconds between two requests to the same host
    max_crawl_delay: float = 30.0
    max_redirects: int = 10
    obey_robots: bool = True


@dataclass
class Response:
    """The final answer after redirects, its body decoded from Content-Encoding."""

    url: str  # the URL asked for
    final_url: str
    status: int
    headers: dict[str, str]
    body: bytes
    fetched_at: datetime
    redirects: list[dict[str, Any]] = field(default_factory=list)
    warc: WarcRef | None = None
    attempts: int = 1

    def provenance(self) -> dict[str, Any]:
        return {
            "method": "http",
            "url": self.url,
            "final_url": self.final_url,
            "status": self.status,
            "headers": {k: v for k, v in self.headers.items() if k.lower() not in SENSITIVE_HEADERS},
            "redirects": self.redirects,
            "fetched_at": self.fetched_at.isoformat(),
            "attempts": self.attempts,
            "warc": vars(self.warc) if self.warc else None,
        }


class _Abort(Exception):
    def __init__(self, reason: RejectReason, detail: str, exchange: Exchange | None = None) -> None:
        super().__init__(detail)
        self.reason, self.detail, self.exchange = reason, detail, exchange


def _decode_body(raw: bytes, encoding: str, limit: int) -> bytes:
    """Undo gzip/deflate with the size cap applied to the *decoded* size (no zip bombs)."""
    encoding = encoding.strip().lower()
    if encoding in ("", "identity"):
        return raw
    if encoding not in ("gzip", "x-gzip", "deflate"):
        raise _Abort(RejectReason.UNSUPPORTED_TYPE, f"unsupported Content-Encoding {encoding!r}")
    wbits = 47 if encoding != "deflate" else zlib.MAX_WBITS
    try:
        decoder = zlib.decompressobj(wbits)
        out = decoder.decompress(raw, limit + 1)
    except zlib.error:
        try:  # servers send raw deflate under "deflate" as often as zlib-wrapped
            decoder = zlib.decompressobj(-zlib.MAX_WBITS)
            out = decoder.decompress(raw, limit + 1)
        except zlib.error as exc:
            raise _Abort(RejectReason.MALFORMED, f"body does not decompress ({encoding}): {exc}") from exc
    if len(out) > limit:
        raise _Abort(RejectReason.TOO_LARGE, f"body decompresses to over {limit} bytes")
    return out


class Fetcher:
    def __init__(
        self,
        policy: FetchPolicy | None = None,
        transport: httpx.BaseTransport | None = None,
        record: Callable[[Exchange], WarcRef] | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.policy = policy or FetchPolicy()
        p = self.policy
        timeout = httpx.Timeout(p.read_timeout, connect=p.connect_timeout)
        self.client = httpx.Client(
            transport=transport, timeout=timeout, follow_redirects=False, trust_env=False
        )
        self.record = record
        self.sleep = sleep
        self._last_request: dict[str, float] = {}
        self._robots: dict[str, RobotFileParser | str] = {}  # origin -> parser, or why all is forbidden
        self.requests = 0

    def close(self) -> None:
        self.client.close()

    # --- one request -----------------------------------------------------------------------

    def _wait_turn(self, host: str, delay: float) -> None:
        last = self._last_request.get(host)
        if last is not None:
            wait = last + delay - time.monotonic()
            if wait > 0:
                self.sleep(wait)
        self._last_request[host] = time.monotonic()

    def _exchange(self, url: str, headers: dict[str, str], delay: float) -> Exchange:
        """One GET, body read as sent (still compressed), within size and time limits."""
        p = self.policy
        self._wait_turn(urlsplit(url).netloc, delay)
        request_headers = {
            "User-Agent": p.user_agent,
            "Accept": "text/html,application/xhtml+xml,application/pdf,text/plain;q=0.9,*/*;q=0.5",
            "Accept-Encoding": "gzip, deflate",
            **headers,
        }
        started = time.monotonic()
        fetched_at = datetime.now(UTC).replace(microsecond=0)
        self.requests += 1
        with self.client.stream("GET", url, headers=request_headers) as resp:
            length = resp.headers.get("Content-Length")
            truncated = None
            chunks: list[bytes] = []
            size = 0
            if length and length.isdigit() and int(length) > p.max_bytes:
                truncated = "length"
            else:
                for chunk in resp.iter_raw():
                    chunks.append(chunk)
                    size += len(chunk)
                    if size > p.max_bytes:
                        truncated = "length"
                        break
                    if time.monotonic() - started > p.total_timeout:
                        truncated = "time"
                        break
            return Exchange(
                url=url,
                request_headers=list(request_headers.items()),
                status=resp.status_code,
                reason=resp.reason_phrase,
                http_version=resp.http_version,
                response_headers=list(resp.headers.multi_items()),
                body=b"".join(chunks),
                fetched_at=fetched_at,
                truncated=truncated,
            )

    def _keep(self, exchange: Exchange) -> WarcRef | None:
        return self.record(exchange) if self.record else None

    def _with_retries(
        self, url: str, headers: dict[str, str], delay: float
    ) -> tuple[Exchange, int, WarcRef | None]:
        p = self.policy
        for attempt in range(p.retries + 1):
            last = attempt == p.retries
            try:
                exchange = self._exchange(url, headers, delay)
            except httpx.TransportError as exc:
                if last:
                    kind = "timed out" if isinstance(exc, httpx.TimeoutException) else "failed"
                    raise _Abort(
                        RejectReason.FETCH_FAILED,
                        f"{kind} after {attempt + 1} attempts: {type(exc).__name__}",
                    ) from exc
                self.sleep(min(p.backoff * 2**attempt, p.max_backoff))
                continue
            ref = self._keep(exchange)
            if exchange.status in RETRY_STATUSES and not last:
                retry_after = dict((k.lower(), v) for k, v in exchange.response_headers).get(
                    "retry-after", ""
                )
                wait = float(retry_after) if retry_after.strip().isdigit() else p.backoff * 2**attempt
                self.sleep(min(wait, p.max_backoff))
                continue
            return exchange, attempt + 1, ref
        raise AssertionError("unreachable")

    # --- robots.txt ---------------------------------------------------------------------------

    def _robots_for(self, url: str) -> RobotFileParser | str:
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        if origin in self._robots:
            return self._robots[origin]
        parser = RobotFileParser()
        verdict: RobotFileParser | str = parser
        robots_url = origin + "/robots.txt"
        try:
            for _ in range(5):
                exchange, _, _ = self._with_retries(robots_url, {}, self.policy.host_delay)
                if exchange.status in REDIRECT_STATUSES:
                    location = dict((k.lower(), v) for k, v in exchange.response_headers).get("location")
                    if not location:
                        break
                    robots_url = urljoin(robots_url, location)
                    continue
                break
            enc = dict((k.lower(), v) for k, v in exchange.response_headers).get("content-encoding", "")
            if 200 <= exchange.status < 300:
                text = _decode_body(exchange.body, enc, 512 * 1024).decode("utf-8", "replace")
                parser.parse(text.splitlines())
            elif 400 <= exchange.status < 500:
                parser.parse([])  # RFC 9309: no robots.txt, no restrictions
            else:
                verdict = f"robots.txt is unreachable (HTTP {exchange.status}); the site is treated as closed"
        except _Abort as exc:
            verdict = f"robots.txt is unreachable ({exc.detail}); the site is treated as closed"
        self._robots[origin] = verdict
        return verdict

    def _check_robots(self, url: str) -> float:
        """Raise if robots.txt forbids the URL; return the pause to keep between requests."""
        if not self.policy.obey_robots:
            return self.policy.host_delay
        robots = self._robots_for(url)
        if isinstance(robots, str):
            raise _Abort(RejectReason.ROBOTS_DISALLOWED, robots)
        if not robots.can_fetch(self.policy.user_agent, url):
            raise _Abort(RejectReason.ROBOTS_DISALLOWED, "the site's robots.txt forbids this URL to crawlers")
        delay = robots.crawl_delay(self.policy.user_agent)
        return max(self.policy.host_delay, min(float(delay or 0), self.policy.max_crawl_delay))

    # --- the public calls -------------------------------------------------------------------------

    def get(self, url: str, headers: dict[str, str] | None = None) -> Response | Rejection:
        """Follow redirects, obey robots.txt, retry; a Response for any final status."""
        redirects: list[dict[str, Any]] = []
        current = url
        try:
            for _ in range(self.policy.max_redirects + 1):
                if urlsplit(current).scheme not in ("http", "https"):
                    raise _Abort(
                        RejectReason.UNSUPPORTED_TYPE, f"only http and https URLs are fetched: {current}"
                    )
                delay = self._check_robots(current)
                exchange, attempts, ref = self._with_retries(current, headers or {}, delay)
                lowered = {k.lower(): v for k, v in exchange.response_headers}
                if exchange.status in REDIRECT_STATUSES and lowered.get("location"):
                    target = urljoin(current, lowered["location"])
                    redirects.append({"url": current, "status": exchange.status, "location": target})
                    current = target
                    continue
                if exchange.truncated == "length":
                    raise _Abort(
                        RejectReason.TOO_LARGE, f"body over the limit of {self.policy.max_bytes} bytes"
                    )
                if exchange.truncated == "time":
                    raise _Abort(
                        RejectReason.FETCH_FAILED,
                        f"response took over {self.policy.total_timeout:g} s; gave up",
                    )
                body = _decode_body(exchange.body, lowered.get("content-encoding", ""), self.policy.max_bytes)
                return Response(
                    url=url, final_url=current, status=exchange.status, headers=dict(exchange.response_headers),
                    body=body, fetched_at=exchange.fetched_at, redirects=redirects, warc=ref, attempts=attempts,
                )  # fmt: skip
            raise _Abort(RejectReason.FETCH_FAILED, f"more than {self.policy.max_redirects} redirects")
        except _Abort as exc:
            prov = {"method": "http", "url": url, "final_url": current, "redirects": redirects}
            return _rejection(url, exc.reason, exc.detail, prov)

    def capture(self, url: str) -> Capture | Rejection:
        """A page as a Capture, or a Rejection that says what the server or network did."""
        result = self.get(url)
        if isinstance(result, Rejection):
            return result
        return response_to_capture(url, result)


def _rejection(
    source: str, reason: RejectReason, detail: str, provenance: dict[str, Any], sha: str | None = None
) -> Rejection:
    return Rejection(source, reason, detail, sha, provenance=provenance)


def sniff_media_type(body: bytes) -> str:
    head = body[:1024].lstrip().lower()
    if head.startswith(b"%pdf"):
        return "application/pdf"
    if head.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<body" in head or b"<p" in head:
        return "text/html"
    return "text/plain"


def response_to_capture(source: str, response: Response) -> Capture | Rejection:
    prov = response.provenance()
    sha = hashlib.sha256(response.body).hexdigest()
    if not 200 <= response.status < 300:
        phrase = httpx.codes.get_reason_phrase(response.status)
        return _rejection(
            source, RejectReason.HTTP_ERROR, f"HTTP {response.status} {phrase}".strip(), prov, sha
        )
    lowered = {k.lower(): v for k, v in response.headers.items()}
    kind, charset = content_type(lowered.get("content-type"))
    media_type = READABLE.get(kind) if kind else sniff_media_type(response.body)
    if media_type is None:
        return _rejection(
            source, RejectReason.UNSUPPORTED_TYPE, f"the server sent {kind}, not a report", prov, sha
        )
    return Capture(
        source=source,
        data=response.body,
        sha256=sha,
        captured_at=response.fetched_at,
        media_type=media_type,
        declared_encoding=charset,
        url=response.final_url,
        provenance=prov,
    )
