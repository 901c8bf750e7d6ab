"""Files and directories -> Captures, or Rejections for what cannot be read.

Directories are walked in sorted order so that runs are repeatable; every file found
becomes a capture or a rejection, none is skipped without a record.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path

from khronika.errors import RejectReason
from khronika.model import Capture, Rejection

MEDIA_TYPES = {
    ".txt": "text/plain",
    ".text": "text/plain",
    ".md": "text/markdown",
    ".markdown": "text/markdown",
    ".html": "text/html",
    ".htm": "text/html",
    ".xhtml": "text/html",
    ".pdf": "application/pdf",
}
DEFAULT_MAX_BYTES = 20 * 1024 * 1024


def sha256_file(path: Path, chunk: int = 1 << 20) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while block := fh.read(chunk):
            digest.update(block)
    return digest.hexdigest()


def now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def expand_paths(paths: Iterable[str]) -> Iterator[str]:
    """Every file named or found below the directories named, as the user would write it."""
    for given in paths:
        path = Path(given)
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs.sort()
                for name in sorted(files):
                    yield str(Path(root) / name)
        else:
            yield given


def capture_file(source: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Capture | Rejection:
    path = Path(source)
    media_type = MEDIA_TYPES.get(path.suffix.lower())
    if media_type is None:
        known = ", ".join(sorted(MEDIA_TYPES) + [".warc", ".warc.gz", ".jsonl", ".json (Telegram export)"])
        return Rejection(
            source, RejectReason.UNSUPPORTED_TYPE, f"'{path.suffix or path.name}' is not one of {known}"
        )
    try:
        size = path.stat().st_size
        if size > max_bytes:
            return Rejection(
                source,
                RejectReason.TOO_LARGE,
                f"{size} bytes is over the limit of {max_bytes} (see --max-bytes)",
            )
        with path.open("rb") as fh:
            data = fh.read(max_bytes + 1)
    except OSError as exc:
        return Rejection(source, RejectReason.UNREADABLE, f"cannot read the file: {exc.strerror or exc}")
    if len(data) > max_bytes:  # grew while we looked
        return Rejection(source, RejectReason.TOO_LARGE, f"over the limit of {max_bytes} bytes")
    sha = hashlib.sha256(data).hexdigest()
    captured_at = now()
    stat = path.stat()
    return Capture(
        source=source,
        data=data,
        sha256=sha,
        captured_at=captured_at,
        media_type=media_type,
        provenance={
            "method": "file",
            "path": str(path.resolve()),
            "size": len(data),
            "modified": datetime.fromtimestamp(stat.st_mtime, UTC).replace(microsecond=0).isoformat(),
        },
    )
