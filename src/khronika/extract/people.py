"""Who is who within one report: person names and their mentions (a surname alone, an
inflected Russian name, "he", "her"), so that a pronoun or a surname finds the person the
report named. Used by the Resolver (participants.py), which turns a token into a victim or a
perpetrator."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field

from khronika.extract.bodies import body_of
from khronika.extract.places import DIVISION_WORDS, a_demonym, gazetteer, is_place_name
from khronika.extract.rules import RulePack
from khronika.extract.syntax import modified_noun
from khronika.nlp.base import Analysis, Entity, Token

_CYRILLIC = re.compile(r"[а-я]")
# what is left of a declined Russian surname after its stem («Мельников|ой», «Алиев|у», «Чёрн|ого»)
_RU_CASE_ENDINGS = frozenset(
    (
        "",
        "а",
        "у",
        "е",
        "ы",
        "ой",
        "ом",
        "ым",
        "ою",
        "ей",
        "ую",
        "ая",
        "ий",
        "ый",
        "ого",
        "ому",
        "им",
        "ем",
        "ю",
        "я",
    )
)
NAME_CLEAN = re.compile(r"^(?:the|The)\s+|[’']s$")
_A_NICKNAME = re.compile(r"[“\"‘'«„][^\s“”\"‘’'«»„]+[”\"’'»“]")


_CYRILLIC_WORD = re.compile(r"^[а-яё-]+$")


def _tokens_match(a: str, b: str) -> bool:
    a, b = a.casefold().replace("ё", "е"), b.casefold().replace("ё", "е")
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    if len(short) >= 4 and long_.startswith(short) and len(long_) - len(short) <= 2:
        return True
    # Russian names decline: «Мельниковой», «Мельникову» are one «Мельникова» — the two
    # differ only in a case ending (not «Сидоров» and «Сидорук», two names)
    stem = len(os.path.commonprefix((a, b)))
    return (
        _CYRILLIC.match(a) is not None
        and stem >= 4
        and a[stem:] in _RU_CASE_ENDINGS
        and b[stem:] in _RU_CASE_ENDINGS
    )


_FUNCTION_WORDS = {"without", "for", "of", "the", "and", "against", "in", "on", "at", "to"}


def a_people_name(a: Analysis, ent: Entity) -> bool:
    """'Croats', 'Uyghurs' tagged as a person: one word in the plural names a people, not
    someone (English; Russian family names in the plural are rare in reports); so does one
    word after an indefinite article ("one a Nigerien"): a name takes no article."""
    if a.language != "en" or ent.tok_end - ent.tok_start != 1:
        return False
    return (a.tokens[ent.tok_start].feats.get("Number") == "Plur" and ent.text.endswith("s")) or a_demonym(
        a, ent
    )


def could_be_a_person(ent: Entity, pack: RulePack) -> bool:
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
    if len(words[0]) >= 2 and words[0].isupper():
        return False  # "IHR said …": an acronym names an organisation, not a person
    if ent.normal.casefold() in pack.word("describing_nouns"):
        return False  # "Блогера Анну …" at a sentence start: a capitalised noun, not a name
    place = gazetteer().lookup(words[0])
    return place is None or place.kind not in ("region", "country")


def only_titles(name: str, pack: RulePack) -> bool:
    """Words that say what someone is rather than who: titles, nouns for people and
    acronyms alone ("President", "Cleric", "APC Leader")."""
    nouns = pack.people_nouns()
    return all(
        w.casefold().rstrip(".") in pack.name_titles or w.casefold() in nouns or (len(w) >= 2 and w.isupper())
        for w in name.split()
    )


_AGE_AFTER = re.compile(r",\s*\d{1,2}\s*,|\s*\(\d{1,2}\)")


def named_as_person(a: Analysis, ent: Entity, pack: RulePack) -> bool:
    """A name right after a noun for people ("the activist X", "journalists X and Y Z"), or
    with one in apposition ("X, a teacher"), or inside it ("Lawyer Maria Eismont"), is a
    person's, whatever the tagger called it: two or three capitalised words, no more."""
    words = ent.text.split()
    nouns = pack.people_nouns()
    if (
        3 <= len(words) <= 4
        and words[0].casefold() in pack.word("describing_nouns")
        and all(w[:1].isupper() and w.casefold() not in nouns | pack.word("org_anaphora") for w in words[1:])
        and not body_of(ent.text)
    ):
        return True  # "Lawyer Maria Eismont" tagged an organisation: the noun is inside the name
    if not 1 <= len(words) <= 3 or not all(w[:1].isupper() for w in words) or body_of(ent.text):
        return False
    if len(words) >= 2 and _AGE_AFTER.match(a.text, ent.end):
        return True  # "Niu Tengyu, 20, a website technician": a name given an age is a person's
    inside = range(ent.tok_start, ent.tok_end)
    # the word that hangs outside the name is its head; a parse that made a word of the name
    # the root of the sentence ("Amadou" as a verb) has it hang on itself
    head = next((j for j in inside if a.tokens[j].head not in inside), None)
    if head is None:
        head = next((j for j in inside if a.tokens[j].head == j), None)
    if head is not None and _a_given_name_and_a_place(a, ent, head):
        return True  # "Siriporn Chaiyaphum was summoned": a surname that is also a province
    if head is not None and any(k.lemma in nouns for k in a.kids(head, "appos")):
        return True  # "Tatiana Chervenko, a maths teacher in Volgograd, was dismissed"
    if (
        head is not None
        and a.tokens[head].dep == "appos"
        and a.tokens[a.tokens[head].head].lemma in nouns | pack.word("kin_nouns")
        # (set off by a comma: «к активистам «Башкорт»» names their movement, not a person)
        and a.text[a.tokens[a.tokens[head].head].end : ent.start].strip() == ","
    ):
        return True  # "His wife, Malika Davlatova, said …": the name set beside a word for a person
    j = ent.tok_start - 1
    if j >= 0 and a.tokens[j].text.lower() in ("and", "и"):
        before = next((e for e in a.entities if e.tok_end == j), None)
        if before is None:
            return False
        j = before.tok_start - 1
        # ("reporters A, B and C": back along the list to the noun before its first name)
        while (
            j > 0
            and a.tokens[j].text == ","
            and (before := next((e for e in a.entities if e.tok_end == j), None))
        ):
            j = before.tok_start - 1
    if j < 0:
        return False
    return a.tokens[j].lemma in nouns or a.tokens[j].text.lower() in nouns


def _a_given_name_and_a_place(a: Analysis, ent: Entity, head: int) -> bool:
    """Two words tagged a place, of which the gazetteer knows the second alone and neither the
    first nor both ("Siriporn Chaiyaphum"), the subject of a verb: a person whose surname is
    also a place's name."""
    words = ent.text.split()
    if ent.label not in ("LOC", "GPE") or len(words) != 2 or a.language != "en":
        return False
    gaz = gazetteer()
    if gaz.lookup(ent.text) is not None or gaz.lookup(words[0]) is not None or gaz.lookup(words[1]) is None:
        return False
    if words[0].casefold() in _PLACE_QUALIFIERS:
        return False  # ("Northern Chaiyaphum", "Greater Manchester")
    return a.tokens[head].dep in ("nsubj", "nsubj:pass") and a.tokens[a.tokens[head].head].pos in (
        "VERB",
        "AUX",
    )


_PLACE_QUALIFIERS = frozenset(
    {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "upper", "lower",
     "greater", "new", "old", "inner", "outer", "rural", "metropolitan"}
)  # fmt: skip


def surname_endings(pack: RulePack) -> tuple[str, ...]:
    """What marks a lone capitalised word as a surname (the packs' surname-ending lists)."""
    return tuple(
        pack.word("female_surname_endings")
        | pack.word("male_surname_endings")
        | pack.word("other_surname_endings")
    )


_NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


def name_words(name: str, pack: RulePack) -> list[str]:
    """A person's name without what the tagger took with it: a title or description before
    it ("Activist Nana X", "State Counsellor Aung San Suu Kyi", "Ms Yarmysh"), what follows a
    possessive ("Simon Cheng's TV"), a name written twice ("George Floyd George Floyd")."""
    words = NAME_CLEAN.sub("", name).split()
    # ('Natividad “Naty” Castro': a nickname in quotes between the given name and the surname)
    words = [w for k, w in enumerate(words) if not (0 < k < len(words) - 1 and _A_NICKNAME.fullmatch(w))]
    for n, w in enumerate(words):
        if n and (w.endswith("'s") or w.endswith("’s")):
            words = words[:n] + [w[:-2]]
            break
    titles = pack.name_titles
    while words and words[0].casefold().rstrip(".") in titles:
        if len(words) == 1:
            return []  # "Mr" alone names no one
        words = words[1:]
    # ("Desk Editor Doug Burton", "Population Minister Abdul Rehman Kethran": the title
    # after the words that qualify it — not "Martin Luther King Jr", whose title-like word
    # only a suffix follows)
    last_title = max(
        (k for k, w in enumerate(words[:-1]) if k and w.casefold().rstrip(".") in titles), default=None
    )
    if last_title is not None and any(
        w.casefold().rstrip(".") not in titles and w.casefold().rstrip(".") not in _NAME_SUFFIXES
        for w in words[last_title + 1 :]
    ):
        words = words[last_title + 1 :]
    # ("© John Holmes for Human Rights Watch Karim, an 18-year-old …": a caption run into the
    # text, the end of an organisation's name tagged with the person's)
    while len(words) > 1 and words[0].casefold() in pack.word("org_name_ends"):
        words = words[1:]
    half = len(words) // 2
    if half and len(words) % 2 == 0 and words[:half] == words[half:]:
        words = words[:half]
    return words


def _says(a: Analysis, j: int, said: frozenset[str]) -> bool:
    """Token j is (set beside) the subject of a verb of saying: "X said", "his lawyer X said"."""
    t = a.tokens[j]
    if t.dep == "appos" and a.tokens[t.head].dep == "nsubj":
        t = a.tokens[t.head]
    return t.dep == "nsubj" and a.tokens[t.head].lemma in said


@dataclass
class People:
    """Same-document coreference of person names: every PER mention -> one canonical name."""

    canonical: dict[int, str]  # entity index -> canonical name
    mentions: list[tuple[int, int]]  # (token index of mention end, entity index), in order
    genders: dict[int, str] = field(
        default_factory=dict
    )  # entity index -> "Fem"/"Masc", guessed from the name
    # names tagged in a title-case headline -> the tokens the report's text confirms as a name
    in_headline: dict[int, range] = field(default_factory=dict)
    # people named as the source of what a sentence reports ("…, his lawyer X said")
    speakers: set[int] = field(default_factory=set)
    # of those, the ones named as someone's counsel or relation ("His lawyer, Obey Shava, said")
    advocates: set[int] = field(default_factory=set)
    # the names set beside someone's counsel, speaking or not ("his lawyer, Elchin Sadigov, was
    # not allowed to see him"): the "him" that is held or charged later is the client
    counsels: set[int] = field(default_factory=set)
    said_words: frozenset[str] = frozenset()  # the verbs of saying ("said", "added", «заявил»)
    # gender -> the sentences with a personal pronoun of that gender ("she", «его»)
    pronoun_sentences: dict[str, frozenset[int]] = field(default_factory=dict)
    # people named as whose relative someone is («брата блогера X», "the son of X")
    kin_owners: frozenset[int] = frozenset()
    # words that give a name as another's alias ("also known as", «по прозвищу»)
    alias_words: frozenset[str] = frozenset()

    @classmethod
    def build(cls, a: Analysis, pack: RulePack) -> People:
        names: dict[int, list[str]] = {}
        peoples = _names_of_peoples(a)
        for ei, ent in enumerate(a.entities):
            if ent.label != "PER" or not could_be_a_person(ent, pack) or a_people_name(a, ent):
                continue
            if ent.text in peoples:
                continue  # ("a doctor who helped the Lumad": a people, wherever it is named)
            if ent.tok_end < len(a.tokens) and a.tokens[ent.tok_end].text.lower() in DIVISION_WORDS:
                continue  # "Russia's Rostov region": a place, whatever the tagger said
            if _in_a_town(a, ent, pack):
                continue  # "at his home in Giza": a place, whatever the tagger said
            if ent.tok_start > 0 and a.tokens[ent.tok_start - 1].text.lower() in pack.word("org_anaphora"):
                continue  # "the NGO Foro Cívico de Derechos": an organisation's name
            words = name_words(ent.normal, pack)
            if words:
                names[ei] = words
        for ei in [ei for ei in names if only_titles(a.entities[ei].text, pack)]:
            del names[ei]  # ("Cleric warns …", "the APC Leader was arrested": who, not a name)
        in_headline = _confirm_title_case_names(a, names, pack)
        # "Aleksandr Valov" tagged an organisation, "Valov" a person: two or three capitalised
        # words ending with a surname the report uses alone for a person are that person
        surnames = {ws[-1].casefold() for ws in names.values() if len(ws) == 1}
        # ("Sheremet, a 41-year-old engineer, was detained": a word the tagger missed, with a
        # noun for a person set beside it, is a surname too)
        people_nouns = pack.people_nouns()
        surnames |= {
            t.text.casefold()
            for t in a.tokens
            if t.pos == "PROPN"
            and t.text[:1].isupper()
            and a.entity(t.i) is None
            and any(k.lemma in people_nouns for k in a.kids(t.i, "appos"))
        }
        for ei, ent in enumerate(a.entities):
            words = ent.text.split()
            if (
                ent.label in ("ORG", "FAC", "LOC", "NORP")
                and 2 <= len(words) <= 3
                and all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words)
                # ... or that follow a noun for a person ("Chinese activist Niu Tengyu")
                and (
                    _after_people_and(a, ei, names)
                    if ent.label == "NORP"
                    else words[-1].casefold() in surnames
                    or named_as_person(a, ent, pack)
                    or _listed_between_people(a, ei, names)
                )
                and not body_of(ent.text)
                # ("a member of the opposition Popular Front Party": the party's name)
                and not any(w.casefold() in pack.word("not_person_words") for w in words)
            ):
                names[ei] = name_words(ent.text, pack)
        _one_word_names_tagged_otherwise(a, names)
        _share_surnames(a, names)
        _untagged_given_names(a, names, pack)
        canonical = {ei: " ".join(_full_name(words, names)) for ei, words in names.items()}
        # A surname the tagger labelled otherwise ("Kryukov was arrested" as ORG) is still a
        # mention of the person whose name ends with it, so "he" can find it.
        # (of two sharing the surname, the one named before it: "Javier Tovar … Tovar …
        # Tovar's brother, Luis Tovar")
        first_named: dict[str, int] = {}
        for ei in sorted(canonical, key=lambda e: a.entities[e].tok_start):
            if len(canonical[ei].split()) > 1:
                first_named.setdefault(canonical[ei], a.entities[ei].tok_start)
        for ei, ent in enumerate(a.entities):
            if ent.label in ("ORG", "LOC", "FAC") and ent.tok_end - ent.tok_start == 1:
                # (or the given name alone: "told Dovlet that …" after "Dovlet Halykov")
                same = {
                    n
                    for n, at in first_named.items()
                    if (_tokens_match(n.split()[-1], ent.text) or n.split()[0] == ent.text)
                    and at < ent.tok_start
                }
                if len(same) == 1:
                    canonical[ei] = same.pop()
        # "the Elathur police", "Tal Kayf prison": a name that only qualifies a noun for a
        # thing or an institution is no mention of someone a pronoun can mean
        mentions = sorted(
            (a.entities[ei].tok_end - 1, ei)
            for ei in canonical
            if not _qualifies_a_thing(a, a.entities[ei], people_nouns, pack.word("name_particles"))
        )
        mentions = sorted(mentions + _untagged_surnames(a, canonical, {ei for _e, ei in mentions}))
        genders = {ei: g for ei, name in canonical.items() if (g := name_gender(name, pack))}
        for ei in canonical:
            if ei not in genders and (g := _gender_of_kin(a, ei, pack)):
                genders[ei] = g  # "Her brother, Liang Jun,": a man
            after = a.entities[ei].tok_end
            if (
                ei not in genders
                and after < len(a.tokens)
                and a.entities[ei].tok_end - a.entities[ei].tok_start > 1
            ):
                # ("Makhabat Tazhibek kyzy" tagged without its particle, "daughter of")
                g = name_gender(f"{canonical[ei]} {a.tokens[after].text}", pack)
                if g and a.tokens[after].text.lower() in pack.word("name_particles"):
                    genders[ei] = g
        owners = pack.word("possessive_pronouns")
        beside = {ei for ei in canonical if _speaks_for_another(a, ei, owners)}
        if a.language == "en":
            genders.update(_told_by_pronouns(a, canonical, genders, mentions, beside))
        said = pack.cue("attribution_verbs")
        speakers = {
            ei
            for ei in canonical
            if cls._is_subject(a, a.entities[ei].tok_end - 1, ei)
            and any(_says(a, j, said) for j in range(a.entities[ei].tok_start, a.entities[ei].tok_end))
        }
        advocates = speakers & beside
        counsels = {ei for ei in beside if _speaks_for_another(a, ei, owners, pack.cue("counsel_words"))}
        pronoun_sentences: dict[str, set[int]] = {}
        for tok in a.tokens:
            if g := pronoun_gender(tok.text.lower(), a.language):
                pronoun_sentences.setdefault(g, set()).add(tok.sent)
        return cls(
            canonical,
            mentions,
            genders,
            in_headline,
            speakers,
            advocates,
            counsels,
            said,
            {g: frozenset(ss) for g, ss in pronoun_sentences.items()},
            _kin_owners(a, canonical, pack),
            pack.word("alias_words"),
        )

    def name_of(self, ei: int) -> str | None:
        return self.canonical.get(ei)

    def main_person(self) -> int | None:
        """The person a record or an interview is about: of those named with a full name, the
        one named most often (alone in that), else none."""
        counts: dict[str, int] = {}
        first: dict[str, int] = {}
        for _end, ei in self.mentions:
            name = self.canonical.get(ei)
            if name is not None and len(name.split()) > 1:
                counts[name] = counts.get(name, 0) + 1
                first.setdefault(name, ei)
        if not counts:
            return None
        best = max(counts.values())
        top = [n for n, c in counts.items() if c == best]
        return first[top[0]] if len(top) == 1 else None

    def no_name_at(self, ei: int, i: int) -> bool:
        """Token i, in a name tagged in a title-case headline, is not a word the report
        confirms as a name ("Arrest" of "Macron Orders Arrest")."""
        return ei in self.in_headline and i not in self.in_headline[ei]

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
        quotes = _quoted(a, sent)
        outside = not any(lo <= a.tokens[i].start < hi for lo, hi in quotes)
        # (one who is not a subject — "handed him a summons" — is rarely the one who told it:
        # "… Artyom Voronov …, his lawyer Sergei Lebedev said. Officers handed him a summons")
        told_of = a.tokens[i].dep not in ("nsubj", "nsubj:pass")
        says = _says(a, i, self.said_words)
        others: list[int] = []
        kin_owner: int | None = None
        reach = _reach(sent, self.pronoun_sentences.get(gender or "", frozenset()))
        for end, ei in reversed(self.mentions):
            if end >= i:
                continue
            s = a.tokens[end].sent
            if s < reach or (best_sent is not None and s != best_sent):
                break
            if gender and not self.gender_ok(a, ei, gender):
                continue
            if outside and s == sent and any(lo <= a.tokens[end].start < hi for lo, hi in quotes):
                continue  # '"… until Sharofiddin stops talking," she said': she is not in her quote
            if s == sent and ei in self.advocates:
                continue  # "His lawyer, Obey Shava, said officers had slapped him": the client
            if _an_alias(a, a.entities[ei], self.alias_words):
                continue  # "took X - also known as Babu - … and drove him away": X, by the name
            if _subject_beside_the_object(a, i, a.entities[ei]):
                continue  # "Kumar strangled her": she is someone else (he would be "himself")
            if ei in self.counsels and (told_of or ei not in self.speakers or not says):
                # "… his lawyer, Elchin Sadigov … The court ordered him held": the client (but
                # "His lawyer, X, said … He added": the lawyer; not "She was not allowed to call")
                continue
            if ei in self.kin_owners:
                # («увезли Ризвана, брата блогера Тумсо … где он находится»: the one taken, not
                # the one whose brother he is)
                kin_owner = kin_owner if kin_owner is not None else ei
                continue
            if best is None:
                best, best_sent = ei, s
            if s != sent and told_of and ei in self.speakers:
                continue
            if s != sent and self._is_subject(a, end, ei):
                return ei
            others.append(ei)
        if best is not None and best_sent != sent and told_of and best in self.speakers and others:
            return others[0]
        return best if best is not None else kin_owner

    def _subject_above(self, a: Analysis, i: int, gender: str | None) -> int | None:
        """'Tendai Moyo, whose novel was listed beside Anna Brook's, documented her arrest':
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
                if subj and (not gender or self.gender_ok(a, ei, gender)) and ei not in self.advocates:
                    return ei
            if a.tokens[j].head == j:
                return None
            j, seen = a.tokens[j].head, seen + 1
        return None

    def gender_ok(self, a: Analysis, ei: int, gender: str) -> bool:
        # (the full name's gender first: «Сарсенова» is how a man's surname reads in the
        # accusative, and the tagger may call it feminine)
        g = self.genders.get(ei) or a.tokens[a.entities[ei].tok_start].feats.get("Gender")
        return g is None or g == gender

    @staticmethod
    def _is_subject(a: Analysis, end: int, ei: int) -> bool:
        ent = a.entities[ei]
        span = range(ent.tok_start, ent.tok_end) if ent.tok_start <= end < ent.tok_end else (end,)
        for j in span:
            tok = a.tokens[j]
            if tok.dep in ("nsubj", "nsubj:pass") or (
                tok.dep == "appos" and a.tokens[tok.head].dep.startswith("nsubj")
            ):
                return True
        return False

    def by_surname(self, a: Analysis, word: str, at: int | None = None) -> int | None:
        """The person named before token `at` whose name ends with this word ('Zuev' ->
        'Nikolai Zuev'; 'Matskevich' is not the wife named in the last line); of relatives
        sharing it, the one the report names most ('Smith' is the abducted Sikiru Smith, not
        the cousin named once in passing); failing one before it, the latest anywhere."""
        key = word.casefold()
        found: dict[str, int] = {}  # name -> its latest mention before `at`
        latest = None
        for end, ei in reversed(self.mentions):
            name = self.canonical.get(ei, "").split()
            if name and _tokens_match(name[-1], word) or (name and name[-1].casefold() == key):
                if at is None or end < at:
                    found.setdefault(" ".join(name), ei)
                latest = ei if latest is None else latest
        if not found and latest is None:
            # (or the first word of one two-word name, "Niu" after "Niu Tengyu": a name written
            # family name first, or a given name; either way that person, when no other shares it)
            first = {
                self.canonical[ei]: ei
                for end, ei in self.mentions
                if (at is None or end < at)
                and len(name := self.canonical.get(ei, "").split()) == 2
                and name[0].casefold() == key
            }
            return next(iter(first.values())) if len(first) == 1 else None
        if not found:
            return latest
        times = {n: sum(1 for _e, ei in self.mentions if self.canonical.get(ei) == n) for n in found}
        return found[max(found, key=lambda n: times[n])]  # (a tie: the one named latest)

    def first_after(self, a: Analysis, i: int, gender: str | None = None, within: int = 3) -> int | None:
        """The first person named after token i (a headline's "student" is named below it)."""
        sent = a.tokens[i].sent
        for end, ei in self.mentions:
            if end <= i:
                continue
            if a.tokens[end].sent > sent + within:
                return None
            if gender and not self.gender_ok(a, ei, gender):
                continue
            return ei
        return None


def _reach(sent: int, told_again: frozenset[int]) -> int:
    """The first sentence a pronoun's person may be named in: four sentences back, and further
    while the sentences between carry on a pronoun of the same gender (`told_again`: a report
    that names her once, then says "she" for six sentences, is still about her), to the one
    just before them."""
    reach, gap = sent, 0
    for s in range(sent - 1, -1, -1):
        gap = 0 if s in told_again else gap + 1
        if s < sent - 4 and gap > 1:
            break
        reach = s
    return reach


def _listed_between_people(a: Analysis, ei: int, names: dict[int, list[str]]) -> bool:
    """ "Aibek Tashiev, Nurzada Omurova and Timur Sadykov" with the middle name tagged an
    organisation: a name with a person's name on each side, joined by a comma or "and", is
    one more person of the list (one side alone is not enough: "Oleg Orlov, Memorial")."""
    ent = a.entities[ei]
    joins = {",", "and", "и"}

    def person_at(edge: int, step: int) -> bool:
        j = edge + step
        if not 0 <= j < len(a.tokens) or a.tokens[j].text.lower() not in joins:
            return False
        k = j + step
        return any(
            (e.tok_end - 1 if step < 0 else e.tok_start) == k for n, e in enumerate(a.entities) if n in names
        )

    return person_at(ent.tok_start, -1) and person_at(ent.tok_end - 1, 1)


def _after_people_and(a: Analysis, ei: int, names: dict[int, list[str]]) -> bool:
    """ "Farid Huseynli and Nargiz Aliyeva" with the second name tagged a nationality: a full
    name joined by "and" to a person's is the next person (a nationality's or a party's name is
    not listed so beside a person's)."""
    ent = a.entities[ei]
    j = ent.tok_start - 1
    if j < 1 or a.tokens[j].text.lower() not in ("and", "и"):
        return False
    return any(e.tok_end == j and n in names for n, e in enumerate(a.entities))


def _in_a_town(a: Analysis, ent: Entity, pack: RulePack) -> bool:
    """One word after "in" («в») that the gazetteer knows as a place is that place: people are
    not "in" anyone; after "to" or "from", a city; after "the district of", whatever it is."""
    if ent.tok_end - ent.tok_start != 1:
        # ("at his home in Thu Duc": two or three words after a home's or a town's "in" are a
        # place the gazetteer may lack)
        case = a.case_of(ent.tok_end - 1)
        j = ent.tok_start - 2
        return (
            ent.tok_end - ent.tok_start <= 3
            and case in pack.word("place_cases")
            and j >= 0
            and a.tokens[j].lemma in pack.word("dwelling_words") | pack.word("settlement_words")
            and a.text[ent.end : ent.end + 2] not in ("'s", "’s")
        )
    j = ent.tok_start - 2
    if (
        j >= 0
        and a.tokens[j + 1].text.lower() == "of"
        and a.tokens[j].lemma in pack.word("settlement_words")
        and a.language == "en"
    ):
        return True  # "the Giza district of Faisal", "the town of San Marcos": what a place is called
    case = a.case_of(ent.tok_start)
    place = gazetteer().lookup(ent.text) if case else None
    if place is None:
        return False
    # ("a flight to Bogotá": after other prepositions, only a city too big to be a surname)
    return case in pack.word("place_cases") or (
        case in pack.word("way_cases") and (place.population or 0) >= 100_000
    )


def _untagged_surnames(a: Analysis, canonical: dict[int, str], named: set[int]) -> list[tuple[int, int]]:
    """'Fathy told the prosecutor that officers had beaten him': the small tagger often leaves a
    surname alone untagged once the full name was given; a capitalised word outside any
    entity that is the surname of exactly one full name named before it is a mention of that
    person (the mention of the full name it points to), so that "him" can find it."""
    owners: dict[str, set[str]] = {}
    first: dict[str, tuple[int, int]] = {}  # surname -> (where its full name was first named, ei)
    for ei in named:
        words = canonical[ei].split()
        if len(words) < 2:
            continue
        # (or the first word of a name written family name first, "Niu Tengyu … Niu": either
        # way, a word only one full name holds is that person)
        keys = {words[-1].casefold()} | ({words[0].casefold()} if len(words) == 2 else set())
        for key in keys:
            owners.setdefault(key, set()).add(canonical[ei])
            at = a.entities[ei].tok_end
            if key not in first or at < first[key][0]:
                first[key] = (at, ei)
    if not first:
        return []
    tagged = {j for e in a.entities for j in range(e.tok_start, e.tok_end)}
    found: list[tuple[int, int]] = []
    for tok in a.tokens:
        key = tok.text.casefold()
        if tok.i in tagged or not tok.text[:1].isupper() or not tok.text.isalpha():
            continue
        if key not in first and a.language == "ru":
            # («Сарсенова задержали» after «Ерлана Сарсенова»: the surname declined)
            key = next((k for k in first if _tokens_match(k, key)), key)
        if key not in first:
            continue
        at, ei = first[key]
        if tok.i >= at and len(owners[key]) == 1:
            found.append((tok.i, ei))
    return found


def _untagged_given_names(a: Analysis, names: dict[int, list[str]], pack: RulePack) -> None:
    """'India – Kumaresh Adhikari became an activist … Adhikari said': the small tagger may
    leave the full name untagged and tag the surname alone later; a capitalised word right
    before that surname, both outside every entity, is the given name, so the person is
    called by the full name (only where the report writes one such full name)."""
    # (a surname some full name the tagger found already ends with is that person's)
    alone = {ws[0] for ws in names.values() if len(ws) == 1} - {
        ws[-1] for ws in names.values() if len(ws) > 1
    }
    if not alone:
        return
    titles = (
        pack.word("honorifics")
        | pack.word("title_words")
        | pack.people_nouns()
        | pack.word("not_person_words")
    )
    full: dict[str, set[str]] = {}
    for tok in a.tokens[1:]:
        if tok.text not in alone or a.entity(tok.i) is not None:
            continue
        given = a.tokens[tok.i - 1]
        if (
            a.entity(given.i) is None
            and given.pos == "PROPN"
            and given.text[:1].isupper()
            and given.text.isalpha()
            and not given.text.isupper()
            and given.text.casefold() not in titles
            and given.sent == tok.sent
        ):
            full.setdefault(tok.text, set()).add(given.text)
    for ei, words in names.items():
        given_names = full.get(words[0]) if len(words) == 1 else None
        if given_names is not None and len(given_names) == 1:
            names[ei] = [next(iter(given_names)), words[0]]


def _part_of(words: list[str], full: list[str]) -> bool:
    return all(any(_tokens_match(w, o) for o in full) for w in words)


_COUPLE_JOINS = ("и", "and", "&")
# a Russian surname's form for a man and for a woman: «Петров» / «Петрова», «Бельский» / «Бельская»
_SURNAME_GENDERS = (
    ("ова", "ов"),
    ("ева", "ев"),
    ("ина", "ин"),
    ("ына", "ын"),
    ("ская", "ский"),
    ("цкая", "цкий"),
)


def _share_surnames(a: Analysis, names: dict[int, list[str]]) -> None:
    """'Andrei and Olga Kovalchuk', «супруги Андрей и Ольга Ковальчук»: a given name alone,
    joined by "and" to a full name, shares its surname (in the form for the first one's
    gender: «Иван и Мария Петровы» -> «Иван Петров»)."""
    for ei, words in list(names.items()):
        ent = a.entities[ei]
        nxt = a.entity_at.get(ent.tok_end + 1)
        if (
            len(words) != 1
            or nxt is None
            or nxt not in names
            or len(names[nxt]) < 2
            or a.entities[nxt].tok_start != ent.tok_end + 1
            or a.tokens[ent.tok_end].text.lower() not in _COUPLE_JOINS
        ):
            continue
        surname = names[nxt][-1]
        gender = a.tokens[ent.tok_start].feats.get("Gender")
        for fem, masc in _SURNAME_GENDERS:
            if gender == "Masc" and surname.endswith(fem):
                surname = surname[: -len(fem)] + masc
                break
            if gender == "Fem" and surname.endswith(masc):
                surname = surname[: -len(masc)] + fem
                break
        names[ei] = [words[0], surname]


def _full_name(words: list[str], names: dict[int, list[str]]) -> list[str]:
    """The longest name the report gives that contains this mention's words ("Bekirov" ->
    "Eldar Bekirov"). Where two people share the words (a cousin, a brother), the one the
    report names more often by words only they have ("Eldar" is only Eldar Bekirov's)."""
    fulls: list[list[str]] = []
    for other in names.values():
        if len(other) > len(words) and _part_of(words, other) and other not in fulls:
            fulls = [f for f in fulls if not _part_of(f, other)]  # keep the longest only
            if not any(_part_of(other, f) for f in fulls):
                fulls.append(other)
    if len(fulls) <= 1:
        return fulls[0] if fulls else words

    def own_mentions(full: list[str]) -> int:
        return sum(
            1
            for ws in names.values()
            if _part_of(ws, full) and not any(_part_of(ws, f) for f in fulls if f is not full)
        )

    return max(fulls, key=own_mentions)  # (a tie: the one named first)


_QUOTE_PAIR = re.compile(r"[\"“«„]([^\"”»“«„]*)[\"”»“]")


def _outer_word(a: Analysis, ent: Entity) -> Token | None:
    """The word of a name whose head lies outside it: how the name hangs in the sentence."""
    return next(
        (
            a.tokens[j]
            for j in range(ent.tok_start, ent.tok_end)
            if not ent.tok_start <= a.tokens[j].head < ent.tok_end
        ),
        None,
    )


def _gender_of_kin(a: Analysis, ei: int, pack: RulePack) -> str | None:
    """The gender a word of kinship set beside a name tells ("her brother, Liang Jun",
    "his wife Malika X"), or None."""
    ent = a.entities[ei]
    before = a.tokens[ent.tok_start - 1].lemma if ent.tok_start > 0 else ""
    head = _outer_word(a, ent)
    nouns = {before} | ({a.tokens[head.head].lemma} if head is not None and head.dep == "appos" else set())
    if nouns & pack.word("women_kin_nouns"):
        return "Fem"
    if nouns & pack.word("men_kin_nouns"):
        return "Masc"
    return None


def _speaks_for_another(
    a: Analysis, ei: int, owners: frozenset[str], as_what: frozenset[str] | None = None
) -> bool:
    """ "His lawyer, Obey Shava", «Его адвокат Сергей Павлов»: a name set beside someone's
    counsel or relation (`as_what`: only beside one of these nouns); what such a person says of
    "him" is said of the one they speak for."""
    head = _outer_word(a, a.entities[ei])
    return (
        head is not None
        and head.dep == "appos"
        and (as_what is None or a.tokens[head.head].lemma in as_what)
        and any(k.dep in ("nmod:poss", "poss") or k.text.lower() in owners for k in a.kids(head.head))
    )


def _quoted(a: Analysis, s: int) -> list[tuple[int, int]]:
    """The character ranges of quotations in sentence s."""
    sent = a.sentences[s]
    return [(m.start(), m.end()) for m in _QUOTE_PAIR.finditer(a.text, sent.start, sent.end)]


def title_cased(a: Analysis, s: int) -> bool:
    """A headline written in title case ("Macron Orders Arrest of Italian Fugitives"): every
    longer word capitalised, so capitals there do not mark names (English only: Russian
    headlines capitalise the first word alone)."""
    if a.language != "en":
        return False  # Russian headlines capitalise the first word only
    # (every one: a sentence listing names has a verb in lower case)
    words = [
        t.text for t in (a.tokens[i] for i in a.sentence_tokens(s)) if t.text.isalpha() and len(t.text) >= 4
    ]
    return len(words) >= 3 and all(w[:1].isupper() for w in words)


def _confirm_title_case_names(a: Analysis, names: dict[int, list[str]], pack: RulePack) -> dict[int, range]:
    """Trims each name tagged in a title-case headline to the words the rest of the report
    uses in persons' names ("President Ivan Petrov" -> "Ivan Petrov"; "President Shows Cost",
    "Macron Orders Arrest" -> no one), in place, and returns for each such entity the tokens that are still a name (an
    empty range for none). A report that names no one outside such headlines trims nothing."""
    headline = {ei for ei in names if title_cased(a, a.tokens[a.entities[ei].tok_start].sent)}
    known = [w for ei, ws in names.items() if ei not in headline for w in ws]
    if not headline or not known:
        return {}
    kept: dict[int, range] = {}
    for ei in headline:
        ent = a.entities[ei]
        best = run = range(ent.tok_start, ent.tok_start)
        for j in range(ent.tok_start, ent.tok_end):
            confirmed = any(_tokens_match(a.tokens[j].text, k) for k in known)
            run = (
                range(run.start if confirmed and len(run) else j, j + 1) if confirmed else range(j + 1, j + 1)
            )
            if len(run) > len(best):
                best = run
        # a name the tagger ran on into the headline's words ("Macron Orders Arrest") may be
        # the subject of any of them: no one's name here (the report's text names him anyway)
        words = name_words(" ".join(a.tokens[j].text for j in best), pack) if best.stop == ent.tok_end else []
        if words:
            names[ei] = words
        else:
            del names[ei]
            best = range(0)
        kept[ei] = best
    return kept


def _qualifies_a_thing(
    a: Analysis, ent: Entity, people_nouns: frozenset[str], particles: frozenset[str]
) -> bool:
    last = ent.tok_end - 1
    noun = modified_noun(a, last) if a.tokens[last].dep == "compound" else None
    # (not the particle that ends the name: "Makhabat Tazhibek kyzy")
    return (
        noun is not None
        and noun >= ent.tok_end
        and a.tokens[noun].lemma not in people_nouns
        and a.tokens[noun].text.lower() not in particles
    )


def pronoun_gender(word: str, language: str) -> str | None:
    """The gender a personal pronoun tells ("she", «его»), or None."""
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


def _told_by_pronouns(
    a: Analysis,
    canonical: dict[int, str],
    genders: dict[int, str],
    mentions: list[tuple[int, int]],
    beside: set[int],
) -> dict[int, str]:
    """The gender of a person whose name does not tell it, from the pronouns that follow the name in a
    sentence naming no one else ("Police detained Ulvi Hasanli near his home, his wife said": he
    is a man, and a later "She said …" is not him). Not from a sentence where the name is set
    beside someone's counsel or relation ("Her lawyer, Karim Fathy, said she told …": she is
    the client). Told both ways: no gender."""
    told: dict[str, set[str]] = {}
    by_sentence: dict[int, set[str]] = {}
    first_end: dict[tuple[int, str], int] = {}
    for end, ei in mentions:
        s, name = a.tokens[end].sent, canonical[ei]
        by_sentence.setdefault(s, set()).add(name if ei not in beside else "")
        first_end.setdefault((s, name), end)
    for s, names in by_sentence.items():
        if len(names) != 1:
            continue
        (name,) = names
        if not name:
            continue
        quotes = _quoted(a, s)
        after = range(first_end[(s, name)] + 1, a.sentences[s].tok_end)
        said = {
            g
            for j in after
            if (g := pronoun_gender(a.tokens[j].text.lower(), "en"))
            and not any(lo <= a.tokens[j].start < hi for lo, hi in quotes)
        }
        told.setdefault(name, set()).update(said)
    return {
        ei: next(iter(told[name]))
        for ei, name in canonical.items()
        if ei not in genders and len(told.get(name, ())) == 1
    }


def name_gender(name: str, pack: RulePack, surname_only: bool = False) -> str | None:
    """A guess at a person's gender from a name written in Latin letters, for English
    pronouns (Russian text has it from the morphology): a Slavic surname ending (-ova, -skaya
    / -ov, -sky), else a given name ending in -a (Maria; not Nikita, Ilya: the pack lists
    such men's names). None when the name does not say."""
    words = [w.casefold() for w in name.split() if w.replace("-", "").isalpha()]
    if not words:
        return None
    if not name.isascii():
        return _russian_name_gender(words, pack)
    for gender, key_ in (("Fem", "daughter_particles"), ("Masc", "son_particles")):
        if len(words) > 1 and words[-1] in pack.word(key_):
            return gender  # "Makhabat Tazhibek kyzy": "daughter of Tazhibek"
    surname = words[-1].rsplit("-", 1)[-1]  # "Zaghari-Ratcliffe": the last part
    for gender, key_ in (("Fem", "female_surname_endings"), ("Masc", "male_surname_endings")):
        endings = [e for e in pack.word(key_) if len(words) > 1 or e not in ("in", "yn")]  # a lone "Karin"
        if gender == "Fem" and len(words) > 1 and not words[0].endswith(("a", "ya")):
            # "Carlos Medina", "Luis Molina": a surname in -ina is a woman's only beside a given
            # name that is one ("Irina Ilyina"); in -ova, -skaya it is hers whatever the given name
            endings = [e for e in endings if e != "ina"]
        if any(surname.endswith(e) for e in endings):
            return gender
    if surname_only:  # (the surest sign: "Nika Gvaramia", a Georgian man, ends in -a too)
        return None
    if len(words) > 1 and words[0].endswith("a") and words[0] not in pack.word("male_names_in_a"):
        return "Fem"
    return None


def _russian_name_gender(words: list[str], pack: RulePack) -> str | None:
    """«Зарина Мусаева» (a name natasha gave in the nominative): a woman's when given name and
    surname both say so, a man's likewise; a lone surname, or two that disagree, say nothing
    (the morphology decides, as before)."""
    if len(words) < 2 or not _CYRILLIC_WORD.match(words[-1]):
        return None
    given, surname = words[0], words[-1]
    man_in_a = given in pack.word("male_names_in_a")
    womans_given = given.endswith(("а", "я")) and not man_in_a
    if womans_given and surname.endswith(tuple(pack.word("female_surname_endings"))):
        return "Fem"
    if not womans_given and surname.endswith(tuple(pack.word("male_surname_endings"))):
        return "Masc"
    return None


def _kin_owners(a: Analysis, canonical: dict[int, str], pack: RulePack) -> frozenset[int]:
    """The people named as whose relative someone is: a name hung, by way of a genitive or a
    possessive, on a noun for a relative («брата блогера Тумсо Шахбиева», "the son of Ivan
    Petrov") — not one set beside it ("his brother, Oleg", who is the brother)."""
    kin = pack.word("kin_nouns")
    out = set()
    for ei in canonical:
        ent = a.entities[ei]
        j = next(
            (
                k
                for k in range(ent.tok_start, ent.tok_end)
                if not ent.tok_start <= a.tokens[k].head < ent.tok_end
            ),
            None,
        )
        owned = False
        for _ in range(3):
            if (
                j is None
                or a.tokens[j].head == j
                or a.tokens[j].dep not in ("nmod", "nmod:poss", "appos", "flat:name")
            ):
                break
            owned = owned or a.tokens[j].dep in ("nmod", "nmod:poss")
            j = a.tokens[j].head
            if a.tokens[j].lemma in kin:
                if owned:
                    out.add(ei)
                break
    return frozenset(out)


def _subject_beside_the_object(a: Analysis, i: int, ent: Entity) -> bool:
    """A pronoun the object of a verb whose subject is the name, or said of what the verb
    does ("filed a case against him"): "him", "her", «его», «её» there is never the subject
    itself (that would be "himself", «себя»)."""
    tok = a.tokens[i]
    if tok.dep not in ("obj", "iobj", "obl", "nmod") or tok.head == i:
        return False
    verb = tok.head
    if tok.dep == "nmod" and a.tokens[verb].pos == "NOUN" and a.tokens[verb].head != verb:
        verb = a.tokens[verb].head  # ("Rajapakse filed a defamation case against him")
    if a.tokens[verb].pos not in ("VERB", "AUX"):
        return False
    words = {a.tokens[k].text for k in range(ent.tok_start, ent.tok_end)}
    # (the subject, or a name set beside it: "the police chief, Fidel Dominguez, accused him")
    subjects = [k for s in a.kids(verb, "nsubj") for k in [s, *a.kids(s.i, "appos")]]
    return any(
        ent.tok_start <= k.i < ent.tok_end or k.text in words  # ("Sethi" for "Ravi Sethi")
        for k in subjects
    )


def _names_of_peoples(a: Analysis) -> frozenset[str]:
    """One-word names the report writes after "the" ("helped the Lumad", "the Rohingya"): a
    people or a community, not a person (English puts no article before a person's name, only
    before the words that describe one: "the activist X", "the late X")."""
    if a.language != "en":
        return frozenset()
    # (not a surname: "the Pearl family", "the Pearls" after "Daniel Pearl")
    surnames = {e.text.split()[-1] for e in a.entities if e.label == "PER" and len(e.text.split()) > 1}
    return frozenset(
        e.text
        for e in a.entities
        if e.label == "PER"
        and e.tok_end - e.tok_start == 1
        and e.tok_start > 0
        and a.tokens[e.tok_start - 1].lemma == "the"
        and e.text not in surnames
        # (nor a name that qualifies a noun: "the Memorial centre", "the Lee family's")
        and a.tokens[e.tok_start].dep not in ("compound", "amod", "nmod:poss", "poss")
    )


def _an_alias(a: Analysis, ent: Entity, words: frozenset[str]) -> bool:
    """A name given as another one's alias ("also known as Babu", «по прозвищу Бабу»)."""
    before = " " + " ".join(a.tokens[j].text.lower() for j in range(max(ent.tok_start - 2, 0), ent.tok_start))
    return any(before.endswith(" " + w) for w in words)


def _one_word_names_tagged_otherwise(a: Analysis, names: dict[int, list[str]]) -> None:
    """ "Karim, an 18-year-old gay man …", tagged a person once and a place or an organisation
    elsewhere: the one word the report introduces a person by ("Karim, an …", "Leila, 31,"),
    unknown as a place or a body, is that person wherever it stands (not a word the tagger
    once took for a name and no one introduced: "Gikondo", a transit centre)."""
    introduced = {
        ws[0]
        for ws in names.values()
        if len(ws) == 1 and re.search(rf"\b{re.escape(ws[0])},\s*(?:\d{{1,3}}\s*,|an?\s)", a.text)
    }
    for ei, ent in enumerate(a.entities):
        if (
            ei not in names
            and ent.label in ("ORG", "FAC", "LOC", "NORP")
            and ent.text in introduced
            and gazetteer().lookup(ent.text) is None
            and not body_of(ent.text)
        ):
            names[ei] = [ent.text]
