"""Linking at scale: N person mentions through the whole linking stage (mentions, local
persons, splink scoring on DuckDB, constrained clustering, incidents), time and peak memory.

    .venv/bin/python benchmarks/link_scale.py [--mentions 1000000] [--per-person 8]

The input is synthetic, shaped like a monitor's archive: people with Russian names written in
several transliterations and in Cyrillic (case endings included), each mentioned in about
--per-person reports of 1-3 acts, some with a city; common surnames recur across people, so
blocks hold namesakes. Documents have no text (the stage reads acts), so this measures linking,
not the language models. Peak memory is the process's maximum resident set size.
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from khronika.link.mentions import SourceDocument, StoredAct
from khronika.link.run import link_corpus

GIVEN = [
    "Азат",
    "Евгений",
    "Алексей",
    "Дмитрий",
    "Илья",
    "Юрий",
    "Сергей",
    "Андрей",
    "Максим",
    "Игорь",
    "Николай",
    "Артём",
    "Виктор",
    "Тимур",
    "Олег",
    "Павел",
    "Роман",
    "Кирилл",
    "Антон",
    "Фёдор",
]
ROOTS = [
    "Мифтах",
    "Каракаш",
    "Пчелинц",
    "Филинк",
    "Бояршин",
    "Кулик",
    "Черныш",
    "Зор",
    "Сафрон",
    "Гиляз",
    "Ахмед",
    "Тити",
    "Кот",
    "Яш",
    "Хабибулл",
    "Щегл",
    "Журавл",
    "Цветк",
    "Ершк",
    "Юд",
    "Чуйк",
    "Шевц",
    "Федор",
    "Хром",
    "Воронц",
    "Лебед",
    "Гали",
    "Жук",
    "Иса",
    "Селезн",
    "Тарас",
    "Утк",
    "Кузьм",
    "Рыж",
]
ENDINGS = ["ов", "ев", "ин"]
SYLLABLES = ["ан", "ен", "ор", "ул", "ик", "ар", "ёл", "ин", "уш", "ак", "ел", "им", "от", "ур", "ян", "аз"]
CITIES = [551487, 511196, 524901, 498817, 472045, 1496747, 542420, 499099, 479561, 1496153]
_LAT = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s",
                 "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"], strict=True))  # fmt: skip


def latin(word: str, informal: bool) -> str:
    text = "".join(_LAT.get(c, c) for c in word.lower())
    if informal:
        text = text.replace("kh", "h").replace("yu", "iu")
    return text.capitalize()


def corpus(
    n_mentions: int, per_person: int, seed: int = 5
) -> tuple[dict[str, SourceDocument], list[StoredAct]]:
    rng = random.Random(seed)
    n_people = max(1, n_mentions // per_person)
    people = []
    for _ in range(n_people):
        # a few very common surnames (namesakes), most rarer: a root, one or two syllables, an ending
        syllables = (
            "" if rng.random() < 0.05 else "".join(rng.choice(SYLLABLES) for _ in range(rng.randrange(1, 3)))
        )
        surname = rng.choice(ROOTS) + syllables + rng.choice(ENDINGS)
        people.append((rng.choice(GIVEN), surname, rng.choice(CITIES)))
    documents: dict[str, SourceDocument] = {}
    acts: list[StoredAct] = []
    made = 0
    day0 = date(2020, 1, 1)
    while made < n_mentions:
        d = f"doc-{len(documents):08d}"
        ru = rng.random() < 0.5
        documents[d] = SourceDocument(
            d, f"{d}.txt", "ru" if ru else "en", str(day0 + timedelta(rng.randrange(1500))), d
        )
        for k in range(rng.randrange(1, 4)):
            given, surname, city = people[rng.randrange(n_people)]
            if ru:
                name = f"{given} {surname}"
            elif rng.random() < 0.2:
                name = f"{latin(given, False)[0]}. {latin(surname, rng.random() < 0.5)}"
            else:
                name = f"{latin(given, rng.random() < 0.5)} {latin(surname, rng.random() < 0.5)}"
            span = {"start": 0, "end": len(name), "text": name}
            loc = {"name": "x", "kind": "city", "geonames_id": city, "country": "Russia", "span": span}
            data = {"type": rng.choice(["detention", "sentence", "search"]), "evidence": [span],
                    "victims": [{"name": name, "kind": "person", "span": span}], "perpetrators": [],
                    "location": loc if rng.random() < 0.6 else None, "date": None}  # fmt: skip
            acts.append(StoredAct(f"{d}-{k}", d, data))
            made += 1
            if made >= n_mentions:
                break
    return documents, acts


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--mentions", type=int, default=1_000_000)
    parser.add_argument("--per-person", type=int, default=8)
    args = parser.parse_args()
    t0 = time.perf_counter()
    documents, acts = corpus(args.mentions, args.per_person)
    t1 = time.perf_counter()
    print(f"generated {len(acts):,} mentions in {len(documents):,} documents ({t1 - t0:.1f} s)", flush=True)
    marks: list[tuple[str, float]] = []

    def progress(message: str) -> None:
        marks.append((message, time.perf_counter()))
        print(f"  {time.perf_counter() - t1:7.1f} s  {message}", flush=True)

    with tempfile.TemporaryDirectory() as work:
        linked = link_corpus(documents, acts, work_dir=Path(work) / "duckdb", progress=progress)
    t2 = time.perf_counter()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    persons = sum(e.kind == "person" for e in linked.entities)
    print(f"linked {len(linked.mentions):,} mentions into {persons:,} persons and {len(linked.incidents):,} "
          f"incidents in {t2 - t1:.1f} s; peak memory {peak_mb:,.0f} MB")  # fmt: skip
    sys.exit(0)


if __name__ == "__main__":
    main()
