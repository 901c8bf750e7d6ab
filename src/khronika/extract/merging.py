"""One act told more than once in a report (a title and the body, two sentences) becomes one
record: same type, same victims, dates and penalties that agree. The record keeps every
sentence it rests on and every claim, the fuller name of who did it, the finer place and the
date told rather than inferred."""

from __future__ import annotations

import re
from dataclasses import replace

from khronika.model import Act, Location, Participant, Penalty

CERTAINTY_RANK = {"reported": 0, "alleged": 1, "uncertain": 2, "denied": 3}


def _victim_key(act: Act) -> tuple[str, ...]:
    return tuple(sorted(v.name.casefold() for v in act.victims))


def merge(acts: list[Act]) -> list[Act]:
    merged: list[Act] = []
    index: dict[tuple[str, tuple[str, ...]], int] = {}
    for act in acts:
        k = (act.type, _victim_key(act))
        j = index.get(k)
        if j is None or not _dates_compatible(merged[j], act) or not _penalties_compatible(merged[j], act):
            index[k] = len(merged)
            merged.append(act)
            continue
        merged[j] = _combine(merged[j], act)
    return _fatal_attacks(_undated_parts(merged))


def _undated_parts(acts: list[Act]) -> list[Act]:
    """'The family of imprisoned journalist X …' then 'X was detained on 20 November with Y and
    Z': an act told of some of the people of a dated act of its type, with no date of its own
    (none, or one borrowed from context that agrees), is that act told in part (its evidence
    joins it)."""
    out = list(acts)
    gone: set[int] = set()
    for n, act in enumerate(acts):
        names = set(_victim_key(act))
        if (act.date is not None and not act.date.inferred) or not names:
            continue  # (a date of its own tells an act apart; one borrowed from context does not)
        whole = next(
            (
                m
                for m, other in enumerate(out)
                if m != n
                and m not in gone
                and other.type == act.type
                and other.date is not None
                and not other.date.inferred
                and names < set(_victim_key(other))
                and _dates_compatible(other, act)
                and _penalties_compatible(other, act)
            ),
            None,
        )
        if whole is not None:
            out[whole] = replace(_combine(out[whole], act), victims=out[whole].victims)
            gone.add(n)
    return [a for n, a in enumerate(out) if n not in gone]


_NEAR = 400  # characters between two sentences told of one deed ("… killed X. X was shot …")


def _fatal_attacks(acts: list[Act]) -> list[Act]:
    """'Gunmen killed journalist X … He was shot several times by two men on a motorcycle':
    the attack that killed, told beside the killing, is that killing (its evidence joins it)
    and no attack of its own; one told apart from it, or dated otherwise, stays."""
    killings = [n for n, a in enumerate(acts) if a.type == "killing"]
    gone: set[int] = set()
    out = list(acts)
    for n, act in enumerate(acts):
        if act.type != "attack" or not act.victims:
            continue
        for k in killings:
            killing = out[k]
            if (
                _victim_key(killing) == _victim_key(act)
                and _dates_compatible(killing, act)
                and _near(killing, act)
            ):
                out[k] = _combine(killing, act)
                gone.add(n)
                break
    return [a for n, a in enumerate(out) if n not in gone]


def _near(x: Act, y: Act) -> bool:
    return any(max(e.start, f.start) - min(e.end, f.end) <= _NEAR for e in x.evidence for f in y.evidence)


def _dates_compatible(x: Act, y: Act) -> bool:
    if x.date is None or y.date is None:
        return True
    if x.date.inferred or y.date.inferred:
        # (a date borrowed from the context agrees with any, but not with another year told
        # paragraphs away: «в отделе её продержали семь часов» after a fine on 8 March is not
        # «в 2022 году её уже задерживали»)
        return x.date.value[:4] == y.date.value[:4] or _near(x, y)
    return x.date.value.startswith(y.date.value) or y.date.value.startswith(x.date.value)


def _penalties_compatible(x: Act, y: Act) -> bool:
    """Two days' arrest and six years' prison are two sentences, whatever their dates say
    (unless one sentence tells both: "sentenced to three years and fined 50,000 dinars")."""
    if x.penalty is None or y.penalty is None or y.evidence[0] in x.evidence:
        return True
    if _bare(x.penalty) or _bare(y.penalty):
        return x.penalty.kind == y.penalty.kind  # ("оштрафовали" in a title, "fined 40,000" below)
    return replace(x.penalty, span=None, regime=None) == replace(y.penalty, span=None, regime=None)


def _bare(p: Penalty) -> bool:
    """A penalty told by its kind alone ("fined", "jailed"): no term, no sum."""
    return p.years is None and p.months is None and p.days is None and p.amount is None


def _named_more_fully(fuller: tuple[Participant, ...], short: tuple[Participant, ...]) -> bool:
    """Each of `short` is named by fewer words of one of `fuller`, which were told, not inferred."""

    def words(p: Participant) -> set[str]:
        return set(re.findall(r"\w+", p.name.lower()))

    told = [p for p in fuller if not p.inferred]
    return bool(short) and all(any(words(s) < words(f) for f in told) for s in short)


_PLACE_RANK = {"facility": 4, "city": 3, "place": 3, "region": 2, "country": 1}


def _finer_place(x: Location | None, y: Location | None) -> Location | None:
    """One act told twice: the place told more precisely, in the same country (a title's
    «в Ингушетии», the body's Magas court), else the better of the two."""
    best = _better(x, y)
    if (
        x is not None
        and y is not None
        and not x.inferred
        and not y.inferred
        and x.country == y.country
        and _PLACE_RANK.get(y.kind, 3) > _PLACE_RANK.get(x.kind, 3)
        and (x.kind == "country" or _inside(y, x))
    ):
        return y  # (inside it: Ufa in Bashkortostan, not Beijing for Hong Kong)
    return best


def _inside(city: Location, region: Location) -> bool:
    """The gazetteer puts the city in the region ("Bashkortostan, Respublika" for Bashkortostan)."""
    if city.region_code and region.region_code:
        return city.region_code == region.region_code
    within = (city.region or "").casefold()
    return any(n and within.startswith(n.casefold()) for n in (region.name, region.latin))


def _better(x, y):  # type: ignore[no-untyped-def]
    """Prefer a value found in the act's own sentence over one inferred from context."""
    if x is None:
        return y
    if y is None:
        return x
    if getattr(x, "inferred", False) and not getattr(y, "inferred", False):
        return y
    return x


def _combine(x: Act, y: Act) -> Act:
    perps = x.perpetrators
    if (not perps or all(p.inferred for p in perps)) and any(not p.inferred for p in y.perpetrators):
        perps = y.perpetrators
    elif _named_more_fully(y.perpetrators, perps):
        perps = y.perpetrators  # "Суд" in a title, «Южный окружной военный суд» in the body
    certainty = min(x.certainty, y.certainty, key=lambda c: CERTAINTY_RANK[c])
    penalty = x.penalty or y.penalty
    if x.penalty is not None and y.penalty is not None and _bare(x.penalty):
        penalty = y.penalty  # (the body's "40,000 roubles" over the title's "fined")
    # (the name the body writes over the title's word for the same person)
    victims = (
        y.victims
        if all(v.inferred for v in x.victims) and not any(v.inferred for v in y.victims)
        else x.victims
    )
    return replace(
        x,
        victims=victims,
        perpetrators=perps,
        evidence=x.evidence + tuple(e for e in y.evidence if e not in x.evidence),
        certainty=certainty,  # type: ignore[arg-type]
        claimant=x.claimant or y.claimant,
        location=_finer_place(x.location, y.location),
        date=_better(x.date, y.date),
        charges=tuple(dict.fromkeys(x.charges + y.charges)),
        penalty=penalty,
        facility=x.facility or y.facility,
        claims=x.claims + tuple(c for c in y.claims if c not in x.claims),
    )
