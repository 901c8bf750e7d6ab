"""Who did an act: the agent or subject the parse gives the trigger, else one the report
names for it nearby (an order's author, an authority telling of it, the court named nearest for
a sentence), else one borrowed from the same victim's earlier acts — only where that body can do
this kind of act (a court detains no one; a prosecutor beats no one). Used by acts.py."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from khronika.extract.agents import institution, perpetrator
from khronika.extract.bodies import body_of, unarmed
from khronika.extract.context import COURT_ACTS, DocContext, Trigger
from khronika.extract.places import gazetteer
from khronika.extract.rules import RulePack
from khronika.extract.syntax import (
    NP_STOP,
    VERBAL,
    in_past_perfect,
    is_passive,
    subjects,
    verbs_before_in_row,
    whose,
    within,
)
from khronika.model import Act, Participant
from khronika.nlp.base import Analysis
from khronika.nlp.paragraphs import dateline_end

# acts that non-state actors commit: killers, attackers, kidnappers
VIOLENT = ("killing", "attack", "abduction")


def perpetrators_of(
    ctx: DocContext, trig: Trigger, victims: list[Participant], sentence_acts: list[Act]
) -> list[Participant]:
    a, r = ctx.a, ctx.resolver
    t = a.tokens[trig.i]
    if trig.rules.type == "self_harm":
        return []  # one harmed oneself: no one else is borrowed as having done it
    cands: list[tuple[int, bool]] = []
    agents = [
        k.i
        for k in a.kids(trig.i)
        if k.dep == "obl:agent" or (a.case_of(k.i) == "by" and k.dep in ("nmod", "obl"))
    ]
    if not agents and t.pos in VERBAL and is_passive(a, trig.i):
        # 'was designated an "extremist formation" by the KGB': the parse hung the agent on
        # the label the verb gave
        agents = [
            k.i
            for o in a.kids(trig.i, "oprd", "xcomp", "obj")
            for k in a.kids(o.i, "nmod")
            if a.case_of(k.i) == "by"
        ]
    if a.language == "ru":
        agents += [k.i for k in a.kids(trig.i, "nmod") if a.case_of(k.i) in ("со стороны",)]
        if is_passive(a, trig.i):  # "сотрудниками ФСБ задержан": the agent in the instrumental
            agents += [
                k.i for k in a.kids(trig.i, "obl") if not a.case_of(k.i) and k.feats.get("Case") == "Ins"
            ]
    cands += [(k, False) for k in agents]
    orders = ctx.pack.cue("order_verbs")
    if not agents and t.pos in VERBAL and not is_passive(a, trig.i, orders):
        # (where the subject is the victim — "X disappeared" — it is dropped below by name)
        cands += [(k, False) for k in subjects(a, trig.i)]
    if (
        not a.kids(trig.i, "nsubj")
        and t.pos in VERBAL
        and a.language == "ru"
        and not is_passive(a, trig.i, orders)
    ):
        # «оперативники повалили его на пол … и ударили ногой»: the subject of the verb before
        # in a row of verbs the parser did not join
        before = [  # (not «Как сообщил X, задержали …»: who tells it)
            j
            for j in verbs_before_in_row(a, trig.i)
            if a.tokens[j].lemma not in ctx.pack.cue("attribution_verbs")
        ]
        cands += [(k, False) for k in (subjects(a, before[0]) if before else [])]
    if not cands and t.pos == "NOUN" and a.case_of(trig.i) in ctx.pack.cue("after_words") and t.head != t.i:
        # «при задержании оперативники повалили его»: those who did what followed the arrest
        verb = a.tokens[t.head]
        if verb.pos in VERBAL and not is_passive(a, verb.i):
            cands += [(k, True) for k in subjects(a, verb.i)]
    if not agents and t.dep in ("conj", "xcomp", "advcl", "acl") and t.head != t.i:
        # "arrested by officers … and held at an undisclosed location": the agent of the first
        # verb (after any subject the two share, which is the victim when the first is passive)
        cands += [(k.i, False) for k in a.kids(t.head) if k.dep == "obl:agent"]
    if not cands and t.dep == "pcomp" and t.head != t.i:
        # "police are accused of abducting X", "accused police of abducting X": the accused
        verb = a.tokens[a.tokens[t.head].head]
        if verb.lemma in ctx.pack.cue("accusation_verbs") and verb.pos in VERBAL:
            dep = "nsubj:pass" if is_passive(a, verb.i) else "obj"
            cands += [(k.i, True) for k in a.kids(verb.i, dep)]
    if not cands and t.head != t.i:
        # "a court ordered both men held in detention", "ordered him detained": whoever ordered
        # it, if an authority, did it (from "detention", climb to "held" first)
        base = a.tokens[t.head] if t.dep == "obl" and a.tokens[t.head].pos in VERBAL else t
        # (a clause of its own only under an order: "…was shot dead; police have opened an
        # investigation" is no "police shot")
        governor = (
            base.head
            if base.dep == "xcomp" or (base.dep == "ccomp" and a.tokens[base.head].lemma in orders)
            else None
        )
        if base.dep == "acl" and a.tokens[base.head].dep == "obj":
            governor = a.tokens[base.head].head
        if (
            governor is not None
            and a.tokens[governor].pos in VERBAL
            and not is_passive(a, governor)
            and a.tokens[governor].lemma not in ctx.pack.cue("attribution_verbs")  # "…, X said": the source
        ):
            cands += [(k, True) for k in subjects(a, governor)]
    if not cands and t.pos == "NOUN" and trig.rules.type in ("threat", "attack"):
        # "received death threats from a dissident faction", «получала угрозы от сотрудников
        # полиции»: where they came from (on the noun, or on the verb of receiving it)
        holders = [trig.i] + ([t.head] if t.dep == "obj" and t.head != t.i else [])
        cands += [
            (k.i, False)
            for h in holders
            for k in a.kids(h, "nmod", "obl")
            if a.case_of(k.i) in ("from", "от")
        ]
    brought = t.dep == "obl" and a.case_of(trig.i) in ("with", "с")  # «пришли с обысками»
    if not cands and t.pos in ("NOUN", "PROPN") and (t.dep == "obj" or brought):
        verb = a.tokens[t.head]  # "the court imposed a fine", "investigators opened a case"
        # (not who reacts to it or demands its end: "rights groups condemn the arrest of X")
        # (nor who received it: "both men had reported receiving death threats")
        reacting = (
            ctx.pack.cue("reaction_verbs") | ctx.pack.cue("demand_verbs") | ctx.pack.cue("receiving_verbs")
        )
        if verb.pos in VERBAL and not is_passive(a, verb.i) and verb.lemma not in reacting:
            cands += [(k, True) for k in subjects(a, verb.i)]
    if not cands and t.pos in ("NOUN", "PROPN") and t.dep in ("obl", "nmod") and t.head != t.i:
        verb = a.tokens[t.head]  # "police took him into custody", "he was put under arrest by …"
        if verb.pos in VERBAL and verb.lemma in ctx.pack.cue("placing_verbs"):
            if is_passive(a, verb.i):
                cands += [
                    (k.i, False)
                    for k in a.kids(verb.i)
                    if k.dep == "obl:agent" or (a.case_of(k.i) == "by" and k.dep == "obl")
                ]
            else:
                cands += [(k, True) for k in subjects(a, verb.i)]
    if not cands and trig.rules.type in ("coerced_statement", "coerced_cooperation"):
        # «получены под давлением следователя», "signed under pressure from investigators":
        # whose pressure it was
        cands += [
            (k.i, False)
            for j in a.sentence_tokens(t.sent)
            if a.tokens[j].lemma in ctx.pack.cue("pressure_nouns")
            for k in a.kids(j, "nmod")
            if a.case_of(k.i) in ("from", "of", "")
        ]
    if not cands and t.pos in VERBAL and not is_passive(a, trig.i, orders):
        # the parser lost the subject ("On 13 February officers of the FSB detained …"): an
        # authority phrase hanging from the trigger before it is the one who acted
        authority = ctx.pack.word("authority_words")
        # (not one the act was against: «против мужчин возбудили дело»; nor the place it was
        # done in, «в отделе его избили»: those who hold the place did it, named before)
        facilities = ctx.pack.word("facility_words")
        cands += [
            (k.i, False)
            for k in a.kids(trig.i, "obl", "nmod")
            if k.i < trig.i
            and k.lemma in authority
            and a.case_of(k.i) not in ("against", "против")
            and not (
                k.lemma in facilities
                and a.case_of(k.i) in ("в", "во", "на", "in", "at", "inside")
                and not a.kids(k.i, "nmod", "appos", "compound")  # («в управлении ФСБ» names the body)
            )
        ]
    if not cands and trig.match and trig.rules.type in VIOLENT:
        # «… люди в полицейской форме, пересадили в свою машину и увезли»: those the pattern
        # read, before the verb, as the ones who seized someone, however the parser hung them
        strangers = ctx.pack.word("non_state_words")
        cands += [
            (j, False)
            for j in a.sentence_tokens(t.sent)
            if trig.match[0] <= a.tokens[j].start < t.start
            and (a.tokens[j].lemma in strangers or a.tokens[j].text.lower() in strangers)
            and a.tokens[j].pos == "NOUN"
        ][:1]
    if not cands and trig.rules.type in VIOLENT:
        cands += [(j, False) for j in _opening_doer(ctx, trig)]
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
        if (
            a.language == "ru"
            and a.tokens[c].dep.startswith("nsubj")
            and a.tokens[c].feats.get("Case") in ("Dat", "Ins", "Loc")
        ):
            continue  # («приговора Фаилю Алсынову … полицейские задержали»: no subject is in the dative)
        if within(a, c, [v.span for v in victims]):
            continue  # («Шамсиддина Рахимова депортировали»: the victim's own name, taken for the subject)
        p = perpetrator(r, c, require_authority=strict)
        if p is not None and p.name not in victim_names and all(p.name != q.name for q in out):
            out.append(p)
    if t.head != t.i and a.tokens[t.head].lemma in ctx.pack.cue("deny_verbs"):
        out = []  # "the authorities deny holding him": who denies an act is not who is said to have done it
    if out:
        return out
    if trig.rules.type == "coerced_cooperation":
        # «вынудили подписать соглашение о сотрудничестве с ФСБ»: whom they were made to
        # work for is who made them
        partners = [
            k.i
            for j in a.sentence_tokens(t.sent)
            if a.tokens[j].lemma.startswith(tuple(ctx.pack.cue("cooperation_stems")))
            for k in a.kids(j, "nmod", "obl")
            if a.case_of(k.i) in ("с", "with")
        ]
        found = [p for k in partners if (p := perpetrator(r, k, require_authority=True)) is not None]
        if found:
            return found[:1]
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
        if not source and t.pos in VERBAL and not is_passive(a, trig.i):
            # "The university expelled Anna Lee": the institution that is the subject
            source = [
                k
                for k in subjects(a, trig.i)
                if a.tokens[k].pos in ("NOUN", "PROPN") and not within(a, k, [v.span for v in victims])
            ]
        body = institution(r, source[0], stop=_COURT_NAME_STOP) if source else None
        if body is not None:
            return [body]
    if trig.rules.type in ("prosecution", "detention"):
        # "prosecutors said he was charged", "the Interior Ministry said 107 people had been
        # detained": an authority telling of what no one else is said to have done
        for j in a.ancestors(trig.i):
            if a.tokens[j].lemma in ctx.pack.cue("attribution_verbs"):
                for k in a.kids(j, "nsubj"):
                    if not a.kids(k.i, "compound", "amod", "nmod") and k.lemma in ctx.pack.word(
                        "org_anaphora"
                    ):
                        continue  # ("the group said": the rights group named before, telling of it)
                    p = perpetrator(r, k.i, require_authority=True)
                    if (
                        p is not None
                        and p.name not in victim_names
                        and _perpetrator_fits(ctx, trig.rules.type)(p)
                    ):
                        return [p]
                break
    if trig.rules.type in COURT_ACTS:
        # "Ивану Петрову назначили семь лет": only a court sentences or remands; the court
        # the report names nearest before (or in the sentence) did, not the police last named
        court = _nearest_court(ctx, trig.i)
        return [replace(court, inferred=True)] if court is not None else []
    fits = _perpetrator_fits(ctx, trig.rules.type)
    if trig.rules.type == "torture" and any(
        a.tokens[j].lemma in ctx.pack.cue("custody_words") for j in a.sentence_tokens(t.sent)
    ):
        # («неизвестные напали на него … В СИЗО его помещали в ШИЗО»: who holds him, not the
        # strangers of the street, did what was done in custody)
        state_fits = fits
        strangers = ctx.pack.word("non_state_words")

        def fits(p: Participant) -> bool:
            return state_fits(p) and not set(re.findall(r"\w+", p.name.lower())) & strangers

    sent = a.sentences[t.sent]
    colon = a.text.find(":", t.end, sent.end)
    if colon != -1:
        # «прошёл обыск: силовики изъяли компьютеры»: the clause after the colon says who
        for j in a.sentence_tokens(t.sent):
            if a.tokens[j].start > colon and a.tokens[j].dep == "nsubj":
                p = perpetrator(r, j, require_authority=True)
                if p is not None and p.name not in victim_names and fits(p):
                    return [p]
    for act in sentence_acts:  # same sentence, explicit
        explicit = [p for p in act.perpetrators if not p.inferred and fits(p)]
        if explicit:
            return [replace(p, inferred=True) for p in explicit]
    # (or opening with "earlier", «Ранее, в январе, ему угрожали»: before the acts told so far)
    marks = ctx.pack.cue("earlier_words")
    earlier = _told_as_earlier(a, trig.i) or any(
        a.tokens[k].text.lower() in marks for k in a.sentence_tokens(t.sent) if k < trig.i
    )
    # ("In 2016, Berta Cáceres was murdered", after this year's killing by gunmen: not by them)
    years = {d.value[:4] for d in ctx.dates if sent.start <= d.start < sent.end and d.value and d.explicit}
    history = [act for act in ctx.history if not (years and act.date and act.date.value[:4] not in years)]
    # ("He had received death threats from a faction. His nephew was wounded in the attack":
    # who threatened is not lent to what was done)
    history = [act for act in history if act.type != "threat" or trig.rules.type == "threat"]
    if trig.rules.type == "reprisal":
        # ("officers searched her flat … Her lawyer was stripped of his licence": a bar, an
        # employer or a university takes a reprisal, not the officers last named)
        history = []
    for act in [] if earlier else reversed(history):  # same victim earlier, else the last one named
        if {v.name for v in act.victims} & victim_names:
            explicit = [p for p in act.perpetrators if not p.inferred and fits(p)]
            if explicit:
                return [replace(p, inferred=True) for p in explicit]
    # (a disappearance told by those looking for someone — "his family cannot find him" —
    # names, in its own subject, no one who acted)
    # ("Officers came to her home. They threatened her": "they" is who the sentence before named)
    subj = subjects(a, trig.i)
    they = all(
        a.tokens[k].pos == "PRON"
        and a.tokens[k].feats.get("Number") == "Plur"
        and a.tokens[k].feats.get("Person") in ("3", None)
        and a.tokens[k].lemma not in ctx.pack.word("pronouns_relative")
        for k in subj
    )
    unnamed = not subj or trig.rules.subject_victim or they
    if t.pos in VERBAL and unnamed and t.sent > 0:
        # "Police came to the café. Three were taken to the station": an authority that is
        # the subject of the sentence before acted in a clause that names no one
        for i in a.sentence_tokens(t.sent - 1):
            if a.tokens[i].dep == "nsubj" and a.tokens[a.tokens[i].head].pos in VERBAL:
                p = perpetrator(r, i, require_authority=True)
                if p is not None and p.name not in victim_names and fits(p):
                    return [replace(p, inferred=True)]
    for act in [] if earlier else reversed(history):
        explicit = [p for p in act.perpetrators if not p.inferred and fits(p)]
        if explicit:
            return [replace(p, inferred=True) for p in explicit]
    return []


def _told_as_earlier(a: Analysis, i: int) -> bool:
    """ "Gunmen killed X on Sunday. X had received death threats for months": an act told in
    the past perfect came before the acts told so far, and those who did them are not known
    to have done it too."""
    t = a.tokens[i]
    verb = i if t.pos in VERBAL else t.head if t.dep in ("obj", "nsubj", "nsubj:pass") else None
    return verb is not None and in_past_perfect(a, verb)


def perpetrators_told_after(ctx: DocContext, acts: list[Act]) -> list[Act]:
    """«После задержания оперативники ФСБ били его», "after his arrest officers beat him":
    an act told before the clause that names who acted, against the same person, was done
    by them too (not a court's act: a court detains and beats no one, and no one else
    sentences)."""
    out = list(acts)
    for n, act in enumerate(out):
        if act.type in COURT_ACTS or any(not p.inferred for p in act.perpetrators):
            continue
        names = {v.name for v in act.victims}
        fits = _perpetrator_fits(ctx, act.type)
        for later in out[n + 1 :]:
            told = [p for p in later.perpetrators if not p.inferred and fits(p)]
            if told and names & {v.name for v in later.victims}:
                out[n] = replace(act, perpetrators=tuple(replace(p, inferred=True) for p in told))
                break
    return out


def _perpetrator_fits(ctx: DocContext, act_type: str) -> Callable[[Participant], bool]:
    """A perpetrator borrowed from another act must be able to do this one: a court
    sentences, remands, closes and lists, but detains, beats and searches no one."""

    def fits(p: Participant) -> bool:
        words = re.findall(r"\w+", p.name.lower())
        if set(words) & ctx.pack.word("prosecutor_words") and act_type not in _PROSECUTOR_FIT:
            return False  # «Прокурор просил 11 лет. Бутенко задержали …»: a prosecutor detains no one
        is_court = any(_is_court_word(ctx.pack, w) for w in words)
        if act_type in _STATE_ONLY and not (is_court or body_of(p.name) or _the_state(ctx.pack, words)):
            return False  # "armed men in masks" searched the house; they charged no one
        if act_type in _BY_FORCE and p.kind == "organization" and not _may_use_force(ctx, p, words):
            return False  # «отчислили из университета … после задержания»: a university holds no one
        body = body_of(p.name)
        if act_type == "prosecution" and body is not None and unarmed(body):
            return False  # «Минюст признал … Заочно ей предъявлено обвинение»: a registry charges no one
        return not is_court or act_type in _COURT_FIT

    return fits


def seized_by_the_state(ctx: DocContext, acts: list[Act]) -> list[Act]:
    """A kidnapping is a seizure by people not of the state, or by people no one names; one
    the report's own sentence pins on the state ("abducted by plainclothes police officers",
    «похитили сотрудники ФСБ») is a detention, however the report words it — and keeps the
    word as its trigger. A seizure by men the report cannot place ("armed men in uniform",
    "masked police") stays a kidnapping, and so does the same seizure told again of the state
    (a title's «силовики похитили студента» over the body's «вооружённые люди … похитили»)."""

    def by_the_state(act: Act) -> bool:
        told = [p for p in act.perpetrators if not p.inferred]
        return act.type == "abduction" and bool(told) and all(_of_the_state(ctx.pack, p) for p in told)

    unplaced = {
        v.name for act in acts if act.type == "abduction" and not by_the_state(act) for v in act.victims
    }
    return [
        replace(act, type="detention")
        if by_the_state(act) and not {v.name for v in act.victims} & unplaced
        else act
        for act in acts
    ]


def _of_the_state(pack: RulePack, p: Participant) -> bool:
    words = re.findall(r"\w+", p.name.lower())
    if set(words) & pack.word("non_state_words"):
        return False  # "armed men in military uniform": who they are, the report does not know
    body = body_of(p.name)
    if body is not None:
        return not unarmed(body)
    return _the_state(pack, words)


def _may_use_force(ctx: DocContext, p: Participant, words: list[str]) -> bool:
    """A body of the state ("the KGB", a country, «Департамент госбезопасности Нигерии»),
    the state's officers, or armed people: not an institution such as a university."""
    gaz = gazetteer()
    body = body_of(p.name)
    if body is not None:
        return not unarmed(body)
    return bool(
        _the_state(ctx.pack, words)
        or set(words) & ctx.pack.word("non_state_words")
        or any((place := gaz.lookup(w)) is not None and place.kind == "country" for w in words)
    )


def _the_state(pack: RulePack, words: list[str]) -> bool:
    """Words naming an authority of the state ("officers", «силовики»), none naming others."""

    def among(w: str, nouns: frozenset[str]) -> bool:
        return w in nouns or any(len(n) >= 4 and w.startswith(n) for n in nouns)

    return any(among(w, pack.word("authority_words")) for w in words) and not any(
        among(w, pack.word("non_state_words")) for w in words
    )


_PROSECUTOR_FIT = ("prosecution", "remand", "designation", "closure", "release", "sentence")
_COURT_FIT = ("sentence", "remand", "closure", "designation", "release", "reprisal")
# acts only the state does: a perpetrator borrowed for them must be an authority
_STATE_ONLY = ("prosecution", "sentence", "remand", "designation")
# acts done by force: whoever is borrowed for one is the state, a body of it or armed people
_BY_FORCE = ("detention", "torture", "search", "abduction", "enforced_disappearance", "killing", "attack")


def _is_court_word(pack: RulePack, word: str) -> bool:
    """'court', 'суд', and Russian compounds ending in it: «Мосгорсуд», «горсуда»."""
    low = word.lower()
    return (
        low in pack.word("court_words")
        or re.fullmatch(r"\w*суд(?:а|у|ом|е|ы|ов|ам|ами|ах)?", low) is not None
    )


def a_prosecutor(pack: RulePack, p: Participant) -> bool:
    words = {w.lower() for w in re.findall(r"\w+", p.name)}
    return p.kind == "organization" and not p.inferred and bool(words & pack.word("prosecutor_words"))


def a_court(pack: RulePack, p: Participant) -> bool:
    return (
        p.kind == "organization" and not p.inferred and any(_is_court_word(pack, w) for w in p.name.split())
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
    own = _years_told(ctx, s)
    # this sentence, the report before it, then the next two ("… оштрафовали. Решение
    # вынес Василеостровский районный суд")
    after = range(sent.stop, a.sentences[min(s + 2, len(a.sentences) - 1)].tok_end)
    for j in [*sent, *range(sent.start - 1, -1, -1), *after]:
        if is_court(j) and not _court_as_place(ctx, j):
            if own and a.tokens[j].sent != s and not own & _years_told(ctx, a.tokens[j].sent):
                # «Ранее, в 2021 году, его уже штрафовали» after today's court: a sentence
                # of its own year was given by a court the report does not name
                continue
            # the court's own name, not the clause the parser may have hung on it (but with the
            # town it is named after: "the Leninsky District Court of Brest")
            nmods = a.kids(j, "nmod")
            of_town = bool(nmods) and all(a.case_of(k.i) == "of" and k.pos == "PROPN" for k in nmods)
            stop = tuple(d for d in _COURT_NAME_STOP if d != "nmod") if of_town else _COURT_NAME_STOP
            p = perpetrator(ctx.resolver, j, require_authority=True, stop=stop)
            if p is not None:
                return p
    return None


def _court_as_place(ctx: DocContext, j: int) -> bool:
    """«пикет у здания областного суда», "a protest outside the court building": the court
    names where something was, not a court that judged."""
    a, pack = ctx.a, ctx.pack
    t = a.tokens[j]
    holder = a.tokens[t.head] if t.dep in ("nmod", "compound") and t.head != j else None
    if holder is not None and holder.lemma in pack.word("building_words"):
        return True
    return a.case_of(j) in pack.word("beside_cases")


def _years_told(ctx: DocContext, s: int) -> set[str]:
    """The years the sentence's own calendar dates name."""
    sent = ctx.a.sentences[s]
    return {d.value[:4] for d in ctx.dates if d.explicit and d.value and sent.start <= d.start < sent.end}


_COURT_NAME_STOP = (*NP_STOP, "nmod", "obl", "nsubj", "obj", "ccomp", "xcomp", "advmod", "aux", "cop")


def _with_conj_flags(a: Analysis, cands: list[tuple[int, bool]]) -> list[tuple[int, bool]]:
    """The candidates and those joined to them by "and"; in Russian also the bodies joined to
    the one whose officers they are («сотрудники полиции и ФСБ»: the FSB too)."""
    out = []
    for i, flag in cands:
        out.append((i, flag))
        out.extend((k.i, flag) for k in a.kids(i, "conj"))
        if a.language == "ru":
            # («сотрудники Центра «Э» и ФСБ»: joined to the name set beside the body)
            for g in [x for w in whose(a, i) for x in (w, *a.kids(w.i, "appos"))]:
                out.extend(
                    (k.i, flag) for k in a.kids(g.i, "conj") if k.pos == "PROPN" and not a.case_of(k.i)
                )
    return out


def _opening_doer(ctx: DocContext, trig: Trigger) -> list[int]:
    """ "Gunmen on a motorcycle shot dead activist X", parsed with no verb ("shot" an adjective):
    the noun for armed men or the state that opens the sentence, with only a phrase of where or
    how between it and the trigger, is who did it."""
    a = ctx.a
    t = a.tokens[trig.i]
    sent = a.sentences[t.sent]
    # (after any wire dateline: "TEGUCIGALPA, March 12 (Reuters) - Gunmen …")
    opening = sent.start + dateline_end(a.text[sent.start : sent.end])
    tokens = [j for j in a.sentence_tokens(t.sent) if j < trig.i and a.tokens[j].start >= opening]
    doers = ctx.pack.word("authority_words") | ctx.pack.word("non_state_words")
    for n, j in enumerate(tokens):
        tok = a.tokens[j]
        if tok.pos in ("DET", "ADJ"):
            continue
        if tok.pos != "NOUN" or tok.lemma not in doers:
            return []
        between = tokens[n + 1 :]
        if all(a.tokens[k].pos in ("ADP", "DET", "ADJ", "NOUN", "PROPN", "NUM") for k in between):
            return [j]
        return []
    return []
