"""Capture -> Document: the one function that turns original bytes into cleaned article text."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from khronika.clean.decode import check_binary, decode
from khronika.clean.html import extract_page
from khronika.clean.language import identify
from khronika.clean.pdf import extract_pdf
from khronika.clean.records import REPORT_RECORD, TELEGRAM_POST, report_record, telegram_post
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


@dataclass(frozen=True)
class _Body:
    """What a reader found before the shared clean-up: main text and whatever metadata."""

    text: str
    encoding: str
    title: str | None = None
    author: str | None = None
    site: str | None = None
    published: str | None = None
    url: str | None = None
    links: tuple[str, ...] = ()
    pages: int | None = None


def _decoded(capture: Capture) -> tuple[str, str]:
    check_binary(capture.data)
    return decode(capture.data, capture.declared_encoding)


def _html_body(html: str, encoding: str, url: str | None) -> _Body:
    page = extract_page(html, url=url)
    return _Body(page.text, encoding, page.title, page.author, page.site, page.published, url)


def _read_html(capture: Capture) -> _Body:
    raw, encoding = _decoded(capture)
    url = capture.url or (capture.source if "://" in capture.source else None)
    return _html_body(raw, encoding, url)


def _read_markdown(capture: Capture) -> _Body:
    raw, encoding = _decoded(capture)
    return _Body(markdown_to_text(raw), encoding)


def _read_plain(capture: Capture) -> _Body:
    raw, encoding = _decoded(capture)
    return _Body(raw, encoding)


def _read_pdf(capture: Capture) -> _Body:
    pdf = extract_pdf(capture.data)
    return _Body(pdf.text, "pdf", pdf.title, pdf.author, None, pdf.published, pages=pdf.pages)


def _read_telegram(capture: Capture) -> _Body:
    post = telegram_post(capture.data)
    return _Body(post.text, "utf-8", site=post.site, published=post.published, links=post.links)


def _read_report_record(capture: Capture) -> _Body:
    rec = report_record(capture.data)
    if rec.is_html:
        page = _html_body(rec.text, "utf-8", rec.url)
        return _Body(page.text, "utf-8", rec.title or page.title, page.author, rec.site or page.site,
                     rec.published or page.published, rec.url)  # fmt: skip
    return _Body(rec.text, "utf-8", rec.title, None, rec.site, rec.published, rec.url)


# media type -> reader. Ingest decides the media type; nothing here touches files or network.
READERS: dict[str, Callable[[Capture], _Body]] = {
    "text/html": _read_html,
    "text/markdown": _read_markdown,
    "text/plain": _read_plain,
    "application/pdf": _read_pdf,
    TELEGRAM_POST: _read_telegram,
    REPORT_RECORD: _read_report_record,
}


def clean_capture(capture: Capture) -> Document:
    """Raise InputRejected (with a reason code) when the capture holds no usable text."""
    if not capture.data.strip():
        raise InputRejected(RejectReason.EMPTY, "the file is empty or holds only whitespace")
    reader = READERS.get(capture.media_type)
    if reader is None:
        raise InputRejected(RejectReason.UNSUPPORTED_TYPE, f"no reader for {capture.media_type}")
    body = reader(capture)
    text, fired = clean_residue(normalise_whitespace(body.text))
    published = body.published
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
        encoding=body.encoding,
        captured_at=capture.captured_at,
        title=body.title,
        author=body.author,
        site=body.site,
        published=published,
        removed=fired,
        url=body.url or capture.url,
        links=body.links,
        pages=body.pages,
    )
