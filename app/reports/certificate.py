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
    track: str = ""  # the track's title ("" for the common core alone)


def verification_code(learner_id: str, name: str, attempt_id: str, score: float,
                      when: datetime) -> str:  # fmt: skip
    raw = f"{learner_id}|{name}|{attempt_id}|{score:.4f}|{when:%Y-%m-%d}".encode()
    digest = base64.b32encode(hashlib.sha256(raw).digest()).decode()[:12]
    return "-".join(digest[i : i + 4] for i in range(0, 12, 4))


@dataclass(frozen=True)
class Eligibility:
    """How far a learner is from the certificate: lessons learned of those needed, and
    whether a final exam has been passed."""

    lessons_learned: int
    lessons_needed: int
    final_passed: bool

    @property
    def lessons_left(self) -> int:
        return max(0, self.lessons_needed - self.lessons_learned)

    @property
    def complete(self) -> bool:
        return self.lessons_left == 0 and self.final_passed


def _passed_finals(exams: list[dict]) -> list[dict]:
    return [e for e in exams if e["kind"] == "final" and e["passed"] and e["finished_at"]]


def eligibility(learned: int, lessons: int, exams: list[dict]) -> Eligibility:
    return Eligibility(learned, lessons, bool(_passed_finals(exams)))


def earned(learned: int, lessons: int, exams: list[dict], learner_id: str,
           name: str, track: str = "") -> tuple[Certificate | None, Eligibility]:  # fmt: skip
    """(certificate, eligibility) when the final exam is passed and every lesson the
    learner follows is learned; otherwise (None, eligibility), which says what is missing.
    ``track`` (a title) is printed on the certificate; the code does not depend on it."""
    status = eligibility(learned, lessons, exams)
    if not status.complete:
        return None, status
    best = max(_passed_finals(exams), key=lambda e: (e["score"], e["finished_at"]))
    code = verification_code(learner_id, name, best["id"], best["score"], best["finished_at"])
    cert = Certificate(
        name, learner_id, best["id"], best["score"], best["finished_at"], code, track
    )
    return cert, status
