"""Who an act befell: the trigger's object, or its passive subject, or the one a noun for it
belongs to; through names the tagger missed, pronouns, lists after a colon or an inclusion
word, plural anaphora ("both men", "their homes"), owners of searched premises, the client a
lawyer was kept from. Never someone the report shows is not a victim (a suspect, a place, a
name introduced as such). Where an awkward parse puts the one an act befell is read in
arguments.py; groups, counts and lists in groups.py."""

from __future__ import annotations

import re
from dataclasses import replace

from khronika.extract.arguments import (
    AGAINST_TYPES,
    conditioned,
    done_to_a_thing,
    experiencer,
    holder_subject,
    impersonal_objects,
    kin_owner,
    noun_meant,
    noun_victims,
    object_before,
    object_pronoun,
    oblique_victims,
    pattern_read,
    placed_in,
    punished,
    stray_object,
    subject_after_source,
)
from khronika.extract.bodies import body_of
from khronika.extract.context import DocContext, Trigger
from khronika.extract.facilities import facility_kind
from khronika.extract.groups import (
    HELD_TYPES,
    before_list,
    listed_names,
    plural_antecedents,
    shared_surnames,
    singular,
)
from khronika.extract.participants import FIELD_LABEL, dash_speech_start, in_date, is_real_org
from khronika.extract.places import gazetteer, is_place_name
from khronika.extract.relatives import relation_name
from khronika.extract.rules import ActRules
from khronika.extract.syntax import (
    VERBAL,
    conjuncts,
    head_in,
    is_passive,
    opens_a_record_line,
    sentence_at,
    subjects,
    whose,
    with_conj,
)
from khronika.model import Participant, Span
from khronika.nlp.base import Analysis

PROPERTY_ACTS = ("search", "closure", "attack", "threat")
# acts a verb does to the person it takes as its object: one it does to a thing is another
# sense of the verb ("released a statement", "detained the vessel", "fired tear gas")
_DONE_TO_PEOPLE = (
    "detention",
    "release",
    "reprisal",
    "torture",
    "killing",
    "abduction",
    "enforced_disappearance",
)


def victims_of(ctx: DocContext, trig: Trigger) -> list[Participant]:
    ctx.resolver.owners_count = trig.rules.type in PROPERTY_ACTS or ctx.a.tokens[trig.i].pos not in VERBAL
    try:
        found = _find_victims(ctx, trig)
        if found:
            found += [v for v in _companions(ctx, trig) if v not in found]
        elif _a_field_label(ctx, trig.i):
            found = _the_one_the_record_is_about(ctx)
        return found
    finally:
        ctx.resolver.owners_count = True


def _the_one_a_record_line_is_about(ctx: DocContext, trig: Trigger) -> list[Participant]:
    """ "… is a former cleric. Born in 1967. Kidnapped from Kazakhstan on 24 November 2005.",
    «Родился в 1967 году. Задержан 5 мая.»: a line of a record that opens with a participle
    and names no one is about the person the record is about — the one just told of."""
    a = ctx.a
    t = a.tokens[trig.i]
    if (
        trig.i != a.sentences[t.sent].tok_start
        or not opens_a_record_line(a, t.sent)
        or a.kids(trig.i, "nsubj", "nsubj:pass", "obj", "iobj")
    ):
        return []
    ei = ctx.resolver.people.antecedent(a, trig.i)
    return [replace(ctx.resolver.person(ei), inferred=True)] if ei is not None else []


def _a_field_label(ctx: DocContext, i: int) -> bool:
    """'Sentence: five years in a penal colony', «Приговор: 5 лет»: the trigger noun opens a
    line of a record and names its field."""
    a, t = ctx.a, ctx.a.tokens[i]
    line_start = a.text.rfind("\n", 0, t.start) + 1
    return (
        (
            t.pos == "NOUN"
            and i + 1 < len(a.tokens)
            and a.tokens[i + 1].text == ":"
            and a.text[max(0, t.start - 1) : t.start] in ("", "\n")
        )
        or (  # «Мера пресечения: содержание под стражей»: the value right after the label
            t.pos == "NOUN" and FIELD_LABEL.fullmatch(a.text[line_start : t.start].rstrip()) is not None
        )
    )


def _the_one_the_record_is_about(ctx: DocContext) -> list[Participant]:
    ei = ctx.resolver.people.main_person()
    return [ctx.resolver.person(ei)] if ei is not None else []


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
            out.extend(resolve_all(ctx, [k.i], trig.rules))
    return [v for v in out if v.kind == "person"]


def _during_whose_arrest(ctx: DocContext, trig: Trigger) -> list[Participant]:
    """«при задержании Шилова ударили головой о дверь», "during Petrov's arrest officers beat
    him": a verb that names no one it was done to, beside the arrest of someone, was done to
    the one arrested."""
    a = ctx.a
    arrest_nouns = frozenset().union(
        *(r.nouns for r in ctx.pack.acts if r.type in ("detention", "abduction"))
    )
    whose = [
        g.i
        for k in a.kids(trig.i, "obl", "advcl")
        if k.lemma in arrest_nouns
        for g in a.kids(k.i, "nmod", "nmod:poss")
        if g.dep == "nmod:poss"
        or a.case_of(g.i) == "of"
        or (not a.case_of(g.i) and g.feats.get("Case") == "Gen")
    ]
    return [v for v in resolve_all(ctx, whose, trig.rules) if v.kind == "person"]


def _held_on_these_grounds(ctx: DocContext, trig: Trigger) -> list[Participant]:
    """ "placed under surveillance on suspicion of subversion", "spent four months in prison on
    charges of …": the grounds someone is held or acted on name whom they accuse — the one the
    verb they hang on befell."""
    a, t = ctx.a, ctx.a.tokens[trig.i]
    if t.pos != "NOUN" or t.dep not in ("obl", "nmod") or a.case_of(t.i) not in ctx.pack.cue("grounds_marks"):
        return []
    verb = t.head
    for _ in range(3):  # (hung on the place held in: "placed under surveillance at a location on …")
        if a.tokens[verb].pos not in ("NOUN", "PROPN") or a.tokens[verb].dep not in ("obl", "nmod", "obj"):
            break
        verb = a.tokens[verb].head
    if verb == t.i or a.tokens[verb].pos not in VERBAL:
        return []
    if any(
        r.type == "sentence"
        for j in (verb, *a.ancestors(verb))
        for r, _ in ctx.pack.trigger_words.get(a.tokens[j].lemma, ())
    ):
        # ("sentenced to ten years on charges of …": the sentence tells it all, even where the
        # parser hung the grounds lower: "sentenced two journalists from the outlet Temirov
        # Live to prison terms on charges …", "Live" read as a verb)
        return []
    # (whom that verb befell, read as it is written: not as the pattern that found the grounds)
    as_a_word = replace(trig, i=verb, from_pattern=False, match=None, pattern=None)
    held = [v for v in _victim_candidates(ctx, as_a_word) if v.kind == "person"]
    return held or [v for v in resolve_all(ctx, subjects(a, verb), trig.rules) if v.kind == "person"]


def _told_in_first_person(ctx: DocContext, trig: Trigger) -> list[Participant]:
    """«— Меня задержали у подъезда … Адвоката не дали»: in a paragraph of direct speech told in
    the first person, an act with no one named for it befell the one telling it."""
    a = ctx.a
    start = a.sentences[a.tokens[trig.i].sent].start
    para = dash_speech_start(a, start)
    if para is None:
        return []
    end = a.text.find("\n", start)
    words = set(re.findall(r"\w+", a.text[para : end if end != -1 else len(a.text)].lower()))
    if not words & ctx.pack.word("pronouns_first_person"):
        return []
    teller = ctx.resolver.speaker(trig.i)
    return [teller] if teller is not None else []


def _find_victims(ctx: DocContext, trig: Trigger) -> list[Participant]:
    found = _victim_candidates(ctx, trig)
    t = ctx.a.tokens[trig.i]
    if not found and t.pos == "NOUN":
        # "the arrest and ill-treatment of seven students": the "of" the nouns share
        a = ctx.a
        joined = a.kids(trig.i, "conj") + ([a.tokens[t.head]] if t.dep == "conj" and t.head != t.i else [])
        if t.dep in ("obl", "obj") and t.head != t.i:  # (the parser may join the second to the verb)
            joined += [k for k in a.kids(t.head, "conj") if k.i > trig.i and k.pos == "NOUN"]
        shared = [
            k.i for j in joined if j.pos == "NOUN" for k in a.kids(j.i, "nmod") if a.case_of(k.i) == "of"
        ]
        found = resolve_all(ctx, shared, trig.rules)
    if (
        not found
        and trig.rules.type in ("torture", "search", "threat")
        and ctx.a.tokens[trig.i].pos in VERBAL
    ):
        found = _during_whose_arrest(ctx, trig)
    if not found and trig.from_pattern:
        found = _held_on_these_grounds(ctx, trig)
    counsel = ctx.pack.cue("counsel_words")
    if not found and not [  # (no one named: «Адвоката не дали» names only the lawyer kept away)
        k for k in ctx.a.kids(trig.i, "obj", "iobj", "nsubj", "nsubj:pass") if k.text.lower() not in counsel
    ]:
        found = _told_in_first_person(ctx, trig)
    if not found and trig.from_pattern and trig.rules.type == "attack":
        # «применила против собравшихся дубинки»: those the force was used against, a
        # participle standing for people, however the parser hung it
        read = sorted(pattern_read(ctx.a, trig))
        against = [
            j + 1
            for j in read
            if ctx.a.tokens[j].lemma in ("против", "against") and j + 1 in read and j + 1 != trig.i
        ]
        for j in against:
            w = ctx.a.tokens[j]
            if w.pos in ("VERB", "NOUN") and w.feats.get("VerbForm") in ("Part", None):
                found = [Participant(w.text, "group", Span(w.start, w.end, w.text))]
                break
    if found and all(v.kind == "group" for v in found):
        # ("Известно о задержании четырёх человек:" and their names line by line below)
        found = _colon_list(ctx, trig) or found
    t = ctx.a.tokens[trig.i]
    if (
        trig.rules.type == "coerced_statement"
        and all(not_a_victim(ctx, v) for v in found)
        and t.dep == "ccomp"
        and ctx.a.tokens[t.head].lemma in ctx.pack.cue("attribution_verbs")
    ):
        # «Он заявил, что показания дал под давлением» (the parser gave «дал» another
        # subject): whoever says they gave it
        found = resolve_all(ctx, subjects(ctx.a, t.head), trig.rules)
    if (
        trig.rules.type in _SOUGHT_ACTS
        and found
        and all(body_of(v.name) is not None for v in found)
        and t.dep == "conj"
        and t.head != t.i
    ):
        # «сотрудники ФСБ надевали ему на голову пакет и требовали подписать показания»: the
        # agents who demanded it are not who was made to; the one the verb before befell is
        head = ctx.a.tokens[t.head]
        found = resolve_all(
            ctx,
            [
                k.i
                for k in ctx.a.kids(head.i, "obj", "iobj", "obl")
                if k.dep == "obj" or (not ctx.a.case_of(k.i) and k.feats.get("Case") == "Dat")
            ],
            trig.rules,
        )
    if trig.rules.type != "denial_of_counsel":
        return found
    # "не пустили адвоката": the lawyer is kept out, not the victim; whom the lawyer was
    # for is told by a preposition, by whose lawyer it is, or by the clause's subject
    # ("X had no access to a lawyer")
    counsel = ctx.pack.cue("counsel_words")

    a = ctx.a
    # "he was not allowed to see his client": whoever has a client here is the lawyer
    has_client = any(
        a.tokens[j].lemma in ctx.pack.cue("client_words") for j in a.sentence_tokens(a.tokens[trig.i].sent)
    )

    pronouns = ctx.pack.word("pronouns_person")

    def clients_of(cands: list[Participant]) -> list[Participant]:
        return [
            v
            for v in cands
            if not _is_counsel(ctx, v, counsel, has_client) and not _hired_counsel(ctx, v, counsel)
        ]

    # (where a client is spoken of, "her" kept from them is the lawyer: «Адвокат говорит, что
    # ее не пускают к подзащитному»)
    found = [v for v in found if not (has_client and v.span.text.lower() in pronouns)]
    clients = clients_of(found) or clients_of(resolve_all(ctx, oblique_victims(ctx, trig), trig.rules))
    if clients:
        return clients
    verb = next(  # (not the "could" of "could not see her")
        (j for j in [trig.i, *a.ancestors(trig.i)] if a.tokens[j].pos in VERBAL and a.tokens[j].dep != "aux"),
        None,
    )
    first = None
    if verb is not None and verb != trig.i and not subjects(a, verb):
        v = a.tokens[verb]
        if v.dep == "conj":
            first = v.head
        elif (
            v.dep == "acl:relcl"
            and any(k.lemma in ctx.pack.cue("where_words") for k in a.kids(verb, "advmod"))
            and a.tokens[v.head].dep == "obl"
        ):
            first = a.tokens[v.head].head
    if first is not None:
        # «Гарипова доставили в МВД, где допрашивали без защитника»: questioned with no
        # lawyer, the one the verb before befell, or who was brought to the place
        clients = clients_of(resolve_all(ctx, [k.i for k in a.kids(first, "obj", "nsubj:pass")], trig.rules))
        if clients:
            return clients
    named_with_counsel = resolve_all(ctx, _clients(ctx, trig), trig.rules)
    clients = clients_of(named_with_counsel)
    if clients:
        return clients
    subj = resolve_all(ctx, subjects(a, verb) if verb is not None else [], trig.rules)
    # "Lawyers were not allowed to see them", "Two lawyers could not meet her", "lawyers
    # were told they could not meet her": kept from whom the lawyers were to see
    lawyers_are_subject = bool(subj) and all(_is_counsel(ctx, v, counsel) for v in subj)
    if verb is not None and not lawyers_are_subject and a.tokens[verb].dep == "ccomp":
        told = a.tokens[verb].head
        own = subjects(a, verb)
        lawyers_are_subject = (
            bool(own)
            and all(a.tokens[k].pos == "PRON" for k in own)
            and any(a.tokens[k].lemma in counsel for k in subjects(a, told))
        )
    seen = (
        [k.i for x in a.kids(verb, "xcomp") for k in a.kids(x.i, "obj")]
        + ([k.i for k in a.kids(verb, "obj")] if verb != trig.i else [])
        if verb is not None and lawyers_are_subject
        else []
    )
    return (
        clients_of(subj)
        or clients_of(resolve_all(ctx, seen, trig.rules))
        # «адвоката Ивана Петрова не пустили»: with no one else named as the client, the
        # name after the lawyer is whose lawyer it is
        or ([v for v in named_with_counsel if v.kind == "person"] if a.language == "ru" else [])
        or _told_in_first_person(ctx, trig)  # («— Меня задержали … Адвоката не дали»)
        # (or the lawyer, kept out, the object: «Адвоката, которого наняли родственники, к делу
        # не допустили»)
        or (
            _just_held(ctx, trig) if lawyers_are_subject or _lawyer_kept_out(ctx, trig, verb, counsel) else []
        )
    )


def _hired_counsel(ctx: DocContext, p: Participant, counsel: frozenset[str]) -> bool:
    """«Адвоката, которого наняли родственники, не допустили»: those who hired the lawyer, the
    subject of a clause on the lawyer, are not whom the lawyer was kept from."""
    a = ctx.a
    h = head_in(a, p.span)
    if h is None or a.tokens[h].dep != "nsubj" or a.tokens[h].head == h:
        return False
    verb = a.tokens[a.tokens[h].head]
    return verb.dep == "acl:relcl" and a.tokens[verb.head].lemma in counsel


def _lawyer_kept_out(ctx: DocContext, trig: Trigger, verb: int | None, counsel: frozenset[str]) -> bool:
    """The lawyer is the one the verb kept out (its object), or the words the pattern found
    open with the lawyer (where the parser hung «Адвоката» on another verb)."""
    objects = ctx.a.kids(verb, "obj") if verb is not None else []
    if objects and all(k.lemma in counsel for k in objects):
        return True
    first = re.match(r"\w+", ctx.a.text[trig.match[0] : trig.match[1]].lower()) if trig.match else None
    return first is not None and any(first.group().startswith(w) for w in counsel)


def _just_held(ctx: DocContext, trig: Trigger) -> list[Participant]:
    """ "… were detained and taken to the FSB building. A lawyer, X, was not allowed into the
    building": a lawyer kept out, for no one named, is kept from the people held in the two
    sentences before."""
    a = ctx.a
    s = a.tokens[trig.i].sent
    for act in reversed(ctx.history):
        if act.type not in HELD_TYPES:
            continue
        at = sentence_at(a, act.trigger.start)
        if at is None or s - at > 2:
            return []
        return [replace(v, inferred=True) for v in act.victims if v.kind == "person"]
    return []


def _is_counsel(ctx: DocContext, p: Participant, counsel: frozenset[str], has_client: bool = False) -> bool:
    """'the lawyer', 'lawyer Anna Petrova', 'адвоката Ивана Петрова': the one kept out; also,
    where the sentence speaks of a client, "he" when he is a person the report introduced as
    a lawyer ("His lawyer, Emil Orlov, said he was not allowed to see his client"; a lawyer
    who is detained is denied counsel like anyone)."""
    text = ctx.a.text

    def after_counsel(start: int) -> bool:
        before = re.search(r"(\w+)[\s,]*$", text[max(0, start - 20) : start])  # (not "…to lawyers. X")
        return before is not None and before.group(1).lower() in counsel

    words = set(re.findall(r"\w+", p.span.text.lower()))
    if words & counsel or after_counsel(p.span.start):
        return True
    if p.kind == "person" and p.span.text != p.name:
        # «По словам его защитника Ильнура Хамитова, к нему не допускали адвоката»: "him" is
        # not the lawyer the same sentence names as the one telling it
        a = ctx.a
        sent = next((x for x in a.sentences if x.start <= p.span.start < x.end), None)
        if sent is not None and any(
            e.label == "PER"
            and sent.start <= e.start < sent.end
            and (e.normal or e.text) == p.name
            and after_counsel(e.start)
            for e in a.entities
        ):
            return True
    if not has_client or p.kind != "person" or p.span.text == p.name:
        return False
    return any(after_counsel(m.start()) for m in re.finditer(rf"\b{re.escape(p.name)}\b(?!['’]s)", text))


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
            out.extend(  # «его защитника»
                k.i for k in a.kids(i, "det") if k.text.lower() in ctx.pack.word("possessive_pronouns")
            )
            if a.language == "ru":  # «адвоката Ивана Петрова»: whose lawyer, in the genitive
                out.extend(k.i for k in whose(a, i, ("Gen", "Acc")))
                out.extend(  # (parsed as apposition, too)
                    k.i
                    for k in a.kids(i, "appos")
                    if not a.case_of(k.i) and k.feats.get("Case") in ("Gen", "Acc") and k.pos == "PROPN"
                )
        elif t.lemma in ctx.pack.cue("client_words") or t.text.lower() in ctx.pack.cue("client_words"):
            # "not allowed to see their client, X": the client is who was denied
            out.append(t.head if t.dep == "compound" else i)
        elif t.lemma in ctx.pack.cue("counsel_access_words"):  # "access to the detainees"
            out.extend(
                k.i for k in a.kids(i, "obj", "nmod", "obl") if k.dep == "obj" or a.case_of(k.i) == "to"
            )
    kept_out = [k for k in a.kids(trig.i, "nsubj", "nsubj:pass") if k.text.lower() in counsel]
    if not out and kept_out:
        # "two lawyers … have been refused permission to meet him": whom the lawyers, kept
        # out, were to meet
        out = [
            o.i
            for j in a.subtree(trig.i)
            if a.tokens[j].pos == "VERB" and a.tokens[j].dep in ("xcomp", "acl") and j > trig.i
            for o in a.kids(j, "obj")
        ][:1]
    for meet in a.kids(trig.i, "xcomp"):
        if not out:  # «адвокату не давали встретиться с ним»: the one the lawyer was to meet
            out = [k.i for k in a.kids(meet.i, "obl") if a.case_of(k.i) in ("с", "with")]
    for let in a.kids(trig.i, "xcomp"):
        if not out and let.lemma in ctx.pack.cue("permitting_verbs"):
            # "refuses to let Tovar appoint a private lawyer": the one not let
            out = [k.i for k in a.kids(let.i, "obj")] or [
                k.i for c in a.kids(let.i, "ccomp", "xcomp") for k in a.kids(c.i, "nsubj")
            ]
    lacking = ctx.pack.cue("lacking_marks")
    noun = a.tokens[a.tokens[trig.i].head] if a.tokens[trig.i].text.lower() in lacking else a.tokens[trig.i]
    if noun.dep == "compound" and noun.head != noun.i:
        noun = a.tokens[noun.head]  # ("without a lawyer present": the lawyer hung on "present")
    if not out and a.case_of(noun.i) in lacking and noun.head != noun.i:
        verb = noun.head  # "questioned without a lawyer", "допросили без адвоката": whoever was questioned
        for _ in range(3):  # ("questioned him about the funding without a lawyer": up to the verb)
            if a.tokens[verb].pos in VERBAL or a.tokens[verb].head == verb:
                break
            verb = a.tokens[verb].head
        out = [k.i for k in a.kids(verb, "nsubj:pass" if is_passive(a, verb) else "obj")]
    if not out:  # «во время допроса Алиева не пускали к защитнику», "during X's interrogation"
        out = [
            g.i
            for k in a.kids(trig.i, "obl", "nmod")
            if not counsel & {k.text.lower(), k.lemma}
            for g in a.kids(k.i, "nmod", "nmod:poss")
            if g.pos == "PROPN" and (a.language != "ru" or g.feats.get("Case") == "Gen")
        ]
    return out


def _listed_members(ctx: DocContext, trig: Trigger) -> list[int]:
    """'Those arrested include X and Y', 'Some of the arrested protesters include X',
    'Among those detained was X', 'The arrested journalists are X and Y': the people a
    participle's group is said to include."""
    a = ctx.a
    t = a.tokens[trig.i]
    if t.dep not in ("amod", "acl") or t.head == t.i:
        return []
    group = a.tokens[t.head]
    if group.dep == "nmod" and a.case_of(group.i) == "of" and group.head != group.i:
        group = a.tokens[group.head]  # "some of the arrested protesters"
    verb = a.tokens[group.head]
    if group.dep == "nsubj" and verb.lemma in ctx.pack.cue("including_verbs"):
        sent = a.sentences[verb.sent]
        if ";" in a.text[verb.end : sent.end]:
            # "include A, a party member; B, its secretary; and C": each person of the list
            # (the parser loses those after a semicolon)
            return [e.tok_end - 1 for e in a.entities if e.label == "PER" and verb.end <= e.start < sent.end]
        return [k.i for k in a.kids(verb.i, "obj")]
    if group.dep == "nsubj" and verb.lemma == "be":  # "the arrested journalists are X and Y"
        attrs = [k.i for k in a.kids(verb.i, "attr") if k.pos == "PROPN"]
        sent = a.sentences[verb.sent]
        if ";" in a.text[verb.end : sent.end]:
            # "are A of X, B of Y; C of Z and D": each person of the list (the parser loses
            # those after a semicolon)
            named = [e.tok_end - 1 for e in a.entities if e.label == "PER" and verb.end <= e.start < sent.end]
            return attrs + [i for i in named if i not in attrs]
        return attrs
    if a.case_of(group.i) in ctx.pack.cue("among_cases") and group.head != group.i:
        return [k.i for k in a.kids(verb.i, "nsubj")]
    return []


def _victim_candidates(ctx: DocContext, trig: Trigger) -> list[Participant]:
    a, r, rules = ctx.a, ctx.resolver, trig.rules
    t = a.tokens[trig.i]
    members = resolve_all(ctx, _listed_members(ctx, trig), rules)
    if any(m.kind == "person" for m in members):
        return members
    cands: list[int] = []
    if t.pos in VERBAL or (trig.from_pattern and t.pos not in ("NOUN", "PROPN")):
        if is_passive(a, trig.i, ctx.pack.cue("order_verbs")):
            cands = [k.i for k in a.kids(trig.i, "nsubj:pass", "nsubj")]
            # ("VILNIUS, 4 December — X's colleague, attorney Y, was detained": the parser made
            # the dateline the subject and hung the subject on it)
            cands = [
                j
                for c in cands
                for j in (
                    # (not the agency in brackets: "BOGOTÁ (AP) —")
                    [k.i for k in a.kids(c, "appos") if not in_date(a, k.i) and a.tokens[k.i - 1].text != "("]
                    if r.dateline_word(c)
                    else [c]
                )
            ]
            if a.language == "ru" and cands and all(done_to_a_thing(ctx, c) for c in cands):
                # («ей предъявлено обвинение»: the thing done is the subject, the one it was done
                # to is in the dative)
                cands = [k.i for k in a.kids(trig.i, "iobj") if k.feats.get("Case") == "Dat"] or cands
            if not cands and a.language == "ru" and t.dep == "root" and t.feats.get("Gender"):
                # «Рустам Нуриев, 38 лет, житель Казани. Был задержан 14 марта»: a sentence
                # with no subject goes on about the person just named, of the participle's gender
                ei = r.people.antecedent(a, trig.i, t.feats.get("Gender"))
                end = max((end for end, e in r.people.mentions if e == ei and end < trig.i), default=None)
                cands = [end] if end is not None else []
            if not cands and t.dep == "acl" and t.head != t.i:
                # "ordered four journalists of the channel Kanal 13 held …": the parser hung the
                # participle on the last noun of the order's object; the object is who
                j = t.head
                for _ in range(3):
                    if a.tokens[j].dep not in ("nmod", "appos", "compound") or a.tokens[j].head == j:
                        break
                    j = a.tokens[j].head
                if (
                    j != t.head
                    and a.tokens[j].dep == "obj"
                    and a.tokens[a.tokens[j].head].lemma in ctx.pack.cue("order_verbs")
                ):
                    cands = [j]
            if not cands and t.dep in ("acl", "amod") and t.head != t.i:
                # ("considers X a prisoner of conscience, detained for …": the noun is said of
                # its subject, who was held)
                cands = [k.i for k in a.kids(t.head, "nsubj")] or [t.head]
            if (
                not cands
                and t.dep in ("ccomp", "xcomp")
                and a.tokens[t.head].lemma in ctx.pack.cue("order_verbs")
            ):
                cands = [k.i for k in a.kids(t.head, "obj")]  # "ordered X detained", X the order's object
            if not cands:
                cands = subjects(a, trig.i)
            if not cands:
                cands = subject_after_source(a, trig.i)
        else:
            # (not an instrument the parser took for an object: «ударили дубинкой»)
            cands = [
                object_pronoun(a, k.i)
                for k in a.kids(trig.i, "obj", "iobj")
                if not (a.language == "ru" and k.feats.get("Case") == "Ins")
            ]
            # "declared the outlet Meduza an undesirable organisation": the parser made the
            # label the object and the one labelled its subject
            cands = [next((k.i for k in a.kids(c, "nsubj")), c) for c in cands]
            things = bool(cands) and all(done_to_a_thing(ctx, c) for c in cands)
            # «продлил срок содержания под стражей Ивану Петрову»: the one it was done to, in
            # the dative the parser hung inside the object
            dative = [
                k
                for c in (cands if things and a.language == "ru" else [])
                for k in a.subtree(c)
                if a.tokens[k].dep == "iobj" and a.tokens[k].feats.get("Case") == "Dat"
            ]
            if dative:
                cands = dative
            elif things and rules.type in _DONE_TO_PEOPLE and not trig.from_pattern:
                return []  # "released a video of the arrest of X", "detained the ship": no one
            if not cands and rules.type == "coerced_statement" and trig.from_pattern:
                # «видео, на котором Ислам извиняется»: the one who repents on camera
                cands = [k.i for k in a.kids(trig.i, "nsubj")]
            if not cands:
                # «признал экстремистским и запретил движение»: two verbs sharing the object
                # the second one took (not the act itself: «ворвались в квартиру … и провели обыск»)
                cands = [
                    k.i
                    for c in a.kids(trig.i, "conj")
                    if c.pos == "VERB"
                    for k in a.kids(c.i, "obj")
                    if k.lemma not in rules.nouns
                ]
            marks = ctx.pack.cue("conditional_marks")
            if rules.type in _SOUGHT_ACTS and any(m.text.lower() in marks for m in a.kids(trig.i, "mark")):
                # "threatened to take her son … if she did not testify": she was to testify
                cands = [k.i for k in a.kids(trig.i, "nsubj")]
            if t.dep == "conj" and t.head != t.i:
                # "summoned his father and warned him": "him" is the relative the verb before took
                kin = [k.i for k in a.kids(t.head, "obj") if k.lemma in ctx.pack.word("kin_nouns")]
                if kin:
                    cands = [
                        kin[0]
                        if a.tokens[c].pos == "PRON" and a.tokens[c].feats.get("Number") != "Plur"
                        else c
                        for c in cands
                    ]
            if a.language == "ru" and not cands:
                cands = [
                    k.i
                    for k in a.kids(trig.i, "obl", "iobj")
                    if not a.case_of(k.i) and k.feats.get("Case") in ("Acc", "Dat")
                ]
            if a.language == "ru" and not cands:
                # (before any name after the verb: «Сафина штрафовали за акцию в поддержку Навального»)
                cands = impersonal_objects(a, trig.i)
            if a.language == "ru" and not cands:
                cands = stray_object(a, trig.i, ctx.pack.word("possessive_pronouns"))
            if a.language == "ru" and not cands and not a.kids(trig.i, "nsubj"):
                cands = object_before(a, trig.i)
            if a.language == "ru" and not cands and t.dep == "conj" and rules.type in ("sentence", "remand"):
                # «суд арестовал Галиева …, а Хасанова оштрафовал»: the name before the second
                # verb, taken for its subject, is its object — the court the first verb has is who acts
                first = a.tokens[t.head]
                if any(
                    ctx.pack.word("court_words") & {k.lemma, k.text.lower()} for k in a.kids(first.i, "nsubj")
                ):
                    cands = [k.i for k in a.kids(trig.i, "nsubj") if a.entity(k.i) is not None]
            if not cands:  # "declared the group Vesna undesirable": the subject of the small clause
                cands = [
                    k.i
                    for c in a.kids(trig.i, "ccomp", "xcomp")
                    if c.pos in ("ADJ", "NOUN")
                    for k in a.kids(c.i, "nsubj")
                ]
            if (
                t.dep == "acl:relcl"
                and (not cands or all(done_to_a_thing(ctx, c) for c in cands))
                and any(k.lemma in ctx.pack.cue("where_words") for k in a.kids(trig.i, "advmod"))
                and a.tokens[t.head].dep == "obl"
            ):
                # «его доставили в РУВД, где составили протокол», "taken to a police station,
                # where they beat him": the one brought to the place the clause is on
                brought = [k.i for k in a.kids(a.tokens[t.head].head, "obj")]
                cands = brought or cands
            if not cands and t.dep == "acl:relcl" and t.head != t.i:
                # "the people it had abducted": a relative clause with a subject of its own
                # and no object is about the noun it describes
                subj = a.kids(trig.i, "nsubj")
                relative = ctx.pack.word("pronouns_relative")
                if subj and not any(k.lemma in relative or k.text.lower() in relative for k in subj):
                    cands = [t.head]
            if not cands and rules.type == "threat":
                # "threatened to arrest his mother if he did not unlock his phone": the one the
                # condition is put to is the one threatened
                cands = conditioned(ctx, trig.i)
            if not cands and rules.type == "threat":
                # "threatened to kill her", "угрожали убить его", "to deal with his children":
                # the one the harm would befall (or, through owners, whose family or office it is)
                cands = [
                    kin_owner(ctx, k.i) for x in a.kids(trig.i, "xcomp") for k in a.kids(x.i, "obj")
                ] or [
                    k.i
                    for x in a.kids(trig.i, "xcomp")
                    for k in a.kids(x.i, "obl")
                    if a.case_of(k.i) == "with"
                ]
            if not cands and rules.type == "threat":
                # «пригрозили, что „отправят её лечиться“», "warned that they would arrest her":
                # the one the harm told in the clause would befall
                # ("warned that he would lose his job": the one who would lose it)
                cands = [
                    kin_owner(ctx, k.i)
                    for deps in (("obj",), ("nsubj", "nsubj:pass"))
                    for x in a.kids(trig.i, "ccomp")
                    for k in a.kids(x.i, *deps)
                    if k.pos in ("PRON", "PROPN")
                ][:1]
            if not cands:  # "отправил обоих под стражу": the parser hangs "обоих" as a numeral
                # (and «всех четверых» with its «всех»)
                plural = ctx.pack.word("plural_anaphora")
                # (or, parsed as a root of its own, right after the verb)
                near = [k for k in a.tokens[trig.i + 1 : trig.i + 3] if k.pos == "NUM" and k.dep == "root"]
                # (or right before it, hung on the noun before: «После обысков обоих задержали»)
                near += [
                    k
                    for k in a.tokens[max(0, trig.i - 2) : trig.i]
                    if k.pos == "NUM" and k.feats.get("Case") == "Acc" and k.head != trig.i
                ]
                cands = [
                    k.i
                    for k in [*a.kids(trig.i, "nummod", "nummod:gov"), *near]
                    if k.text.lower() in plural
                    or any(f"{d.text.lower()} {k.text.lower()}" in plural for d in a.kids(k.i, "det"))
                ]
            if trig.from_pattern and (
                not cands
                or all(  # objects that are things, not people
                    a.tokens[c].pos == "NOUN"
                    and a.tokens[c].lemma not in ctx.pack.people_nouns()
                    and a.entity(c) is None
                    for c in cands
                )
            ):
                # ("fired tear gas at protesters": the object is a thing, what was fired)
                cases = ("into", "on", "in", "at", "в", "на") if not cands else ("at", "into", "из")
                cands = (
                    [k.i for k in a.kids(trig.i, "obl") if a.case_of(k.i) in cases and not in_date(a, k.i)]
                    # («показания из него выбили»: hung on the thing)
                    or [k.i for c in cands for k in a.kids(c, "nmod") if a.case_of(k.i) == "из"]
                    or cands
                )
            if rules.subject_victim:
                # ("скончался в СИЗО": the facility is no one who died)
                fits = any(
                    (v := r.victim(c)) and not (rules.person_victim and v.kind == "organization")
                    for c in cands
                ) or any(plural_antecedents(ctx, c) for c in cands)  # ("denied holding them")
                if not cands or not fits:
                    cands = subjects(a, trig.i) or ([t.head] if t.dep in ("acl", "amod") else [])
                if not cands and t.head != t.i:
                    # «о нём ничего не известно», "nothing is known of him": whom nothing is known about
                    cands = [
                        k.i for k in a.kids(t.head, "obl") if a.case_of(k.i) in ("о", "об", "of", "about")
                    ]
    elif t.lemma in ctx.pack.people_nouns():
        # («семерых фигурантов дела «Сети»», "the defendants in the case": the people the noun
        # names, not the case; «Иван Петров, фигурант дела …»: the one it describes)
        # (the people a verb's act befell, «приговорил четырёх фигурантов дела»: that act tells
        # of them, and the noun adds no act of its own)
        argument = t.dep in ("obj", "nsubj:pass", "nsubj", "iobj") and a.tokens[t.head].pos in VERBAL
        cands = [] if argument else [t.head] if t.dep == "appos" and t.head != t.i else [trig.i]
    else:
        cands = noun_victims(a, trig.i, rules.type, ctx.pack.word("possessive_pronouns"))
        read = [j for j in sorted(pattern_read(a, trig)) if j != trig.i and a.tokens[j].pos == "NOUN"]
        if not cands and read:  # "the death in police custody of X": the last noun a pattern read
            cands = noun_victims(a, read[-1], rules.type, ctx.pack.word("possessive_pronouns"))
        if t.lemma in ctx.pack.word("charge_nouns"):  # "charges of membership of X": X is the offence
            cands = [c for c in cands if a.case_of(c) not in ("of",)]
    found = resolve_all(ctx, cands, rules)
    if not found and rules.type in AGAINST_TYPES:
        # "opened a criminal case against her": "against" may hang on the verb the noun is the object of
        # (or on the verb it is the passive subject of: "an FIR was registered against him")
        holders = [trig.i] + (
            [t.head] if t.dep in ("obj", "nsubj:pass") and t.pos in ("NOUN", "PROPN") else []
        )
        holders += [k.i for k in a.kids(trig.i, "acl")]  # "a criminal case opened against him"
        found = resolve_all(
            ctx,
            [
                k.i
                for h in holders
                for k in a.kids(h, "obl", "nmod")
                if a.case_of(k.i) in ("against", "против")
            ],
            rules,
        )
    # ("hospitalised after being beaten": a passive "beaten" hangs on "after", which hangs on
    # the verb whose subject it befell)
    after_passive = (
        t.dep == "pcomp" and is_passive(a, trig.i) and a.tokens[a.tokens[t.head].head].pos in VERBAL
    )
    # A verb that names its own victim does not take the one of the verb it hangs on, even
    # where that victim is no one the report names: a passive with a subject of its own ("they
    # were rescued and some suspects arrested" holds no one rescued; but a pronoun there may
    # stand for the one the clause above tells of: "… found, five days after he was seized"), or
    # a verb joined to another with a person for its object ("I had a baby with me, but they
    # still beat me" beat no baby).
    persons = ctx.pack.word("pronouns_person") | ctx.pack.word("pronouns_first_person")
    names_its_own = (
        is_passive(a, trig.i) and any(k.pos != "PRON" for k in a.kids(trig.i, "nsubj", "nsubj:pass"))
    ) or (t.dep == "conj" and any(k.text.lower() in persons for k in a.kids(trig.i, "obj")))
    if (
        not found
        and (t.dep in ("xcomp", "advcl", "conj", "acl") or after_passive)
        and t.head != t.i
        and not names_its_own
    ):
        head = a.tokens[a.tokens[t.head].head if t.dep == "pcomp" else t.head]
        told = [act for act in ctx.sentence_acts if act.trigger.start == head.start and act.victims]
        if told:  # «к нему не допускали адвоката, а следователь угрожал»: whom the act it joins befell
            found = list(told[0].victims)
        else:
            inherit = (
                [k.i for k in a.kids(head.i, "nsubj:pass", "nsubj")]
                if is_passive(a, head.i)
                # («заломили ему руки, били по ногам»: the one in the dative, not the arms)
                else [k.i for k in a.kids(head.i, "iobj") if k.feats.get("Animacy") != "Inan"]
                + [k.i for k in a.kids(head.i, "obj")]
            )
            if not inherit and head.dep in ("acl", "amod") and is_passive(a, head.i):
                inherit = [head.head]
            if (
                not inherit
                and head.dep == "conj"
                and head.head != head.i
                and not a.kids(head.i, "nsubj", "obj")
                and is_passive(a, head.head)
            ):
                # ("were arrested … and held for three days before being charged": the subject
                # the passive verbs share)
                inherit = [k.i for k in a.kids(head.head, "nsubj:pass", "nsubj")]
            if not inherit and t.dep == "conj" and head.dep == "pcomp" and is_passive(a, head.i):
                # ("after being chased and taken to an unknown location, X was …": the one the
                # verb "after" hangs on tells of)
                main = a.tokens[a.tokens[head.head].head]
                if main.pos in VERBAL and main.i != head.head:
                    inherit = [k.i for k in a.kids(main.i, "nsubj:pass", "nsubj")]
            if not inherit and t.dep == "xcomp":  # "if he refused to sign": the one who would sign
                inherit = [k.i for k in a.kids(head.i, "nsubj")]
            if not inherit and a.language == "ru" and t.dep == "conj":
                # «Аджиевой звонили и советовали …»: the one the first verb was addressed to
                # (or taken for the subject of a plural verb a single name cannot have)
                inherit = [
                    k.i
                    for k in a.kids(head.i, "iobj", "obl", "nsubj")
                    if not a.case_of(k.i)
                    and k.i < head.i
                    and (
                        k.feats.get("Case") == "Dat"
                        or (
                            k.dep == "nsubj"
                            and k.pos == "PROPN"
                            and k.feats.get("Number") == "Sing"
                            and head.feats.get("Number") == "Plur"
                        )
                    )
                ]
            found = resolve_all(ctx, inherit, rules)
            if not found and a.language == "ru" and t.dep == "conj":
                # «на Сафина надели наручники и ударили по голове»: the thing the first verb
                # took is no one; the person it was put on is
                found = resolve_all(
                    ctx,
                    [
                        k.i
                        for k in a.kids(head.i, "obl")
                        if a.case_of(k.i) == "на" and k.pos in ("PRON", "PROPN")
                    ],
                    rules,
                )
            if not found and head.dep in ("xcomp", "advcl") and head.head != head.i:
                # «Ковалёва заставили сдать отпечатки, угрожая …», "forced him to sign, threatening
                # …": the one the verb above was done to (a name the parser took for the subject
                # of a plural impersonal verb, in Russian)
                upper = a.tokens[head.head]
                found = resolve_all(
                    ctx,
                    [k.i for k in a.kids(upper.i, "obj") if k.pos in ("PRON", "PROPN")]
                    + (impersonal_objects(a, upper.i) if a.language == "ru" else []),
                    rules,
                )
    if not found and t.pos in ("NOUN", "PROPN"):
        found = resolve_all(
            ctx, [k for k in experiencer(ctx, trig.i, pattern_read(ctx.a, trig)) if k != trig.i], rules
        )
    if (
        not found
        and t.pos == "NOUN"
        and rules.type in _CUSTODY_STARTS
        and a.case_of(trig.i) in ctx.pack.cue("after_words")
        # (not a search of premises it names: «после обыска в редакции издания X»)
        and not (
            rules.type == "search"
            and any(a.case_of(k.i) in ctx.pack.cue("premises_cases") for k in a.kids(trig.i, "nmod"))
        )
    ):
        # «после задержания его били», "after the arrest he was beaten": whoever the clause's
        # verb befell was the one arrested (or searched: «после обыска его увезли»)
        verb = a.tokens[t.head]
        if not (verb.pos in VERBAL and t.dep in ("obl", "nmod", "advcl")):
            # («…: после задержания в мае оперативники били его» hung elsewhere by the parser):
            # the first finite verb after it in its sentence
            sent = a.sentences[t.sent]
            verb = next(
                (
                    a.tokens[j]
                    for j in range(trig.i + 1, sent.tok_end)
                    if a.tokens[j].pos == "VERB" and a.tokens[j].feats.get("VerbForm") == "Fin"
                ),
                verb,
            )
        if verb.pos in VERBAL and verb.i != trig.i:
            patient = "nsubj:pass" if is_passive(a, verb.i) else "obj"
            # (not the lawyers kept out: «адвокатов к ним не пускали после задержания»)
            counsel = ctx.pack.cue("counsel_words")
            patients = [
                k.i
                for k in a.kids(verb.i, patient)
                if k.lemma not in counsel and k.text.lower() not in counsel
            ]
            before = a.tokens[verb.i - 1] if verb.i > 0 else None
            if (
                not patients
                and before is not None
                and before.pos == "PRON"
                and before.feats.get("Case") == "Acc"
            ):
                patients = [before.i]  # («ее заставили …» with «ее» hung on a later verb)
            found = resolve_all(ctx, patients, rules)
            if not found and a.language == "ru":
                # («после задержания … надевали ему на голову пакет»: the object a thing, the
                # one it was done to in the dative)
                found = resolve_all(
                    ctx,
                    [
                        k.i
                        for k in a.kids(verb.i, "iobj", "obl")
                        if not a.case_of(k.i) and k.feats.get("Case") == "Dat"
                    ],
                    rules,
                )
    if not found and rules.type in PROPERTY_ACTS and (t.pos in ("NOUN", "PROPN") or trig.from_pattern):
        # "a search in the office of X", "conducted searches at the homes of X and Y": the
        # premises are the noun's or its verb's
        # ("searches were conducted at the homes of …": the noun as the passive verb's subject)
        # («пришли с обысками в редакцию»: the noun as an oblique of the verb of coming)
        if t.pos in ("NOUN", "PROPN"):
            # (not where one was taken after it: «после обыска его увезли в отдел полиции»)
            on_verb = t.dep in ("obj", "nsubj:pass", "obl") and a.case_of(trig.i) not in ctx.pack.cue(
                "after_words"
            )
            sites = [(trig.i, "nmod")] + ([(t.head, "obl")] if on_verb else [])
        else:  # («прошли обыски у крымских татар»: the noun the pattern read, after its verb)
            sites = [(j, "nmod") for j in pattern_read(a, trig) if j > trig.i and a.tokens[j].pos == "NOUN"]
            if rules.type == "attack":  # "set fire to the house of X": the premises hang on the verb
                sites.append((trig.i, "obl"))
        premises = ctx.pack.cue("premises_cases")
        found = [  # (not a state body's building: «увезли в здание ФСБ» after «с обысками»)
            v
            for v in resolve_all(
                ctx, [k.i for h, dep in sites for k in a.kids(h, dep) if a.case_of(k.i) in premises], rules
            )
            if v.kind != "organization" or body_of(v.name) is None
        ]
    if (
        not found
        and trig.from_pattern
        and rules.type in ("detention", "remand")
        and t.pos not in ("VERB", "AUX")
    ):
        found = resolve_all(ctx, holder_subject(a, trig.i, ctx.pack.cue("holding_verbs")), rules)
    if not found and rules.type in ("detention", "remand") and t.pos in ("NOUN", "PROPN"):
        found = resolve_all(ctx, placed_in(ctx, trig.i), rules)
    if (
        not found
        and rules.type == "detention"
        and t.pos == "NOUN"
        and t.dep in ("nmod", "obl")
        and t.head != t.i
    ):
        # "released after 12 hours in police custody", "freed after two weeks in detention":
        # whoever the verb the time hangs on befell spent it held
        spent = a.tokens[t.head]
        verb = a.tokens[spent.head]
        if t.dep == "obl":  # "after spending five months in detention", the place hung on the verb
            verb = spent
            spent = next((k for k in a.kids(verb.i, "obj") if k.lemma in _DURATION_UNITS), spent)
        # (not "after 15 days of arrest", «после 15 суток ареста»: a term served, not a detention)
        served = t.lemma in ("arrest", "арест")
        timed = spent.lemma in _DURATION_UNITS and bool(a.kids(spent.i, "nummod")) and verb.pos in VERBAL
        if timed and not served and a.case_of(spent.i) in ("after", "после"):
            patient = "nsubj:pass" if is_passive(a, verb.i) else "obj"
            found = resolve_all(ctx, [k.i for k in a.kids(verb.i, patient)], rules)
        elif timed and not served and spent.dep == "obj" and verb.lemma in ("spend", "провести"):
            # "(after) spending five months in detention", «провёл два месяца в СИЗО»: who spent them
            # ("released after spending …": the subject of the verb the preposition hangs on)
            spender = verb.i
            if verb.dep == "pcomp" and a.tokens[verb.head].head != verb.head:
                spender = a.tokens[verb.head].head
            found = resolve_all(ctx, subjects(a, verb.i) or subjects(a, spender), rules)
    if not found and (rules.org_victim or rules.type == "search"):
        # («Издание «Новая газета» лишили лицензии»: a singular subject of a plural verb
        # with no one doing it is what the verb was done to)
        impersonal = [
            k
            for k in a.kids(trig.i, "nsubj")
            if a.language == "ru" and t.feats.get("Number") == "Plur" and k.feats.get("Number") == "Sing"
        ]
        for k in a.kids(trig.i, "obj", "obl", "nmod", "nsubj:pass") + impersonal:
            hit = r.victim(k.i, org_act=True)
            if (
                hit is not None and hit.kind == "organization" and body_of(hit.name) is None
            ):  # not "в здание ФСБ"
                found = [hit]
                break
        if not found and rules.org_victim and t.dep in ("acl", "amod") and t.head != t.i:
            # "Hizb ut-Tahrir, an Islamic group banned in Russia": the one the clause describes
            described = a.tokens[t.head]
            named = described.head if described.dep == "appos" else described.i
            hit = r.victim(named, org_act=False)
            found = [hit] if hit is not None and hit.kind == "organization" else []
        elif not found and rules.org_victim and rules.type == "closure":
            # a closure befalls an organisation, so an unnamed one is the one just named
            # (a designation as often befalls a person: no guess there)
            last = r.last_org()
            found = [last] if last else []
    if not found and not rules.person_victim and t.dep == "acl" and t.head != t.i:
        # "The Viasna centre, itself outlawed in 2023, …": the body the noun described names
        named_in = [
            ei
            for k in a.kids(t.head, "nmod", "compound", "appos")
            if not a.case_of(k.i) and (ei := a.entity_at.get(k.i)) is not None
        ]
        body = named_in[0] if named_in else r.entity_in(t.head, ("ORG",))
        # (or a name tagged a place that no gazetteer knows, on a word for a body: "the Viasna
        # centre")
        unknown_place = (
            body is not None
            and a.entities[body].label in ("LOC", "GPE")
            and a.tokens[t.head].lemma in ctx.pack.word("org_anaphora")
            and gazetteer().lookup(a.entities[body].text, a.entities[body].normal) is None
        )
        if (
            body is not None
            and (unknown_place or (a.entities[body].label == "ORG" and is_real_org(a.entities[body])))
            and a.tokens[t.head].pos == "NOUN"
        ):
            found = [r.org(body)]
    # (or a verb the pattern read that the parser took for a noun: "Gunmen on a motorcycle shot
    # dead defender X", "shot" a modifier)
    verbal = t.pos in VERBAL or (trig.from_pattern and t.dep in ("amod", "compound"))
    if (not found or all(v.kind == "group" and not _a_relative(ctx, v) for v in found)) and verbal:
        found = adjacent_person(ctx, trig) or found
    if not found:
        # (a verb done to people names them as its object: through a preposition of its own
        # it is another sense, "security forces fired on demonstrators" shot at them)
        own = not (t.pos == "VERB" and not trig.from_pattern and rules.type in _DONE_TO_PEOPLE)
        found = resolve_all(ctx, oblique_victims(ctx, trig, own), rules)
    if not found:
        found = _colon_list(ctx, trig)
    if not found:
        found = _the_one_a_record_line_is_about(ctx, trig)
    if not found and rules.type == "threat" and trig.from_pattern:
        # «пообещал „сделать так, чтобы ее выгнали“»: the one the promised harm names
        found = resolve_all(
            ctx,
            [
                j
                for j in sorted(pattern_read(a, trig))
                if a.tokens[j].pos in ("PRON", "PROPN") and a.tokens[j].dep in ("obj", "iobj", "nsubj:pass")
            ],
            rules,
        )
    if not found and rules.type in ("coerced_cooperation", "coerced_statement") and trig.from_pattern:
        found = resolve_all(ctx, punished(a, trig.i), rules)
    if not found and rules.type == "coerced_statement":
        found = _the_one_named(ctx, trig.i)
    if rules.type == "threat" and t.pos in ("NOUN", "PROPN"):
        # "the governor walked back on his threat to clamp down": whose threat it was
        makers = [
            (a.tokens[k.i].start, a.tokens[k.i].end)
            for k in a.kids(trig.i, "nmod:poss", "det")
            if k.dep == "nmod:poss" or k.text.lower() in ctx.pack.word("possessive_pronouns")
        ]
        found = [v for v in found if not any(lo <= v.span.start < hi for lo, hi in makers)]
    return found


def _the_one_named(ctx: DocContext, i: int) -> list[Participant]:
    """ "a video in which X says he regrets … Friends say the recording was made under
    pressure": a statement told without whose it was is that of the one person the report
    has named in it and the two sentences before."""
    a, people = ctx.a, ctx.resolver.people
    first = a.sentences[max(a.tokens[i].sent - 2, 0)].tok_start
    named = {people.name_of(ei): ei for end, ei in people.mentions if first <= end < i}
    named.pop(None, None)
    if len(named) != 1:
        return []
    (ei,) = named.values()
    return [replace(ctx.resolver.person(ei), inferred=True)]


_AGE_AFTER = re.compile(r",\s*\d{1,2}\s*(?:,|--|—|–)")


def _aged(a: Analysis, p: Participant) -> bool:
    return 1 < len(p.name.split()) <= 3 and _AGE_AFTER.match(a.text, p.span.end) is not None


def _a_relative(ctx: DocContext, p: Participant) -> bool:
    """'Ivan Petrov's son' (or lawyer): one relative described, whose name near the verb is
    not theirs."""
    head = head_in(ctx.a, p.span)
    kin = ctx.pack.word("kin_nouns") | ctx.pack.cue("counsel_words")
    return head is not None and (ctx.a.tokens[head].lemma in kin or ctx.a.tokens[head].text.lower() in kin)


_DURATION_UNITS = ("hour", "day", "week", "month", "year", "час", "сутки", "день", "неделя", "месяц", "год")

# acts after which what befell someone befell the one they were done to ("after the arrest he
# was beaten", «после обыска его увезли»)
_CUSTODY_STARTS = ("detention", "abduction", "search")


def _colon_list(ctx: DocContext, trig: Trigger) -> list[Participant]:
    """'Задержаны: Иван Петров, Олег Марин', 'Detained today in Minsk: A, B, C': a bulletin's
    list after a colon that follows the trigger names who it befell."""
    a = ctx.a
    sent = a.sentence_tokens(a.tokens[trig.i].sent)
    colon = next((j for j in sent if j > trig.i and a.tokens[j].text == ":"), None)
    if colon is None or any(
        j != trig.i and (a.tokens[j].pos in ("VERB", "AUX") or a.tokens[j].feats.get("VerbForm") == "Part")
        for j in range(sent.start, colon)
    ):
        return []  # (a verb of its own before the colon: "Police said: …"; «Известно о …:» is none)
    end = a.sentences[a.tokens[trig.i].sent].end
    if not a.text[a.tokens[colon].end : end].strip():
        end = _list_lines_end(a, a.tokens[trig.i].sent + 1)  # the list set out line by line below
    people = [
        ctx.resolver.person(n)
        for n, e in enumerate(a.entities)
        if e.label == "PER" and a.tokens[colon].end <= e.start < end
    ]
    return [p for p in people if not not_a_victim(ctx, p)]


_LIST_LINE = re.compile(r"\s*(?:\d{1,2}[.)]|[-–—•*▪️🔹])\s*\S")


def _list_lines_end(a: Analysis, s: int) -> int:
    """Where the numbered or bulleted lines that follow a line ending in a colon end ("Известно
    о задержании четырёх человек:\n1. Ольга Ким\n2. …"): each a short item of its own."""
    end = a.sentences[s - 1].end
    while s < len(a.sentences):
        line = a.text[a.sentences[s].start : a.sentences[s].end]
        if len(line) > 80 or not _LIST_LINE.match(line):
            break
        end, s = a.sentences[s].end, s + 1
    return end


# what a threat or a beating is made to obtain: told in the condition put to the victim
_SOUGHT_ACTS = ("coerced_statement", "coerced_cooperation")


def _names_set_beside(a: Analysis, i: int) -> bool:
    """ "The activists, Ivan Petrov and Oleg Marin, were …" parsed as a list of three: the names
    set beside a plural noun after a comma are who it is."""
    t = a.tokens[i]
    names = [k for k in a.kids(i, "conj") if k.pos == "PROPN"]
    if t.pos != "NOUN" or t.feats.get("Number") != "Plur" or not names:
        return False
    first = min(a.subtree(names[0].i))
    return a.text[t.end : a.tokens[first].start].strip() == ","


def resolve_all(ctx: DocContext, cands: list[int], rules: ActRules) -> list[Participant]:
    out: list[Participant] = []
    for c in with_conj(ctx.a, [noun_meant(ctx.a, c) for c in cands]):
        if _names_set_beside(ctx.a, c):
            continue
        plural = plural_antecedents(ctx, c)
        if plural:
            out.extend(q for q in plural if all(q.name != o.name for o in out))
            continue
        p = ctx.resolver.victim(c, org_act=rules.org_victim)
        lawyers = (
            _lawyers_of(ctx, c, p)
            if p is not None and p.kind == "person" and rules.type != "denial_of_counsel"
            else None
        )
        p = lawyers or p  # "threatened the lawyers of Ivan Petrov": the lawyers, not their client
        if p is not None and p.kind == "organization" and _aged(ctx.a, p):
            p = replace(p, kind="person")  # "Niu Tengyu, 20, a technician": an age says a person
        if p is not None and p.kind == "organization" and rules.person_victim:
            # "Guards tortured Oleg Marin", the name tagged ORG (not "the former Air Force
            # boss was freed": the name only says whose boss)
            head = ctx.a.tokens[c]
            before = ctx.a.tokens[c - 1] if c > 0 else None
            owner_only = (
                head.pos == "NOUN" and before is not None and p.span.start <= before.start < p.span.end
            )
            p = None if owner_only else ctx.resolver.as_person(p)
        if p is None and rules.person_victim:
            p = ctx.resolver.place_as_person(c)  # "arrested Tsitsi Dangarembga", tagged a place
        if p is None or not_a_victim(ctx, p):
            continue
        more: list[Participant] = []
        if p.kind == "person" and not ctx.a.tokens[c].start <= p.span.start < ctx.a.tokens[c].end:
            # found through an owner ("the homes of X and Y"): the owner's conjuncts too
            owner = head_in(ctx.a, p.span)
            more = resolve_all(ctx, conjuncts(ctx.a, owner), rules) if owner is not None else []
        if p.kind == "group" and lawyers is None:  # (the client named after «адвокату» is no member)
            listed, some = listed_names(ctx, p)
            out.extend(q for q in listed if all(q.name != o.name for o in out))
            if listed and not (some and (p.count or 0) > len(listed)):
                continue  # "four lawyers: A, B, C and D" are the four; "20 people, including A" are more
            if listed:
                p = before_list(ctx.a, p)
        for q in (p, *more):
            if all(q.name != o.name for o in out):
                out.append(q)
    if any(q.kind == "person" for q in out):
        # "the lawyer and journalist Dauletmurat T.": one noun for one person, named, is that
        # person, not another, unnamed group
        # (but "Olga K., Denis L. and a 17-year-old schoolgirl", «… и 17-летнюю школьницу»: one
        # with an age or an article of her own is someone else)
        # (and "the schoolgirl" told again is the one kept so before)
        kept = []
        for q in out:
            again = _told_before(ctx, q)
            if again is not None:
                kept.append(again)
            elif not (
                q.kind == "group" and q.count is None and singular(ctx.a, q) and not _someone_else(ctx, q)
            ):
                kept.append(q)
        out = kept
    return shared_surnames(ctx.a, ctx.pack, out)


def _told_before(ctx: DocContext, q: Participant) -> Participant | None:
    """«Вечером Лебедева и школьницу отпустили» after «… и 17-летнюю школьницу»: one unnamed,
    told by the same noun as one an act before kept beside named people, is that one."""
    if q.kind != "group" or q.count not in (None, 1):
        return None
    head = head_in(ctx.a, q.span)
    if head is None:
        return None
    lemma = ctx.a.tokens[head].lemma
    for act in reversed(ctx.history):
        for v in act.victims:
            if v.kind != "group" or v.span.start >= q.span.start:
                continue
            h = head_in(ctx.a, v.span)
            if h is not None and h != head and ctx.a.tokens[h].lemma == lemma and _someone_else(ctx, v):
                return replace(v, inferred=True)
    return None


def _someone_else(ctx: DocContext, q: Participant) -> bool:
    """An unnamed one joined by "and" to a name of a list, with an article or an age of their
    own ("and a 17-year-old schoolgirl"): another person, not the named one described."""
    head = head_in(ctx.a, q.span)
    if head is None or ctx.a.tokens[head].dep != "conj" or ctx.a.entity(ctx.a.tokens[head].head) is None:
        return False  # (only one joined by "and" to a name of a list)
    indefinite = ctx.pack.word("indefinite_words")
    return any(
        (k.dep == "det" and k.text.lower() in indefinite) or any(c.isdigit() for c in k.text)
        for k in ctx.a.kids(head, "det", "amod", "nummod")
    )


def _lawyers_of(ctx: DocContext, i: int, client: Participant) -> Participant | None:
    """'the lawyers of Ivan Petrov', "Ivan Petrov's lawyer", «адвокату Ивана Петрова»: when
    the resolver gave the client for a lawyer (token i) named with them, the lawyer, as a
    relative is named ("Ivan Petrov's lawyers", «адвокат Ивана Петрова»); None otherwise.
    (A lawyer kept from a client is no victim: denial_of_counsel keeps the client.)"""
    a, tok, counsel = ctx.a, ctx.a.tokens[i], ctx.pack.cue("counsel_words")
    if tok.pos != "NOUN" or (tok.lemma not in counsel and tok.text.lower() not in counsel):
        return None
    if tok.dep == "nsubj" and a.tokens[tok.head].lemma in ctx.pack.cue("attribution_verbs"):
        return None  # ("X's lawyer said his client was pressured": the lawyer tells of the client)
    own_case = tok.feats.get("Case")
    for k in a.kids(i, "nmod:poss", "nmod", "appos"):
        case = a.case_of(k.i)
        genitive = not case and k.feats.get("Case") == "Gen"
        if a.entity(k.i) is None or not (
            k.dep == "nmod:poss"
            or (k.dep == "nmod" and (case == "of" or genitive))
            # («адвокату Ивана Петрова» parsed as a name set beside it: a genitive where the
            # noun's own case is another is whose lawyer it is)
            or (k.dep == "appos" and genitive and own_case not in ("Gen", "Acc", None))
        ):
            continue
        if ctx.resolver.victim(k.i) != client:
            continue
        # (the span is the lawyer's words: the client named in it is not listed as a victim)
        lo, _hi = ctx.resolver.np_range(i)
        sp = ctx.resolver.span(min(lo, i), i)
        name = relation_name(ctx.resolver, i, k.i, client)
        return Participant(name, "group", sp, count=None if tok.feats.get("Number") == "Plur" else 1)
    return None


def adjacent_person(ctx: DocContext, trig: Trigger) -> list[Participant]:
    """'sentenced journalist Alena S.', 'приговорил активиста Фаиля Алсынова': a name right
    after an active trigger, past a describing noun or two, when the parse gave no object."""
    a = ctx.a
    sent = a.tokens[trig.i].sent
    # (a verb the parser took for a noun, from a pattern: the name may come only after all the
    # pattern read — "shot dead land rights defender X")
    read = pattern_read(a, trig) if a.tokens[trig.i].pos not in VERBAL else frozenset()
    last = max(read | {trig.i}) + (5 if read else 4)
    for j in range(trig.i + 1, min(last + 1, a.sentences[sent].tok_end)):
        tok = a.tokens[j]
        ent = a.entity(j)
        if ent is not None and ent.label == "PER":
            owned = ctx.resolver.thing_owned_by(j)
            if owned is not None and trig.i < owned < j:
                break  # «задержали сотрудника штаба Навального»: the one whose headquarters it is
            found = ctx.resolver.person(a.entity_at[j])
            return [found] if found.kind == "person" else []
        # (a describing noun the tagger took for a verb: "land rights defender")
        describing = tok.pos in ("NOUN", "ADJ", "DET") or (tok.pos == "VERB" and tok.dep == "compound")
        if j not in read and (not describing or tok.text[:1].isupper() and tok.pos == "NOUN"):
            break
    if a.language == "ru" and not is_passive(a, trig.i):
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


def not_a_victim(ctx: DocContext, victim: Participant) -> bool:
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
    named_org = any(e.label == "ORG" and e.start == sp.start for e in ctx.a.entities)
    if (victim.kind == "organization" or named_org) and _the_source(ctx, victim):
        return True  # ("…, Human Rights Watch said on Monday": who tells it, read as joined to the victim)
    if victim.kind == "group" and words & (ctx.pack.word("time_units") | ctx.pack.word("money_words")):
        return True  # "дал активисту 13 лет строгого режима", "fined her 30,000 roubles": not a victim
    if victim.kind == "person":  # a "person" the tagger found that is a place or a title
        if words & ctx.pack.word("not_person_words"):
            return True
        if _a_place_heading(ctx.a, victim):
            return True
        return is_place_name(victim.name) and not _introduced_as_name(ctx, victim.name)
    return False


def _the_source(ctx: DocContext, victim: Participant) -> bool:
    """An organisation named right before a verb of saying, as its subject: "…, Human
    Rights Watch said", «…, сообщает «ОВД-Инфо»»."""
    a = ctx.a
    s = sentence_at(a, victim.span.start)
    if s is None:
        return False
    after = [i for i in a.sentence_tokens(s) if a.tokens[i].start >= victim.span.end]
    return bool(after) and a.tokens[after[0]].lemma in ctx.pack.cue("attribution_verbs")


def _a_place_heading(a: Analysis, victim: Participant) -> bool:
    """'⚡️ Grodno: political prisoner X has been sent …': one word the gazetteer knows, before
    a colon at the opening of a post, says where the news is from; it is nobody's name."""
    sp = victim.span
    if " " in victim.name.strip() or a.text[sp.end : sp.end + 1] != ":":
        return False
    s = sentence_at(a, sp.start)
    if s is None or any(ch.isalnum() for ch in a.text[a.sentences[s].start : sp.start]):
        return False
    return gazetteer().lookup(victim.name) is not None


def _introduced_as_name(ctx: DocContext, name: str) -> bool:
    """'an asylum seeker named Elizabeth … she was kidnapped': a word the report gives after
    a naming word is someone's name even where the gazetteer knows a town of that name
    (Elizabeth, New Jersey)."""
    words = "|".join(re.escape(w) for w in ctx.pack.word("naming_words"))
    return bool(words) and re.search(rf"\b(?:{words})\s+{re.escape(name)}\b", ctx.a.text, re.I) is not None
