"""Which triggers tell no act: negated ("was not tortured", «не задерживали»), hypothetical
("may be arrested", «если подпишешь, тебя отпустят»), sought ("a bounty for her arrest",
"efforts to arrest them"), demanded, generic ("torture is widespread") or a risk ("faces
torture") — and an authority's denial of an act alleged before, kept as its own claim.
"""

from __future__ import annotations

import re

from khronika.extract.agents import perpetrator
from khronika.extract.context import DocContext, Trigger
from khronika.extract.rules import RulePack
from khronika.extract.syntax import VERBAL, clause_chain, whose
from khronika.extract.where import places_in
from khronika.model import Participant
from khronika.nlp.base import Analysis, Token

SUSPECT_TYPES = ("detention", "remand", "prosecution", "sentence")


def _read_by_pattern(a: Analysis, trig: Trigger) -> set[int]:
    if not trig.match:
        return set()
    return {
        i
        for i in a.sentence_tokens(a.tokens[trig.i].sent)
        if trig.match[0] <= a.tokens[i].start < trig.match[1]
    }


def _written_in_pattern(trig: Trigger, word: str) -> bool:
    """Whether the pattern that read the trigger writes the word itself: in 'не (?P<t>пустили)
    адвоката' the negation is the act; in «силу к нему не применяли» a pattern's word gap only
    ran over it, and it negates the act."""
    if trig.pattern is None or not word.isalpha():
        return True  # ("n't", written "n[’\x27]t": read as written)
    source = trig.pattern.pattern.replace("\\b", " ")  # ('\\bне (?P<t>пуска…': written)
    return re.search(rf"(?<![\w\\]){re.escape(word)}(?!\w)", source) is not None


def negated(a: Analysis, pack: RulePack, trig: Trigger) -> bool:
    """ "was not tortured", «не задерживали»: a negation on the trigger (or on the verb whose
    complement it is), not one inside what a pattern read."""
    in_match = _read_by_pattern(a, trig)
    negation = pack.cue("negation")
    t = a.tokens[trig.i]
    # (the verb it complements: "did not manage to detain", «задержать не удалось»; the verb
    # that says it happened or was used: «насилие к задержанным не применялось», "force was
    # not used")
    carried = (
        t.pos == "NOUN"
        and t.dep in ("nsubj", "nsubj:pass", "obj")
        and a.tokens[t.head].lemma in pack.cue("happening_verbs") | pack.cue("using_verbs")
    )
    for j in (trig.i, t.head) if t.dep in ("xcomp", "csubj") or carried else (trig.i,):
        for k in a.kids(j):
            if k.i in in_match and _written_in_pattern(trig, k.text.lower()):
                continue
            low = k.text.lower()
            if k.dep in ("advmod:neg", "neg") or (
                low in negation and k.dep in ("advmod", "neg", "det", "advmod:neg", "preconj", "cc")
            ):
                return True
    if t.pos in ("VERB", "AUX") and any(
        d.text.lower() in negation and d.text.lower() != "not"
        for k in a.kids(trig.i, "nsubj:pass", "obj")
        if k.pos == "NOUN"
        for d in a.kids(k.i, "det")
    ):
        return True  # "no force was used against him": what was used, none
    return _no_record_of(a, pack, trig.i)


def _no_record_of(a: Analysis, pack: RulePack, i: int) -> bool:
    """ "Police say they have no record of his arrest", «сведений о его задержании нет»: the
    act is what a record is said not to hold (denied, where an authority says it)."""
    t = a.tokens[i]
    record = a.tokens[t.head]
    if t.pos != "NOUN" or t.head == i or record.lemma not in pack.cue("record_nouns"):
        return False
    negation = pack.cue("negation")
    if any(k.text.lower() in negation for k in a.kids(record.i, "det", "advmod", "advmod:neg")):
        return True
    above = a.tokens[record.head]
    return record.dep.startswith("nsubj") and above.text.lower() in negation


def _threatened_with(a: Analysis, pack: RulePack, i: int) -> bool:
    """ "threatened him with arrest and with the expulsion of his brother", «угрожали уголовным
    делом и отчислением брата»: what one is threatened with has not been done (the threat is
    the act)."""
    t = a.tokens[i]
    if t.pos != "NOUN":
        return False
    if a.language == "ru":
        marked = t.feats.get("Case") == "Ins" and not a.case_of(t.i)
    else:  # ("with" as its case, or, parsed so, as the preposition it hangs on)
        marked = a.case_of(t.i) == "with" or (t.dep == "pobj" and a.tokens[t.head].text.lower() == "with")
    if not marked:
        return False
    threat_verbs = next((r.verbs for r in pack.acts if r.type == "threat"), frozenset())
    j = t.i
    for _ in range(4):  # up through the things threatened ("… and with the expulsion") to the verb
        if a.tokens[j].head == j:
            return False
        j = a.tokens[j].head
        if a.tokens[j].pos in VERBAL:
            return a.tokens[j].lemma in threat_verbs
        if a.tokens[j].pos not in ("NOUN", "ADP", "PROPN"):
            return False
    return False


def said_not_by_an_authority(ctx: DocContext, trig: Trigger) -> Participant | None:
    """ "Police said X was not beaten", «В МВД заявили, что Петрова никто не избивал»: an
    authority saying an act did not happen denies it — a claim of its own, kept beside any
    allegation, not an act suppressed."""
    a, r = ctx.a, ctx.resolver
    for j in a.ancestors(trig.i):
        if a.tokens[j].lemma in ctx.pack.cue("attribution_verbs"):
            tellers = a.kids(j, "nsubj") + [k for k in a.kids(j, "obl") if a.case_of(k.i) in ("в", "in")]
            for k in tellers:
                p = perpetrator(r, k.i, require_authority=True)
                if p is not None:
                    return p
            return None
    return None


def suppressed(ctx: DocContext, trig: Trigger) -> bool:
    """Whether the trigger tells no act that happened (each test below says which kind)."""
    a, pack = ctx.a, ctx.pack
    chain = clause_chain(a, trig.i)
    # "must uphold the law following the arrest of X", "called on it to act after his arrest":
    # what a clause follows has happened, whatever the clause asks for
    # (but a release is the end of a term, often one still to come: "will serve three years
    # of probation after his release")
    followed = a.tokens[trig.i].pos == "NOUN" and a.case_of(trig.i) in pack.cue("after_words")
    if followed and trig.rules.type != "release":
        chain = [trig.i]
    in_match = _read_by_pattern(a, trig)
    if negated(a, pack, trig):
        return said_not_by_an_authority(ctx, trig) is None
    if trig.rules.type != "threat" and _threatened_with(a, pack, trig.i):
        return True
    confinement = tuple(pack.cue("confinement_stems"))
    if trig.rules.type == "detention" and any(
        k.lemma in pack.cue("care_places")
        and a.case_of(k.i) in ("в", "во", "to", "into")
        # (not «в психиатрическую больницу», "to a psychiatric hospital": confinement)
        and not any(m.lemma.startswith(confinement) for m in a.kids(k.i, "amod", "compound"))
        for k in a.kids(trig.i, "obl")
    ):
        return True  # «Шакурского доставили в больницу»: brought to be treated, not held
    modal, generic = pack.cue("modal"), pack.cue("generic_words")
    negation = pack.cue("negation")
    for j in chain:
        for k in a.kids(j):
            if k.i in in_match:
                continue
            low = k.text.lower()
            if k.dep in ("aux", "aux:pass") and (low in modal or k.lemma in modal):
                return True
            if a.language == "ru" and low in modal and k.dep in ("aux", "advmod", "discourse"):
                return True
            if k.dep == "advmod" and low in generic:
                return True
        if j != trig.i and j not in in_match and a.tokens[j].lemma in modal and a.language == "ru":
            return True
    if _a_possible_future(a, trig.i, pack) and trig.i not in in_match:
        return True
    if _a_general_present(ctx, trig.i) and trig.i not in in_match:
        return True
    if _a_record_over_years(ctx, trig.i) or _a_rate(ctx, trig.i):
        return True
    t = a.tokens[trig.i]
    if (
        t.dep == "conj"
        and t.head != t.i
        and any(k.text.lower() in negation and k.dep == "preconj" for k in a.kids(t.head))
    ):
        return True  # "neither charged nor detained" (not "was not charged but was detained")
    if (
        trig.rules.type == "prosecution"
        and a.tokens[trig.i].lemma in pack.cue("accusation_verbs")
        and not a.kids(trig.i, "nsubj:pass", "aux:pass")  # (only an active accusation has an accuser)
        and a.tokens[trig.i].feats.get("Voice") != "Pass"
    ):
        accusers = a.kids(trig.i, "nsubj")
        t = a.tokens[trig.i]
        if not accusers and t.dep == "acl:relcl" and t.head != t.i:  # («посты, в которых обвинил …»)
            accusers = a.kids(a.tokens[t.head].head, "nsubj")
        if any(
            k.lemma in pack.people_nouns() and k.lemma not in pack.word("authority_words") for k in accusers
        ):
            return True  # «блогер обвинил губернатора в растрате»: one person's charge, not the state's
    if trig.rules.type == "search" and any(
        k.lemma in pack.word("seeker_words") for k in a.kids(trig.i, "nsubj")
    ):
        return True  # "their families searched police stations": looking for someone, no raid
    if trig.rules.type in SUSPECT_TYPES and any(
        k.lemma in pack.word("not_victim_words") or k.text.lower() in pack.word("not_victim_words")
        for k in a.kids(trig.i, "obj", "nsubj:pass")
    ):
        return True  # "rescued two victims and arrested four suspects": no victim to borrow from beside it
    head = a.tokens[trig.i]
    after = a.tokens[trig.i + 1] if trig.i + 1 < len(a.tokens) else None
    if (
        not trig.from_pattern
        and head.pos in VERBAL
        and (
            (head.dep in ("amod", "compound") and a.tokens[head.head].lemma in pack.word("authority_words"))
            # (parsed otherwise: "prosecuting authority official X told …")
            or (
                a.language == "en"
                and head.text.endswith("ing")
                and after is not None
                and after.lemma in pack.word("authority_words")
            )
        )
    ):
        return True  # "the prosecuting authority", "the arresting officers": who they are, not an act
    if not trig.from_pattern and head.pos == "NOUN" and a.case_of(trig.i) in pack.cue("lacking_marks"):
        return True  # "released without charge", «отпустили без обвинения»: it did not happen
    if _instead(a, trig.i, pack.cue("instead_words")):
        return True
    if trig.rules.type == "search" and head.pos in VERBAL and _looking_for_someone(ctx, trig.i):
        return True
    if head.pos == "NOUN" and _sought(a, trig.i, pack.cue("sought_nouns")):
        return True
    if a.language == "ru" and head.pos == "NOUN" and head.dep == "nsubj" and head.head != trig.i:
        # «Обыска у него дома не было», «задержаний не было»: there was none
        be = a.tokens[head.head]
        if be.lemma in ("быть", "нет") and (
            be.lemma == "нет" or any(k.text.lower() in pack.cue("negation") for k in a.kids(be.i, "advmod"))
        ):
            return True
    if (
        a.language == "ru"
        and not trig.from_pattern
        and head.pos == "VERB"
        and head.feats.get("Tense") == "Fut"
    ):
        return True  # «если подпишешь, тебя отпустят»: what will be done has not been
    if (
        a.language == "ru"
        and not trig.from_pattern
        and head.pos == "NOUN"
        and head.dep in ("obj", "nsubj", "nsubj:pass")
        and head.head != trig.i
        and a.tokens[head.head].pos == "VERB"
        and a.tokens[head.head].feats.get("Tense") == "Fut"
    ):
        return True  # «опасаются, что к ним применят пытки»: the act a verb in the future will bring
    if trig.rules.type == "threat" and head.pos in VERBAL and head.feats.get("Tense") == "Pres":
        # "the same fate now threatens X", "the law threatens NGOs": a danger, not someone's threat
        agents = pack.people_nouns() | pack.word("authority_words")
        subj = a.kids(trig.i, "nsubj")
        if subj and all(k.pos == "NOUN" and a.entity(k.i) is None and k.lemma not in agents for k in subj):
            return True
    if head.pos in ("NOUN", "PROPN") and (
        _a_prevalence(a, trig.i, pack.cue("prevalence_words")) or _a_trend(a, trig.i, pack)
    ):
        return True
    pretend = pack.cue("pretend_words")
    modifiers = a.kids(trig.i, "amod", "compound")
    # ("self-imposed house arrest": the modifier with the words hyphened to it)
    written = {a.text[a.tokens[min(a.subtree(k.i))].start : k.end].lower() for k in modifiers}
    before = a.tokens[trig.i - 1] if trig.i > 0 else None
    # ("Mug shot of X", a headline the parser read as "Mug" shooting: the noun written before it)
    compound = (
        before is not None and before.pos in ("NOUN", "PROPN", "ADJ") and before.text.lower() in pretend
    )
    if (
        any(k.lemma in pretend or k.text.lower() in pretend for k in modifiers)
        or written & pretend
        or compound
        or (head.head != trig.i and head.dep in ("obj", "nmod") and a.tokens[head.head].lemma in pretend)
    ):
        return True  # "mock executions", «имитировали расстрел»: a pretence (the torture it is, told apart)
    for up in (head.head, a.tokens[head.head].head):
        # (what is demanded, not a threat made to get it: «требовали пароль, угрожая …»)
        # («потребовали подписать объяснение и пригрозили делом»: a verb joined to the demand
        # is a deed of its own)
        how = (head.dep == "advcl" and trig.rules.type == "threat") or head.dep == "conj"
        # («держат „на подвале“ и требуют …» parsed in a circle: a demand that hangs on the
        # act is told after it, not above it)
        cycle = a.tokens[up].head == trig.i
        if (
            up != trig.i
            and a.tokens[up].lemma in pack.cue("demand_verbs")
            and not how
            and not cycle
            and not followed
            and up not in in_match
        ):
            return True
    for j in chain:  # "aims to kill him", "хотели задержать": an intention, not an act
        if j != trig.i and j in in_match:
            continue  # (words the pattern read in their context: "threatened to … if he refused to sign")
        t = a.tokens[j]
        if (
            t.dep == "xcomp"
            and a.tokens[t.head].lemma in pack.cue("intention_verbs")
            and t.head not in in_match
        ):
            return True  # (unless the pattern read the intention: "asked the court to sentence X")
        if t.dep == "xcomp" and any(
            k.text.lower() in pack.cue("pending_words") for k in a.kids(t.head, "advmod")
        ):
            return True  # "he has yet to be sentenced": it has not happened
        if (
            t.dep == "xcomp"
            and a.tokens[t.head].lemma in pack.cue("failure_words")
            and t.head not in in_match
        ):
            return True  # "police failed to detain him", "were unable to arrest her": it did not happen
        if any(k.lemma in pack.cue("intention_verbs") and k.i not in in_match for k in a.kids(j, "amod")):
            return True  # "attempted murder", "a planned arrest"
        if _an_effort_to(a, j, pack.cue("intention_verbs")) and a.tokens[j].head not in in_match:
            return True
        if _conditional(a, j, pack.cue("conditional_marks"), read=in_match):
            return True
    if _a_risk(ctx, trig):
        return True
    if _an_accusation(ctx, trig):
        return True
    for k in a.kids(trig.i, "nsubj", "nsubj:pass", "obj"):
        if k.i in in_match:
            continue  # («…никто не видел»: the pattern read the nobody as part of what happened)
        if k.text.lower() in pack.cue("nobody_words") or any(
            d.text.lower() == "no" for d in a.kids(k.i, "det")
        ):
            return True  # "no one was arrested", "no journalist was tortured", «никого не задержали»
    return False


def those_it_befell_before(ctx: DocContext, trig: Trigger) -> bool:
    """ "Two of the detained employees were released": a participle on a definite noun points
    back to people an act of its kind, told before, befell; unless it names them ("the
    arrested journalists are A and B"), it tells no act of its own."""
    a, t = ctx.a, ctx.a.tokens[trig.i]
    if a.language != "en" or trig.from_pattern or t.dep != "amod" or t.pos != "VERB" or t.head == t.i:
        return False
    noun = a.tokens[t.head]
    definite = any(d.lemma in ("the", "these", "those") for d in a.kids(noun.i, "det"))
    return (
        definite
        and noun.lemma in ctx.pack.people_nouns()
        and any(act.type == trig.rules.type for act in ctx.history)
    )


def _sought(a: Analysis, i: int, sought: frozenset[str]) -> bool:
    """'offered a bounty for her arrest', 'issued a warrant for the arrest of X', 'a reward
    for information leading to his arrest', «ордер на арест»: an act a bounty, a reward or a
    warrant is for has not (yet) been done."""
    j = i
    for _ in range(4):
        t = a.tokens[j]
        if t.head == j:
            return False
        up = a.tokens[t.head]
        if up.lemma in sought or any(k.lemma in sought for k in a.kids(up.i, "obj")):
            return True
        j = up.i
    return False


def _looking_for_someone(ctx: DocContext, i: int) -> bool:
    """'His family searched police stations for him': a search for a person is looking for
    them, not a search of anyone's home (one for things — "searched his flat for leaflets" —
    is)."""
    a = ctx.a
    people = ctx.pack.people_nouns() | ctx.pack.word("kin_nouns")
    for k in a.kids(i, "obl", "nmod"):
        if a.case_of(k.i) != "for":
            continue
        ent = a.entity(k.i)
        if k.pos == "PRON" or k.lemma in people or (ent is not None and ent.label == "PER"):
            return True
    return False


def _a_possible_future(a: Analysis, i: int, pack: RulePack) -> bool:
    """'Soldiers may be arrested', 'he might be tortured': a hedge before a verb with no
    perfect is what could yet happen, not a report ("he may have been tortured" stays, as
    an uncertain act; so does a state that may hold now: "he may be held in Evin")."""
    aux = a.kids(i, "aux", "aux:pass")
    if not any(k.text.lower() in pack.cue("hedge") for k in aux):
        return False
    if any(k.lemma in pack.cue("perfect_aux") for k in aux):
        return False
    return a.tokens[i].lemma not in pack.cue("holding_verbs")


def _an_effort_to(a: Analysis, j: int, intentions: frozenset[str]) -> bool:
    """'efforts are being made to arrest them', 'an attempt to abduct him', «попытки
    задержать его»: an act in the infinitive after a word of intention (or a clause whose
    subject is one) is sought, not done."""
    t = a.tokens[j]
    if t.feats.get("VerbForm") != "Inf" or t.head == j:
        return False
    before = j - 1 if j > 0 and a.tokens[j - 1].dep == "aux" and a.tokens[j - 1].pos == "PART" else j
    if before > 0 and a.tokens[before - 1].sent == t.sent and a.tokens[before - 1].lemma in intentions:
        return True  # ("officers behind a failed plot to kidnap X", however the verb was hung)
    if t.dep not in ("xcomp", "advcl", "acl", "nmod"):
        return False
    head = a.tokens[t.head]
    return head.lemma in intentions or any(
        k.lemma in intentions for k in a.kids(head.i, "nsubj", "nsubj:pass")
    )


def _a_prevalence(a: Analysis, i: int, words: frozenset[str]) -> bool:
    """'Threats, assassinations and disappearances of journalists were frequent', «пытки
    носят систематический характер» aside: acts said to be common are a general claim."""
    while a.tokens[i].dep == "conj" and a.tokens[i].head != i:
        i = a.tokens[i].head  # (the first of the nouns joined is the subject)
    t = a.tokens[i]
    if t.dep == "attr" and t.head != i:
        # ("a frequent occurrence was the forced disappearance of dissidents": the subject says it)
        said = [d for k in a.kids(t.head, "nsubj") for d in a.kids(k.i, "amod")]
        return any(w.lemma in words or w.text.lower() in words for w in said)
    if t.dep not in ("nsubj", "nsubj:pass") or t.head == i:
        return False
    verb = a.tokens[t.head]
    said = [verb] + [k for k in a.kids(verb.i, "acomp", "xcomp", "attr", "amod") if k.pos == "ADJ"]
    return any(w.lemma in words or w.text.lower() in words for w in said)


def _a_trend(a: Analysis, i: int, pack: RulePack) -> bool:
    """ "Enforced disappearances of activists have risen sharply", «число задержаний выросло»:
    acts said to grow or fall in number are counted, not told — a general claim, no act."""
    while a.tokens[i].dep == "conj" and a.tokens[i].head != i:
        i = a.tokens[i].head
    t = a.tokens[i]
    counted = t.dep == "nmod" and t.head != i and a.tokens[t.head].lemma in pack.cue("measure_nouns")
    if counted:
        t = a.tokens[t.head]  # ("the number of arrests has doubled")
    if t.dep not in ("nsubj", "nsubj:pass") or t.head == t.i:
        return False
    verb = a.tokens[t.head]
    # ("his detention has increased the pressure": one act is no trend; «участились» agrees
    # with a plural subject the tagger may have read as singular)
    many = counted or "Plur" in (t.feats.get("Number"), verb.feats.get("Number"))
    return many and verb.lemma in pack.cue("trend_verbs")


def _instead(a: Analysis, i: int, marks: frozenset[str]) -> bool:
    """'Instead of being freed, he was taken back', «вместо освобождения его задержали»: what
    was expected and did not happen. The mark hangs on the trigger or on the word it hangs on
    ("of" of "instead of", «того» of «вместо того чтобы»)."""
    j = i
    for _ in range(2):
        if any(k.text.lower() in marks for k in a.kids(j) if k.i < i):
            return True
        if a.tokens[j].head == j or (a.tokens[j].pos in VERBAL and j != i):
            return False
        j = a.tokens[j].head
    return False


def _an_accusation(ctx: DocContext, trig: Trigger) -> bool:
    """'convicted of killing a police officer', «обвиняют в убийстве»: the crime someone is
    accused of is the accusation's content, not an act that befell the one named in it."""
    a = ctx.a
    t = a.tokens[trig.i]
    if t.head == t.i or t.dep == "conj":
        return False  # ("convicted them of plotting and sentenced them": a second act, not the charge)
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
        if up.lemma in pack.cue("facing_verbs") and t.lemma in pack.word("charge_nouns"):
            return False  # "faces charges of …": he is charged, no danger
        if up.lemma in pack.cue("risk_verbs") and up.feats.get("Tense") != "Past":
            return not any(k.feats.get("Tense") == "Past" for k in a.kids(j, "aux"))
        if up.pos in VERBAL:
            return False
    return False


def _conditional(
    a: Analysis, j: int, marks: frozenset[str], read: set[int] | frozenset[int] = frozenset()
) -> bool:
    """'if he is detained', 'если его задержат', 'бы': or an auxiliary put before the
    subject, 'had he been detained'. Not a mark a pattern read as part of the act ("threatened
    … if he refused to sign": a confession sought under threat)."""
    kids = a.kids(j)
    for k in kids:
        if k.text.lower() not in marks or k.i in read:
            continue
        # (an inverted auxiliary has its subject after it: not "… and had warned him", whose
        # subject is the verb's it is joined to)
        inverted = k.dep in ("aux", "aux:pass") and k.i == kids[0].i
        if inverted and not any(s.i > k.i for s in kids if s.dep in ("nsubj", "nsubj:pass", "expl")):
            inverted = False
        if k.dep in ("mark", "discourse", "advmod") or inverted:
            return True
    return False


def _people_done_to(a: Analysis, i: int) -> list[Token]:
    """The noun for those a trigger was done to: a verb's object or passive subject, the noun
    a participle describes ("civilians shot by police"), a trigger noun's owner."""
    t = a.tokens[i]
    if t.pos not in ("VERB", "AUX"):
        return whose(a, i)
    return a.kids(i, "nsubj:pass", "obj") or ([a.tokens[t.head]] if t.dep == "acl" and t.head != i else [])


def _a_record_over_years(ctx: DocContext, i: int) -> bool:
    """ "…, where several journalists have been detained in recent years", «в последние годы
    задержаны десятки активистов»: acts told over years of people not counted or named — a
    record of the past, no act of its own."""
    a, pack = ctx.a, ctx.pack
    t = a.tokens[i]
    sent = a.sentences[t.sent]
    if not any(rx.search(a.text, sent.start, sent.end) for rx in pack.cue_patterns.get("period_phrases", ())):
        return False
    # ("abducting scores of students on Friday, the third abduction in the past three months")
    if any(sent.start <= d.start < sent.end and d.precision == "day" for d in ctx.dates):
        return False
    who = _people_done_to(a, i)
    if len(who) != 1:
        return False
    noun = who[0]
    modifiers = {k.i for k in a.kids(noun.i, "compound", "amod")}  # ("Tajik" tagged a person)
    if any(
        sent.start <= e.start < sent.end and e.label == "PER" and e.tok_start not in modifiers
        for e in a.entities
    ):
        return False
    counted = bool(a.kids(noun.i, "nummod", "nummod:gov"))
    if noun.pos != "NOUN" or (noun.feats.get("Number") != "Plur" and not counted):
        return False
    vague = pack.cue("vague_quantities")
    if noun.lemma in vague or noun.text.lower() in vague:
        return True  # («десятки активистов», "dozens of activists")
    mods = a.kids(noun.i, "det", "amod", "nummod", "nummod:gov", "advmod")
    return any(m.text.lower() in vague or m.lemma in vague for m in mods) or (
        a.language == "en" and not mods and not a.kids(noun.i, "nmod", "compound")
    )


def _a_rate(ctx: DocContext, i: int) -> bool:
    """ "the 1,000 civilians shot by police each year", «ежегодно задерживают сотни активистов»:
    acts counted per year (the pack's `rate_phrases`) of people no one names are a rate, no act."""
    a = ctx.a
    t = a.tokens[i]
    sent = a.sentences[t.sent]

    def clause(j: int) -> int:  # the verb of the clause a word stands in
        return next((k for k in [j, *a.ancestors(j)] if a.tokens[k].pos in ("VERB", "AUX")), j)

    # (in the act's own clause: not "arrested during protests against a rise of 15 per cent
    # annually")
    rates = ctx.pack.cue_patterns.get("rate_phrases", ())
    phrases = [m.start() for rx in rates for m in rx.finditer(a.text, sent.start, sent.end)]
    words = [next((j for j in a.sentence_tokens(t.sent) if a.tokens[j].start >= at), None) for at in phrases]
    if not any(j is not None and clause(j) == clause(i) for j in words):
        return False
    who = _people_done_to(a, i)
    return (
        len(who) == 1
        and who[0].pos == "NOUN"
        and (who[0].feats.get("Number") == "Plur" or bool(a.kids(who[0].i, "nummod", "nummod:gov")))
        and not any(sent.start <= e.start < sent.end and e.label == "PER" for e in a.entities)
    )


def _a_general_present(ctx: DocContext, i: int) -> bool:
    """ "Defenders are being killed with total impunity in Honduras": a present passive said of a
    bare plural — no one counted, named or pointed at, no day, no town — is a general claim. (Not
    in a title, where "Journalists are detained in Minsk" tells the news.)"""
    a = ctx.a
    t = a.tokens[i]
    if a.language != "en" or t.pos != "VERB" or t.sent == ctx.resolver.title_sentence:
        return False
    helpers = {k.text.lower() for k in a.kids(i, "aux", "aux:pass")}
    if not helpers & {"is", "are"} or helpers & {"was", "were", "has", "have", "had", "been"}:
        return False
    subjects = a.kids(i, "nsubj:pass")
    if len(subjects) != 1:
        return False
    subj = subjects[0]
    if subj.pos != "NOUN" or subj.feats.get("Number") != "Plur" or a.kids(subj.i):
        return False  # ("two activists", "the defenders", "activists of X", "activists A and B")
    sent = a.sentences[t.sent]
    if any(d.start >= sent.start and d.end <= sent.end for d in ctx.dates):
        return False
    for ent in a.entities:
        if sent.start <= ent.start < sent.end and ent.label in ("PER", "DATE", "FAC"):
            return False
    return not any(loc.kind not in ("country", "region") for loc in places_in(ctx, t.sent))
