"""Telegram Desktop channel exports (`result.json`): every post becomes its own capture.

The original bytes of a post are its message object as exported, wrapped with the channel
it came from, serialised canonically (sorted keys), so the same post in a later export of
the same channel has the same hash and is recognised as already stored.

Telegram Desktop does not write a public channel's username into the export, so a post's
URL is the member link t.me/c/<channel id>/<post id> unless a username is given.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from khronika.clean.records import TELEGRAM_POST
from khronika.errors import RejectReason
from khronika.model import Capture, Rejection

MAX_EXPORT_BYTES = 1024 * 1024 * 1024  # read whole; larger exports: split them in Telegram Desktop


def looks_like_export(path: Path) -> bool:
    """A .json file whose top level has the keys Telegram Desktop writes."""
    with path.open("rb") as fh:
        head = fh.read(4096)
    return b'"messages"' in head or b'"chats"' in head or path.name == "result.json"


def _chats(export: Any) -> list[dict[str, Any]]:
    if isinstance(export, dict) and isinstance(export.get("messages"), list):
        return [export]
    chats = export.get("chats", {}).get("list") if isinstance(export, dict) else None
    return [c for c in chats if isinstance(c, dict)] if isinstance(chats, list) else []


def post_url(channel: dict[str, Any], post_id: Any) -> str | None:
    username = channel.get("username")
    if username:
        return f"https://t.me/{str(username).lstrip('@')}/{post_id}"
    chat_id = channel.get("id")
    if chat_id is None:
        return None
    chat = str(chat_id).removeprefix("-100").lstrip("-")
    return f"https://t.me/c/{chat}/{post_id}"


def _post_time(message: dict[str, Any]) -> datetime | None:
    unix = message.get("date_unixtime")
    if unix is not None:
        try:
            return datetime.fromtimestamp(int(unix), UTC)
        except (TypeError, ValueError, OverflowError):
            pass
    try:
        return datetime.fromisoformat(str(message.get("date")))
    except ValueError:
        return None


def read_telegram(
    path: Path, container_sha256: str, username: str | None = None
) -> Iterator[Capture | Rejection]:
    size = path.stat().st_size
    if size > MAX_EXPORT_BYTES:
        yield Rejection(str(path), RejectReason.TOO_LARGE, f"{size} bytes: export the channel in parts")
        return
    try:
        export = json.loads(path.read_bytes().decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        yield Rejection(str(path), RejectReason.MALFORMED, f"not a JSON file: {exc}", container_sha256)
        return
    chats = _chats(export)
    if not chats:
        yield Rejection(
            str(path), RejectReason.UNSUPPORTED_TYPE,
            "a JSON file but not a Telegram Desktop export (no 'messages' list)", container_sha256,
        )  # fmt: skip
        return
    exported_at = datetime.fromtimestamp(path.stat().st_mtime, UTC).replace(microsecond=0)
    for chat in chats:
        channel = {k: chat.get(k) for k in ("name", "type", "id")}
        if username or chat.get("username"):
            channel["username"] = username or chat.get("username")
        for message in chat.get("messages", []):
            if not isinstance(message, dict):
                continue
            post_id = message.get("id")
            source = f"{path}#post-{post_id}" if len(chats) == 1 else f"{path}#{channel['id']}-{post_id}"
            data = json.dumps({"channel": channel, "message": message}, ensure_ascii=False, sort_keys=True)
            raw = data.encode("utf-8")
            posted = _post_time(message)
            yield Capture(
                source=source,
                data=raw,
                sha256=hashlib.sha256(raw).hexdigest(),
                captured_at=exported_at,
                media_type=TELEGRAM_POST,
                url=post_url(channel, post_id),
                provenance={
                    "method": "telegram",
                    "container": str(path.resolve()),
                    "container_sha256": container_sha256,
                    "channel": channel,
                    "post_id": post_id,
                    "posted_at": posted.isoformat() if posted else None,
                    "forwarded_from": message.get("forwarded_from"),
                    "edited": message.get("edited"),
                },
            )
