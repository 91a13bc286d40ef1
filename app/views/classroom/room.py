"""A show's windows on the screens there are: the projector and (with a second screen) the
presenter view, following screens plugged in or removed while teaching."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QGuiApplication

from app.classroom.screens import added_screen, choose_screens, find_screen
from app.views.classroom.screens import infos_of, labels_for
from app.views.classroom.windows import NOTES_PT, PresenterWindow, ProjectorWindow

SCREEN_SETTLE_MS = 600  # a projector plugged in announces itself in several steps


class Classroom(QObject):
    """Opens the windows of a show on the right screens, follows screens plugged in or
    removed while teaching, and closes the windows together.

    One screen: the projector window only (its control strip does everything). Two or more:
    the projector on the remembered screen (else the first that is not primary) and the
    presenter view on another. A projector unplugged brings the show back to a remaining
    screen at the same place; one plugged in while there was a single screen takes the
    projection, as presentation software does (a third screen is offered in the list).
    """

    def __init__(self, show, academy, parent=None) -> None:
        super().__init__(parent)
        self.show = show
        self.academy = academy
        self.projector = ProjectorWindow(show)
        self.presenter: PresenterWindow | None = None
        self.projector_key = ""
        self._infos = []
        show.ended.connect(self.close)
        self._settle = QTimer(self, singleShot=True, interval=SCREEN_SETTLE_MS)
        self._settle.timeout.connect(lambda: self.screens_changed())
        app = QGuiApplication.instance()
        app.screenAdded.connect(self._screen_event)
        app.screenRemoved.connect(self._screen_event)
        self.arrange(QGuiApplication.screens(), academy.setting("projector_screen"))
        (self.presenter or self.projector).activateWindow()
        self.projector.setFocus()
        if self.presenter is None:  # one screen: say once where the controls are
            self.projector.strip.appear()

    def _screen_event(self, _screen) -> None:
        self._settle.start()

    def arrange(self, screens, remembered: str | None) -> None:
        """Put the projector and (with two screens or more) the presenter view on
        ``screens`` (QScreen list), the projector on ``remembered`` if it is there."""
        infos = infos_of(screens)
        projector_i, presenter_i = choose_screens(infos, remembered)
        self._infos = infos
        self.projector_key = infos[projector_i].key
        if presenter_i is None:
            if self.presenter is not None:
                self.presenter.close()
                self.presenter.deleteLater()
                self.presenter = None
        else:
            if self.presenter is None:
                self.presenter = PresenterWindow(
                    self.show, notes_pt=float(self.academy.setting("presenter_notes_pt", NOTES_PT))
                )
                self.presenter.screen_chosen.connect(self.move_projector)
                self.presenter.notes_pt_changed.connect(self._remember_notes_pt)
            screen = screens[presenter_i]
            self.presenter.showNormal()
            self.presenter.setScreen(screen)
            self.presenter.setGeometry(screen.availableGeometry())
            self.presenter.show()
            self.presenter.fill_screens(labels_for(infos), [i.key for i in infos],
                                        self.projector_key)  # fmt: skip
        self.projector.place_on(screens[projector_i])

    def screens_changed(self, screens=None) -> None:
        """Screens were added or removed (``screens``: those now there; default, all)."""
        screens = list(QGuiApplication.screens() if screens is None else screens)
        if not screens:
            return
        before, infos = self._infos, infos_of(screens)
        keys = [i.key for i in infos]
        added = added_screen(before, infos)
        if self.projector_key not in keys or (self.presenter is None) != (len(screens) == 1):
            if added is not None and self.presenter is None:
                remembered = keys[added]  # a projector plugged in: it takes the show
            else:
                remembered = self.academy.setting("projector_screen")
            self.arrange(screens, remembered)
            self.projector.setFocus()
            if self.presenter is not None:
                label = labels_for(infos)[keys.index(self.projector_key)]
                self.presenter.say(self.tr("Projecting on %1").replace("%1", label))
            return
        self._infos = infos
        if self.presenter is not None:
            self.presenter.fill_screens(labels_for(infos), keys, self.projector_key)
            if added is not None:
                self.presenter.say(self.tr("Screen connected: %1 — choose it under Projector to "
                                           "show the slides there.").replace(
                    "%1", labels_for(infos)[added]))  # fmt: skip

    def move_projector(self, key: str) -> None:
        screens = QGuiApplication.screens()
        i = find_screen(infos_of(screens), key)
        if i is None:
            return
        self.arrange(screens, key) if self.presenter is None else self._move(screens, i)
        if self.academy.learner_open:
            self.academy.set_setting("projector_screen", key)

    def _move(self, screens, i: int) -> None:
        self.projector_key = infos_of(screens)[i].key
        self.projector.place_on(screens[i])

    def _remember_notes_pt(self, pt: float) -> None:
        if self.academy.learner_open:
            self.academy.set_setting("presenter_notes_pt", pt)

    def close(self) -> None:
        app = QGuiApplication.instance()
        for signal in (app.screenAdded, app.screenRemoved):
            with contextlib.suppress(RuntimeError, TypeError):  # never connected / app gone
                signal.disconnect(self._screen_event)
        self._settle.stop()
        for w in (self.projector, self.presenter):
            if w is not None:
                w.close()
                w.deleteLater()
        if hasattr(self.show, "pause_countdown"):
            self.show.pause_countdown()
        self.deleteLater()
