"""Loading the rule packs: per language a folder of TOML data files, one per act type."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import cache, cached_property
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path, PurePath
from typing import Any

from khronika.errors import RulePackError
from khronika.extract.anchors import anchor_words

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
    # trigger lemma -> words one of which must be in the sentence ("search" needs a home, an
    # office…: "searching for the child" is not a search of premises)
    context: dict[str, frozenset[str]] = field(default_factory=dict)
    # act types whose bare trigger word, at a word one of this type's patterns matched, is
    # not read again ("jailed for 15 days" is a sentence, not also a detention)
    supersedes: frozenset[str] = frozenset()


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

    @cached_property
    def all_patterns(self) -> tuple[tuple[ActRules, re.Pattern[str]], ...]:
        """Every act pattern with its rules, in the pack's order (which one is tried first
        decides which of two matching the same word is kept)."""
        return tuple((rules, rx) for rules in self.acts for rx in rules.patterns)

    @cached_property
    def pattern_anchors(self) -> tuple[tuple[str, ...] | None, ...]:
        """The anchor words of each of `all_patterns` (anchors.py), by the same number."""
        return tuple(anchor_words(rx.pattern) for _, rx in self.all_patterns)

    @cached_property
    def patterns_by_anchor(self) -> dict[str, tuple[int, ...]]:
        """An anchor word -> the numbers (in `all_patterns`) of the patterns opening with it:
        a report is searched once for each word, and only the patterns of the words it holds
        are tried (acts._live_patterns)."""
        found: dict[str, list[int]] = {}
        for k, words in enumerate(self.pattern_anchors):
            for w in words or ():
                found.setdefault(w, []).append(k)
        return {w: tuple(ks) for w, ks in found.items()}

    @cached_property
    def unanchored_patterns(self) -> tuple[int, ...]:
        """The numbers of the patterns with no anchor word: tried in every report."""
        return tuple(k for k, words in enumerate(self.pattern_anchors) if words is None)

    @cached_property
    def trigger_words(self) -> dict[str, tuple[tuple[ActRules, bool], ...]]:
        """A trigger lemma -> the act rules listing it, with True where as a verb (looked up
        once per token rather than once per token and act type)."""
        found: dict[str, list[tuple[ActRules, bool]]] = {}
        for rules in self.acts:
            for verb in sorted(rules.verbs):
                found.setdefault(verb, []).append((rules, True))
            for noun in sorted(rules.nouns):
                found.setdefault(noun, []).append((rules, False))
        return {word: tuple(entries) for word, entries in found.items()}

    def people_nouns(self) -> frozenset[str]:
        """Nouns for people ("activist", «журналист», "people"): the pack's group and
        describing nouns together."""
        return self._people_nouns

    @cached_property
    def _people_nouns(self) -> frozenset[str]:
        return self.word("group_nouns") | self.word("describing_nouns")

    @cached_property
    def name_titles(self) -> frozenset[str]:
        """Words a name may be written after ("Mr", "President", "activist"), without their
        full stops: what people.name_words takes off (joined once per pack, not per name)."""
        words = self.word("honorifics") | self.word("title_words") | self.word("describing_nouns")
        return frozenset(w.rstrip(".") for w in words)


def _act_rules(name: str, raw: dict[str, Any], origin: str) -> ActRules:
    if name not in ACT_TYPES:
        raise RulePackError(f"{origin}: unknown act type {name!r}; known: {', '.join(ACT_TYPES)}")
    patterns = []
    for p in raw.get("patterns", []):
        try:
            # (matched against text with «ё» written «е»: acts.py, _plain)
            patterns.append(re.compile(p.replace("ё", "е").replace("Ё", "Е"), re.IGNORECASE))
        except re.error as exc:
            raise RulePackError(f"{origin}: acts.{name}: bad pattern {p!r}: {exc}") from exc
    context = raw.get("context", {})
    if not isinstance(context, dict):
        raise RulePackError(f"{origin}: acts.{name}: `context` must be a table of trigger = [words]")
    return ActRules(
        name,
        frozenset(v.lower() for v in raw.get("verbs", [])),
        frozenset(v.lower() for v in raw.get("nouns", [])),
        tuple(patterns),
        bool(raw.get("subject_victim", False)),
        bool(raw.get("org_victim", False)),
        bool(raw.get("person_victim", False)),
        {k.lower(): frozenset(w.lower() for w in ws) for k, ws in context.items()},
        _act_types(raw.get("supersedes", []), f"{origin}: acts.{name}.supersedes"),
    )


def _act_types(names: list[str], origin: str) -> frozenset[str]:
    unknown = [n for n in names if n not in ACT_TYPES]
    if unknown:
        raise RulePackError(f"{origin}: unknown act type {unknown[0]!r}; known: {', '.join(ACT_TYPES)}")
    return frozenset(names)


def _toml(text: str, origin: str) -> dict[str, Any]:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise RulePackError(f"{origin}: not valid TOML: {exc}") from exc


def parse_pack(text: str, origin: str) -> RulePack:
    """One file: either a whole pack (`[acts.TYPE]`, `[cues]`, `[entities]` tables) or the
    rules of one act type, named after it (`detention.toml` with `verbs = [...]` at the top)."""
    data = _toml(text, origin)
    stem = PurePath(origin).stem
    if not data.keys() & {"acts", "cues", "entities"} and stem in ACT_TYPES:
        return RulePack(data.get("language", ""), (_act_rules(stem, data, origin),), {}, {}, {})
    stray = data.keys() - {"language", "acts", "cues", "entities"}
    if stray:
        raise RulePackError(
            f"{origin}: unexpected {', '.join(sorted(stray))}; a file of one act type must be named "
            f"after it (e.g. detention.toml), a whole pack uses [acts.TYPE], [cues] and [entities]"
        )
    acts = tuple(_act_rules(name, raw, origin) for name, raw in data.get("acts", {}).items())
    cues = data.get("cues", {})
    word_lists = {k: frozenset(v.lower() for v in vs) for k, vs in cues.items() if k not in _PATTERN_CUES}
    pattern_cues = {}
    for key in _PATTERN_CUES:
        pattern_cues[key] = tuple(
            re.compile(p if key == "according_to" else rf"\b{p}\b", 0 if key == "according_to" else re.I)
            for p in cues.get(key, [])
        )
    for rx in pattern_cues.get("during", ()):
        unknown = set(rx.groupindex) - set(ACT_TYPES)
        if unknown:  # ("during the search" names the act by its group: a typo would date nothing)
            raise RulePackError(
                f"{origin}: cues.during: group {sorted(unknown)[0]!r} is no act type; known: {', '.join(ACT_TYPES)}"
            )
    words = {k: frozenset(v.lower() for v in vs) for k, vs in data.get("entities", {}).items()}
    return RulePack(data.get("language", origin), acts, word_lists, pattern_cues, words)


_PATTERN_CUES = (
    "according_to",
    "hedge_words",
    "next_day",
    "next_month",
    "day_before",
    "during",
    "members_next",
    "separate_incident",
    "time_phrases",
    "period_phrases",
    "rate_phrases",
)


def read_pack_dir(folder: Traversable, origin: str) -> RulePack:
    """A pack as a folder: `language.toml` (cues, entity words) and `acts/TYPE.toml`, one
    file per act type, so that a user can read or extend one kind of act at a time."""
    main = folder / "language.toml"
    pack = parse_pack(main.read_text(encoding="utf-8"), f"{origin}/language.toml") if main.is_file() else None
    acts_dir = folder / "acts"
    files = sorted(acts_dir.iterdir(), key=lambda f: f.name) if acts_dir.is_dir() else []
    for f in (f for f in files if f.name.endswith(".toml")):
        part = parse_pack(f.read_text(encoding="utf-8"), f"{origin}/acts/{f.name}")
        pack = part if pack is None else merge_packs(pack, part)
    if pack is None:
        raise RulePackError(f"{origin}: neither language.toml nor acts/*.toml found in this folder")
    return pack


def read_pack(path: str) -> RulePack:
    p = Path(path)
    if p.is_dir():
        return read_pack_dir(p, path)
    if not p.is_file():
        raise RulePackError(f"{path}: no such rule file or folder")
    return parse_pack(p.read_text(encoding="utf-8"), path)


@cache
def load_pack(language: str, extra: tuple[str, ...] = ()) -> RulePack:
    """The built-in pack for a language (`rules/<language>/`). `extra` names user packs
    (files or folders of the same layout) merged on top."""
    folder = resources.files("khronika.extract") / "rules" / language
    if not folder.is_dir():
        raise RulePackError(f"no rule pack for language {language!r}")
    pack = read_pack_dir(folder, f"rules/{language}")
    for extra_path in extra:
        pack = merge_packs(pack, read_pack(extra_path))
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
                old.person_victim or a.person_victim, _merge_context(old.context, a.context),
                old.supersedes | a.supersedes,
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
    cue_patterns.update({k: v for k, v in add.cue_patterns.items() if k not in base.cue_patterns})
    # the order of ACT_TYPES decides which act a shared trigger word builds first
    acts = tuple(sorted(by_type.values(), key=lambda a: ACT_TYPES.index(a.type)))
    return RulePack(base.language or add.language, acts, cues, cue_patterns, words)


def _merge_context(
    old: dict[str, frozenset[str]], new: dict[str, frozenset[str]]
) -> dict[str, frozenset[str]]:
    return {k: old.get(k, frozenset()) | new.get(k, frozenset()) for k in old.keys() | new.keys()}
