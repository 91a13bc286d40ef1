"""Spaced review of missed questions, scheduled with FSRS (the ``fsrs`` package).

Policy: a missed question enters the learner's queue (rated Again); answering a queued question
again reschedules it (Good if right, Again if wrong); a right answer to a question that is not
queued changes nothing. Times are UTC, as FSRS expects.
"""

from __future__ import annotations

from datetime import datetime, timezone
from functools import lru_cache


@lru_cache(maxsize=1)
def _scheduler():
    from fsrs import Scheduler

    return Scheduler()


def schedule(card_json: str | None, correct: bool, now: datetime) -> tuple[str, datetime]:
    """(the card's new JSON, when it is next due, naive UTC)."""
    from fsrs import Card, Rating

    now = now.astimezone(timezone.utc) if now.tzinfo else now.replace(tzinfo=timezone.utc)
    card = Card.from_json(card_json) if card_json else Card(due=now)
    card, _log = _scheduler().review_card(card, Rating.Good if correct else Rating.Again, now)
    return card.to_json(), card.due.astimezone(timezone.utc).replace(tzinfo=None)


def utc_now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def end_of_today_utc(now: datetime | None = None) -> datetime:
    """The end of the learner's local day, as naive UTC: "today's review" is everything due
    before then (a question missed this morning comes back this afternoon)."""
    local = (now or datetime.now()).astimezone()
    end = local.replace(hour=23, minute=59, second=59, microsecond=0)
    return end.astimezone(timezone.utc).replace(tzinfo=None)
