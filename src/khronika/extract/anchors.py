"""Words a rule pattern cannot match without: a cheap test before the regular expression.

Most trigger patterns open with a choice of literal words ("(?P<t>jailed|imprisoned) …",
«(?:признани\\w+|показани\\w+) …»). A report in which none of those words occurs (in lower
case) cannot match, so the costly case-insensitive search over the whole report is skipped.
A pattern whose opening is not such a choice — an optional group, a character class, a
lookaround — has no anchor words and is always searched.
"""

from __future__ import annotations

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
    """The literal (lower-case) openings of the pattern's alternatives, one of which every
    match begins with; None when the pattern does not open with such literals."""
    p = _strip_boundaries(pattern)
    if not p.startswith(_GROUP_OPENERS):
        prefix = _literal_prefix(p)
        return (prefix,) if len(prefix) >= _MIN_LENGTH else None
    end = _closing_paren(p)
    if end is None or (end + 1 < len(p) and p[end + 1] in _QUANTIFIERS):
        return None  # ("(?:forcibly )?sent …": the group may be absent)
    body = p[p.index(">") + 1 if p.startswith("(?P<") else 3 : end]
    words = []
    for alternative in _top_level_alternatives(body):
        prefix = _literal_prefix(_strip_boundaries(alternative))
        if len(prefix) < _MIN_LENGTH:
            return None
        words.append(prefix)
    return tuple(words) or None


def _strip_boundaries(p: str) -> str:
    while p.startswith("\\b"):
        p = p[2:]
    return p


def _literal_prefix(p: str) -> str:
    """The characters the pattern matches literally at its start (a character followed by
    a quantifier is not certain, so it is left out)."""
    out: list[str] = []
    for i, ch in enumerate(p):
        if ch in _META:
            if ch in _QUANTIFIERS and out:
                out.pop()
            break
        if i + 1 < len(p) and p[i + 1] in _QUANTIFIERS:
            break
        out.append(ch)
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
