"""The narration markup of ``audio_scripts/``: spoken text, pauses and breath cues, and their timing.

A script has one ``[step N]`` section for each step of its practice. Inside a section, plain text is
spoken, ``[pause 3]`` is three seconds of quiet, and in a breathe step a ``[cues …]`` line sets the short
words spoken as the pacer changes phase (``in``, ``hold``, ``out``, ``rest``, and ``cycles`` to stop cueing
after that many breaths). Lines starting with ``#`` are notes for writers and are never spoken.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from selfcompass.core.datafile import Problem
from selfcompass.core.i18n import QT_TRANSLATE_NOOP, translate
from selfcompass.core.practice import BreathPhase, Practice, StepKind

# Speech rate (words per minute) used for timing checks and caption timing; the engine default is faster.
DEFAULT_WPM = 160
# Quiet left after each sentence when estimating timing.
SENTENCE_GAP = 0.35
MAX_PAUSE = 120.0

# Patterns as text: `re` compiles each on first use (and caches it), so a start from the cached library, which
# parses no script, never pays for compiling them.
_SECTION = r"(?i)^\[step\s+(\d+)\]\s*$"
_CUES = r"(?i)^\[cues(?:\s+(.*))?\]\s*$"
_PAUSE = r"(?i)\[pause\s+([0-9]+(?:\.[0-9]+)?)\s*s?\]"
_OTHER_TAG = r"\[[^\]]*\]"
_SENTENCE_END = r"[.!?…]+(?=\s|$)"


@dataclass(frozen=True)
class Speech:
    text: str


@dataclass(frozen=True)
class Silence:
    seconds: float


Segment = Speech | Silence


@dataclass(frozen=True)
class Cues:
    words: dict[BreathPhase, str]
    cycles: int | None = None  # speak cues for this many breaths, then let the pacer carry on quietly

    def word_for(self, phase: BreathPhase, cycle: int) -> str:
        if self.cycles is not None and cycle >= self.cycles:
            return ""
        return self.words.get(phase, "")


# Spoken as the pacer changes phase when a script sets no cues of its own. UK English here, as a script's own
# words are; the player's run translates them when it falls back to these.
DEFAULT_CUES = Cues({BreathPhase.INHALE: QT_TRANSLATE_NOOP("Narration", "In"),
                     #: Spoken when the breath is held after breathing in.
                     BreathPhase.HOLD_IN: QT_TRANSLATE_NOOP("Narration", "Hold"),
                     BreathPhase.EXHALE: QT_TRANSLATE_NOOP("Narration", "Out"),
                     #: Spoken for the pause after breathing out.
                     BreathPhase.HOLD_OUT: QT_TRANSLATE_NOOP("Narration", "Rest")})


@dataclass(frozen=True)
class StepScript:
    segments: tuple[Segment, ...]
    cues: Cues | None = None

    @property
    def spoken_text(self) -> str:
        return " ".join(s.text for s in self.segments if isinstance(s, Speech))


@dataclass(frozen=True)
class Script:
    practice_id: str
    steps: tuple[StepScript, ...]
    source: str = field(default="", compare=False)

    @property
    def spoken_text(self) -> str:
        return " ".join(s.spoken_text for s in self.steps)


@dataclass(frozen=True)
class TimedCaption:
    start: float
    end: float
    text: str


def word_count(text: str) -> int:
    return len(re.findall(r"[A-Za-z0-9’']+", text))


def speech_seconds(text: str, wpm: float = DEFAULT_WPM) -> float:
    """Estimated time to speak ``text`` at ``wpm`` words a minute, with a short gap after each sentence."""
    words = word_count(text)
    if words == 0:
        return 0.0
    sentences = max(1, len(re.findall(_SENTENCE_END, text)))
    return words * 60.0 / wpm + sentences * SENTENCE_GAP


def step_seconds(step: StepScript, wpm: float = DEFAULT_WPM) -> float:
    return sum(speech_seconds(s.text, wpm) if isinstance(s, Speech) else s.seconds for s in step.segments)


def captions(step: StepScript, wpm: float = DEFAULT_WPM) -> list[TimedCaption]:
    """When each spoken segment of a step is due, measured from the start of the step."""
    out: list[TimedCaption] = []
    t = 0.0
    for seg in step.segments:
        if isinstance(seg, Speech):
            length = speech_seconds(seg.text, wpm)
            out.append(TimedCaption(t, t + length, seg.text))
            t += length
        else:
            t += seg.seconds
    return out


def parse_script(text: str, practice_id: str, source: str) -> tuple[Script | None, list[Problem]]:
    """Parse a narration script; returns the script (or None) and every problem found."""
    problems: list[Problem] = []
    sections: dict[int, list[tuple[int, str]]] = {}
    current: int | None = None
    for lineno, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        m = re.match(_SECTION, line)
        if m:
            current = int(m.group(1))
            if current in sections:
                # Messages about a section follow its name, as in '[step 2]: appears twice.'
                problems.append(Problem(source, f"[step {current}]", translate("ScriptFiles", "appears twice."),
                                        translate("ScriptFiles", "keep one section for each step."), lineno))
            sections[current] = []
            continue
        if current is None:
            problems.append(Problem(source, "", translate("ScriptFiles", "text comes before the first [step 1] "
                                                          "line."),
                                    translate("ScriptFiles", "start the script with [step 1]."), lineno))
            continue
        sections[current].append((lineno, line))

    steps: list[StepScript] = []
    for number in sorted(sections):
        steps_problems_before = len(problems)
        step = _parse_section(sections[number], number, source, problems)
        if len(problems) == steps_problems_before:
            steps.append(step)
    expected = list(range(1, len(sections) + 1))
    if sorted(sections) != expected:
        #: {numbers} lists the section numbers found, such as "[1, 2, 4]".
        problems.append(Problem(source, "[step N]", translate("ScriptFiles", "sections are numbered {numbers}.")
                                .format(numbers=sorted(sections)),
                                translate("ScriptFiles", "number them 1, 2, 3… with one for each step, in order.")))
    if not sections:
        problems.append(Problem(source, "", translate("ScriptFiles", "has no [step 1] section."),
                                translate("ScriptFiles", "add one section for each step.")))
    if problems:
        return None, problems
    return Script(practice_id, tuple(steps), source), problems


def _parse_section(lines: list[tuple[int, str]], number: int, source: str, problems: list[Problem]) -> StepScript:
    segments: list[Segment] = []
    cues: Cues | None = None
    field_name = f"[step {number}]"
    for lineno, line in lines:
        cm = re.match(_CUES, line)
        if cm:
            cues = _parse_cues(cm.group(1) or "", source, field_name, lineno, problems)
            continue
        pos = 0
        for pm in re.finditer(_PAUSE, line):
            _add_speech(segments, line[pos:pm.start()], source, field_name, lineno, problems)
            seconds = float(pm.group(1))
            if not 0 < seconds <= MAX_PAUSE:
                problems.append(Problem(source, field_name, translate("ScriptFiles", "[pause {seconds}] is outside "
                                                                      "0–{most} s.").format(seconds=pm.group(1),
                                                                                             most=f"{MAX_PAUSE:g}"),
                                        translate("ScriptFiles", "use a pause between 0.5 and 120 seconds."), lineno))
            else:
                segments.append(Silence(seconds))
            pos = pm.end()
        _add_speech(segments, line[pos:], source, field_name, lineno, problems)
    return StepScript(tuple(_merge(segments)), cues)


def _add_speech(segments: list[Segment], text: str, source: str, field_name: str, lineno: int,
                problems: list[Problem]) -> None:
    stray = re.search(_OTHER_TAG, text)
    if stray:
        #: {mark} is something in square brackets that the script format does not know, such as "[pasue 3]".
        problems.append(Problem(source, field_name, translate("ScriptFiles", "{mark} is not a known mark.").format(
            mark=stray.group(0)), translate("ScriptFiles", "use [pause N] inside text, or [cues …] on its own line in "
                                            "a breathe step."), lineno))
        return
    text = " ".join(text.split())
    if text:
        segments.append(Speech(text))


def _merge(segments: list[Segment]) -> list[Segment]:
    """Join neighbouring speech from consecutive lines into one segment (one caption, one render)."""
    out: list[Segment] = []
    for seg in segments:
        if out and isinstance(seg, Speech) and isinstance(out[-1], Speech):
            out[-1] = Speech(f"{out[-1].text} {seg.text}")
        elif out and isinstance(seg, Silence) and isinstance(out[-1], Silence):
            out[-1] = Silence(out[-1].seconds + seg.seconds)
        else:
            out.append(seg)
    return out


_CUE_KEYS = {"in": BreathPhase.INHALE, "hold": BreathPhase.HOLD_IN, "out": BreathPhase.EXHALE,
             "rest": BreathPhase.HOLD_OUT}


def _parse_cues(args: str, source: str, field_name: str, lineno: int, problems: list[Problem]) -> Cues | None:
    if args.strip().lower() == "off":
        return Cues({}, 0)
    words = dict(DEFAULT_CUES.words)
    cycles: int | None = None
    import shlex  # only while checking a script, never at start-up

    try:
        tokens = shlex.split(args)
    except ValueError:
        problems.append(Problem(source, field_name, translate("ScriptFiles", "the [cues …] line has an unclosed "
                                                                  "quote."),
                                translate("ScriptFiles", 'write it like [cues in="Breathe in" out="And out"].'),
                                lineno))
        return None
    for token in tokens:
        key, sep, value = token.partition("=")
        key = key.lower()
        if not sep:
            problems.append(Problem(source, field_name, translate("ScriptFiles", '"{token}" in [cues …] has no '
                                                                      "value.").format(token=token),
                                    translate("ScriptFiles", 'write key="words", for example in="Breathe in".'),
                                    lineno))
        elif key == "cycles":
            if not value.isdigit():
                problems.append(Problem(source, field_name, translate("ScriptFiles", 'cycles="{value}" is not a '
                                                                          "whole number.").format(value=value),
                                        translate("ScriptFiles", "write cycles=3."), lineno))
            else:
                cycles = int(value)
        elif key in _CUE_KEYS:
            words[_CUE_KEYS[key]] = value.strip()
        else:
            problems.append(Problem(source, field_name, translate("ScriptFiles", '"{key}" is not a cue.').format(
                key=key), translate("ScriptFiles", "use in, hold, out, rest or cycles."), lineno))
    return Cues(words, cycles)


def check_against(script: Script, practice: Practice, wpm: float = DEFAULT_WPM,
                  tolerance: float = 0.10) -> list[Problem]:
    """Check that the script has a section per step and that its narration fits each step's time.

    ``tolerance`` is the share of a step's duration the estimate may run over (speech rates vary by voice).
    """
    problems: list[Problem] = []
    src = script.source
    if len(script.steps) != len(practice.steps):
        problems.append(Problem(src, "[step N]", translate("ScriptFiles", "has {sections} sections but the practice "
                                                           "has {steps} steps.").format(
            sections=len(script.steps), steps=len(practice.steps)),
            translate("ScriptFiles", "write one [step N] section for each step.")))
        return problems
    for number, (sscript, step) in enumerate(zip(script.steps, practice.steps, strict=True), start=1):
        needed = step_seconds(sscript, wpm)
        if step.kind is StepKind.BREATHE and sscript.cues is not None and step.pattern is not None:
            for phase, seconds in step.pattern.phases():
                word = sscript.cues.words.get(phase, "")
                if word and speech_seconds(word, wpm) > seconds + 0.5:
                    #: {phase} is the script format's own name for the phase: inhale, hold_in, exhale or hold_out.
                    problems.append(Problem(src, f"[step {number}]", translate(
                        "ScriptFiles", 'the cue "{word}" takes longer to say than the {seconds}-second {phase} phase.')
                        .format(word=word, seconds=f"{seconds:g}", phase=phase.value),
                        translate("ScriptFiles", "use a shorter cue word.")))
        if needed > step.duration * (1 + tolerance) + 1.0:
            problems.append(Problem(src, f"[step {number}]", translate(
                "ScriptFiles", "narration takes about {needed} s at {wpm} words a minute, but the step lasts {step} s.")
                .format(needed=f"{needed:.0f}", wpm=f"{wpm:g}", step=f"{step.duration:g}"),
                translate("ScriptFiles", "shorten the narration, shorten the pauses, or lengthen the step.")))
        if step.kind is StepKind.TIMER:
            if sscript.segments:
                problems.append(Problem(src, f"[step {number}]", translate(
                    "ScriptFiles", "a timer step is quiet, but this section has words or pauses."),
                    translate("ScriptFiles", "leave the section empty; the bell marks the time.")))
        elif step.kind is not StepKind.BREATHE and not sscript.segments:
            problems.append(Problem(src, f"[step {number}]", translate("ScriptFiles", "has nothing to say."),
                                    translate("ScriptFiles", "add at least one sentence.")))
    return problems
