"""Readable one-act summaries for the terminal."""

from __future__ import annotations

from typing import Any


def _names(people: list[dict[str, Any]]) -> str:
    out = []
    for p in people:
        name = p["name"]
        if p.get("count"):
            name += f" ({p['count']})"
        out.append(name + ("*" if p.get("inferred") else ""))
    return ", ".join(out) or "unknown"


def format_act(act: dict[str, Any]) -> str:
    """`  torture      Daniil Galkin ← FSB* | Moscow, Russia | 2019-02-01 | alleged (Galkin)`
    — an asterisk marks a value taken from the surrounding sentences."""
    loc = act.get("location")
    where = (
        f"{loc['name']}, {loc['country']}"
        if loc and loc.get("country") and loc["country"] != loc["name"]
        else (loc["name"] if loc else "place unknown")
    )
    date = act.get("date")
    when = date["value"] if date else "date unknown"
    certainty = act["certainty"]
    if act.get("claimant"):
        certainty += f" ({act['claimant']['name']})"
    evidence = act["evidence"][0]["text"] if act.get("evidence") else ""
    if len(evidence) > 110:
        evidence = evidence[:107] + "..."
    return (f"  {act['type']:<22} {_names(act['victims'])} ← {_names(act['perpetrators'])} | {where} | {when} | "
            f"{certainty}\n  {'':<22} «{evidence}»")  # fmt: skip
