"""Glossary, phrase library and syllabus map: loading, line-exact problems, term links."""

from pathlib import Path

import pytest

from app.common.render import link_terms, term_forms
from app.course.loader import load_content
from app.reference.glossary import GlossaryTerm

LESSON = """---
id: mini
title: 迷你课
section: s01
order: 1
---
## 第一节
锚定效应常见于谈判。再说一次锚定效应。NPS 和 NPSX 不同。
!!! tip "锚定效应"
    见 [锚定效应](lesson:mini#2)。

## 第二节
这里又出现锚定效应，以及投诉。
"""


@pytest.fixture
def mini(tmp_path: Path) -> Path:
    root = tmp_path / "content"
    (root / "lessons").mkdir(parents=True)
    (root / "syllabus").mkdir()
    (root / "course.yaml").write_text(
        'id: c\ntitle: 课\nversion: "1"\nsections:\n  - {id: s01, number: 1, title: 一}\n',
        encoding="utf-8",
    )
    (root / "lessons" / "mini.md").write_text(LESSON, encoding="utf-8")
    (root / "glossary.yaml").write_text(
        "terms:\n"
        "  - {id: anchoring, term: 锚定效应, en: anchoring effect,"
        " definition: 先出的数字影响判断。, lesson: mini}\n"
        "  - {id: nps, term: NPS, en: Net Promoter Score, definition: 推荐者减贬损者。,"
        " lesson: mini#2}\n"
        "  - {id: complaint, term: 投诉, en: complaint, definition: 表达不满。, lesson: mini}\n",
        encoding="utf-8",
    )
    (root / "phrases.yaml").write_text(
        "groups:\n"
        "  - id: opening\n    title: 开场\n    step: 倾听\n    phrases:\n"
        "      - {id: p1, situation: 来电, say: 您好, avoid: 喂, why: 礼貌, lesson: mini}\n",
        encoding="utf-8",
    )
    (root / "syllabus" / "items.yaml").write_text(
        "items:\n"
        "  - {id: s01-a, section: s01, text: 甲}\n"
        "  - {id: s01-b, section: s01, text: 乙}\n",
        encoding="utf-8",
    )
    (root / "syllabus" / "taught-one.yaml").write_text(
        "taught:\n  - {item: s01-a, in: [mini#1]}\n  - {item: s01-b, in: [mini#2]}\n",
        encoding="utf-8",
    )
    return root


def test_data_files_load_clean(mini: Path):
    bundle = load_content(mini)
    assert bundle.problems == ()
    assert bundle.glossary["anchoring"].en == "anchoring effect"
    assert [p.id for g in bundle.phrase_groups for p in g.phrases] == ["p1"]
    assert [(i.id, i.taught_in) for i in bundle.syllabus] == [
        ("s01-a", ("mini#1",)),
        ("s01-b", ("mini#2",)),
    ]


def test_broken_references_and_untaught_items_name_their_line(mini: Path):
    g = mini / "glossary.yaml"
    g.write_text(
        g.read_text(encoding="utf-8").replace("lesson: mini#2", "lesson: mini#9")
        + "  - {id: nps, term: 重复, en: dup, definition: 重复的编号。, lesson: mini}\n",
        encoding="utf-8",
    )
    p = mini / "phrases.yaml"
    p.write_text(
        p.read_text(encoding="utf-8").replace("lesson: mini}", "lesson: gone}"), encoding="utf-8"
    )
    (mini / "syllabus" / "taught-one.yaml").write_text(
        "taught:\n  - {item: s01-a, in: [mini#1]}\n  - {item: s01-zzz, in: [mini#1]}\n",
        encoding="utf-8",
    )
    got = {(pr.file, pr.line, pr.kind) for pr in load_content(mini).problems}
    assert ("content/glossary.yaml", 3, "broken-reference") in got  # mini#9
    assert ("content/glossary.yaml", 5, "duplicate-id") in got
    assert ("content/phrases.yaml", 6, "broken-reference") in got
    assert ("content/syllabus/taught-one.yaml", 3, "broken-reference") in got  # unknown item
    assert ("content/syllabus/items.yaml", 3, "untaught") in got  # s01-b now untaught


def test_unknown_term_link_in_a_lesson(mini: Path):
    lesson = mini / "lessons" / "mini.md"
    lesson.write_text(LESSON + "见 [某术语](term:no-such-term)。\n", encoding="utf-8")
    problems = [p for p in load_content(mini).problems if p.kind == "broken-link"]
    assert problems and problems[0].line == 14


def test_terms_are_linked_once_per_lesson_and_never_inside_links_or_titles():
    terms = [
        GlossaryTerm("anchoring", "锚定效应", "anchoring effect", "定义", "mini"),
        GlossaryTerm("nps", "NPS", "Net Promoter Score", "定义", "mini"),
        GlossaryTerm("complaint", "投诉", "complaint", "定义", "mini"),
    ]
    forms = term_forms(terms)
    assert ("投诉", "complaint") not in forms, "two-character Chinese forms are too common"
    linked: set[str] = set()
    first = link_terms(
        '!!! tip "锚定效应"\n    [锚定效应](lesson:x)\n锚定效应与锚定效应。NPSX 与 NPS。',
        forms,
        linked,
    )
    assert first.count("(term:anchoring)") == 1
    assert first.startswith(
        '!!! tip "锚定效应"\n    [锚定效应](lesson:x)\n[锚定效应](term:anchoring)'
    )
    assert "NPSX" in first and "[NPS](term:nps)" in first
    second = link_terms("又是锚定效应。", forms, linked)
    assert "term:" not in second, "each term is linked once per lesson"


def test_reader_shows_a_clicked_term(qtbot, tmp_path, mini):
    from PySide6.QtCore import QUrl

    from app.services import Academy
    from app.views.main_window import MainWindow
    from app.views.theme import LIGHT

    academy = Academy(tmp_path / "data", content_root=mini, assets=tmp_path / "assets")
    academy.open_learner(academy.profiles.create("甲").id)
    w = MainWindow(academy, LIGHT)
    qtbot.addWidget(w)
    w.on_ready(None)
    w.open_lesson("mini")
    assert "term:anchoring" in w.reader.page.toHtml()
    w.reader._link_clicked(QUrl("term:anchoring"))
    assert w.reader.last_term == "anchoring"
    academy.close_learner()


def test_desk_checklists_load_and_a_bad_one_is_named_by_line(mini: Path):
    desk = mini / "desk.yaml"
    desk.write_text(
        "checklists:\n"
        "  - id: six\n    title: 六步\n    when: 当面\n    lesson: mini#1\n"
        "    items: [倾听, 共情]\n"
        "  - id: bad\n    title: 坏的\n    when: 任何时候\n    lesson: mini#7\n"
        "    items: [只有一项, 第二项]\n",
        encoding="utf-8",
    )
    bundle = load_content(mini)
    assert [c.id for c in bundle.checklists] == ["six", "bad"]
    assert bundle.checklists[0].items == ("倾听", "共情")
    got = {(p.file, p.line, p.kind) for p in bundle.problems}
    assert got == {("content/desk.yaml", 10, "broken-reference")}
    desk.write_text("checklists:\n  - id: x\n    title: 缺字段\n", encoding="utf-8")
    problems = load_content(mini).problems
    assert problems and all(p.file == "content/desk.yaml" and p.line >= 2 for p in problems)
