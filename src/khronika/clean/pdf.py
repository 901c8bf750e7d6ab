"""PDF -> text, page by page, with pypdf (pure Python: no external binaries at run time).

Court decisions and NGO reports arrive as PDF. A PDF made from scans has no text layer;
that is a rejection with its own reason, so the user knows to run OCR, never a silent drop.
"""

from __future__ import annotations

import io
import logging
import re
from dataclasses import dataclass

from khronika.errors import InputRejected, RejectReason

MIN_WORDS_PER_PDF = 3


@dataclass(frozen=True)
class PdfText:
    text: str
    pages: int
    pages_with_text: int
    title: str | None
    author: str | None
    published: str | None


def _pdf_date(value: object) -> str | None:
    """'D:20240312101500+03'00'' -> '2024-03-12'."""
    m = re.match(r"D?:?(\d{4})(\d{2})(\d{2})", str(value or ""))
    return f"{m.group(1)}-{m.group(2)}-{m.group(3)}" if m else None


_SENTENCE_END = re.compile(r"[.!?:;»\"”)]\s*$")


def unwrap_lines(page: str) -> str:
    """Undo the PDF's line wrapping: a line that does not end a sentence continues on the
    next; a word hyphenated across lines is rejoined. Blank lines stay paragraph breaks;
    short lines ending a sentence (headings, list items) stay lines of their own."""
    out: list[str] = []
    for line in page.split("\n"):
        line = re.sub(r"[ \t]{2,}", " ", line.strip())
        if not line:
            out.append("")
            continue
        prev = out[-1] if out else ""
        if prev and not _SENTENCE_END.search(prev) and not prev.isupper():
            if prev.endswith("-") and line[:1].islower():
                out[-1] = prev[:-1] + line
            else:
                out[-1] = prev + " " + line
        else:
            out.append(line)
    return "\n".join(out).strip()


def extract_pdf(data: bytes) -> PdfText:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # hostile files make it chatty
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise InputRejected(RejectReason.ENCRYPTED, "the PDF is password-protected")
        pages: list[str] = []
        for page in reader.pages:
            pages.append(unwrap_lines(page.extract_text() or ""))
        meta = reader.metadata
    except InputRejected:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, OSError) as exc:
        raise InputRejected(RejectReason.MALFORMED, f"not a readable PDF: {type(exc).__name__}") from exc
    except Exception as exc:  # noqa: BLE001 - pypdf raises many kinds on broken files
        if "crypt" in str(exc).lower():
            raise InputRejected(RejectReason.ENCRYPTED, f"the PDF cannot be decrypted: {exc}") from exc
        raise InputRejected(RejectReason.MALFORMED, f"not a readable PDF: {type(exc).__name__}") from exc
    with_text = [p for p in pages if re.search(r"\w", p)]
    text = "\n\n".join(with_text)
    if len(re.findall(r"\w+", text)) < MIN_WORDS_PER_PDF:
        raise InputRejected(
            RejectReason.NO_TEXT_LAYER,
            f"none of the {len(pages)} pages has a text layer (a scanned PDF): run OCR on it first",
        )
    return PdfText(
        text=text,
        pages=len(pages),
        pages_with_text=len(with_text),
        title=(str(meta.title).strip() or None) if meta and meta.title else None,
        author=(str(meta.author).strip() or None) if meta and meta.author else None,
        published=_pdf_date(meta.get("/CreationDate")) if meta else None,
    )
