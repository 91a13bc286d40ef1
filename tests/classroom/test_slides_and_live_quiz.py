"""Slides from lessons and cases, and the live quiz's rules, without a window."""

import random

from app.classroom.live_quiz import (
    HAND_TYPES,
    LiveQuiz,
    correct_of,
    draw_questions,
    hand_questions,
    options_of,
)
from app.classroom.slides import case_discussion_slides, lesson_slides, split_blocks
from app.course.library import load_library
from app.paths import assets_dir, content_dir

BUNDLE = load_library(content_dir(), assets_dir())


def test_blocks_keep_lists_tables_and_callouts_whole():
    md = (
        "第一段。\n\n- 甲\n- 乙\n\n- 丙\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n"
        '!!! tip "提示"\n    第一行\n\n    第二行\n\n最后一段。'
    )
    blocks = split_blocks(md)
    assert blocks[0] == "第一段。"
    assert blocks[1].count("- ") == 3, "a loose list stays one block"
    assert blocks[2].startswith("| a |") and blocks[2].endswith("| 1 | 2 |")
    assert blocks[3].startswith("!!! tip") and "第二行" in blocks[3]
    assert blocks[4] == "最后一段。"


def test_every_lesson_becomes_a_title_slide_and_one_slide_per_section():
    for lesson in BUNDLE.lessons.values():
        slides = lesson_slides(lesson)
        assert slides[0].kind == "title" and slides[0].title == lesson.title
        assert len(slides) == len(lesson.sections) + 1
        assert all(s.notes for s in slides[1:]), f"{lesson.id}: every section has notes"
        text = "".join("".join(s.blocks) for s in slides[1:])
        assert len(text) >= 0.95 * sum(len(s.markdown.strip()) for s in lesson.sections) - 50


def test_case_discussion_questions_become_one_slide_each():
    for case in BUNDLE.cases.values():
        slides = case_discussion_slides(case)
        questions = [s for s in slides if s.kind == "question"]
        assert len(questions) >= 2, case.id
        assert all(len(s.blocks) == 1 and s.blocks[0] for s in questions)
        assert questions[0].title.endswith(f"1/{len(questions)}")


def test_live_quiz_counts_down_reveals_and_counts_hands():
    qs = hand_questions(BUNDLE.questions)[:2]
    assert all(q.type in ("single", "multiple", "situational", "truefalse") for q in qs)
    quiz = LiveQuiz(qs, seconds=3)
    assert not quiz.tick() and not quiz.tick() and quiz.remaining == 1
    assert quiz.tick() and quiz.revealed, "time up reveals the answer"
    right = sorted(correct_of(quiz.question))
    wrong = next(k for k in range(len(options_of(quiz.question))) if k not in right)
    quiz.set_hands(right[0], 15)
    quiz.set_hands(wrong, 5)
    assert sum(quiz.hands()) == 20 and quiz.share_right() == 0.75
    assert quiz.forward() and quiz.index == 1 and not quiz.revealed and quiz.remaining == 3
    assert quiz.share_right() is None
    assert quiz.forward() and quiz.revealed and quiz.finished
    assert not quiz.forward()
    assert quiz.back() and not quiz.revealed
    assert quiz.back() and quiz.index == 0 and quiz.hands()[right[0]] == 15


def test_live_quiz_draws_a_sections_hand_questions_by_seed():
    s04 = hand_questions([q for q in BUNDLE.questions if q.topic == "s04"])
    assert len(s04) > 5, "the bundled section has enough questions to draw from"
    picked = draw_questions(BUNDLE.questions, "s04", 5, random.Random(7))
    assert len(picked) == 5 and len({q.id for q in picked}) == 5
    assert all(q.topic == "s04" and q.type in HAND_TYPES for q in picked)
    again = draw_questions(BUNDLE.questions, "s04", 5, random.Random(7))
    assert [q.id for q in again] == [q.id for q in picked], "the same seed, the same draw"
    others = [draw_questions(BUNDLE.questions, "s04", 5, random.Random(s)) for s in range(1, 6)]
    assert any([q.id for q in o] != [q.id for q in picked] for o in others)
    everything = draw_questions(BUNDLE.questions, "s04", 999, random.Random(1))
    assert sorted(q.id for q in everything) == sorted(q.id for q in s04)
    assert draw_questions(BUNDLE.questions, "no-such-section", 5, random.Random(1)) == []
