"""A learner's track decides what counts: the lessons to learn, the final's sections and
the certificate's wording. Real learner databases; no track chosen means the core alone."""

import pytest

from app.demo import take_exam


def _track_sections(learner, track_id):
    return set(learner.content.course.followed_sections(track_id))


def test_a_new_learner_follows_the_core_and_may_choose_a_track(learner):
    course = learner.content.course
    assert learner.study.track() == "general"
    core = _track_sections(learner, "general")
    tracked = {sid for t in course.tracks for sid in t.sections}
    assert core and not core & tracked
    core_lessons = [lid for lid, lsn in learner.content.lessons.items() if lsn.section in core]
    assert learner.study.course_progress().total == len(core_lessons)
    assert set(learner.quizzes.exam_sections("final")) <= core

    track = course.tracks[0]
    learner.study.set_track(track.id)
    assert learner.study.track() == track.id
    followed = core | set(track.sections)
    assert set(learner.quizzes.exam_sections("final")) == {
        q.topic for q in learner.content.questions if q.topic in followed
    }
    assert set(learner.study.followed_lessons()) == {
        lid for lid, lsn in learner.content.lessons.items() if lsn.section in followed
    }
    with pytest.raises(ValueError):
        learner.study.set_track("no-such-track")
    assert learner.study.track() == track.id


def test_the_track_travels_with_the_learners_database(learner):
    track = learner.content.course.tracks[0]
    learner.study.set_track(track.id)
    profile = learner.profile
    learner.close_learner()
    learner.open_learner(profile.id)
    assert learner.study.track() == track.id


def test_a_track_the_course_no_longer_has_falls_back_to_the_core(learner):
    learner.set_setting("track", "withdrawn-track")
    assert learner.study.track() == "general"
    assert learner.study.followed_lessons() == [
        lid
        for lid, lsn in learner.content.lessons.items()
        if lsn.section in _track_sections(learner, "general")
    ]


def test_the_certificate_needs_the_followed_lessons_and_names_the_track(learner):
    track = learner.content.course.tracks[0]
    learner.study.set_track(track.id)
    for lid in learner.study.followed_lessons():
        learner.study.set_learned(lid)
    assert learner.study.next_lesson() is None
    _cert, status = learner.reports.certificate()
    assert status.lessons_left == 0 and not status.final_passed
    result = take_exam(learner, "final", 1.0, seed=3)
    assert result.passed
    cert, status = learner.reports.certificate()
    assert cert is not None and cert.track == track.title
    # back to the core: the certificate no longer names a track, the same lessons suffice
    learner.study.set_track("general")
    cert, _ = learner.reports.certificate()
    assert cert is not None and cert.track == ""
    # a track whose lessons are not learned yet: not earned
    other = [t for t in learner.content.course.tracks if t.id != track.id]
    if other:
        learner.study.set_track(other[0].id)
        cert, status = learner.reports.certificate()
        assert cert is None and status.lessons_left > 0


def test_the_dashboard_lists_only_the_followed_sections(learner):
    track = learner.content.course.tracks[0]
    core = _track_sections(learner, "general")
    assert {r.id for r in learner.reports.dashboard().sections} == core
    learner.study.set_track(track.id)
    assert {r.id for r in learner.reports.dashboard().sections} == core | set(track.sections)
