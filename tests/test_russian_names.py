"""Russian names in the nominative (nlp/ru.py): pymorphy's name paradigms first, natasha's
own nominative only where they fall short — and then worked out, not before."""

from __future__ import annotations

import pytest

from khronika.nlp import analyze, get_analyzer

ROWS = [
    ("Полицейские задержали Анну Воронцову в Казани.", "Анна Воронцова"),
    ("Суд арестовал Азата Мифтахова.", "Азат Мифтахов"),
    ("Следователи допросили Юлию Сергеевну Лебедеву.", "Юлия Сергеевна Лебедева"),
    ("Полиция задержала Павла Грина.", "Павел Грин"),
    ("Суд оштрафовал Аминат Исмагилову.", "Аминат Исмагилова"),
    ("Полицейские избили Фаиля Алсынова.", "Фаиль Алсынов"),  # a first name no dictionary knows
    # a woman's surname says she is a woman, whatever the tagger made of a first name it does not know
    ("Силовики пришли к главному редактору Надире Исаевой.", "Надира Исаева"),
    ("Полиция задержала Надиру Исаеву.", "Надира Исаева"),
    ("Это случилось с Надирой Исаевой.", "Надира Исаева"),
    # a man's foreign surname ending in a consonant, declined; one ending in -а keeps it
    ("Неизвестные застрелили экоактивиста Хуана Лопеса у входа в церковь.", "Хуан Лопес"),
    ("Суд вынес приговор Хуану Мартинесу.", "Хуан Мартинес"),
    ("Полиция задержала Булата Окуджаву.", "Булат Окуджава"),
    # a given name known as a woman's only, in the nominative, tells the surname's gender
    ("Среди задержанных — активисты Рамиль Гайнуллин и Зиля Мурзагулова.", "Зиля Мурзагулова"),
    # the woman a noun just before describes, with a given name only a woman's, whatever the tagger said
    (
        "Корреспондентку издания «Кавказ. Реалии» Мадину Гаджиеву в понедельник госпитализировали.",
        "Мадина Гаджиева",
    ),
    ("Адвокат журналистки Ислам Гасанов сообщил об этом.", "Ислам Гасанов"),
    # the vowel that drops before an ending, as the report writes the nominative elsewhere
    ("Суд приговорил Николая Дедка к 20 годам. Дедок был задержан в 2021 году.", "Николай Дедок"),
]


@pytest.mark.parametrize(("text", "name"), ROWS, ids=[r[1] for r in ROWS])
def test_person_names_in_the_nominative(text: str, name: str) -> None:
    assert name in [e.normal for e in analyze(text, "ru").entities if e.label == "PER"]


def _span_tokens(text: str) -> list[object]:
    ru = get_analyzer("ru")
    doc = ru._doc(text)  # type: ignore[attr-defined]
    return [span.tokens for span in doc.spans if span.type == "PER"][0]  # type: ignore[no-any-return]


def test_natasha_is_asked_only_where_the_name_paradigms_fall_short() -> None:
    ru = get_analyzer("ru")
    asked: list[bool] = []

    def natasha() -> str:
        asked.append(True)
        return "Анна Воронцову"

    tokens = _span_tokens("Полицейские задержали Анну Воронцову в Казани.")
    assert ru.person_nominative(tokens, natasha) == "Анна Воронцова"  # type: ignore[attr-defined]
    assert asked == []
    # a name given as a string (the old way) gives the same
    assert ru.person_nominative(tokens, "Анна Воронцову") == "Анна Воронцова"  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a surname run into the name after it: two people
        ("Адвоката Исаевой Саида Гусейнова не пустили к подзащитной.", ["Исаева", "Саид Гусейнов"]),
        # surname, name and patronymic: one
        ("Следователи допросили Иванова Ивана Ивановича.", ["Иванов Иван Иванович"]),
    ],
)
def test_one_surname_to_a_name(text: str, names: list[str]) -> None:
    assert [e.normal for e in analyze(text, "ru").entities if e.label == "PER"] == names
