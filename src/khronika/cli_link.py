"""`khronika link` (run linking; record merges and splits) and `khronika person`."""

from __future__ import annotations

import getpass
import json
from typing import Any

import click

from khronika.cli_common import open_store, store_option
from khronika.store import Store
from khronika.store.links import (
    decision_rows,
    ensure_linked,
    find_entities,
    mentions_of,
    record_decision,
    run_linking,
)
from khronika.store.tables import EntityRow


def _say(message: str) -> None:
    click.echo(f"  {message}", err=True)


@click.group("link", invoke_without_command=True)
@store_option
@click.pass_context
def link_group(ctx: click.Context, store_dir: str | None) -> None:
    """Resolve people and organisations across reports, group acts into incidents and find
    named cases. With no subcommand: link the whole store now (exports and `person` do this
    themselves when the store changed). Human decisions (merge, split) always apply."""
    ctx.obj = store_dir
    if ctx.invoked_subcommand is None:
        store = open_store(store_dir)
        click.echo("linking…", err=True)
        counts = run_linking(store, _say)
        click.echo(", ".join(f"{v} {k}" for k, v in counts.items()))


def _one(store: Store, ref: str) -> EntityRow:
    hits = find_entities(store, ref)
    if not hits:
        raise click.ClickException(f"no person or organisation {ref!r}: try `khronika export persons`")
    if len(hits) > 1:
        listing = "; ".join(f"{e.id} ({e.name})" for e in hits)
        raise click.ClickException(f"{ref!r} names {len(hits)} entities ({listing}): give an id")
    return hits[0]


def _representative(store: Store, ref: str) -> tuple[str, EntityRow]:
    """A mention id standing for REF: the mention itself, else the entity's first mention."""
    entity = _one(store, ref)
    rows = mentions_of(store, entity.id)
    if not rows:
        raise click.ClickException(f"{entity.id} has no mentions left; run `khronika link` first")
    chosen = next((m for m, _ in rows if m.id == ref), rows[0][0])
    return chosen.id, entity


_why = click.option(
    "--why", required=True, help="The reason, kept with the decision (who decided is recorded)."
)
_by = click.option("--by", default=None, help="Who decides (default: your login name).")


@link_group.command("merge")
@click.argument("first")
@click.argument("second")
@_why
@_by
@store_option
@click.pass_obj
def merge_cmd(
    group_store: str | None, first: str, second: str, why: str, by: str | None, store_dir: str | None
) -> None:
    """FIRST and SECOND (entity ids, mention ids or names) are one person. Kept and applied by
    every later run, even where the automatic linker would keep them apart."""
    _decide(store_dir or group_store, "merge", first, second, why, by)


@link_group.command("split")
@click.argument("first")
@click.argument("second")
@_why
@_by
@store_option
@click.pass_obj
def split_cmd(
    group_store: str | None, first: str, second: str, why: str, by: str | None, store_dir: str | None
) -> None:
    """FIRST and SECOND are different people. Give mention ids (from `khronika person NAME`)
    to split one entity: the mentions go apart, each keeps the mentions that fit it best."""
    _decide(store_dir or group_store, "split", first, second, why, by)


def _decide(store_dir: str | None, action: str, first: str, second: str, why: str, by: str | None) -> None:
    store = open_store(store_dir)
    ensure_linked(store, _say)
    a, ea = _representative(store, first)
    b, eb = _representative(store, second)
    if a == b:
        raise click.ClickException("both name the same mention: give two different mentions or entities")
    note = {
        "first": {"ref": first, "entity": ea.id, "name": ea.name},
        "second": {"ref": second, "entity": eb.id, "name": eb.name},
    }
    record_decision(store, action, a, b, by or getpass.getuser(), why, note)
    counts = run_linking(store, _say)
    click.echo(
        f"{action} recorded ({ea.name} / {eb.name}); relinked: "
        + ", ".join(f"{v} {k}" for k, v in counts.items())
    )


@link_group.command("decisions")
@click.option("--json", "as_json", is_flag=True, help="Print as JSON Lines.")
@store_option
@click.pass_obj
def decisions_cmd(group_store: str | None, as_json: bool, store_dir: str | None) -> None:
    """The audit trail: every merge and split, who made it, when and why."""
    store = open_store(store_dir or group_store)
    for row in decision_rows(store):
        record: dict[str, Any] = {
            "id": row.id, "action": row.action, "mention_a": row.mention_a, "mention_b": row.mention_b,
            "by": row.decided_by, "at": row.decided_at.isoformat(), "why": row.reason, "note": row.note,
        }  # fmt: skip
        if as_json:
            click.echo(json.dumps(record, ensure_ascii=False))
        else:
            names = f"{row.note['first']['name']} / {row.note['second']['name']}"
            click.echo(
                f"#{row.id} {row.action} {names} by {row.decided_by} at {record['at'][:19]}: {row.reason}"
            )


@click.command("person")
@click.argument("name")
@store_option
@click.option("--json", "as_json", is_flag=True, help="Print the persons export record instead.")
def person_cmd(name: str, store_dir: str | None, as_json: bool) -> None:
    """A person's (or organisation's) timeline: every step with its date and sources, the
    current status, cases, and every spelling found. NAME: any spelling, or an entity id."""
    from khronika.export.links import person_records

    store = open_store(store_dir)
    ensure_linked(store, _say)
    entity = _one(store, name)
    record = next(r for r in person_records(store) if r["id"] == entity.id)
    if as_json:
        click.echo(json.dumps(record, ensure_ascii=False, indent=2))
        return
    click.echo(click.style(f"{record['name']}", bold=True) + f"  ({record['kind']}, {record['id']})")
    if record["aliases"]:
        click.echo("also written: " + ", ".join(record["aliases"]))
    status = record["status"]
    if status:
        click.echo(f"status: {status['status']}" + (f" since {status['since']}" if status["since"] else ""))
    for case in record["cases"]:
        click.echo(f"case: {case['name']} ({case['id']})")
    click.echo("")
    for step in record["timeline"]:
        when = step["date"] or "date unknown"
        if step["date_basis"] == "reported":
            when = f"reported {when}"
        flags = (
            f"  [{step['corroboration']} source(s)"
            + (f"; sources differ on {', '.join(step['disputed'])}" if step["disputed"] else "")
            + "]"
        )
        click.echo(f"{when:>18}  {step['step']}{flags}")
        for src in step["sources"]:
            click.echo(f"{'':>20}{src['source']}: {(src['evidence'] or '')[:160]}")
    click.echo("")
    click.echo(f"{len(record['mentions'])} mention(s):")
    for m in record["mentions"]:
        click.echo(f"  {m['mention_id']}  {m['name']!r} in {m['source']} ({m['role']})")
