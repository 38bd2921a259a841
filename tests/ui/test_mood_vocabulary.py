"""The same five mood words on the end of a practice, in the journal's editor and in Insights' words."""

from __future__ import annotations

from datetime import date

from doubles import FakeTimers, ManualClock

from selfcompass.core import insights
from selfcompass.core.moods import MOOD_WORDS, mood_word
from selfcompass.ui.journal.editor import EntryEditor
from selfcompass.ui.player import PlayerView

WORDS = [mood_word(n) for n in MOOD_WORDS]


def test_the_end_of_a_practice_and_the_journal_offer_the_same_words(qtbot) -> None:
    clock = ManualClock()
    timers = FakeTimers(clock)
    player = PlayerView(clock, lambda name, callback: timers.ticker(name, callback))
    qtbot.addWidget(player)
    on_buttons = [player.feelings.button(n).text().split(" · ", 1)[1] for n in MOOD_WORDS]
    editor = EntryEditor()
    qtbot.addWidget(editor)
    in_journal = [editor.mood.itemText(i).split(" – ", 1)[1] for i in range(1, editor.mood.count())]
    assert on_buttons == in_journal == WORDS == ["Very low", "Low", "Okay", "Good", "Very good"]
    assert player.feelings.button(4).accessibleName() == "Mood 4 of 5: Good"


def test_insights_say_average_moods_in_the_same_words() -> None:
    from datetime import UTC, datetime, timedelta

    from selfcompass.core.records import Outcome, SessionRecord

    when = datetime(2026, 11, 18, 9, tzinfo=UTC)
    record = SessionRecord("p", "P", "pause", when, when + timedelta(minutes=2), 120, 120, Outcome.FINISHED, 2, 4)
    f = insights.feelings([record], insights.recent_weeks(date(2026, 11, 20), 1))
    assert "“low” before and “good” after" in insights.feelings_words(f)
