"""Progress: the learner's dashboard (with the certificate and exports) and the trainer's
cohort view (imported exports of several learners)."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.languages import font_language
from app.views.ops import describe, run_op, show_failure
from app.views.page import ChangeAware
from app.views.plain import plain
from app.views.theme import mark


def _families(academy) -> tuple[str, ...]:
    from app.views.theme import installed_families

    return tuple(installed_families(font_language(academy.lang)))


def ask_save_path(parent, title: str, file_name: str, file_filter: str) -> str | None:
    """Where to save (a dialog starting in the home folder); None if cancelled."""
    path, _ = QFileDialog.getSaveFileName(parent, title, str(Path.home() / file_name), file_filter)
    return path or None


def scroll_fill(owner: QWidget, inner: QWidget) -> None:
    """Fill ``owner`` with ``inner`` inside a frameless scroll area (small screens scroll)."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(inner)
    outer = QVBoxLayout(owner)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroll)


def _clear(layout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        if item.widget() is not None:
            item.widget().deleteLater()


class Tile(QFrame):
    """A figure on the dashboard: a big number and what it counts."""

    def __init__(self, caption: str, parent=None) -> None:
        super().__init__(parent)
        mark(self, "Card")
        self.value = QLabel("—")
        font = self.value.font()
        font.setPointSizeF(20)
        font.setBold(True)
        self.value.setFont(font)
        self.caption = mark(QLabel(caption), "Muted")
        self.caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)


class LearnerDashboard(QWidget):
    open_lesson = Signal(str, int, float)
    review_requested = Signal()

    def __init__(self, academy, parent=None) -> None:
        super().__init__(parent)
        self.academy = academy
        self.tiles = {
            "progress": Tile(self.tr("lessons learned")),
            "time": Tile(self.tr("time studied")),
            "streak": Tile(self.tr("days in a row")),
            "reviews": Tile(self.tr("reviews due today")),
            "roleplays": Tile(self.tr("role-plays finished")),
        }
        tiles = QHBoxLayout()
        for t in self.tiles.values():
            tiles.addWidget(t)
        self.next_label = plain(QLabel())
        self.next_label.setWordWrap(True)
        self.next_btn = mark(QPushButton(self.tr("Study this next")), "Primary")
        self.next_btn.clicked.connect(self._study_next)
        self.review_btn = QPushButton(self.tr("Start today's review"))
        self.review_btn.clicked.connect(self.review_requested)
        advice = QHBoxLayout()
        advice.addWidget(self.next_label, 1)
        advice.addWidget(self.review_btn)
        advice.addWidget(self.next_btn)
        self.charts = QGridLayout()
        self.cert_label = plain(QLabel())
        self.cert_label.setWordWrap(True)
        self.cert_btn = QPushButton(self.tr("Certificate (PDF)…"))
        self.cert_btn.clicked.connect(lambda: self.save_certificate())
        csv_btn = QPushButton(self.tr("Export my record (CSV)…"))
        csv_btn.clicked.connect(lambda: self.export("csv"))
        xapi_btn = QPushButton(self.tr("Export for the trainer (xAPI)…"))
        xapi_btn.clicked.connect(lambda: self.export("xapi"))
        self.status = plain(mark(QLabel(), "Muted"))
        self.status.setWordWrap(True)
        # the organisation's LRS (organisation.json): shown only when one is configured
        self.sync_label = plain(mark(QLabel(), "Muted"))
        self.sync_label.setWordWrap(True)
        self.sync_btn = QPushButton(self.tr("Send my records now"))
        self.sync_btn.clicked.connect(lambda: self.send_records())
        sync_row = QHBoxLayout()
        sync_row.addWidget(self.sync_label, 1)
        sync_row.addWidget(self.sync_btn)
        for w in (self.sync_label, self.sync_btn):
            w.setVisible(False)
        foot = QHBoxLayout()
        foot.addWidget(self.cert_label, 1)
        foot.addWidget(self.cert_btn)
        foot.addWidget(csv_btn)
        foot.addWidget(xapi_btn)
        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.addLayout(tiles)
        layout.addLayout(advice)
        layout.addLayout(self.charts, 1)
        layout.addLayout(foot)
        layout.addLayout(sync_row)
        layout.addWidget(self.status)
        scroll_fill(self, inner)
        self.data = None

    def refresh(self) -> None:
        from app.views import charts

        self._refresh_sync()
        d = self.data = self.academy.reports.dashboard()
        self.tiles["progress"].value.setText(f"{d.learned} / {d.lessons}")
        hours, minutes = divmod(d.seconds // 60, 60)
        self.tiles["time"].value.setText(
            self.tr("%1 h %2 min").replace("%1", str(hours)).replace("%2", str(minutes))
        )
        self.tiles["streak"].value.setText(str(d.streak))
        self.tiles["reviews"].value.setText(str(d.reviews_due))
        self.tiles["roleplays"].value.setText(str(d.roleplays))
        self.review_btn.setEnabled(d.reviews_due > 0)
        lesson = self.academy.lesson(d.next_lesson or "")
        weak = "、".join(f"{r.number}. {r.title}" for r in d.weakest)
        if d.weakest:
            text = self.tr("Weakest topics: %1. Study this next: %2").replace("%1", weak)
        elif len(d.unpractised) == len(d.sections):  # no answers at all: nothing is known yet
            text = self.tr("Answer some practice questions to see which topics need work. "
                           "Study this next: %2")  # fmt: skip
        else:
            text = self.tr("No weak topics in what you have practised. Study this next: %2")
        self.next_label.setText(text.replace("%2", lesson.title if lesson else "—"))
        self.next_btn.setEnabled(lesson is not None)
        _clear(self.charts)
        fam = _families(self.academy)
        cats = [f"{r.number}. {r.title}" for r in d.sections]
        self.charts.addWidget(
            charts.percent_bars(
                self.tr("Per section: lessons learned and mastery"),
                cats,
                [
                    (self.tr("Lessons learned"), [r.completion for r in d.sections], charts.BLUE),
                    (self.tr("Mastery"), [r.mastery or 0.0 for r in d.sections], charts.ORANGE),
                ],
                fam,
                height=420,
            ),
            0,
            0,
            1,
            2,
        )
        exams = [e for e in d.exams if e["score"] is not None]
        if exams:
            labels = [
                f"{e['started_at']:%m-%d}{'★' if e['kind'] == 'final' else ''}" for e in exams
            ]
            self.charts.addWidget(
                charts.score_line(
                    self.tr("Exam history"),
                    labels,
                    [e["score"] for e in exams],
                    exams[-1]["pass_mark"],
                    fam,
                ),
                1,
                0,
                1,
                2,
            )
        else:
            self.charts.addWidget(mark(QLabel(self.tr("No exams taken yet.")), "Muted"), 1, 0)
        cert, missing = self.academy.reports.certificate(d)
        self.cert_btn.setEnabled(cert is not None)
        if cert is not None:
            self.cert_label.setText(
                self.tr("Certificate earned on %1 with %2% · verification code %3")
                .replace("%1", f"{cert.passed_at:%Y-%m-%d}")
                .replace("%2", f"{cert.score * 100:.0f}")
                .replace("%3", cert.code)
            )
        else:
            parts = []
            if missing.lessons_left:
                parts.append(
                    self.tr("%1 lesson(s) to learn").replace("%1", str(missing.lessons_left))
                )
            if not missing.final_passed:
                parts.append(self.tr("the final exam to pass"))
            self.cert_label.setText(
                self.tr("Certificate: %1.").replace("%1", self.tr(" and ").join(parts))
            )

    def _study_next(self) -> None:
        if self.data and self.data.next_lesson:
            self.open_lesson.emit(self.data.next_lesson, 0, -1.0)

    # the organisation's LRS ---------------------------------------------------------------------
    def _refresh_sync(self) -> None:
        configured = self.academy.sync.configured
        for w in (self.sync_label, self.sync_btn):
            w.setVisible(configured)
        if configured:  # counting what waits reads the whole record: off the window's thread
            run_op(self, lambda _p: self.academy.sync.status(), name="sync status",
                   done=self._show_sync)  # fmt: skip

    def _show_sync(self, status: dict) -> None:
        from shiboken6 import isValid

        if not isValid(self):
            return
        host = (status.get("lrs") or {}).get("endpoint", "")
        text = self.tr("Records for the organisation's LRS (%1): %2 waiting.").replace(
            "%1", host).replace("%2", str(status.get("pending") or 0))  # fmt: skip
        last = status.get("last") or {}
        if last.get("error"):
            text += " " + self.tr("Last attempt %1: %2").replace("%1", str(last.get("at", "")))\
                .replace("%2", str(last["error"]))  # fmt: skip
        elif last.get("at"):
            text += " " + self.tr("Last sent %1.").replace("%1", str(last["at"]))
        self.sync_label.setText(text)

    def send_records(self):
        """Send what the LRS has not acknowledged, off the window's thread (the Op)."""

        def work(progress):
            return self.academy.sync.send_now(
                progress=lambda done, total: progress.step(done, total),
            )

        def done(report) -> None:
            self.status.setText(
                self.tr("Records sent: %1; waiting: %2.").replace("%1", str(report.sent))
                .replace("%2", str(report.pending))
                + (" " + report.error if report.error else "")
            )  # fmt: skip
            self._refresh_sync()

        return run_op(
            self, work, name="sync", label=self.tr("Sending records…"), cancellable=True,
            done=done, failed=lambda exc: self.status.setText(describe(exc)),
        )  # fmt: skip

    def export(self, fmt: str, path: str | None = None):
        """The learner's record as CSV or xAPI, written off the window's thread (the Op)."""
        name = self.academy.profile.name if self.academy.profile else "learner"
        suffix, filt = (
            (".csv", self.tr("CSV (*.csv)"))
            if fmt == "csv"
            else (".json", self.tr("xAPI (*.json)"))
        )
        path = path or ask_save_path(self, self.tr("Export"), f"{name}{suffix}", filt)
        if not path:
            return None
        return run_op(
            self, lambda _p: self.academy.reports.export(Path(path), fmt), name=f"export {fmt}",
            label=self.tr("Exporting…"), done=self._saved,
            failed=lambda exc: self.status.setText(
                self.tr("Could not write %1: %2").replace("%1", path)
                .replace("%2", describe(exc))),
        )  # fmt: skip

    def _saved(self, out) -> None:
        self.status.setText(self.tr("Saved to %1").replace("%1", str(out)))

    def save_certificate(self, path: str | None = None):
        """The certificate as a PDF, once earned (the Op; None if not earned or cancelled)."""
        cert, _missing = self.academy.reports.certificate()
        if cert is None:
            return None
        path = path or ask_save_path(
            self, self.tr("Certificate"), f"{cert.name}-证书.pdf", self.tr("PDF (*.pdf)")
        )
        if not path:
            return None
        from app.views.pdf import write_pdf

        html_text = certificate_html(cert, self.academy.content.course.title, self.tr)
        title, families = self.tr("Certificate"), _families(self.academy)
        return run_op(
            self,
            lambda _p: write_pdf(html_text, Path(path), title=title, families=families,
                                 base_pt=14, landscape=True, margins_mm=20, page_numbers=False),
            name="certificate", label=self.tr("Writing the certificate…"), done=self._saved,
        )  # fmt: skip


def certificate_html(cert, course_title: str, tr) -> str:
    e = html.escape
    score = f"{cert.score * 100:.0f}"
    scope = "通用核心与所选方向的全部课程" if cert.track else "全部课程"
    track = (
        f'<p style="font-size:14pt; margin-top:10px">专业方向 Track：{e(cert.track)}</p>'
        if cert.track
        else ""
    )
    return (
        '<html><body style="color:#1f2933"><p style="font-size:40pt">&#160;</p>'
        '<table width="100%" cellpadding="24" '
        'style="border: 3px solid #0b6e8a"><tr><td align="center">'
        '<p style="font-size:13pt; color:#52606d">客诉学堂 · Complaint Handling Academy</p>'
        '<p style="font-size:34pt; font-weight:700; color:#0b4f6c">结业证书</p>'
        '<p style="font-size:12pt; color:#52606d">Certificate of Completion</p>'
        f'<p style="font-size:26pt; font-weight:700; margin-top:18px">{e(cert.name)}</p>'
        f'<p style="font-size:15pt">学完《{e(course_title)}》{scope}，并以 '
        f"{score} 分通过结业考试。</p>"
        f'<p style="font-size:12pt; color:#52606d">has completed every lesson and passed the '
        f"final exam with {score}%.</p>{track}"
        f'<p style="font-size:13pt; margin-top:18px">日期 Date：{cert.passed_at:%Y-%m-%d}</p>'
        f'<p style="font-size:12pt; color:#52606d">验证码 Verification code：'
        f'<b style="font-family:monospace">{e(cert.code)}</b></p>'
        "</td></tr></table></body></html>"
    )


class TrainerPanel(QWidget):
    """Import learners' exports into a cohort; see and export the cohort's figures."""

    def __init__(self, academy, parent=None) -> None:
        super().__init__(parent)
        self.academy = academy
        import_btn = mark(QPushButton(self.tr("Import learners' exports…")), "Primary")
        import_btn.clicked.connect(lambda: self.import_files())
        csv_btn = QPushButton(self.tr("Cohort report (CSV)…"))
        csv_btn.clicked.connect(lambda: self.export_csv())
        pdf_btn = QPushButton(self.tr("Cohort report (PDF)…"))
        pdf_btn.clicked.connect(lambda: self.export_pdf())
        # with the organisation's LRS configured, the cohort can come straight from it
        self.lrs_btn = QPushButton(self.tr("Load from the LRS"))
        self.lrs_btn.clicked.connect(lambda: self.load_from_lrs())
        self.lrs_btn.setVisible(academy.sync.configured)
        settings_btn = QPushButton(self.tr("Organisation's LRS…"))
        settings_btn.setToolTip(self.tr("Where installed copies send their learning records"))
        settings_btn.clicked.connect(lambda: self.lrs_settings())
        top = QHBoxLayout()
        top.addWidget(import_btn)
        top.addWidget(self.lrs_btn)
        top.addWidget(settings_btn)
        top.addStretch(1)
        top.addWidget(csv_btn)
        top.addWidget(pdf_btn)
        hint = self.tr("Import the xAPI files learners export from their copies.")
        self.status = plain(mark(QLabel(hint), "Muted"))
        self.status.setWordWrap(True)
        self.table = mark(QTreeWidget(), "List")
        self.table.setRootIsDecorated(False)
        self.table.setHeaderLabels(
            [
                self.tr("Learner"),
                self.tr("Lessons"),
                self.tr("Answers"),
                self.tr("Right"),
                self.tr("Best exam"),
                self.tr("Final"),
            ]
        )
        self.table.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.missed = mark(QTreeWidget(), "List")
        self.missed.setRootIsDecorated(False)
        self.missed.setHeaderLabels([self.tr("Most missed questions"), self.tr("Wrong")])
        self.missed.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.charts = QHBoxLayout()
        # no cohort yet: say how to get one instead of showing two empty tables
        self.empty = plain(QLabel(self.tr(
            "No learners in the cohort yet.\n\n"
            "1. On each learner's PC: Progress → My progress → Export for the trainer (xAPI).\n"
            "2. Here: Import learners' exports… and pick the files (several at once).\n"
            "With the organisation's LRS set up, Load from the LRS reads everyone at once.\n\n"
            "The table, charts and most-missed questions appear as soon as one learner is in.")))
        self.empty.setWordWrap(True)
        mark(self.empty, "Card")
        self.empty.setContentsMargins(16, 16, 16, 16)
        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 2)
        layout.addLayout(self.charts, 3)
        layout.addWidget(self.missed, 2)
        scroll_fill(self, inner)

    def refresh(self) -> None:
        from app.reports.cohort_report import learner_cells
        from app.services.errors import CohortTooNew
        from app.views import charts

        reports = self.academy.reports
        self.table.clear()
        self.missed.clear()
        _clear(self.charts)
        try:
            rows = reports.cohort_learners()
            missed = reports.cohort_missed_cells()
        except CohortTooNew as exc:  # left as it is; say why nothing is shown
            self.status.setText(describe(exc))
            rows, missed = [], []
        self.table.addTopLevelItems(
            [QTreeWidgetItem(list(cells)) for cells in learner_cells(rows, self.tr("passed"))]
        )
        self.missed.addTopLevelItems([QTreeWidgetItem(list(cells)) for cells in missed])
        self.empty.setVisible(not rows)
        self.table.setVisible(bool(rows))
        self.missed.setVisible(bool(rows))
        if not rows:
            return
        fam = _families(self.academy)
        self.charts.addWidget(
            charts.count_bars(
                self.tr("Best exam score: learners per band"),
                [f"{i * 10}–{i * 10 + 10}" for i in range(10)],
                reports.cohort_score_distribution(),
                fam,
            )
        )
        mastery = reports.cohort_topic_mastery()
        sections = {s.id: f"{s.number}. {s.title}" for s in self.academy.content.course.sections}
        if mastery:
            self.charts.addWidget(
                charts.percent_bars(
                    self.tr("Mastery per section (the cohort)"),
                    [sections.get(t, t) for t in mastery],
                    [(self.tr("Mastery"), list(mastery.values()), charts.ORANGE)],
                    fam,
                    height=380,
                )
            )

    def import_files(self, paths: list[str] | None = None):
        """Import learners' exports off the window's thread (a bar per file, Cancel keeps
        the files already imported); returns the Op, whose result lists a report or an
        error per file."""
        if paths is None:
            paths, _ = QFileDialog.getOpenFileNames(
                self, self.tr("Import learners' exports"), str(Path.home()),
                self.tr("xAPI exports (*.json)"),
            )  # fmt: skip
        if not paths:
            return None
        files = [Path(p) for p in paths]
        return run_op(
            self, lambda progress: self.academy.reports.import_cohort_files(files, progress),
            name="import cohort", label=self.tr("Importing learners' exports…"),
            cancellable=True, initiator=self, done=self._imported, failed=self._not_imported,
        )  # fmt: skip

    def _not_imported(self, exc: BaseException) -> None:
        """A cohort file from a newer version is said in the status line (as the figures
        say it); anything else as every operation says it."""
        from app.services.errors import CohortTooNew

        if isinstance(exc, CohortTooNew):
            self.status.setText(describe(exc))
        else:
            show_failure(self, self.tr("Importing learners' exports…"), exc)

    def lrs_settings(self):
        """The LRS form; returns the dialog (open, modal) so a test can drive it."""
        from app.views.lrs_settings import LrsSettingsDialog

        dialog = LrsSettingsDialog(self.academy, self)
        dialog.accepted.connect(self._lrs_saved)
        dialog.open()
        return dialog

    def _lrs_saved(self) -> None:
        self.lrs_btn.setVisible(self.academy.sync.configured)
        self.status.setText(self.tr("The LRS settings were saved."))

    def load_from_lrs(self):
        """Read this course's statements from the LRS into the cohort, off the window's
        thread (Cancel keeps the pages read); returns the Op."""
        return run_op(
            self, lambda progress: [self.academy.reports.import_cohort_from_lrs(progress)],
            name="cohort from the LRS", label=self.tr("Reading the LRS…"), cancellable=True,
            initiator=self, done=self._imported,
            failed=lambda exc: self.status.setText(describe(exc)),
        )  # fmt: skip

    def _imported(self, results: list) -> None:
        lines = []
        for r in results:
            if isinstance(r, Exception):
                lines.append(str(r))
                continue
            line = (
                self.tr("%1: %2 new, %3 already imported")
                .replace("%1", r.file)
                .replace("%2", str(r.added))
                .replace("%3", str(r.already))
            )
            if r.rejected:
                first = r.rejected[0]
                line += self.tr("; %1 refused (e.g. #%2: %3)").replace(
                    "%1", str(len(r.rejected))).replace("%2", str(first[0])).replace(
                    "%3", first[1])  # fmt: skip
            lines.append(line)
        if lines:
            self.status.setText("\n".join(lines))

    def _labels(self):
        from app.reports.cohort_report import CohortLabels

        return CohortLabels(
            title=self.tr("Cohort report"), learner=self.tr("Learner"),
            lessons=self.tr("Lessons"), answers=self.tr("Answers"), right=self.tr("Right"),
            best_exam=self.tr("Best exam"), final=self.tr("Final"), passed=self.tr("passed"),
            mastery=self.tr("Mastery per section (the cohort)"),
            missed=self.tr("Most missed questions"),
        )  # fmt: skip

    def _saved(self, out) -> None:
        self.status.setText(self.tr("Saved to %1").replace("%1", str(out)))

    def _not_saved(self, path: str, exc: BaseException) -> None:
        self.status.setText(
            self.tr("Could not write %1: %2").replace("%1", path).replace("%2", describe(exc))
        )

    def export_csv(self, path: str | None = None):
        path = path or ask_save_path(
            self, self.tr("Cohort report"), "cohort.csv", self.tr("CSV (*.csv)")
        )
        if not path:
            return None
        return run_op(
            self, lambda _p: self.academy.reports.export_cohort_csv(Path(path)),
            name="cohort csv", label=self.tr("Writing the cohort report…"),
            done=self._saved, failed=lambda exc: self._not_saved(path, exc),
        )  # fmt: skip

    def export_pdf(self, path: str | None = None):
        from app.reports.cohort_report import report_html
        from app.views.pdf import write_pdf

        path = path or ask_save_path(
            self, self.tr("Cohort report"), "cohort.pdf", self.tr("PDF (*.pdf)")
        )
        if not path:
            return None
        labels, families = self._labels(), _families(self.academy)

        def work(_progress):
            report = self.academy.reports.cohort_report(labels)
            return write_pdf(report_html(report), Path(path), title=report.title,
                             families=families, base_pt=10)  # fmt: skip

        return run_op(
            self, work, name="cohort pdf", label=self.tr("Writing the cohort report…"),
            done=self._saved, failed=lambda exc: self._not_saved(path, exc),
        )  # fmt: skip


class ProgressPage(ChangeAware, QWidget):
    open_lesson = Signal(str, int, float)
    review_requested = Signal()

    def __init__(self, academy, colors, parent=None) -> None:
        super().__init__(parent)
        self.academy = academy
        self.learner = LearnerDashboard(academy)
        self.learner.open_lesson.connect(self.open_lesson)
        self.learner.review_requested.connect(self.review_requested)
        self.trainer = TrainerPanel(academy)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.learner, self.tr("My progress"))
        self.tabs.addTab(self.trainer, self.tr("Trainer: cohort"))
        self._show_trainer_tab()
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(mark(QLabel(self.tr("Progress")), "PageTitle"))
        layout.addWidget(self.tabs, 1)

    def affected_by(self, changes, initiator) -> bool:
        return changes.touches(
            "lessons", "answers", "review", "scenario_runs", "cohort", "profiles"
        )

    def _show_trainer_tab(self) -> None:
        """The cohort is the trainer's: the tab is there only while the trainer is open."""
        trainer = self.academy.profiles.is_trainer()
        if not trainer and self.tabs.currentWidget() is self.trainer:
            self.tabs.setCurrentWidget(self.learner)
        self.tabs.setTabVisible(self.tabs.indexOf(self.trainer), trainer)

    def refresh(self) -> None:
        self._show_trainer_tab()
        if self.tabs.currentWidget() is self.trainer:
            self.trainer.refresh()
        else:
            self.learner.refresh()
