"""Sending the open learner's records to the organisation's LRS, and how that stands."""

from __future__ import annotations

import re
import threading
from datetime import datetime

from app.changes import mutation
from app.services.core import Core
from app.services.reports import learner_xapi

LAST = "sync.last"  # the learner's setting: when the last run ended and how
STAFF_ID, EMAIL = "identity.staff_id", "identity.email"  # the learner's, entered once
_STAFF_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")
_EMAIL = re.compile(r"^[^@\s<>\"]{1,64}@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$")


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
            from app.reports.xapi import statement_ids
            from app.services.reports import learner_records

            sent = self._core.store().sent_statement_ids()
            profile = self._core.profile
            ids = statement_ids(profile.id if profile else "",
                                learner_records(self._core, streamed=True))
            out["pending"] = sum(1 for sid in ids if sid not in sent)
            out["sent"] = len(sent)
        return out

    def identity(self) -> tuple[str, str]:
        """The open learner's staff id and work e-mail ("" when not given)."""
        learner = self._core.learner
        if learner is None:
            return "", ""
        values = (learner.get_setting(STAFF_ID, ""), learner.get_setting(EMAIL, ""))
        return tuple(v if isinstance(v, str) else "" for v in values)  # type: ignore[return-value]

    @mutation(settings=True)
    def set_identity(self, staff_id: str, email: str) -> None:
        """How the organisation knows the learner: its staff id and work e-mail, put in the
        statements' actor (organisation.json says which). A value that is not an id or an
        address raises ValueError("staff-id") / ValueError("email"); "" clears it."""
        staff_id, email = staff_id.strip(), email.strip()
        if staff_id and not _STAFF_ID.match(staff_id):
            raise ValueError("staff-id")
        if email and not _EMAIL.match(email):
            raise ValueError("email")
        store = self._core.store()
        store.set_setting(STAFF_ID, staff_id)
        store.set_setting(EMAIL, email)

    @mutation(settings=True)
    def save_organisation(self, endpoint: str, username: str, password: str,
                          home_page: str = "", use: str = "staff_id"):  # fmt: skip
        """The trainer's LRS settings, into the data folder's organisation.json (the password
        to the system keyring where there is one): a ``Saved``. An empty endpoint removes the
        LRS (nothing is sent). Raises ValueError naming a wrong value; only the trainer may
        (ProfileError("not-trainer"))."""
        from app.services.profiles import require_trainer
        from app.sync.config import LrsConfig, save_organisation

        require_trainer(self._core)
        current = self.organisation().lrs
        lrs = None
        if endpoint.strip():
            keep = {"timeout_s": current.timeout_s, "batch": current.batch} if current else {}
            lrs = LrsConfig(endpoint.strip(), username.strip(), password, **keep)
        return save_organisation(self._core.paths.root, lrs, home_page.strip(), use)

    @staticmethod
    def check_connection(endpoint: str, username: str, password: str) -> None:
        """Try the settings before keeping them: returns when the LRS answers and accepts
        the credentials; raises ValueError (not an address), LrsRefused or LrsError."""
        from app.sync.client import LrsClient
        from app.sync.config import LrsConfig, is_http

        if not is_http(endpoint.strip()):
            raise ValueError("lrs.endpoint must be an http(s) address")
        config = LrsConfig(endpoint.strip().rstrip("/") + "/", username.strip(), password,
                           timeout_s=10)  # fmt: skip
        LrsClient(config).check()

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
