"""One input widget per question type, with one small interface for the quiz page:
``response()`` (in display positions, None if nothing given), ``restore(response)`` (an exam
answer shown again when the learner comes back to it), ``choose(n)`` for the number and
letter keys, ``focus_answer()`` when the question appears (keys work at once: typing goes
into a short answer's box, arrows move between options), and ``lock()`` once the answer is
submitted. Option texts wrap (a long option is
never cut off), and clicking the text chooses it as the button would."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.views.plain import plain
from app.views.theme import mark

LETTERS = "ABCDEFGHI"


class AnswerWidget(QWidget):
    def response(self):
        raise NotImplementedError

    def choose(self, n: int) -> None:  # 0-based, from keys 1–9 or A–I
        pass

    def restore(self, response) -> None:
        pass

    def lock(self) -> None:
        self.setEnabled(False)

    def focus_answer(self) -> None:
        """Keyboard focus on the part that takes the answer (this container takes none)."""
        self.setFocus()


class _OptionText(QLabel):
    """The wrapping text of an option; a click on it acts on its button."""

    def __init__(self, text: str, button) -> None:
        super().__init__(text)
        self.button = button
        self.setTextFormat(Qt.TextFormat.PlainText)  # imported banks: anybody's text
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setBuddy(button)

    def mousePressEvent(self, event) -> None:
        if self.button.isEnabled():
            self.button.click()
            self.button.setFocus()
        super().mousePressEvent(event)


class ChoiceAnswer(AnswerWidget):
    """single, situational (radio buttons) and multiple (check boxes)."""

    def __init__(self, options: list[str], multiple: bool, parent=None) -> None:
        super().__init__(parent)
        self.multiple = multiple
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.group = QButtonGroup(self)
        self.group.setExclusive(not multiple)
        self.texts: list[QLabel] = []
        for i, text in enumerate(options):
            b = (QCheckBox if multiple else QRadioButton)(f"{LETTERS[i]}.")
            b.setAccessibleName(f"{LETTERS[i]} {text}")
            b.setStyleSheet("QAbstractButton { padding: 6px 0; }")
            self.group.addButton(b, i)
            label = _OptionText(text, b)
            row = QHBoxLayout()
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(b, 0, Qt.AlignmentFlag.AlignTop)
            row.addWidget(label, 1)
            self.texts.append(label)
            layout.addLayout(row)

    def response(self):
        if self.multiple:
            chosen = [b for b in self.group.buttons() if b.isChecked()]
            return [self.group.id(b) for b in chosen] or None
        return self.group.checkedId() if self.group.checkedId() >= 0 else None

    def choose(self, n: int) -> None:
        b = self.group.button(n)
        if b is not None:
            b.setChecked(not b.isChecked() if self.multiple else True)

    def focus_answer(self) -> None:
        """The option chosen, else the first one."""
        buttons = self.group.buttons()
        chosen = [b for b in buttons if b.isChecked()]
        if chosen or buttons:
            (chosen or buttons)[0].setFocus()

    def restore(self, response) -> None:
        chosen = set(response) if self.multiple else {response}
        for b in self.group.buttons():
            b.setChecked(self.group.id(b) in chosen)


class TrueFalseAnswer(ChoiceAnswer):
    def __init__(self, true_text: str, false_text: str, parent=None) -> None:
        super().__init__([true_text, false_text], multiple=False, parent=parent)

    def response(self):
        chosen = super().response()
        return None if chosen is None else chosen == 0

    def restore(self, response) -> None:
        super().restore(0 if response else 1)


class OrderingAnswer(AnswerWidget):
    """Drag the items into order, or move the selected one with Alt+↑ / Alt+↓."""

    def __init__(self, items: list[str], hint: str, parent=None) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        for i, text in enumerate(items):
            self.list.addItem(text)
            self.list.item(i).setData(Qt.ItemDataRole.UserRole, i)
        self.list.setCurrentRow(0)
        self.list.setAccessibleName(hint)
        mark(self.list, "List")  # row padding
        self.list.setFixedHeight(38 * len(items) + 6)
        label = QLabel(hint)
        mark(label, "Muted")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label)
        layout.addWidget(self.list)
        self.list.installEventFilter(self)
        # Untouched, the shuffled order is no answer (it is never the solved one).
        self.touched = False
        self.list.model().rowsMoved.connect(self._touch)

    def focus_answer(self) -> None:
        self.list.setFocus()

    def _touch(self, *_args) -> None:
        self.touched = True

    def eventFilter(self, obj, event) -> bool:
        if (
            event.type() == event.Type.KeyPress
            and event.modifiers() & Qt.KeyboardModifier.AltModifier
        ):
            step = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}.get(event.key())
            if step:
                self.move(step)
                return True
        return super().eventFilter(obj, event)

    def move(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if 0 <= row < self.list.count() and 0 <= target < self.list.count():
            item = self.list.takeItem(row)
            self.list.insertItem(target, item)
            self.list.setCurrentRow(target)
            self.touched = True

    def response(self):
        if not self.touched:
            return None
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())]

    def restore(self, response) -> None:
        items = {self.list.item(i).data(Qt.ItemDataRole.UserRole): self.list.item(i).text()
                 for i in range(self.list.count())}  # fmt: skip
        self.list.clear()
        for i in response:
            self.list.addItem(items[i])
            self.list.item(self.list.count() - 1).setData(Qt.ItemDataRole.UserRole, i)
        self.list.setCurrentRow(0)
        self.touched = True


class MatchingAnswer(AnswerWidget):
    def __init__(self, lefts: list[str], rights: list[str], placeholder: str, parent=None):
        super().__init__(parent)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.boxes: list[QComboBox] = []
        for left in lefts:
            box = QComboBox()
            box.addItem(placeholder, None)
            for pos, right in enumerate(rights):
                box.addItem(right, pos)
            box.setAccessibleName(left)
            self.boxes.append(box)
            form.addRow(plain(QLabel(left)), box)

    def focus_answer(self) -> None:
        if self.boxes:
            self.boxes[0].setFocus()

    def response(self):
        chosen = {
            i: box.currentData()
            for i, box in enumerate(self.boxes)
            if box.currentData() is not None
        }
        return chosen or None

    def restore(self, response) -> None:
        for i, box in enumerate(self.boxes):
            box.setCurrentIndex(max(0, box.findData(dict(response).get(i))))


class ShortAnswer(AnswerWidget):
    def __init__(self, placeholder: str, parent=None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(placeholder)
        self.edit.setAccessibleName(placeholder)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)

    def focus_answer(self) -> None:
        self.edit.setFocus()

    def response(self):
        return self.edit.text().strip() or None

    def restore(self, response) -> None:
        self.edit.setText(str(response))
