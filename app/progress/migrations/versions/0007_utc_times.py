"""Times as UTC instants: every moment the learner did something was stored as the PC's
local time without a zone, so the same record meant different instants on PCs set to
different zones, and an export changed with the zone it ran in. Each stored value is read as
local time on this PC now (where it was written) and rewritten as UTC. ``review_card.due``
was UTC already (FSRS). The database is backed up before any migration runs.

Revision ID: 0007_utc_times
Revises: 0006_xapi_sent
Create Date: 2026-12-03
"""

from datetime import datetime, timezone

from alembic import op

revision = "0007_utc_times"
down_revision = "0006_xapi_sent"
branch_labels = None
depends_on = None

# Written out, not taken from the ORM: a migration must do tomorrow what it does today.
LOCAL_TIMES = {
    "lesson_progress": ("first_opened_at", "learned_at", "updated_at"),
    "study_time": ("started_at",),
    "answer": ("answered_at",),
    "review_card": ("updated_at",),
    "exam_attempt": ("started_at", "finished_at"),
    "scenario_run": ("finished_at",),
    "bookmark": ("created_at",),
    "note": ("created_at", "updated_at", "deleted_at"),
    "writing_attempt": ("created_at", "updated_at"),
    "xapi_sent": ("sent_at",),
}
FORMAT = "%Y-%m-%d %H:%M:%S.%f"  # how SQLAlchemy writes DATETIME in SQLite


def shift(text, to_utc: bool):
    """``text`` (a stored time) moved between local time and UTC; left as it is when it is
    not a time (a damaged value stays for the open-time check to find)."""
    if not isinstance(text, str):
        return text
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        return text
    if value.tzinfo is not None:
        value = value.astimezone(timezone.utc).replace(tzinfo=None)
    elif to_utc:
        value = value.astimezone().astimezone(timezone.utc).replace(tzinfo=None)
    else:
        value = value.replace(tzinfo=timezone.utc).astimezone().replace(tzinfo=None)
    return value.strftime(FORMAT)


def _rewrite(to_utc: bool) -> None:
    conn = op.get_bind()
    for table, columns in LOCAL_TIMES.items():
        for column in columns:
            rows = conn.exec_driver_sql(
                f'SELECT rowid, "{column}" FROM "{table}" WHERE "{column}" IS NOT NULL'
            ).fetchall()
            moved = ((shift(v, to_utc), v, rid) for rid, v in rows)
            changed = [(new, rid) for new, old, rid in moved if new != old]
            if changed:
                conn.exec_driver_sql(
                    f'UPDATE "{table}" SET "{column}" = ? WHERE rowid = ?', changed
                )


def upgrade() -> None:
    _rewrite(to_utc=True)


def downgrade() -> None:
    _rewrite(to_utc=False)
