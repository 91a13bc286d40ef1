"""The one way the views run work off the window's thread (after Anki's CollectionOp/QueryOp).

``run_op(parent, work, done=...)`` calls ``work(progress)`` on the thread pool and then, on
the GUI thread, ``done(result)``; a failure is shown to the user (or given to ``failed``).
With a ``label`` a progress dialog appears if the work takes longer than a moment: a bar
when the work counts its steps (``progress.step(done, total)``), a busy bar otherwise, and a
Cancel button when ``cancellable``. Whatever the work changes is announced by the facade
(``app/changes.py``) with ``initiator`` attached, and reaches the pages as change notices;
the window keeps painting and answering throughout. Never touch widgets inside ``work``.
"""

from __future__ import annotations

import logging
import threading
import weakref
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, QTimer, Signal

from app.changes import initiated_by
from app.tasks import Cancelled, Progress

log = logging.getLogger(__name__)
_live: set[Op] = set()  # keep operations (and their relays) alive until they have delivered

# Errors whose message is written for the user: shown as they are. Anything else is a bug:
# logged with its traceback and shown as a short apology naming the log folder.
USER_ERRORS: tuple[type[BaseException], ...] = (OSError, ValueError, KeyError, RuntimeError)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Operations", text)


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int, str)


class _Runnable(QRunnable):
    def __init__(self, op: Op) -> None:
        super().__init__()
        self.op = op

    def run(self) -> None:
        op = self.op
        op.worker_thread = threading.get_ident()
        try:
            with initiated_by(op.initiator):
                result = op.work(op.progress)
        except BaseException as exc:  # reported on the GUI thread, which decides what to say
            if not isinstance(exc, (Cancelled, *USER_ERRORS)):
                log.exception("background work failed: %s", op.name)
            op.relay.failed.emit(exc)
        else:
            op.relay.done.emit(result)


class Op(QObject):
    """One piece of work in flight. ``finished`` is emitted on the GUI thread at the end."""

    finished = Signal()
    tracker: OpTracker | None = None  # set by OpTracker, for tests and the status bar

    def __init__(self, parent, work: Callable[[Progress], Any], *, name: str, label: str | None,
                 cancellable: bool, initiator: object | None,
                 done: Callable[[Any], None] | None,
                 failed: Callable[[BaseException], None] | None) -> None:  # fmt: skip
        super().__init__()
        # Weakly: an operation must not keep a window alive that was replaced meanwhile.
        self._parent_ref = weakref.ref(parent) if parent is not None else None
        self.work = work
        self.name = name
        self.label = label
        self.initiator = initiator
        self._done = done
        self._failed = failed
        self.relay = _Relay()
        self.progress = Progress(self.relay.progressed.emit)
        self.cancellable = cancellable
        self.worker_thread: int | None = None
        self.result: Any = None
        self.error: BaseException | None = None
        self.is_finished = False
        self._dialog = None
        self._last_step = (0, 0, "")  # shown when the dialog appears after the first steps
        self.relay.done.connect(self._on_done)
        self.relay.failed.connect(self._on_failed)
        self.relay.progressed.connect(self._on_progress)

    # GUI thread -----------------------------------------------------------------------------
    def start(self) -> Op:
        _live.add(self)
        if Op.tracker is not None:
            Op.tracker.started.emit(self)
        if self.label is not None:
            # Shown only if the work is still running after a moment: no flicker for quick work.
            QTimer.singleShot(400, self._show_dialog)
        QThreadPool.globalInstance().start(_Runnable(self))
        return self

    def _parent(self):
        """The parent widget, or None once it is gone (a window rebuilt meanwhile)."""
        from shiboken6 import isValid

        p = self._parent_ref() if self._parent_ref is not None else None
        return p if p is not None and isValid(p) else None

    def _live_dialog(self):
        from shiboken6 import isValid

        d = self._dialog
        return d if d is not None and isValid(d) else None

    def _show_dialog(self) -> None:
        if self.is_finished or self._dialog is not None:
            return
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QProgressDialog

        d = QProgressDialog(self.label, None, 0, 0, self._parent())
        d.setWindowTitle(self.label)
        d.setWindowModality(Qt.WindowModality.WindowModal)
        d.setMinimumDuration(0)
        d.setAutoClose(False)
        d.setAutoReset(False)
        if self.cancellable:
            d.setCancelButtonText(_tr("Cancel"))
            d.canceled.connect(self.cancel)
        else:
            d.setCancelButton(None)
        d.show()
        self._dialog = d
        self._on_progress(*self._last_step)

    def _on_progress(self, done: int, total: int, text: str) -> None:
        self._last_step = (done, total, text or self._last_step[2])
        d = self._live_dialog()
        if d is None:
            return
        if total > 0:
            d.setMaximum(total)
            d.setValue(min(done, total))
        if text:
            d.setLabelText(text)

    def cancel(self) -> None:
        self.progress.cancel()
        d = self._live_dialog()
        if d is not None:
            d.setLabelText(_tr("Stopping…"))

    def _close(self) -> None:
        self.is_finished = True
        d = self._live_dialog()
        if d is not None:
            d.close()
            d.deleteLater()
        self._dialog = None
        _live.discard(self)
        self.finished.emit()
        if Op.tracker is not None:
            Op.tracker.ended.emit(self)

    def _on_done(self, result: Any) -> None:
        self.result = result
        self._close()
        if self._done is not None:
            self._done(result)

    def _on_failed(self, exc: BaseException) -> None:
        self.error = exc
        self._close()
        if isinstance(exc, Cancelled):
            return
        if self._failed is not None:
            self._failed(exc)
        else:
            show_failure(self._parent(), self.label or self.name, exc)


def run_op(parent, work: Callable[[Progress], Any], *, done: Callable[[Any], None] | None = None,
           failed: Callable[[BaseException], None] | None = None, label: str | None = None,
           cancellable: bool = False, initiator: object | None = None,
           name: str = "") -> Op:  # fmt: skip
    """Run ``work(progress)`` off the GUI thread; see the module's docstring."""
    return Op(
        parent, work, name=name or getattr(work, "__name__", "work"), label=label,
        cancellable=cancellable, initiator=initiator, done=done, failed=failed,
    ).start()  # fmt: skip


def describe(exc: BaseException) -> str:
    """An error in words for a status line: the system's reason for a file error."""
    if isinstance(exc, OSError):
        return exc.strerror or str(exc)
    return str(exc) or type(exc).__name__


def show_failure(parent, title: str, exc: BaseException) -> None:
    """Say what went wrong, as plain text: the error's own words when they are meant for
    people, else an apology that points to the log."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    if isinstance(exc, USER_ERRORS):
        text = str(exc) or type(exc).__name__
    else:
        text = _tr(
            "Something went wrong (%1). The details are in the log (Help → Open the log folder)."
        ).replace("%1", type(exc).__name__)
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()


class OpTracker(QObject):
    """Announces every operation's start and end (the tests check the window keeps turning)."""

    started = Signal(object)
    ended = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        Op.tracker = self

    def stop(self) -> None:
        """Stop hearing about operations (the tracker is no longer the one in use)."""
        if Op.tracker is self:
            Op.tracker = None

    def running(self) -> int:
        return len(_live)
