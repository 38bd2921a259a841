"""Small stand-ins that let the first window be built and painted without PySide6's ``Qt`` namespace.

Naming any member of ``PySide6.QtCore.Qt`` (``Qt.ItemDataRole.UserRole``, ``Qt.AlignmentFlag.AlignLeft``), or
calling a method one of whose overloads takes such a member (``QAction.setShortcut``, ``QPainter.setPen``,
``QFontMetrics.elidedText``), makes PySide6 build all 93 of the namespace's enums at once: about 124 million
instructions, 20 ms or so on the machines measured, the largest single part of start-up beyond a bare window.
The screens on the way to the first frame (the main window, the library, the journal's menu) use what is here
instead, and the rest of the app names ``Qt`` freely: it is built anyway once the deferred features start, after
the first frame. ``tests/test_startup.py`` checks that the first frame is painted without it.
See docs/architecture.md, "Start-up".
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction, QFontMetrics, QKeySequence

#: ``Qt.ItemDataRole.UserRole``: the first role free for the app's own data (tests check it is Qt's number).
USER_ROLE = 0x0100
ELLIPSIS = "…"


def elided(metrics: QFontMetrics, text: str, width: int) -> str:
    """``text`` cut to fit ``width`` pixels, ending in an ellipsis when cut (``QFontMetrics.elidedText`` with
    ``Qt.TextElideMode.ElideRight``, found by halving rather than one character at a time)."""
    if metrics.horizontalAdvance(text) <= width:
        return text
    lo, hi = 0, len(text)  # the longest fitting prefix is at least lo and less than hi characters
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if metrics.horizontalAdvance(text[:mid].rstrip() + ELLIPSIS) <= width:
            lo = mid
        else:
            hi = mid
    return text[:lo].rstrip() + ELLIPSIS if lo else ELLIPSIS


def new_action(parent: object, text: str, slot: Callable[[], object],
               shortcut: str | QKeySequence | QKeySequence.StandardKey | None = None) -> QAction:
    """An action that calls ``slot``, with its keyboard shortcut (a key sequence, its text, or a standard key,
    which brings every binding the platform has for it)."""
    action = QAction(text, parent)
    if isinstance(shortcut, QKeySequence.StandardKey):
        action.setShortcuts(shortcut)
    elif isinstance(shortcut, QKeySequence):
        action.setShortcuts([shortcut])  # the list form: setShortcut's overloads build Qt
    elif shortcut:
        action.setShortcuts([QKeySequence(shortcut)])  # from its text: copying a QKeySequence builds Qt too
    action.triggered.connect(slot)
    return action


def two_lines(metrics: QFontMetrics, text: str, width: int) -> tuple[str, str]:
    """``text`` wrapped at a space to fit ``width`` pixels on two lines, the second cut to fit (with an ellipsis) if
    even two are not enough. The second is "" when the first holds it all."""
    if metrics.horizontalAdvance(text) <= width:
        return text, ""
    words = text.split(" ")
    lo, hi = 1, len(words)  # at least one word on the first line, even one wider than the line (it is cut)
    while hi - lo > 1:  # the most words that fit on the first line
        mid = (lo + hi) // 2
        if metrics.horizontalAdvance(" ".join(words[:mid])) <= width:
            lo = mid
        else:
            hi = mid
    first = " ".join(words[:lo])
    if metrics.horizontalAdvance(first) > width:
        return elided(metrics, first, width), elided(metrics, " ".join(words[lo:]), width)
    return first, elided(metrics, " ".join(words[lo:]), width)


def wrapped(metrics: QFontMetrics, text: str, width: int, most: int) -> list[str]:
    """``text`` wrapped at spaces to fit ``width`` pixels on at most ``most`` lines, the last cut to fit (with an
    ellipsis) if even those are not enough; a word wider than a line is cut on its own line. Joined with spaces, the
    lines give ``text`` back whenever nothing was cut."""
    words = text.split(" ")
    out: list[str] = []
    while words and len(out) < most - 1:
        rest = " ".join(words)
        if metrics.horizontalAdvance(rest) <= width:
            return [*out, rest]
        lo, hi = 1, len(words)  # the most words that fit on this line (at least one)
        while hi - lo > 1:
            mid = (lo + hi) // 2
            if metrics.horizontalAdvance(" ".join(words[:mid])) <= width:
                lo = mid
            else:
                hi = mid
        out.append(elided(metrics, " ".join(words[:lo]), width))
        words = words[lo:]
    if words:
        out.append(elided(metrics, " ".join(words), width))
    return out
