"""The breathing pacer: a soft circle that grows on the in-breath and shrinks on the out-breath.

With reduced motion it stays still: a steady ring with the phase in words and a count, so nothing on
screen moves.
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
