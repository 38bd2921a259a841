"""A simulated working week across the March clock change, with a real-looking Outlook calendar and a sleep."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from doubles import ManualClock
from reminder_week import EXPECTED, LONDON, SLEEP, SLEEP_FROM, WEEK_END, WEEK_START, label, week_meetings, week_rules

from selfcompass.core.reminders.engine import ReminderEngine
from selfcompass.core.reminders.planner import Kind


def test_engine_week_gives_exactly_the_expected_prompts() -> None:
    clock = ManualClock(WEEK_START.astimezone(UTC))
    engine = ReminderEngine(week_rules(), clock.now())
    engine.set_meetings(week_meetings())
    shown = []
    sleep_from = SLEEP_FROM.astimezone(UTC)
    slept = False
    while (wake := engine.wake_at()) <= WEEK_END:
        if not slept and wake >= sleep_from:
            clock.advance((sleep_from - clock.now()).total_seconds() + SLEEP.total_seconds())
            slept = True
        else:
            clock.advance((wake - clock.now()).total_seconds())
        due = engine.check(clock.now())
        if due is not None:
            shown.append(label(due.at, due.kind))
    assert shown == EXPECTED


def test_no_storm_after_sleep_even_over_a_whole_day() -> None:
    rules = week_rules()
    start = datetime(2026, 3, 26, 9, 0, tzinfo=LONDON).astimezone(UTC)
    engine = ReminderEngine(rules, start)
    engine.set_meetings(week_meetings())
    # The lid shuts at 09:01 and opens at 16:00: many pauses missed, one catch-up at most.
    assert engine.check(start + timedelta(minutes=1)) is None
    woke = datetime(2026, 3, 26, 16, 0, tzinfo=LONDON).astimezone(UTC)
    first = engine.check(woke)
    assert first is not None and first.kind == Kind.CATCH_UP
    assert engine.check(woke + timedelta(seconds=30)) is None


@pytest.mark.parametrize("hours", [7, 30])
def test_long_sleep_brings_no_catch_up(hours: int) -> None:
    rules = week_rules()
    start = datetime(2026, 3, 26, 11, 0, tzinfo=LONDON).astimezone(UTC)
    engine = ReminderEngine(rules, start)
    # Everything missed is more than four hours old, or the day is over: no catch-up.
    due = engine.check(start + timedelta(hours=hours))
    assert due is None or due.kind != Kind.CATCH_UP


def test_clock_going_back_does_not_replay_prompts() -> None:
    rules = week_rules()
    start = datetime(2026, 3, 26, 9, 0, tzinfo=LONDON).astimezone(UTC)
    engine = ReminderEngine(rules, start)
    ten = datetime(2026, 3, 26, 10, 0, tzinfo=LONDON).astimezone(UTC)
    assert engine.check(ten) is not None  # the inbox check
    assert engine.check(ten - timedelta(hours=1)) is None  # the clock is set back an hour
    assert engine.check(ten) is None  # and 10:00 comes round again: not shown twice
