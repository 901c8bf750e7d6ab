"""Bytes to text. Pages lie about their encoding and old Russian sites use cp1251 or KOI8-R
without saying so, so the order is: byte-order mark, a declaration that actually decodes,
strict UTF-8, then charset-normalizer's detection. Anything else is a rejection, not mojibake.
"""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from khronika.errors import InputRejected, RejectReason

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_DECLARED = re.compile(rb"""(?:charset|encoding)\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})""", re.I)
# Control characters that never occur in text (tab, LF, CR, FF are allowed).
_CONTROL = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")


def declared_encoding(data: bytes) -> str | None:
    """The charset a page declares in its first 4 KiB (meta tag or XML prolog), if any."""
    match = _DECLARED.search(data[:4096])
    if not match:
        return None
    return _lookup(match.group(1).decode("ascii", "ignore"))


def _lookup(name: str | None) -> str | None:
    if not name:
        return None
    try:
        return codecs.lookup(name.strip().lower()).name
    except LookupError:
        return None


def check_binary(data: bytes) -> None:
    """Reject files that are not text: NUL bytes, or many control characters."""
    head = data[:65536]
    if any(head.startswith(bom) for bom, _ in _BOMS[1:]):
        return  # UTF-16/32 text legitimately contains NUL bytes
    if b"\x00" in head:
        raise InputRejected(RejectReason.BINARY, "contains NUL bytes: not a text or HTML file")
    controls = len(_CONTROL.findall(head))
    if head and controls / len(head) > 0.01:
        raise InputRejected(RejectReason.BINARY, f"{controls} control bytes in the first {len(head)}")


def decode(data: bytes, hint: str | None = None) -> tuple[str, str]:
    """Return (text, encoding name). Raises InputRejected when no encoding gives text.

    `hint` is a charset from outside the bytes (an HTTP Content-Type header): it wins over
    the page's own declaration, as in browsers, but only when it actually decodes.
    """
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(name), name
            except UnicodeDecodeError:
                break
    for declared in (_lookup(hint), declared_encoding(data)):
        if declared:
            try:
                return data.decode(declared), declared
            except UnicodeDecodeError:
                pass  # the server or page lies about its encoding: detect instead
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise InputRejected(RejectReason.UNDECODABLE, "no text encoding decodes these bytes")
    text = str(best)
    if _looks_garbled(text):
        raise InputRejected(RejectReason.UNDECODABLE, f"best guess {best.encoding} gives unreadable text")
    return text, codecs.lookup(best.encoding).name


def _looks_garbled(text: str) -> bool:
    sample = text[:20000]
    if not sample:
        return False
    letters = sum(ch.isalpha() or ch.isspace() for ch in sample)
    return letters / len(sample) < 0.6
