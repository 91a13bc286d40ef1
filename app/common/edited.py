"""Text an editor holds, handed to the loaders in place of the file it will be saved to.

The loaders read a file only through ``read_text`` (app.common.frontmatter.read_document), so
a studio editor checks its unsaved text with exactly the code ``content check`` runs on the
saved file, rather than a second copy of the rules."""

from __future__ import annotations


class EditedText:
    """Stands in for a ``Path`` where a loader reads one document."""

    def __init__(self, text: str) -> None:
        self.text = text

    def read_text(self, encoding: str = "utf-8", errors: str | None = None) -> str:
        return self.text
