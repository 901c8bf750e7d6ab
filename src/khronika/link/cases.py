"""Named criminal cases and their defendants.

A case name is recognised by how reports write it (link/data/cases.toml: "the Network case",
«дело „Сети“», "пензенское дело"). Names are keyed per language (Russian words by their
dictionary form, so «дело „Сети“» and «по делу „Сеть“» are one key). The English and Russian
names of one case ("The Network", «Сеть», "the Penza case") share no spelling; they are joined
by what they share in the world: their defendants. Two case names whose defendants overlap (at
least two people, at least half of the smaller list) are one case.
"""

from __future__ import annotations

import hashlib
import re
import tomllib
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources

from khronika.extract.places import morph_vocab
from khronika.link.names import phonetic_key
from khronika.model import Case


@dataclass(frozen=True)
class CaseMention:
    key: str  # "en:network", "ru:set"
    name: str  # as written
    start: int
    end: int


@cache
def _rules() -> dict[str, tuple[list[re.Pattern[str]], frozenset[str]]]:
    raw = tomllib.loads(
        (resources.files("khronika.link") / "data" / "cases.toml").read_text(encoding="utf-8")
    )
    return {
        lang: ([re.compile(p) for p in spec["patterns"]], frozenset(spec.get("not_names", [])))
        for lang, spec in raw.items()
    }


def case_key(name: str, language: str) -> str:
    words = re.findall(r"\w+", name.lower().replace("ё", "е"))
    if language == "ru":
        morph = morph_vocab()
        words = [(morph.parse(w) or [None])[0].normal if morph.parse(w) else w for w in words]
    words = [w for w in words if w not in ("the", "case", "дело")]
    return f"{language}:" + " ".join(phonetic_key(w) for w in words)


def find_cases(text: str, language: str) -> list[CaseMention]:
    """Every named case in a text, in order."""
    patterns, not_names = _rules().get(language, ([], frozenset()))
    found: dict[int, CaseMention] = {}
    for rx in patterns:
        for m in rx.finditer(text):
            name = m.group(1).strip()
            first = name.split()[0].lower() if name.split() else ""
            if not name or first in not_names or name.lower() in not_names:
                continue
            key = case_key(name, language)
            if key.endswith(":"):
                continue
            found.setdefault(m.start(1), CaseMention(key, name, m.start(1), m.end(1)))
    return sorted(found.values(), key=lambda c: c.start)


def cases_of_act(cases: list[CaseMention], evidence: Iterable[tuple[int, int]]) -> set[str]:
    """The cases an act belongs to: those named in its evidence, else the one case its report
    names (a report naming two cases attaches no act to either without the sentence saying)."""
    if not cases:
        return set()
    spans = list(evidence)
    inside = {c.key for c in cases for s, e in spans if s <= c.start < e}
    if inside:
        return inside
    keys = {c.key for c in cases}
    return keys if len(keys) == 1 else set()


def group_cases(
    defendants: Mapping[str, set[str]],
    mentions: Mapping[str, list[tuple[str, CaseMention]]],
) -> list[Case]:
    """Case keys -> cases: keys whose defendants overlap are one case.
    `defendants`: key -> entity ids; `mentions`: key -> (document source, mention) pairs."""
    keys = sorted(defendants.keys() | mentions.keys())
    parent = {k: k for k in keys}

    def find(k: str) -> str:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    for i, a in enumerate(keys):
        for b in keys[i + 1 :]:
            da, db = defendants.get(a, set()), defendants.get(b, set())
            common = len(da & db)
            if common >= 2 and common * 2 >= min(len(da), len(db)):
                parent[find(b)] = find(a)
    groups: dict[str, list[str]] = {}
    for k in keys:
        groups.setdefault(find(k), []).append(k)
    out = []
    for members in groups.values():
        names = Counter(c.name for k in members for _, c in mentions.get(k, []))
        if not names:
            continue
        sources = [
            {"source": src, "name": c.name, "key": k, "start": c.start, "end": c.end}
            for k in members
            for src, c in mentions.get(k, [])
        ]
        people = sorted(set().union(*(defendants.get(k, set()) for k in members)))
        name = names.most_common(1)[0][0]
        out.append(
            Case(
                id="case-" + hashlib.sha256(min(members).encode()).hexdigest()[:12],
                name=name,
                aliases=tuple(sorted(n for n in names if n != name)),
                defendant_ids=tuple(people),
                sources=tuple(sources),
            )
        )
    return sorted(out, key=lambda c: (-len(c.defendant_ids), c.name))
