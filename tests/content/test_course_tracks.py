"""Tracks in course.yaml: the bundled ones resolve, and a bad track costs only itself."""

from pathlib import Path

from app.course.loader import load_content
from app.paths import assets_dir, content_dir


def test_bundled_tracks_name_real_sections_and_leave_a_core():
    course = load_content(content_dir(), assets_dir()).course
    ids = [s.id for s in course.sections]
    assert course.tracks, "the course offers at least one track"
    tracked = {sid for t in course.tracks for sid in t.sections}
    assert tracked <= set(ids)
    core = course.followed_sections("general")
    assert core and not set(core) & tracked
    for t in course.tracks:
        assert course.followed_sections(t.id) == [
            s for s in ids if s in set(core) | set(t.sections)
        ]
    assert course.followed_sections("no-such-track") == core


def test_bad_tracks_are_reported_with_their_line_and_left_out(content_copy: Path):
    course_file = content_copy / "course.yaml"
    text = course_file.read_text(encoding="utf-8")
    start = text.index("tracks:")
    end = text.index("\n# The exams")
    bad = (
        "tracks:\n"
        "  - {id: banking, title: 银行, sections: [s12, s99]}\n"
        "  - {id: general, title: 通用, sections: [s01]}\n"
        "  - {id: banking, title: 又一个, sections: [s02]}\n"
        "  - {id: retail, title: 零售, sections: [s12, s11]}"
    )
    course_file.write_text(text[:start] + bad + text[end:], encoding="utf-8")
    line = text[:start].count("\n") + 1  # the line of "tracks:"
    bundle = load_content(content_copy)
    found = {(p.line, p.kind) for p in bundle.problems if p.file == "content/course.yaml"}
    assert found == {
        (line + 1, "broken-reference"),  # s99
        (line + 2, "duplicate-id"),  # general is the core
        (line + 3, "duplicate-id"),  # banking again
        (line + 4, "duplicate-id"),  # s12 is banking's already
    }
    assert [(t.id, t.sections) for t in bundle.course.tracks] == [
        ("banking", ("s12",)),
        ("retail", ("s11",)),
    ]
    assert bundle.lessons, "the rest of the course still loads"
