"""`khronika show` tells how a document was captured; `khronika verify` proves the
originals are unchanged and names any that are not."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from click.testing import CliRunner

from khronika.batch import Ingestor
from khronika.cli import main
from khronika.pipeline import DEFAULT_STAGES, Pipeline
from khronika.store import Store

CLEAN_ONLY = Pipeline(DEFAULT_STAGES[:1])
TEXT = "Police detained the activist Olga Smirnova in Samara on Friday, her lawyer said. {}"


def make_store(tmp_path: Path) -> tuple[Path, Path, Path]:
    reports = tmp_path / "reports"
    reports.mkdir()
    a, b = reports / "a.txt", reports / "b.txt"
    a.write_text(TEXT.format("She was released."), encoding="utf-8")
    b.write_text(TEXT.format("She was fined."), encoding="utf-8")
    (reports / "copy-of-a.txt").write_bytes(a.read_bytes())
    store_dir = tmp_path / "store"
    store = Store(store_dir)
    Ingestor(store, CLEAN_ONLY).ingest([str(reports)])
    store.close()
    return store_dir, a, b


def cli(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.output


def test_show_prints_provenance_and_every_capture(tmp_path: Path) -> None:
    store_dir, a, _ = make_store(tmp_path)
    code, out = cli("show", str(a), "--store", str(store_dir))
    assert code == 0, out
    assert "sha256" in out and "original      intact" in out and "capture       file" in out
    assert "copy-of-a.txt" in out  # the same bytes from another file: a second capture, one document
    assert "She was released." in out
    code, out = cli("show", str(a), "--store", str(store_dir), "--json", "--no-text")
    record = json.loads(out)
    assert len(record["captures"]) == 2 and "text" not in record
    assert {c["provenance"]["method"] for c in record["captures"]} == {"file"}
    assert record["provenance"]["sha256"] == record["sha256"] and record["provenance"]["khronika_version"]
    code, out = cli("show", "no-such-document", "--store", str(store_dir))
    assert code != 0 and "no document matches" in out


def test_verify_finds_altered_and_missing_originals(tmp_path: Path) -> None:
    store_dir, a, b = make_store(tmp_path)
    code, out = cli("verify", "--store", str(store_dir))
    assert code == 0 and "0 problem(s)" in out
    store = Store(store_dir)
    doc_a, doc_b = store.document(str(a)), store.document(str(b))
    assert doc_a is not None and doc_b is not None
    altered = store.blobs.path(doc_a.sha256)
    altered.write_bytes(altered.read_bytes().replace(b"Samara", b"Saratov"))
    store.blobs.path(doc_b.sha256).unlink()
    code, out = cli("verify", "--store", str(store_dir))
    assert code == 1
    assert f"ALTERED  {doc_a.sha256}" in out and f"MISSING  {doc_b.sha256}" in out and "2 problem(s)" in out


def test_export_documents_carries_provenance_and_duplicate_links(tmp_path: Path) -> None:
    store_dir, _, _ = make_store(tmp_path)
    code, out = cli("export", "documents", "--store", str(store_dir))
    records = [json.loads(line) for line in out.splitlines()]
    assert len(records) == 2
    by_name = {Path(r["source"]).name: r for r in records}
    for rec in records:
        assert rec["provenance"]["method"] == "file"
    # b.txt is a.txt with its last sentence edited: kept, and linked to a.txt
    a, b = by_name["a.txt"], by_name["b.txt"]
    assert a["duplicate_of"] is None and a["duplicate_group"] == a["id"]
    assert (
        b["duplicate_of"] == a["id"] and b["duplicate_group"] == a["id"] and b["duplicate_similarity"] > 0.5
    )


def test_a_killed_ingest_resumes_with_every_input_exactly_once(tmp_path: Path) -> None:
    """SIGKILL mid-batch (no clean-up runs), then the same command again."""
    reports = tmp_path / "reports"
    reports.mkdir()
    n_files = 60
    for i in range(n_files):
        city = ["Samara", "Kazan", "Omsk", "Perm", "Tver"][i % 5]
        (reports / f"r{i:03}.txt").write_text(
            f"Report {i}. Police in {city} detained {i + 2} protesters on {i % 28 + 1} March, lawyers said. "
            f"Officers searched the flat of activist number {i} and seized {i % 7 + 1} phones.", encoding="utf-8",
        )  # fmt: skip
    (reports / "dump.jsonl").write_text(
        "\n".join(json.dumps({"text": f"Line {i}: the court fined the blogger {i} thousand roubles for a post."})
                  for i in range(30)), encoding="utf-8",
    )  # fmt: skip
    (reports / "broken.bin").write_bytes(b"\x00\x01binary")
    expected = n_files + 30 + 1
    store_dir = tmp_path / "store"
    command = [
        sys.executable,
        "-m",
        "khronika.cli",
        "ingest",
        str(reports),
        "--store",
        str(store_dir),
        "--no-progress",
    ]
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    db = store_dir / "khronika.sqlite"
    deadline = time.monotonic() + 120
    done = 0
    while time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
        if db.exists():
            try:
                with sqlite3.connect(db, timeout=0.1) as conn:
                    done = conn.execute("select count(*) from documents").fetchone()[0]
            except sqlite3.Error:
                continue
            if done >= 10:
                break
    assert proc.poll() is None, "the ingest finished before it could be killed: make the batch larger"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert 10 <= done < expected

    rerun = subprocess.run(command, env=env, capture_output=True, text=True, timeout=600)
    assert rerun.returncode == 0, rerun.stderr
    with sqlite3.connect(db) as conn:
        assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"
        docs = conn.execute("select count(*) from documents").fetchone()[0]
        rejected = conn.execute("select count(*) from rejections").fetchone()[0]
        per_source = conn.execute("select source, count(*) from captures group by source").fetchall()
        rejected_sources = {r[0] for r in conn.execute("select source from rejections")}
    assert docs + rejected == expected
    assert all(n == 1 for _, n in per_source) and len(per_source) == docs
    assert len({s for s, _ in per_source} | rejected_sources) == expected
    code, out = cli("verify", "--store", str(store_dir))
    assert code == 0, out
