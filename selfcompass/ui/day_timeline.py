"""Today as one line on Home: meetings as blocks, the pauses offered as dots, hour marks below, now as a tick.

Made after the first frame (it paints, and painting names PySide6's ``Qt``). A night shift runs across midnight:
the line simply goes from 19:00 to 07:00. Words carry the meaning too: the accessible description lists every
meeting and pause, and Home's "Next" line says the one that matters.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from selfcompass.ui import theme as tokens


class Span(NamedTuple):
    """A meeting, in minutes from the start of the line."""

    start: float
    end: float
    title: str


class Day(NamedTuple):
    """What the line shows. Minutes count from ``first_hour`` o'clock (which may be in the evening)."""

    first_hour: int
    hours: int  # how long the line is, in hours
    meetings: tuple[Span, ...] = ()
    pauses: tuple[float, ...] = ()  # offered pauses, minutes from the start
    now: float | None = None  # minutes from the start, or None when now is outside the line
    described: str = ""  # the same in words, for screen readers


class DayTimeline(QWidget):
    """One line for today. ``set_day`` gives it something to draw; ``set_theme`` its colours."""

    def __init__(self, theme: tokens.Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("homeTimeline")
        self.setAccessibleName(self.tr("Today's meetings and pauses"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._theme = theme
        self.day = Day(9, 9)

    def set_day(self, day: Day) -> None:
        self.day = day
        self.setAccessibleDescription(day.described)
        self.setToolTip(day.described)
        self.updateGeometry()
        self.update()

    def set_theme(self, theme: tokens.Theme) -> None:
        self._theme = theme
        self.update()

    def _small_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(max(1.0, self.font().pointSizeF() * tokens.TYPE_SMALL))
        return font

    def sizeHint(self) -> QSize:
        metrics = QFontMetrics(self._small_font())
        return QSize(480, tokens.space(tokens.SPACE_S) + self._bar_height() + metrics.height() * 2 + 6)

    def minimumSizeHint(self) -> QSize:
        return QSize(240, self.sizeHint().height())

    def _bar_height(self) -> int:
        return QFontMetrics(self.font()).height() + tokens.space(tokens.SPACE_S)

    def label_step(self) -> int:
        """Every how many hours an hour mark is written, so marks never crowd or get cut."""
        metrics = QFontMetrics(self._small_font())
        width = max(1, self.width() - 2 * tokens.SPACE_XS)
        per_hour = width / max(1, self.day.hours)
        need = metrics.horizontalAdvance("00") + tokens.space(tokens.SPACE_M)
        for step in (1, 2, 3, 4, 6):
            if per_hour * step >= need:
                return step
        return 12

    def paintEvent(self, _event: QPaintEvent) -> None:
        theme, day = self._theme, self.day
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        left, right = float(tokens.SPACE_XS), float(self.width() - tokens.SPACE_XS)
        span = max(1.0, day.hours * 60.0)

        def x(minutes: float) -> float:
            return left + (right - left) * min(max(minutes, 0.0), span) / span

        top = float(tokens.space(tokens.SPACE_S))
        bar = float(self._bar_height())
        middle = top + bar / 2
        high_contrast = theme.name == "high-contrast"
        # The day itself: a calm band.
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(theme.surface if not high_contrast else "#000000"))
        painter.drawRoundedRect(QRectF(left, top, right - left, bar), tokens.RADIUS_CONTROL, tokens.RADIUS_CONTROL)
        painter.setPen(QPen(QColor(theme.border), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(QRectF(left, top, right - left, bar), tokens.RADIUS_CONTROL, tokens.RADIUS_CONTROL)
        # Meetings as blocks, with their names where they fit.
        metrics = QFontMetrics(self._small_font())
        painter.setFont(self._small_font())
        for meeting in day.meetings:
            rect = QRectF(x(meeting.start), top + 3, max(3.0, x(meeting.end) - x(meeting.start)), bar - 6)
            painter.setPen(QPen(QColor(theme.text if high_contrast else theme.pacer_edge), 1))
            painter.setBrush(QColor("#000000" if high_contrast else theme.pacer))
            painter.drawRoundedRect(rect, 4, 4)
            name = meeting.title
            if name and metrics.horizontalAdvance(name) + 8 <= rect.width():
                painter.setPen(QColor(theme.text))
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, name)
        # Pauses offered, as dots on the line.
        radius = max(4.0, bar / 5)
        for at in day.pauses:
            painter.setPen(QPen(QColor(theme.window), 2))
            painter.setBrush(QColor(theme.accent))
            painter.drawEllipse(QPointF(x(at), middle), radius, radius)
        # Now, as a tick through the band.
        if day.now is not None:
            painter.setPen(QPen(QColor(theme.text), 2))
            painter.drawLine(QPointF(x(day.now), top - 3), QPointF(x(day.now), top + bar + 3))
        # Hour marks below, only as many as fit.
        painter.setPen(QColor(theme.muted))
        step = self.label_step()
        baseline = top + bar + 4 + metrics.ascent()
        for hour in range(0, day.hours + 1, step):
            text = f"{(day.first_hour + hour) % 24:02d}"
            width = metrics.horizontalAdvance(text)
            at = min(max(x(hour * 60) - width / 2, 0.0), self.width() - width)
            painter.drawText(QPointF(at, baseline), text)
        painter.end()
