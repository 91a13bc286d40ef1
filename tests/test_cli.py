"""The command-line contract: version, smoke start, screenshots, usage errors."""

import subprocess
import sys
from pathlib import Path

from app import __version__

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str, timeout: int = 120) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def test_version():
    result = run("--version")
    assert result.returncode == 0 and __version__ in result.stdout


def test_smoke_on_empty_data_dir_adds_no_profile(tmp_path: Path):
    result = run("--smoke", "--data-dir", str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert "Fatal Python error" not in result.stderr, "the process must end cleanly"
    assert not (tmp_path / "profiles.json").exists() or '"profiles": []' in (
        tmp_path / "profiles.json"
    ).read_text(encoding="utf-8")
    assert (tmp_path / "logs" / "academy.log").exists()
    assert not list((tmp_path / "cache").glob("scratch-learner-*"))


def test_smoke_fails_with_message_for_newer_database(tmp_path: Path, course):
    import sqlite3

    from app.services import Academy

    a = Academy(tmp_path, course=course)
    pid = a.profiles.create("甲").id
    a.open_learner(pid)
    a.close_learner()
    con = sqlite3.connect(tmp_path / "learners" / pid / "progress.db")
    con.execute("UPDATE alembic_version SET version_num='9999_future'")
    con.commit()
    con.close()
    result = run("--smoke", "--data-dir", str(tmp_path))
    assert result.returncode == 1, result.stderr
    assert "newer version" in result.stderr, result.stderr
    assert "Traceback" not in result.stderr, result.stderr


def test_smoke_starts_with_broken_content_file(content_copy: Path, tmp_path: Path):
    """The app skips a broken file and runs with the rest (the loader is shared with check)."""
    from app.services import Academy

    (content_copy / "lessons" / "broken.md").write_text("---\nid: [\n---\n", encoding="utf-8")
    a = Academy(tmp_path / "data", content_root=content_copy, assets=content_copy.parent / "assets")
    good = len(list((content_copy / "lessons").glob("*.md"))) - 1
    assert len(a.content.lessons) == good
    assert a.content.skipped_files == ("content/lessons/broken.md",)


def test_screenshot_writes_png(tmp_path: Path):
    out = tmp_path / "home.png"
    result = run("screenshot", "home", str(out), "--size", "1366x768", "--lang", "zh-TW")
    assert result.returncode == 0, result.stderr
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    from PySide6.QtGui import QImage

    img = QImage(str(out))
    assert (img.width(), img.height()) == (1366, 768)


def test_screenshots_reuse_the_demo_learner_of_their_data_folder(tmp_path: Path):
    data = tmp_path / "data"
    for view in ("home", "quizstart"):
        result = run("--data-dir", str(data), "screenshot", view, str(tmp_path / f"{view}.png"))
        assert result.returncode == 0, result.stderr
    from app.services import Academy

    a = Academy(data)
    try:
        assert sorted(p.name for p in a.profiles.all()).count("演示学员") == 1
    finally:
        a.close()


def test_screenshot_of_a_debrief_in_large_text(tmp_path: Path):
    out = tmp_path / "debrief.png"
    result = run(
        "screenshot", "debrief", str(out), "--size", "1280x720", "--large",
        "--lesson", "hotel-overbooking",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    from PySide6.QtGui import QImage

    assert QImage(str(out)).size().toTuple() == (1280, 720)
    bad = run("screenshot", "scenario", str(out), "--lesson", "no-such")
    assert bad.returncode == 2 and "no scenario 'no-such'" in bad.stderr


def test_usage_errors_exit_2(tmp_path: Path):
    assert run("screenshot", "no-such-view", "x.png").returncode == 2
    assert run("screenshot", "home", "x.png", "--size", "big").returncode == 2
    bad_lang = run("--lang", "xx", "--smoke", "--data-dir", str(tmp_path))
    assert bad_lang.returncode == 2 and "unknown language" in bad_lang.stderr


def test_handout_command_writes_a_pdf_and_names_a_wrong_lesson(tmp_path: Path):
    out = tmp_path / "handout.pdf"
    ok = run("--data-dir", str(tmp_path / "d"), "handout", "what-is-a-complaint", str(out))
    assert ok.returncode == 0, ok.stderr
    assert out.read_bytes()[:5] == b"%PDF-" and out.stat().st_size > 10_000
    bad = run("--data-dir", str(tmp_path / "d"), "handout", "no-such-lesson", str(out))
    assert bad.returncode == 2 and "no lesson 'no-such-lesson'" in bad.stderr


def test_report_export_writes_csv_and_xapi_for_a_named_learner(tmp_path: Path):
    from app.services import Academy

    data = tmp_path / "d"
    a = Academy(data)
    profile = a.profiles.create("张三")
    a.open_learner(profile.id)
    a.study.open_lesson("what-is-a-complaint")
    a.study.add_study_time("what-is-a-complaint", 120, __import__("datetime").datetime.now())
    a.study.set_learned("what-is-a-complaint")
    a.close_learner()
    out = tmp_path / "r.csv"
    ok = run("--data-dir", str(data), "report", "export", str(out), "--format", "csv",
             "--learner", "张三")  # fmt: skip
    assert ok.returncode == 0, ok.stderr
    assert out.read_bytes().startswith(b"\xef\xbb\xbf") and "张三" in out.read_text("utf-8-sig")
    xo = tmp_path / "r.json"
    ok = run("--data-dir", str(data), "report", "export", str(xo), "--format", "xapi")
    assert ok.returncode == 0, ok.stderr
    import json

    assert any(st["verb"]["id"].endswith("/completed") for st in json.loads(xo.read_text()))
    bad = run("--data-dir", str(data), "report", "export", str(xo), "--format", "csv",
              "--learner", "nobody")  # fmt: skip
    assert bad.returncode == 2 and "no learner 'nobody'" in bad.stderr


def test_content_pack_refuses_symlinks_and_ids_install_would_refuse(tmp_path: Path, content_copy):
    """A symlink to /etc/passwd was packed with its contents, and ``--id "Bad ID!"`` made a
    pack no one could install (issue 15 item 13)."""
    from app.course.packs import inspect_pack

    out = tmp_path / "pack.zip"

    def pack(*extra: str, pack_id: str = "course-x", version: str = "1.0"):
        return run("content", "pack", str(content_copy), str(out), "--id", pack_id,
                   "--version", version, "--title", "课程", *extra)  # fmt: skip

    link = content_copy / "lessons" / "passwd.md"
    link.symlink_to("/etc/passwd")
    r = pack()
    assert r.returncode == 2 and "symbolic link" in r.stderr and "passwd.md" in r.stderr, r.stderr
    assert not out.exists() and "root:" not in r.stdout
    link.unlink()
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.md").write_text("secret", encoding="utf-8")
    (content_copy / "extra").symlink_to(outside, target_is_directory=True)
    r = pack()
    assert r.returncode == 2 and "symbolic link" in r.stderr and "extra" in r.stderr, r.stderr
    (content_copy / "extra").unlink()
    for bad in ({"pack_id": "Bad ID!"}, {"pack_id": "x"}, {"version": "v2"}, {"version": "1.0 "}):
        r = pack(**bad)
        assert r.returncode == 2 and "error:" in r.stderr and not out.exists(), (bad, r.stderr)
    r = pack()
    assert r.returncode == 0, r.stderr
    assert inspect_pack(out).id == "course-x"


def test_smoke_never_waits_on_the_repaired_progress_dialog(tmp_path: Path, course):
    """A damaged progress file is repaired at start; a smoke run says so on stderr and goes
    on, instead of waiting on the dialog until its watchdog and then exiting 0."""
    import time

    from app.services import Academy

    a = Academy(tmp_path, course=course)
    pid = a.profiles.create("甲").id
    a.open_learner(pid)
    a.close()
    db = tmp_path / "learners" / pid / "progress.db"
    db.write_bytes(b"this is not a database" * 200)
    start = time.monotonic()
    result = run("--smoke", "--data-dir", str(tmp_path), timeout=50)
    assert result.returncode == 0, result.stderr
    assert "repaired" in result.stderr and time.monotonic() - start < 45


def test_an_unexpected_error_goes_to_the_log_not_the_terminal(tmp_path: Path):
    (tmp_path / "cache").write_text("a file where the cache folder should be", encoding="utf-8")
    result = run("--data-dir", str(tmp_path), "search", "投诉")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.count("\n") == 1 and "academy.log" in result.stderr
    assert "Traceback" in (tmp_path / "logs" / "academy.log").read_text(encoding="utf-8")


def test_output_piped_into_a_reader_that_leaves_early_is_not_an_error(tmp_path: Path):
    """`python -m app search 投诉 --json | head -c 10`: the reader closes the pipe."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "app", "--data-dir", str(tmp_path), "search", "投诉",
         "--limit", "1000", "--json"],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip
    proc.stdout.read(10)
    proc.stdout.close()
    _, err = proc.communicate(timeout=120)
    assert b"Traceback" not in err and b"BrokenPipe" not in err, err.decode()


def test_starting_the_app_is_parsed_without_the_full_parser_and_anything_else_is_not():
    from app.cli import build_parser, gui_args

    args = gui_args(["--smoke", "--data-dir", "/tmp/x", "--lang=en", "-v"])
    assert args is not None and args.command is None
    full = build_parser().parse_args(["--smoke", "--data-dir", "/tmp/x", "--lang=en", "-v"])
    assert vars(args) == vars(full), "both parsers must read the app's options alike"
    assert gui_args([]) is not None
    # a command, help, the version, an abbreviation or a missing value: the full parser's job
    for argv in (
        ["content", "check"],
        ["--lang", "en", "search", "道歉"],
        ["--help"],
        ["--version"],
        ["--data", "/tmp/x"],
        ["--data-dir"],
        ["--no-such-option"],
    ):
        assert gui_args(argv) is None, argv


def test_a_missing_option_value_is_still_a_usage_error(tmp_path: Path):
    result = run("--data-dir")
    assert result.returncode == 2 and "--data-dir" in result.stderr
