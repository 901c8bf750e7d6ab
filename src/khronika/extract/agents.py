"""Who did an act, as the report names them: a unit as written ("officers of the FSB's St
Petersburg directorate", in the nominative in Russian), a body named by a common noun ("the
university"), a state named as the actor ("Iran hanged X"). Functions of the report's Resolver
(participants.py), which finds victims."""

from __future__ import annotations

from typing import TYPE_CHECKING

from khronika.extract.bodies import body_of
from khronika.extract.participants import is_real_org
from khronika.extract.people import named_as_person
from khronika.extract.places import gazetteer
from khronika.extract.syntax import NP_STOP
from khronika.model import Participant, Span
from khronika.nlp.base import Analysis

if TYPE_CHECKING:
    from khronika.extract.participants import Resolver

_TOPIC_CASES = ("о", "об", "обо", "about")  # what a phrase is about: «протокол о …», "a report about …"


def institution(r: Resolver, i: int, stop: tuple[str, ...] = NP_STOP) -> Participant | None:
    """'the university', «из университета»: a body named by a common noun, in the
    nominative in Russian; one the tagger named, by its name."""
    ei = r.entity_in(i, ("ORG",))
    if ei is not None and is_real_org(r.a.entities[ei]):
        return r.org(ei)
    lo, hi = r.np_range(i, stop)
    text, sp = r.np_text(i, stop)
    if text and r.a.language == "ru":
        text = _ru_nominative(r.a, i, lo, hi)
    return Participant(text, "organization", sp) if text else None


def perpetrator(
    r: Resolver, i: int, require_authority: bool = False, stop: tuple[str, ...] = NP_STOP
) -> Participant | None:
    a, tok = r.a, r.a.tokens[i]
    if tok.pos == "PRON" or r.dateline_word(i):
        return None
    authority = r.pack.word("authority_words")
    ei = r.entity_in(i, ("ORG",))
    if ei is not None and named_as_person(a, a.entities[ei], r.pack):
        ei = None  # "Lawyer Maria Eismont" tagged an organisation
    lo, hi = r.np_range(i, stop)
    # (not a body the phrase is about: «протоколы о дискредитации армии» are no army)
    # (however deep: «распространение ложной информации об армии» names no army either)
    topic = {
        j
        for m in a.subtree(i)
        if a.tokens[m].dep == "nmod" and a.case_of(m) in _TOPIC_CASES
        for j in a.subtree(m)
    }
    words = {a.tokens[j].lemma for j in range(lo, hi + 1) if j not in topic} | {
        a.tokens[j].text.lower() for j in range(lo, hi + 1) if j not in topic
    }
    if _advocates(r, i, words):
        return None  # "…, rights group says", «правозащитный центр»: who documents acts does none
    if ei is not None and is_real_org(a.entities[ei]):
        ent = a.entities[ei]
        if require_authority and not (words & authority) and body_of(ent.text) is None:
            return None  # "Amnesty condemned the arrest of X": who speaks of it did not do it
        if ent.tok_start <= i < ent.tok_end or a.language == "ru" or not (words & authority):
            return r.org(ei)
    named = a.entity(i)
    if named is not None and named.label in ("LOC", "GPE") and tok.dep in ("nsubj", "obl:agent"):
        place = gazetteer().lookup(named.text, named.normal)
        if place is not None and place.kind == "country":  # "Iran on Tuesday hanged X": the state
            return Participant(named.normal, "organization", Span(named.start, named.end, named.text))
    if words & authority:
        # "police outside the court": where they were is not which unit they are
        # and "police in Novosibirsk", "a court in Ufa": the town is the act's place
        cut = [
            min(a.subtree(k.i)) - 1
            for k in a.kids(i, "nmod")
            if k.i > i
            and (
                a.case_of(k.i) in r.pack.word("scene_cases")
                or (a.case_of(k.i) in r.pack.word("place_cases") and r.is_town(k.i))
            )
        ]
        text, sp = r.np_text(i, stop, last=min(cut) if cut else None)
        if cut:
            hi = min(hi, max(min(cut), i))
        if a.language == "ru":
            text = _ru_nominative(a, i, lo, hi)
        return Participant(text, "organization", sp) if text else None
    if require_authority:
        return None
    named = a.entity(i)
    if named is not None and named.label == "PER":
        return r.person(a.entity_at[i])
    return None


def advocate(r: Resolver, i: int) -> Participant | None:
    """ "…, a rights group says": a body documenting acts, named by a common noun, which is
    a claimant though never a perpetrator."""
    lo, hi = r.np_range(i, NP_STOP)
    words = {r.a.tokens[j].lemma for j in range(lo, hi + 1)} | {
        r.a.tokens[j].text.lower() for j in range(lo, hi + 1)
    }
    return institution(r, i) if _advocates(r, i, words) else None


def _advocates(r: Resolver, i: int, words: set[str]) -> bool:
    lo, hi = r.np_range(i, NP_STOP)
    named = r.a.text[r.a.tokens[lo].start : r.a.tokens[hi].end]
    return bool(words & r.pack.word("advocacy_words")) and body_of(named) is None


def _ru_nominative(a: Analysis, head: int, lo: int, hi: int) -> str:
    """Russian perpetrator phrase in the nominative, number kept ("сотрудниками ФСБ" ->
    "сотрудники ФСБ", "Чеченскими силовиками" -> "Чеченские силовики")."""
    from khronika.nlp import get_analyzer

    analyzer = get_analyzer("ru")
    tokens = [a.tokens[j] for j in range(lo, hi + 1)]
    return analyzer.nominative_phrase(tokens, head)  # type: ignore[attr-defined,no-any-return]
