"""Progress reads and writes through the facade, against a real SQLite file."""

from datetime import datetime, timedelta

from app.events import Change


def test_progress_round_trip(learner):
    events: list[Change] = []
    learner.events.subscribe(events.append)
    learner.open_lesson("why-customers-complain")
    learner.save_position("why-customers-complain", 3, 0.42)
    learner.add_study_time("why-customers-complain", 95, datetime.now() - timedelta(minutes=2))
    learner.add_study_time("why-customers-complain", 0, datetime.now())  # ignored
    learner.set_learned("what-is-a-complaint")
    states = learner.lesson_states()
    s = states["why-customers-complain"]
    assert (s.status, s.last_section, round(s.scroll, 2), s.seconds_spent) == (
        "started",
        3,
        0.42,
        95,
    )
    assert states["what-is-a-complaint"].learned
    assert [e.kind for e in events] == ["lesson-progress", "lesson-progress"]
    p = learner.course_progress()
    assert (p.learned, p.total, p.seconds) == (1, len(learner.content.lessons), 95)


def test_resume_point_and_next_lesson(learner):
    assert learner.resume_point() is None
    assert learner.next_lesson_to_study() == "what-is-a-complaint"
    learner.open_lesson("customer-psychology")
    learner.save_position("customer-psychology", 2, 0.5)
    r = learner.resume_point()
    assert (r.lesson_id, r.section, r.scroll) == ("customer-psychology", 2, 0.5)
    learner.set_learned("what-is-a-complaint")
    assert learner.next_lesson_to_study() == "why-customers-complain"
    learner.set_learned("what-is-a-complaint", False)
    assert not learner.lesson_states()["what-is-a-complaint"].learned


def test_settings_survive_reopen(academy):
    p = academy.profiles.create("甲")
    academy.open_learner(p.id)
    academy.set_setting("reader_zoom", 125)
    academy.set_setting("window", {"w": 1366, "h": 768})
    academy.close_learner()
    academy.open_learner(p.id)
    assert academy.setting("reader_zoom") == 125
    assert academy.setting("window") == {"w": 1366, "h": 768}
    assert academy.setting("missing", "default") == "default"


def test_language_choice_is_kept_per_learner(academy):
    p = academy.profiles.create("甲")
    academy.open_learner(p.id)
    academy.set_language("zh-TW")
    assert academy.content.lessons["what-is-a-complaint"].title == "什麼是投訴"
    academy.close_learner()
    academy.set_language("zh-CN")
    academy.open_learner(p.id)
    assert academy.lang == "zh-TW"
