"""Compare the app's bundle with the bare-window bundle (budget: 1.3x).

    .venv/bin/python tools/bundle_size.py dist/ComplaintAcademy dist/BareWindow
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

BUDGET = 1.3


def size(folder: Path) -> int:
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file() and not f.is_symlink())


def biggest(folder: Path, n: int = 12) -> list[tuple[str, int]]:
    """The largest top-level parts of ``_internal`` (what to trim first)."""
    parts: Counter[str] = Counter()
    internal = folder / "_internal"
    for f in internal.rglob("*"):
        if f.is_file() and not f.is_symlink():
            rel = f.relative_to(internal).parts
            key = "/".join(rel[:3]) if rel[0] == "PySide6" else rel[0]
            parts[key] += f.stat().st_size
    return parts.most_common(n)


def main(app: Path, bare: Path) -> int:
    a, b = size(app), size(bare)
    ratio = a / b
    print(f"app bundle   {a / 1e6:8.1f} MB  ({app})")
    print(f"bare window  {b / 1e6:8.1f} MB  ({bare})")
    print(f"ratio        {ratio:8.2f}x  (budget {BUDGET}x)")
    print("largest parts of the app bundle:")
    for name, n in biggest(app):
        print(f"  {n / 1e6:7.1f} MB  {name}")
    return 0 if ratio <= BUDGET else 1


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), Path(sys.argv[2])))
