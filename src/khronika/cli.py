"""The `khronika` command. Every command takes --store DIR (else $KHRONIKA_STORE, else
./khronika-data); nothing is written outside that directory unless you name a file."""

from __future__ import annotations

import sys
from importlib import resources
from pathlib import Path

import click

from khronika import __version__
from khronika.batch import all_files, ingest
from khronika.errors import KhronikaError
from khronika.export import KINDS, export
from khronika.ingest.files import DEFAULT_MAX_BYTES
from khronika.store import Store, resolve_store_dir

store_option = click.option(
    "--store",
    "store_dir",
    metavar="DIR",
    envvar="KHRONIKA_STORE",
    help="Store directory (database + original bytes). Default: $KHRONIKA_STORE, else ./khronika-data.",
)


def open_store(store_dir: str | None) -> Store:
    try:
        return Store(resolve_store_dir(store_dir))
    except KhronikaError as exc:
        raise click.ClickException(str(exc)) from exc


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="khronika")
def main() -> None:
    """khronika turns reports of political repression into evidenced records of violation
    acts: who was detained, tortured, disappeared or charged, by whom, where, when, and
    according to whom, each field pointing at the sentence it rests on.

    \b
    Typical session:
      khronika ingest reports/          # files and folders of .txt, .md, .html
      khronika acts                     # read what was found
      khronika export acts --format csv --out acts.csv
    """


@main.command("ingest")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@store_option
@click.option(
    "--max-bytes", default=DEFAULT_MAX_BYTES, show_default=True, help="Reject files larger than this."
)
@click.option("--progress/--no-progress", default=None, help="Progress bar (default: on a terminal).")
def ingest_cmd(paths: tuple[str, ...], store_dir: str | None, max_bytes: int, progress: bool | None) -> None:
    """Capture, clean and extract reports from PATHS (files or directories).

    Every file becomes a document or a rejection with a reason (see `khronika export
    rejections`); a bad file never stops the batch. Bytes already in the store are not
    processed again, so re-running is safe.
    """
    store = open_store(store_dir)
    summary = _run_ingest(store, list(paths), max_bytes, progress)
    _print_summary(summary, store)


def _run_ingest(store: Store, paths: list[str], max_bytes: int, progress: bool | None):  # type: ignore[no-untyped-def]
    from tqdm import tqdm

    files = all_files(paths)
    show = progress if progress is not None else (sys.stderr.isatty() and len(files) > 1)
    with tqdm(total=len(files), unit="file", disable=not show, file=sys.stderr) as bar:

        def step(_source: str, _outcome: str) -> None:
            bar.update(1)

        return ingest(store, files, max_bytes=max_bytes, on_item=step)


def _print_summary(summary, store: Store) -> None:  # type: ignore[no-untyped-def]
    rejected = sum(summary.rejected.values())
    click.echo(
        f"{summary.total} inputs: {summary.documents} new documents, {summary.unchanged} already stored, "
        f"{rejected} rejected; {summary.acts} acts extracted"
    )
    for reason, n in sorted(summary.rejected.items()):
        click.echo(f"  rejected ({reason}): {n}")
    if summary.act_types:
        click.echo("  acts by type: " + ", ".join(f"{t} {n}" for t, n in summary.act_types.most_common()))
    click.echo(f"store: {store.root}")


@main.command("export")
@click.argument("kind", type=click.Choice(KINDS))
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv"]), default="jsonl", show_default=True)
@click.option(
    "--out", type=click.Path(dir_okay=False, writable=True), help="File to write (default: stdout)."
)
@store_option
def export_cmd(kind: str, fmt: str, out: str | None, store_dir: str | None) -> None:
    """Write acts, documents or rejections as JSON Lines or CSV."""
    store = open_store(store_dir)
    if out:
        with open(out, "w", encoding="utf-8", newline="") as fh:
            n = export(store, kind, fmt, fh)
        click.echo(f"wrote {n} {kind} to {out}", err=True)
    else:
        export(store, kind, fmt, sys.stdout)


@main.command("acts")
@store_option
@click.option("--type", "act_type", help="Only acts of this type.")
def acts_cmd(store_dir: str | None, act_type: str | None) -> None:
    """Print the acts in the store, grouped by report, readably."""
    from khronika.export.records import act_record
    from khronika.summary import format_act

    store = open_store(store_dir)
    current = None
    for row, doc in store.acts():
        if act_type and row.type != act_type:
            continue
        if doc.source != current:
            current = doc.source
            click.echo(click.style(f"\n{doc.source}", bold=True) + (f" — {doc.title}" if doc.title else ""))
        click.echo(format_act(act_record(row, doc)))


@main.command("reextract")
@store_option
def reextract_cmd(store_dir: str | None) -> None:
    """Run extraction again on every stored document (after rules or models changed)."""
    from khronika.extract.acts import extract_acts
    from khronika.model import Document
    from khronika.nlp import SUPPORTED, analyze

    store = open_store(store_dir)
    n_docs = n_acts = 0
    for row in list(store.documents()):
        if row.language not in SUPPORTED:
            continue
        doc = Document(row.source, row.sha256, row.text, row.language, row.encoding, row.captured_at,
                       published=row.published)  # fmt: skip
        acts = extract_acts(analyze(row.text, row.language), doc.reference_date.date())
        store.replace_acts(row.id, row.sha256, acts)
        n_docs, n_acts = n_docs + 1, n_acts + len(acts)
    click.echo(f"re-extracted {n_docs} documents: {n_acts} acts")


@main.command("status")
@store_option
def status_cmd(store_dir: str | None) -> None:
    """Count what the store holds."""
    store = open_store(store_dir)
    counts = store.counts()
    click.echo(f"store {store.root}: " + ", ".join(f"{v} {k}" for k, v in counts.items()))


@main.command("demo")
@store_option
@click.option(
    "--out", type=click.Path(file_okay=False), help="Folder for the exports (default: STORE/exports)."
)
def demo_cmd(store_dir: str | None, out: str | None) -> None:
    """The main job on the bundled example reports: ingest, extract, print the acts found
    and write every export (acts, documents, rejections; JSONL and CSV)."""
    store = open_store(store_dir)
    examples = resources.files("khronika") / "examples" / "reports"
    with resources.as_file(examples) as folder:
        summary = _run_ingest(store, [str(folder)], DEFAULT_MAX_BYTES, None)
    from khronika.export.records import act_record
    from khronika.summary import format_act

    current = None
    for row, doc in store.acts():
        if doc.source != current:
            current = doc.source
            click.echo(
                click.style(f"\n{Path(doc.source).name}", bold=True)
                + (f" — {doc.title}" if doc.title else "")
            )
        click.echo(format_act(act_record(row, doc)))
    click.echo("")
    _print_summary(summary, store)
    out_dir = Path(out) if out else store.root / "exports"
    out_dir.mkdir(parents=True, exist_ok=True)
    for kind in KINDS:
        for fmt in ("jsonl", "csv"):
            path = out_dir / f"{kind}.{fmt}"
            with open(path, "w", encoding="utf-8", newline="") as fh:
                export(store, kind, fmt, fh)
    click.echo(f"exports written to {out_dir}")


if __name__ == "__main__":
    main()
