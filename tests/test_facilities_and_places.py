"""Facilities as their own field, and places as the gazetteer knows them (region, ISO code,
Latin and Russian names). Table-driven; the sentences are invented."""

from __future__ import annotations

from datetime import date

import pytest

from khronika.extract.acts import extract_acts
from khronika.extract.facilities import facility_in
from khronika.extract.places import gazetteer
from khronika.model import Span
from khronika.nlp import analyze

FACILITIES = [
    ("его доставили в отдел полиции «Хамовники»", "police_station", None),
    ("содержится в СИЗО № 3", "pretrial_detention", "3"),
    ("переведён в СИЗО-1", "pretrial_detention", "1"),
    ("отбывает срок в исправительной колонии № 7", "penal_colony", "7"),
    ("held in pre-trial detention centre No. 1 in Kirov", "pretrial_detention", "1"),
    ("sent to penal colony IK-7 in Karelia", "penal_colony", "7"),
    ("spent the night in a temporary detention facility", "temporary_detention", None),
    ("taken to the police station", "police_station", None),
    ("placed in a psychiatric hospital", "psychiatric", None),
    ("he spoke at a press conference", None, None),
]


@pytest.mark.parametrize(("text", "kind", "number"), FACILITIES)
def test_facility_kinds_and_numbers(text: str, kind: str | None, number: str | None) -> None:
    found = facility_in(text, 100)
    if kind is None:
        assert found is None
        return
    assert found is not None and (found.kind, found.number) == (kind, number)
    assert text[found.span.start - 100 : found.span.end - 100] == found.span.text  # the span is in the text


PLACES = [
    # as written -> (Latin name, Russian name, country, ISO 3166-2 region)
    ("Voronezh", ("Voronezh", "Воронеж", "Russia", "RU-VOR")),
    ("Воронеж", ("Voronezh", "Воронеж", "Russia", "RU-VOR")),
    ("Lagos", ("Lagos", "Лагос", "Nigeria", "NG-LA")),
    ("Karachi", ("Karachi", "Карачи", "Pakistan", None)),
    ("Hong Kong", ("Hong Kong", "Гонконг", "China", None)),
    ("Russia", ("Russia", "Россия", "Russia", None)),
    # a territory under a state's jurisdiction is in that state; the UN's short name
    ("San Juan", ("San Juan", None, "United States", None)),
    ("Ramallah", ("Ramallah", None, "Palestine", None)),
    # ISO 3166-2 writes "Haryāna"; reports write "Haryana"
    ("Haryana", ("Haryāna", None, "India", "IN-HR")),
    # Russian inflected place names
    ("Тулы", ("Tula", "Тула", "Russia", None)),
    # former and short names reports still use
    ("Swaziland", ("Eswatini", "Эсватини", "Eswatini", None)),
    ("Czech Republic", ("Czechia", "Чехия", "Czechia", None)),
    ("East Timor", ("Timor Leste", "Восточный Тимор", "Timor Leste", None)),
    ("Scotland", ("Scotland", "Шотландия", "United Kingdom", None)),
    # formal names: "the State of X", "Republic of X"
    ("the State of Israel", ("Israel", None, "Israel", None)),
    ("Republic of Tatarstan", ("Tatarstan", None, "Russia", None)),
    ("Republic of the Congo", ("Republic of the Congo", None, "Republic of the Congo", None)),
    ("DC", ("Washington, D.C.", None, "United States", None)),
    # a city's Russian name is its own, not an old one ("Ленинград", "Куйбышев") nor another
    # language's spelling listed first ("Бетъырбух", "Оуфа")
    ("Saint Petersburg", ("Saint Petersburg", "Санкт-Петербург", "Russia", None)),
    ("Samara", ("Samara", "Самара", "Russia", None)),
    ("Ufa", ("Ufa", "Уфа", "Russia", None)),
    ("Nizhny Novgorod", ("Nizhniy Novgorod", "Нижний Новгород", "Russia", None)),
    ("Almaty", ("Almaty", "Алматы", "Kazakhstan", None)),
    # a letter with a stroke is written without it: "Đồng Nai" as "Dong Nai"
    ("Dong Nai province", ("Đồng Nai", None, "Vietnam", "VN-39")),
    # a town named in the plural, inflected («в Осиповичах»)
    ("Осиповичах", ("Osipovichi", None, "Belarus", None)),
]


@pytest.mark.parametrize(("written", "expected"), PLACES)
def test_places_carry_latin_and_russian_names_and_region(written: str, expected: tuple) -> None:
    gaz = gazetteer()
    loc = gaz.locate(written, Span(0, len(written), written), gaz.lookup(written))
    latin, russian, country, region_code = expected
    assert (loc.latin, loc.country) == (latin, country)
    if russian:
        assert loc.russian == russian
    if region_code:
        assert loc.region_code == region_code and loc.region


def test_an_act_carries_its_facility_beside_its_place() -> None:
    text = "Police took the blogger Nikita Rybin to a police station in Voronezh, where officers beat him."
    acts = {a.type: a for a in extract_acts(analyze(text, "en"), date(2024, 6, 1))}
    assert set(acts) == {"detention", "torture"}
    for act in acts.values():
        assert act.facility is not None and act.facility.kind == "police_station"
        assert (
            act.location is not None
            and act.location.latin == "Voronezh"
            and act.location.region_code == "RU-VOR"
        )
    ru = extract_acts(analyze("Суд отправил Ивана Зуева в СИЗО № 3 Гомеля.", "ru"), date(2024, 6, 1))
    assert [(a.type, a.facility.kind, a.facility.number) for a in ru if a.facility] == [
        ("remand", "pretrial_detention", "3")
    ]


def test_regions_that_span_countries_are_no_place() -> None:
    assert gazetteer().lookup("Eastern Europe") is None


def _where(text: str, victim: str) -> str | None:
    acts = extract_acts(analyze(text, "en"), date(2024, 6, 1))
    found = [a.location for a in acts if a.type == "detention" and any(v.name == victim for v in a.victims)]
    assert found, f"no detention of {victim}"
    return found[-1].name if found[-1] is not None else None


@pytest.mark.parametrize(
    ("text", "victim", "place"),
    [
        # a round-up: each section opens with a name and a country; the story has moved there
        (
            "Raif Badawi, Saudi Arabia\n\nBlogger Raif Badawi was arrested in Jeddah in 2012. His wife "
            "and children now live in Quebec, Canada.\n\nKatsiaryna Andreyeva, Belarus\n\nPolice broke down "
            "the door of the flat and arrested journalist Katsiaryna Andreyeva in November 2020.",
            "Katsiaryna Andreyeva",
            "Belarus",
        ),
        # the country heading the section is tagged an organisation: its name alone is the country
        (
            "Amadou Vamoulké, Cameroon\n\nAmadou Vamoulké, the director of the state broadcaster, was "
            "arrested in 2016. He has yet to be sentenced.",
            "Amadou Vamoulké",
            "Cameroon",
        ),
        # a country told as where someone lived, its town named before: the town stays
        (
            "Sharif Nazarov was deported from Istanbul on 17 April and arrested as soon as his plane "
            "landed in Dushanbe. Nazarov had lived in Turkey since 2015. Turkish police detained him "
            "on 10 April.",
            "Sharif Nazarov",
            "Istanbul",
        ),
    ],
)
def test_a_country_named_after_the_latest_town_is_where_the_story_moved(
    text: str, victim: str, place: str
) -> None:
    assert _where(text, victim) == place


def test_a_surname_the_tagger_calls_a_place_is_the_persons() -> None:
    """ "El Shafee Elsheikh" tagged an organisation and "lawyers for Elsheikh" a place: the
    last word of a full name the report gives is that person's, not a town the gazetteer lacks."""
    text = (
        "Britain may share evidence with prosecutors for any possible case against El Shafee Elsheikh "
        "and Alexanda Kotey.\n\nThe decision is a development in years of wrangling over Kotey and "
        "Elsheikh. In July 2018, after lawyers for Elsheikh demanded a review, the men were charged."
    )
    acts = extract_acts(analyze(text, "en"), date(2024, 6, 1))
    assert acts and all(a.location is None or "Elsheikh" not in a.location.name for a in acts)


@pytest.mark.parametrize(
    ("written", "country"),
    [
        ("Salem", "India"),  # a town's own name, not an alternate name of Jerusalem
        ("St. Petersburg", "Russia"),  # an alternate name of a city twenty times Florida's town
        ("Kiev", "Ukraine"),
    ],
)
def test_a_citys_own_name_comes_before_another_citys_alternate_name(written: str, country: str) -> None:
    place = gazetteer().lookup(written)
    assert place is not None and place.country == country


def test_a_persons_surname_does_not_make_the_report_about_a_country() -> None:
    """ "Lady Ann Salem" then "Salem" tagged a place: the report is about the Philippines."""
    from khronika.extract.where import document_country

    text = (
        "MANILA, Philippines — A court ordered the release of journalist Lady Ann Salem. Salem was "
        "arrested in December. Salem said the charges were fabricated. Salem thanked her lawyers."
    )
    found = document_country(analyze(text, "en"))
    assert found is not None and found.country == "Philippines"


def test_a_town_of_a_name_the_tagger_calls_a_person_is_where_not_the_wire_dateline() -> None:
    """ "TEGUCIGALPA — Gunmen killed X in the town of San Marcos de Caiquín, in the western
    department of Lempira": where the report was filed gives way to the town told as where,
    though the tagger called the town a person and the gazetteer lacks it; a later act with no
    place of its own is in the latest place named, not in the dateline's city."""
    text = (
        "TEGUCIGALPA — Unidentified gunmen shot and killed radio journalist Pablo Isabel Hernández on "
        "Sunday as he walked to church in the town of San Marcos de Caiquín, in the western department "
        "of Lempira, police said.\n\nHernández had received death threats for months."
    )
    acts = {a.type: a for a in extract_acts(analyze(text, "en"), date(2024, 11, 20))}
    killing, threat = acts["killing"].location, acts["threat"].location
    assert killing is not None and (killing.name, killing.country) == ("San Marcos de Caiquín", "Honduras")
    assert threat is not None and threat.name == "Lempira"


@pytest.mark.parametrize(
    "text",
    [
        "RIDGELAND, S.C. (WTOC) - A sign stands in front of the gates of the prison.\n\nJohnny Bryant was "
        "arrested on May 13.",
        "April 26 (UPI) -- A Chinese man was arrested after a second trial. Police in Maoming, Guangdong "
        "Province, said it was legal.",
    ],
)
def test_a_region_named_after_its_city_leaves_the_city_the_place(text: str) -> None:
    acts = [a for a in extract_acts(analyze(text, "en"), date(2024, 6, 1)) if a.type == "detention"]
    assert acts and acts[0].location is not None
    assert acts[0].location.name in ("RIDGELAND", "Ridgeland", "Maoming")


def test_a_region_in_the_acts_sentence_gives_way_to_its_city_named_before() -> None:
    """«…в Махачкале… После обысков всех троих увезли в здание МВД по Дагестану»: the city of
    that region the report named is where, more precisely than the region."""
    text = (
        "В Махачкале силовики задержали журналиста Руслана Алиева.\n\n"
        "Сотрудники ЦПЭ пришли с обыском к Руслану Алиеву. После обыска его увезли в здание МВД по Дагестану."
    )
    acts = extract_acts(analyze(text, "ru"), date(2024, 5, 20))
    assert acts and all(a.location is not None and a.location.name == "Махачкала" for a in acts)


def test_a_facility_in_a_town_stays_the_latest_place_named() -> None:
    """ "He saw Azat at the Balashiha police station in Moscow. According to Galkin, Azat was
    tortured": the act told next, with no place of its own, was at the station, not in Moscow."""
    text = (
        "Galkin said he saw Azat Miftahov at the Balashiha police station in Moscow. According to Galkin, "
        "Azat Miftahov had been tortured."
    )
    acts = [a for a in extract_acts(analyze(text, "en"), date(2019, 2, 5)) if a.type == "torture"]
    assert acts and acts[0].location is not None and acts[0].location.name == "Balashiha police station"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # a small town of a country the report never names is one of the report's own country
        ("Police in Honduras said Berta Cáceres was murdered in her home in La Esperanza.", "Honduras"),
        # (a big city keeps its country: "Kyiv" is no namesake)
        ("Russian police said Ivan Petrov was detained in Kyiv.", "Ukraine"),
    ],
)
def test_a_small_town_abroad_gives_way_to_the_reports_country(text: str, country: str) -> None:
    (act,) = extract_acts(analyze(text, "en"), date(2024, 3, 12))
    assert act.location is not None and act.location.country == country


COURTS_SEATED_ELSEWHERE = [
    ("ru", "Приговор Ивану Петрову вынес Мосгорсуд.", "Москва", "Moscow"),
    ("ru", "Мособлсуд оставил в силе приговор Ивану Петрову.", "Красногорск", "Krasnogorsk"),
    (
        "ru",
        "Южный окружной военный суд приговорил Ивана Петрова к 12 годам.",
        "Ростов-на-Дону",
        "Rostov-on-Don",
    ),
    ("ru", "Второй Западный окружной военный суд приговорил Ивана Петрова к 12 годам.", "Москва", "Moscow"),
    ("ru", "2-й Восточный окружной военный суд приговорил Ивана Петрова к 12 годам.", "Чита", "Chita"),
    (
        "en",
        "The Southern District Military Court sentenced Ivan Petrov to 12 years.",
        "Rostov-on-Don",
        "Rostov-on-Don",
    ),
    (
        "en",
        "Ivan Petrov was sentenced to 12 years by the 2nd Western District Military Court.",
        "Moscow",
        "Moscow",
    ),
    (
        "en",
        "The Pacific Fleet Military Court sentenced Ivan Petrov to 12 years.",
        "Vladivostok",
        "Vladivostok",
    ),
]


@pytest.mark.parametrize(("language", "text", "name", "latin"), COURTS_SEATED_ELSEWHERE)
def test_a_court_whose_name_does_not_say_its_town_sits_where_the_court_table_says(
    language: str, text: str, name: str, latin: str
) -> None:
    (act,) = extract_acts(analyze(text, language), date(2024, 6, 1))
    assert act.location is not None
    assert (act.location.name, act.location.latin, act.location.country) == (name, latin, "Russia")


def test_a_sentence_by_a_district_military_court_is_passed_in_its_town_not_where_the_arrest_was() -> None:
    text = (
        "В Казани задержали Ивана Петрова. Позже Центральный окружной военный суд приговорил его к 12 годам."
    )
    acts = {a.type: a for a in extract_acts(analyze(text, "ru"), date(2024, 6, 1))}
    assert acts["detention"].location is not None and acts["detention"].location.name == "Казань"
    assert acts["sentence"].location is not None and acts["sentence"].location.name == "Екатеринбург"
