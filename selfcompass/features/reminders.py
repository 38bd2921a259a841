"""The reminders feature: the reminder service, the calendar, the tray (or an in-window banner), the prompt card,
and the Today and Calendar pages.

Installed after the first window is shown, so none of it slows start-up. Coach sequences on the Today page are a
feature of their own (``features/sequences.py``), given this one's ``today_page``.
"""

from __future__ import annotations

import logging
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QFileDialog

from selfcompass import APP_NAME
from selfcompass.core.meetings import WeekLoad
from selfcompass.core.reminders.rules import rules_from_settings
from selfcompass.core.reminders.types import Due, FocusBlock, ReminderRules
from selfcompass.core.reminders.week import WeekFigures, figure_rules, monday_of, week_figures
from selfcompass.desktop.presentation import detect_presence
from selfcompass.desktop.tray import SystemTray, WindowTray, attach_menu, make_tray
from selfcompass.paths import resource_dir
from selfcompass.scheduling.calendar_import import CalendarImport, known_zone
from selfcompass.scheduling.calendar_source import CalendarSource
from selfcompass.scheduling.service import ReminderService
from selfcompass.storage.calendar_cache import CACHE_NAME as CALENDAR_CACHE
from selfcompass.storage.calendar_cache import CalendarCache
from selfcompass.storage.marks import first_time
from selfcompass.storage.reminder_state import ReminderStateFile
from selfcompass.ui.focus import FocusPanel
from selfcompass.ui.prompt_card import PromptBanner, PromptCard
from selfcompass.ui.today_page import CalendarPage, TodayPage

if TYPE_CHECKING:
    from selfcompass.core.records import SessionRecord
    from selfcompass.features.context import FeatureContext
    from selfcompass.features.practice import PracticeFeature
    from selfcompass.ui.meeting_load import MeetingLoadView

log = logging.getLogger(__name__)

# How long after the watched calendar file changes it is read again (a sync tool may still be writing it).
REREAD_DELAY_MS = 2000
# A file in the config folder: the "still here in the tray" note has been shown once.
TRAY_NOTE_MARK = "tray-note-shown"
# Settings the reminder rules are made from.
REMINDER_KEYS = frozenset({"reminders_enabled", "nudges", "working_days", "working_start", "working_end", "quiet_start",
                           "quiet_end", "time_zone", "working_hours", "shifts_vary"})
DEFAULT_ZONE = "Europe/London"


def app_icon() -> QIcon:
    return QIcon(str(resource_dir() / "assets" / "selfcompass.svg"))


class RemindersFeature(QObject):
    """The reminders feature's public face: ``service``, ``calendar``, ``today_page``, ``import_calendar``,
    ``choose_calendar`` and ``shutdown``. ``tray``, ``prompts``, ``focus_panel``, ``calendar_page`` and ``watcher``
    are there for tests to look at."""

    def __init__(self, ctx: FeatureContext, practice: PracticeFeature, *, tray_available: bool | None = None) -> None:
        super().__init__(ctx.window)
        self._ctx = ctx
        self._practice = practice
        settings = ctx.settings
        window = ctx.window
        rules, notices = rules_from_settings(settings.values)
        for notice in notices:
            ctx.notice(notice)
        zone = known_zone(settings["time_zone"] or DEFAULT_ZONE)  # a mistyped zone must not stop the feature
        # The calendar the person imported. Other features read its meetings from here (``calendar.meetings()``,
        # empty until the first import finishes; ``calendar.calendar_imported`` follows each one) rather than
        # parsing the file again.
        # The expanded calendar is kept between starts (keyed on the file, the window and the zone), so a start
        # does not read and expand the calendar file again.
        cache = CalendarCache(ctx.paths.cache / CALENDAR_CACHE, settings["language"])
        self.calendar = CalendarSource(ctx.clock, zone, parent=self, cache=cache)
        detector = detect_presence()
        # Quiet, snooze, focus and the prompts already shown, as they were when SelfCompass last ran.
        self._state = ReminderStateFile(ctx.paths.data)
        holds, history = self._state.load(ctx.clock.now())
        # Keeps one timer armed for the next pause and says when one is due (``prompt_due``).
        self.service = ReminderService(ctx.clock, ctx.timers.get(), rules, self.calendar.meetings, history=history,
                                       holds=holds, presenting=lambda: detector.state().hold_prompts, parent=self)
        self.service.plan_changed.connect(self._save_state)
        self.service.prompt_recorded.connect(self._save_state)
        self.calendar.calendar_imported.connect(self._calendar_imported)
        self.calendar.import_failed.connect(self._calendar_failed)

        # Where prompts appear: a calm card near the tray, or a banner in the window when there is no tray.
        self.tray: SystemTray | WindowTray = make_tray(app_icon(), parent=self, available=tray_available)
        self.prompts: PromptCard | PromptBanner
        if self.tray.available:
            self.prompts = PromptCard(reduced_motion=settings["reduced_motion"])
            window.keep_in_tray = True
            ctx.qapp.setQuitOnLastWindowClosed(False)
            window.hidden_to_tray.connect(self._still_here)
            self.tray.show()
        else:
            self.prompts = PromptBanner()
            self.prompts.hide()
            window.add_banner(self.prompts)
            attach_menu(window, self.tray)
            ctx.qapp.setQuitOnLastWindowClosed(True)
        self.service.prompt_due.connect(self._prompt_due)
        self.prompts.start_requested.connect(self._start_prompted)
        self.prompts.later_requested.connect(self._later)
        self.prompts.not_today_requested.connect(self.service.not_today)
        self.tray.start_pause_requested.connect(lambda: practice.open_chooser("under-1"))
        self.tray.today_requested.connect(lambda: self._show_page("today"))
        self.tray.snooze_requested.connect(self.service.snooze_all)
        self.tray.quiet_requested.connect(self.service.quiet_until_tomorrow)
        self.tray.resume_requested.connect(self.service.resume)
        self.tray.focus_requested.connect(self.service.start_focus)
        self.tray.stop_focus_requested.connect(self.service.stop_focus)
        self.tray.journal_requested.connect(lambda: self._show_page("journal"))
        self.tray.settings_requested.connect(window.settings_requested)  # the window asks whoever opens settings
        self.tray.quit_requested.connect(window.quit)
        self.service.plan_changed.connect(self._refresh)
        self.service.focus_changed.connect(self._focus_changed)

        # Pages: Today now (sequences join it when their feature is installed), the Calendar on first visit.
        self.focus_panel = FocusPanel(zone)
        self.focus_panel.start_requested.connect(self.service.start_focus)
        self.focus_panel.stop_requested.connect(self.service.stop_focus)
        # The Today page: the pauses planned, a focus block, and (from the sequences feature) coach sequences.
        self.today_page = TodayPage(self.focus_panel)
        self.today_page.resume_requested.connect(self.service.resume)
        self._calendar_page: CalendarPage | None = None
        self._load_view: MeetingLoadView | None = None
        self._source_text = self.tr("No calendar imported yet.")
        self._load: WeekLoad | None = None
        self._weeks: list[WeekFigures] = []
        window.add_page("today", self.tr("Today", "page name"), self.today_page, position=0)
        window.add_page("calendar", self.tr("Calendar", "page name"), self._build_calendar_page)
        practice.session_finished.connect(self._session_finished)
        ctx.setting_changed.connect(self._setting_changed)

        # Watch the chosen calendar file: when Outlook or a sync tool writes a new export, read it again.
        self.watcher = QFileSystemWatcher(self)
        self.watcher.fileChanged.connect(self._calendar_file_changed)
        self._reread = QTimer(self)  # a debounce, not timekeeping: stopped at shutdown
        self._reread.setObjectName("calendar-reread")
        self._reread.setSingleShot(True)
        self._reread.setInterval(REREAD_DELAY_MS)
        self._reread.timeout.connect(self._reread_calendar)
        if settings["calendar_file"]:
            self.calendar.import_file(settings["calendar_file"])
            self._watch(settings["calendar_file"])
        if self._armed():
            self.service.start()
        if self.service.focus is not None:  # a focus block still running from before a restart
            self._focus_changed(self.service.focus)
        self._refresh()

    # -- what the person asked of reminders, kept across a restart ------------------------------------
    def _save_state(self, *_: object) -> None:
        self._state.save(self.service.holds, self.service.history, self._ctx.clock.now())

    # -- pages ----------------------------------------------------------------------------------------
    def _build_calendar_page(self) -> CalendarPage:
        from selfcompass.ui.meeting_load import MeetingLoadView

        self._load_view = MeetingLoadView(self._ctx.theme())
        page = CalendarPage(self._load_view)
        page.import_requested.connect(self.choose_calendar)
        page.set_source(self._source_text)
        if self._weeks:
            self._load_view.set_weeks(self._weeks, figure_rules(self._ctx.settings.values))
        self._calendar_page = page
        return page

    @property
    def calendar_page(self) -> CalendarPage:
        """The Calendar page (built now if nobody has been there yet)."""
        page = self._ctx.window.page("calendar")
        assert isinstance(page, CalendarPage)
        return page

    def _set_source(self, text: str) -> None:
        self._source_text = text
        if self._calendar_page is not None:
            self._calendar_page.set_source(text)

    def _today(self) -> date:
        return self._ctx.clock.now().astimezone().date()

    def _session_finished(self, _record: SessionRecord) -> None:
        self._refresh()  # a practice taken may change what is still planned today

    def _show_page(self, key: str) -> None:
        window = self._ctx.window
        window.show()
        window.raise_()
        window.show_page(key)

    # -- prompts --------------------------------------------------------------------------------------
    def _prompt_due(self, due: Due) -> None:
        if self._practice.busy:
            return  # already practising: nothing to prompt
        self.prompts.show_due(due)
        if not self.tray.available:
            self.prompts.show()
        self._practice.get_speech_ready()  # a prompt is where most practices start: its first line comes at once

    def _start_prompted(self, due: Due) -> None:
        self.service.taken(due)
        if not self.tray.available:
            self.prompts.hide()
        window = self._ctx.window
        window.show()
        window.raise_()
        if due.practice_id and due.practice_id in self._ctx.library.practices:
            self._practice.start_id(due.practice_id)
        else:
            self._practice.open_chooser("under-1")

    def _later(self, due: Due, minutes: int) -> None:
        self.service.snooze(due, minutes)
        if not self.tray.available:
            self.prompts.hide()

    def _focus_changed(self, block: FocusBlock | None) -> None:
        self.tray.set_focus_running(block is not None)
        self.focus_panel.set_block(block)
        self._refresh()

    def _refresh(self) -> None:
        running = self.service.running
        status = self.service.status_line() if running else self.tr("Reminders are off.")
        self.tray.set_status(status)
        self.tray.set_quiet(self.service.quiet_until is not None)
        self.today_page.set_plan(status, self.service.today_lines() if running else [],
                                 quiet=running and self.service.quiet_until is not None)

    def _still_here(self) -> None:
        """The first time the window is closed with a tray, say once where SelfCompass went and how to quit."""
        if not first_time(self._ctx.paths, TRAY_NOTE_MARK) or not isinstance(self.tray, SystemTray):
            return
        self.tray.say(APP_NAME, self.tr("SelfCompass is still here, keeping your pauses. Its icon sits with the "
                                        "others near the clock: choose Quit in its menu to close it completely."))

    # -- calendar -------------------------------------------------------------------------------------
    def choose_calendar(self) -> None:
        """Ask the person for a calendar file (.ics) and import it."""
        path, _ = QFileDialog.getOpenFileName(self._ctx.window, self.tr("Import a calendar file"), str(Path.home()),
                                              self.tr("Calendar files (*.ics);;All files (*)"))
        if path:
            self.import_calendar(path)

    def import_calendar(self, path: str) -> None:
        """Read a calendar file on a worker; once it is good it becomes the calendar, and is watched for changes."""
        self._set_source(self.tr("Reading {name}…").format(name=Path(path).name))
        self.calendar.import_file(path)

    def _watch(self, path: str) -> None:
        if self.watcher.files():
            self.watcher.removePaths(self.watcher.files())
        if Path(path).exists():
            self.watcher.addPath(path)

    def _calendar_file_changed(self, _path: str) -> None:
        # A save often replaces the file (and the watch with it); wait for the writer to finish, then re-read.
        self._reread.start()

    def _reread_calendar(self) -> None:
        path = self._ctx.settings["calendar_file"]
        if path and Path(path).exists():
            self.calendar.import_file(path)
            self._watch(path)

    def _calendar_imported(self, result: CalendarImport) -> None:
        self.service.reload_meetings()
        # The calendar to keep is the file that was accepted (a refused one never gets here, so leaves no trace).
        path = result.path
        if path and path != self._ctx.settings["calendar_file"]:
            self._ctx.change_setting("calendar_file", path)
            self._watch(path)
        count = len(result.busy)  # only busy meetings count: free time and all-day events never hold a pause back
        #: {name} is the person's calendar file, as they named it. Free time and all-day events are not counted.
        found = (self.tr("From {name}: {count} meeting, over the last nine weeks and the next eight.") if count == 1
                 else self.tr("From {name}: {count} meetings, over the last nine weeks and the next eight."))
        text = found.format(name=Path(result.source).name, count=count)
        if result.notices:
            #: {notice} is the first thing skipped or left out, naming the event and its line.
            text += " " + self.tr("Some of it was skipped or left out. The first: {notice}").format(
                notice=result.notices[0].message)
        self._set_source(text)
        self._show_weeks()
        self._refresh()

    def _show_weeks(self) -> None:
        """This week and next on the Calendar page, with the pauses the full set of rules would offer (the same
        figures as `selfcompass calendar check`)."""
        rules = figure_rules(self._ctx.settings.values)
        monday = monday_of(self._ctx.clock.now().astimezone(rules.zone).date())
        self._weeks = [week_figures(self.calendar.index, monday + timedelta(weeks=i), rules) for i in (0, 1)]
        self._load = self._weeks[0].load
        if self._load_view is not None:
            self._load_view.set_weeks(self._weeks, rules)

    def _rules(self) -> ReminderRules:
        return rules_from_settings(self._ctx.settings.values)[0]

    def _calendar_failed(self, error: Exception) -> None:
        problems = getattr(error, "problems", [])
        first = str(problems[0]) if problems else str(error)
        self._set_source(self.tr("That calendar file could not be used, so nothing was changed. {problem}").format(
            problem=first))
        self._ctx.notice(self.tr("That calendar file could not be used; your earlier calendar is kept."))

    # -- settings -------------------------------------------------------------------------------------
    def _setting_changed(self, key: str) -> None:
        if key == "theme" and self._load_view is not None:
            self._load_view.set_theme(self._ctx.theme())
        if key not in REMINDER_KEYS:
            return
        settings = self._ctx.settings
        rules, notices = rules_from_settings(settings.values)
        for notice in notices:
            self._ctx.notice(notice)
        self.service.set_rules(rules)
        if key == "time_zone":
            self.calendar.set_time_zone(rules.working.time_zone)
        if self._armed() and not self.service.running:
            self.service.start()
        elif not self._armed() and self.service.running:
            self.service.stop()
        self._refresh()

    def _armed(self) -> bool:
        """Pauses are offered only once the person has chosen nudges (in the first run or Settings): nothing is
        armed while they are unchosen or "none". (How many "one or two a day" allows is the rules' business.)"""
        settings = self._ctx.settings
        return bool(settings["reminders_enabled"]) and settings["nudges"] in ("few", "some")

    def shutdown(self) -> None:
        """Stop the service and its timers, the calendar re-read, the prompt card and the tray icon."""
        self._reread.stop()
        self.service.stop()
        if isinstance(self.prompts, PromptCard):
            self.prompts.close_card()
        self.tray.dispose()


def install(ctx: FeatureContext, *, practice: PracticeFeature, tray_available: bool | None = None) -> RemindersFeature:
    """Install reminders: pauses are offered from now on, and the Today and Calendar pages join the window.
    ``tray_available`` None asks the desktop; tests say False (prompts in the window) or True (a stand-in tray)."""
    return RemindersFeature(ctx, practice, tray_available=tray_available)
