"""The knowledge base in real widgets: search as you type (off the GUI thread), opening a hit
at its section with the words marked, the glossary orders, notes with undo and export, the
desk window's checklists, copy and stay-on-top."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


def _search(qtbot, panel, text: str) -> None:
    panel.box.setFocus()
    panel.box.clear()
    panel.box.insert(text)  # as typed (QTest cannot type Chinese characters)
    wanted = panel.academy.knowledge.marks(text)
    qtbot.waitUntil(lambda: panel.terms == wanted and panel.results.count() > 0, timeout=20000)


def test_typing_searches_and_enter_opens_the_section_with_the_words_marked(qtbot, window):
    window.open_search()
    panel = window.knowledge.search
    assert panel.box.hasFocus()
    panel.kind.setCurrentIndex(panel.kind.findData("lesson"))
    _search(qtbot, panel, "合理道歉")
    hit = panel.current_hit()
    assert hit.kind == "lesson" and hit.ref == "seven-step-emotion-first"
    assert "合理道歉" in panel.preview.toPlainText()
    assert panel.preview.extraSelections(), "the preview marks the words"
    qtbot.keyClick(panel.box, Qt.Key.Key_Return)
    reader = window.reader
    assert window.stack.currentWidget() is reader and reader.lesson_id == hit.ref
    marks = reader.page.extraSelections()
    assert marks and all(m.cursor.selectedText() == "合理道歉" for m in marks)
    qtbot.waitUntil(lambda: reader.current_section() == hit.section)


def test_a_traditional_query_finds_the_same_and_a_short_query_works(qtbot, window):
    window.open_search()
    panel = window.knowledge.search
    _search(qtbot, panel, "服務補救悖論")
    first = panel.current_hit()
    assert (first.kind, first.ref) == ("term", "service-recovery-paradox")
    _search(qtbot, panel, "道歉")
    assert panel.results.count() >= 10
    qtbot.keyClick(panel.box, Qt.Key.Key_Down)
    assert panel.results.hasFocus() and panel.results.currentRow() == 1


def test_opening_a_glossary_hit_shows_the_term_in_the_glossary(qtbot, window):
    window.open_search()
    panel = window.knowledge.search
    _search(qtbot, panel, "empathy")
    panel.open_current()
    page = window.knowledge
    assert page.tabs.currentWidget() is page.glossary
    assert page.glossary.current_term() == "empathy"
    assert "empathy" in page.glossary.card.toPlainText()


def test_glossary_by_section_and_by_pinyin(qtbot, window):
    glossary = window.knowledge.glossary
    tree = glossary.tree
    by_section = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    assert by_section[0].startswith("1.")
    glossary.order.setCurrentIndex(glossary.order.findData("pinyin"))
    letters = [tree.topLevelItem(i).text(0).split()[0] for i in range(tree.topLevelItemCount())]
    assert letters == sorted(letters) and "B" in letters and "Z" in letters
    b_group = next(tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
                   if tree.topLevelItem(i).text(0).startswith("B"))  # fmt: skip
    assert any(b_group.child(j).text(0).startswith("报复心理") for j in range(b_group.childCount()))
    glossary.filter.setText("補救")  # Traditional filter over Simplified terms
    names = [tree.topLevelItem(i).child(j).text(0) for i in range(tree.topLevelItemCount())
             for j in range(tree.topLevelItem(i).childCount())]  # fmt: skip
    assert names and all("补救" in n for n in names)


def test_reader_bookmark_and_note_then_delete_with_undo_and_export(qtbot, window, tmp_path):
    academy = window.academy
    window.open_lesson("what-is-a-complaint", section=1)
    reader = window.reader
    qtbot.waitUntil(lambda: reader.note_box.place is not None)
    qtbot.keyClick(reader.page, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert reader.bookmark_btn.isChecked()
    marks = academy.knowledge.bookmarks()
    assert [(b["kind"], b["ref"]) for b in marks] == [("lesson", "what-is-a-complaint")]
    assert academy.knowledge.is_bookmarked("lesson", "what-is-a-complaint", marks[0]["section"])
    reader.note_box.edit.insertPlainText("落差是起点")
    qtbot.waitUntil(lambda: academy.knowledge.notes() != [], timeout=3000)  # saved by itself
    assert academy.knowledge.notes()[0]["text"] == "落差是起点"

    window.show_page("knowledge")
    page = window.knowledge
    page.tabs.setCurrentWidget(page.notes)
    notes = page.notes
    assert notes.bookmarks.count() == 1 and notes.notes.count() == 1
    notes.notes.setCurrentRow(0)
    notes.delete_btn.click()
    assert notes.notes.count() == 0 and academy.knowledge.notes() == []
    notes.undo_btn.click()
    assert notes.notes.count() == 1
    out = tmp_path / "notes.md"
    op = notes.export(str(out))
    qtbot.waitUntil(lambda: op.is_finished)
    assert "落差是起点" in out.read_text(encoding="utf-8")
    notes.notes.setCurrentRow(0)
    notes.notes.itemActivated.emit(notes.notes.currentItem())
    assert window.stack.currentWidget() is reader and reader.lesson_id == "what-is-a-complaint"


def test_desk_window_checklist_copy_and_stay_on_top(qtbot, window):
    window.open_desk()
    desk = window._desk
    assert desk.isWindow() and desk.isVisible()
    assert desk.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
    checks = desk.checklists
    assert checks.items.count() >= 6
    checks.items.itemClicked.emit(checks.items.item(0))
    assert checks.checked() == 1 and "1" in checks.progress.text()
    checks.clear()
    assert checks.checked() == 0

    desk.tabs.setCurrentWidget(desk.phrases)
    card = desk.phrases.cards[0]
    card.copy_btn.click()
    assert QApplication.clipboard().text() == card.phrase.say
    assert card.phrase.say in desk.status.text()

    desk.on_top.setChecked(False)
    assert not desk.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
    assert window.academy.setting("desk_on_top") is False
    desk.close()
    window._desk = None
    window.open_desk()
    assert not window._desk.on_top.isChecked(), "the choice is remembered"


def test_a_note_typed_just_before_leaving_is_saved_at_once(qtbot, window):
    window.open_lesson("what-is-a-complaint", section=1)
    reader = window.reader
    qtbot.waitUntil(lambda: reader.note_box.place is not None)
    reader.note_box.edit.insertPlainText("临走前写的")
    window.show_page("home")  # no waiting for the autosave timer
    assert [n["text"] for n in window.academy.knowledge.notes()] == ["临走前写的"]


def test_nothing_found_offers_a_word_and_a_role_play_hit_opens_its_scenario(qtbot, window):
    window.open_search()
    panel = window.knowledge.search
    panel.box.setFocus()
    panel.box.insert("batnx")
    qtbot.waitUntil(lambda: "href" in panel.status.text(), timeout=20000)
    assert panel.results.count() == 0
    suggestion = panel.academy.knowledge.suggest("batnx")[0]
    panel.status.linkActivated.emit(suggestion)  # as a click on the link does
    qtbot.waitUntil(lambda: panel.results.count() > 0, timeout=20000)
    assert panel.box.text() == suggestion

    panel.kind.setCurrentIndex(panel.kind.findData("scenario"))
    _search(qtbot, panel, "网红")
    hit = panel.current_hit()
    assert hit.kind == "scenario"
    assert window.academy.content.scenarios[hit.ref].title in panel.preview.toPlainText()
    qtbot.keyClick(panel.box, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.roleplay
    assert window.roleplay.selected_id() == hit.ref == "influencer-threatens-post"


def test_search_opens_to_guidance_with_examples_that_search(qtbot, window):
    """Issue 20: the search tab opened to two blank panes."""
    window.open_search()
    panel = window.knowledge.search
    assert panel.body.currentWidget() is panel.guide and panel.guide.isVisible()
    guide = panel.guide.toPlainText()
    assert "glossary" in guide and "Ctrl+K" in guide and "怎么安抚愤怒的客户" in guide
    html_text = panel.guide.toHtml()
    assert html_text.count('href="search:') >= 3, "the examples are links"
    from PySide6.QtCore import QUrl

    panel.guide.anchorClicked.emit(QUrl("search:服务补救"))
    assert panel.box.text() == "服务补救" and panel.box.hasFocus()
    qtbot.waitUntil(lambda: panel.results.count() > 0, timeout=20000)
    assert panel.body.currentWidget() is panel.splitter and panel.results.isVisible()
    qtbot.keyClick(panel.box, Qt.Key.Key_Escape)  # clears the box: the guide is back
    qtbot.waitUntil(lambda: panel.body.currentWidget() is panel.guide)


def test_glossary_card_says_how_to_pick_a_term_until_one_is_picked(qtbot, window):
    window.show_page("knowledge")
    page = window.knowledge
    page.tabs.setCurrentWidget(page.glossary)
    glossary = page.glossary
    assert glossary.current_term() is None
    assert "Pick a term" in glossary.card.toPlainText()
    glossary.filter.setText("zzzz")
    assert glossary.tree.topLevelItemCount() == 0
    assert "No term matches “zzzz”" in glossary.card.toPlainText()
    glossary.filter.clear()
    glossary.select("empathy")
    assert "Pick a term" not in glossary.card.toPlainText()
    assert "empathy" in glossary.card.toPlainText()


def test_bookmarks_and_notes_empty_then_a_bookmark_is_removed_with_undo(qtbot, window):
    from PySide6.QtWidgets import QMenu

    academy = window.academy
    window.show_page("knowledge")
    page = window.knowledge
    page.tabs.setCurrentWidget(page.notes)
    panel = page.notes
    assert panel.no_bookmarks.isVisible() and not panel.bookmarks.isVisible()
    assert "Ctrl+D" in panel.no_bookmarks.text()
    assert panel.no_notes.isVisible() and "saved as you type" in panel.no_notes.text()
    assert not panel.remove_btn.isEnabled()

    academy.knowledge.toggle_bookmark("lesson", "what-is-a-complaint", 2)
    academy.knowledge.toggle_bookmark("lesson", "customer-psychology", 1)
    assert panel.bookmarks.isVisible() and panel.bookmarks.count() == 2
    assert not panel.no_bookmarks.isVisible()
    panel.bookmarks.setFocus()
    panel.bookmarks.setCurrentRow(0)  # newest first: customer-psychology
    qtbot.keyClick(panel.bookmarks, Qt.Key.Key_Delete)
    assert not academy.knowledge.is_bookmarked("lesson", "customer-psychology", 1)
    assert panel.bookmarks.count() == 1 and "Bookmark removed" in panel.status.text()
    assert panel.bookmarks.hasFocus() and panel.bookmarks.currentRow() == 0, "Delete can go on"
    qtbot.keyClick(panel.bookmarks, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert academy.knowledge.is_bookmarked("lesson", "customer-psychology", 1)
    assert panel.bookmarks.count() == 2 and "restored" in panel.status.text()

    panel.bookmarks.setCurrentRow(1)
    panel.remove_btn.click()
    assert not academy.knowledge.is_bookmarked("lesson", "what-is-a-complaint", 2)
    panel.undo_btn.click()
    assert academy.knowledge.is_bookmarked("lesson", "what-is-a-complaint", 2)

    item = panel.bookmarks.item(0)
    panel._context_menu(panel.bookmarks, panel.bookmarks.visualItemRect(item).center())
    menu = panel.findChildren(QMenu)[-1]
    remove = next(a for a in menu.actions() if a.text() == "Remove bookmark")
    remove.trigger()
    menu.close()
    assert panel.bookmarks.count() == 1
