"""Choice and safety in every practice: a lowered gaze beside closed eyes, a caution beside held and long breaths,
a way to stop and a way back to the room, and the fixes a careful teacher asked for by name."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from selfcompass.core.narration import Script
from selfcompass.core.practice import BreathPattern, Family, Practice, StepKind
from selfcompass.core.practice_loader import load_library

ROOT = Path(__file__).resolve().parents[2]
LIBRARY = load_library(ROOT / "practices", ROOT / "audio_scripts")
IDS = sorted(LIBRARY.practices)
SEQUENCES = sorted((ROOT / "practices" / "sequences").glob("*.toml"))

#: An invitation to close the eyes ("close your eyes", "let your eyes close", "eyes closed", "shut your eyes").
EYES_CLOSING = re.compile(r"\b(?:close|shut)\s+your\s+eyes\b|\beyes\s+(?:close|closed|shut)\b", re.IGNORECASE)
GAZE = re.compile(r"\bgaze\b", re.IGNORECASE)
EYES_OPENING = re.compile(r"\bopen\s+your\s+eyes\b|\beyes\s+open\b", re.IGNORECASE)
#: The caution every held or long breath carries, in these words (the guide explains why these).
LIGHT_HEADED = "light-headed"
AS_NORMAL = "breathe as you normally do"
#: A self-compassion practice this long or longer says aloud that you can stop, and how to come back.
SAYS_YOU_CAN_STOP_FROM = 120
YOU_CAN_STOP = re.compile(r"\byou can stop\b", re.IGNORECASE)


def texts_of(practice: Practice, script: Script) -> list[tuple[str, str]]:
    """Each piece of text shown or spoken on its own: step texts, prompts, and each script section."""
    out = [("summary", practice.summary)]
    for number, step in enumerate(practice.steps, start=1):
        out.append((f"steps[{number}].text", step.text))
        if step.prompt:
            out.append((f"steps[{number}].prompt", step.prompt))
    out += [(f"script [step {n}]", s.spoken_text) for n, s in enumerate(script.steps, start=1)]
    return out


def is_held_or_long(pattern: BreathPattern) -> bool:
    """A hold of any length, a breath in of five seconds or more, or a breath out of seven or more."""
    return pattern.hold_in > 0 or pattern.hold_out > 0 or pattern.inhale >= 5 or pattern.exhale >= 7


# --- the rules, over every practice --------------------------------------------------------------------------

@pytest.mark.parametrize("pid", IDS)
def test_wherever_eyes_may_close_a_lowered_gaze_is_offered(pid: str) -> None:
    practice, script = LIBRARY.practices[pid], LIBRARY.scripts[pid]
    missing = [where for where, text in texts_of(practice, script)
               if EYES_CLOSING.search(text) and not GAZE.search(text)]
    assert missing == [], f"{pid}: offer a lowered gaze beside closed eyes in {missing}"


@pytest.mark.parametrize("pid", IDS)
def test_a_practice_that_closes_the_eyes_ends_by_opening_them(pid: str) -> None:
    script = LIBRARY.scripts[pid]
    if EYES_CLOSING.search(script.spoken_text):
        assert EYES_OPENING.search(script.steps[-1].spoken_text), f"{pid}: invite the eyes open at the end"


@pytest.mark.parametrize("pid", IDS)
def test_held_and_long_breaths_carry_the_light_headed_caution(pid: str) -> None:
    practice, script = LIBRARY.practices[pid], LIBRARY.scripts[pid]
    for number, step in enumerate(practice.steps, start=1):
        if step.kind is StepKind.BREATHE and step.pattern is not None and is_held_or_long(step.pattern):
            spoken_so_far = " ".join(s.spoken_text for s in script.steps[:number]).lower()
            assert LIGHT_HEADED in spoken_so_far and AS_NORMAL in spoken_so_far, (
                f"{pid} [step {number}]: say '{AS_NORMAL}' if you feel {LIGHT_HEADED}, at or before this step")


SELF_COMPASSION_OF_SOME_LENGTH = [pid for pid in IDS if LIBRARY.practices[pid].family is Family.SELF_COMPASSION
                                  and LIBRARY.practices[pid].duration >= SAYS_YOU_CAN_STOP_FROM]


@pytest.mark.parametrize("pid", SELF_COMPASSION_OF_SOME_LENGTH)
def test_self_compassion_says_early_that_you_can_stop(pid: str) -> None:
    opening = " ".join(s.spoken_text for s in LIBRARY.scripts[pid].steps[:2])
    assert YOU_CAN_STOP.search(opening), f"{pid}: say 'you can stop' in the first two sections"


@pytest.mark.parametrize("pid", SELF_COMPASSION_OF_SOME_LENGTH)
def test_self_compassion_ends_by_coming_back_to_the_room(pid: str) -> None:
    ending = LIBRARY.scripts[pid].steps[-1].spoken_text.lower()
    for needle in ("feet", "eyes", "look around"):
        assert needle in ending, f"{pid}: the last section should mention {needle!r} (feet, eyes open, look around)"


def test_the_rules_cover_a_fair_share_of_the_catalogue() -> None:
    """The checks above are not vacuous: they bite on real practices."""
    assert len(SELF_COMPASSION_OF_SOME_LENGTH) >= 12
    held = [pid for pid in IDS for s in LIBRARY.practices[pid].steps if s.pattern and is_held_or_long(s.pattern)]
    assert {"box-breathing", "long-out-breath", "resonance-breathing"} <= set(held)
    closing = [pid for pid in IDS if EYES_CLOSING.search(LIBRARY.scripts[pid].spoken_text)]
    assert len(closing) >= 3


@pytest.mark.parametrize("text", ["Close your eyes.", "You might let your eyes close.", "with your eyes closed",
                                  "Shut your eyes for a moment."])
def test_the_eyes_pattern_finds_an_invitation_to_close_them(text: str) -> None:
    assert EYES_CLOSING.search(text)


@pytest.mark.parametrize("text", ["Open your eyes, if they were closed.", "Your eyes. Your jaw.", "a close friend"])
def test_the_eyes_pattern_leaves_other_eyes_alone(text: str) -> None:
    assert not EYES_CLOSING.search(text)


# --- the named fixes -----------------------------------------------------------------------------------------

def spoken(pid: str) -> str:
    return LIBRARY.scripts[pid].spoken_text


def on_screen(pid: str) -> str:
    practice = LIBRARY.practices[pid]
    return " ".join([practice.summary, *(s.text for s in practice.steps), *(s.prompt for s in practice.steps)])


def test_softening_the_critic_gives_permission_to_leave_the_question_of_whose_voice() -> None:
    script = LIBRARY.scripts["softening-the-critic"]
    section = next(s.spoken_text for s in script.steps if "sound like" in s.spoken_text)
    assert "you can leave" in section.lower()


def test_after_an_incident_grounds_with_eyes_open_says_wait_to_drive_and_shows_numbers() -> None:
    text = spoken("after-an-incident").lower()
    assert "eyes open" in text and "feet" in text and "three things" in text
    assert "drive" in text
    screen = on_screen("after-an-incident")
    for number in ("116 123", "999", "111"):
        assert number in screen, number


def test_preparing_to_speak_up_says_raise_it_now_when_someone_is_at_risk() -> None:
    opening = LIBRARY.scripts["preparing-to-speak-up"].steps[0].spoken_text.lower()
    assert "at risk" in opening and "raise it now" in opening
    assert "raise it now" in LIBRARY.practices["preparing-to-speak-up"].steps[0].text.lower()


def test_no_sequence_pushes_supportive_touch() -> None:
    for path in SEQUENCES:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        for day in data["days"]:
            note = day["note"].lower()
            assert "anyway" not in note, (path.name, day["title"])
            if "supportive-touch" in day["practices"]:
                assert "if touch" in note, f"{path.name}, {day['title']}: offer another way when touch feels wrong"


def test_the_breathing_space_lets_the_breath_be_in_its_gathering_stage() -> None:
    gathering = LIBRARY.practices["breathing-space"].steps[2]
    assert gathering.kind is not StepKind.BREATHE and "breath" in gathering.text


def test_saying_no_kindly_includes_common_humanity() -> None:
    practice = LIBRARY.practices["fierce-protect"]
    assert "common-humanity" in practice.aspects
    assert "not the only one" in spoken("fierce-protect")


def test_team_check_in_points_to_words_to_read_aloud() -> None:
    assert "read aloud" in spoken("team-check-in") and "huddle-opener" in LIBRARY.practices


def test_when_someone_speaks_up_empathises_and_protects_them_from_harm() -> None:
    text = spoken("receiving-speaking-up").lower()
    assert "empathise" in text and "protect" in text


def test_going_home_credits_the_going_home_checklist() -> None:
    assert "Going Home Checklist" in LIBRARY.practices["going-home"].attribution


def test_a_kind_word_asks_for_the_hand_its_summary_promises() -> None:
    practice = LIBRARY.practices["a-kind-word"]
    assert "hand" in practice.summary
    assert any("hand" in step.text for step in practice.steps) and "hand" in spoken("a-kind-word")


def test_treat_a_friend_asks_why_and_never_repeats_itself() -> None:
    practice = LIBRARY.practices["treat-a-friend"]
    assert any(step.prompt.startswith("Why") for step in practice.steps if step.kind is StepKind.WRITE)
    sentences = [s.strip().lower() for s in re.split(r"(?<=[.?!])\s+", spoken("treat-a-friend")) if s.strip()]
    repeated = {s for s in sentences if sentences.count(s) > 1 and len(s.split()) > 4}
    assert repeated == set()
