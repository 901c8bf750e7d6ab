"""SQLAlchemy 2 table definitions. Portable types only, so PostgreSQL can follow SQLite."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, DateTime, ForeignKey, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class DocumentRow(Base):
    __tablename__ = "documents"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True, index=True)
    source: Mapped[str] = mapped_column(Text)
    media_type: Mapped[str] = mapped_column(String(40))
    encoding: Mapped[str] = mapped_column(String(40))
    language: Mapped[str] = mapped_column(String(8), index=True)
    title: Mapped[str | None] = mapped_column(Text)
    author: Mapped[str | None] = mapped_column(Text)
    site: Mapped[str | None] = mapped_column(Text)
    published: Mapped[str | None] = mapped_column(String(40))
    captured_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    size: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    removed: Mapped[list[str]] = mapped_column(JSON, default=list)
    khronika_version: Mapped[str] = mapped_column(String(20))
    url: Mapped[str | None] = mapped_column(Text, default=None)
    provenance: Mapped[dict[str, Any] | None] = mapped_column(JSON, default=None)
    links: Mapped[list[str] | None] = mapped_column(JSON, default=None)
    pages: Mapped[int | None] = mapped_column(Integer, default=None)
    # Near-duplicates are kept and linked, never deleted: the group is named after its first
    # member (which has duplicate_of NULL); similarity is the score of the match that linked it.
    duplicate_of: Mapped[str | None] = mapped_column(String(40), index=True, default=None)
    duplicate_group: Mapped[str | None] = mapped_column(String(40), index=True, default=None)
    duplicate_similarity: Mapped[float | None] = mapped_column(default=None)
    minhash: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)


class CaptureRow(Base):
    """Every time bytes were captured: the first makes the document, later ones (the same
    bytes from another URL, file or export) are recorded here rather than stored again."""

    __tablename__ = "captures"
    __table_args__ = (UniqueConstraint("source", "sha256", name="uq_capture_source_sha"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    document_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    source: Mapped[str] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(Text)
    method: Mapped[str] = mapped_column(String(20))
    captured_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    provenance: Mapped[dict[str, Any]] = mapped_column(JSON)


class FeedRow(Base):
    """A watched RSS/Atom feed and the validators that let the next check cost nothing."""

    __tablename__ = "feeds"

    url: Mapped[str] = mapped_column(Text, primary_key=True)
    title: Mapped[str | None] = mapped_column(Text)
    etag: Mapped[str | None] = mapped_column(Text)
    last_modified: Mapped[str | None] = mapped_column(Text)
    checked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class FeedEntryRow(Base):
    __tablename__ = "feed_entries"
    __table_args__ = (UniqueConstraint("feed_url", "key", name="uq_feed_entry"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    feed_url: Mapped[str] = mapped_column(Text, index=True)
    key: Mapped[str] = mapped_column(Text)  # the entry's id, else its link
    link: Mapped[str | None] = mapped_column(Text)
    outcome: Mapped[str] = mapped_column(Text)
    seen_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class ActRow(Base):
    __tablename__ = "acts"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    document_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    ordinal: Mapped[int] = mapped_column(Integer)
    type: Mapped[str] = mapped_column(String(40), index=True)
    certainty: Mapped[str] = mapped_column(String(20))
    date_value: Mapped[str | None] = mapped_column(String(10))
    location_name: Mapped[str | None] = mapped_column(Text)
    location_country: Mapped[str | None] = mapped_column(Text)
    data: Mapped[dict[str, Any]] = mapped_column(JSON)


class RejectionRow(Base):
    __tablename__ = "rejections"
    __table_args__ = (UniqueConstraint("source", "sha256", name="uq_rejection_source_sha"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    source: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64), default="")
    reason: Mapped[str] = mapped_column(String(40), index=True)
    detail: Mapped[str] = mapped_column(Text)
    rejected_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    provenance: Mapped[dict[str, Any] | None] = mapped_column(JSON, default=None)
