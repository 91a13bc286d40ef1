"""Knowledge base: bookmarks and personal notes on lesson and case sections.

Revision ID: 0004_notes
Revises: 0003_roleplay
Create Date: 2026-11-27
"""

import sqlalchemy as sa
from alembic import op

revision = "0004_notes"
down_revision = "0003_roleplay"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "bookmark",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("ref", sa.String(80), nullable=False),
        sa.Column("section", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.UniqueConstraint("kind", "ref", "section", name="uq_bookmark_place"),
    )
    op.create_table(
        "note",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("ref", sa.String(80), nullable=False),
        sa.Column("section", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
    )
    op.create_index("ix_note_place", "note", ["kind", "ref", "section"])


def downgrade() -> None:
    op.drop_index("ix_note_place", "note")
    op.drop_table("note")
    op.drop_table("bookmark")
