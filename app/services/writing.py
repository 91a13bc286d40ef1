"""Written practice: the tasks, the learner's text for each, and their self-assessment."""

from __future__ import annotations

from app.changes import mutation
from app.services.core import Core


class Writing:
    def __init__(self, core: Core) -> None:
        self._core = core
        self.bus = core.bus

    def tasks(self) -> list:
        """The course's written-practice tasks, in file order."""
        return list(self._core.content.writing.values())

    def task(self, task_id: str):
        return self._core.content.writing.get(task_id)

    def attempts(self) -> dict[str, dict]:
        """{task id: the learner's latest attempt} ({} when no learner is open)."""
        if self._core.learner is None:
            return {}
        return self._core.store().latest_writing()

    def attempt(self, task_id: str) -> dict | None:
        if self._core.learner is None:
            return None
        return self._core.store().latest_writing(task_id).get(task_id)

    @mutation(writing=True)
    def save_draft(self, task_id: str, text: str) -> dict:
        """Keep the learner's text (the page saves as they type, after a pause)."""
        return self._core.store().save_writing_draft(task_id, text)

    @mutation(writing=True)
    def save_assessment(self, task_id: str, marks: dict[str, bool]) -> dict:
        """The learner's ticks against the rubric; criteria the task does not have are
        dropped, and those not mentioned count as not met."""
        task = self.task(task_id)
        known = task.criterion_ids() if task is not None else tuple(marks)
        return self._core.store().save_writing_assessment(
            task_id, {cid: bool(marks.get(cid, False)) for cid in known}
        )

    @mutation(writing=True)
    def start_again(self, task_id: str) -> dict:
        """A new, empty attempt at the task; the earlier ones stay in the record."""
        return self._core.store().new_writing_attempt(task_id)
