"""Written practice (``content/writing/*.yaml``, docs/content-format.md): a task to answer in
writing, a rubric to check one's text against, a model answer and common faults. Depends
only on app.common; the lesson reference and the section are checked by app.course."""
