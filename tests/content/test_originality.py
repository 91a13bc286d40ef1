"""Course text is ours: no run of 20+ characters (ignoring whitespace and punctuation) may
also occur in the source articles 01–05, compared in Simplified script (04 is Traditional)."""

import re
from pathlib import Path

import pytest

from app.common.script import to_simplified

ROOT = Path(__file__).resolve().parents[2]
REFERENCE = ROOT.parent / "shared" / "reference"
RUN = 20


def _normalise(text: str) -> str:
    return re.sub(r"[\W_]+", "", to_simplified(text))


@pytest.fixture(scope="module")
def reference_runs() -> set[str]:
    articles = sorted(REFERENCE.glob("0[1-5]-*.txt"))
    if len(articles) != 5:
        pytest.skip(f"the reference articles are not beside this checkout ({REFERENCE})")
    text = "".join(_normalise(p.read_text(encoding="utf-8")) for p in articles)
    return {text[i : i + RUN] for i in range(len(text) - RUN + 1)}


def test_normalising_folds_script_and_punctuation():
    assert _normalise("顧客，投訴！ 處理") == "顾客投诉处理"


def test_guard_catches_a_pasted_sentence(reference_runs):
    article = sorted(REFERENCE.glob("0[1-5]-*.txt"))[3].read_text(encoding="utf-8")
    pasted = _normalise(article)[200:240]
    assert any(pasted[i : i + RUN] in reference_runs for i in range(len(pasted) - RUN + 1))


@pytest.mark.parametrize("path", sorted((ROOT / "content").rglob("*.*")), ids=lambda p: p.name)
def test_no_content_file_repeats_the_articles(path: Path, reference_runs):
    text = _normalise(path.read_text(encoding="utf-8"))
    copied = {text[i : i + RUN] for i in range(len(text) - RUN + 1)} & reference_runs
    assert not copied, f"{path.name} repeats the articles: {sorted(copied)[:3]}"
