"""The breathing pacer: a soft circle that grows on the in-breath and shrinks on the out-breath.

With reduced motion it stays still: a steady ring with the phase in words and a count, so nothing on
screen moves. For the unguided timer the same ring becomes a calm clock face: the time left in the middle and a
band that fills slowly round the ring as the minutes pass (a second's change is a sliver, never a movement).
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from selfcompass.core.session import BreathView


def phase_word(view: BreathView) -> str:
    """What to call this part of the breath, in the person's language."""
    return view.phase.label_text


class Pacer(QWidget):
    def __init__(self, fill: str = "#a8d5c6", edge: str = "#2f6b5f", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pacer")
        self.setAccessibleName(self.tr("Breathing guide"))
        self.setMinimumSize(QSize(220, 220))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._view: BreathView | None = None
        self._reduced = False
        self._fill = QColor(fill)
        self._edge = QColor(edge)
        self._last_phase: object = None
        self._timer: tuple[float, str] | None = None  # share of the time gone, and the time left in words

    def set_colours(self, fill: str, edge: str) -> None:
        self._fill, self._edge = QColor(fill), QColor(edge)
        self.update()

    def set_reduced_motion(self, reduced: bool) -> None:
        self._reduced = reduced
        self.update()

    @property
    def reduced_motion(self) -> bool:
        return self._reduced

    def set_view(self, view: BreathView | None) -> None:
        self._view = view
        if view is not None and view.phase != self._last_phase:
            self._last_phase = view.phase
            self.setAccessibleDescription(phase_word(view))
        self.update()

    def set_timer(self, fraction: float | None, left: str = "") -> None:
        """Show the timer face (``fraction`` of the time gone, ``left`` in the middle), or None to leave it."""
        timer = None if fraction is None else (min(1.0, max(0.0, fraction)), left)
        if timer != self._timer:
            if timer is not None and (self._timer is None or timer[1] != self._timer[1]):
                self.setAccessibleDescription(left)
            self._timer = timer
            self.update()

    @property
    def timer_text(self) -> str:
        """What the timer face shows in its middle ("" when it is not a timer)."""
        return self._timer[1] if self._timer is not None else ""

    def radius_fraction(self) -> float:
        """The drawn circle's size as a share of the largest (fixed when motion is reduced)."""
        if self._view is None or self._reduced:
            return 1.0
        return 0.35 + 0.65 * self._view.expansion

    def paintEvent(self, _event: object) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = min(self.width(), self.height()) - 16
        centre = QPointF(self.width() / 2, self.height() / 2)
        full = side / 2
        text_colour = self.palette().color(self.foregroundRole())
        # The guide ring: where the breath fills to.
        guide = QPen(self._edge, 2, Qt.PenStyle.DashLine if not self._reduced else Qt.PenStyle.SolidLine)
        painter.setPen(guide)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(centre, full, full)
        if self._timer is not None:
            self._paint_timer(painter, centre, full, text_colour)
            painter.end()
            return
        if self._view is None:
            painter.end()
            return
        if not self._reduced:
            r = full * self.radius_fraction()
            fill = QColor(self._fill)
            fill.setAlphaF(0.85)
            painter.setPen(QPen(self._edge, 2))
            painter.setBrush(fill)
            painter.drawEllipse(centre, r, r)
        font = QFont(self.font())
        font.setPointSizeF(max(11.0, full / 9))
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(text_colour)
        box = QRectF(centre.x() - full, centre.y() - full * 0.45, 2 * full, full * 0.45)
        painter.drawText(box, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, phase_word(self._view))
        font.setPointSizeF(max(14.0, full / 5))
        painter.setFont(font)
        box = QRectF(centre.x() - full, centre.y(), 2 * full, full * 0.5)
        painter.drawText(box, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, str(self._view.count))
        painter.end()

    def _paint_timer(self, painter: QPainter, centre: QPointF, full: float, text_colour: QColor) -> None:
        assert self._timer is not None
        gone, left = self._timer
        soft = QColor(self._fill)
        soft.setAlphaF(0.35)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(soft)
        painter.drawEllipse(centre, full * 0.82, full * 0.82)
        band = QPen(self._edge, max(4.0, full / 18))
        band.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(band)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        ring = QRectF(centre.x() - full, centre.y() - full, 2 * full, 2 * full)
        # From twelve o'clock, clockwise (Qt counts sixteenths of a degree, anticlockwise from three o'clock).
        painter.drawArc(ring, 90 * 16, -round(gone * 360 * 16))
        font = QFont(self.font())
        font.setPointSizeF(max(16.0, full / 4))
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(text_colour)
        box = QRectF(centre.x() - full, centre.y() - full / 2, 2 * full, full)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, left)
