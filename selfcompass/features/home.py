"""The Home feature: Home's links and what fills it, the first run, Coach mode behind "I coach others", and the
window's size remembered.

Installed before the first window (it must be cheap: nothing here imports datetime, the journal or the calendar
parser at install time). The first run, when one is needed, is the first thing the window shows. Once the deferred
features are in, ``attach`` hands Home the reminders feature's next nudge, calendar and focus panel, and the
sequence being followed.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from datetime import datetime

    from selfcompass.core.reminders.types import Due
    from selfcompass.features.context import FeatureContext
    from selfcompass.features.practice import PracticeFeature
    from selfcompass.ui.day_timeline import Day
    from selfcompass.ui.first_run import FirstRunPage

log = logging.getLogger(__name__)

# The first pause offered at the end of the first run (about a minute, for calm); the chooser if it is missing.
FIRST_PAUSE = "long-out-breath"
# A spoken sample for "Hear a sample" (translated where it is said).
SAMPLE = "Let your shoulders drop a little. Breathe out slowly, and let this moment be enough."
# Settings that change what Home says.
HOME_KEYS = frozenset({"nudges", "reminders_enabled", "working_days", "working_start", "working_end",
                       "shifts_vary", "calendar_file", "time_zone"})


def nudges_armed(values: dict[str, Any]) -> bool:
    """Whether pauses may be offered at all: reminders on, and the person chose some nudges."""
    return bool(values.get("reminders_enabled", True)) and values.get("nudges") in ("few", "some")


class HomeFeature(QObject):
    """The Home feature's face: ``first_run`` (the page, while it shows), ``attach`` and ``refresh``."""

    def __init__(self, ctx: FeatureContext, practice: PracticeFeature) -> None:
        super().__init__(ctx.window)
        self._ctx = ctx
        self._practice = practice
        self._reminders: Any = None
        self._sequences: Any = None
        self.first_run: FirstRunPage | None = None
        window = ctx.window
        home = window.home
        home.nudges_requested.connect(window.settings_requested)
        home.today_requested.connect(lambda: window.show_page("today"))
        home.calendar_requested.connect(self._calendar_requested)
        home.resume_requested.connect(self._resume)
        window.set_place_shown("coach", ctx.settings["coach_mode"])
        window.closing.connect(self._remember_window)
        window.hidden_to_tray.connect(self._remember_window)
        ctx.setting_changed.connect(self._setting_changed)
        if not ctx.settings["first_run_done"]:
            self.start_first_run()

    # -- the first run ----------------------------------------------------------------------------------------
    def start_first_run(self) -> None:
        """Show the four first-run steps in the window, in place of Home, until finished or skipped."""
        from selfcompass.ui.first_run import FirstRunPage

        ctx = self._ctx
        page = FirstRunPage(dict(ctx.settings.values), str(ctx.paths.data), ctx.theme().name)
        page.choice_made.connect(ctx.change_setting)
        page.sample_requested.connect(self._speak_sample)
        page.calendar_requested.connect(self._first_run_calendar)
        page.finished.connect(self._first_run_finished)
        self.first_run = page
        ctx.window.show_full_page(page)
        page.next.setFocus()

    def _speak_sample(self) -> None:
        from PySide6.QtCore import QCoreApplication

        narrator = self._practice.narrator.get()  # the one the player uses, as Settings does
        reason = narrator.unavailable_reason
        if self.first_run is not None:
            self.first_run.set_sample_note(reason or "")
        if not reason:
            narrator.speak(QCoreApplication.translate("HomeFeature", SAMPLE))

    def _first_run_calendar(self) -> None:
        reminders = self._reminders
        if reminders is None:
            if self.first_run is not None:
                self.first_run.set_calendar_status(self.tr("One moment: SelfCompass is still starting. You can "
                                                           "also add your calendar later from Home."))
            return
        reminders.choose_calendar()

    def _first_run_finished(self, pause_now: bool) -> None:
        page = self.first_run
        if page is None:
            return
        self.first_run = None
        self._ctx.change_setting("first_run_done", True)
        self._ctx.window.leave_full_page(page)
        page.deleteLater()
        self._ctx.window.home.pause.setFocus()
        if pause_now:
            if FIRST_PAUSE in self._ctx.library.practices:
                self._practice.start_id(FIRST_PAUSE)
            else:
                self._practice.open_chooser("under-1")

    # -- Home's content -----------------------------------------------------------------------------------------
    def attach(self, *, reminders: Any = None, sequences: Any = None) -> HomeFeature:
        """Once the deferred features are in: the next nudge, today's line, the focus panel, the sequence."""
        self._reminders, self._sequences = reminders, sequences
        home = self._ctx.window.home
        home.ensure_built()
        home.set_theme(self._ctx.theme().name)  # the drawing, kept from the first frame (ui/home.py says why)
        if reminders is not None:
            home.set_focus(reminders.focus_panel)
            reminders.service.plan_changed.connect(self.refresh)
            reminders.service.focus_changed.connect(lambda _b: self.refresh())
            reminders.calendar.calendar_imported.connect(self._calendar_imported)
        if sequences is not None:
            sequences.view.progress_changed.connect(self.refresh)
            home.sequence_start.clicked.connect(self._start_sequence_day)
        self._practice.session_finished.connect(lambda _r: self.refresh())
        # Connected now, after the reminders feature's own: Home reads the service once it has followed a change.
        self._ctx.setting_changed.connect(self._content_setting_changed)
        self.refresh()
        return self

    def refresh(self) -> None:
        """Say again what Home says: greeting, next nudge, today's line, the sequence's day."""
        ctx = self._ctx
        home = ctx.window.home
        now = ctx.clock.now()
        zone = self._zone()
        home.set_greeting(now.astimezone(zone).hour)
        reminders = self._reminders
        has_calendar = bool(ctx.settings["calendar_file"])
        if reminders is None:
            home.set_next(self.tr("Pauses couldn't start this time. You can always take one yourself."),
                          can_change=False)
        else:
            home.set_calendar(has_calendar)
            self._say_next(reminders, now, zone)
            self._draw_day(reminders, now, zone)
        self._show_sequence()

    def _zone(self) -> Any:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        try:
            return ZoneInfo(self._ctx.settings["time_zone"] or "Europe/London")
        except (ZoneInfoNotFoundError, ValueError):
            return ZoneInfo("Europe/London")

    def _say_next(self, reminders: Any, now: datetime, zone: Any) -> None:
        home = self._ctx.window.home
        service = reminders.service
        values = self._ctx.settings.values
        if not nudges_armed(values) or not service.running:
            if values.get("nudges") == "unset":
                text = self.tr("No nudges until you choose them. You can turn them on any time.")
            else:
                text = self.tr("Nudges are off. You can turn them on any time.")
            home.set_next(text)
            return
        quiet = service.quiet_until is not None
        due = service.next_due()
        if quiet or service.focus is not None or due is None:
            home.set_next(service.status_line() + ".", quiet=quiet)
            return
        home.set_next(self._next_words(due, reminders, now, zone))

    def _next_words(self, due: Due, reminders: Any, now: datetime, zone: Any) -> str:
        """"Next: a short pause at 10:30, after “Bed meeting” ends" and so on."""
        from selfcompass.core.reminders.types import Kind

        local = due.at.astimezone(zone)
        if local.date() != now.astimezone(zone).date():
            return reminders.service.status_line() + "."
        at = f"{local:%H:%M}"
        meetings = [m for m in reminders.calendar.meetings() if not m.all_day and m.busy]
        if due.kind is Kind.TRANSITION:
            ended = next((m for m in meetings if m.end == due.at and m.title), None)
            if ended is not None:
                return self.tr("Next: a short pause at {time}, after “{title}” ends.").format(time=at,
                                                                                              title=ended.title)
        if due.kind is Kind.GAP:
            coming = sorted((m for m in meetings if m.start > due.at and m.title), key=lambda m: m.start)
            if coming:
                return self.tr("Next: a moment to arrive at {time}, before “{title}”.").format(
                    time=at, title=coming[0].title)
        if due.kind is Kind.INBOX:
            return self.tr("Next: an inbox check at {time}, one batch and back to what matters.").format(time=at)
        if due.kind is Kind.SHUTDOWN:
            return self.tr("Next: a moment to close the day at {time}.").format(time=at)
        return self.tr("Next: a short pause at {time}.").format(time=at)

    def _window_today(self, now: datetime, zone: Any) -> tuple[datetime, datetime]:
        """Today's working hours as a span (a night shift runs across midnight); 08:00-18:00 if shifts vary."""
        from datetime import datetime as dt
        from datetime import time, timedelta

        values = self._ctx.settings.values

        def parse(text: str, fallback: time) -> time:
            try:
                hours, minutes = (int(part) for part in str(text).split(":"))
                return time(hours, minutes)
            except ValueError:
                return fallback

        if values.get("shifts_vary"):
            start, end = time(8), time(18)
        else:
            start, end = parse(values.get("working_start", ""), time(9)), parse(values.get("working_end", ""),
                                                                                 time(17, 30))
        local = now.astimezone(zone)
        begin = dt.combine(local.date(), time(start.hour), zone)
        finish = dt.combine(local.date(), end, zone)
        if finish <= begin:  # overnight
            if local.time() < end:
                begin -= timedelta(days=1)
            else:
                finish += timedelta(days=1)
        if finish.minute:
            finish = finish.replace(minute=0) + timedelta(hours=1)
        return begin, finish

    def _draw_day(self, reminders: Any, now: datetime, zone: Any) -> None:
        home = self._ctx.window.home
        begin, finish = self._window_today(now, zone)
        meetings = [m for m in reminders.calendar.meetings()
                    if not m.all_day and m.blocks and m.end > begin and m.start < finish]
        pauses = [d.at for d in reminders.service.today_plan()] if reminders.service.running else []
        pauses = [at for at in pauses if begin <= at <= finish]
        if not meetings and not pauses:
            home.set_timeline(None)
            return
        from selfcompass.ui.day_timeline import Day, DayTimeline, Span

        def minutes(at: datetime) -> float:
            return (at - begin).total_seconds() / 60

        words = [self.tr("{start} to {end}: {title}").format(start=f"{m.start.astimezone(zone):%H:%M}",
                                                              end=f"{m.end.astimezone(zone):%H:%M}",
                                                              title=m.title or self.tr("a meeting"))
                 for m in sorted(meetings, key=lambda m: m.start)]
        words += [self.tr("a pause offered at {time}").format(time=f"{at.astimezone(zone):%H:%M}") for at in pauses]
        day: Day = Day(begin.hour, round((finish - begin).total_seconds() / 3600),
                       tuple(Span(minutes(m.start), minutes(m.end), m.title) for m in meetings),
                       tuple(minutes(at) for at in pauses), minutes(now) if begin <= now <= finish else None,
                       "; ".join(words))
        timeline = home.timeline
        if not isinstance(timeline, DayTimeline):
            timeline = DayTimeline(self._ctx.theme())
            home.set_timeline(timeline)
        timeline.set_day(day)

    def _show_sequence(self) -> None:
        home = self._ctx.window.home
        sequences = self._sequences
        if sequences is None:
            home.set_sequence("", "")
            return
        from selfcompass.core.sequences.follow import Status

        active = [s for s in sequences.view.states() if s.status is Status.ACTIVE]
        if not active:
            home.set_sequence("", "")
            return
        state = active[0]
        todo = next((i for i in state.items if not i.done and i.available), None)
        if todo is None:
            home.set_sequence(state.heading, self.tr("Done for today. Well done for making the time."))
            home.sequence_start.hide()
            return
        home.set_sequence(state.heading, self.tr("{title}, {length}").format(title=todo.title,
                                                                            length=todo.minutes_label))
        home.sequence_start.show()
        self._sequence_day = (state.sequence_id, state.day, todo.practice_id)

    def _start_sequence_day(self) -> None:
        chosen = getattr(self, "_sequence_day", None)
        if chosen is not None and self._sequences is not None:
            self._sequences.view.start(*chosen)

    # -- links and settings -------------------------------------------------------------------------------------
    def _calendar_requested(self) -> None:
        if self._reminders is None:
            return
        if self._ctx.settings["calendar_file"]:
            self._ctx.window.show_page("calendar")
        else:
            self._reminders.choose_calendar()

    def _calendar_imported(self, _result: object) -> None:
        if self.first_run is not None:
            self.first_run.set_calendar_status(self.tr("Your calendar is in. Pauses will fit around your meetings."))
        self.refresh()

    def _resume(self) -> None:
        if self._reminders is not None:
            self._reminders.service.resume()

    def _setting_changed(self, key: str) -> None:
        if key == "coach_mode":
            self._ctx.window.set_place_shown("coach", self._ctx.settings["coach_mode"])
        elif key in ("theme", "text_scale"):
            theme = self._ctx.theme()
            home = self._ctx.window.home
            home.set_theme(theme.name)
            timeline = home.timeline
            if timeline is not None:
                timeline.set_theme(theme)  # type: ignore[attr-defined]

    def _content_setting_changed(self, key: str) -> None:
        if key in HOME_KEYS:
            self.refresh()

    def _remember_window(self) -> None:
        self._ctx.change_setting("window_geometry", self._ctx.window.saved_geometry())


def install(ctx: FeatureContext, *, practice: PracticeFeature) -> HomeFeature:
    """Install Home's wiring (and the first run on a first start); ``attach`` fills Home once features are in."""
    return HomeFeature(ctx, practice)
