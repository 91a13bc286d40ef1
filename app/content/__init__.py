"""Course content: load, validate, convert script, cache and render. No Qt here."""

from app.content.model import ContentBundle, Course, CourseSection, Lesson, LessonSection
from app.content.problems import Problem

__all__ = ["ContentBundle", "Course", "CourseSection", "Lesson", "LessonSection", "Problem"]
