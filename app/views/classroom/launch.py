"""Starting classroom shows from the main window: lesson slides, case discussion, a live quiz,
the role-play on the projector. One show at a time; a new one closes the old."""

from __future__ import annotations

from app.languages import font_language
from app.views.page import WindowPart


class Teaching(WindowPart):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.current = None  # the open Classroom (projector + presenter), if any
        self.scenario_projector = None

    def families(self) -> tuple[str, ...]:
        from app.views.theme import installed_families

        return tuple(installed_families(font_language(self.academy.lang)))

    def _open(self, show):
        from app.views.classroom.room import Classroom

        if self.current is not None:
            self.current.close()
        self.current = Classroom(show, self.academy, self.window)
        show.ended.connect(lambda: setattr(self, "current", None))
        return self.current

    def teach_lesson(self, lesson_id: str):
        """Slides of the lesson on the projector, the presenter view on this screen."""
        from app.classroom.slides import lesson_slides
        from app.views.classroom.shows import DeckShow

        lesson = self.academy.lesson(lesson_id)
        if lesson is None:
            return None
        show = DeckShow(lesson.title, lesson_slides(lesson), self.families(), self.academy.assets)
        return self._open(show)

    def discuss_case(self, case_id: str):
        from app.classroom.slides import case_discussion_slides
        from app.views.classroom.shows import DeckShow

        case = self.academy.content.cases.get(case_id)
        if case is None:
            return None
        slides = case_discussion_slides(case)
        return self._open(DeckShow(case.title, slides, self.families(), self.academy.assets))

    def live_quiz(self, topic: str, count: int = 10, seconds: int = 30, seed: int | None = None):
        """A show-of-hands quiz on a course section: ``count`` questions drawn at random."""
        import random

        from app.classroom.live_quiz import draw_questions
        from app.views.classroom.shows import LiveQuizShow

        picked = draw_questions(self.academy.content.questions, topic, count, random.Random(seed))
        if not picked:
            return None
        show = LiveQuizShow(topic, picked, self.families(), self.academy.assets, seconds)
        return self._open(show)

    def project_scenario(self, scenario_id: str):
        """The role-play on the projector in large text; the trainer clicks the class's reply."""
        from app.views.classroom.roleplay import ScenarioProjector

        if self.scenario_projector is not None:
            self.scenario_projector.close()
        self.scenario_projector = ScenarioProjector(
            self.academy, self.window.colors, scenario_id, self.window
        )
        return self.scenario_projector
