"""One vocabulary: the five-step mood scale, whole minutes in sentences and one date style, all from core."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from selfcompass.core import moods
from selfcompass.core.formatting import axis_date, date_text, date_time_text, minutes_text


def test_the_scale_has_five_steps_with_a_word_alone_and_in_a_sentence() -> None:
    assert list(moods.MOOD_WORDS) == [1, 2, 3, 4, 5] == list(moods.MOODS_IN_SENTENCE)
    assert [moods.mood_word(n) for n in range(1, 6)] == ["Very low", "Low", "Okay", "Good", "Very good"]
    assert [moods.mood_in_sentence(n) for n in range(1, 6)] == ["very low", "low", "okay", "good", "very good"]


@pytest.mark.parametrize(("value", "ok"), [(1, True), (5, True), (0, False), (6, False), (True, False),
                                           (3.0, False), (None, False), ("3", False)])
def test_only_whole_steps_on_the_scale_count_as_moods(value: object, ok: bool) -> None:
    assert moods.is_mood(value) is ok


@pytest.mark.parametrize(("average", "step"), [(1.0, 1), (2.4, 2), (2.5, 3), (4.75, 5), (0.2, 1), (9.0, 5)])
def test_an_average_is_said_as_its_nearest_step(average: float, step: int) -> None:
    assert moods.nearest_mood(average) == step


@pytest.mark.parametrize(("seconds", "words"), [
    (0, "0 seconds"), (1, "1 second"), (10, "10 seconds"), (59.4, "59 seconds"), (60, "1 minute"),
    (100, "2 minutes"), (150, "2 minutes"), (3599, "1 hour"), (3600, "1 hour"), (3660, "1 hour 1 minute"),
    (7500, "2 hours 5 minutes"), (-3, "0 seconds"),
])
def test_lengths_of_time_in_sentences_are_whole_minutes(seconds: float, words: str) -> None:
    assert minutes_text(seconds) == words
    assert "." not in words and "½" not in words and "sec" not in words.replace("second", "")


def test_one_date_style_everywhere_and_a_short_one_only_for_chart_axes() -> None:
    assert date_text(date(2026, 11, 9)) == "9 November 2026"
    assert date_time_text(datetime(2026, 11, 9, 14, 5)) == "9 November 2026 at 14:05"
    assert axis_date(date(2026, 11, 9)) == "9 Nov"
