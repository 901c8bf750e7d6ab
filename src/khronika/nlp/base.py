"""The language-neutral shape of an analysed text (Universal Dependencies conventions).

Adpositions hang off their noun with relation ``case`` (as in UD), whatever the library
does, so "by the police" and "сотрудниками полиции" are read by the same extraction code.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Protocol


@dataclass(frozen=True)
class Token:
    i: int
    text: str
    lemma: str
    pos: str  # UD part of speech: NOUN, PROPN, VERB, AUX, PRON, ADJ, NUM, ADP, ...
    dep: str  # UD relation: nsubj, nsubj:pass, obj, obl, obl:agent, nmod, nmod:poss, acl, ...
    head: int  # index of the head token; the root points to itself
    start: int  # character offsets into the analysed text
    end: int
    sent: int  # index of the sentence
    feats: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Entity:
    label: str  # PER, ORG, LOC, FAC, NORP, DATE
    start: int
    end: int
    text: str
    normal: str  # nominative / canonical form ("Азата Мифтахова" -> "Азат Мифтахов")
    tok_start: int
    tok_end: int  # exclusive


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    tok_start: int
    tok_end: int  # exclusive


@dataclass
class Analysis:
    text: str
    language: str
    tokens: list[Token]
    sentences: list[Sentence]
    entities: list[Entity]
    children: list[list[int]] = field(default_factory=list)
    entity_at: dict[int, int] = field(default_factory=dict)  # token index -> entity index

    def __post_init__(self) -> None:
        self.children = [[] for _ in self.tokens]
        for tok in self.tokens:
            if tok.head != tok.i:
                self.children[tok.head].append(tok.i)
        for ei, ent in enumerate(self.entities):
            for ti in range(ent.tok_start, ent.tok_end):
                self.entity_at.setdefault(ti, ei)

    def kids(self, i: int, *deps: str) -> list[Token]:
        return [self.tokens[c] for c in self.children[i] if not deps or self.tokens[c].dep in deps]

    def case_of(self, i: int) -> str:
        """The adposition of a noun ("by", "of", "в"), lower-cased, or ''. Of two, the one
        nearest before it («как минимум у пяти человек»: «у», not «как»)."""
        found = ""
        for c in self.children[i]:
            if self.tokens[c].dep == "case":
                if c > i and found:
                    break
                found = self.tokens[c].text.lower()
        return found

    def entity(self, i: int) -> Entity | None:
        ei = self.entity_at.get(i)
        return self.entities[ei] if ei is not None else None

    def subtree(self, i: int, stop: tuple[str, ...] = ()) -> list[int]:
        out, stack = [], [i]
        while stack:
            j = stack.pop()
            out.append(j)
            stack.extend(c for c in self.children[j] if self.tokens[c].dep not in stop)
        return sorted(out)

    def ancestors(self, i: int) -> list[int]:
        out: list[int] = []
        while self.tokens[i].head != i and len(out) < 50:
            i = self.tokens[i].head
            out.append(i)
        return out

    def sentence_tokens(self, s: int) -> range:
        sent = self.sentences[s]
        return range(sent.tok_start, sent.tok_end)


class Analyzer(Protocol):
    language: str

    def analyze(self, text: str) -> Analysis: ...

    def bare(self, text: str) -> object:
        """Run only the library's own models (the benchmark's baseline)."""
        ...
