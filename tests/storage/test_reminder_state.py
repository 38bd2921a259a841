"""Reminder state kept across a restart (core/reminders/state.py, storage/reminder_state.py): what survives, what
is let go, that files written by earlier versions still read, and that a damaged file never stops reminders."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone

from hypothesis import given, settings
from hypothesis import strategies as st

from selfcompass.core.reminders.engine import ReminderEngine
from selfcompass.core.reminders.planner import (
    Due,
    FocusBlock,
    Holds,
    Kind,
    PromptRecord,
    PromptResponse,
    ReminderRules,
)
from selfcompass.core.reminders.state import KEEP_HISTORY, MAX_RECORDS, SNOOZED_REASON, dumps, loads
from selfcompass.storage.reminder_state import STATE_FILE, ReminderStateFile

NOW = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)


def test_holds_and_recent_history_come_back_as_they_were() -> None:
    holds = Holds(focus=FocusBlock(NOW - timedelta(minutes=10), 50),
                  snoozed=Due(NOW + timedelta(minutes=30), Kind.SNOOZED, SNOOZED_REASON, "stop"),
                  quiet_until=datetime(2026, 3, 3, 0, 0, tzinfo=UTC))
    history = [PromptRecord(NOW - timedelta(hours=2), Kind.INBOX, NOW - timedelta(hours=2)),
               PromptRecord(NOW - timedelta(hours=2), Kind.INBOX, NOW - timedelta(hours=2), PromptResponse.SNOOZED)]
    assert loads(dumps(holds, history, NOW), NOW) == (holds, history)


def test_a_snoozed_prompt_keeps_no_meeting_title() -> None:
    """Reasons can name a meeting; the state file is not a second copy of the calendar."""
    snoozed = Due(NOW + timedelta(minutes=30), Kind.SNOOZED, "'Budget review' has ended: a short pause.", "stop")
    text = dumps(Holds(snoozed=snoozed), [], NOW)
    assert "Budget review" not in text
    assert loads(text, NOW)[0].snoozed == Due(snoozed.at, Kind.SNOOZED, SNOOZED_REASON, "stop")


def test_history_older_than_two_days_is_let_go() -> None:
    old = PromptRecord(NOW - KEEP_HISTORY - timedelta(minutes=1), Kind.GAP, NOW - KEEP_HISTORY - timedelta(minutes=1))
    recent = PromptRecord(NOW - timedelta(hours=1), Kind.GAP, NOW - timedelta(hours=1), PromptResponse.TAKEN)
    text = dumps(Holds(), [old, recent], NOW)
    assert [r.response for r in loads(text, NOW)[1]] == [PromptResponse.TAKEN]
    many = [PromptRecord(NOW - timedelta(minutes=i), Kind.INTERVAL, NOW - timedelta(minutes=i))
            for i in range(MAX_RECORDS + 50, 0, -1)]
    kept = loads(dumps(Holds(), many, NOW), NOW)[1]
    assert len(kept) == MAX_RECORDS and kept[-1] == many[-1]


def test_a_damaged_part_is_dropped_and_the_rest_kept() -> None:
    text = dumps(Holds(quiet_until=datetime(2026, 3, 3, tzinfo=UTC)),
                 [PromptRecord(NOW, Kind.FIXED, NOW)], NOW)
    data = json.loads(text)
    data["focus"] = {"start": "yesterday", "minutes": 25}
    data["snoozed"] = {"at": "2026-03-02T12:30:00", "kind": "snoozed", "practice_id": None}  # a time with no zone
    data["history"].append({"due_at": NOW.isoformat(), "kind": "tea-break", "shown_at": NOW.isoformat(),
                            "outcome": "shown"})
    data["history"].append("not a record")
    holds, history = loads(json.dumps(data), NOW)
    assert holds == Holds(quiet_until=datetime(2026, 3, 3, tzinfo=UTC))
    assert history == [PromptRecord(NOW, Kind.FIXED, NOW)]


#: A state file as SelfCompass wrote it before PromptResponse was renamed from Outcome (its key is "outcome").
EARLIER_FILE = """{
 "format": 1,
 "quiet_until": "2026-03-03T00:00:00+00:00",
 "focus": null,
 "snoozed": null,
 "history": [
  {"due_at": "2026-03-02T10:00:00+00:00", "kind": "inbox", "shown_at": "2026-03-02T10:00:30+00:00", "outcome": "shown"},
  {"due_at": "2026-03-02T10:00:00+00:00", "kind": "inbox", "shown_at": "2026-03-02T10:01:00+00:00", "outcome": "taken"},
  {"due_at": "2026-03-02T11:30:00+00:00", "kind": "interval", "shown_at": "2026-03-02T11:30:00+00:00",
   "outcome": "snoozed"},
  {"due_at": "2026-03-02T11:45:00+00:00", "kind": "gap", "shown_at": "2026-03-02T11:45:00+00:00", "outcome": "skipped"}
 ]
}
"""


def test_a_file_from_an_earlier_version_reads_and_is_written_back_the_same(tmp_path) -> None:
    (tmp_path / STATE_FILE).write_text(EARLIER_FILE, encoding="utf-8")
    state = ReminderStateFile(tmp_path)
    holds, history = state.load(NOW)
    assert holds == Holds(quiet_until=datetime(2026, 3, 3, tzinfo=UTC))
    assert [r.response for r in history] == [PromptResponse.SHOWN, PromptResponse.TAKEN, PromptResponse.SNOOZED,
                                             PromptResponse.SKIPPED]
    assert json.loads(dumps(holds, history, NOW)) == json.loads(EARLIER_FILE)  # an earlier version reads ours


def test_the_state_file_is_written_whole_only_when_it_changed_and_never_raises(tmp_path, monkeypatch) -> None:
    state = ReminderStateFile(tmp_path / "data")
    assert state.load(NOW) == (Holds(), [])  # a first start: no file yet
    quiet = Holds(quiet_until=NOW + timedelta(hours=3))
    assert state.save(quiet, [], NOW) and ReminderStateFile(tmp_path / "data").load(NOW) == (quiet, [])
    writes: list[object] = []
    monkeypatch.setattr("selfcompass.storage.reminder_state.write_atomic", lambda *a, **k: writes.append(a))
    assert state.save(quiet, [], NOW) and writes == []  # unchanged: nothing written

    def full(*_a: object, **_k: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("selfcompass.storage.reminder_state.write_atomic", full)
    assert not state.save(Holds(), [], NOW)  # reminders carry on; only a restart would forget
    (tmp_path / "data" / STATE_FILE).write_bytes(b"\xff\xfe not text")
    assert ReminderStateFile(tmp_path / "data").load(NOW) == (Holds(), [])


def test_times_far_from_now_are_dropped_before_the_engine_can_overflow_on_them() -> None:
    for edge in EDGES:
        text = json.dumps({"format": 1, "quiet_until": edge, "focus": {"start": edge, "minutes": 120},
                           "snoozed": {"at": edge, "kind": "snoozed", "practice_id": None},
                           "history": [{"due_at": edge, "kind": "gap", "shown_at": edge, "outcome": "shown"}]})
        assert loads(text, NOW) == (Holds(), [])


def test_another_format_or_no_json_gives_a_fresh_start() -> None:
    for text in ("", "{", "[]", '{"format": 2, "quiet_until": "2026-03-03T00:00:00+00:00"}', "null"):
        assert loads(text, NOW) == (Holds(), [])


def test_the_engine_lets_go_of_holds_that_ended_while_closed() -> None:
    """Quiet that ran out overnight is over; a focus block long finished does not come back."""
    holds = Holds(quiet_until=NOW - timedelta(hours=1), focus=FocusBlock(NOW - timedelta(days=1), 25))
    engine = ReminderEngine(ReminderRules(), NOW, holds=holds)
    assert engine.holds == Holds()
    kept = Holds(quiet_until=NOW + timedelta(hours=1))
    assert ReminderEngine(ReminderRules(), NOW, holds=kept).holds == kept


EDGES = ("9999-12-31T23:59:59-23:00", "0001-01-01T00:00:00+23:00", "9999-12-31T23:00:00+00:00")
any_time = st.sampled_from(EDGES) | st.builds(lambda at, offset: at.replace(tzinfo=timezone(offset)).isoformat(),
                                              st.datetimes(), st.timedeltas(min_value=-timedelta(hours=23),
                                                                            max_value=timedelta(hours=23)))
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=5),
    max_leaves=20)
fields = st.fixed_dictionaries({"format": st.just(1)}, optional={
    "quiet_until": json_values | any_time | st.just("2026-03-03T00:00:00+00:00"),
    "focus": json_values | st.fixed_dictionaries({"start": st.just(NOW.isoformat()) | any_time,
                                                  "minutes": json_values | st.integers(1, 1440)}),
    "snoozed": json_values | st.fixed_dictionaries({"at": any_time, "kind": st.just("snoozed"),
                                                    "practice_id": st.none()}),
    "history": st.lists(json_values | st.fixed_dictionaries({
        "due_at": st.just(NOW.isoformat()) | any_time | json_values, "kind": st.sampled_from([k.value for k in Kind]),
        "shown_at": st.just(NOW.isoformat()) | any_time | json_values,
        "outcome": st.sampled_from(["shown", "taken", "x"])}), max_size=5),
})


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=200), fields.map(json.dumps), json_values.map(json.dumps)))
def test_any_file_gives_a_usable_state_and_never_raises(text: str) -> None:
    holds, history = loads(text, NOW)
    engine = ReminderEngine(ReminderRules(), NOW, history, holds)  # the engine can run with whatever came back
    engine.check(NOW + timedelta(minutes=1))
    assert loads(dumps(engine.holds, engine.history, NOW), NOW)[1] == [
        r for r in engine.history if r.shown_at >= NOW - KEEP_HISTORY]


def test_stored_times_must_carry_an_offset_and_fit_the_calendar() -> None:
    """core.clock.parse_aware, the reader of times in our JSON files (check-ins, reminder state)."""
    from selfcompass.core.clock import parse_aware

    assert parse_aware("2026-03-02T10:00:00+00:00") == datetime(2026, 3, 2, 10, tzinfo=UTC)
    for value in ("2026-03-02T10:00:00", "yesterday", 5, None, *EDGES[:2]):
        assert parse_aware(value) is None, value
