"""Shift patterns people really have (issue 22): night shifts that belong to the day they start, hours per day of
the week, "my shifts vary", how many nudges, a mistyped zone, and the transition pause for the 09:00 huddle."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from doubles import ManualClock

from selfcompass.core.meetings import Meeting
from selfcompass.core.reminders.engine import ReminderEngine
from selfcompass.core.reminders.planner import Kind, ReminderRules, Rule, blocked_reason, day_plan, plan
from selfcompass.core.reminders.rules import rules_from_settings

LONDON = ZoneInfo("Europe/London")


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), LONDON).astimezone(UTC)


def meeting(day: date, start: tuple[int, int], end: tuple[int, int], title: str,
            end_day: date | None = None) -> Meeting:
    return Meeting(at(day, *start), at(end_day or day, *end), title)


def settings(**values: object) -> dict[str, object]:
    base: dict[str, object] = {"time_zone": "Europe/London", "working_days": ["mon", "tue", "wed", "thu", "fri"],
                               "working_start": "09:00", "working_end": "17:30", "quiet_start": "",
                               "quiet_end": "", "nudges": "some", "shifts_vary": False, "working_hours": []}
    base.update(values)
    return base


# --- fault 3: the 09:00 huddle -------------------------------------------------------------------------

def test_a_transition_pause_is_offered_for_a_meeting_that_ends_as_the_working_day_starts() -> None:
    monday = date(2026, 3, 2)
    rules = ReminderRules(rules=(Rule(Kind.TRANSITION),))
    huddle = meeting(monday, (8, 30), (9, 0), "Huddle")
    assert [(d.at, d.kind) for d in day_plan(rules, [huddle], [], monday)] == [(at(monday, 9), Kind.TRANSITION)]


def test_a_meeting_running_into_working_time_brings_its_pause() -> None:
    monday = date(2026, 3, 2)
    rules = ReminderRules(rules=(Rule(Kind.TRANSITION),))
    early = meeting(monday, (8, 0), (9, 30), "Early board")
    assert [d.at for d in day_plan(rules, [early], [], monday)] == [at(monday, 9, 30)]


# --- fault 4: hours that cross midnight, hours per day, the zone -------------------------------------------

def test_overnight_hours_are_kept_not_replaced_by_the_usual_day() -> None:
    rules, notices = rules_from_settings(settings(working_start="19:30", working_end="07:30"))
    assert notices == []
    assert (rules.working.start, rules.working.end) == (time(19, 30), time(7, 30))
    monday = date(2026, 3, 2)
    assert rules.working.bounds(monday) == (at(monday, 19, 30), at(monday + timedelta(days=1), 7, 30))
    # 03:00 on Tuesday belongs to Monday's shift; 12:00 on Tuesday is nobody's.
    assert rules.working.shift_at(at(monday + timedelta(days=1), 3)) == monday
    assert blocked_reason(at(monday + timedelta(days=1), 12), rules, []) == "outside working hours"


def test_a_friday_night_shift_carries_into_saturday_and_saturday_night_is_not_worked() -> None:
    rules, _ = rules_from_settings(settings(working_start="19:30", working_end="07:30"))
    saturday = date(2026, 3, 7)
    assert blocked_reason(at(saturday, 3), rules, []) is None  # Friday's shift
    assert blocked_reason(at(saturday, 21), rules, []) == "not a working day"


def test_hours_per_day_of_the_week() -> None:
    rules, notices = rules_from_settings(settings(
        working_days=["mon", "tue", "sat"], working_hours=["mon 19:30-07:30", "sat 08:00-14:00"]))
    assert notices == []
    week = rules.working
    monday, tuesday, saturday = date(2026, 3, 2), date(2026, 3, 3), date(2026, 3, 7)
    assert week.bounds(monday) == (at(monday, 19, 30), at(tuesday, 7, 30))
    assert week.bounds(tuesday) == (at(tuesday, 9), at(tuesday, 17, 30))
    assert week.bounds(saturday) == (at(saturday, 8), at(saturday, 14))


def test_badly_written_hours_per_day_say_how_to_write_them() -> None:
    rules, notices = rules_from_settings(settings(working_hours=["monday nine till five"]))
    assert rules == ReminderRules()
    assert len(notices) == 1 and '"mon 19:30-07:30"' in notices[0]


def test_a_mistyped_zone_keeps_the_rest_of_the_settings() -> None:
    rules, notices = rules_from_settings(settings(time_zone="Europe/Londn", working_start="08:00"))
    assert rules.working.time_zone == "Europe/London" and rules.working.start == time(8)
    assert len(notices) == 1 and "Europe/Londn" in notices[0]


# --- nudges and "my shifts vary" ---------------------------------------------------------------------------

def busy_tuesday() -> tuple[date, list[Meeting]]:
    tuesday = date(2026, 3, 3)
    return tuesday, [meeting(tuesday, (9, 0), (9, 30), "Huddle"),
                     meeting(tuesday, (10, 0), (11, 0), "Bed meeting"), meeting(tuesday, (11, 0), (12, 30), "Finance"),
                     meeting(tuesday, (15, 0), (15, 30), "1:1")]


def test_no_nudges_chosen_or_none_arms_nothing() -> None:
    tuesday, meetings = busy_tuesday()
    for nudges in ("unset", "none"):
        rules, _ = rules_from_settings(settings(nudges=nudges))
        assert rules.rules == () and day_plan(rules, meetings, [], tuesday) == []


def test_one_or_two_a_day_is_a_pause_after_the_busiest_run_and_the_wind_down() -> None:
    tuesday, meetings = busy_tuesday()
    rules, _ = rules_from_settings(settings(nudges="few"))
    got = [(d.at.astimezone(LONDON).strftime("%H:%M"), d.kind) for d in day_plan(rules, meetings, [], tuesday)]
    assert got == [("12:30", Kind.TRANSITION), ("17:15", Kind.SHUTDOWN)]
    for day in range(2, 9):  # never more than two on any day of a busy week
        assert len(day_plan(rules, meetings, [], date(2026, 3, day))) <= 2


def test_some_is_the_full_set() -> None:
    rules, _ = rules_from_settings(settings(nudges="some"))
    assert [r.kind for r in rules.rules] == [Kind.TRANSITION, Kind.GAP, Kind.INBOX, Kind.INTERVAL, Kind.SHUTDOWN]


def test_when_shifts_vary_only_calendar_and_chosen_times_at_any_hour() -> None:
    rules, notices = rules_from_settings(settings(shifts_vary=True))
    assert notices == []
    assert [r.kind for r in rules.rules] == [Kind.TRANSITION, Kind.GAP, Kind.INBOX]
    tuesday = date(2026, 3, 3)
    night = [meeting(tuesday, (2, 0), (3, 0), "Night bed meeting")]
    got = [(d.at.astimezone(LONDON).strftime("%H:%M"), d.kind) for d in day_plan(rules, night, [], tuesday)]
    assert got == [("03:00", Kind.TRANSITION), ("10:00", Kind.INBOX), ("14:00", Kind.INBOX)]


# --- a simulated fortnight of night shifts across the October clock change ----------------------------

#: Thursday 22 to Friday 30 October 2026; the clocks go back on Sunday 25 October at 02:00.
SPAN = (datetime(2026, 10, 22, 18, 0, tzinfo=LONDON), datetime(2026, 10, 30, 9, 0, tzinfo=LONDON))
NIGHTS = (date(2026, 10, 22), date(2026, 10, 26), date(2026, 10, 27), date(2026, 10, 28), date(2026, 10, 29))
# One night, worked out by hand from the usual rules ("some"): 90-minute pauses from the start of the shift,
# quiet 03:00 to 04:00, the end-of-shift wind-down 15 minutes before 07:30.
ONE_NIGHT = [
    ("20:00", "transition"),  # the handover ends
    ("21:30", "interval"),
    ("23:00", "interval"),
    ("23:25", "gap"),  # a moment to arrive before the 23:30 safety huddle
    ("23:45", "transition"),  # the huddle ends
    ("01:15", "interval"),
    ("02:45", "interval"),
    ("04:15", "interval"),  # 90 minutes on; quiet hours are over
    ("05:45", "interval"),
    ("07:15", "shutdown"),  # the 07:15 interval merges into it
]


def night_rules() -> ReminderRules:
    rules, notices = rules_from_settings(settings(working_days=["mon", "tue", "wed", "thu"], working_start="19:30",
                                                  working_end="07:30", quiet_start="03:00", quiet_end="04:00"))
    assert notices == []
    return rules


def night_meetings() -> list[Meeting]:
    out = []
    for first in range(18, 32):
        day = date(2026, 10, first)
        out.append(meeting(day, (19, 30), (20, 0), "Handover"))
        out.append(meeting(day, (23, 30), (23, 45), "Safety huddle"))
    return out


def test_a_simulated_fortnight_of_night_shifts_gives_exactly_the_expected_prompts() -> None:
    rules, meetings = night_rules(), night_meetings()
    clock = ManualClock(SPAN[0].astimezone(UTC))
    engine = ReminderEngine(rules, clock.now())
    engine.set_meetings(meetings)
    shown = []
    while (wake := engine.wake_at()) <= SPAN[1]:
        clock.advance((wake - clock.now()).total_seconds())
        due = engine.check(clock.now())
        if due is not None:
            shown.append(due)
    expected = []
    for night in NIGHTS:
        for hhmm, kind in ONE_NIGHT:
            day = night if hhmm >= "19:30" else night + timedelta(days=1)
            expected.append((datetime.combine(day, time.fromisoformat(hhmm), LONDON).astimezone(UTC), kind))
    assert [(d.at, d.kind.value) for d in shown] == expected
    for d in shown:  # never inside a meeting or quiet hours; every one in a Monday-to-Thursday night shift
        assert not any(m.start <= d.at < m.end for m in meetings), d
        assert not time(3) <= d.at.astimezone(LONDON).time() < time(4), d
        shift = rules.working.shift_at(d.at)
        assert shift is not None and shift.weekday() < 4, d


def test_a_night_shift_across_the_clock_change_counts_real_time() -> None:
    # Saturday 24 October 19:30 (summer time) to Sunday 07:30 (winter time): thirteen hours of shift.
    rules, _ = rules_from_settings(settings(working_days=["sat"], working_start="19:30", working_end="07:30",
                                            quiet_start="03:00", quiet_end="04:00"))
    saturday = date(2026, 10, 24)
    start, end = rules.working.bounds(saturday)
    assert end - start == timedelta(hours=13)
    got = [f"{d.at.astimezone(LONDON):%H:%M%z} {d.kind.value}" for d in plan(rules, [], [], start - timedelta(
        minutes=1), end)]
    assert got == ["21:00+0100 interval", "22:30+0100 interval", "00:00+0100 interval", "01:30+0100 interval",
                   "02:00+0000 interval",  # ninety real minutes after 01:30 summer time
                   "04:00+0000 interval",  # 03:30 falls in quiet hours: held until they end
                   "05:30+0000 interval", "07:00+0000 interval", "07:15+0000 shutdown"]
