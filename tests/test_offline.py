"""An installed copy needs no network and can live on a USB stick."""

import subprocess
import sys
import textwrap
from pathlib import Path

from app import paths

ROOT = Path(__file__).resolve().parent.parent

# Runs the app's smoke start (content, database, window, search index, then exit) with an
# audit hook that turns any socket use into a failure, so even a library deep inside that
# tried to phone home would be caught.
NO_NETWORK = textwrap.dedent(
    """
    import sys

    def guard(event, args):
        if event.startswith(("socket.", "urllib.", "http.client.")) or event in (
            "ssl.wrap_socket",
        ):
            sys.stderr.write(f"NETWORK USED: {event} {args!r}\\n")
            sys.stderr.flush()
            import os
            os._exit(97)

    sys.addaudithook(guard)
    from app.cli import main
    sys.exit(main(sys.argv[1:]))
    """
)


def test_the_app_opens_no_network_connection(tmp_path):
    script = tmp_path / "guarded.py"
    script.write_text(NO_NETWORK, encoding="utf-8")
    env = {"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    for args in (
        ["--smoke", "--data-dir", str(tmp_path / "d")],
        ["--data-dir", str(tmp_path / "d"), "search", "道歉", "--json"],
        ["--data-dir", str(tmp_path / "d"), "handout", "what-is-a-complaint",
         str(tmp_path / "h.pdf")],
    ):  # fmt: skip
        result = subprocess.run(
            [sys.executable, str(script), *args],
            cwd=ROOT, env=env, capture_output=True, text=True, timeout=180,
        )  # fmt: skip
        assert "NETWORK USED" not in result.stderr, result.stderr
        assert result.returncode == 0, result.stderr


def test_the_guard_would_catch_a_connection(tmp_path):
    """The check above can fail: the same hook stops a plain socket connection."""
    script = tmp_path / "probe.py"
    script.write_text(
        NO_NETWORK.replace(
            "from app.cli import main\nsys.exit(main(sys.argv[1:]))",
            "import socket\nsocket.create_connection(('127.0.0.1', 9))",
        ),
        encoding="utf-8",
    )
    result = subprocess.run([sys.executable, str(script)], capture_output=True, text=True)
    assert result.returncode == 97 and "NETWORK USED" in result.stderr


def test_portable_marker_keeps_all_data_beside_the_executable(tmp_path, monkeypatch):
    exe_dir = tmp_path / "usb" / "ComplaintAcademy"
    exe_dir.mkdir(parents=True)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(exe_dir / "ComplaintAcademy"))
    assert paths.portable_data_dir() is None
    assert paths.DataPaths.at(None).root != exe_dir / "data"
    (exe_dir / paths.PORTABLE_MARKER).write_text("", encoding="utf-8")
    assert paths.DataPaths.at(None).root == exe_dir / "data"

    from app.services import Academy

    academy = Academy(None)
    academy.open_learner(academy.profiles.create("U盘学员").id)
    academy.close_learner()
    assert (exe_dir / "data" / "profiles.json").is_file()
    assert list((exe_dir / "data" / "learners").glob("*/progress.db"))
