"""Incidents: acts from different reports that describe one real-world occurrence.

Two acts are one incident when they share a victim (a resolved person or organisation), have
the same type, and their times and places do not contradict each other: dates equal at the
precision both give (two days apart at most for day dates: reports count from different
clocks), an undated act reported within DATE_WINDOW days after the other's date, countries
and cities equal where both are known. Acts naming no one are grouped only when type, day and
city all agree. Nothing is averaged away: every value a source gives is kept beside the
sources giving it, and a value's corroboration counts independent sources (a near-duplicate
repost is the same source).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from khronika.link.mentions import SourceDocument, StoredAct
from khronika.model import Incident

DATE_WINDOW = 60  # days an undated act's report may follow the dated act it tells of
DAY_SLACK = 2


@dataclass(frozen=True)
class _View:
    act: StoredAct
    doc: SourceDocument
    victims: frozenset[str]
    date: str | None
    reported: dt.date | None
    place: str | None
    country: str | None


def _day(value: str | None) -> dt.date | None:
    if not value or len(value) < 10:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _view(act: StoredAct, doc: SourceDocument, victims: frozenset[str]) -> _View:
    d = act.data
    loc = d.get("location") or {}
    place = None
    if loc and loc.get("kind") in ("city", "place", "facility"):
        place = str(loc.get("geonames_id") or (loc.get("latin") or loc.get("name") or "").lower()) or None
    date = d.get("date") or {}
    value = date.get("value")
    if date.get("inferred") and doc.published and value == doc.published[:10]:
        # Taken from another sentence and equal to the publication date: the report's dateline
        # ("Published: …", "MOSCOW, May 8"), not when it happened ("this week").
        value = None
    return _View(
        act=act,
        doc=doc,
        victims=victims,
        date=value,
        reported=_day(doc.published),
        place=place,
        country=loc.get("country") if loc else None,
    )


def _dates_agree(a: _View, b: _View) -> bool:
    if a.date and b.date:
        n = min(len(a.date), len(b.date))
        if n >= 10:
            da, db = _day(a.date), _day(b.date)
            return da is not None and db is not None and abs((da - db).days) <= DAY_SLACK
        return a.date[:n] == b.date[:n]
    dated, undated = (a, b) if a.date else (b, a)
    if dated.date:
        day = _day(dated.date)
        if day is None or undated.reported is None:
            return undated.reported is None or dated.date[:4] == str(undated.reported.year)
        return 0 <= (undated.reported - day).days <= DATE_WINDOW
    if a.reported and b.reported:
        return abs((a.reported - b.reported).days) <= DATE_WINDOW
    return True


def _agree(a: _View, b: _View) -> bool:
    if a.act.data["type"] != b.act.data["type"]:
        return False
    if a.country and b.country and a.country != b.country:
        return False
    if a.place and b.place and a.place != b.place:
        return False
    if a.doc.id == b.doc.id and a.date != b.date:
        return False
    return _dates_agree(a, b)


def group_incidents(
    acts: Iterable[StoredAct],
    documents: Mapping[str, SourceDocument],
    victims_of: Mapping[str, frozenset[str]],
) -> list[Incident]:
    """Every act in exactly one incident. `victims_of`: act id -> entity ids of its victims."""
    views = [_view(a, documents[a.document_id], victims_of.get(a.id, frozenset())) for a in acts]
    index: dict[tuple[str, ...], list[int]] = {}
    for i, v in enumerate(views):
        kind = v.act.data["type"]
        for victim in v.victims:
            index.setdefault((kind, victim), []).append(i)
        if not v.victims and v.date and len(v.date) == 10 and v.place:
            index.setdefault((kind, v.date, v.place), []).append(i)
    members: dict[int, list[int]] = {i: [i] for i in range(len(views))}
    root = list(range(len(views)))

    def find(i: int) -> int:
        while root[i] != i:
            root[i] = root[root[i]]
            i = root[i]
        return i

    for ids in index.values():
        for x, i in enumerate(ids):
            for j in ids[x + 1 :]:
                ri, rj = find(i), find(j)
                if ri == rj:
                    continue
                if all(_agree(views[p], views[q]) for p in members[ri] for q in members[rj]):
                    root[rj] = ri
                    members[ri].extend(members.pop(rj))
    return sorted((_incident([views[i] for i in ids]) for ids in members.values()), key=lambda n: n.id)


def _source(v: _View) -> dict[str, Any]:
    d = v.act.data
    evidence = d.get("evidence") or []
    claimant = d.get("claimant") or {}
    return {
        "act_id": v.act.id,
        "document_id": v.doc.id,
        "source": v.doc.source,
        "published": v.doc.published,
        "certainty": d.get("certainty", "reported"),
        "claimant": claimant.get("name"),
        "denied": any(c.get("stance") == "denies" for c in d.get("claims") or []),
        "evidence": evidence[0]["text"] if evidence else None,
    }


def _values(v: _View) -> dict[str, list[Any]]:
    """What one act says, field by field, as comparable values."""
    d = v.act.data
    loc = d.get("location")
    date_ = d.get("date")
    facility = d.get("facility")
    penalty = d.get("penalty")
    return {
        "date": [{"value": date_["value"], "precision": date_["precision"]}] if date_ else [],
        "place": [{"name": loc.get("latin") or loc["name"], "country": loc.get("country")}] if loc else [],
        "perpetrators": [{"name": p.get("body") or p["name"]} for p in d.get("perpetrators") or []],
        "facility": [{"kind": facility["kind"], "number": facility.get("number")}] if facility else [],
        "penalty": [{k: penalty.get(k) for k in ("kind", "years", "months", "days", "amount")}]
        if penalty
        else [],
        "charges": [
            {"code": c["code"], "part": c.get("part")} for c in d.get("charges") or [] if isinstance(c, dict)
        ],
        "victims": [{"name": p["name"]} for p in d.get("victims") or []],
    }


def _incident(views: list[_View]) -> Incident:
    views.sort(key=lambda v: (v.doc.published or "", v.act.id))
    sources = [_source(v) for v in views]
    fields: dict[str, list[dict[str, Any]]] = {}
    for v, src in zip(views, sources, strict=True):
        for name, values in _values(v).items():
            rows = fields.setdefault(name, [])
            for value in values:
                row = next((r for r in rows if r["value"] == value), None)
                if row is None:
                    row = {"value": value, "sources": [], "groups": set()}
                    rows.append(row)
                if src["act_id"] not in row["sources"]:
                    row["sources"].append(src["act_id"])
                row["groups"].add(v.doc.group)
    for rows in fields.values():
        for row in rows:
            row["corroboration"] = len(row.pop("groups"))
        rows.sort(key=lambda r: -r["corroboration"])
    ids = tuple(v.act.id for v in views)
    victims = sorted(set().union(*(v.victims for v in views)))
    return Incident(
        id="inc-" + hashlib.sha256(min(ids).encode()).hexdigest()[:12],
        type=views[0].act.data["type"],
        act_ids=ids,
        victim_ids=tuple(victims),
        sources=tuple(sources),
        fields={k: rows for k, rows in fields.items() if rows},
        corroboration=len({v.doc.group for v in views}),
    )


def disputed(incident: Incident) -> list[str]:
    """Fields where sources give different values (victims and perpetrators may add up)."""
    return [
        k
        for k, rows in incident.fields.items()
        if len(rows) > 1 and k in ("date", "place", "facility", "penalty")
    ]
