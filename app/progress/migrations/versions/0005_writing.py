"""Written practice: the learner's texts and their self-assessment against the rubric.

Revision ID: 0005_writing
Revises: 0004_notes
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0005_writing"
down_revision = "0004_notes"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "writing_attempt",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("task_id", sa.String(80), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("assessment", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_writing_attempt_task_id", "writing_attempt", ["task_id"])


def downgrade() -> None:
    op.drop_index("ix_writing_attempt_task_id", "writing_attempt")
    op.drop_table("writing_attempt")
