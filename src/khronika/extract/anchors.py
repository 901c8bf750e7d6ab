"""Words a rule pattern cannot match without: a cheap test before the regular expression.

Most trigger and date patterns open with a choice of literal words ("(?P<t>jailed|imprisoned)
…", «(?:признани\\w+|показани\\w+) …», "(?:forcibly )?sent"). A report in which none of those
words occurs (in lower case) cannot match, so it is not searched; in one where they occur, a
match can only begin where one of them does, so the pattern is tried at those places only
rather than at every character (`finditer`, the same matches as a search). A pattern whose
opening is no such choice — a character class of several letters, a repeated group, words
shorter than three letters — has no anchor words and is searched throughout.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from functools import cache

_META = set("\\.^$*+?{}[]|()")
_QUANTIFIERS = set("?*{")
_GROUP_OPENERS = ("(?P<", "(?:")
_MIN_LENGTH = 3  # shorter words ("at", "в") occur everywhere: no saving, so no anchor


def may_match(pattern: str, lowered_text: str) -> bool:
    """False only when the pattern certainly cannot match a text whose lower-case form this is."""
    words = anchor_words(pattern)
    return words is None or any(w in lowered_text for w in words)


@cache
def anchor_words(pattern: str) -> tuple[str, ...] | None:
    """The literal (lower-case) openings one of which every match begins with; None when the
    pattern does not open with such literals."""
    return _openings(pattern)


def _openings(p: str) -> tuple[str, ...] | None:
    p = _strip_zero_width(p)
    if not p.startswith(_GROUP_OPENERS):
        prefix = _literal_prefix(p)
        return (prefix,) if len(prefix) >= _MIN_LENGTH else None
    end = _closing_paren(p)
    if end is None:
        return None
    inside = _alternatives_openings(p[p.index(">") + 1 if p.startswith("(?P<") else 3 : end])
    after = p[end + 1 :]
    if after[:1] not in _QUANTIFIERS:
        return inside
    if after[:1] != "?" or after[1:2] in ("?", "+"):
        return None  # ("(?:very )*…", "(?:x)??": the group may repeat or be passed lazily)
    # "(?:forcibly )?sent …": a match opens with the group or with what follows it
    rest = _openings(after[1:])
    if inside is None or rest is None:
        return None
    return tuple(dict.fromkeys(inside + rest))


def _alternatives_openings(body: str) -> tuple[str, ...] | None:
    """'(?:criminal )?case|proceedings': every alternative must open with literals."""
    words: list[str] = []
    for alternative in _top_level_alternatives(body):
        found = _openings(alternative)
        if found is None:
            return None
        words.extend(found)
    return tuple(dict.fromkeys(words)) or None


class Occurrences:
    """Where anchor words occur in one report's lower-case text, each word looked up once
    (many patterns share their opening words)."""

    def __init__(self, lowered: str) -> None:
        self.lowered = lowered
        self._at: dict[str, tuple[int, ...]] = {}

    @classmethod
    def of_text(cls, text: str) -> Occurrences | None:
        """None for a text whose lower case changes its length ("İ"): positions found in the
        one would not be positions in the other."""
        lowered = text.lower()
        return cls(lowered) if len(lowered) == len(text) else None

    def of(self, word: str) -> tuple[int, ...]:
        found = self._at.get(word)
        if found is None:
            positions = []
            i = self.lowered.find(word)
            while i != -1:
                positions.append(i)
                i = self.lowered.find(word, i + 1)  # (overlapping: "aa" twice in "aaa")
            found = self._at[word] = tuple(positions)
        return found

    def starts(self, words: Iterable[str]) -> Sequence[int]:
        """Every position where one of the words begins, in order."""
        found = []
        for w in words:
            at = self._at.get(w)
            if at is None:
                at = self.of(w)
            if at:
                found.append(at)
        if len(found) <= 1:
            return found[0] if found else ()  # (most patterns: no word or one word in a report)
        return sorted(set().union(*found))


def finditer(rx: re.Pattern[str], text: str, occurrences: Occurrences | None) -> Iterator[re.Match[str]]:
    """`rx.finditer(text)`, tried only where the pattern's anchor words occur when it has
    them (`occurrences` being those of `text`)."""
    words = anchor_words(rx.pattern)
    if words is None or occurrences is None:
        return rx.finditer(text)
    return matches_from(rx, text, occurrences.starts(words))


def matches_from(rx: re.Pattern[str], text: str, starts: Sequence[int]) -> Iterator[re.Match[str]]:
    """What `rx.finditer(text)` yields, for a pattern whose every match begins at one of
    `starts` (the positions of its anchor words): a match is tried only there, not at every
    character of the report. (`match` at a position still sees the text before it, so
    boundaries and look-behinds read as they do in a search.)"""
    end = 0
    for p in starts:
        if p < end:
            continue  # inside the match before: finditer does not overlap matches
        m = rx.match(text, p)
        if m:
            yield m
            end = m.end() if m.end() > p else p + 1


def _strip_zero_width(p: str) -> str:
    """What matches no character at the opening: word boundaries and look-arounds
    ("(?<!found )hanged" opens with "hanged")."""
    while True:
        if p.startswith("\\b"):
            p = p[2:]
        elif p.startswith(("(?<!", "(?<=", "(?!", "(?=")):
            end = _closing_paren(p)
            if end is None:
                return p
            p = p[end + 1 :]
        else:
            return p


def _literal_prefix(p: str) -> str:
    """The characters the pattern matches literally at its start (a character followed by
    a quantifier is not certain, so it is left out; a class of one letter in either case,
    «[Мм]», is that letter)."""
    out: list[str] = []
    i = 0
    while i < len(p):
        ch, width = p[i], 1
        if ch == "[":
            close = p.find("]", i + 1)
            letters = {c.lower() for c in p[i + 1 : close]} if close > i + 1 else set()
            if len(letters) != 1 or not next(iter(letters)).isalpha():
                break
            ch, width = next(iter(letters)), close - i + 1
        elif ch in _META:
            if ch in _QUANTIFIERS and out:
                out.pop()
            break
        if i + width < len(p) and p[i + width] in _QUANTIFIERS:
            break
        out.append(ch)
        i += width
    return "".join(out).lower()


def _closing_paren(p: str) -> int | None:
    depth, i = 0, 0
    while i < len(p):
        ch = p[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":  # a character class may hold brackets of its own
            close = p.find("]", i + 2)
            if close == -1:
                return None
            i = close + 1
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    return None


def _top_level_alternatives(body: str) -> list[str]:
    out, depth, start, i = [], 0, 0, 0
    while i < len(body):
        ch = body[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            close = body.find("]", i + 2)
            i = (close if close != -1 else len(body) - 1) + 1
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            out.append(body[start:i])
            start = i + 1
        i += 1
    out.append(body[start:])
    return out
