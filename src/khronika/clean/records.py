"""Reports that arrive as JSON records rather than pages: Telegram posts and JSONL lines.

The ingest readers keep each record's own bytes as the original (so it is hashed and can be
verified); these functions turn those bytes into text and metadata for the clean stage.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from khronika.errors import InputRejected, RejectReason

TELEGRAM_POST = "application/x-telegram-post+json"
REPORT_RECORD = "application/x-khronika-report+json"


@dataclass(frozen=True)
class RecordText:
    text: str
    is_html: bool = False
    title: str | None = None
    published: str | None = None
    site: str | None = None
    url: str | None = None
    links: tuple[str, ...] = ()


def _load(data: bytes) -> dict[str, Any]:
    try:
        value = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputRejected(RejectReason.MALFORMED, f"not a JSON object: {exc}") from exc
    if not isinstance(value, dict):
        raise InputRejected(RejectReason.MALFORMED, "a JSON object was expected")
    return value


def flatten_telegram_text(text: Any) -> tuple[str, tuple[str, ...]]:
    """Telegram Desktop writes formatted text as a list of strings and entity objects.

    Entities are flattened to their text; the targets of text links are kept apart so that
    the sentence still reads as written while no link is lost.
    """
    if isinstance(text, str):
        return text, ()
    if not isinstance(text, list):
        return "", ()
    parts: list[str] = []
    links: list[str] = []
    for piece in text:
        if isinstance(piece, str):
            parts.append(piece)
        elif isinstance(piece, dict):
            parts.append(str(piece.get("text", "")))
            kind = piece.get("type")
            if kind == "text_link" and piece.get("href"):
                links.append(str(piece["href"]))
            elif kind == "link" and piece.get("text"):
                links.append(str(piece["text"]))
    return "".join(parts), tuple(dict.fromkeys(links))


def telegram_post(data: bytes) -> RecordText:
    """The envelope written by ingest.telegram: {"channel": {...}, "message": {...}}."""
    envelope = _load(data)
    message = envelope.get("message")
    channel = envelope.get("channel") or {}
    if not isinstance(message, dict):
        raise InputRejected(RejectReason.MALFORMED, "the Telegram record has no message")
    if message.get("type", "message") != "message":
        action = message.get("action", "service")
        raise InputRejected(RejectReason.NO_TEXT, f"a Telegram service message ({action}), not a post")
    text, links = flatten_telegram_text(message.get("text"))
    if not text.strip():
        media = message.get("media_type") or ("photo" if "photo" in message else "media")
        raise InputRejected(RejectReason.NO_TEXT, f"the post has no text ({media} only)")
    date = message.get("date")
    return RecordText(
        text=text,
        title=None,
        published=str(date)[:10] if date else None,
        site=channel.get("name") or None,
        links=links,
    )


def report_record(data: bytes) -> RecordText:
    """One JSONL line: `text` or `html`, and optional `url`, `published`, `title`."""
    record = _load(data)
    html, text = record.get("html"), record.get("text")
    if not (isinstance(html, str) and html.strip()) and not (isinstance(text, str) and text.strip()):
        raise InputRejected(RejectReason.NO_TEXT, "the record has neither 'text' nor 'html'")

    def opt(key: str) -> str | None:
        value = record.get(key)
        return str(value).strip() or None if value is not None else None

    is_html = isinstance(html, str) and bool(html.strip())
    return RecordText(
        text=html if is_html else text,  # type: ignore[arg-type]
        is_html=is_html,
        title=opt("title"),
        published=opt("published"),
        site=opt("site"),
        url=opt("url"),
    )
