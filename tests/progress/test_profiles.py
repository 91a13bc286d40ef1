"""Learner profiles: create, rename, PIN, delete with undo, recovery of a damaged list."""

import json
from pathlib import Path

import pytest

from app.paths import DataPaths
from app.progress.profiles import ProfileError, ProfileRegistry


@pytest.fixture
def registry(tmp_path: Path) -> ProfileRegistry:
    return ProfileRegistry(DataPaths(tmp_path).ensure())


def test_create_rename_and_remember_last(registry: ProfileRegistry, tmp_path: Path):
    a = registry.create("  张三  ")
    b = registry.create("Li Ming")
    assert a.name == "张三"
    assert [p.name for p in registry.profiles()] == ["Li Ming", "张三"]
    registry.rename(a.id, "张三丰")
    registry.set_last(b.id)
    again = ProfileRegistry(DataPaths(tmp_path))
    assert again.get(a.id).name == "张三丰"
    assert again.last_profile_id == b.id


@pytest.mark.parametrize(
    ("name", "code"), [("", "name-empty"), ("   ", "name-empty"), ("x" * 41, "name-too-long")]
)
def test_bad_names_are_refused(registry: ProfileRegistry, name: str, code: str):
    with pytest.raises(ProfileError, match=code):
        registry.create(name)


def test_duplicate_names_are_refused_case_insensitively(registry: ProfileRegistry):
    registry.create("Li Ming")
    with pytest.raises(ProfileError, match="name-taken"):
        registry.create("li ming")


def test_pin_is_salted_hash_and_verified(registry: ProfileRegistry, tmp_path: Path):
    a = registry.create("甲", pin="1234")
    b = registry.create("乙", pin="1234")
    text = (tmp_path / "profiles.json").read_text(encoding="utf-8")
    assert "1234" not in text
    assert a.pin_hash != b.pin_hash, "same PIN, different salt, different hash"
    assert registry.verify_pin(a.id, "1234")
    assert not registry.verify_pin(a.id, "4321")
    registry.set_pin(a.id, None)
    assert registry.verify_pin(a.id, "")
    for bad in ("123", "12345", "abcd"):
        with pytest.raises(ProfileError, match="pin-format"):
            registry.create("丙" + bad, pin=bad)


def test_delete_keeps_a_copy_and_can_be_undone(registry: ProfileRegistry, tmp_path: Path):
    p = registry.create("要删除的")
    marker = tmp_path / "learners" / p.id / "progress.db"
    marker.write_bytes(b"progress")
    deleted = registry.delete(p.id)
    assert registry.get(p.id) is None
    assert (deleted.moved_to / "progress.db").read_bytes() == b"progress"
    assert json.loads((deleted.moved_to / "profile.json").read_text(encoding="utf-8"))["name"]
    restored = registry.undo_delete(deleted)
    assert restored.name == "要删除的"
    assert marker.read_bytes() == b"progress"


def test_damaged_list_falls_back_to_previous_copy(registry: ProfileRegistry, tmp_path: Path):
    registry.create("甲")
    registry.create("乙")  # the .bak now holds the list with 甲
    (tmp_path / "profiles.json").write_text("{ broken", encoding="utf-8")
    again = ProfileRegistry(DataPaths(tmp_path))
    assert [p.name for p in again.profiles()] == ["甲"]
    assert again.recovery_note
    assert list(tmp_path.glob("profiles.json.damaged-*")), "the damaged file is kept"


def test_lost_list_is_rebuilt_from_folders(registry: ProfileRegistry, tmp_path: Path):
    p = registry.create("甲")
    (tmp_path / "profiles.json").unlink()
    (tmp_path / "profiles.json.bak").unlink(missing_ok=True)
    again = ProfileRegistry(DataPaths(tmp_path))
    assert [q.id for q in again.profiles()] == [p.id]


def test_each_profile_has_separate_progress(academy):
    a = academy.profiles.create("甲")
    b = academy.profiles.create("乙")
    academy.open_learner(a.id)
    academy.study.set_learned("what-is-a-complaint")
    academy.open_learner(b.id)
    assert academy.study.lesson_states() == {}
    academy.open_learner(a.id)
    assert academy.study.lesson_states()["what-is-a-complaint"].learned


# the trainer role ----------------------------------------------------------------------------
def test_the_first_trainer_names_itself_with_its_pin(registry: ProfileRegistry, tmp_path: Path):
    t = registry.create("Trainer", "1234")
    other = registry.create("Learner", "5678")
    no_pin = registry.create("No PIN")
    assert registry.trainer() is None
    with pytest.raises(ProfileError, match="trainer-needs-pin"):
        registry.make_trainer(no_pin.id, no_pin.id, "")
    with pytest.raises(ProfileError, match="pin-wrong"):
        registry.make_trainer(t.id, t.id, "0000")
    with pytest.raises(ProfileError, match="not-trainer"):  # the first one names only itself
        registry.make_trainer(other.id, t.id, "1234")
    assert registry.make_trainer(t.id, t.id, "1234").trainer
    assert ProfileRegistry(DataPaths(tmp_path)).trainer().id == t.id
    with pytest.raises(ProfileError, match="not-trainer"):  # a learner cannot take the role
        registry.make_trainer(other.id, other.id, "5678")
    with pytest.raises(ProfileError, match="not-trainer"):
        registry.drop_trainer(other.id, "5678")


def test_only_the_trainer_hands_the_role_on_or_gives_it_up(registry: ProfileRegistry):
    t = registry.create("Trainer", "1234")
    other = registry.create("Learner", "5678")
    no_pin = registry.create("No PIN")
    registry.make_trainer(t.id, t.id, "1234")
    with pytest.raises(ProfileError, match="trainer-needs-pin"):
        registry.make_trainer(no_pin.id, t.id, "1234")
    with pytest.raises(ProfileError, match="pin-wrong"):
        registry.make_trainer(other.id, t.id, "9999")
    registry.make_trainer(other.id, t.id, "1234")
    assert registry.trainer().id == other.id and not registry.get(t.id).trainer
    with pytest.raises(ProfileError, match="trainer-needs-pin"):  # a trainer keeps a PIN
        registry.set_pin(other.id, None)
    assert registry.rename(other.id, "Head trainer").trainer, "renaming keeps the role"
    assert registry.set_pin(other.id, "4321").trainer
    registry.drop_trainer(other.id, "4321")
    assert registry.trainer() is None


def test_the_role_survives_delete_and_undo_only_while_nobody_else_took_it(
    registry: ProfileRegistry,
):
    t = registry.create("Trainer", "1234")
    other = registry.create("Learner", "5678")
    registry.make_trainer(t.id, t.id, "1234")
    deleted = registry.delete(t.id)
    assert registry.trainer() is None
    assert registry.undo_delete(deleted).trainer
    deleted = registry.delete(t.id)
    registry.make_trainer(other.id, other.id, "5678")
    assert not registry.undo_delete(deleted).trainer
    assert [p.name for p in registry.profiles() if p.trainer] == ["Learner"]


def test_a_hand_edited_trainer_mark_is_read_defensively(tmp_path: Path):
    paths = DataPaths(tmp_path).ensure()
    first = ProfileRegistry(paths)
    a, b = first.create("A", "1111"), first.create("B", "2222")
    c, d = first.create("C"), first.create("D", "4444")
    data = json.loads(paths.profiles_file.read_text(encoding="utf-8"))
    marks = {a.id: "yes", b.id: True, c.id: True, d.id: True}  # text, real, no PIN, second
    for entry in data["profiles"]:
        entry["trainer"] = marks[entry["id"]]
    paths.profiles_file.write_text(json.dumps(data), encoding="utf-8")
    again = ProfileRegistry(paths)
    assert [p.name for p in again.profiles() if p.trainer] == ["B"]
    assert again.recovery_note is None and len(again.profiles()) == 4


def test_a_list_written_before_the_trainer_role_still_loads(tmp_path: Path):
    paths = DataPaths(tmp_path).ensure()
    old = {"version": 1, "last_profile": "abc", "profiles": [
        {"id": "abc", "name": "老学员", "created_at": "2024-01-01T00:00:00",
         "pin_salt": None, "pin_hash": None}]}  # fmt: skip
    paths.profiles_file.write_text(json.dumps(old), encoding="utf-8")
    registry = ProfileRegistry(paths)
    assert registry.get("abc").name == "老学员" and not registry.get("abc").trainer
    assert registry.trainer() is None
