"""Throughput of the whole pipeline on the bundled example reports, against the bare
language models (spaCy / natasha alone) on the same cleaned texts.

    .venv/bin/python benchmarks/pipeline_speed.py [--repeat N] [--reports DIR]

Prints reports per second and the ratio full / bare (the target is <= 1.5). Models and the
gazetteer are loaded before timing starts: start-up is reported separately.

The bundled examples are short (250-700 characters each), so what every report costs
whatever its length (reading the page, identifying its language, preparing the rule
packs) weighs more there than in a news article: `--reports DIR` times any folder of
.txt/.md/.html files instead, such as the HRDsAttack pages the README's commands prepare.
"""

from __future__ import annotations

import argparse
import hashlib
import time
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path

from khronika.clean.document import clean_capture
from khronika.errors import InputRejected
from khronika.extract.acts import extract_acts
from khronika.extract.places import gazetteer
from khronika.ingest.files import MEDIA_TYPES
from khronika.model import Capture
from khronika.nlp import analyze, get_analyzer


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument(
        "--reports",
        type=Path,
        default=Path(str(resources.files("khronika") / "examples" / "reports")),
        help="folder of .txt, .md or .html reports to time (default: the bundled examples)",
    )
    args = ap.parse_args()
    captures = []
    for path in sorted(args.reports.iterdir()):
        if path.suffix.lower() not in MEDIA_TYPES or MEDIA_TYPES[path.suffix.lower()] == "application/pdf":
            continue
        data = path.read_bytes()
        captures.append(Capture(str(path), data, hashlib.sha256(data).hexdigest(), datetime.now(UTC),
                                MEDIA_TYPES[path.suffix.lower()]))  # fmt: skip
    t0 = time.perf_counter()
    get_analyzer("en"), get_analyzer("ru"), gazetteer()
    startup = time.perf_counter() - t0
    docs = []
    for c in list(captures):  # (a page the pipeline rejects, as ingest would, is left out)
        try:
            docs.append(clean_capture(c))
        except InputRejected:
            captures.remove(c)
    if not captures:
        raise SystemExit(f"no readable .txt, .md or .html reports in {args.reports}")
    for d in docs:  # warm-up
        extract_acts(analyze(d.text, d.language), d.reference_date.date())

    # each round times both, one after the other; the fastest round of each is reported (as
    # timeit does): on a shared machine the slower rounds measure the neighbours, not the code
    bare_runs, full_runs = [], []
    for _ in range(args.repeat):
        t = time.perf_counter()
        for d in docs:
            get_analyzer(d.language).bare(d.text)
        bare_runs.append(time.perf_counter() - t)
        t = time.perf_counter()
        for c in captures:
            d = clean_capture(c)
            extract_acts(analyze(d.text, d.language), d.reference_date.date())
        full_runs.append(time.perf_counter() - t)
    bare, full = min(bare_runs), min(full_runs)
    n = len(captures)
    print(f"start-up (models + gazetteer): {startup:.2f} s")
    chars = sum(len(d.text) for d in docs)
    print(
        f"{n} reports ({chars // n} characters of text on average), best of {args.repeat} rounds: "
        f"full pipeline {n / full:.1f} reports/s, "
        f"bare language models {n / bare:.1f} reports/s, ratio full/bare {full / bare:.2f} "
        f"(mean of rounds: {sum(full_runs) / sum(bare_runs):.2f})"
    )


if __name__ == "__main__":
    main()
