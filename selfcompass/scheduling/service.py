"""ReminderService: keeps one timer armed for the next due moment and emits prompt_due(Due) when it comes."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime, timedelta

from PySide6.QtCore import QObject, Signal, Slot

from selfcompass.core.clock import Clock, Timers
from selfcompass.core.i18n import QT_TRANSLATE_NOOP, translate
from selfcompass.core.meetings import Meeting, MeetingIndex
from selfcompass.core.reminders.engine import ReminderEngine
from selfcompass.core.reminders.planner import (
    Due,
    FocusBlock,
    Holds,
    Kind,
    PromptRecord,
    PromptResponse,
    ReminderRules,
    plan_lines,
    status_line,
)

#: Shown on the card when a pause put off from the tray comes back.
PUT_OFF = QT_TRANSLATE_NOOP("Reminders", "A pause you put off.")
TIMER_NAME = "reminders.next"
HELD_TIMER_NAME = "reminders.held"
# While the person presents, a due prompt waits and is looked at again this often...
HOLD_RECHECK = timedelta(minutes=5)
# ...for at most this long; after that it is let go, never saved up.
HOLD_AT_MOST = timedelta(minutes=60)


class ReminderService(QObject):
    """Turns the pure reminder maths into signals. All time comes from the Clock; all waiting from Timers."""

    # A prompt is due now: show the card (or the main-window banner when there is no tray).
    prompt_due = Signal(object)  # Due
    # Snooze, quiet, focus or the calendar changed: refresh today's plan and the tray menu.
    plan_changed = Signal()
    # A focus block started (FocusBlock) or ended (None).
    focus_changed = Signal(object)
    # What the person did with a prompt was recorded; the lead may persist it (PromptRecord).
    prompt_recorded = Signal(object)

    def __init__(self, clock: Clock, timers: Timers, rules: ReminderRules,
                 meetings: Callable[[], Iterable[Meeting] | MeetingIndex], history: Iterable[PromptRecord] = (),
                 presenting: Callable[[], bool] | None = None, parent: QObject | None = None,
                 holds: Holds | None = None) -> None:
        super().__init__(parent)
        self._presenting = presenting or (lambda: False)
        self._held: Due | None = None
        self._clock = clock
        self._timers = timers
        self._meetings = meetings
        self._engine = ReminderEngine(rules, clock.now(), history, holds)
        self._engine.set_meetings(meetings())
        self._running = False

    # --- life cycle ---------------------------------------------------------------------------------

    def start(self) -> None:
        """Begin watching the time. Prompts already past are not replayed."""
        self._running = True
        self._arm()

    def stop(self) -> None:
        self._running = False
        self._timers.cancel(TIMER_NAME)
        self._timers.cancel(HELD_TIMER_NAME)
        self._held = None

    @property
    def running(self) -> bool:
        return self._running

    # --- inputs -------------------------------------------------------------------------------------

    @Slot()
    def reload_meetings(self) -> None:
        """The calendar changed (a new import): re-read the meetings source and re-plan."""
        self._engine.set_meetings(self._meetings())
        self._replan()

    def set_rules(self, rules: ReminderRules) -> None:
        self._engine.set_rules(rules)
        self._replan()

    @Slot()
    def check_now(self) -> None:
        """Look at the time now (for example after the system says it resumed from sleep)."""
        self._check()

    # --- what the person chose ----------------------------------------------------------------------

    def taken(self, due: Due) -> None:
        self._record(due, PromptResponse.TAKEN)

    def skipped(self, due: Due) -> None:
        self._record(due, PromptResponse.SKIPPED)

    def snooze(self, due: Due, minutes: int) -> Due:
        """'Later': bring this prompt back in 30 or 60 minutes."""
        back = self._engine.snooze(due, self._clock.now(), minutes)
        self.prompt_recorded.emit(self._engine.history[-1])
        self._replan()
        return back

    def snooze_all(self, minutes: int) -> None:
        """Tray 'snooze': nothing for 30 or 60 minutes, then the next pause."""
        now = self._clock.now()
        placeholder = self._engine.next_due() or Due(now, Kind.INTERVAL, translate("Reminders", PUT_OFF), None)
        self._engine.snooze(placeholder, now, minutes)
        self.prompt_recorded.emit(self._engine.history[-1])
        self._replan()

    def not_today(self, due: Due | None = None) -> None:
        """'Not today' on a card: nothing more today, no hard feelings."""
        if due is not None:
            self._record(due, PromptResponse.SKIPPED, replan=False)
        self.quiet_until_tomorrow()

    def quiet_until_tomorrow(self) -> None:
        self._engine.quiet_until_tomorrow(self._clock.now())
        self._replan()

    def resume(self) -> None:
        """Undo snooze and quiet."""
        self._engine.resume()
        self._replan()

    def start_focus(self, minutes: int) -> FocusBlock:
        block = self._engine.start_focus(self._clock.now(), minutes)
        self.focus_changed.emit(block)
        self._replan()
        return block

    def stop_focus(self) -> None:
        self._engine.stop_focus()
        self.focus_changed.emit(None)
        self._replan()

    # --- what the UI reads --------------------------------------------------------------------------

    def today_plan(self) -> list[Due]:
        """The prompts still to come today, as things stand now."""
        return self._engine.today(self._clock.now())

    def next_due(self) -> Due | None:
        return self._engine.next_due()

    def status_line(self) -> str:
        """For the tray: 'Next pause at 14:30', 'Focusing until 10:50', 'Quiet until tomorrow'."""
        return status_line(self._engine.next_due(), self._engine.rules, self._clock.now(), self._engine.holds)

    def today_lines(self) -> list[str]:
        """Today's plan in words, for the tray's 'Today's plan'."""
        return plan_lines(self.today_plan(), self._engine.rules)

    @property
    def focus(self) -> FocusBlock | None:
        return self._engine.holds.focus

    @property
    def quiet_until(self) -> datetime | None:
        return self._engine.holds.quiet_until

    @property
    def history(self) -> tuple[PromptRecord, ...]:
        return self._engine.history

    @property
    def holds(self) -> Holds:
        """Quiet, snooze and focus as they stand (kept across a restart by the reminders feature)."""
        return self._engine.holds

    # --- inside -------------------------------------------------------------------------------------

    def _record(self, due: Due, response: PromptResponse, replan: bool = True) -> None:
        self._engine.record(due, response, self._clock.now())
        self.prompt_recorded.emit(self._engine.history[-1])
        if replan:
            self._replan()

    def _replan(self) -> None:
        self.plan_changed.emit()
        if self._running:
            self._arm()

    def _arm(self) -> None:
        self._timers.start_at(TIMER_NAME, self._engine.wake_at(), self._check)

    def _check(self) -> None:
        had_focus = self._engine.holds.focus is not None
        due = self._engine.check(self._clock.now())
        if self._running:
            self._arm()
        if had_focus and self._engine.holds.focus is None:
            self.focus_changed.emit(None)
        if due is not None:
            self.prompt_recorded.emit(self._engine.history[-1])  # shown: keep it, so spacing survives a restart
            self._offer(due)

    def _offer(self, due: Due) -> None:
        """Emit now, or hold while the person presents (one held prompt at most; a newer one replaces it)."""
        if self._presenting():
            self._held = due
            self._timers.start_at(HELD_TIMER_NAME, self._clock.now() + HOLD_RECHECK, self._release_held)
            return
        self._held = None
        self.prompt_due.emit(due)

    def _release_held(self) -> None:
        due = self._held
        if due is None:
            return
        if self._clock.now() - due.at > HOLD_AT_MOST:
            self._held = None  # let it go quietly
            return
        self._offer(due)

    @property
    def held(self) -> Due | None:
        """A prompt waiting for a presentation to finish, if any."""
        return self._held

