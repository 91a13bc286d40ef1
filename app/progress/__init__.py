"""A learner's progress: one SQLite file per learner, migrations, backups, recovery. No Qt."""
