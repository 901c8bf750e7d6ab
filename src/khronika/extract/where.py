"""Where an act happened: the places a sentence names (gazetteer, divisions, courts as their
town), the one an act takes, context when its sentence names none, and the facility where
someone is held. Attribution places ("according to X in Manila") are not where it happened."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from khronika.extract.context import DocContext, Trigger
from khronika.extract.courts import court_seats
from khronika.extract.facilities import facility_from_name, facility_in, facility_kind
from khronika.extract.law import find_charges
from khronika.extract.participants import well_known_place
from khronika.extract.places import (
    DIVISION_WORDS,
    NOT_PLACES,
    Place,
    a_demonym,
    after_a_given_name,
    gazetteer,
    is_place_name,
    key,
    place_nominative,
)
from khronika.extract.syntax import descendants, head_in, sentence_at
from khronika.model import Facility, Location, Participant, Span
from khronika.nlp.base import Analysis, Entity


def _division(ctx: DocContext, ent: Entity) -> Place | None:
    """'Niger state', 'Sindh province': the word after the name says it is a division."""
    a = ctx.a
    if ent.tok_end >= len(a.tokens) or a.tokens[ent.tok_end].text.lower() not in DIVISION_WORDS:
        return None
    return gazetteer().lookup(f"{ent.text} {a.tokens[ent.tok_end].text.title()}")


def places_in(ctx: DocContext, s: int) -> list[Location]:
    """The places a sentence names, worked out once per sentence (acts ask again and again)."""
    if s not in ctx.place_cache:
        ctx.place_cache[s] = _in_written_order(ctx.a.text, _place_mentions(ctx, s))
    return ctx.place_cache[s]


def _in_written_order(text: str, found: list[Location]) -> list[Location]:
    """The order they are written in, so that "the latest place named" is the last in the text;
    a region or country named right after a city in it ("RIDGELAND, S.C.", "in Maoming,
    Guangdong Province") only says where the city is, which the city's own record holds: it is
    no place of its own, so the city stays the place named, first and latest; a town named
    after a facility in it ("the Balashiha police station in Moscow") leaves the facility the
    latest place named."""
    out: list[Location] = []
    for loc in sorted(found, key=lambda loc: loc.span.start):
        city = out[-1] if out else None
        if (
            city is not None
            and city.kind == "city"
            and loc.kind != "city"
            and loc.country in (None, city.country)
            and text[city.span.end : loc.span.start] in (",", ", ")
        ):
            continue
        if (
            city is not None
            and city.kind == "facility"
            and text[city.span.end : loc.span.start] in (", ", " in ")
        ):
            out.insert(
                len(out) - 1, loc
            )  # ("the Balashiha police station in Moscow": the station is the latest)
            continue
        out.append(loc)
    return out


def _place_mentions(ctx: DocContext, s: int) -> list[Location]:
    a, gaz = ctx.a, gazetteer()
    sent = a.sentences[s]
    out: list[Location] = []
    facility = ctx.pack.word("facility_words")
    # "ст. 205.2 УК РФ", "the Criminal Code of Belarus": a country in a law's name is no place
    laws = [c.span for c in find_charges(a.text[sent.start : sent.end], sent.start, None)]
    for ent in a.entities:
        if ent.start < sent.start or ent.end > sent.end:
            continue
        if any(law.start <= ent.start and ent.end <= law.end for law in laws):
            continue
        if re.match(r"-(?:based|born|registered|headquartered)\b", a.text[ent.end : ent.end + 16]):
            continue  # "Poland-based channel Belsat": where an outlet sits, not where it happened
        before = a.text[max(sent.start, ent.start - 30) : ent.start].lower().rstrip()
        if any(before.endswith(w) for w in ctx.pack.word("direction_words")):
            continue  # "the car drove off towards Makhachkala": a direction, not where it happened
        if _a_street(ctx, ent):
            continue  # «на площади Труда», "on Malysheva Street": a street's name, not the town
        if (
            ent.label == "ORG"
            and a.language == "en"
            and set(ent.text.lower().split()) & ctx.pack.word("court_words")
            and not court_seats(ent.text)  # (one the court table seats: its town, below)
        ):
            # "the Leninsky District Court of Brest": a court's town (found below) is a place
            out.append(Location(ent.text, Span(ent.start, ent.end, ent.text), None, "place"))
            continue
        # ("in the town of San Marcos de Caiquín" tagged a person: what a town is called is a place)
        words = before.split()
        town_of = len(words) >= 2 and words[-1] == "of" and words[-2] in ctx.pack.word("settlement_words")
        if ent.label in ("ORG", "LOC") and a.language == "ru" and (seat := _court_seat(ent)) is not None:
            out.append(seat)
            continue
        # ("Bishkek police" with the town tagged a nationality: a city's name is its place)
        # (or "Amadou Vamoulké, Cameroon" with the country tagged an organisation: a country's
        # name alone is the country)
        found = gaz.lookup(ent.text) if ent.label in ("NORP", "ORG") else None
        city_word = found is not None and (
            (ent.label == "NORP" and found.kind == "city") or (ent.label == "ORG" and found.kind == "country")
        )
        if (
            ent.label not in ("LOC", "FAC")
            and not (ent.label == "PER" and " " in ent.text and is_place_name(ent.text))
            and not city_word
            and not (town_of and ent.label in ("PER", "ORG"))
        ):
            continue  # the tagger calls "Ciudad Juarez" a person: its name is a place's
        first = a.tokens[ent.tok_start]
        if (
            a.language == "ru"
            and a.case_of(first.i) == "на"
            and (first.feats.get("Case") == "Gen" or first.feats.get("Animacy") == "Anim")
        ):
            continue  # «в отделе полиции на Кирова»: a street named after someone, not the town
        if after_a_given_name(a, ent) or a_demonym(a, ent) or _an_org_named(ctx, ent):
            continue  # (… or "the human rights centre Viasna": an organisation's name)
        # («Нигерии (DSS)»: an abbreviation the tagger ran into the place is no part of it)
        bracket = re.search(r"\s*\([^()]*\)$", ent.text)
        if bracket is not None and bracket.start() > 0:
            ent = replace(
                ent,
                text=ent.text[: bracket.start()],
                normal=re.sub(r"\s*\([^()]*\)$", "", ent.normal),
                end=ent.start + bracket.start(),
            )
        place = _division(ctx, ent) or gaz.lookup_in(ent.text, ent.normal, _named_countries(ctx))
        nxt = a.tokens[ent.tok_end] if ent.tok_end < len(a.tokens) else None
        if place is None and nxt is not None and nxt.text[:1].isupper() and nxt.start == ent.end + 1:
            # ("the province of Nghe An" with "Nghe" alone tagged: the word after completes a name)
            whole = a.text[ent.start : nxt.end]
            place = gaz.lookup(whole)
            if place is not None:
                ent = replace(ent, text=whole, normal=whole, end=nxt.end, tok_end=ent.tok_end + 1)
        if not town_of and _a_persons_name(ctx, ent, place):
            continue
        if place is None and (key(ent.text) in NOT_PLACES or not any(c.isupper() for c in ent.text)):
            continue  # "convicted in absentia": a name the gazetteer lacks is at least capitalised
        if place is None and all(w.casefold() in ctx.pack.people_nouns() for w in ent.text.split()):
            continue  # "Lawyer Yulia X", the noun opening the sentence tagged a place
        name = ent.normal if a.language == "ru" else ent.text.removeprefix("the ").removeprefix("The ")
        if a.language == "ru" and place is not None:
            name = place_nominative(name)  # "из Тулы": the tagger may leave it inflected
        span = Span(ent.start, ent.end, ent.text)
        if place is None and ent.label == "LOC":
            place = _possessed_place(ent.text)
        if place is None and _names_a_thing(ctx, ent):
            continue  # "an M-4 automatic rifle": a name the gazetteer lacks, modifying a thing
        if place is None and any(e.label == "ORG" and e.text == ent.text for e in a.entities):
            continue  # ("according to Viasna" after "the human rights centre Viasna": the centre)
        if place is None:  # not in the gazetteer: country from the sentence (below), kind from the tagger
            # (a division the gazetteer lacks, «Ростовская область», "Rostov Oblast", is no
            # more precise than a city named beside it)
            division = name.split()[-1].lower() in DIVISION_WORDS if name.split() else False
            kind = "facility" if ent.label == "FAC" else "region" if division else "place"
            town = _town_inside(ent) if kind == "facility" else None
            if town is not None:  # ("Baku Pre-Trial Detention Centre No. 1": in Baku)
                name = re.sub(r"\s+No\.?$", "", name)  # (the number the tagger cut off, dropped whole)
                out.append(Location(name, span, town.country, kind, region=town.region or town.name))
                continue
            out.append(Location(name, span, None, kind))
        else:
            out.append(gaz.locate(name, span, place))
    out.extend(_courts_seated_elsewhere(ctx, s, out))
    out.extend(_untagged_places(ctx, s, out))
    for i in a.sentence_tokens(s):
        t = a.tokens[i]
        if t.lemma in facility and t.pos in ("NOUN", "PROPN"):
            lo, hi = ctx.resolver.np_range(
                i, stop=("acl", "acl:relcl", "nmod", "obl", "conj", "punct", "appos", "cc")
            )
            named = [  # (not the facility word itself, capitalised first in a sentence: "Prison guards")
                j
                for j in range(lo, hi + 1)
                if j != i and (a.tokens[j].pos in ("PROPN", "NUM") or "-" in a.tokens[j].text)
            ]
            if not named or hi - lo > 6:
                continue
            aside = a.tokens[lo - 1] if lo > sent.tok_start else None
            if aside is not None and aside.pos == "PROPN" and lo <= aside.head <= hi:
                known = gaz.lookup(aside.text)  # ("Baku Pre-Trial Detention Centre" parsed town aside)
                if known is not None and known.kind in ("city", "region"):
                    lo, named = lo - 1, [lo - 1, *named]
            sp = ctx.resolver.span(lo, hi)
            if facility_kind(sp.text) is None:
                continue  # "the Viasna human rights centre": a centre, but no place anyone is held
            # (not a piece of a hyphened word: "Pre" of "Pre-Trial" is no town)
            named = [j for j in named if not _hyphened(a, j)]
            inner = next((gaz.lookup(a.tokens[j].text) for j in named if gaz.lookup(a.tokens[j].text)), None)
            region = (inner.region or inner.name) if inner and inner.kind in ("city", "region") else None
            out.append(Location(sp.text, sp, inner.country if inner else None, "facility", region=region))
    out = _countries_from_sentence(out, ctx.doc_country)
    return [loc for loc in (_court_to_place(ctx, loc) for loc in out) if loc is not None]


def _town_inside(ent: Entity) -> Place | None:
    """A city the gazetteer knows among the capitalised words of a facility's name."""
    gaz = gazetteer()
    for m in re.finditer(r"(?<![\w-])[A-ZА-ЯЁ][\w]+(?![\w-])", ent.text):
        place = gaz.lookup(m.group())
        if place is not None and place.kind == "city":  # (not a region: "Central" of "Central Prison")
            return place
    return None


def _hyphened(a: Analysis, i: int) -> bool:
    """A token joined to its neighbour by a hyphen the tokenizer split off ("Pre" of "Pre-Trial")."""
    t = a.tokens[i]
    before = a.text[t.start - 1 : t.start] if t.start else ""
    return before == "-" or a.text[t.end : t.end + 1] == "-"


def _an_org_named(ctx: DocContext, ent: Entity) -> bool:
    """'the human rights centre Viasna': a name right after a noun for an organisation is
    its name — but not a big city's or a country's («в центре Минска» is the middle of Minsk)."""
    return ctx.resolver.after_an_org_noun(ent) and not well_known_place(ent.text, ent.normal)


def _a_street(ctx: DocContext, ent: Entity) -> bool:
    """A name hung on a word for a street or a square, or ending in one."""
    a, streets = ctx.a, ctx.pack.word("street_words")
    first = a.tokens[ent.tok_start]
    on_street = (  # (the name bare after it: «в Екатеринбурге» on «улице» is still the town)
        first.head != first.i
        and a.tokens[first.head].lemma in streets
        and first.head < first.i
        and not a.case_of(first.i)
    )
    words = ent.text.lower().rstrip(".").split()
    return on_street or (len(words) > 1 and words[-1] in streets)


_CITY_COURT = re.compile(r"([А-ЯЁ][а-яё]+) (?:городской|областной|краевой) суд")


def _court_seat(ent: Entity) -> Location | None:
    """«Псковский городской суд», «Курский областной суд»: a city or regional court named by
    its city's adjective sits in that city (not a district court: «Кировский районный суд»
    is named after a district)."""
    gaz = gazetteer()
    m = _CITY_COURT.search(ent.text)
    found = gaz.city_of_adjective(m.group(1)) if m else None
    if m is None or found is None:
        return None
    place, name = found
    span = Span(ent.start + m.start(1), ent.start + m.end(1), m.group(1))
    full = gaz.russian_name(place) or ""
    # (the whole name where the adjective gave part of it: «Санкт-Петербургский» read «Петербург»)
    return gaz.locate(full if name in full and name != full else name, span, place)


def _courts_seated_elsewhere(ctx: DocContext, s: int, found: list[Location]) -> list[Location]:
    """«Мосгорсуд», "the Southern District Military Court": a court whose name does not say its
    town sits in the one the court table gives (unless a place was already read there)."""
    a, gaz = ctx.a, gazetteer()
    sent = a.sentences[s]
    out = []
    for court in court_seats(a.text[sent.start : sent.end], sent.start):
        if any(loc.span.start < court.end and court.start < loc.span.end and loc.country for loc in found):
            continue
        place = gaz.lookup(court.seat)
        if place is None:
            continue
        name = place.name  # (a Russian report names it as the table does, or by its Russian name)
        if a.language == "ru":
            name = court.seat if re.search("[а-яё]", court.seat, re.I) else gaz.russian_name(place) or name
        out.append(gaz.locate(name, Span(court.start, court.end, a.text[court.start : court.end]), place))
    return out


def _names_a_thing(ctx: DocContext, ent: Entity) -> bool:
    """'an unsecured M-4 automatic rifle': the tagger's place is a model's name when it only
    modifies a common noun that is no place, no facility and no people ("Hunan province"
    stays; the 'Minsk flat' keeps its place: the gazetteer knows it)."""
    a = ctx.a
    last = a.tokens[ent.tok_end - 1]
    if last.dep not in ("compound", "amod", "nmod") or last.head < ent.tok_end or a.kids(last.i, "case"):
        return False  # (a name before the noun it modifies, with no preposition of its own)
    head = a.tokens[last.head]
    return (
        head.pos == "NOUN"
        and head.lemma not in ctx.pack.word("facility_words") | ctx.pack.word("settlement_words")
        and head.lemma not in ctx.pack.people_nouns()
    )


def _named_countries(ctx: DocContext) -> frozenset[str]:
    """The countries a report names, itself or by a region of it ("Nicaragua", "Texas"): a
    city name several countries share is taken in one of them."""
    if ctx.named_countries is None:
        gaz = gazetteer()
        ctx.named_countries = frozenset(
            place.country
            for ent in ctx.a.entities
            if ent.label in ("LOC", "NORP")
            and (place := gaz.lookup(ent.text, ent.normal)) is not None
            and place.kind in ("country", "region")
        ) | ({ctx.doc_country} if ctx.doc_country else set())  # ("Bosnian police": its country too)
    return ctx.named_countries


def _a_persons_name(ctx: DocContext, ent: Entity, place: Place | None) -> bool:
    """'Pearl's kidnapping' after 'Daniel Pearl', 'Qureshi' after 'Shah Mahmood Qureshi': a
    name the report gives a person elsewhere is that person, not the small town of the same
    name (countries, divisions and cities of a million keep their name: 'Jordan', 'Washington');
    so is one set beside a noun for a person ("Khurram Parvez, the JKCCS coordinator") or listed
    with people ("Nargiz Absalamova and Elnara Gasimova")."""
    if place is not None and (place.kind != "city" or place.population >= 1_000_000):
        return False
    if ctx.person_words is None:
        full_names = [e.text for e in ctx.a.entities if e.label == "PER"] + list(
            ctx.resolver.people.canonical.values()  # (with names the tagger called organisations)
        )
        ctx.person_words = {
            w.casefold()
            for name in full_names
            if " " in name.strip()  # a full name ("⚡️ Grodno" alone is no one)
            for w in re.findall(r"\w+", name)
        }
    a, last = ctx.a, ent.tok_end - 1
    if any(k.lemma in ctx.pack.people_nouns() for k in a.kids(last, "appos")) or (
        a.tokens[last].dep == "appos" and a.tokens[a.tokens[last].head].lemma in ctx.pack.people_nouns()
    ):
        return True  # "Khurram Parvez, the JKCCS coordinator", "his colleague, Agnes Chow": a person
    listed = [k.i for k in a.kids(last, "conj")] + (
        [a.tokens[last].head] if a.tokens[last].dep == "conj" else []
    )
    # ("reporters Hafiz Babali, Nargiz Absalamova and Elnara Gasimova": one of a list of people;
    # "Kotey and Elsheikh", the other named in full elsewhere: also a person)
    if any((e := a.entity(j)) is not None and _a_person_word(ctx, e) for j in listed):
        return True
    words = re.findall(r"\w+", ent.text)
    if place is None and any(
        (e.label == "PER" and e.text == ent.text)
        or (e.label in ("PER", "ORG") and 2 <= len(e.text.split()) <= 4 and e.text.endswith(" " + ent.text))
        for e in a.entities
    ):
        # "left workers such as Adhikari": a name the gazetteer lacks, a person's elsewhere (or
        # the last word of a full name the tagger called an organisation: "El Shafee Elsheikh")
        return True
    return bool(words) and all(w.casefold() in ctx.person_words for w in words)


def _a_person_word(ctx: DocContext, ent: Entity) -> bool:
    """A name tagged a person's, or made only of words of a person's full name ("Kotey" after
    "Alexanda Kotey")."""
    words = re.findall(r"\w+", ent.text)
    return ent.label == "PER" or (
        bool(words) and ctx.person_words is not None and all(w.casefold() in ctx.person_words for w in words)
    )


def _possessed_place(text: str) -> Place | None:
    """ "Karim's Bamako": a name the gazetteer lacks that is a city or region it knows with a
    possessive before it (the tagger took a word too many)."""
    m = re.fullmatch(r"\w+['’]s\s+(.+)", text)
    place = gazetteer().lookup(m.group(1)) if m else None
    return place if place is not None and place.kind in ("city", "region") else None


def _countries_from_sentence(found: list[Location], doc_country: str | None) -> list[Location]:
    """A facility the gazetteer does not know ("the Kondengui Central Prison in Yaoundé,
    Cameroon") is in the country of the known place named right after it; any other unknown
    place, or a facility without one, is in the country the report is mostly about (a
    nearest-place rule was tried for all unknown places and was wrong more often than right:
    "the kingdom", "PH" are references, not places near others)."""
    known = [loc for loc in found if loc.country]
    out = []
    for loc in found:
        if loc.country is None:
            after = [k for k in known if loc.kind == "facility" and 0 <= k.span.start - loc.span.end <= 12]
            loc = replace(loc, country=after[0].country if after else doc_country)
        out.append(loc)
    return out


def _court_to_place(ctx: DocContext, loc: Location) -> Location | None:
    """A court is who decided, not where: 'Leninsky District Court of Voronezh' gives
    Voronezh as the place; a court named without its town gives no place."""
    words = re.findall(r"\w+", loc.name.lower())
    if not set(words) & ctx.pack.word("court_words") and not any(w.startswith("суд") for w in words):
        return loc
    gaz = gazetteer()
    for m in re.finditer(r"\w[\w-]+", loc.span.text):
        place = gaz.lookup(m.group())
        if place is not None and place.kind in ("city", "region"):
            start = loc.span.start + m.start()
            name = place.name if ctx.a.language == "en" else m.group()
            return gaz.locate(name, Span(start, start + len(m.group()), m.group()), place)
    return None


_SPECIFIC = {"facility": 4, "city": 3, "place": 3, "region": 2, "country": 1}


def location_of(ctx: DocContext, trig: Trigger, s: int, victims: list[Participant]) -> Location | None:
    a = ctx.a
    cands = [
        loc
        for loc in places_in(ctx, s)
        if not _in_attribution(ctx, s, loc.span)
        # "the apartment of Artyom Boyarshinov": a town named like a given name, inside a
        # victim's name, is not where it happened
        and not any(v.span.start <= loc.span.start < v.span.end for v in victims if v.kind != "group")
    ]
    if trig.rules.type in (
        "sentence",
        "remand",
    ):  # "to three years in a penal colony": where it will be served
        destinations = ctx.pack.word("destination_words")
        cands = [
            c
            for c in cands
            if not (c.kind == "facility" and set(re.findall(r"\w+", c.name.lower())) & destinations)
        ]
    for v in victims:  # "Crimean anarchist X": a place word attached to the victim
        for ent in a.entities:
            if ent.label == "NORP" and v.span.start - 40 <= ent.start < v.span.end:
                place = gazetteer().lookup(ent.text)
                if place and place.kind in ("region", "city"):
                    cands.append(gazetteer().locate(place.name, Span(ent.start, ent.end, ent.text), place))
    if any(not _wire_dateline(ctx, s, c) and _told_as_where(ctx, c) for c in cands):
        # "BOGOTÁ, 9 March (Reuters) - Gunmen shot dead X … in Cauca province": where the
        # report was filed gives way to a place told as where the act happened
        cands = [c for c in cands if not _wire_dateline(ctx, s, c)]
    # («за участие в протестах против соглашения о границе с Чечнёй»: what an agreement was
    # about is not where anyone was fined)
    cands = [c for c in cands if not _in_a_topic(ctx, c) and not _where_banned(ctx, c, trig)]
    # («угрожали «отправить в Сирию»», "threatened to send him to Syria": where a threat would
    # take him is not where it, or anything told beside it, was done)
    threats = [
        j
        for j in a.sentence_tokens(s)
        if any(rules.type == "threat" for rules, _ in ctx.pack.trigger_words.get(a.tokens[j].lemma, ()))
    ]
    said = {t for j in threats for k in a.kids(j, "xcomp", "ccomp") for t in descendants(a, k.i) | {k.i}}
    if said:
        cands = [
            c for c in cands if not any(a.tokens[t].start <= c.span.start < a.tokens[t].end for t in said)
        ]
    home = [c for c in cands if _a_victims_home(ctx, c, victims)]
    if len(home) < len(cands):
        # "Anna Smith, of north London, was arrested in Tehran": where she is from, set beside
        # her name, is not where it happened when another place is told
        cands = [c for c in cands if c not in home]
    joined = _joined_clauses(ctx, trig.i)
    if any(c.span.start not in joined for c in cands):
        # "arrested at his home in Maladzechna … and has since been held in SIZO No. 1": a
        # place a joined clause names is where the next thing happened
        cands = [c for c in cands if c.span.start not in joined]
    if cands:
        trig_pos = a.tokens[trig.i].start

        def score(loc: Location) -> tuple[int, int]:
            return (_SPECIFIC.get(loc.kind, 3), -abs(loc.span.start - trig_pos))

        best = max(cands, key=score)
        if best.kind == "country" and not _over_many_places(ctx, best):
            return _more_precise(ctx, s, best) or best
        if best.kind == "region":
            # («увезли в здание МВД по Дагестану» after «в Махачкале»: the city of that region
            # the report named is more precise)
            return _city_in_region(ctx, best) or best
        return best
    # (a court's act is not done at the police station or the prison named before it)
    court_act = trig.rules.type in ("sentence", "remand", "prosecution")
    return _dateline(ctx, s) or _location_from_context(ctx, _incident_start(ctx, s), court_act)


_TOPIC_MARKS = ("о", "об", "про", "about")


def _in_a_topic(ctx: DocContext, loc: Location) -> bool:
    """A place inside a phrase saying what something is about («соглашение о границе с Чечнёй»,
    "a report about Grozny")."""
    a = ctx.a
    s = sentence_at(a, loc.span.start)
    at = (
        next((i for i in a.sentence_tokens(s) if a.tokens[i].start >= loc.span.start), None)
        if s is not None
        else None
    )
    return at is not None and any(a.case_of(j) in _TOPIC_MARKS for j in [at, *a.ancestors(at)][:5])


def _where_banned(ctx: DocContext, loc: Location, trig: Trigger) -> bool:
    """A place in a clause describing something as banned there ("Hizb ut-Tahrir, which is
    banned in Russia", «запрещённой в России»): a standing disclaimer, not where the act was
    (unless the ban is the act)."""
    a = ctx.a
    at = head_in(a, loc.span)
    if at is None or a.tokens[at].head == at:
        return False
    verb = a.tokens[a.tokens[at].head]
    return verb.i != trig.i and verb.dep in ("acl", "acl:relcl") and verb.lemma in ctx.pack.word("ban_verbs")


def _a_victims_home(ctx: DocContext, loc: Location, victims: list[Participant]) -> bool:
    """A place set off by a comma right after a victim's name with a word for where one lives
    or comes from ("X, of north London,", «X, житель Казани,»)."""
    homes = ctx.pack.word("residence_words")
    at = head_in(ctx.a, loc.span)
    if at is not None and at != ctx.a.tokens[at].head:
        # («жителя Бахчисарая Эрнеста Халилова»: the town hangs on the word for one living there)
        up = ctx.a.tokens[ctx.a.tokens[at].head]
        if (
            up.lemma in homes
            and up.pos == "NOUN"
            and any(abs(v.span.start - up.start) <= 40 for v in victims)
        ):
            return True
    for v in victims:
        between = ctx.a.text[v.span.end : loc.span.start]
        words = re.findall(r"\w+", between.lower())
        if between.lstrip().startswith(",") and len(words) <= 3 and set(words) & homes:
            return True
    return False


def _city_in_region(ctx: DocContext, region: Location) -> Location | None:
    """The latest city named before, in the region (by the gazetteer's first-level division)."""
    name = (region.latin or region.name).casefold()
    inside = [
        c
        for c in ctx.places
        if c.kind == "city" and c.region and c.country == region.country and name in c.region.casefold()
    ]
    return replace(inside[-1], inferred=True) if inside else None


def _told_as_where(ctx: DocContext, loc: Location) -> bool:
    """ "in Cauca province", «в Казани»: a place with a preposition of where, not one
    describing someone ("Hong Kong media tycoon")."""
    a = ctx.a
    i = head_in(a, loc.span)
    while i is not None and a.tokens[i].dep in ("compound", "flat", "amod") and a.tokens[i].head != i:
        i = a.tokens[i].head  # ("in Cauca province": the preposition is the province's)
    if (
        i is not None
        and a.case_of(i) == "of"
        and a.tokens[a.tokens[i].head].lemma in ctx.pack.word("settlement_words")
    ):
        i = a.tokens[i].head  # ("in the town of San Marcos": the preposition is the town's)
    return i is not None and a.case_of(i) in _LOCATIVE | _ALSO_WHERE


def _wire_dateline(ctx: DocContext, s: int, loc: Location) -> bool:
    """A place in capitals opening the sentence before a comma or a bracket ("BOGOTÁ, 9 March
    (Reuters) -"): the wire-style dateline."""
    a = ctx.a
    head = a.text[a.sentences[s].start : loc.span.start].strip()
    after = a.text[loc.span.end : loc.span.end + 2].lstrip()
    return not head and loc.span.text.isupper() and after[:1] in (",", "(", "—", "–", "-")


def _joined_clauses(ctx: DocContext, i: int) -> set[int]:
    """The characters where the words of the clauses joined to a verb trigger by "and" start."""
    a = ctx.a
    if a.tokens[i].pos not in ("VERB", "AUX"):
        return set()
    out: set[int] = set()
    for k in a.kids(i, "conj"):
        if k.pos in ("VERB", "AUX"):
            out |= {a.tokens[j].start for j in descendants(a, k.i) | {k.i}}
    return out


def _dateline(ctx: DocContext, s: int) -> Location | None:
    """'Khujand. A court sentenced …': a bulletin's paragraph that opens with a place name
    alone tells where everything in it happened."""
    found = _bulletin_item(ctx, s)
    return found[0] if found is not None else None


def bulletin_item_start(ctx: DocContext, s: int) -> int | None:
    """Where the bulletin item holding sentence s begins (its place line), if it is one: who
    acted and when, told in an item before it, is not borrowed into it ("🔴 Minsk. A court
    sentenced X … 🔴 Hrodna. Y was fined": not by the Minsk court, nor on its day)."""
    found = _bulletin_item(ctx, s)
    return found[1] if found is not None else None


def _bulletin_item(ctx: DocContext, s: int) -> tuple[Location, int] | None:
    a = ctx.a
    for k in range(s - 1, max(-1, s - 8), -1):
        if "\n" in a.text[a.sentences[k].end : a.sentences[k + 1].start]:
            return None  # the paragraph began after sentence k
        line = a.text[a.sentences[k].start : a.sentences[k].end].strip().rstrip(".:—–-").strip()
        line = re.sub(r"^[^\w«\"]+", "", line)  # ("🔴 Hrodna.": the marks a post opens with)
        found = [loc for loc in places_in(ctx, k) if loc.span.text.strip() == line]
        if found:
            return replace(found[0], inferred=True), a.sentences[k].start
        words = line.split()
        place = (
            gazetteer().lookup(line) if 1 <= len(words) <= 3 and all(w[:1].isupper() for w in words) else None
        )
        if place is not None:  # a line too short for the tagger to call it a place
            start = a.text.index(line, a.sentences[k].start)
            located = gazetteer().locate(line, Span(start, start + len(line), line), place)
            return replace(located, inferred=True), a.sentences[k].start
    return None


def _over_many_places(ctx: DocContext, country: Location) -> bool:
    """ "in cities across Russia", «в разных городах России»: many places of the country,
    none of them more than another."""
    a = ctx.a
    i = head_in(a, country.span)
    if i is None or a.tokens[i].head == i:
        return False
    settlements = ctx.pack.word("settlement_words") | {"регион", "область"}
    # (the noun it hangs on, or, where the parser hung it on the verb, the one before its
    # preposition: "cities across Russia")
    nouns = [a.tokens[a.tokens[i].head]] + (
        [a.tokens[i - 2]] if i >= 2 and a.tokens[i - 1].dep == "case" else []
    )
    return any(n.lemma in settlements and n.feats.get("Number") == "Plur" for n in nouns)


def _more_precise(ctx: DocContext, s: int, country: Location) -> Location | None:
    """'the Supreme Court of Tajikistan sentenced …; the trial in Dushanbe was closed': a
    sentence that names only the country takes the city named just before or after it."""
    nearby = list(reversed(ctx.places[-6:]))
    if s + 1 < len(ctx.a.sentences):
        nearby = places_in(ctx, s + 1) + nearby
    for loc in nearby:
        if loc.kind in ("city", "region", "place") and loc.country == country.country:
            return replace(loc, inferred=True)
    return None


def _in_attribution(ctx: DocContext, s: int, span: Span) -> bool:
    """'according to the office of X in Manila': where the source sits is not where it happened."""
    sent = ctx.a.sentences[s]
    text = ctx.a.text[sent.start : sent.end]
    for rx in ctx.pack.cue_patterns.get("according_to", ()):
        for m in rx.finditer(text):
            if "who" in rx.groupindex and m.group("who"):
                lo, hi = sent.start + m.start("who"), sent.start + m.end("who")
                if lo <= span.start and span.end <= hi:
                    return True
    return False


def _where_one_lives(ctx: DocContext, loc: Location) -> bool:
    """ "She lives in Germany", «живёт в Германии»: where someone lives, told of them, is no
    place of what was done to them elsewhere."""
    a = ctx.a
    i = head_in(a, loc.span)
    return (
        i is not None
        and a.tokens[i].dep == "obl"
        and a.tokens[a.tokens[i].head].lemma in ctx.pack.word("living_verbs")
    )


def _a_recipient(ctx: DocContext, loc: Location) -> bool:
    """«против передачи части территории Чечне»: a place in the bare dative is given
    something, not where anything happened."""
    a = ctx.a
    if a.language != "ru":
        return False
    i = head_in(a, loc.span)  # (the name's own head: «к Соловецкому камню» is «камню»)
    return i is not None and a.tokens[i].feats.get("Case") == "Dat" and not a.case_of(i)


def _incident_start(ctx: DocContext, s: int) -> int:
    """Where the incident the sentence tells begins to be told: at the last sentence up to it
    that opens "Separately," («В другом случае»), else at the start of the report."""
    marks = ctx.pack.cue_patterns.get("separate_incident", ())
    for k in range(s, -1, -1):
        sent = ctx.a.sentences[k]
        opening = ctx.a.text[sent.start : sent.end].lstrip()
        if any(rx.match(opening) for rx in marks):
            return sent.start
    return 0


def _location_from_context(ctx: DocContext, since: int = 0, court_act: bool = False) -> Location | None:
    """No place in the act's sentence: the latest place named before it, preferring one in
    the country the report is mostly about (a statement from Washington about an arrest in
    Minsk does not move the arrest); failing that, the first such place named after it. In
    another incident ("Separately, …") only the places told of it count; failing those, the
    country the report is about."""
    destinations = ctx.pack.word("destination_words")  # "three years in a penal colony": yet to come
    if since:
        told = [loc for loc in ctx.places if loc.span.start >= since and loc.kind != "country"]
        return replace(told[-1], inferred=True) if told else ctx.country_mention
    earlier = [
        loc
        for loc in reversed(ctx.places)
        if loc.kind != "country"
        and not _a_recipient(ctx, loc)
        and not _where_one_lives(ctx, loc)
        and not (loc.kind == "facility" and _named_with(loc, destinations))
    ]
    if court_act:
        # (nor at a district named in that station's name: "Leninsky district police department")
        held_at = [loc.span for loc in earlier if loc.kind == "facility" and not _a_court_building(ctx, loc)]
        outside = [loc for loc in earlier if not any(h.start <= loc.span.start < h.end for h in held_at)]
        earlier = outside if outside else earlier
    country = _country_named_since(ctx, earlier)
    if country is not None:
        return replace(country, inferred=True)
    in_country = [loc for loc in earlier if ctx.doc_country and loc.country == ctx.doc_country]
    for loc in in_country or earlier:
        if loc.kind == "region":  # "МВД по Татарстану" after "в Казани": the city in it is more precise
            region = (loc.latin or loc.name).casefold()
            inside = [c for c in earlier if c.kind == "city" and c.region and region in c.region.casefold()]
            # (or a city of its country named in the same sentence: «в Ростове-на-Дону сотрудники
            # УФСБ по Ростовской области», a division the gazetteer lacks)
            same = sentence_at(ctx.a, loc.span.start)
            beside = [  # (not the wire dateline opening it: "TEGUCIGALPA — … in the department of Lempira")
                c
                for c in earlier
                if c.kind == "city"
                and sentence_at(ctx.a, c.span.start) == same
                and c.country == loc.country
                and not (same is not None and _wire_dateline(ctx, same, c))
            ]
            loc = inside[0] if inside else beside[0] if beside else loc
        return replace(loc, inferred=True)
    if ctx.places:
        return replace(ctx.places[-1], inferred=True)
    if ctx.doc_country:
        for loc in (p for s in range(len(ctx.a.sentences)) for p in places_in(ctx, s)):
            if loc.country == ctx.doc_country and not (
                loc.kind == "facility" and _named_with(loc, destinations)
            ):
                return replace(loc, inferred=True)
    # a report that names no place but its country ("Uganda People's Defence Forces beat
    # students"): the country, at the first word that names it, inferred
    return ctx.country_mention


def _named_with(loc: Location, words: frozenset[str]) -> bool:
    """Whether one of the words is a word of the place's name ("penal colony", "court")."""
    return bool(set(re.findall(r"\w+", loc.name.lower())) & words)


def _a_court_building(ctx: DocContext, loc: Location) -> bool:
    return _named_with(loc, ctx.pack.word("court_words"))


def _a_heading(ctx: DocContext, span: Span) -> bool:
    """A line of its own, a few words with no verb: a section's heading."""
    a = ctx.a
    s = sentence_at(a, span.start)
    if s is None:
        return False
    sent = a.sentences[s]
    line_start = a.text.rfind("\n", 0, sent.start) + 1
    line_end = a.text.find("\n", sent.end)
    line_end = len(a.text) if line_end < 0 else line_end
    if a.text[line_start : sent.start].strip() or a.text[sent.end : line_end].strip():
        return False
    toks = [a.tokens[i] for i in a.sentence_tokens(s)]
    return len(toks) <= 8 and not any(t.pos in ("VERB", "AUX") for t in toks)


def _country_named_since(ctx: DocContext, earlier: list[Location]) -> Location | None:
    """ "Katsiaryna Andreyeva, Belarus" heading the next section of a round-up after a story
    told in Quebec: a country named after the latest town, and not that town's, is where the
    story has moved (its towns, if any were named, are not known)."""
    last = next((loc for loc in reversed(ctx.places) if not _a_recipient(ctx, loc)), None)
    if last is None or last.kind != "country" or not last.country or not _a_heading(ctx, last.span):
        return None  # (a country told in passing, "a ban condemned in Britain", moves nothing)
    town = earlier[0] if earlier else None
    if town is None or town.span.start > last.span.start or town.country in (last.country, None):
        return None
    if any(loc.country == last.country for loc in earlier):
        return None  # "deported from Istanbul … had lived in Turkey": its town was named before
    for act in ctx.history:
        # «суд Москвы арестовал журналистку, которая живёт в Латвии»: the sentence naming the
        # country told an act that happened elsewhere; the country is no scene
        told = any(e.start <= last.span.start < e.end for e in act.evidence)
        if told and act.location is not None and act.location.country != last.country:
            return None
    return last


CUSTODY_TYPES = (
    "detention", "remand", "torture", "death_in_custody", "self_harm", "sentence", "denial_of_counsel",
    "coerced_statement", "coerced_cooperation", "enforced_disappearance", "release",
)  # fmt: skip


def facility_of(ctx: DocContext, trig: Trigger, s: int, location: Location | None) -> Facility | None:
    """Where the person is held: the act's place when that is a facility, else a facility the
    sentence names (for a sentence, where it is to be served), else an unnamed one ('a police
    station'). Never one from another sentence: a facility is asserted, not inferred."""
    if location is not None and location.kind == "facility" and not location.inferred:
        found = facility_from_name(location.name, location.span)
        if found:
            return found
    for loc in places_in(ctx, s):
        if loc.kind == "facility":
            found = facility_from_name(loc.name, loc.span)
            if found:
                return found
    sent = ctx.a.sentences[s]
    return facility_in(ctx.a.text[sent.start : sent.end], sent.start)


def document_country(a: Analysis, streets: frozenset[str] = frozenset()) -> Location | None:
    """The country the report is mostly about (the one its places name most often), as its
    first mention. Where the tagger marked no place the gazetteer knows ("Bahrain: Youngest
    political prisoner released", "Uganda People's Defence Forces" inside a name), the
    countries named by proper nouns anywhere count instead."""
    gaz = gazetteer()
    counts: Counter[str] = Counter()
    first: dict[str, Span] = {}  # country -> where the report first names it
    # ("Lady Ann Salem" named, then "Salem" tagged a place: her name, not a town's)
    surnames = {
        words[-1].casefold()
        for e in a.entities
        if e.label == "PER" and 2 <= len(words := e.text.split()) <= 4 and all(w[:1].isupper() for w in words)
    }
    for ent in a.entities:
        if ent.label in ("LOC", "NORP", "FAC"):
            first_word = a.tokens[ent.tok_start]
            if first_word.head < first_word.i and a.tokens[first_word.head].lemma in streets:
                continue  # («на улице Франко»: a street named after someone, not Franco in Brazil)
            place = gaz.lookup(ent.text, ent.normal)
            if place and place.kind == "city" and ent.text.casefold() in surnames:
                continue
            if place:
                counts[place.country] += 1
                first.setdefault(place.country, Span(ent.start, ent.end, ent.text))
    if not counts:
        for t in a.tokens:
            place = gaz.lookup(t.text) if t.pos == "PROPN" and t.text[:1].isupper() else None
            if place is not None and place.kind == "country":
                counts[place.country] += 1
                first.setdefault(place.country, Span(t.start, t.end, t.text))
    if not counts:
        return None
    country = counts.most_common(1)[0][0]
    place = gaz.lookup(country)
    mention = first[country]
    if place is None or place.kind != "country":
        return Location(country, mention, country, "country", inferred=True)
    return replace(gaz.locate(country, mention, place), inferred=True)


_LOCATIVE = {"in", "near", "во", "в", "под"}
# (prepositions of where that do not mark an untagged word as a place: "at", «на», «у»)
_ALSO_WHERE = {"at", "outside", "inside", "на", "у"}


def _capitals_dateline(ctx: DocContext, tokens: list[int]) -> Location | None:
    """ "PHNOM PENH, July 3 —", "NEW DELHI (Reuters) -": a place of two or three words in
    capitals opening the sentence, before a comma, a bracket or a dash."""
    a = ctx.a
    n = 0
    while (
        n < min(3, len(tokens)) and a.tokens[tokens[n]].text.isupper() and a.tokens[tokens[n]].text.isalpha()
    ):
        n += 1
    if n < 2 or n >= len(tokens) or a.tokens[tokens[n]].text not in (",", "(", ":", "—", "-", "–"):
        return None
    first, last = a.tokens[tokens[0]], a.tokens[tokens[n - 1]]
    name = " ".join(a.tokens[j].text.title() for j in tokens[:n])
    place = gazetteer().lookup(name)
    if place is None or place.kind not in ("city", "region", "country"):
        return None
    return gazetteer().locate(name, Span(first.start, last.end, a.text[first.start : last.end]), place)


def _a_date_at(ctx: DocContext, ent: Entity) -> bool:
    return any(d.start < ent.end and ent.start < d.end for d in ctx.dates)


def _untagged_places(ctx: DocContext, s: int, found: list[Location]) -> list[Location]:
    """Places the tagger did not mark: a proper noun after "in"/"в" ("was detained in Irkutsk"),
    or a dateline ("Samara: officers …"), that the gazetteer knows as a city, region or
    country. Only the gazetteer decides: an unknown word stays unknown."""
    a, gaz = ctx.a, gazetteer()
    taken = [(loc.span.start, loc.span.end) for loc in found]
    # A one-word "person" or "organisation" after "in" that the gazetteer knows ("detained in
    # Perm", "a court in Omsk": the small English model tags them PER or ORG) is a place; longer
    # entities keep their label.
    # ("a market in Turbat" tagged a date: one word tagged a date that no date was read in)
    covered = [
        (e.start, e.end)
        for e in a.entities
        if not (e.label in ("PER", "ORG") and e.tok_end - e.tok_start == 1)
        and not (e.label == "DATE" and e.tok_end - e.tok_start == 1 and not _a_date_at(ctx, e))
    ]
    out = []
    tokens = list(a.sentence_tokens(s))
    opening = _capitals_dateline(ctx, tokens)
    if opening is not None:
        out.append(opening)
        taken.append((opening.span.start, opening.span.end))
    for n, i in enumerate(tokens):
        t = a.tokens[i]
        if t.pos != "PROPN" or not t.text[:1].isupper() or any(lo <= t.start < hi for lo, hi in taken):
            continue
        prev = a.tokens[tokens[n - 1]].text.lower() if n else ""
        settlement = ctx.pack.word("settlement_words")
        if n >= 2 and (
            (prev == "of" and a.tokens[tokens[n - 2]].lemma in settlement)  # "the town of Vahdat"
            # "the Leninsky District Court of Brest": the court's town
            or (prev == "of" and a.tokens[tokens[n - 2]].text.lower() in ctx.pack.word("court_words"))
            or (
                a.tokens[tokens[n - 1]].lemma in settlement
                and a.tokens[tokens[n - 2]].text.lower() in _LOCATIVE
            )
        ):
            prev = "in"  # («в городе Вахдат»)
        if t.dep == "compound" and a.tokens[t.head].text.lower() in ctx.pack.word("court_words"):
            prev = "in"  # "a Dushanbe court sentenced …": the court's town
        after = a.tokens[tokens[n + 1]].text if n + 1 < len(tokens) else ""
        # the tagger may call it a person: position decides ("BREST, 21 May —": capitals, a comma)
        # (after nothing but marks: "🔴 Самара: суд оштрафовал …")
        after_marks = all(not any(c.isalnum() for c in a.tokens[tokens[m]].text) for m in range(n))
        dateline = after_marks and (after in (":", "—", "-") or (after == "," and t.text.isupper()))
        if not dateline and (prev not in _LOCATIVE or any(lo <= t.start < hi for lo, hi in covered)):
            continue
        word = t.text.title() if t.text.isupper() and len(t.text) > 3 else t.text  # "BREST"
        place = gaz.lookup_in(
            word, t.lemma.capitalize() if a.language == "ru" else None, _named_countries(ctx)
        )
        if place is None or place.kind not in ("city", "region", "country"):
            continue
        name = t.lemma.capitalize() if a.language == "ru" else word
        out.append(gaz.locate(name, Span(t.start, t.end, t.text), place))
    return out
