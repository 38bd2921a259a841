"""One visual language: every page's spacing comes from the design tokens in ui/theme.py, never raw numbers, and
no screen has more than one filled (primary) button.

The first check reads the source of selfcompass/ui (no widgets are built): a margin or spacing written as a number
other than 0 outside theme.py fails, with the file and line, so the next page added keeps the rule
(docs/home-and-first-run.md, "Design tokens").
"""

from __future__ import annotations

import ast
from pathlib import Path

from PySide6.QtWidgets import QApplication, QPushButton, QWidget

import selfcompass.ui
from selfcompass.ui.main_window import REACHED_FROM, SIDEBAR

UI = Path(selfcompass.ui.__file__).parent
#: Layout calls that set space; their arguments must be tokens (or 0, for "none").
SPACING_CALLS = {"setContentsMargins", "setSpacing", "addSpacing", "setHorizontalSpacing", "setVerticalSpacing"}


def raw_numbers(source: str) -> list[tuple[int, str, object]]:
    """(line, call, number) for each spacing call in ``source`` given a number other than 0."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in SPACING_CALLS:
            for arg in node.args:
                for part in ast.walk(arg):
                    if (isinstance(part, ast.Constant) and isinstance(part.value, int | float)
                            and not isinstance(part.value, bool) and part.value != 0):
                        found.append((node.lineno, node.func.attr, part.value))
    return found


def test_pages_use_the_spacing_tokens_not_raw_numbers() -> None:
    failures = []
    for path in sorted(UI.rglob("*.py")):
        if path.name == "theme.py":  # where the numbers are named
            continue
        for line, call, number in raw_numbers(path.read_text(encoding="utf-8")):
            failures.append(f"{path.relative_to(UI.parent)}:{line}: {call} is given {number}; use a token from "
                            "ui/theme.py (SPACE_*, PAGE_MARGIN, with space())")
    assert not failures, "\n".join(failures)


def raw_type_sizes(source: str) -> list[int]:
    """Lines where a font size is a raw multiple (``setPointSizeF(x * 1.4)``) instead of a TYPE_* token."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "setPointSizeF":
            for part in ast.walk(node.args[0]) if node.args else ():
                if (isinstance(part, ast.BinOp) and isinstance(part.op, ast.Mult)
                        and any(isinstance(side, ast.Constant) and isinstance(side.value, float)
                                for side in (part.left, part.right))):
                    found.append(node.lineno)
    return found


def test_type_sizes_are_tokens_not_raw_multiples() -> None:
    failures = [f"{path.relative_to(UI.parent)}:{line}: a font size is a raw multiple; use TYPE_* from ui/theme.py"
                for path in sorted(UI.rglob("*.py")) if path.name != "theme.py"
                for line in raw_type_sizes(path.read_text(encoding="utf-8"))]
    assert not failures, "\n".join(failures)
    assert raw_type_sizes("f.setPointSizeF(f.pointSizeF() * 1.4)\nf.setPointSizeF(f.pointSizeF() * TYPE_TITLE)") == [1]


def test_the_check_is_not_vacuous() -> None:
    source = ("lay.setContentsMargins(0, 0, 0, 0)\n"
              "lay.setContentsMargins(margin, margin - SPACE_S, margin, space(SPACE_L))\n"
              "lay.setSpacing(10)\n"
              "row.addSpacing(space(SPACE_L) + 2)\n")
    assert raw_numbers(source) == [(3, "setSpacing", 10), (4, "addSpacing", 2)]


def primary_buttons(root: QWidget) -> list[str]:
    """The filled (primary) buttons a person can see in ``root``'s window."""
    return [b.objectName() or b.text() for b in root.window().findChildren(QPushButton)
            if b.property("primary") and b.isVisible()]


def test_each_screen_has_at_most_one_primary_button(make_app, qtbot) -> None:
    from selfcompass.features import insights
    from selfcompass.ui.dialogs import SettingsDialog

    app = make_app()
    app.window.show()
    app.install_features()
    if "insights" not in app.features:
        app.insights = insights.install(app.context)
    qtbot.waitExposed(app.window)
    win = app.window
    win.resize(1280, 720)  # wide enough for the practice list and its details side by side
    screens: dict[str, list[str]] = {}

    def visit(name: str, root: QWidget = win) -> None:
        QApplication.processEvents()
        screens[name] = primary_buttons(root)

    for key in (*SIDEBAR, *REACHED_FROM):
        win.show_page(key)
        visit(f"page {key}")
    win.show_page("library")
    win.library_view.select("box-breathing")
    visit("the practice list with a practice chosen")
    app.start_practice("box-breathing")
    visit("the player")
    app.player.stop()
    visit("the end screen")
    app.player.finish()
    timer = next(p for p in app.library.sorted() if p.is_timer)
    app.start_practice(timer.id)
    visit("the timer's setup")
    app.player.cancel_timer()
    app.open_chooser()
    visit("the chooser", app.practice.chooser)
    app.practice.chooser.reject()
    dialog = SettingsDialog(app.settings, app.paths, list, app.change_setting, parent=win)
    dialog.show()
    visit("Settings", dialog)
    dialog.reject()

    crowded = {screen: names for screen, names in screens.items() if len(names) > 1}
    assert not crowded, "More than one filled button on a screen:\n" + "\n".join(
        f"  {screen}: {', '.join(names)}" for screen, names in crowded.items())
    assert screens["page home"] == ["homePause"] and screens["the end screen"] == ["doneButton"]
