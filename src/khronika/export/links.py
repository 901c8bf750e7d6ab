"""Export records of the linking stage: persons (and organisations), incidents, cases."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sqlalchemy import select

from khronika.link.incidents import disputed
from khronika.link.timeline import by_entity, current_status, timeline
from khronika.model import Incident
from khronika.store import Store
from khronika.store.tables import CaseRow, DocumentRow, EntityRow, IncidentRow, MentionRow


def incident_from_row(row: IncidentRow) -> Incident:
    d = row.data
    return Incident(
        id=row.id,
        type=row.type,
        act_ids=tuple(d["act_ids"]),
        victim_ids=tuple(d["victim_ids"]),
        sources=tuple(d["sources"]),
        fields=d["fields"],
        corroboration=row.corroboration,
    )


def incidents(store: Store) -> list[Incident]:
    with store.session() as s:
        return [incident_from_row(r) for r in s.scalars(select(IncidentRow).order_by(IncidentRow.id))]


def entity_ids(store: Store) -> dict[tuple[str, str, int], str]:
    """(act id, role, position) -> entity id, for `export acts`."""
    with store.session() as s:
        rows = s.execute(
            select(MentionRow.act_id, MentionRow.role, MentionRow.position, MentionRow.entity_id)
        )
        return {(a, r, p): e for a, r, p, e in rows}


def _cases_by_person(store: Store) -> dict[str, list[dict[str, str]]]:
    out: dict[str, list[dict[str, str]]] = {}
    with store.session() as s:
        for case in s.scalars(select(CaseRow)):
            for pid in case.data["defendant_ids"]:
                out.setdefault(pid, []).append({"id": case.id, "name": case.name})
    return out


def person_records(store: Store) -> Iterator[dict[str, Any]]:
    steps_of = by_entity(incidents(store))
    cases = _cases_by_person(store)
    with store.session() as s:
        sources = {k: v for k, v in s.execute(select(DocumentRow.id, DocumentRow.source))}
        mentions: dict[str, list[MentionRow]] = {}
        for m in s.scalars(select(MentionRow).order_by(MentionRow.document_id, MentionRow.start)):
            mentions.setdefault(m.entity_id, []).append(m)
        entities = list(s.scalars(select(EntityRow).order_by(EntityRow.kind.desc(), EntityRow.name)))
    for e in entities:
        steps = timeline(e.id, steps_of.get(e.id, []))
        yield {
            "id": e.id,
            "name": e.name,
            "kind": e.kind,
            "aliases": e.aliases,
            "mentions": [
                {"source": sources.get(m.document_id), "name": m.written, "normalized": m.name, "role": m.role,
                 "document_id": m.document_id, "act_id": m.act_id, "mention_id": m.id}
                for m in mentions.get(e.id, [])
            ],
            "status": current_status(steps),
            "timeline": steps,
            "cases": cases.get(e.id, []),
            "links": e.links,
        }  # fmt: skip


def incident_records(store: Store) -> Iterator[dict[str, Any]]:
    with store.session() as s:
        names = {k: v for k, v in s.execute(select(EntityRow.id, EntityRow.name))}
    for inc in incidents(store):
        yield {
            "id": inc.id,
            "type": inc.type,
            "victims": [{"entity_id": v, "name": names.get(v)} for v in inc.victim_ids],
            "corroboration": inc.corroboration,
            "disputed": disputed(inc),
            "fields": inc.fields,
            "sources": list(inc.sources),
            "act_ids": list(inc.act_ids),
        }


def case_records(store: Store) -> Iterator[dict[str, Any]]:
    with store.session() as s:
        names = {k: v for k, v in s.execute(select(EntityRow.id, EntityRow.name))}
        rows = list(s.scalars(select(CaseRow).order_by(CaseRow.name)))
    for c in rows:
        yield {
            "id": c.id,
            "name": c.name,
            "aliases": c.data["aliases"],
            "defendants": [{"entity_id": d, "name": names.get(d)} for d in c.data["defendant_ids"]],
            "sources": c.data["sources"],
        }
