"""The exception tree. Every error a user can meet says what to do about it.

Rejections of inputs are not exceptions that escape: a bad input becomes a
`Rejection` record with one of the reason codes below, and the batch goes on.
"""

from __future__ import annotations

from enum import StrEnum


class RejectReason(StrEnum):
    """Why an input did not become a document. Stable codes: exports and tests use them."""

    EMPTY = "empty"  # no bytes, or only whitespace
    BINARY = "binary"  # NUL bytes or control characters: not a text or HTML file
    UNDECODABLE = "undecodable"  # no encoding gives readable text
    TOO_LARGE = "too_large"  # over the size limit (--max-bytes)
    UNSUPPORTED_TYPE = "unsupported_type"  # a file type ingest does not read
    NO_TEXT = "no_text"  # HTML whose main text could not be found
    UNREADABLE = "unreadable"  # the file could not be opened (permissions, vanished)
    NO_TEXT_LAYER = "no_text_layer"  # a PDF of scanned images: run OCR first
    ENCRYPTED = "encrypted"  # a password-protected PDF
    MALFORMED = "malformed"  # a record in a container (JSONL line, Telegram post, WARC) is broken
    HTTP_ERROR = "http_error"  # the server answered with an error status (detail has it)
    FETCH_FAILED = "fetch_failed"  # network failure, timeout or too many redirects
    ROBOTS_DISALLOWED = "robots_disallowed"  # the site's robots.txt forbids fetching the URL
    PROCESSING_ERROR = "processing_error"  # a bug in khronika: please report it
    TOO_SLOW = "too_slow"  # analysis ran past the time limit for one report: please report it


class KhronikaError(Exception):
    """Base of every error khronika raises on purpose."""


class InputRejected(KhronikaError):
    """Raised inside a stage; the pipeline turns it into a Rejection record."""

    def __init__(self, reason: RejectReason, detail: str) -> None:
        super().__init__(f"{reason}: {detail}")
        self.reason = reason
        self.detail = detail


class StoreError(KhronikaError):
    """The store directory or database cannot be used (say where, and how to fix it)."""


class ConfigError(KhronikaError):
    """A setting or option has a value khronika cannot use."""


class RulePackError(KhronikaError):
    """A rule file (residue or extraction) is malformed: the message names file and rule."""
