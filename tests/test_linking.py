"""Linking on typed records, without the language models: acts as the extractor stores them."""

from __future__ import annotations

import random
from typing import Any

import pytest

from khronika.link.mentions import SourceDocument, StoredAct
from khronika.link.names import phonetic_key, split_name, surname_stem
from khronika.link.persons import Decisions
from khronika.link.run import Linked, link_corpus
from khronika.link.timeline import by_entity, current_status, timeline

# One person, many spellings: each row must give one key.
SAME = [
    ("Miftahov", "Miftakhov", "Мифтахов", "Мифтахов"),
    ("Yevgeny", "Evgeniy", "Evgenii", "Evgenij", "Евгений"),
    ("Yulia", "Iuliia", "Julija", "Юлия", "Yuliya"),
    ("Aleksey", "Alexei", "Aleksei", "Алексей"),
    ("Artyom", "Artëm", "Artem", "Артём"),
    ("Navalny", "Navalnyy", "Navalnyi", "Навальный"),
    ("Shchukin", "Ŝukin", "Schukin", "Щукин"),
    ("Vyazemsky", "Viazemskii", "Vâzemskij", "Вяземский"),
    ("Tsvetkov", "Cvetkov", "Цветков"),
    ("Zhukov", "Žukov", "Жуков"),
    ("Chuykova", "Chuikova", "Chujkova", "Чуйкова"),  # й as y, i or j
]


@pytest.mark.parametrize("spellings", SAME, ids=lambda s: s[0])
def test_transliterations_share_one_key(spellings: tuple[str, ...]) -> None:
    assert len({phonetic_key(s) for s in spellings}) == 1


@pytest.mark.parametrize(
    "name, given, patronymic, surname",
    [
        ("Azat Miftakhov", "azat", None, "miftahov"),
        ("A. Miftakhov", "a", None, "miftahov"),
        ("Мифтахов Азат Ильдарович", "azat", "ildarovich", "miftahov"),
        ("Азат Ильдарович Мифтахов", "azat", "ildarovich", "miftahov"),
        ("Miftakhov", None, None, "miftahov"),
        ("Владимир Кара-Мурза", "vladimir", None, "karamurza"),
        ("Mohamed El", "mohamed", None, "el"),
        # court papers decline the whole name: the patronymic keeps its nominative key
        ("Ярошевскую Наталью Олеговну", "natalu", "olegovna", "aroshevsku"),
        (
            "Мифтахова Азата Ильдаровича",
            "azata",
            "ildarovich",
            "miftahova",
        ),  # a particle alone is the surname, not a crash
    ],
)
def test_names_split_into_keys(name: str, given: str | None, patronymic: str | None, surname: str) -> None:
    parts = split_name(name)
    assert (parts.given, parts.patronymic, parts.surname) == (given, patronymic, surname)


def test_any_string_splits_without_error() -> None:
    """Names come from attacker-controlled pages: whatever the tagger calls a name must split."""
    rng = random.Random(0)
    alphabet = [*"abcXYZ .-'’АбвЁё\u00a0()«»,1ﬁ", "de", "la", "bin", "El", "ovich", " "]
    for _ in range(5000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(12)))
        parts = split_name(text)
        assert parts.surname is None or surname_stem(parts.surname) is not None


@pytest.mark.parametrize(
    "a, b", [("Мифтахова", "Мифтахов"), ("Шакурская", "Шакурский"), ("Zorinoi", "Zorin")]
)
def test_gender_and_case_endings_share_a_stem(a: str, b: str) -> None:
    assert surname_stem(phonetic_key(a)) == surname_stem(phonetic_key(b))


# --- corpus-level linking ------------------------------------------------------------------


def span(text: str, start: int = 0) -> dict[str, Any]:
    return {"start": start, "end": start + len(text), "text": text}


def act(
    act_id: str,
    doc: str,
    kind: str,
    victims: list[str],
    *,
    date: str | None = None,
    city: tuple[str, int] | None = None,
    perpetrators: tuple[str, ...] = (),
    evidence: str = "",
) -> StoredAct:
    data: dict[str, Any] = {
        "type": kind,
        "victims": [{"name": v, "kind": "person", "span": span(v)} for v in victims],
        "perpetrators": [{"name": p, "kind": "organization", "span": span(p), "body": "FSB"} for p in perpetrators],
        "evidence": [span(evidence or " ".join(victims))],
        "certainty": "reported",
        "date": {"value": date, "precision": "day" if date and len(date) == 10 else "month"} if date else None,
        "location": {"name": city[0], "latin": city[0], "kind": "city", "country": "Russia", "geonames_id": city[1],
                     "span": span(city[0])} if city else None,
    }  # fmt: skip
    return StoredAct(act_id, doc, data)


def docs(*specs: tuple[str, str, str, str]) -> dict[str, SourceDocument]:
    """(id, language, published, text) -> documents; the near-duplicate group is the id."""
    return {d: SourceDocument(d, f"{d}.txt", lang, pub, d, text) for d, lang, pub, text in specs}


def entity_of(linked: Linked, act_id: str, position: int = 0) -> str:
    return next(
        linked.entity_of[m.id] for m in linked.mentions if m.act_id == act_id and m.position == position
    )


KAZAN, PERM = ("Kazan", 551487), ("Perm", 511196)


def test_one_person_across_scripts_spellings_and_cases() -> None:
    documents = docs(
        ("d1", "en", "2024-03-02", "Police detained Azat Miftakhov in Kazan."),
        ("d2", "ru", "2024-03-02", "В Казани задержали Азата Мифтахова."),
        ("d3", "en", "2024-03-03", "Azat Miftahov was detained in Kazan."),
        ("d4", "en", "2024-03-04", "A. Miftakhov was detained in Kazan."),
    )
    acts = [
        act("a1", "d1", "detention", ["Azat Miftakhov"], date="2024-03-01", city=KAZAN),
        act("a2", "d2", "detention", ["Азат Мифтахов"], date="2024-03-01", city=KAZAN),
        act("a3", "d3", "detention", ["Azat Miftahov"], city=KAZAN),
        act("a4", "d4", "detention", ["A. Miftakhov"], date="2024-03-02", city=KAZAN),
    ]
    linked = link_corpus(documents, acts)
    assert len({entity_of(linked, a.id) for a in acts}) == 1
    person = next(e for e in linked.entities if e.kind == "person")
    assert {"Азат Мифтахов", "Azat Miftahov", "A. Miftakhov"} <= set(person.aliases) | {person.name}
    assert person.links and all("surname" in link["parts"] for link in person.links)  # explained
    incident = next(i for i in linked.incidents if "a1" in i.act_ids)
    assert set(incident.act_ids) == {"a1", "a2", "a3", "a4"}
    assert incident.corroboration == 4
    assert [row["value"]["value"] for row in incident.fields["date"]] == ["2024-03-01", "2024-03-02"]


def test_an_initial_written_i_or_y_may_stand_for_yu_ya_ye() -> None:
    """Юрий is Iurii in a passport and Yuri in the press: its initial is I. or Y. as well as Û."""
    documents = docs(
        ("d1", "ru", "2024-03-02", "В Перми задержали Юрия Ершова."),
        ("d2", "en", "2024-03-02", "I. Ershov was detained in Perm."),
        ("d3", "en", "2024-03-03", "Y. Ershov was detained in Perm."),
        ("d4", "en", "2024-03-03", "A. Ershov was detained in Perm."),
    )
    acts = [
        act("a1", "d1", "detention", ["Юрий Ершов"], date="2024-03-01", city=PERM),
        act("a2", "d2", "detention", ["I. Ershov"], date="2024-03-01", city=PERM),
        act("a3", "d3", "detention", ["Y. Ershov"], date="2024-03-01", city=PERM),
        act("a4", "d4", "detention", ["A. Ershov"], date="2024-03-01", city=PERM),
    ]
    linked = link_corpus(documents, acts)
    assert entity_of(linked, "a1") == entity_of(linked, "a2") == entity_of(linked, "a3")
    assert entity_of(linked, "a4") != entity_of(linked, "a1")  # A. is not Юрий


def test_namesakes_stay_apart_by_age_and_city() -> None:
    documents = docs(
        ("d1", "en", "2024-03-02", "Police detained 25-year-old Ivan Petrov in Kazan."),
        ("d2", "en", "2024-03-03", "25-year-old Ivan Petrov was detained in Kazan."),
        ("d3", "en", "2024-05-02", "Police detained 61-year-old Ivan Petrov in Perm."),
        ("d4", "en", "2024-05-03", "Ivan Petrov was detained this week."),
    )
    acts = [
        act("a1", "d1", "detention", ["Ivan Petrov"], city=KAZAN),
        act("a2", "d2", "detention", ["Ivan Petrov"], city=KAZAN),
        act("a3", "d3", "detention", ["Ivan Petrov"], city=PERM),
        act("a4", "d4", "detention", ["Ivan Petrov"]),
    ]
    # the ages are found beside the names in the text
    documents = {k: v for k, v in documents.items()}
    for a in acts:
        text = documents[a.document_id].text
        start = text.index("Ivan Petrov")
        a.data["victims"][0]["span"] = span("Ivan Petrov", start)
    linked = link_corpus(documents, acts)
    assert entity_of(linked, "a1") == entity_of(linked, "a2")
    assert entity_of(linked, "a1") != entity_of(linked, "a3")
    # a bare name that fits both namesakes is not guessed into either
    assert entity_of(linked, "a4") not in {entity_of(linked, "a1"), entity_of(linked, "a3")}


def test_surname_alone_is_scoped_to_its_report() -> None:
    documents = docs(
        ("d1", "en", "2024-03-02", "Petrov was detained."),
        ("d2", "en", "2024-03-02", "Petrov was detained."),
        ("d3", "en", "2024-03-02", "Police detained Anna Petrova. Petrova was beaten."),
    )
    acts = [
        act("a1", "d1", "detention", ["Petrov"]),
        act("a2", "d2", "detention", ["Petrov"]),
        act("a3", "d3", "detention", ["Anna Petrova"]),
        act("a4", "d3", "torture", ["Petrova"]),
    ]
    linked = link_corpus(documents, acts)
    assert entity_of(linked, "a1") != entity_of(linked, "a2")
    assert entity_of(linked, "a3") == entity_of(linked, "a4")


def test_human_decisions_bind_later_runs() -> None:
    documents = docs(
        ("d1", "en", "2024-03-02", "Police detained Ivan Petrov in Kazan."),
        ("d2", "en", "2024-03-03", "Ivan Petrov was detained in Kazan."),
        ("d3", "en", "2024-03-03", "Police detained Ivan Sidorov."),
    )
    acts = [
        act("a1", "d1", "detention", ["Ivan Petrov"], city=KAZAN),
        act("a2", "d2", "detention", ["Ivan Petrov"], city=KAZAN),
        act("a3", "d3", "detention", ["Ivan Sidorov"]),
    ]
    first = link_corpus(documents, acts)
    m1, m2, m3 = (next(m.id for m in first.mentions if m.act_id == a) for a in ("a1", "a2", "a3"))
    assert entity_of(first, "a1") == entity_of(first, "a2")
    split = link_corpus(documents, acts, Decisions(apart=[(m1, m2)]))
    assert entity_of(split, "a1") != entity_of(split, "a2")
    merged = link_corpus(documents, acts, Decisions(together=[(m1, m3)]))
    assert entity_of(merged, "a1") == entity_of(merged, "a3")


def test_organisations_resolve_through_their_body() -> None:
    documents = docs(("d1", "en", "2024-03-02", "x"), ("d2", "ru", "2024-03-02", "x"))
    acts = [
        act(
            "a1",
            "d1",
            "detention",
            ["Ivan Petrov"],
            perpetrators=("officers of the Federal Security Service",),
        ),
        act("a2", "d2", "detention", ["Иван Петров"], perpetrators=("сотрудники ФСБ",)),
    ]
    linked = link_corpus(documents, acts)
    fsb = [e for e in linked.entities if e.kind == "organization"]
    assert len(fsb) == 1 and fsb[0].name == "FSB"


def test_cases_join_across_languages_through_their_defendants() -> None:
    en = "The Network case: Dmitry Pchelintsev and Ilya Shakursky were sentenced."
    ru = "По делу «Сеть» осуждены Дмитрий Пчелинцев и Илья Шакурский."
    documents = docs(("d1", "en", "2020-02-10", en), ("d2", "ru", "2020-02-10", ru))
    acts = [
        act("a1", "d1", "sentence", ["Dmitry Pchelintsev", "Ilya Shakursky"], date="2020-02-10", evidence=en),
        act("a2", "d2", "sentence", ["Дмитрий Пчелинцев", "Илья Шакурский"], date="2020-02-10", evidence=ru),
    ]
    linked = link_corpus(documents, acts)
    assert len(linked.cases) == 1
    case = linked.cases[0]
    assert {case.name, *case.aliases} == {"Network", "Сеть"}
    assert len(case.defendant_ids) == 2


def test_timeline_orders_steps_and_tells_current_status() -> None:
    documents = docs(
        ("d1", "en", "2023-01-05", "x"), ("d2", "en", "2023-09-01", "x"), ("d3", "ru", "2023-09-02", "x")
    )
    acts = [
        act("a1", "d1", "detention", ["Azat Miftakhov"], date="2023-01-04", city=KAZAN),
        act("a2", "d2", "sentence", ["Azat Miftakhov"], date="2023-08-30", city=KAZAN),
        act("a3", "d3", "sentence", ["Азат Мифтахов"], date="2023-08-31", city=KAZAN),
    ]
    linked = link_corpus(documents, acts)
    person = entity_of(linked, "a1")
    steps = timeline(person, by_entity(linked.incidents)[person])
    assert [s["step"] for s in steps] == ["detained", "sentenced"]
    assert steps[1]["corroboration"] == 2 and steps[1]["disputed"] == ["date"]
    assert current_status(steps)["status"] == "sentenced"  # type: ignore[index]
