"""Main text and metadata of an HTML page, through trafilatura.

trafilatura is the best-measured open extractor on article pages (see the README's
benchmark); we call it with its default settings so that our cleaned text can be compared
against its own output on the same pages, then remove the residue it leaves.
"""

from __future__ import annotations

from dataclasses import dataclass

import trafilatura

from khronika.errors import InputRejected, RejectReason


@dataclass(frozen=True)
class PageText:
    text: str
    title: str | None
    author: str | None
    site: str | None
    published: str | None


def extract_page(html: str, url: str | None = None) -> PageText:
    try:
        result = trafilatura.bare_extraction(html, url=url, with_metadata=True, deduplicate=False)
    except Exception as exc:  # noqa: BLE001 - trafilatura raises many kinds on hostile markup
        raise InputRejected(RejectReason.NO_TEXT, f"HTML could not be parsed: {type(exc).__name__}") from exc
    text = (getattr(result, "text", None) or "").strip() if result is not None else ""
    if not text:
        raise InputRejected(RejectReason.NO_TEXT, "no main text found in the HTML page")
    return PageText(
        text=text,
        title=getattr(result, "title", None) or None,
        author=getattr(result, "author", None) or None,
        site=getattr(result, "sitename", None) or None,
        published=getattr(result, "date", None) or None,
    )
