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
