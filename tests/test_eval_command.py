"""`khronika eval` computes what ../shared/eval/score.py computes, and shows a user's rule
pack's effect without touching the store."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import REPO, score, shared_path, write_exports

from khronika.cli import main
from khronika.evaluate.gold import evaluate

GOLDS = {
    "seeds": lambda: shared_path("eval", "seeds.gold.json"),
    "examples": lambda: REPO / "tests" / "eval" / "examples.gold.json",
}


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("name", sorted(GOLDS))
def test_same_measures_as_the_shared_scorer(name: str, corpus_store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    acts, docs = write_exports(corpus_store, tmp_path)
    theirs = score(GOLDS[name](), acts, docs)
    gold = json.loads(GOLDS[name]().read_text(encoding="utf-8"))
    ours = evaluate(gold, read_jsonl(acts), read_jsonl(docs)).summary()
    assert (ours["tp"], ours["fp"], ours["fn"]) == (theirs["tp"], theirs["fp"], theirs["fn"])
    for key in ("precision", "recall", "f1"):
        assert ours[key] == pytest.approx(theirs[key], abs=1e-3)
    for key in ("place", "date", "perpetrator", "clean"):
        if theirs.get(key) is not None:
            assert ours[key] == pytest.approx(theirs[key], abs=1e-3), key


def test_eval_command_prints_tables_and_errors(corpus_store) -> None:  # type: ignore[no-untyped-def]
    gold = str(REPO / "tests" / "eval" / "examples.gold.json")
    result = CliRunner().invoke(main, ["eval", gold, "--store", str(corpus_store.root)])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("acts: P ") and "type " in result.output and "F1" in result.output
    as_json = CliRunner().invoke(main, ["eval", gold, "--store", str(corpus_store.root), "--json"])
    data = json.loads(as_json.output)
    assert {"overall", "by_type", "spurious", "missed"} <= data.keys()
    floor = CliRunner().invoke(main, ["eval", gold, "--store", str(corpus_store.root), "--min-f1", "0.999"])
    assert floor.exit_code == 1


def test_a_user_rule_pack_changes_the_score_and_not_the_store(corpus_store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    gold = REPO / "tests" / "eval" / "examples.gold.json"
    before = corpus_store.counts()["acts"]
    # a deliberately bad rule: every "said" or "told" becomes a killing
    pack = tmp_path / "mine.toml"
    pack.write_text('language = "en"\n[acts.killing]\nverbs = ["say", "tell"]\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", str(gold), "--store", str(corpus_store.root), "--rules", str(pack),
                                       "--json"])  # fmt: skip
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["overall"]["fp"] > data["without_rules"]["fp"]
    assert corpus_store.counts()["acts"] == before

    broken = tmp_path / "broken.toml"
    broken.write_text('[acts.detention]\npatterns = ["(unclosed"]\n', encoding="utf-8")
    result = CliRunner().invoke(
        main, ["eval", str(gold), "--store", str(corpus_store.root), "--rules", str(broken)]
    )
    assert result.exit_code != 0 and "broken.toml" in result.output and "bad pattern" in result.output


def test_a_pack_of_one_act_type_is_named_by_its_file(tmp_path: Path) -> None:
    from khronika.errors import RulePackError
    from khronika.extract.rules import load_pack, read_pack

    one = tmp_path / "detention.toml"
    one.write_text("verbs = [\"whisk\"]\npatterns = ['(?P<t>bundled) into a van']\n", encoding="utf-8")
    pack = load_pack("en", (str(one),))
    detention = next(a for a in pack.acts if a.type == "detention")
    assert "whisk" in detention.verbs and "arrest" in detention.verbs  # added, nothing removed
    assert [a.type for a in pack.acts] == [a.type for a in load_pack("en").acts]

    folder = tmp_path / "mypack"
    (folder / "acts").mkdir(parents=True)
    (folder / "acts" / "torture.toml").write_text('nouns = ["bastinado"]\n', encoding="utf-8")
    (folder / "language.toml").write_text('[cues]\ndemand_verbs = ["implore"]\n', encoding="utf-8")
    merged = load_pack("en", (str(folder),))
    assert "bastinado" in next(a for a in merged.acts if a.type == "torture").nouns
    assert "implore" in merged.cue("demand_verbs") and "demand" in merged.cue("demand_verbs")

    wrong = tmp_path / "detentions.toml"
    wrong.write_text('verbs = ["whisk"]\n', encoding="utf-8")
    with pytest.raises(RulePackError, match="detentions.toml.*named"):
        read_pack(str(wrong))  # not an act type, not a whole pack: said, not ignored


def test_a_during_phrase_must_name_an_act_type(tmp_path: Path) -> None:
    from khronika.errors import RulePackError
    from khronika.extract.rules import read_pack

    pack = tmp_path / "pack.toml"
    pack.write_text("[cues]\nduring = ['during the (?P<serch>search)']\n", encoding="utf-8")
    with pytest.raises(RulePackError, match="serch.*no act type"):
        read_pack(str(pack))  # a misspelt type would date nothing, silently
