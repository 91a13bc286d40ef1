"""The arrows of docs/architecture.md hold: the import contracts in pyproject.toml (also run
by `make lint`), and, at run time, the core loads no Qt."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORE = (
    "app.changes", "app.tasks", "app.services", "app.services.errors", "app.course.loader",
    "app.course.library", "app.knowledge.index", "app.reports.cohort_report", "app.demo",
    "app.progress.store", "app.quiz.session", "app.scenario.engine", "app.classroom.slides",
    "app.studio.docx_import",
)  # fmt: skip


def test_import_contracts_are_kept():
    lint = Path(sys.executable).parent / "lint-imports"
    done = subprocess.run([str(lint)], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
    assert "0 broken" in done.stdout


def test_the_core_loads_no_qt_when_it_runs():
    """Loading the course and opening a learner through the facade, in a fresh interpreter."""
    code = (
        "import sys, tempfile, importlib\n"
        f"for m in {CORE!r}: importlib.import_module(m)\n"
        "from app.services import Academy\n"
        "a = Academy(tempfile.mkdtemp())\n"
        "a.open_learner(a.profiles.create('x').id)\n"
        "a.study.set_learned(a.content.lesson_order()[0])\n"
        "a.close()\n"
        "qt = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print('QT:', qt)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    assert "QT: []" in done.stdout, done.stdout
