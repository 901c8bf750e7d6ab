"""Charges and penalties normalised to numbers (table-driven, as natasha's tests are)."""

from __future__ import annotations

import pytest

from khronika.extract.law import find_charges, find_penalty


@pytest.mark.parametrize(
    ("text", "country", "expected"),
    [
        ("обвиняют по ч. 2 ст. 205.4 УК РФ", None, [("RU-CC 205.4", 2)]),
        ("charged under Article 212.1 of the Criminal Code", "Russia", [("RU-CC 212.1", None)]),
        ("по статье 212.1 УК", None, [("RU-CC 212.1", None)]),
        ("оштрафовали по ч. 1 ст. 20.3.3 КоАП РФ", None, [("RU-CAO 20.3.3", 1)]),
        ("Part 2 of Article 280 of the Russian Criminal Code", None, [("RU-CC 280", 2)]),
        ("under Article 342 of the Belarusian Criminal Code", None, [("BY-CC 342", None)]),
        ("accused under Article 130 of the Criminal Code", None, [("CC 130", None)]),
        ("под статью 207.3 УК РФ и статью 280.3", None, [("RU-CC 207.3", None), ("RU-CC 280.3", None)]),
        ("he was not charged", None, []),
    ],
)
def test_charges(text: str, country: str | None, expected: list[tuple[str, int | None]]) -> None:
    found = find_charges(text, 100, country)
    assert [(c.code, c.part) for c in found] == expected
    for c in found:  # every charge points at its words
        assert text[c.span.start - 100 : c.span.end - 100] == c.span.text


@pytest.mark.parametrize(
    ("text", "kind", "fields"),
    [
        (
            "Суд приговорил его к 18 годам колонии строгого режима.",
            "prison",
            {"years": 18, "regime": "строгого"},
        ),
        ("sentenced to 2.5 years in prison", "prison", {"years": 2.5}),
        ("jailed for six years and six months", "prison", {"years": 6, "months": 6}),
        ("приговорил к двум с половиной годам лишения свободы", "prison", {"years": 2.5}),
        ("получил 15 суток административного ареста", "arrest", {"days": 15}),
        ("приговорил к трем годам условно", "suspended", {"years": 3}),
        ("was fined 30,000 roubles", "fine", {"amount": 30000, "currency": "RUB"}),
        ("суд назначил штраф в размере 100 тысяч рублей", "fine", {"amount": 100000, "currency": "RUB"}),
        ("sentenced to death by a military court", "death", {}),
        ("to two years of restriction of freedom", "restriction", {"years": 2}),
        ("суд отправил его под арест на двое суток", "arrest", {"days": 2}),
        # an age is no term; a fine's amount may come after the one fined is described
        ("sentenced the 45-year-old activist to six years in prison", "prison", {"years": 6}),
        (
            "fined local resident, 58-year-old pensioner Irina Tsybaneva, 30,000 rubles",
            "fine",
            {"amount": 30000, "currency": "RUB"},
        ),
        ("Ранее, в 2021 году, его уже штрафовали.", "fine", {"amount": None}),
        # a year of the calendar before the term is no term
        ("В 2019 году его приговорили к 6 годам колонии", "prison", {"years": 6}),
    ],
)
def test_penalties(text: str, kind: str, fields: dict) -> None:
    penalty = find_penalty(text, 0)
    assert penalty is not None and penalty.kind == kind
    for key, value in fields.items():
        assert getattr(penalty, key) == value, key


def test_no_penalty_named() -> None:
    assert find_penalty("The court sentenced him on Tuesday.", 0) is None
    assert find_penalty("He was sentenced in 2021.", 0) is None
