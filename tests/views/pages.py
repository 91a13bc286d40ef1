"""Reading what a rendered page shows, for tests of the reader and the cases page."""


def title_pt(browser) -> float:
    """The point size the first <h1> is drawn at (Qt sizes headings from the default font)."""
    block = browser.document().begin()
    while block.isValid() and block.blockFormat().headingLevel() != 1:
        block = block.next()
    return block.begin().fragment().charFormat().font().pointSizeF()


def studio_shot(tmp_path, view: str):
    """``screenshot VIEW`` at 1366×768 in English, in a process of its own: the image, and
    how many of its pixels (every other one) have the studio's flag red."""
    import subprocess
    import sys
    from pathlib import Path

    from PySide6.QtGui import QImage

    out = tmp_path / f"{view}.png"
    result = subprocess.run(
        [sys.executable, "-m", "app", "--data-dir", str(tmp_path / "data"), "--lang", "en",
         "screenshot", view, str(out), "--size", "1366x768"],
        cwd=Path(__file__).resolve().parents[2], capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    red = sum(
        1
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
        if image.pixelColor(x, y).name() == "#c62828"
    )
    return image, red
