"""How a page hears about changes: it says what affects it, and is refreshed at the right time.

``MainWindow`` hands every change notice to every page it has built. A page that is
affected refreshes at once if it is on screen, otherwise it remembers and refreshes when it
is next shown; a page in the middle of something (a quiz, a dialogue) says it is ``busy``
and refreshes when it is done. No page needs to know which other page changed what.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from app.changes import Changes


class ChangeAware:
    """Mixin for a QWidget page (list it before the Qt base class)."""

    _stale = False

    def affected_by(self, changes: Changes, initiator: object | None) -> bool:
        """True if this page shows something ``changes`` changed (override)."""
        return bool(changes.learner or changes.content)

    def busy(self) -> bool:
        """True while refreshing would disturb the learner (a running quiz, say)."""
        return False

    def refresh(self) -> None:  # pragma: no cover - every page defines its own
        raise NotImplementedError

    def on_changes(self, changes: Changes, initiator: object | None) -> None:
        if not self.affected_by(changes, initiator):
            return
        if self.isVisible() and not self.busy():  # type: ignore[attr-defined]
            self._stale = False
            self.refresh()
        else:
            self._stale = True

    @property
    def stale(self) -> bool:
        return self._stale

    def refresh_if_stale(self) -> None:
        """Call when the page becomes idle again (a quiz ended) or is shown."""
        if self._stale and not self.busy():
            self._stale = False
            self.refresh()

    def showEvent(self, event) -> None:
        super().showEvent(event)  # type: ignore[misc]
        self.refresh_if_stale()


class WindowPart(QObject):
    """A share of the main window's work kept in its own module (file actions, classroom
    shows). It reaches the window through its Qt parent, holding no Python reference of its
    own, so that a replaced window is freed at once."""

    def __init__(self, window) -> None:
        super().__init__(window)

    @property
    def window(self):
        return self.parent()

    @property
    def academy(self):
        return self.window.academy
