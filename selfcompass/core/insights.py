"""Insights as plain maths: minutes per week, practices by family, feelings before and after, meeting load.

No streaks and no targets: the words describe what happened kindly and never count what was missed.
Weeks start on Monday in the person's own time zone; every function takes ``today`` rather than reading a clock.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo

from selfcompass.core.meetings import Meeting, WorkingWeek, week_load
from selfcompass.core.practice import Family
from selfcompass.core.records import SessionRecord

DEFAULT_WEEKS = 8


def monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def recent_weeks(today: date, count: int = DEFAULT_WEEKS) -> list[date]:
    """The Mondays of the last ``count`` weeks, oldest first, ending with this week."""
    this = monday(today)
    return [this - timedelta(weeks=n) for n in range(count - 1, -1, -1)]


def local_day(moment: datetime, zone: tzinfo | None) -> date:
    return (moment.astimezone(zone) if zone is not None else moment).date()


def minutes_per_week(sessions: Iterable[SessionRecord], weeks: Sequence[date],
                     zone: tzinfo | None = None) -> list[float]:
    """Minutes practised in each of ``weeks`` (Mondays); weeks with none are 0, never left out."""
    totals = dict.fromkeys(weeks, 0.0)
    for s in sessions:
        key = monday(local_day(s.started_at, zone))
        if key in totals:
            totals[key] += max(0.0, s.practised_seconds) / 60.0
    return [round(totals[w], 1) for w in weeks]


@dataclass(frozen=True)
class FamilyShare:
    family: str
    label: str
    sessions: int
    minutes: float


def by_family(sessions: Iterable[SessionRecord]) -> list[FamilyShare]:
    """Sessions and minutes for every family, in the library's order (families never used show 0)."""
    counts: dict[str, list[float]] = {f.value: [0, 0.0] for f in Family}
    for s in sessions:
        entry = counts.setdefault(s.family, [0, 0.0])
        entry[0] += 1
        entry[1] += max(0.0, s.practised_seconds) / 60.0
    out = []
    for key, (n, minutes) in counts.items():
        try:
            label = Family(key).label
        except ValueError:
            label = key.replace("-", " ").capitalize() or "Other"
        out.append(FamilyShare(key, label, int(n), round(minutes, 1)))
    return out


@dataclass(frozen=True)
class Feelings:
    """How people felt before and after, from sessions with both ratings (1 = heavy … 5 = good)."""

    weeks: tuple[date, ...]
    before: tuple[float | None, ...]  # mean per week, None where nothing was rated
    after: tuple[float | None, ...]
    rated: int  # sessions with both ratings
    lighter: int  # after higher than before
    same: int
    heavier: int

    @property
    def mean_before(self) -> float | None:
        return _mean([v for v in self.before if v is not None])

    @property
    def mean_after(self) -> float | None:
        return _mean([v for v in self.after if v is not None])


def _mean(values: Sequence[float]) -> float | None:
    return round(sum(values) / len(values), 2) if values else None


def _valid(rating: int | None) -> bool:
    return isinstance(rating, int) and 1 <= rating <= 5


def feelings(sessions: Iterable[SessionRecord], weeks: Sequence[date], zone: tzinfo | None = None) -> Feelings:
    before: dict[date, list[int]] = {w: [] for w in weeks}
    after: dict[date, list[int]] = {w: [] for w in weeks}
    lighter = same = heavier = 0
    for s in sessions:
        key = monday(local_day(s.started_at, zone))
        if key not in before:
            continue
        if _valid(s.rating_before):
            before[key].append(s.rating_before)  # type: ignore[arg-type]
        if _valid(s.rating_after):
            after[key].append(s.rating_after)  # type: ignore[arg-type]
        if _valid(s.rating_before) and _valid(s.rating_after):
            diff = s.rating_after - s.rating_before  # type: ignore[operator]
            lighter += diff > 0
            same += diff == 0
            heavier += diff < 0
    return Feelings(tuple(weeks), tuple(_mean(before[w]) for w in weeks), tuple(_mean(after[w]) for w in weeks),
                    lighter + same + heavier, lighter, same, heavier)


def meeting_hours_per_week(meetings: Iterable[Meeting], weeks: Sequence[date],
                           working: WorkingWeek | None = None) -> list[float]:
    """Hours in meetings in working time each week, through the meeting-load maths in core.meetings."""
    listed = list(meetings)
    return [round(week_load(listed, w, working).meeting_time.total_seconds() / 3600, 1) for w in weeks]


# -- words ------------------------------------------------------------------------------------------------------
def _minutes_words(minutes: float) -> str:
    whole = round(minutes)
    if whole < 60:
        return "1 minute" if whole == 1 else f"{whole} minutes"
    hours, rest = divmod(whole, 60)
    hour_words = "1 hour" if hours == 1 else f"{hours} hours"
    return hour_words if not rest else f"{hour_words} {rest} min"


def minutes_words(minutes: Sequence[float]) -> str:
    """A kind sentence about practice time. Never a streak, never a count of weeks missed."""
    total = sum(minutes)
    if total <= 0:
        return ("Nothing recorded here yet, and that's fine. When you take a few minutes for a practice, "
                "it will show up here.")
    this_week = minutes[-1] if minutes else 0.0
    text = f"Over these weeks you have given yourself {_minutes_words(total)} of practice."
    if this_week > 0:
        text += f" This week so far: {_minutes_words(this_week)}."
    return text + " Every few minutes counts."


def family_words(shares: Sequence[FamilyShare]) -> str:
    used = sorted((s for s in shares if s.sessions), key=lambda s: (-s.sessions, s.label))
    if not used:
        return "The kinds of practice you choose will show up here."
    if len(used) == 1:
        return f"So far you have spent time with {used[0].label.lower()}."
    return f"You have turned most often to {used[0].label.lower()}, alongside {len(used) - 1} other kind" + (
        "s." if len(used) > 2 else ".")


def feelings_words(f: Feelings) -> str:
    if not f.rated:
        if f.mean_after is not None:
            return "You have noted how you felt after some practices. Thank you for checking in with yourself."
        return "If you note how you feel before and after a practice, you will see it here. It is always optional."
    text = (f"Of {f.rated} practice{'s' if f.rated != 1 else ''} where you noted both, you felt lighter "
            f"afterwards {f.lighter} time{'s' if f.lighter != 1 else ''}")
    text += f", about the same {f.same}" if f.same else ""
    text += f" and heavier {f.heavier}" if f.heavier else ""
    return text + ". However you feel is welcome; there is no right answer."


def meeting_words(hours: Sequence[float]) -> str:
    if not any(hours):
        return "No meetings found in your calendar for these weeks."
    busiest = max(hours)
    text = f"Your busiest week had about {busiest:g} hours in meetings."
    if hours and hours[-1]:
        text += f" This week: about {hours[-1]:g} hours."
    return text + " Busy weeks might be when a short pause helps most."


def checkin_words(latest: dict[str, float], titles: dict[str, str], top: float) -> str:
    if not latest:
        return ("The weekly check-in is a short, optional reflection. If you take it, "
                "how it changes over time will show here.")
    parts = [f"{titles.get(k, k).lower()} {v:g} of {top:g}" for k, v in latest.items()]
    return ("Your last check-in: " + "; ".join(parts)
            + ". This is a reflection for you, not a score to improve or a measure of how you are doing.")
