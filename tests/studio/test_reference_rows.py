"""The glossary, phrases and synonyms as table rows: the bundled files saved from their rows
load as the same entries, and each loader rule is named by row and column."""

from pathlib import Path

import pytest

from app.common.document import DraftError
from app.common.problems import Problem
from app.paths import content_dir
from app.reference.glossary import load_glossary
from app.reference.phrases import load_phrases
from app.reference.synonyms import load_synonyms
from app.studio.reference_rows import RowFault, rows_for

LOADERS = {"glossary": load_glossary, "phrases": load_phrases, "synonyms": load_synonyms}


def _load(path: Path):
    """The entries and problems (not the lines, which the file's comments moved)."""
    problems: list[Problem] = []
    loaded = LOADERS[path.stem](path, path.parent, problems)
    return (loaded if path.stem == "synonyms" else loaded[0]), problems


@pytest.mark.parametrize("name", list(LOADERS))
def test_a_bundled_file_saved_from_its_rows_loads_the_same(tmp_path, name):
    rows = rows_for(content_dir() / f"{name}.yaml")
    assert rows.faults() == []
    rows.save(tmp_path / f"{name}.yaml")
    assert _load(tmp_path / f"{name}.yaml") == _load(content_dir() / f"{name}.yaml")


def test_loader_rules_by_row_and_column(course):
    glossary = rows_for(content_dir() / "glossary.yaml")
    glossary.rows[1]["id"] = glossary.rows[0]["id"]
    glossary.set_cell(2, "definition", "abc")
    glossary.set_cell(3, "lesson", "what-is-a-complaint#99")
    glossary.rows[4]["pinyin"] = "tou su"  # computed by the loader, never written
    assert [(f.row, f.column) for f in glossary.faults(course.lessons)] == [
        (1, "id"), (2, "definition"), (3, "lesson"), (4, None)]  # fmt: skip
    phrases = rows_for(content_dir() / "phrases.yaml")
    phrases.set_cell(0, "step", "")
    assert phrases.faults() == [RowFault(0, "step", "is empty")]
    synonyms = rows_for(content_dir() / "synonyms.yaml")
    synonyms.set_cell(3, "words", "只有一个")
    assert [(f.row, f.column) for f in synonyms.faults()] == [(3, "words")]


def test_a_file_that_is_not_a_table_is_refused_with_its_line(tmp_path):
    path = tmp_path / "glossary.yaml"
    path.write_text("# terms\nterms: just text\n", encoding="utf-8")
    with pytest.raises(DraftError, match=r"glossary\.yaml:2: "):
        rows_for(path)
    with pytest.raises(DraftError):
        rows_for(tmp_path / "other.yaml")
