"""The importers as entry points for files from outside, fed the hostile corpus (as
tests/hostile does for packs, learner files and question banks): each file is accepted (and
what it wrote loads back) or refused with the importer's own error naming the file; nothing
crashes or hangs, and a refused file writes nothing."""

from pathlib import Path
from xml.sax.saxutils import escape

from app.lessons.loader import load_lesson
from app.quiz.bank import load_bank
from app.quiz.interchange.decode import ImportRefused
from app.studio.docx_import import DocxRefused, import_docx
from app.studio.questions import import_questions
from tests.hostile import corpus
from tests.hostile.test_entry_points import Tally, _write
from tests.studio.docx_files import policy_docx
from tests.studio.test_question_csv import HEADER, ROWS, _write_csv


def _tree(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*")) if folder.exists() else []


def test_hostile_word_documents(tmp_path):
    import zipfile

    valid_path = policy_docx(tmp_path / "valid.docx")
    valid = valid_path.read_bytes()
    with zipfile.ZipFile(valid_path) as z:
        entries = {n: z.read(n) for n in z.namelist()}
    files = [
        *corpus.zip_variants(valid, seed=7),
        *corpus.entry_variants(entries, "word/document.xml"),
        *corpus.entry_variants(entries, "word/_rels/document.xml.rels"),
        *corpus.entry_variants(entries, "word/numbering.xml"),
        *(
            (f"html-text-{n}", corpus.zip_of({**entries, "word/document.xml": entries[
                "word/document.xml"].replace("七日内".encode(), escape(html).encode())}))
            for n, html in enumerate(corpus.HTML)
        ),
    ]  # fmt: skip
    tally = Tally("docx import")
    layer = tmp_path / "organisation"
    for n, (label, data) in enumerate(files):
        file = _write(tmp_path / "in", f"{label}.docx", data)
        before = _tree(layer)
        draft = tally.attempt(
            label, lambda f=file, n=n: import_docx(f, layer, lesson_id=f"d{n}"), DocxRefused,
            named=file.name,
        )  # fmt: skip
        if draft is None:
            assert _tree(layer) == before, f"{label} wrote something"
            continue
        problems: list = []
        tally.attempt(
            f"{label} (loading it)", lambda d=draft, p=problems: load_lesson(d.draft, tmp_path, p)
        )
        # the loader names only what the importer listed for the trainer (a missing description)
        listed = {(p.kind, p.line) for p in draft.problems}
        assert {(p.kind, p.line) for p in problems} <= listed, (label, problems)
    tally.check()


def test_hostile_question_tables(tmp_path):
    valid = _write_csv(tmp_path / "valid.csv", [HEADER, *ROWS]).read_bytes()
    tally = Tally("question table import")
    layer = tmp_path / "organisation"
    for label, data in [*corpus.text_variants(valid, seed=3), ("html", corpus.HTML[0].encode())]:
        file = _write(tmp_path / "in", f"{label}.csv", data)
        before = _tree(layer)
        report = tally.attempt(
            label, lambda f=file: import_questions(f, layer, section="s01", lesson="x"),
            ImportRefused, named=file.name,
        )  # fmt: skip
        if report is None or report.file is None:
            assert _tree(layer) == before, f"{label} wrote something"
            continue
        problems: list = []
        load_bank(layer / "quizzes", tmp_path, problems)
        assert problems == [], (label, problems)
    tally.check()
