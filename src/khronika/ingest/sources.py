"""Any input the user names -> a stream of Captures and Rejections.

One place decides what an input is: a URL is fetched, a web archive, JSONL dump or Telegram
export is opened and read item by item, any other file is one capture. Container files are
themselves kept in the store (by hash), so each item's provenance can name the archive it
came from and that archive can be verified later.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from khronika.errors import RejectReason
from khronika.ingest.files import DEFAULT_MAX_BYTES, capture_file, expand_paths
from khronika.ingest.http import Fetcher
from khronika.ingest.jsonl import SUFFIXES as JSONL_SUFFIXES
from khronika.ingest.jsonl import read_jsonl
from khronika.ingest.telegram import looks_like_export, read_telegram
from khronika.ingest.warc import is_warc, read_warc
from khronika.model import Capture, Rejection


def is_url(value: str) -> bool:
    return value.lower().startswith(("http://", "https://"))


def kind_of(source: str) -> str:
    """url | warc | jsonl | telegram | file — what `read_inputs` will do with it."""
    if is_url(source):
        return "url"
    path = Path(source)
    name = path.name.lower()
    if is_warc(path):
        return "warc"
    if name.endswith(JSONL_SUFFIXES):
        return "jsonl"
    if name.endswith(".json"):
        return "telegram"
    return "file"


def expand_inputs(inputs: Iterable[str]) -> list[str]:
    """URLs as given; directories walked in sorted order."""
    out: list[str] = []
    for given in inputs:
        out.extend([given] if is_url(given) else expand_paths([given]))
    return out


@dataclass
class InputReader:
    """Turns one named input into captures. `keep_container` stores a container file's bytes."""

    keep_container: Callable[[Path], str]
    fetcher: Fetcher | None = None
    max_bytes: int = DEFAULT_MAX_BYTES
    telegram_username: str | None = None

    def read(self, source: str) -> Iterator[Capture | Rejection]:
        kind = kind_of(source)
        if kind == "url":
            if self.fetcher is None:
                yield Rejection(
                    source, RejectReason.UNSUPPORTED_TYPE, "URL given but fetching is switched off"
                )
                return
            yield self.fetcher.capture(source)
            return
        if kind == "file":
            yield capture_file(source, self.max_bytes)
            return
        path = Path(source)
        try:
            if kind == "telegram" and not looks_like_export(path):
                yield Rejection(
                    source, RejectReason.UNSUPPORTED_TYPE, "a .json file that is not a Telegram export"
                )
                return
            container_sha = self.keep_container(path)
        except OSError as exc:
            yield Rejection(source, RejectReason.UNREADABLE, f"cannot read the file: {exc.strerror or exc}")
            return
        if kind == "warc":
            yield from read_warc(path, container_sha, self.max_bytes)
        elif kind == "jsonl":
            yield from read_jsonl(path, container_sha, self.max_bytes)
        else:
            yield from read_telegram(path, container_sha, self.telegram_username)
