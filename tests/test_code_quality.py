"""Lint, format and type checks run with the tests, so CI holds the code to them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from conftest import REPO

BIN = Path(sys.executable).parent


@pytest.mark.parametrize(
    "command",
    [
        ["ruff", "check", "src", "tests", "benchmarks", "scripts"],
        ["ruff", "format", "--check", "src", "tests", "benchmarks", "scripts"],
        ["mypy", "src"],
    ],
    ids=["ruff-check", "ruff-format", "mypy"],
)
def test_tool_passes(command: list[str]) -> None:
    tool = BIN / command[0]
    if not tool.exists():
        pytest.skip(f"{command[0]} is not installed (pip install -e '.[dev]')")
    result = subprocess.run([str(tool), *command[1:]], cwd=REPO, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_data_file_in_the_package_is_installed() -> None:
    """An editable install reads data files from the checkout, so a table missing from the
    package-data globs works here and is absent from a built wheel (as the .tsv tables were):
    every file the package ships beside its code must match a glob."""
    import tomllib
    from fnmatch import fnmatch

    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    globs = config["tool"]["setuptools"]["package-data"]["khronika"]
    package = REPO / "src" / "khronika"
    data = [p.relative_to(package).as_posix() for p in package.rglob("*") if p.is_file()]
    data = [p for p in data if not p.endswith((".py", ".pyc")) and "__pycache__" not in p]
    left_out = [p for p in data if not any(fnmatch(p, g) or fnmatch(p, g.removeprefix("**/")) for g in globs)]
    assert data and not left_out, f"add globs to [tool.setuptools.package-data] for {left_out}"


def test_every_rule_pack_word_list_is_documented_in_the_readme() -> None:
    """A user extending a pack reads what each list does in the README; a list added to a
    pack without a line there fails here."""
    import tomllib

    readme = (REPO / "README.md").read_text(encoding="utf-8")
    missing = []
    for language in ("en", "ru"):
        raw = tomllib.loads((REPO / "src/khronika/extract/rules" / language / "language.toml").read_text())
        for section in ("cues", "entities"):
            missing += [f"{language}:{key}" for key in raw[section] if f"`{key}`" not in readme]
    assert not missing, f"rule-pack lists not described in README.md: {', '.join(missing)}"
