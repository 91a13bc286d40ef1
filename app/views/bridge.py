"""Carry the core's Change events onto the GUI thread as a Qt signal."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from app.events import Change, EventBus


class ChangeRelay(QObject):
    changed = Signal(object)  # Change; queued automatically when published off the GUI thread

    def __init__(self, bus: EventBus, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._unsubscribe = bus.subscribe(self._forward)
        self.destroyed.connect(lambda *_: self._unsubscribe())

    def _forward(self, change: Change) -> None:
        self.changed.emit(change)
