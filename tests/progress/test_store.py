"""Progress reads and writes through the facade, against a real SQLite file."""

from datetime import datetime, timedelta

from app.changes import Changes


def test_progress_round_trip(learner):
    events: list[Changes] = []
    learner.bus.subscribe(lambda changes, initiator: events.append(changes))
    learner.study.open_lesson("why-customers-complain")
    learner.study.save_position("why-customers-complain", 3, 0.42)
    learner.study.add_study_time(
        "why-customers-complain", 95, datetime.now() - timedelta(minutes=2)
    )
    learner.study.add_study_time("why-customers-complain", 0, datetime.now())  # ignored
    learner.study.set_learned("what-is-a-complaint")
    states = learner.study.lesson_states()
    s = states["why-customers-complain"]
    assert (s.status, s.last_section, round(s.scroll, 2), s.seconds_spent) == (
        "started",
        3,
        0.42,
        95,
    )
    assert states["what-is-a-complaint"].learned
    # saving the scroll position is not announced; opening, study time and learned are
    assert [e.kinds() for e in events] == [("lessons",)] * 4
    p = learner.study.course_progress()
    assert (p.learned, p.total, p.seconds) == (1, len(learner.study.followed_lessons()), 95)


def test_resume_point_and_next_lesson(learner):
    assert learner.study.resume_point() is None
    assert learner.study.next_lesson() == "what-is-a-complaint"
    learner.study.open_lesson("customer-psychology")
    learner.study.save_position("customer-psychology", 2, 0.5)
    r = learner.study.resume_point()
    assert (r.lesson_id, r.section, r.scroll) == ("customer-psychology", 2, 0.5)
    learner.study.set_learned("what-is-a-complaint")
    assert learner.study.next_lesson() == "why-customers-complain"
    learner.study.set_learned("what-is-a-complaint", False)
    assert not learner.study.lesson_states()["what-is-a-complaint"].learned


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
