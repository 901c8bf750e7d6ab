"""Persistence: SQLAlchemy tables under Alembic migrations, and a content-addressed blob store."""

from khronika.store.store import Store, resolve_store_dir

__all__ = ["Store", "resolve_store_dir"]
