"""Options and helpers every command module shares."""

from __future__ import annotations

import click

from khronika.errors import KhronikaError
from khronika.store import Store, resolve_store_dir

store_option = click.option(
    "--store",
    "store_dir",
    metavar="DIR",
    envvar="KHRONIKA_STORE",
    help="Store directory (database + original bytes). Default: $KHRONIKA_STORE, else ./khronika-data.",
)


rules_option = click.option(
    "--rules",
    multiple=True,
    type=click.Path(exists=True, dir_okay=False),
    help="A rule-pack TOML file merged over the built-in packs (repeatable). See README, Rule packs.",
)


def open_store(store_dir: str | None) -> Store:
    try:
        return Store(resolve_store_dir(store_dir))
    except KhronikaError as exc:
        raise click.ClickException(str(exc)) from exc
