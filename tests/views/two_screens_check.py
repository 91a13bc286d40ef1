"""Run under Qt's offscreen platform with two screens (see test_classroom.py): the projector
goes full screen on the second screen, the presenter view on the first; the choice of screen
is remembered. Exits 0 when all holds, 1 with a message otherwise."""

import sys
import tempfile

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication


def main() -> int:
    app = QApplication(sys.argv)
    from app.services import Academy
    from app.views.main_window import MainWindow
    from app.views.theme import LIGHT

    screens = QGuiApplication.screens()
    names = [s.name() for s in screens]
    assert names == ["laptop", "projector"], names
    academy = Academy(tempfile.mkdtemp())
    academy.open_learner(academy.profiles.create("讲师").id)
    window = MainWindow(academy, LIGHT)
    window.on_ready(None)
    window.show()
    room = window.teaching.teach_lesson("what-is-a-complaint")
    for _ in range(10):
        app.processEvents()
    assert room.presenter is not None, "two screens: a presenter view"
    assert room.projector.screen().name() == "projector", room.projector.screen().name()
    assert room.projector.isFullScreen()
    assert room.projector.geometry() == screens[1].geometry(), room.projector.geometry()
    assert room.presenter.screen().name() == "laptop"
    assert room.show.size == (screens[1].geometry().width(), screens[1].geometry().height())
    room.move_projector("laptop")  # the trainer picks the other screen
    assert room.projector.screen().name() == "laptop"
    assert academy.setting("projector_screen") == "laptop"
    room.show.end()
    room = window.teaching.teach_lesson("what-is-a-complaint")  # remembered
    assert room.projector.screen().name() == "laptop"
    room.show.end()
    academy.close_learner()
    print("two screens ok")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except AssertionError as exc:
        print(f"failed: {exc}")
        sys.exit(1)
