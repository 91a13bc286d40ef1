"""Help → Keyboard shortcuts (Ctrl+/): every key the app answers to, on one page, grouped
by where it works, so a keyboard user (or a trainer with a clicker) need not guess.

The "Anywhere" group is read from the window's menus, so it cannot drift from them; the keys
that work inside one page are listed here, in step with README's keyboard table."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from app.views.theme import mark


class ShortcutsDialog(QDialog):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.table = mark(QTreeWidget(), "List")
        self.table.setHeaderLabels([self.tr("Keys"), self.tr("What they do")])
        self.table.setRootIsDecorated(False)
        self.table.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        for group, rows in self.groups(window):
            head = QTreeWidgetItem([group, ""])
            font = head.font(0)
            font.setBold(True)
            head.setFont(0, font)
            self.table.addTopLevelItem(head)
            head.setFirstColumnSpanned(True)  # takes effect once the item is in the view
            for keys, what in rows:
                self.table.addTopLevelItem(QTreeWidgetItem([keys, what]))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(720, 620)

    def groups(self, window) -> list[tuple[str, list[tuple[str, str]]]]:
        from PySide6.QtGui import QKeySequence

        anywhere = []
        for menu_action in window.menuBar().actions():
            for act in menu_action.menu().actions():
                keys = act.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                if keys:
                    anywhere.append((keys, _plain_label(act.text())))
        return [
            (self.tr("Anywhere"), anywhere),
            (self.tr("Reading a lesson"), [
                ("Alt+← / Alt+→", self.tr("Previous / next lesson")),
                ("Ctrl++ / Ctrl+− / Ctrl+0", self.tr("Larger / smaller / reset text")),
                ("Ctrl+M", self.tr("Mark the lesson as learned (again to undo)")),
                ("Ctrl+L", self.tr("Check this lesson: a few questions with feedback")),
                ("Ctrl+D", self.tr("Bookmark the section being read")),
                ("Alt+↓ / Alt+↑", self.tr("Go through the links in the text; Enter opens one")),
                ("F5", self.tr("Teach the lesson on the projector")),
            ]),
            (self.tr("Quizzes"), [
                ("1–9 / A–I", self.tr("Choose an answer")),
                ("Enter", self.tr("Submit; again for the next question")),
                ("Esc", self.tr("End the quiz")),
            ]),
            (self.tr("Role-play"), [
                ("1–4", self.tr("Reply")),
                ("Ctrl+Z", self.tr("Take back the last reply")),
                ("Ctrl+R", self.tr("Play again")),
                ("Ctrl+Shift+L",
                 self.tr("Large text for a class, full screen (Esc or F5 returns)")),
                ("Esc", self.tr("Leave (continue later)")),
            ]),
            (self.tr("Written practice"), [
                ("Ctrl+Enter", self.tr("Check your text against the rubric")),
            ]),
            (self.tr("Projector and presenter view"), [
                ("→ / Space / PgDn", self.tr("Next slide")),
                ("← / PgUp", self.tr("Previous slide")),
                ("Home / End", self.tr("First / last slide")),
                ("B / W", self.tr("Black / white screen")),
                ("+ / −", self.tr("Larger / smaller text")),
                ("1–9, Enter", self.tr("Go to that slide or question")),
                ("F1", self.tr("Show the controls on the projected screen")),
                ("S / R / H", self.tr("Live quiz: start or pause the countdown / reveal / "
                                      "type the hands")),
                ("Esc", self.tr("End the show")),
            ]),
            (self.tr("Knowledge base"), [
                ("Ctrl+K", self.tr("Search; ↓ into the results, Enter opens, Esc clears")),
                ("Del / Ctrl+Z", self.tr("Remove a bookmark / bring it back")),
            ]),
        ]  # fmt: skip


def _plain_label(text: str) -> str:
    """A menu label without its accelerator: "&Quit" and "退出(&Q)" both read as words."""
    import re

    return re.sub(r"\(&\w\)", "", text).replace("&", "").rstrip("…")
