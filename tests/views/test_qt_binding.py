"""The Qt binding itself must not corrupt Python's reference counts: PySide6 6.12.0 lost a
reference to True on every signal emitted from Python, so a long session (or this suite)
ended in "Fatal Python error: bool_dealloc". pyproject.toml excludes that release; this
test fails for any release that does the same."""

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    plain = Signal()
    value = Signal(object)
    pair = Signal(object, object)


def test_emitting_signals_leaves_the_reference_counts_of_none_and_bools_alone():
    e = _Emitter()
    received = []
    e.value.connect(received.append)
    e.pair.connect(lambda a, b: received.append(b))
    before = [sys.getrefcount(x) for x in (None, True, False)]
    for _ in range(200):
        e.plain.emit()
        e.value.emit(None)
        e.pair.emit(object(), None)
    received.clear()
    after = [sys.getrefcount(x) for x in (None, True, False)]
    assert after == before


_PROBE = """
import linecache, sys
sys.path.insert(0, sys.argv[1])
if sys.argv[2] == "app":
    import app.views
import PySide6.QtCore
import uses_qt, plain
feature = sys.modules["shibokensupport.feature"]
files = ("uses_qt.py", "plain.py")
cached = sorted(n for n in files if any(k.endswith(n) for k in linecache.cache))
print(cached, feature.pyside_feature_dict["uses_qt"], feature.pyside_feature_dict["plain"])
"""


def _probe(tmp_path, mode: str) -> str:
    import subprocess

    (tmp_path / "uses_qt.py").write_text("from PySide6 import QtCore\n" + "x = 1\n" * 5000)
    (tmp_path / "plain.py").write_text("y = 2\n" * 5000)
    done = subprocess.run([sys.executable, "-c", _PROBE, str(tmp_path), mode],
                          capture_output=True, text=True, timeout=60)  # fmt: skip
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_pyside_keeps_no_source_of_the_modules_the_app_imports_and_still_tells_them_apart(
    tmp_path,
):
    # PySide6's own check reads every imported module's source into linecache, for good
    assert _probe(tmp_path, "bare") == "['plain.py', 'uses_qt.py'] 0 -1"
    # the app's (app.views installs it) reads the bytes and keeps nothing, with the same answer
    assert _probe(tmp_path, "app") == "[] 0 -1"
