"""Reminder maths: blocking, spacing, focus blocks, snooze, quiet, daylight saving and rules as data."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from selfcompass.core.datafile import DataFileError
from selfcompass.core.meetings import Meeting, WorkingWeek
from selfcompass.core.reminders.engine import ReminderEngine
from selfcompass.core.reminders.planner import (
    Due,
    FocusBlock,
    Holds,
    Kind,
    ReminderRules,
    Rule,
    TimeRange,
    blocked_reason,
    day_plan,
    due_now,
    next_due,
    next_wake,
    plan,
)
from selfcompass.core.reminders.rules import rules_from_mapping, rules_from_settings
from selfcompass.core.reminders.types import KEEP_HISTORY

LONDON = ZoneInfo("Europe/London")


def at(y: int, mo: int, d: int, h: int, mi: int = 0) -> datetime:
    return datetime(y, mo, d, h, mi, tzinfo=LONDON).astimezone(UTC)


def meeting(start: datetime, minutes: int, title: str = "Meeting", **kw: object) -> Meeting:
    return Meeting(start, start + timedelta(minutes=minutes), title, **kw)  # type: ignore[arg-type]


def local(d: Due) -> str:
    return f"{d.at.astimezone(LONDON):%H:%M} {d.kind.value}"


INTERVAL_ONLY = ReminderRules(rules=(Rule(Kind.INTERVAL, every_minutes=60),))


def test_interval_counts_working_time_from_the_start_of_the_day() -> None:
    got = [local(d) for d in day_plan(INTERVAL_ONLY, [], [], date(2026, 1, 5))]
    assert got == [f"{h:02d}:00 interval" for h in range(10, 18)]


def test_nothing_on_a_weekend() -> None:
    assert day_plan(ReminderRules(), [], [], date(2026, 1, 10)) == []


def test_interval_is_held_until_a_meeting_ends() -> None:
    m = [meeting(at(2026, 1, 5, 9, 45), 45, "Ward round")]
    got = [local(d) for d in day_plan(INTERVAL_ONLY, m, [], date(2026, 1, 5))][:2]
    assert got == ["10:30 interval", "11:30 interval"]
    held = day_plan(INTERVAL_ONLY, m, [], date(2026, 1, 5))[0]
    assert "held" in held.reason


def test_transition_and_gap_pauses() -> None:
    rules = ReminderRules(rules=(Rule(Kind.TRANSITION), Rule(Kind.GAP, min_gap_minutes=30, lead_minutes=5)))
    m = [meeting(at(2026, 1, 5, 10), 60, "Finance"), meeting(at(2026, 1, 5, 12), 30, "Ops")]
    got = [local(d) for d in day_plan(rules, m, [], date(2026, 1, 5))]
    assert got == ["11:00 transition", "11:55 gap", "12:30 transition"]
    assert "'Ops' at 12:00" in day_plan(rules, m, [], date(2026, 1, 5))[1].reason


def test_back_to_back_transition_is_never_inside_the_next_meeting() -> None:
    rules = ReminderRules(rules=(Rule(Kind.TRANSITION),))
    m = [meeting(at(2026, 1, 5, 10), 60), meeting(at(2026, 1, 5, 11), 60)]
    assert [local(d) for d in day_plan(rules, m, [], date(2026, 1, 5))] == ["12:00 transition"]


def test_free_and_all_day_events_do_not_block() -> None:
    m = [meeting(at(2026, 1, 5, 9, 30), 120, "Webinar", busy=False),
         Meeting(at(2026, 1, 5, 0), at(2026, 1, 6, 0), "Awards", all_day=True)]
    assert blocked_reason(at(2026, 1, 5, 10), INTERVAL_ONLY, m) is None


def test_out_of_office_day_has_no_prompts() -> None:
    m = [Meeting(at(2026, 1, 5, 0), at(2026, 1, 6, 0), "Leave", all_day=True, away=True)]
    assert day_plan(ReminderRules(), m, [], date(2026, 1, 5)) == []
    assert day_plan(ReminderRules(), m, [], date(2026, 1, 6)) != []


def test_quiet_hours_wrap_midnight_and_block() -> None:
    rules = ReminderRules(working=WorkingWeek(frozenset(range(7)), time(6), time(23, 30)),
                          quiet=(TimeRange(time(22), time(7)), TimeRange(time(12), time(13))))
    assert blocked_reason(at(2026, 1, 5, 6, 30), rules, []) == "quiet hours"
    assert blocked_reason(at(2026, 1, 5, 12, 59), rules, []) == "quiet hours"
    assert blocked_reason(at(2026, 1, 5, 13), rules, []) is None
    assert blocked_reason(at(2026, 1, 5, 22, 15), rules, []) == "quiet hours"


def test_spacing_drops_a_prompt_too_close_to_the_last() -> None:
    rules = ReminderRules(rules=(Rule(Kind.FIXED, times=(time(10), time(10, 10), time(10, 30))),))
    assert [local(d) for d in day_plan(rules, [], [], date(2026, 1, 5))] == ["10:00 fixed", "10:30 fixed"]


def test_shutdown_is_offered_even_just_after_another_prompt() -> None:
    rules = ReminderRules(rules=(Rule(Kind.FIXED, times=(time(17, 10),)), Rule(Kind.SHUTDOWN)))
    got = [local(d) for d in day_plan(rules, [], [], date(2026, 1, 5))]
    assert got == ["17:10 fixed", "17:15 shutdown"]
    assert day_plan(rules, [], [], date(2026, 1, 5))[1].practice_id == "shutdown-ritual"


def test_focus_block_holds_prompts_then_ends_calmly() -> None:
    engine = ReminderEngine(INTERVAL_ONLY, at(2026, 1, 5, 9, 30))
    engine.start_focus(at(2026, 1, 5, 9, 30), 90)
    # 10:00 and 10:30 would fall inside the block; the calm end comes at 11:00 instead.
    due = engine.next_due()
    assert due is not None and local(due) == "11:00 focus-end"
    assert due.practice_id == "ten-second-pause"
    assert engine.check(at(2026, 1, 5, 11)) == due
    assert engine.holds.focus is None
    nxt = engine.next_due()
    assert nxt is not None and local(nxt) == "12:00 interval"


def test_over_weeks_the_engine_keeps_only_the_history_it_needs() -> None:
    """SelfCompass may wait in the tray for weeks; spacing and today's plan need a day or two of history at most."""
    start = at(2026, 1, 5, 9)
    engine = ReminderEngine(INTERVAL_ONLY, start)
    now = start
    shown = 0
    while now < at(2026, 1, 23, 18):  # the third Friday evening
        now += timedelta(minutes=15)
        shown += engine.check(now) is not None
    assert shown > 100  # fifteen working days of hourly prompts
    assert engine.history[0].shown_at >= now - KEEP_HISTORY  # Thursday and Friday only
    assert 0 < len(engine.history) <= 20
    assert all(r.shown_at >= now - KEEP_HISTORY for r in engine.history)


def test_focus_minutes_are_25_50_or_90() -> None:
    engine = ReminderEngine(INTERVAL_ONLY, at(2026, 1, 5, 9))
    with pytest.raises(ValueError):
        engine.start_focus(at(2026, 1, 5, 9), 40)


def test_snooze_brings_the_prompt_back_once() -> None:
    engine = ReminderEngine(INTERVAL_ONLY, at(2026, 1, 5, 9))
    due = engine.check(at(2026, 1, 5, 10))
    assert due is not None
    engine.snooze(due, at(2026, 1, 5, 10), 30)
    back = engine.next_due()
    assert back is not None and local(back) == "10:30 snoozed"
    assert engine.check(at(2026, 1, 5, 10, 30)) == back
    nxt = engine.next_due()
    assert nxt is not None and local(nxt) == "11:30 interval"


def test_quiet_until_tomorrow() -> None:
    engine = ReminderEngine(INTERVAL_ONLY, at(2026, 1, 5, 9))
    engine.quiet_until_tomorrow(at(2026, 1, 5, 9, 5))
    nxt = engine.next_due()
    assert nxt is not None and nxt.at == at(2026, 1, 6, 10)


def test_next_wake_skips_the_weekend() -> None:
    assert next_wake(INTERVAL_ONLY, [], [], at(2026, 1, 9, 17, 30)) == at(2026, 1, 12, 10)


def test_next_wake_with_nothing_planned_looks_again_tomorrow() -> None:
    rules = ReminderRules(rules=())
    now = at(2026, 1, 5, 9)
    assert next_wake(rules, [], [], now) == now + timedelta(days=1)


@pytest.mark.parametrize(("day", "offset"), [(date(2026, 3, 29), 1), (date(2026, 10, 25), 0),
                                              (date(2026, 3, 28), 0), (date(2026, 10, 24), 1)])
def test_daylight_saving_days_keep_local_times(day: date, offset: int) -> None:
    rules = ReminderRules(working=WorkingWeek(frozenset(range(7)), time(9), time(17, 30)),
                          rules=(Rule(Kind.INTERVAL, every_minutes=120),))
    got = day_plan(rules, [], [], day)
    assert [f"{d.at.astimezone(LONDON):%H:%M}" for d in got] == ["11:00", "13:00", "15:00", "17:00"]
    assert all(d.at.astimezone(LONDON).utcoffset() == timedelta(hours=offset) for d in got)


def test_the_users_zone_is_a_setting() -> None:
    rules = ReminderRules(working=WorkingWeek(time_zone="America/New_York"),
                          rules=(Rule(Kind.FIXED, times=(time(10),)),))
    (only,) = day_plan(rules, [], [], date(2026, 1, 5))
    assert only.at == datetime(2026, 1, 5, 15, 0, tzinfo=UTC)


def test_catch_up_only_when_now_is_free() -> None:
    m = [meeting(at(2026, 1, 5, 12), 60)]
    since = at(2026, 1, 5, 9, 5)
    assert due_now(INTERVAL_ONLY, m, [], since, at(2026, 1, 5, 12, 30)) is None
    caught = due_now(INTERVAL_ONLY, m, [], since, at(2026, 1, 5, 13, 5))
    assert caught is not None and caught.kind == Kind.CATCH_UP


def test_rules_from_mapping_reads_settings() -> None:
    rules = rules_from_mapping({
        "time_zone": "Europe/London", "working_days": ["mon", "tue", "wed", "thu"],
        "working_start": "08:00", "working_end": "16:00",
        "quiet": [{"start": "12:00", "end": "12:30"}],
        "rules": [{"kind": "inbox", "times": ["09:30", "15:30"]},
                  {"kind": "interval", "every_minutes": 50, "practice": "box-breathing"},
                  {"kind": "transition", "practice": "choose-for-me"}],
    })
    assert rules.working.days == frozenset({0, 1, 2, 3})
    assert rules.rules[0].practice == "inbox-batching"
    assert rules.rules[1].practice == "box-breathing"
    assert rules.rules[2].practice == "transition-pause"  # the kind's usual practice


def test_rules_from_mapping_names_every_problem() -> None:
    with pytest.raises(DataFileError) as err:
        rules_from_mapping({"time_zone": "Mars/Olympus", "working_start": "nine",
                            "rules": [{"kind": "hourly"}, {"kind": "fixed", "practice": "yoga", "colour": 1}]},
                           "reminders.toml")
    text = str(err.value)
    for part in ("time_zone", "working_start", "rules[0].kind", "rules[1].practice", "rules[1].colour",
                 "rules[1].times"):
        assert part in text
    assert all(p.source == "reminders.toml" for p in err.value.problems)


# --- the property: never a prompt in a meeting, in quiet hours or during a focus block ---------------

DAY0 = datetime(2026, 3, 23, 0, 0, tzinfo=UTC)  # a week that crosses the March clock change

meetings_st = st.lists(
    st.builds(lambda start, minutes, busy: Meeting(DAY0 + timedelta(minutes=start),
                                                   DAY0 + timedelta(minutes=start + minutes), "m", busy=busy),
              st.integers(0, 8 * 24 * 60), st.integers(1, 240), st.booleans()),
    max_size=40)
times_st = st.lists(st.builds(time, st.integers(0, 23), st.sampled_from([0, 15, 30, 45])), max_size=4)
rule_st = st.one_of(
    st.builds(lambda m: Rule(Kind.INTERVAL, every_minutes=m), st.integers(5, 240)),
    st.builds(lambda t: Rule(Kind.FIXED, times=tuple(t)), times_st),
    st.builds(lambda t: Rule(Kind.INBOX, times=tuple(t)), times_st),
    st.builds(lambda m: Rule(Kind.SHUTDOWN, minutes_before_end=m), st.integers(0, 60)),
    st.just(Rule(Kind.TRANSITION)),
    st.builds(lambda g, lead: Rule(Kind.GAP, min_gap_minutes=g, lead_minutes=lead),
              st.integers(5, 90), st.integers(0, 15)),
)
quiet_st = st.lists(st.builds(TimeRange, st.builds(time, st.integers(0, 23), st.sampled_from([0, 30])),
                              st.builds(time, st.integers(0, 23), st.sampled_from([0, 30]))), max_size=2)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(meetings=meetings_st, rules=st.lists(rule_st, max_size=6), quiet=quiet_st,
       focus_start=st.integers(0, 8 * 24 * 60), focus_len=st.sampled_from([25, 50, 90]),
       zone=st.sampled_from(["Europe/London", "Europe/Paris", "America/New_York"]))
def test_no_prompt_in_a_meeting_quiet_hours_or_focus(meetings: list[Meeting], rules: list[Rule],
                                                      quiet: list[TimeRange], focus_start: int, focus_len: int,
                                                      zone: str) -> None:
    r = ReminderRules(working=WorkingWeek(frozenset(range(6)), time(8), time(18), zone), quiet=tuple(quiet),
                      rules=tuple(rules))
    focus = FocusBlock(DAY0 + timedelta(minutes=focus_start), focus_len)
    holds = Holds(focus=focus)
    out = plan(r, meetings, [], DAY0, DAY0 + timedelta(days=8), holds)
    z = ZoneInfo(zone)
    for d in out:
        assert not any(m.busy and m.start <= d.at < m.end for m in meetings), d
        assert not any(q.contains(d.at.astimezone(z).time()) for q in quiet), d
        assert not focus.start <= d.at < focus.end, d
        lt = d.at.astimezone(z)
        assert lt.weekday() < 6 and time(8) <= lt.time() < time(18), d
    assert [d.at for d in out] == sorted(d.at for d in out)
    first = next_due(r, meetings, [], DAY0, holds)
    assert first == (out[0] if out else None)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(meetings=meetings_st, rules=st.lists(rule_st, min_size=1, max_size=6), quiet=quiet_st,
       steps=st.lists(st.integers(1, 6 * 60), min_size=1, max_size=60))
def test_engine_never_prompts_when_blocked_whatever_the_wakes(meetings: list[Meeting], rules: list[Rule],
                                                              quiet: list[TimeRange], steps: list[int]) -> None:
    """Checks at random moments (sleeps, late timers) never bring a prompt at a blocked moment."""
    r = ReminderRules(working=WorkingWeek(frozenset(range(6)), time(8), time(18)), quiet=tuple(quiet),
                      rules=tuple(rules))
    engine = ReminderEngine(r, DAY0)
    engine.set_meetings(meetings)
    now = DAY0
    for minutes in steps:
        now += timedelta(minutes=minutes)
        due = engine.check(now)
        if due is not None:
            assert blocked_reason(due.at, r, meetings) is None, due
            assert blocked_reason(now, r, meetings) is None, due  # where it is really shown
            assert now - due.at <= timedelta(minutes=r.grace_minutes), due


def test_rules_from_the_apps_flat_settings() -> None:
    from selfcompass.core.settings import Settings

    values = dict(Settings.defaults().values)
    values.update(quiet_start="12:30", quiet_end="13:00", working_days=["mon", "wed"], nudges="some")
    rules, notices = rules_from_settings(values)
    assert notices == []
    assert rules.quiet == (TimeRange(time(12, 30), time(13)),)
    assert rules.working.days == frozenset({0, 2})
    assert [r.kind for r in rules.rules] == [Kind.TRANSITION, Kind.GAP, Kind.INBOX, Kind.INTERVAL, Kind.SHUTDOWN]


def test_bad_flat_settings_fall_back_kindly() -> None:
    rules, notices = rules_from_settings({"working_start": "half nine", "time_zone": "Nowhere/Atlantis"})
    assert rules == ReminderRules()
    assert len(notices) == 2 and "usual reminder times" in notices[1]
    assert "Atlantis" in notices[0] and "Europe/London is used" in notices[0]
