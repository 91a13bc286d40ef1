"""What is being shown to the class: a deck of slides or a live quiz.

Both offer the same small interface to the projector and presenter windows (pages, where we
are, notes, next/back, black/white screen, text size), so the windows and the keys are the
same for both.
"""

from __future__ import annotations

import html
import time
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from app.classroom.live_quiz import LiveQuiz, correct_of, options_of
from app.views.classroom.deck import Page, body_pt, page_html, paginate, theme_for

LETTERS = "ABCDEFGHI"


class Show(QObject):
    changed = Signal()
    ended = Signal()

    def __init__(self, families: tuple[str, ...], assets: Path, parent=None) -> None:
        super().__init__(parent)
        self.families = families
        self.assets = assets
        self.size = (1920, 1080)
        self.scale = 1.0  # the trainer's + / −
        self.blank: str | None = None  # "black" | "white"
        self.started = time.monotonic()

    # the interface the windows use ------------------------------------------------------
    def count(self) -> int:
        raise NotImplementedError

    def position(self) -> int:
        raise NotImplementedError

    def html(self, index: int | None = None) -> str:
        raise NotImplementedError

    def notes(self) -> str:
        return ""

    def titles(self) -> list[str]:
        return []

    def page_label(self, index: int | None = None) -> str:
        """The page number painted at the bottom edge of the projection ("" for none)."""
        return ""

    def place(self) -> str:
        """Where the show is in words of its own ("Question 2 of 10 · answer shown"), or ""
        for the windows' page count ("3 of 18")."""
        return ""

    def jump(self, number: int) -> None:
        """The number the trainer typed before Enter (1-based)."""
        self.go(number - 1)

    def next(self) -> None:
        raise NotImplementedError

    def back(self) -> None:
        raise NotImplementedError

    def go(self, index: int) -> None:
        """Jump to a page (0-based), clamped to the show."""

    # shared --------------------------------------------------------------------------------
    def theme(self):
        return theme_for(self.size[1], self.families, self.scale)

    def set_size(self, size: tuple[int, int]) -> None:
        if size != self.size and size[0] > 0 and size[1] > 0:
            self.size = size
            self.relayout()

    def relayout(self) -> None:
        self.changed.emit()

    def set_blank(self, kind: str | None) -> None:
        self.blank = None if self.blank == kind else kind
        self.changed.emit()

    def bigger(self) -> None:
        self._rescale(min(1.6, self.scale + 0.1))

    def smaller(self) -> None:
        self._rescale(max(0.7, self.scale - 0.1))

    def _rescale(self, scale: float) -> None:
        if abs(scale - self.scale) > 1e-6:
            self.scale = round(scale, 2)
            self.relayout()

    def elapsed(self) -> int:
        return int(time.monotonic() - self.started)

    def end(self) -> None:
        self.ended.emit()


class DeckShow(Show):
    """Slides: a lesson, or a case's discussion questions."""

    def __init__(self, title: str, slides, families, assets, parent=None) -> None:
        super().__init__(families, assets, parent)
        self.title = title
        self.slides = slides
        self.pages: list[Page] = []
        self.index = 0
        self.relayout()

    def relayout(self) -> None:
        # Keep the place by slide (page numbers change with the size and the text size).
        old = self.pages[self.index].index_of_slide if self.pages else 0
        self.pages = paginate(self.slides, self.size, self.theme(), self.assets)
        self.index = next(
            (i for i, p in enumerate(self.pages) if p.index_of_slide == old and p.part == 1), 0
        )
        self.changed.emit()

    def count(self) -> int:
        return len(self.pages)

    def position(self) -> int:
        return self.index

    def html(self, index: int | None = None) -> str:
        i = self.index if index is None else index
        if not 0 <= i < len(self.pages):
            return ""
        return page_html(self.pages[i], self.theme(), self.assets)

    def page_label(self, index: int | None = None) -> str:
        i = self.index if index is None else index
        return f"{i + 1} / {len(self.pages)}" if 0 <= i < len(self.pages) else ""

    def notes(self) -> str:
        return self.pages[self.index].slide.notes if self.pages else ""

    def titles(self) -> list[str]:
        return [p.title for p in self.pages]

    def next(self) -> None:
        self.go(self.index + 1)

    def back(self) -> None:
        self.go(self.index - 1)

    def go(self, index: int) -> None:
        index = max(0, min(len(self.pages) - 1, index))
        if index != self.index or self.blank:
            self.index = index
            self.blank = None
            self.changed.emit()


class LiveQuizShow(Show):
    """Questions one at a time with a countdown: → starts it, → again (or time up) reveals
    the answer and the chart of hands, → again goes on to the next question."""

    def __init__(self, title: str, questions, families, assets, seconds: int = 30,
                 parent=None) -> None:  # fmt: skip
        super().__init__(families, assets, parent)
        self.title = title
        self.quiz = LiveQuiz(list(questions), seconds)
        self.timer = QTimer(self, interval=1000)
        self.timer.timeout.connect(self.tick)
        self.running = False

    def start_countdown(self) -> None:
        if self.quiz.revealed or self.quiz.remaining <= 0:
            return
        self.running = True
        self.timer.start()
        self.changed.emit()

    def pause_countdown(self) -> None:
        self.running = False
        self.timer.stop()
        self.changed.emit()

    def toggle_countdown(self) -> None:
        self.pause_countdown() if self.running else self.start_countdown()

    def reveal(self) -> None:
        """Show the answer now (the countdown stops) and the chart of the hands counted."""
        if not self.quiz.revealed:
            self.quiz.reveal()
            self.pause_countdown()

    def tick(self) -> None:
        """One second (the timer, or a test). Time up reveals the answer."""
        if self.quiz.tick():
            self.pause_countdown()
        self.changed.emit()

    def phase(self) -> str:
        """asking (countdown not started) · counting · paused · revealed."""
        q = self.quiz
        if q.revealed:
            return "revealed"
        if self.running:
            return "counting"
        return "paused" if q.remaining < q.seconds else "asking"

    def place(self) -> str:
        q = self.quiz
        secs = q.remaining
        clock = f"{secs // 60}:{secs % 60:02d}"
        phase = {
            "asking": self.tr("asking, countdown not started"),
            "counting": self.tr("countdown %1").replace("%1", clock),
            "paused": self.tr("countdown paused at %1").replace("%1", clock),
            "revealed": self.tr("answer shown"),
        }[self.phase()]
        where = (
            self.tr("Question %1 of %2").replace("%1", str(q.index + 1))
            .replace("%2", str(len(q.questions)))
        )  # fmt: skip
        return f"{where} · {phase}"

    def jump(self, number: int) -> None:
        self.go((number - 1) * 2)  # the question's page, before the reveal

    def count(self) -> int:
        return len(self.quiz.questions) * 2  # each question: asked, then revealed

    def position(self) -> int:
        return self.quiz.index * 2 + (1 if self.quiz.revealed else 0)

    def titles(self) -> list[str]:
        out = []
        for i, q in enumerate(self.quiz.questions, start=1):
            stem = q.stem if len(q.stem) <= 24 else q.stem[:24] + "…"
            out += [f"{i}. {stem}", f"    ✔ {i}"]
        return out

    def next(self) -> None:
        """A clicker's "next" steps through a question: start the countdown, then reveal
        (or let time run out), then the next question — so one button runs the quiz."""
        self.blank = None
        if not self.quiz.revealed and not self.running and self.quiz.remaining > 0:
            self.start_countdown()
            return
        if self.quiz.forward():
            if self.quiz.revealed:
                self.pause_countdown()
            self.changed.emit()

    def back(self) -> None:
        """Undoes a step: pauses a running countdown, hides the answer, then the question
        before (shown with its answer)."""
        if self.running:
            self.pause_countdown()
            return
        if self.quiz.back():
            self.pause_countdown()
            self.changed.emit()

    def go(self, index: int) -> None:
        index = max(0, min(self.count() - 1, index))
        self.quiz.index, self.quiz.revealed = divmod(index, 2)[0], bool(index % 2)
        self.quiz.remaining = self.quiz.seconds
        self.pause_countdown()

    def set_hands(self, option: int, hands: int) -> None:
        self.quiz.set_hands(option, hands)
        self.changed.emit()

    def notes(self) -> str:
        q = self.quiz.question
        right = "、".join(LETTERS[k] for k in sorted(correct_of(q)))
        return f"{right}：{q.explanation}"

    def html(self, index: int | None = None) -> str:
        pos = self.position() if index is None else index
        if not 0 <= pos < self.count():
            return ""
        qi, revealed = divmod(pos, 2)[0], bool(pos % 2)
        q = self.quiz.questions[qi]
        theme = self.theme()
        e = html.escape
        fonts = ", ".join(f"'{f}'" for f in theme.font_families)
        opts = options_of(q)
        right = correct_of(q)
        hands = self.quiz.hands(qi)
        total = sum(hands)
        rows = []
        for k, text in enumerate(opts):
            mark = "✔ " if revealed and k in right else ""
            color = "#f0e442" if revealed and k in right else theme.text
            bar = ""
            if revealed and total:
                width = max(2, int(320 * hands[k] / total))
                fill = "#56b4e9" if k in right else "#8a96a3"
                bar = (
                    f"<td width='340'><table cellspacing='0' cellpadding='0'><tr>"
                    f"<td width='{width}' height='{int(theme.base_pt * 0.8)}' bgcolor='{fill}'>"
                    f"</td></tr></table></td><td>{hands[k]}（{hands[k] * 100 // total}%）</td>"
                )
            rows.append(
                f"<tr><td style='color:{color}'><b>{mark}{LETTERS[k]}.</b></td>"
                f"<td style='color:{color}'>{e(text)}</td>{bar}</tr>"
            )
        customer = f"<p><i>“{e(q.customer)}”</i></p>" if q.customer else ""
        countdown = ""
        if not revealed and pos == self.position():
            secs = self.quiz.remaining
            countdown = (
                f'<p align="right" style="color:#e69f00; font-size:{theme.base_pt * 1.2:.1f}pt">'
                f"<b>{secs // 60}:{secs % 60:02d}</b></p>"
            )
        explanation = f'<p style="color:{theme.muted}">{e(q.explanation)}</p>' if revealed else ""
        multi = "（多选）" if q.type == "multiple" else ""
        return (
            f'<html><body style="font-family:{fonts}; color:{theme.text}; '
            f'font-size:{theme.base_pt:.1f}pt; line-height:135%;">'
            f'<h2 style="color:{theme.heading}">{qi + 1} / {len(self.quiz.questions)}{multi}</h2>'
            f"{countdown}{customer}<p><b>{e(q.stem)}</b></p>"
            f'<table cellspacing="0" cellpadding="{int(theme.base_pt * 0.3)}">{"".join(rows)}'
            f"</table>{explanation}</body></html>"
        )


def default_families() -> tuple[str, ...]:
    from app.views.theme import installed_families

    return tuple(installed_families("zh-CN"))


__all__ = ["DeckShow", "LiveQuizShow", "Show", "body_pt"]
