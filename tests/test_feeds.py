"""`khronika watch`: new feed items are ingested once; an unchanged feed costs one 304."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from localserver import Handler, Site, serve

from khronika.cli import main


def rss(items: list[tuple[str, str]]) -> bytes:
    entries = "".join(
        f"<item><title>{title}</title><link>{link}</link><guid>{link}</guid>"
        f"<pubDate>Mon, 07 Oct 2024 10:00:00 GMT</pubDate></item>"
        for title, link in items
    )
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Monitor news</title>'
        f"<link>http://example.org/</link><description>d</description>{entries}</channel></rss>"
    ).encode()


def story(n: int) -> bytes:
    body = "".join(
        f"<p>Story {n}: police in city number {n} detained {n} protesters at a rally, lawyers said. "
        f"Detail {i} of the events of that day is given here by the monitors.</p>"
        for i in range(4)
    )
    return f"<html><body><article><h1>Story {n}</h1>{body}</article></body></html>".encode()


@pytest.fixture()
def feed_site() -> Iterator[Site]:
    site = Site()
    site.state["items"] = 2

    def feed(h: Handler) -> None:
        n = site.state["items"]
        etag = f'"v{n}"'
        if h.headers.get("If-None-Match") == etag:
            h.send_response(304)
            h.send_header("ETag", etag)
            h.send_header("Content-Length", "0")
            h.end_headers()
            return
        items = [(f"Story {i}", site.url(f"/story/{i}")) for i in range(n, 0, -1)]
        h.send_body(200, rss(items), "application/rss+xml", {"ETag": etag})

    site.routes["/feed.xml"] = feed
    for i in range(1, 6):
        site.routes[f"/story/{i}"] = lambda h, i=i: h.send_body(200, story(i))
    server, _ = serve(site)
    yield site
    server.shutdown()
    server.server_close()


def watch(store: Path, url: str) -> str:
    result = CliRunner().invoke(main, ["watch", url, "--store", str(store), "--delay", "0"])
    assert result.exit_code == 0, result.output
    return result.output


def test_watch_ingests_new_items_once_and_honours_etag(feed_site: Site, tmp_path: Path) -> None:
    store = tmp_path / "store"
    url = feed_site.url("/feed.xml")
    out = watch(store, url)
    assert "2 new of 2 items" in out and "2 new documents" in out
    story_hits = sum(1 for h in feed_site.hits if h.path.startswith("/story/"))
    assert story_hits == 2

    out = watch(store, url)  # nothing changed: the feed answers 304, no story is fetched
    assert "unchanged" in out
    assert feed_site.hits[-1].headers.get("If-None-Match") == '"v2"'
    assert sum(1 for h in feed_site.hits if h.path.startswith("/story/")) == story_hits

    feed_site.state["items"] = 3  # one new item: only it is fetched
    out = watch(store, url)
    assert "1 new of 3 items" in out
    assert [h.path for h in feed_site.hits if h.path.startswith("/story/")][-1] == "/story/3"
    assert feed_site.count("/story/1") == 1 and feed_site.count("/story/2") == 1


def test_watch_reports_a_feed_that_fails(tmp_path: Path, feed_site: Site) -> None:
    out = watch(tmp_path / "store", feed_site.url("/no-such-feed.xml"))
    assert "failed: HTTP 404" in out or "failed: http_error" in out
