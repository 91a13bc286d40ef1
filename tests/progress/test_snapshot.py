"""The start-up read path (stdlib sqlite3) and the ORM store must agree on every answer."""

from datetime import datetime

from app.progress.database import create_engine_for, prepare_database
from app.progress.learner import LearnerProgress
from app.progress.store import ProgressStore


def _every_read(learner: LearnerProgress) -> tuple:
    return (
        learner.lesson_states(),
        learner.get_setting("theme"),
        learner.get_setting("window"),
        learner.get_setting("missing", 7),
        learner.total_study_seconds(),
        learner.lesson_state("a"),
        learner.lesson_state("zzz"),
    )


def test_snapshot_reads_equal_orm_reads(tmp_path):
    report = prepare_database(tmp_path)
    orm = ProgressStore(create_engine_for(report.path))
    orm.open_lesson("a")
    orm.save_position("a", 3, 0.25)
    orm.set_learned("b")
    orm.add_study_time("a", 42, datetime(2026, 11, 1, 9, 30))
    orm.set_setting("theme", "dark")
    orm.set_setting("window", {"w": 1})

    learner = LearnerProgress(report.path)
    assert not learner.loaded
    fast = _every_read(learner)
    assert not learner.loaded, "reads must not load SQLAlchemy"
    learner.warm_up()
    assert learner.loaded
    slow = _every_read(learner)
    assert fast == slow
    assert fast[0]["a"].seconds_spent == 42 and fast[0]["b"].learned
    orm.close()
    learner.close()


def test_first_write_loads_the_store(tmp_path):
    report = prepare_database(tmp_path)
    learner = LearnerProgress(report.path)
    learner.store.set_learned("x")
    assert learner.loaded
    assert LearnerProgress(report.path).lesson_states()["x"].learned
    learner.close()
