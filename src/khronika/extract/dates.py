"""Date expressions: found by pattern, resolved against the report's reference date.

Rules: a full date is taken as written; a day and month without a year take the year of
an earlier explicit date when that fits (of one written in the same paragraph or the two
before, once another year has been written since), else the latest such day before the
reference date; a weekday picks the year ("Friday 1st February" -> the latest
1 February that was a Friday); "last Friday" means the Friday of a date already named in
the report if there is one, else the latest Friday before the reference date. Precision
is kept: day, month or year.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from khronika.extract.anchors import Occurrences, finditer

# number words, for counts ("two days later", «через два месяца», "four journalists")
NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "hundred": 100, "dozen": 12, "один": 1, "одна": 1, "два": 2, "две": 2, "три": 3,
    "одну": 1, "четыре": 4, "пять": 5, "шесть": 6, "семь": 7, "восемь": 8, "девять": 9, "десять": 10,
    "одиннадцать": 11, "двенадцать": 12, "пятнадцать": 15, "двадцать": 20, "тридцать": 30, "сорок": 40,
    "пятьдесят": 50, "сто": 100,
    # collective numerals, by their lemma («семерым лидерам», «троих активистов»)
    "двое": 2, "трое": 3, "четверо": 4, "пятеро": 5, "шестеро": 6, "семеро": 7, "восьмеро": 8,
    "девятеро": 9, "десятеро": 10,
}  # fmt: skip


def shift_month(year: int, month: int, n: int) -> str:
    """The month n months after (n < 0: before) the given one, as "YYYY-MM"."""
    total = year * 12 + month - 1 + n
    return f"{total // 12:04d}-{total % 12 + 1:02d}"


EN_MONTHS = {
    m: i
    for i, m in enumerate(
        "january february march april may june july august september october november december".split(), 1
    )
}
EN_MONTHS.update({m[:3]: i for m, i in list(EN_MONTHS.items())})
EN_MONTHS["sept"] = 9
EN_WEEKDAYS = {d: i for i, d in enumerate("monday tuesday wednesday thursday friday saturday sunday".split())}
RU_MONTH_STEMS = (
    "январ",
    "феврал",
    "март",
    "апрел",
    "ма",
    "июн",
    "июл",
    "август",
    "сентябр",
    "октябр",
    "ноябр",
    "декабр",
)
RU_WEEKDAYS = {"понедельник": 0, "вторник": 1, "среду": 2, "среда": 2, "четверг": 3, "пятницу": 4, "пятница": 4,
               "субботу": 5, "суббота": 5, "воскресенье": 6}  # fmt: skip

_M_EN = (
    r"(?P<m>January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
)
_WD_EN = r"(?:(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?"
_D = r"(?P<d>[0-3]?\d)(?:st|nd|rd|th)?"
_Y = r"(?P<y>(?:19|20)\d\d)"
_M_RU = r"(?P<m>января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)"
_M_RU_IN = r"(?P<m>январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|ноябре|декабре)"
_WD_RU = r"(?P<wd>понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)"
# "in June last year", «в июне прошлого года»: a month in a year counted from the report's
_RY_EN = r",?\s+(?:of\s+)?(?P<ry>last year|this year|the previous year)"
_RY_RU = r"\s+(?P<ry>прошлого|позапрошлого|этого|текущего|сего)\s+года"

PATTERNS: dict[str, list[tuple[str, re.Pattern[str]]]] = {
    "en": [
        ("iso", re.compile(rf"\b{_Y}-(?P<mn>[01]\d)-(?P<d>[0-3]\d)\b")),
        ("dmy", re.compile(rf"\b{_WD_EN}(?:the\s+)?{_D}(?:\s+of)?\s+{_M_EN}(?:,?\s+{_Y}|{_RY_EN})?\b", re.I)),
        ("mdy", re.compile(rf"\b{_WD_EN}{_M_EN}\s+{_D}\b(?:,?\s+{_Y}|{_RY_EN})?", re.I)),
        ("my", re.compile(rf"\b{_M_EN}\s+(?:of\s+)?{_Y}\b", re.I)),
        # "in May", "since October": a month alone, capitalised (so the verb "may" is not one),
        # in the latest year that puts it before the report
        (
            "my",
            re.compile(
                r"\b(?i:in|since|until|by|during|early|late|mid-?|last|from|before|after|through|of)\s+"
                r"(?P<m>January|February|March|April|May|June|July|August|September|October|November|December)\b"
                rf"(?!\s*\d)(?:{_RY_EN}\b)?"
            ),
        ),
        (  # "in the summer of 2023", "in spring 2022": a season dates the year
            "y",
            re.compile(
                rf"\b(?:in\s+(?:the\s+)?)?(?:summer|winter|spring|autumn|fall)\s+(?:of\s+)?{_Y}\b", re.I
            ),
        ),
        (
            "y",
            re.compile(
                rf"\b(?:in|since|during|until|by|of|early|late|mid-?)\s+{_Y}\b(?!\s*(?:people|persons|men))",
                re.I,
            ),
        ),
        (  # "the 2011 Zhanaozen unrest", "after the 2022 protests", "in a 2015 drone strike": a year
            # qualifying an event
            "y",
            re.compile(
                rf"\b(?:the|an?)\s+{_Y}(?=(?:\s+[\w-]+){{0,2}}\s+(?:unrest|protests?|uprising|revolution|coup|"
                r"crackdown|war|massacre|riots?|demonstrations?|(?:air)?strikes?|elections?|raids?|events|"
                r"violence|clashes|bombings?|attacks?|killings?|arrests|shootings?|assassinations?|"
                r"abductions?|kidnappings?|invasion|purges?|trials?)\b)"
            ),
        ),
        (
            "today",
            re.compile(
                r"\b(?P<rel>today|yesterday|the day before yesterday|this morning|last night|tonight)\b", re.I
            ),
        ),
        (
            "weekday",
            re.compile(
                r"\b(?:(?P<last>last|this|past|on|early|late)\s+)?(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b",
                re.I,
            ),
        ),
        ("relyear", re.compile(r"\b(?P<rel>last year|this year|the previous year)\b", re.I)),
        # "a month ago", "two years ago": counted back from the report's date
        (
            "ago",
            re.compile(
                r"\b(?P<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) (?P<unit>day|week|month|year)s? ago\b",
                re.I,
            ),
        ),
        ("relperiod", re.compile(r"\b(?P<rel>last week|last month|earlier this month)\b", re.I)),
    ],
    "ru": [
        ("iso", re.compile(rf"\b{_Y}-(?P<mn>[01]\d)-(?P<d>[0-3]\d)\b")),
        ("dotted", re.compile(rf"\b(?P<d>[0-3]?\d)\.(?P<mn>[01]?\d)\.{_Y}\b")),
        ("dmy", re.compile(rf"\b(?P<d>[0-3]?\d)\s+{_M_RU}(?:\s+{_Y}(?:\s*(?:года|г\.?))?|{_RY_RU})?", re.I)),
        ("my", re.compile(rf"\b(?:в\s+)?{_M_RU_IN}(?:\s+{_Y}(?:\s*(?:года|г\.?))?|{_RY_RU})?", re.I)),
        (
            "my",
            re.compile(
                rf"\b{_M_RU[:-1]}|январь|февраль|март|апрель|май|июнь|июль|август|сентябрь|октябрь|ноябрь|декабрь)\s+{_Y}",
                re.I,
            ),
        ),
        # «в начале марта», «в конце августа прошлого года»: a part of a month dates the month
        (
            "my",
            re.compile(
                rf"\b(?:в начале|в конце|в середине|в первых числах|в последних числах)\s+{_M_RU}"
                rf"(?:\s+{_Y}(?:\s*(?:года|г\.?))?|{_RY_RU})?",
                re.I,
            ),
        ),
        ("y", re.compile(rf"\b(?:в|с|до|к)\s+{_Y}\s*(?:году|года|г\.)", re.I)),
        # «летом 2023 года», «осенью 2022-го»: a season dates the year
        (
            "y",
            re.compile(
                rf"\b(?:летом|зимой|весной|осенью|в начале|в конце|в середине)\s+{_Y}(?:\s*(?:года|г\.?|-го))?",
                re.I,
            ),
        ),
        ("today", re.compile(r"(?<!\w)(?P<rel>сегодня|вчера|позавчера)(?!\w)", re.I)),
        (
            "weekday",
            re.compile(rf"(?<!\w)(?:(?P<last>в прошлую|в прошлый|в прошлое|в|во)\s+){_WD_RU}(?!\w)", re.I),
        ),
        ("relyear", re.compile(r"(?<!\w)(?P<rel>в прошлом году|в этом году)(?!\w)", re.I)),
        (
            "ago",
            re.compile(
                r"(?<!\w)(?:(?P<n>один|одну|два|две|три|четыре|пять|шесть|семь|восемь|девять|десять|\d{1,2})\s+)?"
                r"(?P<unit>день|дня|дней|неделю|недели|недель|месяц|месяца|месяцев|год|года|лет)\s+назад(?!\w)",
                re.I,
            ),
        ),
        (
            "relperiod",
            re.compile(r"(?<!\w)(?P<rel>на прошлой неделе|в прошлом месяце|в начале месяца)(?!\w)", re.I),
        ),
    ],
}


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    text: str
    value: str | None  # resolved ISO value, or None when it cannot be resolved
    precision: str
    explicit: bool  # names a calendar date (not just "yesterday"/"Friday")


def _month(kind: str, m: re.Match[str], lang: str) -> int | None:
    if m.groupdict().get("mn"):
        return int(m.group("mn"))
    raw = (m.groupdict().get("m") or "").lower().rstrip(".")
    if lang == "en":
        return EN_MONTHS.get(raw)
    for i, stem in enumerate(RU_MONTH_STEMS, 1):
        if raw.startswith(stem) and not (stem == "ма" and raw.startswith("мар")):
            return i
    return None


def _weekday(m: re.Match[str], lang: str) -> int | None:
    wd = (m.groupdict().get("wd") or "").lower()
    if not wd:
        return None
    return EN_WEEKDAYS.get(wd) if lang == "en" else RU_WEEKDAYS.get(wd)


def _safe(y: int, mo: int, d: int) -> date | None:
    try:
        return date(y, mo, d)
    except ValueError:
        return None


def find_dates(text: str, lang: str, reference: date, offset: int = 0) -> list[DateMention]:
    """Date mentions in `text`, resolved in reading order (earlier ones anchor later ones)."""
    found: list[tuple[int, int, str, re.Match[str]]] = []
    taken: list[tuple[int, int]] = []
    occurrences = Occurrences.of_text(text)  # (most patterns open with a month's or a day's name)
    for kind, rx in PATTERNS.get(lang, []):
        for m in finditer(rx, text, occurrences):
            s, e = m.span()
            if any(s < te and e > ts for ts, te in taken):
                continue
            taken.append((s, e))
            found.append((s, e, kind, m))
    found.sort()
    out: list[DateMention] = []
    anchors: list[_Anchor] = []
    for s, e, kind, m in found:
        ahead = _UNTIL.search(text[max(0, s - 8) : s]) is not None
        paragraph = text.count("\n", 0, s)
        in_reach = [a.day for a in anchors if not a.moved_on or paragraph - a.paragraph <= ANCHOR_REACH]
        # (a background date told paragraphs before: a day of the weeks before the report is the
        # report's own — see resolve)
        far = bool(anchors) and paragraph - anchors[-1].paragraph > ANCHOR_REACH
        value, precision, explicit = resolve(kind, m, lang, reference, in_reach, ahead, far)
        if value is not None and precision == "day" and explicit and not ahead:
            anchors.append(_Anchor(date.fromisoformat(value), paragraph))
        if value is not None and _year_of(m, reference):  # a year written out: the story's time now
            for anchor in anchors:
                anchor.moved_on = anchor.moved_on or anchor.day.year != int(value[:4])
        out.append(DateMention(offset + s, offset + e, m.group(), value, precision, explicit))
    return out


@dataclass
class _Anchor:
    """A full date written in the report, which lends its year to a later "on March 5"."""

    day: date
    paragraph: int
    # another year has been written since: the report has moved to another time, and the
    # anchor's year reaches only ANCHOR_REACH paragraphs on
    moved_on: bool = False


# A full date lends its year to the rest of the report, unless another year is written after it:
# then only to its own paragraph and the two after. In a round-up of cases ("A was detained on
# November 15, 2020 ... sentenced in 2021 ..." and, four paragraphs on, "B was arrested on
# April 18"), B's April 18 is the latest one before the report, not 2020's.
ANCHOR_REACH = 2

# how far back a day of the report's own time reaches (see resolve)
RECENT_DAYS = 45

# "held until 20 July", «арест продлили до 20 июля»: the end of a term may lie after the report
_UNTIL = re.compile(r"\b(?:until|till|through|до)\s+$", re.I)


def _year_of(m: re.Match[str], ref: date) -> int | None:
    """The year written with a date: in figures, or counted from the report's ("last year")."""
    g = m.groupdict()
    if g.get("y"):
        return int(g["y"])
    rel = (g.get("ry") or "").lower()
    if not rel:
        return None
    back = {"last year": 1, "the previous year": 1, "прошлого": 1, "позапрошлого": 2}
    return ref.year - back.get(rel, 0)


def resolve(
    kind: str,
    m: re.Match[str],
    lang: str,
    ref: date,
    anchors: list[date],
    ahead: bool = False,
    far: bool = False,
) -> tuple[str | None, str, bool]:
    g = m.groupdict()
    year = _year_of(m, ref)
    if kind in ("iso", "dotted", "dmy", "mdy"):
        mo, d = _month(kind, m, lang), int(g["d"])
        if mo is None or not 1 <= d <= 31:
            return None, "day", False
        if year:
            dt = _safe(year, mo, d)
            return (dt.isoformat() if dt else None), "day", True
        wd = _weekday(m, lang)
        if wd is not None:
            for y in range(ref.year, ref.year - 40, -1):
                dt = _safe(y, mo, d)
                if dt and dt <= ref and dt.weekday() == wd:
                    return dt.isoformat(), "day", True
            return None, "day", False
        if ahead:  # (the end of a term: this year's, or next year's when that is past)
            dt = _safe(ref.year, mo, d)
            if dt and dt < ref - timedelta(days=31):
                dt = _safe(ref.year + 1, mo, d)
            return (dt.isoformat() if dt else None), "day", True
        recent = _safe(ref.year, mo, d)
        if (
            far
            and anchors
            and recent
            and 0 <= (ref - recent).days <= RECENT_DAYS
            and (ref - anchors[-1]).days > 366
        ):
            # ("murdered on January 8, 2009 …", paragraphs on, "held another vigil on January 25"
            # in a report of 31 January 2020: a day of the weeks just before the report is the
            # report's own, not the year of background told paragraphs before; in a timeline,
            # "On October 6, 2018, … On November 18, …", the year told just before holds)
            return recent.isoformat(), "day", True
        for anchor in reversed(anchors):
            dt = _safe(anchor.year, mo, d)
            # ("detained on 20 November last year … extended on 15 May": a day told after a
            # full date that would fall before it in that year, and next year is still before
            # the report, is next year's — the report goes on from its date)
            later = _safe(anchor.year + 1, mo, d)
            if dt and dt < anchor and later and later <= ref:
                return later.isoformat(), "day", True
            if dt and dt <= ref:
                return dt.isoformat(), "day", True
        for y in (ref.year, ref.year - 1):
            dt = _safe(y, mo, d)
            if dt and dt <= ref:
                return dt.isoformat(), "day", True
        return None, "day", False
    if kind == "my":
        mo = _month(kind, m, lang)
        if mo is None:
            return None, "month", False
        if year is None:
            year = ref.year if mo <= ref.month else ref.year - 1
            for anchor in reversed(anchors):  # the year the report is talking about
                year = anchor.year if (anchor.year, mo) <= (ref.year, ref.month) else anchor.year - 1
                break
        return f"{year:04d}-{mo:02d}", "month", True
    if kind == "y":
        return f"{year:04d}", "year", True
    if kind == "today":
        rel = g["rel"].lower()
        delta = {"yesterday": 1, "вчера": 1, "the day before yesterday": 2, "позавчера": 2}.get(rel, 0)
        if rel == "last night":
            delta = 1
        return (ref - timedelta(days=delta)).isoformat(), "day", False
    if kind == "weekday":
        wd = _weekday(m, lang)
        if wd is None:
            return None, "day", False
        said_last = (m.groupdict().get("last") or "").lower() in (
            "last",
            "past",
            "в прошлую",
            "в прошлый",
            "в прошлое",
        )
        for anchor in reversed(anchors):
            # ("last Thursday" in a report of Thursday is a week before it, not that day)
            if anchor.weekday() == wd and (anchor < ref if said_last else anchor <= ref):
                return anchor.isoformat(), "day", False
        back = (ref.weekday() - wd) % 7
        if back == 0 and said_last:
            back = 7
        return (ref - timedelta(days=back)).isoformat(), "day", False
    if kind == "relperiod":
        # "last week", «в прошлом месяце»: the month it fell in, when the whole period lies in one
        rel = g["rel"].lower()
        if rel in ("last week", "на прошлой неделе"):
            first, last = ref - timedelta(days=7 + ref.weekday()), ref - timedelta(days=ref.weekday() + 1)
        elif rel in ("earlier this month", "в начале месяца"):
            first = last = ref
        else:
            last = ref.replace(day=1) - timedelta(days=1)
            first = last
        if (first.year, first.month) != (last.year, last.month):
            return f"{last.year:04d}", "year", False
        return f"{last.year:04d}-{last.month:02d}", "month", False
    if kind == "ago":
        raw = (g.get("n") or "1").lower()
        n = int(raw) if raw.isdigit() else NUMBER_WORDS.get(raw, 1)
        unit = g["unit"].lower()
        if unit.startswith(("day", "д")):
            return (ref - timedelta(days=n)).isoformat(), "day", False
        if unit.startswith(("week", "недел")):
            weeks_back = ref - timedelta(days=7 * n)
            return f"{weeks_back.year:04d}-{weeks_back.month:02d}", "month", False
        if unit.startswith(("month", "месяц")):
            return shift_month(ref.year, ref.month, -n), "month", False
        return f"{ref.year - n:04d}", "year", False
    if kind == "relyear":
        rel = g["rel"].lower()
        y = ref.year - (1 if rel in ("last year", "the previous year", "в прошлом году") else 0)
        return f"{y:04d}", "year", False
    return None, "day", False
