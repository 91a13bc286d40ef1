"""Issue 22, "done when": a trainer, from an empty layer, writes a lesson with a table and an
image, questions of four types, a case and a small role-play with three endings or more,
imports a Word policy, publishes, and a second installed copy shows all of it after it
installs the pack. Through the studio window and its editors, real files, real packs."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.studio.docx_files import png_bytes, policy_docx

CSV = """id,type,section,lesson,stem,A,B,C,D,answer,explanation
card-fee-q2,multiple,s01,what-is-a-complaint,哪些做法能让客户了解年费规则？,办卡时当面说明,短信提醒扣费日期,只写在合同附件里,在账单上列出,"A,B,D",规则要在客户能看到的地方说清楚。
card-fee-q3,truefalse,s01,what-is-a-complaint,年费减免条件应在办卡时告知客户。,,,,,对,事先告知能减少误会。
card-fee-q4,ordering,s01,what-is-a-complaint,排出处理年费投诉的先后顺序。,倾听,核实账单,说明处理方案,跟进到账,,先倾听再核实，方案说清后还要跟进。
"""


def _trainer(academy, pin="1234"):
    p = academy.profiles.create("培训师", pin)
    academy.profiles.make_trainer(p.id, p.id, pin)
    academy.open_learner(p.id)
    return p


@pytest.fixture
def studio(qtbot, academy):
    from app.views.studio.window import StudioWindow
    from app.views.theme import LIGHT

    _trainer(academy)
    rebuilt = []
    w = StudioWindow(academy, LIGHT, lambda: rebuilt.append(True))
    w.rebuilt = rebuilt
    w.resize(1366, 768)
    w.show()
    qtbot.waitUntil(lambda: w.tree.topLevelItemCount() == 6)
    yield w
    import shiboken6

    if shiboken6.isValid(w):  # it deletes itself when closed
        w.close()


def _settled(qtbot, w) -> None:
    """Wait for the studio to have read the layer again (it does that off its thread)."""
    qtbot.waitUntil(lambda: "…" not in w.problems_title.text(), timeout=20_000)


def test_a_trainer_builds_and_publishes_a_layer_a_second_copy_installs(
    qtbot, studio, tmp_path: Path
):
    from app.services import Academy
    from app.studio.lesson_draft import add_image

    w, academy = studio, studio.academy
    assert "No layer yet" in w.version_label.text()

    # a lesson with a table and an image, written in the lesson editor
    w.make_item("lesson", "card-fees", "s01")
    editor = w.editor
    assert type(editor).__name__ == "LessonEditor"
    picture = tmp_path / "fee-table.png"
    picture.write_bytes(png_bytes(8, 6))
    ref = add_image(picture, academy.studio.folder / "assets")
    editor.text.moveCursor(editor.text.textCursor().MoveOperation.End)
    editor.text.insertPlainText(
        "\n\n## 年费怎么算\n\n| 卡种 | 年费 | 减免条件 |\n|---|---|---|\n"
        f"| 普卡 | 100 元 | 刷卡 6 次 |\n\n![年费与减免条件对照]({ref})\n"
    )
    assert editor.save()
    _settled(qtbot, w)

    # four question types: the scaffold's single choice, then three from a spreadsheet
    w.make_item("question", "card-fee-q1", "s01")
    table = tmp_path / "card-fees.csv"
    table.write_text(CSV, encoding="utf-8")
    w.import_questions(str(table))
    qtbot.waitUntil(lambda: "question" in w.statusBar().currentMessage(), timeout=20_000)
    _settled(qtbot, w)

    # a case and a role-play (its scaffold has an 8-decision best path and several endings)
    w.make_item("case", "card-fees-case", "s01")
    assert type(w.editor).__name__ == "CaseEditor"
    w.make_item("scenario", "card-fees-call", "s01")
    assert type(w.editor).__name__ == "ScenarioEditor"
    _settled(qtbot, w)

    # a Word policy becomes a draft lesson, given a section, then joins the course
    policy = policy_docx(tmp_path / "年费政策.docx")
    draft = academy.studio.import_docx(policy, "annual-fee-policy", "s01")
    for problem in draft.problems:  # the policy's pictures: describe the undescribed one
        assert "description" in problem.message or "alt" in problem.message
    text = draft.draft.read_text(encoding="utf-8").replace("![](", "![政策附图](")
    draft.draft.write_text(text, encoding="utf-8")
    academy.studio.promote_draft(draft.draft)
    w.refresh()
    _settled(qtbot, w)
    assert w.problems.count() == 0, [w.problems.item(i).text() for i in range(w.problems.count())]

    bundle = academy.content
    assert {"card-fees", "annual-fee-policy"} <= set(bundle.lessons)
    types = {q.type for q in bundle.questions if q.id.startswith("card-fee-q")}
    assert len(types) >= 4, types
    assert "card-fees-case" in bundle.cases and "card-fees-call" in bundle.scenarios
    endings = bundle.scenarios["card-fees-call"].endings
    assert len(endings) >= 3

    # publish through the dialog
    from app.views.studio.window import PublishDialog

    dialog = PublishDialog(academy, w)
    qtbot.addWidget(dialog)
    dialog.out.setText(str(tmp_path / "org.pack"))
    dialog.note.setPlainText("年费政策与案例")
    dialog.show()
    dialog.publish_button.click()
    qtbot.waitUntil(lambda: dialog.published is not None
                    or "Not published" in dialog.result_label.text(), timeout=30_000)  # fmt: skip
    assert dialog.published is not None, dialog.result_label.text()
    pack = dialog.published.path
    assert pack.is_file()

    # a second installed copy installs it and shows every item
    other = Academy(tmp_path / "second-copy")
    try:
        learner = other.profiles.create("柜员")
        other.open_learner(learner.id)
        other.install_pack(pack)
        content = other.content
        assert {"card-fees", "annual-fee-policy"} <= set(content.lessons)
        assert "年费怎么算" in [s.title for s in content.lessons["card-fees"].sections]
        assert {"card-fee-q1", "card-fee-q2", "card-fee-q3", "card-fee-q4"} <= {
            q.id for q in content.questions}  # fmt: skip
        assert "card-fees-case" in content.cases and "card-fees-call" in content.scenarios
        assert not content.problems
    finally:
        other.close()

    w.close()
    assert w.rebuilt, "the main window shows the course with the layer once the studio closes"


def test_only_the_trainer_opens_the_studio(qtbot, window, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    assert window.open_studio() is None
    assert told and "trainer" in told[0]


def test_a_file_with_a_problem_is_flagged_and_opens_from_the_problem_list(qtbot, studio):
    w = studio
    path = w.make_item("lesson", "broken-link", "s01")
    w.editor.save()  # nothing changed yet: the scaffold is clean
    text = path.read_text(encoding="utf-8") + "\n见 [别处](lesson:no-such-lesson)。\n"
    path.write_text(text, encoding="utf-8")
    w.academy.studio.saved(path)
    w.refresh()
    _settled(qtbot, w)
    assert w.problems.count() == 1 and "no-such-lesson" in w.problems.item(0).text()
    lessons = w.tree.topLevelItem(0)
    assert "⚠" in lessons.child(0).text(0)
    w.problems.itemActivated.emit(w.problems.item(0))
    assert Path(w.editor.path) == path


def test_rows_pasted_from_a_spreadsheet_become_a_question_file(qtbot, studio):
    """Excel and WPS copy a selection as tab-separated text, header row first."""
    import csv
    import io

    w = studio
    rows = list(csv.reader(io.StringIO(CSV)))
    w.paste_questions("\n".join("\t".join(row) for row in rows) + "\n")
    qtbot.waitUntil(lambda: "question" in w.statusBar().currentMessage(), timeout=20_000)
    assert "3" in w.statusBar().currentMessage()
    assert type(w.editor).__name__ == "QuestionEditor"
    _settled(qtbot, w)
    ids = {q.id for q in w.academy.content.questions}
    assert {"card-fee-q2", "card-fee-q3", "card-fee-q4"} <= ids


def test_pasting_something_that_is_no_table_says_so(qtbot, studio, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    told = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: told.append(a[2]))
    studio.paste_questions("just a sentence")
    qtbot.waitUntil(lambda: bool(told), timeout=10_000)
    assert "table" in told[0]
    assert not list((studio.academy.studio.folder / "quizzes").glob("*.yaml"))
