"""The linking stage end to end, on typed records: acts and documents in; mentions, entities,
incidents and cases out. The store (store/links.py) reads its input and writes its output."""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

from khronika.extract.bodies import body_of
from khronika.link.cases import CaseMention, cases_of_act, find_cases, group_cases
from khronika.link.incidents import group_incidents
from khronika.link.mentions import (
    LocalPerson,
    SourceDocument,
    StoredAct,
    complete_from_text,
    local_persons,
    looks_like_person,
    mentions_of,
)
from khronika.link.names import organisation_key, phonetic_key, split_name
from khronika.link.persons import Decisions, Link, cluster_people, collapse, score_pairs
from khronika.model import Case, Entity, Incident, Mention


@dataclass
class Linked:
    mentions: list[Mention] = field(default_factory=list)
    entity_of: dict[str, str] = field(default_factory=dict)  # mention id -> entity id
    entities: list[Entity] = field(default_factory=list)
    incidents: list[Incident] = field(default_factory=list)
    cases: list[Case] = field(default_factory=list)


def _entity_id(prefix: str, key: str) -> str:
    return f"{prefix}-" + hashlib.sha256(key.encode()).hexdigest()[:12]


def _place_keys(act: StoredAct) -> tuple[set[str], set[str]]:
    loc = act.data.get("location") or {}
    places, countries = set(), set()
    if loc:
        # Only places the gazetteer knows: a name it does not know may be anything the tagger
        # mistook for a place (a given name, an outlet).
        if loc.get("kind") == "city" and loc.get("geonames_id"):
            places.add(str(loc["geonames_id"]))
        if loc.get("region_code"):
            places.add(loc["region_code"])
        if loc.get("country"):
            countries.add(loc["country"])
    return places, countries


def _entity(kind: str, eid: str, mentions: list[Mention], links: list[Link]) -> Entity:
    names = Counter(m.name for m in mentions)
    # The fullest name most sources use: more words first, then frequency, then spelling.
    name = sorted(names, key=lambda n: (-len(n.split()), -names[n], n))[0]
    keys = {phonetic_key(w) for m in mentions for w in m.name.split()}
    # Spellings as written count as aliases when they share a word with a resolved name: "he"
    # and "the blogger" are mentions, not names.
    written = {m.written for m in mentions if keys & {phonetic_key(w) for w in m.written.split()}}
    aliases = sorted(({m.name for m in mentions} | written) - {name})
    return Entity(
        id=eid,
        kind="person" if kind == "person" else "organization",
        name=name,
        aliases=tuple(aliases),
        mention_ids=tuple(sorted(m.id for m in mentions)),
        links=tuple({"left": k.left, "right": k.right, "weight": k.weight, "parts": k.parts} for k in links),
    )


def link_corpus(
    documents: Mapping[str, SourceDocument],
    acts: Iterable[StoredAct],
    decisions: Decisions | None = None,
    work_dir: Path | None = None,
    progress: Callable[[str], None] | None = None,
) -> Linked:
    say = progress or (lambda _msg: None)
    acts = list(acts)
    out = Linked()
    by_doc: dict[str, list[StoredAct]] = {}
    for act in acts:
        by_doc.setdefault(act.document_id, []).append(act)
    say(f"mentions of {len(acts)} acts in {len(by_doc)} documents")
    per_doc = {
        d: [m for a in doc_acts for m in mentions_of(a, documents[d])] for d, doc_acts in by_doc.items()
    }
    given_names = {
        g
        for ms in per_doc.values()
        for m in ms
        if m.kind == "person" and len(g := split_name(m.name).given or "") > 1
    }
    per_doc = {
        d: [replace(m, kind="person") if looks_like_person(m, given_names) else m for m in ms]
        for d, ms in per_doc.items()
    }
    locals_: list[LocalPerson] = []
    case_mentions: dict[str, list[tuple[str, CaseMention]]] = {}
    act_cases: dict[str, set[str]] = {}
    for doc_id, doc_acts in by_doc.items():
        doc = documents[doc_id]
        found = find_cases(doc.text, doc.language) if doc.text else []
        for c in found:
            case_mentions.setdefault(c.key, []).append((doc.source, c))
        mentions = per_doc[doc_id]
        out.mentions.extend(mentions)
        people = local_persons(mentions, doc)
        owner = {mid: lp for lp in people for mid in lp.mention_ids}
        for a in doc_acts:
            spans = [(e["start"], e["end"]) for e in a.data.get("evidence") or []]
            act_cases[a.id] = cases_of_act(found, spans)
            places, countries = _place_keys(a)
            for m in mentions:
                if m.act_id == a.id and m.role == "victim" and m.id in owner:
                    lp = owner[m.id]
                    lp.places |= places
                    lp.countries |= countries
                    lp.cases |= act_cases[a.id]
        locals_.extend(people)
    by_mention = {m.id: m for m in out.mentions}
    for lp in locals_:
        if lp.parts.given is None:
            doc = documents[lp.document_id]
            complete_from_text(lp, doc, [by_mention[i] for i in lp.mention_ids], given_names)
    say(f"scoring {sum(lp.linkable for lp in locals_)} named persons")
    decisions = decisions or Decisions()
    pinned_mentions = {m for pair in decisions.together + decisions.apart for m in pair}
    pinned = {lp.id for lp in locals_ if pinned_mentions & set(lp.mention_ids)}
    nodes, node_of = collapse(locals_, pinned)
    say(f"{len(nodes)} distinct persons to compare")
    scores = score_pairs(nodes, work_dir)
    say(f"clustering: {len(scores.links)} links, {len(scores.conflicts)} conflicts")
    node_key, used = cluster_people(nodes, scores, decisions)
    key_of = {lp.id: node_key[node_of[lp.id]] for lp in locals_}
    clusters: dict[str, list[Mention]] = {}
    for lp in locals_:
        for mid in lp.mention_ids:
            clusters.setdefault(key_of[lp.id], []).append(by_mention[mid])
    for key, ms in clusters.items():
        eid = _entity_id("person", key)
        out.entities.append(_entity("person", eid, ms, used.get(key, [])))
        for m in ms:
            out.entity_of[m.id] = eid
    orgs: dict[str, list[Mention]] = {}
    for m in out.mentions:
        if m.kind == "organization":
            orgs.setdefault(m.body or body_of(m.name) or organisation_key(m.name), []).append(m)
    for key, ms in orgs.items():
        eid = _entity_id("org", key)
        entity = _entity("organization", eid, ms, [])
        body = next((m.body or body_of(m.name) for m in ms if m.body or body_of(m.name)), None)
        if body:  # the institution's name, every unit and spelling as an alias
            entity = replace(entity, name=body, aliases=tuple(sorted(set(entity.aliases) | {entity.name})))
        out.entities.append(entity)
        for m in ms:
            out.entity_of[m.id] = eid
    victims_of: dict[str, set[str]] = {}
    for m in out.mentions:
        if m.role == "victim":
            victims_of.setdefault(m.act_id, set()).add(out.entity_of[m.id])
    say("grouping incidents")
    out.incidents = group_incidents(acts, documents, {k: frozenset(v) for k, v in victims_of.items()})
    defendants: dict[str, set[str]] = {}
    for act in acts:
        for key in act_cases.get(act.id, ()):
            accused = {e for e in victims_of.get(act.id, set()) if e.startswith("person-")}
            defendants.setdefault(key, set()).update(accused)
    out.cases = group_cases(defendants, case_mentions)
    out.entities.sort(key=lambda e: (e.kind, e.name, e.id))
    return out
