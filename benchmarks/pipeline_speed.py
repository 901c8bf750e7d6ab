"""Throughput of the whole pipeline on the bundled example reports, against the bare
language models (spaCy / natasha alone) on the same cleaned texts.

    .venv/bin/python benchmarks/pipeline_speed.py [--repeat N]

Prints reports per second and the ratio full / bare (the target is <= 1.5). Models and the
gazetteer are loaded before timing starts: start-up is reported separately.
"""

from __future__ import annotations

import argparse
import hashlib
import time
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path

from khronika.clean.document import clean_capture
from khronika.extract.acts import extract_acts
from khronika.extract.places import gazetteer
from khronika.ingest.files import MEDIA_TYPES
from khronika.model import Capture
from khronika.nlp import analyze, get_analyzer


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    folder = Path(str(resources.files("khronika") / "examples" / "reports"))
    captures = []
    for path in sorted(folder.iterdir()):
        data = path.read_bytes()
        captures.append(Capture(str(path), data, hashlib.sha256(data).hexdigest(), datetime.now(UTC),
                                MEDIA_TYPES[path.suffix]))  # fmt: skip
    t0 = time.perf_counter()
    get_analyzer("en"), get_analyzer("ru"), gazetteer()
    startup = time.perf_counter() - t0
    docs = [clean_capture(c) for c in captures]
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
    print(
        f"{len(captures)} reports, best of {args.repeat} rounds: full pipeline {n / full:.1f} reports/s, "
        f"bare language models {n / bare:.1f} reports/s, ratio full/bare {full / bare:.2f} "
        f"(mean of rounds: {sum(full_runs) / sum(bare_runs):.2f})"
    )


if __name__ == "__main__":
    main()
