"""Meeting analysis: back-to-back runs, the weekly load and kind suggestions."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from selfcompass.core.meetings import Meeting, WorkingWeek, hours_words, runs, week_load

LONDON = ZoneInfo("Europe/London")


def m(day: int, h: int, mi: int, minutes: int, title: str = "m", **kw: object) -> Meeting:
    start = datetime(2026, 3, day, h, mi, tzinfo=LONDON).astimezone(UTC)
    return Meeting(start, start + timedelta(minutes=minutes), title, **kw)  # type: ignore[arg-type]


def test_runs_join_meetings_less_than_five_minutes_apart() -> None:
    got = runs([m(30, 10, 0, 60), m(30, 11, 4, 56), m(30, 12, 10, 30), m(30, 9, 0, 30, busy=False)])
    assert [len(r.meetings) for r in got] == [2, 1]
    assert got[0].duration == timedelta(hours=2)


def test_overlapping_meetings_count_once() -> None:
    load = week_load([m(30, 10, 0, 60), m(30, 10, 30, 60)], date(2026, 3, 30))
    assert load.days[0].meeting_time == timedelta(minutes=90)


def test_week_load_numbers_and_kind_suggestions() -> None:
    tuesday = [m(31, 10, 0, 60), m(31, 11, 0, 60), m(31, 12, 0, 60), m(31, 13, 0, 60)]
    load = week_load([*tuesday, m(30, 9, 30, 15), m(30, 14, 0, 30)],
                     date(2026, 3, 30))
    tue = load.days[1]
    assert tue.name == "Tuesday"
    assert tue.meeting_time == timedelta(hours=4)
    assert tue.longest_run == timedelta(hours=4)
    assert tue.working_time == timedelta(hours=8, minutes=30)
    assert round(tue.share, 2) == 0.47
    assert load.suggestions[0] == ("Tuesday has four hours back to back: could two of them be 25 or 50 "
                                   "minutes, to leave a moment to breathe in between?")
    assert len(load.days) == 5  # weekend days without meetings are left out


def test_a_light_week_is_noticed_kindly() -> None:
    load = week_load([m(30, 10, 0, 30)], date(2026, 3, 30))
    assert load.suggestions == ("Your week has room to breathe between meetings. That is worth keeping.",)


def test_a_heavy_week_gets_a_week_note() -> None:
    monday = datetime(2026, 3, 30, 9, 0, tzinfo=LONDON)
    many = [Meeting(s, s + timedelta(minutes=50)) for d in range(5) for h in range(8)
            for s in [(monday + timedelta(days=d, hours=h)).astimezone(UTC)]]
    load = week_load(many, date(2026, 3, 30), WorkingWeek())
    assert any("of your working week" in s for s in load.suggestions)


def test_hours_in_words() -> None:
    assert hours_words(timedelta(minutes=45)) == "45 minutes"
    assert hours_words(timedelta(minutes=90)) == "an hour and a half"
    assert hours_words(timedelta(hours=3)) == "three hours"
    assert hours_words(timedelta(minutes=150)) == "two and a half hours"
