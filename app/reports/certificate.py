"""Who earns the certificate and the code that lets anyone check a printed one.

The code is derived from the record (learner, exam attempt, score, date), so a reprint shows
the same code and a changed score or name would not match it."""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class Certificate:
    name: str
    learner_id: str
    attempt_id: str
    score: float
    passed_at: datetime
    code: str


def verification_code(learner_id: str, name: str, attempt_id: str, score: float,
                      when: datetime) -> str:  # fmt: skip
    raw = f"{learner_id}|{name}|{attempt_id}|{score:.4f}|{when:%Y-%m-%d}".encode()
    digest = base64.b32encode(hashlib.sha256(raw).digest()).decode()[:12]
    return "-".join(digest[i : i + 4] for i in range(0, 12, 4))


def earned(learned: int, lessons: int, exams: list[dict], learner_id: str,
           name: str) -> tuple[Certificate | None, str]:  # fmt: skip
    """(certificate, "") when the final exam is passed and every lesson learned; otherwise
    (None, what is missing)."""
    finals = [e for e in exams if e["kind"] == "final" and e["passed"] and e["finished_at"]]
    missing = []
    if learned < lessons:
        missing.append(f"lessons:{lessons - learned}")
    if not finals:
        missing.append("final")
    if missing:
        return None, ",".join(missing)
    best = max(finals, key=lambda e: (e["score"], e["finished_at"]))
    code = verification_code(learner_id, name, best["id"], best["score"], best["finished_at"])
    return Certificate(name, learner_id, best["id"], best["score"], best["finished_at"], code), ""
