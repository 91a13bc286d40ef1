"""First schema: lesson progress, study time and settings.

Revision ID: 0001_initial
Revises:
Create Date: 2026-11-27
"""

import sqlalchemy as sa
from alembic import op

revision = "0001_initial"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "lesson_progress",
        sa.Column("lesson_id", sa.String(80), primary_key=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("first_opened_at", sa.DateTime(), nullable=False),
        sa.Column("learned_at", sa.DateTime(), nullable=True),
        sa.Column("last_section", sa.Integer(), nullable=False),
        sa.Column("scroll", sa.Float(), nullable=False),
        sa.Column("seconds_spent", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    )
    op.create_table(
        "study_time",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("lesson_id", sa.String(80), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("seconds", sa.Integer(), nullable=False),
    )
    op.create_index("ix_study_time_lesson_id", "study_time", ["lesson_id"])
    op.create_index("ix_study_time_started_at", "study_time", ["started_at"])
    op.create_table(
        "setting",
        sa.Column("key", sa.String(80), primary_key=True),
        sa.Column("value", sa.Text(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("setting")
    op.drop_index("ix_study_time_started_at", "study_time")
    op.drop_index("ix_study_time_lesson_id", "study_time")
    op.drop_table("study_time")
    op.drop_table("lesson_progress")
