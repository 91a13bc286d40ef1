"""Show where a search hit is: every occurrence of the query's terms in a text browser gets a
marker background, and the first one at or after a given position is scrolled into view."""

from __future__ import annotations

from PySide6.QtGui import QColor, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QTextEdit

HIT_COLOR = "#ffe58f"


def highlight_terms(browser: QTextBrowser, terms: list[str], start: int = 0) -> int:
    """Mark every occurrence of ``terms``; scroll to the first at/after ``start``. Returns how
    many were marked."""
    doc = browser.document()
    selections = []
    first_after: QTextCursor | None = None
    for term in {t for t in terms if t}:
        cursor = QTextCursor(doc)
        while True:
            cursor = doc.find(term, cursor, QTextDocument.FindFlag(0))
            if cursor.isNull():
                break
            sel = QTextEdit.ExtraSelection()
            sel.cursor = cursor
            sel.format.setBackground(QColor(HIT_COLOR))
            sel.format.setForeground(QColor("#1f2933"))
            selections.append(sel)
            if cursor.selectionStart() >= start and (
                first_after is None or cursor.selectionStart() < first_after.selectionStart()
            ):
                first_after = QTextCursor(cursor)
    browser.setExtraSelections(selections)
    if first_after is not None:
        first_after.clearSelection()
        browser.setTextCursor(first_after)
        browser.ensureCursorVisible()
    return len(selections)


def display_terms(query_terms: list[str], lang: str) -> list[str]:
    """The query's terms as they appear on a page in ``lang``'s script (and as typed)."""
    from app.common.script import SIMPLIFIED, converter_for, script_for_language

    script = script_for_language(lang)
    if script == SIMPLIFIED:
        return query_terms
    convert = converter_for(script)
    return list(dict.fromkeys([*query_terms, *(convert(t) for t in query_terms)]))


def section_anchors(browser, count: int) -> list[int]:
    """Document positions of the ``sec-1`` … ``sec-N`` anchors of a lesson or case page."""
    positions = [0] * count
    block = browser.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            frag = it.fragment()
            for name in frag.charFormat().anchorNames():
                if name.startswith("sec-") and name[4:].isdigit():
                    n = int(name[4:])
                    if 1 <= n <= count:
                        positions[n - 1] = frag.position()
            it += 1
        block = block.next()
    return positions


def section_at_top(browser, anchors: list[int]) -> int:
    """The section (1-based) whose heading is the last one at or above the top of the view."""
    top = browser.cursorForPosition(browser.viewport().rect().topLeft()).position()
    current = 1
    for i, pos in enumerate(anchors, start=1):
        if pos <= top + 1:
            current = i
    return current
