"""Indexes for a long history: the exam history is read in the order attempts started
(the dashboard, the quiz page, attempts left), which without an index sorts every attempt
in a temporary B-tree on each read. The other queries that grow with history already have
theirs (answer: question_id, session_id, answered_at; study_time: started_at; review_card:
due); ``tests/progress/test_history_queries.py`` shows each one's plan.

Revision ID: 0008_history_indexes
Revises: 0007_utc_times
Create Date: 2026-12-03
"""

from alembic import op

revision = "0008_history_indexes"
down_revision = "0007_utc_times"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_exam_attempt_started_at", "exam_attempt", ["started_at"])


def downgrade() -> None:
    op.drop_index("ix_exam_attempt_started_at", "exam_attempt")
