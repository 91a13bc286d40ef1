"""One entry for every question file a trainer brings: a spreadsheet table (CSV, TSV, Excel's
"Unicode text") or a Moodle bank (GIFT, Moodle XML), told apart by the file name's
extension, or for ``.txt`` (which Excel and Moodle both write) by its first line."""

from __future__ import annotations

from pathlib import Path

from app.quiz.interchange.decode import ImportRefused, read_untrusted
from app.studio.moodle_import import import_moodle_file
from app.studio.question_csv import QuestionImport, import_question_table

FORMATS = ("csv", "tsv", "gift", "moodlexml")
_BY_SUFFIX = {".csv": "csv", ".tsv": "tsv", ".tab": "tsv", ".gift": "gift", ".xml": "moodlexml"}

__all__ = ["FORMATS", "ImportRefused", "QuestionImport", "guess_format", "import_questions"]


def guess_format(path: Path) -> str:
    fmt = _BY_SUFFIX.get(path.suffix.lower())
    if fmt:
        return fmt
    text, _ = read_untrusted(path)
    head = text.lstrip()
    if head.startswith("<"):
        return "moodlexml"
    return "tsv" if "\t" in head.split("\n", 1)[0] else "gift"


def import_questions(
    path: Path, layer: Path, *, fmt: str | None = None, **options
) -> QuestionImport:
    """``import_question_table`` or ``import_moodle_file`` (same options) by ``fmt`` or
    the file. Raises ImportRefused for a file that cannot be read at all."""
    path = Path(path)
    fmt = fmt or guess_format(path)
    if fmt in ("csv", "tsv"):
        return import_question_table(path, layer, fmt=fmt, **options)
    if fmt in ("gift", "moodlexml"):
        return import_moodle_file(path, layer, fmt=fmt, **options)
    raise ImportRefused(f"unknown format '{fmt}' (use one of {', '.join(FORMATS)})")
