"""Reminder maths: pure functions of (rules, meetings, history, now) that say what is due.

The rules themselves are read from settings or a managed file by :mod:`selfcompass.core.reminders.rules`; the
types they are made of (kinds, rules, holds) live in :mod:`selfcompass.core.reminders.types` and are re-exported
here, so callers can take everything about reminders from this one module.

Every time here is an aware datetime, and all arithmetic happens in UTC; local times (working hours, quiet
hours, fixed times) are turned into UTC per local date with zoneinfo, so daylight saving is handled once.
The small state machine on top is :class:`selfcompass.core.reminders.engine.ReminderEngine`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from itertools import pairwise

from selfcompass.core.i18n import QT_TRANSLATE_NOOP, translate, weekday_name
from selfcompass.core.meetings import Meeting, MeetingIndex, runs
from selfcompass.core.reminders.types import (
    DEFAULT_PRACTICE,
    FOCUS_MINUTES,
    NO_HOLDS,
    PRIORITY,
    SNOOZE_MINUTES,
    SPACING_EXEMPT,
    TINY,
    Due,
    FocusBlock,
    Holds,
    Kind,
    PromptRecord,
    PromptResponse,
    ReminderRules,
    Rule,
    TimeRange,
    default_rules,
)

__all__ = [
    "FOCUS_MINUTES",
    "LOOKAHEAD",
    "SNOOZE_MINUTES",
    "Due",
    "FocusBlock",
    "Holds",
    "Kind",
    "Meetings",
    "PromptRecord",
    "PromptResponse",
    "ReminderRules",
    "Rule",
    "TimeRange",
    "blocked_reason",
    "day_plan",
    "default_rules",
    "due_now",
    "free_from",
    "local_day",
    "next_due",
    "next_wake",
    "plan",
    "plan_lines",
    "status_line",
]

# Meetings as a plain sequence (any order) or an index built once with MeetingIndex(meetings).
Meetings = Sequence[Meeting] | MeetingIndex
# How far ahead next_due looks; covers a long weekend and a bank holiday.
LOOKAHEAD = timedelta(days=8)


# --- blocking ----------------------------------------------------------------------------------------


def local_day(at: datetime, rules: ReminderRules) -> date:
    return at.astimezone(rules.zone).date()


def as_index(meetings: Meetings) -> MeetingIndex:
    return meetings if isinstance(meetings, MeetingIndex) else MeetingIndex(meetings)


def blocked_reason(at: datetime, rules: ReminderRules, meetings: Meetings, holds: Holds = NO_HOLDS) -> str | None:
    """Why no prompt may be shown at ``at`` (in the person's language), or None."""
    ix = as_index(meetings)
    reason = _blocked(at, rules, ix, holds, _away_days(ix, rules, at - timedelta(days=1), at + timedelta(days=1)))
    return translate("Reminders", reason) if reason is not None else None


def _blocked(at: datetime, rules: ReminderRules, ix: MeetingIndex, holds: Holds,
             away: frozenset[date]) -> str | None:
    """Why no prompt may be shown, in UK English (this runs in tight loops: blocked_reason translates)."""
    local = at.astimezone(rules.zone)
    shift = rules.working.shift_at(at)  # the day a night shift started on, in its small hours
    if shift is None:
        if not rules.working.is_working_day(local.date()):
            return QT_TRANSLATE_NOOP("Reminders", "not a working day")
        return QT_TRANSLATE_NOOP("Reminders", "outside working hours")
    if shift in away:
        return QT_TRANSLATE_NOOP("Reminders", "out of office")
    if any(r.contains(local.time()) for r in rules.quiet):
        return QT_TRANSLATE_NOOP("Reminders", "quiet hours")
    if holds.quiet_until is not None and at < holds.quiet_until:
        return QT_TRANSLATE_NOOP("Reminders", "quiet until later")
    if holds.snoozed is not None and at < holds.snoozed.at:
        return QT_TRANSLATE_NOOP("Reminders", "snoozed")
    if holds.focus is not None and holds.focus.start <= at < holds.focus.end:
        return QT_TRANSLATE_NOOP("Reminders", "focus block")
    if ix.covering(at):
        return QT_TRANSLATE_NOOP("Reminders", "in a meeting")
    return None


# Out-of-office events longer than this are ignored when looking for away days (keeps lookups bounded).
_MAX_AWAY = timedelta(days=31)


def _away_days(ix: MeetingIndex, rules: ReminderRules, start: datetime, end: datetime) -> frozenset[date]:
    """Local dates between start and end that an out-of-office event covers at midday."""
    zone = rules.zone
    days: set[date] = set()
    for m in ix.away:
        if m.end <= start or m.start >= end or m.end - m.start > _MAX_AWAY:
            continue
        day = m.start.astimezone(zone).date()
        while True:
            noon = datetime.combine(day, time(12), zone).astimezone(UTC)
            if noon >= m.end:
                break
            if noon >= m.start:
                days.add(day)
            day += timedelta(days=1)
    return frozenset(days)


def free_from(at: datetime, rules: ReminderRules, meetings: Meetings, holds: Holds,
              limit: datetime, away: frozenset[date] | None = None) -> datetime | None:
    """The first moment at or after ``at`` (and before ``limit``) when a prompt may be shown."""
    ix = as_index(meetings)
    if away is None:
        away = _away_days(ix, rules, at - timedelta(days=1), limit + timedelta(days=1))
    t = at
    for _ in range(500):
        if t >= limit:
            return None
        if _blocked(t, rules, ix, holds, away) is None:
            return t
        t = _next_change(t, rules, ix, holds)
    return None


def _next_change(t: datetime, rules: ReminderRules, ix: MeetingIndex, holds: Holds) -> datetime:
    """A later moment at which some blocker active at ``t`` ends; never skips free time, since each
    active blocker blocks without a break until its own end."""
    zone = rules.zone
    local = t.astimezone(zone)
    day = local.date()
    if rules.working.shift_at(t) is None:  # outside working time: on to the next start
        start = rules.working.next_start(t)
        return start if start is not None else datetime.combine(day + timedelta(days=1), time(0), zone).astimezone(UTC)
    ends = [t + timedelta(minutes=1)]
    ends.extend(m.end for m in ix.covering(t))
    if holds.quiet_until is not None and t < holds.quiet_until:
        ends.append(holds.quiet_until)
    if holds.snoozed is not None and t < holds.snoozed.at:
        ends.append(holds.snoozed.at)
    if holds.focus is not None and holds.focus.start <= t < holds.focus.end:
        ends.append(holds.focus.end)
    for r in rules.quiet:
        if r.contains(local.time()):
            end_day = day if r.end > local.time() else day + timedelta(days=1)
            ends.append(datetime.combine(end_day, r.end, zone).astimezone(UTC))
    # The latest end of the blockers active now is still blocked up to that moment; step at least a minute.
    return max(ends)


# --- candidates --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Candidate:
    at: datetime
    kind: Kind
    reason: str
    practice_id: str | None

    @property
    def order(self) -> tuple[datetime, int]:
        return (self.at, PRIORITY[self.kind])


def _fmt(at: datetime, rules: ReminderRules) -> str:
    return at.astimezone(rules.zone).strftime("%H:%M")


def _day_candidates(day: date, rules: ReminderRules, ix: MeetingIndex,
                    holds: Holds, away: frozenset[date]) -> list[_Candidate]:
    ws, we = rules.working.bounds(day)
    out: list[_Candidate] = []
    zone = rules.zone
    overnight = rules.working.crosses_midnight(day)

    def at_time(t: time) -> datetime | None:
        """A chosen clock time within this day's working time (the next morning's, on a night shift)."""
        at = datetime.combine(day, t, zone).astimezone(UTC)
        if at < ws and overnight:
            at = datetime.combine(day + timedelta(days=1), t, zone).astimezone(UTC)
        return at if ws <= at < we else None

    for r in rules.enabled(Kind.FIXED):
        for t in r.times:
            if (at := at_time(t)) is None:
                continue
            reason = translate("Reminders", "Your {time} pause.").format(time=t.strftime("%H:%M"))
            out.append(_Candidate(at, Kind.FIXED, reason, r.practice))
    for r in rules.enabled(Kind.INBOX):
        for t in r.times:
            if (at := at_time(t)) is None:
                continue
            reason = translate("Reminders", "Your {time} inbox check: one batch, then back to what matters.")
            out.append(_Candidate(at, Kind.INBOX, reason.format(time=t.strftime("%H:%M")), r.practice))
    for r in rules.enabled(Kind.SHUTDOWN):
        at = we - timedelta(minutes=r.minutes_before_end)
        out.append(_Candidate(at, Kind.SHUTDOWN, translate("Reminders", "Your working day is nearly done: a few "
                                                                    "minutes to close it kindly."), r.practice))
    day_meetings = ix.overlapping(ws, we)
    # A meeting that ends as working time starts (the 09:00 huddle) still brings its transition pause.
    ending = [m for m in ix.overlapping(ws - TINY, we) if ws <= m.end < we]
    for r in rules.enabled(Kind.TRANSITION):
        if r.busiest_only:  # "one or two a day": only after the longest run of the day
            longest = max(runs(ending), key=lambda run: run.duration, default=None)
            chosen = [longest.meetings[-1]] if longest is not None else []
        else:
            chosen = ending
        for m in chosen:
            if m.title:
                reason = translate("Reminders", "'{title}' has ended: a short pause before the next thing.")
            else:
                reason = translate("Reminders", "your meeting has ended: a short pause before the next thing.")
            out.append(_Candidate(m.end, Kind.TRANSITION, reason.format(title=m.title), r.practice))
    for r in rules.enabled(Kind.GAP):
        day_runs = runs(day_meetings, gap=timedelta())
        for before, after in pairwise(day_runs):
            if after.start - before.end >= timedelta(minutes=r.min_gap_minutes):
                first = after.meetings[0]
                if first.title:
                    reason = translate("Reminders", "A moment to arrive before '{title}' at {time}.")
                else:
                    reason = translate("Reminders", "A moment to arrive before your next meeting at {time}.")
                at = after.start - timedelta(minutes=r.lead_minutes)
                out.append(_Candidate(at, Kind.GAP, reason.format(title=first.title, time=_fmt(after.start, rules)),
                                      r.practice))
    if holds.focus is not None and local_day(holds.focus.end, rules) == day:
        reason = translate("Reminders", "Your {minutes}-minute focus block is complete. Well done for protecting it.")
        out.append(_Candidate(holds.focus.end, Kind.FOCUS_END, reason.format(minutes=holds.focus.minutes),
                              DEFAULT_PRACTICE[Kind.FOCUS_END]))
    if holds.snoozed is not None and local_day(holds.snoozed.at, rules) == day:
        s = holds.snoozed
        at = free_from(s.at, rules, ix, holds, we, away) or s.at
        out.append(_Candidate(at, Kind.SNOOZED, translate("Reminders", "Here is the pause you put off earlier, "
                                                                   "if now suits you."), s.practice_id))
    out.sort(key=lambda c: c.order)
    return out


def _last_prompt(history: Iterable[PromptRecord], before: datetime) -> datetime | None:
    times = [h.shown_at for h in history if h.shown_at <= before]
    return max(times) if times else None


def plan(rules: ReminderRules, meetings: Meetings, history: Sequence[PromptRecord],
         after: datetime, until: datetime, holds: Holds = NO_HOLDS) -> list[Due]:
    """Every prompt that would be offered in (after, until], if each one is shown on time.

    A forward simulation, one local day at a time: candidates are taken in time order, dropped when
    blocked or too soon after the previous prompt; interval pauses count working time from the last
    prompt and, when they land in a meeting or focus block, are held until it ends.
    """
    ix = as_index(meetings)
    handled = {(h.kind, h.due_at) for h in history}
    last = _last_prompt(history, after)
    spacing = timedelta(minutes=rules.min_spacing_minutes)
    intervals = rules.enabled(Kind.INTERVAL)
    away = _away_days(ix, rules, after - timedelta(days=1), until + timedelta(days=1))
    out: list[Due] = []
    day = local_day(after + TINY, rules)  # "after" is exclusive
    last_day = local_day(until, rules)
    previous = day - timedelta(days=1)
    if rules.working.is_working_day(previous) and rules.working.bounds(previous)[1] > after:
        day = previous  # a night shift that started yesterday is still running
    seen: set[tuple[Kind, datetime]] = set()
    while day <= last_day:
        if not rules.working.is_working_day(day):
            day += timedelta(days=1)
            continue
        ws, we = rules.working.bounds(day)
        if day in away:
            day += timedelta(days=1)
            continue
        cands = _day_candidates(day, rules, ix, holds, away)
        anchor = max(ws, last) if last is not None else ws
        i = 0
        iv_anchor: datetime | None = None
        iv: _Candidate | None = None
        while True:
            if anchor != iv_anchor:  # the next interval pause only moves when its anchor does
                iv = _next_interval(intervals, anchor, rules, ix, holds, we, away)
                iv_anchor = anchor
            fixed = cands[i] if i < len(cands) else None
            if fixed is None and iv is None:
                break
            if fixed is not None and (iv is None or fixed.order <= iv.order):
                c = fixed
                i += 1
                if iv is not None and iv.at == c.at:
                    anchor = c.at  # the interval pause merges into this one
            else:
                assert iv is not None
                c = iv
            if c.at > until:
                break
            if c.kind == Kind.INTERVAL:
                anchor = c.at  # whatever happens, the next interval counts from here
            if c.at <= after or (c.kind, c.at) in handled or (c.kind, c.at) in seen:
                continue
            if _blocked(c.at, rules, ix, holds, away) is not None:
                continue
            if last is not None and c.at - last < spacing and c.kind not in SPACING_EXEMPT:
                continue
            out.append(Due(c.at, c.kind, c.reason, c.practice_id))
            seen.add((c.kind, c.at))
            last = anchor = c.at
        day += timedelta(days=1)
    return out


def _next_interval(intervals: list[Rule], anchor: datetime, rules: ReminderRules, ix: MeetingIndex,
                   holds: Holds, day_end: datetime, away: frozenset[date]) -> _Candidate | None:
    best: _Candidate | None = None
    for r in intervals:
        every = timedelta(minutes=max(5, r.every_minutes))
        at = free_from(anchor + every, rules, ix, holds, day_end, away)
        if at is None:
            continue
        held = at > anchor + every
        if held:
            reason = translate("Reminders", "A pause held back until you were free.")
        else:
            #: {duration} is how long, such as "90 minutes" or "an hour and a half".
            reason = translate("Reminders", "You have been working for {duration}: a moment to pause.").format(
                duration=_minutes_words(every))
        c = _Candidate(at, Kind.INTERVAL, reason, r.practice)
        if best is None or c.order < best.order:
            best = c
    return best


def _minutes_words(span: timedelta) -> str:
    minutes = int(span.total_seconds() // 60)
    hours, rest = divmod(minutes, 60)
    if hours == 1 and not rest:
        return translate("Reminders", "an hour")
    if hours and not rest:
        return translate("Reminders", "{hours} hours").format(hours=hours)
    if hours == 1 and rest == 30:
        return translate("Reminders", "an hour and a half")
    return translate("Reminders", "{minutes} minutes").format(minutes=minutes)


def next_due(rules: ReminderRules, meetings: Meetings, history: Sequence[PromptRecord],
             after: datetime, holds: Holds = NO_HOLDS) -> Due | None:
    """The first prompt strictly after ``after``, with its reason; None if nothing in the next eight days."""
    ix = as_index(meetings)
    limit = after + LOOKAHEAD
    # Plan a day at a time and stop at the first prompt; equal to planning all eight days at once, since
    # nothing accepted in an empty day changes the next one.
    chunk_start = after
    day = local_day(after + TINY, rules)  # "after" is exclusive
    while chunk_start < limit:
        day += timedelta(days=1)
        chunk_end = min(limit, datetime.combine(day, time(0), rules.zone).astimezone(UTC))
        upcoming = plan(rules, ix, history, chunk_start, chunk_end, holds)
        if upcoming:
            return upcoming[0]
        chunk_start = chunk_end
    return None


def next_wake(rules: ReminderRules, meetings: Meetings, history: Sequence[PromptRecord],
              after: datetime, holds: Holds = NO_HOLDS) -> datetime:
    """When the service should next look: the next due moment, or a day from now if nothing is planned."""
    due = next_due(rules, meetings, history, after, holds)
    return due.at if due is not None else after + timedelta(days=1)


def due_now(rules: ReminderRules, meetings: Meetings, history: Sequence[PromptRecord],
            since: datetime, now: datetime, holds: Holds = NO_HOLDS) -> Due | None:
    """What to show now, given that everything up to ``since`` was already looked at.

    A prompt due in the last ``grace_minutes`` is shown as itself. If the laptop slept or the clock
    jumped and several were missed, at most one catch-up prompt is offered, never a storm, and only
    when the latest missed one is recent and now is a good moment.
    """
    if now <= since:
        return None
    # Nothing older than the catch-up window can matter, so a month asleep costs no more than an afternoon.
    since = max(since, now - timedelta(minutes=rules.catch_up_within_minutes + rules.grace_minutes + 1))
    ix = as_index(meetings)
    missed = plan(rules, ix, history, since, now, holds)
    if not missed:
        return None
    latest = missed[-1]
    if now - latest.at > timedelta(minutes=rules.catch_up_within_minutes):
        return None
    if now != latest.at and blocked_reason(now, rules, ix, holds) is not None:
        return None  # a meeting or quiet hours began since: never show a prompt inside them
    if now - latest.at <= timedelta(minutes=rules.grace_minutes):
        return latest
    last = _last_prompt(history, now)
    if last is not None and now - last < timedelta(minutes=rules.min_spacing_minutes):
        return None
    return Due(now, Kind.CATCH_UP, translate("Reminders", "Welcome back. A pause was due while you were away; "
                                                          "here is one, if you would like it."), latest.practice_id)


def day_plan(rules: ReminderRules, meetings: Meetings, history: Sequence[PromptRecord],
             day: date, holds: Holds = NO_HOLDS) -> list[Due]:
    """Today's plan: the prompts a local date would bring if each is shown on time."""
    zone = rules.zone
    start = datetime.combine(day, time(0), zone).astimezone(UTC)
    end = datetime.combine(day + timedelta(days=1), time(0), zone).astimezone(UTC)
    before = [h for h in history if h.shown_at <= start]
    return plan(rules, meetings, before, start - TINY, end - TINY, holds)


# Each kind of prompt in a few words, in UK English; plan_lines translates them.
KIND_WORDS = {
    Kind.INTERVAL: QT_TRANSLATE_NOOP("Reminders", "a pause"), Kind.FIXED: QT_TRANSLATE_NOOP("Reminders", "a pause"),
    Kind.INBOX: QT_TRANSLATE_NOOP("Reminders", "inbox check"),
    Kind.SHUTDOWN: QT_TRANSLATE_NOOP("Reminders", "closing the day"),
    Kind.TRANSITION: QT_TRANSLATE_NOOP("Reminders", "a transition pause"),
    Kind.GAP: QT_TRANSLATE_NOOP("Reminders", "a moment to arrive"),
    Kind.FOCUS_END: QT_TRANSLATE_NOOP("Reminders", "end of focus"),
    Kind.SNOOZED: QT_TRANSLATE_NOOP("Reminders", "the pause you put off"),
    Kind.CATCH_UP: QT_TRANSLATE_NOOP("Reminders", "a catch-up pause"),
}


def plan_lines(dues: Iterable[Due], rules: ReminderRules) -> list[str]:
    """Today's plan in words: ['10:00  inbox check', '11:00  a transition pause', ...]."""
    return [f"{d.at.astimezone(rules.zone):%H:%M}  {translate('Reminders', KIND_WORDS[d.kind])}" for d in dues]


def status_line(due: Due | None, rules: ReminderRules, now: datetime, holds: Holds = NO_HOLDS) -> str:
    """One quiet line for the tray: what happens next."""
    zone = rules.zone
    if holds.focus is not None and holds.focus.start <= now < holds.focus.end:
        return translate("Reminders", "Focusing until {time}").format(time=f"{holds.focus.end.astimezone(zone):%H:%M}")
    if holds.quiet_until is not None and now < holds.quiet_until:
        return translate("Reminders", "Quiet until tomorrow")
    if due is None:
        return translate("Reminders", "No pauses planned")
    local = due.at.astimezone(zone)
    if local.date() == now.astimezone(zone).date():
        return translate("Reminders", "Next pause at {time}").format(time=f"{local:%H:%M}")
    #: {weekday} is a day's name, such as "Monday".
    return translate("Reminders", "Next pause {weekday} at {time}").format(weekday=weekday_name(local),
                                                                         time=f"{local:%H:%M}")
