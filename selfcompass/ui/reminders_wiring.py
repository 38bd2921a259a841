"""Wires gentle reminders into the app: the service, the calendar, the tray (or the in-window fallback),
the prompt card, the Today and Calendar pages, and coach sequences.

Everything here starts after the first window is shown, so it never slows start-up.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QFileDialog

from selfcompass import APP_NAME
from selfcompass.paths import resource_dir
from selfcompass.storage.files import write_atomic

if TYPE_CHECKING:
    from selfcompass.app import SelfCompassApp

log = logging.getLogger(__name__)

REREAD_DELAY_MS = 2000
#: A file in the config folder: the "still here in the tray" note has been shown once.
TRAY_NOTE_MARK = "tray-note-shown"
#: In the data folder: quiet, snooze, focus and recent prompts, so a restart keeps them (core/reminder_state.py).
STATE_FILE = "reminders-state.json"
REMINDER_KEYS = frozenset({"reminders_enabled", "working_days", "working_start", "working_end", "quiet_start",
                           "quiet_end", "time_zone"})


def app_icon() -> QIcon:
    return QIcon(str(resource_dir() / "assets" / "selfcompass.svg"))


class RemindersFeature(QObject):
    def __init__(self, app: SelfCompassApp, *, tray_available: bool | None = None) -> None:
        super().__init__(app)
        from selfcompass.core.meetings import week_load
        from selfcompass.core.reminders.rules import rules_from_settings
        from selfcompass.desktop.presentation import detect_presence
        from selfcompass.desktop.tray import attach_menu, make_tray
        from selfcompass.scheduling.calendar_source import CalendarSource
        from selfcompass.scheduling.service import ReminderService
        from selfcompass.ui.focus import FocusPanel
        from selfcompass.ui.prompt_card import PromptBanner, PromptCard
        from selfcompass.ui.today_page import TodayPage

        self._app = app
        self._week_load = week_load
        self._rules_from_settings = rules_from_settings
        settings = app.settings
        rules, notices = rules_from_settings(settings.values)
        for notice in notices:
            app.window.show_notice(notice)
        self.calendar = CalendarSource(app.clock, settings["time_zone"] or "Europe/London", parent=self)
        self.timers = app.timers
        detector = detect_presence()
        # Quiet, snooze, focus and the prompts already shown, as they were when SelfCompass last ran.
        self._state_file = app.paths.data / STATE_FILE
        self._saved_state = ""
        holds, history = self._load_state()
        self.service = ReminderService(app.clock, self.timers, rules, self.calendar.meetings, history=history,
                                       holds=holds, presenting=lambda: detector.state().hold_prompts, parent=self)
        self.service.plan_changed.connect(self._save_state)
        self.service.prompt_recorded.connect(self._save_state)
        self.calendar.calendar_imported.connect(self._calendar_imported)
        self.calendar.import_failed.connect(self._calendar_failed)

        # Where prompts appear: a calm card near the tray, or a banner in the window when there is no tray.
        self.tray = make_tray(app_icon(), parent=self, available=tray_available)
        if self.tray.available:
            self.prompts: Any = PromptCard(reduced_motion=settings["reduced_motion"])
            app.window.keep_in_tray = True
            app.qapp.setQuitOnLastWindowClosed(False)
            app.window.hidden_to_tray.connect(self._still_here)
            self.tray.show()
        else:
            self.prompts = PromptBanner()
            self.prompts.hide()
            app.window.add_banner(self.prompts)
            attach_menu(app.window, self.tray)
            app.qapp.setQuitOnLastWindowClosed(True)
        self.service.prompt_due.connect(self._prompt_due)
        self.prompts.start_requested.connect(self._start_prompted)
        self.prompts.later_requested.connect(self._later)
        self.prompts.not_today_requested.connect(self.service.not_today)
        self.tray.start_pause_requested.connect(lambda: app.open_chooser("under-1"))
        self.tray.today_requested.connect(self._show_today)
        self.tray.snooze_requested.connect(self.service.snooze_all)
        self.tray.quiet_requested.connect(self.service.quiet_until_tomorrow)
        self.tray.resume_requested.connect(self.service.resume)
        self.tray.focus_requested.connect(self.service.start_focus)
        self.tray.stop_focus_requested.connect(self.service.stop_focus)
        self.tray.journal_requested.connect(lambda: self._show_page("journal"))
        self.tray.settings_requested.connect(app.open_settings)
        self.tray.quit_requested.connect(app.window.quit)
        self.service.plan_changed.connect(self._refresh)
        self.service.focus_changed.connect(self._focus_changed)

        # Pages.
        self.focus_panel = FocusPanel(settings["time_zone"] or "Europe/London")
        self.focus_panel.start_requested.connect(self.service.start_focus)
        self.focus_panel.stop_requested.connect(self.service.stop_focus)
        self.sequences = self._build_sequences()
        self.today_page = TodayPage(self.focus_panel, self.sequences)
        self.today_page.resume_requested.connect(self.service.resume)
        self._calendar_page: Any = None
        self._source_text = self.tr("No calendar imported yet.")
        self._load: Any = None
        app.window.add_page("today", self.tr("Today", "page name"), self.today_page, position=0)
        app.window.add_page("calendar", self.tr("Calendar", "page name"), self._build_calendar_page)
        app.window.add_page("coach", self.tr("Coach mode", "page name"), self._build_coach)
        app.session_finished.connect(self._session_finished)
        app.setting_changed.connect(self._setting_changed)

        # Watch the chosen calendar file: when Outlook or a sync tool writes a new export, read it again.
        self.watcher = QFileSystemWatcher(self)
        self.watcher.fileChanged.connect(self._calendar_file_changed)
        self._reread = QTimer(self)
        self._reread.setObjectName("calendar-reread")
        self._reread.setSingleShot(True)
        self._reread.setInterval(REREAD_DELAY_MS)
        self._reread.timeout.connect(self._reread_calendar)
        if settings["calendar_file"]:
            self.calendar.import_file(settings["calendar_file"])
            self._watch(settings["calendar_file"])
        if settings["reminders_enabled"]:
            self.service.start()
        if self.service.focus is not None:  # a focus block still running from before a restart
            self._focus_changed(self.service.focus)
        self._refresh()

    # -- what the person asked of reminders, kept across a restart ------------------------------------
    def _load_state(self) -> tuple[Any, list[Any]]:
        from selfcompass.core.reminders.state import loads

        try:
            self._saved_state = self._state_file.read_text(encoding="utf-8")
        except FileNotFoundError:
            pass  # a first start: nothing asked yet
        except (OSError, UnicodeDecodeError) as exc:
            log.warning("reminder state not read (%s); starting afresh", exc.__class__.__name__)
        return loads(self._saved_state, self._app.clock.now())

    def _save_state(self, *_: object) -> None:
        from selfcompass.core.reminders.state import dumps

        text = dumps(self.service.holds, self.service.history, self._app.clock.now())
        if text == self._saved_state:
            return
        try:
            write_atomic(self._state_file, text, make_folder=True)
        except OSError as exc:  # a read-only or full disk: reminders still work, only a restart forgets
            log.warning("reminder state not saved (%s)", exc.__class__.__name__)
            return
        self._saved_state = text

    # -- sequences ------------------------------------------------------------------------------
    def _build_sequences(self) -> Any:
        from selfcompass.core.sequences import load_sequence_folder
        from selfcompass.storage.sequence_progress import FileProgressStore
        from selfcompass.ui.sequences.today import TodayView

        app = self._app
        shipped, problems = load_sequence_folder(resource_dir() / "practices" / "sequences", app.library.practices)
        for problem in problems:
            log.warning("shipped sequence skipped: %s", problem)
        store = FileProgressStore(app.paths.data, app.library.practices)
        from selfcompass.features.report_files import save_report

        return TodayView(app.library, store, self._start_sequence_practice, self._today, shipped=shipped,
                         save_report=save_report)

    def _build_coach(self) -> Any:
        from selfcompass.ui.sequences.coach import CoachEditor

        return CoachEditor(self._app.library, self._today)

    def _build_calendar_page(self) -> Any:
        from selfcompass.ui.meeting_load import MeetingLoadView
        from selfcompass.ui.today_page import CalendarPage

        self.load_view = MeetingLoadView(self._app.theme)
        page = CalendarPage(self.load_view)
        page.import_requested.connect(self.choose_calendar)
        page.set_source(self._source_text)
        if self._load is not None:
            self.load_view.set_load(self._load)
        self._calendar_page = page
        return page

    @property
    def calendar_page(self) -> Any:
        return self._app.window.page("calendar")

    def _set_source(self, text: str) -> None:
        self._source_text = text
        if self._calendar_page is not None:
            self._calendar_page.set_source(text)

    def _today(self) -> date:
        return self._app.clock.now().astimezone().date()

    def _start_sequence_practice(self, request: Any) -> None:
        app = self._app
        player = app.player
        app.window.show_player()
        player.begin(request.practice, request.script, wpm=app.settings["speech_rate"])

    def _session_finished(self, record: Any) -> None:
        self.sequences.session_finished(record)
        self._refresh()

    # -- prompts --------------------------------------------------------------------------------
    def _prompt_due(self, due: Any) -> None:
        if self._app.player_busy:
            return  # already practising: nothing to prompt
        self.prompts.show_due(due)
        if not self.tray.available:
            self.prompts.show()

    def _start_prompted(self, due: Any) -> None:
        self.service.taken(due)
        if not self.tray.available:
            self.prompts.hide()
        window = self._app.window
        window.show()
        window.raise_()
        if due.practice_id and due.practice_id in self._app.library.practices:
            self._app.start_practice(due.practice_id)
        else:
            self._app.open_chooser("under-1")

    def _later(self, due: Any, minutes: int) -> None:
        self.service.snooze(due, minutes)
        if not self.tray.available:
            self.prompts.hide()

    def _focus_changed(self, block: Any) -> None:
        self.tray.set_focus_running(block is not None)
        self.focus_panel.set_block(block)
        self._refresh()

    def _refresh(self) -> None:
        status = self.service.status_line() if self.service.running else self.tr("Reminders are off.")
        self.tray.set_status(status)
        self.tray.set_quiet(self.service.quiet_until is not None)
        self.today_page.set_plan(status, self.service.today_lines() if self.service.running else [],
                                 quiet=self.service.running and self.service.quiet_until is not None)

    def _show_page(self, key: str) -> None:
        window = self._app.window
        window.show()
        window.raise_()
        window.show_page(key)

    def _still_here(self) -> None:
        """The first time the window is closed with a tray, say once where SelfCompass went and how to quit."""
        if not self._app.paths.first_time(TRAY_NOTE_MARK):
            return
        self.tray.say(APP_NAME, self.tr("SelfCompass is still here, keeping your pauses. Its icon sits with the "
                                        "others near the clock: choose Quit in its menu to close it completely."))

    def _show_today(self) -> None:
        self._show_page("today")

    # -- calendar -------------------------------------------------------------------------------
    def choose_calendar(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self._app.window, self.tr("Import a calendar file"), str(Path.home()),
                                              self.tr("Calendar files (*.ics);;All files (*)"))
        if path:
            self.import_calendar(path)

    def import_calendar(self, path: str) -> None:
        self._set_source(self.tr("Reading {name}…").format(name=Path(path).name))
        self._pending_path = path
        self.calendar.import_file(path)

    def _watch(self, path: str) -> None:
        if self.watcher.files():
            self.watcher.removePaths(self.watcher.files())
        if Path(path).exists():
            self.watcher.addPath(path)

    def _calendar_file_changed(self, path: str) -> None:
        # A save often replaces the file (and the watch with it); wait for the writer to finish, then re-read.
        self._reread.start()

    def _reread_calendar(self) -> None:
        path = self._app.settings["calendar_file"]
        if path and Path(path).exists():
            self.calendar.import_file(path)
            self._watch(path)

    def _calendar_imported(self, result: Any) -> None:
        self.service.reload_meetings()
        path = getattr(self, "_pending_path", None)
        if path and path != self._app.settings["calendar_file"]:
            self._app.change_setting("calendar_file", path)
            self._watch(path)
        count = len(result.meetings)
        found = (self.tr("{name}: {count} meeting between last week and eight weeks ahead.") if count == 1
                 else self.tr("{name}: {count} meetings between last week and eight weeks ahead."))
        self._set_source(found.format(name=Path(result.source).name, count=count))
        today = self._today()
        monday = today - timedelta(days=today.weekday())
        self._load = self._week_load(self.calendar.meetings(), monday, self.service_rules.working)
        if self._calendar_page is not None:
            self.load_view.set_load(self._load)
        self._refresh()

    @property
    def service_rules(self) -> Any:
        return self._rules_from_settings(self._app.settings.values)[0]

    def _calendar_failed(self, error: Any) -> None:
        problems = getattr(error, "problems", [])
        first = str(problems[0]) if problems else str(error)
        self._set_source(self.tr("That calendar file could not be used, so nothing was changed. {problem}").format(
            problem=first))
        self._app.window.show_notice(self.tr("That calendar file could not be used; your earlier calendar is kept."))

    # -- settings -------------------------------------------------------------------------------
    def _setting_changed(self, key: str) -> None:
        if key == "theme" and self._calendar_page is not None:
            self.load_view.set_theme(self._app.theme)
        if key not in REMINDER_KEYS:
            return
        rules, notices = self._rules_from_settings(self._app.settings.values)
        for notice in notices:
            self._app.window.show_notice(notice)
        self.service.set_rules(rules)
        if self._app.settings["reminders_enabled"] and not self.service.running:
            self.service.start()
        elif not self._app.settings["reminders_enabled"] and self.service.running:
            self.service.stop()
        self._refresh()

    def shutdown(self) -> None:
        self._reread.stop()
        self.service.stop()
        cancel_all: Callable[[], None] | None = getattr(self.timers, "cancel_all", None)
        if cancel_all is not None:
            cancel_all()
        close = getattr(self.prompts, "close_card", None)
        if close is not None:
            close()
        self.tray.dispose()


def install_reminders(app: SelfCompassApp, **kwargs: Any) -> RemindersFeature:
    return RemindersFeature(app, **kwargs)
