"""Carry the core's change announcements onto the GUI thread as a Qt signal."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from app.changes import ChangeBus, Changes


class ChangeRelay(QObject):
    # (Changes, initiator); queued automatically when announced off the GUI thread
    changed = Signal(object, object)

    def __init__(self, bus: ChangeBus, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._unsubscribe = bus.subscribe(self._forward)
        self.destroyed.connect(lambda *_: self._unsubscribe())

    def _forward(self, changes: Changes, initiator: object | None) -> None:
        self.changed.emit(changes, initiator)
