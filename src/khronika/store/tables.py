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


# --- linking (link/run.py): rebuilt by every `khronika link`; decisions are kept ---------------


class EntityRow(Base):
    __tablename__ = "entities"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    kind: Mapped[str] = mapped_column(String(20), index=True)
    name: Mapped[str] = mapped_column(Text, index=True)
    aliases: Mapped[list[str]] = mapped_column(JSON)
    links: Mapped[list[dict[str, Any]]] = mapped_column(JSON)  # the scored links that made it


class MentionRow(Base):
    __tablename__ = "mentions"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    entity_id: Mapped[str] = mapped_column(String(40), index=True)
    document_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    act_id: Mapped[str] = mapped_column(String(40), index=True)
    role: Mapped[str] = mapped_column(String(20))
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(Text)
    written: Mapped[str] = mapped_column(Text)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)


class IncidentRow(Base):
    __tablename__ = "incidents"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    type: Mapped[str] = mapped_column(String(40), index=True)
    corroboration: Mapped[int] = mapped_column(Integer)
    data: Mapped[dict[str, Any]] = mapped_column(JSON)  # act_ids, victim_ids, sources, fields


class CaseRow(Base):
    __tablename__ = "cases"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    data: Mapped[dict[str, Any]] = mapped_column(JSON)  # aliases, defendant_ids, sources


class LinkDecisionRow(Base):
    """A person's merge or split, by mention ids (stable across runs), with who, when and why.
    Never rebuilt: every later `khronika link` applies them all."""

    __tablename__ = "link_decisions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    action: Mapped[str] = mapped_column(String(10))  # merge | split
    mention_a: Mapped[str] = mapped_column(String(40))
    mention_b: Mapped[str] = mapped_column(String(40))
    decided_by: Mapped[str] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(Text)
    decided_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    note: Mapped[dict[str, Any]] = mapped_column(JSON)  # the names and entities as they were then


class LinkRunRow(Base):
    """Each linking run: what it read (a fingerprint of acts and decisions) and what it made.
    Commands that need links re-run linking when the fingerprint no longer matches."""

    __tablename__ = "link_runs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    fingerprint: Mapped[str] = mapped_column(String(64))
    ran_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    counts: Mapped[dict[str, Any]] = mapped_column(JSON)
