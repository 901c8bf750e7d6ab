"""The project's gold corpus: realistic reports in English and Russian, annotated by hand.

Each report is one TOML file in reports/: its text, the language, the split it belongs to
(`dev`, tuned on; `heldout`, only scored), its publication date, and the khronika-gold/1
annotation (entities, places, acts, sentences that must yield no act). Several incidents are
reported more than once, differently (news, NGO bulletin, Telegram post, court report), in
both languages. This script writes the reports as files to ingest and one gold file per split:

    python tests/eval/corpus/build.py OUTDIR     # OUTDIR/{dev,heldout}/… and OUTDIR/{dev,heldout}.gold.json
    khronika ingest OUTDIR/heldout --store S && khronika eval OUTDIR/heldout.gold.json --store S
"""

from __future__ import annotations

import html
import json
import sys
import tomllib
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
SPLITS = ("dev", "heldout")


def load() -> list[dict[str, Any]]:
    reports = []
    for path in sorted((HERE / "reports").glob("*.toml")):
        report = tomllib.loads(path.read_text(encoding="utf-8"))
        report["name"] = path.stem
        reports.append(report)
    return reports


def _file_name(report: dict[str, Any]) -> str:
    return f"{report['name']}.{'html' if report.get('format') == 'html' else 'txt'}"


def _content(report: dict[str, Any]) -> str:
    text = report["text"].strip()
    if report.get("format") == "html":
        paragraphs = "".join(f"<p>{html.escape(p.strip())}</p>" for p in text.split("\n\n"))
        title = html.escape(report.get("title", text.split("\n")[0][:80]))
        date = report.get("published", "")
        return (f'<!doctype html><html><head><meta charset="utf-8"><title>{title}</title>'
                f'<meta property="article:published_time" content="{date}"></head><body>'
                f"<nav><a href='/'>Home</a> | <a href='/news'>News</a></nav><article><h1>{title}</h1>{paragraphs}"
                f"</article><div class='share'>Share on Facebook</div><footer>© Monitor</footer></body></html>")  # fmt: skip
    if report.get("published"):
        label = "Опубликовано" if report["language"] == "ru" else "Published"
        return f"{label}: {report['published']}\n\n{text}\n"
    return text + "\n"


def gold_document(report: dict[str, Any]) -> dict[str, Any]:
    return {
        "file": _file_name(report),
        "language": report["language"],
        "entities": report.get("entities", {}),
        "places": report.get("places", {}),
        "acts": report.get("acts", []),
        "no_acts_from": report.get("no_acts_from", []),
        "clean_text": report.get("clean_text", {}),
    }


def build(out: Path) -> dict[str, Path]:
    """Write every split's reports and gold file under `out`; return split -> gold path."""
    golds: dict[str, Path] = {}
    reports = load()
    for split in SPLITS:
        folder = out / split
        folder.mkdir(parents=True, exist_ok=True)
        docs = []
        for report in (r for r in reports if r["split"] == split):
            (folder / _file_name(report)).write_text(_content(report), encoding="utf-8")
            docs.append(gold_document(report))
        golds[split] = out / f"{split}.gold.json"
        golds[split].write_text(json.dumps({"schema": "khronika-gold/1", "documents": docs}, ensure_ascii=False,
                                           indent=1), encoding="utf-8")  # fmt: skip
    return golds


if __name__ == "__main__":
    if len(sys.argv) != 2 or sys.argv[1].startswith("-"):  # ("--help" is no folder to write to)
        sys.exit(__doc__)
    for split, path in build(Path(sys.argv[1])).items():
        print(f"{split}: {path}")
