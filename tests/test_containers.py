"""Web archives, Telegram exports, JSONL dumps and PDFs: every item accounted for."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from khronika.batch import Ingestor
from khronika.pipeline import DEFAULT_STAGES, Pipeline
from khronika.store import Store

DATA = Path(__file__).parent / "data"
CLEAN_ONLY = Pipeline(DEFAULT_STAGES[:1])
REPORT = (
    "Police in Minsk detained the journalist Anna Kuz on 3 March. Her lawyer was not allowed to see her "
    "for two days, the Viasna centre said. Officers searched her flat and seized two laptops."
)


def run(tmp_path: Path, *inputs: Path | str) -> tuple[Store, Ingestor]:
    store = Store(tmp_path / "store")
    ingestor = Ingestor(store, CLEAN_ONLY)
    ingestor.ingest([str(i) for i in inputs])
    return store, ingestor


def write_warc(path: Path, records: list[tuple[str, str, int, str, bytes]], gzip: bool = True) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=gzip)
        for rec_type, url, status, ctype, body in records:
            http = None
            if rec_type == "response":
                http = StatusAndHeaders(f"{status} X", [("Content-Type", ctype)], protocol="HTTP/1.1")
            elif rec_type == "request":
                http = StatusAndHeaders("GET / HTTP/1.1", [("Host", "example.org")], is_http_request=True)
            record = writer.create_warc_record(
                url, rec_type, payload=io.BytesIO(body), http_headers=http,
                warc_headers_dict={"WARC-Date": "2024-03-05T10:00:00Z"},
            )  # fmt: skip
            writer.write_record(record)


def page(text: str) -> bytes:
    return f"<html><body><nav>Home | News</nav><article><p>{text}</p></article></body></html>".encode()


# --- WARC -------------------------------------------------------------------------------------


@pytest.mark.parametrize("gzip", [True, False])
def test_warc_records_become_documents_and_rejections(tmp_path: Path, gzip: bool) -> None:
    warc = tmp_path / ("crawl.warc.gz" if gzip else "crawl.warc")
    write_warc(warc, [
        ("request", "https://news.example/a", 0, "", b""),
        ("response", "https://news.example/a", 200, "text/html; charset=utf-8", page(REPORT)),
        ("response", "https://news.example/gone", 404, "text/html", page("Not found")),
        ("response", "https://news.example/logo.png", 200, "image/png", b"\x89PNG...."),
        ("response", "https://news.example/b", 200, "text/html", page(REPORT.replace("Minsk", "Grodno"))),
        ("metadata", "https://news.example/a", 0, "", b"outlinks: none"),
    ], gzip=gzip)  # fmt: skip
    store, ingestor = run(tmp_path, warc)
    assert ingestor.summary.documents == 2
    assert ingestor.summary.rejected == {"http_error": 1, "unsupported_type": 1}
    doc = store.document("https://news.example/a")
    assert doc is not None and "Anna Kuz" in doc.text
    assert doc.captured_at.year == 2024 and doc.provenance["warc_date"] == "2024-03-05T10:00:00Z"
    assert doc.provenance["container_sha256"] and store.blobs.verify(doc.provenance["container_sha256"])
    assert doc.provenance["warc_record_id"].startswith("<urn:uuid:")


def test_damaged_warc_keeps_the_records_before_the_damage(tmp_path: Path) -> None:
    warc = tmp_path / "cut.warc"
    write_warc(warc, [("response", "https://x.example/a", 200, "text/html", page(REPORT))] * 1
               + [("response", "https://x.example/b", 200, "text/html", page(REPORT + " More."))], gzip=False)  # fmt: skip
    data = warc.read_bytes()
    warc.write_bytes(data[: len(data) - 150] + b"\r\nWARC/1.0\r\nbroken")
    store, ingestor = run(tmp_path, warc)
    assert ingestor.summary.documents >= 1
    assert ingestor.summary.total >= 2  # the cut record is accounted for, as a rejection
    assert any(r.reason == "malformed" for r in store.rejections())


def test_empty_warc_is_a_rejection(tmp_path: Path) -> None:
    warc = tmp_path / "empty.warc.gz"
    warc.write_bytes(b"")
    store, ingestor = run(tmp_path, warc)
    assert ingestor.summary.rejected == {"empty": 1}


# --- Telegram ---------------------------------------------------------------------------------


def telegram_export(messages: list[dict]) -> dict:
    return {"name": "Правозащитный монитор", "type": "public_channel", "id": 1234567890, "messages": messages}


def test_telegram_posts_become_documents(tmp_path: Path) -> None:
    export = telegram_export([
        {"id": 1, "type": "service", "date": "2024-03-01T09:00:00", "action": "create_channel", "text": ""},
        {"id": 2, "type": "message", "date": "2024-03-05T12:30:00", "date_unixtime": "1709641800",
         "text": ["⚡️ В Казани задержали активиста ", {"type": "bold", "text": "Ивана Петрова"},
                  ". Подробности в ", {"type": "text_link", "text": "нашем материале", "href": "https://ovd.example/news/1"},
                  ". Его доставили в отдел полиции.", {"type": "link", "text": "https://t.me/another/5"}]},
        {"id": 3, "type": "message", "date": "2024-03-06T08:00:00", "photo": "photos/1.jpg", "text": ""},
        {"id": 4, "type": "message", "date": "2024-03-07T08:00:00", "text": "Суд арестовал Ивана Петрова на два месяца."},
    ])  # fmt: skip
    path = tmp_path / "result.json"
    path.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
    store, ingestor = run(tmp_path, path)
    assert ingestor.summary.documents == 2 and ingestor.summary.rejected == {"no_text": 2}
    doc = store.document(f"{path}#post-2")
    assert doc is not None
    assert doc.text.startswith(
        "⚡️ В Казани задержали активиста Ивана Петрова. Подробности в нашем материале."
    )
    assert doc.url == "https://t.me/c/1234567890/2" and doc.site == "Правозащитный монитор"
    assert doc.published == "2024-03-05" and doc.links == [
        "https://ovd.example/news/1",
        "https://t.me/another/5",
    ]
    assert doc.provenance["post_id"] == 2 and doc.provenance["method"] == "telegram"
    reasons = {r.source.rsplit("#", 1)[1]: r.detail for r in store.rejections()}
    assert "service message" in reasons["post-1"] and "photo" in reasons["post-3"]

    # A later export of the same channel with one more post: only the new post is new.
    export["messages"].append({"id": 5, "type": "message", "date": "2024-03-08T08:00:00",
                               "text": "Адвокат Ивана Петрова обжаловал арест в апелляции."})  # fmt: skip
    path.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
    again = Ingestor(store, CLEAN_ONLY)
    again.ingest([str(path)])
    assert again.summary.documents == 1 and again.summary.unchanged == 2


def test_telegram_username_gives_public_links(tmp_path: Path) -> None:
    path = tmp_path / "result.json"
    msg = {"id": 9, "type": "message", "date": "2024-03-05T12:30:00", "text": REPORT}
    path.write_text(json.dumps(telegram_export([msg])), encoding="utf-8")
    store = Store(tmp_path / "store")
    Ingestor(store, CLEAN_ONLY, telegram_username="@monitor").ingest([str(path)])
    doc = store.document(f"{path}#post-9")
    assert doc is not None and doc.url == "https://t.me/monitor/9"


def test_json_that_is_not_a_telegram_export_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "data.json"
    path.write_text('{"rows": [1, 2, 3]}')
    store, ingestor = run(tmp_path, path)
    assert ingestor.summary.rejected == {"unsupported_type": 1}


# --- JSONL ------------------------------------------------------------------------------------


def test_jsonl_lines_become_documents_and_broken_lines_rejections(tmp_path: Path) -> None:
    path = tmp_path / "dump.jsonl"
    lines = [
        json.dumps(
            {"text": REPORT, "url": "https://a.example/1", "published": "2024-03-04", "title": "Detained"}
        ),
        json.dumps({"html": page(REPORT.replace("Anna", "Olga")).decode(), "url": "https://a.example/2"}),
        "{not json",
        "",
        json.dumps({"title": "no body"}),
        json.dumps(["a", "list"]),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    store, ingestor = run(tmp_path, path)
    assert ingestor.summary.documents == 2
    assert ingestor.summary.rejected == {"malformed": 2, "no_text": 1}
    first = store.document("https://a.example/1")
    assert first is not None and first.title == "Detained" and first.published == "2024-03-04"
    assert first.provenance["line"] == 1 and first.source.endswith("dump.jsonl#line-1")
    second = store.document("https://a.example/2")
    assert second is not None and "Olga Kuz" in second.text and "Home | News" not in second.text
    details = {r.source.rsplit("#", 1)[1]: r.detail for r in store.rejections()}
    assert details["line-3"].startswith("line 3 is not JSON")


# --- PDF --------------------------------------------------------------------------------------


def make_pdf(path: Path, pages: list[str], image_only: bool = False) -> None:
    from fpdf import FPDF
    from PIL import Image

    pdf = FPDF()
    pdf.set_font("helvetica", size=11)
    for text in pages:
        pdf.add_page()
        if image_only:
            pdf.image(Image.new("RGB", (200, 100), "white"), x=10, y=10, w=150)
        else:
            pdf.multi_cell(0, 6, text)
    pdf.output(str(path))


def test_pdf_text_is_read_page_by_page(tmp_path: Path) -> None:
    en = tmp_path / "report.pdf"
    make_pdf(
        en, ["UN Working Group communication. " + REPORT, "Second page: the detention was later extended."]
    )
    store, ingestor = run(tmp_path, en, DATA / "ru_court_decision.pdf")
    assert ingestor.summary.documents == 2, list(store.rejections())
    doc = store.document(str(en))
    assert doc is not None and doc.pages == 2 and "Anna Kuz" in doc.text and "later extended" in doc.text
    ru = store.document(str(DATA / "ru_court_decision.pdf"))
    assert ru is not None and ru.language == "ru" and ru.pages == 3 and ru.published == "2024-03-12"
    # lines wrapped by the PDF are joined back into sentences
    assert "рассмотрел уголовное дело в отношении Сергея Викторовича Орлова" in ru.text


def test_scanned_encrypted_and_broken_pdfs_are_rejected_with_their_reason(tmp_path: Path) -> None:
    from pypdf import PdfReader, PdfWriter

    scanned = tmp_path / "scan.pdf"
    make_pdf(scanned, ["", ""], image_only=True)
    plain = tmp_path / "plain.pdf"
    make_pdf(plain, [REPORT])
    locked = tmp_path / "locked.pdf"
    writer = PdfWriter(clone_from=PdfReader(plain))
    writer.encrypt(user_password="secret", algorithm="RC4-128")
    writer.write(locked)
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >>\ngarbage")
    store, ingestor = run(tmp_path, scanned, locked, broken)
    reasons = {Path(r.source).name: r for r in store.rejections()}
    assert reasons["scan.pdf"].reason == "no_text_layer" and "OCR" in reasons["scan.pdf"].detail
    assert reasons["locked.pdf"].reason == "encrypted"
    assert reasons["broken.pdf"].reason in ("malformed", "no_text_layer")
    assert ingestor.summary.total == 3
