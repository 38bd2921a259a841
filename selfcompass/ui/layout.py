"""Layout helpers shared by the pages."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QFrame, QLayoutItem, QScrollArea, QVBoxLayout, QWidget

from selfcompass.ui.theme import PAGE_MARGIN, PAGE_MARGIN_BOTTOM, PAGE_MARGIN_NARROW, PAGE_MARGIN_TOP, space


def page_margins(narrow: bool = False) -> tuple[int, int, int, int]:
    """Around every page's content (left, top, right, bottom), so each page's title starts in the same place: 32
    pixels at the sides (24 on a narrow window), 24 above, 16 below, grown with the person's text size."""
    side = space(PAGE_MARGIN_NARROW if narrow else PAGE_MARGIN)
    return side, space(PAGE_MARGIN_TOP), side, space(PAGE_MARGIN_BOTTOM)


def scrolling_body(page: QWidget, name: str = "") -> QVBoxLayout:
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
    layout.setContentsMargins(*page_margins())
    return layout


def centre_form_labels(form: QFormLayout) -> None:
    """Line each label up with its field. Qt's form layout gives a label at most 7/4 of its own height at the top of
    its row, so beside our padded fields the words sat a few pixels high; a label beside a one-line field now takes
    the field's height and is centred on it, while a label beside a text area stays at the top. Call it once the
    rows are added."""
    for row in range(form.rowCount()):
        label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
        widget = label.widget() if label is not None else None
        if widget is None or field is None:
            continue
        widget.ensurePolished()
        height = _height(field)
        if height < 2.5 * widget.sizeHint().height():  # one line of text, not a text area
            widget.setMinimumHeight(max(height, widget.sizeHint().height()))  # never shorter than its words


def _height(item: QLayoutItem | None) -> int:
    """The height ``item`` asks for, once the style sheet's padding is counted, whether or not it is on screen yet
    (a layout item reports nothing for a widget that has no parent)."""
    if item is None:
        return 0
    widget = item.widget()
    if widget is not None:
        widget.ensurePolished()
        return widget.sizeHint().height()
    layout = item.layout()
    if layout is None:
        return 0
    margins = layout.contentsMargins()
    return max((_height(layout.itemAt(n)) for n in range(layout.count())), default=0) + margins.top() + margins.bottom()


def delete_on_close(widget: QWidget) -> None:
    """Free ``widget`` once it is closed (dialogs opened again and again over weeks must not pile up). Qt is
    imported here, not at the top: naming it builds PySide6's whole ``Qt`` namespace (see ui/first_frame.py)."""
    from PySide6.QtCore import Qt

    widget.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
