"""Where the parse puts the one an act befell when the tree is not plain: an object the
parser hung elsewhere («увезли из дома в Назрани Ислама Евлоева»), a row of verbs it did not
join, the owner of a searched office, the one a noun for the act belongs to ("the arrest of X",
"X's torture"), the one who suffered what a noun names ("suffered torture"), the one placed in
custody. Each takes the parse and gives token indices; victims.py resolves them to people."""

from __future__ import annotations

from khronika.extract.bodies import body_of
from khronika.extract.context import DocContext, Trigger
from khronika.extract.participants import in_date
from khronika.extract.syntax import VERBAL, is_passive, verbs_before_in_row, with_conj
from khronika.nlp.base import Analysis


def punished(a: Analysis, i: int) -> list[int]:
    """ "beat him for refusing to sign …", «избили за отказ подписать …»: the refusal's
    maker is whom the verb it is the reason for befell."""
    j = i
    for _ in range(3):
        if a.tokens[j].head == j:
            return []
        j = a.tokens[j].head
        if a.tokens[j].pos in VERBAL:
            verbs = [j] + (
                [a.tokens[j].head] if a.tokens[j].dep == "conj" else []
            )  # («избили его и оставили …»)
            for v in verbs:
                patients = [
                    k.i
                    for k in a.kids(v, "nsubj:pass" if is_passive(a, v) else "obj")
                    if k.feats.get("Animacy") != "Inan"  # (not «согласие», hung on the wrong verb)
                ]
                if patients:
                    return patients
            return []
    return []


def holder_subject(a: Analysis, i: int, holding: frozenset[str]) -> list[int]:
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


def subject_after_source(a: Analysis, verb: int) -> list[int]:
    """'According to Viasna, Zhuk, 61, was forced to …': the parser hangs the subject on the
    source before it as an apposition; a name in apposition to the object of a phrase of
    attribution, before a verb with no subject, is its subject."""
    for j in range(verb - 1, a.sentences[a.tokens[verb].sent].tok_start - 1, -1):
        t = a.tokens[j]
        if t.dep == "appos" and t.pos == "PROPN" and a.tokens[t.head].dep in ("obl", "pobj", "nmod"):
            source = a.tokens[a.tokens[t.head].head]
            if source.lemma in ("accord", "according"):
                return [j]
    return []


def object_before(a: Analysis, verb: int) -> list[int]:
    """A verb with no subject and no object of its own, in a row of verbs the parser did not
    join, acts on the person the verb before it in the row took."""
    for j in verbs_before_in_row(a, verb):
        people = [k.i for k in a.kids(j, "obj") if k.pos in ("PRON", "PROPN")]
        if people:
            return people
    return []


def stray_object(a: Analysis, verb: int, possessives: frozenset[str]) -> list[int]:
    """«увезли из дома в Назрани Ислама Евлоева»: a man's name in the accusative reads as a
    genitive, and the parser may hang it on the town before it (or on a noun after it); the
    first name after a verb with no object, in the accusative or genitive with no preposition,
    before any punctuation or other verb, is the verb's object."""
    sent = a.sentences[a.tokens[verb].sent]
    nxt = a.tokens[verb + 1] if verb + 1 < sent.tok_end else None
    if (
        nxt is not None
        and nxt.text.lower() in possessives
        and nxt.dep == "det"
        and a.tokens[nxt.head].feats.get("Case") == "Ins"
    ):
        return [nxt.i]  # «пытали его током»: not "his current", him, with current
    for j in range(verb + 1, sent.tok_end):
        t = a.tokens[j]
        if t.pos in ("VERB", "PUNCT"):
            break  # (in the verb's own words: «прошел обыск: по словам директора центра Ольги …»)
        ent = a.entity(j)
        if (
            ent is not None
            and ent.label == "PER"
            and ent.tok_start == j
            and t.dep not in ("nsubj", "nsubj:pass", "obl")
            and not a.case_of(j)
            and t.feats.get("Case") in ("Acc", "Gen")
        ):
            return [j]
    return []


def object_pronoun(a: Analysis, i: int) -> int:
    """«изнасиловали его гантелей»: the parser may take the instrument (a noun in the
    instrumental) for the object and the pronoun before it for its determiner; the pronoun in
    the accusative is the object."""
    if a.tokens[i].feats.get("Case") == "Ins":
        for k in a.kids(i, "det"):
            if k.pos == "PRON" and k.feats.get("Case") == "Acc":
                return k.i
    return i


def kin_owner(ctx: DocContext, i: int) -> int:
    """ "threatened to send his teenage son to a boarding school": a harm promised to a relative
    threatens the one whose relative it is (the one told)."""
    a = ctx.a
    if a.tokens[i].lemma not in ctx.pack.word("kin_nouns"):
        return i
    owners = [k.i for k in a.kids(i, "nmod:poss")] + [
        k.i for k in a.kids(i, "det") if k.text.lower() in ctx.pack.word("possessive_pronouns")
    ]
    return owners[0] if owners else i


def conditioned(ctx: DocContext, verb: int) -> list[int]:
    """The person (a pronoun or a name) who is the subject of an "if"/«если» clause on the
    verb or on the verb it governs."""
    a = ctx.a
    marks = ctx.pack.cue("conditional_marks")
    return [
        k.i
        for v in [verb, *(x.i for x in a.kids(verb, "xcomp"))]
        for c in a.kids(v, "advcl")
        if any(m.lemma in marks or m.text.lower() in marks for m in a.kids(c.i, "mark"))
        for k in a.kids(c.i, "nsubj")
        if k.pos in ("PRON", "PROPN")
    ]


def placed_in(ctx: DocContext, i: int) -> list[int]:
    """'placed the blogger X under house arrest', 'took him into custody', 'was put in a
    cell': the one a verb of placing (cues.placing_verbs) puts into the state the custody
    noun at i names."""
    a, t = ctx.a, ctx.a.tokens[i]
    if t.dep not in ("obl", "nmod", "advcl") or t.head == i:
        return []
    verb = a.tokens[t.head]
    if verb.pos not in VERBAL or verb.lemma not in ctx.pack.cue("placing_verbs"):
        return []
    return [k.i for k in a.kids(verb.i, "nsubj:pass" if is_passive(a, verb.i) else "obj")]


def oblique_victims(ctx: DocContext, trig: Trigger, own: bool = True) -> list[int]:
    """'у журналистки прошел обыск', 'к Зуеву не пустили адвоката', 'в отношении него':
    the person an act befell, marked by a preposition (rule packs: cues.victim_cases), on the
    trigger or on the verb a trigger noun hangs from ('провели обыск у …'). Not `own`: only
    through the verb the trigger is joined to (a verb done to people names them as its
    object: "fired on demonstrators" is another sense)."""
    a = ctx.a
    t = a.tokens[trig.i]
    # «напали на Ивана Петрова»: "на" marks the one attacked only after these verbs
    # (and «применили к нему силу»: "к" the one force was used on)
    cases = (
        ctx.pack.cue("victim_cases")
        | (ctx.pack.cue("on_target_cases") if t.lemma in ctx.pack.cue("on_target_verbs") else frozenset())
        | (ctx.pack.cue("to_target_cases") if t.lemma in ctx.pack.cue("to_target_verbs") else frozenset())
    )
    # a noun's verb ('провели обыск у …'), the verb a trigger verb is joined to ('у X отобрали
    # телефон и пригрозили …')
    heads = [trig.i] if own else []
    heads += [t.head] if t.dep in ("nsubj", "obj", "nsubj:pass", "conj") and t.head != t.i else []
    if t.dep == "obl" and t.head != t.i and a.case_of(trig.i) in ("с", "with"):
        heads.append(t.head)  # «пришли домой к Ивану Петрову с обыском»: came to him with it
    if t.feats.get("VerbForm") == "Conv":
        # «у Даниила отобрали телефон и требовали назвать пароль, угрожая …»: a gerund's act
        # befell whoever the verbs it hangs from were done to
        j = t.i
        for _ in range(3):
            if a.tokens[j].dep not in ("advcl", "xcomp", "conj") or a.tokens[j].head == j:
                break
            j = a.tokens[j].head
            heads.append(j)
    out: list[int] = []
    frontier = heads
    for _depth in range(3):  # parsers attach "к Зуеву" to a neighbour as often as to the verb
        nxt = []
        for h in frontier:
            for k in a.kids(h, "obl", "nmod", "iobj", "obj"):
                case = a.case_of(k.i)
                # «В ОВД «Мещанский» у задержанной Марии Волковой отобрали телефон»: the parser
                # hung the second preposition on the first noun, and the name after it too
                stray = [c.i for c in a.kids(k.i, "case") if c.i > k.i and c.text.lower() in cases]
                if k.dep == "obj":  # "возбудила дело о госизмене против X": through the object
                    nxt.append(k.i)
                elif stray and case not in cases:
                    out.extend(g.i for g in a.kids(k.i, "nmod") if g.i > stray[0])
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
    # «провели обыск у активиста … и увезли его»: the parser may hang the phrase right after
    # the trigger noun on a later verb; a victim's preposition right after it is still its own
    j = trig.i + 1
    if (
        t.pos == "NOUN"
        and j < len(a.tokens)
        and a.tokens[j].dep == "case"
        and a.tokens[j].text.lower() in cases
    ):
        out.append(a.tokens[j].head)
    return out


def done_to_a_thing(ctx: DocContext, k: int) -> bool:
    """An object that is a thing: a common noun for no person, in no name, and no count of
    people ("scores of protesters", "hundreds of them")."""
    a, pack = ctx.a, ctx.pack
    tok = a.tokens[k]
    if tok.pos != "NOUN" or a.entity(k) is not None or tok.feats.get("Animacy") == "Anim":
        return False
    after = a.entity(k + 1) if k + 1 < len(a.tokens) else None
    if a.kids(k, "appos") or any(n.pos == "PROPN" for n in a.kids(k)) or (after and after.label == "PER"):
        # "his cellmate, Farhad Salimi", "the couple Andrei and Olga K.": a word for someone named
        return False
    # (a lawyer's "client", "the detainees": people too)
    people = pack.people_nouns() | pack.word("kin_nouns") | pack.cue("client_words") | pack.word("held_nouns")
    if tok.lemma in people:
        return False
    return not any(
        n.pos in ("PRON", "PROPN") or n.lemma in people or a.entity(n.i) is not None
        for n in a.kids(k, "nmod")
        if a.case_of(n.i) in ("of", "из", "")  # («группу активистов»: a bare genitive)
    )


AGAINST_TYPES = ("prosecution", "attack", "search", "threat", "closure", "designation", "sentence")


ORG_SUFFERS = ("closure", "designation", "search")  # "the Memorial closure", "the Viasna raid"


def an_acting_org(a: Analysis, k: int, act_type: str) -> bool:
    """'the NATO bombardment of Libya', "the CCP's charge of picking quarrels", 'the FSB raid':
    an organisation named before the act's noun did it; it suffers only a closure, a
    designation or a search, and then not a state body ('the FSB raid')."""
    ent = a.entity(k)
    if ent is None or ent.label != "ORG":
        return False
    return act_type not in ORG_SUFFERS or body_of(ent.text) is not None


def noun_victims(a: Analysis, i: int, act_type: str, possessives: frozenset[str] = frozenset()) -> list[int]:
    out = []
    cases = ("of", "on", "над") + (("against", "против") if act_type in AGAINST_TYPES else ())
    if act_type == "threat":
        cases += ("to",)  # "threats to journalists", "intimidating calls to X"
    if a.tokens[i].dep not in ("obj", "nsubj"):
        # "a wave of 2,000 arrests, including activists and journalists": those the count
        # includes ("11 writers are serving sentences, including X": the writers, X among them)
        cases += ("including", "включая")
    for k in a.kids(i):
        case = a.case_of(k.i)
        if k.dep in ("nmod:poss", "compound") and an_acting_org(a, k.i, act_type):
            continue
        if act_type == "threat" and (
            k.dep == "nmod:poss" or (k.dep == "det" and k.text.lower() in possessives)
        ):
            continue  # "his threat to clamp down": whose threat it was (see _victim_candidates)
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
            and (
                k.feats.get("Case") in ("Gen", "Dat")
                # («задержания … Азамата Кумыкова» tagged nominative: a name hung on a noun
                # with no preposition is in the genitive, whatever the tagger says; not one
                # tagged accusative, a verb's object the parser hung on the noun)
                or (k.pos == "PROPN" and k.feats.get("Case") == "Nom")
            )
        ):
            out.append(k.i)  # "освобождение Петрова", "приговор Ивану Петрову"
        elif k.dep in ("nmod", "obl") and case == "в" and a.tokens[k.i].lemma == "отношение":
            out.extend(g.i for g in a.kids(k.i, "nmod"))
        elif k.dep == "compound" and a.entity(k.i) is not None and not in_date(a, k.i):
            out.append(k.i)  # "the Memorial raid"
    nxt = i + 1
    if not out and a.language == "ru" and nxt < len(a.tokens):
        # «приговора Фаилю Алсынову» with the name hung elsewhere: the name right after the noun,
        # in the dative or genitive, is whom it concerns
        ent = a.entity(nxt)
        if (
            ent is not None
            and ent.label == "PER"
            and ent.tok_start == nxt
            and a.tokens[nxt].feats.get("Case") in ("Dat", "Gen")
        ):
            out.append(nxt)
    # "a sentence of two years", "a six-year term": a length of time befalls no one
    return with_conj(a, [k for k in out if not in_date(a, k)])


def subject_left_behind(a: Analysis, verb: int) -> list[int]:
    """'…, and Siarhei Loban, 41, was given two years': a verb joined to another whose
    subject the parser hung elsewhere; the proper noun right before its auxiliaries (past an
    age or commas) is who it is about."""
    j = verb - 1
    while j >= 0 and a.tokens[j].sent == a.tokens[verb].sent:
        t = a.tokens[j]
        if t.pos in ("AUX", "PUNCT", "NUM") or t.dep == "appos":
            j -= 1
            continue
        return [j] if t.pos == "PROPN" and a.entity(j) is not None else []
    return []


def pattern_read(a: Analysis, trig: Trigger) -> frozenset[int]:
    """The tokens a pattern read to find the trigger ("received three years")."""
    if not trig.match:
        return frozenset()
    return frozenset(
        i
        for i in a.sentence_tokens(a.tokens[trig.i].sent)
        if trig.match[0] <= a.tokens[i].start < trig.match[1]
    )


def _one_held_tells_of_it(ctx: DocContext, verb: int) -> bool:
    """«Суд приговорил Пчелинцева … Пчелинцев заявил о пытках»: a person the report has told
    was held or tried, speaking of an act, speaks of what befell them (a journalist or a rights
    group speaking "about torture" is not taken for its victim)."""
    a = ctx.a
    if a.tokens[verb].lemma not in ctx.pack.cue("attribution_verbs"):
        return False
    held = {
        v.name
        for act in ctx.history
        if act.type in ("detention", "remand", "sentence", "prosecution")
        for v in act.victims
        if v.kind == "person"
    }
    for k in a.kids(verb, "nsubj"):
        who = ctx.resolver.victim(k.i)
        if who is not None and who.kind == "person" and who.name in held:
            return True
    return False


def experiencer(ctx: DocContext, i: int, read: frozenset[int] = frozenset()) -> list[int]:
    """ "X's allegations of beatings", "described the horrors of tortures", "suffered torture":
    walk up from a noun trigger to the person who underwent it."""
    a, pack = ctx.a, ctx.pack
    relative = pack.word("pronouns_relative")
    for k in a.kids(i, "acl:relcl"):
        # («скриншоты угроз, которые ему присылали», "threats that were sent to her"): the one
        # the clause on the noun says it was given to
        if k.lemma in pack.cue("giving_verbs") and any(
            r.lemma in relative for r in a.kids(k.i, "obj", "nsubj:pass", "nsubj")
        ):
            given_to = [r.i for r in a.kids(k.i, "iobj")] + [
                r.i for r in a.kids(k.i, "obl") if a.case_of(r.i) == "to" and r.pos in ("PRON", "PROPN")
            ]
            if given_to:
                return given_to
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
            if is_passive(a, head.i):
                return [k.i for k in a.kids(head.i, "nsubj:pass", "nsubj")] or subject_left_behind(a, head.i)
            # ("handed Ivan Petrov a sentence" parsed with two objects: the other one; «ей начали
            # присылать угрозы»: the one sent them, hung on the verb the sending is the complement of)
            givers = (head.i, head.head) if head.dep == "xcomp" else (head.i,)
            return (
                [k.i for g in givers for k in a.kids(g, "iobj")]
                or [k.i for k in a.kids(head.i, "obj") if k.i != j]
                or [
                    k
                    for k in a.sentence_tokens(head.sent)
                    if a.tokens[k].dep in ("obl", "nmod")
                    and a.case_of(k) in ("on", "upon", "to")  # ("handed down a sentence to X")
                    and head.i in a.ancestors(k)
                    and not in_date(a, k)
                ]
            )
        if head.pos in VERBAL:
            undergoing = head.lemma in pack.cue("undergoing_verbs") or (  # "went on trial"
                head.lemma in pack.cue("facing_verbs") and t.lemma in pack.word("charge_nouns")
            )  # "faces charges of …": not "faces torture", a danger
            about = not undergoing and a.case_of(j) in (
                "on",
                "about",
                "into",
                "о",
                "об",
                "про",
            )  # "reported on killings"
            if about and j == i and _one_held_tells_of_it(ctx, head.i):
                about = False  # «Пчелинцев (осуждённый выше) заявил о пытках»: of what befell him
            if not about and (
                undergoing
                or head.lemma in pack.cue("experiencer_verbs")
                # "he had received anonymous threats" (the act itself received, not "reports of" it)
                or (head.lemma in pack.cue("receiving_verbs") and j == i)
                or head.lemma == "serve"
                or head.i in read  # a verb the pattern read with it: "received three years"
            ):
                # "police subjected him to torture", «подвергли Ивана пыткам»: an object other
                # than the act itself is who underwent it; else the subject
                objs = [  # (not "spent ten days in detention": a length of time)
                    k.i
                    for k in a.kids(head.i, "obj")
                    if k.i != j
                    and not is_passive(a, head.i)
                    and k.lemma not in pack.word("time_units")
                    and k.text.lower() not in pack.word("time_units")
                ]
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
                if not subj and head.dep == "conj" and head.head != head.i:
                    # "She was held … and was subjected to torture": the subject the two verbs share
                    subj = [k.i for k in a.kids(head.head, "nsubj:pass", "nsubj")]
                if not subj and head.dep == "advcl" and head.feats.get("VerbForm") == "Conv":
                    # «вышел на свободу, отбыв 30 суток ареста»: the gerund's doer is the clause's subject
                    subj = [k.i for k in a.kids(head.head, "nsubj")]
                if (
                    not subj
                    and a.language == "ru"
                    and head.dep == "ccomp"
                    and a.tokens[head.head].lemma in pack.cue("attribution_verbs")
                    and head.feats.get("Person") in ("3", None)
                ):
                    # «блогер утверждает, что получает угрозы»: the one who says it, with the
                    # subject dropped after him
                    subj = [k.i for k in a.kids(head.head, "nsubj")]
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


def noun_meant(a: Analysis, i: int) -> int:
    """The word that names who a candidate word means: «задержаны не менее 20 человек» parsed
    with «менее» as the subject, the counted noun under it; «в отношении активистки», whom
    the case concerns."""
    t = a.tokens[i]
    if t.lemma == "отношение" and a.case_of(i) == "в":
        concerned = [k.i for k in a.kids(i, "nmod")]
        return concerned[0] if concerned else i
    if t.pos not in ("ADV", "ADJ"):
        return i
    counted = [k.i for k in a.kids(i, "obl", "nmod", "obj") if k.pos == "NOUN" and a.kids(k.i, "nummod")]
    return counted[0] if counted else i


def impersonal_objects(a: Analysis, verb: int) -> list[int]:
    """«Гайнуллина задержали»: a Russian impersonal verb's object put first, which the parser
    takes for its subject — in the accusative, or a name in the singular, which a plural verb
    cannot have for its subject («Шмидт дважды штрафовали»)."""
    if a.tokens[verb].feats.get("Number") != "Plur":
        return []
    return [
        k.i
        for k in a.kids(verb, "nsubj")
        if k.feats.get("Case") == "Acc" or (k.pos == "PROPN" and k.feats.get("Number") == "Sing")
    ]
