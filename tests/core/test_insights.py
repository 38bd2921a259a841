"""Insights maths: minutes per week, families, feelings and meeting load, with kind words and no streaks."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from selfcompass.core import insights
from selfcompass.core.meetings import Meeting
from selfcompass.core.records import Outcome, SessionRecord

LONDON = ZoneInfo("Europe/London")


def session(when: datetime, minutes: float, family: str = "pause", before: int | None = None,
            after: int | None = None) -> SessionRecord:
    return SessionRecord("p", "P", family, when, when + timedelta(minutes=minutes), minutes * 60, minutes * 60,
                         Outcome.FINISHED, before, after)


def test_weeks_run_monday_to_sunday_and_empty_weeks_are_zero() -> None:
    weeks = insights.recent_weeks(date(2026, 11, 22), 3)  # a Sunday
    assert weeks == [date(2026, 11, 2), date(2026, 11, 9), date(2026, 11, 16)]
    sessions = [session(datetime(2026, 11, 17, 9, tzinfo=UTC), 5), session(datetime(2026, 11, 22, 20, tzinfo=UTC), 10),
                session(datetime(2026, 11, 4, 9, tzinfo=UTC), 3), session(datetime(2025, 1, 1, tzinfo=UTC), 99)]
    assert insights.minutes_per_week(sessions, weeks) == [3.0, 0.0, 15.0]


def test_local_time_decides_the_week() -> None:
    weeks = insights.recent_weeks(date(2026, 7, 20), 2)
    late_sunday = session(datetime(2026, 7, 19, 23, 30, tzinfo=UTC), 5)  # 00:30 on Monday in London
    assert insights.minutes_per_week([late_sunday], weeks) == [5.0, 0.0]
    assert insights.minutes_per_week([late_sunday], weeks, LONDON) == [0.0, 5.0]


def test_families_in_library_order_with_unused_ones_at_zero() -> None:
    now = datetime(2026, 11, 20, tzinfo=UTC)
    shares = insights.by_family([session(now, 4, "attention"), session(now, 6, "attention"), session(now, 2)])
    assert [(s.family, s.sessions, s.minutes) for s in shares] == [
        ("pause", 1, 2.0), ("self-compassion", 0, 0.0), ("attention", 2, 10.0), ("leadership", 0, 0.0)]
    assert "attention hygiene" in insights.family_words(shares)


def test_feelings_before_and_after() -> None:
    weeks = insights.recent_weeks(date(2026, 11, 20), 2)
    now = datetime(2026, 11, 18, tzinfo=UTC)
    f = insights.feelings([session(now, 5, before=2, after=4), session(now, 5, before=3, after=3),
                           session(now, 5, after=5), session(now, 5, before=9, after=1)], weeks)
    assert f.before == (None, 2.5) and f.after == (None, 3.25)
    assert (f.rated, f.lighter, f.same, f.heavier) == (2, 1, 1, 0)
    words = insights.feelings_words(f)
    assert "lighter afterwards 1 time" in words and "no right answer" in words


def test_meeting_hours_use_the_week_load() -> None:
    weeks = insights.recent_weeks(date(2026, 11, 20), 2)
    m = Meeting(datetime(2026, 11, 17, 10, tzinfo=UTC), datetime(2026, 11, 17, 11, 30, tzinfo=UTC), "1:1")
    assert insights.meeting_hours_per_week([m], weeks) == [0.0, 1.5]
    assert "1 hour 30 minutes" in insights.meeting_words([0.0, 1.5])  # whole minutes, never "1.5 hours"


def test_the_words_never_count_streaks_or_missed_weeks() -> None:
    guilt = ("streak", "missed", "only", "should", "failed", "behind", "goal", "target")
    for minutes in ([0.0] * 8, [0, 0, 0, 0, 0, 0, 0, 12.0], [30.0] * 8, [5.0, 0, 0, 0, 0, 0, 0, 0]):
        text = insights.minutes_words(minutes).lower()
        assert not any(word in text for word in guilt), text
    assert "that's fine" in insights.minutes_words([0.0] * 8)
    assert insights.minutes_words([0, 90.0]).startswith("Over these weeks you have given yourself 1 hour 30 min")


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 120 * 24 * 60), st.floats(0, 120), st.none() | st.integers(1, 5),
                          st.none() | st.integers(1, 5)), max_size=40))
def test_totals_add_up_and_means_stay_on_the_scale(raw: list[tuple[int, float, int | None, int | None]]) -> None:
    today = date(2026, 11, 22)
    weeks = insights.recent_weeks(today, 8)
    start = datetime(2026, 7, 1, tzinfo=UTC)
    sessions = [session(start + timedelta(minutes=m), mins, before=b, after=a) for m, mins, b, a in raw]
    minutes = insights.minutes_per_week(sessions, weeks, LONDON)
    inside = [s for s in sessions if insights.monday(s.started_at.astimezone(LONDON).date()) in weeks]
    assert len(minutes) == 8 and all(v >= 0 for v in minutes)
    assert abs(sum(minutes) - sum(s.practised_seconds / 60 for s in inside)) < 0.05 * 8 + 1e-6
    assert sum(s.sessions for s in insights.by_family(sessions)) == len(sessions)
    f = insights.feelings(sessions, weeks, LONDON)
    assert f.lighter + f.same + f.heavier == f.rated
    assert all(v is None or 1 <= v <= 5 for v in (*f.before, *f.after))


def test_this_week_in_one_sentence_notices_when_practice_follows_meetings() -> None:
    today = date(2026, 11, 20)  # a Friday
    ends = [datetime(2026, 11, 16, 10, tzinfo=UTC), datetime(2026, 11, 18, 15, tzinfo=UTC),
            datetime(2026, 11, 19, 11, tzinfo=UTC)]
    meetings = [Meeting(end - timedelta(hours=1), end, "Bed meeting") for end in ends]
    pauses = [session(end + timedelta(minutes=10), 2) for end in ends]
    last_week = session(datetime(2026, 11, 12, 9, tzinfo=UTC), 30)
    week = insights.week_summary([*pauses, last_week], today, LONDON, meetings)
    assert (week.sessions, week.pauses, week.when) == (3, 3, "after-meetings")
    assert insights.summary_words(week) == "Three pauses this week, mostly after meetings: 6 minutes in all."


def test_the_weekly_sentence_without_a_pattern_or_without_practice() -> None:
    today = date(2026, 11, 20)
    mixed = [session(datetime(2026, 11, 17, 8, tzinfo=UTC), 1, "attention"),
             session(datetime(2026, 11, 18, 19, tzinfo=UTC), 0.5)]
    week = insights.week_summary(mixed, today, LONDON)
    assert insights.summary_words(week) == "Two practices this week: 2 minutes in all."
    mornings = [session(datetime(2026, 11, d, 8, tzinfo=UTC), 1) for d in (16, 17, 18)]
    assert "mostly in the mornings" in insights.summary_words(insights.week_summary(mornings, today, LONDON))
    assert insights.summary_words(insights.week_summary([], today)).startswith("Nothing yet this week")
    one = insights.week_summary([session(datetime(2026, 11, 19, 12, tzinfo=UTC), 1 / 6)], today)
    assert insights.summary_words(one) == "One pause this week: 10 seconds in all."
