"""`khronika eval`: score what a store holds against a gold file, optionally re-extracting
the gold's documents in memory with extra rule packs to show what a rule change does."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from khronika.errors import ConfigError
from khronika.evaluate.gold import Report, document_key, evaluate
from khronika.export.records import act_record, document_record
from khronika.model import Document
from khronika.pipeline import extract_document
from khronika.store import Store
from khronika.store.store import act_id
from khronika.store.tables import ActRow, DocumentRow


def load_gold(path: str) -> dict[str, Any]:
    try:
        gold = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise ConfigError(f"cannot read the gold file {path}: {exc}") from exc
    if gold.get("schema") != "khronika-gold/1":
        raise ConfigError(f"{path} is not a khronika-gold/1 file (see ../shared/eval/README.md)")
    return gold


def as_document(row: DocumentRow) -> Document:
    return Document(row.source, row.sha256, row.text, row.language, row.encoding, row.captured_at,
                    published=row.published, url=row.url)  # fmt: skip


def _gold_rows(store: Store, gold: dict[str, Any]) -> list[DocumentRow]:
    wanted = {document_key(d["file"]) for d in gold["documents"]}
    return [row for row in store.documents() if document_key(row.source) in wanted]


def stored_acts(store: Store) -> Iterator[dict[str, Any]]:
    for act, doc in store.acts():
        yield act_record(act, doc)


def reextracted_acts(rows: list[DocumentRow], rules: tuple[str, ...]) -> Iterator[dict[str, Any]]:
    for row in rows:
        for i, act in enumerate(extract_document(as_document(row), rules)):
            yield act_record(
                ActRow(id=act_id(row.sha256, act), ordinal=i, type=act.type, data=act.to_dict()), row
            )


def run_eval(
    store: Store, gold_path: str, rules: tuple[str, ...] = (), language: str | None = None
) -> tuple[Report, Report | None, int]:
    """(report on the stored acts or with `rules`, the report without them, documents found)."""
    gold = load_gold(gold_path)
    if language:
        gold = {**gold, "documents": [d for d in gold["documents"] if d.get("language") == language]}
    rows = _gold_rows(store, gold)
    docs = [document_record(r) for r in rows]
    if not rules:
        return evaluate(gold, stored_acts(store), docs), None, len(rows)
    with_rules = evaluate(gold, reextracted_acts(rows, rules), docs)
    without = evaluate(gold, reextracted_acts(rows, ()), docs)
    return with_rules, without, len(rows)


def format_report(report: Report, baseline: Report | None = None, errors: int = 20) -> str:
    lines = []
    s = report.summary()

    def pct(v: float | None) -> str:
        return "  n/a" if v is None else f"{v:5.3f}"

    head = (f"acts: P {pct(s['precision'])}  R {pct(s['recall'])}  F1 {pct(s['f1'])}  "
            f"(tp {s['tp']}, spurious {s['fp']}, missed {s['fn']})")  # fmt: skip
    if baseline is not None:
        head += f"   without the extra rules: F1 {pct(baseline.summary()['f1'])}"
    lines.append(head)
    lines.append(
        "fields on matched acts: "
        + "  ".join(f"{k} {pct(s[k])} ({report.fields[k][0]}/{report.fields[k][1]})" for k in report.fields)
        + f"   clean text {pct(s['clean'])}"
    )
    lines.append("")
    lines.append(f"{'type':<24}{'tp':>5}{'spur':>6}{'miss':>6}{'P':>8}{'R':>8}{'F1':>8}")
    for act_type, t in sorted(report.by_type.items(), key=lambda kv: -(kv[1].tp + kv[1].fn)):
        lines.append(
            f"{act_type:<24}{t.tp:>5}{t.fp:>6}{t.fn:>6}{t.precision:>8.3f}{t.recall:>8.3f}{t.f1:>8.3f}"
        )
    if errors:
        for title, items in (("spurious", report.spurious), ("missed", report.missed)):
            if items:
                lines.append("")
                lines.append(
                    f"{title} ({len(items)}{', first ' + str(errors) if len(items) > errors else ''}):"
                )
                for item in items[:errors]:
                    victim = item["victim"].removeprefix("OTHER:")
                    lines.append(f"  {item['file']}  {item['type']}  {victim}")
                    if item.get("evidence"):
                        lines.append(f"      «{item['evidence']}»")
        if report.field_errors:
            lines.append("")
            lines.append(f"wrong fields on matched acts ({len(report.field_errors)}):")
            for e in report.field_errors[:errors]:
                lines.append(f"  {e['file']}  {e['type']} {e['victim']}  {e['field']}: expected {e['expected']}, "
                             f"got {e['got']}")  # fmt: skip
        for failure in report.clean_failures[:errors]:
            lines.append(f"  clean text  {failure['file']}: {failure['failure']}")
    return "\n".join(lines)
