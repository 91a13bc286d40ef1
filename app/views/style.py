"""Fusion with two changes a keyboard user and a classroom notice: a clear focus ring, and
no stock tick/cross icons on dialog buttons.

Fusion marks the focused button with a faint, light outline that disappears on a projector;
here the focused control gets a 2-px ring in the accent colour. Done in a proxy style rather
than an app-wide style sheet, which would route every widget through QStyleSheetStyle (slower
before the first paint) and replace the native button drawing.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QBrush, QPainter, QPen
from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleFactory

_RING_CONTROLS = (
    QStyle.ControlElement.CE_PushButtonBevel,
    QStyle.ControlElement.CE_ShapedFrame,  # text panes and lists: the reader page, outlines
)
_RING_COMPLEX = (
    QStyle.ComplexControl.CC_ComboBox,
    QStyle.ComplexControl.CC_ToolButton,
    QStyle.ComplexControl.CC_SpinBox,
)


def use_app_style(app) -> None:
    """Install AppStyle once. Called when the learner's window is ready (and before the
    profile chooser), not before the first paint: importing QStyle's enums and drawing
    through Python cost ~8 ms there, and the first frame shows no focus or dialog buttons."""
    if not isinstance(app.style(), AppStyle):
        app.setStyle(AppStyle())


class AppStyle(QProxyStyle):
    def __init__(self) -> None:
        super().__init__(QStyleFactory.create("Fusion"))

    def styleHint(self, hint, option=None, widget=None, returnData=None):
        if hint == QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons:
            return 0  # the app's own line icons elsewhere; no green tick / red cross
        return super().styleHint(hint, option, widget, returnData)

    def drawPrimitive(self, element, option, painter, widget=None):
        if element == QStyle.PrimitiveElement.PE_FrameFocusRect and not _own_focus(widget):
            _ring(option, painter, 2)
            return
        super().drawPrimitive(element, option, painter, widget)

    def drawControl(self, element, option, painter, widget=None):
        super().drawControl(element, option, painter, widget)
        if element in _RING_CONTROLS and option.state & QStyle.StateFlag.State_HasFocus \
                and not _own_focus(widget):  # fmt: skip
            _ring(option, painter, 1)

    def drawComplexControl(self, control, option, painter, widget=None):
        super().drawComplexControl(control, option, painter, widget)
        if control in _RING_COMPLEX and option.state & QStyle.StateFlag.State_HasFocus \
                and not _own_focus(widget):  # fmt: skip
            _ring(option, painter, 1)


def _own_focus(widget) -> bool:
    """The widget's look (app.views.theme.mark) draws its own focus, e.g. the primary button
    and the sidebar: a second ring would cross its text."""
    for _ in range(3):
        if widget is None:
            return False
        if ":focus" in widget.styleSheet():
            return True
        widget = widget.parentWidget()
    return False


def _ring(option, painter: QPainter, inset: float) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(option.palette.highlight().color(), 2)
    painter.setPen(pen)
    painter.setBrush(QBrush())  # no fill
    painter.drawRoundedRect(QRectF(option.rect).adjusted(inset, inset, -inset, -inset), 4, 4)
    painter.restore()
