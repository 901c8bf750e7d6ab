"""Hostile and broken inputs: each ends as a document or a rejection with a reason, and the
rest of the batch goes through. Re-running adds nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from khronika.batch import all_files, ingest
from khronika.store import Store

RU = "Сотрудники полиции задержали активиста Петра Иванова в Самаре. Его избили в отделе полиции."
EN = "Police detained activist John Smith in Manchester on Monday. He was released on Tuesday."


@pytest.fixture()
def batch(tmp_path: Path) -> Path:
    d = tmp_path / "in"
    d.mkdir()
    (d / "a_empty.txt").write_bytes(b"")
    (d / "b_blank.txt").write_bytes(b"  \n\t\n")
    (d / "c_binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (d / "d_cp1251.txt").write_bytes(RU.encode("cp1251"))
    (d / "e_koi8r.txt").write_bytes(RU.encode("koi8_r"))
    (d / "f_malformed.html").write_bytes(
        b"<html><head><title>x</title><body><div><p>" + EN.encode() + b"<p><b>unclosed <i>tags</div></span>"
    )
    (d / "g_huge.txt").write_bytes(b"a" * 5000)
    (d / "h_good.txt").write_text(EN, encoding="utf-8")
    (d / "i_image.jpg").write_bytes(b"\xff\xd8\xff")
    (d / "j_declared_wrong.html").write_bytes(
        b'<html><head><meta charset="utf-8"></head><body><article><p>'
        + RU.encode("cp1251")
        + b"</p></article></body></html>"
    )
    (d / "k_chrome_only.html").write_bytes(b"<html><body><nav><a href='/'>Home</a></nav></body></html>")
    return d


def test_every_input_accounted_for(tmp_path: Path, batch: Path):
    store = Store(tmp_path / "store")
    files = all_files([str(batch)])
    summary = ingest(store, files, max_bytes=4096)
    docs = {Path(d.source).name: d for d in store.documents()}
    rejections = {Path(r.source).name: r.reason for r in store.rejections()}
    assert set(docs) | set(rejections) == {Path(f).name for f in files}
    assert not set(docs) & set(rejections)
    assert rejections["a_empty.txt"] == "empty"
    assert rejections["b_blank.txt"] == "empty"
    assert rejections["c_binary.txt"] == "binary"
    assert rejections["g_huge.txt"] == "too_large"
    assert rejections["i_image.jpg"] == "unsupported_type"
    assert rejections["k_chrome_only.html"] == "no_text"
    for name in ("d_cp1251.txt", "e_koi8r.txt", "j_declared_wrong.html"):
        assert "задержали активиста" in docs[name].text, name
        assert docs[name].language == "ru"
    assert docs["d_cp1251.txt"].encoding == "cp1251"
    assert docs["e_koi8r.txt"].encoding == "koi8-r"
    assert "Police detained activist John Smith" in docs["f_malformed.html"].text
    assert summary.total == len(files)


def test_rerun_is_idempotent(tmp_path: Path, batch: Path):
    store = Store(tmp_path / "store")
    files = all_files([str(batch)])
    ingest(store, files, max_bytes=4096)
    before = store.counts()
    second = ingest(store, files, max_bytes=4096)
    assert store.counts() == before
    assert second.documents == 0 and second.unchanged == before["documents"]


def test_same_bytes_under_another_name_adds_nothing(tmp_path: Path):
    store = Store(tmp_path / "store")
    (tmp_path / "one.txt").write_text(EN)
    (tmp_path / "two.txt").write_text(EN)
    summary = ingest(store, [str(tmp_path / "one.txt"), str(tmp_path / "two.txt")])
    assert (summary.documents, summary.unchanged) == (1, 1)
    [doc] = list(store.documents())
    assert store.blobs.verify(doc.sha256)
    assert store.blobs.get(doc.sha256) == EN.encode()


def test_store_stays_inside_its_directory(tmp_path: Path, batch: Path):
    store_dir = tmp_path / "store"
    before = {p for p in tmp_path.rglob("*") if not p.is_relative_to(store_dir)}
    ingest(Store(store_dir), all_files([str(batch)]), max_bytes=4096)
    after = {p for p in tmp_path.rglob("*") if not p.is_relative_to(store_dir)}
    assert after == before


def test_a_report_that_takes_too_long_is_stopped_and_the_batch_goes_on(tmp_path: Path):
    from khronika.pipeline import DEFAULT_STAGES, Pipeline, Stage

    def stuck(state: dict) -> dict:  # an analysis that goes round forever on one report
        if "stuck" in state["document"].text:
            while True:
                pass
        return {}

    d = tmp_path / "in"
    d.mkdir()
    (d / "a_stuck.txt").write_text("This report is stuck. " + EN, encoding="utf-8")
    (d / "b_good.txt").write_text(EN, encoding="utf-8")
    stages = (*DEFAULT_STAGES[:1], Stage("stuck", ("document",), (), stuck), *DEFAULT_STAGES[1:])
    store = Store(tmp_path / "store")
    ingest(store, all_files([str(d)]), pipeline=Pipeline(stages, time_limit=0.5))
    rejections = {Path(r.source).name: r for r in store.rejections()}
    assert rejections["a_stuck.txt"].reason == "too_slow"
    assert "0.5 s" in rejections["a_stuck.txt"].detail
    assert [Path(x.source).name for x in store.documents()] == ["b_good.txt"]
    assert any(act.type == "detention" for act, _doc in store.acts())
