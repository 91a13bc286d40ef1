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
