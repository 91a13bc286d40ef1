"""Charts with Qt Charts (PySide6-Addons): imported only when a chart is first shown.

Measured here: importing QtCharts takes ~110 ms (once, when the dashboard opens, not at
start-up); it adds libQt6Charts (2.3 MB) and its binding (1.0 MB) to an installed copy.
Colours are Okabe–Ito, distinct for colour-blind viewers; every bar also carries its value.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter

BLUE, ORANGE, GREEN, GREY = "#0072B2", "#E69F00", "#009E73", "#8A96A3"


def _view(chart, families: tuple[str, ...], height: int):
    from PySide6.QtCharts import QChartView

    font = QFont()
    font.setFamilies(list(families))
    font.setPointSizeF(9.5)
    chart.setFont(font)
    chart.legend().setFont(font)
    chart.setBackgroundRoundness(6)
    chart.setMargins(QMargins(4, 4, 4, 4))
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(height)
    return view


def percent_bars(title: str, categories: list[str], series: list[tuple[str, list[float], str]],
                 families: tuple[str, ...], height: int = 300):  # fmt: skip
    """Horizontal bars in per cent (0–100), one set per (name, values 0..1, colour); the
    first category is drawn at the top."""
    from PySide6.QtCharts import (
        QBarCategoryAxis,
        QBarSet,
        QChart,
        QHorizontalBarSeries,
        QValueAxis,
    )

    chart = QChart()
    chart.setTitle(title)
    bars = QHorizontalBarSeries()
    categories = list(reversed(categories))  # Qt draws the first category at the bottom
    for name, values, color in series:
        s = QBarSet(name)
        s.append([round(v * 100, 1) for v in reversed(values)])
        s.setLabelColor(QColor("#1f2933"))
        s.setColor(QColor(color))
        bars.append(s)
    bars.setLabelsVisible(True)
    bars.setLabelsFormat("@value%")
    bars.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsOutsideEnd)
    bars.setBarWidth(0.85)
    chart.addSeries(bars)
    y = QBarCategoryAxis()
    y.append(categories)
    y.setTruncateLabels(False)
    x = QValueAxis()
    x.setRange(0, 100)
    x.setLabelFormat("%d%%")
    chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
    chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
    bars.attachAxis(y)
    bars.attachAxis(x)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    return _view(chart, families, height)


def count_bars(title: str, categories: list[str], values: list[int], families: tuple[str, ...],
               color: str = BLUE, height: int = 380):  # fmt: skip
    from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QValueAxis

    chart = QChart()
    chart.setTitle(title)
    s = QBarSet(title)
    s.append([float(v) for v in values])
    s.setColor(QColor(color))
    bars = QBarSeries()
    bars.append(s)
    bars.setLabelsVisible(True)
    chart.addSeries(bars)
    x = QBarCategoryAxis()
    x.append(categories)
    top = max(1, max(values, default=0))
    y = QValueAxis()
    y.setRange(0, top)
    y.setTickCount(min(top, 5) + 1)  # whole numbers only: counts of learners
    y.setLabelFormat("%d")
    x.setTruncateLabels(False)
    chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
    bars.attachAxis(x)
    bars.attachAxis(y)
    chart.legend().hide()
    return _view(chart, families, height)


def score_line(title: str, labels: list[str], scores: list[float], pass_mark: float,
               families: tuple[str, ...], height: int = 240):  # fmt: skip
    """Exam scores over attempts (0–100 %), with the pass mark as a dashed line."""
    from PySide6.QtCharts import QCategoryAxis, QChart, QLineSeries, QValueAxis
    from PySide6.QtGui import QPen

    chart = QChart()
    chart.setTitle(title)
    line = QLineSeries()
    line.setName(title)
    for i, v in enumerate(scores):
        line.append(i, v * 100)
    line.setPointsVisible(True)
    line.setPointLabelsVisible(True)
    line.setPointLabelsFormat("@yPoint%")
    line.setColor(QColor(BLUE))
    mark = QLineSeries()
    mark.setName(f"{pass_mark * 100:.0f}%")
    mark.append(-0.5, pass_mark * 100)
    mark.append(max(0.5, len(scores) - 0.5), pass_mark * 100)
    pen = QPen(QColor(ORANGE))
    pen.setStyle(Qt.PenStyle.DashLine)
    pen.setWidth(2)
    mark.setPen(pen)
    chart.addSeries(line)
    chart.addSeries(mark)
    x = QCategoryAxis()
    x.setRange(-0.5, max(0.5, len(scores) - 0.5))
    for i, label in enumerate(labels):
        x.append(label, i + 0.5)
    y = QValueAxis()
    y.setRange(0, 100)
    y.setLabelFormat("%d%%")
    chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
    for s in (line, mark):
        s.attachAxis(x)
        s.attachAxis(y)
    chart.legend().hide()
    return _view(chart, families, height)
