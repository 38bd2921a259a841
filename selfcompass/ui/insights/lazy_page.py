"""A page that builds its content the first time it is shown, says each time it is shown or hidden, and can let its
content go while hidden (it is built again on the next showing)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget


class LazyPage(QWidget):
    """Builds its content with ``build`` on first showing (or ``ensure()``), and calls ``on_show`` every time it is
    shown and ``on_hide`` every time it is hidden."""

    def __init__(self, build: Callable[[], QWidget], on_show: Callable[[], None] | None = None,
                 name: str = "", on_hide: Callable[[], None] | None = None) -> None:
        super().__init__()
        self.setObjectName(name)
        self._build = build
        self._on_show = on_show
        self._on_hide = on_hide
        self.content: QWidget | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def ensure(self) -> QWidget:
        if self.content is None:
            self.content = self._build()
            self._layout.addWidget(self.content)
            self.content.show()  # now, not on the next event-loop turn, so Tab can reach it at once
        return self.content

    def release(self) -> bool:
        """Let the content go while the page is not on screen, so its widgets (and, for Insights, its charts) stop
        holding memory; the next showing builds it again. Returns whether anything was let go."""
        if self.content is None or self.isVisible():
            return False
        import shiboken6

        content, self.content = self.content, None
        self._layout.removeWidget(content)
        shiboken6.delete(content)  # now, not later: the caller may then hand the memory back (off screen, so safe)
        return True

    def hideEvent(self, event: QHideEvent) -> None:
        if self._on_hide is not None:
            self._on_hide()
        super().hideEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        self.ensure()
        if self._on_show is not None:
            self._on_show()
        super().showEvent(event)
