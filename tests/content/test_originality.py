"""Course text is ours: no run of 20+ characters (ignoring whitespace and punctuation) may
also occur in the source articles 01–05, compared in Simplified script (04 is Traditional).
The guard is app.course.originality, which `content check` also runs over an organisation
layer, so a trainer's text is held to the same rule as the bundled course."""

from pathlib import Path

import pytest

from app.cli import main
from app.course.originality import (
    ARTICLES,
    RUN,
    copied_runs,
    normalise,
    pasted_text_problems,
    reference_runs,
)

ROOT = Path(__file__).resolve().parents[2]
REFERENCE = ROOT.parent / "shared" / "reference"


@pytest.fixture(scope="module")
def runs() -> set[str]:
    found = reference_runs(REFERENCE)
    if found is None:
        pytest.skip(f"the reference articles are not beside this checkout ({REFERENCE})")
    return found


def test_normalising_folds_script_and_punctuation():
    assert normalise("顧客，投訴！ 處理") == "顾客投诉处理"


def test_guard_catches_a_pasted_sentence(runs):
    article = sorted(REFERENCE.glob(ARTICLES))[3].read_text(encoding="utf-8")
    pasted = normalise(article)[200:240]
    assert copied_runs(pasted, runs)


@pytest.mark.parametrize("path", sorted((ROOT / "content").rglob("*.*")), ids=lambda p: p.name)
def test_no_content_file_repeats_the_articles(path: Path, runs):
    copied = copied_runs(path.read_text(encoding="utf-8"), runs)
    assert not copied, f"{path.name} repeats the articles: {sorted(copied)[:3]}"


def _pasted(article_no: int = 1, start: int = 300) -> str:
    """A stretch of an article as a trainer might paste it (with its own punctuation)."""
    text = sorted(REFERENCE.glob(ARTICLES))[article_no].read_text(encoding="utf-8")
    body = "".join(text.split())
    return body[start : start + 3 * RUN]


def test_a_layer_lesson_with_pasted_text_is_named_with_its_line(tmp_path, runs):
    layer = tmp_path / "data" / "organisation"
    data = str(tmp_path / "data")
    assert main(["--data-dir", data, "content", "new", "lesson", "org-pasted"]) == 0
    lesson = layer / "lessons" / "org-pasted.md"
    lines = lesson.read_text("utf-8").splitlines()
    at = lines.index("???")  # the first section's body ends just above
    lines.insert(at, _pasted())
    lesson.write_text("\n".join(lines) + "\n", encoding="utf-8")
    found = pasted_text_problems([(lesson, "organisation/lessons/org-pasted.md")], runs)
    assert [(p.file, p.line, p.kind) for p in found] == [
        ("organisation/lessons/org-pasted.md", at + 1, "pasted-text")
    ]


def test_content_check_holds_the_layer_to_the_guard(tmp_path, runs, capsys):
    data = str(tmp_path / "data")
    assert main(["--data-dir", data, "content", "new", "case", "org-case"]) == 0
    assert main(["--data-dir", data, "content", "check", "--reference", str(REFERENCE)]) == 0
    case = tmp_path / "data" / "organisation" / "cases" / "org-case.md"
    case.write_text(case.read_text("utf-8") + "\n" + _pasted(2, 500) + "\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["--data-dir", data, "content", "check", "--reference", str(REFERENCE)]) == 1
    out = capsys.readouterr().out
    assert "organisation/cases/org-case.md:" in out and "own words" in out
