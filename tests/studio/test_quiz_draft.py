"""A quiz file as an editable document: every bundled bank opened and saved unchanged as the
real loader reads it, questions added, copied, moved and retyped, problems named by question
and field (the bank's schema, the course's checks, ids used twice)."""

import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from app.common.document import DraftError
from app.common.problems import Problem
from app.paths import content_dir
from app.quiz.bank import load_bank
from app.studio.quiz_draft import QuizDraft


def _loaded(folder: Path):
    problems: list[Problem] = []
    questions, _ = load_bank(folder, folder.parent, problems)
    return [replace(q, source="") for q in questions], problems


def test_every_bundled_bank_saved_by_the_draft_loads_the_same_questions(tmp_path):
    original, _ = _loaded(content_dir() / "quizzes")
    folder = tmp_path / "quizzes"
    shutil.copytree(content_dir() / "quizzes", folder)
    for path in sorted(folder.glob("*.yaml")):
        draft = QuizDraft.load(path)
        assert draft.faults() == [], path.name
        draft.save(path)
    saved, problems = _loaded(folder)
    assert problems == []
    assert saved == original
    assert not list(folder.glob(".*.tmp"))


def test_questions_added_copied_moved_and_retyped(tmp_path):
    draft = QuizDraft.load(tmp_path / "quizzes" / "new.yaml")  # not there yet: empty
    assert [f.message for f in draft.faults()] == ["a quiz file needs at least one question"]
    first = draft.add_question("multiple", draft.new_id("new"), topic="s01")
    assert draft.questions[first]["options"] == [{"text": "", "correct": False,
                                                 "feedback": ""}] * 4  # fmt: skip
    for j, text in enumerate(["a", "b", "c", "d"]):
        draft.set(("questions", first, "options", j, "text"), text)
    draft.set(("questions", first, "options", 2, "correct"), True)
    draft.set(("questions", first, "options", 3, "correct"), True)
    assert draft.fractions(first) == (-0.5, -0.5, 0.5, 0.5)
    copy = draft.duplicate(first, draft.new_id("new"))
    assert draft.questions[copy]["id"] == "new-002"
    assert draft.move(copy, -5) == 0 and draft.questions[0]["id"] == "new-002"
    draft.change_type(0, "single")  # one right option stays
    assert [o["correct"] for o in draft.questions[0]["options"]] == [False, False, True, False]
    draft.change_type(0, "matching")
    assert [p["left"] for p in draft.questions[0]["pairs"]] == ["a", "b", "c", "d"]
    draft.change_type(0, "short")
    assert draft.questions[0]["answers"] == ["a", "b", "c", "d"]
    assert "pairs" not in draft.questions[0]


def test_problems_name_the_question_and_field(course):
    draft = QuizDraft({"questions": []})
    draft.add_question("situational", "x-001", topic="s01", lesson="what-is-a-complaint#99")
    draft.add_question("truefalse", "x-001", topic="nowhere", lesson="what-is-a-complaint")
    faults = draft.faults(sections={s.id for s in course.course.sections}, lessons=course.lessons)
    where = {(f.index, f.loc) for f in faults}
    assert (0, ("stem",)) in where and (0, ("options", 0, "text")) in where
    assert (0, ("lesson",)) in where  # no section 99
    assert (1, ("topic",)) in where
    assert (1, ("id",)) in where  # x-001 twice
    assert draft.question(0) is None


def test_a_file_whose_shape_cannot_be_edited_is_refused_with_its_line(tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_text("questions:\n  - id: a\n    pairs: [x, y]\n", encoding="utf-8")
    with pytest.raises(DraftError, match=r"bad\.yaml:3: 'pairs'"):
        QuizDraft.load(path)
    path.write_text("- just a list\n", encoding="utf-8")
    with pytest.raises(DraftError, match=r"bad\.yaml:1: "):
        QuizDraft.load(path)
