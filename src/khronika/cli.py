"""The `khronika` command. Every command takes --store DIR (else $KHRONIKA_STORE, else
./khronika-data); nothing is written outside that directory unless you name a file."""

from __future__ import annotations

import sys
from importlib import resources
from pathlib import Path

import click

from khronika import __version__
from khronika.batch import BatchSummary, Ingestor, all_files, is_container
from khronika.cli_common import open_store, rules_option, store_option
from khronika.cli_link import link_group, person_cmd
from khronika.errors import KhronikaError, RulePackError
from khronika.export import KINDS, export
from khronika.extract.rules import load_pack
from khronika.ingest.files import DEFAULT_MAX_BYTES
from khronika.ingest.http import USER_AGENT, Fetcher, FetchPolicy
from khronika.nlp import SUPPORTED
from khronika.pipeline import Pipeline
from khronika.store import Store
from khronika.store.warcs import WarcArchive


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="khronika")
def main() -> None:
    """khronika turns reports of political repression into evidenced records of violation
    acts: who was detained, tortured, disappeared or charged, by whom, where, when, and
    according to whom, each field pointing at the sentence it rests on.

    \b
    Typical session:
      khronika ingest reports/          # files, folders, .pdf, .warc.gz, .jsonl, result.json
      khronika ingest https://…         # a page, fetched politely and archived as WARC
      khronika watch https://…/feed.xml # the new items of an RSS/Atom feed
      khronika acts                     # read what was found
      khronika show doc-1a2b3c…         # how a report was captured, and its text
      khronika export acts --format csv --out acts.csv
      khronika verify                   # prove the originals are unchanged
    """


def fetch_options(func):  # type: ignore[no-untyped-def]
    """The polite-client settings shared by `ingest` (for URLs) and `watch`."""
    options = [
        click.option("--delay", default=1.0, show_default=True, help="Seconds between requests to one host."),
        click.option(
            "--timeout", default=60.0, show_default=True, help="Give up on a response after this long."
        ),
        click.option(
            "--retries", default=3, show_default=True, help="Retries on 429/5xx and network errors."
        ),
        click.option(
            "--user-agent", default=USER_AGENT, show_default=False, help="User-Agent header to send."
        ),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def _fetcher(
    store: Store, max_bytes: int, delay: float, timeout: float, retries: int, user_agent: str
) -> Fetcher:
    policy = FetchPolicy(
        user_agent=user_agent,
        total_timeout=timeout,
        read_timeout=min(timeout, 20.0),
        max_bytes=max_bytes,
        retries=retries,
        host_delay=delay,
    )
    archive = WarcArchive(store.root)
    return Fetcher(policy, record=archive.write)


@main.command("ingest")
@click.argument("inputs", nargs=-1, required=True)
@store_option
@click.option(
    "--max-bytes",
    default=DEFAULT_MAX_BYTES,
    show_default=True,
    help="Reject files or pages larger than this.",
)
@click.option("--telegram-username", help="Public channel name for t.me links of a Telegram export.")
@rules_option
@fetch_options
@click.option("--progress/--no-progress", default=None, help="Progress bar (default: on a terminal).")
def ingest_cmd(
    inputs: tuple[str, ...],
    store_dir: str | None,
    max_bytes: int,
    telegram_username: str | None,
    rules: tuple[str, ...],
    delay: float,
    timeout: float,
    retries: int,
    user_agent: str,
    progress: bool | None,
) -> None:
    """Capture, clean and extract reports from INPUTS: files, directories and URLs.

    \b
    Read by type:
      .html .htm .txt .md .pdf   one report each
      .warc .warc.gz             every archived HTML/text/PDF response
      .jsonl .ndjson             one report per line: {"text"|"html", "url", "published", "title"}
      result.json                a Telegram Desktop channel export: one report per post
      http(s)://…                fetched politely (robots.txt, per-host delay, retries) and
                                 archived as WARC records in STORE/warc/

    Every input becomes a document or a rejection with a reason (see `khronika export
    rejections`); a bad input never stops the batch. Bytes already in the store are not
    processed again, so re-running, or running again after an interruption, is safe.
    """
    store = open_store(store_dir)
    fetcher = _fetcher(store, max_bytes, delay, timeout, retries, user_agent)
    if rules:
        _with_rules(lambda: [load_pack(lang, rules) for lang in SUPPORTED])  # a broken pack stops here
    pipeline = Pipeline(rules=rules)
    ingestor = Ingestor(store, pipeline, fetcher, max_bytes=max_bytes, telegram_username=telegram_username)
    summary = _run_ingest(ingestor, list(inputs), progress)
    fetcher.close()
    _print_summary(summary, store)


def _run_ingest(ingestor: Ingestor, inputs: list[str], progress: bool | None) -> BatchSummary:
    from tqdm import tqdm

    items = all_files(inputs)
    containers = any(is_container(i) for i in items)
    show = progress if progress is not None else (sys.stderr.isatty() and (len(items) > 1 or containers))
    total = None if containers else len(items)
    with tqdm(total=total, unit="report", disable=not show, file=sys.stderr) as bar:

        def step(_source: str, _outcome: str) -> None:
            bar.update(1)

        return ingestor.ingest(items, on_item=step)


def _print_summary(summary: BatchSummary, store: Store) -> None:
    rejected = sum(summary.rejected.values())
    click.echo(
        f"{summary.total} reports: {summary.documents} new documents, {summary.unchanged} already stored, "
        f"{rejected} rejected; {summary.acts} acts extracted"
    )
    if summary.near_duplicates:
        click.echo(f"  near-duplicates of stored reports (kept and linked): {summary.near_duplicates}")
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
@rules_option
def reextract_cmd(store_dir: str | None, rules: tuple[str, ...]) -> None:
    """Run extraction again on every stored document (after rules or models changed)."""
    from khronika.evaluate.run import as_document
    from khronika.nlp import SUPPORTED
    from khronika.pipeline import extract_document

    store = open_store(store_dir)
    n_docs = n_acts = 0
    for row in list(store.documents()):
        if row.language not in SUPPORTED:
            continue
        acts = _with_rules(lambda row=row: extract_document(as_document(row), rules))
        store.replace_acts(row.id, row.sha256, acts)
        n_docs, n_acts = n_docs + 1, n_acts + len(acts)
    click.echo(f"re-extracted {n_docs} documents: {n_acts} acts")


def _with_rules(call):  # type: ignore[no-untyped-def]
    """A broken user rule pack is the user's to fix: say which file and rule, not a traceback."""
    try:
        return call()
    except RulePackError as exc:
        raise click.ClickException(str(exc)) from exc


@main.command("eval")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@store_option
@rules_option
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--errors", default=20, show_default=True, help="How many spurious and missed acts to list.")
@click.option("--min-f1", type=float, help="Exit with status 1 if act F1 is below this.")
@click.option("--language", help="Score only the gold documents in this language (en, ru).")
def eval_cmd(
    gold: str,
    store_dir: str | None,
    rules: tuple[str, ...],
    as_json: bool,
    errors: int,
    min_f1: float | None,
    language: str | None,
) -> None:
    """Score the store's acts against a GOLD file (khronika-gold/1).

    Ingest the gold's reports into the store first. Prints act precision, recall and F1,
    the accuracy of place, date and perpetrator on matched acts, the cleaned-text checks, a
    table per act type, and every spurious and missed act with its sentence. With --rules,
    the gold's documents are re-extracted in memory with your rule pack added, and the F1
    without it is shown beside: the store is not changed.
    """
    import json

    from khronika.evaluate.run import format_report, run_eval

    store = open_store(store_dir)
    try:
        report, baseline, found = _with_rules(lambda: run_eval(store, gold, rules, language))
    except KhronikaError as exc:
        raise click.ClickException(str(exc)) from exc
    if found == 0:
        raise click.ClickException(f"none of the documents in {gold} is in the store: ingest them first")
    if as_json:
        out = {
            "overall": report.summary(),
            "documents_found": found,
            "by_type": {t: {"tp": v.tp, "fp": v.fp, "fn": v.fn} for t, v in report.by_type.items()},
            "spurious": report.spurious,
            "missed": report.missed,
            "clean_failures": report.clean_failures,
            "field_errors": report.field_errors,
        }
        if baseline is not None:
            out["without_rules"] = baseline.summary()
        click.echo(json.dumps(out, ensure_ascii=False, indent=2))
    else:
        click.echo(format_report(report, baseline, errors))
    if min_f1 is not None and report.overall.f1 < min_f1:
        sys.exit(1)


@main.command("watch")
@click.argument("feeds", nargs=-1, required=True)
@store_option
@click.option("--every", type=float, help="Check again every this many minutes (default: check once).")
@click.option(
    "--max-bytes", default=DEFAULT_MAX_BYTES, show_default=True, help="Reject pages larger than this."
)
@fetch_options
def watch_cmd(
    feeds: tuple[str, ...],
    store_dir: str | None,
    every: float | None,
    max_bytes: int,
    delay: float,
    timeout: float,
    retries: int,
    user_agent: str,
) -> None:
    """Ingest the new items of RSS/Atom FEEDS (URLs).

    Each item's link is fetched like `khronika ingest URL`. The store remembers the items
    already handled and the feed's ETag/Last-Modified, so a check of an unchanged feed
    fetches nothing but the feed (usually a 304). With --every, checks repeat until Ctrl-C.
    """
    import time

    from khronika.ingest.feeds import check_feed

    store = open_store(store_dir)
    fetcher = _fetcher(store, max_bytes, delay, timeout, retries, user_agent)
    ingestor = Ingestor(store, fetcher=fetcher, max_bytes=max_bytes)
    try:
        while True:
            for url in feeds:
                row = store.feed(url)
                state = (row.etag, row.last_modified) if row else (None, None)

                def mark(key: str, link: str | None, outcome: str, url: str = url) -> None:
                    store.mark_entry(url, key, link, outcome)

                check, etag, modified = check_feed(
                    url, fetcher, state, store.seen_entries(url), ingestor.take, mark
                )
                if check.status in ("checked", "unchanged"):
                    store.save_feed(url, check.title, etag, modified)
                click.echo(f"{url}: {check.status}; {check.new} new of {check.entries} items")
            if every is None:
                break
            time.sleep(every * 60)
    except KeyboardInterrupt:
        click.echo("stopped", err=True)
    finally:
        fetcher.close()
    _print_summary(ingestor.summary, store)


@main.command("show")
@click.argument("ref")
@store_option
@click.option("--json", "as_json", is_flag=True, help="Print the record as JSON instead.")
@click.option("--no-text", is_flag=True, help="Provenance only, without the cleaned text.")
def show_cmd(ref: str, store_dir: str | None, as_json: bool, no_text: bool) -> None:
    """Print one document: how it was captured (every capture), its near-duplicates, and
    its cleaned text. REF is a document id, a hash prefix, a source path or a URL."""
    import json

    from khronika.export.records import document_record

    store = open_store(store_dir)
    doc = store.document(ref)
    if doc is None:
        raise click.ClickException(f"no document matches {ref!r}: try an id from `khronika export documents`")
    captures = store.captures(doc.id)
    group = [d for d in store.duplicates_of(doc.duplicate_group or doc.id) if d.id != doc.id]
    record = document_record(doc)
    record["captures"] = [
        {"source": c.source, "url": c.url, "method": c.method, "captured_at": c.captured_at.isoformat(),
         "provenance": c.provenance} for c in captures
    ]  # fmt: skip
    record["near_duplicates"] = [
        {"id": d.id, "source": d.source, "similarity": d.duplicate_similarity} for d in group
    ]
    record["original_intact"] = store.blobs.verify(doc.sha256)
    if no_text:
        record.pop("text")
    if as_json:
        click.echo(json.dumps(record, ensure_ascii=False, indent=2))
        return
    click.echo(click.style(doc.id, bold=True) + (f" — {doc.title}" if doc.title else ""))
    for key in (
        "source",
        "url",
        "sha256",
        "media_type",
        "encoding",
        "language",
        "published",
        "captured_at",
        "pages",
    ):
        if record.get(key) not in (None, ""):
            click.echo(f"  {key:<13} {record[key]}")
    click.echo(f"  {'original':<13} {'intact' if record['original_intact'] else 'MISSING OR ALTERED'}")
    click.echo(f"  {'khronika':<13} {doc.khronika_version}")
    for c in record["captures"]:
        prov = c["provenance"]
        click.echo(f"  capture       {c['method']} {c['captured_at']} {c['source']}")
        for key in ("final_url", "status", "redirects", "container", "container_sha256", "warc_record_id", "warc",
                    "channel", "post_id", "line", "feed"):  # fmt: skip
            if prov.get(key) not in (None, "", [], {}):
                click.echo(f"      {key}: {prov[key]}")
    if doc.duplicate_of:
        click.echo(f"  near-duplicate of {doc.duplicate_of} (similarity {doc.duplicate_similarity})")
    for d in record["near_duplicates"]:
        click.echo(f"  same group    {d['id']} {d['source']}")
    if not no_text:
        click.echo("")
        click.echo(doc.text)


@main.command("verify")
@store_option
def verify_cmd(store_dir: str | None) -> None:
    """Re-hash every stored original and report any that is missing or altered.

    Exits with status 1 if anything does not match, so it can run from cron or CI.
    """
    store = open_store(store_dir)
    problems = 0
    checked: set[str] = set()
    for sha, owner in store.original_hashes():
        if sha in checked:
            continue
        checked.add(sha)
        actual = store.blobs.rehash(sha)
        if actual is None:
            problems += 1
            click.echo(f"MISSING  {sha}  ({owner})")
        elif actual != sha:
            problems += 1
            click.echo(f"ALTERED  {sha}  now hashes to {actual}  ({owner})")
    for sha in store.blobs.all():
        if sha in checked:
            continue
        checked.add(sha)
        actual = store.blobs.rehash(sha)
        if actual != sha:
            problems += 1
            click.echo(f"ALTERED  {sha}  now hashes to {actual}  (original of a rejected input)")
    click.echo(f"verified {len(checked)} originals: {problems} problem(s)")
    if problems:
        sys.exit(1)


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
        summary = _run_ingest(Ingestor(store), [str(folder)], None)
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


main.add_command(link_group)
main.add_command(person_cmd)

if __name__ == "__main__":
    main()
