"""Scores exported acts against a `khronika-gold/1` file with the measures of
../shared/eval/score.py (tests check the two agree), plus what a rule author needs to act on:
a per-type table, and every spurious and missed act with the sentence it came from.

How acts count: each act is split into (type, victim) pairs, once per document. A pair
matches a gold act of that type (or one of its alt_types) whose victim it names (any alias),
or any gold act against an unnamed group when the pair's victim is a group. Required gold
acts matched are true positives, unmatched ones misses; pairs matching no gold act are
spurious; pairs matching only optional acts count neither way. Place, date and perpetrator
are then checked on the matched acts.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import Any

UNNAMED = "GROUP"
FIELDS = ("place", "date", "perpetrator")


def normalize(name: str | None) -> str:
    """Case, punctuation, 'ё', and a leading 'the'/'Mr' do not make names differ."""
    if not name:
        return ""
    text = unicodedata.normalize("NFKC", str(name)).casefold().replace("ё", "е")
    text = re.sub(r"[\"'«»“”„‘’`.,:;!?()\[\]{}]", " ", text)
    text = re.sub(r"\s+", " ", text).strip()
    return re.sub(r"^(the|mr|mrs|ms) ", "", text)


def document_key(source: str | None) -> str:
    """Gold files name documents by the last path segment of their source."""
    if not source:
        return ""
    return PurePosixPath(str(source).rstrip("/").split("?")[0]).name


def squash(text: str | None) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text or "")).strip()


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Report:
    overall: Tally = field(default_factory=Tally)
    by_type: dict[str, Tally] = field(default_factory=dict)
    fields: dict[str, list[int]] = field(default_factory=lambda: {k: [0, 0] for k in FIELDS})
    clean: list[int] = field(default_factory=lambda: [0, 0])
    spurious: list[dict[str, Any]] = field(default_factory=list)
    missed: list[dict[str, Any]] = field(default_factory=list)
    clean_failures: list[dict[str, str]] = field(default_factory=list)
    field_errors: list[dict[str, Any]] = field(default_factory=list)

    def accuracy(self, name: str) -> float | None:
        ok, total = self.fields[name]
        return ok / total if total else None

    @property
    def clean_score(self) -> float | None:
        return self.clean[0] / self.clean[1] if self.clean[1] else None

    def type_tally(self, act_type: str) -> Tally:
        return self.by_type.setdefault(act_type, Tally())

    def summary(self) -> dict[str, Any]:
        o = self.overall
        out: dict[str, Any] = {"tp": o.tp, "fp": o.fp, "fn": o.fn, "precision": round(o.precision, 4),
                               "recall": round(o.recall, 4), "f1": round(o.f1, 4)}  # fmt: skip
        for name in FIELDS:
            acc = self.accuracy(name)
            out[name] = round(acc, 4) if acc is not None else None
        out["clean"] = round(self.clean_score, 4) if self.clean_score is not None else None
        return out


class GoldDocument:
    def __init__(self, raw: dict[str, Any]) -> None:
        self.file: str = raw["file"]
        self.raw = raw
        self.entities: dict[str, dict[str, Any]] = raw.get("entities", {})
        self.places = {k: {normalize(a) for a in v} for k, v in raw.get("places", {}).items()}
        self.acts: list[dict[str, Any]] = raw.get("acts", [])
        self.alias: dict[str, str] = {}
        for eid, ent in self.entities.items():
            if ent.get("kind") == "group":
                continue
            for name in [ent.get("name"), *ent.get("aliases", [])]:
                if name:
                    self.alias.setdefault(normalize(name), eid)

    def victim_key(self, victim: dict[str, Any]) -> str:
        n = normalize(victim.get("name"))
        if n in self.alias:
            return self.alias[n]
        if victim.get("kind") == "group" or not n:
            return UNNAMED
        return "OTHER:" + n

    def names_of(self, entity_ids: Iterable[str]) -> set[str]:
        out: set[str] = set()
        for eid in entity_ids:
            ent = self.entities.get(eid, {})
            out |= {normalize(a) for a in [ent.get("name"), *ent.get("aliases", [])] if a}
        return out

    def candidates(self, act_type: str, key: str) -> list[int]:
        """Gold acts this (type, victim) pair may match: primary type and required first."""
        ranked = []
        for i, g in enumerate(self.acts):
            if act_type not in (g["type"], *g.get("alt_types", [])):
                continue
            group = self.entities.get(g["victim"], {}).get("kind") == "group"
            if key == g["victim"] or (key == UNNAMED and group):
                ranked.append((act_type != g["type"], bool(g.get("optional")), i))
        return [i for *_, i in sorted(ranked)]


def _evidence(act: dict[str, Any]) -> str:
    evidence = act.get("evidence") or []
    return (evidence[0].get("text") or "")[:200] if evidence else ""


def _score_document(gold: GoldDocument, acts: list[dict[str, Any]], report: Report) -> None:
    pairs: list[tuple[tuple[str, str], dict[str, Any]]] = []
    seen: set[tuple[str, str]] = set()
    for act in acts:
        for victim in act.get("victims") or [{"name": None, "kind": "group"}]:
            pair = (act.get("type") or "", gold.victim_key(victim))
            if pair not in seen:
                seen.add(pair)
                pairs.append((pair, act))

    def primary(item: tuple[tuple[str, str], dict[str, Any]]) -> int:
        (act_type, key), _ = item
        return 0 if any(gold.acts[i]["type"] == act_type for i in gold.candidates(act_type, key)) else 1

    matched: dict[int, dict[str, Any]] = {}
    for (act_type, key), act in sorted(pairs, key=primary):  # an alt type never steals a required act
        options = gold.candidates(act_type, key)
        free = [i for i in options if not gold.acts[i].get("optional") and i not in matched]
        if free:
            matched[free[0]] = act
        elif not options:
            report.overall.fp += 1
            report.type_tally(act_type).fp += 1
            report.spurious.append(
                {"file": gold.file, "type": act_type, "victim": key, "evidence": _evidence(act)}
            )
    for i, g in enumerate(gold.acts):
        if g.get("optional"):
            continue
        if i in matched:
            report.overall.tp += 1
            report.type_tally(g["type"]).tp += 1
        else:
            report.overall.fn += 1
            report.type_tally(g["type"]).fn += 1
            report.missed.append({"file": gold.file, "type": g["type"], "victim": g["victim"],
                                  "evidence": g.get("evidence", "")})  # fmt: skip
    for i, act in matched.items():
        _check_fields(gold, gold.acts[i], act, report)


def _check_fields(gold: GoldDocument, g: dict[str, Any], act: dict[str, Any], report: Report) -> None:
    def tally(name: str, ok: bool, expected: Any, got: Any) -> None:
        report.fields[name][0] += ok
        report.fields[name][1] += 1
        if not ok:
            report.field_errors.append({"file": gold.file, "type": g["type"], "victim": g["victim"],
                                        "field": name, "expected": expected, "got": got})  # fmt: skip

    if g.get("place"):
        got = (act.get("location") or {}).get("name")
        tally("place", normalize(got) in gold.places.get(g["place"], set()), g["place"], got)
    if g.get("date"):
        got = (act.get("date") or {}).get("value") or ""
        tally("date", got == g["date"], g["date"], got)
    if g.get("perpetrator"):
        got_names = [p.get("name") for p in act.get("perpetrators") or []]
        names = {normalize(n) for n in got_names}
        tally("perpetrator", bool(names & gold.names_of(g["perpetrator"])), g["perpetrator"], got_names)


def _score_clean(gold: GoldDocument, text: str, report: Report) -> None:
    checks = gold.raw.get("clean_text", {})
    text = squash(text)
    for snippet in checks.get("must_drop", []):
        report.clean[1] += 1
        if squash(snippet) in text:
            report.clean_failures.append({"file": gold.file, "failure": "kept boilerplate: " + snippet})
        else:
            report.clean[0] += 1
    for snippet in checks.get("must_keep", []):
        report.clean[1] += 1
        if squash(snippet) in text:
            report.clean[0] += 1
        else:
            report.clean_failures.append({"file": gold.file, "failure": "lost content: " + snippet})


def evaluate(
    gold: dict[str, Any], acts: Iterable[dict[str, Any]], documents: Iterable[dict[str, Any]] | None = None
) -> Report:
    """`acts` and `documents` as `khronika export` writes them."""
    if gold.get("schema") != "khronika-gold/1":
        raise ValueError(f"not a khronika-gold/1 file (schema {gold.get('schema')!r})")
    by_doc: dict[str, list[dict[str, Any]]] = {}
    for act in acts:
        by_doc.setdefault(document_key((act.get("document") or {}).get("source")), []).append(act)
    texts = {document_key(d.get("source")): d.get("text") or "" for d in documents or []}
    report = Report()
    for raw in gold["documents"]:
        doc = GoldDocument(raw)
        _score_document(doc, by_doc.get(document_key(doc.file), []), report)
        if documents is not None:
            _score_clean(doc, texts.get(document_key(doc.file), ""), report)
    return report
