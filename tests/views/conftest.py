import pytest


@pytest.fixture(autouse=True)
def english_interface_after_each_test(qapp):
    """Gui() installs translators app-wide; reset so tests do not depend on their order."""
    yield
    from app.views.i18n import install_language

    install_language("en")


@pytest.fixture
def window(qtbot, learner):
    """A shown, active main window with a fresh learner (files may define their own)."""
    from app.views.main_window import MainWindow
    from app.views.theme import LIGHT

    w = MainWindow(learner, LIGHT)
    qtbot.addWidget(w)
    w.on_ready(None)
    w.resize(1366, 768)
    w.show()
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    return w


@pytest.fixture(autouse=True)
def no_unexpected_message_box(monkeypatch):
    """Offscreen, a modal message box would wait for a click forever: fail with its text."""
    from PySide6.QtWidgets import QMessageBox

    def refuse(box):
        raise AssertionError(f"unexpected message box: {box.text()}")

    monkeypatch.setattr(QMessageBox, "exec", refuse)
