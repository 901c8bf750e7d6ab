"""Mentions of people and organisations, and who they are within one document.

Linking happens in two steps. Inside a document the extractor has already resolved "he" and a
bare "Miftakhov" to the full name it stands for; what is left is to gather a document's
mentions into *local persons* ("Azat Miftakhov", "A. Miftakhov", "Miftakhov" in one report are
one person). Across documents (link/persons.py) only local persons are compared, each carrying
the context that tells namesakes apart: places, age, cases. A surname alone is never linked
across documents: it is scoped to its report (two Ivanovs in two reports are not evidence).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from khronika.link.names import PersonName, initials_fit, phonetic_key, split_name, surname_stem
from khronika.model import Mention, MentionRole


@dataclass(frozen=True)
class SourceDocument:
    """What linking needs of a stored document."""

    id: str
    source: str
    language: str
    published: str | None
    group: str  # near-duplicate group (its own id when it has none): reposts count once
    text: str = ""


@dataclass(frozen=True)
class StoredAct:
    """An act as stored: its id, document and the act's dictionary (model.Act.to_dict())."""

    id: str
    document_id: str
    data: Mapping[str, Any]


def mention_id(act_id: str, role: str, position: int) -> str:
    """Stable as long as the act is: act ids are derived from the document and the act."""
    return "m-" + hashlib.sha256(f"{act_id}:{role}:{position}".encode()).hexdigest()[:16]


def looks_like_person(m: Mention, given_names: set[str]) -> bool:
    """An "organisation" the tagger made of a person's name ("Maksim Vyazemskiy" tagged ORG):
    two or three capitalised words, no state body, the first a given name (one that some
    report in the corpus gives a person) or an initial."""
    words = m.name.split()
    if m.kind != "organization" or m.body or not 2 <= len(words) <= 3:
        return False
    if not all(w[:1].isupper() for w in words):
        return False
    first = words[0].rstrip(".")
    return len(first) == 1 or phonetic_key(first) in given_names


def mentions_of(act: StoredAct, doc: SourceDocument) -> list[Mention]:
    """The named people and organisations of one act (unnamed groups are not entities)."""
    out = []
    roles: tuple[tuple[MentionRole, str], ...] = (("victim", "victims"), ("perpetrator", "perpetrators"))
    for role, key in roles:
        for position, p in enumerate(act.data.get(key) or []):
            kind = p.get("kind")
            if kind not in ("person", "organization") and not (kind == "group" and p.get("body")):
                continue
            span = p.get("span") or {}
            out.append(
                Mention(
                    id=mention_id(act.id, role, position),
                    document_id=doc.id,
                    act_id=act.id,
                    role=role,
                    position=position,
                    name=p["name"],
                    written=span.get("text") or p["name"],
                    kind="organization" if kind == "group" else kind,
                    start=span.get("start", -1),
                    end=span.get("end", -1),
                    language=doc.language,
                    source=doc.source,
                    body=p.get("body"),
                )
            )
    return out


@dataclass
class LocalPerson:
    """One person within one document: its mentions, the fullest name and the context."""

    id: str  # the smallest mention id: stable while that mention is
    document_id: str
    group: str
    language: str
    name: str
    parts: PersonName
    mention_ids: list[str] = field(default_factory=list)
    places: set[str] = field(default_factory=set)
    countries: set[str] = field(default_factory=set)
    birth_year: int | None = None
    cases: set[str] = field(default_factory=set)
    documents: set[str] = field(default_factory=set)  # when it stands for several (persons.collapse)

    @property
    def linkable(self) -> bool:
        """Only a surname with a given name (or initial) is compared with other documents."""
        return self.parts.full


def _compatible(a: PersonName, b: PersonName) -> bool:
    if a.surname and b.surname and surname_stem(a.surname) != surname_stem(b.surname):
        return False
    if a.given and b.given and not initials_fit(a.given, b.given):
        return False
    if a.given and b.given and len(a.given) > 1 and len(b.given) > 1 and a.given != b.given:
        return False
    return True


def local_persons(mentions: Iterable[Mention], doc: SourceDocument) -> list[LocalPerson]:
    """Gather one document's person mentions: full names first, then initials, surnames and
    given names alone attach to the one full name they fit (left alone when two fit)."""
    people = [m for m in mentions if m.kind == "person"]
    split = {m.id: split_name(m.name) for m in people}
    ordered = sorted(people, key=lambda m: (not split[m.id].full, -len(m.name), m.id))
    locals_: list[LocalPerson] = []
    for m in ordered:
        parts = split[m.id]
        if parts.surname is None and parts.given is None:
            continue
        fits = [lp for lp in locals_ if _fits(lp.parts, parts)]
        if len(fits) == 1 or (fits and parts.full and fits[0].parts == parts):
            target = fits[0]
            target.mention_ids.append(m.id)
            continue
        locals_.append(
            LocalPerson(
                id=m.id,
                document_id=doc.id,
                group=doc.group,
                language=doc.language,
                name=m.name,
                parts=parts,
                mention_ids=[m.id],
            )
        )
    for lp in locals_:
        lp.id = min(lp.mention_ids)
        lp.birth_year = birth_year(doc, [m for m in people if m.id in lp.mention_ids])
    return locals_


def _fits(known: PersonName, parts: PersonName) -> bool:
    """A one-word name ("Miftakhov", "Azat") fits by surname or by given name."""
    if parts.given is None and parts.surname and known.full:
        assert known.surname is not None
        return surname_stem(parts.surname) == surname_stem(known.surname) or parts.surname == known.given
    return _compatible(known, parts)


_GIVEN_BEFORE = r"([A-ZА-ЯЁ][a-zа-яёʹ'’.A-Z\u00c0-\u024f-]*)\s+"


def complete_from_text(
    lp: LocalPerson, doc: SourceDocument, mentions: list[Mention], given_names: set[str]
) -> None:
    """A surname alone ("Kulikov's lawyer said…") gets its given name from the report itself
    when the report writes the full name somewhere the extractor did not take it from ("Artem
    Kulikov and Aleksei Diagilev were detained"): the word before the surname must be a given
    name some report in the corpus uses. Scoped to the one document: nothing is borrowed."""
    if lp.parts.given is not None or lp.parts.surname is None or not doc.text:
        return
    for m in mentions:
        written = m.written.strip()
        if len(written) < 4 or not written[:1].isupper():
            continue
        stem = written[:-2] if doc.language == "ru" and len(written) > 5 else written
        # "Artem Kulikov", and court style, surname first: "Куликова Артёма Михайловича"
        before = re.finditer(_GIVEN_BEFORE + re.escape(stem) + r"\w*", doc.text)
        after = re.finditer(re.escape(stem) + r"\w*\s+" + _GIVEN_BEFORE.removesuffix(r"\s+"), doc.text)
        for hit in (*before, *after):
            given = hit.group(1).rstrip(".")
            key = phonetic_key(given_lemma(given, doc.language))
            if key in given_names or (len(given) == 1 and key):
                lp.parts = PersonName(key, None, lp.parts.surname)
                lp.name = f"{given_lemma(given, doc.language)} {m.name}"
                return


def given_lemma(word: str, language: str) -> str:
    """A Russian given name in the nominative ("Артёма" -> "Артём"); others as they are."""
    if language != "ru" or len(word) < 3:
        return word
    from khronika.extract.places import morph_vocab

    for form in morph_vocab().parse(word):
        if "Name" in form.tag:
            return str(form.normal).capitalize()
    return word


_AGE_BEFORE = re.compile(r"(\d{2})[- ](?:year[- ]old|летн\w+)\s+(?:\w+\s+){0,3}$", re.I)
_AGE_AFTER = re.compile(r"^,?\s*(?:\(|,\s*)(\d{2})(?:\s*(?:лет|года?|years? old))?\s*[),]", re.I)


def birth_year(doc: SourceDocument, mentions: list[Mention]) -> int | None:
    """From an age given beside a mention ("32-year-old Azat Miftakhov", "Мифтахов, 32,"),
    counted back from the publication year: ages in reports of different years still agree."""
    if not doc.text or not doc.published:
        return None
    try:
        year = int(doc.published[:4])
    except ValueError:
        return None
    for m in mentions:
        if m.start < 0:
            continue
        before = doc.text[max(0, m.start - 60) : m.start]
        after = doc.text[m.end : m.end + 20]
        hit = _AGE_BEFORE.search(before) or _AGE_AFTER.match(after)
        if hit and 10 <= int(hit.group(1)) <= 99:
            return year - int(hit.group(1))
    return None
