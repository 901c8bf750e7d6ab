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


_CAPS_WORD = r"[A-ZÀ-ÞĀ-Ž][A-ZÀ-ÞĀ-Ž.'’-]+"
_DATELINE_WORD = r"(?:[A-ZÀ-ÞĀ-Ž][\w.'’-]*|\d{1,4})"
_TITLE_WORD = r"[A-ZÀ-ÞĀ-Ž][a-zß-öø-ÿā-ž'’-]+"
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
# "HARARE —", "MANILA, Philippines —", "ADEN, Yemen, March 7 (Xinhua) --", "HANOI (AP) —": a
# wire report's dateline, the town in capitals before a dash
# (or a press release's, place and date in brackets: "(Vilnius, March 3, 2023) –")
DATELINE = re.compile(
    rf"(?:{_CAPS_WORD}(?: {_CAPS_WORD}){{0,3}}"
    rf"(?:, {_DATELINE_WORD}(?: {_DATELINE_WORD}){{0,2}}){{0,2}}"
    r"(?: ?\([^()\n]{1,25}\))?"
    rf"|\({_DATELINE_WORD}(?: {_DATELINE_WORD}){{0,3}}, [^()\n]{{1,30}}\)"
    # (or a town written in small letters, then a date: "Baku, 22 November 2023 —")
    rf"|{_TITLE_WORD}(?: {_TITLE_WORD}){{0,2}}, (?:\d{{1,2}} {_MONTH}|{_MONTH} \d{{1,2}})(?:,? \d{{4}})?)"
    r" ?(?:—|–|-{1,2}) "
)


def dateline_end(para: str) -> int:
    """Where a paragraph's dateline ends (0 if it has none). The parser reads a dateline as
    part of the sentence after it and can lose that sentence's verb ("HARARE — Police in
    Harare on Thursday arrested …" made "arrested" an adjective), so it is analysed apart."""
    m = DATELINE.match(para)
    return m.end() if m and para[m.end() :].strip() else 0
