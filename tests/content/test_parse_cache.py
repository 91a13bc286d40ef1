"""The per-file parse cache (app.common.reading) and the progress of a content load: cached
parses give the same bundle, only a changed file is parsed again, a cached parse is validated
as a fresh one is, and every file read is counted (and can be cancelled)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from msgspec.json import encode

from app.course.loader import load_content
from app.tasks import Cancelled, Progress


def stored(cache: Path) -> dict:
    return json.loads((cache / "parses.json").read_text(encoding="utf-8"))


def entries(cache: Path) -> set[str]:
    return set(stored(cache))


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


def _entry_of(cache: Path, lesson_id: str) -> str:
    for key, entry in stored(cache).items():
        data = entry["data"]
        if isinstance(data, dict) and data.get("id") == lesson_id:
            return key
    raise AssertionError(f"no cached parse of {lesson_id}")


def _replace_entry(cache: Path, key: str, raw: str) -> None:
    """Put ``raw`` (any text) in place of one entry, keeping the others byte for byte."""
    text = (cache / "parses.json").read_text(encoding="utf-8")
    entries = stored(cache)
    parts = [f'"{k}":' + (raw if k == key else json.dumps(v, ensure_ascii=False))
             for k, v in entries.items()]  # fmt: skip
    assert text.startswith("{")
    (cache / "parses.json").write_text("{" + ",".join(parts) + "}", encoding="utf-8")


def test_a_cached_parse_is_validated_again(content_copy: Path, tmp_path: Path):
    cache = tmp_path / "parsed"
    load(content_copy, cache)
    key = _entry_of(cache, "what-is-a-complaint")
    entry = stored(cache)[key]
    entry["data"]["minutes"] = "many"
    _replace_entry(cache, key, json.dumps(entry, ensure_ascii=False))
    bundle = load(content_copy, cache)
    wrong = [p for p in bundle.problems if p.kind == "wrong-type"]
    assert [p.file for p in wrong] == ["content/lessons/s01-what-is-a-complaint.md"]
    assert "minutes" in wrong[0].message and wrong[0].line == 6  # the line the cache kept


@pytest.mark.parametrize(
    "damage",
    [
        '{"data": {}}',
        '{"data": {}, "lines": [["id", 2]]}',
        "[]",
        '{"data": {}, "lines": [], "code": "os.system"}',
    ],
)
def test_a_damaged_entry_is_ignored_and_only_its_file_parsed_again(
    content_copy: Path, tmp_path: Path, damage: str
):
    cache = tmp_path / "parsed"
    expected = encode(load(content_copy, cache))
    _replace_entry(cache, _entry_of(cache, "what-is-a-complaint"), damage)
    assert encode(load(content_copy, cache)) == expected
    assert stored(cache)[_entry_of(cache, "what-is-a-complaint")]["lines"], "parsed again"


@pytest.mark.parametrize("damage", [b"{not json", b"[]", b"", b'{"k": 1'])
def test_a_damaged_cache_file_is_ignored_and_everything_parsed_again(
    content_copy: Path, tmp_path: Path, damage: bytes
):
    cache = tmp_path / "parsed"
    expected = encode(load(content_copy, cache))
    (cache / "parses.json").write_bytes(damage)
    assert encode(load(content_copy, cache)) == expected
    assert len(entries(cache)) > 100, "written again"


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
