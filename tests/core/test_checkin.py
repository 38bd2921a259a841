"""Check-in results: scored on taking, kept as forgiving JSON, offered gently at most once a week."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from selfcompass.core import checkin
from selfcompass.core.questionnaire import load_questionnaire

ROOT = Path(__file__).resolve().parents[2]
Q = load_questionnaire(ROOT / "practices" / "questionnaires" / "weekly-checkin.toml")
NOW = datetime(2026, 11, 20, 9, tzinfo=UTC)


def all_answers(value: int) -> dict[str, int]:
    return {i.id: value for i in Q.items}


def test_taking_a_check_in_scores_each_part() -> None:
    answers = {"kind-voice": 5, "harsh-voice": 1, "shared-load": 4, "on-my-own": 2}
    result = checkin.take(Q, answers, NOW)
    assert result.scores == {"kindness": 5.0, "common-humanity": 4.0}  # unanswered parts are left out


def test_results_survive_a_round_trip_and_are_rescored() -> None:
    log = checkin.CheckinLog([checkin.take(Q, all_answers(4), NOW)], last_offered=NOW)
    back = checkin.loads(checkin.dumps(log), [Q])
    assert back == log
    data = json.loads(checkin.dumps(log))
    data["results"][0]["scores"] = {"kindness": 99}  # stored scores are not trusted when the file is known
    data["results"][0]["answers"]["nonsense"] = 3
    assert checkin.loads(json.dumps(data), [Q]).results[0].scores == log.results[0].scores


def test_offered_at_most_once_a_week_and_never_soon_after_a_check_in() -> None:
    log = checkin.CheckinLog()
    assert checkin.offer_due(log, NOW)
    log.last_offered = NOW
    assert not checkin.offer_due(log, NOW + timedelta(days=6))
    assert checkin.offer_due(log, NOW + timedelta(days=7))
    log.results.append(checkin.take(Q, all_answers(3), NOW + timedelta(days=6)))
    assert not checkin.offer_due(log, NOW + timedelta(days=8))
    assert checkin.offer_due(log, NOW + timedelta(days=13))


def test_trend_is_oldest_first() -> None:
    later = checkin.take(Q, all_answers(2), NOW + timedelta(days=7))
    first = checkin.take(Q, all_answers(4), NOW)
    assert [when for when, _ in checkin.trend([later, first], Q)] == [first.taken_at, later.taken_at]


@settings(max_examples=300, deadline=None)
@given(st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
                    lambda kids: st.lists(kids, max_size=4) | st.dictionaries(st.text(max_size=12), kids, max_size=4),
                    max_leaves=30))
def test_a_damaged_file_never_raises(value: object) -> None:
    for text in (json.dumps(value), json.dumps({"results": [value], "last_offered": value}),
                 json.dumps({"results": [{"questionnaire": "weekly-checkin", "taken_at": NOW.isoformat(),
                                          "answers": value}]})):
        log = checkin.loads(text, [Q])
        for r in log.results:
            assert all(Q.minimum <= v <= Q.maximum for v in r.answers.values())


def test_the_words_invite_rather_than_order_or_diagnose() -> None:
    import re

    from selfcompass.core import insights
    from selfcompass.core.checkin import part_words

    texts = [Q.introduction, Q.title, *Q.labels, *(i.text for i in Q.items), *(s.description for s in Q.subscales),
             insights.checkin_words([part_words(Q, "kindness", 3.0)]), insights.checkin_words([])]
    banned = re.compile(r"\b(you must|you should|you need to|score(?:d)? (?:high|low)|diagnos\w*|disorder|"
                        r"symptom\w*|color|behavior|realize|recognize)\b", re.IGNORECASE)
    for text in texts:
        assert not banned.search(text), text
    # The one place "diagnosis" appears is to say plainly what this is not.
    assert re.search(r"not a validated measure or a diagnosis", Q.notice)


def test_the_store_keeps_a_check_in_in_one_call(tmp_path: Path) -> None:
    from selfcompass.storage.checkins import CheckinStore

    store = CheckinStore(tmp_path / "data", ROOT / "practices" / "questionnaires")
    result = store.record(Q, {"kind-voice": 4}, NOW)
    assert result.scores == {"kindness": 4.0}
    assert store.load([Q]).results == [result]
    assert (store.path.stat().st_mode & 0o777) == 0o600  # through the one atomic write


def test_the_store_notes_the_weekly_offer_and_stays_quiet_if_it_cannot(tmp_path: Path, monkeypatch) -> None:
    from selfcompass.storage import checkins

    store = checkins.CheckinStore(tmp_path / "data", ROOT / "practices" / "questionnaires")
    assert store.note_offer_if_due(NOW)
    assert store.load([Q]).last_offered == NOW
    assert not store.note_offer_if_due(NOW + timedelta(days=6))

    def full(*_args: object, **_kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(checkins, "write_atomic", full)
    assert not store.note_offer_if_due(NOW + timedelta(days=7))  # unrecorded, it would come again and again


def test_a_coach_questionnaire_is_copied_through_the_atomic_write(tmp_path: Path) -> None:
    from selfcompass.storage.checkins import CheckinStore

    store = CheckinStore(tmp_path / "data", ROOT / "practices" / "questionnaires")
    source = ROOT / "practices" / "questionnaires" / "weekly-checkin.toml"
    q = store.add_questionnaire(source)
    copy = store.custom_dir / f"{q.id}.toml"
    assert copy.read_bytes() == source.read_bytes() and (copy.stat().st_mode & 0o777) == 0o600
