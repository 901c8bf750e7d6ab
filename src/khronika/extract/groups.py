"""Victims told as a group: "both men" and «оба» meaning the people just named, a count
("three activists") met by that many names, a list after an inclusion word or a colon ("including
A and B", «а именно»), names the tagger missed inside one, and relatives sharing a surname
("Ivan and Maria Petrov"). Used by victims.py."""

from __future__ import annotations

import re
from dataclasses import replace

from khronika.extract.context import DocContext
from khronika.extract.dates import NUMBER_WORDS
from khronika.extract.participants import SOME_WORDS
from khronika.extract.people import surname_endings
from khronika.extract.rules import RulePack
from khronika.extract.syntax import head_in, sentence_at
from khronika.model import Participant, Span
from khronika.nlp.base import Analysis, Token


def singular(a: Analysis, p: Participant) -> bool:
    head = _head(a, p)
    return head is not None and head.feats.get("Number") == "Sing" and head.pos == "NOUN"


def _head(a: Analysis, p: Participant) -> Token | None:
    i = head_in(a, p.span)
    return a.tokens[i] if i is not None else None


def _number(a: Analysis, p: Participant) -> str | None:
    head = _head(a, p)
    return head.feats.get("Number") if head is not None else None


def shared_surnames(a: Analysis, pack: RulePack, people: list[Participant]) -> list[Participant]:
    """'the brothers Enver and Rustem Seitkhalilov': a lone given name joined by "and" to a
    full name shares its surname. A lone word that looks like a surname ("Petrov and Anna
    Smirnova") or ends a name elsewhere in the report is left alone."""
    out = list(people)
    endings = surname_endings(pack)
    surnames = {e.text.split()[-1] for e in a.entities if e.label == "PER" and len(e.text.split()) > 1}
    for n, p in enumerate(out):
        word = p.name.strip()
        if (
            p.kind != "person"
            or p.inferred
            or " " in word
            or word.lower().endswith(endings)
            or word in surnames
        ):
            continue
        for q in out:
            parts = q.name.split()
            if (
                q.kind == "person"
                and len(parts) == 2
                and a.text[p.span.end : q.span.start].strip() in ("and", "и")
            ):
                out[n] = replace(p, name=f"{word} {parts[1]}")
                break
    return out


def plural_antecedents(ctx: DocContext, i: int) -> list[Participant]:
    """'both men', 'they', 'обоих', 'всех троих', 'к ним': the people of the latest act that
    had several named victims."""
    a = ctx.a
    words = {a.tokens[i].text.lower(), a.tokens[i].lemma}
    words |= {
        f"{k.text.lower()} {a.tokens[i].text.lower()}" for k in a.kids(i, "det", "predet", "nummod", "amod")
    }
    if _the_held(a, i, ctx.pack):
        return _latest_held(ctx, a.tokens[i].feats.get("Number") == "Plur")
    # "their homes were searched", «их квартиры»: the owners, where an owner suffered the act
    # (or "their whereabouts are unknown": a noun whose owner is the one the act befell)
    owned = ctx.resolver.owners_count or a.tokens[i].lemma in ctx.pack.word("owner_nouns")
    owners = {k.text.lower() for k in a.kids(i, "nmod:poss", "det")} if owned else set()
    # («После обысков мужчин увезли»: a bare plural for people of one sex, with nothing to
    # count or describe them, is those just named)
    bare = a.tokens[i].text.lower() in ctx.pack.word("bare_plural_anaphora") and not a.kids(
        i, "det", "predet", "nummod", "nummod:gov", "amod", "nmod", "acl", "acl:relcl"
    )
    if (
        not bare
        and not words & ctx.pack.word("plural_anaphora")
        and not owners & ctx.pack.word("plural_possessives")
    ):
        return []
    # "summoned the relatives of X and warned them": the people the verb joined to it names
    verb = a.tokens[a.tokens[i].head]
    if a.tokens[i].dep in ("obj", "nsubj", "nsubj:pass") and verb.dep == "conj" and verb.head != verb.i:
        for k in a.kids(verb.head, "obj"):
            if k.i < i and k.feats.get("Number") == "Plur" and k.pos == "NOUN":
                named = ctx.resolver.victim(k.i)
                if named is not None:
                    return [named]
    # "Two of them, X and Y, said officers slapped them": those who say it, named in the subject
    for j in a.ancestors(i):
        if a.tokens[j].lemma in ctx.pack.cue("attribution_verbs"):
            spans = [(min(a.subtree(k.i)), max(a.subtree(k.i))) for k in a.kids(j, "nsubj")]
            speakers: list[Participant] = []
            for ei, e in enumerate(a.entities):
                if not any(lo <= e.tok_start <= hi for lo, hi in spans):
                    continue
                if e.label == "PER":
                    speakers.append(ctx.resolver.person(ei))
                elif e.label == "ORG":  # ("Nusrat Jahan" tagged an organisation)
                    found = ctx.resolver.as_person(ctx.resolver.org(ei))
                    speakers += [found] if found is not None else []
            if len(speakers) >= 2:
                return speakers
            break
    stated = _stated_count(words)
    counted = _the_counted_named(ctx, stated) if stated is not None else []
    if counted:
        return counted
    # the people of the latest sentence that named several, in one act or in several ("X
    # received three years and Y was given two. The two were detained in January")
    latest: list[Participant] = []
    sentence = None
    kind = None
    for act in reversed(ctx.history):
        people = [v for v in act.victims if v.kind == "person"]
        if not people:
            continue
        if sentence is not None and act.evidence[0].start != sentence:
            break
        sentence, kind = act.evidence[0].start, act.type
        latest += [v for v in people if all(v.name != w.name for w in latest)]
        if len(people) >= 2:
            break
    told_in = sentence_at(a, sentence) if sentence is not None else None
    if len(latest) == 1 and told_in is not None:
        # ("X was arrested … His girlfriend, Y, was detained too. Their whereabouts …": one
        # named, with the same act told of another in the sentence just before)
        before = [
            v
            for act in ctx.history
            if act.type == kind and sentence_at(a, act.evidence[0].start) == told_in - 1
            for v in act.victims
            if v.kind == "person" and v.name != latest[0].name
        ]
        latest += [v for n, v in enumerate(before) if all(v.name != w.name for w in before[:n])]
    if len(latest) < 2:
        for act in reversed(ctx.history):
            people = [v for v in act.victims if v.kind == "person"]
            if len(people) >= 2:
                return [replace(v, inferred=True) for v in people]
        # "Police detained five students. They were taken to the station": the group the
        # sentence before told an act of, when no people were named
        s = a.tokens[i].sent
        for act in reversed(ctx.history):
            if sentence_at(a, act.evidence[0].start) != s - 1:
                continue
            # ("The journalists are accused of … The court placed them in detention": a plural
            # noun counts several too)
            groups = [
                v
                for v in act.victims
                if v.kind == "group"
                and (
                    (v.count or 0) >= 2
                    or ((h := _head(a, v)) is not None and h.feats.get("Number") == "Plur")
                )
            ]
            if groups:
                return [replace(groups[0], inferred=True)]
        return []
    if stated is not None and stated != len(latest):
        # "Two of them, X and Y, said … All five were released": the five are the group the
        # report counted, not the two just named
        for act in reversed(ctx.history):
            groups = [v for v in act.victims if v.kind == "group" and v.count == stated]
            if groups:
                return [replace(groups[0], inferred=True)]
    return [replace(v, inferred=True) for v in reversed(latest)]


HELD_TYPES = ("detention", "remand", "abduction")


def _the_held(a: Analysis, i: int, pack: RulePack) -> bool:
    """ "the detainees", «к задержанному», "her clients": a noun (or a participle standing
    for one) for people held."""
    t = a.tokens[i]
    if t.feats.get("Number") not in ("Plur", "Sing"):
        return False
    if t.lemma in pack.cue("client_words") or t.text.lower() in pack.cue("client_words"):
        # "she was not allowed to see her clients": a lawyer's clients are the people held
        return bool(a.kids(i, "nmod:poss")) or any(
            k.text.lower() in pack.word("possessive_pronouns") for k in a.kids(i, "det")
        )
    if t.lemma not in pack.word("held_nouns"):
        return False
    if any(k.pos == "PROPN" for k in a.kids(i, "appos", "parataxis")):
        # ("Three other detainees, Olga Savitskaya, …", «Троих задержанных — Ольгу …»: named
        # where they are told)
        return False
    return t.pos == "NOUN" or (t.feats.get("VerbForm") == "Part" and t.dep not in ("amod", "acl"))


def _latest_held(ctx: DocContext, plural: bool) -> list[Participant]:
    """The people the latest detention told of: who "the detainees" (several) or «задержанный»
    (one) of the next sentences are."""
    # (the sentence's own acts first: "a lawyer for jailed activist X says guards beat his client")
    for act in [*reversed(ctx.sentence_acts), *reversed(ctx.history)]:
        if act.type not in HELD_TYPES:
            continue
        people = [v for v in act.victims if v.kind == "person"]
        groups = [v for v in act.victims if v.kind == "group" and (v.count or 0) >= 2]
        if not plural:
            return [replace(people[0], inferred=True)] if len(people) == 1 else []
        if len(people) >= 2:
            return [replace(v, inferred=True) for v in people]
        return [replace(groups[0], inferred=True)] if groups and not people else []
    return []


# Russian collective numerals: «всех четверых», «обоих»
_COLLECTIVE = {"оба": 2, "обоих": 2, "обе": 2, "обеих": 2, "двое": 2, "двоих": 2, "трое": 3, "троих": 3,
               "четверо": 4, "четверых": 4, "пятеро": 5, "пятерых": 5, "шестеро": 6, "шестерых": 6}  # fmt: skip


def _stated_count(words: set[str]) -> int | None:
    """How many an anaphor says ("all five", "the three", «всех четверых»), if it says."""
    for phrase in words:
        for w in phrase.split():
            n = NUMBER_WORDS.get(w) or _COLLECTIVE.get(w)
            if n is not None and n >= 2:
                return n
    return None


def _the_counted_named(ctx: DocContext, n: int) -> list[Participant]:
    """«Всех четверых задержали» after the verdicts of four named people, told over two
    sentences: the n people the latest acts named, going back until n are found — only when
    that makes exactly n (the four named are who "all four" are, even where the report also
    counted them as a group; "two of them … all five" finds no five named and falls to the
    counted group in plural_antecedents)."""
    found: list[Participant] = []
    for act in reversed(ctx.history):
        people = [v for v in act.victims if v.kind == "person"]
        if not people:
            continue
        found += [v for v in people if all(v.name != w.name for w in found)]
        if len(found) >= n:
            break
    return [replace(v, inferred=True) for v in reversed(found)] if len(found) == n else []


# words that name some of a group ("including A") and, with these, all of it ("namely A, B")
_SOME_WORDS = SOME_WORDS
_LIST_WORDS = _SOME_WORDS + "|namely|identified as|а именно"


def listed_names(ctx: DocContext, group: Participant) -> tuple[list[Participant], bool]:
    """'four lawyers: A, B, C and D', 'троих участников — А, Б и В': the people of a group
    named right after it, each a victim of their own; and whether they are only some of it
    ('at least 20 people, including A': one name is enough, and the 20 stay a group)."""
    a = ctx.a
    after = a.text[group.span.start : group.span.end + 120]  # the phrase may hold "including A"
    # (a dash may be typed as two hyphens: "two journalists -- A, 27, and B, 23, -- were")
    m = re.match(
        r"(?:[^.;:—–-]|-(?!-)){0,120}?(?:\s*(?:[:—–]|--)\s*|\s*,?\s+(?:" + _LIST_WORDS + r")\s+)", after
    )
    if m is not None and re.search(r"\s(?:and|и)\s", after[len(group.span.text) : m.end()]):
        # "released five … and ordered the other four, including A": A is of the four (an
        # "and" that joins a second verb; "in raids across Istanbul and Diyarbakir, including A"
        # joins no verb)
        lo, hi = group.span.end, group.span.start + m.end()
        if any(t.pos in ("VERB", "AUX") and t.dep != "case" for t in a.tokens if lo <= t.start < hi):
            m = None
    some = m is not None and re.search(r"(?:" + _SOME_WORDS + r")\s+$", m.group(0), re.I) is not None
    colon = m is not None and re.search(r"(?:[:—–]|--)\s*$", m.group(0)) is not None
    # "three students, A, B and C", "two journalists for Belsat, A, 27, and B": only when the
    # count says how many follow
    rest = re.match(
        r"(?:\s+(?:for|of|from|at|with|in)\s+[^,.;:]{1,40}?)?,", a.text[group.span.end : group.span.end + 45]
    )
    comma = m is None and group.count is not None and rest is not None
    if comma:
        m = re.match(r".*?,\s*", a.text[group.span.start : group.span.end + rest.end() + 1])  # type: ignore[union-attr]
    # "Reuters journalists Wa Lone and Kyaw Soe Oo": the names follow the group noun directly
    last = group.span.text.split()[-1].lower() if group.span.text.split() else ""
    people = ctx.pack.people_nouns()
    direct = (
        m is None
        and (last in people or last.rstrip("s") in people)  # not "… of the outlet | Dalny Vostok"
        and any(e.label == "PER" and e.start == group.span.end + 1 for e in a.entities)
    )
    if m is None and not direct:
        return [], False
    start = group.span.end + 1 if direct else group.span.start + m.end()  # type: ignore[union-attr]
    sent_end = next((s.end for s in a.sentences if s.start <= group.span.start < s.end), len(a.text))
    names: list[Participant] = []
    pos = start
    for ei, ent in enumerate(a.entities):
        if ent.start < start or ent.start >= sent_end:
            continue
        gap = a.text[pos : ent.start]
        # (a list opened by a colon may run on semicolons: "…: A, the director; B, a presenter")
        stops = r"[.]" if colon else r"[.;]"
        if len(gap) > 40 or re.search(stops, gap):
            break
        if ent.label in ("NORP", "ORG") and _describes_next(a, ei):
            continue  # "including Bahraini blogger A and Uyghur economist B"
        if ent.label == "DATE" and ent.text.strip().isdigit() and len(ent.text.strip()) <= 3:
            continue  # "A, 27, and B, 23": an age set after a name
        if ent.label in ("ORG", "FAC") and names and re.search(r"\b(?:of|from|with|at)\s+(?:the\s+)?$", gap):
            pos = ent.end  # "A of ObjecTV media and B of Galaxy TV": where A works
            continue
        if re.match(r"[’']s\b", a.text[ent.end : ent.end + 3]):
            pos = ent.end  # "and A's former counsel B": A names whose counsel B is
            continue
        known = (  # ("including Toktosunova", the surname of one named before tagged otherwise)
            ctx.resolver.people.by_surname(a, ent.text, ent.tok_start)
            if ent.label != "PER" and " " not in ent.text.strip()
            else None
        )
        # ("three journalists — Azamat Ishenbekov (34), …" with the first name tagged an
        # organisation: a given name and surname in a list of people is a person's)
        misread = (
            ctx.resolver.as_person(ctx.resolver.org(ei)) if ent.label == "ORG" and known is None else None
        )
        if ent.label != "PER" and known is None and misread is None:
            break
        names.extend(_untagged_names(ctx, pos, ent.start))
        names.append(misread or ctx.resolver.person(ei if known is None else known))
        pos = ent.end
    if comma and len(names) != group.count:
        return [], False
    return (names if len(names) >= (1 if direct or some else 2) else []), some


_UNTAGGED_NAME = re.compile(r"[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){1,2}")


def _untagged_names(ctx: DocContext, lo: int, hi: int) -> list[Participant]:
    """'three residents — Aliaksandr Lapko, Nina Zhuk and Pavel Sidarenka': a name in a list
    the tagger missed, alone between the list's commas, two or three capitalised words the
    parser calls proper nouns (English; the Russian tagger finds them)."""
    a = ctx.a
    if a.language != "en":
        return []
    out = []
    for part in re.split(r",|\band\b|[—–]", a.text[lo:hi]):
        name = re.sub(r"\s*\(\d{1,3}\)\s*$", "", part.strip())  # "Azamat Ishenbekov (34)": an age
        if not _UNTAGGED_NAME.fullmatch(name):
            continue
        start = lo + a.text[lo:hi].index(name)
        toks = [t for t in a.tokens if start <= t.start < start + len(name)]
        if toks and all(t.pos == "PROPN" for t in toks):
            out.append(Participant(name, "person", Span(start, start + len(name), name)))
    return out


def before_list(a: Analysis, group: Participant) -> Participant:
    """'at least 20 people, including A' as a group is 'at least 20 people'."""
    m = re.search(r"\s*,?\s+(?:" + _SOME_WORDS + r")\s", group.span.text, re.I)
    if m is None:
        return group
    sp = Span(group.span.start, group.span.start + m.start(), group.span.text[: m.start()])
    return replace(group, name=sp.text.strip(" ,;:\"'“”«»"), span=sp)


def _describes_next(a: Analysis, ei: int) -> bool:
    """A nationality or outlet word in front of a name: 'Uyghur economist and blogger A'."""
    if ei + 1 >= len(a.entities) or a.entities[ei + 1].label != "PER":
        return False
    between = a.text[a.entities[ei].end : a.entities[ei + 1].start]
    return len(between) <= 40 and bool(re.fullmatch(r"(?:\s+[a-z][\w-]*)*\s+", between))
