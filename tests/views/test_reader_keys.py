"""The reader from the keyboard (issue 20): shortcuts shown in tooltips, the page as one Tab
stop however many glossary links it has, Alt+↓/↑ through those links, a term's definition
beside the term with Esc back to the text, and the reader's controls showing focus."""

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QCursor, QShortcut
from PySide6.QtWidgets import QApplication

LESSON = "what-is-a-complaint"


def _open(window, qtbot):
    window.open_lesson(LESSON, scroll=0.0)
    reader = window.reader
    qtbot.waitUntil(lambda: reader.current_section() == 1)
    return reader


def _focus(widget, qtbot, reason=Qt.FocusReason.OtherFocusReason) -> None:
    widget.setFocus(reason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)


def test_check_this_lesson_has_a_key_and_both_keys_are_in_the_tooltips(window, qtbot):
    reader = _open(window, qtbot)
    assert "Ctrl+L" in reader.check_btn.toolTip()
    assert "Ctrl+M" in reader.learned_btn.toolTip()
    taken = {a.shortcut().toString() for a in window.findChildren(QAction)}
    assert not taken & {"Ctrl+L", "Ctrl+M", "Alt+Down", "Alt+Up"}, "no window-wide key clashes"
    _focus(reader.page, qtbot)
    with qtbot.waitSignal(reader.check_requested) as blocker:
        qtbot.keyClick(reader.page, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert blocker.args == [LESSON]
    assert window.stack.currentWidget() is window.quiz


def test_learned_button_tooltip_says_the_state(window, qtbot):
    reader = _open(window, qtbot)
    _focus(reader.page, qtbot)
    qtbot.keyClick(reader.page, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert reader.learned_btn.isChecked()
    tooltip = reader.learned_btn.toolTip()
    assert "not learned" in tooltip and "Ctrl+M" in tooltip


def test_tab_enters_the_page_once_and_leaves_it_whatever_its_links(window, qtbot):
    reader = _open(window, qtbot)
    assert len(reader.links()) > 15, "a lesson links dozens of glossary terms"
    _focus(reader.learned_btn, qtbot)
    qtbot.keyClick(reader.learned_btn, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is reader.page
    qtbot.keyClick(reader.page, Qt.Key.Key_Tab)
    after = QApplication.focusWidget()
    assert after is not reader.page and reader.isAncestorOf(after), "on to the next control"
    assert not reader.page.textCursor().hasSelection(), "no link was visited on the way"
    qtbot.keyClick(after, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is reader.page
    qtbot.keyClick(reader.page, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is reader.learned_btn
    assert "Alt+" in reader.page.accessibleDescription(), "the link keys are told"


def test_alt_down_steps_through_links_a_term_pops_up_beside_itself_esc_returns(window, qtbot):
    reader = _open(window, qtbot)
    links = reader.links()
    _focus(reader.page, qtbot)
    qtbot.keyClick(reader.page, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    cursor = reader.page.textCursor()
    assert (cursor.selectionStart(), cursor.selectionEnd()) == links[0][:2]
    qtbot.keyClick(reader.page, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert reader.page.textCursor().selectionStart() == links[1][0]
    qtbot.keyClick(reader.page, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert reader.page.textCursor().selectionStart() == links[0][0]
    while not reader.page.textCursor().selectedText() or not any(
        href.startswith("term:") and start == reader.page.textCursor().selectionStart()
        for start, _end, href in links
    ):
        assert reader.step_link(True), "the lesson has a glossary term link"

    QCursor.setPos(window.mapToGlobal(QPoint(5, 5)))  # the pointer is far from the term
    qtbot.keyClick(reader.page, Qt.Key.Key_Return)
    popup = reader.term_popup
    qtbot.waitUntil(popup.isVisible)
    cursor = reader.page.textCursor()
    term_rect = reader.page.cursorRect(cursor)
    term_at = reader.page.viewport().mapToGlobal(term_rect.bottomLeft())
    geo = popup.geometry()
    near_below = 0 <= geo.top() - term_at.y() <= 30
    near_above = 0 <= term_at.y() - term_rect.height() - geo.bottom() <= 30
    assert near_below or near_above, (geo, term_at)
    assert abs(geo.left() - reader.page.viewport().mapToGlobal(
        reader.page.cursorRect(reader.page.textCursor()).topLeft()).x()) < 600  # fmt: skip
    assert reader.last_term and reader.academy.content.glossary[reader.last_term].term in (
        popup.label.text()
    )
    qtbot.keyClick(popup, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not popup.isVisible())
    assert QApplication.focusWidget() is reader.page, "focus is back in the text"


def test_the_readers_controls_show_keyboard_focus(window, qtbot):
    """Walk the toolbar with Tab: each control looks different while it has the focus."""
    reader = _open(window, qtbot)
    controls = {reader.next_btn, reader.zoom_out_btn, reader.zoom_in_btn, reader.bookmark_btn,
                reader.teach_btn, reader.check_btn, reader.learned_btn}  # fmt: skip
    _focus(reader.outline, qtbot)
    seen = []
    while QApplication.focusWidget() is not reader.page:
        current = QApplication.focusWidget()
        focused = current.grab().toImage()
        qtbot.keyClick(current, Qt.Key.Key_Tab)
        if current in controls:
            assert focused != current.grab().toImage(), f"{current.toolTip()} shows focus"
            seen.append(current)
        assert len(seen) <= len(controls) + 2, "Tab reaches the page"
    assert set(seen) == controls


def test_keys_in_the_reader_do_not_clash(window, qtbot):
    reader = _open(window, qtbot)
    keys = [s.key().toString() for s in reader.findChildren(QShortcut)]
    assert "Ctrl+L" in keys and len(set(keys)) == len(keys)


def test_next_and_previous_lesson_keys_work_from_the_outline_and_the_text(window, qtbot):
    reader = _open(window, qtbot)
    order = window.academy.content.lesson_order()
    _focus(reader.outline, qtbot)
    qtbot.keyClick(reader.outline, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert reader.lesson_id == order[1], "Alt+→ from the outline, not the tree's own →"
    qtbot.keyClick(reader.outline, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert reader.lesson_id == order[2], "Ctrl+PgDn, not the tree's page down"
    _focus(reader.page, qtbot)
    qtbot.keyClick(reader.page, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(reader.page, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert reader.lesson_id == order[0]
