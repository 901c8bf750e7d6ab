"""The linking test set: many short reports of the same incidents in English and Russian, with
the people's names written as different systems and outlets write them.

Why generated: what linking must survive is how *names* vary, and that variation is rule-
bound — BGN/PCGN, passport (ICAO), ISO 9 and informal transliteration, Russian case endings,
patronymics, initials, surnames alone, namesakes who differ only in city, age and case. A
generator covers it systematically and writes the truth beside every report; the prose is in
the registers monitors read (wire report, NGO bulletin, Telegram post, court note).

    python tests/eval/linking/build.py OUTDIR [--seed N]   # OUTDIR/reports/*.txt, OUTDIR/gold.json
    khronika ingest OUTDIR/reports --store S && khronika link --store S
    python tests/eval/linking/build.py score OUTDIR/gold.json --store S   # pairwise P/R, JSON

The test set is seed 1 (scored in CI: tests/test_linking_gate.py); the linker's weights were
set on seeds 7 and 9. The gold names, per report, every person mentioned (by the spelling used there)
and every incident reported, so scoring needs no alignment guesswork.
"""

from __future__ import annotations

import json
import random
import sys
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

MALE = [
    ("Азат", "Ильдар"),
    ("Евгений", "Сергей"),
    ("Алексей", "Петр"),
    ("Дмитрий", "Юрий"),
    ("Илья", "Андрей"),
    ("Юрий", "Иван"),
    ("Сергей", "Николай"),
    ("Андрей", "Василий"),
    ("Максим", "Олег"),
    ("Игорь", "Виктор"),
    ("Николай", "Григорий"),
    ("Артём", "Михаил"),
    ("Виктор", "Федор"),
    ("Тимур", "Рустам"),
    ("Олег", "Борис"),
]
FEMALE = [
    ("Юлия", "Сергей"),
    ("Анастасия", "Игорь"),
    ("Татьяна", "Алексей"),
    ("Мария", "Андрей"),
    ("Наталья", "Олег"),
    ("Ксения", "Дмитрий"),
    ("Екатерина", "Юрий"),
    ("Ольга", "Николай"),
]
SURNAMES = [
    "Мифтахов",
    "Каракашев",
    "Пчелинцев",
    "Шакурский",
    "Филинков",
    "Бояршинов",
    "Куликов",
    "Чернышев",
    "Зорин",
    "Сафронов",
    "Гилязов",
    "Ахмедов",
    "Титиев",
    "Котов",
    "Яшин",
    "Хабибуллин",
    "Щеглов",
    "Журавлев",
    "Цветков",
    "Ершов",
    "Юдин",
    "Ярошевский",
    "Чуйков",
    "Шевцов",
    "Федоров",
    "Хромов",
    "Воронцов",
    "Лебедев",
    "Галиев",
    "Жуков",
    "Исаев",
    "Селезнев",
    "Тарасов",
    "Уткин",
    "Кузьмин",
    "Рыжов",
    "Ковалевский",
    "Белоусов",
    "Григорьев",
    "Дягилев",
    "Елисеев",
    "Зайцев",
    "Игнатьев",
    "Клименко",
    "Лысенко",
    "Нестеров",
    "Осипов",
    "Прохоров",
    "Романов",
    "Соколов",
    "Трофимов",
    "Устинов",
    "Щукин",
    "Юсупов",
    "Якимов",
    "Афанасьев",
    "Бабушкин",
    "Вяземский",
    "Мельников",
    "Ефремов",
    "Полянский",
    "Морозов",
    "Шарипов",
    "Гусев",
]
CITIES = [
    ("Москва", "в Москве", "Moscow"),
    ("Казань", "в Казани", "Kazan"),
    ("Пенза", "в Пензе", "Penza"),
    ("Воронеж", "в Воронеже", "Voronezh"),
    ("Екатеринбург", "в Екатеринбурге", "Yekaterinburg"),
    ("Новосибирск", "в Новосибирске", "Novosibirsk"),
    ("Краснодар", "в Краснодаре", "Krasnodar"),
    ("Самара", "в Самаре", "Samara"),
    ("Уфа", "в Уфе", "Ufa"),
    ("Пермь", "в Перми", "Perm"),
    ("Омск", "в Омске", "Omsk"),
    ("Томск", "в Томске", "Tomsk"),
    ("Иркутск", "в Иркутске", "Irkutsk"),
]
CASES = [
    ("Network", "«Сеть»", "«Сети»"),
    ("Bolotnaya", "«Болотное»", "«Болотного»"),
    ("New Greatness", "«Новое величие»", "«Нового величия»"),
]
MONTHS_RU = [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
]
NAMESAKE_PAIRS = 6
PEOPLE = 66  # 60 different names, 6 of them shared by two people
# fmt: skip

# --- transliteration systems ----------------------------------------------------------------

_BASE = {
    "а": "a",
    "б": "b",
    "в": "v",
    "г": "g",
    "д": "d",
    "з": "z",
    "и": "i",
    "к": "k",
    "л": "l",
    "м": "m",
    "н": "n",
    "о": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ф": "f",
    "ъ": "",
    "ы": "y",
}
SYSTEMS = {
    "bgn": {**_BASE, "е": "ye*", "ё": "yo", "ж": "zh", "й": "y", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
            "щ": "shch", "ь": "", "э": "e", "ю": "yu", "я": "ya"},
    "passport": {**_BASE, "е": "e", "ё": "e", "ж": "zh", "й": "i", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
                 "щ": "shch", "ь": "", "э": "e", "ю": "iu", "я": "ia"},
    "iso9": {**_BASE, "е": "e", "ё": "ë", "ж": "ž", "й": "j", "х": "h", "ц": "c", "ч": "č", "ш": "š", "щ": "ŝ",
             "ь": "", "э": "è", "ю": "û", "я": "â"},
    "informal": {**_BASE, "е": "e", "ё": "yo", "ж": "zh", "й": "y", "х": "h", "ц": "ts", "ч": "ch", "ш": "sh",
                 "щ": "sch", "ь": "", "э": "e", "ю": "yu", "я": "ya"},
}  # fmt: skip


def translit(word: str, system: str) -> str:
    table = SYSTEMS[system]
    out = []
    low = word.lower()
    for i, ch in enumerate(low):
        t = table.get(ch, ch)
        if t == "ye*":  # BGN: ye at the start and after a vowel or soft/hard sign
            t = "ye" if i == 0 or low[i - 1] in "аеёиоуыэюяьъ" else "e"
        out.append(t)
    text = "".join(out)
    if system in ("bgn", "informal") and text.endswith("iy"):
        text = text[:-2] + ("y" if system == "informal" else "iy")
    if system == "informal":
        text = text.replace("ks", "x") if text.startswith("ale") else text
    return text[:1].upper() + text[1:]


# --- Russian cases ---------------------------------------------------------------------------


def _given(word: str, female: bool, case: str) -> str:
    if case == "nom":
        return word
    if word.endswith("я"):
        return word[:-1] + ("ю" if case == "acc" else "и")
    if word.endswith("а"):
        soft = word[-2] in "кгхжшчщ"
        return word[:-1] + ("у" if case == "acc" else ("и" if soft else "ы"))
    if word.endswith(("й", "ь")):
        return word[:-1] + "я"
    return word + "а"


def _surname(word: str, female: bool, case: str) -> str:
    if word.endswith("ко"):
        return word
    if word.endswith("ский"):
        stem = word[:-4]
        if female:
            return stem + {"nom": "ская", "acc": "скую", "gen": "ской"}[case]
        return stem + {"nom": "ский", "acc": "ского", "gen": "ского"}[case]
    if female:
        return word + {"nom": "а", "acc": "у", "gen": "ой"}[case]
    return word + {"nom": "", "acc": "а", "gen": "а"}[case]


def _patronymic(father: str, female: bool) -> str:
    if father.endswith("й"):
        stem = father[:-1] + "ев"
    elif father.endswith("ь"):
        stem = father[:-1] + "ев"
    else:
        stem = father + "ов"
    return stem + ("на" if female else "ич")


# --- people and incidents --------------------------------------------------------------------


@dataclass
class Person:
    id: str
    given: str
    father: str
    surname: str
    female: bool
    city: int
    born: int
    case: int | None

    def ru(self, case: str = "nom", patronymic: bool = False) -> str:
        given = _given(self.given, self.female, case)
        surname = _surname(self.surname, self.female, case)
        if patronymic:
            pat = _patronymic(self.father, self.female)
            pat = (
                pat
                if case == "nom"
                else (pat + "а" if not self.female else pat[:-1] + ("у" if case == "acc" else "ы"))
            )
            return f"{surname} {given} {pat}"
        return f"{given} {surname}"

    def en(self, system: str) -> str:
        return (
            f"{translit(self.given, system)} {translit(_surname(self.surname, self.female, 'nom'), system)}"
        )


@dataclass
class Incident:
    id: str
    type: str  # detention | sentence | torture | search
    victims: list[Person]
    day: date
    city: int
    years: int = 0
    reports: list[str] = field(default_factory=list)


def people(rng: random.Random) -> list[Person]:
    out = []
    surnames = SURNAMES[:]
    rng.shuffle(surnames)
    pool = [(g, f, False) for g, f in MALE] + [(g, f, True) for g, f in FEMALE]
    for i in range(PEOPLE - NAMESAKE_PAIRS):
        given, father, female = rng.choice(pool)
        out.append(Person(f"p{i:02d}", given, father, surnames[i], female, rng.randrange(len(CITIES)),
                          rng.randrange(1965, 2003), None))  # fmt: skip
    for k in range(NAMESAKE_PAIRS):  # the same name, another city, another age
        twin = out[k]
        other_city = (twin.city + 1 + rng.randrange(len(CITIES) - 1)) % len(CITIES)
        out.append(Person(f"p{len(out):02d}", twin.given, rng.choice(MALE)[1], twin.surname, twin.female,
                          other_city, twin.born + rng.choice([-1, 1]) * rng.randrange(9, 25), None))  # fmt: skip
    for c in range(len(CASES)):
        for p in rng.sample(out[NAMESAKE_PAIRS:-NAMESAKE_PAIRS], 4):
            if p.case is None:
                p.case = c
    return out


def incidents(rng: random.Random, persons: list[Person]) -> list[Incident]:
    out: list[Incident] = []
    start = date(2023, 1, 10)
    for p in persons:
        day = start + timedelta(days=rng.randrange(0, 600))
        out.append(Incident(f"i{len(out):03d}", "detention", [p], day, p.city))
        if rng.random() < 0.5:
            later = day + timedelta(days=rng.randrange(60, 300))
            out.append(
                Incident(f"i{len(out):03d}", "sentence", [p], later, p.city, years=rng.randrange(2, 12))
            )
        elif rng.random() < 0.4:
            out.append(
                Incident(f"i{len(out):03d}", "search", [p], day - timedelta(days=rng.randrange(1, 3)), p.city)
            )
    # group detentions: two people of one city detained together
    by_city: dict[int, list[Person]] = {}
    for p in persons:
        by_city.setdefault(p.city, []).append(p)
    for city, group in sorted(by_city.items()):
        if len(group) >= 2 and rng.random() < 0.6:
            pair = rng.sample(group, 2)
            day = start + timedelta(days=rng.randrange(650, 700))
            out.append(Incident(f"i{len(out):03d}", "detention", pair, day, city))
    return out


# --- the reports -------------------------------------------------------------------------------


def _date_en(d: date) -> str:
    return f"{d.strftime('%B')} {d.day}"


def _date_ru(d: date) -> str:
    return f"{d.day} {MONTHS_RU[d.month - 1]}"


def _age(p: Person, when: date) -> int:
    return when.year - p.born


def report_en(rng: random.Random, inc: Incident, published: date, first: bool) -> tuple[str, list[str]]:
    system = rng.choice(list(SYSTEMS))
    names = [p.en(system) for p in inc.victims]
    if rng.random() < 0.25 and not first and len(inc.victims) == 1:
        given, surname = names[0].split(" ", 1)
        names = [f"{given[0]}. {surname}"]
    city = CITIES[inc.city][2]
    p0 = inc.victims[0]
    written = names[:]
    who = " and ".join(names)
    age = f"{_age(p0, inc.day)}-year-old " if len(inc.victims) == 1 and rng.random() < 0.7 else ""
    when = f"on {_date_en(inc.day)}" if rng.random() < 0.8 else "this week"
    case = ""
    if p0.case is not None and rng.random() < 0.7:
        case = f" {names[0].split()[-1]} is a defendant in the {CASES[p0.case][0]} case."
        written.append(names[0].split()[-1])
    if inc.type == "detention":
        text = rng.choice([
            f"Police detained {age}activist {who} in {city} {when}, the monitoring group said.",
            f"{city}: officers of the FSB detained {age}{who} {when}. Lawyers were not allowed to see the detainee.",
            f"{age.capitalize()}{who} {'were' if len(names) > 1 else 'was'} detained in {city} {when}, "
            "according to human rights defenders.",
        ])  # fmt: skip
    elif inc.type == "sentence":
        text = rng.choice([
            f"A court in {city} sentenced {age}{who} to {inc.years} years in a penal colony {when}.",
            f"{who} was sentenced to {inc.years} years in prison by a court in {city} {when}.",
        ])  # fmt: skip
    else:
        text = f"Security officers searched the apartment of {age}{who} in {city} {when}."
    surname = names[0].split()[-1]
    tail = rng.choice(
        [f" {surname} denies the charges.", f" {surname}'s lawyer said the case was fabricated.", ""]
    )
    if tail:
        written.append(surname)
    return f"Published: {published.isoformat()}\n\n{text}{case}{tail}\n", written


def report_ru(rng: random.Random, inc: Incident, published: date, first: bool) -> tuple[str, list[str]]:
    city = CITIES[inc.city][1]
    p0 = inc.victims[0]
    court_style = rng.random() < 0.2 and len(inc.victims) == 1
    acc = [p.ru("acc", patronymic=court_style) for p in inc.victims]
    nom = [p.ru("nom", patronymic=court_style) for p in inc.victims]
    gen = [p.ru("gen") for p in inc.victims]
    when = f"{_date_ru(inc.day)}" if rng.random() < 0.8 else "на этой неделе"
    age = ""
    if len(inc.victims) == 1 and rng.random() < 0.6:
        age = f"{_age(p0, inc.day)}-летн{'юю' if p0.female else 'его'} "
    case = ""
    if p0.case is not None and rng.random() < 0.7:
        case = f" {nom[0]} — фигурант{'ка' if p0.female else ''} дела {CASES[p0.case][1]}."
    if inc.type == "detention":
        choice = rng.randrange(3)
        if choice == 0 or len(inc.victims) > 1:
            text, written = f"{when.capitalize()} {city} полицейские задержали {age}{' и '.join(acc)}.", acc
        elif choice == 1:
            verb = "задержана" if p0.female else "задержан"
            text, written = (
                f"{nom[0]} {'была' if p0.female else 'был'} {verb} {city} {when}, сообщает ОВД-Инфо.",
                nom,
            )
        else:
            text, written = (
                f"Сотрудники ФСБ {city} задержали {age}активист{'ку' if p0.female else 'а'} {acc[0]} {when}.",
                acc,
            )
    elif inc.type == "sentence":
        text, written = f"Суд {city} {when} приговорил {age}{acc[0]} к {inc.years} годам колонии.", acc
    else:
        text, written = f"{when.capitalize()} {city} прошел обыск у {gen[0]}.", gen
    written = written[:]
    if case:
        written.append(nom[0])
    surname_gen = _surname(p0.surname, p0.female, "gen")
    tail = rng.choice([f" Адвокат {surname_gen} заявил, что дело сфабриковано.", ""])
    if tail:
        written.append(surname_gen)
    return f"Опубликовано: {published.isoformat()}\n\n{text}{case}{tail}\n", written


def build(out: Path, seed: int = 1) -> Path:
    rng = random.Random(seed)
    persons = people(rng)
    incs = incidents(rng, persons)
    folder = out / "reports"
    folder.mkdir(parents=True, exist_ok=True)
    documents = []
    for inc in incs:
        for k in range(rng.randrange(2, 7)):
            published = inc.day + timedelta(days=rng.randrange(0, 4))
            lang = "ru" if (k + rng.randrange(2)) % 2 else "en"
            text, written = (report_ru if lang == "ru" else report_en)(rng, inc, published, k == 0)
            name = f"{inc.id}-{k}-{lang}.txt"
            (folder / name).write_text(text, encoding="utf-8")
            mentions = [{"person": p.id, "written": w} for p, w in zip(inc.victims, written, strict=False)]
            mentions += [{"person": inc.victims[0].id, "written": w} for w in written[len(inc.victims) :]]
            reported = [{"id": inc.id, "type": inc.type, "people": [p.id for p in inc.victims]}]
            documents.append({"file": name, "language": lang, "mentions": mentions, "incidents": reported})
    gold = {
        "schema": "khronika-linking/1",
        "seed": seed,
        "people": [
            {
                "id": p.id,
                "name": p.ru(),
                "city": CITIES[p.city][2],
                "born": p.born,
                "case": CASES[p.case][0] if p.case is not None else None,
            }
            for p in persons
        ],  # fmt: skip
        "documents": documents,
    }
    path = out / "gold.json"
    path.write_text(json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def score(gold: Path, store_dir: Path) -> dict[str, object]:
    from khronika.evaluate.linking import score_linking
    from khronika.store import Store
    from khronika.store.links import ensure_linked

    store = Store(store_dir)
    ensure_linked(store)
    return score_linking(gold, store)


if __name__ == "__main__":
    args = sys.argv[1:]
    if not args or args[0].startswith("-"):
        sys.exit(__doc__)
    if args[0] == "score" and len(args) == 4 and args[2] == "--store":
        print(json.dumps(score(Path(args[1]), Path(args[3])), indent=1))
        sys.exit(0)
    seed = int(args[args.index("--seed") + 1]) if "--seed" in args else 1
    print(build(Path(args[0]), seed))
