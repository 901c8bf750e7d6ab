"""Who: turning a token of the parse into a victim or perpetrator, with in-document
coreference (pronouns, surname-only and first-name-only mentions, inflected Russian names)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from khronika.extract.bodies import body_of
from khronika.extract.places import DIVISION_WORDS, after_a_given_name, gazetteer, is_place_name
from khronika.extract.rules import RulePack
from khronika.model import Participant, Span
from khronika.nlp.base import Analysis, Entity

NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "hundred": 100, "dozen": 12, "один": 1, "одна": 1, "два": 2, "две": 2, "три": 3,
    "четыре": 4, "пять": 5, "шесть": 6, "семь": 7, "восемь": 8, "девять": 9, "десять": 10,
}  # fmt: skip
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
_PAREN = re.compile(r"\s*[(\[][^)\]]*[)\]]")
_NAME_CLEAN = re.compile(r"^(?:the|The)\s+|[’']s$")


def _tokens_match(a: str, b: str) -> bool:
    a, b = a.casefold().replace("ё", "е"), b.casefold().replace("ё", "е")
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    return len(short) >= 4 and long_.startswith(short) and len(long_) - len(short) <= 2


def in_date(a: Analysis, i: int) -> bool:
    """Token i is part of a date the tagger found."""
    ent = a.entity(i)
    return ent is not None and ent.label == "DATE"


_FUNCTION_WORDS = {"without", "for", "of", "the", "and", "against", "in", "on", "at", "to"}


_GROUPED_DIGITS = re.compile(r"^\d{1,3}(?:[,\u00a0\u202f]\d{3})+$")


def _could_be_a_person(ent: Entity, pack: RulePack) -> bool:
    """What the tagger calls a person but is not one, so that no "he" resolves to it: a
    fragment of a longer name ("Without Borders" of Reporters Without Borders), a platform
    ("Twitter"), one word the gazetteer knows as a region or country ("Haryana"), several
    words that are the name of a place ("Ciudad Juarez")."""
    words = ent.text.split()
    if not words or words[0].casefold() in _FUNCTION_WORDS:
        return False
    if len(words) > 1:
        return not is_place_name(ent.text)  # "Ciudad Juarez"
    if words[0].casefold() in pack.word("not_person_words"):
        return False
    if ent.normal.casefold() in pack.word("describing_nouns"):
        return False  # "Блогера Анну …" at a sentence start: a capitalised noun, not a name
    place = gazetteer().lookup(words[0])
    return place is None or place.kind not in ("region", "country")


def _named_as_person(a: Analysis, ent: Entity, pack: RulePack) -> bool:
    """A name right after a noun for people ("the activist X", "journalists X and Y Z"), or
    with one in apposition ("X, a teacher"), is a person's, whatever the tagger called it:
    two or three capitalised words, no more."""
    words = ent.text.split()
    if not 1 <= len(words) <= 3 or not all(w[:1].isupper() for w in words) or body_of(ent.text):
        return False
    nouns = pack.word("describing_nouns") | pack.word("group_nouns")
    inside = range(ent.tok_start, ent.tok_end)
    # the word that hangs outside the name is its head; a parse that made a word of the name
    # the root of the sentence ("Amadou" as a verb) has it hang on itself
    head = next((j for j in inside if a.tokens[j].head not in inside), None)
    if head is None:
        head = next((j for j in inside if a.tokens[j].head == j), None)
    if head is not None and any(k.lemma in nouns for k in a.kids(head, "appos")):
        return True  # "Tatiana Chervenko, a maths teacher in Volgograd, was dismissed"
    j = ent.tok_start - 1
    if j >= 0 and a.tokens[j].text.lower() in ("and", "и"):
        before = next((e for e in a.entities if e.tok_end == j), None)
        if before is None:
            return False
        j = before.tok_start - 1
    if j < 0:
        return False
    return a.tokens[j].lemma in nouns or a.tokens[j].text.lower() in nouns


def surname_endings(pack: RulePack) -> tuple[str, ...]:
    """What marks a lone capitalised word as a surname (the packs' surname-ending lists)."""
    return tuple(
        pack.word("female_surname_endings")
        | pack.word("male_surname_endings")
        | pack.word("other_surname_endings")
    )


def name_words(name: str, pack: RulePack) -> list[str]:
    """A person's name without what the tagger took with it: a title or description before
    it ("Activist Nana X", "State Counsellor Aung San Suu Kyi", "Ms Yarmysh"), what follows a
    possessive ("Simon Cheng's TV"), a name written twice ("George Floyd George Floyd")."""
    words = _NAME_CLEAN.sub("", name).split()
    for n, w in enumerate(words):
        if n and (w.endswith("'s") or w.endswith("’s")):
            words = words[:n] + [w[:-2]]
            break
    titles = {
        t.rstrip(".")
        for t in pack.word("honorifics") | pack.word("title_words") | pack.word("describing_nouns")
    }
    while words and words[0].casefold().rstrip(".") in titles:
        if len(words) == 1:
            return []  # "Mr" alone names no one
        words = words[1:]
    half = len(words) // 2
    if half and len(words) % 2 == 0 and words[:half] == words[half:]:
        words = words[:half]
    return words


@dataclass
class People:
    """Same-document coreference of person names: every PER mention -> one canonical name."""

    canonical: dict[int, str]  # entity index -> canonical name
    mentions: list[tuple[int, int]]  # (token index of mention end, entity index), in order
    genders: dict[int, str] = field(
        default_factory=dict
    )  # entity index -> "Fem"/"Masc", guessed from the name

    @classmethod
    def build(cls, a: Analysis, pack: RulePack) -> People:
        names: dict[int, list[str]] = {}
        for ei, ent in enumerate(a.entities):
            if ent.label != "PER" or not _could_be_a_person(ent, pack):
                continue
            if ent.tok_end < len(a.tokens) and a.tokens[ent.tok_end].text.lower() in DIVISION_WORDS:
                continue  # "Russia's Rostov region": a place, whatever the tagger said
            words = name_words(ent.normal, pack)
            if words:
                names[ei] = words
        # "Aleksandr Valov" tagged an organisation, "Valov" a person: two or three capitalised
        # words ending with a surname the report uses alone for a person are that person
        surnames = {ws[-1].casefold() for ws in names.values() if len(ws) == 1}
        for ei, ent in enumerate(a.entities):
            words = ent.text.split()
            if (
                ent.label in ("ORG", "FAC", "LOC")
                and 2 <= len(words) <= 3
                and all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words)
                # ... or that follow a noun for a person ("Chinese activist Niu Tengyu")
                and (words[-1].casefold() in surnames or _named_as_person(a, ent, pack))
                and not body_of(ent.text)
            ):
                names[ei] = name_words(ent.text, pack)
        canonical: dict[int, str] = {}
        for ei, words in names.items():
            best = words
            for other in names.values():
                if len(other) > len(best) and all(any(_tokens_match(w, o) for o in other) for w in words):
                    best = other
            canonical[ei] = " ".join(best)
        # A surname the tagger labelled otherwise ("Kryukov was arrested" as ORG) is still a
        # mention of the person whose name ends with it, so "he" can find it.
        full = [n for n in canonical.values() if len(n.split()) > 1]
        for ei, ent in enumerate(a.entities):
            if ent.label in ("ORG", "LOC", "FAC") and ent.tok_end - ent.tok_start == 1:
                same = {n for n in full if _tokens_match(n.split()[-1], ent.text)}
                if len(same) == 1:
                    canonical[ei] = same.pop()
        # "the Elathur police", "Tal Kayf prison": a name that only qualifies a noun for a
        # thing or an institution is no mention of someone a pronoun can mean
        people_nouns = pack.word("describing_nouns") | pack.word("group_nouns")
        mentions = sorted(
            (a.entities[ei].tok_end - 1, ei)
            for ei in canonical
            if not _qualifies_a_thing(a, a.entities[ei], people_nouns)
        )
        genders = {ei: g for ei, name in canonical.items() if (g := name_gender(name, pack))}
        return cls(canonical, mentions, genders)

    def name_of(self, ei: int) -> str | None:
        return self.canonical.get(ei)

    def antecedent(self, a: Analysis, i: int, gender: str | None = None) -> int | None:
        """The person a pronoun at token i most likely means (within 4 sentences): in the
        nearest sentence that names someone, the one who is its subject, else the closest.
        ('Kryukov was arrested during the protests for the governor Furgal. He says he was
        beaten': he is Kryukov.)"""
        sent = a.tokens[i].sent
        best: int | None = None
        best_sent: int | None = None
        owner = self._subject_above(a, i, gender)
        if owner is not None:
            return owner
        for end, ei in reversed(self.mentions):
            if end >= i:
                continue
            s = a.tokens[end].sent
            if s < sent - 4 or (best_sent is not None and s != best_sent):
                break
            if gender and not self._gender_ok(a, ei, gender):
                continue
            if best is None:
                best, best_sent = ei, s
            if s != sent and self._is_subject(a, ei):
                return ei
        return best

    def _subject_above(self, a: Analysis, i: int, gender: str | None) -> int | None:
        """'Dangarembga, whose novel was listed beside Anne Tyler's, documented her arrest':
        a possessive pronoun means the subject of the clause it stands in, or of a clause
        above it, when that subject is a person named before it, however many names came
        between."""
        tok = a.tokens[i]
        if tok.dep not in ("poss", "nmod:poss"):
            return None
        j, seen = tok.head, 0
        while seen < 12:
            for end, ei in self.mentions:
                if end >= i or a.tokens[end].sent != tok.sent:
                    continue
                ent = a.entities[ei]
                subj = any(
                    a.tokens[k].head == j and a.tokens[k].dep in ("nsubj", "nsubj:pass")
                    for k in range(ent.tok_start, ent.tok_end)
                )
                if subj and (not gender or self._gender_ok(a, ei, gender)):
                    return ei
            if a.tokens[j].head == j:
                return None
            j, seen = a.tokens[j].head, seen + 1
        return None

    def _gender_ok(self, a: Analysis, ei: int, gender: str) -> bool:
        g = a.tokens[a.entities[ei].tok_start].feats.get("Gender") or self.genders.get(ei)
        return g is None or g == gender

    @staticmethod
    def _is_subject(a: Analysis, ei: int) -> bool:
        ent = a.entities[ei]
        for j in range(ent.tok_start, ent.tok_end):
            tok = a.tokens[j]
            if tok.dep in ("nsubj", "nsubj:pass") or (
                tok.dep == "appos" and a.tokens[tok.head].dep.startswith("nsubj")
            ):
                return True
        return False

    def by_surname(self, a: Analysis, word: str) -> int | None:
        """The person named earlier whose name ends with this word ('Zuev' -> 'Nikolai Zuev')."""
        key = word.casefold()
        for _end, ei in reversed(self.mentions):
            name = self.canonical.get(ei, "").split()
            if name and _tokens_match(name[-1], word) or (name and name[-1].casefold() == key):
                return ei
        return None

    def first_after(self, a: Analysis, i: int, gender: str | None = None, within: int = 3) -> int | None:
        """The first person named after token i (a headline's "student" is named below it)."""
        sent = a.tokens[i].sent
        for end, ei in self.mentions:
            if end <= i:
                continue
            if a.tokens[end].sent > sent + within:
                return None
            if gender and not self._gender_ok(a, ei, gender):
                continue
            return ei
        return None


_QUOTE = re.compile(r"[\"“”«»„]")
_DATELINE = re.compile(r"^\s*(?:Published|Posted|Updated|Date|Опубликовано|Дата)\b", re.I)


def _qualifies_a_thing(a: Analysis, ent: Entity, people_nouns: frozenset[str]) -> bool:
    last = a.tokens[ent.tok_end - 1]
    if last.dep != "compound" or last.head < ent.tok_end:
        return False
    head = a.tokens[last.head]
    return head.pos == "NOUN" and head.lemma not in people_nouns


def title_sentence(a: Analysis) -> int:
    """The sentence that is the report's title: the first, or the one after a dateline."""
    if len(a.sentences) > 1 and _DATELINE.match(a.text[a.sentences[0].start : a.sentences[0].end]):
        return 1
    return 0


def name_gender(name: str, pack: RulePack) -> str | None:
    """A guess at a person's gender from a name written in Latin letters, for English
    pronouns (Russian text has it from the morphology): a Slavic surname ending (-ova, -skaya
    / -ov, -sky), else a given name ending in -a (Maria; not Nikita, Ilya: the pack lists
    such men's names). None when the name does not say."""
    words = [w.casefold() for w in name.split() if w.replace("-", "").isalpha()]
    if not words or not name.isascii():
        return None
    surname = words[-1].rsplit("-", 1)[-1]  # "Zaghari-Ratcliffe": the last part
    for gender, key_ in (("Fem", "female_surname_endings"), ("Masc", "male_surname_endings")):
        endings = [e for e in pack.word(key_) if len(words) > 1 or e not in ("in", "yn")]  # a lone "Karin"
        if any(surname.endswith(e) for e in endings):
            return gender
    if len(words) > 1 and words[0].endswith("a") and words[0] not in pack.word("male_names_in_a"):
        return "Fem"
    return None


class Resolver:
    """Resolves tokens to participants for one analysed document."""

    def __init__(self, a: Analysis, pack: RulePack) -> None:
        self.a = a
        self.pack = pack
        self.people = People.build(a, pack)
        self.orgs_seen: list[Participant] = []
        # Whether the owner of a thing counts as the victim ("searched his apartment"): set
        # per act, true for acts against property (search, closure, attack), not for arrests.
        self.owners_count = True
        self.title_sentence = title_sentence(a)

    # -- helpers ---------------------------------------------------------------------------
    def span(self, start_tok: int, end_tok: int) -> Span:
        s, e = self.a.tokens[start_tok].start, self.a.tokens[end_tok].end
        return Span(s, e, self.a.text[s:e])

    def np_range(self, i: int, stop: tuple[str, ...] = NP_STOP) -> tuple[int, int]:
        toks = self.a.subtree(i, stop=stop)
        lo, hi = min(toks), max(toks)
        if (
            lo + 1 < i
            and self.a.tokens[lo].pos == "ADP"
            and self.a.tokens[lo + 1].pos == "PROPN"
            and self.a.tokens[i].pos == "NOUN"
            and not self._a_body_name(lo + 1)  # "by KGB officers": the body is who
        ):
            # "В Баймаке суд", "В Москве Басманный суд": a name after a preposition before a
            # common noun is where, not who (the parser may hang the preposition on the noun
            # itself); "of Artyom Boyarshinov" is one name
            lo += 1
            while lo < i and self.a.tokens[lo].pos in ("PROPN", "PUNCT"):
                lo += 1
        while lo < hi and self.a.tokens[lo].pos in ("DET", "PUNCT", "ADP", "CCONJ"):
            lo += 1
        while hi > lo and self.a.tokens[hi].pos in ("PUNCT", "ADP", "CCONJ"):
            hi -= 1
        return lo, hi

    def _a_body_name(self, j: int) -> bool:
        ent = self.a.entity(j)
        return (ent is not None and ent.label == "ORG") or body_of(self.a.tokens[j].text) is not None

    def np_text(self, i: int, stop: tuple[str, ...] = NP_STOP, last: int | None = None) -> tuple[str, Span]:
        """The phrase headed by i, as written; `last` cuts it after that word."""
        lo, hi = self.np_range(i, stop)
        if last is not None:
            hi = max(min(hi, last), i)
        # "13 February officers", "a court in Tula on Friday": a date the parser glued to the
        # phrase is not part of it
        while lo < i and (in_date(self.a, lo) or self.a.tokens[lo].pos == "ADP"):
            lo += 1
        while hi > i and (in_date(self.a, hi) or self.a.tokens[hi].pos == "ADP"):
            hi -= 1
        sp = self.span(lo, hi)
        text = _PAREN.sub("", sp.text).strip(" ,;:\"'“”«»")
        return text, sp

    def np_members(self, i: int, depth: int = 0) -> list[int]:
        """The words of a noun phrase that can name who it is: compounds, flat names,
        appositions, possessors and "of"-complements ("the office of Amnesty"), not the
        clauses and prepositional phrases hanging off it."""
        out = [i]
        if depth > 4:
            return out
        for k in self.a.kids(i):
            keep = k.dep in NP_INNER or (
                k.dep == "nmod"
                and (
                    self.a.case_of(k.i) in ("of", "из")
                    or (not self.a.case_of(k.i) and self.a.language == "ru")
                )
            )
            if keep:
                out.extend(self.np_members(k.i, depth + 1))
        return out

    def entity_in(self, i: int, labels: tuple[str, ...], stop: tuple[str, ...] = ()) -> int | None:
        members = self.np_members(i)
        for j in members:
            if stop and self.a.tokens[j].dep in stop and j != i:
                continue
            ei = self.a.entity_at.get(j)
            if ei is not None and self.a.entities[ei].label in labels:
                return ei
        return None

    def count(self, i: int) -> int | None:
        tok = self.a.tokens[i]
        cands = [tok] + self.a.kids(i, "nummod", "nummod:gov", "nmod")
        for t in cands:
            if t.pos == "NUM" or t.lemma in NUMBER_WORDS:
                if t.text.isdigit():
                    return int(t.text)
                if _GROUPED_DIGITS.match(t.text):  # "30,000"
                    return int(re.sub(r"\D", "", t.text))
                if t.lemma in NUMBER_WORDS:
                    return NUMBER_WORDS[t.lemma]
        return None

    def person(self, ei: int, span_tok: tuple[int, int] | None = None, inferred: bool = False) -> Participant:
        ent = self.a.entities[ei]
        name = self.people.name_of(ei) or ent.normal
        sp = self.span(*span_tok) if span_tok else Span(ent.start, ent.end, ent.text)
        return Participant(name, "person", sp, inferred=inferred)

    def org(self, ei: int) -> Participant:
        a, ent = self.a, self.a.entities[ei]
        name = _PAREN.sub("", _NAME_CLEAN.sub("", ent.normal)).strip()
        sp = Span(ent.start, ent.end, ent.text)
        j = ent.tok_end
        if (
            a.language == "ru"
            and j < len(a.tokens)
            and a.tokens[j].dep == "nmod"
            and ent.tok_start <= a.tokens[j].head < ent.tok_end
            and not a.case_of(j)
            and a.tokens[j].feats.get("Case") == "Gen"
            and a.tokens[j].pos == "PROPN"
        ):
            # "Киевский районный суд Симферополя": the tagger stops the name before the town
            # it belongs to; the unit as written keeps it (the town stays in the genitive)
            name = f"{name} {a.tokens[j].text}"
            sp = Span(ent.start, a.tokens[j].end, a.text[ent.start : a.tokens[j].end])
        return Participant(name, "organization", sp)

    # -- victims ---------------------------------------------------------------------------
    def _modifies(self, ent: Entity) -> bool:
        last = self.a.tokens[ent.tok_end - 1]
        return last.dep in ("compound", "amod") and self.a.tokens[last.head].pos == "NOUN"

    def _after_an_org_noun(self, ent: Entity) -> bool:
        """'the outlet Novaya Vremya', 'the newspaper Pravda Severa': a name right after a noun
        for an organisation is the organisation's, whatever the tagger called it."""
        j = ent.tok_start - 1
        return j >= 0 and ent.label in ("PER", "LOC", "GPE", "FAC", "ORG") and self._org_noun(j)

    def _not_name_words(self) -> frozenset[str]:
        """Capitalised words that are no part of a person's name: known non-persons, nouns
        for groups and organisations, titles."""
        return (
            self.pack.word("not_person_words")
            | self.pack.word("group_nouns")
            | self.pack.word("title_words")
            | self.pack.word("org_anaphora")
        )

    def _org_noun(self, j: int) -> bool:
        """'outlet', 'foundation', 'newspaper': a noun for an organisation (pack org_anaphora)."""
        t = self.a.tokens[j]
        nouns = self.pack.word("org_anaphora")
        return t.pos == "NOUN" and (t.lemma in nouns or t.text.lower() in nouns)

    def _bare_name(self, i: int) -> bool:
        """'Velasco was arrested': one capitalised word the tagger left untagged, in the
        victim's place, naming no place, no known word and no organisation, is a surname."""
        a, tok = self.a, self.a.tokens[i]
        if not tok.text[:1].isupper() or not tok.text[1:].islower() or len(tok.text) < 3:
            return False
        if any(a.tokens[k.i].dep in ("det", "compound", "flat:name", "amod") for k in a.kids(i)):
            return False
        if tok.i == a.sentence_tokens(tok.sent)[0] and tok.lemma != tok.text.lower():
            return False  # a sentence's first word may be capitalised for that reason alone
        words = {tok.text.lower(), tok.lemma}
        if words & (self.pack.word("not_person_words") | self.pack.word("group_nouns")):
            return False
        return gazetteer().lookup(tok.text) is None

    def _untagged_full_name(self, lo: int, i: int, ignore_tags: bool = False) -> bool:
        """'detained Alexei Fedorov and Igor Smirnov' with no name tagged: two or three
        capitalised words in the victim's place, none a place, a body or a known word, are a
        person's given name and surname."""
        a = self.a
        words = [a.tokens[j] for j in range(lo, i + 1)]
        tagged = not ignore_tags and any(a.entity(j) is not None for j in range(lo, i + 1))
        if not 2 <= len(words) <= 3 or tagged:
            return False
        if not all(t.pos == "PROPN" and t.text[:1].isupper() and t.text[1:].islower() for t in words):
            return False
        known = self._not_name_words()
        if any(t.text.lower() in known or t.lemma in known for t in words):
            return False
        text = " ".join(t.text for t in words)
        return (
            body_of(text) is None
            and not is_place_name(text)
            and not any(_well_known_place(t.text) for t in words)
        )

    def as_person(self, p: Participant) -> Participant | None:
        """An 'organisation' the tagger found where only a person can be the victim ("Guards
        tortured Oleg Marin", "Oleg Marin" tagged ORG): a person when it reads as a given name
        and surname."""
        toks = [t.i for t in self.a.tokens if p.span.start <= t.start and t.end <= p.span.end]
        articles = self.pack.word("indefinite_words") | {"the"}
        if toks and toks[0] > 0 and self.a.tokens[toks[0] - 1].text.lower() in articles:
            return None  # "filed an Omnibus Motion": a person's name takes no article
        if toks and self._untagged_full_name(toks[0], toks[-1], ignore_tags=True):
            return Participant(p.name, "person", p.span, inferred=p.inferred)
        if len(toks) == 1 and self._lone_surname(toks[0]):  # "Police detained Petrov", "Petrov" tagged ORG
            return Participant(p.name, "person", p.span, inferred=p.inferred)
        return None

    def place_as_person(self, i: int) -> Participant | None:
        """A given name and surname the tagger took for a place, where only a person can be
        the victim ("Police arrested Tsitsi Dangarembga"): a person when no gazetteer knows it."""
        ent = self.a.entity(i)
        if ent is None or ent.label not in ("LOC", "GPE", "FAC"):
            return None
        return self.as_person(Participant(ent.text, "organization", Span(ent.start, ent.end, ent.text)))

    def _lone_surname(self, i: int) -> bool:
        t = self.a.tokens[i]
        known = self._not_name_words()
        return (
            len(t.text) >= 3
            and t.text.lower().endswith(surname_endings(self.pack))
            and t.text[:1].isupper()
            and t.text[1:].islower()
            and t.text.lower() not in known
            and body_of(t.text) is None
            and not _well_known_place(t.text)
        )

    def victim(self, i: int, org_act: bool = False, depth: int = 0) -> Participant | None:
        a, tok = self.a, self.a.tokens[i]
        if depth > 4:
            return None
        ent = a.entity(i)
        if ent is not None and self._after_an_org_noun(ent):
            return self.remember(self.org(a.entity_at[i]))  # "the broadcaster Dozhd", tagged a person
        if ent is not None and ent.label == "PER":
            if _could_be_a_person(ent, self.pack):
                return self.person(a.entity_at[i])
            if ent.text.casefold() in self.pack.word("not_person_words"):
                return self.remember(self.org(a.entity_at[i]))  # "Facebook … were blocked"
            return None
        named_head = a.entity(tok.head)
        if ent is None and tok.dep == "appos" and named_head is not None and named_head.label == "PER":
            return self.person(a.entity_at[tok.head])  # "Yuri Lobov, a believer held in …"
        if ent is not None and ent.label != "PER" and " " not in ent.text.strip():
            ei = self.people.by_surname(a, ent.text)  # "Sirin" tagged ORG after "Oleg Sirin"
            if ei is not None:
                return self.person(ei, (i, i))
        if ent is not None and ent.label == "LOC" and after_a_given_name(a, ent):
            sp = self.span(ent.tok_start - 1, ent.tok_end - 1)  # "Oleg Marin" with "Marin" tagged a town
            return Participant(sp.text, "person", sp)
        if ent is not None and ent.label in ("ORG", "FAC", "LOC") and _named_as_person(a, ent, self.pack):
            return self.person(a.entity_at[i])  # "the brothers Enver and Rustem Seitkhalilov"
        if ent is not None and ent.label == "ORG" and not org_act and tok.pos == "PROPN":
            lo = i
            while lo > ent.tok_start and a.tokens[lo - 1].dep == "compound" and a.tokens[lo - 1].head == i:
                lo -= 1
            if " and " in ent.text and self._untagged_full_name(lo, i, ignore_tags=True):
                sp = self.span(lo, i)  # "Alexei Fedorov and Igor Smirnov" tagged as one ORG
                return Participant(sp.text, "person", sp)
        if ent is not None and ent.label == "ORG" and _is_real_org(ent):
            return self.remember(self.org(a.entity_at[i]))
        if ent is not None and ent.label == "FAC" and org_act:  # "the liquidation of the Sakharov Centre"
            return self.remember(self.org(a.entity_at[i]))
        lemma = tok.lemma
        possessive = tok.text.lower() in self.pack.word("possessive_pronouns")  # "его" tagged DET
        if tok.pos == "PRON" or possessive or lemma in self.pack.word("pronouns_relative"):
            if lemma in self.pack.word("pronouns_relative") or tok.text.lower() in self.pack.word(
                "pronouns_relative"
            ):
                head = a.tokens[tok.head]
                if head.dep in ("acl:relcl", "acl") and head.head != head.i:
                    return self.victim(head.head, org_act, depth + 1)
                return None
            if tok.text.lower() in self.pack.word("pronouns_first_person"):
                return self.speaker(i, depth)  # '"They beat me for hours," Petrov said'
            if tok.text.lower() in self.pack.word("pronouns_person") or lemma in self.pack.word(
                "pronouns_person"
            ):
                gender = _pronoun_gender(tok.text.lower(), a.language)
                ei = self.people.antecedent(a, i, gender)
                if ei is not None:
                    return self.person(ei, (i, i), inferred=False)
            if lemma in self.pack.word("group_nouns"):
                text, sp = self.np_text(i, stop=NP_STOP + ("acl", "acl:relcl"))
                return Participant(text, "group", sp, count=self.count(i))
            if self.owners_count and tok.text.lower() in self.pack.word("thing_pronouns"):
                # "detained X at his parents' flat after searching it": the home named before it
                home = next(
                    (
                        j
                        for j in range(i - 1, a.sentences[tok.sent].tok_start - 1, -1)
                        if a.tokens[j].lemma in self.pack.word("dwelling_words")
                        and a.tokens[j].pos in ("NOUN", "ADJ")
                    ),
                    None,
                )
                if home is not None:
                    return self.victim(home, org_act, depth + 1)
            if org_act and tok.text.lower() in self.pack.word("thing_pronouns"):
                # "burst into the office of Free Voice and searched it": the organisation named
                # last before it in the sentence (not a state body), else the one last found
                sent_start = a.sentences[tok.sent].start
                earlier = [
                    n
                    for n, e in enumerate(a.entities)
                    if e.label == "ORG"
                    and sent_start <= e.start
                    and e.end <= tok.start
                    and not body_of(e.text)
                ]
                return self.remember(self.org(earlier[-1])) if earlier else self.last_org()
            return None
        if lemma in self.pack.word("access_nouns"):  # "blocked access to the website Meduza"
            for k in a.kids(i, "nmod"):
                if a.case_of(k.i) in self.pack.word("access_cases"):
                    return self.victim(k.i, org_act, depth + 1)
        # (not whose home it is: a search of "his parents' flat" is a search of his)
        home_owner = tok.dep == "nmod:poss" or a.tokens[tok.head].lemma in self.pack.word("dwelling_words")
        if tok.pos == "NOUN" and lemma in self.pack.word("kin_nouns") and not home_owner:
            relative = self._relative(i, org_act, depth)
            if relative is not None:
                return relative
        for named in a.kids(i, "acl"):  # "a woman named Elizabeth": the name is who
            if named.text.lower() in self.pack.word("naming_words"):
                ei = next((self.entity_in(k.i, ("PER",)) for k in a.kids(named.i)), None)
                if ei is not None:
                    return self.person(ei)
        for ap in a.kids(i, "appos", "flat:name"):
            found = self.victim(ap.i, org_act, depth + 1)
            if found is not None and found.kind != "group":
                return found
        # "the homes of four journalists of the outlet X": a home's owner is who it belongs to
        # (found below), not a name deeper in the phrase
        owned_home = self.owners_count and lemma in self.pack.word("dwelling_words") and tok.pos == "NOUN"
        counted = tok.pos == "NOUN" and self.count(i) is not None  # "four journalists of the outlet X"
        ei = None if (owned_home and a.kids(i, "nmod")) or counted else self.entity_in(i, ("PER",))
        if ei is not None and tok.pos == "NOUN" and self._modifies(a.entities[ei]):
            # "Salugpungan schools", "Navalny supporters": the noun, not the name, is who;
            # "the Memorial centre": the organisation's name
            if (
                org_act
                and lemma in self.pack.word("org_anaphora")
                and a.tokens[a.entities[ei].tok_end - 1].head == i
            ):
                return self.remember(self.org(ei))
            ei = None
        if ei is not None and self._after_an_org_noun(a.entities[ei]):
            return self.remember(self.org(ei))
        if ei is not None:
            return self.person(ei)
        if tok.pos == "PROPN" and a.entity(i) is None:  # "remanded Zuev": a surname the tagger missed
            ei = self.people.by_surname(a, tok.text)
            lo = i
            while lo > 0 and a.tokens[lo - 1].dep == "compound" and a.tokens[lo - 1].head == i:
                lo -= 1  # "Artyom Boyarshinov" with "Artyom" tagged a town: the given name is his
            if ei is not None and lo < i and all(a.tokens[j].pos == "PROPN" for j in range(lo, i)):
                sp = self.span(lo, i)
                return Participant(sp.text, "person", sp)
            if ei is not None:
                return self.person(ei, (i, i))
            if tok.dep in ("nsubj:pass", "obj") and self._bare_name(i):
                return Participant(tok.text, "person", Span(tok.start, tok.end, tok.text))
            if tok.dep in ("nsubj:pass", "nsubj", "obj", "conj", "appos") and self._untagged_full_name(lo, i):
                sp = self.span(lo, i)
                if lo > 0 and self._org_noun(lo - 1):  # "the foundation Open Future"
                    return self.remember(Participant(sp.text, "organization", sp))
                return Participant(sp.text, "person", sp)
        ei = self.entity_in(i, ("ORG",), stop=NP_STOP + ("nmod:poss",))
        if ei is not None and _is_real_org(a.entities[ei]) and lemma not in self.pack.word("group_nouns"):
            org = self.org(ei)
            if lemma in self.pack.word("dwelling_words"):  # "the home of Oleg Marin", tagged ORG
                return self.as_person(org) or self.remember(org)
            return self.remember(org)
        people = self.pack.word("group_nouns") | self.pack.word("describing_nouns")
        # (people are not owned: "four journalists of the outlet X" are the journalists)
        owned = (self.owners_count and lemma not in people) or lemma in self.pack.word(
            "owner_nouns"
        )  # "his whereabouts"
        possessives = [k for k in a.kids(i, "det") if k.text.lower() in self.pack.word("possessive_pronouns")]
        of_owners = (
            [
                k
                for k in a.kids(i, "nmod")
                if a.case_of(k.i) == "of"
                # «в квартире Ивана Петрова»: whose, in the genitive
                or (a.language == "ru" and not a.case_of(k.i) and k.feats.get("Case") == "Gen")
            ]
            if owned and tok.pos == "NOUN"
            else []
        )
        residents = (
            [
                who
                for c in a.kids(i, "acl:relcl")
                if c.lemma in self.pack.word("living_verbs")
                for who in a.kids(c.i, "nsubj")
            ]
            if owned and lemma in self.pack.word("dwelling_words")
            else []
        )  # "the apartment where X lives", «в квартире, где Зуев живет»
        for owner in (
            [*a.kids(i, "nmod:poss"), *possessives, *of_owners, *residents] if owned else ()
        ):  # "his apartment", "его квартиру", "the homes of five activists"
            found = self.victim(owner.i, org_act, depth + 1)
            if found is not None:
                return found
        if org_act and lemma in self.pack.word("org_anaphora"):
            if tok.dep == "appos" and a.tokens[tok.head].pos == "PROPN":
                return self.victim(tok.head, org_act, depth + 1)  # "Hizb ut-Tahrir, an Islamic group"
            return self.last_org()
        if org_act and tok.pos == "PROPN" and a.entity(i) is None and tok.text[:1].isupper():
            # "the liquidation of the Sakharov Centre": a name the tagger missed, for an act
            # against organisations, is the organisation's ("the website Meduza": one word
            # after a noun for an organisation is enough)
            text, sp = self.np_text(i, stop=NP_STOP + ("acl", "acl:relcl"))
            words = [w for w in text.split() if w.lower() not in ("the", "a", "an")]
            after_org_noun = tok.dep == "appos" and self._org_noun(tok.head)
            if len(words) >= 2 or after_org_noun:
                return self.remember(Participant(" ".join(words), "organization", sp))
        for k in a.kids(i, "nmod") if org_act and tok.pos == "NOUN" else ():
            if a.case_of(k.i) in ("of",):  # "revoked the licence of the broadcaster X"
                found = self.victim(k.i, org_act, depth + 1)
                if found is not None:
                    return found
        apposed = lemma in self.pack.word("describing_nouns") or (a.language == "en" and tok.pos == "NOUN")
        if apposed and i + 1 < len(a.tokens):
            # "the activist | Refat Alimov", "X's former counsel | Dzmitry Laevski": a parse that
            # split the phrase; the name right after the noun is who it is (in Russian only after
            # a noun for people: "сына Ивана Петрова" is Petrov's son)
            after = a.entity(i + 1)
            if after is not None and after.label == "PER" and after.tok_start == i + 1:
                return self.person(a.entity_at[i + 1])
        described = self.described_person(i)
        if described is not None:
            return described
        substantive = tok.feats.get("VerbForm") == "Part" and tok.dep not in ("amod", "acl")
        thing = tok.feats.get("Animacy") == "Inan" or lemma in self.pack.word("thing_nouns")
        if thing and not substantive and lemma not in self.pack.word("group_nouns"):
            return None  # "изъяли ноутбук и два телефона", "seized two laptops": things, not people
        if (
            lemma in self.pack.word("group_nouns")
            or tok.pos == "NUM"
            or self.count(i) is not None
            or substantive
        ):
            # ... "собравшихся", "the detained": a participle standing for the people it describes
            text, sp = self.np_text(i, stop=NP_STOP + ("acl", "acl:relcl"))
            if text:
                return Participant(text, "group", sp, count=self.count(i))
        return None

    def speaker(self, i: int, depth: int = 0) -> Participant | None:
        """'"They beat me for hours," Ivan Petrov said', 'Petrov told reporters: "I was
        tortured"': "I" in a quote is the person the quote is attributed to — by a verb of
        saying above it in the sentence, or, for a sentence that is all quote, in the sentence
        right after it or before it. No one when no named person says it."""
        a = self.a
        saying = self.pack.cue("attribution_verbs")
        s = a.tokens[i].sent
        quoted = _QUOTE.search(a.text[a.sentences[s].start : a.sentences[s].end]) is not None

        def saying_in(n: int) -> list[int]:
            return (
                [j for j in a.sentence_tokens(n) if a.tokens[j].lemma in saying]
                if 0 <= n < len(a.sentences)
                else []
            )

        # («…», — рассказал Петров: the verb of saying hangs beside the quote, not above it)
        own = [j for j in a.ancestors(i) if a.tokens[j].lemma in saying] or (saying_in(s) if quoted else [])
        first_person = self.pack.word("pronouns_first_person")
        for j in own + (saying_in(s + 1) + saying_in(s - 1) if quoted and not own else []):
            for k in a.kids(j, "nsubj"):
                if k.text.lower() in first_person:
                    continue
                who = self.victim(k.i, False, depth + 1)
                if who is not None and who.kind == "person":
                    return who
        return None

    def _relative(self, i: int, org_act: bool, depth: int) -> Participant | None:
        """'his son', 'the wife of Ivan Petrov', «сына Ивана Петрова»: a relative of someone
        named is that relative, not the one named — by name when the report gives it ("his
        brother, Oleg"), else described, one person not named ("Ivan Petrov's son")."""
        a, tok = self.a, self.a.tokens[i]
        possessives = self.pack.word("possessive_pronouns")
        owned = any(
            k.text.lower() in possessives or (k.pos == "PRON" and k.dep != "nmod")
            for k in a.kids(i, "det", "nmod:poss", "nmod")
        )
        # «сына Ивана Петрова» reads as "Ivan Petrov's son" (the animate accusative is the
        # genitive); «его сына Ивана», "his son, Oleg", name the son
        appos_owner = a.language == "ru" and not owned
        for ap in a.kids(i, "appos") if not appos_owner else ():
            found = self.victim(ap.i, org_act, depth + 1)
            if found is not None and found.kind == "person":
                return found
        owners = [
            k
            for k in a.kids(i, "nmod:poss", "det", "nmod", "appos")
            if k.dep == "nmod:poss"
            or (k.dep == "appos" and appos_owner and k.pos == "PROPN")
            or (k.dep == "det" and k.text.lower() in possessives)
            or (k.dep == "nmod" and a.language == "en" and a.case_of(k.i) == "of")
            or (
                k.dep == "nmod"
                and a.language == "ru"
                and not a.case_of(k.i)
                and k.feats.get("Case") in ("Gen", "Acc")
            )
        ]
        for owner in owners:
            found = self.victim(owner.i, org_act, depth + 1)
            if found is None or found.kind != "person":
                continue
            lo, hi = self.np_range(i)
            sp = self.span(min(lo, i), max(hi, owner.i))
            kin = tok.lemma if tok.feats.get("Number") != "Plur" else tok.text.lower()
            if a.language == "en":
                name = f"{found.name}'s {kin}"
            elif owner.pos == "PRON" or owner.text.lower() in possessives:
                name = f"{found.name}: {kin}"
            else:  # the owner as written, in the genitive: «сын Ивана Петрова»
                olo, ohi = self.np_range(owner.i, stop=tuple(d for d in NP_STOP if d != "appos"))
                name = f"{kin} {self.span(olo, ohi).text}"
            return Participant(name, "group", sp, count=self.count(i) or 1)
        if owned:  # "my brother", "her husband" with no one named before: as written
            text, sp = self.np_text(i, stop=NP_STOP + ("acl", "acl:relcl"))
            return Participant(text, "group", sp, count=self.count(i) or 1)
        return None

    def described_person(self, i: int) -> Participant | None:
        """'the activist', 'против активиста', 'журналистку': one person described, not named,
        is the person the report is about — the last one named before it of that gender, or,
        in a headline, the first one named after it. Not for indefinite descriptions
        ('a journalist', 'одного активиста'), plurals or counted groups."""
        a, tok = self.a, self.a.tokens[i]
        if tok.lemma not in self.pack.word("describing_nouns") or tok.feats.get("Number") == "Plur":
            return None
        if self.count(i) is not None or any(
            k.text.lower() in self.pack.word("indefinite_words") for k in a.kids(i, "det", "nummod", "amod")
        ):
            return None
        headline = tok.sent == self.title_sentence
        if (
            a.language == "en"
            and not headline  # titles drop articles: "Belarus jails Gomel journalist"
            and not any(k.text.lower() in ("the", "this", "that") for k in a.kids(i, "det"))
        ):
            return None
        gender = tok.feats.get("Gender") if a.language == "ru" else None
        ei = self.people.antecedent(a, i, gender)
        if ei is None and headline:
            ei = self.people.first_after(a, i, gender)
        if ei is None:
            return None
        found = self.person(ei, (i, i), inferred=True)
        return found if found.kind == "person" else None

    def remember(self, p: Participant) -> Participant:
        self.orgs_seen.append(p)
        return p

    def last_org(self) -> Participant | None:
        if self.orgs_seen:
            last = self.orgs_seen[-1]
            return Participant(last.name, last.kind, last.span, inferred=True)
        return None

    # -- perpetrators ----------------------------------------------------------------------
    def institution(self, i: int, stop: tuple[str, ...] = NP_STOP) -> Participant | None:
        """'the university', «из университета»: a body named by a common noun, in the
        nominative in Russian; one the tagger named, by its name."""
        ei = self.entity_in(i, ("ORG",))
        if ei is not None and _is_real_org(self.a.entities[ei]):
            return self.org(ei)
        lo, hi = self.np_range(i, stop)
        text, sp = self.np_text(i, stop)
        if text and self.a.language == "ru":
            text = _ru_nominative(self.a, i, lo, hi)
        return Participant(text, "organization", sp) if text else None

    def _is_town(self, i: int) -> bool:
        ent = self.a.entity(i)
        name = ent.text if ent is not None else self.a.tokens[i].text
        normal = ent.normal if ent is not None else None  # «в Грозном»: the inflected form may not be listed
        return self.a.tokens[i].pos == "PROPN" and gazetteer().lookup(name, normal) is not None

    def perpetrator(
        self, i: int, require_authority: bool = False, stop: tuple[str, ...] = NP_STOP
    ) -> Participant | None:
        a, tok = self.a, self.a.tokens[i]
        if tok.pos == "PRON":
            return None
        authority = self.pack.word("authority_words")
        ei = self.entity_in(i, ("ORG",))
        lo, hi = self.np_range(i, stop)
        words = {a.tokens[j].lemma for j in range(lo, hi + 1)} | {
            a.tokens[j].text.lower() for j in range(lo, hi + 1)
        }
        if ei is not None and _is_real_org(a.entities[ei]):
            ent = a.entities[ei]
            if require_authority and not (words & authority) and body_of(ent.text) is None:
                return None  # "Amnesty condemned the arrest of X": who speaks of it did not do it
            if ent.tok_start <= i < ent.tok_end or a.language == "ru" or not (words & authority):
                return self.org(ei)
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
                    a.case_of(k.i) in self.pack.word("scene_cases")
                    or (a.case_of(k.i) in self.pack.word("place_cases") and self._is_town(k.i))
                )
            ]
            text, sp = self.np_text(i, stop, last=min(cut) if cut else None)
            if cut:
                hi = min(hi, max(min(cut), i))
            if a.language == "ru":
                text = _ru_nominative(a, i, lo, hi)
            return Participant(text, "organization", sp) if text else None
        if require_authority:
            return None
        named = a.entity(i)
        if named is not None and named.label == "PER":
            return self.person(a.entity_at[i])
        return None


def _well_known_place(word: str) -> bool:
    """A country, a region or a large city: not a word of a person's name. (Small towns are
    named like people: "Marin", "Anna".)"""
    place = gazetteer().lookup(word)
    return place is not None and (place.kind in ("country", "region") or place.population >= 100_000)


def _is_real_org(ent: Entity) -> bool:
    """natasha and spaCy sometimes tag a capitalised adverb ("Вчера") as an organisation."""
    return len(ent.text) > 1 and not (len(ent.text.split()) == 1 and ent.text.lower() in _NOT_ORGS)


_NOT_ORGS = {"вчера", "сегодня", "завтра", "позавчера", "today", "yesterday"}


def _pronoun_gender(word: str, language: str) -> str | None:
    if language == "en":
        return {"she": "Fem", "her": "Fem", "hers": "Fem", "herself": "Fem", "he": "Masc", "him": "Masc",
                "his": "Masc", "himself": "Masc"}.get(word)  # fmt: skip
    if language != "ru":
        return None
    if word in ("она", "ее", "её", "ей", "нее", "неё", "ней"):
        return "Fem"
    if word in ("он", "его", "ему", "него", "нему", "нем", "ним", "им"):
        return "Masc"
    return None


def _ru_nominative(a: Analysis, head: int, lo: int, hi: int) -> str:
    """Russian perpetrator phrase in the nominative, number kept ("сотрудниками ФСБ" ->
    "сотрудники ФСБ", "Чеченскими силовиками" -> "Чеченские силовики")."""
    from khronika.nlp import get_analyzer

    analyzer = get_analyzer("ru")
    tokens = [a.tokens[j] for j in range(lo, hi + 1)]
    return analyzer.nominative_phrase(tokens, head)  # type: ignore[attr-defined,no-any-return]
