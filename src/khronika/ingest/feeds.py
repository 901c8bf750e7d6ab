"""RSS and Atom feeds (feedparser): new items are fetched and ingested, seen ones are not.

What the store remembers per feed: the ETag and Last-Modified validators of the last
answer, sent back on the next check so an unchanged feed costs one 304 and nothing else,
and the key (id, else link) of every entry already handled. The validators are saved only
after every new entry is handled, so a check killed mid-way is simply repeated.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from khronika.ingest.http import Fetcher, Response
from khronika.model import Capture, Rejection


@dataclass
class FeedCheck:
    url: str
    status: str  # "unchanged" (304), "checked", or why the feed itself failed
    entries: int = 0
    new: int = 0
    title: str | None = None


def entry_key(entry: Any) -> str:
    key = entry.get("id") or entry.get("link")
    if key:
        return str(key)
    basis = (entry.get("title", "") + entry.get("summary", "")).encode()
    return "sha256:" + hashlib.sha256(basis).hexdigest()


def _entry_content(entry: Any) -> str | None:
    for content in entry.get("content") or []:
        if content.get("value"):
            return str(content["value"])
    return entry.get("summary") or None


def check_feed(
    feed_url: str,
    fetcher: Fetcher,
    state: tuple[str | None, str | None],
    seen: set[str],
    take: Callable[[Capture | Rejection], str],
    mark: Callable[[str, str | None, str], None],
) -> tuple[FeedCheck, str | None, str | None]:
    """Check one feed; returns the result and the validators to keep for next time."""
    etag, modified = state
    headers = {}
    if etag:
        headers["If-None-Match"] = etag
    if modified:
        headers["If-Modified-Since"] = modified
    answer = fetcher.get(feed_url, headers)
    if isinstance(answer, Rejection):
        return FeedCheck(feed_url, f"failed: {answer.reason}: {answer.detail}"), etag, modified
    if answer.status == 304:
        return FeedCheck(feed_url, "unchanged"), etag, modified
    if answer.status != 200:
        return FeedCheck(feed_url, f"failed: HTTP {answer.status}"), etag, modified
    return _read_entries(feed_url, answer, fetcher, seen, take, mark)


def _read_entries(
    feed_url: str,
    answer: Response,
    fetcher: Fetcher,
    seen: set[str],
    take: Callable[[Capture | Rejection], str],
    mark: Callable[[str, str | None, str], None],
) -> tuple[FeedCheck, str | None, str | None]:
    import feedparser

    headers = {k.lower(): v for k, v in answer.headers.items()}
    parsed = feedparser.parse(answer.body, response_headers=headers)
    if parsed.bozo and not parsed.entries:
        reason = type(parsed.get("bozo_exception")).__name__
        return FeedCheck(feed_url, f"failed: not a readable feed ({reason})"), None, None
    check = FeedCheck(feed_url, "checked", entries=len(parsed.entries), title=parsed.feed.get("title"))
    for entry in parsed.entries:
        key = entry_key(entry)
        if key in seen:
            continue
        link = entry.get("link")
        item: Capture | Rejection
        if link:
            item = fetcher.capture(link)
        else:
            content = _entry_content(entry) or ""
            data = content.encode("utf-8")
            item = Capture(
                source=f"{feed_url}#{key}",
                data=data,
                sha256=hashlib.sha256(data).hexdigest(),
                captured_at=answer.fetched_at,
                media_type="text/html",
                url=None,
                provenance={"method": "feed-content"},
            )
        feed_info = {"feed": feed_url, "feed_entry": key, "feed_published": entry.get("published")}
        item = replace(item, provenance={**item.provenance, **feed_info})
        outcome = take(item)
        mark(key, link, outcome)
        seen.add(key)
        check.new += 1
    return check, headers.get("etag"), headers.get("last-modified")
