"""The command line: every command works and is documented in the README."""

from __future__ import annotations

import json
import re

from click.testing import CliRunner
from conftest import REPO, shared_path

from khronika.cli import main


def test_every_command_is_documented_in_readme():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    for name in main.commands:
        assert re.search(rf"khronika {name}\b", readme), f"`khronika {name}` is not documented in README.md"


def test_ingest_export_roundtrip(tmp_path):
    runner = CliRunner()
    store = str(tmp_path / "store")
    result = runner.invoke(main, ["ingest", str(shared_path("seeds")), "--store", store])
    assert result.exit_code == 0, result.output
    assert "2 new documents" in result.output
    again = runner.invoke(main, ["ingest", str(shared_path("seeds")), "--store", store])
    assert "2 already stored" in again.output
    out = tmp_path / "acts.csv"
    result = runner.invoke(main, ["export", "acts", "--format", "csv", "--out", str(out), "--store", store])
    assert result.exit_code == 0 and out.read_text().startswith("id,type")
    result = runner.invoke(main, ["export", "documents", "--store", store])
    docs = [json.loads(line) for line in result.output.splitlines()]
    assert {d["source"].rsplit("/", 1)[-1] for d in docs} == {
        "000_f689b09a657a6d22.txt",
        "003_f4445f3f101d8e0f.txt",
    }
    result = runner.invoke(main, ["acts", "--store", store])
    assert "Azat Miftahov" in result.output and "denial_of_counsel" in result.output


def test_store_from_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("KHRONIKA_STORE", str(tmp_path / "envstore"))
    result = CliRunner().invoke(main, ["status"])
    assert result.exit_code == 0 and "envstore" in result.output


def test_missing_path_is_a_rejection_not_a_crash(tmp_path):
    result = CliRunner().invoke(main, ["ingest", str(tmp_path / "nope.txt"), "--store", str(tmp_path / "s")])
    assert result.exit_code == 0
    assert "rejected (unreadable): 1" in result.output


def test_runs_as_a_module():
    import subprocess
    import sys

    out = subprocess.run(
        [sys.executable, "-m", "khronika", "--help"], capture_output=True, text=True, check=True
    )
    assert "ingest" in out.stdout
