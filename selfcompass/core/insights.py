"""Insights as plain maths: minutes per week, practices by family, feelings before and after, meeting load.

No streaks and no targets: the words describe what happened kindly and never count what was missed.
Weeks start on Monday in the person's own time zone; every function takes ``today`` rather than reading a clock.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo

from selfcompass.core.formatting import minutes_text
from selfcompass.core.i18n import QT_TRANSLATE_NOOP, translate
from selfcompass.core.meetings import Meeting, WorkingWeek, week_load
from selfcompass.core.moods import is_mood, mood_in_sentence, nearest_mood
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
    return is_mood(rating)


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
    """Whole minutes (or seconds under a minute), as every sentence in the app says a length of time."""
    return minutes_text(minutes * 60)


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
    text = text.format(practices=_practices(f.rated), lighter=_times(f.lighter), same=f.same, heavier=f.heavier)
    if f.mean_before is not None and f.mean_after is not None:
        #: {before} and {after} are moods in words, such as "low" and "okay" (the one mood scale).
        text += " " + translate("Insights", "On average you noted “{before}” before and “{after}” after.").format(
            before=mood_in_sentence(nearest_mood(f.mean_before)), after=mood_in_sentence(nearest_mood(f.mean_after)))
    return text


def meeting_words(hours: Sequence[float]) -> str:
    """What the calendar shows, in whole hours and minutes: one sentence, and no suggestion (the page offers one,
    once, with an action)."""
    if not any(hours):
        return translate("Insights", "No meetings found in your calendar for these weeks.")
    busiest = minutes_text(max(hours) * 3600)
    if hours and hours[-1]:
        #: {busiest} and {week} are lengths of time, such as "7 hours 30 minutes".
        return translate("Insights", "Your busiest week had about {busiest} in meetings. This week so far: about "
                         "{week}.").format(busiest=busiest, week=minutes_text(hours[-1] * 3600))
    #: {busiest} is a length of time, such as "7 hours 30 minutes".
    return translate("Insights", "Your busiest week had about {busiest} in meetings.").format(busiest=busiest)


def checkin_words(parts: Sequence[str]) -> str:
    """The last check-in in words; ``parts`` are its parts in plain words (core.checkin.part_words)."""
    if not parts:
        return translate("Insights", "The weekly check-in is a short, optional reflection. If you take it, how it "
                         "changes over time will show here.")
    #: {parts} lists the check-in's parts in words, such as "Kindness towards yourself: closest to “A little” (2 of
    #: 5); …".
    return translate("Insights", "Your last check-in: {parts}. This is a reflection for you, not a score to improve "
                     "or a measure of how you are doing.").format(parts="; ".join(parts))


# -- the week in one sentence -------------------------------------------------------------------------------------
# How long after a meeting ends a practice still counts as "after a meeting".
AFTER_MEETING = timedelta(hours=1)
_COUNT_WORDS = (QT_TRANSLATE_NOOP("Insights", "No"), QT_TRANSLATE_NOOP("Insights", "One"),
                QT_TRANSLATE_NOOP("Insights", "Two"), QT_TRANSLATE_NOOP("Insights", "Three"),
                QT_TRANSLATE_NOOP("Insights", "Four"), QT_TRANSLATE_NOOP("Insights", "Five"),
                QT_TRANSLATE_NOOP("Insights", "Six"), QT_TRANSLATE_NOOP("Insights", "Seven"),
                QT_TRANSLATE_NOOP("Insights", "Eight"), QT_TRANSLATE_NOOP("Insights", "Nine"),
                QT_TRANSLATE_NOOP("Insights", "Ten"))


@dataclass(frozen=True)
class WeekSummary:
    """This week so far, for one sentence at the top of Insights."""

    sessions: int
    pauses: int  # of which mindful pauses
    seconds: float
    when: str  # "after-meetings", "mornings", "afternoons", "evenings" or "" (no pattern)


def week_summary(sessions: Iterable[SessionRecord], today: date, zone: tzinfo | None = None,
                 meetings: Sequence[Meeting] | None = None) -> WeekSummary:
    """What this week (Monday to today, in the person's time zone) holds, and when practices mostly came."""
    start = monday(today)
    mine = [s for s in sessions if start <= local_day(s.started_at, zone) <= today]
    seconds = sum(max(0.0, s.practised_seconds) for s in mine)
    pauses = sum(1 for s in mine if s.family == Family.PAUSE.value)
    return WeekSummary(len(mine), pauses, seconds, _mostly_when(mine, zone, meetings or ()))


def _mostly_when(sessions: Sequence[SessionRecord], zone: tzinfo | None, meetings: Sequence[Meeting]) -> str:
    """A pattern only when more than half the practices share it (and at least two do)."""
    if len(sessions) < 2:
        return ""
    ends = sorted(m.end for m in meetings)
    after = sum(1 for s in sessions if any(timedelta(0) <= s.started_at - end <= AFTER_MEETING for end in ends))
    if after * 2 > len(sessions):
        return "after-meetings"
    bands = {"mornings": 0, "afternoons": 0, "evenings": 0}
    for s in sessions:
        hour = (s.started_at.astimezone(zone) if zone is not None else s.started_at).hour
        bands["mornings" if 5 <= hour < 12 else "afternoons" if 12 <= hour < 17 else "evenings"] += 1
    band, count = max(bands.items(), key=lambda kv: kv[1])
    return band if count * 2 > len(sessions) else ""


_WHEN_WORDS = {
    "after-meetings": QT_TRANSLATE_NOOP("Insights", "mostly after meetings"),
    "mornings": QT_TRANSLATE_NOOP("Insights", "mostly in the mornings"),
    "afternoons": QT_TRANSLATE_NOOP("Insights", "mostly in the afternoons"),
    "evenings": QT_TRANSLATE_NOOP("Insights", "mostly in the evenings"),
}


def summary_words(week: WeekSummary) -> str:
    """One sentence for the top of Insights: "Three pauses this week, mostly after meetings: 6 minutes in all."."""
    if not week.sessions:
        return translate("Insights", "Nothing yet this week, and that's fine. Whenever you take a minute for "
                         "yourself, it will show here.")
    n = week.sessions
    count = translate("Insights", _COUNT_WORDS[n]) if n < len(_COUNT_WORDS) else str(n)
    all_pauses = week.pauses == n
    if n == 1:
        #: {count} is "One"; the rest of the sentence follows.
        what = (translate("Insights", "{count} pause this week") if all_pauses
                else translate("Insights", "{count} practice this week")).format(count=count)
    else:
        #: {count} is a number, in words up to ten ("Three").
        what = (translate("Insights", "{count} pauses this week") if all_pauses
                else translate("Insights", "{count} practices this week")).format(count=count)
    if week.when:
        #: {what} such as "Three pauses this week"; {when} such as "mostly after meetings"; {time} "6 minutes".
        return translate("Insights", "{what}, {when}: {time} in all.").format(
            what=what, when=translate("Insights", _WHEN_WORDS[week.when]), time=minutes_text(week.seconds))
    #: {what} such as "Three pauses this week"; {time} such as "6 minutes".
    return translate("Insights", "{what}: {time} in all.").format(what=what, time=minutes_text(week.seconds))
