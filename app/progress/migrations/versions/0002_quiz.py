"""Quizzes: every answer given, the spaced-review cards, and exam attempts.

Revision ID: 0002_quiz
Revises: 0001_initial
Create Date: 2026-11-27
"""

import sqlalchemy as sa
from alembic import op

revision = "0002_quiz"
down_revision = "0001_initial"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "answer",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("question_id", sa.String(80), nullable=False),
        sa.Column("mode", sa.String(16), nullable=False),
        sa.Column("session_id", sa.String(40), nullable=True),
        sa.Column("response", sa.Text(), nullable=False),
        sa.Column("correct", sa.Boolean(), nullable=False),
        sa.Column("score", sa.Float(), nullable=False),
        sa.Column("seconds", sa.Float(), nullable=False),
        sa.Column("timed_out", sa.Boolean(), nullable=False),
        sa.Column("answered_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_answer_question_id", "answer", ["question_id"])
    op.create_index("ix_answer_session_id", "answer", ["session_id"])
    op.create_index("ix_answer_answered_at", "answer", ["answered_at"])
    op.create_table(
        "review_card",
        sa.Column("question_id", sa.String(80), primary_key=True),
        sa.Column("card", sa.Text(), nullable=False),
        sa.Column("due", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_review_card_due", "review_card", ["due"])
    op.create_table(
        "exam_attempt",
        sa.Column("id", sa.String(40), primary_key=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("question_ids", sa.Text(), nullable=False),
        sa.Column("pass_mark", sa.Float(), nullable=False),
        sa.Column("time_limit_s", sa.Integer(), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("finished_at", sa.DateTime(), nullable=True),
        sa.Column("score", sa.Float(), nullable=True),
        sa.Column("passed", sa.Boolean(), nullable=True),
    )


def downgrade() -> None:
    op.drop_table("exam_attempt")
    op.drop_index("ix_review_card_due", "review_card")
    op.drop_table("review_card")
    op.drop_index("ix_answer_answered_at", "answer")
    op.drop_index("ix_answer_session_id", "answer")
    op.drop_index("ix_answer_question_id", "answer")
    op.drop_table("answer")
