"""A person's timeline: one step per incident they are a victim of, in time order, with the
current status and the sources of every step."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from khronika.link.incidents import disputed
from khronika.model import Incident

STEPS = {
    "detention": "detained", "remand": "remanded in custody", "search": "searched", "torture": "tortured",
    "attack": "attacked", "killing": "killed", "abduction": "abducted", "threat": "threatened",
    "enforced_disappearance": "disappeared", "denial_of_counsel": "denied a lawyer",
    "coerced_statement": "forced to confess", "coerced_cooperation": "pressed to cooperate",
    "prosecution": "charged", "sentence": "sentenced", "designation": "designated", "closure": "closed down",
    "death_in_custody": "died in custody", "reprisal": "reprisal", "self_harm": "self-harm",
    "release": "released",
}  # fmt: skip

# Steps that change where a person is; the latest of them is the current status.
STATUS = {
    "detention": "in detention", "remand": "in pre-trial detention", "abduction": "abducted",
    "enforced_disappearance": "disappeared", "prosecution": "charged", "sentence": "sentenced",
    "release": "released", "killing": "killed", "death_in_custody": "died in custody",
}  # fmt: skip


def _when(incident: Incident) -> tuple[str, str]:
    """The incident's date as its best-corroborated source gives it, else the first report's
    publication date (marked so: it says when it was reported, not when it happened)."""
    dates = incident.fields.get("date")
    if dates:
        return dates[0]["value"]["value"], "act"
    published = sorted(s["published"] for s in incident.sources if s.get("published"))
    return (published[0][:10], "reported") if published else ("", "unknown")


def timeline(entity_id: str, incidents: Iterable[Incident]) -> list[dict[str, Any]]:
    steps = []
    for inc in incidents:
        if entity_id not in inc.victim_ids:
            continue
        when, basis = _when(inc)
        steps.append(
            {
                "date": when or None,
                "date_basis": basis,
                "type": inc.type,
                "step": STEPS.get(inc.type, inc.type),
                "incident_id": inc.id,
                "corroboration": inc.corroboration,
                "disputed": disputed(inc),
                "sources": [{"source": s["source"], "evidence": s["evidence"]} for s in inc.sources],
            }
        )
    # Undated steps first, in the order repression usually runs (detained before sentenced):
    # a report that gives no date mostly tells how a story began.
    order = list(STEPS)
    steps.sort(key=lambda s: (s["date"] or "", order.index(s["type"]) if s["type"] in order else 99))
    return steps


def current_status(steps: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The latest step that says where the person is, with its date and sources."""
    for step in reversed(steps):
        if step["type"] in STATUS:
            return {"status": STATUS[step["type"]], "since": step["date"], "incident_id": step["incident_id"]}
    return None


def by_entity(incidents: Iterable[Incident]) -> Mapping[str, list[Incident]]:
    out: dict[str, list[Incident]] = {}
    for inc in incidents:
        for v in inc.victim_ids:
            out.setdefault(v, []).append(inc)
    return out
