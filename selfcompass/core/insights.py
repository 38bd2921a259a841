"""Insights as plain maths: minutes per week, practices by family, feelings before and after, meeting load.

No streaks and no targets: the words describe what happened kindly and never count what was missed.
Weeks start on Monday in the person's own time zone; every function takes ``today`` rather than reading a clock.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo

from selfcompass.core.i18n import translate
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
    label: str  # in the person's language
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
            label = Family(key).label_text
        except ValueError:
            #: A kind of practice this version does not know (from an older or newer one).
            label = key.replace("-", " ").capitalize() or translate("Insights", "Other")
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
        if whole == 1:
            return translate("Insights", "1 minute")
        return translate("Insights", "{minutes} minutes").format(minutes=whole)
    hours, rest = divmod(whole, 60)
    if hours == 1:
        if not rest:
            return translate("Insights", "1 hour")
        return translate("Insights", "1 hour {minutes} min").format(minutes=rest)
    if not rest:
        return translate("Insights", "{hours} hours").format(hours=hours)
    return translate("Insights", "{hours} hours {minutes} min").format(hours=hours, minutes=rest)


def minutes_words(minutes: Sequence[float]) -> str:
    """A kind sentence about practice time. Never a streak, never a count of weeks missed."""
    total = sum(minutes)
    if total <= 0:
        return translate("Insights", "Nothing recorded here yet, and that's fine. When you take a few minutes for a "
                         "practice, it will show up here.")
    this_week = minutes[-1] if minutes else 0.0
    if this_week > 0:
        #: {total} and {week} are lengths of time, such as "1 hour 30 min".
        return translate("Insights", "Over these weeks you have given yourself {total} of practice. This week so far: "
                         "{week}. Every few minutes counts.").format(total=_minutes_words(total),
                                                                      week=_minutes_words(this_week))
    #: {total} is a length of time, such as "1 hour 30 min".
    return translate("Insights", "Over these weeks you have given yourself {total} of practice. Every few minutes "
                     "counts.").format(total=_minutes_words(total))


def family_words(shares: Sequence[FamilyShare]) -> str:
    used = sorted((s for s in shares if s.sessions), key=lambda s: (-s.sessions, s.label))
    if not used:
        return translate("Insights", "The kinds of practice you choose will show up here.")
    family = used[0].label.lower()
    if len(used) == 1:
        #: {family} is a kind of practice, in lower case, such as "attention hygiene".
        return translate("Insights", "So far you have spent time with {family}.").format(family=family)
    if len(used) == 2:
        #: {family} is a kind of practice, in lower case, such as "attention hygiene".
        return translate("Insights", "You have turned most often to {family}, alongside 1 other kind.").format(
            family=family)
    #: {family} is a kind of practice, in lower case; {count} is 2 or more.
    return translate("Insights", "You have turned most often to {family}, alongside {count} other kinds.").format(
        family=family, count=len(used) - 1)


def _practices(n: int) -> str:
    if n == 1:
        #: Used in "Of 1 practice where you noted both, …".
        return translate("Insights", "1 practice")
    return translate("Insights", "{count} practices").format(count=n)


def _times(n: int) -> str:
    if n == 1:
        #: Used in "… you felt lighter afterwards 1 time".
        return translate("Insights", "1 time")
    return translate("Insights", "{count} times").format(count=n)


def feelings_words(f: Feelings) -> str:
    if not f.rated:
        if f.mean_after is not None:
            return translate("Insights", "You have noted how you felt after some practices. Thank you for checking in "
                             "with yourself.")
        return translate("Insights", "If you note how you feel before and after a practice, you will see it here. It "
                         "is always optional.")
    # One whole sentence for each mix of answers; {practices} and {lighter} are counted words ("3 practices").
    if f.same and f.heavier:
        text = translate("Insights", "Of {practices} where you noted both, you felt lighter afterwards {lighter}, "
                         "about the same {same} and heavier {heavier}. However you feel is welcome; there is no right "
                         "answer.")
    elif f.same:
        text = translate("Insights", "Of {practices} where you noted both, you felt lighter afterwards {lighter}, "
                         "about the same {same}. However you feel is welcome; there is no right answer.")
    elif f.heavier:
        text = translate("Insights", "Of {practices} where you noted both, you felt lighter afterwards {lighter} "
                         "and heavier {heavier}. However you feel is welcome; there is no right answer.")
    else:
        text = translate("Insights", "Of {practices} where you noted both, you felt lighter afterwards {lighter}. "
                         "However you feel is welcome; there is no right answer.")
    return text.format(practices=_practices(f.rated), lighter=_times(f.lighter), same=f.same, heavier=f.heavier)


def meeting_words(hours: Sequence[float]) -> str:
    if not any(hours):
        return translate("Insights", "No meetings found in your calendar for these weeks.")
    busiest = f"{max(hours):g}"
    if hours and hours[-1]:
        return translate("Insights", "Your busiest week had about {busiest} hours in meetings. This week: about "
                         "{week} hours. Busy weeks might be when a short pause helps most.").format(
            busiest=busiest, week=f"{hours[-1]:g}")
    return translate("Insights", "Your busiest week had about {busiest} hours in meetings. Busy weeks might be when "
                     "a short pause helps most.").format(busiest=busiest)


def checkin_words(latest: dict[str, float], titles: dict[str, str], top: float) -> str:
    if not latest:
        return translate("Insights", "The weekly check-in is a short, optional reflection. If you take it, how it "
                         "changes over time will show here.")
    #: One subscale's score, such as "kindness 3.5 of 5"; several are joined with "; ".
    part = translate("Insights", "{subscale} {score} of {top}")
    parts = [part.format(subscale=titles.get(k, k).lower(), score=f"{v:g}", top=f"{top:g}") for k, v in latest.items()]
    #: {scores} lists scores, such as "kindness 3.5 of 5; noticing 4 of 5".
    return translate("Insights", "Your last check-in: {scores}. This is a reflection for you, not a score to improve "
                     "or a measure of how you are doing.").format(scores="; ".join(parts))
