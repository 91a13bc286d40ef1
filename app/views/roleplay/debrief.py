"""The debrief of a finished run: the ending, the scores per dimension, and every reply with the
principle it followed or broke and a link to the lesson to study; Play again (Ctrl+R)."""

from __future__ import annotations

import html

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.views.labels import dimension_names, emotion_names, ending_names
from app.views.roleplay.common import page_html
from app.views.safe_text import SafeTextBrowser
from app.views.theme import html_theme, mark, show_html

ENDING_COLORS = {"loyal": "#0072B2", "costly": "#B07A00", "escalated": "#D55E00", "lost": "#8B1E00"}


class ScenarioDebrief(QWidget):
    open_lesson = Signal(str, int, float)
    again_requested = Signal()
    leave_requested = Signal()

    def __init__(self, academy, colors, parent=None) -> None:
        super().__init__(parent)
        self.academy = academy
        self.colors = colors
        self.scale = 1.0
        self.debrief_title = mark(QLabel(), "PageTitle")
        self.debrief_title.setWordWrap(True)
        self.new_best = QLabel()
        self.again_btn = mark(QPushButton(self.tr("Play again (Ctrl+R)")), "Primary")
        self.again_btn.clicked.connect(self.again_requested)
        back = QPushButton(self.tr("All scenarios (Esc)"))
        back.clicked.connect(self.leave_requested)
        top = QHBoxLayout()
        top.addWidget(self.debrief_title, 1)
        self.tools = QHBoxLayout()  # the page puts its "large text" button here
        top.addLayout(self.tools)
        top.addWidget(back)
        top.addWidget(self.again_btn)
        self.debrief = SafeTextBrowser()
        self.debrief.setOpenLinks(False)
        self.debrief.anchorClicked.connect(self.follow_link)
        self.debrief.setAccessibleName(self.tr("Debrief"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.new_best)
        layout.addWidget(self.debrief, 1)

    def show_run(self, run, result: dict | None) -> None:
        """The debrief of ``run``; ``result`` is what storing it said (None: the best run,
        replayed)."""
        ending = run.ending
        self.debrief_title.setText(f"{run.scenario.title} — {ending.title}")
        if result is None:
            self.new_best.setText(self.tr("Your best run so far."))
        elif result["best"] and result["previous_best"] is not None:
            self.new_best.setText(self.tr("A new best result for this scenario."))
        elif result["best"]:
            self.new_best.setText(self.tr("First run saved. Play again to try another path."))
        else:
            prev = result["previous_best"]
            self.new_best.setText(
                self.tr("Saved. Your best remains: %1, %2 points.")
                .replace("%1", ending_names()[prev["ending_kind"]])
                .replace("%2", f"{prev['total']:+d}")
            )
        self.render_run(run)

    def render_run(self, run) -> None:
        theme = html_theme(self.colors, self.academy.lang, 12 * self.scale)
        show_html(self.debrief, self._debrief_html(run, theme), theme.base_pt)

    def focus_first(self) -> None:
        self.again_btn.setFocus()

    def set_scale(self, scale: float) -> None:
        """Classroom text size; the debrief takes it when it is next rendered."""
        self.scale = scale

    def follow_link(self, url: QUrl) -> None:
        if url.scheme() == "lesson":
            target = url.path() or url.toString()[len("lesson:") :].split("#")[0]
            fragment = url.fragment()
            self.open_lesson.emit(target, int(fragment) if fragment.isdigit() else 0, -1.0)

    def _debrief_html(self, run, theme) -> str:
        e = html.escape
        ending = run.ending
        color = ENDING_COLORS.get(ending.kind, theme.heading)
        dims = dimension_names()
        steps = len(run.steps)
        parts = [
            f'<p style="font-size:{14 * self.scale}pt; color:{color}; font-weight:700; '
            f'margin-bottom:2px">{e(ending_names()[ending.kind])}</p>',
            f"<p>{e(ending.text)}</p>",
            f'<p style="color:{theme.muted}">'
            + e(
                self.tr("%n reply(s) · customer's mood at the end: %1 · total %2 points", "", steps)
                .replace("%1", emotion_names()[run.emotion])
                .replace("%2", f"{run.total():+d}")
            )
            + "</p>",
            f'<table cellspacing="0" cellpadding="{int(5 * self.scale)}" '
            f'style="border-collapse:collapse; margin-bottom:8px">',
        ]
        span = max(1, 2 * steps)  # each reply scores −2 … +2 per dimension
        for dim, name in dims.items():
            value = run.scores[dim]
            width = int(180 * self.scale * abs(value) / span) + 1
            bar_color = "#0072B2" if value >= 0 else "#D55E00"
            parts.append(
                f"<tr><td>{e(name)}</td><td align='right'><b>{value:+d}</b></td>"
                f"<td style='color:{theme.muted}'>/ {span}</td>"
                f"<td><table cellspacing='0' cellpadding='0'><tr><td width='{width}' "
                f"height='{int(10 * self.scale)}' bgcolor='{bar_color}'></td></tr></table>"
                "</td></tr>"
            )
        parts.append("</table>")
        heading = self.tr("Your replies")
        parts.append(f'<h2 style="color:{theme.heading}">{e(heading)}</h2>')
        followed, broke = self.tr("Followed"), self.tr("Broke")
        customer, you, study = self.tr("Customer"), self.tr("You"), self.tr("Study: %1")
        for n, d in enumerate(run.debrief(), start=1):
            ok = d["followed"]
            mark_color = "#0072B2" if ok else "#D55E00"
            verdict = f"✔ {followed}" if ok else f"✘ {broke}"
            lesson_id, _, section = d["lesson"].partition("#")
            lesson = self.academy.lesson(lesson_id)
            where = lesson.title if lesson else lesson_id
            if lesson and section.isdigit() and 0 < int(section) <= len(lesson.sections):
                where += f" · {lesson.sections[int(section) - 1].title}"
            parts.append(
                f'<p style="margin-top:14px; margin-bottom:2px"><b>{n}.</b> '
                f'<span style="color:{theme.muted}">{e(customer)}：'
                f"{e(d['customer'])}</span></p>"
                f'<p style="margin:2px 0 2px 24px">{e(you)}：{e(d["reply"])}</p>'
                f'<p style="margin:2px 0 2px 24px"><b style="color:{mark_color}">{e(verdict)}：'
                f"{e(d['principle'])}</b> — {e(d['feedback'])}</p>"
                f'<p style="margin:2px 0 2px 24px"><a href="lesson:{e(d["lesson"])}">'
                f"{e(study.replace('%1', where))}</a></p>"
            )
        return page_html(theme, "".join(parts))
