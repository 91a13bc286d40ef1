"""Sending what the LRS has not acknowledged yet, in batches, and saying how it went.

What to send is derived, not queued: each stored event (a reading session, a lesson learned,
an answer, an exam, a role-play run) gives exactly one statement whose id never changes
(app.reports.xapi), and the learner's database keeps the ids the LRS has acknowledged. So a
statement cannot be lost between an event and its sending (it is the event), and a kill at
any moment at worst sends a batch again — which the LRS accepts as already held.

A batch the LRS refuses as a whole (409: an id it holds with other content, e.g. sent
before a course update reworded a question; 400: one statement it does not accept) is sent
again one statement at a time, so one odd statement does not hold back the others.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

from app.sync.client import LrsBadRequest, LrsClient, LrsConflict, LrsError, LrsRefused


@dataclass
class SyncReport:
    sent: int = 0  # acknowledged now
    conflicts: int = 0  # the LRS holds other content under that id: counted as held
    rejected: list[str] = field(default_factory=list)  # ids the LRS will not take (400)
    pending: int = 0  # still to send after this run
    error: str = ""  # why the run stopped early ("" when it did not)
    refused: bool = False  # credentials refused: do not retry until they change

    def as_dict(self) -> dict:
        return {"sent": self.sent, "conflicts": self.conflicts, "rejected": len(self.rejected),
                "pending": self.pending, "error": self.error}  # fmt: skip


def send_pending(client: LrsClient, statements: list[dict], acknowledged: set[str],
                 mark_sent: Callable[[list[str]], None], *, batch: int = 200, retries: int = 3,
                 backoff_s: float = 0.5, cancelled: Callable[[], bool] = lambda: False,
                 progress: Callable[[int, int], None] = lambda done, total: None,
                 ) -> SyncReport:  # fmt: skip
    """Send every statement whose id is not in ``acknowledged``; ``mark_sent`` records the
    ids of each batch the LRS accepted before the next is sent."""
    todo = [st for st in statements if st["id"] not in acknowledged]
    report = SyncReport(pending=len(todo))
    done = 0
    for start in range(0, len(todo), batch):
        if cancelled():
            report.error = "cancelled"
            break
        chunk = todo[start : start + batch]
        try:
            ok = _send_batch(client, chunk, report, retries, backoff_s)
        except LrsRefused as exc:
            report.error, report.refused = str(exc), True
            break
        except LrsError as exc:
            report.error = str(exc)
            break
        if ok:
            mark_sent(ok)
            report.sent += len(ok)
        done += len(chunk)
        report.pending = len(todo) - done + len(report.rejected)
        progress(done, len(todo))
    return report


def _send_batch(client: LrsClient, chunk: list[dict], report: SyncReport, retries: int,
                backoff_s: float) -> list[str]:  # fmt: skip
    """Ids the LRS now holds. Network errors and 5xx are retried with growing pauses."""
    for attempt in range(retries + 1):
        try:
            client.post(chunk)
            return [st["id"] for st in chunk]
        except (LrsConflict, LrsBadRequest):
            return _one_by_one(client, chunk, report)
        except LrsError:
            if attempt == retries:
                raise
            time.sleep(backoff_s * 2**attempt)
    return []


def _one_by_one(client: LrsClient, chunk: list[dict], report: SyncReport) -> list[str]:
    held = []
    for st in chunk:
        try:
            client.put(st)
            held.append(st["id"])
        except LrsConflict:
            report.conflicts += 1
            held.append(st["id"])  # the LRS has a statement with that id: never send it again
        except LrsBadRequest:
            report.rejected.append(st["id"])
    return held
