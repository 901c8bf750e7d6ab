"""Readings of the dependency parse that extraction asks for again and again: a trigger's own
clause, its subject, whether it is passive (also where a headline drops the "was"), the words
joined to it. Language-neutral: the parse is Universal Dependencies for both languages."""

from __future__ import annotations

from khronika.model import Span
from khronika.nlp.base import Analysis, Token

VERBAL = ("VERB", "AUX", "ADJ")
CLAUSE_STOP = ("acl:relcl", "ccomp", "parataxis", "root", "csubj")

# the relations inside a noun phrase, and those that end it
NP_INNER = (
    "compound",
    "flat",
    "flat:name",
    "flat:foreign",
    "amod",
    "det",
    "nummod",
    "nummod:gov",
    "appos",
    "nmod:poss",
    "name",
    "fixed",
    "case",
)
NP_STOP = ("acl", "acl:relcl", "advcl", "parataxis", "conj", "cc", "punct", "appos", "dep")


def whose(a: Analysis, i: int, cases: tuple[str, ...] = ("Gen",)) -> list[Token]:
    """The words that say whose the word at i is: "the home of X", «квартира Ивана Петрова»
    (Russian: a genitive with no preposition; `cases` may admit the animate accusative the
    tagger sometimes reads instead)."""
    return [
        k
        for k in a.kids(i, "nmod")
        if (a.language == "en" and a.case_of(k.i) == "of")
        or (a.language == "ru" and not a.case_of(k.i) and k.feats.get("Case") in cases)
    ]


def modified_noun(a: Analysis, last: int) -> int | None:
    """The common noun a name ending at token `last` qualifies ("Navalny supporters", "the
    Elathur police"), if it is one."""
    t = a.tokens[last]
    if t.dep in ("compound", "amod") and a.tokens[t.head].pos == "NOUN":
        return t.head
    return None


def clause_chain(a: Analysis, i: int) -> list[int]:
    """The trigger and the words it hangs from inside its own clause."""
    chain = [i]
    while True:
        t = a.tokens[chain[-1]]
        if t.head == t.i or t.dep in CLAUSE_STOP or len(chain) > 12:
            return chain
        chain.append(t.head)


def is_passive(a: Analysis, i: int, order_verbs: frozenset[str] = frozenset()) -> bool:
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
        and is_passive(a, t.head)
    ):
        return True  # "was detained in 2018 and sentenced to 14 years": sentenced too
    if (
        t.dep == "conj"
        and t.head != i
        and t.feats.get("VerbForm") == "Part"
        and t.feats.get("Aspect") == "Perf"
        and a.kids(i, "nsubj")
        and not a.kids(i, "aux", "obj")
        and is_passive(a, t.head)
    ):
        return True  # "they were rescued … and some suspects arrested": "were" left out the second time
    if (
        t.dep == "conj"
        and t.head != i
        and t.feats.get("Tense") == "Past"  # (tagged a participle or, as often, a past tense)
        and not a.kids(i, "nsubj", "aux", "obj")
        and a.tokens[t.head].lemma == "be"
    ):
        return True  # "X was … and, according to his lawyer, repeatedly kicked": joined to the "was"
    if _headline_passive(a, i):
        return True
    if (
        a.language == "en"
        and t.feats.get("Tense") == "Past"  # (tagged a participle or a past tense)
        and a.kids(i, "nsubj")
        and not a.kids(i, "aux", "obj")
        and (a.tokens[t.head].lemma == "with" or any(k.lemma == "with" for k in a.kids(i, "mark")))
    ):
        return True  # "…, with many of its staff rounded up": the subject is who it was done to
    if (
        a.language == "en"
        and t.feats.get("Tense") == "Past"
        and not a.kids(i, "obj")
        and any(k.dep == "obl:agent" or a.case_of(k.i) == "by" for k in a.kids(i, "obl", "obl:agent"))
    ):
        return True  # "X, shut down by the authorities in 2021": an agent with "by" makes it passive
    # ("the detained journalist"; not "Police in Harare on Thursday arrested …", a verb the
    # parser hung on its object as an adjective but gave its subject; a participle clause
    # with a subject stays passive: "the activist Ildar Dadin allegedly tortured while …")
    return (
        t.dep in ("acl", "amod")
        and t.feats.get("VerbForm") == "Part"
        and t.feats.get("Tense") == "Past"
        and not (t.dep == "amod" and a.kids(i, "nsubj"))
    )


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


def subjects(a: Analysis, i: int, depth: int = 0) -> list[int]:
    """Subject of a verb, borrowed from the verb it is coordinated with or subordinate to."""
    subj = [k.i for k in a.kids(i, "nsubj", "nsubj:pass")]
    if subj or depth > 3:
        return subj
    t = a.tokens[i]
    if (
        t.dep == "conj"
        and a.tokens[t.head].pos in ("NOUN", "PROPN")
        and a.tokens[t.head].dep in ("root", "dep")
    ):
        # "Gunmen on a motorcycle shot and killed X" read as a noun phrase with a verb joined
        # to it: the noun the clause stands on is who did it
        return [t.head]
    if t.dep in ("conj", "xcomp", "advcl", "acomp") and t.head != i:  # "whereabouts remain unknown"
        return subjects(a, t.head, depth + 1)
    if t.head == i and i > 0 and a.tokens[i - 1].text == ",":
        # «подъехали двое мужчин в масках, посадили Тимура в машину»: a parse that made the
        # second of two verbs joined by a comma a root of its own; it shares the subject of
        # the verb whose phrase the comma closes (not of a subordinate one: «Как сообщил Иван, …»)
        first = a.sentences[t.sent].tok_start
        before = next((j for j in range(i - 2, first - 1, -1) if a.tokens[j].pos == "VERB"), None)
        if (
            before is not None
            and not a.kids(before, "mark")
            and not any(k.dep == "advmod" and k.i < before for k in a.kids(before))
        ):
            return [k.i for k in a.kids(before, "nsubj")]
    return []


def with_conj(a: Analysis, idxs: list[int]) -> list[int]:
    """The candidates and those joined to them by 'and', also through an apposition:
    'journalists Anna K. and Pyotr I.' hangs Pyotr I. on the name, not on 'journalists'."""
    out = []
    for i in idxs:
        out.append(i)
        out.extend(conjuncts(a, i))
        for ap in a.kids(i, "appos"):
            if a.tokens[ap.i].pos == "PROPN":
                out.extend(k for k in conjuncts(a, ap.i) if a.tokens[k].pos == "PROPN")
    return list(dict.fromkeys(out))


def sentence_at(a: Analysis, char: int) -> int | None:
    """The sentence that holds this character, if any."""
    return next((k for k, sent in enumerate(a.sentences) if sent.start <= char < sent.end), None)


def head_in(a: Analysis, sp: Span) -> int | None:
    """The word of a span whose head lies outside it (the span may be in any sentence)."""
    s = sentence_at(a, sp.start)
    inside = (
        [i for i in a.sentence_tokens(s) if sp.start <= a.tokens[i].start < sp.end] if s is not None else []
    )
    outer = (i for i in inside if not sp.start <= a.tokens[a.tokens[i].head].start < sp.end)
    return next(outer, inside[-1] if inside else None)


def conjuncts(a: Analysis, i: int) -> list[int]:
    """'A, B, C and D': the parser may chain each name to the one before it."""
    out: list[int] = []
    frontier = [i]
    while frontier and len(out) < 30:
        frontier = [k.i for j in frontier for k in a.kids(j, "conj")]
        out.extend(frontier)
    return out


def descendants(a: Analysis, i: int) -> set[int]:
    out, todo = set(), [i]
    while todo:
        j = todo.pop()
        for k in a.kids(j):
            if k.i not in out:
                out.add(k.i)
                todo.append(k.i)
    return out


def subtree_chars(a: Analysis, i: int) -> tuple[int, int]:
    """The characters the word i and everything that hangs from it cover."""
    inside = descendants(a, i) | {i}
    return a.tokens[min(inside)].start, a.tokens[max(inside)].end


def verbs_before_in_row(a: Analysis, verb: int) -> list[int]:
    """«оперативники повалили его на пол, надели наручники и ударили ногой»: the verbs before
    this one in its sentence that the parser made its siblings, its head or its dependents
    (a row of verbs it did not join), nearest first — they share a subject and an object."""
    t = a.tokens[verb]
    return [
        j
        for j in range(verb - 1, a.sentences[t.sent].tok_start - 1, -1)
        if a.tokens[j].pos == "VERB"
        and (a.tokens[j].head == t.head or t.head == j or a.tokens[j].head == verb)
    ]


def within(a: Analysis, i: int, spans: list[Span]) -> bool:
    """Token i lies in one of the spans (a victim's name, say)."""
    return any(sp.start <= a.tokens[i].start < sp.end for sp in spans)


def in_past_perfect(a: Analysis, verb: int) -> bool:
    """ "had been stripped of her licence", "had received threats": told as having come before
    the story (English marks it with "had"; Russian does not)."""
    return any(k.lemma == "have" and k.text.lower() == "had" for k in a.kids(verb, "aux", "aux:pass"))


def opens_a_record_line(a: Analysis, s: int) -> bool:
    """ "… is a former cleric. Born in 1967. Kidnapped on 24 November 2005.", «Задержан 5 мая.»:
    a sentence opening with a past participle as its verb, running on from a full sentence in
    the same paragraph, is a line of a record about someone just told of — no title."""
    if s == 0:
        return False
    sent, prev = a.sentences[s], a.sentences[s - 1]
    first = a.tokens[sent.tok_start]
    return (
        first.feats.get("VerbForm") == "Part"
        and first.feats.get("Tense") == "Past"  # (not "Citing violations …")
        and first.dep == "root"
        and a.text[prev.start : sent.start].rstrip().endswith(".")
        and "\n" not in a.text[prev.end : sent.start]
    )
