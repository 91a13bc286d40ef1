"""Moving a learner to another PC: everything comes along; bad files are refused with the
reason and leave nothing behind; a clash never overwrites anyone."""

import json
import zipfile

import pytest

from app.progress.transfer import TransferError
from app.services import Academy


def test_a_learner_moves_with_pin_and_records(learner, tmp_path, course):
    learner.profiles.set_pin(learner.profile.id, "2468")
    learner.study.open_lesson("what-is-a-complaint")
    learner.study.set_learned("what-is-a-complaint")
    learner.knowledge.save_note("lesson", "what-is-a-complaint", 1, "带走的笔记")
    out = learner.profiles.export_learner(tmp_path / "me.academy-learner")

    other = Academy(tmp_path / "other-pc", course=course)
    profile = other.profiles.import_learner(out).profile
    assert profile.name == "测试学员" and other.profiles.verify_pin(profile.id, "2468")
    other.open_learner(profile.id)
    assert other.study.lesson_states()["what-is-a-complaint"].learned
    assert [n["text"] for n in other.knowledge.notes()] == ["带走的笔记"]
    other.close_learner()

    again = other.profiles.import_learner(
        out
    ).profile  # the same file twice: a second, separate learner
    assert again.id != profile.id and again.name == "测试学员 (2)"


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (lambda p: p.write_text("not a zip"), "not a learner file"),
        (lambda p: zipfile.ZipFile(p, "w").writestr("../evil.txt", "x"), "expected"),
        (
            lambda p: _zip(p, {"learner.json": "{}", "progress.db": b"x"}),
            "not a learner description",
        ),
        (
            lambda p: _zip(
                p,
                {
                    "learner.json": json.dumps(
                        {"format": "complaint-academy-learner/1", "profile": {"name": "甲"}}
                    ),
                    "progress.db": b"garbage" * 100,
                },
            ),
            "damaged",
        ),
    ],
)
def test_bad_files_are_refused_and_leave_nothing(tmp_path, make, words, course):
    bad = tmp_path / "bad.academy-learner"
    make(bad)
    academy = Academy(tmp_path / "pc", course=course)
    with pytest.raises(TransferError, match=words):
        academy.profiles.import_learner(bad)
    assert academy.profiles.all() == []
    assert not any((tmp_path / "pc" / "learners").iterdir())


def _zip(path, entries):
    with zipfile.ZipFile(path, "w") as z:
        for name, data in entries.items():
            z.writestr(name, data)


def test_a_zip_bomb_learner_file_is_refused_before_it_is_read(tmp_path, course, monkeypatch):
    """A small file that unpacks to gigabytes is refused by its header, never read whole."""
    bomb = tmp_path / "bomb.academy-learner"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("learner.json", b" " * (20 * 1024 * 1024))  # ~1000:1
        z.writestr("progress.db", b"x")
    read = zipfile.ZipFile.read
    monkeypatch.setattr(
        zipfile.ZipFile, "read",
        lambda self, name, pwd=None: pytest.fail(f"{name} was read") if name == "learner.json"
        else read(self, name, pwd),
    )  # fmt: skip
    academy = Academy(tmp_path / "pc", course=course)
    with pytest.raises(TransferError, match=r"learner\.json. is (larger|compressed)"):
        academy.profiles.import_learner(bomb)
    assert academy.profiles.all() == []


# The file is data, never adopted: rows are copied into a database the app's migrations made.
def _rewrite(file, *, db=None, meta=None):
    """Change a learner file as someone with a text editor or sqlite3 could."""
    import sqlite3
    import tempfile
    from pathlib import Path

    with zipfile.ZipFile(file) as z:
        entries = {n: z.read(n) for n in z.namelist()}
    if db is not None:
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "progress.db"
            path.write_bytes(entries["progress.db"])
            con = sqlite3.connect(path)
            con.executescript(db)
            con.commit()
            con.close()
            entries["progress.db"] = path.read_bytes()
    if meta is not None:
        data = json.loads(entries["learner.json"])
        meta(data)
        entries["learner.json"] = json.dumps(data, ensure_ascii=False)
    file.unlink()
    _zip(file, entries)
    return file


def _unseal(meta):
    """What an older app wrote: no seal (format 1)."""
    meta.pop("seal", None)
    meta["format"] = "complaint-academy-learner/1"


def _tables(db):
    import sqlite3

    con = sqlite3.connect(db)
    try:
        return dict(con.execute("SELECT name, type FROM sqlite_master").fetchall())
    finally:
        con.close()


def test_a_planted_trigger_or_view_never_reaches_the_new_database(learner, tmp_path, course):
    out = learner.profiles.export_learner(tmp_path / "me.academy-learner")
    _rewrite(
        out,
        db="""
        INSERT INTO lesson_progress (lesson_id, status, first_opened_at, learned_at,
            last_section, scroll, seconds_spent, updated_at)
        VALUES ('what-is-a-complaint', 'learned', '2026-11-01 09:00:00.000000',
            '2026-11-01 09:30:00.000000', 2, 0.5, 600, '2026-11-01 09:30:00.000000');
        CREATE TRIGGER wipe AFTER INSERT ON lesson_progress BEGIN DELETE FROM lesson_progress; END;
        CREATE VIEW spy AS SELECT 1;
        """,
        meta=_unseal,
    )
    other = Academy(tmp_path / "other-pc", course=course)
    imported = other.profiles.import_learner(out).profile
    db = tmp_path / "other-pc" / "learners" / imported.id / "progress.db"
    kinds = _tables(db)
    assert "wipe" not in kinds and "spy" not in kinds and "alembic_version" in kinds
    other.open_learner(imported.id)
    assert other.study.lesson_states()["what-is-a-complaint"].learned
    for lid in other.content.lesson_order()[1:4]:  # the trigger would have wiped these
        other.study.set_learned(lid)
    assert sum(s.learned for s in other.study.lesson_states().values()) == 4


def test_a_database_without_a_version_or_with_damaged_rows_imports_what_is_sound(
    learner, tmp_path, course
):
    out = learner.profiles.export_learner(tmp_path / "me.academy-learner")
    _rewrite(
        out,
        db="""
        DROP TABLE alembic_version;
        DROP TABLE setting;
        CREATE TABLE setting (key TEXT, value TEXT);
        INSERT INTO setting VALUES ('theme', '"dark"'), ('theme', '"light"'), ('x', 'not json');
        INSERT INTO lesson_progress VALUES ('what-is-a-complaint', 'learned',
            '2026-11-01 09:00:00', '2026-11-01 09:30:00', 2, 0.5, 600, '2026-11-01 09:30:00');
        INSERT INTO lesson_progress VALUES ('why-customers-complain', 'learned',
            'not a date', NULL, 1, 0.0, 10, '2026-11-01 09:30:00');
        INSERT INTO lesson_progress VALUES (X'FF00', 'learned',
            '2026-11-01 09:00:00', NULL, 1, 0.0, 10, '2026-11-01 09:30:00');
        INSERT INTO note (kind, ref, section, text, created_at, updated_at)
            VALUES ('lesson', 'what-is-a-complaint', 1, zeroblob(10), '2026-11-01', '2026-11-01');
        INSERT INTO note (kind, ref, section, text, created_at, updated_at)
            VALUES ('lesson', 'what-is-a-complaint', 1, '留下的笔记', '2026-11-01', '2026-11-01');
        """,
        meta=_unseal,
    )
    other = Academy(tmp_path / "other-pc", course=course)
    result = other.profiles.import_learner(out)
    assert result.left_out == {"lesson_progress": 2, "note": 1, "setting": 2}
    other.open_learner(result.profile.id)
    states = other.study.lesson_states()
    assert states["what-is-a-complaint"].learned and "why-customers-complain" not in states
    assert [n["text"] for n in other.knowledge.notes()] == ["留下的笔记"]


def test_an_exported_pin_stays_with_the_learner(learner, tmp_path, course):
    learner.profiles.set_pin(learner.profile.id, "2468")
    out = learner.profiles.export_learner(tmp_path / "me.academy-learner")
    other = Academy(tmp_path / "other-pc", course=course)

    def strip(m):
        m["profile"]["pin_salt"] = m["profile"]["pin_hash"] = None

    for change in (strip, lambda m: m["profile"].pop("pin_hash")):
        copy = tmp_path / "stripped.academy-learner"
        copy.write_bytes(out.read_bytes())
        _rewrite(copy, meta=change)
        with pytest.raises(TransferError, match="PIN"):
            other.profiles.import_learner(copy)
    # an old-format file made to look unsealed still carries the PIN inside its database
    copy = tmp_path / "downgraded.academy-learner"
    copy.write_bytes(out.read_bytes())
    _rewrite(copy, meta=lambda m: (strip(m), _unseal(m)))
    with pytest.raises(TransferError, match="PIN"):
        other.profiles.import_learner(copy)
    # a renamed profile breaks the seal
    copy.write_bytes(out.read_bytes())
    _rewrite(copy, meta=lambda m: m["profile"].update(name="别人"))
    with pytest.raises(TransferError, match="changed"):
        other.profiles.import_learner(copy)
    assert other.profiles.all() == []
    imported = other.profiles.import_learner(out).profile
    assert imported.has_pin and not other.profiles.verify_pin(imported.id, "0000")
    assert other.profiles.verify_pin(imported.id, "2468")


@pytest.mark.parametrize(
    ("salt", "digest"), [("zz", "00" * 32), ("00" * 16, "zz"), ("00" * 16, None), (3, "00" * 32)]
)
def test_malformed_pin_fields_are_refused_not_crashed_on(learner, tmp_path, course, salt, digest):
    out = learner.profiles.export_learner(tmp_path / "me.academy-learner")
    _rewrite(out, meta=lambda m: (_unseal(m), m["profile"].update(pin_salt=salt, pin_hash=digest)))
    other = Academy(tmp_path / "other-pc", course=course)
    with pytest.raises(TransferError, match="PIN"):
        other.profiles.import_learner(out)


def test_a_profile_list_with_malformed_pin_fields_keeps_the_profile_locked(tmp_path, course):
    academy = Academy(tmp_path / "pc", course=course)
    pid = academy.profiles.create("甲", pin="1234").id
    academy.close()
    f = tmp_path / "pc" / "profiles.json"
    data = json.loads(f.read_text(encoding="utf-8"))
    data["profiles"][0]["pin_salt"] = "zz"
    f.write_text(json.dumps(data), encoding="utf-8")
    again = Academy(tmp_path / "pc", course=course)
    assert again.profiles.all()[0].has_pin
    assert not again.profiles.verify_pin(pid, "1234") and not again.profiles.verify_pin(pid, "")
