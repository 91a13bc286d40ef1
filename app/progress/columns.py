"""The tables and columns the migrations make, as plain data: (name, stored kind, nullable).

Checking a learner's file at open must not import SQLAlchemy (it costs more than a bare Qt
window; see ``make bench``), so the conformity check reads this instead of the ORM.
``tests/progress/test_rows.py`` checks it matches ``app.progress.schema`` exactly.
"""

from __future__ import annotations

TABLES: dict[str, tuple[tuple[str, str, bool], ...]] = {
    "answer": (
        ("id", "int", False),
        ("question_id", "text", False),
        ("mode", "text", False),
        ("session_id", "text", True),
        ("response", "text", False),
        ("correct", "bool", False),
        ("score", "float", False),
        ("seconds", "float", False),
        ("timed_out", "bool", False),
        ("answered_at", "text", False),
    ),
    "bookmark": (
        ("id", "int", False),
        ("kind", "text", False),
        ("ref", "text", False),
        ("section", "int", False),
        ("created_at", "text", False),
    ),
    "exam_attempt": (
        ("id", "text", False),
        ("kind", "text", False),
        ("question_ids", "text", False),
        ("pass_mark", "float", False),
        ("time_limit_s", "int", False),
        ("started_at", "text", False),
        ("finished_at", "text", True),
        ("score", "float", True),
        ("passed", "bool", True),
    ),
    "lesson_progress": (
        ("lesson_id", "text", False),
        ("status", "text", False),
        ("first_opened_at", "text", False),
        ("learned_at", "text", True),
        ("last_section", "int", False),
        ("scroll", "float", False),
        ("seconds_spent", "int", False),
        ("updated_at", "text", False),
    ),
    "note": (
        ("id", "int", False),
        ("kind", "text", False),
        ("ref", "text", False),
        ("section", "int", False),
        ("text", "text", False),
        ("created_at", "text", False),
        ("updated_at", "text", False),
        ("deleted_at", "text", True),
    ),
    "review_card": (
        ("question_id", "text", False),
        ("card", "text", False),
        ("due", "text", False),
        ("updated_at", "text", False),
    ),
    "scenario_run": (
        ("id", "int", False),
        ("scenario_id", "text", False),
        ("ending_id", "text", False),
        ("ending_kind", "text", False),
        ("empathy", "int", False),
        ("compliance", "int", False),
        ("solving", "int", False),
        ("cost", "int", False),
        ("total", "int", False),
        ("emotion_end", "int", False),
        ("path", "text", False),
        ("seconds", "float", False),
        ("mode", "text", False),
        ("finished_at", "text", False),
    ),
    "setting": (
        ("key", "text", False),
        ("value", "text", False),
    ),
    "study_time": (
        ("id", "int", False),
        ("lesson_id", "text", False),
        ("started_at", "text", False),
        ("seconds", "int", False),
    ),
    "xapi_sent": (
        ("statement_id", "text", False),
        ("sent_at", "text", False),
    ),
    "writing_attempt": (
        ("id", "int", False),
        ("task_id", "text", False),
        ("text", "text", False),
        ("assessment", "text", False),
        ("created_at", "text", False),
        ("updated_at", "text", False),
    ),
}
