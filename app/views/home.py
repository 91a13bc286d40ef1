"""Home: greeting, overall progress, 'continue where you left off', and the course outline."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.languages import is_traditional
from app.views.outline import OutlineTree
from app.views.page import ChangeAware
from app.views.plain import plain
from app.views.theme import mark, mark_progress


class HomePage(ChangeAware, QWidget):
    open_lesson = Signal(str, int, float)  # lesson id, section, scroll fraction

    def __init__(self, academy, colors, parent=None) -> None:
        super().__init__(parent)
        self.academy = academy
        self.colors = colors
        self._resume = None

        self.greeting = plain(QLabel())  # the learner's name
        mark(self.greeting, "PageTitle")
        self.subtitle = plain(QLabel())
        mark(self.subtitle, "Muted")
        self.subtitle.setWordWrap(True)
        # for Traditional-script learners: the course teaches mainland rules
        self.jurisdiction = QLabel(
            self.tr(
                "This course teaches the rules of mainland China. Consumer-protection and "
                "financial rules in Taiwan and Hong Kong differ: where you handle complaints, "
                "the local rules apply."
            )
        )
        self.jurisdiction.setWordWrap(True)
        mark(self.jurisdiction, "Muted")
        self.jurisdiction.setVisible(is_traditional(academy.lang))

        card = QFrame()
        mark(card, "Card")
        cl = QVBoxLayout(card)
        cl.setContentsMargins(20, 16, 20, 16)
        self.progress_label = QLabel()
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        mark_progress(self.progress)
        self.progress.setAccessibleName(self.tr("Course progress"))
        self.time_label = QLabel()
        mark(self.time_label, "Muted")
        row = QHBoxLayout()
        self.resume_label = plain(QLabel())
        self.resume_label.setWordWrap(True)
        self.resume_btn = QPushButton()
        mark(self.resume_btn, "Primary")
        self.resume_btn.setDefault(True)
        self.resume_btn.setAutoDefault(True)
        self.resume_btn.clicked.connect(self._resume_clicked)
        row.addWidget(self.resume_label, 1)
        row.addWidget(self.resume_btn)
        cl.addWidget(self.progress_label)
        cl.addWidget(self.progress)
        cl.addWidget(self.time_label)
        cl.addSpacing(8)
        cl.addLayout(row)

        # the learner's track: what the outline lists, the certificate needs, the final asks
        self.track = QComboBox()
        self.track.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.track.setAccessibleName(self.tr("Track"))
        self.track.setToolTip(
            self.tr(
                "Everyone takes the common core; a track adds the sections of one line of "
                "business. The outline, the certificate and the final exam follow it."
            )
        )
        self.track.activated.connect(self._track_chosen)
        self.track_label = QLabel(self.tr("&Track:"))
        self.track_label.setBuddy(self.track)
        track_row = QHBoxLayout()
        track_row.addWidget(self.track_label)
        track_row.addWidget(self.track)
        track_row.addStretch(1)
        cl.addLayout(track_row)

        outline_title = QLabel(self.tr("Course outline"))
        outline_title.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.outline = OutlineTree(colors, show_minutes=True)
        self.outline.lesson_activated.connect(lambda lid: self.open_lesson.emit(lid, 0, -1.0))

        # while the course loads (the first start after an install parses every file): a
        # moving bar instead of an empty card and a blank button
        self.loading_bar = QProgressBar()
        self.loading_bar.setRange(0, 0)
        self.loading_bar.setTextVisible(False)
        self.loading_bar.setMaximumWidth(360)
        self.loading_bar.setAccessibleName(self.tr("Loading the course"))
        self.card, self.outline_title = card, outline_title

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(10)
        layout.addWidget(self.greeting)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.jurisdiction)
        layout.addWidget(self.loading_bar)
        layout.addWidget(card)
        layout.addSpacing(6)
        layout.addWidget(outline_title)
        layout.addWidget(self.outline, 1)
        layout.addStretch(0)  # takes the height while the outline is hidden (loading)
        self._layout = layout
        self.loading()

    def loading(self) -> None:
        self.greeting.setText(self.tr("Welcome"))
        self.subtitle.setText(self.tr("Loading the course…"))
        self.resume_btn.setEnabled(False)
        self._show_loading(True)

    def show_load_progress(self, done: int, total: int, _text: str = "") -> None:
        """Files of the course read so far: a first start after an install or an upgrade
        parses every file (seconds for an organisation's course); from the cache, no steps
        come and the bar keeps moving."""
        if total > 0:
            self.loading_bar.setRange(0, total)
            self.loading_bar.setValue(min(done, total))

    def _show_loading(self, loading: bool) -> None:
        self.loading_bar.setVisible(loading)
        for w in (self.card, self.outline_title, self.outline):
            w.setVisible(not loading)
        # the greeting, the line and the bar stay together at the top while loading
        self._layout.setStretch(self._layout.count() - 1, 1 if loading else 0)

    def affected_by(self, changes, initiator) -> bool:
        return changes.touches(
            "lessons", "answers", "review", "scenario_runs", "profiles", "settings"
        )

    def refresh(self) -> None:
        self._show_loading(False)
        a = self.academy
        name = a.profile.name if a.profile else ""
        self.greeting.setText(self.tr("Hello, %1").replace("%1", name))
        self.subtitle.setText(a.content.course.title)
        self.jurisdiction.setVisible(is_traditional(a.lang))
        p = a.study.course_progress()
        self.progress.setMaximum(max(1, p.total))
        self.progress.setValue(p.learned)
        self.progress_label.setText(
            self.tr("%1 of %2 lessons learned")
            .replace("%1", str(p.learned))
            .replace("%2", str(p.total))
        )
        self.time_label.setText(
            self.tr("Time studied: %1").replace("%1", self._duration(p.seconds))
        )
        self._resume = a.study.resume_point()
        next_id = a.study.next_lesson()
        if self._resume is not None:
            lesson = a.lesson(self._resume.lesson_id)
            self.resume_label.setText(
                self.tr("Continue where you left off: %1").replace("%1", lesson.title)
            )
            self.resume_btn.setText(self.tr("Continue"))
        elif next_id:
            self.resume_label.setText(
                self.tr("Start with: %1").replace("%1", a.lesson(next_id).title)
            )
            self.resume_btn.setText(self.tr("Start learning"))
        else:
            self.resume_label.setText(self.tr("No lessons are available."))
        self.resume_btn.setEnabled(self._resume is not None or next_id is not None)
        self._fill_tracks()
        followed = a.content.course.followed_sections(a.study.track())
        self.outline.populate(a.content, a.study.lesson_states(), followed)

    def _fill_tracks(self) -> None:
        a = self.academy
        tracks = a.content.course.tracks
        for w in (self.track, self.track_label):
            w.setVisible(bool(tracks))
        self.track.blockSignals(True)
        self.track.clear()
        self.track.addItem(self.tr("General (common core only)"), "general")
        for t in tracks:
            self.track.addItem(t.title, t.id)
        self.track.setCurrentIndex(max(0, self.track.findData(a.study.track())))
        self.track.blockSignals(False)

    def _track_chosen(self, index: int) -> None:
        track_id = self.track.itemData(index)
        if track_id and track_id != self.academy.study.track():
            self.academy.study.set_track(track_id)

    def _duration(self, seconds: int) -> str:
        hours, rest = divmod(seconds, 3600)
        minutes = rest // 60
        if hours:
            return self.tr("%1 h %2 min").replace("%1", str(hours)).replace("%2", str(minutes))
        return self.tr("%1 min").replace("%1", str(minutes))

    def _resume_clicked(self) -> None:
        if self._resume is not None:
            self.open_lesson.emit(self._resume.lesson_id, self._resume.section, self._resume.scroll)
        else:
            next_id = self.academy.study.next_lesson()
            if next_id:
                self.open_lesson.emit(next_id, 0, 0.0)

    def keyPressEvent(self, event) -> None:
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.resume_btn.isEnabled()
            and not self.outline.hasFocus()
        ):
            self.resume_btn.click()
            return
        super().keyPressEvent(event)
