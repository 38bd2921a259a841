"""One chart with its heading, kind words first, the chart only once there is something to draw, and the numbers
in a table behind "Show the numbers" (always there for screen readers and the keyboard).

The chart is a :class:`~selfcompass.ui.chart_canvas.ChartCanvas`, as in the Calendar's meeting load; colours and
the table's height are shared with it (:mod:`selfcompass.ui.chart_style`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from selfcompass.ui.chart_canvas import ChartCanvas
from selfcompass.ui.chart_style import fit_rows
from selfcompass.ui.theme import SPACE_L, SPACE_S, Theme, space

# Writes one table cell in words (a number that is never None).
CellText = Callable[[float], str]


def _cell(value: float | None, unit: str, one: str | None = None) -> str:
    """A number for the table: ``unit`` after it, or ``one`` (the singular, "minute") when it is exactly 1."""
    if value is None:
        #: In a chart's table, for a week (or check-in) with no number.
        return QCoreApplication.translate("ChartPanel", "not noted")
    if one is not None and value == 1:
        unit = one  # 1 minute, 1 practice
    if not unit:
        return f"{value:g}"
    #: A number and its unit in a chart's table ("3 minutes", "2.5 of 5").
    return QCoreApplication.translate("ChartPanel", "{value} {unit}").format(value=f"{value:g}", unit=unit)


class ChartPanel(QFrame):
    """A chart and the same numbers in a table. ``save_png`` writes what is shown."""

    save_failed = Signal(str)

    def __init__(self, key: str, title: str, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.title = title
        self.setObjectName(f"insight-{key}")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, space(SPACE_S), 0, space(SPACE_L))
        self.body = layout  # heading, words, chart, buttons, table: the page may add an action under the words
        self.heading = QLabel(title)
        self.heading.setProperty("role", "heading")
        self.words = QLabel()
        self.words.setWordWrap(True)
        self.words.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.view = ChartCanvas(theme, minimum_height=230)  # takes no focus: the table holds the same numbers
        self.view.setAccessibleName(self.tr("Chart: {title}").format(title=title))
        self.save_button = QPushButton(self.tr("Save chart as image…"))
        self.save_button.setAccessibleName(self.tr("Save the chart “{title}” as an image").format(title=title))
        self.save_button.clicked.connect(self._ask_where_to_save)
        # Words first, numbers on request: the table waits behind a quiet button.
        self.numbers_button = QPushButton(self.tr("Show the numbers"))
        self.numbers_button.setObjectName(f"numbers-{key}")
        self.numbers_button.setFlat(True)
        self.numbers_button.setCheckable(True)
        self.numbers_button.setAccessibleName(self.tr("Show the numbers behind “{title}”").format(title=title))
        self.numbers_button.toggled.connect(self._numbers_toggled)
        self.table = QTableWidget(0, 0)
        self.table.setAccessibleName(self.tr("Numbers behind the chart: {title}").format(title=title))
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.numbers_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        for w in (self.heading, self.words, self.view):
            layout.addWidget(w)
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        self.table.setVisible(False)
        self._has_chart = True

    # -- what shows -----------------------------------------------------------------------------------------------
    def show_chart(self, shown: bool) -> None:
        """The chart (and its Save button) only once there is something to draw; the words always show."""
        self._has_chart = shown
        self.view.setVisible(shown)
        self.save_button.setVisible(shown)
        self.numbers_button.setVisible(shown)
        if not shown:
            self.numbers_button.setChecked(False)

    @property
    def has_chart(self) -> bool:
        return self._has_chart

    def _numbers_toggled(self, on: bool) -> None:
        self.table.setVisible(on)
        self.numbers_button.setText(self.tr("Hide the numbers") if on else self.tr("Show the numbers"))

    # -- drawing ------------------------------------------------------------------------------------------------
    def set_words(self, text: str) -> None:
        self.words.setText(text)
        self.view.setAccessibleDescription(text)

    def set_bars(self, categories: Sequence[str], sets: Sequence[tuple[str, Sequence[float]]], *, unit: str,
                 first_column: str, horizontal_labels: Sequence[str] | None = None, one: str | None = None,
                 cell_text: CellText | None = None) -> None:
        """Bars; ``unit`` titles the axis and follows each number in the table, ``one`` (singular) follows a 1;
        ``cell_text`` writes a table cell in words instead (such as whole minutes)."""
        self.view.set_bars(categories, sets, unit=unit)
        self._fill_table(first_column, horizontal_labels or categories, [(n, list(v)) for n, v in sets], unit, one,
                         cell_text)

    def set_lines(self, categories: Sequence[str], lines: Sequence[tuple[str, Sequence[float | None]]], *,
                  unit: str, first_column: str, low: float, high: float, one: str | None = None) -> None:
        self.view.set_lines(categories, lines, low=low, high=high)
        self._fill_table(first_column, categories, [(n, list(v)) for n, v in lines], unit, one)

    def _fill_table(self, first: str, rows: Sequence[str], columns: Sequence[tuple[str, list[float | None]]],
                    unit: str, one: str | None = None, cell_text: CellText | None = None) -> None:
        self.table.clear()
        self.table.setColumnCount(1 + len(columns))
        self.table.setRowCount(len(rows))
        self.table.setHorizontalHeaderLabels([first, *(name for name, _ in columns)])
        for r, label in enumerate(rows):
            self.table.setItem(r, 0, QTableWidgetItem(label))
            for c, (_, values) in enumerate(columns, start=1):
                value = values[r]
                item = QTableWidgetItem(cell_text(value) if cell_text is not None and value is not None
                                        else _cell(value, unit, one))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        fit_rows(self.table)

    def table_rows(self) -> list[list[str]]:
        """The table as text (for tests)."""
        cells = [[self.table.item(r, c) for c in range(self.table.columnCount())] for r in range(self.table.rowCount())]
        return [[item.text() if item is not None else "" for item in row] for row in cells]

    def set_theme(self, theme: Theme) -> None:
        """Colours for a newly chosen theme; the chart repaints in them."""
        self.view.set_theme(theme)

    # -- saving -------------------------------------------------------------------------------------------------
    def save_png(self, path: Path | str) -> bool:
        path = Path(path)
        if path.suffix.lower() != ".png":
            path = path.with_suffix(".png")
        return self.view.grab().save(str(path), "PNG")

    def _ask_where_to_save(self) -> None:
        name = self.title.lower().replace(" ", "-").replace(",", "")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save “{title}” as an image").format(title=self.title),
                                              f"{name}.png", self.tr("PNG images (*.png)"))
        if path and not self.save_png(path):
            self.save_failed.emit(self.tr("That image couldn't be saved there. You might try another folder."))
