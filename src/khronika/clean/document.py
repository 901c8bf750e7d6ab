"""Capture -> Document: the one function that turns original bytes into cleaned article text."""

from __future__ import annotations

import re
import unicodedata

from khronika.clean.decode import check_binary, decode
from khronika.clean.html import extract_page
from khronika.clean.language import identify
from khronika.clean.residue import clean_residue
from khronika.errors import InputRejected, RejectReason
from khronika.model import Capture, Document

MIN_WORDS = 3
_MD_LINK = re.compile(r"!?\[([^\]\n]*)\]\([^)\n]*\)")
_MD_HEADING = re.compile(r"^#{1,6}\s+", re.MULTILINE)
_DATELINE = re.compile(
    r"^(?:Published|Posted|Date|Updated|Опубликовано|Дата публикации|Дата)\s*:?\s*(\d{4}-\d{2}-\d{2})\s*$",
    re.I | re.M,
)
_MD_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")


def markdown_to_text(text: str) -> str:
    """Just enough Markdown undone that sentences read as prose: links, headings, bold."""
    text = _MD_LINK.sub(r"\1", text)
    text = _MD_HEADING.sub("", text)
    return _MD_EMPHASIS.sub(r"\2", text)


def normalise_whitespace(text: str) -> str:
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u00a0", " ").replace("\u200b", "").replace("\ufeff", "")
    text = re.sub(r"[ \t\f\v]+", " ", text)
    lines = [line.strip() for line in text.split("\n")]
    # A heading repeated as the first paragraph (page title + H1) is one line of content.
    deduped: list[str] = []
    last = None
    for line in lines:
        if line and line == last:
            continue
        deduped.append(line)
        if line:
            last = line
    return re.sub(r"\n{3,}", "\n\n", "\n".join(deduped)).strip()


def clean_capture(capture: Capture) -> Document:
    """Raise InputRejected (with a reason code) when the capture holds no usable text."""
    if not capture.data.strip():
        raise InputRejected(RejectReason.EMPTY, "the file is empty or holds only whitespace")
    check_binary(capture.data)
    raw, encoding = decode(capture.data)
    title = author = site = published = None
    if capture.media_type == "text/html":
        page = extract_page(raw, url=capture.source if "://" in capture.source else None)
        body, title, author, site, published = page.text, page.title, page.author, page.site, page.published
    elif capture.media_type == "text/markdown":
        body = markdown_to_text(raw)
    else:
        body = raw
    text, fired = clean_residue(normalise_whitespace(body))
    if published is None:  # a "Published 2022-11-08" line at the top of a text file
        m = _DATELINE.search("\n".join(text.split("\n")[:6]))
        published = m.group(1) if m else None
    if len(re.findall(r"\w+", text)) < MIN_WORDS:
        raise InputRejected(
            RejectReason.NO_TEXT, f"fewer than {MIN_WORDS} words left after cleaning: page chrome only"
        )
    return Document(
        source=capture.source,
        sha256=capture.sha256,
        text=text,
        language=identify(text),
        encoding=encoding,
        captured_at=capture.captured_at,
        title=title,
        author=author,
        site=site,
        published=published,
        removed=fired,
    )
