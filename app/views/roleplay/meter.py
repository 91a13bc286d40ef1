"""The customer's mood, calm to furious, as a row of labelled steps (the dialogue shows it
above the current turn)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QWidget

from app.views.labels import emotion_names

# Okabe–Ito colours, calm → furious: they stay distinct for colour-blind viewers and on a
# washed-out projector; every step is also labelled, so nothing depends on colour alone.
EMOTION_COLORS = ("#0072B2", "#56B4E9", "#F0E442", "#E69F00", "#D55E00")
EMOTION_TEXT = ("#ffffff", "#10222c", "#2b2700", "#2b1d00", "#ffffff")


class EmotionMeter(QWidget):
    """The customer's mood from 暴怒 (left) to 平静 (right); the current step is filled."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.level = 4
        self.scale = 1.0
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(3)
        self.caption = QLabel(self.tr("Customer's mood:"))
        row.addWidget(self.caption)
        self.steps: list[QLabel] = []
        for _level in range(4, -1, -1):
            label = QLabel()
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.steps.append(label)
            row.addWidget(label)
        self.trend = QLabel()
        row.addWidget(self.trend)
        row.addStretch(1)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.set_level(4)

    def set_level(self, level: int, previous: int | None = None) -> None:
        self.level = level
        names = emotion_names()
        for label, lv in zip(self.steps, range(4, -1, -1), strict=True):
            label.setText(names[lv])
            pad = int(4 * self.scale)
            size = 10 * self.scale
            if lv == level:
                label.setStyleSheet(
                    f"background:{EMOTION_COLORS[lv]}; color:{EMOTION_TEXT[lv]}; "
                    f"border-radius:5px; padding:{pad}px {2 * pad}px; font-weight:700; "
                    f"font-size:{size + 1}pt;"
                )
            else:
                label.setStyleSheet(
                    f"border:1px solid {EMOTION_COLORS[lv]}; border-radius:5px; "
                    f"padding:{pad}px {2 * pad}px; font-size:{size}pt; color:palette(text);"
                )
        if previous is None or previous == level:
            self.trend.setText("")
        elif level < previous:
            self.trend.setText(self.tr("▼ calmer"))
        else:
            self.trend.setText(self.tr("▲ angrier"))
        self.setAccessibleName(self.tr("Customer's mood: %1").replace("%1", names[level]))

    def set_scale(self, scale: float) -> None:
        self.scale = scale
        font = self.caption.font()
        font.setPointSizeF(10.5 * scale)
        self.caption.setFont(font)
        self.trend.setFont(font)
        self.set_level(self.level)
