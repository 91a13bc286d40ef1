"""Charts with Qt Charts (PySide6-Addons): imported only when a chart is first shown.

Measured here: importing QtCharts takes ~110 ms (once, when the dashboard opens, not at
start-up); it adds libQt6Charts (2.3 MB) and its binding (1.0 MB) to an installed copy.
Colours are Okabe–Ito, distinct for colour-blind viewers; every bar also carries its value.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter

BLUE, ORANGE, GREEN, GREY = "#0072B2", "#E69F00", "#009E73", "#8A96A3"


def _new_chart(title: str):
    """A chart in the window's light or dark look (set before the series: a theme resets
    their colours)."""
    from PySide6.QtCharts import QChart
    from PySide6.QtGui import QGuiApplication, QPalette

    chart = QChart()
    if QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128:
        chart.setTheme(QChart.ChartTheme.ChartThemeDark)
    chart.setTitle(title)
    return chart


def _text_color() -> QColor:
    from PySide6.QtGui import QGuiApplication, QPalette

    return QGuiApplication.palette().color(QPalette.ColorRole.WindowText)


def _percent_axis(top: float = 112):
    """0–100 % with ticks every 25, running on to ``top`` so that a label beside or above a
    full (100 %) bar or point has room and is not drawn over it or cut off."""
    from PySide6.QtCharts import QCategoryAxis

    axis = QCategoryAxis()
    axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    for v in range(0, 101, 25):
        axis.append(f"{v}%", v)
    axis.setRange(0, top)
    return axis


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
    from PySide6.QtCharts import QBarCategoryAxis, QBarSet, QHorizontalBarSeries

    chart = _new_chart(title)
    bars = QHorizontalBarSeries()
    categories = list(reversed(categories))  # Qt draws the first category at the bottom
    for name, values, color in series:
        s = QBarSet(name)
        s.append([round(v * 100) for v in reversed(values)])
        s.setLabelColor(_text_color())  # drawn beside the bar, on the chart's background
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
    # room to the right of a full bar for its "100%" (else Qt draws it over the bar), with
    # ticks only at 0–100
    x = _percent_axis(118)
    chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
    chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
    bars.attachAxis(y)
    bars.attachAxis(x)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    return _view(chart, families, height)


def count_bars(title: str, categories: list[str], values: list[int], families: tuple[str, ...],
               color: str = BLUE, height: int = 380):  # fmt: skip
    from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QValueAxis

    chart = _new_chart(title)
    s = QBarSet(title)
    s.append([float(v) for v in values])
    s.setColor(QColor(color))
    s.setLabelColor(_text_color())
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
    from PySide6.QtCharts import QCategoryAxis, QLineSeries
    from PySide6.QtGui import QPen

    chart = _new_chart(title)
    line = QLineSeries()
    line.setName(title)
    for i, v in enumerate(scores):
        line.append(i, round(v * 100))  # whole per cents: "30%", never "30.303%"
    line.setPointsVisible(True)
    line.setPointLabelsVisible(True)
    line.setPointLabelsFormat("@yPoint%")
    line.setColor(QColor(BLUE))
    line.setPointLabelsColor(_text_color())
    label_font = QFont()
    label_font.setFamilies(list(families))
    label_font.setPointSizeF(10)
    line.setPointLabelsFont(label_font)
    line.setMarkerSize(5)  # small enough that the label above it stays clear
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
    # each date's tick and label at its own point, not at the boundary between two
    x.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    seen: dict[str, int] = {}
    for i, label in enumerate(labels):
        seen[label] = seen.get(label, 0) + 1  # an axis label must be unique: two on one day
        x.append(label if seen[label] == 1 else f"{label} ({seen[label]})", i)
    y = _percent_axis()  # room above 100 % for a full score's label
    chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
    for s in (line, mark):
        s.attachAxis(x)
        s.attachAxis(y)
    chart.legend().hide()
    return _view(chart, families, height)
