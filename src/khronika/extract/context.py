"""What one document's extraction carries from sentence to sentence: the trigger being built
and the document context (analysis, rule pack, resolver, places and acts seen so far)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from khronika.extract.dates import DateMention
from khronika.extract.participants import Resolver
from khronika.extract.rules import ActRules, RulePack
from khronika.model import Act, Location
from khronika.nlp.base import Analysis

# act types only a court decides: their perpetrator is a court, their date a decision's
COURT_ACTS = ("sentence", "remand")


@dataclass
class Trigger:
    rules: ActRules
    i: int  # token index
    from_pattern: bool
    match: tuple[int, int] | None = None  # character span of the pattern match
    pattern: re.Pattern[str] | None = None  # the pattern that matched (what it writes: suppression)


@dataclass
class DocContext:
    a: Analysis
    pack: RulePack
    reference: date
    resolver: Resolver
    dates: list[DateMention]
    history: list[Act] = field(default_factory=list)
    sentence_acts: list[Act] = field(default_factory=list)  # built so far in the current sentence
    places: list[Location] = field(default_factory=list)
    doc_country: str | None = None
    country_mention: Location | None = None  # where the report first names doc_country
    place_cache: dict[int, list[Location]] = field(default_factory=dict)  # sentence -> places named
    suspects: set[str] = field(default_factory=set)  # surnames held or tried for a violent crime
    named_countries: frozenset[str] | None = None  # countries the report names (where.py, lazily)
    person_words: set[str] | None = None  # every word of every person's name (where.py, lazily)
