"""List items of two lines — a title and a muted line under it (industry · status) — each
elided on its own, in rows as tall as the two lines really are.

Why a delegate: Qt's default item sizes a "title\\nstatus" text by the interface font's line
height, but a Chinese title in the English interface is drawn with a CJK fallback face whose
lines are taller; the text no longer fits its row and the style elides it to the title's first
characters, dropping the second line. Here each line is measured with the faces that actually
draw it (``QTextLayout``), so the row fits in every language and font.

The item's text stays "title\\nsecond line" (screen readers, tooltips and tests read it whole).
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPalette, QTextLayout
from PySide6.QtWidgets import QListWidget, QStyle, QStyledItemDelegate, QStyleOptionViewItem

PAD_X, PAD_Y, GAP = 6, 6, 2


def line_height(text: str, font) -> int:
    """The height ``text`` takes on one line, fallback faces (CJK in a Latin font) included."""
    layout = QTextLayout(text or " ", font)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(1_000_000)
    layout.endLayout()
    return max(QFontMetrics(font).height(), int(line.height() + 0.999))


def split_lines(text: str) -> tuple[str, str]:
    title, _, second = (text or "").partition("\n")
    return title, second.replace("\n", " ")


class TwoLineDelegate(QStyledItemDelegate):
    """Paints an item's title and its second line, each elided to the row's width."""

    def sizeHint(self, option, index) -> QSize:
        title, second = split_lines(index.data(Qt.ItemDataRole.DisplayRole))
        font = option.font
        height = 2 * PAD_Y + line_height(title, font)
        if second:
            height += GAP + line_height(second, font)
        return QSize(max(60, option.rect.width()), height)

    def lines(self, option, index) -> tuple[str, str]:
        """The two lines as painted in ``option.rect`` (elided where they are too wide)."""
        title, second = split_lines(index.data(Qt.ItemDataRole.DisplayRole))
        width = max(10, option.rect.width() - 2 * PAD_X)
        metrics = QFontMetrics(option.font)
        elide = Qt.TextElideMode.ElideRight
        return metrics.elidedText(title, elide, width), metrics.elidedText(second, elide, width)

    def paint(self, painter, option, index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        title, second = self.lines(opt, index)
        opt.text = ""  # the style draws the background, selection and focus only
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = (
            QPalette.ColorGroup.Normal
            if opt.state & QStyle.StateFlag.State_Enabled
            else QPalette.ColorGroup.Disabled
        )
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        muted_role = (
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        )
        font = opt.font
        r = opt.rect
        top = r.top() + PAD_Y
        painter.save()
        painter.setFont(font)
        h1 = line_height(title, font)
        painter.setPen(opt.palette.color(group, text_role))
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(QRect(r.left() + PAD_X, top, r.width() - 2 * PAD_X, h1), flags, title)
        if second:
            h2 = line_height(second, font)
            painter.setPen(opt.palette.color(group, muted_role))
            painter.drawText(
                QRect(r.left() + PAD_X, top + h1 + GAP, r.width() - 2 * PAD_X, h2), flags, second
            )
        painter.restore()


def use_two_lines(view: QListWidget) -> TwoLineDelegate:
    """Give ``view`` two-line items; rows are measured again when the font changes."""
    delegate = TwoLineDelegate(view)
    view.setItemDelegate(delegate)
    view.setUniformItemSizes(False)
    view.setWordWrap(False)
    return delegate
