"""The prompt card: calm, non-modal, never takes keyboard focus, fades by itself, kind buttons."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from selfcompass.core.reminders.planner import Due, Kind
from selfcompass.ui.prompt_card import PromptBanner, PromptCard

DUE = Due(datetime(2026, 3, 30, 10, tzinfo=UTC), Kind.TRANSITION, "'Board' has ended: a short pause.",
          "transition-pause")


@pytest.fixture
def card(qtbot: QtBot) -> Iterator[PromptCard]:
    c = PromptCard()
    qtbot.addWidget(c)
    yield c
    c.close_card()


def test_card_does_not_take_focus_from_the_active_window(qtbot: QtBot, card: PromptCard) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    editor = QLineEdit(window)
    QVBoxLayout(window).addWidget(editor)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus)
    qtbot.keyClicks(editor, "Dear team, ")
    card.show_due(DUE)
    qtbot.waitExposed(card)
    assert card.isVisible()
    assert QApplication.activeWindow() is window
    assert QApplication.focusWidget() is editor
    assert not card.isActiveWindow()
    qtbot.keyClicks(editor, "thank you")  # typing carries on where it was
    assert editor.text() == "Dear team, thank you"


def test_card_is_a_frameless_tool_window_that_refuses_focus(card: PromptCard) -> None:
    flags = card.windowFlags()
    assert flags & Qt.WindowType.Tool and flags & Qt.WindowType.FramelessWindowHint
    assert flags & Qt.WindowType.WindowDoesNotAcceptFocus
    assert card.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    assert not card.isModal()
    for b in (card.buttons.start, card.buttons.later, card.buttons.not_today):
        assert b.focusPolicy() == Qt.FocusPolicy.NoFocus


def test_card_sits_near_the_bottom_right(card: PromptCard) -> None:
    card.show_due(DUE)
    area = card.screen().availableGeometry()
    assert card.geometry().right() > area.center().x()
    assert card.geometry().bottom() > area.center().y()


def test_kind_words_and_buttons(qtbot: QtBot, card: PromptCard) -> None:
    card.show_due(DUE)
    assert card.title.text() == "Between meetings"
    assert [b.text() for b in (card.buttons.start, card.buttons.later, card.buttons.not_today)] == [
        "Start", "Later", "Not today"]
    with qtbot.waitSignal(card.start_requested) as blocker:
        qtbot.mouseClick(card.buttons.start, Qt.MouseButton.LeftButton)
    assert blocker.args == [DUE] and not card.isVisible()


def test_later_asks_for_thirty_minutes(qtbot: QtBot, card: PromptCard) -> None:
    card.show_due(DUE)
    with qtbot.waitSignal(card.later_requested) as blocker:
        qtbot.mouseClick(card.buttons.later, Qt.MouseButton.LeftButton)
    assert blocker.args == [DUE, 30]


def test_not_today(qtbot: QtBot, card: PromptCard) -> None:
    card.show_due(DUE)
    with qtbot.waitSignal(card.not_today_requested):
        qtbot.mouseClick(card.buttons.not_today, Qt.MouseButton.LeftButton)


def test_card_fades_by_itself(qtbot: QtBot, card: PromptCard) -> None:
    card.show_due(DUE)
    assert card._fade_timer.isActive() and card._fade_timer.interval() == 90_000
    with qtbot.waitSignal(card.faded) as blocker:
        card.fade_out(animate=False)  # what the fade timer does, without waiting 90 seconds
    assert blocker.args == [DUE] and not card.isVisible()


def test_banner_for_when_there_is_no_tray(qtbot: QtBot) -> None:
    banner = PromptBanner()
    qtbot.addWidget(banner)
    banner.show_due(DUE)
    assert "Between meetings" in banner.text.text()
    with qtbot.waitSignal(banner.later_requested) as blocker:
        qtbot.mouseClick(banner.buttons.later, Qt.MouseButton.LeftButton)
    assert blocker.args == [DUE, 30] and banner.isHidden()


def test_reduced_motion_hides_without_a_fade(qtbot: QtBot) -> None:
    card = PromptCard(reduced_motion=True)
    qtbot.addWidget(card)
    card.show_due(DUE)
    with qtbot.waitSignal(card.faded):
        card.fade_out()
    assert not card.isVisible()
