"""Capturing from the web, against a real server on 127.0.0.1: robots.txt, redirects,
retries, slow and oversized responses, errors, encodings, and the WARC record of it all."""

from __future__ import annotations

import gzip
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from localserver import Handler, Site, serve

from khronika.batch import Ingestor
from khronika.ingest.http import Fetcher, FetchPolicy
from khronika.model import Capture, Rejection
from khronika.pipeline import DEFAULT_STAGES, Pipeline
from khronika.store import Store
from khronika.store.warcs import WarcArchive

CLEAN_ONLY = Pipeline(DEFAULT_STAGES[:1])


def article(title: str, body: str) -> bytes:
    paragraphs = "".join(
        f"<p>{body} Paragraph {i} adds detail about the case and the court.</p>" for i in range(4)
    )
    return (
        f"<html><head><title>{title}</title></head><body><nav><a href='/'>Home</a></nav>"
        f"<article><h1>{title}</h1>{paragraphs}</article><footer>Share this</footer></body></html>"
    ).encode()


PAGE = article("Activist detained in Kazan", "Police in Kazan detained the activist Ivan Petrov on Monday.")


def _page(h: Handler) -> None:
    h.send_body(200, PAGE)


def _robots(h: Handler) -> None:
    h.send_body(200, b"User-agent: *\nDisallow: /private/\n", "text/plain")


def _redirect(target: str, status: int = 301):  # type: ignore[no-untyped-def]
    def route(h: Handler) -> None:
        h.send_body(status, b"", headers={"Location": target})

    return route


def _always_500(h: Handler) -> None:
    h.send_body(500, b"<html><body>server error</body></html>")


def _flaky(h: Handler) -> None:
    n = h.site.state["flaky"] = h.site.state.get("flaky", 0) + 1
    if n == 1:
        h.send_body(503, b"busy", "text/plain", {"Retry-After": "0"})
    else:
        h.send_body(
            200, article("Journalist searched", "Officers searched the flat of a journalist in Omsk.")
        )


def _slow_drip(h: Handler) -> None:
    h.send_response(200)
    h.send_header("Content-Type", "text/html")
    h.send_header("Content-Length", "100000")
    h.end_headers()
    for _ in range(100):
        h.wfile.write(b"<p>" + b"x" * 50 + b"</p>")
        h.wfile.flush()
        time.sleep(0.1)


def _stall(h: Handler) -> None:
    h.send_response(200)
    h.send_header("Content-Type", "text/html")
    h.send_header("Content-Length", "1000")
    h.end_headers()
    time.sleep(3)


def _big_declared(h: Handler) -> None:
    h.send_response(200)
    h.send_header("Content-Type", "text/html")
    h.send_header("Content-Length", str(50 * 1024 * 1024))
    h.end_headers()
    h.wfile.write(b"<p>start</p>")


def _big_chunked(h: Handler) -> None:
    h.send_response(200)
    h.send_header("Content-Type", "text/html")
    h.send_header("Transfer-Encoding", "chunked")
    h.end_headers()
    chunk = b"<p>" + b"y" * 8000 + b"</p>"
    for _ in range(40):
        h.wfile.write(f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n")
    h.wfile.write(b"0\r\n\r\n")


def _gzip_page(h: Handler) -> None:
    h.send_body(200, gzip.compress(PAGE), headers={"Content-Encoding": "gzip"})


def _gzip_bomb(h: Handler) -> None:
    h.send_body(200, gzip.compress(b"<p>" + b"a" * (30 * 1024 * 1024)), headers={"Content-Encoding": "gzip"})


def _cp1251(h: Handler) -> None:
    text = (
        "<html><body><article><p>В Пензе задержали активиста Ивана Петрова, сообщает правозащитный центр. "
        * 3
    )
    h.send_body(
        200, (text + "</p></article></body></html>").encode("cp1251"), "text/html; charset=windows-1251"
    )


def _image(h: Handler) -> None:
    h.send_body(200, b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "image/png")


@pytest.fixture()
def site() -> Iterator[Site]:
    site = Site()
    site.routes.update({
        "/robots.txt": _robots, "/news/detained.html": _page, "/private/secret.html": _page,
        "/old": _redirect("/moved"), "/moved": _redirect("/news/detained.html", 302),
        "/loop-a": _redirect("/loop-b"), "/loop-b": _redirect("/loop-a"),
        "/error": _always_500, "/flaky": _flaky, "/slow": _slow_drip, "/stall": _stall,
        "/huge": _big_declared, "/huge-chunked": _big_chunked, "/gzip": _gzip_page, "/bomb": _gzip_bomb,
        "/cp1251": _cp1251, "/image.png": _image,
    })  # fmt: skip
    server, _ = serve(site)
    yield site
    server.shutdown()
    server.server_close()


@pytest.fixture()
def store(tmp_path: Path) -> Iterator[Store]:
    store = Store(tmp_path / "store")
    yield store
    store.close()


def fetcher_for(store: Store, **policy: float) -> tuple[Fetcher, list[float]]:
    sleeps: list[float] = []
    settings = {"host_delay": 0.0, "backoff": 0.01, "retries": 2, "total_timeout": 2.0, "read_timeout": 1.0,
                "max_bytes": 200_000, **policy}  # fmt: skip
    return Fetcher(FetchPolicy(**settings), record=WarcArchive(store.root).write, sleep=sleeps.append), sleeps  # type: ignore[arg-type]


def test_page_becomes_a_document_with_provenance_and_a_warc_record(site: Site, store: Store) -> None:
    from warcio.archiveiterator import ArchiveIterator

    fetcher, _ = fetcher_for(store)
    url = site.url("/news/detained.html")
    summary = Ingestor(store, CLEAN_ONLY, fetcher).ingest([url])
    assert summary.documents == 1
    doc = store.document(url)
    assert doc is not None and doc.url == url and "Ivan Petrov" in doc.text
    prov = doc.provenance
    assert prov["status"] == 200 and prov["method"] == "http" and prov["sha256"] == doc.sha256
    assert prov["headers"]["content-type"].startswith("text/html") and prov["khronika_version"]
    assert site.hits[-1].headers["User-Agent"].startswith("khronika/")
    warc = store.root / prov["warc"]["file"]
    with warc.open("rb") as fh:
        records = [(r.rec_type, r.rec_headers.get_header("WARC-Target-URI"), r.content_stream().read())
                   for r in ArchiveIterator(fh)]  # fmt: skip
    responses = [r for r in records if r[0] == "response" and r[1] == url]
    assert responses and responses[0][2] == PAGE
    assert any(r[0] == "request" and r[1] == url for r in records)
    assert not list(store.root.parent.glob("*.warc*"))  # nothing outside the store


def test_robots_txt_is_obeyed_and_the_forbidden_page_never_requested(site: Site, store: Store) -> None:
    fetcher, _ = fetcher_for(store)
    result = fetcher.capture(site.url("/private/secret.html"))
    assert isinstance(result, Rejection) and result.reason == "robots_disallowed"
    assert site.count("/private/secret.html") == 0 and site.count("/robots.txt") == 1


def test_missing_robots_txt_allows_and_unreachable_robots_forbids(store: Store) -> None:
    open_site, closed_site = Site({"/a": _page}), Site({"/a": _page, "/robots.txt": _always_500})
    servers = [serve(open_site)[0], serve(closed_site)[0]]
    try:
        fetcher, _ = fetcher_for(store, retries=0)
        assert isinstance(fetcher.capture(open_site.url("/a")), Capture)
        refused = fetcher.capture(closed_site.url("/a"))
        assert isinstance(refused, Rejection) and refused.reason == "robots_disallowed"
        assert "unreachable" in refused.detail and closed_site.count("/a") == 0
    finally:
        for server in servers:
            server.shutdown()
            server.server_close()


def test_redirects_are_followed_and_recorded(site: Site, store: Store) -> None:
    fetcher, _ = fetcher_for(store)
    capture = fetcher.capture(site.url("/old"))
    assert isinstance(capture, Capture)
    assert capture.url == site.url("/news/detained.html") and capture.source == site.url("/old")
    hops = capture.provenance["redirects"]
    assert [(h["status"], h["location"]) for h in hops] == [
        (301, site.url("/moved")), (302, site.url("/news/detained.html"))
    ]  # fmt: skip


def test_redirect_loop_is_a_rejection(site: Site, store: Store) -> None:
    fetcher, _ = fetcher_for(store, max_redirects=5)
    result = fetcher.capture(site.url("/loop-a"))
    assert isinstance(result, Rejection) and result.reason == "fetch_failed" and "redirects" in result.detail


def test_http_errors_are_rejections_with_the_status(site: Site, store: Store) -> None:
    fetcher, _ = fetcher_for(store)
    summary = Ingestor(store, CLEAN_ONLY, fetcher).ingest([site.url("/nowhere"), site.url("/error")])
    assert summary.rejected == {"http_error": 2}
    details = {r.source: r.detail for r in store.rejections()}
    assert details[site.url("/nowhere")] == "HTTP 404 Not Found"
    assert details[site.url("/error")].startswith("HTTP 500")
    assert site.count("/nowhere") == 1  # a 404 is not retried
    assert site.count("/error") == 3  # first try + 2 retries, with growing back-off


def test_retry_after_a_503_then_success(site: Site, store: Store) -> None:
    fetcher, sleeps = fetcher_for(store)
    capture = fetcher.capture(site.url("/flaky"))
    assert isinstance(capture, Capture) and capture.provenance["attempts"] == 2
    assert 0.0 in sleeps  # the server's Retry-After: 0 was honoured


def test_back_off_doubles(site: Site, store: Store) -> None:
    fetcher, sleeps = fetcher_for(store, backoff=0.5, retries=3)
    fetcher.capture(site.url("/error"))
    assert sleeps == [0.5, 1.0, 2.0]


def test_slow_responses_are_cut_off(site: Site, store: Store) -> None:
    fetcher, _ = fetcher_for(store, retries=0, total_timeout=0.5, read_timeout=1.0)
    t0 = time.monotonic()
    drip = fetcher.capture(site.url("/slow"))
    stall = fetcher.capture(site.url("/stall"))
    assert isinstance(drip, Rejection) and drip.reason == "fetch_failed" and "took over" in drip.detail
    assert isinstance(stall, Rejection) and stall.reason == "fetch_failed" and "timed out" in stall.detail
    assert time.monotonic() - t0 < 4


def test_oversized_bodies_are_rejected_without_reading_them_whole(site: Site, store: Store) -> None:
    fetcher, _ = fetcher_for(store, max_bytes=100_000)
    declared = fetcher.capture(site.url("/huge"))
    chunked = fetcher.capture(site.url("/huge-chunked"))
    bomb = fetcher.capture(site.url("/bomb"))
    for result in (declared, chunked, bomb):
        assert isinstance(result, Rejection) and result.reason == "too_large", result


def test_compressed_and_declared_charsets_decode(site: Site, store: Store) -> None:
    fetcher, _ = fetcher_for(store)
    Ingestor(store, CLEAN_ONLY, fetcher).ingest([site.url("/gzip"), site.url("/cp1251")])
    gz, cyr = store.document(site.url("/gzip")), store.document(site.url("/cp1251"))
    assert gz is not None and "Ivan Petrov" in gz.text
    assert cyr is not None and "задержали активиста" in cyr.text and cyr.encoding == "cp1251"


def test_non_report_content_is_rejected_with_its_type(site: Site, store: Store) -> None:
    fetcher, _ = fetcher_for(store)
    result = fetcher.capture(site.url("/image.png"))
    assert (
        isinstance(result, Rejection) and result.reason == "unsupported_type" and "image/png" in result.detail
    )


def test_one_request_at_a_time_per_host_with_the_delay(site: Site, store: Store) -> None:
    fetcher = Fetcher(FetchPolicy(host_delay=0.3, retries=0), record=None)
    for path in ("/news/detained.html", "/gzip", "/cp1251"):
        fetcher.capture(site.url(path))
    times = [h.at for h in site.hits if h.path != "/robots.txt"]
    gaps = [b - a for a, b in zip(times, times[1:], strict=False)]
    assert len(gaps) == 2 and min(gaps) >= 0.28


def test_refetching_the_same_page_adds_nothing(site: Site, store: Store) -> None:
    fetcher, _ = fetcher_for(store)
    ingestor = Ingestor(store, CLEAN_ONLY, fetcher)
    ingestor.ingest([site.url("/news/detained.html")])
    again = Ingestor(store, CLEAN_ONLY, fetcher).ingest([site.url("/news/detained.html"), site.url("/gzip")])
    assert again.documents == 0 and again.unchanged == 2  # /gzip decodes to the very same bytes
    assert store.counts()["documents"] == 1 and store.counts()["captures"] == 2
