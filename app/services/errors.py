"""The errors the facade raises for bad input, written for people: callers show their text.

Imported where they are caught (not by ``app.services`` itself), so start-up does not load the
modules that define them.
"""

from app.course.packs import PackRefused
from app.progress.database import DatabaseTooNew, DatabaseUnavailable, DatabaseUpgradeFailed
from app.progress.profiles import ProfileError
from app.progress.transfer import TransferError
from app.quiz.exam_rules import ExamRefused
from app.quiz.interchange.decode import ImportRefused
from app.reports.cohort import CohortImportError, CohortTooNew
from app.services.core import NoLearnerOpen

__all__ = [
    "CohortImportError",
    "CohortTooNew",
    "DatabaseTooNew",
    "DatabaseUnavailable",
    "DatabaseUpgradeFailed",
    "ExamRefused",
    "ImportRefused",
    "NoLearnerOpen",
    "PackRefused",
    "ProfileError",
    "TransferError",
]
