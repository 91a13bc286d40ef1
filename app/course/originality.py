"""The pasted-text guard: course text is written in our own words, so no run of ``RUN``
characters (whitespace and punctuation ignored, Traditional folded to Simplified) may also
occur in the source articles of ``shared/reference/`` (01–05).

``tests/content/test_originality.py`` holds the bundled course to it; ``content check``
holds an organisation layer to it when the articles are at hand (a source checkout), so a
trainer's text is treated like the course's. Each finding names the file and the line where
the repeated run begins.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from app.common.problems import Problem

RUN = 20
ARTICLES = "0[1-5]-*.txt"
_SKIP = re.compile(r"[\W_]")


def normalise(text: str) -> str:
    from app.common.script import to_simplified

    return re.sub(r"[\W_]+", "", to_simplified(text))


def reference_folder() -> Path:
    """Where a source checkout keeps the articles: ``../shared/reference`` beside it."""
    from app.paths import resource_root

    return resource_root().parent / "shared" / "reference"


def reference_runs(folder: Path) -> set[str] | None:
    """Every run of ``RUN`` characters in the articles, or None when they are not all there."""
    articles = sorted(Path(folder).glob(ARTICLES))
    if len(articles) != 5:
        return None
    text = "".join(normalise(p.read_text(encoding="utf-8")) for p in articles)
    return {text[i : i + RUN] for i in range(len(text) - RUN + 1)}


def copied_runs(text: str, runs: set[str]) -> set[str]:
    """The runs of ``text`` (normalised) that also occur in the articles."""
    text = normalise(text)
    return {text[i : i + RUN] for i in range(len(text) - RUN + 1)} & runs


def pasted_text_problems(files: Iterable[tuple[Path, str]], runs: set[str]) -> list[Problem]:
    """A problem for each file (path, name shown) that repeats the articles, at the line
    where the first repeated run begins."""
    from app.common.script import to_simplified

    out = []
    for path, shown in files:
        try:
            raw = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue  # not text: the loaders report it
        chars, lines = [], []
        for n, line in enumerate(to_simplified(raw).splitlines(), 1):
            for ch in line:
                if not _SKIP.match(ch):
                    chars.append(ch)
                    lines.append(n)
        text = "".join(chars)
        at = next((i for i in range(len(text) - RUN + 1) if text[i : i + RUN] in runs), None)
        if at is not None:
            copied = text[at : at + RUN]
            message = f"repeats a source article word for word: '{copied}…'; use your own words"
            out.append(Problem(shown, lines[at], "pasted-text", message))
    return out
