"""The words of the reminder maths: kinds of prompt, responses to a prompt, rules, and what the person has asked for.

Plain frozen data, shared by :mod:`selfcompass.core.reminders.planner` (the maths and the engine),
:mod:`selfcompass.core.reminders.rules` (rules read from settings) and :mod:`selfcompass.core.reminders.state`
(what is kept across a restart).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from selfcompass.core.meetings import WorkingWeek

FOCUS_MINUTES = (25, 50, 90)
SNOOZE_MINUTES = (30, 60)


class Kind(StrEnum):
    INTERVAL = "interval"  # every N minutes of working time
    FIXED = "fixed"  # at chosen clock times
    INBOX = "inbox"  # inbox-batching checks at chosen times
    SHUTDOWN = "shutdown"  # end-of-day shutdown, N minutes before working hours end
    TRANSITION = "transition"  # as a meeting ends
    GAP = "gap"  # a threshold pause in a gap, a few minutes before the next meeting
    FOCUS_END = "focus-end"  # the calm end of a focus block
    SNOOZED = "snoozed"  # a prompt coming back after "later"
    CATCH_UP = "catch-up"  # one prompt after the laptop slept or the clock jumped


# When two candidates fall at the same moment, the lower number wins.
PRIORITY = {Kind.FOCUS_END: 0, Kind.SNOOZED: 1, Kind.SHUTDOWN: 2, Kind.TRANSITION: 3, Kind.FIXED: 4,
            Kind.INBOX: 5, Kind.GAP: 6, Kind.INTERVAL: 7, Kind.CATCH_UP: 8}
# Kinds offered even if another prompt came a moment ago.
SPACING_EXEMPT = frozenset({Kind.SHUTDOWN, Kind.FOCUS_END, Kind.SNOOZED})
DEFAULT_PRACTICE: dict[Kind, str | None] = {
    Kind.INBOX: "inbox-batching", Kind.SHUTDOWN: "shutdown-ritual", Kind.TRANSITION: "transition-pause",
    Kind.GAP: "threshold-pause", Kind.FOCUS_END: "ten-second-pause",
}


class PromptResponse(StrEnum):
    """What the person did with a prompt (not how a practice ended: that is ``core.records.Outcome``)."""

    SHOWN = "shown"
    TAKEN = "taken"
    SKIPPED = "skipped"  # "not today" or dismissed
    SNOOZED = "snoozed"


@dataclass(frozen=True)
class Due:
    """A prompt that is due: when, what kind, why (in words for the person) and which practice."""

    at: datetime
    kind: Kind
    reason: str
    practice_id: str | None = None  # None: choose for me


@dataclass(frozen=True)
class PromptRecord:
    """History: a prompt that was shown, and what the person did with it."""

    due_at: datetime
    kind: Kind
    shown_at: datetime
    response: PromptResponse = PromptResponse.SHOWN


@dataclass(frozen=True)
class TimeRange:
    """A daily range of local clock time; may wrap past midnight (22:00 to 07:00)."""

    start: time
    end: time

    def contains(self, t: time) -> bool:
        if self.start <= self.end:
            return self.start <= t < self.end
        return t >= self.start or t < self.end


@dataclass(frozen=True)
class Rule:
    """One reminder rule. Which fields matter depends on the kind."""

    kind: Kind
    practice_id: str | None = None  # None: the kind's usual practice, or choose for me
    times: tuple[time, ...] = ()  # FIXED, INBOX
    every_minutes: int = 90  # INTERVAL
    minutes_before_end: int = 15  # SHUTDOWN
    min_gap_minutes: int = 30  # GAP: only gaps at least this long
    lead_minutes: int = 5  # GAP: how long before the next meeting
    enabled: bool = True
    busiest_only: bool = False  # TRANSITION: only after the day's longest run of meetings ("one or two a day")

    @property
    def practice(self) -> str | None:
        return self.practice_id if self.practice_id is not None else DEFAULT_PRACTICE.get(self.kind)


def default_rules() -> tuple[Rule, ...]:
    return (
        Rule(Kind.TRANSITION),
        Rule(Kind.GAP),
        Rule(Kind.INBOX, times=(time(10, 0), time(14, 0))),
        Rule(Kind.INTERVAL, every_minutes=90),
        Rule(Kind.SHUTDOWN, minutes_before_end=15),
    )


@dataclass(frozen=True)
class ReminderRules:
    """Everything the maths needs to know about the person's day."""

    working: WorkingWeek = field(default_factory=WorkingWeek)
    quiet: tuple[TimeRange, ...] = ()
    rules: tuple[Rule, ...] = field(default_factory=default_rules)
    min_spacing_minutes: int = 20
    catch_up_within_minutes: int = 240
    grace_minutes: int = 2

    @property
    def zone(self) -> ZoneInfo:
        return self.working.zone

    def enabled(self, kind: Kind) -> list[Rule]:
        return [r for r in self.rules if r.kind == kind and r.enabled]


@dataclass(frozen=True)
class FocusBlock:
    start: datetime
    minutes: int

    @property
    def end(self) -> datetime:
        return self.start + timedelta(minutes=self.minutes)


@dataclass(frozen=True)
class Holds:
    """What the person asked for: a focus block, a snoozed prompt, quiet until a time."""

    focus: FocusBlock | None = None
    snoozed: Due | None = None  # comes back at snoozed.at; nothing else before then
    quiet_until: datetime | None = None


#: One microsecond: where a range's end is exclusive ("after" a time, the end of a day).
TINY = timedelta(microseconds=1)

#: History older than this is no longer needed: spacing looks back minutes, catch-up a few hours, plans one day.
#: The engine lets older records go, and the state file keeps no more.
KEEP_HISTORY = timedelta(days=2)

#: Nothing asked for: the default wherever holds are optional.
NO_HOLDS = Holds()
