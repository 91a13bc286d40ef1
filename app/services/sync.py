"""Sending the open learner's records to the organisation's LRS, and how that stands."""

from __future__ import annotations

import threading
from datetime import datetime

from app.changes import mutation
from app.services.core import Core
from app.services.reports import learner_xapi

LAST = "sync.last"  # the learner's setting: when the last run ended and how


class Sync:
    def __init__(self, core: Core) -> None:
        self._core = core
        self.bus = core.bus
        self._running = threading.Lock()  # one run at a time (window, CLI, timer)

    def organisation(self):
        from app.services.reports import _install_dir
        from app.sync.config import load_organisation

        return load_organisation(self._core.paths.root, _install_dir())

    @property
    def configured(self) -> bool:
        return self.organisation().lrs is not None

    def status(self) -> dict:
        """Whether an LRS is set, where (never the password), how many statements wait,
        and when the last run ended and how."""
        org = self.organisation()
        last = self._core.learner.get_setting(LAST) if self._core.learner else None
        out = {
            "configured": org.lrs is not None,
            "lrs": org.lrs.describe() if org.lrs else None,
            "config_file": org.source or None,
            "config_problems": list(org.problems),
            "pending": None,
            "last": last if isinstance(last, dict) else None,
        }
        if self._core.learner is not None:
            sent = self._core.store().sent_statement_ids()
            statements = learner_xapi(self._core)
            out["pending"] = sum(1 for st in statements if st["id"] not in sent)
            out["sent"] = len(sent)
        return out

    @mutation(settings=True)
    def send_now(self, progress=None, cancelled=None):
        """Send what the LRS has not acknowledged (a SyncReport). Nothing configured:
        ValueError("not-configured"); another run going on: ValueError("busy")."""
        from app.sync.client import LrsClient
        from app.sync.sender import send_pending

        lrs = self.organisation().lrs
        if lrs is None:
            raise ValueError("not-configured")
        if not self._running.acquire(blocking=False):
            raise ValueError("busy")
        try:
            store = self._core.store()
            statements = learner_xapi(self._core)
            report = send_pending(
                LrsClient(lrs), statements, store.sent_statement_ids(), store.mark_sent,
                batch=lrs.batch,
                progress=progress or (lambda done, total: None),
                cancelled=cancelled or (lambda: False),
            )  # fmt: skip
            last = {"at": datetime.now().isoformat(timespec="seconds"), **report.as_dict()}
            store.set_setting(LAST, last)
            return report
        finally:
            self._running.release()
