"""Following a sequence: the Today state, kind handling of days without practice, pace, pause and leave."""

from __future__ import annotations

import re
from dataclasses import fields
from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from selfcompass.core.practice import Practice
from selfcompass.core.practice_loader import practice_from_mapping
from selfcompass.core.records import Outcome, SessionRecord, WritingAnswer
from selfcompass.core.sequences import (
    Completion,
    Day,
    MemoryProgressStore,
    Pace,
    Sequence,
    Status,
    day_view,
    enrol,
    leave,
    pause,
    resume,
    set_pace,
    today_all,
    today_state,
)
from selfcompass.core.sequences.follow import counts

MON = date(2026, 1, 5)


def practice(pid: str, seconds: int = 60) -> Practice:
    return practice_from_mapping({
        "schema": 1, "id": pid, "title": pid.replace("-", " ").capitalize(), "family": "pause",
        "summary": "For tests.", "duration": seconds, "attribution": "Tests.",
        "steps": [{"kind": "instruction", "text": "Sit.", "duration": seconds}]}, pid)


LIBRARY = {p.id: p for p in (practice("a"), practice("b", 120), practice("c"))}


def make(days: int = 5, start: date | None = None, title: str = "Compassionate leader",
         sid: str = "path") -> Sequence:
    return Sequence(sid, title, "Sam", "D.", tuple(
        Day(f"Note {n}.", ("a", "b") if n % 2 else ("c",), f"Theme {n}", "Prompt?" if n == 1 else "")
        for n in range(1, days + 1)), start=start)


def done(seq: Sequence, day: int, on: date) -> list[Completion]:
    return [Completion(seq.id, day, pid, on, 60.0) for pid in seq.days[day - 1].practices]


def test_day_one_on_import_day() -> None:
    seq = make(21)
    state = today_state(seq, enrol(seq, MON), [], MON, LIBRARY)
    assert state.status is Status.ACTIVE and state.day == 1
    assert state.heading == "Day 1 of 21: Compassionate leader"
    assert (state.day_title, state.note, state.journal) == ("Theme 1", "Note 1.", "Prompt?")
    assert [(i.practice_id, i.title, i.minutes_label, i.done) for i in state.items] == [
        ("a", "A", "1 min", False), ("b", "B", "2 min", False)]
    assert state.offer is None and state.message == ""


def test_a_day_in_progress_and_a_day_done_for_today() -> None:
    seq = make()
    e = enrol(seq, MON)
    part = [Completion(seq.id, 1, "a", MON)]
    state = today_state(seq, e, part, MON, LIBRARY)
    assert [i.done for i in state.items] == [True, False] and "rest of today" in state.message
    state = today_state(seq, e, done(seq, 1, MON), MON, LIBRARY)
    assert state.day == 1 and state.done_for_today and state.next_day == 2
    assert "Day 2 is ready if you'd like to go on" in state.message


def test_the_next_day_comes_the_next_morning_and_going_ahead_early_is_fine() -> None:
    seq = make()
    e = enrol(seq, MON)
    comps = done(seq, 1, MON)
    assert today_state(seq, e, comps, MON + timedelta(1), LIBRARY).day == 2
    early = [*comps, Completion(seq.id, 2, "c", MON)]  # went ahead to day 2 the same evening
    state = today_state(seq, e, early, MON, LIBRARY)
    assert state.day == 2 and state.done_for_today
    assert today_state(seq, e, early, MON + timedelta(1), LIBRARY).day == 3


def test_a_gap_offers_carry_on_or_catch_up_kindly() -> None:
    seq = make(10)
    e = enrol(seq, MON)
    comps = done(seq, 1, MON)
    thu = MON + timedelta(3)  # calendar says day 4; the person is on day 2
    state = today_state(seq, e, comps, thu, LIBRARY)
    assert state.day == 2 and state.offer is not None
    assert (state.offer.carry_on_day, state.offer.catch_up_day) == (2, 4)
    assert state.message == ("Welcome back. You can carry on with day 2, or catch up to day 4 and keep days 2 "
                             "and 3 for whenever suits you.")
    # Carrying on moves the calendar with the person: no further offer, and tomorrow is day 3.
    carried = set_pace(e, Pace.CARRY_ON, seq, comps, thu)
    assert today_state(seq, carried, comps, thu, LIBRARY).offer is None
    later = [*comps, *done(seq, 2, thu)]
    assert today_state(seq, carried, later, thu + timedelta(1), LIBRARY).day == 3
    # Catching up follows the calendar and leaves the days in between open.
    caught = set_pace(e, Pace.CATCH_UP, seq, comps, thu)
    state = today_state(seq, caught, comps, thu, LIBRARY)
    assert state.day == 4 and state.offer is None and state.earlier_open == (2, 3)
    assert state.message == "Days 2 and 3 are still here whenever suits you."
    open_day = day_view(seq, 2, comps, LIBRARY, thu)
    assert open_day.heading == "Day 2 of 10: Compassionate leader" and open_day.note == "Note 2."


def test_no_offer_once_something_is_done_today() -> None:
    seq = make(10)
    e = enrol(seq, MON)
    thu = MON + timedelta(3)
    comps = [*done(seq, 1, MON), Completion(seq.id, 2, "c", thu)]
    state = today_state(seq, e, comps, thu, LIBRARY)
    assert state.offer is None and state.day == 2 and state.done_for_today


def test_pausing_stops_the_calendar_and_resuming_carries_on() -> None:
    seq = make(10)
    e = enrol(seq, MON, Pace.CATCH_UP)
    comps = done(seq, 1, MON)
    paused = pause(e, MON + timedelta(1))
    state = today_state(seq, paused, comps, MON + timedelta(8), LIBRARY)
    assert state.status is Status.PAUSED and state.day == 2 and "ready" in state.message
    assert state.heading == "Paused at day 2 of 10: Compassionate leader"
    back = resume(paused, MON + timedelta(8))
    assert back.shift_days == 7
    state = today_state(seq, back, comps, MON + timedelta(8), LIBRARY)
    assert state.status is Status.ACTIVE and state.day == 2 and state.earlier_open == ()
    assert pause(pause(e, MON), MON + timedelta(2)).paused_on == MON
    assert resume(e, MON) is e


def test_leaving_hides_a_sequence_from_today() -> None:
    one, two = make(sid="one", title="One"), make(sid="two", title="Two")
    e1, e2 = enrol(one, MON), enrol(two, MON)
    gone = leave(e2, MON)
    assert today_state(two, gone, [], MON, LIBRARY).status is Status.LEFT
    states = today_all([(one, e1), (two, gone)], [], MON, LIBRARY)
    assert [s.sequence_id for s in states] == ["one"]
    assert pause(gone, MON) is gone


def test_several_sequences_at_once_each_keep_their_own_day() -> None:
    one, two = make(sid="one", title="One"), make(sid="two", title="Two", start=MON + timedelta(7))
    three = make(3, sid="three", title="Three")
    comps = [*done(one, 1, MON), *done(three, 1, MON), *done(three, 2, MON), *done(three, 3, MON)]
    follows = [(three, enrol(three, MON)), (two, enrol(two, MON)), (one, enrol(one, MON))]
    states = today_all(follows, comps, MON + timedelta(1), LIBRARY)
    assert [(s.sequence_id, s.status, s.day) for s in states] == [
        ("one", Status.ACTIVE, 2), ("two", Status.NOT_STARTED, 0), ("three", Status.FINISHED, 3)]
    assert states[1].heading == "Starts Monday 12 January: Two"
    assert states[2].heading == "All 3 days done: Three"


def test_completions_of_other_sequences_and_strange_days_are_ignored() -> None:
    seq = make()
    comps = [Completion("other", 1, "a", MON), Completion(seq.id, 99, "a", MON), Completion(seq.id, 0, "a", MON)]
    assert not any(i.done for i in today_state(seq, enrol(seq, MON), comps, MON, LIBRARY).items)


def test_a_practice_missing_from_this_installation_is_shown_unavailable() -> None:
    seq = Sequence("s", "S", "Sam", "D.", (Day("N.", ("a", "gone")),))
    items = today_state(seq, enrol(seq, MON), [], MON, LIBRARY).items
    assert [(i.practice_id, i.available) for i in items] == [("a", True), ("gone", False)]


GUILT = re.compile(r"\b(missed|behind|fail\w*|streak|should|must|overdue|late|guilt\w*|lazy|broke\w*)\b",
                   re.IGNORECASE)


@given(st.lists(st.tuples(st.integers(1, 6), st.sampled_from("abc"), st.integers(0, 30)), max_size=25),
       st.integers(0, 40), st.sampled_from(list(Pace)), st.booleans())
def test_today_is_always_a_real_day_and_never_scolds(raw: list[tuple[int, str, int]], offset: int, pace: Pace,
                                                     paused: bool) -> None:
    seq = make(6)
    e = enrol(seq, MON, pace)
    if paused:
        e = pause(e, MON + timedelta(offset // 2))
    comps = [Completion(seq.id, d, p, MON + timedelta(o)) for d, p, o in raw]
    state = today_state(seq, e, comps, MON + timedelta(offset), LIBRARY)
    assert 1 <= state.day <= 6
    assert all(1 <= d < state.day for d in state.earlier_open)
    text = " ".join([state.heading, state.message])
    assert not GUILT.search(text), text


def session(note: str = "", outcome: Outcome = Outcome.FINISHED) -> SessionRecord:
    at = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
    return SessionRecord("a", "A", "pause", at, at + timedelta(minutes=1), 60, 58, outcome, 2, 4, note,
                         (WritingAnswer(0, "Q?", "secret writing"),))


def test_completions_keep_no_notes_or_writing() -> None:
    c = Completion.from_session("path", 1, session("private note"), on=MON)
    assert c == Completion("path", 1, "a", MON, 58.0, 2, 4)
    assert {f.name for f in fields(Completion)}.isdisjoint({"note", "writings", "journal", "text"})
    assert counts(session()) and not counts(session(outcome=Outcome.STOPPED))


def test_the_memory_store_counts_a_practice_once_a_day() -> None:
    store = MemoryProgressStore()
    seq = make()
    store.save_sequence(seq)
    store.save_enrolment(enrol(seq, MON))
    store.add_completion(Completion(seq.id, 1, "a", MON))
    store.add_completion(Completion(seq.id, 1, "a", MON))
    store.add_completion(Completion("other", 1, "a", MON))
    assert len(store.completions(seq.id)) == 1 and len(store.completions()) == 2
    assert store.sequences() == [seq] and store.enrolments()[0].sequence_id == seq.id


@pytest.mark.parametrize("start", [MON, None])
def test_enrolling_uses_the_sequence_start_or_today(start: date | None) -> None:
    seq = make(start=start)
    assert enrol(seq, MON + timedelta(3)).started_on == (start or MON + timedelta(3))


@given(st.lists(st.booleans(), min_size=1, max_size=40), st.sampled_from(list(Pace)))
def test_time_travel_a_person_who_practises_on_some_days_always_moves_forward(practised: list[bool],
                                                                              pace: Pace) -> None:
    """Walk day by day; on days they practise, they do today's practices. Days never go backwards in
    carry-on, nothing done is ever lost, and every practising day finishes a day of the path."""
    seq = make(7)
    e = enrol(seq, MON, pace)
    comps: list[Completion] = []
    last_day = 0
    finished_days = 0
    for offset, practises in enumerate(practised):
        today = MON + timedelta(offset)
        state = today_state(seq, e, comps, today, LIBRARY)
        if state.status is Status.FINISHED:
            assert finished_days == 7
            break
        if state.offer is not None:  # always take the kind default: carry on
            e = set_pace(e, Pace.CARRY_ON, seq, comps, today)
            state = today_state(seq, e, comps, today, LIBRARY)
            assert state.offer is None
        if e.pace is Pace.CARRY_ON:
            assert state.day >= last_day
        last_day = state.day
        if practises and not state.done_for_today:
            comps += [Completion(seq.id, state.day, i.practice_id, today) for i in state.items if not i.done]
            finished_days += 1
            after = today_state(seq, e, comps, today, LIBRARY)
            assert after.done_for_today or after.status is Status.FINISHED
    assert finished_days <= 7
