"""Pages refresh from change notices: what one page changes, the others show, without any
page knowing about the others (and a page in the middle of something is not disturbed)."""

from PySide6.QtCore import Qt

from app.changes import Changes


def _answer_wrongly(qtbot, page) -> str:
    """Answer the current choice question with a wrong option, by keys; returns its id."""
    presented = page.session.current
    right = set(presented.option_positions(correct=True))
    wrong = next(i for i in range(len(presented.question.options)) if i not in right)
    qtbot.keyClick(page, chr(ord("A") + wrong))
    qtbot.keyClick(page, Qt.Key.Key_Return)
    return presented.question.id


def test_an_answer_in_the_quiz_updates_the_dashboard_and_the_review_count(qtbot, window):
    window.show_page("progress")
    tiles = window.progress.learner.tiles
    assert tiles["reviews"].value.text() == "0"
    window.show_page("quiz")
    quiz = window.quiz
    assert not quiz.review_btn.isEnabled()
    quiz.start("practice", topic="s02")
    while quiz.session.current.question.type not in ("single", "situational"):
        quiz.session.advance()
        quiz._show_current()
    missed = _answer_wrongly(qtbot, quiz)
    assert quiz.session is not None and quiz.stack.currentIndex() == 1, "the quiz goes on"
    assert quiz.stale, "the start page waits until the quiz is over"
    assert window.progress.stale, "a hidden page refreshes when it is next shown"
    window.show_page("progress")
    assert tiles["reviews"].value.text() == "1"
    assert window.progress.learner.review_btn.isEnabled()
    window.show_page("quiz")
    qtbot.keyClick(quiz, Qt.Key.Key_Escape)  # end the practice (after asking): the results
    next(b for b in quiz.confirm.buttons() if b.text() == "End").click()
    assert quiz.stack.currentIndex() == 2 and quiz.stale
    qtbot.keyClick(quiz, Qt.Key.Key_Escape)  # and back to the start page, refreshed
    assert quiz.stack.currentIndex() == 0
    assert quiz.review_btn.isEnabled() and "1" in quiz.review_label.text()
    assert missed in window.academy.quizzes.due_review_ids()


def test_a_note_saved_in_the_reader_appears_in_bookmarks_and_notes(qtbot, window):
    window.show_page("knowledge")
    notes = window.knowledge.notes
    notes.refresh()
    assert notes.notes.count() == 0
    window.open_lesson("what-is-a-complaint", section=2)
    reader = window.reader
    qtbot.waitUntil(lambda: reader.current_section() == 2)
    reader.bookmark_btn.click()
    reader.note_box.edit.setPlainText("客户要的是被认真对待")
    reader.note_box.save()
    assert window.knowledge.stale
    window.show_page("knowledge")
    window.knowledge.tabs.setCurrentWidget(notes)
    assert notes.notes.count() == 1 and "被认真对待" in notes.notes.item(0).text()
    assert notes.bookmarks.count() == 1


def test_learning_a_lesson_updates_home_and_the_reader_outline(qtbot, window):
    window.show_page("home")
    home = window.home
    before = home.progress.value()
    window.academy.study.set_learned("what-is-a-complaint")  # as the reader or a script would
    assert home.progress.value() == before + 1, "a visible page refreshes at once"


def test_a_page_hears_who_asked_for_the_change(qtbot, window):
    from app.changes import initiated_by

    heard = []
    window.relay.changed.connect(lambda changes, initiator: heard.append((changes, initiator)))
    with initiated_by(window.home):
        window.academy.knowledge.toggle_bookmark("lesson", "what-is-a-complaint", 1)
    window.academy.study.set_learned("what-is-a-complaint")
    assert heard == [(Changes(notes=True), window.home), (Changes(lessons=True), None)]


def test_every_state_changing_facade_method_declares_its_changes(learner):
    """A new write that forgets to announce itself would leave pages stale. Every public
    method of the facade is classified here; a method that writes state is declared with
    @mutation and the declaration names real kinds; an unclassified new method fails."""
    services = {
        "study": learner.study, "quizzes": learner.quizzes, "roleplay": learner.roleplay,
        "knowledge": learner.knowledge, "reports": learner.reports,
        "profiles": learner.profiles, "writing": learner.writing, "academy": learner,
        "sync": learner.sync, "studio": learner.studio,
    }  # fmt: skip
    declared = {
        "study": {"open_lesson", "set_learned", "add_study_time", "set_track"},
        "quizzes": {
            "submit",
            "finish",
            "abandon",
            "rate",
            "import_bank",
            "remove_bank",
            "set_exam_rules",
            "reset_exam_rules",
        },
        "roleplay": {"finish"},
        "knowledge": {"toggle_bookmark", "save_note", "delete_note", "restore_note"},
        "reports": {"import_cohort_files", "remove_cohort_learner", "import_cohort_from_lrs"},
        "profiles": {
            "create",
            "rename",
            "set_pin",
            "delete",
            "undo_delete",
            "import_learner",
            "make_trainer",
            "drop_trainer",
        },
        "writing": {"save_draft", "save_assessment", "start_again"},
        "sync": {"send_now", "set_identity", "save_organisation"},
        "academy": {"install_pack", "rollback_layer", "set_setting"},
        "studio": {"new_item", "import_docx", "import_questions", "saved", "promote_draft",
                   "publish", "paste_questions"},
    }
    # Announce through a declared helper, or by hand (the kinds depend on the case).
    indirect = {"quizzes": {"start"}, "academy": {"open_learner", "open_scratch_learner",
                                                  "set_language"}}  # fmt: skip
    indirect["studio"] = set()
    # Write files the learner asked for, caches, or nothing any page shows (scroll position).
    silent = {
        "study": {"save_position"}, "quizzes": {"export"},
        "knowledge": {"prepare", "forget_index", "export_notes"},
        "reports": {"export", "export_cohort_csv", "close"}, "profiles": {"export_learner"},
        "academy": {"warm_up", "close_learner", "close", "load_content"},
    }  # fmt: skip
    reads = {
        "study": {"lesson_states", "resume_point", "next_lesson", "course_progress",
                  "track", "followed_lessons"},
        "quizzes": {"due_review_ids", "due_review_count", "next_review", "topic_mastery",
                    "exam_history", "exam_rules", "exam_sections", "attempts_left",
                    "preview_import", "banks", "bank_questions"},
        "roleplay": {"start", "best_results", "runs"},
        "knowledge": {"search", "is_bookmarked", "bookmarks", "note_for", "notes", "vocabulary",
                      "marks", "suggest"},
        "sync": {"organisation", "status", "identity", "check_connection"},
        "reports": {"records", "statements", "dashboard", "certificate", "cohort_learners",
                    "cohort_most_missed", "cohort_missed_cells", "cohort_score_distribution",
                    "cohort_topic_mastery", "cohort_statement_count", "cohort_report"},
        "profiles": {"all", "get", "verify_pin", "trainer", "is_trainer"},
        "writing": {"tasks", "task", "attempts", "attempt"},
        "academy": {"lesson", "inspect_pack", "setting", "assets_of"},
        "studio": {"items", "problems", "version"},
    }  # fmt: skip
    for name, service in services.items():
        public = {n for n, v in vars(type(service)).items()
                  if not n.startswith("_") and callable(v)}  # fmt: skip
        groups = [declared, indirect, silent, reads]
        known = set().union(*(g.get(name, set()) for g in groups))
        assert public == known, f"classify {name}: {sorted(public ^ known)}"
        for method in declared[name]:
            changes = getattr(getattr(type(service), method), "changes", None)
            assert isinstance(changes, Changes) and changes, f"{name}.{method}"
        for method in public - declared[name]:
            assert getattr(getattr(type(service), method), "changes", None) is None, method


def test_a_pack_install_refreshes_every_page(qtbot, learner, content_copy, tmp_path):
    """Installed from the File menu, off the window's thread; then every page shows the new
    course: the window is rebuilt around the learner's place, not left half stale."""
    from app.course.packs import build_pack
    from app.main import Gui
    from app.views.main_window import PAGES, MainWindow

    def retitle(path, old, new):
        path.write_text(path.read_text("utf-8").replace(old, new, 1), encoding="utf-8")

    retitle(content_copy / "lessons" / "s01-what-is-a-complaint.md",
            "title: 什么是投诉", "title: 投诉是什么")  # fmt: skip
    retitle(content_copy / "cases" / "bank-account-limit.md", "title: ", "title: 【新】")
    retitle(content_copy / "scenarios" / "bank-account-limit.yaml",
            "title: 转账被限额的客户", "title: 转账限额（新版）")  # fmt: skip
    pack = build_pack(content_copy, tmp_path / "p.zip", pack_id="update", version="2.0",
                      title="新版")  # fmt: skip

    gui = Gui(learner)
    gui.window = MainWindow(learner, gui.colors)
    gui.window.rebuild_requested.connect(lambda: gui.rebuild_window(gui.window.place()))
    qtbot.addWidget(gui.window)
    gui.window.on_ready(None)
    gui.window.show()
    for key in PAGES:  # every page built and seen once
        gui.window.show_page(key)
    gui.window.show_page("home")
    old = gui.window
    old.files.install_pack(str(pack), confirm=False)
    qtbot.waitUntil(lambda: gui.window is not old, timeout=60_000)
    w = gui.window
    qtbot.addWidget(w)

    def tree_texts(tree) -> set[str]:
        out, stack = set(), [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
        while stack:
            item = stack.pop()
            out.add(item.text(0))
            stack.extend(item.child(i) for i in range(item.childCount()))
        return out

    assert any("投诉是什么" in t for t in tree_texts(w.home.outline))
    w.show_page("lesson")
    assert any("投诉是什么" in t for t in tree_texts(w.reader.outline))
    w.show_page("cases")
    cases = [w.cases.list.item(i).text() for i in range(w.cases.list.count())]
    assert any("【新】" in t for t in cases)
    w.show_page("roleplay")
    plays = [w.roleplay.list.item(i).text() for i in range(w.roleplay.list.count())]
    assert any("转账限额（新版）" in t for t in plays)
