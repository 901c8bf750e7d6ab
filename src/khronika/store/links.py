"""Reading the linking stage's input from a store and writing its output back.

Entities, mentions, incidents and cases are derived data: every run replaces them. Human
decisions (`link_decisions`) are the only linking data a person makes; they are never replaced,
only added to, and every run applies them all.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import asdict
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import delete, func, or_, select

from khronika.link.mentions import SourceDocument, StoredAct
from khronika.link.persons import Decisions
from khronika.link.run import Linked, link_corpus
from khronika.store.store import Store
from khronika.store.tables import (
    ActRow,
    CaseRow,
    DocumentRow,
    EntityRow,
    IncidentRow,
    LinkDecisionRow,
    LinkRunRow,
    MentionRow,
)


def _fingerprint(store: Store) -> str:
    digest = hashlib.sha256()
    with store.session() as s:
        for (aid,) in s.execute(select(ActRow.id).order_by(ActRow.id)):
            digest.update(aid.encode())
        for (did,) in s.execute(select(LinkDecisionRow.id).order_by(LinkDecisionRow.id)):
            digest.update(f"decision:{did}".encode())
    return digest.hexdigest()


def is_current(store: Store) -> bool:
    """Whether the last linking run saw exactly the acts and decisions the store has now."""
    with store.session() as s:
        last = s.scalars(select(LinkRunRow).order_by(LinkRunRow.id.desc()).limit(1)).first()
    return last is not None and last.fingerprint == _fingerprint(store)


def decisions(store: Store) -> Decisions:
    out = Decisions()
    with store.session() as s:
        for row in s.scalars(select(LinkDecisionRow).order_by(LinkDecisionRow.id)):
            (out.together if row.action == "merge" else out.apart).append((row.mention_a, row.mention_b))
    return out


def run_linking(store: Store, progress: Callable[[str], None] | None = None) -> dict[str, int]:
    """Link everything in the store and replace the derived tables. Returns counts."""
    fingerprint = _fingerprint(store)
    documents: dict[str, SourceDocument] = {}
    acts: list[StoredAct] = []
    with store.session() as s:
        rows = s.execute(
            select(
                DocumentRow.id,
                DocumentRow.source,
                DocumentRow.language,
                DocumentRow.published,
                DocumentRow.duplicate_group,
                DocumentRow.text,
            ).where(DocumentRow.id.in_(select(ActRow.document_id)))
        )
        for did, source, language, published, group, text in rows:
            documents[did] = SourceDocument(did, source, language, published, group or did, text)
        for aid, doc_id, data in s.execute(
            select(ActRow.id, ActRow.document_id, ActRow.data).order_by(ActRow.id)
        ):
            acts.append(StoredAct(aid, doc_id, data))
    linked = link_corpus(documents, acts, decisions(store), store.root / "tmp" / "linking", progress)
    counts = _save(store, linked)
    with store.session() as s, s.begin():
        s.add(LinkRunRow(fingerprint=fingerprint, ran_at=datetime.now(UTC), counts=counts))
    return counts


def ensure_linked(store: Store, progress: Callable[[str], None] | None = None) -> None:
    if not is_current(store):
        run_linking(store, progress)


def _save(store: Store, linked: Linked) -> dict[str, int]:
    with store.session() as s, s.begin():
        for table in (MentionRow, EntityRow, IncidentRow, CaseRow):
            s.execute(delete(table))
        s.add_all(
            EntityRow(id=e.id, kind=e.kind, name=e.name, aliases=list(e.aliases), links=list(e.links))
            for e in linked.entities
        )
        s.add_all(
            MentionRow(
                id=m.id,
                entity_id=linked.entity_of[m.id],
                document_id=m.document_id,
                act_id=m.act_id,
                role=m.role,
                position=m.position,
                name=m.name,
                written=m.written,
                start=m.start,
                end=m.end,
            )
            for m in linked.mentions
        )
        s.add_all(
            IncidentRow(
                id=i.id,
                type=i.type,
                corroboration=i.corroboration,
                data={k: v for k, v in asdict(i).items() if k not in ("id", "type", "corroboration")},
            )
            for i in linked.incidents
        )
        s.add_all(
            CaseRow(
                id=c.id, name=c.name, data={k: v for k, v in asdict(c).items() if k not in ("id", "name")}
            )
            for c in linked.cases
        )
    persons = sum(e.kind == "person" for e in linked.entities)
    return {
        "mentions": len(linked.mentions),
        "persons": persons,
        "organizations": len(linked.entities) - persons,
        "incidents": len(linked.incidents),
        "cases": len(linked.cases),
    }


def find_entities(store: Store, ref: str) -> list[EntityRow]:
    """By id, by mention id, else by name or alias (case-insensitive), persons first."""
    with store.session() as s:
        row = s.get(EntityRow, ref)
        if row is not None:
            return [row]
        mention = s.get(MentionRow, ref)
        if mention is not None:
            row = s.get(EntityRow, mention.entity_id)
            return [row] if row else []
        folded = ref.casefold()
        hits = [
            e
            for e in s.scalars(select(EntityRow).order_by(EntityRow.kind.desc(), EntityRow.name))
            if e.name.casefold() == folded or folded in (a.casefold() for a in e.aliases)
        ]
        if hits:
            return hits
        ids = s.scalars(
            select(MentionRow.entity_id).where(
                or_(func.lower(MentionRow.name) == folded, func.lower(MentionRow.written) == folded)
            )
        ).all()
        return list(s.scalars(select(EntityRow).where(EntityRow.id.in_(set(ids)))))


def mentions_of(store: Store, entity_id: str) -> list[tuple[MentionRow, DocumentRow]]:
    with store.session() as s:
        rows = s.execute(
            select(MentionRow, DocumentRow)
            .join(DocumentRow, MentionRow.document_id == DocumentRow.id)
            .where(MentionRow.entity_id == entity_id)
            .order_by(DocumentRow.published, DocumentRow.source, MentionRow.start)
        )
        return [(m, d) for m, d in rows]


def record_decision(
    store: Store, action: str, a: str, b: str, by: str, reason: str, note: dict[str, Any]
) -> None:
    with store.session() as s, s.begin():
        s.add(
            LinkDecisionRow(
                action=action,
                mention_a=a,
                mention_b=b,
                decided_by=by,
                reason=reason,
                decided_at=datetime.now(UTC),
                note=note,
            )
        )


def decision_rows(store: Store) -> list[LinkDecisionRow]:
    with store.session() as s:
        return list(s.scalars(select(LinkDecisionRow).order_by(LinkDecisionRow.id)))
