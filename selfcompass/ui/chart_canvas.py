"""A small chart drawn with QPainter: grouped bars or lines over categories, a value axis on the left, a legend
underneath. Insights and the Calendar's meeting load draw with it.

It replaces Qt Charts, whose library, its OpenGL dependencies and a graphics scene per chart cost about 10 MB for five
simple charts (issue 24). Everything is laid out from the widget's font, so it follows the person's text size; the
numbers themselves live in a table next to each chart, so the chart takes no focus.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from typing import NamedTuple

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from selfcompass.ui.chart_style import PEN_STYLES, series_colours
from selfcompass.ui.theme import RADIUS_CARD, SPACE_L, SPACE_S, SPACE_XS, Theme, space

# Writes a value axis tick ("20", "4 h").
TickText = Callable[[float], str]
# Bars of one category take this share of its width: alone, or side by side when there are several sets.
BAR_SHARE, GROUP_SHARE = 0.5, 0.7
# Category labels are written above their bars only up to this many categories (more would crowd).
MAX_VALUE_LABELS = 8
# Lines: pen width and the smallest point marker (each further line's markers are 2 px larger).
LINE_WIDTH, MARKER = 3.0, 8.0
# How many lines a category label may take before it is shortened.
LABEL_LINES = 2
# How much of the border colour the grid lines take (the axes take all of it).
GRID_ALPHA = 0.55


def number_text(value: float) -> str:
    """A tick or bar value as people write it: 20, 2.5 (never 20.0 or 2.4999999)."""
    return f"{round(value, 6):g}"


def nice_number(x: float, ceiling: bool) -> float:
    """1, 2, 5 or 10 times a power of ten near ``x`` (Heckbert, Graphics Gems I; as Qt Charts rounds its axes)."""
    if x <= 0:
        return 1.0
    z = 10 ** math.floor(math.log10(x))
    q = x / z
    if ceiling:
        q = 1 if q <= 1 else 2 if q <= 2 else 5 if q <= 5 else 10
    else:
        q = 1 if q < 1.5 else 2 if q < 3 else 5 if q < 7 else 10
    return q * z


def nice_ticks(low: float, high: float, count: int = 5) -> list[float]:
    """Ticks on round numbers covering ``low``..``high``: Qt's ``QValueAxis.applyNiceNumbers`` (about five ticks,
    the step 1, 2 or 5 times a power of ten, the ends moved out to a whole step)."""
    span = nice_number(high - low, True)
    step = nice_number(span / (count - 1), False)
    first, last = math.floor(low / step), math.ceil(high / step)
    return [n * step for n in range(first, last + 1)]


def even_ticks(low: float, high: float, count: int) -> list[float]:
    """``count`` ticks evenly from ``low`` to ``high``."""
    if count < 2:
        return [low, high]
    return [low + (high - low) * n / (count - 1) for n in range(count)]


class Series(NamedTuple):
    name: str
    values: tuple[float | None, ...]


class _Layout(NamedTuple):
    """Where things go for the widget's current size and font."""

    plot: QRectF
    labels: list[list[str]]  # each category's label as drawn, one string per line ([] when skipped)
    label_lines: int
    legend: list[tuple[int, QRectF]]  # (series index, where its entry goes)


class ChartCanvas(QWidget):
    """Bars or lines over named categories. ``set_bars``/``set_lines`` replace what is drawn; ``set_theme`` recolours.

    For tests and the screen-fit check: ``series()``, ``axis_range()``, ``ticks()``, ``plot_area()``,
    ``category_labels()``, ``labels_fit()``, ``legend_shown()``, ``values_shown()``.
    """

    def __init__(self, theme: Theme, parent: QWidget | None = None, *, minimum_height: int = 230) -> None:
        super().__init__(parent)
        self._theme = theme
        self._base_height = minimum_height
        self._kind = ""  # "bars", "lines" or "" (nothing yet)
        self._categories: list[str] = []
        self._series: list[Series] = []
        self._ticks: list[float] = [0.0, 1.0]
        self._tick_text: TickText = number_text
        self._unit = ""
        self._values_shown = False
        self._legend_shown = False
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the table beside it holds the same numbers, in reach
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._fit_height()

    # -- what is drawn ------------------------------------------------------------------------------------------
    def set_bars(self, categories: Sequence[str], sets: Sequence[tuple[str, Sequence[float]]], *, unit: str = "",
                 ticks: Sequence[float] | None = None, tick_text: TickText | None = None,
                 values_shown: bool | None = None) -> None:
        """Grouped bars, one colour per set. By default the value axis runs from 0 to a round number above the
        tallest bar, with room for its label, and each value is written above its bar when there are at most
        eight categories; a legend shows once there is more than one set. ``unit`` titles the value axis."""
        top = max([float(v) for _, values in sets for v in values] + [0.0])
        self._set("bars", categories, [(n, list(v)) for n, v in sets], unit,
                  [float(t) for t in ticks] if ticks is not None else nice_ticks(0.0, max(4.0, top * 1.15)), tick_text)
        self._values_shown = len(self._categories) <= MAX_VALUE_LABELS if values_shown is None else values_shown
        self._legend_shown = len(self._series) > 1
        self._changed()

    def set_lines(self, categories: Sequence[str], lines: Sequence[tuple[str, Sequence[float | None]]], *,
                  low: float, high: float, unit: str = "", tick_text: TickText | None = None) -> None:
        """Lines from ``low`` to ``high`` (a None is a gap), each with its own dash pattern and point size, and a
        legend always (colour is never the only difference)."""
        count = int(high - low) + 1 if high - low <= 10 else 6
        self._set("lines", categories, lines, unit, even_ticks(low, high, count), tick_text)
        self._values_shown = False
        self._legend_shown = True
        self._changed()

    def _set(self, kind: str, categories: Sequence[str], series: Sequence[tuple[str, Sequence[float | None]]],
             unit: str, ticks: list[float], tick_text: TickText | None) -> None:
        self._kind = kind
        self._categories = list(categories)
        self._series = [Series(name, tuple(None if v is None else float(v) for v in values))
                        for name, values in series]
        self._unit = unit
        self._ticks = ticks if len(ticks) >= 2 else [0.0, 1.0]
        self._tick_text = tick_text or number_text

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        self.update()

    def _changed(self) -> None:
        self._fit_height()
        self.update()

    # -- for tests, screen readers and the screen-fit check -----------------------------------------------------
    def series(self) -> list[tuple[str, list[float | None], str]]:
        """(name, values, colour as #rrggbb) for each set of bars or line, as drawn."""
        return [(s.name, list(s.values), self._colour(n).name()) for n, s in enumerate(self._series)]

    def kind(self) -> str:
        return self._kind

    def categories(self) -> list[str]:
        return list(self._categories)

    def axis_range(self) -> tuple[float, float]:
        """The value axis, bottom to top."""
        return self._ticks[0], self._ticks[-1]

    def ticks(self) -> list[str]:
        """The value axis's labels, bottom to top."""
        return [self._tick_text(t) for t in self._ticks]

    def unit(self) -> str:
        return self._unit

    def values_shown(self) -> bool:
        return self._values_shown

    def legend_shown(self) -> bool:
        return self._legend_shown and bool(self._series)

    def plot_area(self) -> QRectF:
        """Where the bars and lines go, inside the axes."""
        return self._layout().plot

    def category_labels(self) -> list[str]:
        """Each category's label as drawn, its lines joined by a newline ("" where it was left out for room; a
        shortened one ends in "…")."""
        return ["\n".join(lines) for lines in self._layout().labels]

    def labels_fit(self) -> bool:
        """Whether every category label drawn is whole (none shortened); a label may be left out to make room
        for its neighbours, as the table beside the chart has them all."""
        return not any(line.endswith("…") for lines in self._layout().labels for line in lines)

    # -- size ---------------------------------------------------------------------------------------------------
    def _fit_height(self) -> None:
        """At least the height asked for, and always room for a readable plot around the labels at this text size."""
        line = QFontMetricsF(self.font()).height()
        chrome = 2 * space(SPACE_L) + (LABEL_LINES + 2) * line + 2 * space(SPACE_S)
        self.setMinimumHeight(max(self._base_height, math.ceil(chrome + 6 * line)))

    def sizeHint(self) -> QSize:
        return QSize(space(SPACE_L) * 30, self.minimumHeight() + space(SPACE_L))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._fit_height()
        super().changeEvent(event)

    # -- layout -------------------------------------------------------------------------------------------------
    def _colour(self, n: int) -> QColor:
        colours = series_colours(self._theme)
        return QColor(colours[n % len(colours)])

    def _layout(self) -> _Layout:
        metrics = QFontMetricsF(self.font())
        line = metrics.height()
        pad, gap, small = space(SPACE_L), space(SPACE_S), space(SPACE_XS)
        outer = QRectF(self.rect()).adjusted(pad, pad, -pad, -pad)
        left = outer.left()
        if self._unit:
            left += line + gap  # the axis title, turned on its side
        left += max(metrics.horizontalAdvance(t) for t in self.ticks()) + gap
        top = outer.top() + line / 2  # half the top tick's label sits above the plot
        legend_rows = self._legend_rows(metrics, outer.width()) if self.legend_shown() else []
        bottom = outer.bottom() - (len(legend_rows) * (line + small) - small + gap if legend_rows else 0)
        width = max(1.0, outer.right() - left)
        labels, lines = self._fit_labels(metrics, width)
        bottom -= lines * line + gap
        plot = QRectF(left, top, width, max(1.0, bottom - top))
        legend = []
        y = plot.bottom() + gap + lines * line + gap
        for row in legend_rows:
            row_width = sum(w for _, w in row) + space(SPACE_L) * (len(row) - 1)
            x = outer.left() + (outer.width() - row_width) / 2
            for n, w in row:
                legend.append((n, QRectF(x, y, w, line)))
                x += w + space(SPACE_L)
            y += line + small
        return _Layout(plot, labels, lines, legend)

    def _fit_labels(self, metrics: QFontMetricsF, width: float) -> tuple[list[list[str]], int]:
        """Category labels for the room each category gets: on one line if they all fit; else on two (at a space or
        after a hyphen); else, for a long run (of dates), every second (third...) label; else shortened with "…"."""
        count = len(self._categories)
        if not count:
            return [], 1
        room = width / count - space(SPACE_XS)

        def fits(text: str, room: float) -> bool:
            return metrics.horizontalAdvance(text) <= room

        if all(fits(c, room) for c in self._categories):
            return [[c] for c in self._categories], 1
        wrapped = [_wrap(metrics, c, room) for c in self._categories]
        if all(w is not None for w in wrapped):
            lines = [w or [] for w in wrapped]
            return lines, max(len(w) for w in lines)
        for step in range(2, count if count > MAX_VALUE_LABELS else 0):  # a long run (of dates): every other one
            shown = range(0, count, step)
            if all(fits(self._categories[i], room * step) for i in shown):
                return [[c] if i % step == 0 else [] for i, c in enumerate(self._categories)], 1
        out = [w or _shorten(metrics, c, room) for c, w in zip(self._categories, wrapped, strict=True)]
        return out, max(len(w) for w in out)

    def _legend_rows(self, metrics: QFontMetricsF, width: float) -> list[list[tuple[int, float]]]:
        """Legend entries (series index, width) in rows that fit ``width``."""
        rows: list[list[tuple[int, float]]] = [[]]
        used = 0.0
        for n, s in enumerate(self._series):
            w = self._swatch_width(metrics) + space(SPACE_S) + metrics.horizontalAdvance(s.name)
            extra = w + (space(SPACE_L) if rows[-1] else 0)
            if rows[-1] and used + extra > width:
                rows.append([])
                used, extra = 0.0, w
            rows[-1].append((n, w))
            used += extra
        return rows

    def _swatch_width(self, metrics: QFontMetricsF) -> float:
        return metrics.height() * (2.5 if self._kind == "lines" else 0.8)

    # -- painting -----------------------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        theme = self._theme
        painter.fillRect(self.rect(), QColor(theme.window))  # the corners outside the rounded card
        hair = self._hairline()
        card = QRectF(self.rect()).adjusted(hair / 2, hair / 2, -hair / 2, -hair / 2)
        painter.setPen(QPen(QColor(theme.border), hair))
        painter.setBrush(QColor(theme.surface))
        painter.drawRoundedRect(card, RADIUS_CARD, RADIUS_CARD)
        if not self._series:
            painter.end()
            return
        layout = self._layout()
        self._paint_axes(painter, layout)
        if self._kind == "bars":
            self._paint_bars(painter, layout.plot)
        else:
            self._paint_lines(painter, layout.plot)
        self._paint_legend(painter, layout)
        painter.end()

    def _hairline(self) -> float:
        """A line one or more whole device pixels wide: crisp at 150% as at 100%."""
        ratio = self.devicePixelRatioF()
        return max(1, round(ratio)) / ratio

    def _snap(self, v: float, width: int | None = None) -> float:
        """``v`` moved to the middle of a device pixel (or its edge, for a line an even number of device pixels
        wide; by default the hairline's), so a line there is crisp."""
        ratio = self.devicePixelRatioF()
        width = width or max(1, round(ratio))
        dev = v * ratio
        return ((math.floor(dev) + 0.5) if width % 2 else round(dev)) / ratio

    def _y(self, plot: QRectF, value: float) -> float:
        low, high = self.axis_range()
        return plot.bottom() - (value - low) / ((high - low) or 1.0) * plot.height()

    def _paint_axes(self, painter: QPainter, layout: _Layout) -> None:
        plot, theme = layout.plot, self._theme
        metrics = QFontMetricsF(self.font())
        line, gap = metrics.height(), space(SPACE_S)
        hair = self._hairline()
        text = QColor(theme.text)
        axis = QPen(QColor(theme.border), hair)
        # Grid lines quieter than the axes: one device pixel, and see-through except in high contrast (whose
        # colours are black, white and yellow only).
        faint = QColor(theme.border)
        if theme.name != "high-contrast":
            faint.setAlphaF(GRID_ALPHA)
        grid = QPen(faint, 1 / self.devicePixelRatioF())
        for value, label in zip(self._ticks, self.ticks(), strict=True):
            y = self._y(plot, value)
            painter.setPen(axis if value == self._ticks[0] else grid)
            y = self._snap(y, 1 if value != self._ticks[0] else None)
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(text)
            box = QRectF(plot.left() - gap - line * 20, y - line / 2, line * 20, line)
            painter.drawText(box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
        x = self._snap(plot.left())
        painter.setPen(axis)
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
        if self._unit:
            painter.save()
            painter.setPen(text)
            pad = space(SPACE_L)
            painter.translate(pad, plot.center().y())
            painter.rotate(-90)
            painter.drawText(QRectF(-plot.height() / 2, 0, plot.height(), line), Qt.AlignmentFlag.AlignCenter,
                             metrics.elidedText(self._unit, Qt.TextElideMode.ElideRight, plot.height()))
            painter.restore()
        count = len(self._categories)
        painter.setPen(text)
        for i, lines in enumerate(layout.labels):
            centre = plot.left() + plot.width() * (i + 0.5) / count
            for row, words in enumerate(lines):
                width = metrics.horizontalAdvance(words) + 2
                painter.drawText(QRectF(centre - width / 2, plot.bottom() + gap + row * line, width, line),
                                 Qt.AlignmentFlag.AlignCenter, words)

    def _paint_bars(self, painter: QPainter, plot: QRectF) -> None:
        count, sets = len(self._categories), len(self._series)
        if not count:
            return
        room = plot.width() / count
        group = room * (BAR_SHARE if sets == 1 else GROUP_SHARE)
        bar = group / sets
        metrics = QFontMetricsF(self.font())
        border = QPen(QColor(self._theme.text), self._hairline())
        base = self._y(plot, max(self.axis_range()[0], 0.0))
        labels = []
        for n, s in enumerate(self._series):
            painter.setBrush(self._colour(n))
            painter.setPen(border)
            for i, value in enumerate(s.values):
                if value is None:
                    continue
                left = plot.left() + room * i + (room - group) / 2 + bar * n
                top = self._y(plot, value)
                x0, x1 = self._snap(left), self._snap(left + bar)
                y0, y1 = self._snap(min(top, base)), self._snap(max(top, base))
                if value:
                    painter.drawRect(QRectF(x0, y0, x1 - x0, y1 - y0))
                if self._values_shown:
                    labels.append((QRectF(left - room / 2 + bar / 2, 0, room, metrics.height()), y0, value))
        painter.setPen(QColor(self._theme.text))
        for box, top, value in labels:
            box.moveBottom(max(top - space(SPACE_XS), metrics.height()))
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, number_text(value))

    def _line_pen(self, n: int) -> QPen:
        pen = QPen(self._colour(n), LINE_WIDTH)
        pen.setStyle(PEN_STYLES[n % len(PEN_STYLES)])
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        return pen

    def _marker(self, painter: QPainter, n: int, at: QPointF) -> None:
        """A round point, larger for each later line, so overlapping points stay visible."""
        size = MARKER + 2 * n
        painter.setPen(QPen(self._colour(n), LINE_WIDTH))
        painter.setBrush(self._colour(n))
        painter.drawEllipse(at, size / 2, size / 2)

    def _paint_lines(self, painter: QPainter, plot: QRectF) -> None:
        count = len(self._categories)
        if not count:
            return
        drawn = []
        for n, s in enumerate(self._series):
            points = [None if v is None else QPointF(plot.left() + plot.width() * (i + 0.5) / count, self._y(plot, v))
                      for i, v in enumerate(s.values[:count])]
            drawn.append(points)
            path = QPainterPath()
            joined = False
            for p in points:
                if p is None:
                    joined = False
                elif joined:
                    path.lineTo(p)
                else:
                    path.moveTo(p)
                    joined = True
            painter.setPen(self._line_pen(n))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
        # Points last, the largest first: where lines meet, each smaller point sits inside the larger one.
        for n in reversed(range(len(drawn))):
            for p in drawn[n]:
                if p is not None:
                    self._marker(painter, n, p)

    def _paint_legend(self, painter: QPainter, layout: _Layout) -> None:
        metrics = QFontMetricsF(self.font())
        swatch = self._swatch_width(metrics)
        for n, box in layout.legend:
            middle = box.center().y()
            if self._kind == "lines":
                painter.setPen(self._line_pen(n))
                painter.drawLine(QPointF(box.left() + 2, middle), QPointF(box.left() + swatch - 2, middle))
                self._marker(painter, n, QPointF(box.left() + swatch / 2, middle))
            else:
                side = swatch
                painter.setPen(QPen(QColor(self._theme.text), self._hairline()))
                painter.setBrush(self._colour(n))
                painter.drawRect(QRectF(box.left(), middle - side / 2, side, side))
            painter.setPen(QColor(self._theme.text))
            text = QRectF(box.left() + swatch + space(SPACE_S), box.top(), box.width(), box.height())
            painter.drawText(text, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self._series[n].name)


def _wrap(metrics: QFontMetricsF, text: str, room: float) -> list[str] | None:
    """``text`` in at most LABEL_LINES lines no wider than ``room``, broken at spaces or after a hyphen
    ("Self-" / "compassion"); None if it cannot be."""
    lines: list[str] = []
    joiner = ""
    for match in re.finditer(r"[^\s-]*-|[^\s-]+|\s+", text):
        part = match.group()
        if part.isspace():
            joiner = " "
            continue
        if lines and metrics.horizontalAdvance(f"{lines[-1]}{joiner}{part}") <= room:
            lines[-1] = f"{lines[-1]}{joiner}{part}"
        elif metrics.horizontalAdvance(part) <= room:
            lines.append(part)
        else:
            return None
        joiner = ""
    return lines if len(lines) <= LABEL_LINES else None


def _shorten(metrics: QFontMetricsF, text: str, room: float) -> list[str]:
    """``text`` cut to ``room`` with "…" (the last resort: the table beside the chart has it whole)."""
    return [metrics.elidedText(text, Qt.TextElideMode.ElideRight, max(room, 0.0))]

