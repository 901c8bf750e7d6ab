"""`khronika link`, `person`, `export persons|incidents|cases` and the decisions that stick."""

from __future__ import annotations

import json

from click.testing import CliRunner

from khronika.cli import main

REPORTS = {
    "a-en.txt": "Published: 2024-03-02\n\nPolice detained activist Azat Miftakhov in Kazan on March 1. "
    "Miftakhov is a defendant in the Network case.\n",
    "b-ru.txt": "Опубликовано: 2024-03-02\n\n1 марта в Казани полицейские задержали Азата Мифтахова.\n",
    "c-en.txt": "Published: 2024-03-03\n\nAzat Miftahov was detained in Kazan on March 1, his lawyer said.\n",
    "d-en.txt": "Published: 2024-03-05\n\nPolice detained Ivan Sidorov in Perm on March 4.\n",
}


def run(*args: str) -> str:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def test_link_person_exports_and_decisions(tmp_path) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    for name, text in REPORTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    store = str(tmp_path / "store")
    run("ingest", str(folder), "--store", store, "--no-progress")
    assert "persons" in run("link", "--store", store)

    persons = [json.loads(line) for line in run("export", "persons", "--store", store).splitlines()]
    azat = next(
        p for p in persons if p["kind"] == "person" and "Miftakhov" in p["name"] + " ".join(p["aliases"])
    )
    assert {"id", "name", "kind", "aliases", "mentions"} <= set(azat)
    written = {(m["source"].rsplit("/", 1)[-1], m["name"]) for m in azat["mentions"]}
    assert {
        ("a-en.txt", "Azat Miftakhov"),
        ("b-ru.txt", "Азата Мифтахова"),
        ("c-en.txt", "Azat Miftahov"),
    } <= written

    acts = [json.loads(line) for line in run("export", "acts", "--store", store).splitlines()]
    ids = {
        v["entity_id"] for a in acts for v in a["victims"] if v["name"] in ("Azat Miftakhov", "Азат Мифтахов")
    }
    assert ids == {azat["id"]}
    assert all(p["entity_id"] for a in acts for p in a["perpetrators"])

    incidents = [json.loads(line) for line in run("export", "incidents", "--store", store).splitlines()]
    detention = next(i for i in incidents if azat["id"] in [v["entity_id"] for v in i["victims"]])
    assert detention["corroboration"] == 3 and len(detention["sources"]) == 3

    timeline = run("person", "Азат Мифтахов", "--store", store)
    assert "detained" in timeline and "3 source(s)" in timeline and "status: in detention" in timeline

    # a person decides the Miftakhov of report c is someone else: it sticks through re-extraction
    mention_c = next(m["mention_id"] for m in azat["mentions"] if m["source"].endswith("c-en.txt"))
    mention_a = next(m["mention_id"] for m in azat["mentions"] if m["source"].endswith("a-en.txt"))
    run(
        "link",
        "split",
        mention_a,
        mention_c,
        "--why",
        "different birth dates",
        "--by",
        "analyst",
        "--store",
        store,
    )
    run("reextract", "--store", store)
    persons = [json.loads(line) for line in run("export", "persons", "--store", store).splitlines()]
    owner = {m["mention_id"]: p["id"] for p in persons for m in p["mentions"]}
    assert owner[mention_a] != owner[mention_c]
    audit = [json.loads(line) for line in run("link", "--store", store, "decisions", "--json").splitlines()]
    assert (
        audit[0]["action"] == "split"
        and audit[0]["by"] == "analyst"
        and audit[0]["why"] == "different birth dates"
    )

    # and a merge joins two people the linker kept apart
    sidorov = next(p for p in persons if "Sidorov" in p["name"])
    run(
        "link",
        "--store",
        store,
        "merge",
        sidorov["id"],
        mention_c,
        "--why",
        "same passport",
        "--by",
        "analyst",
    )
    persons = [json.loads(line) for line in run("export", "persons", "--store", store).splitlines()]
    owner = {m["mention_id"]: p["id"] for p in persons for m in p["mentions"]}
    assert owner[mention_c] == owner[sidorov["mentions"][0]["mention_id"]]
