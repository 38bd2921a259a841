"""The reminder state machine (SafeEyes-style): history, snooze, quiet and focus, over the maths in
:mod:`selfcompass.core.reminders.planner`. It never reads a clock itself: every call is given the time.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import UTC, datetime, time, timedelta

from selfcompass.core.meetings import Meeting, MeetingIndex
from selfcompass.core.reminders.planner import (
    FOCUS_MINUTES,
    SNOOZE_MINUTES,
    Due,
    FocusBlock,
    Holds,
    Kind,
    PromptRecord,
    PromptResponse,
    ReminderRules,
    due_now,
    local_day,
    next_due,
    next_wake,
    plan,
)
from selfcompass.core.reminders.types import KEEP_HISTORY, NO_HOLDS, TINY


class ReminderEngine:
    """Holds history, snooze, quiet and focus state; answers check(now) and wake_at(). Never reads a clock."""

    def __init__(self, rules: ReminderRules, started: datetime,
                 history: Iterable[PromptRecord] = (), holds: Holds | None = None) -> None:
        self.rules = rules
        self._meetings = MeetingIndex(())
        self._history: list[PromptRecord] = list(history)
        self._holds = holds or NO_HOLDS  # kept from before a restart (core/reminder_state.py)
        self._expire(started)
        self._last_check = started

    @property
    def holds(self) -> Holds:
        return self._holds

    @property
    def history(self) -> tuple[PromptRecord, ...]:
        return tuple(self._history)

    @property
    def last_check(self) -> datetime:
        return self._last_check

    def set_meetings(self, meetings: Iterable[Meeting] | MeetingIndex) -> None:
        self._meetings = meetings if isinstance(meetings, MeetingIndex) else MeetingIndex(meetings)

    def set_rules(self, rules: ReminderRules) -> None:
        self.rules = rules

    def check(self, now: datetime) -> Due | None:
        """Look at the time: return the prompt to show now, if any, and remember that we looked."""
        self._expire(now)
        if now < self._last_check:
            # The clock went back: don't replay what was already looked at (history dedupes by due time).
            self._last_check = now
            return None
        due = due_now(self.rules, self._meetings, self._history, self._last_check, now, self._holds)
        self._last_check = now
        if due is not None:
            self._history.append(PromptRecord(due.at, due.kind, now))
            if due.kind == Kind.SNOOZED:
                self._holds = replace(self._holds, snoozed=None)
            if due.kind == Kind.FOCUS_END:
                self._holds = replace(self._holds, focus=None)
        return due

    def wake_at(self) -> datetime:
        return next_wake(self.rules, self._meetings, self._history, self._last_check, self._holds)

    def next_due(self) -> Due | None:
        return next_due(self.rules, self._meetings, self._history, self._last_check, self._holds)

    def today(self, now: datetime) -> list[Due]:
        """The rest of today, as it stands: history, snooze, focus and quiet all counted."""
        day = local_day(now, self.rules) + timedelta(days=1)
        end = datetime.combine(day, time(0), self.rules.zone).astimezone(UTC) - TINY
        return plan(self.rules, self._meetings, self._history, max(now, self._last_check), end, self._holds)

    def record(self, due: Due, response: PromptResponse, at: datetime) -> None:
        """Remember what the person did with a prompt (taken, skipped)."""
        self._history.append(PromptRecord(due.at, due.kind, at, response))

    def snooze(self, due: Due, now: datetime, minutes: int) -> Due:
        if minutes not in SNOOZE_MINUTES:
            raise ValueError(f"snooze is {SNOOZE_MINUTES} minutes")
        back = Due(now + timedelta(minutes=minutes), Kind.SNOOZED, due.reason, due.practice_id)
        self._holds = replace(self._holds, snoozed=back)
        self.record(due, PromptResponse.SNOOZED, now)
        return back

    def quiet_until_tomorrow(self, now: datetime) -> datetime:
        day = local_day(now, self.rules) + timedelta(days=1)
        until = datetime.combine(day, time(0), self.rules.zone).astimezone(UTC)
        self._holds = replace(self._holds, quiet_until=until, snoozed=None)
        return until

    def resume(self) -> None:
        self._holds = replace(self._holds, quiet_until=None, snoozed=None)

    def start_focus(self, now: datetime, minutes: int) -> FocusBlock:
        if minutes not in FOCUS_MINUTES:
            raise ValueError(f"focus blocks are {FOCUS_MINUTES} minutes")
        block = FocusBlock(now, minutes)
        self._holds = replace(self._holds, focus=block)
        return block

    def stop_focus(self) -> None:
        self._holds = replace(self._holds, focus=None)

    def _expire(self, now: datetime) -> None:
        h = self._holds
        if h.quiet_until is not None and now >= h.quiet_until:
            self._holds = h = replace(h, quiet_until=None)
        if h.focus is not None and now > h.focus.end + timedelta(minutes=self.rules.catch_up_within_minutes):
            self._holds = replace(h, focus=None)
        cutoff = now - KEEP_HISTORY  # SelfCompass may run for weeks: the history stays a couple of days long
        if self._history and self._history[0].shown_at < cutoff:
            self._history = [r for r in self._history if r.shown_at >= cutoff]
