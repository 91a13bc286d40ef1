"""Per-topic mastery from the answers given.

Mastery of a topic = the sum of the latest score of each of its questions ÷ the number of
questions in the topic. Unanswered questions count as 0, so mastery grows with coverage as well
as accuracy, and a question answered wrong after being right pulls it down again.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from app.quiz.model import Question


def topic_mastery(questions: Iterable[Question], latest: Mapping[str, float]) -> dict[str, float]:
    totals: dict[str, float] = {}
    counts: dict[str, int] = {}
    for q in questions:
        counts[q.topic] = counts.get(q.topic, 0) + 1
        totals[q.topic] = totals.get(q.topic, 0.0) + latest.get(q.id, 0.0)
    return {topic: totals[topic] / counts[topic] for topic in counts}
