"""Issue 21.1: a large course's YAML is parsed on two cores. The second process's parses
must give exactly the bundle a single process gives, and anything wrong on its side (it
cannot start, it dies) costs only time."""

from __future__ import annotations

from pathlib import Path

import pytest
from msgspec.json import encode

from app.common import reading
from app.common.parallel_parse import ParseHelper
from app.course.loader import load_content


def load(content: Path, cache: Path | None = None):
    return load_content(content, content.parent / "assets", parse_cache=cache)


@pytest.fixture
def two_cores(monkeypatch):
    """Every load uses the second process, however small the course; counts its parses."""
    monkeypatch.setattr(reading, "PARALLEL_FROM", 1)
    taken = {"helper": 0}
    real = ParseHelper.take

    def take(self, key):
        got = real(self, key)
        taken["helper"] += got is not None
        return got

    monkeypatch.setattr(ParseHelper, "take", take)
    return taken


def test_two_processes_give_the_bundle_one_gives(content_copy: Path, tmp_path: Path, two_cores):
    one = encode(load_content(content_copy, content_copy.parent / "assets"))
    two = encode(load(content_copy))  # whatever share the second process delivered
    assert two == one
    cached = encode(load(content_copy, tmp_path / "parsed"))  # its parses enter the cache
    assert cached == one and encode(load(content_copy, tmp_path / "parsed")) == one


def test_the_second_process_delivers_parses(content_copy: Path, two_cores, monkeypatch):
    import time

    real = reading.ContentReading.parse

    def slow(self, text, first_line):
        time.sleep(0.01)  # a loader slower than the parser: the other end is reached
        return real(self, text, first_line)

    monkeypatch.setattr(reading.ContentReading, "parse", slow)
    bundle = load(content_copy)
    assert two_cores["helper"] > 10 and not bundle.problems


def test_a_broken_file_is_reported_as_in_one_process(content_copy: Path, two_cores):
    lesson = content_copy / "lessons" / "s01-what-is-a-complaint.md"
    lesson.write_text(lesson.read_text(encoding="utf-8").replace("minutes: 25", "minutes: [25"))
    bank = content_copy / "quizzes" / "s02.yaml"
    bank.write_text(bank.read_text(encoding="utf-8") + "\n  - id: [broken\n", encoding="utf-8")
    problems = {(p.file, p.line, p.kind) for p in load(content_copy).problems}
    reading.PARALLEL_FROM = 10**9  # one process, same files
    assert problems == {(p.file, p.line, p.kind) for p in load(content_copy).problems}
    assert any(f.endswith("s01-what-is-a-complaint.md") for f, _, _ in problems)


def test_a_second_process_that_dies_costs_only_time(content_copy: Path, monkeypatch):
    monkeypatch.setattr(reading, "PARALLEL_FROM", 1)
    one = encode(load_content(content_copy, content_copy.parent / "assets"))
    real_init = ParseHelper.__init__

    def dying(self, *args):
        real_init(self, *args)
        self._worker.kill()  # before it sends anything useful

    monkeypatch.setattr(ParseHelper, "__init__", dying)
    assert encode(load(content_copy)) == one
