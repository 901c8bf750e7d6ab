"""Loading the per-language rule packs (TOML data files, one per language)."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from khronika.errors import RulePackError

ACT_TYPES = (
    "detention", "remand", "search", "torture", "attack", "killing", "abduction", "threat",
    "enforced_disappearance", "denial_of_counsel", "coerced_statement", "coerced_cooperation",
    "prosecution", "sentence", "designation", "closure", "death_in_custody", "reprisal",
    "self_harm", "release",
)  # fmt: skip


@dataclass(frozen=True)
class ActRules:
    type: str
    verbs: frozenset[str]
    nouns: frozenset[str]
    patterns: tuple[re.Pattern[str], ...]
    subject_victim: bool = False  # intransitive triggers: the subject suffered the act
    org_victim: bool = False  # acts against organisations: definite descriptions resolve to one
    person_victim: bool = False  # only people (not organisations) can be victims


@dataclass(frozen=True)
class RulePack:
    language: str
    acts: tuple[ActRules, ...]
    cues: dict[str, frozenset[str]]
    cue_patterns: dict[str, tuple[re.Pattern[str], ...]]
    words: dict[str, frozenset[str]]

    def cue(self, name: str) -> frozenset[str]:
        return self.cues.get(name, frozenset())

    def word(self, name: str) -> frozenset[str]:
        return self.words.get(name, frozenset())


def parse_pack(text: str, origin: str) -> RulePack:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise RulePackError(f"{origin}: not valid TOML: {exc}") from exc
    acts = []
    for name, raw in data.get("acts", {}).items():
        if name not in ACT_TYPES:
            raise RulePackError(f"{origin}: unknown act type {name!r}; known: {', '.join(ACT_TYPES)}")
        patterns = []
        for p in raw.get("patterns", []):
            try:
                patterns.append(re.compile(p, re.IGNORECASE))
            except re.error as exc:
                raise RulePackError(f"{origin}: acts.{name}: bad pattern {p!r}: {exc}") from exc
        acts.append(
            ActRules(
                name,
                frozenset(v.lower() for v in raw.get("verbs", [])),
                frozenset(v.lower() for v in raw.get("nouns", [])),
                tuple(patterns),
                bool(raw.get("subject_victim", False)),
                bool(raw.get("org_victim", False)),
                bool(raw.get("person_victim", False)),
            )
        )
    cues = data.get("cues", {})
    word_lists = {k: frozenset(v.lower() for v in vs) for k, vs in cues.items() if k not in _PATTERN_CUES}
    pattern_cues = {}
    for key in _PATTERN_CUES:
        pattern_cues[key] = tuple(
            re.compile(p if key == "according_to" else rf"\b{p}\b", 0 if key == "according_to" else re.I)
            for p in cues.get(key, [])
        )
    words = {k: frozenset(v.lower() for v in vs) for k, vs in data.get("entities", {}).items()}
    return RulePack(data.get("language", origin), tuple(acts), word_lists, pattern_cues, words)


_PATTERN_CUES = ("according_to", "hedge_words")


@cache
def load_pack(language: str, extra: tuple[str, ...] = ()) -> RulePack:
    """The built-in pack for a language. `extra` names user TOML files merged on top."""
    path = resources.files("khronika.extract") / "rules" / f"{language}.toml"
    if not path.is_file():
        raise RulePackError(f"no rule pack for language {language!r}")
    pack = parse_pack(path.read_text(encoding="utf-8"), f"{language}.toml")
    for extra_path in extra:
        pack = merge_packs(pack, parse_pack(Path(extra_path).read_text(encoding="utf-8"), extra_path))
    return pack


def merge_packs(base: RulePack, add: RulePack) -> RulePack:
    """User packs add trigger words, patterns and cue words; they never remove built-ins."""
    by_type = {a.type: a for a in base.acts}
    for a in add.acts:
        old = by_type.get(a.type)
        if old is None:
            by_type[a.type] = a
        else:
            by_type[a.type] = ActRules(
                a.type, old.verbs | a.verbs, old.nouns | a.nouns, old.patterns + a.patterns,
                old.subject_victim or a.subject_victim, old.org_victim or a.org_victim,
                old.person_victim or a.person_victim,
            )  # fmt: skip
    cues = {
        k: base.cues.get(k, frozenset()) | add.cues.get(k, frozenset())
        for k in base.cues.keys() | add.cues.keys()
    }
    cue_patterns = {k: base.cue_patterns.get(k, ()) + add.cue_patterns.get(k, ()) for k in base.cue_patterns}
    words = {
        k: base.words.get(k, frozenset()) | add.words.get(k, frozenset())
        for k in base.words.keys() | add.words.keys()
    }
    return RulePack(base.language, tuple(by_type.values()), cues, cue_patterns, words)
