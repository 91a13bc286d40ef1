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
    profile = other.profiles.import_learner(out)
    assert profile.name == "测试学员" and other.profiles.verify_pin(profile.id, "2468")
    other.open_learner(profile.id)
    assert other.study.lesson_states()["what-is-a-complaint"].learned
    assert [n["text"] for n in other.knowledge.notes()] == ["带走的笔记"]
    other.close_learner()

    again = other.profiles.import_learner(out)  # the same file twice: a second, separate learner
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
