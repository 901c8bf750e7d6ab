"""Violation acts from an analysed document.

For every sentence: find triggers (rule-pack lemmas and patterns), drop the ones that are
negated, hypothetical, generic or merely demanded, then fill each act's arguments from the
dependency parse (victims, perpetrators), from the sentence (place, date, certainty), and
only then from earlier context, marking what was inferred. Acts about the same victim in
the same report are merged so that one act gathers all its evidence.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta

from khronika.extract.bodies import body_of
from khronika.extract.context import DocContext, Trigger
from khronika.extract.dates import DateMention, find_dates
from khronika.extract.facilities import facility_kind
from khronika.extract.law import find_charges, find_penalty
from khronika.extract.participants import (
    NP_STOP,
    NUMBER_WORDS,
    Resolver,
    in_date,
    surname_endings,
    title_sentence,
)
from khronika.extract.places import is_place_name
from khronika.extract.rules import ActRules, RulePack, load_pack
from khronika.extract.where import (
    CUSTODY_TYPES,
    document_country,
    facility_of,
    location_of,
    places_in,
)
from khronika.model import Act, Charge, Claim, DateValue, Participant, Penalty, Span
from khronika.nlp.base import Analysis

VERBAL = ("VERB", "AUX", "ADJ")
CLAUSE_STOP = ("acl:relcl", "ccomp", "parataxis", "root", "csubj")
_CERTAINTY_RANK = {"reported": 0, "alleged": 1, "uncertain": 2, "denied": 3}
_CHARGE_WORDS = ("art.", "article", "ст.", "статья", "статье", "статьи")


def extract_acts(a: Analysis, reference: date, pack: RulePack | None = None) -> tuple[Act, ...]:
    pack = pack or load_pack(a.language)
    ctx = DocContext(a, pack, reference, Resolver(a, pack), find_dates(a.text, a.language, reference))
    ctx.doc_country = document_country(a)
    # the patterns that match anywhere in the report: the only ones worth trying per sentence
    live = frozenset(rx.pattern for rules in pack.acts for rx in rules.patterns if rx.search(a.text))
    for s in range(len(a.sentences)):
        sentence_acts: list[Act] = []
        for trig in _triggers(a, pack, s, live):
            act = _build(ctx, trig, s, sentence_acts)
            if act is not None:
                sentence_acts.append(act)
        ctx.places.extend(places_in(ctx, s))
        ctx.history.extend(sentence_acts)
    acts = _without_shadows(
        _without_statistics(
            _without_headline_repeats(
                a, _headline_dates(ctx, _without_suspects(ctx, _custody_check(ctx, ctx.history)))
            )
        )
    )
    return tuple(_with_bodies(act) for act in _merge(acts))


def _with_bodies(act: Act) -> Act:
    if not act.perpetrators:
        return act
    perps = tuple(p if p.kind == "person" else replace(p, body=body_of(p.name)) for p in act.perpetrators)
    return replace(act, perpetrators=perps)


def _title_span(a: Analysis) -> tuple[int, int] | None:
    """The report's title: its first line, when that line is a sentence of its own."""
    if not a.sentences:
        return None
    first = a.sentences[title_sentence(a)]
    line_end = a.text.find("\n", first.start)
    if line_end == -1 or line_end > first.end + 1 or a.text[first.start : line_end].rstrip().endswith("."):
        return None
    return first.start, line_end


def _without_headline_repeats(a: Analysis, acts: list[Act]) -> list[Act]:
    """A title summarises the report: an act from it against unnamed people ('student
    detained') is the same act the body tells with names, so it is not counted twice."""
    title = _title_span(a)
    if title is None:
        return acts

    def in_title(act: Act) -> bool:
        return title[0] <= act.trigger.start < title[1]

    body_types = {act.type for act in acts if not in_title(act)}
    return [
        act
        for act in acts
        if not (in_title(act) and act.type in body_types and all(v.kind == "group" for v in act.victims))
    ]


def _headline_dates(ctx: DocContext, acts: list[Act]) -> list[Act]:
    """A title names no date: an act told only there is dated by the body's first dated
    sentence that names its victim ("29 мая Гаджиева посадили в машину"), not by the
    publication line before it."""
    a = ctx.a
    title = _title_span(a)
    if title is None:
        return acts
    out = []
    for act in acts:
        if title[0] <= act.trigger.start < title[1] and (act.date is None or act.date.inferred):
            named = [v for v in act.victims if v.kind == "person"]
            found = _first_dated_mention(ctx, named, title[1]) if named else None
            if found is not None:
                act = replace(
                    act,
                    date=DateValue(
                        found.value or "",
                        found.precision,  # type: ignore[arg-type]
                        Span(found.start, found.end, found.text),
                        inferred=True,
                    ),
                )
        out.append(act)
    return out


def _first_dated_mention(ctx: DocContext, people: list[Participant], after: int) -> DateMention | None:
    a = ctx.a
    stems = [w[:-2] if len(w) > 5 else w for v in people for w in v.name.split()[-1:]]
    for sent in a.sentences:
        if sent.start < after:
            continue
        text = a.text[sent.start : sent.end]
        if not any(stem in text for stem in stems):
            continue
        dated = [
            d
            for d in ctx.dates
            if sent.start <= d.start < sent.end and d.value and not _ends_a_term(ctx, d.start)
        ]
        if dated:
            return dated[0]
    return None


STATISTIC_MIN_COUNT = 20


def _without_shadows(acts: list[Act]) -> list[Act]:
    """'Обыски прошли у пяти активистов': two trigger words of one sentence ("обыски",
    "прошли") tell one act; the reading that found fewer of its victims (or none) is a
    shadow of the one that found more, not another act."""

    def names(act: Act) -> frozenset[str]:
        return frozenset(v.name for v in act.victims)

    def shadowed(act: Act) -> bool:
        return any(
            other.type == act.type and other.evidence[:1] == act.evidence[:1] and names(act) < names(other)
            for other in acts
        )

    return [act for act in acts if not shadowed(act)]


def _without_statistics(acts: list[Act]) -> list[Act]:
    """'In 2020, 247 reporters were jailed and 32 were killed', 'the violence has killed more
    than 30,000': a count of unnamed people over a year its sentence names, or over no time at
    all, sums up many acts; it is a general claim, not one act. A crowd on a day ('police
    detained 120 protesters on Saturday') stays, and so does one whose year is only the
    report's context ('20,000 people were killed in the massacre in Hama')."""

    def statistic(act: Act) -> bool:
        return (
            bool(act.victims)
            and all(v.kind == "group" and (v.count or 0) >= STATISTIC_MIN_COUNT for v in act.victims)
            and (act.date is None or (act.date.precision == "year" and not act.date.inferred))
        )

    return [act for act in acts if not statistic(act)]


# --- triggers ----------------------------------------------------------------------------


def _triggers(a: Analysis, pack: RulePack, s: int, live: frozenset[str] | None = None) -> list[Trigger]:
    sent = a.sentences[s]
    out: list[Trigger] = []
    seen: set[tuple[str, int]] = set()
    text = a.text[sent.start : sent.end]
    for rules in pack.acts:
        for rx in rules.patterns:
            if live is not None and rx.pattern not in live:
                continue
            for m in rx.finditer(text):
                g = "t" if "t" in rx.groupindex and m.group("t") else 0
                start = sent.start + m.start(g)
                tok = _token_at(a, s, start)
                end = sent.start + m.end(g)
                while (
                    tok is not None
                    and a.tokens[tok].dep in ("amod", "compound", "punct")
                    and (tok < a.tokens[tok].head and a.tokens[a.tokens[tok].head].start < end)
                ):
                    tok = a.tokens[tok].head  # "ill-treatment": the noun the matched words end in
                if tok is not None and (rules.type, tok) not in seen:
                    seen.add((rules.type, tok))
                    out.append(Trigger(rules, tok, True, (sent.start + m.start(), sent.start + m.end())))
    # the words a pattern read in their context ("jailed for 15 days": a sentence; "held in
    # custody pending trial": a remand) are not read again on their own as an act that
    # pattern's type supersedes ("jailed", "custody": a detention)
    superseded = {
        (kind, i)
        for tr in out
        if tr.match
        for i in a.sentence_tokens(s)
        if tr.match[0] <= a.tokens[i].start < tr.match[1]
        for kind in tr.rules.supersedes
    }
    for i in a.sentence_tokens(s):
        t = a.tokens[i]
        for rules in pack.acts:
            hit = (t.lemma in rules.verbs and t.pos in VERBAL) or (
                t.lemma in rules.nouns and t.pos in ("NOUN", "PROPN")
            )
            if hit and (rules.type, i) not in seen:
                seen.add((rules.type, i))
                out.append(Trigger(rules, i, False))
    out = [
        tr
        for tr in out
        if not _inside_a_name(a, tr.i) and _in_context(a, s, tr) and (tr.rules.type, tr.i) not in superseded
    ]
    out.sort(key=lambda tr: tr.i)
    return out


def _in_context(a: Analysis, s: int, trig: Trigger) -> bool:
    """A trigger the pack lists under `context` counts only beside one of its words."""
    needed = trig.rules.context.get(a.tokens[trig.i].lemma)
    if not needed:
        return True
    return any(
        a.tokens[i].lemma in needed or a.tokens[i].text.lower() in needed for i in a.sentence_tokens(s)
    )


def _inside_a_name(a: Analysis, i: int) -> bool:
    """'World Organisation Against Torture', 'Committee for the Prevention of Torture':
    a trigger word inside the name of an organisation or a place reports no act."""
    ent = a.entity(i)
    return ent is not None and ent.label in ("ORG", "FAC") and ent.tok_end - ent.tok_start > 1


def _token_at(a: Analysis, s: int, char: int) -> int | None:
    for i in a.sentence_tokens(s):
        if a.tokens[i].start <= char < a.tokens[i].end or a.tokens[i].start >= char:
            return i
    return None


# --- filters -----------------------------------------------------------------------------


def _clause_chain(a: Analysis, i: int) -> list[int]:
    """The trigger and the words it hangs from inside its own clause."""
    chain = [i]
    while True:
        t = a.tokens[chain[-1]]
        if t.head == t.i or t.dep in CLAUSE_STOP or len(chain) > 12:
            return chain
        chain.append(t.head)


def _suppressed(ctx: DocContext, trig: Trigger) -> bool:
    a, pack = ctx.a, ctx.pack
    chain = _clause_chain(a, trig.i)
    in_match = set()
    if trig.match:
        in_match = {
            i
            for i in a.sentence_tokens(a.tokens[trig.i].sent)
            if trig.match[0] <= a.tokens[i].start < trig.match[1]
        }
    for j in chain:
        for k in a.kids(j):
            if k.i in in_match:
                continue
            low = k.text.lower()
            if k.dep in ("advmod:neg", "neg") or (
                low in pack.cue("negation") and k.dep in ("advmod", "neg", "det", "advmod:neg")
            ):
                if j == trig.i or (j == a.tokens[trig.i].head and a.tokens[trig.i].dep == "xcomp"):
                    return True
            if k.dep in ("aux", "aux:pass") and (low in pack.cue("modal") or k.lemma in pack.cue("modal")):
                return True
            if a.language == "ru" and low in pack.cue("modal") and k.dep in ("aux", "advmod", "discourse"):
                return True
            if k.dep == "advmod" and low in pack.cue("generic_words"):
                return True
        if (
            j != trig.i
            and j not in in_match
            and a.tokens[j].lemma in pack.cue("modal")
            and a.language == "ru"
        ):
            return True
    head = a.tokens[trig.i]
    for up in (head.head, a.tokens[head.head].head):
        if up != trig.i and a.tokens[up].lemma in pack.cue("demand_verbs"):
            return True
    for j in chain:  # "aims to kill him", "хотели задержать": an intention, not an act
        t = a.tokens[j]
        if t.dep == "xcomp" and a.tokens[t.head].lemma in pack.cue("intention_verbs"):
            return True
        if t.dep == "xcomp" and any(
            k.text.lower() in pack.cue("pending_words") for k in a.kids(t.head, "advmod")
        ):
            return True  # "he has yet to be sentenced": it has not happened
        if any(k.lemma in pack.cue("intention_verbs") for k in a.kids(j, "amod")):
            return True  # "attempted murder", "a planned arrest"
        if _conditional(a, j, pack.cue("conditional_marks")):
            return True
    if _a_risk(ctx, trig):
        return True
    if _an_accusation(ctx, trig):
        return True
    for k in a.kids(trig.i, "nsubj", "nsubj:pass", "obj"):
        if k.text.lower() in pack.cue("nobody_words") or (
            k.lemma in ("one", "body") and any(d.text.lower() == "no" for d in a.kids(k.i, "det"))
        ):
            return True  # "no one was arrested", "никого не задержали"
    return False


def _an_accusation(ctx: DocContext, trig: Trigger) -> bool:
    """'convicted of killing a police officer', «обвиняют в убийстве»: the crime someone is
    accused of is the accusation's content, not an act that befell the one named in it."""
    a = ctx.a
    t = a.tokens[trig.i]
    if t.head == t.i:
        return False
    up = [t.head] + ([a.tokens[t.head].head] if a.tokens[t.head].pos == "ADP" else [])
    verb = next(
        (j for j in up if j != trig.i and a.tokens[j].lemma in ctx.pack.cue("accusation_verbs")), None
    )
    if verb is None:
        return False
    # ... unless those accused are state agents ("convicted five police officers for killing
    # two young men"): then the killing is the violation the court case is about
    v = a.tokens[verb]
    accused = [k.i for k in a.kids(verb, "obj", "nsubj:pass")] + (
        [v.head] if v.dep in ("acl", "amod") else []
    )
    authority = ctx.pack.word("authority_words")
    return not any(a.tokens[k].lemma in authority or a.tokens[k].text.lower() in authority for k in accused)


def _a_risk(ctx: DocContext, trig: Trigger) -> bool:
    """'at risk of torture', 'workers now facing torture and death', 'ему грозит арест': a
    danger named, not an act done. 'faced torture in detention' (past) stays an act."""
    a, pack = ctx.a, ctx.pack
    t = a.tokens[trig.i]
    if t.pos not in ("NOUN", "PROPN"):
        return False
    j = trig.i
    for _ in range(3):
        if a.tokens[j].head == j:
            return False
        j = a.tokens[j].head
        up = a.tokens[j]
        if up.lemma in pack.cue("risk_words"):
            return True
        if up.lemma in pack.cue("risk_verbs") and up.feats.get("Tense") != "Past":
            return not any(k.feats.get("Tense") == "Past" for k in a.kids(j, "aux"))
        if up.pos in VERBAL:
            return False
    return False


def _conditional(a: Analysis, j: int, marks: frozenset[str]) -> bool:
    """'if he is detained', 'если его задержат', 'бы': or an auxiliary put before the
    subject, 'had he been detained'."""
    kids = a.kids(j)
    for k in kids:
        if k.text.lower() not in marks:
            continue
        if k.dep in ("mark", "discourse", "advmod") or (k.dep in ("aux", "aux:pass") and k.i == kids[0].i):
            return True
    return False


def _headline(a: Analysis, s: int) -> bool:
    """A verbless fragment (title, caption): acts from it need a named victim."""
    return not any(
        a.tokens[i].feats.get("VerbForm") == "Fin" or (a.tokens[i].pos == "AUX") for i in a.sentence_tokens(s)
    )


# --- arguments ---------------------------------------------------------------------------


def _is_passive(a: Analysis, i: int, order_verbs: frozenset[str] = frozenset()) -> bool:
    t = a.tokens[i]
    if a.kids(i, "nsubj:pass", "aux:pass"):
        return True
    if t.dep == "ccomp" and a.tokens[t.head].lemma in order_verbs and not a.kids(i, "aux"):
        return True  # "ordered the journalist X held in detention": X is held, not holding
    if t.feats.get("Voice") == "Pass":
        return True
    if (
        t.dep == "conj"
        and t.head != i
        and t.feats.get("VerbForm") == "Part"
        and not a.kids(i, "nsubj", "aux")
        and _is_passive(a, t.head)
    ):
        return True  # "was detained in 2018 and sentenced to 14 years": sentenced too
    if _headline_passive(a, i):
        return True
    if (
        a.language == "en"
        and t.feats.get("Tense") == "Past"
        and not a.kids(i, "obj")
        and any(k.dep == "obl:agent" or a.case_of(k.i) == "by" for k in a.kids(i, "obl", "obl:agent"))
    ):
        return True  # "X, shut down by the authorities in 2021": an agent with "by" makes it passive
    return t.dep in ("acl", "amod") and t.feats.get("VerbForm") == "Part" and t.feats.get("Tense") == "Past"


def _headline_passive(a: Analysis, i: int) -> bool:
    """'Activist Ivan Petrov detained in Moscow', 'X sentenced to five years': a headline or
    bulletin drops the 'was'. A past-tense verb with no auxiliary, no object (nor one it shares
    with a joined verb: "Lukashenko jailed and exiled critics") and a name as its subject is
    passive: the name is who it was done to."""
    t = a.tokens[i]
    if a.language != "en":
        return False  # Russian says it with a short participle («задержан»), passive by its form
    if t.pos != "VERB" or t.feats.get("Tense") != "Past" or t.dep in ("amod", "acl"):
        return False
    if a.kids(i, "aux", "obj", "iobj", "ccomp", "xcomp"):
        return False
    if any(a.kids(c.i, "obj") for c in a.kids(i, "conj")):
        return False
    if t.dep == "conj" and a.kids(t.head, "obj"):
        return False
    subj = a.kids(i, "nsubj")
    return bool(subj) and all(
        a.tokens[k.i].pos == "PROPN" and (ent := a.entity(k.i)) is not None and ent.label == "PER"
        for k in subj
    )


def _subject(a: Analysis, i: int, depth: int = 0) -> list[int]:
    """Subject of a verb, borrowed from the verb it is coordinated with or subordinate to."""
    subj = [k.i for k in a.kids(i, "nsubj", "nsubj:pass")]
    if subj or depth > 3:
        return subj
    t = a.tokens[i]
    if t.dep in ("conj", "xcomp", "advcl", "acomp") and t.head != i:  # "whereabouts remain unknown"
        return _subject(a, t.head, depth + 1)
    return []


def _with_conj(a: Analysis, idxs: list[int]) -> list[int]:
    """The candidates and those joined to them by 'and', also through an apposition:
    'journalists Anna K. and Pyotr I.' hangs Pyotr I. on the name, not on 'journalists'."""
    out = []
    for i in idxs:
        out.append(i)
        out.extend(_conjuncts(a, i))
        for ap in a.kids(i, "appos"):
            if a.tokens[ap.i].pos == "PROPN":
                out.extend(k for k in _conjuncts(a, ap.i) if a.tokens[k].pos == "PROPN")
    return list(dict.fromkeys(out))


def _head_in(a: Analysis, sp: Span) -> int | None:
    """The word of a span whose head lies outside it (the span may be in any sentence)."""
    s = next((k for k, sent in enumerate(a.sentences) if sent.start <= sp.start < sent.end), None)
    inside = (
        [i for i in a.sentence_tokens(s) if sp.start <= a.tokens[i].start < sp.end] if s is not None else []
    )
    outer = (i for i in inside if not sp.start <= a.tokens[a.tokens[i].head].start < sp.end)
    return next(outer, inside[-1] if inside else None)


def _conjuncts(a: Analysis, i: int) -> list[int]:
    """'A, B, C and D': the parser may chain each name to the one before it."""
    out: list[int] = []
    frontier = [i]
    while frontier and len(out) < 30:
        frontier = [k.i for j in frontier for k in a.kids(j, "conj")]
        out.extend(frontier)
    return out


_PROPERTY_ACTS = ("search", "closure", "attack", "threat")


def _victims(ctx: DocContext, trig: Trigger) -> list[Participant]:
    ctx.resolver.owners_count = trig.rules.type in _PROPERTY_ACTS or ctx.a.tokens[trig.i].pos not in VERBAL
    try:
        found = _find_victims(ctx, trig)
        if found:
            found += [v for v in _companions(ctx, trig) if v not in found]
        return found
    finally:
        ctx.resolver.owners_count = True


def _companions(ctx: DocContext, trig: Trigger) -> list[Participant]:
    """'was arrested together with journalist X and Y', 'задержан вместе с X': the people
    named as sharing the act are its victims too."""
    a = ctx.a
    marks = ctx.pack.cue("companion_marks")
    out = []
    for k in a.kids(trig.i, "obl", "nmod"):
        case = [c.i for c in a.kids(k.i, "case")]
        if not case:
            continue
        c = case[0]
        if a.tokens[c].text.lower() in marks or (c > 0 and a.tokens[c - 1].text.lower() in marks):
            out.extend(_resolve_all(ctx, [k.i], trig.rules))
    return [v for v in out if v.kind == "person"]


def _find_victims(ctx: DocContext, trig: Trigger) -> list[Participant]:
    found = _victim_candidates(ctx, trig)
    if (
        trig.rules.type == "denial_of_counsel"
    ):  # "не пустили адвоката": the lawyer is kept out, not the victim
        counsel = ctx.pack.cue("counsel_words")
        found = [v for v in found if not _is_counsel(ctx, v, counsel)]
        if not found:
            found = _resolve_all(ctx, _oblique_victims(ctx, trig), trig.rules)
        if not found:
            found = [
                v
                for v in _resolve_all(ctx, _clients(ctx, trig), trig.rules)
                if not _is_counsel(ctx, v, counsel)
            ]
        if not found:  # "X had no access to a lawyer": the one in the clause's subject
            verb = next(
                (j for j in [trig.i, *ctx.a.ancestors(trig.i)] if ctx.a.tokens[j].pos in VERBAL), None
            )
            subj = _subject(ctx.a, verb) if verb is not None else []
            found = [v for v in _resolve_all(ctx, subj, trig.rules) if not _is_counsel(ctx, v, counsel)]
    return found


def _is_counsel(ctx: DocContext, p: Participant, counsel: frozenset[str]) -> bool:
    """'the lawyer', 'lawyer Anna Petrova', 'адвоката Ивана Петрова': the one kept out."""
    before = re.search(r"(\w+)\W*$", ctx.a.text[max(0, p.span.start - 20) : p.span.start])
    words = set(re.findall(r"\w+", p.span.text.lower()))
    return bool(words & counsel) or (before is not None and before.group(1).lower() in counsel)


def _clients(ctx: DocContext, trig: Trigger) -> list[int]:
    """'His lawyer was not allowed in': the one whose lawyer it is; 'denied access to the
    detainees': whom the access is to, in the trigger's sentence. (The object of "see",
    "visit" was tried too and found the wrong person more often than the right one.)"""
    a = ctx.a
    counsel = ctx.pack.cue("counsel_words")
    out: list[int] = []
    for i in a.sentence_tokens(a.tokens[trig.i].sent):
        t = a.tokens[i]
        if t.text.lower() in counsel:
            out.extend(k.i for k in a.kids(i, "nmod:poss"))
            if a.language == "ru":  # «адвоката Ивана Петрова»: whose lawyer, in the genitive
                out.extend(
                    k.i for k in a.kids(i, "nmod") if not a.case_of(k.i) and k.feats.get("Case") == "Gen"
                )
        elif t.lemma in ctx.pack.cue("client_words") or t.text.lower() in ctx.pack.cue("client_words"):
            # "not allowed to see their client, X": the client is who was denied
            out.append(t.head if t.dep == "compound" else i)
        elif t.lemma in ctx.pack.cue("counsel_access_words"):  # "access to the detainees"
            out.extend(
                k.i for k in a.kids(i, "obj", "nmod", "obl") if k.dep == "obj" or a.case_of(k.i) == "to"
            )
    lacking = ctx.pack.cue("lacking_marks")
    noun = a.tokens[a.tokens[trig.i].head] if a.tokens[trig.i].text.lower() in lacking else a.tokens[trig.i]
    if not out and a.case_of(noun.i) in lacking and noun.head != noun.i:
        verb = noun.head  # "questioned without a lawyer", "допросили без адвоката": whoever was questioned
        out = [k.i for k in a.kids(verb, "nsubj:pass" if _is_passive(a, verb) else "obj")]
    return out


def _victim_candidates(ctx: DocContext, trig: Trigger) -> list[Participant]:
    a, r, rules = ctx.a, ctx.resolver, trig.rules
    t = a.tokens[trig.i]
    cands: list[int] = []
    if t.pos in VERBAL or (trig.from_pattern and t.pos not in ("NOUN", "PROPN")):
        if _is_passive(a, trig.i, ctx.pack.cue("order_verbs")):
            cands = [k.i for k in a.kids(trig.i, "nsubj:pass", "nsubj")]
            if not cands and t.dep in ("acl", "amod") and t.head != t.i:
                cands = [t.head]
            if not cands:
                cands = _subject(a, trig.i)
        else:
            cands = [k.i for k in a.kids(trig.i, "obj", "iobj")]
            if a.language == "ru" and not cands:
                cands = [
                    k.i
                    for k in a.kids(trig.i, "obl", "iobj")
                    if not a.case_of(k.i) and k.feats.get("Case") in ("Acc", "Dat")
                ]
            if not cands:  # "declared the group Vesna undesirable": the subject of the small clause
                cands = [
                    k.i
                    for c in a.kids(trig.i, "ccomp", "xcomp")
                    if c.pos in ("ADJ", "NOUN")
                    for k in a.kids(c.i, "nsubj")
                ]
            if not cands and rules.type == "threat":
                # "threatened to kill her", "угрожали убить его": the one the harm would befall
                # (or, through owners, whose family or office it is)
                cands = [k.i for x in a.kids(trig.i, "xcomp") for k in a.kids(x.i, "obj")]
            if not cands:  # "отправил обоих под стражу": the parser hangs "обоих" as a numeral
                plural = ctx.pack.word("plural_anaphora")
                cands = [k.i for k in a.kids(trig.i, "nummod", "nummod:gov") if k.text.lower() in plural]
            if not cands and trig.from_pattern:
                cands = [
                    k.i
                    for k in a.kids(trig.i, "obl")
                    if a.case_of(k.i) in ("into", "on", "in", "в", "на") and not in_date(a, k.i)
                ]
            if rules.subject_victim:
                if not cands or not any(r.victim(c) for c in cands):
                    cands = _subject(a, trig.i) or ([t.head] if t.dep in ("acl", "amod") else [])
    else:
        cands = _noun_victims(a, trig.i, rules.type, ctx.pack.word("possessive_pronouns"))
        if t.lemma in ctx.pack.word("charge_nouns"):  # "charges of membership of X": X is the offence
            cands = [c for c in cands if a.case_of(c) not in ("of",)]
    found = _resolve_all(ctx, cands, rules)
    if not found and rules.type in AGAINST_TYPES:
        # "opened a criminal case against her": "against" may hang on the verb the noun is the object of
        holders = [trig.i] + ([t.head] if t.dep == "obj" and t.pos in ("NOUN", "PROPN") else [])
        found = _resolve_all(
            ctx,
            [
                k.i
                for h in holders
                for k in a.kids(h, "obl", "nmod")
                if a.case_of(k.i) in ("against", "против")
            ],
            rules,
        )
    if not found and t.dep in ("xcomp", "advcl", "conj", "acl") and t.head != t.i:
        head = a.tokens[t.head]
        inherit = (
            [k.i for k in a.kids(head.i, "nsubj:pass", "nsubj")]
            if _is_passive(a, head.i)
            else [k.i for k in a.kids(head.i, "obj")]
        )
        if not inherit and head.dep in ("acl", "amod") and _is_passive(a, head.i):
            inherit = [head.head]
        found = _resolve_all(ctx, inherit, rules)
    if not found and t.pos in ("NOUN", "PROPN"):
        found = _resolve_all(ctx, _experiencer(ctx, trig.i), rules)
    if not found and rules.type in _PROPERTY_ACTS and t.pos in ("NOUN", "PROPN"):
        # "a search in the office of X", "conducted searches at the homes of X and Y": the
        # premises are the noun's or its verb's
        # ("searches were conducted at the homes of …": the noun as the passive verb's subject)
        sites = [(trig.i, "nmod")] + ([(t.head, "obl")] if t.dep in ("obj", "nsubj:pass") else [])
        premises = ctx.pack.cue("premises_cases")
        found = _resolve_all(
            ctx, [k.i for h, dep in sites for k in a.kids(h, dep) if a.case_of(k.i) in premises], rules
        )
    if (
        not found
        and trig.from_pattern
        and rules.type in ("detention", "remand")
        and t.pos not in ("VERB", "AUX")
    ):
        found = _resolve_all(ctx, _holder_subject(a, trig.i, ctx.pack.cue("holding_verbs")), rules)
    if not found and (rules.org_victim or rules.type == "search"):
        for k in a.kids(trig.i, "obj", "obl", "nmod", "nsubj:pass"):
            hit = r.victim(k.i, org_act=True)
            if hit is not None and hit.kind == "organization":
                found = [hit]
                break
        if not found and rules.org_victim and t.dep in ("acl", "amod") and t.head != t.i:
            # "Hizb ut-Tahrir, an Islamic group banned in Russia": the one the clause describes
            described = a.tokens[t.head]
            named = described.head if described.dep == "appos" else described.i
            hit = r.victim(named, org_act=False)
            found = [hit] if hit is not None and hit.kind == "organization" else []
        elif not found and rules.org_victim:
            last = r.last_org()
            found = [last] if last else []
    if (not found or all(v.kind == "group" for v in found)) and t.pos in VERBAL:
        found = _adjacent_person(ctx, trig) or found
    if not found:
        found = _resolve_all(ctx, _oblique_victims(ctx, trig), rules)
    if not found:
        found = _colon_list(ctx, trig)
    return found


def _colon_list(ctx: DocContext, trig: Trigger) -> list[Participant]:
    """'Задержаны: Иван Петров, Олег Марин', 'Detained today in Minsk: A, B, C': a bulletin's
    list after a colon that follows the trigger names who it befell."""
    a = ctx.a
    sent = a.sentence_tokens(a.tokens[trig.i].sent)
    colon = next((j for j in sent if j > trig.i and a.tokens[j].text == ":"), None)
    if colon is None or any(a.tokens[j].pos in VERBAL and j != trig.i for j in range(sent.start, colon)):
        return []
    people = [
        ctx.resolver.person(n)
        for n, e in enumerate(a.entities)
        if e.label == "PER" and a.tokens[colon].end <= e.start < a.sentences[a.tokens[trig.i].sent].end
    ]
    return [p for p in people if not _not_a_victim(ctx, p)]


def _holder_subject(a: Analysis, i: int, holding: frozenset[str]) -> list[int]:
    """'X has been languishing behind bars', 'Still in detention are X': the one in the state
    a pattern names is the subject of the clause it sits in, when that clause's verb says
    someone is held ('remain', 'be', 'находиться'), not that someone acts."""
    j = i
    for _ in range(5):  # "held … in pre-trial detention centre No. 2": the name is long
        subj = [k.i for k in a.kids(j, "nsubj", "nsubj:pass")]
        if subj:
            return subj if a.tokens[j].lemma in holding else []
        if a.tokens[j].head == j:
            break
        j = a.tokens[j].head
    return []


def _oblique_victims(ctx: DocContext, trig: Trigger) -> list[int]:
    """'у журналистки прошел обыск', 'к Зуеву не пустили адвоката', 'в отношении него':
    the person an act befell, marked by a preposition (rule packs: cues.victim_cases), on the
    trigger or on the verb a trigger noun hangs from ('провели обыск у …')."""
    a = ctx.a
    cases = ctx.pack.cue("victim_cases")
    t = a.tokens[trig.i]
    # a noun's verb ('провели обыск у …'), the verb a trigger verb is joined to ('у X отобрали
    # телефон и пригрозили …')
    heads = [trig.i] + ([t.head] if t.dep in ("nsubj", "obj", "nsubj:pass", "conj") and t.head != t.i else [])
    out: list[int] = []
    frontier = heads
    for _depth in range(3):  # parsers attach "к Зуеву" to a neighbour as often as to the verb
        nxt = []
        for h in frontier:
            for k in a.kids(h, "obl", "nmod", "iobj", "obj"):
                case = a.case_of(k.i)
                if k.dep == "obj":  # "возбудила дело о госизмене против X": through the object
                    nxt.append(k.i)
                elif case in cases:
                    out.append(k.i)
                elif case == "в" and k.lemma == "отношение":
                    out.extend(g.i for g in a.kids(k.i, "nmod"))
                elif case == "в" and any(
                    f.lemma == "отношение" for c in a.kids(k.i, "case") for f in a.kids(c.i)
                ):
                    out.append(k.i)  # «В отношении активиста … составлен протокол»
                else:
                    nxt.append(k.i)
        if out:
            return out
        frontier = nxt
    return out


AGAINST_TYPES = ("prosecution", "attack", "search", "threat", "closure", "designation")


def _noun_victims(a: Analysis, i: int, act_type: str, possessives: frozenset[str] = frozenset()) -> list[int]:
    out = []
    cases = ("of", "on", "над") + (("against", "против") if act_type in AGAINST_TYPES else ())
    for k in a.kids(i):
        case = a.case_of(k.i)
        if k.dep == "nmod:poss" or (k.dep in ("nmod", "obl") and case in cases):
            out.append(k.i)
        elif k.dep == "det" and k.text.lower() in possessives:  # "его местонахождение"
            out.append(k.i)
        elif k.dep == "acl":  # "torture inflicted on him"
            out.extend(
                g.i for g in a.kids(k.i, "obl", "nmod") if a.case_of(g.i) in ("on", "upon", "к", "над")
            )
        elif (
            a.language == "ru"
            and k.dep in ("nmod", "iobj")
            and not case
            and k.feats.get("Case") in ("Gen", "Dat")
        ):
            out.append(k.i)  # "освобождение Петрова", "приговор Ивану Петрову"
        elif k.dep in ("nmod", "obl") and case == "в" and a.tokens[k.i].lemma == "отношение":
            out.extend(g.i for g in a.kids(k.i, "nmod"))
        elif k.dep == "compound" and a.entity(k.i) is not None and not in_date(a, k.i):
            out.append(k.i)  # "the Memorial raid"
    # "a sentence of two years", "a six-year term": a length of time befalls no one
    return _with_conj(a, [k for k in out if not in_date(a, k)])


def _experiencer(ctx: DocContext, i: int) -> list[int]:
    """ "X's allegations of beatings", "described the horrors of tortures", "suffered torture":
    walk up from a noun trigger to the person who underwent it."""
    a, pack = ctx.a, ctx.pack
    j = i
    for _ in range(6):
        t = a.tokens[j]
        if t.head == j:
            return []
        head = a.tokens[t.head]
        climbs = t.dep == "conj" or (
            t.dep in ("nmod", "obl")
            and (
                a.case_of(j) == "of"
                or (a.language == "ru" and not a.case_of(j) and t.feats.get("Case") == "Gen")
            )
        )
        if head.pos in ("NOUN", "PROPN") and climbs:
            poss = [k.i for k in a.kids(head.i, "nmod:poss")]
            if poss:
                return poss
            j = head.i
            continue
        if head.pos in VERBAL and head.lemma in pack.cue("giving_verbs") and t.dep == "obj":
            # "gave him a seven-year sentence", "imposed a fine on her", "was given a sentence":
            # the one given it, not the giver
            if _is_passive(a, head.i):
                return [k.i for k in a.kids(head.i, "nsubj:pass", "nsubj")]
            # ("handed Ivan Petrov a sentence" parsed with two objects: the other one)
            return (
                [k.i for k in a.kids(head.i, "iobj")]
                or [k.i for k in a.kids(head.i, "obj") if k.i != j]
                or [
                    k
                    for k in a.sentence_tokens(head.sent)
                    if a.tokens[k].dep in ("obl", "nmod")
                    and a.case_of(k) in ("on", "upon")
                    and head.i in a.ancestors(k)
                    and not in_date(a, k)
                ]
            )
        if head.pos in VERBAL:
            undergoing = head.lemma in pack.cue("undergoing_verbs")  # "went on trial"
            about = not undergoing and a.case_of(j) in (
                "on",
                "about",
                "into",
                "о",
                "об",
                "про",
            )  # "reported on killings"
            if not about and (
                undergoing or head.lemma in pack.cue("experiencer_verbs") or head.lemma == "serve"
            ):
                # "police subjected him to torture", «подвергли Ивана пыткам»: an object other
                # than the act itself is who underwent it; else the subject
                objs = [k.i for k in a.kids(head.i, "obj") if k.i != j and not _is_passive(a, head.i)]
                if not objs and a.language == "ru":  # «Ивану Петрову поступают угрозы»: to whom
                    objs = [
                        k.i
                        for k in a.kids(head.i, "iobj", "obl")
                        if k.i != j and not a.case_of(k.i) and k.feats.get("Case") == "Dat"
                    ]
                if objs:
                    return objs
                subj = [k.i for k in a.kids(head.i, "nsubj", "nsubj:pass")]
                if not subj and head.dep == "xcomp" and head.head != head.i:
                    # "(the court ordered) X to pay a fine", "X was ordered to pay": who controls it
                    ctrl = head.head
                    subj = [k.i for k in a.kids(ctrl, "obj")] or [k.i for k in a.kids(ctrl, "nsubj:pass")]
                if subj:
                    return subj
                j = head.i
                continue
            return []
        if t.dep == "conj":
            j = head.i
            continue
        return []
    return []


def _resolve_all(ctx: DocContext, cands: list[int], rules: ActRules) -> list[Participant]:
    out: list[Participant] = []
    for c in _with_conj(ctx.a, cands):
        plural = _plural_antecedents(ctx, c)
        if plural:
            out.extend(q for q in plural if all(q.name != o.name for o in out))
            continue
        p = ctx.resolver.victim(c, org_act=rules.org_victim)
        if p is not None and p.kind == "organization" and rules.person_victim:
            p = ctx.resolver.as_person(p)  # "Guards tortured Oleg Marin", the name tagged ORG
        if p is None or _not_a_victim(ctx, p):
            continue
        more: list[Participant] = []
        if p.kind == "person" and not ctx.a.tokens[c].start <= p.span.start < ctx.a.tokens[c].end:
            # found through an owner ("the homes of X and Y"): the owner's conjuncts too
            owner = _head_in(ctx.a, p.span)
            more = _resolve_all(ctx, _conjuncts(ctx.a, owner), rules) if owner is not None else []
        if p.kind == "group":
            listed, some = _listed_names(ctx, p)
            out.extend(q for q in listed if all(q.name != o.name for o in out))
            if listed and not (some and (p.count or 0) > len(listed)):
                continue  # "four lawyers: A, B, C and D" are the four; "20 people, including A" are more
            if listed:
                p = _before_list(ctx.a, p)
        for q in (p, *more):
            if all(q.name != o.name for o in out):
                out.append(q)
    if any(q.kind == "person" for q in out):
        # "the lawyer and journalist Dauletmurat T.": one noun for one person, named, is that
        # person, not another, unnamed group
        out = [q for q in out if not (q.kind == "group" and q.count is None and _singular(ctx.a, q))]
    return _shared_surnames(ctx.a, ctx.pack, out)


def _singular(a: Analysis, p: Participant) -> bool:
    head = _head_in(a, p.span)
    return head is not None and a.tokens[head].feats.get("Number") == "Sing" and a.tokens[head].pos == "NOUN"


def _shared_surnames(a: Analysis, pack: RulePack, people: list[Participant]) -> list[Participant]:
    """'the brothers Enver and Rustem Seitkhalilov': a lone given name joined by "and" to a
    full name shares its surname. A lone word that looks like a surname ("Petrov and Anna
    Smirnova") or ends a name elsewhere in the report is left alone."""
    out = list(people)
    endings = surname_endings(pack)
    surnames = {e.text.split()[-1] for e in a.entities if e.label == "PER" and len(e.text.split()) > 1}
    for n, p in enumerate(out):
        word = p.name.strip()
        if (
            p.kind != "person"
            or p.inferred
            or " " in word
            or word.lower().endswith(endings)
            or word in surnames
        ):
            continue
        for q in out:
            parts = q.name.split()
            if (
                q.kind == "person"
                and len(parts) == 2
                and a.text[p.span.end : q.span.start].strip() in ("and", "и")
            ):
                out[n] = replace(p, name=f"{word} {parts[1]}")
                break
    return out


def _plural_antecedents(ctx: DocContext, i: int) -> list[Participant]:
    """'both men', 'they', 'обоих', 'всех троих', 'к ним': the people of the latest act that
    had several named victims."""
    a = ctx.a
    words = {a.tokens[i].text.lower(), a.tokens[i].lemma}
    words |= {
        f"{k.text.lower()} {a.tokens[i].text.lower()}" for k in a.kids(i, "det", "predet", "nummod", "amod")
    }
    # "their homes were searched", «их квартиры»: the owners, where an owner suffered the act
    owners = {k.text.lower() for k in a.kids(i, "nmod:poss", "det")} if ctx.resolver.owners_count else set()
    if not words & ctx.pack.word("plural_anaphora") and not owners & ctx.pack.word("plural_possessives"):
        return []
    for act in reversed(ctx.history):
        people = [v for v in act.victims if v.kind == "person"]
        if len(people) >= 2:
            return [replace(v, inferred=True) for v in people]
    return []


# words that name some of a group ("including A") and, with these, all of it ("namely A, B")
_SOME_WORDS = "such as|including|among them|in particular|в том числе|среди них|в частности"
_LIST_WORDS = _SOME_WORDS + "|namely|identified as|а именно"


def _listed_names(ctx: DocContext, group: Participant) -> tuple[list[Participant], bool]:
    """'four lawyers: A, B, C and D', 'троих участников — А, Б и В': the people of a group
    named right after it, each a victim of their own; and whether they are only some of it
    ('at least 20 people, including A': one name is enough, and the 20 stay a group)."""
    a = ctx.a
    after = a.text[group.span.start : group.span.end + 120]  # the phrase may hold "including A"
    m = re.match(r"[^.;:—–]{0,80}?(?:\s*[:—–]\s*|\s*,?\s+(?:" + _LIST_WORDS + r")\s+)", after)
    some = m is not None and re.search(r"(?:" + _SOME_WORDS + r")\s+$", m.group(0), re.I) is not None
    rest = a.text[group.span.end : group.span.end + 2]
    comma = m is None and group.count is not None and rest.startswith(",")
    if comma:  # "three students, A, B and C": only when the count says how many follow
        m = re.match(r".*?,\s*", a.text[group.span.start : group.span.end + 3])
    # "Reuters journalists Wa Lone and Kyaw Soe Oo": the names follow the group noun directly
    last = group.span.text.split()[-1].lower() if group.span.text.split() else ""
    people = ctx.pack.word("group_nouns") | ctx.pack.word("describing_nouns")
    direct = (
        m is None
        and (last in people or last.rstrip("s") in people)  # not "… of the outlet | Dalny Vostok"
        and any(e.label == "PER" and e.start == group.span.end + 1 for e in a.entities)
    )
    if m is None and not direct:
        return [], False
    start = group.span.end + 1 if direct else group.span.start + m.end()  # type: ignore[union-attr]
    sent_end = next((s.end for s in a.sentences if s.start <= group.span.start < s.end), len(a.text))
    names: list[Participant] = []
    pos = start
    for ei, ent in enumerate(a.entities):
        if ent.start < start or ent.start >= sent_end:
            continue
        gap = a.text[pos : ent.start]
        if len(gap) > 40 or re.search(r"[.;]", gap):
            break
        if ent.label in ("NORP", "ORG") and _describes_next(a, ei):
            continue  # "including Bahraini blogger A and Uyghur economist B"
        if re.match(r"[’']s\b", a.text[ent.end : ent.end + 3]):
            pos = ent.end  # "and A's former counsel B": A names whose counsel B is
            continue
        if ent.label != "PER":
            break
        names.append(ctx.resolver.person(ei))
        pos = ent.end
    if comma and len(names) != group.count:
        return [], False
    return (names if len(names) >= (1 if direct or some else 2) else []), some


def _before_list(a: Analysis, group: Participant) -> Participant:
    """'at least 20 people, including A' as a group is 'at least 20 people'."""
    m = re.search(r"\s*,?\s+(?:" + _SOME_WORDS + r")\s", group.span.text, re.I)
    if m is None:
        return group
    sp = Span(group.span.start, group.span.start + m.start(), group.span.text[: m.start()])
    return replace(group, name=sp.text.strip(" ,;:\"'“”«»"), span=sp)


def _describes_next(a: Analysis, ei: int) -> bool:
    """A nationality or outlet word in front of a name: 'Uyghur economist and blogger A'."""
    if ei + 1 >= len(a.entities) or a.entities[ei + 1].label != "PER":
        return False
    between = a.text[a.entities[ei].end : a.entities[ei + 1].start]
    return len(between) <= 40 and bool(re.fullmatch(r"(?:\s+[a-z][\w-]*)*\s+", between))


def _adjacent_person(ctx: DocContext, trig: Trigger) -> list[Participant]:
    """'sentenced journalist Alena S.', 'приговорил активиста Фаиля Алсынова': a name right
    after an active trigger, past a describing noun or two, when the parse gave no object."""
    a = ctx.a
    sent = a.tokens[trig.i].sent
    for j in range(trig.i + 1, min(trig.i + 5, a.sentences[sent].tok_end)):
        tok = a.tokens[j]
        ent = a.entity(j)
        if ent is not None and ent.label == "PER":
            found = ctx.resolver.person(a.entity_at[j])
            return [found] if found.kind == "person" else []
        if tok.pos not in ("NOUN", "ADJ", "DET") or tok.text[:1].isupper() and tok.pos == "NOUN":
            break
    if a.language == "ru" and not _is_passive(a, trig.i):
        # «В отделе полиции Ивана Петрова били ногами»: Russian marks the object by its case,
        # wherever the parser hung it — a name in the accusative, right before the verb
        verbs = [trig.i] + (
            [a.tokens[trig.i].head] if a.tokens[trig.i].dep == "conj" else []
        )  # "вызвали … и предупредили"
        for j in (j for v in verbs for j in range(v - 1, max(a.sentences[sent].tok_start, v - 4) - 1, -1)):
            ent = a.entity(j)
            if (
                ent is not None
                and ent.label == "PER"
                and not a.case_of(j)
                and (
                    a.tokens[j].feats.get("Case") == "Acc"
                    # an animate name's accusative reads as a genitive; not one that hangs on a noun
                    or (a.tokens[j].feats.get("Case") == "Gen" and a.tokens[a.tokens[j].head].pos in VERBAL)
                )
            ):
                found = ctx.resolver.person(a.entity_at[j])
                return [found] if found.kind == "person" else []
    return []


def _perpetrators(
    ctx: DocContext, trig: Trigger, victims: list[Participant], sentence_acts: list[Act]
) -> list[Participant]:
    a, r = ctx.a, ctx.resolver
    t = a.tokens[trig.i]
    cands: list[tuple[int, bool]] = []
    agents = [
        k.i
        for k in a.kids(trig.i)
        if k.dep == "obl:agent" or (a.case_of(k.i) == "by" and k.dep in ("nmod", "obl"))
    ]
    if a.language == "ru":
        agents += [k.i for k in a.kids(trig.i, "nmod") if a.case_of(k.i) in ("со стороны",)]
        if _is_passive(a, trig.i):  # "сотрудниками ФСБ задержан": the agent in the instrumental
            agents += [
                k.i for k in a.kids(trig.i, "obl") if not a.case_of(k.i) and k.feats.get("Case") == "Ins"
            ]
    cands += [(k, False) for k in agents]
    orders = ctx.pack.cue("order_verbs")
    if not agents and t.pos in VERBAL and not _is_passive(a, trig.i, orders):
        # (where the subject is the victim — "X disappeared" — it is dropped below by name)
        cands += [(k, False) for k in _subject(a, trig.i)]
    if not cands and t.dep in ("conj", "xcomp", "advcl", "acl") and t.head != t.i:
        cands += [(k.i, False) for k in a.kids(t.head) if k.dep == "obl:agent"]
    if not cands and t.head != t.i:
        # "a court ordered both men held in detention", "ordered him detained": whoever ordered
        # it, if an authority, did it (from "detention", climb to "held" first)
        base = a.tokens[t.head] if t.dep == "obl" and a.tokens[t.head].pos in VERBAL else t
        governor = base.head if base.dep in ("xcomp", "ccomp") else None
        if base.dep == "acl" and a.tokens[base.head].dep == "obj":
            governor = a.tokens[base.head].head
        if (
            governor is not None
            and a.tokens[governor].pos in VERBAL
            and not _is_passive(a, governor)
            and a.tokens[governor].lemma not in ctx.pack.cue("attribution_verbs")  # "…, X said": the source
        ):
            cands += [(k, True) for k in _subject(a, governor)]
    if not cands and t.pos in ("NOUN", "PROPN") and t.dep == "obj":
        verb = a.tokens[t.head]  # "the court imposed a fine", "investigators opened a case"
        if verb.pos in VERBAL and not _is_passive(a, verb.i):
            cands += [(k, True) for k in _subject(a, verb.i)]
    if not cands and t.pos in VERBAL and not _is_passive(a, trig.i, orders):
        # the parser lost the subject ("On 13 February officers of the FSB detained …"): an
        # authority phrase hanging from the trigger before it is the one who acted
        authority = ctx.pack.word("authority_words")
        cands += [
            (k.i, False) for k in a.kids(trig.i, "obl", "nmod") if k.i < trig.i and k.lemma in authority
        ]
    # "the officers who beat him": a relative pronoun stands for the noun its clause describes
    cands = [
        (a.tokens[a.tokens[c].head].head, strict)
        if a.tokens[c].lemma in ctx.pack.word("pronouns_relative")
        and a.tokens[a.tokens[c].head].dep == "acl:relcl"
        else (c, strict)
        for c, strict in cands
    ]
    victim_names = {v.name for v in victims}
    out: list[Participant] = []
    for c, strict in _with_conj_flags(a, cands):
        p = r.perpetrator(c, require_authority=strict)
        if p is not None and p.name not in victim_names and all(p.name != q.name for q in out):
            out.append(p)
    if out:
        return out
    if trig.rules.type == "reprisal":
        # "expelled from the university", «отчислили из университета»: the institution did it
        source = [
            k.i
            for k in a.kids(trig.i, "obl")
            if a.case_of(k.i) in ctx.pack.cue("source_cases")
            and k.lemma not in ctx.pack.word("position_words")  # "fired from work", «уволили с работы»
            and not a.kids(k.i, "nmod:poss")  # "dismissed from his job": no body named
            and not any(d.text.lower() in ctx.pack.word("possessive_pronouns") for d in a.kids(k.i, "det"))
        ]
        if not source and t.pos in VERBAL and not _is_passive(a, trig.i):
            # "The university expelled Anna Lee": the institution that is the subject
            source = [k for k in _subject(a, trig.i) if a.tokens[k].pos in ("NOUN", "PROPN")]
        body = r.institution(source[0], stop=_COURT_NAME_STOP) if source else None
        if body is not None:
            return [body]
    if trig.rules.type in _COURT_ACTS:
        # "Ивану Петрову назначили семь лет": only a court sentences or remands; the court
        # the report names nearest before (or in the sentence) did, not the police last named
        court = _nearest_court(ctx, trig.i)
        return [replace(court, inferred=True)] if court is not None else []
    fits = _perpetrator_fits(ctx, trig.rules.type)
    for act in sentence_acts:  # same sentence, explicit
        explicit = [p for p in act.perpetrators if not p.inferred and fits(p)]
        if explicit:
            return [replace(p, inferred=True) for p in explicit]
    for act in reversed(ctx.history):  # same victim earlier, else the last one named
        if {v.name for v in act.victims} & victim_names:
            explicit = [p for p in act.perpetrators if not p.inferred and fits(p)]
            if explicit:
                return [replace(p, inferred=True) for p in explicit]
    # (a disappearance told by those looking for someone — "his family cannot find him" —
    # names, in its own subject, no one who acted)
    unnamed = not _subject(a, trig.i) or trig.rules.subject_victim
    if t.pos in VERBAL and unnamed and t.sent > 0:
        # "Police came to the café. Three were taken to the station": an authority that is
        # the subject of the sentence before acted in a clause that names no one
        for i in a.sentence_tokens(t.sent - 1):
            if a.tokens[i].dep == "nsubj" and a.tokens[a.tokens[i].head].pos in VERBAL:
                p = r.perpetrator(i, require_authority=True)
                if p is not None and p.name not in victim_names:
                    return [replace(p, inferred=True)]
    for act in reversed(ctx.history):
        explicit = [p for p in act.perpetrators if not p.inferred and fits(p)]
        if explicit:
            return [replace(p, inferred=True) for p in explicit]
    return []


def _perpetrator_fits(ctx: DocContext, act_type: str) -> Callable[[Participant], bool]:
    """A perpetrator borrowed from another act must be able to do this one: a court
    sentences, remands, closes and lists, but detains, beats and searches no one."""

    def fits(p: Participant) -> bool:
        is_court = any(_is_court_word(ctx.pack, w) for w in re.findall(r"\w+", p.name.lower()))
        return not is_court or act_type in _COURT_FIT

    return fits


_COURT_FIT = ("sentence", "remand", "closure", "designation", "release", "reprisal")


_COURT_ACTS = ("sentence", "remand")


def _is_court_word(pack: RulePack, word: str) -> bool:
    """'court', 'суд', and Russian compounds ending in it: «Мосгорсуд», «горсуда»."""
    low = word.lower()
    return (
        low in pack.word("court_words")
        or re.fullmatch(r"\w*суд(?:а|у|ом|е|ы|ов|ам|ами|ах)?", low) is not None
    )


def _nearest_court(ctx: DocContext, i: int) -> Participant | None:
    a = ctx.a

    def is_court(j: int) -> bool:
        t = a.tokens[j]
        return t.pos in ("NOUN", "PROPN") and (
            _is_court_word(ctx.pack, t.lemma) or _is_court_word(ctx.pack, t.text)
        )

    s = a.tokens[i].sent
    sent = a.sentence_tokens(s)
    # this sentence, the report before it, then the next two ("… оштрафовали. Решение
    # вынес Василеостровский районный суд")
    after = range(sent.stop, a.sentences[min(s + 2, len(a.sentences) - 1)].tok_end)
    for j in [*sent, *range(sent.start - 1, -1, -1), *after]:
        if is_court(j):
            # the court's own name, not the clause the parser may have hung on it
            p = ctx.resolver.perpetrator(j, require_authority=True, stop=_COURT_NAME_STOP)
            if p is not None:
                return p
    return None


_COURT_NAME_STOP = (*NP_STOP, "nmod", "obl", "nsubj", "obj", "ccomp", "xcomp", "advmod", "aux", "cop")


def _with_conj_flags(a: Analysis, cands: list[tuple[int, bool]]) -> list[tuple[int, bool]]:
    out = []
    for i, flag in cands:
        out.append((i, flag))
        out.extend((k.i, flag) for k in a.kids(i, "conj"))
    return out


# --- date, certainty ---------------------------------------------------------------------


def _ends_a_term(ctx: DocContext, start: int) -> bool:
    """'remanded until 5 May', 'под стражу до 5 мая': the date is the end of a term (the word
    before it is one of the pack's `until_words`), not when it happened."""
    before = re.search(r"(\w+)\s+$", ctx.a.text[max(0, start - 12) : start])
    return before is not None and before.group(1).lower() in ctx.pack.cue("until_words")


def _date(ctx: DocContext, trig: Trigger, s: int) -> DateValue | None:
    a = ctx.a
    sent = a.sentences[s]
    pos = a.tokens[trig.i].start
    inside = [
        d
        for d in ctx.dates
        if sent.start <= d.start < sent.end and d.value and not _ends_a_term(ctx, d.start)
    ]
    own = _dates_of_the_act(ctx, trig, inside)
    if inside and not own:
        return None  # "X, arrested on 5 May, received five years": the sentence's date is unknown
    if own:
        d = min(own, key=lambda d: abs(d.start - pos))
        return DateValue(d.value or "", d.precision, Span(d.start, d.end, d.text))  # type: ignore[arg-type]
    told = _decision_date(ctx, s) if trig.rules.type in _COURT_ACTS else None
    if told is not None:
        return told
    before = [d for d in ctx.dates if d.end <= sent.start and d.value]
    if before:
        d = before[-1]
        # "the next day", "two days later" (the pack's `next_day` patterns): that many days
        # after the last date
        found = (rx.search(a.text, sent.start, sent.end) for rx in ctx.pack.cue_patterns.get("next_day", ()))
        later = next((m for m in found if m), None)
        days = _days_later(later) if later else None
        if later and days and d.precision == "day" and d.value:
            day = date.fromisoformat(d.value[:10]) + timedelta(days=days)
            return DateValue(
                day.isoformat(), "day", Span(later.start(), later.end(), later.group()), inferred=True
            )
        text = a.text[sent.start : sent.end].lower()
        if not later and any(
            re.search(rf"(?<!\w){re.escape(w)}(?!\w)", text) for w in ctx.pack.cue("later_words")
        ):
            return None  # "He later received five years": after the last date named, but when is unknown
        return DateValue(d.value or "", d.precision, Span(d.start, d.end, d.text), inferred=True)  # type: ignore[arg-type]
    return None


def _decision_date(ctx: DocContext, s: int) -> DateValue | None:
    """'X was sentenced to five years. The verdict was handed down on 14 March.': an undated
    court decision is dated by the next sentence that names the decision (the pack's
    `decision_words`) with a date of its own."""
    a = ctx.a
    if s + 1 >= len(a.sentences):
        return None
    nxt = a.sentences[s + 1]
    words = {a.tokens[i].lemma for i in a.sentence_tokens(s + 1)} | {
        a.tokens[i].text.lower() for i in a.sentence_tokens(s + 1)
    }
    if not words & ctx.pack.cue("decision_words"):
        return None
    dated = [
        d for d in ctx.dates if nxt.start <= d.start < nxt.end and d.value and not _ends_a_term(ctx, d.start)
    ]
    if not dated:
        return None
    d = dated[0]
    return DateValue(d.value or "", d.precision, Span(d.start, d.end, d.text), inferred=True)  # type: ignore[arg-type]


def _days_later(m: re.Match[str]) -> int | None:
    """How many days a `next_day` phrase counts: its group `n` ("two days later"), else one."""
    if "n" not in m.re.groupindex or m.group("n") is None:
        return 1
    n = m.group("n").lower()
    return int(n) if n.isdigit() else NUMBER_WORDS.get(n)


def _dates_of_the_act(ctx: DocContext, trig: Trigger, dates: list[DateMention]) -> list[DateMention]:
    """The dates of the trigger's sentence that date the act. A date that modifies a
    participle or clause describing someone ("X, arrested on 5 May, received …", "who was
    detained in 2019") dates that, not the act: its verb is neither the trigger nor one the
    trigger hangs from, nor inside the act's own object."""
    if not dates:
        return []
    a = ctx.a
    sentence = a.sentence_tokens(a.tokens[trig.i].sent)
    chain = set(_clause_chain(a, trig.i))
    # what the act's own object says is its own ("serving a sentence handed down in
    # January"); what its subject's description says is not ("X, arrested on 5 May, was …")
    own = set().union(
        *(_descendants(a, k.i) | {k.i} for k in a.kids(trig.i) if not k.dep.startswith("nsubj"))
    )

    def another_clause(start: int, end: int) -> bool:
        i = next((j for j in sentence if a.tokens[j].start <= start < a.tokens[j].end), None)
        top = i
        while (
            top is not None
            and a.tokens[top].head != top
            and start <= a.tokens[a.tokens[top].head].start < end
        ):
            top = a.tokens[top].head  # "on Wednesday": the date's own head word
        said = a.tokens[a.tokens[top].head] if top is not None else None
        if said is not None and said.i != trig.i and said.lemma in ctx.pack.cue("attribution_verbs"):
            return True  # "…, his lawyer said on Wednesday": when it was said, not done
        for _ in range(8):
            if i is None or i in chain or a.tokens[i].head == i:
                return False
            t = a.tokens[i]
            if (
                t.pos in VERBAL
                and i not in own
                and t.dep in ("acl", "acl:relcl", "advcl")
                and trig.i not in _descendants(a, i)
            ):
                return True
            i = t.head
        return False

    described = _describing_clause(ctx, trig.i)
    if described is not None:
        # "X, who had received death threats, was killed on Monday": the date of the sentence
        # is the killing's; the threats, told in a clause describing X, are undated
        inside = _descendants(a, described) | {described}
        lo, hi = a.tokens[min(inside)].start, a.tokens[max(inside)].end
        dates = [d for d in dates if lo <= d.start < hi]
    return [d for d in dates if not another_clause(d.start, d.end)]


def _describing_clause(ctx: DocContext, i: int) -> int | None:
    """The head of the relative or comma-set participle clause the trigger sits in ("who had
    been tortured", ", arrested in May,"), if any; a bare participle after a noun ("ordered X
    held in custody") is the act itself, not a description."""
    a = ctx.a
    for j in _clause_chain(a, i):
        t = a.tokens[j]
        if t.dep not in ("acl", "acl:relcl") or t.head == j:
            continue
        relative = any(k.text.lower() in ctx.pack.word("pronouns_relative") for k in a.kids(j) if k.i < j)
        first = min(_descendants(a, j) | {j})
        commas = first > 0 and a.tokens[first - 1].text == ","
        return j if relative or commas else None
    return None


def _descendants(a: Analysis, i: int) -> set[int]:
    out, todo = set(), [i]
    while todo:
        j = todo.pop()
        for k in a.kids(j):
            if k.i not in out:
                out.add(k.i)
                todo.append(k.i)
    return out


def _certainty(ctx: DocContext, trig: Trigger, s: int) -> tuple[str, Participant | None]:
    a, pack, r = ctx.a, ctx.pack, ctx.resolver
    sent = a.sentences[s]
    text = a.text[sent.start : sent.end]
    chain = [trig.i] + a.ancestors(trig.i)
    for n, j in enumerate(chain[1:]):
        t = a.tokens[j]
        # what is denied is said (or the object of the denial), not "dismissed after his arrest"
        if t.lemma in pack.cue("deny_verbs") and a.tokens[chain[n]].dep not in ("obl", "advcl", "nmod"):
            subj = [k.i for k in a.kids(j, "nsubj")]
            return "denied", (r.perpetrator(subj[0]) or r.victim(subj[0])) if subj else None
    for j in chain:
        for k in a.kids(j, "aux"):
            if k.text.lower() in pack.cue("hedge"):
                return "uncertain", None
    if any(rx.search(text) for rx in pack.cue_patterns.get("hedge_words", ())):
        hedge_hit = True
    else:
        hedge_hit = False
    claimant: Participant | None = None
    for j in chain[1:]:
        t = a.tokens[j]
        if t.lemma in pack.cue("attribution_verbs"):
            subj = [k.i for k in a.kids(j, "nsubj")]
            if subj:
                claimant = r.victim(subj[0]) or r.perpetrator(subj[0])
                if claimant:
                    break
    if claimant is None:
        for rx in pack.cue_patterns.get("according_to", ()):
            m = rx.search(text)
            if m:
                who = m.group("who").strip()
                if who and len(who.split()) <= 8:
                    start = sent.start + m.start("who")
                    claimant = Participant(
                        _claimant_name(ctx, start, who), "person", Span(start, start + len(who), who)
                    )
                    break
    alleged_word = any(
        a.tokens[i].text.lower() in pack.cue("allege_words") and abs(i - trig.i) <= 4
        for i in a.sentence_tokens(s)
    )
    if hedge_hit:
        return "uncertain", claimant
    if claimant is not None or alleged_word:
        return "alleged", claimant
    return "reported", None


def _claimant_name(ctx: DocContext, start: int, who: str) -> str:
    for ei, ent in enumerate(ctx.a.entities):
        if ent.start >= start and ent.end <= start + len(who) and ent.label in ("PER", "ORG"):
            return ctx.resolver.people.name_of(ei) or ent.normal
    return who


def _charges(ctx: DocContext, s: int) -> tuple[Charge, ...]:
    sent = ctx.a.sentences[s]
    return tuple(find_charges(ctx.a.text[sent.start : sent.end], sent.start, ctx.doc_country))


def _penalty(ctx: DocContext, s: int) -> Penalty | None:
    sent = ctx.a.sentences[s]
    return find_penalty(ctx.a.text[sent.start : sent.end], sent.start)


# --- assembly ----------------------------------------------------------------------------


_SUSPECT_TYPES = ("detention", "remand", "prosecution", "sentence")


def _for_a_violent_crime(ctx: DocContext, trig: Trigger) -> bool:
    """'arrested in connection with the murder of …', 'charged with kidnapping': those held
    are suspects of a crime against someone else. Not when the crime is what they reported on."""
    a, pack = ctx.a, ctx.pack
    crimes, work = pack.cue("crime_words"), pack.cue("crime_work_verbs")
    for i in a.sentence_tokens(a.tokens[trig.i].sent):
        tok = a.tokens[i]
        if i == trig.i or (tok.lemma not in crimes and tok.text.lower() not in crimes):
            continue
        j, hops = i, 0
        while a.tokens[j].head != j and hops < 4:
            j, hops = a.tokens[j].head, hops + 1
            if j == trig.i:
                return True
            if a.tokens[j].lemma in work:
                break
    return False


def _a_standing_status(ctx: DocContext, trig: Trigger) -> bool:
    """'Hizb ut-Tahrir, an Islamic group banned in Russia': a participle describing an
    organisation tells what it is, not a ban that happened in this report (unless it dates
    it: "the newspaper, shut down in 2021")."""
    a = ctx.a
    t = a.tokens[trig.i]
    if t.dep not in ("acl", "amod") or t.head == t.i:
        return False
    if not (t.head < t.i or a.tokens[t.head].lemma in ctx.pack.word("org_anaphora")):
        return False  # a misparse ("The Ministry added journalist X to …" with "added" an adjective)
    inside = _descendants(a, trig.i) | {trig.i}
    lo, hi = a.tokens[min(inside)].start, a.tokens[max(inside)].end
    return not any(lo <= d.start < hi for d in ctx.dates if d.value)


def _searched_after(ctx: DocContext, s: int, sentence_acts: list[Act]) -> list[Participant]:
    """'X was detained in the morning. Officers seized his equipment and notebooks': a search
    told without whose it was, right after an act against named people, was theirs."""
    prev = sentence_acts[-1] if sentence_acts else (ctx.history[-1] if ctx.history else None)
    if prev is None or s == 0 or prev.evidence[0].start < ctx.a.sentences[s - 1].start:
        return []
    return [replace(v, inferred=True) for v in prev.victims if v.kind == "person"]


def _build(ctx: DocContext, trig: Trigger, s: int, sentence_acts: list[Act]) -> Act | None:
    a = ctx.a
    if _suppressed(ctx, trig):
        return None
    if trig.rules.type in _SUSPECT_TYPES and _for_a_violent_crime(ctx, trig):
        ctx.suspects |= {_surname(v.name) for v in _victims(ctx, trig) if v.kind == "person"}
        return None
    victims = [v for v in _victims(ctx, trig) if not _not_a_victim(ctx, v)]
    t = a.tokens[trig.i]
    if trig.rules.type in ("closure", "designation") and _a_standing_status(ctx, trig):
        return None
    if not victims and trig.rules.type == "search":
        victims = _searched_after(ctx, s, sentence_acts)
    if not victims:
        noun_trigger = t.pos in ("NOUN", "PROPN") and not trig.from_pattern
        if noun_trigger or trig.rules.type not in ("search",):
            return None
    if _headline(a, s) and not any(v.kind != "group" and not v.inferred for v in victims):
        return None
    perps = _perpetrators(ctx, trig, victims, sentence_acts)
    location = location_of(ctx, trig, s, victims)
    if (
        not perps
        and location is not None
        and location.kind == "facility"
        and "полици" not in location.name.lower()
    ):
        if "police" in location.name.lower():
            perps = [Participant("police", "organization", location.span, inferred=True)]
    certainty, claimant = _certainty(ctx, trig, s)
    if certainty == "denied" and claimant is not None:  # who denies it is not who is said to have done it
        perps = [p for p in perps if p.name != claimant.name]
    sent = a.sentences[s]
    facility = facility_of(ctx, trig, s, location) if trig.rules.type in CUSTODY_TYPES else None
    charges = _charges(ctx, s) if trig.rules.type in ("prosecution", "sentence", "remand") else ()
    return Act(
        type=trig.rules.type,
        victims=tuple(victims),
        perpetrators=tuple(perps),
        evidence=(Span(sent.start, sent.end, a.text[sent.start : sent.end]),),
        trigger=Span(t.start, t.end, t.text),
        certainty=certainty,  # type: ignore[arg-type]
        claimant=claimant,
        location=location,
        date=_date(ctx, trig, s),
        charges=charges,
        penalty=_penalty(ctx, s) if trig.rules.type == "sentence" else None,
        facility=facility,
        claims=(
            Claim(
                "denies" if certainty == "denied" else "asserts",
                certainty,  # type: ignore[arg-type]
                claimant,
                Span(sent.start, sent.end, a.text[sent.start : sent.end]),
            ),
        ),
    )


_VIOLENT = ("killing", "attack", "abduction")
_SUSPECT_TYPES_DOC = ("detention", "remand", "prosecution", "sentence")


def _surname(name: str) -> str:
    parts = re.findall(r"\w+", name.lower())
    return parts[-1] if parts else ""


def _without_suspects(ctx: DocContext, acts: list[Act]) -> list[Act]:
    """A person the report names as a killer, attacker or kidnapper, or as held or tried for
    such a crime anywhere in it, is a suspect: their arrest and trial are not repression
    acts against them ('charged with kidnapping after she was detained at the airport')."""
    perpetrators = {
        _surname(p.name)
        for act in acts
        if act.type in _VIOLENT
        for p in act.perpetrators
        if p.kind == "person"
    } | ctx.suspects
    perpetrators.discard("")
    if not perpetrators:
        return acts
    out = []
    for act in acts:
        if act.type in _SUSPECT_TYPES_DOC and act.victims:
            kept = tuple(v for v in act.victims if v.kind != "person" or _surname(v.name) not in perpetrators)
            if not kept:
                continue
            act = replace(act, victims=kept)
        out.append(act)
    return out


def _not_a_victim(ctx: DocContext, victim: Participant) -> bool:
    words = set(re.findall(r"\w+", victim.name.lower()))
    sp = victim.span
    if facility_kind(victim.name) is not None and victim.kind != "person":
        return True  # "в СИЗО-2": where someone is held is not who suffered
    if any(d.start <= sp.start and sp.end <= d.end for d in ctx.dates):
        return True  # "arrested … on Dec. 10, 2020": a date, not the person it happened to
    if any(
        e.label in ("DATE", "TIME", "MONEY", "PERCENT", "QUANTITY")
        and e.start <= sp.start
        and sp.end <= e.end
        for e in ctx.a.entities
    ):
        return True
    around = ctx.a.text[max(0, victim.span.start - 1) : victim.span.end + 1]
    if victim.kind == "person" and (around[:1] in '«"“„' and around[-1:] in '»"”“'):
        return True  # «дела Сети», "Operation Car Wash": a title in quotes is not a person
    if words & ctx.pack.word("not_victim_words"):
        return True
    if victim.kind == "group" and words & (ctx.pack.word("time_units") | ctx.pack.word("money_words")):
        return True  # "дал активисту 13 лет строгого режима", "fined her 30,000 roubles": not a victim
    if victim.kind == "person":  # a "person" the tagger found that is a place or a title
        if words & ctx.pack.word("not_person_words"):
            return True
        return is_place_name(victim.name) and not _introduced_as_name(ctx, victim.name)
    return False


def _introduced_as_name(ctx: DocContext, name: str) -> bool:
    """'an asylum seeker named Elizabeth … she was kidnapped': a word the report gives after
    a naming word is someone's name even where the gazetteer knows a town of that name
    (Elizabeth, New Jersey)."""
    words = "|".join(re.escape(w) for w in ctx.pack.word("naming_words"))
    return bool(words) and re.search(rf"\b(?:{words})\s+{re.escape(name)}\b", ctx.a.text, re.I) is not None


def _custody_check(ctx: DocContext, acts: list[Act]) -> list[Act]:
    """A beating is torture when the victim is held (custody words, earlier detention),
    an attack otherwise."""
    detained: set[str] = set()
    custody = ctx.pack.cue("custody_words")
    out = []
    for act in acts:
        names = {v.name for v in act.victims}
        if act.type in ("detention", "remand", "sentence"):
            detained |= names
        if act.type == "torture" and act.trigger.text.lower().startswith(("beat", "изби", "бил", "бит")):
            ev = act.evidence[0]
            lemmas = {t.lemma for t in ctx.a.tokens if ev.start <= t.start < ev.end}
            words = {w.lower().strip(".,") for w in ev.text.split()} | lemmas
            held = bool(names & detained) or any(any(w.startswith(c) for c in custody) for w in words)
            if not held and not any(p.name.lower() in custody for p in act.perpetrators):
                act = replace(act, type="attack")
        out.append(act)
    return out


def _victim_key(act: Act) -> tuple[str, ...]:
    return tuple(sorted(v.name.casefold() for v in act.victims))


def _merge(acts: list[Act]) -> list[Act]:
    merged: list[Act] = []
    index: dict[tuple[str, tuple[str, ...]], int] = {}
    for act in acts:
        k = (act.type, _victim_key(act))
        j = index.get(k)
        if j is None or not _dates_compatible(merged[j], act):
            index[k] = len(merged)
            merged.append(act)
            continue
        merged[j] = _combine(merged[j], act)
    return merged


def _dates_compatible(x: Act, y: Act) -> bool:
    if x.date is None or y.date is None or x.date.inferred or y.date.inferred:
        return True
    return x.date.value.startswith(y.date.value) or y.date.value.startswith(x.date.value)


def _better(x, y):  # type: ignore[no-untyped-def]
    """Prefer a value found in the act's own sentence over one inferred from context."""
    if x is None:
        return y
    if y is None:
        return x
    if getattr(x, "inferred", False) and not getattr(y, "inferred", False):
        return y
    return x


def _combine(x: Act, y: Act) -> Act:
    perps = x.perpetrators
    if (not perps or all(p.inferred for p in perps)) and any(not p.inferred for p in y.perpetrators):
        perps = y.perpetrators
    certainty = min(x.certainty, y.certainty, key=lambda c: _CERTAINTY_RANK[c])
    return replace(
        x,
        perpetrators=perps,
        evidence=x.evidence + tuple(e for e in y.evidence if e not in x.evidence),
        certainty=certainty,  # type: ignore[arg-type]
        claimant=x.claimant or y.claimant,
        location=_better(x.location, y.location),
        date=_better(x.date, y.date),
        charges=tuple(dict.fromkeys(x.charges + y.charges)),
        penalty=x.penalty or y.penalty,
        facility=x.facility or y.facility,
        claims=x.claims + tuple(c for c in y.claims if c not in x.claims),
    )
