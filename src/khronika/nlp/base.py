"""The language-neutral shape of an analysed text (Universal Dependencies conventions).

Adpositions hang off their noun with relation ``case`` (as in UD), whatever the library
does, so "by the police" and "сотрудниками полиции" are read by the same extraction code.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Protocol


@dataclass(frozen=True, init=False)
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

    def __init__(
        self,
        i: int,
        text: str,
        lemma: str,
        pos: str,
        dep: str,
        head: int,
        start: int,
        end: int,
        sent: int,
        feats: Mapping[str, str] | None = None,
    ) -> None:
        # One is made for every word of every report: the __init__ a frozen dataclass writes
        # sets each field through object.__setattr__, and building tokens that way was over a
        # quarter of the work the analysers add to the language models. Filling the instance's
        # dictionary at once does the same in one step; the instance stays frozen afterwards.
        self.__dict__.update(
            i=i, text=text, lemma=lemma, pos=pos, dep=dep, head=head,
            start=start, end=end, sent=sent, feats={} if feats is None else feats,
        )  # fmt: skip


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


def without_cycles(tokens: list[Token]) -> list[Token]:
    """Natasha's parser can hang words on each other in a circle («…, где продержали … и
    составили протокол по статье» with «статье» over «продержали» and under it). Every walk up
    or down the tree would go round it forever, so the circle is cut where it begins in the
    text: that word is hung on its sentence's root as a clause of its own ("parataxis"), or
    made the root where the circle holds the whole sentence."""
    out = list(tokens)
    done: set[int] = set()
    for t in tokens:
        path: list[int] = []
        on_path: set[int] = set()
        j = t.i
        while j not in done and j not in on_path and out[j].head != j:
            path.append(j)
            on_path.add(j)
            j = out[j].head
        if j in on_path:  # a circle: from j round to j
            circle = path[path.index(j) :]
            first = min(circle)
            sent = out[first].sent
            roots = [k.i for k in out if k.sent == sent and k.head == k.i and k.i not in circle]
            tok = out[first]
            out[first] = Token(
                tok.i, tok.text, tok.lemma, tok.pos, "parataxis" if roots else "root",
                roots[0] if roots else tok.i, tok.start, tok.end, tok.sent, tok.feats,
            )  # fmt: skip
        done.update(path)
    return out


def prepositions_of_nouns(tokens: list[Token]) -> list[Token]:
    """«не пускали к задержанным»: a preposition on a word that stands as a noun (a participle
    read as the people it describes) can be parsed as a clause's "mark"; it is the noun's
    case."""
    out = list(tokens)
    for t in tokens:
        if t.dep != "mark" or t.pos != "ADP" or t.head == t.i:
            continue
        head = tokens[t.head]
        nounlike = head.pos in ("NOUN", "PROPN", "PRON") or head.feats.get("VerbForm") == "Part"
        if nounlike and head.dep in ("obl", "nmod", "obj", "iobj") and head.i > t.i:
            out[t.i] = Token(t.i, t.text, t.lemma, t.pos, "case", t.head, t.start, t.end, t.sent, t.feats)
    return out


def objects_after_conjunction(tokens: list[Token]) -> list[Token]:
    """«у них отобрали телефоны, а адвоката не пускали»: the parser can hang the object that
    opens the second clause on the first clause's verb. An object right after ", а"/", и" whose
    conjunction belongs to a verb further on, with no object of its own, is that verb's."""
    out = list(tokens)
    has_obj = {t.head for t in tokens if t.dep == "obj" and t.head != t.i}
    for t in tokens:
        if t.dep != "obj" or t.head >= t.i or t.i < 2:
            continue
        cc, comma = tokens[t.i - 1], tokens[t.i - 2]
        verb = cc.head
        if cc.dep != "cc" or comma.text != "," or verb <= t.i or verb in has_obj:
            continue
        if tokens[verb].pos != "VERB" or tokens[verb].sent != t.sent:
            continue
        out[t.i] = Token(t.i, t.text, t.lemma, t.pos, "obj", verb, t.start, t.end, t.sent, t.feats)
        has_obj.add(verb)
    return out


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
        self.tokens = prepositions_of_nouns(objects_after_conjunction(without_cycles(self.tokens)))
        self.children = [[] for _ in self.tokens]
        self._kid_tokens: list[list[Token]] = [[] for _ in self.tokens]
        for tok in self.tokens:
            if tok.head != tok.i:
                self.children[tok.head].append(tok.i)
                self._kid_tokens[tok.head].append(tok)
        for ei, ent in enumerate(self.entities):
            for ti in range(ent.tok_start, ent.tok_end):
                self.entity_at.setdefault(ti, ei)

    def kids(self, i: int, *deps: str) -> list[Token]:
        kids = self._kid_tokens[i]
        return list(kids) if not deps else [k for k in kids if k.dep in deps]

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
        # (each word once: a parser can hang two words on each other, and a walk that does
        # not remember where it has been goes round that circle until memory runs out)
        seen, stack = {i}, [i]
        while stack:
            j = stack.pop()
            for c in self.children[j]:
                if c not in seen and self.tokens[c].dep not in stop:
                    seen.add(c)
                    stack.append(c)
        return sorted(seen)

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
