"""Which xAPI statements the organisation's LRS has acknowledged.

Statements are derived from the stored events (each event row gives one statement whose id
never changes), so what is still to send is every statement whose id is not here.

Revision ID: 0006_xapi_sent
Revises: 0005_writing
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0006_xapi_sent"
down_revision = "0005_writing"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "xapi_sent",
        sa.Column("statement_id", sa.String(36), primary_key=True),
        sa.Column("sent_at", sa.DateTime(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("xapi_sent")
