"""Scoring linking against a `khronika-linking/1` gold file (tests/eval/linking/build.py).

The unit is a person in a report: all of a report's mentions of one gold person should carry
one entity id, and that id should be shared with exactly the reports that name the same gold
person. Pairwise precision and recall over those units (the measure record linkage reports
use): of the pairs the system put together, how many are one person; of the true pairs, how
many the system put together. Incidents the same way, the unit being an incident in a report.
Units the extractor never produced are counted apart (coverage), not as linking errors.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from itertools import combinations
from pathlib import Path, PurePath
from typing import Any

from sqlalchemy import select

from khronika.link.names import initials_fit, split_name, surname_stem
from khronika.store import Store
from khronika.store.tables import ActRow, DocumentRow, EntityRow, IncidentRow, MentionRow


def pairwise(assigned: dict[Any, str], truth: dict[Any, str]) -> dict[str, float]:
    """Pairwise precision, recall and F1 of a clustering (`assigned`) against `truth`, over
    the units both know."""
    units = [u for u in assigned if u in truth]
    tp = fp = fn = 0
    for a, b in combinations(units, 2):
        same_sys, same_true = assigned[a] == assigned[b], truth[a] == truth[b]
        tp += same_sys and same_true
        fp += same_sys and not same_true
        fn += same_true and not same_sys
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(2 * p * r / (p + r) if p + r else 0, 4),
            "pairs_true": tp + fn, "pairs_linked": tp + fp}  # fmt: skip


def _key(name: str) -> tuple[str, str]:
    parts = split_name(name)
    return surname_stem(parts.surname or ""), (parts.given or "")[:1]


def _gold_person(name: str, candidates: Iterable[tuple[str, tuple[str, str]]]) -> str | None:
    stem, initial = _key(name)
    hits = [
        pid for pid, (s, i) in candidates if s == stem and (not initial or not i or initials_fit(i, initial))
    ]
    return hits[0] if len(set(hits)) == 1 else None


def score_linking(gold_path: Path, store: Store) -> dict[str, Any]:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    people = {p["id"]: _key(p["name"]) for p in gold["people"]}
    by_file = {d["file"]: d for d in gold["documents"]}
    with store.session() as s:
        docs = {
            doc_id: PurePath(src).name
            for doc_id, src in s.execute(select(DocumentRow.id, DocumentRow.source))
        }
        kinds = {eid: kind for eid, kind in s.execute(select(EntityRow.id, EntityRow.kind))}
        mentions = list(s.scalars(select(MentionRow).where(MentionRow.role == "victim")))
        acts = {
            aid: (doc_id, t)
            for aid, doc_id, t in s.execute(select(ActRow.id, ActRow.document_id, ActRow.type))
        }
        incident_of = {a: row.id for row in s.scalars(select(IncidentRow)) for a in row.data["act_ids"]}
    votes: dict[tuple[str, str], Counter[str]] = {}
    act_people: dict[str, set[str]] = {}
    for m in mentions:
        file = docs.get(m.document_id)
        if file is None or file not in by_file or kinds.get(m.entity_id) != "person":
            continue
        in_doc = {x["person"] for x in by_file[file]["mentions"]}
        pid = _gold_person(m.name, ((p, people[p]) for p in sorted(in_doc)))
        if pid is None:
            continue
        votes.setdefault((file, pid), Counter())[m.entity_id] += 1
        act_people.setdefault(m.act_id, set()).add(pid)
    truth = {unit: unit[1] for unit in votes}
    assigned = {unit: c.most_common(1)[0][0] for unit, c in votes.items()}
    gold_units = {(d["file"], m["person"]) for d in gold["documents"] for m in d["mentions"]}
    persons = pairwise(assigned, truth)
    persons.update(units=len(gold_units), found=len(votes), people=len(gold["people"]),
                   coverage=round(len(votes) / len(gold_units), 4) if gold_units else 1.0)  # fmt: skip
    inc_votes: dict[tuple[str, str], Counter[str]] = {}
    inc_truth: dict[tuple[str, str], str] = {}
    for aid, pids in act_people.items():
        doc_id, act_type = acts[aid]
        file = docs[doc_id]
        for inc in by_file[file]["incidents"]:
            if inc["type"] == act_type and pids & set(inc["people"]) and aid in incident_of:
                unit = (file, inc["id"])
                inc_votes.setdefault(unit, Counter())[incident_of[aid]] += 1
                inc_truth[unit] = inc["id"]
    gold_incident_units = {(d["file"], i["id"]) for d in gold["documents"] for i in d["incidents"]}
    inc_assigned = {u: c.most_common(1)[0][0] for u, c in inc_votes.items()}
    incidents = pairwise(inc_assigned, inc_truth)
    incidents.update(units=len(gold_incident_units), found=len(inc_votes),
                     incidents=len({i for _, i in gold_incident_units}),
                     coverage=round(len(inc_votes) / len(gold_incident_units), 4) if gold_incident_units else 1.0)  # fmt: skip
    return {"persons": persons, "incidents": incidents, "errors": _errors(assigned, truth),
            "incident_errors": _errors(inc_assigned, inc_truth)}  # fmt: skip


def _errors(assigned: dict[Any, str], truth: dict[Any, str], limit: int = 20) -> list[str]:
    """The people split over several entities and the entities holding several people."""
    out = []
    by_truth: dict[str, set[str]] = {}
    by_entity: dict[str, set[str]] = {}
    for unit, eid in assigned.items():
        by_truth.setdefault(truth[unit], set()).add(eid)
        by_entity.setdefault(eid, set()).add(truth[unit])
    out += [f"split: {pid} over {len(e)} entities" for pid, e in sorted(by_truth.items()) if len(e) > 1]
    out += [f"merged: {eid} holds {sorted(p)}" for eid, p in sorted(by_entity.items()) if len(p) > 1]
    return out[:limit]
