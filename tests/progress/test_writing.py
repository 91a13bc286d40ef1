"""Written practice in the progress database: drafts, the self-assessment, the latest attempt."""

from pathlib import Path

from app.progress.database import create_engine_for, prepare_database
from app.progress.store import ProgressStore


def _store(folder: Path) -> ProgressStore:
    return ProgressStore(create_engine_for(prepare_database(folder).path))


def test_a_draft_is_saved_and_updated_in_place(tmp_path: Path):
    store = _store(tmp_path)
    assert store.latest_writing() == {}
    first = store.save_writing_draft("t1", "您好，")
    again = store.save_writing_draft("t1", "您好，周女士：")
    assert again["id"] == first["id"] and again["text"] == "您好，周女士："
    assert again["created_at"] == first["created_at"] <= again["updated_at"]
    assert store.latest_writing("t1")["t1"]["text"] == "您好，周女士："
    assert store.latest_writing("other") == {}
    store.close()


def test_the_assessment_is_stored_on_the_latest_attempt_and_survives_reopening(tmp_path: Path):
    store = _store(tmp_path)
    store.save_writing_draft("t1", "正文")
    store.save_writing_assessment("t1", {"feelings": True, "tone": False})
    store.close()
    store = _store(tmp_path)
    latest = store.latest_writing()["t1"]
    assert latest["text"] == "正文" and latest["assessment"] == {"feelings": True, "tone": False}
    store.close()


def test_a_new_attempt_is_empty_and_the_old_one_is_kept(tmp_path: Path):
    store = _store(tmp_path)
    store.save_writing_draft("t1", "第一稿")
    store.save_writing_assessment("t1", {"a": True})
    new = store.new_writing_attempt("t1")
    assert new["text"] == "" and new["assessment"] == {}
    store.save_writing_draft("t1", "第二稿")
    assert store.latest_writing()["t1"]["text"] == "第二稿"
    with store.engine.connect() as conn:
        texts = [r[0] for r in conn.exec_driver_sql("SELECT text FROM writing_attempt ORDER BY id")]
    assert texts == ["第一稿", "第二稿"]
    store.close()


def test_a_damaged_assessment_leaves_only_that_attempt_out(tmp_path: Path):
    store = _store(tmp_path)
    store.save_writing_draft("t1", "好的")
    store.save_writing_draft("t2", "坏的")
    with store.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE writing_attempt SET assessment = '[1]' WHERE task_id = 't2'")
    assert list(store.latest_writing()) == ["t1"]
    store.close()


def test_the_facade_saves_and_announces_writing(learner):
    from app.changes import Changes

    heard = []
    learner.bus.subscribe(lambda changes, _who: heard.append(changes))
    task = learner.writing.tasks()[0]
    assert learner.writing.attempt(task.id) is None and learner.writing.attempts() == {}
    learner.writing.save_draft(task.id, "您好")
    first, second, *_ = task.criterion_ids()
    saved = learner.writing.save_assessment(task.id, {first: True, "not-a-criterion": True})
    assert saved["assessment"] == {cid: cid == first for cid in task.criterion_ids()}
    assert second in saved["assessment"]
    assert learner.writing.attempts()[task.id]["text"] == "您好"
    assert heard == [Changes(writing=True)] * 2
    learner.writing.start_again(task.id)
    assert learner.writing.attempt(task.id)["text"] == ""


def test_without_a_learner_there_are_no_attempts(academy):
    assert academy.writing.attempts() == {} and academy.writing.attempt("x") is None
    assert {t.kind for t in academy.writing.tasks()} >= {"email", "complaint-record"}
