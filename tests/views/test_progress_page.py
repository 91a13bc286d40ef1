"""The progress page in real widgets: dashboard figures and charts, exports, the certificate
PDF, and the trainer's cohort import (idempotent) with its reports."""

import csv
import io
import unicodedata

import pytest

from tests.helpers import finished
from tests.reports.test_reports import _study, two_learner_exports


def test_dashboard_shows_figures_charts_and_the_next_lesson(qtbot, window):
    from PySide6.QtCharts import QChartView

    _study(window.academy)
    window.show_page("progress")
    d = window.progress.learner
    followed = window.academy.study.followed_lessons()
    assert d.tiles["progress"].value.text() == f"1 / {len(followed)}"
    assert d.tiles["time"].value.text().startswith("0 h 10")
    assert d.tiles["streak"].value.text() == "1"
    assert int(d.tiles["reviews"].value.text()) >= 1 and d.review_btn.isEnabled()
    views = d.findChildren(QChartView)
    assert len(views) == 1, "per-section chart; no exam yet"
    bars = views[0].chart().series()[0]
    assert bars.count() == 2 and bars.barSets()[0].count() == len(
        window.academy.content.course.followed_sections("general")
    )
    assert not d.cert_btn.isEnabled() and str(len(followed)) not in d.cert_label.text()
    with qtbot.waitSignal(d.open_lesson) as signal:
        d.next_btn.click()
    assert signal.args[0] in window.academy.content.lessons


def test_exports_from_the_dashboard(qtbot, window, tmp_path):
    _study(window.academy)
    window.show_page("progress")
    d = window.progress.learner
    out = finished(qtbot, d.export("csv", str(tmp_path / "me.csv")))
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert {r["kind"] for r in rows} >= {"lesson", "answer"}
    assert str(out) in d.status.text()
    assert finished(qtbot, d.export("xapi", str(tmp_path / "me.json"))).stat().st_size > 100


def test_certificate_pdf_names_the_learner_and_the_code(qtbot, window, tmp_path):
    pdfium = pytest.importorskip("pypdfium2")
    from app.demo import ALL, seed_progress

    seed_progress(window.academy, ALL, 1.0, 5, final=True)
    window.show_page("progress")
    d = window.progress.learner
    cert, _ = window.academy.reports.certificate()
    assert cert is not None and d.cert_btn.isEnabled() and cert.code in d.cert_label.text()
    out = finished(qtbot, d.save_certificate(str(tmp_path / "cert.pdf")))
    pdf = pdfium.PdfDocument(str(out))
    assert len(pdf) == 1
    text = unicodedata.normalize("NFKC", pdf[0].get_textpage().get_text_range())
    assert "测试学员" in text and cert.code in text and "结业证书" in text
    pdf.close()


def test_trainer_imports_a_cohort_once_and_exports_reports(qtbot, window, tmp_path):
    academy = window.academy
    a, b = two_learner_exports(academy, tmp_path, ((False, 0.0), (False, 0.0), (True, 1.0)))
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")

    from tests.views.test_trainer_role import make_open_learner_trainer

    make_open_learner_trainer(academy)  # the cohort is the trainer's
    window.show_page("progress")
    page = window.progress
    page.tabs.setCurrentWidget(page.trainer)
    trainer = page.trainer
    results = finished(qtbot, trainer.import_files([str(a), str(b), str(bad)]))
    reports = [r for r in results if not isinstance(r, Exception)]
    assert len(reports) == 2 and "bad.json" in trainer.status.text()
    assert trainer.table.topLevelItemCount() == 2
    count = academy.reports.cohort_statement_count()
    again = finished(qtbot, trainer.import_files([str(a)]))
    assert again[0].added == 0 and academy.reports.cohort_statement_count() == count
    assert trainer.table.topLevelItemCount() == 2 and trainer.missed.topLevelItemCount() >= 1
    out = finished(qtbot, trainer.export_csv(str(tmp_path / "cohort.csv")))
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert len(rows) == 2 and all(0.0 <= float(r["completion"]) <= 1.0 for r in rows)
    pdf = finished(qtbot, trainer.export_pdf(str(tmp_path / "cohort.pdf")))
    assert pdf.read_bytes()[:5] == b"%PDF-"
    pdfium = pytest.importorskip("pypdfium2")
    doc = pdfium.PdfDocument(str(pdf))
    text = unicodedata.normalize("NFKC", doc[0].get_textpage().get_text_range())
    doc.close()
    for words in ("测试学员", "第二位", trainer.tr("Cohort report"), trainer.tr("Best exam"),
                  trainer.tr("Most missed questions")):  # fmt: skip
        assert unicodedata.normalize("NFKC", words) in text


def test_a_cohort_file_from_a_newer_version_is_named_and_left_alone(qtbot, window, tmp_path):
    import hashlib
    import sqlite3

    from app.reports.cohort import Cohort
    from tests.views.test_trainer_role import make_open_learner_trainer

    academy = window.academy
    make_open_learner_trainer(academy)
    path = academy.paths.root / "cohort.sqlite"
    academy.reports.close()  # the cohort file is replaced behind the facade's back
    Cohort(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE cohort_schema SET version = 99")
    conn.close()
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    window.show_page("progress")
    page = window.progress
    page.tabs.setCurrentWidget(page.trainer)
    trainer = page.trainer
    trainer.refresh()
    assert "newer version" in trainer.status.text() and "99" in trainer.status.text()
    assert trainer.table.isHidden() and not trainer.empty.isHidden()
    export = tmp_path / "a.json"
    export.write_text("[]", encoding="utf-8")
    trainer.status.setText("")
    op = trainer.import_files([str(export)])
    qtbot.waitUntil(lambda: op.error is not None)
    assert "newer version" in trainer.status.text()
    assert hashlib.sha256(path.read_bytes()).hexdigest() == digest
