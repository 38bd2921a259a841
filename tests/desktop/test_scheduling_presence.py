"""Presentation awareness back-ends, driven with fakes so they run on any platform."""

from __future__ import annotations

import pytest

from selfcompass.desktop.presentation import (
    Presence,
    UnknownPresence,
    WindowsNotificationState,
    X11FullScreen,
    detect_presence,
)


@pytest.mark.parametrize(("code", "state"), [(1, Presence.AWAY), (2, Presence.FULL_SCREEN),
                                             (3, Presence.FULL_SCREEN), (4, Presence.PRESENTING),
                                             (5, Presence.AVAILABLE), (6, Presence.AVAILABLE),
                                             (7, Presence.FULL_SCREEN), (99, Presence.UNKNOWN),
                                             (None, Presence.UNKNOWN)])
def test_windows_states(code: int | None, state: Presence) -> None:
    assert WindowsNotificationState(lambda: code).state() == state


def test_windows_shell_query_is_unknown_off_windows() -> None:
    if hasattr(__import__("ctypes"), "windll"):
        pytest.skip("on Windows the real call answers")
    assert WindowsNotificationState().state() == Presence.UNKNOWN


def test_x11_full_screen() -> None:
    answers = {
        ("xprop", "-root", "_NET_ACTIVE_WINDOW"): "_NET_ACTIVE_WINDOW(WINDOW): window id # 0x3a00007\n",
        ("xprop", "-id", "0x3a00007", "_NET_WM_STATE"): "_NET_WM_STATE(ATOM) = _NET_WM_STATE_FULLSCREEN\n",
    }
    assert X11FullScreen(lambda args: answers.get(tuple(args))).state() == Presence.FULL_SCREEN
    answers[("xprop", "-id", "0x3a00007", "_NET_WM_STATE")] = "_NET_WM_STATE(ATOM) = _NET_WM_STATE_FOCUSED\n"
    assert X11FullScreen(lambda args: answers.get(tuple(args))).state() == Presence.AVAILABLE


@pytest.mark.parametrize("answer", [None, "", "_NET_ACTIVE_WINDOW(WINDOW): window id # 0x0\n"])
def test_x11_unknown_when_unsure(answer: str | None) -> None:
    assert X11FullScreen(lambda args: answer).state() == Presence.UNKNOWN


def test_hold_prompts_only_when_sure() -> None:
    assert Presence.PRESENTING.hold_prompts and Presence.FULL_SCREEN.hold_prompts
    assert not Presence.UNKNOWN.hold_prompts and not Presence.AVAILABLE.hold_prompts


def test_detect_picks_a_quiet_fallback() -> None:
    assert detect_presence("darwin", {}).name == "unknown"
    assert detect_presence("linux", {"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"}).name == "unknown"
    assert detect_presence("win32", {}).name == "windows"
    assert isinstance(detect_presence("linux", {}), UnknownPresence)
