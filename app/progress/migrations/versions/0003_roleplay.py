"""Role-play: every finished scenario run, from which the best result per scenario is read.

Revision ID: 0003_roleplay
Revises: 0002_quiz
Create Date: 2026-11-27
"""

import sqlalchemy as sa
from alembic import op

revision = "0003_roleplay"
down_revision = "0002_quiz"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "scenario_run",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("scenario_id", sa.String(80), nullable=False),
        sa.Column("ending_id", sa.String(80), nullable=False),
        sa.Column("ending_kind", sa.String(16), nullable=False),
        sa.Column("empathy", sa.Integer(), nullable=False),
        sa.Column("compliance", sa.Integer(), nullable=False),
        sa.Column("solving", sa.Integer(), nullable=False),
        sa.Column("cost", sa.Integer(), nullable=False),
        sa.Column("total", sa.Integer(), nullable=False),
        sa.Column("emotion_end", sa.Integer(), nullable=False),
        sa.Column("path", sa.Text(), nullable=False),
        sa.Column("seconds", sa.Float(), nullable=False),
        sa.Column("mode", sa.String(16), nullable=False),
        sa.Column("finished_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_scenario_run_scenario_id", "scenario_run", ["scenario_id"])


def downgrade() -> None:
    op.drop_index("ix_scenario_run_scenario_id", "scenario_run")
    op.drop_table("scenario_run")
