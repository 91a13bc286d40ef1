"""Run on a real X server without a window manager (see test_main_window.py): a profile
chooser is shown and closed, then the main window starts; it must be the active window, and
a reader shortcut (Alt+→, next lesson) pressed as keys must work without a click first.
Exits 0 when all holds, 1 with a message otherwise."""

import sys

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog


def wait(app, until, seconds: float = 30) -> bool:
    for _ in range(int(seconds * 100)):
        if until():
            return True
        app.processEvents()
        QTest.qWait(10)
    return until()


def main() -> int:
    from app.main import Gui
    from app.services import Academy

    academy = Academy(sys.argv[1])
    pid = academy.profiles.create("键盘学员").id
    academy.open_learner(pid)
    gui = Gui(academy)
    app = QApplication.instance()
    chooser = QDialog()
    chooser.show()
    chooser.activateWindow()
    if not wait(app, lambda: QApplication.activeWindow() is chooser):
        print("the stand-in chooser never became active")
        return 1
    chooser.accept()
    gui.start(pid)
    if not wait(app, lambda: gui.window is not None and gui.window.ready):
        print("the main window did not become ready")
        return 1
    window = gui.window
    if not wait(app, lambda: QApplication.activeWindow() is window, 10):
        print(f"the active window is {QApplication.activeWindow()!r}, not the main window")
        return 1
    window.open_lesson("what-is-a-complaint")
    reader = window.reader
    reader.outline.setFocus()
    wait(app, lambda: QApplication.focusWidget() is reader.outline, 5)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    if not wait(app, lambda: reader.lesson_id != "what-is-a-complaint", 10):
        print("Alt+Right in the reader did not open the next lesson")
        return 1
    academy.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
