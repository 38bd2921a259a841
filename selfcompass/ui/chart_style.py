"""What every chart in SelfCompass shares (Insights and the Calendar's meeting load, both drawn by
:mod:`selfcompass.ui.chart_canvas`): colours that follow the theme, the lines' dash patterns, and a numbers table that
shows all its rows without a scroll bar of its own.

Colour never carries meaning alone: bars have a legend and a table, lines their own dash pattern and point markers.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
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
