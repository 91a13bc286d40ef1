"""Written-practice tasks: the bundled ones are sound; a broken file is named with its line;
the Traditional course converts their text and keeps their ids."""

from pathlib import Path

from app.common.script import TRADITIONAL
from app.course.cache import load_cached, store_cached
from app.course.loader import load_content
from app.course.script import convert_bundle
from app.writing.model import KINDS

GOOD = """\
id: mini-task
title: 迷你任务
kind: email
section: s05
lesson: principles-and-techniques#1
situation: 顾客说东西坏了。
task: 写一封回信。
rubric:
  - {id: a, text: 一, good: 好一}
  - {id: b, text: 二, good: 好二}
  - {id: c, text: 三, good: 好三}
  - {id: d, text: 四, good: 好四}
model_answer: 您好。
common_faults: [太长]
"""


def test_the_bundled_tasks_cover_every_kind_with_a_full_rubric(course):
    tasks = list(course.writing.values())
    assert sorted(t.kind for t in tasks) == sorted(KINDS)
    sections = {s.id for s in course.course.sections}
    for t in tasks:
        assert 4 <= len(t.rubric) <= 6 and t.common_faults and t.model_answer.strip()
        assert t.section in sections and t.lesson
        assert len(set(t.criterion_ids())) == len(t.rubric)
        assert t.source.startswith("content/writing/")


def test_a_valid_file_is_read(content_copy: Path):
    (content_copy / "writing" / "zz-mini.yaml").write_text(GOOD, encoding="utf-8")
    bundle = load_content(content_copy)
    assert bundle.problems == ()
    task = bundle.writing["mini-task"]
    assert task.criterion_ids() == ("a", "b", "c", "d")
    assert task.rubric[0].good == "好一" and task.common_faults == ("太长",)
    assert task.source == "content/writing/zz-mini.yaml"


def test_broken_files_are_named_with_their_line(content_copy: Path):
    folder = content_copy / "writing"
    (folder / "zz-kind.yaml").write_text(GOOD.replace("kind: email", "kind: fax"), "utf-8")
    three = GOOD.replace("  - {id: d, text: 四, good: 好四}\n", "")
    (folder / "zz-short.yaml").write_text(three.replace("mini-task", "short"), "utf-8")
    refs = GOOD.replace("mini-task", "refs").replace("section: s05", "section: s99")
    refs = refs.replace("principles-and-techniques#1", "no-such-lesson")
    refs = refs.replace("{id: b,", "{id: a,")
    (folder / "zz-refs.yaml").write_text(refs, "utf-8")
    found = load_content(content_copy).problems
    problems = {(p.file, p.line, p.kind) for p in found}
    said = {(p.file, p.line): p.message for p in found}
    assert "'kind'" in said["content/writing/zz-kind.yaml", 3]
    assert "'rubric'" in said["content/writing/zz-short.yaml", 8]
    assert ("content/writing/zz-refs.yaml", 4, "broken-reference") in problems  # section
    assert ("content/writing/zz-refs.yaml", 5, "broken-reference") in problems  # lesson
    assert ("content/writing/zz-refs.yaml", 10, "duplicate-id") in problems  # criterion
    assert not any(p[0].endswith(("zz-kind.yaml", "zz-short.yaml")) for p in problems
                   if p[2] == "broken-reference")  # fmt: skip


def test_traditional_converts_the_text_and_keeps_the_ids(course, tmp_path: Path):
    hant = convert_bundle(course, TRADITIONAL)
    task = hant.writing["complaint-record-installation"]
    assert task.kind == "complaint-record" and task.lesson == "consumer-law-and-records#5"
    assert "記錄" in task.title and task.rubric[0].id == "fields"
    assert "顧客" in task.model_answer
    store_cached(tmp_path, hant)
    again = load_cached(tmp_path, hant.digest, TRADITIONAL)
    assert again is not None and again.writing == hant.writing
