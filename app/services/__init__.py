"""The facade the views and the command line call: one entry object, ``Academy``, with a
service per topic (``study``, ``quizzes``, ``roleplay``, ``knowledge``, ``reports``,
``profiles``). Every state-changing method announces a ``Changes`` (app/changes.py).

Heavy modules (SQLAlchemy, Alembic, Markdown, OpenCC, pydantic) are imported inside the
methods that need them, never at import time.
"""

from app.services.academy import Academy
from app.services.core import NoLearnerOpen
from app.services.study import CourseProgress, ResumePoint

__all__ = ["Academy", "CourseProgress", "NoLearnerOpen", "ResumePoint"]
