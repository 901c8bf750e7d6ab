"""Provenance, captures, near-duplicate links, watched feeds.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    for column in (
        sa.Column("url", sa.Text),
        sa.Column("provenance", sa.JSON),
        sa.Column("links", sa.JSON),
        sa.Column("pages", sa.Integer),
        sa.Column("duplicate_of", sa.String(40)),
        sa.Column("duplicate_group", sa.String(40)),
        sa.Column("duplicate_similarity", sa.Float),
        sa.Column("minhash", sa.LargeBinary),
    ):
        op.add_column("documents", column)
    op.create_index("ix_documents_duplicate_of", "documents", ["duplicate_of"])
    op.create_index("ix_documents_duplicate_group", "documents", ["duplicate_group"])
    op.add_column("rejections", sa.Column("provenance", sa.JSON))
    op.create_table(
        "captures",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column(
            "document_id", sa.String(40), sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("url", sa.Text),
        sa.Column("method", sa.String(20), nullable=False),
        sa.Column("captured_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("provenance", sa.JSON, nullable=False),
        sa.UniqueConstraint("source", "sha256", name="uq_capture_source_sha"),
    )
    op.create_index("ix_captures_document_id", "captures", ["document_id"])
    op.create_index("ix_captures_sha256", "captures", ["sha256"])
    op.create_table(
        "feeds",
        sa.Column("url", sa.Text, primary_key=True),
        sa.Column("title", sa.Text),
        sa.Column("etag", sa.Text),
        sa.Column("last_modified", sa.Text),
        sa.Column("checked_at", sa.DateTime(timezone=True)),
    )
    op.create_table(
        "feed_entries",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("feed_url", sa.Text, nullable=False),
        sa.Column("key", sa.Text, nullable=False),
        sa.Column("link", sa.Text),
        sa.Column("outcome", sa.Text, nullable=False),
        sa.Column("seen_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("feed_url", "key", name="uq_feed_entry"),
    )
    op.create_index("ix_feed_entries_feed_url", "feed_entries", ["feed_url"])


def downgrade() -> None:
    op.drop_table("feed_entries")
    op.drop_table("feeds")
    op.drop_table("captures")
    with op.batch_alter_table("rejections") as batch:
        batch.drop_column("provenance")
    with op.batch_alter_table("documents") as batch:
        batch.drop_index("ix_documents_duplicate_group")
        batch.drop_index("ix_documents_duplicate_of")
        for name in ("minhash", "duplicate_similarity", "duplicate_group", "duplicate_of", "pages", "links",
                     "provenance", "url"):  # fmt: skip
            batch.drop_column(name)
