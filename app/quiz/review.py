"""Spaced review of missed questions, scheduled with FSRS (the ``fsrs`` package).

Policy: a missed question enters the learner's queue (rated Again); answering a queued question
again reschedules it (Good if right, Again if wrong) and the learner may then say how hard it
felt (Hard / Good / Easy, FSRS's ratings for a recalled card). A right answer to a question
that is not queued changes nothing. A question answered right is not due again the same day,
even where FSRS's short learning steps would bring it back within minutes: "today's review"
ends when each due question has been answered right once. Times are UTC, as FSRS expects.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from functools import lru_cache


@lru_cache(maxsize=1)
def _scheduler():
    from fsrs import Scheduler

    return Scheduler()


RATINGS = ("again", "hard", "good", "easy")


def schedule(
    card_json: str | None, rating: bool | str, now: datetime, local_now: datetime | None = None
) -> tuple[str, datetime]:
    """(the card's new JSON, when it is next due, naive UTC). ``rating`` is one of RATINGS,
    or True/False for right (Good) / wrong (Again)."""
    from fsrs import Card, Rating

    if isinstance(rating, bool):
        rating = "good" if rating else "again"
    if rating not in RATINGS:
        raise ValueError(f"unknown rating {rating!r} (one of {', '.join(RATINGS)})")
    now = now.astimezone(timezone.utc) if now.tzinfo else now.replace(tzinfo=timezone.utc)
    card = Card.from_json(card_json) if card_json else Card(due=now)
    card, _log = _scheduler().review_card(card, Rating[rating.capitalize()], now)
    due = card.due.astimezone(timezone.utc).replace(tzinfo=None)
    if rating != "again":
        due = max(due, start_of_tomorrow_utc(local_now))
    return card.to_json(), due


def utc_now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def start_of_tomorrow_utc(now: datetime | None = None) -> datetime:
    """Midnight at the start of the learner's next local day, as naive UTC."""
    local = (now or datetime.now()).astimezone()
    midnight = (local + timedelta(days=1)).replace(hour=0, minute=0, second=0, microsecond=0)
    return midnight.astimezone(timezone.utc).replace(tzinfo=None)


def end_of_today_utc(now: datetime | None = None) -> datetime:
    """The end of the learner's local day, as naive UTC: "today's review" is everything due
    before then (a question missed this morning comes back this afternoon)."""
    local = (now or datetime.now()).astimezone()
    end = local.replace(hour=23, minute=59, second=59, microsecond=0)
    return end.astimezone(timezone.utc).replace(tzinfo=None)


@dataclass(frozen=True)
class NextReview:
    day: date  # the learner's local date
    count: int  # questions due that day


def next_review_day(dues_utc: list[datetime]) -> NextReview | None:
    """The first local day with questions due, and how many (from naive-UTC due times)."""
    if not dues_utc:
        return None
    days = [d.replace(tzinfo=timezone.utc).astimezone().date() for d in dues_utc]
    first = min(days)
    return NextReview(first, days.count(first))
