"""Lessons (``content/lessons/**/*.md``): front matter + Markdown split into ``## `` sections.
Model, front-matter schema and loader; depends only on app.common."""
