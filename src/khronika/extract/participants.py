"""Who: turning a token of the parse into a victim or perpetrator — a name, a group, an
organisation, a relative, the speaker of a quote — using people.py's in-document
coreference (pronouns, surname-only and first-name-only mentions, inflected Russian names)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from khronika.extract import relatives
from khronika.extract.bodies import body_of
from khronika.extract.dates import NUMBER_WORDS
from khronika.extract.people import (
    NAME_CLEAN,
    People,
    a_people_name,
    could_be_a_person,
    name_gender,
    name_words,
    named_as_person,
    only_titles,
    pronoun_gender,
    surname_endings,
)
from khronika.extract.places import after_a_given_name, gazetteer, is_place_name
from khronika.extract.rules import RulePack
from khronika.extract.syntax import NP_INNER, NP_STOP, modified_noun, whose
from khronika.model import Participant, Span
from khronika.nlp.base import Analysis, Entity

_A_WEB_ADDRESS = re.compile(r"(?:[\w-]+\.)+[a-z]{2,}", re.I)  # ("the website tut.by")
_PAREN = re.compile(r"\s*[(\[][^)\]]*[)\]]")


def in_date(a: Analysis, i: int) -> bool:
    """Token i is part of a date the tagger found."""
    ent = a.entity(i)
    return ent is not None and ent.label == "DATE"


_GROUPED_DIGITS = re.compile(r"^\d{1,3}(?:[,\u00a0\u202f]\d{3})+$")


_QUOTE = re.compile(r"[\"“”«»„]")
_DATELINE = re.compile(r"^\s*(?:Published|Posted|Updated|Date|Опубликовано|Дата)\b", re.I)


def title_sentence(a: Analysis) -> int:
    """The sentence that is the report's title: the first, or the one after a dateline."""
    if len(a.sentences) > 1 and _DATELINE.match(a.text[a.sentences[0].start : a.sentences[0].end]):
        return 1
    return 0


_CLOSING = {"»": "«", "”": "“"}  # closing quote: its opening


def _without_stray_marks(text: str) -> str:
    """Commas and quotes around a phrase are dropped, not a closing quote the phrase opened
    («участников «Весны»», 'members of the “Free Youth”')."""
    core = text.strip(" ,;:\"'“”«»")
    end = text.rstrip(" ,;:")
    for closing, opening in _CLOSING.items():
        if core.count(opening) > core.count(closing) and end.endswith(closing):
            return core + closing
    return core


_DASH_SPEECH = re.compile(r"\s*[—–-]\s")


def dash_speech_start(a: Analysis, char: int) -> int | None:
    """Where the paragraph holding this character begins, if it is direct speech opening with
    a dash («— Меня задержали у подъезда»)."""
    para = a.text.rfind("\n", 0, char) + 1
    return para if _DASH_SPEECH.match(a.text, para, para + 4) else None


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
        self._interview: bool | None = None
        self._record: bool | None = None

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
        # ("including journalists": a verb the parser made a preposition is no part of the name)
        while lo < hi and (
            self.a.tokens[lo].pos in ("DET", "PUNCT", "ADP", "CCONJ")
            or self.a.tokens[lo].dep == "case"
            # (a particle on a determiner dropped before it: «тот же суд»)
            or (self.a.tokens[lo].pos == "PART" and self.a.tokens[self.a.tokens[lo].head].pos == "DET")
            # (a word fixed to a preposition: «как минимум у пяти человек»)
            or (self.a.tokens[lo].dep == "fixed" and self.a.tokens[self.a.tokens[lo].head].dep == "case")
        ):
            if self.a.tokens[lo].pos == "ADP" and self.a.tokens[lo].dep == "advmod":
                break  # "at least 12 people"
            lo += 1
        for j in range(i + 1, hi):
            # «двое мужчин в масках, посадили Тимура в машину без номеров»: a word hung on the
            # noun across a clause of its own (a misparse) does not carry the phrase past it
            if self.a.tokens[j].text == "," and any(
                self.a.tokens[k].pos == "VERB" and self.a.tokens[k].dep == "root"
                for k in range(j + 1, hi + 1)
            ):
                hi = j - 1
                break
        for j in range(i + 1, hi + 1):
            t = self.a.tokens[j]
            if t.dep == "pcomp" and t.pos == "VERB" and i < t.head <= j and not t.text[:1].isupper():
                # ("the Main Directorate for Combating Organized Crime": a capitalised verb is the name's)
                hi = t.head - 1  # "convicted ten activists | of plotting …": what they were convicted of
                break
        hi = self._before_a_time(i, hi)
        while hi > lo and self.a.tokens[hi].pos in ("PUNCT", "ADP", "CCONJ"):
            hi -= 1
        words = [self.a.tokens[j].text for j in range(lo, hi + 1)]
        if (
            words.count("(") > words.count(")")
            and hi + 1 < len(self.a.tokens)
            and self.a.tokens[hi + 1].text == ")"
        ):
            hi += 1  # "… Organized Crime and Corruption (GUBOPiK)": the bracket it opened is closed
        return lo, hi

    def _before_a_time(self, i: int, hi: int) -> int:
        """'men in an unmarked van | in the run-up to the elections': a phrase of time hung on
        the noun (a misparse, or a real one) tells when, not who: the phrase ends before it."""
        marks = self.pack.cue_patterns.get("time_phrases", ())
        for j in range(i + 1, hi + 1):
            t = self.a.tokens[j]
            if t.pos != "ADP" and t.dep not in ("case", "advmod"):
                continue
            rest = self.a.text[t.start : self.a.tokens[hi].end]
            if any(rx.match(rest) for rx in marks):
                return j - 1
        return hi

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
        while lo < i and (
            in_date(self.a, lo) or (self.a.tokens[lo].pos == "ADP" and self.a.tokens[lo].dep != "advmod")
        ):
            lo += 1
        while hi > i and (in_date(self.a, hi) or self.a.tokens[hi].pos == "ADP"):
            hi -= 1
        sp = self.span(lo, hi)
        after = self.a.text[sp.end : sp.end + 1]
        if after in _CLOSING and sp.text.count(_CLOSING[after]) > sp.text.count(after):
            # «участников «Весны»»: the parser hung the closing quote outside the phrase it closes
            sp = Span(sp.start, sp.end + 1, sp.text + after)
        return _without_stray_marks(_PAREN.sub("", sp.text)), sp

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
            if ei is None or self.a.entities[ei].label not in labels:
                continue
            if self.a.entities[ei].label == "PER" and (
                a_people_name(self.a, self.a.entities[ei])
                or self.people.no_name_at(ei, j)
                or self.people.name_of(ei) is None
            ):
                continue  # "one a Nigerien", "Macron Orders Arrest", "Cleric warns": no one's name
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
                    # ("dozens of relatives", "hundreds of people": at least two dozen, two hundred)
                    plural = t.text.lower().endswith("s") and t.text.lower() != t.lemma
                    return NUMBER_WORDS[t.lemma] * (2 if plural else 1)
        return None

    def person(self, ei: int, span_tok: tuple[int, int] | None = None, inferred: bool = False) -> Participant:
        ent = self.a.entities[ei]
        name = self.people.name_of(ei) or ent.normal
        sp = self.span(*span_tok) if span_tok else Span(ent.start, ent.end, ent.text)
        if ent.label == "PER" and self.people.name_of(ei) is None and only_titles(ent.text, self.pack):
            # ("Sheikh's release" after "Ahmed Omar Saeed Sheikh": the surname of one named before)
            named = self.people.by_surname(self.a, ent.text, ent.tok_start)
            if named is not None:
                return self.person(named, span_tok or (ent.tok_start, ent.tok_end - 1), inferred)
            # ("Cleric warns …", "the APC Leader was arrested": a description the tagger
            # took for a name — someone the report does not name)
            return Participant(ent.text, "group", sp, inferred=inferred)
        after = ent.tok_end
        if after < len(self.a.tokens) and self.a.tokens[after].text in self.pack.word("name_particles"):
            # "Makhabat Tazhibek kyzy": a patronymic particle the tagger left out is part of the
            # name (also where a pronoun or a word for her stands for it: the span stays theirs)
            particle = self.a.tokens[after]
            name = f"{name} {particle.text}"
            if not span_tok:
                sp = Span(ent.start, particle.end, self.a.text[ent.start : particle.end])
        return Participant(name, "person", sp, inferred=inferred)

    def org(self, ei: int) -> Participant:
        a, ent = self.a, self.a.entities[ei]
        name = _PAREN.sub("", NAME_CLEAN.sub("", ent.normal)).strip()
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
        while (
            a.language == "en"
            and j < len(a.tokens)
            and a.tokens[j].pos == "PROPN"
            and a.tokens[j].text[:1].isupper()
            and a.entity(j) is None
            and any(a.tokens[k].head == j for k in range(ent.tok_start, j))
        ):
            # "the group Green Mekong Youth" tagged without its head word, "Youth"
            sp = Span(ent.start, a.tokens[j].end, a.text[ent.start : a.tokens[j].end])
            name, j = _PAREN.sub("", NAME_CLEAN.sub("", sp.text)).strip(), j + 1
        while a.language == "en" and (m := self._name_goes_on(j, range(ent.tok_start, j))) is not None:
            # "the Kazakhstan Bureau for Civic Freedoms" tagged without "for Civic Freedoms"
            sp = Span(ent.start, a.tokens[m].end, a.text[ent.start : a.tokens[m].end])
            name, j = _PAREN.sub("", NAME_CLEAN.sub("", sp.text)).strip(), m + 1
        quoted = self._quoted_name_after(ent)
        if quoted is not None:
            return Participant(quoted.text.strip('«»"“”„ '), "organization", quoted)
        return Participant(name, "organization", sp)

    def _name_goes_on(self, j: int, name: range) -> int | None:
        """The last word of "for Civic Freedoms", "of the Press" right after a name and hung on
        it: capitalised words after a preposition (and "the"), which an organisation's name
        runs on with; None where the words after are not such."""
        a = self.a
        if j >= len(a.tokens) or a.tokens[j].text not in _NAME_LINKS:
            return None
        k = j + 1
        if k < len(a.tokens) and a.tokens[k].text == "the":
            k += 1
        end = None
        while (
            k < len(a.tokens)
            and a.tokens[k].pos == "PROPN"
            and a.tokens[k].text[:1].isupper()
            and a.entity(k) is None  # (not another's name: "X of Premium Times")
        ):
            end, k = k, k + 1
        if end is None or a.tokens[end].head not in name or a.tokens[j].head != end:
            return None
        return end

    def _quoted_name_after(self, ent: Entity) -> Span | None:
        """«Telegram-канал «Бобруйск для жизни»», 'the channel "Babruysk for Life"': the tagger
        took the noun for the name; the name is the quoted words after it."""
        a = self.a
        noun = a.tokens[ent.tok_start].lemma.rsplit("-", 1)[-1]  # ("Telegram-канала": канал)
        if ent.tok_end - ent.tok_start != 1 or noun not in self.pack.word("org_anaphora"):
            return None
        j = ent.tok_end
        if j >= len(a.tokens) or a.tokens[j].text not in ("«", '"', "“", "„"):
            return None
        for k in range(j + 2, min(j + 10, len(a.tokens))):
            if a.tokens[k].text in ("»", '"', "”", "“"):
                return Span(a.tokens[j].start, a.tokens[k].end, a.text[a.tokens[j].start : a.tokens[k].end])
        return None

    # -- victims ---------------------------------------------------------------------------
    def _modifies(self, ent: Entity) -> bool:
        return modified_noun(self.a, ent.tok_end - 1) is not None

    def after_an_org_noun(self, ent: Entity) -> bool:
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
        if words & (self._not_name_words() | self.pack.people_nouns()):
            return False  # (nor a title: "the secretary of an ex-President was arrested")
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
            and not any(well_known_place(t.text) for t in words)
        )

    def _gender_told_since(self, ei: int, i: int) -> bool:
        """A pronoun of the gender the name was guessed to be, between the person's first
        mention and token i: the guess confirmed, so a pronoun of the other gender is not them."""
        a = self.a
        first = min((end for end, e in self.people.mentions if e == ei), default=i)
        guessed = self.people.genders.get(ei)
        return guessed is not None and any(
            pronoun_gender(a.tokens[j].text.lower(), a.language) == guessed for j in range(first + 1, i)
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
            and not well_known_place(t.text)
        )

    def _owner_of_a_thing(self, i: int, ent: Entity) -> bool:
        """The name in the phrase at i owns a thing in it, not a person: «координатора штаба
        Навального», "a member of Navalny's team" — the one named is the team's, not the one
        the phrase means."""
        a = self.a
        top = next(
            (
                j
                for j in range(ent.tok_start, ent.tok_end)
                if not ent.tok_start <= a.tokens[j].head < ent.tok_end
            ),
            None,
        )
        owned = self.thing_owned_by(top) if top is not None else None
        return (
            owned is not None
            and owned != i
            and a.tokens[owned].head == i
            and a.tokens[owned].dep
            in (
                "nmod",
                "compound",
            )
        )

    def thing_owned_by(self, j: int) -> int | None:
        """The noun for a thing (not a person) whose owner the word at j names, by a genitive
        or a possessive: «штаба» in «штаба Навального», "team" in "Navalny's team"."""
        a, t = self.a, self.a.tokens[j]
        if t.dep not in ("nmod", "nmod:poss") or a.case_of(j) not in ("", "of") or t.head == j:
            return None
        owned = a.tokens[t.head]
        people = self.pack.people_nouns() | self.pack.word("kin_nouns")
        return owned.i if owned.pos == "NOUN" and owned.lemma not in people else None

    def victim(self, i: int, org_act: bool = False, depth: int = 0) -> Participant | None:
        a, tok = self.a, self.a.tokens[i]
        if depth > 4:
            return None
        ent = a.entity(i)
        if ent is not None and self.after_an_org_noun(ent):
            return self.remember(self.org(a.entity_at[i]))  # "the broadcaster Dozhd", tagged a person
        if ent is not None and ent.label == "PER":
            if a_people_name(a, ent):  # "Croats were held": the people, as a group
                return Participant(ent.text, "group", Span(ent.start, ent.end, ent.text))
            if self.people.no_name_at(a.entity_at[i], i):
                return None  # "President Shows Cost", "Arrest" in "Macron Orders Arrest": title case
            if could_be_a_person(ent, self.pack):
                return self.person(a.entity_at[i])
            if ent.text.casefold() in self.pack.word("not_person_words"):
                return self.remember(self.org(a.entity_at[i]))  # "Facebook … were blocked"
            return None
        before = a.entity(i - 1) if i > 0 else None
        if (
            ent is None
            and before is not None
            and before.label == "PER"
            and tok.text in self.pack.word("name_particles")
        ):
            return self.person(
                a.entity_at[i - 1]
            )  # "Makhabat Tazhibek kyzy", the particle parsed as the head
        if ent is None and i > 0 and before is None and tok.text in self.pack.word("name_particles"):
            # ("Tazhibek kyzy, director of …" after "Makhabat Tazhibek kyzy": the surname and its
            # particle the tagger left untagged)
            ei = self.people.by_surname(a, a.tokens[i - 1].text, i - 1)
            if ei is not None and a.entities[ei].tok_end <= i - 1:
                return self.person(ei, (i - 1, i))
        named_head = a.entity(tok.head)
        if ent is None and tok.dep == "appos" and named_head is not None and named_head.label == "PER":
            return self.person(a.entity_at[tok.head])  # "Yuri Lobov, a believer held in …"
        if (
            ent is None
            and a.language == "en"
            and tok.pos in ("PROPN", "NOUN")
            and tok.text[:1].isupper()
            and tok.text.isalpha()
        ):
            # "Alemu was previously detained" after "Dawit Alemu", the surname the small English
            # tagger left untagged (natasha rarely does; a declined form would only be guessed)
            ei = self.people.by_surname(a, tok.text, i)
            if ei is not None and a.entities[ei].tok_end <= i:
                return self.person(ei, (i, i))
        if ent is not None and ent.label != "PER" and " " not in ent.text.strip():
            ei = self.people.by_surname(a, ent.text, i)  # "Sirin" tagged ORG after "Oleg Sirin"
            if ei is None and self.people.name_of(a.entity_at[i]):
                ei = a.entity_at[i]  # ("told Dovlet that …": the given name of one named before)
            if ei is not None:
                return self.person(ei, (i, i))
        if ent is not None and ent.label == "NORP" and self.people.name_of(a.entity_at[i]):
            return self.person(a.entity_at[i])  # "… and Nargiz Aliyeva" tagged a nationality
        if ent is not None and ent.label == "LOC" and after_a_given_name(a, ent):
            sp = self.span(ent.tok_start - 1, ent.tok_end - 1)  # "Oleg Marin" with "Marin" tagged a town
            return Participant(sp.text, "person", sp)
        if ent is not None and ent.label in ("ORG", "FAC", "LOC") and named_as_person(a, ent, self.pack):
            return self.person(a.entity_at[i])  # "the brothers Enver and Rustem Seitkhalilov"
        if ent is not None and ent.label == "ORG" and not org_act and tok.pos == "PROPN":
            lo = i
            while lo > ent.tok_start and a.tokens[lo - 1].dep == "compound" and a.tokens[lo - 1].head == i:
                lo -= 1
            if " and " in ent.text and self._untagged_full_name(lo, i, ignore_tags=True):
                sp = self.span(lo, i)  # "Alexei Fedorov and Igor Smirnov" tagged as one ORG
                return Participant(sp.text, "person", sp)
        if ent is not None and ent.label == "ORG" and ent.text.lower() in self.pack.word("org_anaphora"):
            # "the NGO's office" with "NGO" tagged a name: the one introduced as "the NGO X"
            introduced = self._introduced_as(i)
            if introduced is not None:
                return introduced
        if (
            ent is not None
            and ent.label == "ORG"
            and " " not in ent.text.strip()
            and well_known_place(ent.text)
        ):
            return None  # "the Minsk flat of her parents": the town the flat is in, tagged an organisation
        if (
            ent is not None
            and ent.label == "ORG"
            and ent.tok_end - ent.tok_start == 1
            and tok.sent == self.title_sentence
            and tok.lemma in self.pack.word("describing_nouns")
            and (described := self.described_person(i)) is not None
        ):
            # "Viet Nam: Blogger jailed for eight years": a title-case word for a person, tagged
            # an organisation, is the one the report introduces so
            return described
        if ent is not None and ent.label == "ORG" and is_real_org(ent):
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
                if tok.dep == "nmod:poss" and head.dep != "acl:relcl" and head.head != head.i:
                    head = a.tokens[head.head]  # "X, whose body was found": whose is X's
                if head.dep == "ccomp" and a.tokens[head.head].dep == "acl:relcl":
                    head = a.tokens[head.head]  # "X, who his party said was beaten": the clause is on X
                if head.dep in ("acl:relcl", "acl") and head.head != head.i:
                    meant = head.head
                    above = a.tokens[meant].head
                    if (
                        a.case_of(meant) in ("from", "in")
                        and a.tokens[above].pos == "NOUN"
                        and (a.entity(meant) is not None or gazetteer().lookup(a.tokens[meant].text))
                    ):
                        meant = above  # "an engineer from Mary who was dismissed": the engineer
                    return self.victim(meant, org_act, depth + 1)
                return None
            if tok.text.lower() in self.pack.word("those_who") and any(
                k.dep == "acl:relcl" or k.feats.get("Tense") != "Past" for k in a.kids(i, "acl", "acl:relcl")
            ):
                # "those speaking out against it", «тех, кто вышел на пикет»: the people the clause
                # tells of (not "those detained": the ones an act told before befell)
                text, sp = self.np_text(i, stop=tuple(d for d in NP_STOP if d not in ("acl", "acl:relcl")))
                return Participant(text, "group", sp)
            if tok.text.lower() in self.pack.word("pronouns_first_person"):
                return self.speaker(i, depth)  # '"They beat me for hours," Petrov said'
            if tok.text.lower() in self.pack.word("pronouns_person") or lemma in self.pack.word(
                "pronouns_person"
            ):
                gender = pronoun_gender(tok.text.lower(), a.language)
                if gender is not None and (teller := self._the_teller_meant(i, gender)) is not None:
                    # («Мать рассказывает, что полицейские угрожали ей»: the mother, not the
                    # woman named last)
                    if a.tokens[teller].pos != "PRON":
                        return relatives.relative(self, teller, org_act, depth + 1)
                    said_by = self.people.antecedent(a, teller, gender)
                    return self.person(said_by, (i, i)) if said_by is not None else None
                ei = self.people.antecedent(a, i, gender)
                if (
                    ei is None
                    and gender is not None
                    and (spoke := self._relative_who_spoke(i, gender)) is not None
                ):
                    return relatives.relative(self, spoke, org_act, depth + 1)
                if ei is None and gender is not None and a.language == "en":
                    # the one person a guess from the given name alone put in the other gender
                    ei = self.people.antecedent(a, i, None)
                    guessed = self.people.name_of(ei) if ei is not None else None
                    named_before = {self.people.name_of(e) for end, e in self.people.mentions if end < i}
                    if (
                        guessed is None
                        or named_before != {guessed}  # (the only person named so far)
                        or name_gender(guessed, self.pack) is None  # (no guess was made: "Centralia Elks")
                        or name_gender(guessed, self.pack, surname_only=True) is not None
                        # ("Nadia K. … She was detained … he was forced": her gender was told)
                        or (ei is not None and self._gender_told_since(ei, i))
                    ):
                        ei = None
                if ei is None and self.a_record():
                    ei = self.people.main_person()  # a record's "he" far from its name line
                if ei is not None:
                    return self.person(ei, (i, i), inferred=False)
                teller = self._one_telling_of_self(i)
                if teller is None and gender is not None:
                    teller = self._kin_just_told(i, gender)
                if teller is not None:
                    return self.victim(teller, org_act, depth + 1)
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
            if tok.feats.get("Number") == "Plur" and tok.feats.get("Person") in ("3", None):
                return self._the_people_saying(i, org_act, depth)
            return None
        money = self.pack.word("money_words")
        payer = next((k for k in a.kids(i, "nmod", "compound") if k.i < i and k.pos == "PROPN"), None)
        if payer is not None and (lemma in money or tok.text.lower() in money):
            # "fined Ospanova 70 monthly calculation indices": the name the parser hung on the amount
            return self.victim(payer.i, org_act, depth + 1)
        if lemma in self.pack.word("access_nouns"):  # "blocked access to the website Meduza"
            for k in a.kids(i, "nmod"):
                if a.case_of(k.i) in self.pack.word("access_cases"):
                    return self.victim(k.i, org_act, depth + 1)
        # (not whose home it is: a search of "his parents' flat" is a search of his)
        home_owner = tok.dep == "nmod:poss" or a.tokens[tok.head].lemma in self.pack.word("dwelling_words")
        if tok.pos == "NOUN" and lemma in self.pack.word("kin_nouns") and not home_owner:
            relative = relatives.relative(self, i, org_act, depth)
            if relative is not None:
                return relative
        for named in a.kids(i, "acl"):  # "a woman named Elizabeth": the name is who
            if named.text.lower() in self.pack.word("naming_words"):
                ei = next((self.entity_in(k.i, ("PER",)) for k in a.kids(named.i)), None)
                if ei is not None:
                    return self.person(ei)
        # (not "25 человек, в том числе священник X": a crowd counted, one of them named —
        # the names of a counted group are found as its list)
        several = tok.pos == "NOUN" and (self.count(i) or 0) >= 2
        appositions = a.kids(i, "appos", "flat:name")
        if not appositions and tok.pos == "NOUN" and lemma in self.pack.people_nouns():
            # "a pensioner from Vitebsk, Valiantsina Hrachova,": the parser set the name beside
            # the town, but a place has no name of a person beside it
            appositions += [
                ap
                for k in a.kids(i, "nmod")
                if (k.pos == "PROPN" and ((e := a.entity(k.i)) is None or e.label != "PER"))
                or k.lemma in self.pack.word("settlement_words")  # ("from the Gorno-Badakhshan region,")
                for ap in a.kids(k.i, "appos")
                if (n := a.entity(ap.i)) is not None and n.label == "PER"
            ]
        for ap in appositions:
            if several and _SOME.search(a.text[tok.end : a.tokens[ap.i].start]):
                continue
            found = self.victim(ap.i, org_act, depth + 1)
            if found is not None and found.kind == "organization" and self._people_of(i):
                continue  # «к активистам «Башкорт»»: the activists of the organisation, not it
            if found is not None and found.kind != "group":
                return found
        # "the homes of four journalists of the outlet X": a home's owner is who it belongs to
        # (found below), not a name deeper in the phrase
        owned_home = self.owners_count and lemma in self.pack.word("dwelling_words") and tok.pos == "NOUN"
        counted = tok.pos == "NOUN" and self.count(i) is not None  # "four journalists of the outlet X"
        ei = None if (owned_home and a.kids(i, "nmod")) or counted else self.entity_in(i, ("PER",))
        if ei is not None and tok.pos == "NOUN" and self._owner_of_a_thing(i, a.entities[ei]):
            ei = None  # «сотрудника штаба Навального», "a member of Navalny's team": not Navalny
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
        if ei is not None and self.after_an_org_noun(a.entities[ei]):
            return self.remember(self.org(ei))
        if (
            ei is not None
            and org_act
            and tok.pos == "NOUN"
            and lemma in self.pack.word("org_anaphora")
            and any(a.entity_at.get(k.i) == ei for k in a.kids(i, "nmod:poss"))
        ):
            # "Li Wei's law firm was ordered to close": his firm, not he, was closed
            text, sp = self.np_text(i, stop=NP_STOP + ("acl", "acl:relcl"))
            return self.remember(Participant(text, "organization", sp))
        if ei is not None:
            return self.person(ei)
        if (
            tok.pos == "PROPN"
            and a.entity(i) is None
            and tok.sent == self.title_sentence
            and (described := self.described_person(i)) is not None
        ):
            return described  # «Правозащитницу из Казани объявили …»: a capitalised word for a person
        if tok.pos == "PROPN" and a.entity(i) is None:  # "remanded Zuev": a surname the tagger missed
            ei = self.people.by_surname(a, tok.text, i)
            lo = i
            while (
                lo > 0
                and a.tokens[lo - 1].dep == "compound"
                and a.tokens[lo - 1].head == i
                and a.tokens[lo - 1].pos == "PROPN"  # ("the blogger Rinat Sadykov": not "blogger")
                # (nor a capitalised one opening the sentence: "Pensioner Aliaksei Maroz")
                and a.tokens[lo - 1].text.lower() not in self.pack.people_nouns()
            ):
                lo -= 1  # "Artyom Boyarshinov" with "Artyom" tagged a town: the given name is his
            if ei is not None and lo < i and all(a.tokens[j].pos == "PROPN" for j in range(lo, i)):
                sp = self.span(lo, i)
                known = (self.people.name_of(ei) or "").split()
                if all(w in known for w in name_words(sp.text, self.pack)):
                    return self.person(ei, (lo, i))  # "Ms Suu Kyi" after "Aung San Suu Kyi"
                return Participant(sp.text, "person", sp)
            if ei is not None:
                return self.person(ei, (i, i))
            if tok.dep in ("nsubj:pass", "obj") and self._bare_name(i):
                return Participant(tok.text, "person", Span(tok.start, tok.end, tok.text))
            # (or "the pretrial detention of Ibrahim Ezz", the name after "of" untagged)
            of_name = tok.dep == "nmod" and a.case_of(i) == "of"
            if (
                tok.dep in ("nsubj:pass", "nsubj", "obj", "conj", "appos") or of_name
            ) and self._untagged_full_name(lo, i):
                sp = self.span(lo, i)
                if lo > 0 and self._org_noun(lo - 1):  # "the foundation Open Future"
                    return self.remember(Participant(sp.text, "organization", sp))
                return Participant(sp.text, "person", sp)
        # («семерых фигурантов дела «Сети»»: people counted are those people, not the case or
        # the body named inside the phrase)
        counted_people = counted and lemma in self.pack.people_nouns()
        ei = None if counted_people else self.entity_in(i, ("ORG",), stop=NP_STOP + ("nmod:poss",))
        if ei is not None and is_real_org(a.entities[ei]) and lemma not in self.pack.word("group_nouns"):
            org = self.org(ei)
            if lemma in self.pack.word("dwelling_words"):  # "the home of Oleg Marin", tagged ORG
                return self.as_person(org) or self.remember(org)
            return self.remember(org)
        people = self.pack.people_nouns()
        # (people are not owned: "four journalists of the outlet X" are the journalists)
        owned = (self.owners_count and lemma not in people) or lemma in self.pack.word(
            "owner_nouns"
        )  # "his whereabouts"
        possessives = [k for k in a.kids(i, "det") if k.text.lower() in self.pack.word("possessive_pronouns")]
        of_owners = whose(a, i) if owned and tok.pos == "NOUN" else []  # «в квартире Ивана Петрова»
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
        kin = [  # "the family home": the family's
            k
            for k in a.kids(i, "compound")
            if owned
            and lemma in self.pack.word("dwelling_words")
            and k.lemma in self.pack.word("kin_nouns") | self.pack.word("group_nouns")
        ]
        for owner in (
            [*a.kids(i, "nmod:poss"), *possessives, *of_owners, *residents, *kin] if owned else ()
        ):  # "his apartment", "его квартиру", "the homes of five activists"
            found = self.victim(owner.i, org_act, depth + 1)
            if found is not None:
                return found
            if (
                owned_home
                and owner.pos == "NOUN"
                and owner.feats.get("Animacy") == "Anim"
                and owner.feats.get("Number") == "Plur"
            ):
                # «в домах крымских татар»: people owning homes are people, whatever the noun
                text, sp = self.np_text(owner.i, stop=NP_STOP + ("acl", "acl:relcl"))
                return Participant(text, "group", sp, count=self.count(owner.i))
        if owned_home and any(k.lemma == "the" for k in a.kids(i, "det")):
            # "arrested at her flat by officers, who searched the flat": the home just named
            first = a.sentences[max(0, tok.sent - 1)].tok_start
            home = next(
                (
                    j
                    for j in range(i - 1, first - 1, -1)
                    if a.tokens[j].lemma in self.pack.word("dwelling_words")
                ),
                None,
            )
            if home is not None:
                return self.victim(home, org_act, depth + 1)
        if (org_act or (self.owners_count and tok.dep == "nmod:poss")) and lemma in self.pack.word(
            "org_anaphora"
        ):
            if tok.dep == "appos" and a.tokens[tok.head].pos == "PROPN":
                return self.victim(tok.head, org_act, depth + 1)  # "Hizb ut-Tahrir, an Islamic group"
            beside = self._name_set_beside(i)
            if beside is not None:
                return beside  # "the biggest media outlet – the website tut.by – was shut down"
            # "the outlet's office": the outlet just named (the one introduced as "the outlet X");
            # none named: the organisation as the report calls it ("the union")
            found = self._introduced_as(i) or self.last_org(before=i)
            if found is None and any(k.lemma == "the" for k in a.kids(i, "det")):
                # (with the words that say which: "the bar association")
                lo = i
                while lo > 0 and a.tokens[lo - 1].head == i and a.tokens[lo - 1].dep in ("compound", "amod"):
                    lo -= 1
                sp = self.span(lo, i)
                found = Participant(sp.text, "organization", sp, inferred=True)
            return found
        after_org_noun = tok.dep == "appos" and self._org_noun(tok.head)  # "the group Memorial"
        if (
            (org_act or after_org_noun)
            and tok.pos == "PROPN"
            and a.entity(i) is None
            and tok.text[:1].isupper()
        ):
            # "the liquidation of the Sakharov Centre": a name the tagger missed, for an act
            # against organisations, is the organisation's ("the website Meduza": one word
            # after a noun for an organisation is enough; "Memorial in Moscow" is Memorial)
            towns = [
                min(a.subtree(k.i)) - 1
                for k in a.kids(i, "nmod")
                if k.i > i and a.case_of(k.i) in self.pack.word("place_cases") and self.is_town(k.i)
            ]
            text, sp = self.np_text(
                i, stop=NP_STOP + ("acl", "acl:relcl"), last=min(towns) if towns else None
            )
            words = [w for w in text.split() if w.lower() not in ("the", "a", "an")]
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
            if (
                after is not None
                and after.label == "PER"
                and after.tok_start == i + 1
                and a.tokens[i + 1].sent == tok.sent  # not the name that opens the next sentence
            ):
                return self.person(a.entity_at[i + 1])
        described = self.described_person(i)
        someones = relatives.someones(self, i, described, org_act, depth)
        if someones is not None:
            return someones
        if described is not None:
            return described
        substantive = tok.feats.get("VerbForm") == "Part" and tok.dep not in ("amod", "acl")
        people = self.pack.people_nouns()
        counted_people = lemma in self.pack.word("quantity_nouns") and any(
            k.lemma in people for k in a.kids(i, "nmod") if a.case_of(k.i) in ("of", "из", "")
        )  # "a group of protesters", «группу активистов»
        thing = tok.feats.get("Animacy") == "Inan" or lemma in self.pack.word("thing_nouns")
        if thing and not substantive and not counted_people and lemma not in self.pack.word("group_nouns"):
            return None  # "изъяли ноутбук и два телефона", "seized two laptops": things, not people
        # («у крымских татар»: a plural noun for the living, with a word saying which, names a
        # people; bare, «задержанных», «критиков», it is left to the rules for those words)
        animate_plural = (
            tok.pos == "NOUN"
            and tok.feats.get("Animacy") == "Anim"
            and tok.feats.get("Number") == "Plur"
            and bool(a.kids(i, "amod"))
        )
        if tok.pos == "NUM" and any(k.pos == "SYM" for k in a.kids(i)):
            return None  # ("a fine of 130,000 yuan, or $20,000": money, counted, is no people)
        if (
            lemma in self.pack.word("group_nouns")
            or tok.pos == "NUM"
            or self.count(i) is not None
            or substantive
            or animate_plural
            or counted_people
        ):
            # ... "собравшихся", "the detained": a participle standing for the people it describes
            # ("protesters in the square": where they were is not who they are)
            where = [
                min(a.subtree(k.i)) - 1
                for k in a.kids(i, "nmod")
                if k.i > i and a.case_of(k.i) not in ("", "of", "из")
            ]
            text, sp = self.np_text(
                i, stop=NP_STOP + ("acl", "acl:relcl"), last=min(where) if where else None
            )
            if text:
                return Participant(text, "group", sp, count=self.count(i))
        return None

    def _the_people_saying(self, i: int, org_act: bool, depth: int) -> Participant | None:
        """ "The defendants said they were tortured", «Активисты рассказали, что их избили»:
        "they", no one named before it, are the people who say it."""
        a = self.a
        saying = self.pack.cue("attribution_verbs")
        verb = next((j for j in a.ancestors(i) if a.tokens[j].lemma in saying), None)
        if verb is None or (a.tokens[i].head == verb and a.tokens[i].dep in ("obj", "iobj")):
            return None  # ("officers accused them of …": those accused are not the officers)
        for k in a.kids(verb, "nsubj"):
            found = self.people_noun(k.i, org_act, depth)
            if found is not None:
                return found
        return None

    def people_noun(self, i: int, org_act: bool = False, depth: int = 0) -> Participant | None:
        """A plural noun for people, «Подсудимые», "the defendants": the group it names."""
        tok = self.a.tokens[i]
        people = tok.lemma in self.pack.people_nouns() or tok.feats.get("Animacy") == "Anim"
        if tok.pos != "NOUN" or tok.feats.get("Number") != "Plur" or not people:
            return None
        found = self.victim(i, org_act, depth + 1)
        if found is not None:
            return found
        text, sp = self.np_text(i, stop=NP_STOP + ("acl", "acl:relcl"))
        return Participant(text, "group", sp, count=self.count(i)) if text else None

    def _saying_above(self, i: int) -> tuple[int, int] | None:
        """The nearest verb of saying with a subject written before token i whose clause holds
        i, and that subject (token indices; "the journalist was accused" has none of its own:
        "Burton told CP that …" above it)."""
        a = self.a
        for j in a.ancestors(i):
            if a.tokens[j].lemma in self.pack.cue("attribution_verbs"):
                subj = a.kids(j, "nsubj")
                if subj and subj[0].i < i:
                    return j, subj[0].i
        return None

    def _one_telling_of_self(self, i: int) -> int | None:
        """'An opposition activist … says riot police kicked him': with no one named before, a
        "him" in what a person says is that person (one of them, not "activists")."""
        a = self.a
        said = self._saying_above(i)
        if a.tokens[i].feats.get("Number") == "Plur" or said is None:
            return None
        subj = a.tokens[said[1]]
        return (
            subj.i if subj.lemma in self.pack.people_nouns() and subj.feats.get("Number") != "Plur" else None
        )

    def _the_teller_meant(self, i: int, gender: str) -> int | None:
        """A relative of the pronoun's gender, named by a kin noun (or a pronoun of that gender),
        who says what the pronoun's clause tells: the pronoun is that one (one who tells of
        someone else names them)."""
        a = self.a
        said = self._saying_above(i)
        if said is None or a.tokens[i].dep in ("nmod:poss", "poss", "det"):
            return None  # ("His brother said Gadoev … his own lawyer": Gadoev's)
        j, subj = said[0], a.tokens[said[1]]
        kin = self.pack.word("women_kin_nouns" if gender == "Fem" else "men_kin_nouns")
        # ("She told Mediazona that an official had warned her": she, whoever she is)
        same = subj.text.lower() in self.pack.word("pronouns_person") and (
            pronoun_gender(subj.text.lower(), a.language) == gender
        )
        if subj.lemma not in kin and not same:
            return None
        if any(
            pronoun_gender(k.text.lower(), a.language) == gender
            for k in a.kids(subj.i, "nmod:poss", "poss", "det", "nmod")
            if k.pos in ("PRON", "DET")
        ):
            return None  # («Её мать рассказала, что … надел ей на голову пакет»: her, the daughter)
        # (not where the clause names someone first: «мать рассказала, что дочь продержали
        # ночь … надел ей на голову пакет» — the daughter; the one told is no one named)
        people = (
            self.pack.people_nouns() | self.pack.word("women_kin_nouns") | self.pack.word("men_kin_nouns")
        )

        def someone_named(k: int) -> bool:
            t = a.tokens[k]
            named = ((e := a.entity(k)) is not None and e.label == "PER") or (
                t.lemma in people and t.feats.get("Number") != "Plur"
            )
            # (not the one told, nor the subject of the pronoun's own verb: "an official had warned her")
            return named and t.head != j and not (t.dep == "nsubj" and t.head == a.tokens[i].head)

        between = range(j + 1, i) if j < i else range(subj.i + 1, i)
        return None if any(someone_named(k) for k in between) else subj.i

    def _kin_just_told(self, i: int, gender: str) -> int | None:
        """'Her father was held for hours. Officers told him …': with no one of that gender
        named, "him" is the relative of that gender the sentence before is about (its subject)."""
        a = self.a
        s = a.tokens[i].sent
        if s == 0:
            return None
        kin = self.pack.word("women_kin_nouns" if gender == "Fem" else "men_kin_nouns")
        for j in a.sentence_tokens(s - 1):
            t = a.tokens[j]
            if t.dep in ("nsubj", "nsubj:pass") and t.lemma in kin and a.tokens[t.head].dep == "root":
                return j
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
        told = self._dash_speech_teller(s, depth)
        if told is not None:
            return told
        if self.an_interview():
            # a Q&A: "I" in an answer is the one interviewed, the person it is about (a quote
            # inside an answer too, when no one named says it)
            ei = self.people.main_person()
            return self.person(ei) if ei is not None else None
        return None

    def _dash_speech_teller(self, s: int, depth: int) -> Participant | None:
        """«Редакции он рассказал, как проходило задержание.\n\n— Меня задержали у подъезда»:
        a paragraph of direct speech opening with a dash is the words of whoever the sentence
        just before it says told them."""
        a = self.a
        para = dash_speech_start(a, a.sentences[s].start)
        if para is None:
            return None
        first = next((n for n, x in enumerate(a.sentences) if x.end > para), s)
        saying = self.pack.cue("attribution_verbs")
        for n in range(first - 1, max(-1, first - 3), -1):
            for j in a.sentence_tokens(n):
                if a.tokens[j].lemma in saying:
                    for k in a.kids(j, "nsubj"):
                        who = self.victim(k.i, False, depth + 1)
                        if who is not None and who.kind == "person":
                            return who
        return None

    def a_record(self) -> bool:
        """A report of field lines ("Статья: …", "Sentence: …"), three or more and a quarter
        of its lines at least (not a long report with a glossary: "Bisexual: Sexual orientation
        of …")."""
        if self._record is None:
            lines = [ln.strip() for ln in self.a.text.splitlines() if ln.strip()]
            fields = [m for ln in lines if (m := FIELD_LABEL.match(ln)) and ln[m.end() :].strip()]
            self._record = len(fields) >= 3 and 4 * len(fields) >= len(lines)
        return self._record

    def an_interview(self) -> bool:
        """A report with questions on lines of their own ("How were you arrested?")."""
        if self._interview is None:
            lines = [ln.strip() for ln in self.a.text.splitlines() if ln.strip()]
            self._interview = sum(1 for ln in lines if ln.endswith("?") and len(ln) < 200) >= 2
        return self._interview

    def _described_by_a_participle(self, i: int) -> bool:
        """«женщину, пытавшуюся возложить цветы»: a participle clause on the noun, hung there
        or (the parser may lose it) set right after a comma in the noun's case."""
        a, tok = self.a, self.a.tokens[i]
        if any(k.pos == "VERB" for k in a.kids(i, "acl")):
            return True
        if i + 2 >= len(a.tokens) or a.tokens[i + 1].text != "," or a.tokens[i + 2].sent != tok.sent:
            return False
        nxt = a.tokens[i + 2]
        return nxt.feats.get("VerbForm") == "Part" and nxt.feats.get("Case") == tok.feats.get("Case")

    def _people_of(self, i: int) -> bool:
        """A plural noun for people ("activists", «активистам»), which an organisation's name
        set beside it qualifies."""
        tok = self.a.tokens[i]
        return (
            tok.pos == "NOUN" and tok.feats.get("Number") == "Plur" and tok.lemma in self.pack.people_nouns()
        )

    def _relative_who_spoke(self, i: int, gender: str) -> int | None:
        """ "…, his wife told reporters. She said he was beaten": a "she" no one named can mean
        is the relative of that gender who spoke in this sentence or the one before."""
        a = self.a
        kin = self.pack.word("women_kin_nouns" if gender == "Fem" else "men_kin_nouns")
        said = self.pack.cue("attribution_verbs")
        sent = a.tokens[i].sent
        first = a.sentences[max(0, sent - 1)].tok_start
        for j in range(i - 1, first - 1, -1):
            t = a.tokens[j]
            if t.lemma in kin and t.dep == "nsubj" and a.tokens[t.head].lemma in said:
                return j
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
        if a.language == "ru" and not headline and self._described_by_a_participle(i):
            return None  # «избили пожилую женщину, пытавшуюся возложить цветы»: someone new, described
        if (
            a.language == "en"
            and not headline  # titles drop articles: "Belarus jails Gomel journalist"
            and not any(k.text.lower() in ("the", "this", "that") for k in a.kids(i, "det"))
        ):
            return None
        gender = tok.feats.get("Gender") if a.language == "ru" else None
        # («Сам блогер утверждает» after «брата … блогера Тумсо Шахбиева»: the one introduced
        # with the same noun, the last before it)
        before = [k for k in reversed(range(len(a.entities))) if a.entities[k].tok_end <= i]
        ei = self._introduced_with(tok.lemma, [k for k in before if k in self.people.canonical], gender)
        if ei is None:
            ei = self.people.antecedent(a, i, gender)
            if ei is not None and self._says_what_befell(ei, i):
                # ("X, the brother of Dr. Y, said the doctor was arrested": one who tells it
                # would say "I" or "he"; the noun is the person named last before it)
                ei = next(
                    (
                        k
                        for k in before
                        if k in self.people.canonical
                        and k != ei
                        and a.entities[k].tok_start >= a.sentences[tok.sent].tok_start
                        and (not gender or self.people.gender_ok(a, k, gender))
                    ),
                    None,
                )
        if ei is None and headline:
            # (the one set beside the same noun in the body: «координатора местного штаба
            # Алексея Навального Эльмира Гарипова», not the name between)
            ei = self.set_beside(tok.lemma, range(a.sentences[tok.sent].tok_end, len(a.tokens)), gender)
        if ei is None and headline:
            # (the one the body introduces with the same noun, "студента Ахмада Дудуркаева",
            # before the first name after it, which may be a regiment's «имени Кадырова»; not a
            # man named after «журналистки», whose lawyer he is)
            after = [k for k, e in enumerate(a.entities) if e.start > tok.end]
            ei = self._introduced_with(tok.lemma, after, gender)
            if ei is None:
                ei = self.people.first_after(a, i, gender)
        if ei is None:
            # (told far from where it was named: the one person the report is about)
            ei = self.people.main_person()
            if ei is not None and gender and not self.people.gender_ok(a, ei, gender):
                ei = None
        if ei is None:
            return None
        found = self.person(ei, (i, i), inferred=True)
        return found if found.kind == "person" else None

    def _says_what_befell(self, ei: int, i: int) -> bool:
        """The person is the subject of the verb of saying whose clause holds token i (by any
        mention of them: "Burton told CP that the journalist …" after "Doug Burton")."""
        said = self._saying_above(i)
        if said is None or (speaker := self.a.entity_at.get(said[1])) is None:
            return False
        name = self.people.name_of(speaker)
        return speaker == ei or (name is not None and name == self.people.name_of(ei))

    def _introduced_with(self, lemma: str, candidates: Iterable[int], gender: str | None) -> int | None:
        """The first of these entities that is a person of that gender with the noun just
        before the name ("студента Ахмада Дудуркаева" for «студента»)."""
        a = self.a
        return next(
            (
                k
                for k in candidates
                if a.entities[k].label == "PER"
                and (
                    any(
                        a.tokens[j].lemma == lemma
                        for j in range(max(0, a.entities[k].tok_start - 2), a.entities[k].tok_start)
                    )
                    or self._noun_phrase_runs_to(lemma, a.entities[k].tok_start)
                )
                and (not gender or self.people.gender_ok(a, k, gender))
            ),
            None,
        )

    def _noun_phrase_runs_to(self, lemma: str, start: int) -> bool:
        """«журналиста издания «Черновик» Абдулмумина Гаджиева»: the noun a few words before the
        name, every word between inside its phrase (the outlet it works for)."""
        a = self.a
        for j in range(start - 3, max(-1, start - 7), -1):
            if j < 0 or a.tokens[j].lemma != lemma or a.tokens[j].sent != a.tokens[start].sent:
                continue
            return all(j in a.ancestors(m) for m in range(j + 1, start + 1))
        return False

    def set_beside(self, lemma: str, tokens: Iterable[int], gender: str | None = None) -> int | None:
        """The person named beside the first of these tokens that is that noun: «координатора
        … Эльмира Гарипова», «мать Галия Мифтахова» (the entity index)."""
        a = self.a
        for j in tokens:
            if a.tokens[j].lemma != lemma:
                continue
            for k in a.kids(j, "appos"):
                n = self.entity_in(k.i, ("PER",))
                if n is not None and (not gender or self.people.gender_ok(a, n, gender)):
                    return n
        return None

    def remember(self, p: Participant) -> Participant:
        self.orgs_seen.append(p)
        return p

    def _name_set_beside(self, i: int) -> Participant | None:
        """The name in apposition to a noun for an organisation, directly or through another
        such noun ("the outlet – the website tut.by –"): that organisation, not one named before."""
        a, nouns = self.a, self.pack.word("org_anaphora")
        beside = list(a.kids(i, "appos"))
        beside += [n for k in beside if k.lemma in nouns for n in a.kids(k.i, "appos")]
        for k in beside:
            ei = a.entity_at.get(k.i)
            if ei is not None and a.entities[ei].label == "ORG" and is_real_org(a.entities[ei]):
                return self.remember(self.org(ei))
            if ei is None and (k.pos == "PROPN" or _A_WEB_ADDRESS.fullmatch(k.text)):
                lo = k.i
                while lo > 0 and a.tokens[lo - 1].pos == "PROPN" and a.tokens[lo - 1].head == k.i:
                    lo -= 1  # ("the newspaper Nasha Niva": the name's words, not the noun's)
                sp = self.span(lo, k.i)
                return self.remember(Participant(sp.text, "organization", sp))
        return None

    def _introduced_as(self, i: int) -> Participant | None:
        """ "the investigative outlet Ayan Media … the outlet's office": the organisation the
        report introduced with this very noun, the latest before it (whatever the tagger
        called the name)."""
        a, lemma = self.a, self.a.tokens[i].lemma
        for ei in range(len(a.entities) - 1, -1, -1):
            e = a.entities[ei]
            if e.end > a.tokens[i].start or e.label not in ("ORG", "PER", "FAC") or not e.tok_start:
                continue
            if a.tokens[e.tok_start - 1].lemma == lemma and body_of(e.text) is None:
                return self.remember(self.org(ei))
        for j in range(i - 2, -1, -1):  # ("the online channel Kanal 13", the name untagged)
            nxt = a.tokens[j + 1]
            if a.tokens[j].lemma != lemma or nxt.pos != "PROPN" or not nxt.text[:1].isupper():
                continue
            if a.entity(j + 1) is not None:
                continue
            end = j + 1
            while end + 1 < i and a.tokens[end + 1].pos in ("PROPN", "NUM") and a.entity(end + 1) is None:
                end += 1
            sp = self.span(j + 1, end)
            return self.remember(Participant(sp.text, "organization", sp))
        return None

    def last_org(self, before: int | None = None) -> Participant | None:
        """The organisation named last: one already taken as a victim, or, before token
        `before`, one the tagger named that is no state body ("Toplum TV. Police searched the
        outlet's office")."""
        # (not one remembered as who tells the report: "…, the ITUC said")
        seen = [
            p
            for p in self.orgs_seen
            if not any(e.start == p.span.start and self._a_source(e) for e in self.a.entities)
        ]
        last = seen[-1] if seen else None
        if before is not None:
            start = self.a.tokens[before].start
            named = [
                ei
                for ei, e in enumerate(self.a.entities)
                if e.label == "ORG"
                and e.end <= start
                and is_real_org(e)
                and body_of(e.text) is None
                and self.people.name_of(ei) is None  # ("Yanush" tagged ORG after "Alena Yanush")
                and not well_known_place(e.text)  # ("Belarus's labour movement")
                and not self._a_source(e)
                and not (last is not None and e.start < last.span.start)
            ]
            if named:
                last = self.org(named[-1])
        return Participant(last.name, last.kind, last.span, inferred=True) if last else None

    def _a_source(self, e: Entity) -> bool:
        """ "…, the International Trade Union Confederation said": who tells the report is not
        the organisation "the union" of the report means."""
        a = self.a
        for j in range(e.tok_start, e.tok_end):
            t = a.tokens[j]
            if t.dep == "nsubj" and a.tokens[t.head].lemma in self.pack.cue("attribution_verbs"):
                return True
        return False

    def is_town(self, i: int) -> bool:
        if self.a.tokens[i].lemma in self.pack.word("settlement_words"):  # "in the town of Vahdat"
            return any(self.is_town(k.i) for k in self.a.kids(i, "nmod", "appos", "flat:name"))
        ent = self.a.entity(i)
        name = ent.text if ent is not None else self.a.tokens[i].text
        normal = ent.normal if ent is not None else None  # «в Грозном»: the inflected form may not be listed
        return self.a.tokens[i].pos == "PROPN" and gazetteer().lookup(name, normal) is not None

    def dateline_word(self, i: int) -> bool:
        """'SIMFEROPOL, 14 March —', 'HANOI (AP) —': a place in capitals opening a news
        sentence, before a comma or a dash (after any agency in brackets), is the dateline,
        which the parser may make the verb's subject."""
        a = self.a
        first = a.sentences[a.tokens[i].sent].tok_start
        words = range(first, i + 1)
        after = i + 1
        if after < len(a.tokens) and a.tokens[after].text == "(":  # "HANOI (AP) —"
            close = next(
                (j for j in range(after + 1, min(after + 5, len(a.tokens))) if a.tokens[j].text == ")"), None
            )
            after = close + 1 if close is not None else after
        return (
            i - first <= 2
            and after < len(a.tokens)
            and a.tokens[after].text in (",", "—", "–", "-", "--", ":")
            and all(a.tokens[j].text.isupper() and a.tokens[j].text.isalpha() for j in words)
        )


# the label a record's field line opens with ("Статья:", "Sentence:")
FIELD_LABEL = re.compile(r"[^\W\d][\w ]{0,40}:")

# words that name some of a group ("including A"; victims.py reads lists with them too)
SOME_WORDS = "such as|including|among them|in particular|в том числе|среди них|в частности"
_SOME = re.compile(rf"\b(?:{SOME_WORDS})\b", re.I)


_NAME_LINKS = frozenset({"for", "of", "on", "against"})


def well_known_place(word: str, normal: str | None = None) -> bool:
    """A country, a region or a large city: not a word of a person's name, nor an
    organisation's. (Small towns are named like people: "Marin", "Anna".)"""
    place = gazetteer().lookup(word, normal)
    return place is not None and (place.kind in ("country", "region") or place.population >= 100_000)


def is_real_org(ent: Entity) -> bool:
    """natasha and spaCy sometimes tag a capitalised adverb ("Вчера") as an organisation."""
    return len(ent.text) > 1 and not (len(ent.text.split()) == 1 and ent.text.lower() in _NOT_ORGS)


_NOT_ORGS = {"вчера", "сегодня", "завтра", "позавчера", "today", "yesterday"}
