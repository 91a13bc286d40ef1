"""The written-practice page: write (saved after a pause), check the rubric point by point,
and find the text and the ticks again when the task is reopened."""

from PySide6.QtCore import Qt


def _select(page, task_id: str) -> None:
    from app.views.writing import ID_ROLE

    rows = [page.list.item(r).data(ID_ROLE) for r in range(page.list.count())]
    page.list.setCurrentRow(rows.index(task_id))


def test_write_check_and_reopen(qtbot, window):
    target = window.focusWidget() or window
    qtbot.keyClick(target, Qt.Key.Key_8, Qt.KeyboardModifier.ControlModifier)  # Ctrl+8
    qtbot.waitUntil(lambda: window._writing is not None)  # the button clicks after a moment
    page = window.writing
    qtbot.waitUntil(lambda: window.stack.currentWidget() is page)
    tasks = window.academy.writing.tasks()
    assert page.list.count() == len(tasks)
    first, second = tasks[0], tasks[1]
    _select(page, first.id)
    assert not page.check.isVisible(), "the rubric waits until the learner checks"

    page.editor.setFocus()
    page.editor.insertPlainText("您好，")  # (QTest types ASCII only)
    qtbot.keyClicks(page.editor, "<b>sorry</b>")
    assert page.status.text() == "Saving…"
    qtbot.waitUntil(lambda: page.status.text() == "Saved", timeout=3000)
    assert window.academy.writing.attempt(first.id)["text"] == "您好，<b>sorry</b>"

    qtbot.keyClick(page.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert page.check.isVisible() and page.answer.isVisible()
    assert list(page.boxes) == list(first.criterion_ids())
    boxes = list(page.boxes.values())
    assert boxes[0].hasFocus()
    qtbot.keyClick(boxes[0], Qt.Key.Key_Space)  # keyboard: tick the first point
    boxes[2].setChecked(True)
    stored = window.academy.writing.attempt(first.id)["assessment"]
    assert stored == {cid: i in (0, 2) for i, cid in enumerate(first.criterion_ids())}
    assert f"2 of {len(first.rubric)}" in page.score.text()
    assert f"checked: 2 of {len(first.rubric)}" in page.list.currentItem().text()

    _select(page, second.id)  # another task: nothing written, nothing shown yet
    assert page.editor.toPlainText() == "" and not page.check.isVisible()
    page.start_check()
    assert page.check.isVisible() and not page.answer.isVisible(), "asked, not given"
    page.reveal_btn.click()
    assert page.answer.isVisible()
    assert second.model_answer.splitlines()[0] in page.answer.toPlainText()

    window.show_page("home")
    window.show_page("writing")
    _select(page, first.id)  # reopened: the text and the ticks are back
    assert page.editor.toPlainText() == "您好，<b>sorry</b>"
    assert [b.isChecked() for b in page.boxes.values()] == [
        i in (0, 2) for i in range(len(first.rubric))
    ]
    assert page.check.isVisible() and page.answer.isVisible()


def test_a_draft_is_saved_when_the_page_is_left(qtbot, window):
    window.show_page("writing")
    page = window.writing
    task = window.academy.writing.tasks()[-1]
    _select(page, task.id)
    page.editor.setPlainText("编号：")
    window.show_page("cases")  # before the pause is over
    assert window.academy.writing.attempt(task.id)["text"] == "编号："


def test_the_learners_text_is_never_rich_text(qtbot, window):
    from PySide6.QtWidgets import QPlainTextEdit

    window.show_page("writing")
    page = window.writing
    assert isinstance(page.editor, QPlainTextEdit)
    assert page.status.textFormat() == Qt.TextFormat.PlainText
    for box in page.boxes.values():
        assert "<" not in box.text()
