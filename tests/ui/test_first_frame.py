"""The stand-ins the first frame uses instead of PySide6's ``Qt`` namespace do what Qt's own calls would."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeySequence, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from selfcompass.ui import theme
from selfcompass.ui.first_frame import ELLIPSIS, USER_ROLE, elided, new_action


def test_user_role_is_qts_number() -> None:
    assert Qt.ItemDataRole.UserRole.value == USER_ROLE


@settings(max_examples=150, deadline=None)
@given(text=st.text(alphabet=st.characters(codec="utf-8", categories=("L", "N", "P", "Zs")), max_size=80),
       width=st.integers(min_value=0, max_value=400))
def test_elided_text_fits_and_keeps_the_start(qapp: QApplication, text: str, width: int) -> None:
    metrics = QFontMetrics(QFont())
    shown = elided(metrics, text, width)
    if metrics.horizontalAdvance(text) <= width:
        assert shown == text
        return
    assert shown.endswith(ELLIPSIS)
    kept = shown[:-len(ELLIPSIS)]
    assert text.startswith(kept)
    assert kept == "" or metrics.horizontalAdvance(shown) <= width
    # Nothing longer would have fitted: one more character (where it is not a space) runs over.
    longer = text[:len(kept) + 1].rstrip()
    if len(longer) > len(kept) and kept:
        assert metrics.horizontalAdvance(longer + ELLIPSIS) > width or not text[len(kept):].strip()


def test_elided_matches_qt_for_an_ordinary_summary(qapp: QApplication) -> None:
    metrics = QFontMetrics(QFont())
    summary = "Three breaths with a long, slow breath out, like a sigh of relief before the next thing."
    width = metrics.horizontalAdvance(summary) // 2
    ours = elided(metrics, summary, width)
    qts = metrics.elidedText(summary, Qt.TextElideMode.ElideRight, width)
    assert abs(len(ours) - len(qts)) <= 2, (ours, qts)


def test_new_action_takes_text_key_sequences_and_standard_keys(qapp: QApplication) -> None:
    parent = QWidget()
    called: list[str] = []
    by_text = new_action(parent, "&Journal", lambda: called.append("journal"), "Ctrl+2")
    by_sequence = new_action(parent, "&Practices", lambda: None, QKeySequence("Ctrl+1"))
    standard = new_action(parent, "&Quit", lambda: None, QKeySequence.StandardKey.Quit)
    plain = new_action(parent, "&Delete entry", lambda: None)
    assert by_text.shortcut() == QKeySequence("Ctrl+2")
    assert by_sequence.shortcut() == QKeySequence("Ctrl+1")
    assert standard.shortcuts() == QKeySequence.keyBindings(QKeySequence.StandardKey.Quit)
    assert plain.shortcut().isEmpty()
    by_text.trigger()
    assert called == ["journal"]
    parent.deleteLater()


def test_system_dark_is_read_from_the_palette_qt_started_with(qapp: QApplication) -> None:
    saved_palette, saved_dark = qapp.palette(), qapp.property(theme.SYSTEM_DARK)
    saved_sheet, saved_font = qapp.styleSheet(), qapp.font()
    try:
        dark = QPalette()
        dark.setColor(QPalette.ColorRole.Window, QColor("#202020"))
        dark.setColor(QPalette.ColorRole.WindowText, QColor("#f0f0f0"))
        qapp.setPalette(dark)
        qapp.setProperty(theme.SYSTEM_DARK, None)
        assert theme.apply(qapp, "system").name == "dark"
        # Once SelfCompass has set its own colours they no longer say what the system wants: a light theme chosen
        # now and "system" again still gives dark.
        assert theme.apply(qapp, "light").name == "light"
        assert theme.apply(qapp, "system").name == "dark"
        qapp.setProperty(theme.SYSTEM_DARK, False)
        assert theme.apply(qapp, "system").name == "light"
    finally:
        qapp.setProperty(theme.SYSTEM_DARK, saved_dark)
        qapp.setPalette(saved_palette)
        qapp.setStyleSheet(saved_sheet)
        qapp.setFont(saved_font)
