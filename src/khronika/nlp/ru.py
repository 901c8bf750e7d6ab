"""Russian analysis with natasha (segmentation, morphology, UD syntax, NER, lemmas and
nominative names); its models ship inside the package, nothing is downloaded."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import cache, partial

from khronika.nlp.base import Analysis, Entity, Sentence, Token
from khronika.nlp.paragraphs import paragraphs


class RussianAnalyzer:
    language = "ru"

    def __init__(self) -> None:
        from natasha import (
            MorphVocab,
            NewsEmbedding,
            NewsMorphTagger,
            NewsNERTagger,
            NewsSyntaxParser,
            Segmenter,
        )

        emb = NewsEmbedding()
        self.segmenter = Segmenter()
        self.morph_vocab = MorphVocab()
        self.morph = NewsMorphTagger(emb)
        self.syntax = NewsSyntaxParser(emb)
        self.ner = NewsNERTagger(emb)
        import pymorphy2

        self.pymorphy = pymorphy2.MorphAnalyzer()

    def _doc(self, text: str):  # type: ignore[no-untyped-def]
        from natasha import Doc

        doc = Doc(text)
        doc.segment(self.segmenter)
        whole = _short_quotes_whole(doc.sents, text)
        if len(whole) != len(doc.sents):
            doc.sents = whole
            doc.envelop_sent_tokens()
        doc.tag_morph(self.morph)
        doc.parse_syntax(self.syntax)
        doc.tag_ner(self.ner)
        return doc

    @cache  # noqa: B019 (one analyzer lives as long as the process; the verbs are few)
    def _transitive(self, lemma: str) -> bool:
        """Whether the verb takes an object (pymorphy's tag of the infinitive)."""
        return any(p.tag.POS == "INFN" and p.tag.transitivity == "tran" for p in self.pymorphy.parse(lemma))

    @cache  # noqa: B019 (as above: one analyzer, a bounded set of given names per report)
    def _given_name_genders(self, word: str, case: str | None = None) -> frozenset[str]:
        """The genders of the word's singular readings as a given name (in `case` only, when
        given): {"femn"} for «Зиля», {"masc"} for «Илья», both or none where it is ambiguous
        or no known given name."""
        return frozenset(
            p.tag.gender
            for p in self.pymorphy.parse(word)
            if "Name" in p.tag.grammemes and p.tag.number == "sing" and (case is None or p.tag.case == case)
        )

    def _given_name_gender(self, word: str) -> str | None:
        """ "Fem" or "Masc" where every reading of the word as a given name in the nominative
        singular is of that gender; None otherwise."""
        genders = self._given_name_genders(word, "nomn")
        return {"femn": "Fem", "masc": "Masc"}.get(next(iter(genders))) if len(genders) == 1 else None

    def _common_noun(self, tok) -> bool:  # type: ignore[no-untyped-def]
        """A word tagged a common noun that pymorphy reads as no name in any way."""
        return tok.pos == "NOUN" and not any(
            {"Name", "Surn", "Patr", "Geox", "Orgn", "UNKN"} & set(p.tag.grammemes) or "LATN" in p.tag
            for p in self.pymorphy.parse(tok.text)
        )

    def _names_a_woman_only(self, word: str) -> bool:
        """Every singular reading of the word as a given name, in any case, is a woman's («Мадину»)."""
        return self._given_name_genders(word) == {"femn"}

    def bare(self, text: str) -> object:
        return [self._doc(p) for _, p in paragraphs(text)]

    def analyze(self, text: str) -> Analysis:
        tokens: list[Token] = []
        sentences: list[Sentence] = []
        entities: list[Entity] = []
        # A report repeats its words and names: each reading is worked out once per report
        # (per report, not per process, so that a benchmark repeating texts measures no more).
        lemmas: dict[tuple[str, str, tuple[tuple[str, str], ...]], str] = {}
        normals: dict[tuple[object, ...], str] = {}
        for offset, para in paragraphs(text):
            # (a title or a post's first line has no full stop, and the parser reads a line
            # without one worse — «задержали не менее 15 человек» lost its object: it is parsed
            # with one, and the stop, which is not in the text, is left out)
            doc = self._doc(para + "." if _unended_line(para) else para)
            end = len(para)
            base = len(tokens)
            index: dict[str, int] = {}
            n = base
            for sent in doc.sents:
                first = n
                for tok in sent.tokens:
                    if tok.start < end:
                        index[tok.id] = n
                        n += 1
                sentences.append(Sentence(offset + sent.start, offset + min(sent.stop, end), first, n))
            for s_i, sent in enumerate(doc.sents):
                for tok in (t for t in sent.tokens if t.start < end):
                    reading = (tok.text, tok.pos, tuple(sorted((tok.feats or {}).items())))
                    if reading not in lemmas:
                        tok.lemmatize(self.morph_vocab)
                        lemmas[reading] = tok.lemma
                    tok.lemma = lemmas[reading]
                    i = index[tok.id]
                    head = index.get(tok.head_id, i) if tok.head_id else i
                    tokens.append(
                        Token(
                            i=i,
                            text=tok.text,
                            lemma=_PREPOSITIONAL_HIM.get(
                                tok.text.lower(), (tok.lemma or tok.text).lower().replace("ё", "е")
                            ),
                            # («о нём»: the tagger reads «нём» as the adjective «нем», mute)
                            pos="PRON" if tok.text.lower() in _PREPOSITIONAL_HIM else (tok.pos or "X"),
                            dep=(tok.rel or "dep") if head != i else "root",
                            head=head,
                            start=offset + tok.start,
                            end=offset + tok.stop,
                            sent=len(sentences) - len(doc.sents) + s_i,
                            feats=dict(tok.feats or {}),
                        )
                    )
            _object_pronouns_before_a_time(tokens, base)
            _nominative_objects(tokens, base)
            _counted_objects(tokens, base, self._transitive)
            _ages_set_off(tokens, base)
            _objects_hung_on_a_place(tokens, base)
            _objects_hung_on_a_time(tokens, base, self._transitive)
            _subjects_joined_to_objects(tokens, base)
            _possessives_read_as_objects(tokens, base)
            _labels_before_colons(tokens, base)
            _datives_hung_past_the_verb(tokens, base)
            _dative_pairs_before_a_verb(tokens, base)
            if sentences and sentences[-1].tok_start == sentences[-1].tok_end:
                sentences.pop()  # (the added stop, read as a sentence of its own)
            spans = [
                span
                for k, span in enumerate(doc.spans)
                if not self._a_title_before_a_name(span, doc.spans[k + 1 : k + 2])
                # («Заочно ей предъявлено обвинение»: a capitalised adverb opening a sentence
                # is no one's name)
                and not (span.type == "PER" and all(t.pos in _NO_NAME_POS for t in span.tokens))
                # (nor a common noun for a person, capitalised first: «Корреспондентку издания …»)
                and not (span.type == "PER" and len(span.tokens) == 1 and self._common_noun(span.tokens[0]))
            ]
            for span, part in ((sp, pt) for sp in spans for pt in self._names_in(sp)):
                if part is not None:  # one of two names the tagger ran together
                    toks = [index[t.id] for t in part]
                    normal = self.person_nominative(part, " ".join(t.text for t in part))
                    start, stop = part[0].start, part[-1].stop
                    entities.append(
                        Entity(
                            "PER",
                            offset + start,
                            offset + stop,
                            para[start:stop],
                            normal,
                            min(toks),
                            max(toks) + 1,
                        )
                    )
                    continue
                toks = [index[t.id] for t in span.tokens]
                if span.type == "ORG":
                    # (an organisation's name is put in the nominative along its parse, which
                    # the same words need not get twice: not reused)
                    normal = self._normal(span)
                elif span.type == "PER" and _LIST_ITEM.fullmatch(para.replace(span.text, "\0", 1)):
                    # «3. Наиля Гарифуллина»: a name standing alone on a list's line is written in
                    # the nominative, whatever case the tagger guessed without a verb to go by
                    normal = span.text
                else:
                    woman = span.type == "PER" and _a_woman_before(tokens, min(toks))
                    named = (
                        span.type,
                        tuple(
                            (t.text, t.pos, tuple(sorted((t.feats or {}).items())), t.start - span.start)
                            for t in span.tokens
                        ),
                        woman,
                    )
                    if named not in normals:
                        # (natasha's own nominative only where pymorphy's name paradigms fall short)
                        normals[named] = (
                            self.person_nominative(span.tokens, partial(self._normal, span), woman)
                            if span.type == "PER"
                            else self._normal(span)
                        )
                    normal = normals[named]
                entities.append(
                    Entity(
                        span.type,
                        offset + span.start,
                        offset + span.stop,
                        span.text,
                        normal,
                        min(toks),
                        max(toks) + 1,
                    )
                )
        return Analysis(text, "ru", tokens, sentences, _fleeting_vowels(entities, tokens))

    def _names_in(self, span) -> list:  # type: ignore[no-untyped-def,type-arg]
        """«Адвоката Исаевой Саида Гусейнова не пустили»: the tagger can run a surname into the
        name after it. A name has one surname: a "person" that opens with a word only a surname
        can be and ends with another surname (not a patronymic, as in «Иванов Иван Иванович»)
        is two people, the surname alone and the name after it. [None] keeps the span whole."""
        toks = span.tokens
        if span.type == "PER" and len(toks) >= 2 and toks[0].lemma in _TIMES_OF_DAY:
            return [toks[1:]]  # («Вечером Шумилова и Рудаева отпустили»: when, then who)
        if span.type == "PER" and len(toks) >= 2 and self._common_noun(toks[0]):
            return [toks[1:]]  # («Сестра Ислама Дадаева считает …»: a kin word opening a sentence)
        if span.type != "PER" or len(toks) < 3 or "-" in span.text:
            return [None]

        def kinds(word: str) -> set[str]:
            return {
                g for p in self.pymorphy.parse(word) for g in ("Surn", "Name", "Patr") if g in p.tag.grammemes
            }

        first, second, last = kinds(toks[0].text), kinds(toks[1].text), kinds(toks[-1].text)
        if first == {"Surn"} and "Name" in second and "Surn" in last and "Patr" not in last:
            return [toks[:1], toks[1:]]
        return [None]

    def _a_title_before_a_name(self, span, following: list) -> bool:  # type: ignore[no-untyped-def,type-arg]
        """«Правозащитника Игоря Кузнецова объявили в розыск»: the tagger can read a capitalised
        noun opening a sentence as a person of its own, just before the name it describes. A
        one-word "person" that no reading makes a name, set right before a person, is the title."""
        if span.type != "PER" or len(span.tokens) != 1 or not following:
            return False
        nxt = following[0]
        if nxt.type != "PER" or nxt.start - span.stop > 1:  # (one space between them)
            return False
        parses = self.pymorphy.parse(span.tokens[0].text)
        a_name = any({"Name", "Surn", "Patr"} & set(p.tag.grammemes) for p in parses)
        return not a_name and any(p.tag.POS == "NOUN" for p in parses)

    def nominative_phrase(self, tokens: list, head: int) -> str:  # type: ignore[type-arg]
        """'сотрудниками ФСБ' -> 'сотрудники ФСБ', 'Чеченские силовики' as it is: the head and
        the words agreeing with it before it in the nominative, in the head's number; the words
        after it (genitive modifiers, names) as written."""
        head_tok = next(t for t in tokens if t.i == head)
        number = "plur" if head_tok.feats.get("Number") == "Plur" else "sing"
        case = head_tok.feats.get("Case")
        if any(t.i < head and t.dep == "nummod:gov" and t.head == head for t in tokens):
            return " ".join(t.text for t in tokens)  # «двое мужчин»: a numeral governs the noun's case
        out = []
        for tok in tokens:
            word = tok.text
            agrees = tok.i == head or (
                tok.i < head and tok.pos in ("ADJ", "DET", "NOUN") and tok.feats.get("Case") == case
            )
            if agrees and case not in (None, "Nom"):
                for parse in self.pymorphy.parse(tok.text):
                    if parse.tag.POS in ("NOUN", "ADJF", "PRTF", "NPRO") and parse.tag.case is not None:
                        wanted = {"nomn", number} if number == "plur" else {"nomn"}
                        inflected = parse.inflect(wanted)
                        if inflected is not None:
                            word = inflected.word if tok.text.islower() else inflected.word.capitalize()
                            break
            out.append(word)
        return " ".join(out)

    def _normal(self, span) -> str:  # type: ignore[no-untyped-def]
        span.normalize(self.morph_vocab)
        return str(span.normal or span.text)

    def person_nominative(
        self,
        span_tokens: list,  # type: ignore[type-arg]
        fallback: str | Callable[[], str],
        woman: bool = False,
    ) -> str:
        """Names in the nominative, keeping the person's gender: natasha leaves some female
        surnames inflected ("Анну Воронцову" -> "Анна Воронцову"); pymorphy's name and
        surname paradigms put them right ("Анна Воронцова"). natasha's own nominative (the
        `fallback`, worked out only when needed when given as a function) stands where they
        do not."""
        natasha = cache(fallback) if callable(fallback) else lambda: fallback

        # («Зиля Мурзагулова» tagged a man: a given name pymorphy knows of one gender only
        # tells it)
        gender = (
            _patronymic_gender(span_tokens)
            or (
                self._given_name_gender(span_tokens[0].text)
                # (in the nominative only: pymorphy reads «Чинеду», «Фаилю» as a woman's)
                if len(span_tokens) >= 2 and (span_tokens[0].feats or {}).get("Case") == "Nom"
                else None
            )
            or next((t.feats.get("Gender") for t in span_tokens if t.feats and t.feats.get("Gender")), None)
        )
        last = span_tokens[-1]
        if woman and len(span_tokens) >= 2 and self._names_a_woman_only(span_tokens[0].text):
            gender = "Fem"  # («Корреспондентку издания «…» Мадину Гаджиеву», the tagger reading a man's)
        if len(span_tokens) >= 2 and (last.feats or {}).get("Case") == "Acc" and _FEM_ACC.search(last.text):
            gender = "Fem"  # «Аминат Исмагилову оштрафовали»: a man's would be «Исмагилова»
        if len(span_tokens) >= 2 and _FEM_OBLIQUE.search(last.text):
            gender = (
                "Fem"  # «к Надире Исаевой» (the first name tagged a man's): only a woman's surname ends so
            )
        want = {"Fem": "femn", "Masc": "masc"}.get(gender or "")
        # (natasha's nominative keeps the spaces between the tokens: as many words as there
        # are tokens when every token stands apart)
        apart = all(t.start > p.stop for p, t in zip(span_tokens, span_tokens[1:], strict=False))
        if not apart or want is None:
            return natasha()
        out = []
        for k, tok in enumerate(span_tokens):
            best = None
            # an indeclinable reading ("Анне" as the French Anne) only when no other fits
            # (and the reading in the case the parser gave the word first: «Беньяша» after
            # «Михаила» is a genitive, not a name «Беньяша» in the nominative)
            case = _UD_CASES.get((tok.feats or {}).get("Case", ""))
            parses = sorted(
                self.pymorphy.parse(tok.text),
                key=lambda p: ("Fixd" in p.tag, case is not None and p.tag.case != case),
            )
            for parse in parses:
                tag = parse.tag
                if (
                    tag.gender == want
                    and tag.number != "plur"  # "Мусаев" is one man, not the plural of "Мусай"
                    and tag.case != "voct"  # «Ухналёв» is no vocative of a «Ухналёва»
                    and ({"Name", "Surn", "Patr"} & set(tag.grammemes))
                ):
                    best = parse.inflect({"nomn"})
                    if best is not None:
                        break
            if best is None:
                words = natasha().split()
                if len(words) != len(span_tokens):
                    return natasha()
                word = words[k]
                if tok is span_tokens[-1] and len(span_tokens) >= 2:
                    word = _surname_nominative(word, want, (tok.feats or {}).get("Case"))
            # («Михнов-Вайтенко»: each part of a double name keeps its capital)
            out.append(
                "-".join(part.capitalize() for part in best.word.split("-")) if best is not None else word
            )
        if want == "masc" and len(out) >= 2 and out[0] == span_tokens[0].text:
            out[0] = _masculine_first_name(out[0], span_tokens[-1].feats.get("Case"))
        if want == "femn" and len(out) >= 2 and out[0] == span_tokens[0].text:
            out[0] = _feminine_first_name(out[0], span_tokens[-1].text)
        return " ".join(out)


# a line holding nothing but a name (\0 in its place), after a list's number or bullet
_LIST_ITEM = re.compile(r"\s*(?:\d{1,2}[.)]|[-–—•*])?\s*\0[\s.,;]*")


def _unended_line(para: str) -> bool:
    """One line that ends in a word, a number or a closing quote, not a mark that ends a sentence."""
    stripped = para.rstrip()
    return "\n" not in stripped and bool(stripped) and (stripped[-1].isalnum() or stripped[-1] in '»"”)')


_FEM_ACC = re.compile(r"(?:ов|ев|ёв|ин|ын)у$")  # a surname in the accusative that only a woman's takes
_FEM_OBLIQUE = re.compile(r"(?:ов|ев|ёв|ин|ын)ой$")  # «Исаевой»: a woman's surname, whatever its case

# Surnames the dictionaries do not know, by their Russian suffixes: «Анну Русину» ->
# «Русина», «Ольгой Бельской» -> «Бельская», «Павлу Грину» -> «Грин».
_SURNAME_CASES = {
    "femn": (
        (re.compile(r"(ов|ев|ёв|ин|ын)(?:у|ой|ы|е)$"), r"\1а"),
        (re.compile(r"(ск|цк)(?:ую|ой)$"), r"\1ая"),
    ),
    "masc": (
        (re.compile(r"(ов|ев|ёв|ин|ын)(?:а|у|ым|е)$"), r"\1"),
        (re.compile(r"(ск|цк)(?:ого|ому|им|ом)$"), r"\1ий"),
    ),
}


_PREPOSITIONAL_HIM = {"нём": "он", "нем": "он"}

_OBJECT_PRONOUNS = {"его": "он", "её": "она", "ее": "она", "их": "они"}
_TIME_LEMMAS = frozenset({"неделя", "месяц", "сутки", "день", "час", "ночь", "год", "минута"})


def _object_pronouns_before_a_time(tokens: list[Token], base: int) -> None:
    """«его неделю держали в одиночке»: the parser reads «его» as "his" week; before a span of
    time that a verb takes, with the verb taking no object, it is the verb's object ("him"),
    counted or not («его два часа допрашивали»)."""
    for k in range(base, len(tokens) - 1):
        t, time = tokens[k], tokens[k + 1]
        if time.pos == "NUM" and k + 2 < len(tokens) and time.head == k + 2:
            time = tokens[k + 2]
        if t.text.lower() not in _OBJECT_PRONOUNS or t.dep != "det" or t.head != time.i:
            continue
        verb = tokens[time.head]
        if time.lemma not in _TIME_LEMMAS or time.dep != "obl" or verb.pos != "VERB":
            continue
        if any(x.head == verb.i and x.dep in ("obj", "nsubj:pass") for x in tokens[base:]):
            continue
        tokens[k] = replace(t, lemma=_OBJECT_PRONOUNS[t.text.lower()], pos="PRON", dep="obj", head=verb.i)


def _fleeting_vowels(entities: list[Entity], tokens: list[Token]) -> list[Entity]:
    """«Николая Дедка» put in the nominative as «Дедк»: where the report writes the surname in
    the nominative elsewhere («Дедок был задержан»), with the vowel that drops out before an
    ending, that is the name."""
    written = {t.text for t in tokens if t.pos == "PROPN" and t.feats.get("Case") == "Nom"}
    out = []
    for e in entities:
        words = e.normal.split()
        last = words[-1] if words else ""
        # (only a name ending in two consonants, «Дедк», «Кравц», can have lost a vowel)
        if e.label == "PER" and len(last) >= 3 and last not in written and not _VOWEL.search(last[-2:]):
            found = next((w for v in "оеё" if (w := f"{last[:-1]}{v}{last[-1]}") in written), None)
            if found is not None:
                e = replace(e, normal=" ".join([*words[:-1], found]))
        out.append(e)
    return out


_VOWEL = re.compile(r"[аеёиоуыэюяйь]", re.I)


_WOMAN_REACH = 8  # tokens: «Корреспондентку издания «Кавказ. Реалии» Мадину …»


def _a_woman_before(tokens: list[Token], first: int) -> bool:
    """The nearest person noun before a name, within a few words of its sentence, is a woman's
    («корреспондентку», «активистка»): the name it describes is likely hers."""
    sent = tokens[first].sent
    for k in range(first - 1, max(-1, first - _WOMAN_REACH - 1), -1):
        t = tokens[k]
        if t.sent != sent or t.pos == "VERB":
            return False
        if t.pos == "NOUN" and t.feats.get("Animacy") == "Anim":
            return t.feats.get("Gender") == "Fem"
    return False


_QUOTE_REACH = 40  # characters: a name in quotes («Кавказ. Реалии»), not a quoted speech


def _short_quotes_whole(sents: list, text: str) -> list:  # type: ignore[type-arg]
    """«Корреспондентку издания «Кавказ. Реалии» Мадину …»: the segmenter ends a sentence at
    the full stop inside a short quoted name; the two pieces are one sentence."""
    from natasha.doc import DocSent

    out: list = []  # type: ignore[type-arg]
    for sent in sents:
        if out:
            prev = out[-1]
            opened = prev.text.rfind("«")
            closed = sent.text.find("»")
            if (
                opened > prev.text.rfind("»")
                and len(prev.text) - opened <= _QUOTE_REACH
                and 0 <= closed <= _QUOTE_REACH
                and "«" not in sent.text[:closed]
            ):
                out[-1] = DocSent(prev.start, sent.stop, text[prev.start : sent.stop])
                continue
        out.append(sent)
    return out


_MORE_OR_LESS = frozenset({"менее", "более", "свыше", "больше", "меньше"})


def _counted_objects(tokens: list[Token], base: int, transitive: Callable[[str], bool]) -> None:
    """«Около 20 человек задержали», «Более 20 активистов задержали в Уфе»: a counted phrase
    in the genitive before a verb that takes an object and has none is that object, which the
    parser took for the subject (or hung on «более», taken for the subject)."""
    for k in range(base, len(tokens)):
        t = tokens[k]
        if t.dep != "nsubj" or t.head == k:
            continue
        verb = tokens[t.head]
        if verb.pos != "VERB" or verb.feats.get("Voice") != "Act" or verb.feats.get("Number") != "Plur":
            continue
        kids = [x for x in tokens[base:] if x.head == verb.i and x.i != verb.i]
        if any(x.dep == "obj" for x in kids) or not transitive(verb.lemma):
            continue
        if t.lemma in _MORE_OR_LESS:
            noun = next((x for x in tokens[base:] if x.head == k and x.pos == "NOUN" and x.i != k), None)
            if noun is None:
                continue
            tokens[noun.i] = replace(noun, dep="obj", head=verb.i)
            tokens[k] = replace(t, dep="advmod", head=noun.i)
            continue
        counted = any(x.head == k and x.dep in ("nummod", "nummod:gov") for x in tokens[base:])
        if t.pos == "NOUN" and t.feats.get("Case") == "Gen" and counted:
            tokens[k] = replace(t, dep="obj")


_AGE_NOUNS = frozenset({"год", "лет"})
# «Вечером», «Утром», «Днём», «Ночью» opening a sentence: the time, which the tagger can run
# into the name after it
_TIMES_OF_DAY = frozenset({"вечер", "утро", "день", "ночь", "вечером", "утром", "днем", "днём", "ночью"})


def _ages_set_off(tokens: list[Token], base: int) -> None:
    """«активиста Рустема Аметова, 38 лет, возле мечети»: an age set off by commas after a
    name describes the one named; the parser can make it the verb's object."""
    for k in range(base + 2, len(tokens)):
        t = tokens[k]
        if t.lemma not in _AGE_NOUNS or t.dep != "obj" or tokens[k - 2].text != ",":
            continue
        if tokens[k - 1].pos != "NUM" or tokens[k - 1].head != k or tokens[k - 3].pos != "PROPN":
            continue
        name = k - 3
        while tokens[name].dep == "flat:name" and tokens[name].head < name:
            name = tokens[name].head
        tokens[k] = replace(t, dep="nmod", head=name)


def _objects_hung_on_a_place(tokens: list[Token], base: int) -> None:
    """«затолкали в микроавтобус активиста Рустема Аметова»: a person in the accusative after
    a place the verb takes one to is the verb's object, which the parser hung on the place (a
    noun in the accusative modifies no noun)."""
    for k in range(base, len(tokens)):
        t = tokens[k]
        if (
            t.pos != "NOUN"
            or t.dep != "nmod"
            or t.feats.get("Case") != "Acc"
            or t.feats.get("Animacy") != "Anim"
        ):
            continue
        place = tokens[t.head]
        if place.dep != "obl" or place.feats.get("Animacy") != "Inan" or place.head == place.i:
            continue
        verb = tokens[place.head]
        kids = [x for x in tokens[base:] if x.head == verb.i and x.i != verb.i]
        if verb.pos != "VERB" or verb.feats.get("Voice") != "Act" or any(x.dep == "obj" for x in kids):
            continue
        if not any(x.dep == "case" and x.lemma in ("в", "на") for x in tokens[base:] if x.head == place.i):
            continue
        tokens[k] = replace(t, dep="obj", head=verb.i)


_TIME_CASES = {"после", "до", "при", "перед"}


def _objects_hung_on_a_time(tokens: list[Token], base: int, transitive: Callable[[str], bool]) -> None:
    """«После обысков Эскендера Алиева и Рефата Ибрагимова задержали»: a name right after a
    phrase of time, before a verb that takes an object and has none (nor a subject), is that
    verb's object, which the parser hung on the phrase ("the searches of Aliev")."""
    for k in range(base, len(tokens)):
        t = tokens[k]
        if (
            t.pos != "PROPN"
            or t.dep != "nmod"
            or t.feats.get("Case") not in ("Gen", "Acc")
            or t.head != k - 1
        ):
            continue
        when = tokens[t.head]
        if when.dep != "obl" or when.pos != "NOUN" or when.head <= k or when.sent != t.sent:
            continue
        if not any(x.dep == "case" and x.lemma in _TIME_CASES for x in tokens[base:k] if x.head == when.i):
            continue
        verb = tokens[when.head]
        kids = [x for x in tokens[base:] if x.head == verb.i and x.i != verb.i]
        if (
            verb.pos != "VERB"
            or verb.feats.get("VerbForm") != "Fin"
            or any(x.dep in ("obj", "nsubj", "nsubj:pass") for x in kids)
            or not transitive(verb.lemma)
        ):
            continue
        tokens[k] = replace(t, dep="obj", head=verb.i)


_POSSESSIVES = {"его", "её", "ее", "их"}


def _possessives_read_as_objects(tokens: list[Token], base: int) -> None:
    """«что её подзащитного избили»: «её» right before a noun that is the verb's object too is
    whose that noun is (a verb has one direct object), not a second one beaten."""
    for k in range(base, len(tokens) - 1):
        t, nxt = tokens[k], tokens[k + 1]
        if (
            t.text.lower() in _POSSESSIVES
            and t.dep == "obj"
            and nxt.dep == "obj"
            and nxt.head == t.head
            and nxt.pos in ("NOUN", "ADJ")
            and nxt.sent == t.sent
        ):
            tokens[k] = replace(t, dep="det", head=nxt.i, pos="DET")


def _labels_before_colons(tokens: list[Token], base: int) -> None:
    """«Обновление 18:40: Гатауллину предъявили обвинение»: a label opening a post's line
    before a colon is no part of the sentence after it, which the parser hung on it (the
    verb as a clause beside it, its object as the label's). The verb after the colon is
    the root, and what hung on the label after the colon hangs on the verb."""
    for c in range(base, len(tokens)):
        if tokens[c].text != ":":
            continue
        first = c
        while first > base and tokens[first - 1].sent == tokens[c].sent:
            first -= 1
        label = tokens[first]
        if c - first > 3 or label.dep != "root" or label.pos not in ("NOUN", "PROPN"):
            continue
        rest = [t for t in tokens[c + 1 :] if t.sent == label.sent]
        verb = next((t for t in rest if t.head == label.i and t.pos == "VERB"), None)
        if verb is None:
            continue
        for t in rest:
            if t.head == label.i and t.i != verb.i:
                tokens[t.i] = replace(t, head=verb.i)
        tokens[verb.i] = replace(verb, dep="root", head=verb.i)
        tokens[label.i] = replace(label, dep="parataxis", head=verb.i)


def _datives_hung_past_the_verb(tokens: list[Token], base: int) -> None:
    """«Гатауллину предъявили обвинение … (ст. 284.1 УК РФ)»: a name in the dative with no
    preposition before a verb is the one the verb is done to (whom a charge is brought, a
    term given); the parser can hang it on a noun after the verb, which no word before the
    verb modifies."""
    for k in range(base, len(tokens)):
        t = tokens[k]
        if t.pos != "PROPN" or t.dep != "nmod" or t.feats.get("Case") != "Dat" or t.head <= k + 1:
            continue
        if any(x.head == k and x.dep == "case" for x in tokens[base:]):
            continue
        verb = next(
            (
                v
                for v in tokens[k + 1 : t.head]
                if v.pos == "VERB" and v.sent == t.sent and v.feats.get("VerbForm") == "Fin"
            ),
            None,
        )
        if verb is not None and verb.i in _path_up(tokens, t.head):
            tokens[k] = replace(t, dep="iobj", head=verb.i)


def _dative_pairs_before_a_verb(tokens: list[Token], base: int) -> None:
    """«…, Алиеву и Ибрагимову вменяют участие в …»: two names in the dative joined by «и»
    right before a verb are whom the verb is done to; the parser, led astray by what came
    before, can hang them anywhere (a conjunct of the organisation quoted before them)."""
    n = len(tokens)
    for k in range(base, n):
        t = tokens[k]
        if t.pos != "PROPN" or t.feats.get("Case") != "Dat" or t.dep == "flat:name":
            continue
        j = k + 1
        while j < n and tokens[j].dep == "flat:name" and tokens[j].head == k:
            j += 1
        if j + 1 >= n or tokens[j].text != "и":
            continue
        u = tokens[j + 1]
        if u.pos != "PROPN" or u.feats.get("Case") != "Dat":
            continue
        m = j + 2
        while m < n and tokens[m].dep == "flat:name" and tokens[m].head == u.i:
            m += 1
        if m >= n:
            continue
        verb = tokens[m]
        if (
            verb.pos != "VERB"
            or verb.feats.get("VerbForm") != "Fin"
            or verb.sent != t.sent
            or t.head == verb.i
        ):
            continue
        if any(x.head in (k, u.i) and x.dep == "case" for x in tokens[base:m]):
            continue  # («к Алиеву и Ибрагимову»: a preposition's)
        tokens[k] = replace(t, dep="iobj", head=verb.i)
        tokens[u.i] = replace(u, dep="conj", head=k)
        tokens[j] = replace(tokens[j], dep="cc", head=u.i)


def _path_up(tokens: list[Token], i: int) -> list[int]:
    """The words above `i` up to its sentence's root."""
    out: list[int] = []
    while tokens[i].head != i and len(out) < 50:
        i = tokens[i].head
        out.append(i)
    return out


def _subjects_joined_to_objects(tokens: list[Token], base: int) -> None:
    """«Шумилова и Рудаева отпустили»: a name read as the subject of a plural verb that has
    no object, joined to one in the accusative, is an object too (an animate accusative reads
    as a genitive, which the tagger can take for a nominative)."""
    for k in range(base, len(tokens)):
        t = tokens[k]
        if t.dep != "nsubj" or t.pos != "PROPN" or t.head == k:
            continue
        verb = tokens[t.head]
        if verb.pos != "VERB" or verb.feats.get("Voice") != "Act" or verb.feats.get("Number") != "Plur":
            continue
        kids = [x for x in tokens[base:] if x.head == verb.i and x.i != verb.i]
        if any(x.dep == "obj" for x in kids):
            continue
        joined = [x for x in tokens[base:] if x.head == k and x.dep == "conj"]
        if joined and all(x.feats.get("Case") == "Acc" and x.pos == "PROPN" for x in joined):
            tokens[k] = replace(t, dep="obj")


_NO_NAME_POS = frozenset({"ADV", "ADP", "CCONJ", "SCONJ", "PART", "VERB", "AUX", "PRON", "DET", "NUM"})


def _nominative_objects(tokens: list[Token], base: int) -> None:
    """«Южный окружной военный суд … приговорил жителя …»: the parser can take the court for
    the verb's object beside the real one; a noun tagged nominative, agreeing with a finite
    active verb that has no subject, is its subject."""
    for k in range(base, len(tokens)):
        t = tokens[k]
        if t.dep != "obj" or t.pos != "NOUN" or t.feats.get("Case") != "Nom" or t.head == k:
            continue
        verb = tokens[t.head]
        if verb.feats.get("VerbForm") != "Fin" or verb.feats.get("Voice") != "Act":
            continue
        kids = [x for x in tokens[base:] if x.head == verb.i and x.i != verb.i]
        if any(x.dep.startswith("nsubj") for x in kids) or not any(x.dep == "obj" and x.i != k for x in kids):
            continue  # (with no other object, the tagger's case is the doubtful reading)
        if t.feats.get("Number") != verb.feats.get("Number") or (
            "Gender" in verb.feats and t.feats.get("Gender") != verb.feats["Gender"]
        ):
            continue
        tokens[k] = replace(t, dep="nsubj")


_UD_CASES = {"Nom": "nomn", "Gen": "gent", "Acc": "accs", "Dat": "datv", "Ins": "ablt", "Loc": "loct"}


def _surname_nominative(word: str, gender: str, case: str | None = None) -> str:
    for rx, repl in _SURNAME_CASES.get(gender, ()):
        if rx.search(word):
            return rx.sub(repl, word)
    if gender == "masc" and case in _FOREIGN_MASC_ENDINGS:
        # («Хуана Лопеса», «Хуану Лопесу»: a man's foreign surname ending in a consonant,
        # declined; the dictionaries know it as no surname)
        return _FOREIGN_MASC_ENDINGS[case].sub(r"\1", word)
    return word


_CONSONANT = "бвгджзклмнпрстфхцчшщ"
_FOREIGN_MASC_ENDINGS = {
    "Gen": re.compile(rf"([{_CONSONANT}])а$"),
    "Acc": re.compile(rf"([{_CONSONANT}])а$"),
    "Dat": re.compile(rf"([{_CONSONANT}])у$"),
    "Ins": re.compile(rf"([{_CONSONANT}])ом$"),
}


_PATRONYMIC_GENDER = (
    (re.compile(r"(?:овн|евн|ичн)(?:а|ы|е|у|ой)$"), "Fem"),
    (re.compile(r"(?:ович|евич)(?:а|у|ем|е)?$"), "Masc"),
)


def _patronymic_gender(span_tokens: list) -> str | None:  # type: ignore[type-arg]
    """A patronymic says the gender whatever its case ("Лебедеву Юлию Сергеевну" is a woman,
    though "Лебедеву" alone could be a man's surname in the dative)."""
    for k, tok in enumerate(span_tokens[1:], start=1):
        for rx, gender in _PATRONYMIC_GENDER:
            # («Валентину Климович»: a last word in -ович, undeclined, is a woman's surname as
            # likely as a man's patronymic; declined, «Климовича», it is a man's either way)
            undeclined_last = k == len(span_tokens) - 1 and tok.text.lower().endswith("ич")
            if rx.search(tok.text.lower()) and not (gender == "Masc" and undeclined_last):
                return gender
    return None


# Case endings of masculine first names the dictionaries do not know (Фаиля, Бахрома, Ильдару).
_MASC_ENDINGS = {"Gen": (("я", "ь"), ("а", "")), "Acc": (("я", "ь"), ("а", "")), "Dat": (("ю", "ь"), ("у", "")),
                 "Ins": (("ем", "ь"), ("ом", ""))}  # fmt: skip


# A feminine first name the dictionaries do not know (Надира, Аминат stays), by the ending its
# surname shows the case by: «Надиру Исаеву», «Надире Исаевой», «Надирой Исаевой».
_FEM_ENDINGS = (
    (re.compile(r"(?:ов|ев|ёв|ин|ын)у$"), (("ю", "я"), ("у", "а"))),
    (re.compile(r"(?:ов|ев|ёв|ин|ын)ой$"),
     (("ией", "ия"), ("ии", "ия"), ("ие", "ия"), ("ей", "я"), ("ой", "а"), ("е", "а"), ("ы", "а"))),
)  # fmt: skip


def _feminine_first_name(word: str, surname: str) -> str:
    for rx, endings in _FEM_ENDINGS:
        if rx.search(surname):
            for ending, replacement in endings:
                if word.endswith(ending) and len(word) > len(ending) + 2:
                    return word[: -len(ending)] + replacement
            return word
    return word


def _masculine_first_name(word: str, case: str | None) -> str:
    """The nominative of an unknown masculine first name, from the case of its surname."""
    for ending, replacement in _MASC_ENDINGS.get(case or "", ()):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            return word[: -len(ending)] + replacement
    return word
