"""What a feature is given when it is installed: a small typed context, never the app itself."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtWidgets import QApplication

    from selfcompass.core.clock import Clock, Timers
    from selfcompass.core.lazy import Lazy
    from selfcompass.core.library import Library
    from selfcompass.core.settings import Settings
    from selfcompass.paths import AppPaths
    from selfcompass.storage.worker import DatabaseWorker
    from selfcompass.ui.main_window import MainWindow
    from selfcompass.ui.theme import Theme


class FeatureContext(NamedTuple):
    """The shared parts every feature may use. Heavy parts are ``Lazy``: made on first use, so installing a feature
    costs nothing before the first window. A NamedTuple, as it is made on the way to the first window (a dataclass
    costs several million instructions to define there; see docs/architecture.md, "Start-up")."""

    qapp: QApplication
    paths: AppPaths
    settings: Settings
    clock: Clock
    library: Library
    window: MainWindow
    #: The one timer service (one-shots at wall-clock moments, repeating tickers); a fake in tests.
    timers: Lazy[Timers]
    #: The database worker: one thread owns the database; jobs go in, results come back by signal.
    database: Lazy[DatabaseWorker]
    #: Change a setting for the person (saved, applied, then announced on ``setting_changed``).
    change_setting: Callable[[str, Any], None]
    #: A setting changed (its key); features re-read what they need.
    setting_changed: SignalInstance
    #: The theme in use now (it changes when the person picks another).
    theme: Callable[[], Theme]
    #: A calm line in the window, for something the person should know.
    notice: Callable[[str], None]
