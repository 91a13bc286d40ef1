"""Bookmarks and notes: kept per learner in SQLite, deleted with undo, searchable in either
script, exported as Markdown."""

import sqlite3

from tests.helpers import database_of

LESSON = "seven-step-emotion-first"


def test_bookmarks_toggle_and_survive_a_reopen(learner):
    assert learner.knowledge.toggle_bookmark("lesson", LESSON, 3) is True
    assert learner.knowledge.toggle_bookmark("case", "bank-account-limit", 2) is True
    assert learner.knowledge.is_bookmarked("lesson", LESSON, 3)
    pid = learner.profile.id
    learner.close_learner()
    learner.open_learner(pid)
    marks = learner.knowledge.bookmarks()
    assert {(b["kind"], b["ref"], b["section"]) for b in marks} == {
        ("lesson", LESSON, 3),
        ("case", "bank-account-limit", 2),
    }
    lesson_mark = next(b for b in marks if b["kind"] == "lesson")
    assert "合理道歉" in lesson_mark["title"] and lesson_mark["target"] == f"{LESSON}#3"
    assert learner.knowledge.toggle_bookmark("lesson", LESSON, 3) is False
    assert not learner.knowledge.is_bookmarked("lesson", LESSON, 3)


def test_one_note_per_section_edit_delete_and_undo(learner):
    first = learner.knowledge.save_note("lesson", LESSON, 3, "道歉要真诚，但别先认责任。")
    again = learner.knowledge.save_note("lesson", LESSON, 3, "道歉要真诚；事实查清前不认责任。")
    assert first == again
    assert learner.knowledge.note_for("lesson", LESSON, 3)["text"].endswith("不认责任。")
    assert len(learner.knowledge.notes()) == 1
    assert learner.knowledge.delete_note(first) and learner.knowledge.notes() == []
    with sqlite3.connect(database_of(learner)) as conn:  # kept, only marked deleted
        assert (
            conn.execute("SELECT count(*) FROM note WHERE deleted_at IS NOT NULL").fetchone()[0]
            == 1
        )
    assert learner.knowledge.restore_note(first)
    assert learner.knowledge.note_for("lesson", LESSON, 3)["id"] == first
    assert learner.knowledge.save_note("lesson", LESSON, 3, "   ") is None  # emptied = deleted
    assert learner.knowledge.note_for("lesson", LESSON, 3) is None


def test_undo_does_not_overwrite_a_newer_note(learner):
    old = learner.knowledge.save_note("lesson", LESSON, 2, "旧笔记")
    learner.knowledge.delete_note(old)
    learner.knowledge.save_note("lesson", LESSON, 2, "新笔记")
    assert learner.knowledge.restore_note(old) is False
    assert learner.knowledge.note_for("lesson", LESSON, 2)["text"] == "新笔记"


def test_notes_are_found_by_search_in_either_script(learner):
    learner.knowledge.save_note(
        "case", "bank-account-limit", 1, "提醒柜员：证件过期会调低非柜面限额"
    )
    for query in ("非柜面限额", "非櫃面限額", "证件"):
        hits = learner.knowledge.search(query, limit=50)
        mine = [h for h in hits if h.kind == "note"]
        assert len(mine) == 1 and mine[0].target == "case:bank-account-limit#1", query
    assert not [
        h for h in learner.knowledge.search("非柜面限额", kinds=["term"]) if h.kind == "note"
    ]


def test_notes_export_as_markdown_grouped_by_lesson(learner, tmp_path):
    learner.knowledge.save_note("lesson", LESSON, 3, "第一条笔记")
    learner.knowledge.save_note("lesson", "what-is-a-complaint", 1, "第二条\n两行")
    out = learner.knowledge.export_notes(tmp_path / "笔记.md")
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# 学习笔记 · 测试学员")
    first, second = text.index("什么是投诉"), text.index("情绪优先七步")
    assert first < second, "in course order"
    assert "### 第三步：合理道歉" in text and "第二条\n两行" in text
    assert not list(tmp_path.glob(".*.tmp"))
