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
from sqlalchemy import create_engine, delete, event, func, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from khronika import __version__
from khronika.errors import StoreError
from khronika.model import Act, Capture, Document, Rejection
from khronika.store.blobs import BlobStore
from khronika.store.tables import ActRow, DocumentRow, RejectionRow

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

    def save_document(self, capture: Capture, doc: Document, acts: tuple[Act, ...]) -> str:
        """Keep the original bytes, the document and its acts; one transaction for the rows."""
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
                    )
                )
            self._replace_acts(s, doc_id, doc.sha256, acts)
            # A source that once failed and now succeeds is no longer a rejection.
            s.execute(delete(RejectionRow).where(RejectionRow.sha256 == doc.sha256))
        return doc_id

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

    # --- reading -------------------------------------------------------------------------

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
            for act, doc in rows:
                yield act, doc

    def rejections(self) -> Iterator[RejectionRow]:
        with self.session() as s:
            yield from s.scalars(select(RejectionRow).order_by(RejectionRow.source))

    def counts(self) -> dict[str, int]:
        with self.session() as s:
            return {
                "documents": s.scalar(select(func.count()).select_from(DocumentRow)) or 0,
                "acts": s.scalar(select(func.count()).select_from(ActRow)) or 0,
                "rejections": s.scalar(select(func.count()).select_from(RejectionRow)) or 0,
            }
