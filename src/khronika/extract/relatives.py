"""Someone described by a relation to someone named ("his son", «жена Аметова», "his
cook"): that someone, by name where the report gives one, else described ("Ivan Petrov's
son") — never the one named. Functions of the report's Resolver (participants.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from khronika.extract.syntax import NP_STOP, whose
from khronika.model import Participant

if TYPE_CHECKING:
    from khronika.extract.participants import Resolver


def relative(r: Resolver, i: int, org_act: bool, depth: int) -> Participant | None:
    """'his son', 'the wife of Ivan Petrov', «сына Ивана Петрова»: a relative of someone
    named is that relative, not the one named — by name when the report gives it ("his
    brother, Oleg"), else described, one person not named ("Ivan Petrov's son")."""
    a, tok = r.a, r.a.tokens[i]
    possessives = r.pack.word("possessive_pronouns")
    owned = any(
        k.text.lower() in possessives or (k.pos == "PRON" and k.dep != "nmod")
        for k in a.kids(i, "det", "nmod:poss", "nmod")
    )
    # «сына Ивана Петрова» reads as "Ivan Petrov's son" (the animate accusative is the
    # genitive); «его сына Ивана», "his son, Oleg", name the son
    # («супруги Андрей и Ольга»: a name in the noun's own case, where the genitive differs
    # from it, names them too)
    case = tok.feats.get("Case")
    appos_owner = (
        a.language == "ru"
        and not owned
        and not any(ap.feats.get("Case") == case not in ("Gen", "Acc", None) for ap in a.kids(i, "appos"))
    )
    for ap in a.kids(i, "appos") if not appos_owner else ():
        found = r.victim(ap.i, org_act, depth + 1)
        if found is not None and found.kind == "person":
            return found
    named = _named_after_commas(r, i)
    if named is not None:
        return named
    owners = [
        k
        for k in a.kids(i, "nmod:poss", "det", "appos")
        if k.dep == "nmod:poss"
        or (k.dep == "appos" and appos_owner and k.pos == "PROPN")
        or (k.dep == "det" and k.text.lower() in possessives)
    ] + whose(a, i, ("Gen", "Acc"))
    if owned or (a.language == "ru" and not owners):  # («По ее словам, мужа увезли»)
        partner = _partner_named_before(r, i)
        if partner is not None:
            return partner
    for owner in owners:
        found = r.victim(owner.i, org_act, depth + 1)
        if found is None or found.kind != "person":
            continue
        lo, hi = r.np_range(i)
        sp = r.span(min(lo, i), max(hi, owner.i))
        return Participant(
            relation_name(r, i, owner.i, found),
            "group",
            sp,
            count=r.count(i) or (None if tok.feats.get("Number") == "Plur" else 1),
        )
    if not owners:
        # («Мать рассказывает» after «сообщила его мать Галия Мифтахова»: the mother named before)
        ei = r.set_beside(tok.lemma, range(i - 1, -1, -1))
        if ei is not None:
            return r.person(ei)
    if owned or not owners:
        # "my brother", "her husband" with no one named before, «увезли отца»: as written
        text, sp = r.np_text(i, stop=NP_STOP + ("acl", "acl:relcl"))
        return Participant(
            text, "group", sp, count=r.count(i) or (None if tok.feats.get("Number") == "Plur" else 1)
        )
    return None


def someones(
    r: Resolver, i: int, described: Participant | None, org_act: bool, depth: int
) -> Participant | None:
    """'shot and wounded his cook': a noun for a person with an owner is someone of the
    owner's, not the owner (unless the report names one person so described: "his lawyer"
    found as the lawyer named before)."""
    a, tok = r.a, r.a.tokens[i]
    if tok.pos != "NOUN" or tok.lemma not in r.pack.word("describing_nouns"):
        return None
    possessives = r.pack.word("possessive_pronouns")
    if tok.lemma in r.pack.cue("client_words"):
        client = _client_of_counsel_before(r, i)
        if client is not None:
            return client
    owner = next(
        (k for k in a.kids(i, "nmod:poss", "det") if k.dep == "nmod:poss" or k.text.lower() in possessives),
        None,
    )
    found = r.victim(owner.i, org_act, depth + 1) if owner is not None else None
    if owner is None or found is None or found.kind != "person":
        return None
    if described is not None and described.name != found.name:
        return None
    named = _named_after_commas(r, i)  # ("His colleague at Toplum TV, Aynur Aliyeva,": her)
    if named is not None and named.name != found.name:
        return named
    lo, hi = r.np_range(i)
    sp = r.span(min(lo, owner.i), max(hi, i))
    return Participant(relation_name(r, i, owner.i, found), "group", sp, count=1)


def _client_of_counsel_before(r: Resolver, i: int) -> Participant | None:
    """ "Orujov's lawyer said his client …", «адвокат Петрова сообщила, что её подзащитного
    …»: the client is the one whose lawyer the sentence named before, not the lawyer's own."""
    a = r.a
    counsel = r.pack.cue("counsel_words")
    for j in range(a.sentences[a.tokens[i].sent].tok_start, i):
        if a.tokens[j].text.lower() not in counsel and a.tokens[j].lemma not in counsel:
            continue
        # («Адвокат журналистки Ислам Гасанов»: the lawyer's own name is no client's)
        own = {p.name for k in a.kids(j, "appos") if (p := r.victim(k.i)) is not None}
        for owner in [*a.kids(j, "nmod:poss"), *whose(a, j, ("Gen",))]:
            found = r.victim(owner.i)
            if found is not None and found.kind == "person" and found.name not in own:
                return found
    return None


def relation_name(r: Resolver, i: int, owner: int, found: Participant) -> str:
    """The name of someone described by their relation (token i: "son", "lawyers") to the
    person found at `owner`: "Ivan Petrov's son", «Иван Петров: сын» after «его», else
    «сын Ивана Петрова» with the owner as written, in the genitive."""
    a, tok, own = r.a, r.a.tokens[i], r.a.tokens[owner]
    kin = tok.lemma if tok.feats.get("Number") != "Plur" else tok.text.lower()
    if a.language == "en":
        return f"{found.name}'s {kin}"
    if own.pos == "PRON" or own.text.lower() in r.pack.word("possessive_pronouns"):
        return f"{found.name}: {kin}"
    olo, ohi = r.np_range(owner, stop=tuple(d for d in NP_STOP if d != "appos"))
    return f"{kin} {r.span(olo, ohi).text}"


def _named_after_commas(r: Resolver, i: int) -> Participant | None:
    """«задерживали отца блогера, Ахмеда Евлоева, и …», "the blogger's father, Akhmed
    Yevloyev, was …": a name set off by commas right after the relative's phrase is the
    relative's, however the parser hung it."""
    a = r.a
    _, hi = r.np_range(i)
    if any(
        d.text.lower() in ("a", "an", "another")
        for k in a.kids(i, "nmod")
        if a.case_of(k.i) == "of"
        for d in a.kids(k.i, "det")
    ):
        return None  # "the brother of an opposition activist, Ilhom Yakubov": the activist's name
    for k in range(i + 1, hi):
        # ("His colleague at the outlet Toplum TV, Aynur Aliyeva, remains": the parser took
        # the name into the phrase, as the outlet's apposition; it ends the phrase, set off)
        ek = a.entity_at.get(k + 1)
        if (
            a.tokens[k].text == ","
            and ek is not None
            and a.entities[ek].label == "PER"
            and a.entities[ek].tok_start == k + 1
            and a.entities[ek].tok_end - 1 == hi
            and hi + 1 < len(a.tokens)
            and a.tokens[hi + 1].text == ","
        ):
            return r.person(ek)
    j = hi + 1
    if j + 1 >= len(a.tokens) or a.tokens[j].text != "," or a.tokens[j].sent != a.tokens[i].sent:
        return None
    ei = a.entity_at.get(j + 1)
    if ei is None or a.entities[ei].label != "PER" or a.entities[ei].tok_start != j + 1:
        return None
    end = a.entities[ei].tok_end
    if end < len(a.tokens) and a.tokens[end].text not in (",", ".", ";") and a.tokens[end].pos != "CCONJ":
        return None  # ("the father of the blogger, Akhmed Yevloyev said": not set off)
    return r.person(ei)


def _partner_named_before(r: Resolver, i: int) -> Participant | None:
    """«По словам жены Аметова, … ее мужа», "X's wife said her husband …": the husband of
    the wife of X, told just before, is X; so is the son of the mother of X («Мать
    студента Тимура … не знает, где ее сын») and the brother of his sister."""
    tok = r.a.tokens[i]
    spouses, parents, children, siblings = (
        r.pack.word("spouse_words"),
        r.pack.word("parent_words"),
        r.pack.word("child_words"),
        r.pack.word("sibling_words"),
    )
    if tok.lemma in spouses:
        partners = spouses - {tok.lemma}
    elif tok.lemma in siblings:
        partners = siblings - {tok.lemma}  # (a brother's brother may be another one)
    elif tok.lemma in children:
        partners = parents
    elif tok.lemma in parents:
        partners = children
    else:
        return None
    near = _partner_just_before(r, i, partners)
    return near if near is not None else _partner_named_as_kin(r, i, partners)


def _partner_named_as_kin(r: Resolver, i: int, partners: frozenset[str]) -> Participant | None:
    """ "Dilnur Ablimit has had no news of her father, Abduweli Ablimit … his daughter said":
    Abduweli's daughter is the one the report named as having him for a father, however far
    before."""
    a = r.a
    possessives = r.pack.word("possessive_pronouns") | r.pack.word("pronouns_person")
    mine = [k for k in a.kids(i, "det", "nmod:poss") if k.text.lower() in possessives or k.dep == "nmod:poss"]
    whose_kin = r.victim(mine[0].i) if mine else None
    if whose_kin is None or whose_kin.kind != "person":
        return None
    for j in range(i):
        other = a.tokens[j]
        if other.lemma not in partners or other.pos != "NOUN":
            continue
        named = [r.person(ei) for k in a.kids(j, "appos") if (ei := r.entity_in(k.i, ("PER",))) is not None]
        if not any(p.name == whose_kin.name for p in named):
            continue
        for owner in a.kids(j, "det", "nmod:poss"):
            found = r.victim(owner.i) if owner.text.lower() in possessives else None
            if found is None and owner.text.lower() in possessives:
                # ("X has had no news of her father": "her" is the subject of its clause)
                verb = next((v for v in a.ancestors(j) if a.tokens[v].pos in ("VERB", "AUX")), None)
                subj = [k.i for k in a.kids(verb, "nsubj")] if verb is not None else []
                found = r.victim(subj[0]) if subj else None
            if found is not None and found.kind == "person" and found.name != whose_kin.name:
                return found
    return None


def _partner_just_before(r: Resolver, i: int, partners: frozenset[str]) -> Participant | None:
    a, tok = r.a, r.a.tokens[i]
    first = a.sentences[max(tok.sent - 1, 0)].tok_start
    for j in range(i - 1, first - 1, -1):
        other = a.tokens[j]
        if other.lemma not in partners or other.pos != "NOUN":
            continue
        # («жены Эрнеста Аметова»: a name in the genitive is whose wife; «жена Патимат» is she)
        appos = [k for k in a.kids(j, "appos") if k.pos == "PROPN" and k.feats.get("Case") in ("Gen", "Acc")]
        for owner in [*a.kids(j, "nmod:poss"), *whose(a, j, ("Gen", "Acc")), *appos]:
            ei = r.entity_in(owner.i, ("PER",))
            if ei is not None:
                return r.person(ei)
        # («сообщила его жена»: his, the one named before)
        possessives = r.pack.word("possessive_pronouns") | r.pack.word("pronouns_person")
        for owner in a.kids(j, "det", "nmod:poss", "nmod"):
            found = r.victim(owner.i) if owner.text.lower() in possessives and owner.i < j else None
            if found is not None and found.kind == "person":
                return found
        return None
    return None
