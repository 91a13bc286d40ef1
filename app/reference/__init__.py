"""The small reference kinds beside the lessons, one module each: glossary, phrases (the
phrase library), desk (checklists) and syllabus. Each module holds its dataclasses and its
loader (YAML and pydantic imported only inside the loader); they depend only on app.common.
Lesson references in them are checked by app.course.checks."""
