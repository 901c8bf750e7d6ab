"""Perpetrator units keep their wording; `body` names the institution (table-driven)."""

from __future__ import annotations

import pytest

from khronika.extract.bodies import body_of


@pytest.mark.parametrize(
    ("unit", "body"),
    [
        ("officers of the FSB's St Petersburg directorate", "FSB"),
        ("сотрудники ФСБ", "FSB"),
        ("сотрудник Центра «Э»", "Centre E"),
        ("riot police", "Riot police"),
        ("бойцы ОМОН", "Riot police"),
        ("полицейские", "Police"),
        ("Moscow City Court", "Court"),
        ("Мещанский районный суд", "Court"),
        # a military court is a court, not the army
        ("Южный окружной военный суд", "Court"),
        ("a military court in Kinshasa", "Court"),
        ("военные", "Army"),
        ("the Investigative Committee", "Investigative Committee"),
        ("следователи Следственного комитета", "Investigative Committee"),  # stems in every word
        # investigators alone belong to no one country's committee
        ("investigators", "Investigators"),
        ("следователь", "Investigators"),
        ("Russian Federal Security Service", "FSB"),
        ("сотрудники колонии", "Prison service"),
        ("Border guards", "Border guards"),
        ("KGB officers", "KGB"),
        ("unknown gunmen", None),
        ("Ivan Petrov", None),
    ],
)
def test_body_of(unit: str, body: str | None) -> None:
    assert body_of(unit) == body
