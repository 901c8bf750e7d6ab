"""The linking test set (tests/eval/linking, seed 1) end to end: reports ingested, linked and
scored. Floors for persons and incidents are in tests/eval/floors.json and may only rise."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from conftest import REPO, load_script

from khronika.batch import Ingestor
from khronika.evaluate.linking import score_linking
from khronika.store import Store
from khronika.store.links import run_linking

linking_set = load_script(REPO / "tests" / "eval" / "linking" / "build.py", "linking_build")
FLOORS = json.loads((REPO / "tests" / "eval" / "floors.json").read_text())


@pytest.fixture(scope="module")
def scores(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict]:
    work = tmp_path_factory.mktemp("linking")
    gold = linking_set.build(work, seed=1)
    store = Store(work / "store")
    Ingestor(store).ingest([str(work / "reports")])
    run_linking(store)
    yield score_linking(gold, store)
    store.close()


def test_the_set_is_as_large_as_promised(tmp_path) -> None:
    gold = json.loads(linking_set.build(tmp_path, seed=1).read_text(encoding="utf-8"))
    units = {(d["file"], m["person"]) for d in gold["documents"] for m in d["mentions"]}
    assert len(units) >= 300 and len(gold["people"]) >= 60
    assert {d["language"] for d in gold["documents"]} == {"en", "ru"}
    per_incident: dict[str, int] = {}
    for d in gold["documents"]:
        for inc in d["incidents"]:
            per_incident[inc["id"]] = per_incident.get(inc["id"], 0) + 1
    assert len(per_incident) >= 20 and all(2 <= n <= 6 for n in per_incident.values())


@pytest.mark.parametrize("part", ["persons", "incidents"])
def test_linking_scores_at_or_above_floors(part: str, scores: dict) -> None:
    floors = FLOORS[f"linking_{part}"]
    got = scores[part]
    for key, floor in floors.items():
        assert got[key] >= floor, f"{part} {key} {got[key]} < floor {floor}; errors: {scores['errors']}"
