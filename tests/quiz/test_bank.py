"""The question bank: the bundled one is valid; every rule of the format names its line."""

from pathlib import Path

import pytest

from app.common.problems import Problem
from app.course.loader import load_content
from app.quiz.bank import load_bank

GOOD = """questions:
  - id: t-q1
    type: single
    topic: s01
    difficulty: 1
    lesson: what-is-a-complaint#1
    stem: 投诉的核心是什么？
    explanation: 期望与现实的落差。
    options:
      - {text: 落差, correct: true}
      - {text: 价格}
      - {text: 天气}
"""


def _problems(tmp_path: Path, text: str) -> list[Problem]:
    folder = tmp_path / "content" / "quizzes"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "t.yaml").write_text(text, encoding="utf-8")
    problems: list[Problem] = []
    load_bank(folder, tmp_path, problems)
    return problems


def test_a_good_question_loads(tmp_path):
    assert _problems(tmp_path, GOOD) == []


@pytest.mark.parametrize(
    ("change", "line", "words"),
    [
        (("{text: 价格}", "{text: 价格, correct: true}"), 2, "exactly 1 correct"),
        (("difficulty: 1", "difficulty: 7"), 5, "less than or equal to 3"),
        (("type: single", "type: essay"), 3, "type"),
        (("      - {text: 天气}\n", ""), 2, "3–5 options"),
        (("      - {text: 天气}\n", "      - {text: 价格}\n"), 2, "same text"),
    ],
)
def test_rule_violations_name_the_line(tmp_path, change, line, words):
    problems = _problems(tmp_path, GOOD.replace(*change))
    assert problems, change
    assert problems[0].line == line and words in problems[0].message, problems[0]


def test_situational_needs_feedback_on_every_option(tmp_path):
    text = (
        GOOD.replace("type: single", "type: situational")
        .replace("    options:", "    customer: 你们怎么回事？\n    options:")
        .replace("{text: 落差, correct: true}", "{text: 落差, correct: true, feedback: 对}")
    )
    problems = _problems(tmp_path, text)
    assert problems and "feedback" in problems[0].message


def test_duplicate_ids_across_files(tmp_path):
    folder = tmp_path / "content" / "quizzes"
    folder.mkdir(parents=True)
    (folder / "a.yaml").write_text(GOOD, encoding="utf-8")
    (folder / "b.yaml").write_text(GOOD, encoding="utf-8")
    problems: list[Problem] = []
    questions, _ = load_bank(folder, tmp_path, problems)
    assert len(questions) == 1
    assert problems[0].kind == "duplicate-id" and problems[0].file == "content/quizzes/b.yaml"


def test_broken_lesson_reference_in_the_bundled_loader(content_copy: Path):
    (content_copy / "quizzes").mkdir(exist_ok=True)
    (content_copy / "quizzes" / "zz.yaml").write_text(
        GOOD.replace("what-is-a-complaint#1", "what-is-a-complaint#99"), encoding="utf-8"
    )
    got = [p for p in load_content(content_copy).problems if p.file.endswith("zz.yaml")]
    assert got and got[0].line == 6 and "no section #99" in got[0].message
