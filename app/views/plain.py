"""Text that did not come from the bundled course is shown as text, never as HTML.

A QLabel (and a QMessageBox, QInputDialog) guesses rich text from the first tag it sees, and
Qt's rich-text engine loads every ``<img src>``: ``<img src="/dev/zero">`` in a learner's name
reads until memory runs out, one pointing at a FIFO hangs the app. So labels that show such
text are set to plain text, and text that must go through a static dialog is escaped and
wrapped so that Qt takes it for (harmless) rich text.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt


def plain(label):
    """Make ``label`` show its text literally; returns it, for use in expressions."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def as_rich(text: str) -> str:
    """``text`` escaped and marked up, so a widget that guesses the format shows it literally
    (for the static QMessageBox and QInputDialog functions, which offer no text format)."""
    return "<p>" + html.escape(text).replace("\n", "<br/>") + "</p>"


def tip(text: str) -> str:
    """``text`` for a tooltip, which Qt shows as rich text when it looks like HTML: escaped
    then (a course or pack title with ``<img src=…>``), unchanged otherwise."""
    from PySide6.QtGui import Qt as GuiQt

    return as_rich(text) if GuiQt.mightBeRichText(text) else text
