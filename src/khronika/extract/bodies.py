"""Which state body a perpetrator belongs to: the unit stays as written ("officers of the
FSB's St Petersburg directorate", "сотрудники Центра «Э»"), and `body` names the institution
("FSB", "Centre E") so that acts can be counted per body across spellings and languages.
The table is data (data/bodies.tsv): add a body or a spelling there.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources


@cache
def _rows() -> list[list[str]]:
    text = (resources.files("khronika.extract") / "data" / "bodies.tsv").read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


@cache
def _table() -> list[tuple[re.Pattern[str], str, str]]:
    """Each spelling's pattern, its body, and the first letters of its first word (a name
    that has no word beginning so cannot match it: body_of skips it without a search)."""
    rows: list[tuple[str, str]] = []
    for body, aliases, *_flags in _rows():
        rows.extend((alias, body) for alias in aliases.split("|") if alias)
    rows.sort(key=lambda r: -len(r[0]))  # the longest spelling first: "riot police" before "police"
    out = []
    for alias, body in rows:
        # every word may be a stem ("следственн* комитет*"), not only the last
        words = [re.escape(w.rstrip("*")) + (r"\w*" if w.endswith("*") else "") for w in alias.split()]
        tail = "" if alias.endswith("*") else r"(?!\w)"
        opening = re.match(r"\w*", alias.split()[0].rstrip("*"))
        key = opening.group().lower()[:_KEY] if opening else ""
        out.append((re.compile(r"(?<!\w)" + r"\s+".join(words) + tail, re.I), body, key))
    return out


_KEY = 3  # letters of a spelling's first word that a name must have at the start of a word


def body_of(name: str) -> str | None:
    """The body a perpetrator's name points to, or None (unknown actors, people by name)."""
    text = name.replace("«", "").replace("»", "").replace('"', "")
    starts = {w[:n] for w in re.findall(r"\w+", text.lower()) for n in range(_KEY + 1)}
    for rx, body, key in _table():
        if key in starts and rx.search(text):
            return body
    return None


def unarmed(body: str) -> bool:
    """A body the table marks as holding, beating and searching no one (a court, a university)."""
    return body in _unarmed()


@cache
def _unarmed() -> frozenset[str]:
    return frozenset(row[0] for row in _rows() if "unarmed" in row[2:])
