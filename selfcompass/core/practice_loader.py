"""Load and check practice TOML files and their narration scripts.

A bad file never stops the app: :func:`load_library` returns the good practices and a notice for
every file it skipped, naming the file, the field and the fix.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from selfcompass.core.datafile import DataFileError, Fields, LineFinder, Problem, parse_toml, read_text
from selfcompass.core.i18n import translate
from selfcompass.core.library import Library
from selfcompass.core.practice import (
    ASPECTS,
    NEEDS,
    TONES,
    BreathPattern,
    Family,
    Practice,
    Step,
    StepKind,
)

if TYPE_CHECKING:
    from selfcompass.core.narration import Script

SCHEMA_VERSION = 1
MIN_TOTAL, MAX_TOTAL = 10, 3600
# What an id may look like (text; `re` compiles it on first use, which a cached start never reaches).
ID_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
TIMING_SLACK = 0.01


def practice_from_mapping(data: dict[str, Any], source: str, text: str = "") -> Practice:
    """Build a Practice from parsed TOML, or raise DataFileError listing every problem."""
    f = Fields(data, source, lines=LineFinder(text) if text else None)
    schema = f.number("schema", whole=True, minimum=1)
    if schema and schema > SCHEMA_VERSION:
        # Messages about a field follow its name, as in 'schema: is 2, newer than …'.
        f.problem("schema", translate("PracticeFiles", "is {schema}, newer than this version of SelfCompass "
                                      "understands ({known}).").format(schema=f"{schema:g}", known=SCHEMA_VERSION),
                  translate("PracticeFiles", "update SelfCompass, or ask the author for a schema 1 file."))
    pid = f.text("id", max_len=60)
    if pid and not re.match(ID_PATTERN, pid):
        f.problem("id", _id_letters(pid), translate("PracticeFiles", 'write it like id = "box-breathing".'))
    title = f.text("title", max_len=80)
    family = f.choice("family", [m.value for m in Family])
    summary = f.text("summary", max_len=400)
    total = f.number("duration", minimum=MIN_TOTAL, maximum=MAX_TOTAL, unit="seconds")
    attribution = f.text("attribution", max_len=300)
    needs = f.text_list("needs", choices=NEEDS)
    tags = f.text_list("tags", max_len=40)
    aspects = f.text_list("aspects", choices=ASPECTS)
    tone = f.choice("tone", TONES, required=False)
    steps: list[Step] = []
    for sf in f.tables("steps", max_items=60):
        step = _step(sf)
        sf.finish()
        if step is not None:
            steps.append(step)
    f.finish()
    if any(s.kind is StepKind.TIMER for s in steps) and len(steps) != 1:
        f.problem("steps", translate("PracticeFiles", "a timer practice has {count} steps.").format(count=len(steps)),
                  translate("PracticeFiles", 'give it one step, with kind = "timer".'))
    if not f.problems and steps:
        summed = sum(s.duration for s in steps)
        if abs(summed - total) > TIMING_SLACK:
            f.problem("duration", translate("PracticeFiles", "is {total} s but the steps add up to {summed} s.").format(
                total=f"{total:g}", summed=f"{summed:g}"),
                translate("PracticeFiles", "set duration = {summed}, or change the steps' durations.").format(
                    summed=f"{summed:g}"))
    if f.problems:
        raise DataFileError(f.problems)
    return Practice(
        id=pid, title=title, family=Family(family), summary=summary, duration=float(total),
        attribution=attribution, steps=tuple(steps), needs=tuple(needs), tags=tuple(tags),
        aspects=tuple(aspects), tone=tone, source=source,
    )


def _id_letters(pid: str) -> str:
    return translate("PracticeFiles", '"{id}" may use only small letters, digits and single hyphens.').format(id=pid)


def _step(f: Fields) -> Step | None:
    before = len(f.problems)
    kind = f.choice("kind", [k.value for k in StepKind])
    text = f.text("text", max_len=1200)
    duration = f.number("duration", minimum=1, maximum=MAX_TOTAL, unit="seconds")
    prompt = f.text("prompt", required=kind == StepKind.WRITE.value, max_len=400)
    if prompt and kind != StepKind.WRITE.value:
        f.problem("prompt", translate("PracticeFiles", "only writing steps have a prompt."),
                  translate("PracticeFiles", 'set kind = "write" or remove the prompt.'))
    pattern = None
    if kind == StepKind.BREATHE.value:
        pf = f.table("pattern")
        if pf is not None:
            pattern = _pattern(pf, duration)
            pf.finish()
    elif "pattern" in f.data:
        f.table("pattern", required=False)
        f.problem("pattern", translate("PracticeFiles", "only breathe steps have a breathing pattern."),
                  translate("PracticeFiles", 'set kind = "breathe" or remove the pattern.'))
    if len(f.problems) > before:
        return None
    return Step(StepKind(kind), text, float(duration), pattern, prompt)


def _pattern(f: Fields, step_duration: float) -> BreathPattern | None:
    before = len(f.problems)
    inhale = f.number("inhale", minimum=1, maximum=20, unit="seconds")
    hold_in = f.number("hold_in", required=False, minimum=0, maximum=20, unit="seconds")
    exhale = f.number("exhale", minimum=1, maximum=30, unit="seconds")
    hold_out = f.number("hold_out", required=False, minimum=0, maximum=20, unit="seconds")
    cycles = f.number("cycles", whole=True, minimum=1, maximum=200)
    if len(f.problems) > before:
        return None
    pattern = BreathPattern(float(inhale), float(hold_in), float(exhale), float(hold_out), int(cycles))
    if step_duration and abs(pattern.total_seconds - step_duration) > TIMING_SLACK:
        f.problem("cycles", translate("PracticeFiles", "{cycles} breaths of {breath} s make {total} s, but the step "
                                      "lasts {step} s.").format(cycles=int(cycles), breath=f"{pattern.cycle_seconds:g}",
                                                                total=f"{pattern.total_seconds:g}",
                                                                step=f"{step_duration:g}"),
                  translate("PracticeFiles", "make the step's duration equal to the breath length times the number "
                            "of breaths."))
        return None
    return pattern


def load_practice_file(path: Path, source: str | None = None) -> Practice:
    source = source or path.name
    text = read_text(path, source)
    return practice_from_mapping(parse_toml(text, source), source, text)


def load_script_file(path: Path, practice: Practice, source: str | None = None) -> Script:
    from selfcompass.core.narration import check_against, parse_script  # not needed for a start from the cache

    source = source or f"{path.parent.name}/{path.name}"
    text = read_text(path, source)
    script, problems = parse_script(text, practice.id, source)
    if script is not None:
        problems = check_against(script, practice)
    if problems or script is None:
        raise DataFileError(problems)
    return script


def load_library(practices_dir: Path, scripts_dir: Path) -> Library:
    """Load every ``*.toml`` in ``practices_dir`` with its script; skip bad files with a notice."""
    scripts: dict[str, Script] = {}
    library = Library(scripts=scripts)
    if not practices_dir.is_dir():
        library.problems.append(Problem(str(practices_dir), "", translate("PracticeFiles", "the practices folder is "
                                                                          "missing."),
                                        translate("PracticeFiles", "reinstall SelfCompass, or check the folder's "
                                                  "name.")))
        return library
    for path in sorted(practices_dir.glob("*.toml")):
        source = f"{practices_dir.name}/{path.name}"
        try:
            practice = load_practice_file(path, source)
            if practice.id in library.practices:
                other = library.practices[practice.id].source
                #: {other} is another practice file, such as "practices/box-breathing.toml".
                raise DataFileError([Problem(source, "id", translate("PracticeFiles", '"{id}" is already used by '
                                                                     "{other}.").format(id=practice.id, other=other),
                                             translate("PracticeFiles", "give each practice its own id."))])
            if path.stem != practice.id:
                raise DataFileError([Problem(source, "id", translate("PracticeFiles", '"{id}" does not match the file '
                                                                     "name.").format(id=practice.id),
                                             translate("PracticeFiles", "rename the file to {file}, or change the id.")
                                             .format(file=f"{practice.id}.toml"))])
            script_path = scripts_dir / f"{practice.id}.txt"
            if not script_path.is_file():
                raise DataFileError([Problem(source, "", translate("PracticeFiles", "has no narration script ({file}).")
                                             .format(file=f"{scripts_dir.name}/{practice.id}.txt"),
                                             translate("PracticeFiles", "write the script; every practice has "
                                                       "one."))])
            script = load_script_file(script_path, practice, f"{scripts_dir.name}/{script_path.name}")
        except DataFileError as exc:
            library.problems.extend(exc.problems)
            continue
        library.practices[practice.id] = practice
        scripts[practice.id] = script
    return library
