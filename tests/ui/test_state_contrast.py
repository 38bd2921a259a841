"""Contrast measured from the pixels: each kind of list, table and button, in each theme, with a normal, selected,
focused (chosen or not) and hovered item, and disabled where a control can be; the words must stand out from what
is drawn behind them by WCAG 2.2 AA (4.5:1 for text), and a focused choice must never look chosen.

The colour behind the words is the commonest colour inside the item (its edge, where a focus ring is drawn, left
out); the words' colour is the pixel that stands out most from it among colours that recur (anti-aliased edges are
paler than the glyphs, so this is the glyph's own colour, never a lighter guess)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QItemSelectionModel, QPoint, QPointF, QRect, Qt
from PySide6.QtGui import QColor, QHoverEvent, QImage
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QListView,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from selfcompass.ui import theme as theme_module
from selfcompass.ui.theme import THEMES

TEXT = 4.5
WORDS = ("Hillside walk", "Kind words to yourself", "Quiet minute")


def luminance(c: QColor) -> float:
    def channel(v: int) -> float:
        s = v / 255
        return s / 12.92 if s <= 0.04045 else ((s + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue())


def ratio(a: QColor, b: QColor) -> float:
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def measure(image: QImage, rect: QRect, inset: int = 5) -> tuple[QColor, QColor, float]:
    """(background, text, their contrast) inside ``rect`` of ``image``."""
    inner = rect.adjusted(inset, inset, -inset, -inset).intersected(image.rect())
    counts: Counter[int] = Counter(image.pixel(x, y) for x in range(inner.left(), inner.right() + 1)
                                   for y in range(inner.top(), inner.bottom() + 1))
    assert counts, f"nothing drawn in {rect}"
    background = QColor.fromRgb(counts.most_common(1)[0][0])
    recurring = [QColor.fromRgb(rgb) for rgb, n in counts.items() if n >= 3]
    text = max(recurring, key=lambda c: ratio(c, background))
    return background, text, ratio(text, background)


@pytest.fixture(params=sorted(THEMES))
def themed(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The whole application in one theme (palette, fonts and style sheet), put back as it was afterwards."""
    palette, sheet, font = qapp.palette(), qapp.styleSheet(), qapp.font()
    theme_module.apply(qapp, request.param)
    yield request.param
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)
    qapp.setFont(font)


def show(qtbot, widget: QWidget, width: int = 360, height: int = 260) -> None:
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    widget.activateWindow()
    qtbot.waitExposed(widget)


def hover(view: QAbstractItemView, rect: QRect) -> None:
    """Put the pointer over ``rect`` as a mouse would (hover tracking on, as any style that draws hover has it)."""
    viewport = view.viewport()
    viewport.setAttribute(Qt.WidgetAttribute.WA_Hover, True)
    point = QPointF(rect.center())
    event = QHoverEvent(QEvent.Type.HoverMove, point, viewport.mapToGlobal(point), QPointF(-1, -1))
    QApplication.sendEvent(viewport, event)


def states_of(qtbot, view: QAbstractItemView, rows: list[QRect], *, selected: int, focused_only: int | None,
              hovered: int) -> dict[str, tuple[QColor, QColor, float]]:
    """Select one row with the focus on it, hover another; then the focus alone on a third (not chosen)."""
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    index = view.model().index(selected, 0)
    view.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                          | QItemSelectionModel.SelectionFlag.Rows)
    hover(view, rows[hovered])
    image = view.viewport().grab().toImage()
    normal = 3 - selected - hovered  # the row that is neither
    out = {"normal": measure(image, rows[normal]), "selected and focused": measure(image, rows[selected]),
           "hovered": measure(image, rows[hovered])}
    if focused_only is not None:
        view.selectionModel().setCurrentIndex(view.model().index(focused_only, 0),
                                              QItemSelectionModel.SelectionFlag.NoUpdate)
        image = view.viewport().grab().toImage()
        out["selected, focus elsewhere"] = measure(image, rows[selected])
        out["focused, not chosen"] = measure(image, rows[focused_only])
    return out


def check(states: dict[str, tuple[QColor, QColor, float]], what: str, theme_name: str) -> list[str]:
    return [f"{theme_name}, {what}, {state}: {fg.name()} on {bg.name()} is {r:.2f}:1"
            for state, (bg, fg, r) in states.items() if r < TEXT]


def focused_never_looks_chosen(states: dict[str, tuple[QColor, QColor, float]], what: str) -> list[str]:
    if "focused, not chosen" not in states:
        return []
    focused_bg = states["focused, not chosen"][0]
    chosen_bg = states["selected, focus elsewhere"][0]
    normal_bg = states["normal"][0]
    if focused_bg != normal_bg or focused_bg == chosen_bg:
        return [f"{what}: a focused row ({focused_bg.name()}) looks chosen ({chosen_bg.name()}), not like the "
                f"others ({normal_bg.name()})"]
    return []


def test_the_measure_reads_words_on_a_plain_background(qtbot, qapp) -> None:
    from PySide6.QtWidgets import QLabel

    label = QLabel("Hillside walk")
    label.setStyleSheet("QLabel { background: #ffffff; color: #767676; font-size: 14pt; }")
    show(qtbot, label, 200, 60)
    bg, fg, r = measure(label.grab().toImage(), label.rect())
    assert bg.name() == "#ffffff" and fg.name() == "#767676" and r == pytest.approx(4.54, abs=0.02)


def test_plain_lists_and_tables(themed: str, qtbot) -> None:
    failures: list[str] = []
    lw = QListWidget(objectName="navigation")
    lw.addItems([*WORDS, "Help"])
    show(qtbot, lw)
    rows = [lw.visualItemRect(lw.item(i)) for i in range(4)]
    states = states_of(qtbot, lw, rows, selected=1, focused_only=0, hovered=2)
    failures += check(states, "a list", themed) + focused_never_looks_chosen(states, "a list")

    table = QTableWidget(4, 2)
    for r, word in enumerate((*WORDS, "Help")):
        table.setItem(r, 0, QTableWidgetItem(word))
        table.setItem(r, 1, QTableWidgetItem(f"{r + 3} minutes"))
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setColumnWidth(0, 200)
    show(qtbot, table, 420)
    rows = [table.visualRect(table.model().index(i, 0)) for i in range(4)]
    states = states_of(qtbot, table, rows, selected=1, focused_only=0, hovered=2)
    failures += check(states, "a table", themed) + focused_never_looks_chosen(states, "a table")
    assert not failures, "\n".join(failures)


def test_the_practice_list(themed: str, qtbot, repo_root: Path) -> None:
    from selfcompass.core.practice_loader import load_library
    from selfcompass.ui.library import LibraryView

    library = load_library(repo_root / "practices", repo_root / "audio_scripts")
    view = LibraryView(library)
    show(qtbot, view, 900, 600)
    lst = view.list
    practice_rows = [i for i in range(lst.model().rowCount()) if lst.model().index(i, 0).flags()
                     & Qt.ItemFlag.ItemIsSelectable][:4]
    rows = [lst.visualRect(lst.model().index(i, 0)) for i in practice_rows]
    lst.setFocus()
    qtbot.waitUntil(lst.hasFocus)
    lst.selectionModel().setCurrentIndex(lst.model().index(practice_rows[1], 0),
                                         QItemSelectionModel.SelectionFlag.ClearAndSelect)
    hover(lst, rows[2])
    image = lst.viewport().grab().toImage()
    states = {"normal": measure(image, rows[0]), "selected and focused": measure(image, rows[1]),
              "hovered": measure(image, rows[2])}
    lst.selectionModel().setCurrentIndex(lst.model().index(practice_rows[3], 0),
                                         QItemSelectionModel.SelectionFlag.NoUpdate)
    image = lst.viewport().grab().toImage()
    states["selected, focus elsewhere"] = measure(image, rows[1])
    states["focused, not chosen"] = measure(image, rows[3])
    failures = check(states, "the practice list", themed) + focused_never_looks_chosen(states, "the practice list")
    assert not failures, "\n".join(failures)


class _Entries:
    """Three journal entries, answered at once (the list's EntrySource)."""

    def count(self, query, flt, on_done) -> None:  # type: ignore[no-untyped-def]
        on_done(3)

    def page(self, query, flt, after, offset, limit, on_done, on_error) -> None:  # type: ignore[no-untyped-def]
        from selfcompass.core.journal import EntrySummary

        when = datetime(2026, 12, 1, 9, tzinfo=UTC)
        on_done([EntrySummary(i + 1, f"u{i}", word, "A few words about the day, kindly.", ("work",), 3, when, when,
                              None) for i, word in enumerate(WORDS)][offset:offset + limit])


def test_the_journal_list(themed: str, qtbot) -> None:
    from selfcompass.core.journal import JournalFilter
    from selfcompass.ui.journal.model import JournalListModel
    from selfcompass.ui.journal.view import JournalView

    model = JournalListModel(_Entries())
    view = JournalView(model)
    view.set_locked(False)
    show(qtbot, view, 1280, 640)  # two columns (under ONE_COLUMN_WIDTH the list sits above the entry)
    model.reload("", JournalFilter())
    lst: QListView = view.list
    qtbot.waitUntil(lambda: model.rowCount() == 3)
    rows = [lst.visualRect(model.index(i, 0)) for i in range(3)]
    lst.setFocus()
    qtbot.waitUntil(lst.hasFocus)
    lst.selectionModel().setCurrentIndex(model.index(1, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect)
    hover(lst, rows[2])
    image = lst.viewport().grab().toImage()
    states = {"normal": measure(image, rows[0]), "selected and focused": measure(image, rows[1]),
              "hovered": measure(image, rows[2])}
    lst.selectionModel().setCurrentIndex(model.index(0, 0), QItemSelectionModel.SelectionFlag.NoUpdate)
    image = lst.viewport().grab().toImage()
    states["selected, focus elsewhere"] = measure(image, rows[1])
    states["focused, not chosen"] = measure(image, rows[0])
    states["normal"] = measure(image, rows[2])
    failures = check(states, "the journal list", themed) + focused_never_looks_chosen(states, "the journal list")
    assert not failures, "\n".join(failures)


def _buttons() -> dict[str, QPushButton]:
    plain, primary, choice, link = (QPushButton(text) for text in ("Save entry", "Take a pause", "3 · Okay",
                                                                    "Open it in my journal"))
    primary.setProperty("primary", True)
    choice.setCheckable(True)
    link.setProperty("role", "link")
    return {"a button": plain, "the main button": primary, "a choice": choice, "a link button": link}


@pytest.mark.parametrize("state", ["normal", "hovered", "focused", "disabled", "pressed", "chosen",
                                   "chosen and focused", "chosen and hovered"])
def test_buttons(themed: str, state: str, qtbot) -> None:
    failures: list[str] = []
    for what, button in _buttons().items():
        if "chosen" in state and not button.isCheckable():
            continue
        host = QWidget()
        host.setObjectName("host")
        button.setParent(host)
        button.move(12, 12)
        button.resize(max(button.sizeHint().width(), 220), button.sizeHint().height() + 6)
        show(qtbot, host, 260, 80)
        if "chosen" in state:
            button.setChecked(True)
        if "focused" in state:
            button.setFocus()
            qtbot.waitUntil(button.hasFocus)
        if "hovered" in state:
            button.setAttribute(Qt.WidgetAttribute.WA_UnderMouse, True)
        if state == "disabled":
            button.setEnabled(False)
        if state == "pressed":
            button.setDown(True)
        button.style().unpolish(button)
        button.style().polish(button)
        image = host.grab().toImage()
        bg, fg, r = measure(image, button.geometry(), inset=6)
        if r < TEXT:
            failures.append(f"{themed}, {what}, {state}: {fg.name()} on {bg.name()} is {r:.2f}:1")
        if state == "focused" and button.isCheckable():
            normal = QPushButton("3 · Okay")
            normal.setCheckable(True)
            normal.setParent(host)
            normal.move(12, 12)
            normal.resize(button.size())
            button.hide()
            normal.show()
            unfocused_bg = measure(host.grab().toImage(), normal.geometry(), inset=6)[0]
            chosen = QPushButton("3 · Okay")
            chosen.setCheckable(True)
            chosen.setChecked(True)
            chosen.setParent(host)
            chosen.move(12, 12)
            chosen.resize(button.size())
            normal.hide()
            chosen.show()
            chosen_bg = measure(host.grab().toImage(), chosen.geometry(), inset=6)[0]
            if bg == chosen_bg or bg != unfocused_bg:
                failures.append(f"{themed}: a focused choice ({bg.name()}) looks chosen ({chosen_bg.name()})")
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize("state", ["normal", "hovered", "focused", "disabled", "chosen", "chosen and disabled"])
def test_check_boxes_radio_buttons_and_fields(themed: str, state: str, qtbot) -> None:
    from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QRadioButton

    failures: list[str] = []
    for what, widget in (("a check box", QCheckBox("Spoken guidance")), ("a radio button", QRadioButton("Slower")),
                         ("a text field", QLineEdit("Box breathing")), ("a drop-down", QComboBox())):
        if isinstance(widget, QComboBox):
            widget.addItems(["Any length", "Under a minute"])
        if "chosen" in state and not isinstance(widget, QCheckBox | QRadioButton):
            continue
        host = QWidget()
        widget.setParent(host)
        widget.move(12, 12)
        widget.resize(240, widget.sizeHint().height() + 4)
        show(qtbot, host, 280, 80)
        if "chosen" in state:
            widget.setChecked(True)  # type: ignore[attr-defined]
        if state == "focused":
            widget.setFocus()
            qtbot.waitUntil(widget.hasFocus)
        if state == "hovered":
            widget.setAttribute(Qt.WidgetAttribute.WA_UnderMouse, True)
        if "disabled" in state:
            widget.setEnabled(False)
        widget.style().unpolish(widget)
        widget.style().polish(widget)
        image = host.grab().toImage()
        area = widget.geometry()
        if isinstance(widget, QCheckBox | QRadioButton):
            area = area.adjusted(28, 0, 0, 0)  # the words, not the box or circle
        bg, fg, r = measure(image, area, inset=3)
        if r < TEXT:
            failures.append(f"{themed}, {what}, {state}: {fg.name()} on {bg.name()} is {r:.2f}:1")
    assert not failures, "\n".join(failures)


def _focusable() -> dict[str, QWidget]:
    """One of each kind of control the pages use, as they are made there."""
    from PySide6.QtWidgets import (
        QCheckBox,
        QComboBox,
        QLineEdit,
        QPlainTextEdit,
        QRadioButton,
        QSlider,
        QSpinBox,
        QTabWidget,
        QTextBrowser,
    )

    widgets: dict[str, QWidget] = dict(_buttons())
    help_view = QTextBrowser(objectName="helpView")  # the help page
    help_view.setPlainText("How SelfCompass keeps your journal private")
    tabs = QTabWidget()  # Settings
    for title in ("Guidance and display", "Reminders"):
        tabs.addTab(QWidget(), title)
    table = QTableWidget(2, 2)  # behind each chart
    table.setItem(0, 0, QTableWidgetItem("Monday"))
    widgets.update({"a check box": QCheckBox("Spoken guidance"), "a radio button": QRadioButton("Every minute"),
                    "a text field": QLineEdit("Box breathing"), "a drop-down": QComboBox(), "a number": QSpinBox(),
                    "a text area": QPlainTextEdit("A note"), "a slider": QSlider(Qt.Orientation.Horizontal),
                    "a list": QListWidget(), "a table": table, "the help text": help_view, "tabs": tabs})
    return widgets


def focus_ring(before: QImage, after: QImage, rect: QRect) -> int:
    """How many pixels in and around ``rect`` changed with the focus by at least 3:1 (WCAG 2.2, 1.4.11)."""
    area = rect.adjusted(-4, -4, 4, 4).intersected(before.rect())
    return sum(1 for x in range(area.left(), area.right() + 1) for y in range(area.top(), area.bottom() + 1)
               if before.pixel(x, y) != after.pixel(x, y)
               and ratio(QColor.fromRgb(before.pixel(x, y)), QColor.fromRgb(after.pixel(x, y))) >= 3.0)


def test_focus_is_visible_on_every_kind_of_control(themed: str, qtbot) -> None:
    """Tabbing onto any control draws a ring around it: pixels as many as nine tenths of its outline (a ring drawn
    just inside the edge, with rounded corners, is a little shorter than the edge) change by 3:1 from how it looked
    without the focus."""
    failures: list[str] = []
    boxes = ("a list", "a table", "the help text", "a text area", "tabs")
    for what, widget in _focusable().items():
        host = QWidget()
        elsewhere = QPushButton("Elsewhere", host)
        elsewhere.move(300, 170)
        widget.setParent(host)
        widget.move(16, 16)
        widget.resize(240, 110 if what in boxes else widget.sizeHint().height() + 4)
        show(qtbot, host, 400, 220)
        elsewhere.setFocus()
        qtbot.waitUntil(elsewhere.hasFocus)
        before = host.grab().toImage()
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(lambda w=widget: QApplication.focusWidget() in (w, w.focusProxy()))
        after = host.grab().toImage()
        rect = widget.geometry()
        if what == "tabs":  # the ring is on the chosen tab
            bar = widget.tabBar()  # type: ignore[attr-defined]
            rect = bar.tabRect(0).translated(bar.mapTo(host, QPoint(0, 0)))
        outline = 2 * (rect.width() + rect.height())
        if (seen := focus_ring(before, after, rect)) < 0.9 * outline:
            failures.append(f"{themed}, {what}: the focus changes {seen} pixels by 3:1, under its outline's {outline}")
    assert not failures, "\n".join(failures)
