"""The progress charts say what they mean: whole per cents, each date at its own point,
and room beside a full bar for its "100%"."""

from app.views import charts

FAMILIES = ("Noto Sans CJK SC",)


def _axes(view):
    chart = view.chart()
    return chart, {a.alignment().name: a for a in chart.axes()}


def test_an_exam_score_is_a_whole_per_cent_at_its_dates_tick(qapp):
    view = charts.score_line("Exams", ["12-01", "12-03", "12-03"], [10 / 33, 1.0, 0.8], 0.8,
                             FAMILIES)  # fmt: skip
    chart, axes = _axes(view)
    line = chart.series()[0]
    assert [p.y() for p in line.points()] == [30, 100, 80]
    x = axes["AlignBottom"]
    labels = x.categoriesLabels()
    assert labels == ["12-01", "12-03", "12-03 (2)"], "two exams on one day both named"
    assert [x.endValue(label) for label in labels] == [p.x() for p in line.points()]
    assert axes["AlignLeft"].max() > 100, "room above a full score for its label"


def test_a_full_bar_leaves_room_for_its_label(qapp):
    view = charts.percent_bars("Sections", ["A", "B"], [("Learned", [1.0, 0.333], "#0072B2")],
                               FAMILIES)  # fmt: skip
    chart, axes = _axes(view)
    bars = chart.series()[0].barSets()[0]
    assert [bars.at(i) for i in range(bars.count())] == [33, 100]
    x = axes["AlignBottom"]
    assert x.max() > 110 and x.categoriesLabels()[-1] == "100%"
