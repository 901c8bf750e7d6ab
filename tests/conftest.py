"""Shared fixtures: one store per session with the seeds and the bundled examples ingested
(the language models load once), and helpers to export from it."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

from khronika.batch import all_files, ingest
from khronika.export import export
from khronika.store import Store

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


def load_script(path: Path, name: str) -> Any:
    """Import a helper script of tests/eval by path, under a name of its own (several are
    called build.py)."""
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def shared_path(*parts: str) -> Path:
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.fail(f"{path} is missing: the tests need ../shared beside the repository (see README)")
    return path


@pytest.fixture(scope="session")
def corpus_store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    store = Store(tmp_path_factory.mktemp("corpus"))
    examples = resources.files("khronika") / "examples" / "reports"
    ingest(store, all_files([str(shared_path("seeds")), str(examples)]))
    return store


def write_exports(store: Store, folder: Path) -> tuple[Path, Path]:
    acts, docs = folder / "acts.jsonl", folder / "documents.jsonl"
    with open(acts, "w", encoding="utf-8") as fh:
        export(store, "acts", "jsonl", fh)
    with open(docs, "w", encoding="utf-8") as fh:
        export(store, "documents", "jsonl", fh)
    return acts, docs


def score(gold: Path, acts: Path, docs: Path) -> dict:
    out = subprocess.run(
        [sys.executable, str(shared_path("eval", "score.py")), str(gold), "--acts", str(acts), "--docs", str(docs), "--json"],
        check=True, capture_output=True, text=True,
    )  # fmt: skip
    return json.loads(out.stdout)["overall"]
