"""ChartCanvas, the charts of Insights and the Calendar drawn with QPainter: what it draws, when it writes values and
a legend, its theme's colours in the painted pixels, gaps in a line, labels that never overflow, and saving."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QImage
from pytestqt.qtbot import QtBot

from selfcompass.ui.chart_canvas import ChartCanvas, even_ticks, nice_ticks, number_text
from selfcompass.ui.chart_style import series_colours
from selfcompass.ui.theme import THEMES

LIGHT, DARK = THEMES["light"], THEMES["dark"]
WEEKS = ["28 Sep", "5 Oct", "12 Oct", "19 Oct", "26 Oct", "2 Nov", "9 Nov", "16 Nov"]


def canvas(qtbot: QtBot, theme=LIGHT, width: int = 800, height: int = 260) -> ChartCanvas:
    chart = ChartCanvas(theme)
    qtbot.addWidget(chart)
    chart.resize(width, height)
    return chart


def pixel(image: QImage, at: QPointF) -> str:
    """The colour painted at ``at`` (logical pixels) of a grabbed chart."""
    ratio = image.devicePixelRatio()
    return image.pixelColor(round(at.x() * ratio), round(at.y() * ratio)).name()


def centre_of(chart: ChartCanvas, category: int, value: float) -> QPointF:
    """Where a value over a category is drawn (halfway up a bar of that value, or a line's point)."""
    plot = chart.plot_area()
    low, high = chart.axis_range()
    x = plot.left() + plot.width() * (category + 0.5) / len(chart.categories())
    return QPointF(x, plot.bottom() - (value - low) / (high - low) * plot.height())


@pytest.mark.parametrize(("top", "ticks"), [(0.0, [0, 1, 2, 3, 4]), (73.6, [0, 20, 40, 60, 80]),
                                            (12.65, [0, 5, 10, 15]), (26.45, [0, 10, 20, 30])])
def test_the_value_axis_rounds_up_as_qt_charts_did(top: float, ticks: list[float]) -> None:
    assert nice_ticks(0.0, max(4.0, top)) == ticks
    assert even_ticks(1, 5, 5) == [1, 2, 3, 4, 5] and number_text(2.5) == "2.5" and number_text(20.0) == "20"


def test_bars_draw_their_values_each_in_its_colour(qtbot: QtBot) -> None:
    chart = canvas(qtbot)
    chart.set_bars(WEEKS, [("Minutes", [13, 24, 32, 22, 31, 42, 64, 20])], unit="minutes")
    assert chart.series() == [("Minutes", [13, 24, 32, 22, 31, 42, 64, 20], series_colours(LIGHT)[0])]
    assert chart.axis_range() == (0, 80) and chart.ticks() == ["0", "20", "40", "60", "80"]  # 64 and room above
    assert chart.values_shown() and not chart.legend_shown()  # eight weeks; one set needs no legend
    assert chart.category_labels() == WEEKS and chart.labels_fit()
    image = chart.grab().toImage()
    assert pixel(image, centre_of(chart, 6, 32)) == series_colours(LIGHT)[0]  # halfway up the 64-minute bar
    assert pixel(image, centre_of(chart, 6, 76)) == LIGHT.surface  # above it: nothing but the plot's surface


def test_values_show_over_at_most_eight_bars_and_a_legend_over_two_sets(qtbot: QtBot) -> None:
    chart = canvas(qtbot)
    chart.set_bars([*WEEKS, "23 Nov"], [("Minutes", [1] * 9)])
    assert not chart.values_shown() and not chart.legend_shown()
    chart.set_bars(["Mon", "Tue"], [("In meetings", [2, 3]), ("Longest run", [1, 2])])
    assert chart.values_shown() and chart.legend_shown()
    assert [colour for *_, colour in chart.series()] == series_colours(LIGHT)[:2]
    chart.set_bars(["Mon", "Tue"], [("In meetings", [2, 3])], values_shown=False)
    assert not chart.values_shown()


def test_the_meeting_load_axis_gives_its_own_ticks_and_words(qtbot: QtBot) -> None:
    chart = canvas(qtbot)
    chart.set_bars(["Mon"], [("Hours", [3.5])], ticks=range(0, 11, 2), tick_text=lambda v: f"{v:g} h")
    assert chart.axis_range() == (0, 10) and chart.ticks()[-1] == "10 h"


def test_lines_always_have_a_legend_and_a_none_is_a_gap(qtbot: QtBot) -> None:
    chart = canvas(qtbot)
    chart.set_lines(["a", "b", "c"], [("Before", [2.0, None, 4.0])], low=1, high=5)
    assert chart.legend_shown() and not chart.values_shown()
    assert chart.axis_range() == (1, 5) and chart.ticks() == ["1", "2", "3", "4", "5"]
    colour = series_colours(LIGHT)[0]
    image = chart.grab().toImage()
    assert pixel(image, centre_of(chart, 0, 2)) == colour  # the first point
    assert pixel(image, centre_of(chart, 2, 4)) == colour  # the last
    gap = (centre_of(chart, 0, 2) + centre_of(chart, 2, 4)) / 2
    assert pixel(image, gap) == LIGHT.surface  # no line across the week with nothing noted
    chart.set_lines(["a", "b", "c"], [("Before", [2.0, 3.0, 4.0])], low=1, high=5)
    assert pixel(chart.grab().toImage(), gap) == colour  # the same place, joined when noted


def test_a_wide_range_of_lines_gets_six_ticks(qtbot: QtBot) -> None:
    chart = canvas(qtbot)
    chart.set_lines(["a"], [("Score", [12.0])], low=0, high=20)
    assert chart.ticks() == ["0", "4", "8", "12", "16", "20"]


def test_a_new_theme_repaints_in_its_colours(qtbot: QtBot) -> None:
    chart = canvas(qtbot, DARK)
    chart.set_bars(["Mon", "Tue"], [("Hours", [4, 2])])
    image = chart.grab().toImage()
    assert pixel(image, centre_of(chart, 0, 2)) == series_colours(DARK)[0]
    assert pixel(image, QPointF(chart.width() / 2, 3)) == DARK.surface
    chart.set_theme(LIGHT)
    image = chart.grab().toImage()
    assert pixel(image, centre_of(chart, 0, 2)) == series_colours(LIGHT)[0]
    assert pixel(image, QPointF(chart.width() / 2, 3)) == LIGHT.surface


def test_long_labels_wrap_or_shorten_and_never_overflow_their_room(qtbot: QtBot) -> None:
    chart = canvas(qtbot, width=560)
    kinds = ["Mindful pauses", "Self-compassion", "Attention hygiene", "Compassionate leadership"]
    chart.set_bars(kinds, [("Practices", [11, 9, 9, 11])])
    metrics = QFontMetricsF(chart.font())
    room = chart.plot_area().width() / len(kinds)

    def widest() -> float:
        return max(metrics.horizontalAdvance(line) for label in chart.category_labels() for line in label.split("\n"))

    assert widest() <= room
    assert chart.category_labels()[3] == "Compassionate\nleadership" and chart.labels_fit()  # on two lines
    chart.resize(420, 260)
    room = chart.plot_area().width() / len(kinds)
    assert widest() <= room
    assert chart.category_labels()[1] == "Self-\ncompassion"  # broken after its hyphen
    assert chart.category_labels()[3].endswith("…") and not chart.labels_fit()  # the last resort
    chart.resize(560, 260)
    room = chart.plot_area().width() / len(kinds)
    chart.set_bars(["Supercalifragilisticexpialidocious"] * 4, [("Practices", [1, 2, 3, 4])])
    assert widest() <= room and not chart.labels_fit()
    assert all(label.endswith("…") for label in chart.category_labels())


def test_a_long_run_of_dates_writes_every_other_one(qtbot: QtBot) -> None:
    chart = canvas(qtbot, width=420)
    weeks = [*WEEKS, *WEEKS]
    chart.set_bars(weeks, [("Minutes", [1.0] * len(weeks))])
    labels = chart.category_labels()
    assert chart.labels_fit() and labels[0] == "28 Sep" and "" in labels
    metrics = QFontMetricsF(chart.font())
    step = next(i for i, label in enumerate(labels[1:], start=1) if label)
    assert max(metrics.horizontalAdvance(w) for w in weeks) <= step * chart.plot_area().width() / len(weeks)


def test_it_stays_out_of_the_tab_order_and_saves_as_an_image(qtbot: QtBot, tmp_path: Path) -> None:
    from selfcompass.ui.insights.charts import ChartPanel

    panel = ChartPanel("minutes", "Minutes of practice", LIGHT)
    qtbot.addWidget(panel)
    panel.set_bars(WEEKS[:2], [("Minutes", [3, 5])], unit="minutes", first_column="Week")
    panel.set_words("Eight minutes in two weeks.")
    assert panel.view.focusPolicy() == Qt.FocusPolicy.NoFocus
    assert panel.view.accessibleName() == "Chart: Minutes of practice"
    assert panel.view.accessibleDescription() == "Eight minutes in two weeks."
    panel.resize(700, 400)
    panel.show()
    assert panel.save_png(tmp_path / "minutes")
    saved = QImage(str(tmp_path / "minutes.png"))
    assert not saved.isNull() and saved.width() >= panel.view.width()
    point = centre_of(panel.view, 1, 2.5)
    assert saved.pixelColor(round(point.x() * saved.width() / panel.view.width()),
                            round(point.y() * saved.width() / panel.view.width())) == QColor(series_colours(LIGHT)[0])


def test_it_asks_for_room_for_its_labels_at_a_large_text_size(qtbot: QtBot) -> None:
    chart = canvas(qtbot)
    small = chart.minimumHeight()
    font = chart.font()
    font.setPointSizeF(font.pointSizeF() * 3)
    chart.setFont(font)
    assert chart.minimumHeight() > small >= 230


def test_where_lines_meet_the_smaller_point_shows_inside_the_larger(qtbot: QtBot) -> None:
    chart = canvas(qtbot)
    chart.set_lines(["a", "b"], [("Before", [3.0, 2.0]), ("After", [3.0, 4.0])], low=1, high=5)
    image = chart.grab().toImage()
    first, second = series_colours(LIGHT)[:2]
    assert pixel(image, centre_of(chart, 0, 3)) == first  # drawn last, so not hidden by the larger point
    assert pixel(image, centre_of(chart, 1, 4)) == second
