"""Anchor words: a pattern is skipped only where it could not have matched."""

from __future__ import annotations

import pytest
from conftest import REPO, load_script

from khronika.extract.anchors import anchor_words, may_match
from khronika.extract.rules import load_pack

corpus = load_script(REPO / "tests" / "eval" / "corpus" / "build.py", "corpus_build_anchors")


@pytest.mark.parametrize(
    ("pattern", "words"),
    [
        ("(?P<t>jailed|imprisoned) for", ("jailed", "imprisoned")),
        (r"(?:признани\w+|показани\w+) под", ("признани", "показани")),
        ("(?P<t>fined) ", ("fined",)),
        (r"\btaken into custody", ("taken into custody",)),
        ("(?P<t>jails?) for", ("jail",)),  # the optional "s" is not required
        ("(?:forcibly )?(?P<t>sent) to", None),  # an optional opening group: no anchor
        (r"(?:go|goes) on (?P<t>trial)", None),  # too short to be worth it
        (r"(?P<t>(?:criminal )?case) against", None),
        (r"[A-Z]\w+ was (?P<t>detained)", None),
        (r"(?<!found )(?P<t>hanged)", None),
    ],
)
def test_anchor_words(pattern: str, words: tuple[str, ...] | None) -> None:
    assert anchor_words(pattern) == words


def test_a_pattern_is_skipped_only_where_it_cannot_match() -> None:
    reports = corpus.load()
    for language in ("en", "ru"):
        texts = [r["text"] for r in reports if r["language"] == language]
        for rules in load_pack(language).acts:
            for rx in rules.patterns:
                for text in texts:
                    if rx.search(text):
                        assert may_match(rx.pattern, text.lower()), (rx.pattern, text[:80])
