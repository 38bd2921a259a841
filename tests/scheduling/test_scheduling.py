"""The reminder service and its timers: time travel with a manual clock and fake timers, no sleeping."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, time, timedelta

import pytest
from doubles import FakeTimers, ManualClock
from pytestqt.qtbot import QtBot
from reminder_week import EXPECTED, SLEEP, SLEEP_FROM, WEEK_END, WEEK_START, label, week_meetings, week_rules

from selfcompass.core.reminders.planner import Due, Kind, PromptResponse, ReminderRules, Rule
from selfcompass.scheduling.service import TIMER_NAME, ReminderService
from selfcompass.scheduling.timers import CHECK_EVERY, QtTimers


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(WEEK_START.astimezone(UTC))


@pytest.fixture
def timers(clock: ManualClock) -> FakeTimers:
    return FakeTimers(clock)


def make_service(clock: ManualClock, timers: FakeTimers, rules: ReminderRules | None = None,
                 meetings: tuple = ()) -> tuple[ReminderService, list[Due]]:
    service = ReminderService(clock, timers, rules or week_rules(), lambda: meetings)
    shown: list[Due] = []
    service.prompt_due.connect(shown.append)
    service.start()
    return service, shown


def test_service_week_matches_the_core_simulation(clock: ManualClock, timers: FakeTimers) -> None:
    service, shown = make_service(clock, timers, meetings=week_meetings())
    timers.run_until(SLEEP_FROM.astimezone(UTC))
    timers.sleep(SLEEP)
    timers.run_until(WEEK_END.astimezone(UTC))
    assert [label(d.at, d.kind) for d in shown] == EXPECTED
    assert list(timers.pending()) == [TIMER_NAME]  # one timer, always
    service.stop()
    assert timers.pending() == {}


def test_one_timer_armed_for_the_next_due_moment(clock: ManualClock, timers: FakeTimers) -> None:
    service, _ = make_service(clock, timers, meetings=week_meetings())
    nxt = service.next_due()
    assert nxt is not None and timers.pending() == {TIMER_NAME: nxt.at}
    assert label(nxt.at, nxt.kind) == "Thu 26 09:15 transition"
    service.stop()


def test_snooze_later_and_not_today(clock: ManualClock, timers: FakeTimers) -> None:
    service, shown = make_service(clock, timers, meetings=week_meetings())
    records = []
    service.prompt_recorded.connect(records.append)
    timers.run_until(clock.now() + timedelta(hours=1, minutes=20))  # to 09:20, after the 09:15 transition
    first = shown[-1]
    back = service.snooze(first, 30)
    assert timers.pending()[TIMER_NAME] == back.at
    timers.run_until(back.at)
    assert shown[-1].kind == Kind.SNOOZED
    service.not_today(shown[-1])
    assert records[-1].response == PromptResponse.SKIPPED
    before = len(shown)
    timers.run_until(clock.now() + timedelta(hours=6))
    assert len(shown) == before  # nothing more today
    nxt = service.next_due()
    assert nxt is not None and label(nxt.at, nxt.kind) == "Fri 27 10:00 inbox"
    service.stop()


def test_focus_block_from_the_service(clock: ManualClock, timers: FakeTimers) -> None:
    rules = ReminderRules(rules=(Rule(Kind.INTERVAL, every_minutes=30),))
    clock.jump(datetime(2026, 1, 5, 9, 0, tzinfo=UTC))
    service, shown = make_service(clock, timers, rules)
    focus_events = []
    service.focus_changed.connect(focus_events.append)
    service.start_focus(50)
    timers.run_until(datetime(2026, 1, 5, 10, 0, tzinfo=UTC))
    assert [d.kind for d in shown] == [Kind.FOCUS_END]
    assert shown[0].at == datetime(2026, 1, 5, 9, 50, tzinfo=UTC)
    assert focus_events[0] is not None and focus_events[-1] is None
    service.stop()


def test_quiet_until_tomorrow_and_resume(clock: ManualClock, timers: FakeTimers) -> None:
    service, _ = make_service(clock, timers, meetings=week_meetings())
    service.quiet_until_tomorrow()
    assert service.quiet_until is not None
    service.resume()
    assert service.quiet_until is None
    service.stop()


def test_today_plan(clock: ManualClock, timers: FakeTimers) -> None:
    service, _ = make_service(clock, timers, meetings=week_meetings())
    assert [label(d.at, d.kind) for d in service.today_plan()] == EXPECTED[:8]
    service.stop()


# --- the Qt timers ----------------------------------------------------------------------------------


@pytest.fixture
def qt_timers(qapp: object, clock: ManualClock) -> Iterator[QtTimers]:
    timers = QtTimers(clock)
    yield timers
    timers.cancel_all()
    timers.deleteLater()


def test_qt_timer_never_waits_more_than_a_minute(clock: ManualClock, qt_timers: QtTimers) -> None:
    calls: list[datetime] = []
    qt_timers.start_at("far", clock.now() + timedelta(hours=3), lambda: calls.append(clock.now()))
    assert qt_timers.interval_ms("far") == int(CHECK_EVERY.total_seconds() * 1000)
    clock.advance(60)
    qt_timers._fired("far")  # as if the QTimer timed out: not yet due, so it re-arms quietly
    assert calls == [] and qt_timers.interval_ms("far") == 60_000
    qt_timers.start_at("soon", clock.now() + timedelta(seconds=5), lambda: calls.append(clock.now()))
    assert qt_timers.interval_ms("soon") == 5000


def test_qt_timer_calls_back_when_due(clock: ManualClock, qt_timers: QtTimers) -> None:
    calls: list[str] = []
    qt_timers.start_at("t", clock.now() + timedelta(seconds=40), lambda: calls.append("due"))
    clock.advance(40)
    qt_timers._fired("t")
    assert calls == ["due"] and qt_timers.pending() == {}


def test_qt_timer_notices_a_wall_clock_jump(clock: ManualClock, qt_timers: QtTimers) -> None:
    calls: list[str] = []
    qt_timers.start_at("t", clock.now() + timedelta(hours=2), lambda: calls.append("replan"))
    clock.advance(60)
    clock.jump(clock.now() - timedelta(minutes=30))  # the clock is set back: time to re-plan
    qt_timers._fired("t")
    assert calls == ["replan"]


def test_qt_timer_really_fires(qtbot: QtBot, clock: ManualClock, qt_timers: QtTimers) -> None:
    calls: list[str] = []
    qt_timers.start_at("now", clock.now(), lambda: calls.append("fired"))
    qtbot.waitUntil(lambda: calls == ["fired"], timeout=2000)


# --- presentation awareness -------------------------------------------------------------------------


def test_prompts_wait_while_presenting_then_come_once(clock: ManualClock, timers: FakeTimers) -> None:
    presenting = [True]
    clock.jump(datetime(2026, 1, 5, 9, 0, tzinfo=UTC))
    rules = ReminderRules(rules=(Rule(Kind.INTERVAL, every_minutes=60),))
    service = ReminderService(clock, timers, rules, lambda: (), presenting=lambda: presenting[0])
    shown: list[Due] = []
    service.prompt_due.connect(shown.append)
    service.start()
    timers.run_until(datetime(2026, 1, 5, 10, 12, tzinfo=UTC))
    assert shown == [] and service.held is not None
    presenting[0] = False
    timers.run_until(datetime(2026, 1, 5, 10, 16, tzinfo=UTC))
    assert [d.at for d in shown] == [datetime(2026, 1, 5, 10, 0, tzinfo=UTC)]
    assert service.held is None
    service.stop()


def test_a_held_prompt_is_let_go_after_an_hour(clock: ManualClock, timers: FakeTimers) -> None:
    clock.jump(datetime(2026, 1, 5, 9, 0, tzinfo=UTC))
    rules = ReminderRules(rules=(Rule(Kind.FIXED, times=(time(10),)),))
    service = ReminderService(clock, timers, rules, lambda: (), presenting=lambda: True)
    shown: list[Due] = []
    service.prompt_due.connect(shown.append)
    service.start()
    timers.run_until(datetime(2026, 1, 5, 12, 0, tzinfo=UTC))
    assert shown == [] and service.held is None
    service.stop()


def test_clock_jump_forward_brings_one_catch_up(clock: ManualClock, timers: FakeTimers) -> None:
    service, shown = make_service(clock, timers, meetings=week_meetings())
    timers.run_until(datetime(2026, 3, 26, 10, 5, tzinfo=UTC))
    before = len(shown)
    clock.jump(datetime(2026, 3, 26, 15, 40, tzinfo=UTC))  # the clock is corrected by hours
    service.check_now()  # what the Qt timer does when wall and monotonic time disagree
    assert [d.kind for d in shown[before:]] == [Kind.CATCH_UP]
    service.check_now()
    assert len(shown) == before + 1
    service.stop()


def test_status_and_today_lines(clock: ManualClock, timers: FakeTimers) -> None:
    service, _ = make_service(clock, timers, meetings=week_meetings())
    assert service.status_line() == "Next pause at 09:15"
    assert service.today_lines()[:2] == ["09:15  a transition pause", "10:00  inbox check"]
    service.start_focus(25)
    assert service.status_line() == "Focusing until 08:25"
    service.stop_focus()
    service.quiet_until_tomorrow()
    assert service.status_line() == "Quiet until tomorrow"
    service.stop()


def test_every_shown_prompt_is_recorded_for_storage(clock: ManualClock, timers: FakeTimers) -> None:
    service, shown = make_service(clock, timers, meetings=week_meetings())
    records = []
    service.prompt_recorded.connect(records.append)
    timers.run_until(datetime(2026, 3, 26, 12, 0, tzinfo=UTC))
    service.taken(shown[-1])
    assert [r.response for r in records] == [PromptResponse.SHOWN] * len(shown) + [PromptResponse.TAKEN]
    # A restart with that history plans exactly as if nothing had stopped.
    again = ReminderService(clock, FakeTimers(clock), week_rules(), week_meetings, history=service.history)
    assert again.next_due() == service.next_due()
    service.stop()


def test_today_plan_follows_what_happened(clock: ManualClock, timers: FakeTimers) -> None:
    service, _ = make_service(clock, timers, meetings=week_meetings())
    timers.run_until(datetime(2026, 3, 26, 9, 20, tzinfo=UTC))
    service.snooze_all(60)
    assert [label(d.at, d.kind) for d in service.today_plan()][:2] == ["Thu 26 10:20 snoozed",
                                                                       "Thu 26 12:20 interval"]
    service.stop()


def test_a_month_asleep_is_quick_and_quiet(clock: ManualClock, timers: FakeTimers) -> None:
    service, shown = make_service(clock, timers, meetings=week_meetings())
    timers.sleep(timedelta(days=33))
    assert shown == [] or [d.kind for d in shown] == [Kind.CATCH_UP]
    service.stop()
