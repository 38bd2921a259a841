"""The practice catalogue as shipped: every practice loads, is complete, fits its time and is well spread."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from doubles import ManualClock

from selfcompass.__main__ import main
from selfcompass.core.narration import Speech, captions, check_against, speech_seconds, step_seconds
from selfcompass.core.practice import ASPECTS, NEEDS, TONES, Family, StepKind
from selfcompass.core.practice_loader import load_library
from selfcompass.core.records import Outcome
from selfcompass.core.session import BreathChanged, CaptionDue, PracticeRun, RunEnded, RunState, StepStarted

ROOT = Path(__file__).resolve().parents[2]
LIBRARY = load_library(ROOT / "practices", ROOT / "audio_scripts")
PRACTICES = LIBRARY.sorted()
IDS = [p.id for p in PRACTICES]

#: Ids other parts of the app refer to (coach sequences, reminders): they must stay, in these families.
REQUIRED = {
    Family.PAUSE: [
        "ten-second-pause", "stop", "breathing-space", "resonance-breathing", "box-breathing",
        "long-out-breath", "threshold-pause", "transition-pause", "going-home", "body-check-in",
        "eyes-open-reset", "the-pause", "safe-home-after-nights",
    ],
    Family.SELF_COMPASSION: [
        "treat-a-friend", "self-compassion-break", "compassionate-letter", "supportive-touch",
        "softening-the-critic", "evening-journal", "what-you-really-want", "caring-for-the-caregiver",
        "fierce-protect", "fierce-provide", "fierce-motivate", "after-an-incident",
        "care-you-cannot-give", "after-a-rude-exchange", "winding-down-after-a-late-shift", "soften-soothe-allow",
        "affectionate-breathing",
    ],
    Family.ATTENTION: [
        "inbox-batching", "notification-fast", "shorter-meetings", "email-intention", "meeting-free-block",
        "single-tasking", "shutdown-ritual", "phone-out-of-reach", "before-you-reply",
    ],
    Family.LEADERSHIP: [
        "before-a-one-to-one", "listening-fully", "receiving-speaking-up", "preparing-to-speak-up",
        "team-check-in", "compassionate-conversation", "how-can-i-help", "every-voice", "after-the-meeting-voices",
        "huddle-opener", "end-of-shift-huddle", "when-someone-gets-it-wrong",
    ],
}
MINIMUMS = {Family.PAUSE: 8, Family.SELF_COMPASSION: 8, Family.ATTENTION: 8, Family.LEADERSHIP: 8}
MINIMUM_TOTAL = 49
#: Pauses run from ten seconds to five minutes; nothing, writing included, runs past fifteen minutes.
PAUSE_RANGE = (10, 300)
LONGEST = 15 * 60


def test_the_whole_catalogue_loads_with_no_problems() -> None:
    assert LIBRARY.problems == []
    files = sorted(p.stem for p in (ROOT / "practices").glob("*.toml"))
    assert sorted(IDS) == files


def test_the_check_command_reports_no_problems(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["practices", "check"]) == 0
    assert "0 problem(s)" in capsys.readouterr().out


def test_ids_are_unique_and_match_their_files() -> None:
    assert len(IDS) == len(set(IDS))
    for practice in PRACTICES:
        assert practice.source == f"practices/{practice.id}.toml"
    titles = Counter(p.title for p in PRACTICES)
    assert [t for t, n in titles.items() if n > 1] == []


def test_every_family_meets_its_minimum() -> None:
    counts = Counter(p.family for p in PRACTICES)
    for family, minimum in MINIMUMS.items():
        assert counts[family] >= minimum, f"{family.label}: {counts[family]} of {minimum}"
    assert len(PRACTICES) >= MINIMUM_TOTAL


@pytest.mark.parametrize("family", list(REQUIRED))
def test_required_ids_are_present_in_their_family(family: Family) -> None:
    for pid in REQUIRED[family]:
        assert pid in LIBRARY.practices, f"missing {pid}"
        assert LIBRARY.practices[pid].family is family, pid


@pytest.mark.parametrize("pid", IDS)
def test_every_step_has_its_script_section(pid: str) -> None:
    practice, script = LIBRARY.practices[pid], LIBRARY.scripts[pid]
    assert len(script.steps) == len(practice.steps)
    for number, (step, section) in enumerate(zip(practice.steps, script.steps, strict=True), start=1):
        if step.kind is StepKind.TIMER:
            assert not section.segments, f"{pid} [step {number}]: a timer is unguided; its bell marks the time"
        elif step.kind is not StepKind.BREATHE:
            assert section.spoken_text, f"{pid} [step {number}] says nothing"


@pytest.mark.parametrize("pid", IDS)
def test_every_breathe_pattern_fills_its_step(pid: str) -> None:
    practice = LIBRARY.practices[pid]
    assert practice.duration == sum(s.duration for s in practice.steps)
    for step in practice.steps:
        if step.kind is StepKind.BREATHE:
            assert step.pattern is not None
            assert step.pattern.total_seconds == step.duration
        else:
            assert step.pattern is None


def test_narration_fits_every_step_at_the_default_rate() -> None:
    """The loader's own check (160 words a minute, 10 % and one second of slack), over the whole catalogue."""
    problems = [str(p) for pid in IDS for p in check_against(LIBRARY.scripts[pid], LIBRARY.practices[pid])]
    assert problems == []


#: Meditation pace: a calm voice speaks about 120 words a minute. Every script fits its steps at this pace with no
#: slack, and the last word of each step ends at least ROOM seconds before the step does.
MEDITATION_WPM = 120
ROOM = 0.5


@pytest.mark.parametrize("pid", IDS)
def test_narration_fits_every_step_at_meditation_pace_with_room_to_spare(pid: str) -> None:
    practice, script = LIBRARY.practices[pid], LIBRARY.scripts[pid]
    for number, (step, section) in enumerate(zip(practice.steps, script.steps, strict=True), start=1):
        needed = step_seconds(section, MEDITATION_WPM)
        assert needed <= step.duration, f"{pid} [step {number}]: {needed:.1f} s at 120 wpm, step {step.duration} s"
        lines = captions(section, MEDITATION_WPM)
        if lines:
            assert lines[-1].end + ROOM <= step.duration, (
                f"{pid} [step {number}]: the last line ends at {lines[-1].end:.1f} s of {step.duration} s")
        if step.pattern is not None and section.cues is not None:
            for phase, seconds in step.pattern.phases():
                word = section.cues.words.get(phase, "")
                assert speech_seconds(word, MEDITATION_WPM) <= seconds, f"{pid} [step {number}]: cue {word!r}"


@pytest.mark.parametrize("pid", IDS)
def test_durations_suit_the_family(pid: str) -> None:
    practice = LIBRARY.practices[pid]
    if practice.family is Family.PAUSE:
        assert PAUSE_RANGE[0] <= practice.duration <= PAUSE_RANGE[1]
        assert not practice.has_writing
    assert practice.duration <= LONGEST


@pytest.mark.parametrize("family", list(Family))
def test_every_family_has_a_spread_of_lengths(family: Family) -> None:
    """Something under a minute, about three, about five and (beyond pauses) ten or more minutes."""
    durations = [p.duration for p in PRACTICES if p.family is family]
    assert any(d <= 60 for d in durations)
    assert any(60 < d <= 180 for d in durations)
    assert any(180 < d <= 300 for d in durations)
    if family is not Family.PAUSE:
        assert any(d >= 600 for d in durations)


@pytest.mark.parametrize("pid", IDS)
def test_every_practice_says_what_it_is_for_and_whose_idea_it_follows(pid: str) -> None:
    practice = LIBRARY.practices[pid]
    assert practice.needs and set(practice.needs) <= set(NEEDS)
    assert len(practice.needs) == len(set(practice.needs))
    assert practice.tags
    assert practice.attribution.startswith(("After ", "Written for SelfCompass"))
    if practice.family is Family.LEADERSHIP:
        assert "Michael West" in practice.attribution
    if practice.family is Family.SELF_COMPASSION:
        assert practice.aspects and practice.tone in TONES
    for step in practice.steps:
        if step.kind is StepKind.WRITE:
            assert "?" in step.prompt  # a prompt asks; it never instructs


def test_self_compassion_covers_every_aspect_and_both_tones() -> None:
    family = [p for p in PRACTICES if p.family is Family.SELF_COMPASSION]
    assert {a for p in family for a in p.aspects} == set(ASPECTS)
    assert {p.tone for p in family} == set(TONES)


def test_every_need_has_practices_in_every_family_mix() -> None:
    """Each need is met by at least three practices, from at least two families."""
    for need in NEEDS:
        meeting = [p for p in PRACTICES if need in p.needs]
        assert len(meeting) >= 3, need
        assert len({p.family for p in meeting}) >= 2, need


def test_writing_practices_include_the_ones_the_issue_names() -> None:
    writing = {p.id for p in PRACTICES if p.has_writing}
    assert {"treat-a-friend", "compassionate-letter", "evening-journal"} <= writing
    letter = LIBRARY.scripts["compassionate-letter"].spoken_text
    assert "read it again" in letter


@pytest.mark.parametrize("pid", IDS)
def test_every_practice_runs_to_its_end_with_every_caption_shown(pid: str) -> None:
    """Driven through the core session with a manual clock: no caption is cut off by the end of its step."""
    practice, script = LIBRARY.practices[pid], LIBRARY.scripts[pid]
    clock = ManualClock()
    run = PracticeRun(practice, clock, script)
    events = run.start()
    for _ in range(int(practice.duration * 4) + 100):
        if run.state.over:
            break
        clock.advance(0.5)
        events += run.tick()
        if run.waiting:
            run.set_answer(run.index, "A few words.")
            events += run.skip()
    assert run.state is RunState.FINISHED
    assert isinstance(events[-1], RunEnded) and events[-1].outcome is Outcome.FINISHED
    assert [e.index for e in events if isinstance(e, StepStarted)] == list(range(len(practice.steps)))
    shown = [e.text for e in events if isinstance(e, CaptionDue)]
    expected = [seg.text for section in script.steps for seg in section.segments if isinstance(seg, Speech)]
    assert shown == expected
    breaths = sum(1 for e in events if isinstance(e, BreathChanged))
    assert breaths == sum(len(s.pattern.phases()) * s.pattern.cycles for s in practice.steps if s.pattern)
    assert len(run.record().writings) == sum(1 for s in practice.steps if s.kind is StepKind.WRITE)


NUMBER_WORDS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "ten": 10,
                "eleven": 11, "twelve": 12, "fifteen": 15, "thirty": 30, "forty-five": 45, "ninety": 90}
STATED_LENGTH = re.compile(r"\b(under )?(" + "|".join(NUMBER_WORDS) + r"|\d+)( and a half)? (minute|second)s?\b",
                           re.IGNORECASE)


@pytest.mark.parametrize("pid", IDS)
def test_lengths_stated_in_summary_and_tags_match_the_duration(pid: str) -> None:
    """A summary opening "Two minutes to…" or a tag "five minutes" is a promise: it holds within a fifth."""
    practice = LIBRARY.practices[pid]
    stated = [STATED_LENGTH.match(practice.summary)] + [STATED_LENGTH.fullmatch(tag) for tag in practice.tags]
    for m in filter(None, stated):
        word = m.group(2).lower()
        amount = (NUMBER_WORDS[word] if word in NUMBER_WORDS else int(word)) + (0.5 if m.group(3) else 0)
        seconds = amount * (60 if m.group(4).lower() == "minute" else 1)
        if m.group(1):
            assert practice.duration <= seconds, (m.group(0), practice.duration)
        else:
            assert abs(practice.duration - seconds) <= seconds / 5, (m.group(0), practice.duration)
