"""Anchor words: a pattern is skipped only where it could not have matched."""

from __future__ import annotations

import re

import pytest
from conftest import REPO, load_script

from khronika.extract.anchors import Occurrences, anchor_words, finditer, may_match
from khronika.extract.dates import PATTERNS as DATE_PATTERNS
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
        # an optional opening group: the match opens with it or with what follows
        ("(?:forcibly )?(?P<t>sent) to", ("forcibly ", "sent")),
        (r"(?P<t>(?:criminal )?case) against", ("criminal ", "case")),
        (r"(?P<t>(?:shot|stabbed) to death)", ("shot", "stabbed")),
        (r"(?:very )*(?P<t>beaten)", None),  # a group that may repeat
        (r"(?:go|goes) on (?P<t>trial)", None),  # too short to be worth it
        (r"[A-Z]\w+ was (?P<t>detained)", None),
        (r"(?<!found )\b(?P<t>hanged)", ("hanged",)),  # look-behinds match no character
        (r"[Мм]ер\w+ пресечения", ("мер",)),  # one letter in either case
        (r"[\w-]+ (?P<t>beaten)", None),
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


def test_matches_tried_at_anchor_words_are_those_a_search_finds() -> None:
    """A pattern tried only where its anchor words occur finds what a search of the whole
    report finds (the speed-up in acts._live_patterns and dates.find_dates rests on it)."""
    reports = corpus.load()
    for language in ("en", "ru"):
        texts = [r["text"].replace("ё", "е") for r in reports if r["language"] == language]
        patterns = [rx for rules in load_pack(language).acts for rx in rules.patterns]
        for rx in patterns + [rx for _, rx in DATE_PATTERNS[language]]:
            for text in texts:
                found = [m.span() for m in finditer(rx, text, Occurrences.of_text(text))]
                assert found == [m.span() for m in rx.finditer(text)], (rx.pattern, text[:80])


def test_overlapping_anchor_words_are_all_found() -> None:
    assert Occurrences("aaa").of("aa") == (0, 1)
    assert Occurrences("x jailed, jailed").starts(("jailed", "jail")) == [2, 10]


def test_a_text_whose_lower_case_is_longer_is_searched_throughout() -> None:
    assert Occurrences.of_text("İstanbul: jailed") is None
    rx = re.compile("(?P<t>jailed)", re.I)
    assert [m.span() for m in finditer(rx, "İstanbul: jailed", None)] == [(10, 16)]
