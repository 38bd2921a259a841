"""Following a sequence: what a person sees today, met kindly when days go by without practice.

Two paces, the person's choice: *carry on* (the path waits; today is the first day not yet done) or
*catch up* (today follows the calendar; earlier days stay open for whenever suits). Pausing stops the
calendar; leaving takes a sequence off the Today view. Everything takes ``today`` as an argument.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum
from typing import NamedTuple, Protocol

from selfcompass.core.i18n import month_name, translate, weekday_name
from selfcompass.core.practice import Practice
from selfcompass.core.records import Outcome, SessionRecord
from selfcompass.core.sequences.model import Sequence


class Pace(StrEnum):
    CARRY_ON = "carry-on"  # the path waits for you
    CATCH_UP = "catch-up"  # the path keeps to the calendar; earlier days stay open


class Status(StrEnum):
    NOT_STARTED = "not-started"
    ACTIVE = "active"
    PAUSED = "paused"
    FINISHED = "finished"
    LEFT = "left"


@dataclass(frozen=True)
class Enrolment:
    """One person following one sequence."""

    sequence_id: str
    started_on: date
    pace: Pace = Pace.CARRY_ON
    shift_days: int = 0  # days the calendar has moved on: time paused, and carrying on after a gap
    paused_on: date | None = None
    left_on: date | None = None


@dataclass(frozen=True)
class Completion:
    """A practice done as part of a sequence day. It holds no notes and no writing, by design."""

    sequence_id: str
    day: int
    practice_id: str
    on: date
    practised_seconds: float = 0.0
    rating_before: int | None = None
    rating_after: int | None = None

    @classmethod
    def from_session(cls, sequence_id: str, day: int, session: SessionRecord,
                     on: date | None = None) -> Completion:
        """Keep only what a progress record needs from a session: never its note or writing."""
        when = on or session.started_at.astimezone().date()
        return cls(sequence_id, day, session.practice_id, when, float(session.practised_seconds),
                   session.rating_before, session.rating_after)


def counts(session: SessionRecord) -> bool:
    """Only a finished session ticks a practice off; a stopped one is simply not counted."""
    return session.outcome is Outcome.FINISHED


@dataclass(frozen=True)
class TodayItem:
    practice_id: str
    title: str
    minutes_label: str
    done: bool
    available: bool = True  # False when the practice is missing from this installation


@dataclass(frozen=True)
class PaceOffer:
    """Offered when the calendar has moved past the day the person is on: carry on, or catch up."""

    carry_on_day: int
    catch_up_day: int


@dataclass(frozen=True)
class TodayState:
    sequence_id: str
    sequence_title: str
    status: Status
    day: int  # 1-based; 0 before the start
    total_days: int
    heading: str  # "Day 4 of 21: Compassionate leader"
    message: str = ""
    day_title: str = ""
    note: str = ""
    journal: str = ""
    items: tuple[TodayItem, ...] = ()
    earlier_open: tuple[int, ...] = ()  # earlier days not yet done, for whenever suits
    offer: PaceOffer | None = None
    next_day: int | None = None  # today's practice is done and this day may be started early
    starts_on: date | None = None

    @property
    def done_for_today(self) -> bool:
        return bool(self.items) and all(i.done for i in self.items)


def enrol(sequence: Sequence, today: date, pace: Pace = Pace.CARRY_ON) -> Enrolment:
    """Start following: on the sequence's own start date, or today if it starts on import."""
    return Enrolment(sequence.id, sequence.start or today, pace)


def pause(enrolment: Enrolment, today: date) -> Enrolment:
    if enrolment.paused_on is not None or enrolment.left_on is not None:
        return enrolment
    return replace(enrolment, paused_on=today)


def resume(enrolment: Enrolment, today: date) -> Enrolment:
    if enrolment.paused_on is None:
        return enrolment
    gap = max(0, (today - max(enrolment.paused_on, enrolment.started_on)).days)
    return replace(enrolment, paused_on=None, shift_days=enrolment.shift_days + gap)


def leave(enrolment: Enrolment, today: date) -> Enrolment:
    return replace(enrolment, left_on=today, paused_on=None)


def set_pace(enrolment: Enrolment, pace: Pace, sequence: Sequence, completions: Iterable[Completion],
             today: date) -> Enrolment:
    """The person's answer to a PaceOffer (or a change in settings).

    Carrying on moves the calendar so that today is the day they were on: no days are skipped and
    nothing is left "behind". Catching up keeps to the calendar and leaves earlier days open.
    """
    if pace is Pace.CATCH_UP:
        return replace(enrolment, pace=pace)
    done = _done_days(sequence, completions, enrolment.sequence_id)
    carry = _carry_on_day(sequence, done)
    calendar = _calendar_day(enrolment, today)
    shift = enrolment.shift_days + max(0, calendar - carry)
    return replace(enrolment, pace=pace, shift_days=shift)


def _calendar_day(enrolment: Enrolment, today: date) -> int:
    until = enrolment.paused_on or today
    return (until - enrolment.started_on).days - enrolment.shift_days + 1


def _done_days(sequence: Sequence, completions: Iterable[Completion], sequence_id: str) -> dict[int, set[str]]:
    done: dict[int, set[str]] = {}
    for c in completions:
        if c.sequence_id == sequence_id and 1 <= c.day <= sequence.length:
            done.setdefault(c.day, set()).add(c.practice_id)
    return done


def _day_complete(sequence: Sequence, done: Mapping[int, set[str]], number: int) -> bool:
    return set(sequence.days[number - 1].practices) <= done.get(number, set())


def _carry_on_day(sequence: Sequence, done: Mapping[int, set[str]]) -> int:
    for number in range(1, sequence.length + 1):
        if not _day_complete(sequence, done, number):
            return number
    return sequence.length + 1


class _Base(NamedTuple):
    """The fields every TodayState of one sequence shares."""

    sequence_id: str
    sequence_title: str
    total_days: int


def today_state(sequence: Sequence, enrolment: Enrolment, completions: Iterable[Completion], today: date,
                library: Mapping[str, Practice]) -> TodayState:
    """What the Today view shows for one sequence."""
    comps = [c for c in completions if c.sequence_id == enrolment.sequence_id]
    done = _done_days(sequence, comps, enrolment.sequence_id)
    total = sequence.length
    base = _Base(sequence.id, sequence.title, total)
    if enrolment.left_on is not None:
        #: {title} is the sequence's title.
        return TodayState(status=Status.LEFT, day=0,
                          heading=translate("Sequences", "Left: {title}").format(title=sequence.title),
                          message=translate("Sequences", "You have left this sequence. You can start it again at "
                                            "any time."), **base._asdict())
    if today < enrolment.started_on:
        #: {date} is a date such as "Monday 2 March"; {title} is the sequence's title.
        heading = translate("Sequences", "Starts {date}: {title}").format(date=_long_date(enrolment.started_on),
                                                                          title=sequence.title)
        return TodayState(status=Status.NOT_STARTED, day=0, starts_on=enrolment.started_on, heading=heading,
                          message=translate("Sequences", "Day 1 will be ready for you then."), **base._asdict())
    carry = _carry_on_day(sequence, done)
    if carry > total:
        return TodayState(status=Status.FINISHED, day=total,
                          heading=translate("Sequences", "All {total} days done: {title}").format(
                              total=total, title=sequence.title),
                          message=translate("Sequences", "You have been through every day of this sequence. Well "
                                            "done for making the time."), **base._asdict())
    day = carry
    # Finishing a day shows it as done until tomorrow, unless the person has already gone on.
    last_done = carry - 1
    done_today = last_done >= 1 and any(c.day == last_done and c.on == today for c in comps) and \
        not done.get(carry)
    if done_today:
        day = last_done
    calendar = max(1, min(total, _calendar_day(enrolment, today)))
    offer = None
    earlier: tuple[int, ...] = ()
    if enrolment.paused_on is not None:
        heading = translate("Sequences", "Paused at day {day} of {total}: {title}").format(
            day=day, total=total, title=sequence.title)
        message = translate("Sequences", "This sequence is paused. It will be here, just as you left it, when you "
                            "are ready.")
        return _with_day(TodayState(status=Status.PAUSED, day=day, heading=heading, message=message, **base._asdict()),
                         sequence, day, done, library)
    if enrolment.pace is Pace.CATCH_UP:
        day = max(day, calendar)
        earlier = tuple(n for n in range(1, day) if not _day_complete(sequence, done, n))
    elif calendar > day and not done_today and not any(c.on == today for c in comps):
        offer = PaceOffer(carry_on_day=day, catch_up_day=calendar)
    state = TodayState(status=Status.ACTIVE, day=day, heading=_day_heading(day, total, sequence.title),
                       earlier_open=earlier, offer=offer, **base._asdict())
    state = _with_day(state, sequence, day, done, library)
    next_day = day + 1 if state.done_for_today and day < total else None
    return replace(state, next_day=next_day, message=_message(state, offer, earlier, next_day))


def day_view(sequence: Sequence, day: int, completions: Iterable[Completion], library: Mapping[str, Practice],
             today: date) -> TodayState:
    """One chosen day (an earlier open day, or the next one started early), shown like Today."""
    done = _done_days(sequence, completions, sequence.id)
    state = TodayState(sequence_id=sequence.id, sequence_title=sequence.title, status=Status.ACTIVE, day=day,
                       total_days=sequence.length, heading=_day_heading(day, sequence.length, sequence.title))
    return _with_day(state, sequence, day, done, library)


def _day_heading(day: int, total: int, title: str) -> str:
    #: {title} is the sequence's title, such as "Day 4 of 21: Compassionate leader".
    return translate("Sequences", "Day {day} of {total}: {title}").format(day=day, total=total, title=title)


def _with_day(state: TodayState, sequence: Sequence, day: int, done: Mapping[int, set[str]],
              library: Mapping[str, Practice]) -> TodayState:
    spec = sequence.days[day - 1]
    items = []
    for pid in spec.practices:
        practice = sequence.practice(pid, library)
        if practice is None:
            items.append(TodayItem(pid, pid, "", pid in done.get(day, set()), available=False))
        else:
            items.append(TodayItem(pid, practice.title, practice.minutes_label, pid in done.get(day, set())))
    return replace(state, day_title=spec.title, note=spec.note, journal=spec.journal, items=tuple(items))


def _message(state: TodayState, offer: PaceOffer | None, earlier: tuple[int, ...], next_day: int | None) -> str:
    if offer is not None:
        between = _day_list(range(offer.carry_on_day, offer.catch_up_day))
        #: {days} names the days in between, such as "day 3" or "days 3, 4 and 5".
        return translate("Sequences", "Welcome back. You can carry on with day {day}, or catch up to day {calendar} "
                         "and keep {days} for whenever suits you.").format(
            day=offer.carry_on_day, calendar=offer.catch_up_day, days=between)
    if state.done_for_today:
        if next_day:
            return translate("Sequences", "That's today's practice done. Day {day} is ready if you'd like to go on, "
                             "or it will be here tomorrow.").format(day=next_day)
        return translate("Sequences", "That's today's practice done.")
    if earlier:
        if len(earlier) == 1:
            return translate("Sequences", "Day {day} is still here whenever suits you.").format(day=earlier[0])
        #: {days} lists day numbers, such as "2, 3 and 5".
        return translate("Sequences", "Days {days} are still here whenever suits you.").format(
            days=_number_list(earlier))
    if any(i.done for i in state.items):
        return translate("Sequences", "Good to see you. The rest of today's practice is here when you are ready.")
    return ""


def _day_list(days: Iterable[int]) -> str:
    """"day 3", or "days 3, 4 and 5", for use inside a sentence."""
    numbers = list(days)
    if len(numbers) == 1:
        return translate("Sequences", "day {day}").format(day=numbers[0])
    #: {days} lists day numbers, such as "3, 4 and 5".
    return translate("Sequences", "days {days}").format(days=_number_list(numbers))


def _number_list(days: Iterable[int]) -> str:
    """"3" or "3, 4 and 5"."""
    numbers = [str(d) for d in days]
    if len(numbers) == 1:
        return numbers[0]
    #: The end of a list of day numbers: {first} is "3, 4" and {last} is "5" in "3, 4 and 5".
    return translate("Sequences", "{first} and {last}").format(first=", ".join(numbers[:-1]), last=numbers[-1])


def _long_date(d: date) -> str:
    #: A date such as "Monday 2 March": put the parts in your language's order.
    return translate("Sequences", "{weekday} {day} {month}").format(weekday=weekday_name(d), day=d.day,
                                                                    month=month_name(d))


def today_all(followed: Iterable[tuple[Sequence, Enrolment]], completions: Iterable[Completion], today: date,
              library: Mapping[str, Practice]) -> list[TodayState]:
    """Today for every sequence a person follows (left ones are not shown): active first."""
    comps = list(completions)
    order = [Status.ACTIVE, Status.NOT_STARTED, Status.PAUSED, Status.FINISHED]
    states = [today_state(s, e, comps, today, library) for s, e in followed if e.left_on is None]
    return sorted(states, key=lambda st: order.index(st.status))


class ProgressStore(Protocol):
    """Where a person's sequences and progress are kept (the storage layer implements this)."""

    def sequences(self) -> list[Sequence]: ...

    def save_sequence(self, sequence: Sequence) -> None: ...

    def enrolments(self) -> list[Enrolment]: ...

    def save_enrolment(self, enrolment: Enrolment) -> None: ...

    def completions(self, sequence_id: str | None = None) -> list[Completion]: ...

    def add_completion(self, completion: Completion) -> None: ...


@dataclass
class MemoryProgressStore:
    """A ProgressStore in memory: for tests, previews and until storage provides one."""

    _sequences: dict[str, Sequence] = field(default_factory=dict)
    _enrolments: dict[str, Enrolment] = field(default_factory=dict)
    _completions: list[Completion] = field(default_factory=list)

    def sequences(self) -> list[Sequence]:
        return list(self._sequences.values())

    def save_sequence(self, sequence: Sequence) -> None:
        self._sequences[sequence.id] = sequence

    def enrolments(self) -> list[Enrolment]:
        return list(self._enrolments.values())

    def save_enrolment(self, enrolment: Enrolment) -> None:
        self._enrolments[enrolment.sequence_id] = enrolment

    def completions(self, sequence_id: str | None = None) -> list[Completion]:
        return [c for c in self._completions if sequence_id is None or c.sequence_id == sequence_id]

    def add_completion(self, completion: Completion) -> None:
        key = (completion.sequence_id, completion.day, completion.practice_id)
        if any((c.sequence_id, c.day, c.practice_id) == key for c in self._completions):
            return  # doing a practice twice on one day still counts once
        self._completions.append(completion)
