"""The content pipeline: the bundled course is clean; broken copies are reported precisely."""

import json
import subprocess
import sys
from pathlib import Path

import yaml

from app.course.loader import load_content
from app.paths import assets_dir, content_dir

ROOT = Path(__file__).resolve().parents[2]


def test_bundled_content_is_clean_and_ordered():
    bundle = load_content(content_dir(), assets_dir())
    assert bundle.problems == ()
    declared = yaml.safe_load((content_dir() / "course.yaml").read_text(encoding="utf-8"))
    # every section course.yaml declares is loaded, in order (the count grows with the course)
    assert [s.id for s in bundle.course.sections] == [s["id"] for s in declared["sections"]]
    assert len(bundle.course.sections) == 15
    first_three = [s.lesson_ids for s in bundle.course.sections[:3]]
    assert all(ids for ids in first_three), "sections 1–3 each have a lesson"
    for lesson in bundle.lessons.values():
        assert lesson.objectives and lesson.sections
        for section in lesson.sections:
            assert "???" not in section.markdown, "presenter notes never reach learners"
            assert section.notes, f"{lesson.id} §{section.number} has presenter notes"


def test_sections_and_notes_are_split(content_copy: Path):
    (content_copy / "lessons" / "zz-mini.md").write_text(
        "---\nid: mini\ntitle: 迷你\nsection: s01\norder: 9\n---\n"
        "开场白\n\n## 第一节\n正文一\n???\n讲师提示一\n\n## 第二节\n正文二\n",
        encoding="utf-8",
    )
    bundle = load_content(content_copy)
    mini = bundle.lessons["mini"]
    assert mini.intro == "开场白"
    assert [(s.number, s.title, s.markdown, s.notes) for s in mini.sections] == [
        (1, "第一节", "正文一", "讲师提示一"),
        (2, "第二节", "正文二", ""),
    ]
    assert mini.sections[0].line == 9
    assert bundle.course.sections[0].lesson_ids[-1] == "mini"


def _break(content: Path) -> dict[str, str]:
    lessons = content / "lessons"
    (lessons / "bad-yaml.md").write_text(
        "---\nid: bad-yaml\ntitle: [unclosed\nsection: s01\n---\n## 一\n正文\n", encoding="utf-8"
    )
    (lessons / "missing-field.md").write_text(
        "---\nid: missing-field\nsection: s01\norder: 2\n---\n## 一\n正文\n", encoding="utf-8"
    )
    (lessons / "wrong-type.md").write_text(
        "---\nid: wrong-type\ntitle: 类型\nsection: s01\norder: 第三\n---\n## 一\n正文\n",
        encoding="utf-8",
    )
    (lessons / "zz-duplicate.md").write_text(
        "---\ntitle: 重复\nid: what-is-a-complaint\nsection: s01\norder: 5\n---\n## 一\n正文\n",
        encoding="utf-8",
    )
    (lessons / "links.md").write_text(
        "---\nid: links\ntitle: 链接\nsection: s02\norder: 9\n---\n## 一\n"
        "见 [别处](lesson:no-such-lesson)。\n\n![图](images/missing.png)\n"
        "[第九十九节](lesson:what-is-a-complaint#99)\n",
        encoding="utf-8",
    )
    return {"lessons": str(lessons)}


def test_broken_copy_names_each_file_and_line(content_copy: Path):
    _break(content_copy)
    bundle = load_content(content_copy)
    got = {(p.file, p.line, p.kind) for p in bundle.problems}
    assert ("content/lessons/bad-yaml.md", 3, "yaml") in got
    assert ("content/lessons/missing-field.md", 1, "missing-field") in got
    assert ("content/lessons/wrong-type.md", 5, "wrong-type") in got
    assert ("content/lessons/zz-duplicate.md", 3, "duplicate-id") in got
    assert ("content/lessons/links.md", 8, "broken-link") in got
    assert ("content/lessons/links.md", 10, "missing-image") in got
    assert ("content/lessons/links.md", 11, "broken-link") in got
    # Broken front matter means the file is skipped; the good lessons all load.
    assert set(bundle.skipped_files) == {
        "content/lessons/bad-yaml.md",
        "content/lessons/missing-field.md",
        "content/lessons/wrong-type.md",
        "content/lessons/zz-duplicate.md",
    }
    assert {"what-is-a-complaint", "why-customers-complain", "customer-psychology", "links"} <= set(
        bundle.lessons
    )
    assert bundle.lessons["what-is-a-complaint"].title == "什么是投诉"


def test_unknown_field_and_unknown_section(content_copy: Path):
    (content_copy / "lessons" / "typo.md").write_text(
        "---\nid: typo\ntitle: 拼写\nsection: s99\norder: 1\n"
        "objective: 少了一个 s\n---\n## 一\n正文\n",
        encoding="utf-8",
    )
    problems = {(p.line, p.kind) for p in load_content(content_copy).problems}
    assert (6, "unknown-field") in problems


def test_broken_course_file_still_loads_lessons(content_copy: Path):
    (content_copy / "course.yaml").write_text("id: x\nsections: {oops\n", encoding="utf-8")
    bundle = load_content(content_copy)
    assert any(p.kind == "yaml" and p.file == "content/course.yaml" for p in bundle.problems)
    assert len(bundle.lessons) == len(list((content_copy / "lessons").glob("*.md")))


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "app", *args], cwd=ROOT, capture_output=True, text=True, timeout=60
    )


def test_content_check_command_clean():
    result = run_cli("content", "check")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no problems" in result.stdout


def test_content_check_command_reports_file_line_message(content_copy: Path):
    _break(content_copy)
    result = run_cli("content", "check", str(content_copy))
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    bad = next(line for line in lines if "bad-yaml.md" in line)
    path, line_no, message = bad.split(":", 2)
    assert path.endswith("content/lessons/bad-yaml.md") and line_no == "3"
    assert "invalid YAML" in message
    assert any("missing-field.md:1: missing field 'title'" in line for line in lines)
    assert any("zz-duplicate.md:3: duplicate lesson id 'what-is-a-complaint'" in x for x in lines)


def test_content_check_json_counts(content_copy: Path):
    _break(content_copy)
    result = run_cli("content", "check", str(content_copy), "--json")
    assert result.returncode == 1
    data = json.loads(result.stdout)
    assert data["ok"] is False
    assert data["problems"]["yaml"] == 1
    assert data["problems"]["duplicate-id"] == 1
    assert data["problems"]["broken-link"] == 2
    assert data["problems"]["missing-image"] == 1
    assert data["counts"]["lessons"] == len(load_content(content_dir(), assets_dir()).lessons) + 1
    assert data["problem_count"] == sum(data["problems"].values())
