"""The narration markup: sections, pauses, cues and timing estimates."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from selfcompass.core.narration import Silence, Speech, captions, parse_script, speech_seconds, step_seconds
from selfcompass.core.practice import BreathPhase


def test_pauses_split_speech_and_lines_join() -> None:
    script, problems = parse_script("# a note\n[step 1]\nHello there.\nFeel your feet. [pause 2.5] Good.\n",
                                    "p", "p.txt")
    assert not problems and script is not None
    assert script.steps[0].segments == (Speech("Hello there. Feel your feet."), Silence(2.5), Speech("Good."))
    timeline = captions(script.steps[0])
    assert timeline[1].start == timeline[0].end + 2.5


def test_cues_and_their_words() -> None:
    script, problems = parse_script('[step 1]\n[cues in="Breathe in" out="And out" cycles=3]\n', "p", "p.txt")
    assert not problems and script is not None
    cues = script.steps[0].cues
    assert cues is not None and cues.word_for(BreathPhase.INHALE, 0) == "Breathe in"
    assert cues.word_for(BreathPhase.EXHALE, 3) == ""


def test_problems_have_lines_and_fixes() -> None:
    _, problems = parse_script("Hello\n[step 1]\n[pause 900]\n[shout]\n[step 3]\nx\n", "p", "p.txt")
    text = [str(p) for p in problems]
    assert any("line 1" in t and "before the first [step 1]" in t for t in text)
    assert any("line 3" in t and "outside" in t for t in text)
    assert any("line 4" in t and "[shout] is not a known mark" in t for t in text)
    assert any("numbered [1, 3]" in t for t in text)


def test_estimates_grow_with_words_and_slow_down_at_lower_rates() -> None:
    short, long = "Breathe.", "Let your breath find its own pace, and notice it."
    assert speech_seconds(long) > speech_seconds(short) > 0
    assert speech_seconds(long, 120) > speech_seconds(long, 200)
    assert speech_seconds("") == 0


@settings(max_examples=300)
@given(st.text(max_size=400))
def test_any_text_parses_or_gives_problems(text: str) -> None:
    script, problems = parse_script(text, "p", "p.txt")
    assert (script is None) == bool(problems)
    if script is not None:
        for step in script.steps:
            assert step_seconds(step) >= 0
