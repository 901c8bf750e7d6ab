"""Store rows -> plain export records (the fields in ../shared/eval/README.md and more)."""

from __future__ import annotations

import json
from typing import Any

from khronika.store.tables import ActRow, DocumentRow, RejectionRow


def document_record(doc: DocumentRow) -> dict[str, Any]:
    return {
        "id": doc.id,
        "source": doc.source,
        "sha256": doc.sha256,
        "title": doc.title,
        "author": doc.author,
        "site": doc.site,
        "published": doc.published,
        "captured_at": doc.captured_at.isoformat() if doc.captured_at else None,
        "language": doc.language,
        "encoding": doc.encoding,
        "media_type": doc.media_type,
        "removed": doc.removed or [],
        "url": doc.url,
        "duplicate_of": doc.duplicate_of,
        "duplicate_group": doc.duplicate_group or doc.id,
        "duplicate_similarity": doc.duplicate_similarity,
        "links": doc.links or [],
        "pages": doc.pages,
        "provenance": doc.provenance or {},
        "text": doc.text,
    }


def _participant(p: dict[str, Any] | None, entity_id: str | None = None) -> dict[str, Any] | None:
    if not p:
        return None
    return {
        "entity_id": entity_id,
        "name": p["name"],
        "kind": p["kind"],
        "count": p.get("count"),
        "inferred": p.get("inferred", False),
        "body": p.get("body"),
        "span": p["span"],
    }


def act_record(
    act: ActRow, doc: DocumentRow, entity_of: dict[tuple[str, str, int], str] | None = None
) -> dict[str, Any]:
    """`entity_of`: (act id, role, position) -> entity id from the last linking run."""
    d = act.data
    entity_of = entity_of or {}
    loc = d.get("location")
    date = d.get("date")
    return {
        "id": act.id,
        "type": d["type"],
        "document": {"id": doc.id, "source": doc.source, "url": doc.url, "title": doc.title,
                     "published": doc.published, "language": doc.language, "duplicate_of": doc.duplicate_of,
                     "duplicate_group": doc.duplicate_group or doc.id},
        "victims": [_participant(v, entity_of.get((act.id, "victim", i))) for i, v in enumerate(d.get("victims", []))],
        "perpetrators": [_participant(p, entity_of.get((act.id, "perpetrator", i)))
                         for i, p in enumerate(d.get("perpetrators", []))],
        "location": {"name": loc["name"], "country": loc.get("country"), "region": loc.get("region"),
                     "region_code": loc.get("region_code"), "kind": loc.get("kind"), "latin": loc.get("latin"),
                     "russian": loc.get("russian"), "geonames_id": loc.get("geonames_id"),
                     "inferred": loc.get("inferred", False), "span": loc["span"]} if loc else None,
        "facility": d.get("facility"),
        "claims": [{"stance": c["stance"], "certainty": c["certainty"], "claimant": _participant(c.get("claimant")),
                    "evidence": c["evidence"]} for c in d.get("claims", [])],
        "date": {"value": date["value"], "precision": date["precision"], "inferred": date.get("inferred", False),
                 "span": date["span"]} if date else None,
        "certainty": d.get("certainty", "reported"),
        "claimant": _participant(d.get("claimant")),
        "charges": [{"code": c["code"], "part": c.get("part"), "text": c["span"]["text"], "span": c["span"]}
                    if isinstance(c, dict) else {"code": None, "part": None, "text": c, "span": None}
                    for c in d.get("charges", [])],
        "penalty": d.get("penalty"),
        "trigger": d.get("trigger"),
        "evidence": d.get("evidence", []),
    }  # fmt: skip


def rejection_record(rej: RejectionRow) -> dict[str, Any]:
    return {
        "source": rej.source,
        "reason": rej.reason,
        "detail": rej.detail,
        "sha256": rej.sha256 or None,
        "rejected_at": rej.rejected_at.isoformat() if rej.rejected_at else None,
        "provenance": rej.provenance or {},
    }


def flatten(record: dict[str, Any]) -> dict[str, Any]:
    """One CSV row per record: lists of people joined with '; ', nested fields dotted."""
    out: dict[str, Any] = {}
    for key, value in record.items():
        if key in ("victims", "perpetrators"):
            out[key] = "; ".join(v["name"] or "" for v in value if v)
            if any(v and "kind" in v for v in value):
                out[key + "_kinds"] = "; ".join(v["kind"] for v in value if v)
            out[key + "_entity_ids"] = "; ".join(v.get("entity_id") or "" for v in value if v)
        elif key == "evidence":
            out["evidence"] = " … ".join(e["text"] for e in value)
            out["evidence_offsets"] = "; ".join(f"{e['start']}-{e['end']}" for e in value)
        elif key == "claims":
            out["denied_by"] = "; ".join(
                (c["claimant"] or {}).get("name") or "unknown" for c in value if c["stance"] == "denies"
            )
        elif key == "claimant":
            out["claimant"] = value["name"] if value else ""
        elif key == "provenance":
            out[key] = json.dumps(value, ensure_ascii=False, sort_keys=True) if value else ""
        elif key == "charges":
            out[key] = "; ".join(
                (c["code"] or c["text"]) + (f" part {c['part']}" if c.get("part") else "") for c in value
            )
        elif key == "penalty":
            for k2 in ("kind", "years", "months", "days", "amount", "currency", "regime"):
                out[f"penalty.{k2}"] = (value or {}).get(k2) if value else ""
        elif key == "facility":
            for k2 in ("name", "kind", "number"):
                out[f"facility.{k2}"] = (value or {}).get(k2) if value else ""
        elif key in ("removed", "links", "aliases"):
            out[key] = "; ".join(value)
        elif isinstance(value, list):
            out[key] = json.dumps(value, ensure_ascii=False, sort_keys=True)
        elif isinstance(value, dict):
            for k2, v2 in value.items():
                if not isinstance(v2, dict | list):
                    out[f"{key}.{k2}"] = v2
        elif value is None:
            out[key] = ""
        else:
            out[key] = value
    return out
