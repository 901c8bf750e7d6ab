"""The project's gold corpus (tests/eval/corpus): well-formed, and the held-out half scored
per language against floors in tests/eval/floors.json that may only rise."""

from __future__ import annotations

import json

import pytest
from conftest import REPO, load_script

from khronika.batch import Ingestor
from khronika.evaluate.gold import evaluate
from khronika.evaluate.run import stored_acts
from khronika.export.records import document_record
from khronika.extract.rules import ACT_TYPES
from khronika.store import Store

corpus = load_script(REPO / "tests" / "eval" / "corpus" / "build.py", "corpus_build")

FLOORS = json.loads((REPO / "tests" / "eval" / "floors.json").read_text())


def test_corpus_is_large_balanced_and_consistent() -> None:
    reports = corpus.load()
    assert len(reports) >= 60
    langs = [r["language"] for r in reports]
    assert langs.count("en") == langs.count("ru")
    assert {r["split"] for r in reports} == set(corpus.SPLITS)
    for r in reports:
        ents, places = r.get("entities", {}), r.get("places", {})
        for act in r.get("acts", []):
            assert act["type"] in ACT_TYPES, (r["name"], act)
            assert set(act.get("alt_types", [])) <= set(ACT_TYPES), (r["name"], act)
            assert act["victim"] in ents, (r["name"], act)
            assert all(p in ents for p in act.get("perpetrator", [])), (r["name"], act)
            assert act.get("place") is None or act["place"] in places, (r["name"], act)
        for sentence in r.get("no_acts_from", []):
            assert sentence in r["text"], (r["name"], sentence)
        for ent in ents.values():  # names the scorer will look for are in the text as written
            assert ent["kind"] in ("person", "organization", "group")


@pytest.fixture(scope="module")
def corpus_scores(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    work = tmp_path_factory.mktemp("corpus")
    golds = corpus.build(work)
    store = Store(work / "store")
    Ingestor(store).ingest([str(work / "heldout")])
    acts, docs = list(stored_acts(store)), [document_record(d) for d in store.documents()]
    gold = json.loads(golds["heldout"].read_text(encoding="utf-8"))
    out = {}
    for lang in ("en", "ru"):
        part = {**gold, "documents": [d for d in gold["documents"] if d["language"] == lang]}
        out[lang] = evaluate(part, acts, docs).summary()
    store.close()
    return out


@pytest.mark.parametrize("language", ["en", "ru"])
def test_heldout_scores_at_or_above_floors(language: str, corpus_scores: dict[str, dict]) -> None:
    scores = corpus_scores[language]
    for key, floor in FLOORS[f"corpus_heldout_{language}"].items():
        assert scores[key] is not None and scores[key] >= floor, f"{language} {key}: {scores[key]} < {floor}"
