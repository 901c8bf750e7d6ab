"""Documents, acts and rejections.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "documents",
        sa.Column("id", sa.String(40), primary_key=True),
        sa.Column("sha256", sa.String(64), nullable=False, unique=True),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("media_type", sa.String(40), nullable=False),
        sa.Column("encoding", sa.String(40), nullable=False),
        sa.Column("language", sa.String(8), nullable=False),
        sa.Column("title", sa.Text),
        sa.Column("author", sa.Text),
        sa.Column("site", sa.Text),
        sa.Column("published", sa.String(40)),
        sa.Column("captured_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("size", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("removed", sa.JSON),
        sa.Column("khronika_version", sa.String(20), nullable=False),
    )
    op.create_index("ix_documents_sha256", "documents", ["sha256"])
    op.create_index("ix_documents_language", "documents", ["language"])
    op.create_table(
        "acts",
        sa.Column("id", sa.String(40), primary_key=True),
        sa.Column(
            "document_id", sa.String(40), sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("ordinal", sa.Integer, nullable=False),
        sa.Column("type", sa.String(40), nullable=False),
        sa.Column("certainty", sa.String(20), nullable=False),
        sa.Column("date_value", sa.String(10)),
        sa.Column("location_name", sa.Text),
        sa.Column("location_country", sa.Text),
        sa.Column("data", sa.JSON, nullable=False),
    )
    op.create_index("ix_acts_document_id", "acts", ["document_id"])
    op.create_index("ix_acts_type", "acts", ["type"])
    op.create_table(
        "rejections",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("reason", sa.String(40), nullable=False),
        sa.Column("detail", sa.Text, nullable=False),
        sa.Column("rejected_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("source", "sha256", name="uq_rejection_source_sha"),
    )
    op.create_index("ix_rejections_reason", "rejections", ["reason"])


def downgrade() -> None:
    op.drop_table("rejections")
    op.drop_table("acts")
    op.drop_table("documents")
