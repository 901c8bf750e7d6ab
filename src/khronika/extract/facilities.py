"""Facilities where people are held, as their own field of an act: kind, number and name.

Monitors track where a person is (police station → temporary detention → SIZO → colony), so
"СИЗО № 3 Гомеля", "pre-trial detention centre No. 1 in Kirov" and "penal colony IK-7" are
kept as a facility with a kind from `data/facilities.tsv` and the number it carries, beside
the act's place. Pure functions over text; the span says where each came from."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from khronika.model import Facility, Span

_NUMBER = re.compile(r"(?:№|No\.?|number|#)\s*(\d+)|\b(?:ИК|IK|СИЗО|SIZO|ИВС|ЛИУ|ИЗ)[- ](\d+)|-(\d+)\b", re.I)


@lru_cache(maxsize=1)
def _kinds() -> tuple[tuple[str, re.Pattern[str]], ...]:
    text = (resources.files("khronika.extract") / "data" / "facilities.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return tuple((kind, re.compile(pattern, re.I)) for kind, pattern in rows)


@lru_cache(maxsize=1)
def _any_kind() -> re.Pattern[str]:
    """All the kinds' patterns in one: most phrases name no facility, and one search says so."""
    return re.compile("|".join(f"(?:{rx.pattern})" for _kind, rx in _kinds()), re.I)


def facility_kind(text: str) -> tuple[str, re.Match[str]] | None:
    """The kind of facility a phrase names, and where in it the kind word is (the first kind
    in the table that it names, wherever in the phrase)."""
    if not _any_kind().search(text):
        return None
    for kind, rx in _kinds():
        m = rx.search(text)
        if m:
            return kind, m
    return None


def facility_from_name(name: str, span: Span) -> Facility | None:
    """A named facility found by the place finder ('СИЗО № 3 Гомеля', 'IK-7')."""
    found = facility_kind(name)
    if found is None:
        return None
    return Facility(name, found[0], _number(name), span)


def facility_in(text: str, offset: int) -> Facility | None:
    """An unnamed one in a sentence ('taken to a police station', 'в отдел полиции')."""
    found = facility_kind(text)
    if found is None:
        return None
    m = found[1]
    # the kind word plus a number right after it ("колонию № 7", "SIZO-1")
    tail = re.match(r"[\s-]*(?:№|No\.?|IK-?|ИК-?)?\s*\d+", text[m.end() : m.end() + 10])
    end = m.end() + (tail.end() if tail else 0)
    phrase = text[m.start() : end]
    return Facility(phrase, found[0], _number(phrase), Span(offset + m.start(), offset + end, phrase))


def _number(text: str) -> str | None:
    m = _NUMBER.search(text)
    return next((g for g in m.groups() if g), None) if m else None
