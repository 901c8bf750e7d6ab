"""Violation acts from an analysed document.

For every sentence: find triggers (rule-pack lemmas and patterns), drop the ones that are
negated, hypothetical, generic or merely demanded, then fill each act's arguments from the
dependency parse (victims, perpetrators), from the sentence (place, date, certainty), and
only then from earlier context, marking what was inferred. Acts about the same victim in
the same report are merged (merging.py) so that one act gathers all its evidence. Which
triggers tell no act is worked out in suppression.py, who an act befell in victims.py, who
did it in perpetrators.py, when in when.py, from the readings of the parse in syntax.py.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import date

from khronika.extract.agents import advocate, perpetrator
from khronika.extract.anchors import Occurrences, matches_from
from khronika.extract.bodies import body_of
from khronika.extract.context import DocContext, Trigger
from khronika.extract.dates import find_dates
from khronika.extract.law import find_charges, find_penalty
from khronika.extract.merging import merge
from khronika.extract.participants import Resolver
from khronika.extract.people import name_words
from khronika.extract.perpetrators import (
    VIOLENT,
    a_court,
    a_prosecutor,
    perpetrators_of,
    perpetrators_told_after,
    seized_by_the_state,
)
from khronika.extract.rules import RulePack, load_pack
from khronika.extract.suppression import (
    SUSPECT_TYPES,
    negated,
    said_not_by_an_authority,
    suppressed,
    those_it_befell_before,
)
from khronika.extract.syntax import (
    VERBAL,
    head_in,
    opens_a_record_line,
    sentence_at,
    subtree_chars,
)
from khronika.extract.victims import (
    not_a_victim,
    victims_of,
)
from khronika.extract.when import (
    act_date,
    during_dates,
    during_phrases,
    headline_dates,
    police_station_days,
    retold_dates,
    title_span,
)
from khronika.extract.where import (
    CUSTODY_TYPES,
    bulletin_item_start,
    document_country,
    facility_of,
    location_of,
    places_in,
)
from khronika.model import Act, Charge, Claim, Location, Participant, Penalty, Span
from khronika.nlp.base import Analysis, Token


def extract_acts(a: Analysis, reference: date, pack: RulePack | None = None) -> tuple[Act, ...]:
    pack = pack or load_pack(a.language)
    ctx = DocContext(a, pack, reference, Resolver(a, pack), find_dates(a.text, a.language, reference))
    ctx.country_mention = document_country(a, pack.word("street_words"))
    ctx.doc_country = ctx.country_mention.country if ctx.country_mention else None
    live = _live_patterns(a, pack)
    for s in range(len(a.sentences)):
        sentence_acts: list[Act] = []
        ctx.sentence_acts = sentence_acts
        for trig in _triggers(a, pack, s, live.get(s, frozenset())):
            act = _build(ctx, trig, s, sentence_acts)
            if act is not None:
                sentence_acts.append(act)
        sentence_acts = perpetrators_told_after(ctx, sentence_acts)
        sentence_acts += _members_named_next(ctx, s, sentence_acts)
        sentence_acts = _gapped_names(ctx, s, sentence_acts)
        sentence_acts = _searches_of_those_held(sentence_acts)
        ctx.places.extend(places_in(ctx, s))
        ctx.history.extend(sentence_acts)
    acts = _without_shadows(
        _without_groups_named_after(
            a,
            _without_statistics(
                a,
                _without_headline_repeats(
                    a,
                    headline_dates(
                        ctx,
                        _without_suspects(
                            ctx,
                            _custody_check(
                                ctx,
                                during_dates(
                                    ctx,
                                    police_station_days(
                                        retold_dates(
                                            ctx, _counted_then_named(ctx, _named_next(ctx, ctx.history))
                                        )
                                    ),
                                ),
                            ),
                        ),
                    ),
                ),
            ),
        )
    )
    acts = [_without_titles(pack, act) for act in seized_by_the_state(ctx, acts)]
    return tuple(_with_bodies(act) for act in merge(acts))


_MEMBER_ACTS = (
    "detention",
    "remand",
    "sentence",
    "prosecution",
    "search",
    "attack",
    "release",
    "reprisal",
    "designation",
)


def _plain(text: str) -> str:
    """«внёс» as «внес»: Russian writes «ё» or «е» as it pleases, the rule packs one of them;
    patterns are matched on the text with «е» throughout (same length, same offsets)."""
    return text.replace("ё", "е").replace("Ё", "Е")


def _live_patterns(a: Analysis, pack: RulePack) -> dict[int, frozenset[int]]:
    """The patterns worth trying in each sentence: those with a match over the whole report
    that touches it (one pass per pattern and report, not one per sentence; a pattern that
    opens with words is tried only where they occur, and not at all in a report that lacks
    them: anchors.py)."""
    text = _plain(a.text)
    occurrences = Occurrences.of_text(text)
    starts = [sent.start for sent in a.sentences]
    found: dict[int, set[int]] = {}  # sentence -> indices into pack.all_patterns
    if occurrences is None:
        tried: Iterable[int] = range(len(pack.all_patterns))
    else:  # (each anchor word looked for once; the patterns of the words found, in pack order)
        held = [ks for w, ks in pack.patterns_by_anchor.items() if w in occurrences.lowered]
        tried = sorted(set(pack.unanchored_patterns).union(*held))
    for k in tried:
        rx = pack.all_patterns[k][1]
        words = pack.pattern_anchors[k]
        if words is None or occurrences is None:
            matches: Iterator[re.Match[str]] = rx.finditer(text)
        else:
            at = occurrences.starts(words)
            if not at:
                continue
            matches = matches_from(rx, text, at)
        for m in matches:
            first = max(bisect_right(starts, m.start()) - 1, 0)
            last = max(bisect_right(starts, max(m.end() - 1, m.start())) - 1, 0)
            for s in range(first, last + 1):
                found.setdefault(s, set()).add(k)
    return {s: frozenset(patterns) for s, patterns in found.items()}


def _members_named_next(ctx: DocContext, s: int, sentence_acts: list[Act]) -> list[Act]:
    """'107 people had been detained. Among them was opposition politician Nika Melia': the
    people a sentence opening with one of the pack's `members_next` phrases names are members
    of the group the sentence before told an act of, and that act befell each of them."""
    a = ctx.a
    sent = a.sentences[s]
    text = a.text[sent.start : sent.end].lstrip(" \t\n—–-•*·")
    opening = next((m for rx in ctx.pack.cue_patterns.get("members_next", ()) if (m := rx.match(text))), None)
    if s == 0 or opening is None:
        return []
    # ("Police detained eleven journalists. Officers searched their homes. Among those detained
    # were …": the act the opening names, told a sentence or two before)
    named = {
        a.tokens[i].lemma for i in a.sentence_tokens(s) if a.tokens[i].start < sent.start + opening.end() + 2
    }
    before = [
        act
        for act in ctx.history
        if act.type in _MEMBER_ACTS
        and any(v.kind == "group" for v in act.victims)
        and (
            sentence_at(a, act.evidence[0].start) == s - 1
            or (
                s - 3 <= (sentence_at(a, act.evidence[0].start) or -1) < s
                and _names_the_verb(named, _trigger_lemma(a, act), ctx.pack.word("infinitive_endings"))
            )
        )
    ]
    people = [
        ctx.resolver.person(ei)
        for ei, e in enumerate(a.entities)
        if e.label == "PER" and sent.start <= e.start < sent.end and ctx.resolver.people.name_of(ei)
    ]
    told = {(act.type, v.name) for act in sentence_acts for v in act.victims}
    evidence = Span(sent.start, sent.end, a.text[sent.start : sent.end])
    return [
        replace(
            act,
            victims=(p,),
            perpetrators=tuple(replace(q, inferred=True) for q in act.perpetrators),
            evidence=(evidence, act.evidence[0]),
        )
        for act in before
        for p in people
        if (act.type, p.name) not in told
    ]


def _names_the_verb(lemmas: set[str], verb: str | None, endings: frozenset[str]) -> bool:
    """Whether one of the words is the verb or its participle («задержанные» for «задержать»,
    whose lemmas differ: the participle's stem is the verb's without one of the pack's
    `infinitive_endings`; an English participle's lemma is the verb's own)."""
    if verb is None:
        return False
    ending = next((e for e in endings if verb.endswith(e) and len(verb) > len(e) + 3), None)
    stem = verb[: -len(ending)] if ending else None
    return verb in lemmas or (stem is not None and any(w.startswith(stem) for w in lemmas))


def _trigger_lemma(a: Analysis, act: Act) -> str | None:
    s = sentence_at(a, act.trigger.start)
    i = _token_at(a, s, act.trigger.start) if s is not None else None
    return a.tokens[i].lemma if i is not None else None


def _searches_of_those_held(sentence_acts: list[Act]) -> list[Act]:
    """«Провели обыск, забрали компьютер, меня отвезли в управление»: a search that names no
    one, told with the detention of people after it in the same sentence, was theirs."""
    held = [
        v
        for act in sentence_acts
        if act.type in ("detention", "abduction")
        for v in act.victims
        if v.kind == "person"
    ]
    if not held:
        return sentence_acts
    return [
        replace(act, victims=tuple(replace(v, inferred=True) for v in held))
        if act.type == "search" and not act.victims
        else act
        for act in sentence_acts
    ]


def _gapped_names(ctx: DocContext, s: int, sentence_acts: list[Act]) -> list[Act]:
    """«Павел Кушнарёв получил 14 лет, Антон Жданов — 12 лет, Илья Зорин — 9 лет»: a name
    followed by a dash and a number, the verb left out, took the same act as the name before."""
    a = ctx.a
    sent = a.sentences[s]
    acts = [act for act in sentence_acts if act.type in ("sentence", "remand") and act.victims]
    if not acts:
        return sentence_acts
    named = {v.name for act in sentence_acts for v in act.victims}
    verbs = {_token_at(a, s, act.trigger.start) for act in acts}
    gapped = []
    for ei, e in enumerate(a.entities):
        if e.label != "PER" or not (sent.start <= e.start < sent.end) or e.tok_end + 1 >= sent.tok_end:
            continue
        dash, number = a.tokens[e.tok_end], a.tokens[e.tok_end + 1]
        # («приговорил Дмитрия Пчелинцева к 18 годам и Армана Сагынбаева к 6 годам»: a name
        # joined to the verb itself, with a term of its own)
        head = next(
            (
                a.tokens[j]
                for j in range(e.tok_start, e.tok_end)
                if not e.tok_start <= a.tokens[j].head < e.tok_end
            ),
            a.tokens[e.tok_start],
        )
        after = a.tokens[e.tok_end : min(e.tok_end + 3, sent.tok_end)]
        termed = any(a.kids(k.i, "nummod", "nummod:gov") for k in a.kids(head.i, "nmod", "obl")) or (
            len(after) == 3
            and after[0].pos == "ADP"
            and (after[1].pos == "NUM" or after[1].text[:1].isdigit())
        )  # ("… and Oleg Sidorov to 6 years", the term hung on the verb)
        joined = head.dep == "conj" and head.head in verbs and termed
        if joined or (dash.text in ("—", "–") and _a_term_opens(a, number, sent.end)):
            person = ctx.resolver.person(ei)
            if person.name not in named:
                gapped.append(person)
    if not gapped:
        return sentence_acts
    first = acts[0]
    return [
        replace(act, victims=act.victims + tuple(gapped)) if act is first else act for act in sentence_acts
    ]


def _a_term_opens(a: Analysis, first: Token, end: int) -> bool:
    """The words from `first` open with a term: a number («— 12 лет») or a penalty named
    without one («Салаватовой — штраф 15 тысяч рублей»), up to the next comma."""
    if first.pos == "NUM" or first.text[:1].isdigit():
        return True
    penalty = find_penalty(a.text[first.start : end].split(",")[0], first.start)
    return penalty is not None and penalty.span is not None and penalty.span.start == first.start


def _with_bodies(act: Act) -> Act:
    if not act.perpetrators:
        return act
    perps = tuple(p if p.kind == "person" else replace(p, body=body_of(p.name)) for p in act.perpetrators)
    return replace(act, perpetrators=perps)


def _without_titles(pack: RulePack, act: Act) -> Act:
    """A person is recorded by name ("Kyaw Min"), not with the title or description the
    text put before it ("Mr Kyaw Min", "Ms Suu Kyi"); the span still shows them."""

    def plain(p: Participant) -> Participant:
        if p.kind != "person":
            return p
        name = " ".join(name_words(p.name, pack))
        return replace(p, name=name) if name and name != p.name else p

    return replace(
        act, victims=tuple(map(plain, act.victims)), perpetrators=tuple(map(plain, act.perpetrators))
    )


_AN_APPOSITION = re.compile(r",\s*(?:\d{1,3}\s*,|(?:a|an|the)\s)")
_AN_AGE = re.compile(r",\s*\d{1,3}\s*,")


def _named_next(ctx: DocContext, acts: list[Act]) -> list[Act]:
    """'A journalist who covered the strike has been remanded. Aigerim Tleuzhan, 34, a
    correspondent for …': a news lede tells of one unnamed person, and the next sentence
    opens with the name (an age or an apposition after it); that person is the victim."""
    a = ctx.a
    if a.language != "en":
        return acts
    out = []
    for act in acts:
        v = act.victims[0] if len(act.victims) == 1 else None
        s = sentence_at(a, v.span.start) if v is not None else None
        if v is None or v.kind != "group" or v.count or s is None or s + 1 >= len(a.sentences):
            out.append(act)
            continue
        # (an age or a word or two between: "A 17-year-old boy was shot dead")
        if re.search(
            r"\ban?\s+(?:[\w-]+\s+){0,2}$", a.text[max(0, v.span.start - 40) : v.span.start], re.I
        ) or re.match(r"an?\s", v.span.text, re.I):
            nxt = a.sentences[s + 1]  # its first words are a full name, then an age or an apposition
            full = [
                n
                for n, e in enumerate(a.entities)
                if e.label == "PER" and nxt.start <= e.start < nxt.end and " " in e.text
            ]
            opening = [n for n in full if a.entities[n].start == nxt.start]
            # (or, deeper in it, the one full name given an age: "Hengaw said Farhad Rostami,
            # 34, was taken from his home")
            aged = [n for n in full if _AN_AGE.match(a.text, a.entities[n].end)]
            # (or the one full name there, as the subject of a passive: "Relatives said Brian
            # Otieno was hit in the chest")
            undergoing = [
                n
                for n in full
                if any(
                    a.tokens[j].dep == "nsubj:pass"
                    for j in range(a.entities[n].tok_start, a.entities[n].tok_end)
                )
            ]
            ei = opening[0] if opening else aged[0] if len(aged) == 1 else None
            if ei is None and len(full) == 1 and undergoing:
                act = replace(act, victims=(ctx.resolver.person(undergoing[0], inferred=True),))
            elif ei is not None and _AN_APPOSITION.match(a.text, a.entities[ei].end):
                act = replace(act, victims=(ctx.resolver.person(ei, inferred=True),))
        out.append(act)
    return out


def _counted_then_named(ctx: DocContext, acts: list[Act]) -> list[Act]:
    """'The bodies of two young men … were found. Relatives of A and B said the men were
    bundled into a car': a group counted first and named a sentence or two later, where "the
    men" points back to it (or the very next sentence tells an act of the same kind of that
    many named people), is those people (not a title's group: _without_headline_repeats)."""
    a = ctx.a
    if a.language != "en":
        return acts
    title = title_span(a) or (0, 0)
    out = []
    for act in acts:
        group = act.victims[0] if len(act.victims) == 1 else None
        s = sentence_at(a, group.span.start) if group is not None else None
        if group is None or group.kind != "group" or (group.count or 0) < 2 or s is None:
            out.append(act)
            continue
        words = [
            a.tokens[i]
            for i in a.sentence_tokens(s)
            if group.span.start <= a.tokens[i].start < group.span.end
        ]
        head = next((t for t in reversed(words) if t.pos == "NOUN"), None)
        if head is None or title[0] <= act.trigger.start < title[1]:
            out.append(act)
            continue
        back = re.compile(rf"\b(?:the|both|these|those) (?:\w+ )?{re.escape(head.text)}\b", re.I)
        for later in acts:
            at = sentence_at(a, later.evidence[0].start)
            people = [w for w in later.victims if w.kind == "person"]
            if at is not None and s < at <= s + 2 and len(people) == group.count:
                # ("Gunmen shot dead two activists … A and B were ambushed on Saturday": the next
                # sentence tells the same people's act in full)
                next_told = at == s + 1 and _same_kind_of_act(act.type, later.type)
                if next_told or back.search(a.text, a.sentences[at].start, a.sentences[at].end):
                    act = replace(act, victims=tuple(replace(w, inferred=True) for w in people))
                    break
        out.append(act)
    return out


_KINDRED_ACTS = (frozenset({"killing", "attack"}), frozenset({"detention", "abduction"}))


def _same_kind_of_act(one: str, other: str) -> bool:
    """A killing and the attack it was, an arrest and the seizure it was: told twice of the
    same people."""
    return one == other or any({one, other} <= kin for kin in _KINDRED_ACTS)


def _without_headline_repeats(a: Analysis, acts: list[Act]) -> list[Act]:
    """A title summarises the report: an act from it against unnamed people ('student
    detained') is the same act the body tells with names, so it is not counted twice."""
    title = title_span(a)
    if title is None:
        return acts

    def in_title(act: Act) -> bool:
        return title[0] <= act.trigger.start < title[1]

    body_types = {act.type for act in acts if not in_title(act)}

    def more_than_the_body_tells(act: Act) -> bool:
        # ("at least 15 detained" over a body that names two of them and counts no fifteen:
        # the fifteen are news)
        body = [v for x in acts if x.type == act.type and not in_title(x) for v in x.victims]
        named = sum(v.kind == "person" for v in body)
        # (a count in figures: "dozens" says no more than the 79 the body counts)
        count = sum(v.count or 0 for v in act.victims if re.search(r"\d", v.span.text))
        return count > max(named, 1) and count not in {v.count for v in body}

    def told_in_the_body(v: Participant, act: Act) -> bool:
        if v.kind == "group":
            return True
        # ("Searches at the homes of Crimean Tatars" over "searched the homes of five Crimean
        # Tatar men": a people's name the tagger took for an organisation's)
        words = {w.rstrip("s") for w in re.findall(r"\w+", v.name.lower())}
        return v.kind == "organization" and any(
            words <= {w.rstrip("s") for w in re.findall(r"\w+", x.span.text.lower())}
            for b in acts
            if b.type == act.type and not in_title(b)
            for x in b.victims
            if x.kind == "group"
        )

    return [
        act
        for act in acts
        if not (
            in_title(act)
            and act.type in body_types
            and all(told_in_the_body(v, act) for v in act.victims)
            and not more_than_the_body_tells(act)
        )
    ]


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


def _without_groups_named_after(a: Analysis, acts: list[Act]) -> list[Act]:
    """'The court sentenced two volunteers. X received three years, and Y was given two': a
    counted group whose members the next sentence names, one by one, as victims of the same
    act is those people, not a further victim."""

    def sentence_of(act: Act) -> int:
        s = sentence_at(a, act.evidence[0].start)
        return -1 if s is None else s

    out = []
    for act in acts:
        counts = [v.count for v in act.victims if v.kind == "group" and v.count]
        if len(act.victims) == 1 and counts and counts[0] >= 2:
            s = sentence_of(act)
            named = {
                v.name
                for other in acts
                if other.type == act.type and sentence_of(other) == s + 1
                for v in other.victims
                if v.kind == "person"
            }
            if len(named) == counts[0]:
                continue
        out.append(act)
    return out


def _without_statistics(a: Analysis, acts: list[Act]) -> list[Act]:
    """'In 2020, 247 reporters were jailed and 32 were killed', 'the violence has killed more
    than 30,000': a count of unnamed people over a year its sentence names, or over no time at
    all, sums up many acts; it is a general claim, not one act. A crowd on a day ('police
    detained 120 protesters on Saturday') stays, and so does one whose year is only the
    report's context ('20,000 people were killed in the massacre in Hama'), and one that
    someone named did, told as a single deed ('Police arrested 46 students',
    «Полиция задержала 46 студентов»: a finite verb in the past, no "has", no passive)."""

    def statistic(act: Act) -> bool:
        return (
            bool(act.victims)
            and all(v.kind == "group" and (v.count or 0) >= STATISTIC_MIN_COUNT for v in act.victims)
            and (act.date is None or (act.date.precision == "year" and not act.date.inferred))
            and not (act.date is None and _a_single_deed(a, act))
        )

    return [act for act in acts if not statistic(act)]


_SINGLE_DEED_MAX_COUNT = 1000  # ("security forces killed more than 1,500 people": a toll)


def _a_single_deed(a: Analysis, act: Act) -> bool:
    """The act's verb tells one deed of a named doer: past, finite, active, with no auxiliary
    ("Police arrested 46 students", not "has killed 14,000" or "were detained")."""
    if not act.perpetrators or any((v.count or 0) >= _SINGLE_DEED_MAX_COUNT for v in act.victims):
        return False
    i = head_in(a, act.trigger)
    if i is None:
        return False
    verb = a.tokens[i]
    return (
        verb.pos == "VERB"
        and verb.feats.get("Tense") == "Past"
        and verb.feats.get("VerbForm") == "Fin"
        and verb.feats.get("Voice") != "Pass"
        and not a.kids(verb.i, "aux", "aux:pass", "nsubj:pass")
        and bool(a.kids(verb.i, "nsubj"))
    )


# --- triggers ----------------------------------------------------------------------------


def _triggers(a: Analysis, pack: RulePack, s: int, live: frozenset[int] | None = None) -> list[Trigger]:
    """The act triggers of sentence s: pattern matches (only the patterns `live` numbers,
    when given: _live_patterns), then trigger words."""
    sent = a.sentences[s]
    out: list[Trigger] = []
    seen: set[tuple[str, int]] = set()
    text = _plain(a.text[sent.start : sent.end])
    tried = range(len(pack.all_patterns)) if live is None else sorted(live)
    for k in tried:
        rules, rx = pack.all_patterns[k]
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
                out.append(Trigger(rules, tok, True, (sent.start + m.start(), sent.start + m.end()), rx))
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
    illness = pack.cue("illness_words")
    for i in a.sentence_tokens(s):
        t = a.tokens[i]
        for rules, as_verb in pack.trigger_words.get(t.lemma, ()):
            # (a participle the tagger calls an adjective, "detained", is the verb's; an
            # adjective spelled as the verb itself, "a close associate", is not)
            participle = t.pos != "ADJ" or t.text.lower() != t.lemma
            hit = t.pos in VERBAL and participle if as_verb else t.pos in ("NOUN", "PROPN")
            if hit and not as_verb and any(k.lemma in illness for k in a.kids(i, "compound", "amod")):
                continue  # "told he had suffered a heart attack": an illness, no one's deed
            if hit and (rules.type, i) not in seen:
                seen.add((rules.type, i))
                out.append(Trigger(rules, i, False))
    # ... nor a pattern of that type matching the same words («находится в СИЗО»: a remand)
    overlapped = {
        id(tr)
        for tr in out
        for by in out
        if tr.match
        and by.match
        and tr.rules.type in by.rules.supersedes
        and tr.match[0] < by.match[1]
        and by.match[0] < tr.match[1]
    }
    out = [
        tr
        for tr in out
        if not _inside_a_name(a, tr.i, pack)
        and _in_context(a, s, tr)
        and (tr.rules.type, tr.i) not in superseded
        and id(tr) not in overlapped
    ]
    out.sort(key=lambda tr: tr.i)
    return out


def _in_context(a: Analysis, s: int, trig: Trigger) -> bool:
    """A trigger the pack lists under `context` counts only beside one of its words, or in the
    passive voice, which says someone did it."""
    tok = a.tokens[trig.i]
    needed = trig.rules.context.get(tok.lemma) or trig.rules.context.get(tok.text.lower())
    if not needed:
        return True
    if a.kids(trig.i, "aux:pass", "nsubj:pass"):
        return True  # "she was disappeared": someone did it, whatever else the sentence says
    return any(
        a.tokens[i].lemma in needed or a.tokens[i].text.lower() in needed for i in a.sentence_tokens(s)
    )


_NAMES_REACH = 60  # characters from a word for people to the names that say who they are


def _without_named_groups(a: Analysis, victims: list[Participant]) -> list[Participant]:
    """«приговорил волонтёров инициативы солидарности Елену Ковалёву и Сергея Лобана»: a word
    for people, uncounted, followed in the same phrase by the names of the people it means, is
    not a victim beside them."""
    people = [v for v in victims if v.kind == "person"]

    def named(g: Participant) -> bool:
        return any(
            0 <= p.span.start - g.span.end <= _NAMES_REACH
            and not re.search(r"[.;:!?]", a.text[g.span.end : p.span.start])
            for p in people
        )

    return [v for v in victims if not (v.kind == "group" and v.count is None and named(v))]


def _the_act_named(a: Analysis, trig: Trigger, p: Participant) -> bool:
    """A participant whose phrase is the act's own noun ("searches", «обыски») or holds the trigger."""
    at = a.tokens[trig.i].start
    if p.span.start <= at < p.span.end:
        return True
    h = head_in(a, p.span)
    # (not a name: the "Supreme State Security Prosecution" prosecutes)
    return h is not None and a.tokens[h].lemma in trig.rules.nouns and a.tokens[h].pos == "NOUN"


def _a_case_name(ctx: DocContext, p: Participant) -> bool:
    """«фигурант «дела Сети»», "defendants in the Network case": the name of a case."""
    a = ctx.a
    h = head_in(a, p.span)
    if h is None or a.tokens[h].head == h:
        return False
    up = a.tokens[a.tokens[h].head]
    return a.tokens[h].dep in ("nmod", "compound", "appos") and up.lemma in ctx.pack.word("case_nouns")


def _inside_a_name(a: Analysis, i: int, pack: RulePack) -> bool:
    """'World Organisation Against Torture', 'Committee for the Prevention of Torture':
    a trigger word inside the name of an organisation or a place reports no act (but the
    word for a place of custody opening its name does: «находится в СИЗО «Кресты»»)."""
    ent = a.entity(i)
    if ent is None or ent.label not in ("ORG", "FAC") or ent.tok_end - ent.tok_start <= 1:
        return False
    t = a.tokens[i]
    return not (ent.tok_start == i and {t.lemma, t.text.lower()} & pack.word("facility_words"))


def _token_at(a: Analysis, s: int, char: int) -> int | None:
    for i in a.sentence_tokens(s):
        if a.tokens[i].start <= char < a.tokens[i].end or a.tokens[i].start >= char:
            return i
    return None


# --- filters -----------------------------------------------------------------------------


def _headline(a: Analysis, s: int) -> bool:
    """A verbless fragment (title, caption): acts from it need a named victim. (A Russian short
    participle in a sentence that ends like one is a verb: «В Москве задержаны 20 человек.» is
    a statement; «В Ингушетии застрелен блогер» with no full stop is a title.)"""
    sent = a.sentences[s]
    ended = a.text[sent.start : sent.end].rstrip().endswith((".", "!", "?", "…"))
    return not any(
        a.tokens[i].feats.get("VerbForm") == "Fin"
        or a.tokens[i].pos == "AUX"
        or (ended and a.tokens[i].feats.get("Variant") == "Short")
        for i in a.sentence_tokens(s)
    )


# --- arguments ---------------------------------------------------------------------------


# --- date, certainty ---------------------------------------------------------------------


def _certainty(ctx: DocContext, trig: Trigger, s: int) -> tuple[str, Participant | None]:
    a, pack, r = ctx.a, ctx.pack, ctx.resolver
    sent = a.sentences[s]
    text = a.text[sent.start : sent.end]
    chain = [trig.i] + a.ancestors(trig.i)
    trigger = a.tokens[trig.i]
    charges_named = trig.rules.type == "prosecution" and trigger.pos == "NOUN" and trigger.dep == "obj"
    for n, j in enumerate(chain[1:]):
        t = a.tokens[j]
        # what is denied is said (or the object of the denial), not "dismissed after his arrest"
        if trig.match and trig.match[0] <= t.start < trig.match[1]:
            continue  # "the authorities deny holding him": the denial is the act told
        # (nor "has been denied medical care and was placed in a cell": one denied a thing is
        # deprived of it, and a deed joined to that is told, not denied)
        # (nor "he denied the charges", "a judge dismissed the case against him": charges
        # rejected were still brought)
        if (
            t.lemma in pack.cue("deny_verbs")
            and a.tokens[chain[n]].dep not in ("obl", "advcl", "nmod", "conj")
            and not a.kids(j, "aux:pass", "nsubj:pass")
            and not (n == 0 and charges_named)
        ):
            subj = [k.i for k in a.kids(j, "nsubj")]
            return "denied", (perpetrator(r, subj[0]) or r.victim(subj[0])) if subj else None
    if negated(a, pack, trig):
        denier = said_not_by_an_authority(ctx, trig)
        if denier is not None:
            return "denied", denier
    for j in chain:
        for k in a.kids(j, "aux"):
            if k.text.lower() in pack.cue("hedge"):
                return "uncertain", None
    if any(rx.search(text) for rx in pack.cue_patterns.get("hedge_words", ())):
        hedge_hit = True
    else:
        hedge_hit = False
    claimant: Participant | None = None
    for below, j in zip(chain, chain[1:], strict=False):
        t = a.tokens[j]
        if t.lemma in pack.cue("attribution_verbs") and a.tokens[below].dep not in ("nsubj", "nsubj:pass"):
            # (not the one who speaks: «Пчелинцев, фигурант дела «Сети», заявил …» is no claim
            # of his that he is a defendant)
            subj = [k.i for k in a.kids(j, "nsubj")]
            if subj:
                claimant = (
                    r.victim(subj[0])
                    or perpetrator(r, subj[0])
                    or r.people_noun(subj[0])
                    or advocate(r, subj[0])
                )
                if claimant:
                    break
    if claimant is None:
        for rx in pack.cue_patterns.get("according_to", ()):
            m = rx.search(text)
            if m:
                who = m.group("who").strip()
                if who and len(who.split()) <= 8:
                    start = sent.start + m.start("who")
                    tok = _token_at(a, s, start)
                    if tok is not None and a.tokens[tok].pos in ("PRON", "DET") and " " not in who:
                        claimant = r.victim(tok)  # «по её словам»: the one "her" means
                        if claimant is not None:
                            break
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


def _penalty(ctx: DocContext, trig: Trigger, s: int) -> Penalty | None:
    """The term told from the trigger on ("… received nine years, while Y was sentenced to
    eight years": eight for Y), else any the sentence tells («на 15 суток арестовал»)."""
    sent = ctx.a.sentences[s]
    start = min(ctx.a.tokens[trig.i].start, trig.match[0] if trig.match else sent.end)
    return find_penalty(ctx.a.text[start : sent.end], start) or find_penalty(
        ctx.a.text[sent.start : sent.end], sent.start
    )


# --- assembly ----------------------------------------------------------------------------


def _for_a_violent_crime(ctx: DocContext, trig: Trigger) -> bool:
    """'arrested in connection with the murder of …', 'charged with kidnapping': those held
    are suspects of a crime against someone else. Not when the crime is what they reported on."""
    a, pack = ctx.a, ctx.pack
    crimes, work = pack.cue("crime_words"), pack.cue("crime_work_verbs")
    sentence = a.sentence_tokens(a.tokens[trig.i].sent)
    made_up = pack.cue("fabricated_words")
    if any(a.tokens[i].text.lower().startswith(tuple(made_up)) for i in sentence if made_up):
        return False  # "on extortion charges that appear to be fabricated": the charge is the violation
    for i in sentence:
        tok = a.tokens[i]
        if i == trig.i or (tok.lemma not in crimes and tok.text.lower() not in crimes):
            continue
        if tok.dep in ("acl", "acl:relcl", "amod") and a.tokens[tok.head].head != trig.i:
            continue  # "at a memorial to those killed": who was killed, not what anyone is held for
        if _against_it(a, i):
            continue  # "the special anti-robbery squad arrested X": a unit's name, no one's crime
        relative = pack.word("pronouns_relative")
        if any(k.lemma in relative or k.text.lower() in relative for k in a.kids(i)):
            continue  # "over protests …, during which 21 people were killed" (however it was parsed)
        j, hops = i, 0
        while a.tokens[j].head != j and hops < 4:
            j, hops = a.tokens[j].head, hops + 1
            if j == trig.i:
                return True
            if a.tokens[j].lemma in work:
                break
    return False


def _against_it(a: Analysis, i: int) -> bool:
    """A crime word after "anti-" or "counter-" ("anti-kidnapping police", "counter-terrorism
    law") names what a body or law fights."""
    words = [a.tokens[j].text.lower() for j in range(max(i - 2, 0), i)]
    return words[-2:] in (["anti", "-"], ["counter", "-"]) or a.tokens[i].text.lower().startswith(
        ("anti-", "counter-")
    )


def _a_standing_status(ctx: DocContext, trig: Trigger) -> bool:
    """'Hizb ut-Tahrir, an Islamic group banned in Russia': a participle describing an
    organisation tells what it is, not a ban that happened in this report (unless it dates
    it: "the newspaper, shut down in 2021"). So does a relative clause in the present,
    "Hizb ut-Tahrir, which is banned in Russia", «которая в России признана террористической»."""
    a = ctx.a
    t = a.tokens[trig.i]
    if t.head == t.i:
        return False
    if t.dep == "acl:relcl":
        relative = ctx.pack.word("pronouns_relative")
        said_of_it = any(k.lemma in relative for k in a.kids(trig.i, "nsubj:pass"))
        past = any(k.feats.get("Tense") == "Past" for k in a.kids(trig.i, "aux", "aux:pass"))
        if not said_of_it or past:
            return False
    elif t.dep not in ("acl", "amod"):
        return False
    if not (t.head < t.i or a.tokens[t.head].lemma in ctx.pack.word("org_anaphora")):
        return False  # a misparse ("The Ministry added journalist X to …" with "added" an adjective)
    lo, hi = subtree_chars(a, trig.i)
    return not any(lo <= d.start < hi for d in ctx.dates if d.value)


def _told_as_a_time(ctx: DocContext, trig: Trigger, s: int) -> bool:
    """ "beaten during the search", «во время обыска»: a search already told, named to say
    when something else happened, is not another search ("during his arrest" says whose
    arrest it was, and so tells one)."""
    a, t = ctx.a, ctx.a.tokens[trig.i]
    possessives = ctx.pack.word("possessive_pronouns")
    if any(k.dep == "nmod:poss" or k.text.lower() in possessives for k in a.kids(trig.i)):
        return False
    for m in during_phrases(ctx, s):
        if m.lastgroup == trig.rules.type and m.start(m.lastgroup) <= t.start < m.end(m.lastgroup):
            return any(act.type == trig.rules.type for act in ctx.history)
    return False


def _a_licence(ctx: DocContext, trig: Trigger) -> bool:
    """What the pattern read names a licence or an accreditation ("stripped of her licence",
    «лишили аккредитации»)."""
    a = ctx.a
    lo, hi = trig.match or (a.tokens[trig.i].start, a.tokens[trig.i].end)
    words = {w.lower() for w in re.findall(r"\w+", a.text[lo:hi])}
    stems = ctx.pack.word("licence_stems")
    return any(w.startswith(tuple(stems)) for w in words)


def _searched_after(ctx: DocContext, s: int, sentence_acts: list[Act]) -> list[Participant]:
    """'X was detained in the morning. Officers seized his equipment and notebooks': a search
    told without whose it was, right after an act against named people, was theirs."""
    prev = sentence_acts[-1] if sentence_acts else (ctx.history[-1] if ctx.history else None)
    if prev is None or s == 0 or prev.evidence[0].start < ctx.a.sentences[s - 1].start:
        return []
    if not sentence_acts:
        # ("raided the offices of X and detained four of its staff. Officers confiscated
        # computers": the raid's, told in the sentence before beside the arrest)
        before = [act for act in ctx.history if act.evidence[0].start >= ctx.a.sentences[s - 1].start]
        prev = next((act for act in reversed(before) if act.type == "search"), prev)
    # (a seizure told after a search of an office: the organisation's, as the search was)
    kinds = ("person", "organization") if prev.type == "search" else ("person",)
    return [replace(v, inferred=True) for v in prev.victims if v.kind in kinds]


def _closed_person(a: Analysis, v: Participant, people: frozenset[str]) -> bool:
    """A person (or people: "employees were banned from smoking", not "seven media houses")
    as what was closed or banned — not the owner of it ("shut down X's newspaper")."""
    if v.kind not in ("person", "group"):
        return False
    head = head_in(a, v.span)
    if v.kind == "group" and (head is None or a.tokens[head].lemma.lower() not in people):
        return False
    if head is None:
        return True
    t = a.tokens[head]
    return not (t.dep in ("nmod:poss", "nmod") and a.tokens[t.head].pos == "NOUN")


def _build(ctx: DocContext, trig: Trigger, s: int, sentence_acts: list[Act]) -> Act | None:
    a = ctx.a
    if suppressed(ctx, trig):
        return None
    if trig.rules.type in SUSPECT_TYPES and _for_a_violent_crime(ctx, trig):
        ctx.suspects |= {_surname(v.name) for v in victims_of(ctx, trig) if v.kind == "person"}
        return None
    victims = [v for v in victims_of(ctx, trig) if not not_a_victim(ctx, v) and not _excepted(ctx, s, v)]
    victims = _without_named_groups(a, victims)
    if trig.rules.type == "closure":  # (a state body named last is not the outlet closed)
        victims = [v for v in victims if v.kind != "organization" or body_of(v.name) is None]
    # "stripped of her licence", "revoked the licence of lawyer X": a person kept from their
    # work suffers a reprisal, not a closure
    licence_taken = (
        trig.rules.type == "closure"
        and bool(victims)
        and all(v.kind == "person" for v in victims)
        and _a_licence(ctx, trig)
    )
    if (
        trig.rules.type == "closure"
        and victims
        and not licence_taken
        and all(_closed_person(a, v, ctx.pack.people_nouns()) for v in victims)
    ):
        return None  # «запретили выезд Ивану Петрову», "banned X from leaving": no organisation closed
    t = a.tokens[trig.i]
    if trig.rules.type in ("closure", "designation") and _a_standing_status(ctx, trig):
        return None
    if _told_as_a_time(ctx, trig, s):
        return None
    if not victims and trig.rules.type == "search":
        victims = _searched_after(ctx, s, sentence_acts)
    if not victims and trig.rules.type == "threat" and t.pos in VERBAL and t.feats.get("Tense") == "Past":
        # «По её словам, они пригрозили уголовным делом», 'they threatened to charge me, she
        # said': a threat made (not "a group Beijing says threatens stability") with no one
        # named was made to the person who tells it
        _, teller = _certainty(ctx, trig, s)
        if teller is not None and teller.name in ctx.resolver.people.canonical.values():
            victims = [teller]
    if not victims and trig.rules.type == "threat" and ctx.resolver.an_interview():
        # «а если нет — „сгнию в СИЗО“» in an answer: told to the one interviewed, as "I" is
        me = ctx.resolver.speaker(trig.i)
        victims = [me] if me is not None else []
    if not victims:
        noun_trigger = t.pos in ("NOUN", "PROPN") and not trig.from_pattern
        if noun_trigger or trig.rules.type not in ("search",):
            return None
    if (
        _headline(a, s)
        and not opens_a_record_line(a, s)
        and not any(v.kind != "group" and not v.inferred for v in victims)
    ):
        return None
    if all(v.kind == "group" for v in victims) and those_it_befell_before(ctx, trig):
        return None
    reprisal = next((r for r in ctx.pack.acts if r.type == "reprisal"), None) if licence_taken else None
    # (who is found for a licence taken is found as for the reprisal it is)
    perps = perpetrators_of(ctx, replace(trig, rules=reprisal) if reprisal else trig, victims, sentence_acts)
    # («у неё прошли обыски по делу …»: the act's own noun, subject of "took place", did nothing)
    perps = [p for p in perps if not _the_act_named(a, trig, p) and not _a_case_name(ctx, p)]
    location = location_of(ctx, trig, s, victims)
    perps = _not_borrowed_across_borders(ctx, perps, location, sentence_acts)
    item = bulletin_item_start(ctx, s)
    if item is not None:
        perps = [p for p in perps if not (p.inferred and p.span.start < item)]
    when = act_date(ctx, trig, s)
    if when is not None and when.inferred and item is not None and when.span.start < item:
        when = None  # (a day told in a bulletin item before this one is not this item's)
    told = _the_act_told(ctx, trig)
    if told is not None:
        # "His nephew was wounded in the attack": when and where that attack was
        if (when is None or when.inferred) and told.date is not None:
            when = replace(told.date, inferred=True)
        if (location is None or location.inferred) and told.location is not None:
            location = replace(told.location, inferred=True)
    if (
        not perps
        and location is not None
        and location.kind == "facility"
        and "полици" not in location.name.lower()
    ):
        if "police" in location.name.lower():
            perps = [Participant("police", "organization", location.span, inferred=True)]
    act_type = "reprisal" if licence_taken else trig.rules.type
    ordered = t.head != t.i and a.tokens[t.head].lemma in ctx.pack.cue("order_verbs")
    before_trial = ctx.pack.cue("before_trial_words")
    pending = any({a.tokens[j].lemma, a.tokens[j].text.lower()} & before_trial for j in a.sentence_tokens(s))
    if act_type == "detention" and ordered and perps and all(a_court(ctx.pack, p) for p in perps):
        # "a court ordered her held in custody": a remand («суд арестовал на 15 суток», an
        # administrative arrest, is a detention)
        act_type = "remand"
    elif (
        act_type == "detention"
        and ordered
        and pending
        and perps
        and all(a_prosecutor(ctx.pack, p) for p in perps)
    ):
        # "the prosecution ordered her detention for 15 days pending investigation": where
        # prosecutors hold people before trial, their order is the remand
        act_type = "remand"
    elif act_type == "detention" and perps and all(a_court(ctx.pack, p) for p in perps):
        if t.lemma in ctx.pack.cue("jailing_verbs"):
            # "a Minsk court jails three for chat messages" ("jails X pending trial": a remand)
            act_type = "remand" if pending else "sentence"
    certainty, claimant = _certainty(ctx, trig, s)
    if certainty == "denied" and negated(a, ctx.pack, trig):
        # an authority's "was not beaten" answers an allegation told before; alone, it tells
        # of no act («В МВД заявили, что не задерживали его» after he was taken by strangers)
        names = {v.name for v in victims}
        kin = {trig.rules.type} | (
            {"torture", "attack"} if trig.rules.type in ("torture", "attack") else set()
        )
        answered = [act for act in ctx.history if act.type in kin and names & {v.name for v in act.victims}]
        if not answered:
            return None
        # («избивали» … «силу к задержанному не применяли»: the denial answers the beating told)
        act_type = answered[-1].type
    if certainty == "denied" and claimant is not None:  # who denies it is not who is said to have done it
        perps = [p for p in perps if p.name != claimant.name]
    sent = a.sentences[s]
    facility = facility_of(ctx, trig, s, location) if trig.rules.type in CUSTODY_TYPES else None
    charges = _charges(ctx, s) if act_type in ("prosecution", "sentence", "remand") else ()
    return Act(
        type=act_type,
        victims=tuple(victims),
        perpetrators=tuple(perps),
        evidence=(Span(sent.start, sent.end, a.text[sent.start : sent.end]),),
        trigger=Span(t.start, t.end, t.text),
        certainty=certainty,  # type: ignore[arg-type]
        claimant=claimant,
        location=location,
        date=when,
        charges=charges,
        penalty=_penalty(ctx, trig, s) if trig.rules.type == "sentence" else None,
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


_VIOLENCE = ("attack", "killing")


def _the_act_told(ctx: DocContext, trig: Trigger) -> Act | None:
    """'wounded in the attack', 'injured during the shooting': an act set in one told before,
    named by a definite noun for it — the latest such act."""
    if trig.rules.type not in _VIOLENCE:
        return None
    a = ctx.a
    for k in a.kids(trig.i, "obl"):
        definite = any(d.lemma == "the" for d in a.kids(k.i, "det"))
        kinds = {r.type for r, as_verb in ctx.pack.trigger_words.get(k.lemma, ()) if not as_verb}
        if definite and kinds & set(_VIOLENCE):
            return next((act for act in reversed(ctx.history) if act.type in _VIOLENCE), None)
    return None


def _not_borrowed_across_borders(
    ctx: DocContext, perps: list[Participant], location: Location | None, sentence_acts: list[Act]
) -> list[Participant]:
    """'Turkish authorities deported him from Istanbul. He was arrested as soon as his plane
    landed in Dushanbe': who acted in one country is not borrowed for an act told in another
    (the one who did it there is not named)."""
    if location is None or location.inferred or not location.country:
        return perps
    told = [*ctx.history, *sentence_acts]
    kept = []
    for p in perps:
        source = next(
            (
                act
                for act in reversed(told)
                if any(q.name == p.name and not q.inferred for q in act.perpetrators)
            ),
            None,
        )
        elsewhere = (
            p.inferred
            and source is not None
            and source.location is not None
            and source.location.country not in (None, location.country)
        )
        if not elsewhere:
            kept.append(p)
    return kept


_SUSPECT_TYPES_DOC = ("detention", "remand", "prosecution", "sentence")


def _excepted(ctx: DocContext, s: int, victim: Participant) -> bool:
    """ "All the defendants except Sagynbayev", «все, кроме Сагынбаева»: a person the sentence
    excepts is not among those it tells of, whatever list they were borrowed from."""
    a = ctx.a
    sent = a.sentences[s]
    if victim.kind != "person":
        return False
    marks = ctx.pack.cue("except_words")
    for ei, e in enumerate(a.entities):
        if e.label != "PER" or not sent.start <= e.start < sent.end:
            continue
        case = a.case_of(e.tok_start) or a.case_of(e.tok_end - 1)
        before = a.tokens[e.tok_start - 1].text.lower() if e.tok_start > sent.tok_start else ""
        if (case in marks or before in marks) and _surname(ctx.resolver.person(ei).name) == _surname(
            victim.name
        ):
            return True
    return False


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
        if act.type in VIOLENT
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


def _custody_check(ctx: DocContext, acts: list[Act]) -> list[Act]:
    """A beating is torture when the victim is held (custody words, earlier detention),
    an attack otherwise."""
    detained: set[str] = set()
    custody = ctx.pack.cue("custody_words")
    # ("били, требуя признаться": beaten for a confession, by those who question them)
    questioned = {
        (act.evidence[0].start, v.name)
        for act in acts
        if act.type == "coerced_statement"
        for v in act.victims
    }
    out = []
    tortured: set[str] = set()
    for act in acts:
        names = {v.name for v in act.victims}
        if act.type in ("detention", "remand", "sentence"):
            detained |= names
        if act.type == "torture" and act.trigger.text.lower().startswith(
            tuple(ctx.pack.cue("beating_stems"))
        ):
            ev = act.evidence[0]
            lemmas = {t.lemma for t in ctx.a.tokens if ev.start <= t.start < ev.end}
            words = {w.lower().strip(".,") for w in ev.text.split()} | lemmas
            held = (
                bool(names & detained)
                or any(any(w.startswith(c) for c in custody) for w in words)
                or any((ev.start, n) in questioned for n in names)
            )
            strangers = ctx.pack.word("non_state_words")
            authority = ctx.pack.word("authority_words")
            if (
                act.perpetrators
                and not names & detained
                and all(
                    (w := set(re.findall(r"\w+", p.name.lower()))) & (strangers - authority)
                    and not w & (authority - strangers)
                    for p in act.perpetrators
                )
            ):
                held = False  # "beaten by unidentified men …, an attack police never investigated"
            # ("X said he was beaten in the station. Police said no one beat him": the denial
            # answers the allegation, of the same act)
            answered = act.certainty == "denied" and bool(names & tortured)
            if not held and not answered and not any(p.name.lower() in custody for p in act.perpetrators):
                act = replace(act, type="attack")
        if act.type == "torture":
            tortured |= names
        out.append(act)
    return out
