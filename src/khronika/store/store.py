"""A khronika store is one directory: the database, the original bytes, nothing elsewhere.

That keeps a store easy to encrypt, replicate or wipe as a unit. The database is SQLite
inside the directory unless KHRONIKA_DATABASE_URL names another (PostgreSQL for a team).
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine, delete, event, func, select, update
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from khronika import __version__
from khronika.errors import StoreError
from khronika.model import Act, Capture, Document, Rejection
from khronika.store.blobs import BlobStore
from khronika.store.tables import ActRow, CaptureRow, DocumentRow, FeedEntryRow, FeedRow, RejectionRow

DEFAULT_STORE = "khronika-data"


def resolve_store_dir(option: str | None) -> Path:
    """--store, else $KHRONIKA_STORE, else ./khronika-data."""
    return Path(option or os.environ.get("KHRONIKA_STORE") or DEFAULT_STORE)


def document_id(sha256: str) -> str:
    return "doc-" + sha256[:16]


def act_id(doc_sha: str, act: Act) -> str:
    """Stable across re-runs: the same act in the same document keeps its id."""
    victims = "|".join(v.name for v in act.victims)
    key = f"{doc_sha}:{act.type}:{victims}:{act.trigger.start}"
    return "act-" + hashlib.sha256(key.encode()).hexdigest()[:16]


def full_provenance(capture: Capture) -> dict[str, Any]:
    """What a capture says of itself, plus what every capture records the same way."""
    return {
        **capture.provenance,
        "source": capture.source,
        "url": capture.url or capture.provenance.get("url"),
        "sha256": capture.sha256,
        "size": len(capture.data),
        "media_type": capture.media_type,
        "captured_at": capture.captured_at.isoformat(),
        "khronika_version": __version__,
    }


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


class Store:
    def __init__(self, root: Path, database_url: str | None = None) -> None:
        self.root = root
        try:
            root.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(
                f"cannot create the store directory {root}: {exc.strerror}. Pass --store DIR."
            ) from exc
        if root.exists() and not root.is_dir():
            raise StoreError(f"{root} is not a directory: pass --store with a directory path")
        self.blobs = BlobStore(root / "blobs")
        url = (
            database_url or os.environ.get("KHRONIKA_DATABASE_URL") or f"sqlite:///{root / 'khronika.sqlite'}"
        )
        self.engine: Engine = create_engine(url)
        if self.engine.dialect.name == "sqlite":
            event.listen(self.engine, "connect", _sqlite_pragmas)
        self._migrate()
        self._session = sessionmaker(self.engine, expire_on_commit=False)

    def _migrate(self) -> None:
        cfg = Config()
        cfg.set_main_option("script_location", str(resources.files("khronika.store") / "migrations"))
        with self.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")

    def session(self) -> Session:
        return self._session()

    def close(self) -> None:
        self.engine.dispose()

    # --- writing -------------------------------------------------------------------------

    def has_document(self, sha256: str) -> bool:
        with self.session() as s:
            return s.scalar(select(DocumentRow.id).where(DocumentRow.sha256 == sha256)) is not None

    def save_document(
        self,
        capture: Capture,
        doc: Document,
        acts: tuple[Act, ...],
        minhash: bytes | None = None,
        duplicate: tuple[str | None, str | None, float | None, tuple[str, ...]] = (None, None, None, ()),
    ) -> str:
        """Keep the original bytes, the document, its capture and its acts.

        The rows go in one transaction after the bytes are on disk: a run killed at any
        point leaves either the whole document or nothing, and the rerun completes it.
        """
        self.blobs.put(capture.data)
        doc_id = document_id(doc.sha256)
        with self.session() as s, s.begin():
            if s.get(DocumentRow, doc_id) is None:
                s.add(
                    DocumentRow(
                        id=doc_id,
                        sha256=doc.sha256,
                        source=doc.source,
                        media_type=capture.media_type,
                        encoding=doc.encoding,
                        language=doc.language,
                        title=doc.title,
                        author=doc.author,
                        site=doc.site,
                        published=doc.published,
                        captured_at=doc.captured_at,
                        size=len(capture.data),
                        text=doc.text,
                        removed=list(doc.removed),
                        khronika_version=__version__,
                        url=doc.url,
                        provenance=full_provenance(capture),
                        links=list(doc.links) or None,
                        pages=doc.pages,
                        minhash=minhash,
                        duplicate_of=duplicate[0],
                        duplicate_group=duplicate[1] or doc_id,
                        duplicate_similarity=duplicate[2],
                    )
                )
            if duplicate[3] and duplicate[1]:  # this report joins groups once thought apart
                s.execute(
                    update(DocumentRow)
                    .where(DocumentRow.duplicate_group.in_(duplicate[3]))
                    .values(duplicate_group=duplicate[1])
                )
            self._add_capture(s, doc_id, capture)
            self._replace_acts(s, doc_id, doc.sha256, acts)
            # A source that once failed and now succeeds is no longer a rejection.
            s.execute(delete(RejectionRow).where(RejectionRow.sha256 == doc.sha256))
        return doc_id

    def record_capture(self, capture: Capture) -> bool:
        """The same bytes again (another URL, file or export): one more capture row, no new
        document. Returns False when this source had already delivered these bytes."""
        doc_id = document_id(capture.sha256)
        with self.session() as s, s.begin():
            return self._add_capture(s, doc_id, capture)

    def _add_capture(self, s: Session, doc_id: str, capture: Capture) -> bool:
        exists = s.scalar(
            select(CaptureRow.id).where(
                CaptureRow.source == capture.source, CaptureRow.sha256 == capture.sha256
            )
        )
        if exists is not None:
            return False
        s.add(
            CaptureRow(
                document_id=doc_id,
                sha256=capture.sha256,
                source=capture.source,
                url=capture.url,
                method=str(capture.provenance.get("method", "file")),
                captured_at=capture.captured_at,
                provenance=full_provenance(capture),
            )
        )
        return True

    def replace_acts(self, doc_id: str, doc_sha: str, acts: tuple[Act, ...]) -> None:
        with self.session() as s, s.begin():
            self._replace_acts(s, doc_id, doc_sha, acts)

    def _replace_acts(self, s: Session, doc_id: str, doc_sha: str, acts: tuple[Act, ...]) -> None:
        s.execute(delete(ActRow).where(ActRow.document_id == doc_id))
        seen: set[str] = set()
        for i, act in enumerate(acts):
            aid = act_id(doc_sha, act)
            if aid in seen:
                continue
            seen.add(aid)
            s.add(
                ActRow(
                    id=aid,
                    document_id=doc_id,
                    ordinal=i,
                    type=act.type,
                    certainty=act.certainty,
                    date_value=act.date.value if act.date else None,
                    location_name=act.location.name if act.location else None,
                    location_country=act.location.country if act.location else None,
                    data=act.to_dict(),
                )
            )

    def save_rejection(self, rejection: Rejection) -> None:
        sha = rejection.sha256 or ""
        with self.session() as s, s.begin():
            row = s.scalar(
                select(RejectionRow).where(
                    RejectionRow.source == rejection.source, RejectionRow.sha256 == sha
                )
            )
            if row is None:
                row = RejectionRow(source=rejection.source, sha256=sha)
                s.add(row)
            row.reason = str(rejection.reason)
            row.detail = rejection.detail
            row.rejected_at = datetime.now(UTC)
            row.provenance = {**rejection.provenance, "khronika_version": __version__} or None

    def documents(self) -> Iterator[DocumentRow]:
        with self.session() as s:
            yield from s.scalars(select(DocumentRow).order_by(DocumentRow.source, DocumentRow.id))

    def acts(self) -> Iterator[tuple[ActRow, DocumentRow]]:
        with self.session() as s:
            rows = s.execute(
                select(ActRow, DocumentRow)
                .join(DocumentRow, ActRow.document_id == DocumentRow.id)
                .order_by(DocumentRow.source, ActRow.ordinal)
            )
            for act, doc in rows:  # noqa: UP028 - yield from would give Rows, not typed tuples
                yield act, doc

    def document(self, ref: str) -> DocumentRow | None:
        """By id, id or hash prefix (at least 6 characters), source or URL."""
        with self.session() as s:
            row = s.get(DocumentRow, ref)
            if row is not None:
                return row
            for clause in (DocumentRow.source == ref, DocumentRow.url == ref):
                row = s.scalars(select(DocumentRow).where(clause).limit(1)).first()
                if row is not None:
                    return row
            capture = s.scalars(
                select(CaptureRow).where((CaptureRow.source == ref) | (CaptureRow.url == ref))
            ).first()
            if capture is not None:
                return s.get(DocumentRow, capture.document_id)
            if len(ref) >= 6:
                prefix = ref.removeprefix("doc-")
                rows = s.scalars(
                    select(DocumentRow).where(DocumentRow.sha256.startswith(prefix, autoescape=True)).limit(2)
                ).all()
                if len(rows) == 1:
                    return rows[0]
            return None

    def captures(self, doc_id: str) -> list[CaptureRow]:
        with self.session() as s:
            return list(
                s.scalars(select(CaptureRow).where(CaptureRow.document_id == doc_id).order_by(CaptureRow.id))
            )

    def duplicates_of(self, group: str) -> list[DocumentRow]:
        with self.session() as s:
            rows = s.scalars(
                select(DocumentRow).where(DocumentRow.duplicate_group == group).order_by(DocumentRow.id)
            )
            return list(rows)

    def signatures(self) -> Iterator[tuple[str, bytes]]:
        with self.session() as s:
            rows = s.execute(
                select(DocumentRow.id, DocumentRow.minhash).where(DocumentRow.minhash.is_not(None))
            )
            for doc_id, blob in rows:
                if blob is not None:
                    yield doc_id, blob

    def texts(self, doc_ids: list[str]) -> dict[str, tuple[str, str | None]]:
        """id -> (text, duplicate_group) for the candidates of a near-duplicate check."""
        with self.session() as s:
            rows = s.execute(
                select(DocumentRow.id, DocumentRow.text, DocumentRow.duplicate_group).where(
                    DocumentRow.id.in_(doc_ids)
                )
            )
            return {doc_id: (text, group) for doc_id, text, group in rows}

    def original_hashes(self) -> Iterator[tuple[str, str]]:
        """(sha256, what refers to it) for every original the database says is kept."""
        with self.session() as s:
            for sha, doc_id in s.execute(select(DocumentRow.sha256, DocumentRow.id)):  # noqa: UP028
                yield sha, doc_id
            for (prov,) in s.execute(select(CaptureRow.provenance)):
                container = (prov or {}).get("container_sha256")
                if container:
                    yield container, f"container {prov.get('container')}"

    # --- watched feeds --------------------------------------------------------------------------

    def feed(self, url: str) -> FeedRow | None:
        with self.session() as s:
            return s.get(FeedRow, url)

    def save_feed(self, url: str, title: str | None, etag: str | None, last_modified: str | None) -> None:
        with self.session() as s, s.begin():
            row = s.get(FeedRow, url) or FeedRow(url=url)
            row.title = title or row.title
            row.etag, row.last_modified = etag, last_modified
            row.checked_at = datetime.now(UTC)
            s.add(row)

    def seen_entries(self, feed_url: str) -> set[str]:
        with self.session() as s:
            return set(s.scalars(select(FeedEntryRow.key).where(FeedEntryRow.feed_url == feed_url)))

    def mark_entry(self, feed_url: str, key: str, link: str | None, outcome: str) -> None:
        with self.session() as s, s.begin():
            exists = s.scalar(
                select(FeedEntryRow.id).where(FeedEntryRow.feed_url == feed_url, FeedEntryRow.key == key)
            )
            if exists is None:
                s.add(
                    FeedEntryRow(
                        feed_url=feed_url, key=key, link=link, outcome=outcome, seen_at=datetime.now(UTC)
                    )
                )

    def rejections(self) -> Iterator[RejectionRow]:
        with self.session() as s:
            yield from s.scalars(select(RejectionRow).order_by(RejectionRow.source))

    def counts(self) -> dict[str, int]:
        with self.session() as s:
            return {
                "documents": s.scalar(select(func.count()).select_from(DocumentRow)) or 0,
                "acts": s.scalar(select(func.count()).select_from(ActRow)) or 0,
                "rejections": s.scalar(select(func.count()).select_from(RejectionRow)) or 0,
                "captures": s.scalar(select(func.count()).select_from(CaptureRow)) or 0,
                "near_duplicates": s.scalar(
                    select(func.count()).select_from(DocumentRow).where(DocumentRow.duplicate_of.is_not(None))
                )
                or 0,
            }
