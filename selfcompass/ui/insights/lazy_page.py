"""A page that builds its content the first time it is shown, and says each time it is shown."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget


class LazyPage(QWidget):
    """Builds its content with ``build`` on first showing (or ``ensure()``), and calls ``on_show`` every time."""

    def __init__(self, build: Callable[[], QWidget], on_show: Callable[[], None] | None = None,
                 name: str = "") -> None:
        super().__init__()
        self.setObjectName(name)
        self._build = build
        self._on_show = on_show
        self.content: QWidget | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def ensure(self) -> QWidget:
        if self.content is None:
            self.content = self._build()
            self._layout.addWidget(self.content)
            self.content.show()  # now, not on the next event-loop turn, so Tab can reach it at once
        return self.content

    def showEvent(self, event: QShowEvent) -> None:
        self.ensure()
        if self._on_show is not None:
            self._on_show()
        super().showEvent(event)
