"""The per-file parse cache (app.common.reading) and the progress of a content load: cached
parses give the same bundle, only a changed file is parsed again, a cached parse is validated
as a fresh one is, and every file read is counted (and can be cancelled)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.course.frozen_json import encode
from app.course.loader import load_content
from app.tasks import Cancelled, Progress


def entries(cache: Path) -> set[str]:
    return {p.stem for p in cache.glob("*/*.json")}


def load(content: Path, cache: Path | None = None, progress: Progress | None = None):
    kwargs = {"progress": progress} if progress is not None else {}
    return load_content(content, content.parent / "assets", parse_cache=cache, **kwargs)


def test_cached_parses_give_the_same_bundle(content_copy: Path, tmp_path: Path):
    cache = tmp_path / "parsed"
    plain = encode(load(content_copy))
    first = encode(load(content_copy, cache))
    files = [p for p in content_copy.rglob("*") if p.suffix in (".md", ".yaml")]
    assert len(entries(cache)) == len(files)  # the bundled course caches every file
    assert first == plain
    assert encode(load(content_copy, cache)) == plain


def test_after_an_update_only_the_changed_file_is_parsed_again(content_copy: Path, tmp_path: Path):
    cache = tmp_path / "parsed"
    load(content_copy, cache)
    before = entries(cache)
    lesson = content_copy / "lessons" / "s01-what-is-a-complaint.md"
    lesson.write_text(lesson.read_text(encoding="utf-8").replace("minutes: 25", "minutes: 26"))
    bundle = load(content_copy, cache)
    after = entries(cache)
    assert len(after - before) == 1 and len(before - after) == 1  # the old parse is pruned
    assert bundle.lessons["what-is-a-complaint"].minutes == 26


def _entry_of(cache: Path, lesson_id: str) -> Path:
    for path in cache.glob("*/*.json"):
        data = json.loads(path.read_text(encoding="utf-8"))["data"]
        if isinstance(data, dict) and data.get("id") == lesson_id:
            return path
    raise AssertionError(f"no cached parse of {lesson_id}")


def test_a_cached_parse_is_validated_again(content_copy: Path, tmp_path: Path):
    cache = tmp_path / "parsed"
    load(content_copy, cache)
    path = _entry_of(cache, "what-is-a-complaint")
    entry = json.loads(path.read_text(encoding="utf-8"))
    entry["data"]["minutes"] = "many"
    path.write_text(json.dumps(entry, ensure_ascii=False), encoding="utf-8")
    bundle = load(content_copy, cache)
    wrong = [p for p in bundle.problems if p.kind == "wrong-type"]
    assert [p.file for p in wrong] == ["content/lessons/s01-what-is-a-complaint.md"]
    assert "minutes" in wrong[0].message and wrong[0].line == 6  # the line the cache kept


@pytest.mark.parametrize(
    "damage", ["{not json", '{"data": {}}', '{"data": {}, "lines": [["id", 2]]}', "[]"]
)
def test_a_damaged_entry_is_ignored_and_the_file_parsed_again(
    content_copy: Path, tmp_path: Path, damage: str
):
    cache = tmp_path / "parsed"
    expected = encode(load(content_copy, cache))
    _entry_of(cache, "what-is-a-complaint").write_text(damage, encoding="utf-8")
    assert encode(load(content_copy, cache)) == expected


def test_progress_counts_every_file_read(content_copy: Path):
    steps: list[tuple[int, int]] = []
    load(content_copy, progress=Progress(lambda done, total, _text: steps.append((done, total))))
    files = [p for p in content_copy.rglob("*") if p.suffix in (".md", ".yaml")]
    assert {total for _, total in steps} == {len(files)}
    assert [done for done, _ in steps] == sorted(done for done, _ in steps)
    assert steps[-1] == (len(files), len(files))
    assert len(steps) >= len(files)  # one step a file, then the end


def test_a_load_can_be_cancelled_between_files(content_copy: Path):
    progress = Progress(lambda done, _total, _text: progress.cancel() if done == 5 else None)
    with pytest.raises(Cancelled):
        load(content_copy, progress=progress)
