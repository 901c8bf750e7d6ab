"""Where a court sits when its name does not say: «Мосгорсуд» in Moscow, the Southern District
Military Court in Rostov-on-Don. A sentence passed there was passed in that town, which monitors
list; the table is data (data/court_seats.tsv): add a court or a spelling of one there."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from typing import NamedTuple


class CourtSeat(NamedTuple):
    start: int  # the court's name, as offsets into the text searched
    end: int
    seat: str  # the town, as the gazetteer knows it


@lru_cache(maxsize=1)
def _courts() -> tuple[tuple[re.Pattern[str], str], ...]:
    text = (resources.files("khronika.extract") / "data" / "court_seats.tsv").read_text(encoding="utf-8")
    out = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) != 2:
            raise ValueError(f"court_seats.tsv line {n}: write a court's pattern and its town, one tab apart")
        out.append((re.compile(cells[0], re.I), cells[1].strip()))
    return tuple(out)


@lru_cache(maxsize=1)
def _any_court() -> re.Pattern[str]:
    """All the table's patterns in one: most sentences name no such court, and one search says so."""
    return re.compile("|".join(f"(?:{rx.pattern})" for rx, _seat in _courts()), re.I)


def court_seats(text: str, offset: int = 0) -> list[CourtSeat]:
    """Every court of the table named in `text`, with the town it sits in."""
    if _any_court().search(text) is None:
        return []
    return [
        CourtSeat(offset + m.start(), offset + m.end(), seat)
        for rx, seat in _courts()
        for m in rx.finditer(text)
    ]
