"""Shared layout helpers: form labels line up with their fields; pages scroll rather than squash."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QComboBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QWidget

from selfcompass.ui import theme
from selfcompass.ui.layout import centre_form_labels, scrolling_body


def centre(widget: QWidget) -> int:
    g = widget.geometry()
    return g.top() + g.height() // 2


def test_labels_sit_level_with_one_line_fields_and_at_the_top_of_text_areas(qtbot) -> None:
    app = QApplication.instance()
    before = app.styleSheet()
    theme.apply(app, "light")  # the padded fields that made labels sit high
    try:
        check_labels(qtbot)
    finally:
        app.setStyleSheet(before)


def check_labels(qtbot) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    form = QFormLayout(page)
    name, choice, notes = QLineEdit(), QComboBox(), QPlainTextEdit()
    choice.addItem("One")
    for text, field in (("Name", name), ("Choice", choice), ("Notes", notes)):
        form.addRow(text, field)
    centre_form_labels(form)
    page.show()
    qtbot.waitExposed(page)
    label = {text: form.labelForField(field) for text, field in (("Name", name), ("Choice", choice), ("Notes", notes))}
    assert abs(centre(label["Name"]) - centre(name)) <= 1
    assert abs(centre(label["Choice"]) - centre(choice)) <= 1
    assert label["Notes"].geometry().top() <= notes.geometry().top() + 8  # beside a text area: at its top
    assert isinstance(label["Name"], QLabel)


def test_a_scrolling_page_keeps_its_content_whole_in_a_short_window(qtbot) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    body = scrolling_body(page, "A page")
    tall = QPlainTextEdit()
    tall.setMinimumHeight(600)
    body.addWidget(tall)
    page.resize(500, 300)
    page.show()
    qtbot.waitExposed(page)
    assert tall.height() >= 600  # not squashed: the page scrolls instead


def test_the_style_sheet_comes_once_the_window_is_built_and_the_detail_pane_sizes_to_it(make_app, qtbot) -> None:
    """Start-up sets the style sheet after building the window (selfcompass/ui/theme.py, apply). The detail pane
    must then ask for the size of its styled page, not the one its scroll area saw before the sheet."""
    app = make_app()
    assert "QListView::item" in app.qapp.styleSheet()
    detail = app.window.library_view.detail
    page = detail._scroll.widget()
    assert detail.sizeHint() == page.sizeHint()
    before, sheet = detail.sizeHint(), app.qapp.styleSheet()
    app.qapp.setStyleSheet(sheet + 'QLabel[role="title"] { font-size: 40pt; }')  # a larger title
    try:
        assert detail.sizeHint().height() > before.height()
    finally:
        app.qapp.setStyleSheet(sheet)
