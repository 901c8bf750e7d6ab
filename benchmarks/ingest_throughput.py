"""Ingest throughput: documents per second from local HTML files and from a WARC archive.

    .venv/bin/python benchmarks/ingest_throughput.py [--pages N] [--full]

Pages are real news articles (HRDsAttack train split in ../shared/data/hrdsattack), each
wrapped in page chrome; the same pages are written into one .warc.gz. Each source is
ingested into a fresh store in a temporary directory, through everything a real run does
(hashing, blob store, capture rows, near-duplicate index, SQLite commits). By default the
pipeline is cleaning only, which measures capture itself; --full adds language analysis
and extraction (then the language models dominate: see pipeline_speed.py).
"""

from __future__ import annotations

import argparse
import html
import io
import json
import re
import tempfile
import time
from pathlib import Path

from khronika.batch import Ingestor
from khronika.pipeline import DEFAULT_STAGES, Pipeline
from khronika.store import Store

HRDS = Path(__file__).resolve().parents[2] / "shared" / "data" / "hrdsattack" / "train.json"
PAGE = (
    "<!doctype html><html><head><meta charset='utf-8'><title>{title}</title></head><body><nav>"
    "<a href='/'>Home</a> <a href='/world'>World</a></nav><article><h1>{title}</h1>{body}</article>"
    "<aside>Share on Facebook | Share on X</aside><footer>© News</footer></body></html>"
)


def pages(n: int) -> list[tuple[str, bytes]]:
    data = json.loads(HRDS.read_text(encoding="utf-8"))
    out = []
    for i in range(n):
        art = data[i % len(data)]["sample"]
        body = art["Input.article_interface"]
        if i >= len(data):  # more pages than articles: vary the copies so none is an exact duplicate
            body = body + f"<p>Copy {i}.</p>"
        title = html.escape(re.sub(r"\s+", " ", art["Input.title"]))
        out.append((f"https://news.example/{i}", PAGE.format(title=title, body=body).encode()))
    return out


def write_warc(path: Path, items: list[tuple[str, bytes]]) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for url, body in items:
            http = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
            )
            writer.write_record(
                writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http)
            )


def timed(store_dir: Path, inputs: list[str], pipeline: Pipeline) -> tuple[float, int]:
    store = Store(store_dir)
    ingestor = Ingestor(store, pipeline)
    t0 = time.perf_counter()
    summary = ingestor.ingest(inputs)
    elapsed = time.perf_counter() - t0
    store.close()
    return elapsed, summary.documents


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=300)
    ap.add_argument(
        "--full", action="store_true", help="Analyse and extract too, not only capture and clean."
    )
    args = ap.parse_args()
    pipeline = Pipeline() if args.full else Pipeline(DEFAULT_STAGES[:1])
    if args.full:  # load the models before timing
        from khronika.extract.places import gazetteer
        from khronika.nlp import get_analyzer

        get_analyzer("en"), gazetteer()
    items = pages(args.pages)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        folder = root / "html"
        folder.mkdir()
        for i, (_, body) in enumerate(items):
            (folder / f"page{i:05}.html").write_bytes(body)
        warc = root / "pages.warc.gz"
        write_warc(warc, items)
        warm, _ = timed(root / "warm", [str(folder / "page00000.html")], pipeline)  # imports, first parse
        html_s, html_docs = timed(root / "s1", [str(folder)], pipeline)
        warc_s, warc_docs = timed(root / "s2", [str(warc)], pipeline)
        rerun_s, _ = timed(root / "s1", [str(folder)], pipeline)
    stage = "full pipeline" if args.full else "capture + clean"
    print(f"{args.pages} pages, {stage}:")
    print(f"  local HTML : {html_docs} documents in {html_s:.1f} s = {html_docs / html_s:.1f} documents/s")
    print(f"  WARC       : {warc_docs} documents in {warc_s:.1f} s = {warc_docs / warc_s:.1f} documents/s")
    print(
        f"  re-run of the HTML folder (all already stored): {rerun_s:.1f} s = {args.pages / rerun_s:.0f} inputs/s"
    )


if __name__ == "__main__":
    main()
