"""Course packs: a valid pack replaces the course and keeps progress; a broken course rolls
back; each kind of malicious or malformed archive is refused with the reason, before anything
is written."""

import hashlib
import io
import json
import stat
import struct
import zipfile
from pathlib import Path

import pytest

from app.course.packs import PackRefused, build_pack, inspect_pack
from app.services import Academy

ROOT = Path(__file__).resolve().parents[2]


def _pack(content: Path, out: Path, **kw) -> Path:
    return build_pack(content, out, pack_id=kw.get("pack_id", "course-update"),
                      version=kw.get("version", "2.0"), title="更新版",
                      min_app_version=kw.get("min_app_version", "0.1.0"))  # fmt: skip


def test_a_valid_pack_updates_the_course_and_keeps_progress(content_copy, tmp_path):
    data = tmp_path / "data"
    a = Academy(data)
    a.open_learner(a.profiles.create("学员").id)
    a.study.set_learned("what-is-a-complaint")
    a.study.set_learned("customer-psychology")
    # The update: a lesson retitled, one lesson removed.
    lesson = content_copy / "lessons" / "s01-what-is-a-complaint.md"
    text = lesson.read_text("utf-8").replace("title: 什么是投诉", "title: 什么是投诉（修订）")
    lesson.write_text(text, encoding="utf-8")
    pack = _pack(content_copy, tmp_path / "update.zip")
    report = a.install_pack(pack)
    assert report.manifest.version == "2.0" and "lesson:what-is-a-complaint" in report.changed
    assert a.lesson("what-is-a-complaint").title == "什么是投诉（修订）"
    assert a.study.lesson_states()["what-is-a-complaint"].learned, "progress kept (same ids)"
    # The next start uses the installed course too.
    b = Academy(data)
    assert b.lesson("what-is-a-complaint").title.endswith("（修订）")
    # A second pack archives the first (never deletes it).
    (content_copy / "lessons" / "s03-customer-psychology.md").unlink()
    syllabus = content_copy / "syllabus"
    for f in syllabus.glob("*.yaml"):
        f.write_text(f.read_text("utf-8").replace("customer-psychology#", "what-is-a-complaint#"),
                     encoding="utf-8")  # fmt: skip
    for f in (content_copy / "quizzes").glob("*.yaml"):
        f.write_text(f.read_text("utf-8").replace("customer-psychology", "what-is-a-complaint"),
                     encoding="utf-8")  # fmt: skip
    others = [
        *(content_copy / "cases").glob("*.md"),
        *(content_copy / "lessons").glob("*.md"),
        *(content_copy / "scenarios").glob("*.yaml"),
        content_copy / "glossary.yaml",
        content_copy / "phrases.yaml",
        content_copy / "desk.yaml",
        content_copy / "english.yaml",
    ]
    for f in others:
        f.write_text(f.read_text("utf-8").replace("customer-psychology", "what-is-a-complaint"),
                     encoding="utf-8")  # fmt: skip
    from app.course.loader import load_content

    problems = load_content(content_copy, content_copy.parent / "assets").problems
    if problems:
        pytest.skip(f"removing a lesson needs more edits than this test makes: {problems[0]}")
    second = a.install_pack(_pack(content_copy, tmp_path / "v3.zip", version="3.0"))
    assert "lesson:customer-psychology" in second.removed
    assert second.archived_to is not None and (second.archived_to / "content").is_dir()
    assert (second.archived_to / "content" / "lessons" / "s03-customer-psychology.md").exists()
    a.close_learner()


def test_a_pack_whose_course_has_problems_is_rolled_back(content_copy, tmp_path):
    data = tmp_path / "data"
    a = Academy(data)
    before = a.lesson("what-is-a-complaint").title
    (content_copy / "lessons" / "s01-what-is-a-complaint.md").write_text(
        "---\nid: [broken\n---\n", encoding="utf-8"
    )
    with pytest.raises(PackRefused, match="problem"):
        a.install_pack(_pack(content_copy, tmp_path / "bad.zip"))
    assert a.lesson("what-is-a-complaint").title == before
    packs = data / "content-packs"
    assert not (packs / "current").exists() and not list(packs.glob(".staging-*"))


def _zip(path: Path, entries: dict, manifest: dict | None = None, links=()) -> Path:
    files = {n: hashlib.sha256(d if isinstance(d, bytes) else d.encode()).hexdigest()
             for n, d in entries.items()}  # fmt: skip
    m = {"id": "pk", "version": "1.0", "min_app_version": "0.1.0", "title": "t", "files": files}
    m.update(manifest or {})
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries.items():
            z.writestr(name, data)
        for name in links:
            info = zipfile.ZipInfo(name)
            info.external_attr = (stat.S_IFLNK | 0o777) << 16
            z.writestr(info, "/etc/passwd")
        z.writestr("manifest.json", json.dumps(m))
    return path


COURSE = {"content/course.yaml": "id: c\ntitle: 课\nversion: '1'\nsections: []\n"}


@pytest.mark.parametrize(
    ("build", "reason"),
    [
        (lambda p: _zip(p, {**COURSE, "content/../../evil.md": "x"}), "path traversal"),
        (lambda p: _zip(p, {**COURSE, "/etc/cron.d/x": "x"}), "path traversal"),
        (lambda p: _zip(p, COURSE, links=["content/link.md"]), "symbolic link"),
        (lambda p: _zip(p, {**COURSE, "content/bomb.md": "0" * 5_000_000}), "zip bomb"),
        (lambda p: _zip(p, {**COURSE, "content/big.md": bytes(range(256)) * 90_000}),
         "larger than 20 MB"),
        (lambda p: _zip(p, COURSE, {"id": "Bad Id!"}), "not a lowercase id"),
        (lambda p: _zip(p, COURSE, {"min_app_version": "99.0"}), "needs app version 99.0"),
        (lambda p: _zip(p, COURSE, {"files": {"content/course.yaml": "0" * 64}}),
         "does not match its checksum"),
        (lambda p: _zip(p, {**COURSE, "content/extra.md": "x"},
                        {"files": {"content/course.yaml": hashlib.sha256(
                            COURSE["content/course.yaml"].encode()).hexdigest()}}),
         "not listed in the manifest"),
        (lambda p: _zip(p, {**COURSE, "readme.txt": "x"}), "not under content/"),
        (lambda p: p.write_bytes(b"PK\x03\x04 not really a zip"), "not a zip file"),
        (lambda p: (_zip(p, COURSE), _strip_manifest(p)), "manifest.json is missing"),
    ],
)  # fmt: skip
def test_malicious_or_malformed_packs_are_refused_before_writing(tmp_path, build, reason, course):
    pack = tmp_path / "evil.zip"
    build(pack)
    with pytest.raises(PackRefused, match=reason):
        inspect_pack(pack)
    a = Academy(tmp_path / "data", course=course)
    with pytest.raises(PackRefused, match=reason):
        a.install_pack(pack)
    assert not (tmp_path / "data" / "content-packs" / "current").exists()
    assert not (tmp_path / "evil.md").exists() and not (tmp_path.parent / "evil.md").exists()


def _strip_manifest(path: Path) -> None:
    with zipfile.ZipFile(path) as z:
        keep = {n: z.read(n) for n in z.namelist() if n != "manifest.json"}
    with zipfile.ZipFile(path, "w") as z:
        for n, d in keep.items():
            z.writestr(n, d)


def test_cli_install_reports_and_refuses(content_copy, tmp_path):
    import subprocess
    import sys

    pack = _pack(content_copy, tmp_path / "p.zip")
    run = lambda *a: subprocess.run(  # noqa: E731
        [sys.executable, "-m", "app", "--data-dir", str(tmp_path / "d"), *a],
        capture_output=True, text=True, cwd=ROOT, timeout=180,
    )  # fmt: skip
    ok = run("content", "install", str(pack))
    assert ok.returncode == 0 and "installed 更新版 (course-update 2.0)" in ok.stdout, ok.stderr
    evil = _zip(tmp_path / "evil.zip", {**COURSE, "content/../x": "x"})
    bad = run("content", "install", str(evil))
    assert bad.returncode == 1 and "path traversal" in bad.stderr


_INSTALL = """
import os, sys
from pathlib import Path
pack, data, die_at = sys.argv[1], sys.argv[2], int(sys.argv[3])
if die_at:  # die like kill -9 right before the die_at-th rename: between two steps
    calls = [0]
    def dying(real):
        def call(*args, **kwargs):
            calls[0] += 1
            if calls[0] == die_at:
                os._exit(9)
            return real(*args, **kwargs)
        return call
    os.rename, os.replace = dying(os.rename), dying(os.replace)
from app.course.packs import install_pack
from app.paths import assets_dir, content_dir
install_pack(Path(pack), Path(data), content_dir(), assets_dir())
"""


def _installed_files(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in folder.rglob("*") if p.is_file() and p.name != "manifest.json"}  # fmt: skip


def test_a_pack_install_killed_at_any_moment_leaves_the_old_or_the_new_course(
    content_copy, tmp_path
):
    """kill -9 mid-install (issue 15 item 6): afterwards the active course is the old one or
    the new one, complete — never the bundled one by accident — and leftovers are gone
    after the next start."""
    import os
    import random
    import signal
    import subprocess
    import sys
    import time

    from app.course.packs import active_content_root, install_pack
    from app.paths import assets_dir, content_dir

    data = tmp_path / "data"
    packs = {"1.0": _pack(content_copy, tmp_path / "v1.zip", version="1.0")}
    lesson = content_copy / "lessons" / "s01-what-is-a-complaint.md"
    lesson.write_text(lesson.read_text("utf-8").replace("title: 什么是投诉", "title: 投诉"),
                      encoding="utf-8")  # fmt: skip
    packs["2.0"] = _pack(content_copy, tmp_path / "v2.zip", version="2.0")
    expected = {v: json.loads(zipfile.ZipFile(p).read("manifest.json"))["files"]
                for v, p in packs.items()}  # fmt: skip
    install_pack(packs["1.0"], data, content_dir(), assets_dir())
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    rng = random.Random(15)
    active, full = "1.0", None
    outcomes = []
    for trial in range(24):
        new = "2.0" if active == "1.0" else "1.0"
        die_at = trial // 2 % 5 + 1 if trial % 2 else 0
        args = [sys.executable, "-c", _INSTALL, str(packs[new]), str(data), str(die_at)]
        started = time.perf_counter()
        proc = subprocess.Popen(args, env=env, cwd=ROOT)
        if die_at or full is None:
            proc.wait(timeout=120)
            if full is None and not die_at:
                full = time.perf_counter() - started
        else:
            try:
                proc.wait(timeout=rng.uniform(0.2, 1.1) * full)
            except subprocess.TimeoutExpired:
                proc.send_signal(signal.SIGKILL)
                proc.wait()
        root = active_content_root(data)  # the next start
        assert root is not None, f"trial {trial}: the bundled course became active"
        version = json.loads((root.parent / "manifest.json").read_text("utf-8"))["version"]
        assert version in (active, new), trial
        assert _installed_files(root.parent) == expected[version], f"trial {trial}: broken"
        leftovers = [p.name for p in (data / "content-packs").iterdir() if p.name.startswith(".")]
        assert not leftovers, f"trial {trial}: {leftovers}"
        outcomes.append(version == new)
        active = version
    assert any(outcomes) and not all(outcomes)


def test_a_course_installed_before_the_pointer_stays_active_and_is_archived_by_the_next(
    content_copy, tmp_path
):
    """Installs from before ``content-packs/active`` live in ``current/``: still loaded, and
    archived (not deleted) when the next pack is installed."""
    import shutil

    from app.course.packs import active_content_root, install_pack
    from app.paths import assets_dir, content_dir

    data = tmp_path / "data"
    current = data / "content-packs" / "current"
    shutil.copytree(content_copy, current / "content")
    (current / "manifest.json").write_text(json.dumps({"id": "old", "version": "1.0"}), "utf-8")
    assert active_content_root(data) == current / "content"
    report = install_pack(_pack(content_copy, tmp_path / "v2.zip"), data, content_dir(),
                          assets_dir())  # fmt: skip
    assert report.archived_to is not None and report.archived_to.name.endswith("old-1.0")
    root = active_content_root(data)
    assert root is not None and root.parent.name.startswith("course-") and not current.exists()


# Crafted archives (issue 15 item 14): whatever zipfile, zlib or json raise on a hostile
# file is refused as PackRefused naming the pack and the reason; the course installed before
# stays active and nothing on disk changes.
MINI = {"content/course.yaml": "id: c\ntitle: 课\nversion: '1'\n"
                               "sections: [{id: s01, number: 1, title: 一}]\n"}  # fmt: skip


def _headers(raw: bytes, name: str) -> tuple[int, int]:
    """Where the local and the central directory header of entry ``name`` start."""
    with zipfile.ZipFile(io.BytesIO(raw)) as z:
        local = z.getinfo(name).header_offset
    encoded = name.encode()
    at = raw.find(b"PK\x01\x02")
    while raw[at + 46 : at + 46 + len(encoded)] != encoded:
        at = raw.find(b"PK\x01\x02", at + 4)
    return local, at


def _tamper(path: Path, name: str, *, flag: int = 0, method: int | None = None,
            flip: bool = False) -> Path:  # fmt: skip
    """Set a general-purpose flag bit, the compression method (in both headers), or flip a
    byte in the middle of the entry's compressed data."""
    raw = bytearray(path.read_bytes())
    local, central = _headers(bytes(raw), name)
    raw[local + 6] |= flag
    raw[central + 8] |= flag
    if method is not None:
        struct.pack_into("<H", raw, local + 8, method)
        struct.pack_into("<H", raw, central + 10, method)
    if flip:
        name_len, extra_len = struct.unpack_from("<HH", raw, local + 26)
        size = struct.unpack_from("<I", raw, central + 20)[0]
        raw[local + 30 + name_len + extra_len + size // 2] ^= 0xFF
    path.write_bytes(bytes(raw))
    return path


def _deep_manifest(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(*next(iter(MINI.items())))
        z.writestr("manifest.json", "[" * 100_000)
    return path


def _truncated(path: Path) -> Path:
    raw = _zip(path, MINI).read_bytes()
    path.write_bytes(raw[: len(raw) // 2])
    return path


CRAFTED = {
    "truncated": (_truncated, "not a zip file"),
    "encrypted course": (lambda p: _tamper(_zip(p, MINI), "content/course.yaml", flag=1),
                         "'content/course.yaml' is encrypted"),
    "encrypted manifest": (lambda p: _tamper(_zip(p, MINI), "manifest.json", flag=1),
                           "'manifest.json' is encrypted"),
    "compression 99": (lambda p: _tamper(_zip(p, MINI), "content/course.yaml", method=99),
                       "'content/course.yaml' .*cannot read"),
    "patched-data flag": (
        lambda p: _tamper(_zip(p, MINI), "content/course.yaml", flag=0x20),
        "'content/course.yaml' uses a zip feature this app cannot read",
    ),
    "bad data": (lambda p: _tamper(_zip(p, MINI), "content/course.yaml", flip=True),
                 "'content/course.yaml' is damaged"),
    "bad manifest data": (lambda p: _tamper(_zip(p, MINI), "manifest.json", flip=True),
                          "'manifest.json' is damaged"),
    "bad local header": (lambda p: _break_local_header(_zip(p, MINI)),
                         "'content/course.yaml' is damaged"),
    "id a list": (lambda p: _zip(p, MINI, {"id": ["pk"]}), "not a lowercase id"),
    "id a dict": (lambda p: _zip(p, MINI, {"id": {"a": 1}}), "not a lowercase id"),
    "id a number": (lambda p: _zip(p, MINI, {"id": 12}), "not a lowercase id"),
    "version a list": (lambda p: _zip(p, MINI, {"version": [1]}), "version .* is not like"),
    "title a dict": (lambda p: _zip(p, MINI, {"title": {"x": 1}}), "title must be text"),
    "title a lone surrogate": (
        lambda p: _zip(p, MINI, {"title": "\ud800"}),
        "title is not valid text",
    ),
    "a 5000-digit version": (lambda p: _zip(p, MINI, {"min_app_version": "1" * 5000}),
                             "is not like 1.2.0"),
    "deeply nested manifest": (_deep_manifest, "manifest.json is not valid JSON"),
}  # fmt: skip


def _break_local_header(path: Path) -> Path:
    raw = bytearray(path.read_bytes())
    local, _central = _headers(bytes(raw), "content/course.yaml")
    raw[local : local + 4] = b"XXXX"
    path.write_bytes(bytes(raw))
    return path


def _tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes()
            for p in sorted(root.rglob("*")) if p.is_file()}  # fmt: skip


@pytest.mark.parametrize("case", CRAFTED)
def test_a_crafted_pack_is_refused_and_the_installed_course_stays(tmp_path, case):
    from app.course.packs import active_content_root, install_pack
    from app.paths import assets_dir

    bundled = tmp_path / "bundled"
    bundled.mkdir()
    (bundled / "course.yaml").write_text(MINI["content/course.yaml"], encoding="utf-8")
    data = tmp_path / "data"
    install_pack(_zip(tmp_path / "good.zip", MINI), data, bundled, assets_dir())
    active = active_content_root(data)
    before = _tree(data)
    build, reason = CRAFTED[case]
    pack = build(tmp_path / "crafted.zip")
    for attempt in (
        lambda: inspect_pack(pack),
        lambda: install_pack(pack, data, bundled, assets_dir()),
    ):
        with pytest.raises(PackRefused, match=rf"^crafted\.zip: .*{reason}") as refused:
            attempt()
        assert str(refused.value).count("crafted.zip") == 1, "said once, not wrapped twice"
    assert active_content_root(data) == active
    assert _tree(data) == before


def test_a_pack_changed_between_check_and_install_is_refused(tmp_path):
    """The pack is read twice (checked, then unpacked): what is unpacked is checked again,
    so a file swapped or damaged in between never becomes the course."""
    from app.course.loader import load_content
    from app.course.packs import _install, packs_root
    from app.paths import assets_dir

    root = packs_root(tmp_path / "data")
    root.mkdir(parents=True)
    pack = _zip(tmp_path / "p.zip", MINI)
    manifest = inspect_pack(pack)
    other = {"content/course.yaml": MINI["content/course.yaml"].replace("课", "另一门课")}
    _zip(pack, other)  # same names, other bytes: not what the manifest promised
    with pytest.raises(PackRefused, match=r"^p\.zip: 'content/course\.yaml' does not match"):
        _install(pack, manifest, root, tmp_path, assets_dir(), load_content)
    _tamper(_zip(pack, MINI), "content/course.yaml", flip=True)
    with pytest.raises(PackRefused, match=r"^p\.zip: 'content/course\.yaml' is damaged"):
        _install(pack, manifest, root, tmp_path, assets_dir(), load_content)
    assert list(root.iterdir()) == []
