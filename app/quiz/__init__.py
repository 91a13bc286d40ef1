"""Questions and grading. No Qt: the views and the CLI call this through the facade."""
