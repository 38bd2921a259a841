"""Layout helpers shared by the pages."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

#: Around a page's content, so every page's title starts in the same place.
PAGE_MARGINS = (24, 16, 24, 16)


def scrolling_body(page: QWidget, name: str = "", margins: tuple[int, int, int, int] = PAGE_MARGINS) -> QVBoxLayout:
    """Fill ``page`` with one frameless scroll area and return the layout of the widget inside it.

    The page then scrolls as a whole when the window is short, and what is on it keeps its size instead of being
    squashed over its neighbours. ``name`` is what a screen reader calls the scrolling area (the page's title).
    """
    scroll = QScrollArea(page)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setAccessibleName(name)
    body = QWidget()
    scroll.setWidget(body)
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroll)
    layout = QVBoxLayout(body)
    layout.setContentsMargins(*margins)
    return layout
