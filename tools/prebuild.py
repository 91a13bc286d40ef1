"""Build what an installed copy ships ready-made: the search index of the bundled content.

Why: the first search in a fresh installation is then instant, and the index matches the
content exactly (its file name carries the content digest). Used by build.spec.

    .venv/bin/python tools/prebuild.py build/prebuilt
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main(out: Path) -> Path:
    from app.services import Academy

    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("search-*"):
        shutil.rmtree(old) if old.is_dir() else old.unlink()
    with tempfile.TemporaryDirectory() as tmp:
        academy = Academy(tmp)
        built = academy.knowledge.prepare().path
        target = out / built.name
        academy.close()
        shutil.copytree(built, target)
    print(target)
    return target


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "build" / "prebuilt"))
