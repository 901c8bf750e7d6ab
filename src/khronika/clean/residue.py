"""Removal of page chrome that survives main-text extraction.

The rules are data: one TOML file per family in `residue/`, each rule a regular expression
with a scope and example lines it must drop and keep (tests run every example). A user adds
a family by dropping a file there. Scopes:

- ``line``: a line (paragraph) that is nothing but the pattern goes; a sentence that merely
  contains the words stays, so an article sentence is never dropped by a line rule;
- ``inline``: the matched text goes and the rest of the line stays (shortcodes).
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from khronika.errors import RulePackError

SCOPES = ("line", "inline")


@dataclass(frozen=True)
class ResidueRule:
    family: str
    id: str
    scope: str
    regex: re.Pattern[str]
    drop: tuple[str, ...]
    keep: tuple[str, ...]


def load_family(path: Path | str, text: str) -> list[ResidueRule]:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise RulePackError(f"{path}: not valid TOML: {exc}") from exc
    family = data.get("family") or Path(str(path)).stem
    rules = []
    for raw in data.get("rule", []):
        rid = raw.get("id", "?")
        scope = raw.get("scope", "line")
        if scope not in SCOPES:
            raise RulePackError(f"{path}: rule {rid}: scope must be one of {SCOPES}, not {scope!r}")
        try:
            body = raw["pattern"]
            regex = re.compile(rf"\s*(?:{body})\s*" if scope == "line" else body, re.MULTILINE)
        except (KeyError, re.error) as exc:
            raise RulePackError(f"{path}: rule {rid}: bad or missing pattern: {exc}") from exc
        rules.append(
            ResidueRule(family, rid, scope, regex, tuple(raw.get("drop", [])), tuple(raw.get("keep", [])))
        )
    return rules


@lru_cache(maxsize=1)
def builtin_rules() -> tuple[ResidueRule, ...]:
    rules: list[ResidueRule] = []
    folder = resources.files("khronika.clean") / "residue"
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".toml"):
            rules.extend(load_family(entry.name, entry.read_text(encoding="utf-8")))
    return tuple(rules)


def clean_residue(text: str, rules: tuple[ResidueRule, ...] | None = None) -> tuple[str, tuple[str, ...]]:
    """Return the text without residue, and the families that removed something."""
    rules = builtin_rules() if rules is None else rules
    fired: list[str] = []
    for rule in rules:
        if rule.scope == "inline":
            text, n = rule.regex.subn("", text)
            if n and rule.family not in fired:
                fired.append(rule.family)
    kept = []
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            hit = next((r for r in rules if r.scope == "line" and r.regex.fullmatch(stripped)), None)
            if hit is not None:
                if hit.family not in fired:
                    fired.append(hit.family)
                continue
        kept.append(line.rstrip())
    cleaned = re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip()
    return cleaned, tuple(fired)
