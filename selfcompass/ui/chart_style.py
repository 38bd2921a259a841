"""What every chart in SelfCompass shares (Insights and the Calendar's meeting load): colours that follow the theme,
clearing a chart for a redraw, and a numbers table that shows all its rows without a scroll bar of its own.

Colour never carries meaning alone: bars have a legend and a table, lines their own dash pattern and point markers.
"""

from __future__ import annotations

from PySide6.QtCharts import QAbstractAxis, QChart, QChartView
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QPen
from PySide6.QtWidgets import QAbstractScrollArea, QHeaderView, QSizePolicy, QTableWidget

from selfcompass.ui.theme import Theme

PEN_STYLES = (Qt.PenStyle.SolidLine, Qt.PenStyle.DashLine, Qt.PenStyle.DotLine, Qt.PenStyle.DashDotLine)

# Series colours per theme, each at least 3:1 against the theme's surface (tests/test_contrast.py checks).
CHART_COLOURS = {
    "light": ("#2f6b5f", "#8a4b08", "#4d5b60"),
    "dark": ("#8fd0bd", "#f2b880", "#c9d1cd"),
    "high-contrast": ("#ffff00", "#00ffff", "#ffffff"),
}


def series_colours(theme: Theme) -> list[str]:
    """Distinct colours for the series, all legible on the theme's surface."""
    return list(CHART_COLOURS.get(theme.name, (theme.accent, theme.muted, theme.text)))


def style_chart(chart: QChart, view: QChartView, theme: Theme) -> None:
    """The chart's background, border and legend in the theme's colours (Qt's own chart themes are light only)."""
    chart.setBackgroundBrush(QBrush(QColor(theme.surface)))
    chart.setBackgroundPen(QPen(QColor(theme.border)))
    chart.setPlotAreaBackgroundVisible(False)
    chart.legend().setLabelColor(QColor(theme.text))
    view.setBackgroundBrush(QBrush(QColor(theme.window)))


def add_axes(chart: QChart, x_axis: QAbstractAxis, y_axis: QAbstractAxis, series: list, theme: Theme) -> None:
    """Axes along the bottom and left, in the theme's colours, attached to ``series``."""
    text, border = QColor(theme.text), QColor(theme.border)
    for axis in (x_axis, y_axis):
        axis.setLabelsColor(text)
        axis.setTitleBrush(QBrush(text))
        axis.setLinePenColor(border)
        axis.setGridLineColor(border)
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
    for s in series:
        s.attachAxis(x_axis)
        s.attachAxis(y_axis)


def clear_chart(chart: QChart) -> None:
    """Take every series and axis away before a redraw, and free them: ``removeAllSeries`` deletes the series, but
    ``removeAxis`` only hands an axis back, so without ``deleteLater`` each redraw would leave its axes behind."""
    chart.removeAllSeries()
    for axis in chart.axes():
        chart.removeAxis(axis)
        axis.deleteLater()


def fit_rows(table: QTableWidget) -> None:
    """Show every row of a short table, with no scroll bar inside a page that already scrolls; the first column
    takes the spare width."""
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    header.setStretchLastSection(False)
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    # As tall as its rows (and a sideways scroll bar, when the window is narrow), following the rows as they change.
    table.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
    table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
