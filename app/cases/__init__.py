"""Case studies (``content/cases/*.md``, docs/case-format.md): model, front-matter schema and
loader; depends only on app.common. References to lessons and course sections are checked
by app.course.checks, which knows every kind."""
