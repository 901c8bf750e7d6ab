"""Date resolution, table-driven: (text, language, reference date) -> values found."""

from __future__ import annotations

from datetime import date

import pytest

from khronika.extract.dates import find_dates

CASES = [
    ("At early hours of Friday 1st February, police raided flats.", "en", date(2026, 11, 22), ["2019-02-01"]),
    ("On 3 October 2023 the court ruled.", "en", date(2026, 1, 1), ["2023-10-03"]),
    ("Friday 1st February ... arrested last Friday ... until late night of 1st February", "en", date(2026, 11, 22),
     ["2019-02-01", "2019-02-01", "2019-02-01"]),
    ("Police detained him on Wednesday.", "en", date(2024, 5, 17), ["2024-05-15"]),
    ("The court ruled on Wednesday.", "en", date(2021, 12, 29), ["2021-12-29"]),
    ("He was arrested in January 2021.", "en", date(2023, 10, 3), ["2021-01"]),
    ("designated in 2015", "en", date(2021, 1, 1), ["2015"]),
    ("Yesterday he was released.", "en", date(2020, 3, 10), ["2020-03-09"]),
    ("12 марта 2024 года его задержали.", "ru", date(2025, 1, 1), ["2024-03-12"]),
    ("Его задержали 2 февраля.", "ru", date(2024, 4, 9), ["2024-02-02"]),
    ("В среду его задержали.", "ru", date(2023, 10, 19), ["2023-10-18"]),
    ("в феврале 2022 года", "ru", date(2023, 1, 1), ["2022-02"]),
    ("14.03.2023 прошли обыски", "ru", date(2024, 1, 1), ["2023-03-14"]),
    # a year qualifying an event dates it; one qualifying a law or a cohort does not
    ("ten years after the 2011 Zhanaozen unrest", "en", date(2024, 1, 1), ["2011"]),
    ("He was killed in a 2015 drone strike.", "en", date(2020, 8, 19), ["2015"]),
    ("after the 2018 presidential election", "en", date(2020, 8, 19), ["2018"]),
    ("under the 1917 Espionage Act", "en", date(2024, 1, 1), []),
    # an earlier full date lends its year to the report, but once another year is written only to
    # its own paragraph and the two after
    ("The raid began on March 3, 2019.\nA\nB\nC\nOn March 5 he was charged.", "en", date(2021, 6, 1),
     ["2019-03-03", "2019-03-05"]),
    # a background date paragraphs before lends no year to a day of the weeks before the report;
    # in a timeline the year told just before holds
    ("He was murdered on January 8, 2009.\n\nA\n\nB\n\nThe group held a vigil on January 25.", "en",
     date(2020, 1, 31), ["2009-01-08", "2020-01-25"]),
    ("On October 6, 2018, an Egyptian was kidnapped. On November 18, two Lebanese were kidnapped.", "en",
     date(2020, 12, 20), ["2018-10-06", "2018-11-18"]),
    ("The raid began on March 3, 2019.\nHe was jailed in 2015.\nOn March 5 he was charged.", "en",
     date(2021, 6, 1), ["2019-03-03", "2015", "2019-03-05"]),
    ("The raid began on March 3, 2019.\nA\nIn 1999 B.\nC\nOn March 5 he was charged.", "en", date(2021, 6, 1),
     ["2019-03-03", "1999", "2021-03-05"]),
    ("Обыски прошли 3 марта 2019 года.\nА\nВ 2015 году Б.\nВ\n5 марта его задержали.", "ru", date(2021, 6, 1),
     ["2019-03-03", "2015", "2021-03-05"]),
    ("a sub-inspector from the 2014 batch", "en", date(2024, 1, 1), []),
    # a month in a year counted from the report's: not the latest such month before it
    ("Его задержали в июне прошлого года.", "ru", date(2024, 6, 20), ["2023-06"]),
    ("Его задержали 5 марта позапрошлого года.", "ru", date(2024, 6, 20), ["2022-03-05"]),
    ("He was detained in June last year.", "en", date(2024, 6, 20), ["2023-06"]),
    ("He was detained on 5 March of last year.", "en", date(2024, 6, 20), ["2023-03-05"]),
    ("He was detained on March 5 this year.", "en", date(2024, 6, 20), ["2024-03-05"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "lang", "ref", "expected"), CASES)
def test_dates(text, lang, ref, expected):
    assert [d.value for d in find_dates(text, lang, ref)] == expected


def test_precision_is_kept():
    [d] = find_dates("in March 2020", "en", date(2021, 1, 1))
    assert (d.value, d.precision) == ("2020-03", "month")
