"""People across documents: splink scores pairs of local persons, constrained clustering
groups them.

Why splink: it is a maintained Fellegi-Sunter implementation whose scores explain themselves
(each comparison adds a match weight in bits, kept with every link), it runs on an embedded
DuckDB with no set-up, and the same settings run on its Spark backend for corpora beyond one
machine. The model's m and u probabilities are fixed below, not trained at run time: linking
is then deterministic, needs no labelled data on a fresh store, and the weights are a table a
reviewer can read. They were set on a generated development set (tests/eval/linking/build.py
--seeds 7 and 9) and are measured on the test set (seed 1).

Why our own clustering instead of splink's connected components: people must stay apart
where evidence or a person says so. Links are taken strongest first and a link is refused
when it would put in one person two local persons that may not be together: two from the
same document (the extractor already told them apart), a pair whose score is strongly
against (a namesake of another age or city), or a pair a human split.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from khronika.link.mentions import LocalPerson
from khronika.link.names import initial_letters, surname_stem

# Link when the match weight (bits) is at least this; refuse a cluster that would contain a
# pair scored at or below CONFLICT_WEIGHT.
LINK_WEIGHT = 0.0
CONFLICT_WEIGHT = -2.0
PRIOR = 0.0005  # probability that two random local persons (same surname block) are one person


def _levels(name: str, levels: Sequence[tuple[str | None, str, float, float]]) -> dict[str, Any]:
    """A splink comparison from (sql or None for the null level, label, m, u) rows."""
    out = []
    for sql, label, m, u in levels:
        if sql is None:
            out.append({"sql_condition": label, "label_for_charts": "null", "is_null_level": True})
        else:
            out.append(
                {"sql_condition": sql, "label_for_charts": label, "m_probability": m, "u_probability": u}
            )
    return {"output_column_name": name, "comparison_levels": out}


def _list_null(col: str) -> str:
    return f"{col}_l IS NULL OR {col}_r IS NULL"


# The model: each row is a level of a comparison with its m (share of true pairs at that
# level) and u (share of non-matching pairs at that level) probabilities.
COMPARISONS: list[Any] = [
    _levels("surname", [
        (None, "surname_l IS NULL OR surname_r IS NULL", 0, 0),
        ("surname_l = surname_r", "same surname", 0.88, 0.002),
        ("surname_stem_l = surname_stem_r", "same surname but its ending", 0.06, 0.002),
        ("TRUE", "other surname", 0.02, 0.992),
    ]),
    _levels("given", [
        (None, "given_l IS NULL OR given_r IS NULL", 0, 0),
        ("given_l = given_r", "same given name", 0.85, 0.02),
        ("(length(given_l) = 1 OR length(given_r) = 1) AND list_has_any(initials_l, initials_r)",
         "initial fits", 0.1, 0.06),
        ("jaro_winkler_similarity(given_l, given_r) >= 0.9", "given name spelled alike", 0.03, 0.01),
        ("TRUE", "other given name", 0.02, 0.91),
    ]),
    _levels("patronymic", [
        (None, "patronymic_l IS NULL OR patronymic_r IS NULL", 0, 0),
        ("substr(patronymic_l, 1, 1) = substr(patronymic_r, 1, 1) AND (patronymic_l = patronymic_r "
         "OR length(patronymic_l) = 1 OR length(patronymic_r) = 1)", "patronymic fits", 0.95, 0.2),
        ("TRUE", "other patronymic", 0.02, 0.8),
    ]),
    _levels("places", [
        (None, _list_null("places"), 0, 0),
        ("list_has_any(places_l, places_r)", "a place in common", 0.7, 0.05),
        ("TRUE", "different places", 0.3, 0.95),
    ]),
    _levels("countries", [
        (None, _list_null("countries"), 0, 0),
        ("list_has_any(countries_l, countries_r)", "a country in common", 0.95, 0.5),
        ("TRUE", "different countries", 0.05, 0.5),
    ]),
    _levels("birth_year", [
        (None, "birth_year_l IS NULL OR birth_year_r IS NULL", 0, 0),
        ("abs(birth_year_l - birth_year_r) <= 2", "ages agree", 0.95, 0.1),
        ("TRUE", "ages differ", 0.001, 0.9),  # reports of one person rarely disagree on age
    ]),
    _levels("cases", [
        (None, _list_null("cases"), 0, 0),
        ("list_has_any(cases_l, cases_r)", "a case in common", 0.6, 0.001),
        # Case names are keyed per language ("Network", «Сеть»): across languages a
        # difference says nothing.
        ("language_l <> language_r", "cases named in different languages", 0.3, 0.3),
        ("TRUE", "different cases", 0.1, 0.9),
    ]),
]  # fmt: skip

# Which pairs are compared at all. Transliterations already share one key (names.phonetic_key)
# and the stem drops gender and case endings, so one rule does: a second (same given name and
# surname prefix) multiplied the pairs fifteenfold at scale and, on the development set, only
# added candidates that made bare names ambiguous (recall fell).
BLOCKING: list[Any] = [
    "l.surname_stem = r.surname_stem AND l.initial = r.initial",
    # "I. Ershov" / "Y. Zorin" may be Юрий or Евгений (names.initial_letters)
    "l.surname_stem = r.surname_stem AND (l.given = 'i' OR r.given = 'i')",
]


@dataclass(frozen=True)
class Link:
    """Why two local persons were judged one: the total weight and each comparison's part."""

    left: str
    right: str
    weight: float
    parts: dict[str, float]


@dataclass
class Decisions:
    """Human decisions, as pairs of mention ids: `together` must be one person, `apart` never."""

    together: list[tuple[str, str]] = field(default_factory=list)
    apart: list[tuple[str, str]] = field(default_factory=list)


def _record(i: int, lp: LocalPerson) -> dict[str, Any]:
    parts = lp.parts
    assert parts.surname is not None and parts.given is not None
    return {
        "unique_id": i,
        "surname": parts.surname,
        "surname_stem": surname_stem(parts.surname),
        "given": parts.given,
        "initial": parts.given[0],
        "initials": list(initial_letters(parts.given)),
        "patronymic": parts.patronymic,
        "places": sorted(lp.places) or None,
        "countries": sorted(lp.countries) or None,
        "birth_year": lp.birth_year,
        "cases": sorted(lp.cases) or None,
        "language": lp.language,
    }


@dataclass
class Scores:
    """What scoring found: links (weight at or above LINK_WEIGHT, each with its parts) and
    conflicts (pairs at or below CONFLICT_WEIGHT). The pairs in between say nothing and are
    not kept: an archive of a million mentions has millions of them."""

    links: list[Link] = field(default_factory=list)
    conflicts: list[tuple[str, str]] = field(default_factory=list)


# DuckDB's share of memory: it spills to the store's tmp folder beyond this, and the rest is
# left to the Python side, which holds the mentions.
DUCKDB_MEMORY = "4GB"


def score_pairs(people: Sequence[LocalPerson], work_dir: Path | None = None) -> Scores:
    """Every blocked pair of linkable local persons scored by splink on DuckDB; the links and
    the conflicts come back. `work_dir`: where DuckDB may spill (inside the store)."""
    import duckdb
    from splink import DuckDBAPI, Linker, SettingsCreator

    linkable = [lp for lp in people if lp.linkable]
    if len(linkable) < 2:
        return Scores()
    con = duckdb.connect()
    con.execute(f"SET memory_limit = '{DUCKDB_MEMORY}'")
    if work_dir is not None:
        work_dir.mkdir(parents=True, exist_ok=True)
        con.execute(f"SET temp_directory = '{work_dir.as_posix()}'")
    try:
        db = DuckDBAPI(con)
        table = db.register([_record(i, lp) for i, lp in enumerate(linkable)])
        settings = SettingsCreator(
            link_type="dedupe_only",
            comparisons=COMPARISONS,
            blocking_rules_to_generate_predictions=BLOCKING,
            probability_two_random_records_match=PRIOR,
            retain_matching_columns=False,
            retain_intermediate_calculation_columns=True,
        )
        linker = Linker(table, settings, log_level=None)
        pairs = linker.inference.predict().physical_name
        names = [c["output_column_name"] for c in COMPARISONS]
        columns = ", ".join(f"mw_{n}" for n in names)
        scores = Scores()
        rows = con.execute(
            f"SELECT unique_id_l, unique_id_r, match_weight, {columns} FROM {pairs} "
            f"WHERE NOT isnan(match_weight) AND match_weight >= {LINK_WEIGHT}"
        )
        for row in rows.fetchall():
            parts = {n: round(float(w), 2) for n, w in zip(names, row[3:], strict=True) if w}
            scores.links.append(
                Link(linkable[row[0]].id, linkable[row[1]].id, round(float(row[2]), 3), parts)
            )
        rows = con.execute(
            f"SELECT unique_id_l, unique_id_r FROM {pairs} WHERE match_weight <= {CONFLICT_WEIGHT}"
        )
        scores.conflicts = [(linkable[a].id, linkable[b].id) for a, b in rows.fetchall()]
        return scores
    finally:
        con.close()


def collapse(people: Sequence[LocalPerson], pinned: set[str]) -> tuple[list[LocalPerson], dict[str, str]]:
    """Local persons that say exactly the same (name keys, places, countries, age, cases) are
    one node: pairs between them would all score the same, and a large archive repeats the
    same name in the same city thousands of times. Persons named in a human decision keep
    their own node, so the decision can still tell them apart. Returns the nodes and
    local id -> node id."""
    nodes: dict[tuple[object, ...], LocalPerson] = {}
    out: list[LocalPerson] = []
    node_of: dict[str, str] = {}
    for lp in sorted(people, key=lambda p: p.id):
        if lp.id in pinned or not lp.linkable:
            out.append(lp)
            node_of[lp.id] = lp.id
            continue
        sig = (lp.parts, frozenset(lp.places), frozenset(lp.countries), lp.birth_year, frozenset(lp.cases),
               lp.language if lp.cases else "")  # fmt: skip
        node = nodes.get(sig)
        if node is None:
            node = replace(lp, mention_ids=list(lp.mention_ids), documents={lp.document_id})
            nodes[sig] = node
            out.append(node)
        else:
            node.mention_ids.extend(lp.mention_ids)
            node.documents.add(lp.document_id)
        node_of[lp.id] = node.id
    return out, node_of


class _Clusters:
    """Union-find whose unions can be refused: each root keeps who may not join it, and the
    first letters its given names can start with (Юрий and Igor are two people even where no
    pair of their reports was compared: only same-initial pairs are)."""

    def __init__(self, letters: dict[str, frozenset[str] | None]) -> None:
        self.parent = {i: i for i in letters}
        self.members: dict[str, set[str]] = {i: {i} for i in self.parent}
        self.apart: dict[str, set[str]] = {i: set() for i in self.parent}
        self.letters = dict(letters)  # None: no given name, any letter

    def find(self, i: str) -> str:
        root = i
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[i] != root:
            self.parent[i], i = root, self.parent[i]
        return root

    def keep_apart(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:  # a human put them together: that stands
            return
        self.apart[ra].add(b)
        self.apart[rb].add(a)

    def may_join(self, a: str, b: str) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        la, lb = self.letters[ra], self.letters[rb]
        if la is not None and lb is not None and not la & lb:
            return False
        return self._not_apart(ra, rb)

    def _not_apart(self, ra: str, rb: str) -> bool:
        small, big = (ra, rb) if len(self.members[ra]) <= len(self.members[rb]) else (rb, ra)
        return not (self.apart[small] & self.members[big]) and not (self.apart[big] & self.members[small])

    def join(self, a: str, b: str, decided: bool = False) -> bool:
        """`decided`: a person said so; only another person's split stands against it."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb or not (self._not_apart(ra, rb) if decided else self.may_join(a, b)):
            return False
        if len(self.members[ra]) < len(self.members[rb]):
            ra, rb = rb, ra
        la, lb = self.letters[ra], self.letters[rb]
        self.parent[rb] = ra
        self.members[ra] |= self.members.pop(rb)
        self.apart[ra] |= self.apart.pop(rb)
        # the letters both may start with; a person's merge of two that share none keeps both
        self.letters[ra] = lb if la is None else la if lb is None else (la & lb) or la | lb
        return True


def cluster_people(
    people: Sequence[LocalPerson], scores: Scores, decisions: Decisions | None = None
) -> tuple[dict[str, str], dict[str, list[Link]]]:
    """Local person id -> cluster key (the smallest local id in it), and the links that joined
    each cluster. Human decisions come first and bind: `apart` forbids, then `together` joins
    (even two persons of one document), and only then do automatic constraints apply."""
    decisions = decisions or Decisions()
    by_mention = {m: lp.id for lp in people for m in lp.mention_ids}
    clusters = _Clusters(
        {lp.id: frozenset(initial_letters(lp.parts.given)) if lp.parts.given else None for lp in people}
    )
    for a, b in decisions.apart:
        if a in by_mention and b in by_mention and by_mention[a] != by_mention[b]:
            clusters.keep_apart(by_mention[a], by_mention[b])
    for a, b in decisions.together:
        if a in by_mention and b in by_mention:
            clusters.join(by_mention[a], by_mention[b], decided=True)
    by_doc: dict[str, list[str]] = {}
    for lp in people:
        for doc in lp.documents or {lp.document_id}:
            by_doc.setdefault(doc, []).append(lp.id)
    for ids in by_doc.values():
        for i, a in enumerate(ids):
            for b in ids[i + 1 :]:
                clusters.keep_apart(a, b)
    for a, b in scores.conflicts:
        clusters.keep_apart(a, b)
    used: dict[str, list[Link]] = {}
    joined = []
    # Weak: a bare name (no place, age, case or patronymic). Weak persons join last, and only
    # where what they fit is one person.
    weak = {lp.id for lp in people if not (lp.places or lp.birth_year or lp.cases or lp.parts.patronymic)}
    # First the links between persons whose reports say more than a name (place, age, case,
    # patronymic): they can tell namesakes apart. Then the weak ones.
    for link in sorted(scores.links, key=lambda k: (-k.weight, k.left, k.right)):
        if link.left not in weak and link.right not in weak and clusters.join(link.left, link.right):
            joined.append(link)
    by_weak: dict[str, list[Link]] = {}
    for link in scores.links:
        for end in (link.left, link.right):
            if end in weak:
                by_weak.setdefault(end, []).append(link)
    for node, node_links in sorted(by_weak.items()):
        # A weak person that fits two people who must stay apart (namesakes, or Igor and Yuri
        # for a bare "I. Ershov") is left alone: joining either would be a guess.
        targets = {clusters.find(k.right if k.left == node else k.left) for k in node_links}
        targets.discard(clusters.find(node))
        if any(not clusters.may_join(a, b) for a in targets for b in targets if a < b):
            continue
        for link in sorted(node_links, key=lambda k: -k.weight):
            if clusters.join(link.left, link.right):
                joined.append(link)
    key_of: dict[str, str] = {}
    for root, members in clusters.members.items():
        key = min(members)
        for m in members:
            key_of[m] = key
        del root
    for link in joined:
        used.setdefault(key_of[link.left], []).append(link)
    return key_of, used
