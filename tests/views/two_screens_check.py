"""Run under Qt's offscreen platform with two screens (see test_classroom.py): the projector
goes full screen on the second screen, the presenter view on the first; the screens are listed
with size and position and can be identified; the choice of screen and the notes' size are
remembered; the projector unplugged and plugged in again is followed at the same place.
Exits 0 when all holds, 1 with a message otherwise."""

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
    combo = room.presenter.screens
    labels = [combo.itemText(i) for i in range(combo.count())]
    assert labels == [
        "1 · laptop — 1366×768 at (0, 0), primary",
        "2 · projector — 1920×1080 at (1366, 0)",
    ], labels
    assert combo.currentIndex() == 1 and room.presenter.identify_btn.isVisibleTo(room.presenter)
    room.presenter.identify_btn.click()
    numbers = room.presenter.identifier.windows
    assert [w.number.text() for w in numbers] == ["1", "2"]
    assert [w.screen().name() for w in numbers] == ["laptop", "projector"]
    assert all(w.isVisible() for w in numbers)
    assert screens[1].geometry().contains(numbers[1].geometry())
    room.presenter.identifier.close()

    room.show.go(3)  # the projector is unplugged while teaching
    room.screens_changed([screens[0]])
    assert room.presenter is None, "one screen left: slides only"
    assert room.projector.screen().name() == "laptop" and room.projector.isFullScreen()
    assert room.show.position() == 3, "the place is kept"
    room.screens_changed(screens)  # and plugged in again: it takes the show back
    assert room.projector.screen().name() == "projector", room.projector.screen().name()
    assert room.presenter is not None and room.presenter.screen().name() == "laptop"
    assert room.show.position() == 3

    room.presenter.zoom_notes(+3)  # Ctrl+= three times: remembered for the next show
    room.move_projector(combo.itemData(0))  # the trainer picks the other screen
    assert room.projector.screen().name() == "laptop"
    assert academy.setting("projector_screen") == "laptop@0,0,1366x768"
    room.show.end()
    room = window.teaching.teach_lesson("what-is-a-complaint")  # remembered
    assert room.projector.screen().name() == "laptop"
    assert room.presenter.screen().name() == "projector"
    assert room.presenter.notes_pt == 19.0, room.presenter.notes_pt
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
