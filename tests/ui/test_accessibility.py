"""Every focusable control on every screen has a name a screen reader can say, read through QAccessible itself."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from selfcompass.features import insights

CONTROLS = (QAbstractButton, QComboBox, QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSlider, QAbstractSpinBox,
            QAbstractItemView)  # list views, and the tables behind each chart


def accessible_name(widget: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(widget)
    return iface.text(QAccessible.Text.Name).strip() if iface is not None else ""


def _inside_a_compound(widget: QWidget) -> bool:
    """Parts of a combo box or spin box (its line edit, its pop-up list) are named through their owner."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QComboBox | QAbstractSpinBox):
            return True
        parent = parent.parentWidget()
    return False


def unnamed_controls(root: QWidget) -> list[str]:
    out = []
    for w in [root, *root.findChildren(QWidget)]:
        if not isinstance(w, CONTROLS) or w.focusPolicy() == Qt.FocusPolicy.NoFocus or _inside_a_compound(w):
            continue
        if not w.isVisibleTo(root.window()) and not w.isVisible():
            continue
        if not accessible_name(w):
            out.append(f"{type(w).__name__} {w.objectName() or '(no object name)'} in "
                       f"{type(w.parentWidget()).__name__ if w.parentWidget() else '-'}")
    return out


@pytest.fixture
def app(make_app, qtbot):
    app = make_app()
    app.window.show()
    app.install_features()  # reminders, the journal and anything else that plugs in after the first show
    if "insights" not in app.features:
        app.insights = insights.install(app.context)
    qtbot.waitExposed(app.window)
    return app


def visit(app, qtbot, screens: dict[str, list[str]], name: str, root: QWidget | None = None) -> None:
    QApplication.processEvents()
    screens[name] = unnamed_controls(root or app.window)


def test_every_screen_names_its_controls(app, qtbot) -> None:
    win = app.window
    screens: dict[str, list[str]] = {}
    visit(app, qtbot, screens, "library")
    for row in range(win.nav.count()):
        key = win.nav.item(row).data(Qt.ItemDataRole.UserRole)
        win.show_page(key)
        if key == "insights":
            qtbot.waitUntil(lambda: app.insights.insights.data is not None, timeout=10_000)
        visit(app, qtbot, screens, f"page {key}")
    app.insights.checkin.answer("kind-voice", 3)
    visit(app, qtbot, screens, "check-in answered")

    win.show_page("library")
    win.library_view.select("box-breathing")
    visit(app, qtbot, screens, "library with a practice chosen")
    app.start_practice("box-breathing")
    visit(app, qtbot, screens, "player running")
    app.player.toggle_pause()
    visit(app, qtbot, screens, "player paused")
    app.player.stop()
    visit(app, qtbot, screens, "end screen")
    app.player.finish()

    from selfcompass.ui.dialogs import SettingsDialog

    dialog = SettingsDialog(app.settings, app.paths, lambda: [("v1", "A voice")], app.change_setting, parent=win)
    dialog.show()
    visit(app, qtbot, screens, "settings dialog", dialog)
    dialog.reject()
    app.show_welcome()
    visit(app, qtbot, screens, "welcome dialog", app.welcome)
    app.welcome.reject()

    failures = {screen: names for screen, names in screens.items() if names}
    assert not failures, "Controls without an accessible name:\n" + "\n".join(
        f"  {screen}: {', '.join(names)}" for screen, names in failures.items())
    assert len(screens) >= 10


def test_the_check_is_not_vacuous(qtbot) -> None:
    """A bare button with no text and no name is caught; a named one passes."""
    from PySide6.QtWidgets import QPushButton, QVBoxLayout

    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    bare, named = QPushButton(), QPushButton()
    bare.setObjectName("bare")
    named.setAccessibleName("Named")
    layout.addWidget(bare)
    layout.addWidget(named)
    root.show()
    assert unnamed_controls(root) == ["QPushButton bare in QWidget"]
