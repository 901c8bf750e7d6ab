"""Texts are analysed paragraph by paragraph: sentences never cross a line break, memory
stays flat on long reports, and the libraries batch paragraphs efficiently."""

from __future__ import annotations

import re
from collections.abc import Iterator

_PARA = re.compile(r"[^\n]+")
MAX_PARAGRAPH = 20000  # characters; longer "paragraphs" (tables, dumps) are cut in pieces


def paragraphs(text: str) -> Iterator[tuple[int, str]]:
    """(offset, paragraph) for every non-blank line of the text."""
    for m in _PARA.finditer(text):
        para = m.group()
        if not para.strip():
            continue
        for k in range(0, len(para), MAX_PARAGRAPH):
            yield m.start() + k, para[k : k + MAX_PARAGRAPH]
