"""Light, dark and high-contrast palettes, following the system unless the person chooses.

Colours are chosen for WCAG AA contrast (4.5:1 for text, 3:1 for controls); no meaning is carried by colour
alone. The same colours drive the breathing pacer.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from selfcompass.paths import resource_dir


class Theme(NamedTuple):
    """A palette's colours, as #rrggbb.

    A NamedTuple, not a dataclass: it is defined on the way to the first window, where each dataclass costs
    several times as much (docs/architecture.md, "Start-up").
    """

    name: str
    window: str
    surface: str
    text: str
    muted: str
    accent: str
    accent_text: str
    pacer: str
    pacer_edge: str
    border: str


THEMES = {
    "light": Theme("light", "#f6f7f4", "#ffffff", "#1f2a2e", "#4d5b60", "#2f6b5f", "#ffffff",
                   "#a8d5c6", "#2f6b5f", "#7d8a86"),
    "dark": Theme("dark", "#1c2224", "#252d30", "#eef2f0", "#b4c0bc", "#8fd0bd", "#10201b",
                  "#3f7d6d", "#8fd0bd", "#7d8a86"),
    "high-contrast": Theme("high-contrast", "#000000", "#000000", "#ffffff", "#ffffff", "#ffff00", "#000000",
                           "#004d66", "#ffffff", "#ffffff"),
}


# -- design tokens (docs/design.md): every page uses these names, never raw numbers ---------------------------------
#: Spacing steps in pixels at the standard text size; ``space`` scales them with the person's text size.
SPACE_XS, SPACE_S, SPACE_M, SPACE_L, SPACE_XL, SPACE_XXL, SPACE_XXXL = 4, 8, 12, 16, 24, 32, 48
#: Around a page: 32 (24 when the window is narrow); between sections 24-32; inside cards 16-24.
PAGE_MARGIN, PAGE_MARGIN_NARROW = SPACE_XXL, SPACE_XL
#: Above a page's title and below its content (ui/layout.page_margins puts the four together).
PAGE_MARGIN_TOP, PAGE_MARGIN_BOTTOM = SPACE_XL, SPACE_L
#: Below this width (logical pixels) a window is narrow: one column, smaller margins.
NARROW_WIDTH = 1000
#: Below this window width (logical pixels) a list and its details share one column: the practice list opens a
#: practice's details in place of the list, and the journal puts its editor under its list.
ONE_COLUMN_WIDTH = 1100
#: Type, relative to the body size: display (Home's greeting), title (page titles), heading, body, small.
TYPE_DISPLAY, TYPE_TITLE, TYPE_HEADING, TYPE_BODY, TYPE_SMALL = 1.9, 1.5, 1.15, 1.0, 0.9
#: The player's captions: between a title and a display line, read from a step back.
TYPE_CAPTION = 1.3
#: Corner radii: controls and cards.
RADIUS_CONTROL, RADIUS_CARD = 8, 12
#: A dynamic property on the QApplication: the text size the person chose (1.0 standard), for ``space``.
TEXT_SCALE = "selfcompassTextScale"


def space(step: int) -> int:
    """A spacing token in pixels at the person's text size (large text gets proportionally more room)."""
    app = QApplication.instance()
    scale = app.property(TEXT_SCALE) if app is not None else None
    return round(step * float(scale or 1.0))


#: A dynamic property on the QApplication: whether the system's own palette, before SelfCompass set its own, was
#: dark (light words on a dark window).
SYSTEM_DARK = "selfcompassSystemDark"


def system_prefers_dark(app: QApplication) -> bool:
    """Whether the system asks for dark colours, judged from the palette Qt started with, which follows the
    system's light or dark setting on Windows, macOS and the Linux desktops (Qt 6.5 and later). It is read once,
    before the first theme replaces it. Asking ``styleHints().colorScheme()`` instead makes PySide6 build its
    whole ``Qt`` namespace before the first frame (see ui/first_frame.py)."""
    dark = app.property(SYSTEM_DARK)
    if dark is None:
        palette = app.palette()
        dark = palette.color(QPalette.ColorRole.WindowText).lightness() > palette.color(
            QPalette.ColorRole.Window).lightness()
        app.setProperty(SYSTEM_DARK, dark)
    return bool(dark)


def pick(name: str, system_dark: bool = False) -> Theme:
    if name == "system":
        return THEMES["dark" if system_dark else "light"]
    return THEMES.get(name, THEMES["light"])


#: Arguments that start Qt in the Fusion style (see make_qapp): asking ``app.style()`` for its name instead makes
#: PySide6 build the Python type of QStyle and its eleven large enums, about 7 ms before the first window.
FUSION_ARGS = ("-style", "fusion")
#: A dynamic property on the QApplication, set when it was started with FUSION_ARGS.
STARTED_IN_FUSION = "selfcompassStartedInFusion"


def apply(app: QApplication, theme_name: str, text_scale: float = 1.0, *, style_sheet: bool = True) -> Theme:
    """Colours, text size and the style sheet for ``theme_name`` ("system" follows the system).

    ``style_sheet=False`` leaves the style sheet for the caller to set with :func:`apply_style_sheet` once the
    first window is built: under an application style sheet every widget added to a parent re-runs Qt's style
    inheritance over its whole subtree, which made building the window cost about 7% of start-up. Set
    afterwards, Qt restyles each widget once. (See docs/architecture.md, "Start-up".)
    """
    theme = pick(theme_name, system_prefers_dark(app))
    if not app.property(STARTED_IN_FUSION):
        if app.style().name().lower() != "fusion":  # already Fusion on most Linux desktops; setting it again costs
            app.setStyle("Fusion")
        app.setProperty(STARTED_IN_FUSION, True)
    pal = QPalette()
    role = QPalette.ColorRole
    for r, colour in (
        (role.Window, theme.window), (role.Base, theme.surface), (role.AlternateBase, theme.window),
        (role.Text, theme.text), (role.WindowText, theme.text), (role.ButtonText, theme.text),
        (role.Button, theme.surface), (role.Highlight, theme.accent), (role.HighlightedText, theme.accent_text),
        (role.PlaceholderText, theme.muted), (role.ToolTipBase, theme.surface), (role.ToolTipText, theme.text),
        (role.Link, theme.accent), (role.Mid, theme.border),
    ):
        pal.setColor(r, QColor(colour))
    pal.setColor(QPalette.ColorGroup.Disabled, role.Text, QColor(theme.muted))
    pal.setColor(QPalette.ColorGroup.Disabled, role.ButtonText, QColor(theme.muted))
    app.setPalette(pal)
    font = QFont(app.font())
    base = QGuiApplication.font().pointSizeF() if QGuiApplication.font().pointSizeF() > 0 else 10.0
    font.setPointSizeF(max(9.0, min(base, 12.0)) * text_scale)
    app.setFont(font)
    app.setProperty(TEXT_SCALE, text_scale)
    if style_sheet:
        apply_style_sheet(app, theme, text_scale)
    return theme


def apply_style_sheet(app: QApplication, theme: Theme, text_scale: float = 1.0) -> None:
    """The style sheet for ``theme``: rounded fields and buttons, focus rings, the roles of labels. Radio buttons'
    circles are drawn here in the theme's own colours: Fusion's fade into a black window."""
    focus_width = 3 if theme.name == "high-contrast" else 2
    body = app.font().pointSizeF() if app.font().pointSizeF() > 0 else 10.0 * text_scale  # the type scale's 1.0
    # Fusion's own drop-down and spin buttons show as dark boxes inside the rounded borders, and a check box
    # styled here would lose its tick, so these are drawn from assets/<part>-<theme>.svg in the theme's colours.
    assets = resource_dir() / "assets"
    arrow, up, tick = ((assets / f"{part}-{theme.name}.svg").as_posix() for part in ("combo-arrow", "spin-up", "check"))
    app.setStyleSheet(f"""
        QWidget:focus {{ outline: none; }}
        QPushButton, QToolButton, QComboBox, QLineEdit, QPlainTextEdit, QTextEdit, QListView, QAbstractSpinBox {{
            border: 1px solid {theme.border}; border-radius: {RADIUS_CONTROL}px; padding: 5px 10px;
            background: {theme.surface}; color: {theme.text};
        }}
        QPushButton:disabled, QToolButton:disabled, QComboBox:disabled, QLineEdit:disabled, QPlainTextEdit:disabled,
        QTextEdit:disabled, QAbstractSpinBox:disabled {{ color: {theme.muted}; }}
        QPushButton:focus, QToolButton:focus, QComboBox:focus, QLineEdit:focus, QPlainTextEdit:focus,
        QTextEdit:focus, QListView:focus, QCheckBox:focus, QAbstractSpinBox:focus, QSlider:focus {{
            border: {focus_width}px solid {theme.accent};
        }}
        QRadioButton {{ border: {focus_width}px solid transparent; border-radius: {RADIUS_CONTROL}px;
            padding: 1px 4px; }}
        QRadioButton:focus {{ border-color: {theme.accent}; }}
        QRadioButton::indicator {{ width: 14px; height: 14px; border-radius: 9px; border: 2px solid {theme.text};
            background: {theme.surface}; }}
        QRadioButton::indicator:checked {{ background: {theme.accent}; }}
        QRadioButton::indicator:disabled {{ border-style: dotted; }}
        QTableView {{ border: {focus_width}px solid {theme.window}; }}
        QTableView:focus {{ border-color: {theme.accent}; }}
        QTabBar::tab {{ border: {focus_width}px solid transparent; border-radius: {RADIUS_CONTROL}px;
            padding: 3px 8px; }}
        QTabBar::tab:selected {{ border-bottom-color: {theme.accent}; font-weight: 600; }}
        QTabBar::tab:selected:focus {{ border-color: {theme.accent}; }}
        QTextBrowser#helpView {{ border: {focus_width}px solid transparent; background: transparent; padding: 0; }}
        QTextBrowser#helpView:focus {{ border-color: {theme.accent}; }}
        QComboBox {{ padding-right: 28px; }}
        QComboBox::drop-down {{ subcontrol-origin: padding; subcontrol-position: center right; width: 26px;
            border: none; }}
        QComboBox::down-arrow {{ image: url("{arrow}"); width: 12px; height: 12px; }}
        QAbstractSpinBox {{ padding-right: 26px; }}
        QAbstractSpinBox::up-button, QAbstractSpinBox::down-button {{ subcontrol-origin: border; width: 24px;
            border: none; background: transparent; }}
        QAbstractSpinBox::up-button {{ subcontrol-position: top right; }}
        QAbstractSpinBox::down-button {{ subcontrol-position: bottom right; }}
        QAbstractSpinBox::up-arrow {{ image: url("{up}"); width: 10px; height: 10px; }}
        QAbstractSpinBox::down-arrow {{ image: url("{arrow}"); width: 10px; height: 10px; }}
        QAbstractSpinBox::up-arrow:disabled, QAbstractSpinBox::up-arrow:off, QAbstractSpinBox::down-arrow:disabled,
            QAbstractSpinBox::down-arrow:off {{ image: none; }}
        QDateEdit::drop-down {{ subcontrol-origin: padding; subcontrol-position: center right; width: 26px;
            border: none; }}
        QDateEdit::down-arrow {{ image: url("{arrow}"); width: 12px; height: 12px; }}
        QDialogButtonBox {{ dialogbuttonbox-buttons-have-icons: 0; }}
        QPushButton[primary="true"] {{ background: {theme.accent}; color: {theme.accent_text};
            border-color: {theme.accent}; font-weight: 600; padding: 7px 18px; }}
        QPushButton[primary="true"]:disabled {{ background: {theme.surface}; color: {theme.muted};
            border-color: {theme.border}; }}
        QPushButton[primary="true"]:focus {{ border: {focus_width + 1}px solid {theme.accent_text}; }}
        QCheckBox::indicator {{ width: 15px; height: 15px; border: 2px solid {theme.muted}; border-radius: 3px;
            background: {theme.surface}; }}
        QCheckBox::indicator:checked {{ background: {theme.accent}; border-color: {theme.accent};
            image: url("{tick}"); }}
        QCheckBox::indicator:checked:disabled, QCheckBox::indicator:disabled {{ border-style: dotted; }}
        QPushButton:checked {{ background: {theme.accent}; color: {theme.accent_text}; }}
        QLabel[role="muted"] {{ color: {theme.muted}; }}
        QLabel[role="problem"] {{ color: {theme.text}; font-weight: 600; border-left: 3px solid {theme.accent};
            padding-left: 8px; }}
        QLabel[role="display"] {{ font-size: {body * TYPE_DISPLAY:.1f}pt; font-weight: 600; }}
        QLabel[role="title"] {{ font-size: {body * TYPE_TITLE:.1f}pt; font-weight: 600; }}
        QLabel[role="heading"] {{ font-size: {body * TYPE_HEADING:.1f}pt; font-weight: 600; }}
        QLabel[role="small"] {{ font-size: {body * TYPE_SMALL:.1f}pt; color: {theme.muted}; }}
        QLabel[role="step"] {{ font-size: {body * TYPE_DISPLAY:.1f}pt; }}
        QFrame[role="card"] {{ background: {theme.surface}; border: 1px solid {theme.border};
            border-radius: {RADIUS_CARD}px; }}
        QFrame[role="card"] QLabel {{ background: transparent; }}
        QPushButton[role="link"] {{ border: {focus_width}px solid transparent; background: transparent;
            color: {theme.accent}; text-decoration: underline;
            padding: 2px 4px; text-align: left; }}
        QPushButton[role="link"]:focus {{ border-color: {theme.accent}; }}
        QPushButton[role="big"] {{ font-size: {body * TYPE_HEADING:.1f}pt; padding: 12px 32px;
            border-radius: {RADIUS_CARD}px; }}
        QLabel[role="caption"] {{ font-size: {body * TYPE_CAPTION:.1f}pt; color: {theme.text};
            background: {theme.surface}; border-radius: 6px; padding: 6px 12px; }}
        QLabel[role="notice"] {{ background: {theme.surface}; border: 1px solid {theme.border};
            border-radius: 6px; padding: 6px 10px; }}
        QListView::item {{ padding: 2px; border: {focus_width}px solid transparent; border-radius: 4px; }}
        QListView::item:selected {{ background: {theme.accent}; color: {theme.accent_text}; }}
        QListView::item:focus {{ border-color: {theme.accent}; }}
        QListView::item:selected:focus {{ border-color: {theme.accent_text}; }}
        QProgressBar {{ border: 1px solid {theme.border}; border-radius: 4px; background: {theme.surface};
            height: 8px; text-align: center; }}
        QProgressBar::chunk {{ background: {theme.accent}; border-radius: 3px; }}
    """)


def pad_spin_box(box: QWidget) -> None:
    """Room before the text of a spin, time or date box: the style sheet's padding does not reach the line edit
    inside one, so its text would touch the border."""
    from PySide6.QtWidgets import QLineEdit

    edit = box.findChild(QLineEdit)
    if edit is not None:
        edit.setTextMargins(6, 0, 0, 0)
