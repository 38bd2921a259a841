"""The composition root: builds paths, settings, the library, services and windows, and wires them.

This is the one place that knows the concrete parts. Everything heavy (the database and SQLAlchemy,
the speech engine, QtMultimedia) is created lazily, after the first window is on screen. Running what is built
(the event loop, and the steps that wait for the first frame) is :mod:`selfcompass.app.run`.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QApplication

from selfcompass import APP_ID, APP_NAME, __version__
from selfcompass.core.clock import Clock, SystemClock, TickerFactory, Timers
from selfcompass.core.lazy import Lazy
from selfcompass.core.library import Library
from selfcompass.core.settings import LockedSettingError, Settings
from selfcompass.features.context import FeatureContext
from selfcompass.paths import AppPaths, resource_dir
from selfcompass.storage.settings_file import load_settings, save_settings
from selfcompass.ui import theme as themes

if TYPE_CHECKING:
    from selfcompass.features.practice import NarratorFactory
    from selfcompass.storage.worker import DatabaseWorker
    from selfcompass.ui.player import PlayerView

log = logging.getLogger(__name__)

DatabaseOpener = Callable[[AppPaths], Any]


def default_opener(paths: AppPaths) -> Any:
    from selfcompass.storage import open_database

    return open_database(paths)


def load_default_library(cache_dir: Path | None = None, language: str = "") -> Library:
    from selfcompass.storage.library_cache import load_library_cached

    root = resource_dir()
    cache = cache_dir / "practices.cache" if cache_dir is not None else None
    return load_library_cached(root / "practices", root / "audio_scripts", cache, language)


def help_html() -> str:
    try:
        from selfcompass.core.help_text import help_html as translated_help
    except ImportError:  # pragma: no cover - the catalogue ships it
        return "<h2>Help</h2><p>If things feel hard, call NHS 111 or Samaritans on 116 123.</p>"
    return translated_help()


class SelfCompassApp(QObject):
    """The composition root for one run: makes the shared parts, installs each feature with a small context, and
    keeps the faces the features hand back. Features never see this object."""

    # A setting changed (its key); features re-read what they need.
    setting_changed = Signal(str)

    def __init__(self, qapp: QApplication, paths: AppPaths, *, settings: Settings | None = None,
                 library: Library | None = None, clock: Clock | None = None, timers: Timers | None = None,
                 narrator_factory: NarratorFactory | None = None, database_opener: DatabaseOpener | None = None,
                 instance_lock: Any = None) -> None:
        super().__init__()
        self.qapp = qapp
        self.paths = paths
        # The data folder's one-writer lock when start-up already holds it (selfcompass/startup.py); else the
        # journal claims the folder itself.
        self.instance_lock = instance_lock
        self.clock = clock or SystemClock()
        self.settings = settings or load_settings(paths.settings_file)
        from selfcompass.ui.translation import install_translators, route_core_text

        # The translation file in use ("" for UK English); the practice cache is kept per translation.
        self.translation = install_translators(qapp, self.settings["language"]) or ""
        route_core_text()
        self.library = library or load_default_library(paths.cache, self.translation)
        # The style sheet waits until the window is built (see themes.apply).
        self.theme = themes.apply(qapp, self.settings["theme"], self.settings["text_scale"], style_sheet=False)
        self._timers: Lazy[Timers] = Lazy(lambda: timers or _qt_timers(self.clock, self))
        opener = database_opener or default_opener
        self._database: Lazy[DatabaseWorker] = Lazy(lambda: self._made_database(opener))
        from selfcompass.ui.main_window import MainWindow

        self.window = MainWindow(self.library, help_html, hour=_local_hour(self.clock), theme_name=self.theme.name)
        from selfcompass.ui.keyboard import press_buttons_with_enter

        press_buttons_with_enter(self.qapp, self.window)  # Enter presses the focused button, as Space does
        self.window.restore_geometry(self.settings["window_geometry"])  # else sized from the screen
        self.window.setWindowTitle(APP_NAME)
        self.window.settings_requested.connect(self.open_settings)
        self.window.files_dropped.connect(self.open_files)
        self.window.closing.connect(self.shutdown)
        self.context = FeatureContext(qapp, paths, self.settings, self.clock, self.library, self.window,
                                      self._timers, self._database, self.change_setting, self.setting_changed,
                                      lambda: self.theme, self._notice)
        self.features: dict[str, Any] = {}
        self.files_to_open: list[str] = []
        self._shut_down = False
        for notice in self.settings.notices:
            log.warning("settings: %s", notice)
        from selfcompass.features import practice

        self.practice = practice.install(self.context, narrator_factory=narrator_factory)
        # The journal claims the data folder (one writer) and adds its page now; it builds on first use.
        from selfcompass.features import journal

        self.journal = journal.install(self.context, practice=self.practice, instance_lock=instance_lock)
        # Home's links, Coach mode behind "I coach others", and the first run when this is a first start.
        from selfcompass.features import home

        self.home = home.install(self.context, practice=self.practice)
        themes.apply_style_sheet(qapp, self.theme, self.settings["text_scale"])

    def _made_database(self, opener: DatabaseOpener) -> DatabaseWorker:
        from selfcompass.storage.worker import DatabaseWorker

        worker = DatabaseWorker(lambda: opener(self.paths), self)
        worker.job_failed.connect(self._notice)
        worker.opened.connect(self._let_go)  # its modules are in: the sources read on import can go
        return worker

    @Slot()
    def _let_go(self) -> None:  # on the UI thread (this object's), whichever thread emitted
        give_memory_back()

    # -- what the first features (old wiring) and tests reach through the app -------------------------------
    @property
    def timers(self) -> Timers:
        return self._timers.get()

    @property
    def database(self) -> DatabaseWorker:
        return self._database.get()

    @property
    def ticker_factory(self) -> TickerFactory:
        return lambda name, callback: self._timers.get().ticker(name, callback)

    def on_database(self, hook: Callable[[Any], None]) -> None:
        self._database.when_made(hook)

    @property
    def session_finished(self) -> Any:
        return self.practice.session_finished

    @property
    def player(self) -> PlayerView:
        return self.practice.player

    @property
    def player_busy(self) -> bool:
        return self.practice.busy

    @property
    def narrator(self) -> Any:
        return self.practice.narrator.get()

    @property
    def chooser(self) -> Any:
        return self.practice.chooser

    @property
    def recent_ids(self) -> list[str]:
        return self.practice.recent_ids

    @property
    def recorded(self) -> list[int]:
        return self.practice.recorded

    def start_practice(self, practice_id: str) -> None:
        self.practice.start_id(practice_id)

    def open_chooser(self, bucket: str = "3") -> None:
        self.practice.open_chooser(bucket)

    # -- files handed to the app ---------------------------------------------------------------------------
    def open_files(self, paths: list[str]) -> None:
        """A coach's sequence (.toml) or a calendar (.ics), dropped on the window or opened with the app."""
        reminders, sequences = self.features.get("reminders"), self.features.get("sequences")
        for raw in paths:
            path = Path(raw)
            if reminders is None or sequences is None:
                self._notice(self.tr("Sequences and calendars can be opened once SelfCompass has finished starting."))
            elif path.suffix.lower() == ".ics":
                self.window.show_page("calendar")
                reminders.import_calendar(str(path))
            elif path.suffix.lower() == ".toml":
                self.window.show_page("today")
                sequences.import_file(path)
            else:
                self._notice(self.tr("“{file}” is not a file SelfCompass opens (a coaching sequence or a calendar).")
                             .format(file=path.name))

    # -- settings --------------------------------------------------------------------------------
    def change_setting(self, key: str, value: Any) -> None:
        try:
            changed = self.settings.set(key, value)
        except LockedSettingError as exc:
            self._notice(str(exc))
            return
        if not changed:
            return
        try:
            save_settings(self.settings, self.paths.settings_file)
        except OSError as exc:
            #: {reason} is the system's words, such as "No space left on device".
            self._notice(self.tr("Your settings couldn't be saved ({reason}). They apply until you close the app.")
                         .format(reason=exc.strerror or exc))
        self._apply(key)
        self.setting_changed.emit(key)

    def _apply(self, key: str) -> None:
        s = self.settings
        if key in ("theme", "text_scale"):
            self.theme = themes.apply(self.qapp, s["theme"], s["text_scale"])
        elif key == "start_at_login":
            from selfcompass.desktop import autostart
            from selfcompass.errors import KnownError

            try:
                autostart.apply(s["start_at_login"])
            except KnownError as exc:
                self._notice(str(exc))

    def open_settings(self) -> None:
        from selfcompass.ui.dialogs import SettingsDialog
        from selfcompass.ui.layout import delete_on_close

        narrator = self.practice.narrator.get()
        #: A sample of the voice at the chosen pace ("Hear a sample" in Settings).
        sample = self.tr("Let's take a slow breath together. This is how I will sound.")
        dialog = SettingsDialog(self.settings, self.paths, list, self.change_setting,
                                voice_available=not narrator.unavailable_reason, parent=self.window,
                                hear_sample=lambda: narrator.speak(sample),
                                new_recovery_code=self.journal.make_new_recovery_code if self.journal.protected()
                                else None)
        listed = narrator.voices_listed

        def fill(voices: list[Any]) -> None:
            dialog.set_voices([(v.id, v.name, tuple(v.languages)) for v in voices])

        listed.connect(fill)
        narrator.request_voices()
        self.settings_dialog = dialog
        dialog.finished.connect(lambda _r: listed.disconnect(fill))
        delete_on_close(dialog)
        dialog.open()

    # -- start and stop --------------------------------------------------------------------------
    def after_first_show(self) -> None:
        """Things that may wait until the window is up: features, start at login, the welcome on a first start."""
        for step in self.deferred_steps():
            step()

    def deferred_steps(self) -> list[Callable[[], None]]:
        """``after_first_show`` as small steps, in order, for ``run_gui`` to run one per turn of the event loop."""
        def install(name: str) -> Callable[[], None]:
            return lambda: self.install_features(only=name)

        def the_rest() -> None:
            self._apply("start_at_login")  # an IT default takes effect, and a moved program is registered again
            if self.settings.managed_trouble:  # IT's file could not be read in full: said once, calmly
                self.window.show_notice(self.tr("Some of the settings your organisation chose for SelfCompass could "
                                                "not be read, so it keeps to the ones it could. Your IT team can "
                                                "check them."))
            if self.files_to_open:
                self.open_files(self.files_to_open)

        return [*(install(name) for name in DEFERRED_FEATURES), the_rest]

    def install_features(self, only: str | None = None, **options: dict[str, Any]) -> None:
        """The features that wait for the first window, in order (or only the one named); one that fails never stops
        the app."""
        # Each is imported here, statically, so the first window does without them.
        from selfcompass.features import insights, reminders, sequences

        def install_insights() -> insights.InsightsFeature:
            # Insights reads the meetings in the reminders feature's calendar, never the file a second time.
            held = self.features.get("reminders")  # its face (the module of that name is imported above)
            self.insights = insights.install(self.context, meetings=held.calendar.meetings if held else None)
            return self.insights

        steps: list[tuple[str, str, Callable[[], Any]]] = [
            ("reminders", self.tr("pauses, Today and the calendar"),
             lambda: reminders.install(self.context, practice=self.practice, **options.get("reminders", {}))),
            ("sequences", self.tr("coach sequences"),
             lambda: sequences.install(self.context, practice=self.practice,
                                       today_page=self.features["reminders"].today_page)),
            ("insights", self.tr("insights and the weekly check-in"),
             install_insights),
            ("home", self.tr("what Home shows"),
             lambda: self.home.attach(reminders=self.features.get("reminders"),
                                      sequences=self.features.get("sequences"))),
        ]
        for name, part, install in steps:
            if name in self.features or (only is not None and name != only):
                continue
            try:
                self.features[name] = install()
            except Exception:
                log.exception("The %s feature could not start", name)
                #: {part} names what could not start, such as "insights and the weekly check-in".
                self.window.show_notice(self.tr("Part of SelfCompass ({part}) could not start; everything else "
                                                "works.").format(part=part))

    def show_welcome(self) -> None:
        from selfcompass.ui.dialogs import WelcomeDialog
        from selfcompass.ui.layout import delete_on_close

        dialog = WelcomeDialog(self.paths, voice_available=True, parent=self.window)
        dialog.setModal(True)
        dialog.accepted.connect(lambda: self._welcomed(dialog.voice.isChecked()))
        delete_on_close(dialog)
        dialog.open()
        self.welcome = dialog

    def _welcomed(self, voice: bool) -> None:
        self.change_setting("welcome_seen", True)
        if voice:
            self.change_setting("voice_enabled", True)

    def _notice(self, text: str) -> None:
        # Said where the person is looking: in the settings dialog while it is open, never behind it.
        import shiboken6

        dialog = getattr(self, "settings_dialog", None)
        if dialog is not None and shiboken6.isValid(dialog) and dialog.isVisible():
            dialog.show_message(text)
            return
        self.window.show_notice(text)

    def shutdown(self) -> None:
        if self._shut_down:
            return
        self._shut_down = True
        for feature in reversed(list(self.features.values())):
            stop = getattr(feature, "shutdown", None)
            if stop is not None:
                stop()
        self.practice.shutdown()
        if (worker := self._database.peek()) is not None:
            worker.shutdown()


def _local_hour(clock: Clock) -> int:
    """The hour on this computer's clock, for Home's greeting; the real clock is read without ``datetime``
    (not imported before the first window: see docs/architecture.md, "Start-up")."""
    import time

    if isinstance(clock, SystemClock):
        return time.localtime().tm_hour
    return clock.now().astimezone().hour


def _qt_timers(clock: Clock, parent: QObject) -> Timers:
    from selfcompass.scheduling.timers import QtTimers

    return QtTimers(clock, parent=parent)


def make_qapp() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    qapp = QApplication([*sys.argv[:1], *themes.FUSION_ARGS])
    qapp.setProperty(themes.STARTED_IN_FUSION, True)
    qapp.setApplicationName(APP_NAME)
    qapp.setApplicationVersion(__version__)
    qapp.setOrganizationName(APP_NAME)
    qapp.setDesktopFileName(APP_ID)
    return qapp


# The features installed after the first frame, in order (``SelfCompassApp.install_features`` names each step).
DEFERRED_FEATURES = ("reminders", "sequences", "insights", "home")


def give_memory_back() -> None:
    """``desktop.memory.let_go``: module sources read on import, and freed heap, handed back."""
    from selfcompass.desktop.memory import let_go

    let_go()
