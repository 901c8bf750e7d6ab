"""Charges and penalties as numbers a prisoner list can sort on.

Charges: "ч. 2 ст. 205.4 УК РФ", "Article 212.1 of the Criminal Code", "статье 20.3.3 КоАП"
become one form: `RU-CC 205.4` (part 2), `RU-CC 212.1`, `RU-CAO 20.3.3`. The country prefix
comes from the code's own name ("Russian", "УК РФ") or else from the country the report is
about; CC is a criminal code, CAO a code of administrative offences.

Penalties: "18 лет строгого режима", "2.5 years in prison", "six years and six months",
"штраф 100 тысяч рублей", "15 суток ареста", "a suspended sentence", "sentenced to death"
become a kind (prison, fine, arrest, suspended, restriction, death) with years/months/days,
an amount and currency, and the regime where the text gives one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from khronika.model import Charge, Penalty, Span

COUNTRY_CODES = {"Russia": "RU", "Belarus": "BY", "Ukraine": "UA", "Kazakhstan": "KZ", "Azerbaijan": "AZ",
                 "Tajikistan": "TJ", "Uzbekistan": "UZ", "Turkmenistan": "TM", "Kyrgyzstan": "KG", "Armenia": "AM",
                 "Georgia": "GE", "Turkey": "TR", "China": "CN", "Iran": "IR"}  # fmt: skip
_ADJECTIVE_COUNTRY = {"russian": "RU", "росси": "RU", "рф": "RU", "belarus": "BY", "белорус": "BY", "рб": "BY",
                      "ukrainian": "UA", "украин": "UA", "kazakh": "KZ", "казах": "KZ"}  # fmt: skip

_RU_CHARGE = re.compile(
    r"(?:ч(?:\.|аст[ьиею])\s*(?P<part>\d+)\s+)?(?:п(?:\.|ункт[аеу]?)\s*[«\"]?[а-я]?[»\"]?\s*(?:ч\.\s*(?P<part_b>\d+)\s+)?)?"
    r"(?:ст(?:\.|ать[яиеёйю]+)\s*)(?P<art>\d+(?:\.\d+)*)"
    r"(?P<code>\s+(?:УК|КоАП|Уголовного\s+кодекса|Кодекса\s+(?:РФ\s+)?об\s+административных\s+правонарушениях)"
    r"(?:\s+(?:РФ|России|Российской\s+Федерации|РБ|Беларуси|Республики\s+Беларусь|Украины))?)?"
)
_EN_CHARGE = re.compile(
    r"(?:[Pp]art\s+(?P<part>\d+)\s+of\s+)?[Aa]rticles?\s+(?P<art>\d+(?:\.\d+)*)(?:\s*\((?P<part_b>\d+)\))?"
    r"(?:\s*,?\s+(?:[Pp]art\s+(?P<part_c>\d+)\s+)?of\s+(?:the\s+)?(?P<code>(?:[A-Z][a-z]+\s+){0,2}"
    r"(?:Criminal|Penal|Administrative)[\w ]{0,40}?Code|Code\s+of\s+Administrative\s+Offen[cs]es))?"
)


def _law(code_text: str, country: str | None, administrative_context: bool) -> str:
    low = code_text.lower()
    kind = "CAO" if ("коап" in low or "administrative" in low or "административ" in low) else "CC"
    if not code_text and administrative_context:
        kind = "CAO"
    prefix = next((cc for stem, cc in _ADJECTIVE_COUNTRY.items() if stem in low), None)
    if prefix is None and ("ук" in low.split() or "уголовн" in low or "коап" in low):
        prefix = "RU"  # a Russian-language code name without a country is the Russian one
    prefix = prefix or COUNTRY_CODES.get(country or "")
    return f"{prefix}-{kind}" if prefix else kind


def find_charges(text: str, offset: int, country: str | None) -> list[Charge]:
    """Charges named in `text` (a sentence starting at `offset` in the document)."""
    administrative = bool(re.search(r"административн|administrative|КоАП", text, re.I))
    out: list[Charge] = []
    for rx in (_RU_CHARGE, _EN_CHARGE):
        for m in rx.finditer(text):
            groups = m.groupdict()
            part = groups.get("part") or groups.get("part_b") or groups.get("part_c")
            code = (groups.get("code") or "").strip()
            law = _law(code, country, administrative)
            span = Span(offset + m.start(), offset + m.end(), m.group(0).strip())
            charge = Charge(f"{law} {m.group('art')}", int(part) if part else None, span)
            if all(c.code != charge.code or c.part != charge.part for c in out):
                out.append(charge)
    # "статью 207.3 УК РФ и статью 280.3": a bare reference shares its neighbour's code
    prefixes = {
        c.code.split(" ")[0].split("-")[1]: c.code.split("-")[0] for c in out if "-" in c.code.split(" ")[0]
    }
    return [_with_prefix(c, prefixes) for c in out]


def _with_prefix(charge: Charge, prefixes: dict[str, str]) -> Charge:
    law, article = charge.code.split(" ", 1)
    if "-" in law or law not in prefixes:
        return charge
    return Charge(f"{prefixes[law]}-{law} {article}", charge.part, charge.span)


_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "twenty-five": 25, "thirty": 30,
    "один": 1, "одному": 1, "одного": 1, "два": 2, "двум": 2, "двух": 2, "три": 3, "трем": 3, "трём": 3,
    "трех": 3, "трёх": 3, "четыре": 4, "четырем": 4, "четырём": 4, "четырех": 4, "четырёх": 4, "пять": 5,
    "пяти": 5, "шесть": 6, "шести": 6, "семь": 7, "семи": 7, "восемь": 8, "восьми": 8, "девять": 9,
    "девяти": 9, "десять": 10, "десяти": 10, "одиннадцать": 11, "одиннадцати": 11, "двенадцать": 12,
    "двенадцати": 12, "тринадцать": 13, "тринадцати": 13, "четырнадцать": 14, "четырнадцати": 14,
    "пятнадцать": 15, "пятнадцати": 15, "шестнадцать": 16, "шестнадцати": 16, "семнадцать": 17,
    "семнадцати": 17, "восемнадцать": 18, "восемнадцати": 18, "девятнадцать": 19, "девятнадцати": 19,
    "двадцать": 20, "двадцати": 20, "двадцати пяти": 25, "тридцати": 30,
    "двое": 2, "трое": 3, "четверо": 4, "пятеро": 5, "шестеро": 6, "семеро": 7,
}  # fmt: skip
_NUM = r"(?:\d+(?:[.,]\d+)?|" + "|".join(sorted(map(re.escape, _NUMBERS), key=len, reverse=True)) + r")"
_HALF = r"(?P<half>\s+(?:and\s+a\s+half|с\s+половиной))?"
_UNIT = {"year": "years", "years": "years", "год": "years", "года": "years", "году": "years", "годам": "years",
         "лет": "years", "годами": "years", "month": "months", "months": "months", "месяц": "months",
         "месяца": "months", "месяцев": "months", "месяцам": "months", "day": "days", "days": "days",
         "суток": "days", "сутки": "days", "дней": "days", "дня": "days"}  # fmt: skip
_UNITS = "|".join(sorted(map(re.escape, _UNIT), key=len, reverse=True))
_TERM = re.compile(  # (not an age: "58-year-old")
    rf"\b(?P<n>{_NUM}){_HALF}[\s-]+(?P<unit>{_UNITS})\b(?![\s-]+old\b)"
    rf"(?:\s+(?:and|и)\s+(?P<n2>{_NUM})[\s-]+(?P<unit2>{_UNITS})\b)?",
    re.I,
)
_REGIME = re.compile(
    r"(?P<r>строгого|общего|особого|колонии-поселения|strict|general|special|maximum)[\s-]+(?:режима|regime|security)",
    re.I,
)
_FINE = re.compile(
    rf"(?:fine[sd]?|штраф\w*)[^.;]{{0,120}}?(?P<amt>\d[\d\s,.]*\d|\d|{_NUM})\s*(?P<mult>thousand|million|тыс(?:\.|яч[а-я]*)?|млн)?\s*"
    r"(?P<cur>roubles|rubles|рубл[а-я]*|руб\.?|dollars|\$|euros?|€|belarusian rubles|hryvnias?|гривен|тенге|tenge)",
    re.I,
)
_CURRENCY = {"rou": "RUB", "rub": "RUB", "руб": "RUB", "dol": "USD", "$": "USD", "eur": "EUR", "€": "EUR",
             "bel": "BYN", "hry": "UAH", "гри": "UAH", "тен": "KZT", "ten": "KZT"}  # fmt: skip


def _number(text: str) -> float:
    low = text.lower().replace(",", ".")
    if low in _NUMBERS:
        return float(_NUMBERS[low])
    try:
        return float(low)
    except ValueError:
        return 0.0


@dataclass
class _Term:
    years: float = 0.0
    months: float = 0.0
    days: float = 0.0


def _a_calendar_year(term: re.Match[str]) -> bool:
    n = term.group("n")
    return (
        len(n) == 4
        and n.isdigit()
        and 1900 <= int(n) <= 2100
        and _UNIT[term.group("unit").lower()] == "years"
    )


def find_penalty(text: str, offset: int) -> Penalty | None:
    """The penalty a sentencing sentence gives, or None when it names none."""
    low = text.lower()
    if re.search(r"\bto death\b|death (?:sentence|penalty)|смертн\w+ казн", low):
        return Penalty("death", span=Span(offset, offset + len(text), text))
    fine = _FINE.search(text)
    # («в 2021 году», "in 2021": a year of the calendar, not a term of years)
    term = next((m for m in _TERM.finditer(text) if not _a_calendar_year(m)), None)
    if term is not None:
        t = _Term()
        for n_key, unit_key, half in (("n", "unit", term.group("half")), ("n2", "unit2", None)):
            if term.group(n_key):
                value = _number(term.group(n_key)) + (0.5 if half else 0.0)
                setattr(t, _UNIT[term.group(unit_key).lower()], value)
        days_only = t.days and not (t.years or t.months)
        kind = "arrest" if days_only else "prison"
        window = low[max(0, term.start() - 60) : term.end() + 80]
        if re.search(r"suspended|условн|испытательн", window):
            kind = "suspended"
        elif re.search(
            r"restriction of (?:freedom|liberty)|ограничени\w+ свободы|принудительн\w+ работ|forced labou?r",
            window,
        ):
            kind = "restriction"
        regime = _REGIME.search(text[term.start() : term.end() + 80])
        return Penalty(
            kind, years=t.years or None, months=t.months or None, days=t.days or None,
            regime=regime.group("r").lower() if regime else None,
            span=Span(offset + term.start(), offset + term.end(), term.group(0)),
        )  # fmt: skip
    if fine is not None:
        amount = fine.group("amt").replace(" ", "").replace(",", "")
        value = _number(amount) if not amount.replace(".", "").isdigit() else float(amount)
        mult = (fine.group("mult") or "").lower()
        value *= (
            1000
            if mult.startswith(("thousand", "тыс"))
            else 1_000_000
            if mult.startswith(("million", "млн"))
            else 1
        )
        cur = fine.group("cur").lower()
        currency = next((code for stem, code in _CURRENCY.items() if cur.startswith(stem)), None)
        return Penalty("fine", amount=value, currency=currency,
                       span=Span(offset + fine.start(), offset + fine.end(), fine.group(0)))  # fmt: skip
    fined = re.search(r"\bfined\b|\bоштраф\w*|\bштраф\w*", text, re.I)
    if fined is not None:  # «его уже штрафовали»: a fine, of an amount not told
        return Penalty("fine", span=Span(offset + fined.start(), offset + fined.end(), fined.group(0)))
    return None
