"""Read and check a sequence file (TOML, ``schema = 1``), naming the file, line, field and fix for each problem.

Custom practices written inside the file go through :func:`practice_from_mapping`, the same checks as the
library, and their optional ``narration`` through the narration parser and timing check.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

from selfcompass import __version__
from selfcompass.core.datafile import DataFileError, Fields, LineFinder, Problem, describe, parse_toml, read_text
from selfcompass.core.i18n import translate
from selfcompass.core.narration import DEFAULT_WPM, Script, check_against, parse_script, step_seconds
from selfcompass.core.practice import Practice
from selfcompass.core.practice_loader import ID_PATTERN, practice_from_mapping
from selfcompass.core.sequences.model import CustomPractice, Day, Sequence, default_script

SCHEMA_VERSION = 1
# The earliest SelfCompass that reads each schema version; the writer records it as ``requires``.
SCHEMA_NEEDS = {1: "0.1.0"}
ON_IMPORT = "on-import"
MAX_DAYS = 120
MAX_PER_DAY = 6
MAX_CUSTOM = 40
TIMING_TOLERANCE = 0.10  # as for library scripts: voices vary

# The keys each table may have; docs/sequence.schema.json lists the same (a test keeps them in step).
TOP_KEYS = ("schema", "requires", "id", "title", "author", "contact", "description", "start", "days", "practices")
DAY_KEYS = ("title", "note", "practices", "journal")
PRACTICE_KEYS = ("schema", "id", "title", "family", "summary", "duration", "attribution", "needs", "tags",
                 "aspects", "tone", "steps", "narration")
_VERSION = re.compile(r"^\d+(\.\d+){0,2}$")


class SequenceLines(LineFinder):
    """Line numbers for nested paths such as ``practices[1].steps[2].pattern`` or ``days[3].note``.

    Falls back to the nearest enclosing key or table it can find, so every problem gets some line.
    """

    _triple = re.compile(r'"""|\'\'\'')

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self._where: dict[str, int] = {}
        counters: dict[str, int] = {}
        current = ""
        in_string = False
        for number, line in enumerate(self._lines, start=1):
            if in_string:
                if len(self._triple.findall(line)) % 2 == 1:
                    in_string = False
                continue
            header = self._header.match(line)
            if header:
                current = self._resolve(header.group(1).strip(), line.lstrip().startswith("[["), counters, current)
                self._where.setdefault(current, number)
                continue
            key = self._key.match(line)
            if key:
                path = f"{current}.{key.group(1).strip(chr(34) + chr(39))}" if current else key.group(1).strip("\"'")
                self._where.setdefault(path, number)
                if len(self._triple.findall(line)) % 2 == 1:
                    in_string = True

    def _resolve(self, name: str, is_array: bool, counters: dict[str, int], current: str) -> str:
        parts = [p.strip().strip("\"'") for p in name.split(".")]
        path = ""
        for i, part in enumerate(parts):
            base = f"{path}.{part}" if path else part
            last = i == len(parts) - 1
            if last and is_array:
                index = counters.get(base, -1) + 1
                counters[base] = index
                path = f"{base}[{index}]"
            elif not last and base in counters:
                path = f"{base}[{counters[base]}]"
            else:
                path = base
        return path

    def find(self, path: str) -> int | None:
        probe = path
        while probe:
            if probe in self._where:
                return self._where[probe]
            cut = max(probe.rfind("."), probe.rfind("["))
            probe = probe[:cut] if cut > 0 else ""
        return None

    def find_value(self, path: str, needle: str) -> int | None:
        """The line inside a (possibly multi-line) value at ``path`` that mentions ``needle``."""
        start = self.find(path)
        if start is None:
            return None
        for i in range(start - 1, min(len(self._lines), start + 40)):
            line = self._lines[i]
            if i > start - 1 and (self._header.match(line) or self._key.match(line)):
                break
            if needle in line:
                return i + 1
        return start


def parse_sequence(text: str, source: str, library: Mapping[str, Practice], *,
                   unavailable: Collection[str] = ()) -> Sequence:
    """Parse sequence TOML text, or raise DataFileError listing every problem.

    ``library`` maps practice ids to the practices that loaded; ``unavailable`` names ids whose files exist
    but did not load, so the message can say so instead of "not in the library".
    """
    return sequence_from_mapping(parse_toml(text, source), source, library, text=text, unavailable=unavailable)


def load_sequence_file(path: Path, library: Mapping[str, Practice], source: str | None = None, *,
                       unavailable: Collection[str] = ()) -> Sequence:
    source = source or path.name
    return parse_sequence(read_text(path, source), source, library, unavailable=unavailable)


def sequence_from_mapping(data: dict[str, Any], source: str, library: Mapping[str, Practice], *,
                          text: str = "", unavailable: Collection[str] = ()) -> Sequence:
    lines = SequenceLines(text) if text else None
    f = Fields(data, source, lines=lines)
    schema = f.number("schema", whole=True, minimum=1)
    requires = f.text("requires", required=False, max_len=20)
    if requires and not _VERSION.match(requires):
        # Messages about a field follow its name, as in 'requires: "x" is not a version number.'
        f.problem("requires", translate("SequenceFiles", '"{requires}" is not a version number.').format(
            requires=requires), translate("SequenceFiles", 'write it like requires = "0.1.0".'))
    if schema and schema > SCHEMA_VERSION:
        if requires and _VERSION.match(requires):
            fix = translate("SequenceFiles", "it needs SelfCompass {requires} or later: update, or ask the author for "
                            "a schema 1 file.").format(requires=requires)
        else:
            fix = translate("SequenceFiles", "it needs a newer SelfCompass: update, or ask the author for a schema 1 "
                            "file.")
        line = lines.find("schema") if lines else None
        raise DataFileError([Problem(
            source, "schema", translate("SequenceFiles", "this sequence uses format {schema}, but this SelfCompass "
                                        "({version}) reads format {known}.").format(
                schema=f"{schema:g}", version=__version__, known=SCHEMA_VERSION), fix, line)])
    sid = f.text("id", max_len=60)
    if sid and not re.match(ID_PATTERN, sid):
        f.problem("id", translate("SequenceFiles", '"{id}" may use only small letters, digits and single hyphens.')
                  .format(id=sid), translate("SequenceFiles", 'write it like id = "compassionate-leader".'))
    title = f.text("title", max_len=80)
    author = f.text("author", max_len=120)
    contact = f.text("contact", required=False, max_len=200)
    description = f.text("description", max_len=1200)
    start = _start(f)

    custom = _custom_practices(f, lines, library)
    custom_ids = {c.id for c in custom}
    days: list[Day] = []
    for df in f.tables("days", max_items=MAX_DAYS):
        day = _day(df, lines, library, custom_ids, unavailable)
        df.finish()
        if day is not None:
            days.append(day)
    f.finish()
    if f.problems:
        raise DataFileError(f.problems)
    return Sequence(id=sid, title=title, author=author, description=description, days=tuple(days),
                    contact=contact, start=start, custom=tuple(custom), source=source)


def _start(f: Fields) -> date | None:
    if "start" not in f.data:
        f.text("start")  # reports the missing field in the usual words
        return None
    value = f.data["start"]
    f._used.add("start")
    #: {on_import} is the word a file uses to start on the day it is imported: "on-import".
    fix = translate("SequenceFiles", 'write start = "{on_import}", or a date without quotes such as '
                    "start = 2026-01-05.").format(on_import=ON_IMPORT)
    if isinstance(value, datetime):
        f.problem("start", translate("SequenceFiles", "has a time of day; a sequence starts on a date."), fix)
        return None
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        if value.strip() == ON_IMPORT:
            return None
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            f.problem("start", translate("SequenceFiles", '"{value}" is neither "{on_import}" nor a date.').format(
                value=value[:30], on_import=ON_IMPORT), fix)
            return None
    f.problem("start", translate("SequenceFiles", 'should be a date or "{on_import}", not {value}.').format(
        on_import=ON_IMPORT, value=describe(value)), fix)
    return None


def _custom_practices(f: Fields, lines: SequenceLines | None, library: Mapping[str, Practice]) -> list[CustomPractice]:
    out: list[CustomPractice] = []
    seen: set[str] = set()
    for pf in f.tables("practices", required=False, max_items=MAX_CUSTOM):
        prefix = pf.prefix
        data = dict(pf.data)
        narration = data.pop("narration", None)
        data.setdefault("schema", SCHEMA_VERSION)
        before = len(f.problems)
        try:
            practice = practice_from_mapping(data, f.source)
        except DataFileError as exc:
            for p in exc.problems:
                path = f"{prefix}.{p.field}" if p.field else prefix
                f.problems.append(Problem(f.source, path, p.message, p.fix, lines.find(path) if lines else None))
            if isinstance(narration, str):  # still point out markup mistakes in the narration
                _report_script_problems(pf, lines, narration, parse_script(narration, "", f.source)[1])
            continue
        practice = _with_source(practice, f"{f.source} ({prefix})")
        if practice.id in library:
            pf.problem("id", translate("SequenceFiles", '"{id}" is already a practice in the library.').format(
                id=practice.id), translate("SequenceFiles", "give your own practice a different id, or list the "
                                           "library's id in a day instead."))
        elif practice.id in seen:
            pf.problem("id", translate("SequenceFiles", '"{id}" is used by an earlier [[practices]] table.').format(
                id=practice.id), translate("SequenceFiles", "give each of your practices its own id."))
        seen.add(practice.id)
        text = ""
        script: Script | None = None
        if narration is not None:
            if not isinstance(narration, str) or not narration.strip():
                pf.problem("narration", translate("SequenceFiles", "should be text, not {value}.").format(
                    value=describe(narration)), translate("SequenceFiles", 'write narration = """ with one [step N] '
                                                          'section per step, then """.'))
            else:
                text = narration
                script = _narration(pf, lines, practice, narration)
        else:
            _check_default(pf, practice)
        if len(f.problems) == before:
            out.append(CustomPractice(practice, text, script))
    return out


def _with_source(practice: Practice, source: str) -> Practice:
    return replace(practice, source=source)


def _narration(pf: Fields, lines: SequenceLines | None, practice: Practice, narration: str) -> Script | None:
    script, problems = parse_script(narration, practice.id, pf.source)
    if script is not None:
        problems = check_against(script, practice)
    _report_script_problems(pf, lines, narration, problems)
    return script if not problems else None


def _report_script_problems(pf: Fields, lines: SequenceLines | None, narration: str,
                            problems: list[Problem]) -> None:
    """Narration problems carry lines inside the script; turn them into lines of the sequence file."""
    path = pf.path("narration")
    key_line = lines.find(path) if lines else None
    # tomllib drops the newline straight after an opening triple quote, so script line 1 is the next line.
    offset = None
    if key_line is not None:
        offset = key_line if _opens_on_own_line(lines, key_line) else key_line - 1
    for p in problems:
        #: A problem inside a narration: {field} is a section such as "[step 2]".
        message = translate("SequenceFiles", "{field}: {message}").format(field=p.field, message=p.message) \
            if p.field else p.message
        line = None
        if p.line is not None and offset is not None:
            line = offset + p.line
        elif p.field.startswith("[step"):
            line = _section_line(narration, p.field, offset)
        pf.problems.append(Problem(pf.source, path, message, p.fix, line if line is not None else key_line))


def _opens_on_own_line(lines: SequenceLines | None, key_line: int) -> bool:
    if lines is None:
        return False
    raw = lines._lines[key_line - 1].rstrip()
    return raw.endswith('"""') or raw.endswith("'''")


def _section_line(narration: str, marker: str, offset: int | None) -> int | None:
    if offset is None:
        return None
    for number, raw in enumerate(narration.splitlines(), start=1):
        if raw.strip().lower() == marker.lower():
            return offset + number
    return None


def _check_default(pf: Fields, practice: Practice) -> None:
    """Without a narration the steps' own text is read aloud, so it too must fit each step's time."""
    script = default_script(practice)
    for index, (sscript, step) in enumerate(zip(script.steps, practice.steps, strict=True)):
        needed = step_seconds(sscript)
        if needed > step.duration * (1 + TIMING_TOLERANCE) + 1.0:
            pf.problem(f"steps[{index}].text", translate("SequenceFiles", "takes about {needed} s to read aloud at "
                                                         "{wpm} words a minute, but the step lasts {step} s.").format(
                needed=f"{needed:.0f}", wpm=DEFAULT_WPM, step=f"{step.duration:g}"),
                translate("SequenceFiles", "shorten the text, lengthen the step, or add a narration with fewer spoken "
                          "words."))


def _day(df: Fields, lines: SequenceLines | None, library: Mapping[str, Practice], custom_ids: set[str],
         unavailable: Collection[str]) -> Day | None:
    before = len(df.problems)
    title = df.text("title", required=False, max_len=60)
    note = df.text("note", max_len=2000)
    ids = df.text_list("practices", required=True, max_items=MAX_PER_DAY, max_len=60)
    if "practices" in df.data and isinstance(df.data["practices"], list) and not df.data["practices"]:
        df.problem("practices", translate("SequenceFiles", "lists no practices."),
                   translate("SequenceFiles", 'name at least one, like practices = ["box-breathing"].'))
    known = [*library, *custom_ids]
    for pid in ids:
        if pid in custom_ids or pid in library:
            continue
        path = df.path("practices")
        line = lines.find_value(path, f'"{pid}"') if lines else None
        if pid in unavailable:
            message = translate("SequenceFiles", '"{id}" is in the library but did not load.').format(id=pid)
            fix = translate("SequenceFiles", "run 'selfcompass practices check' to see why, and fix that practice.")
        else:
            message = translate("SequenceFiles", '"{id}" is not a practice in the library or in this file.').format(
                id=pid)
            import difflib  # only for a mistyped id: half a megabyte the app need not hold otherwise

            close = difflib.get_close_matches(pid, known, n=1, cutoff=0.6)
            if close:
                fix = translate("SequenceFiles", 'did you mean "{id}"?').format(id=close[0])
            else:
                fix = translate("SequenceFiles", "check the id with 'selfcompass practices list', or write your own "
                                "under [[practices]].")
        df.problems.append(Problem(df.source, path, message, fix, line))
    if len(ids) != len(set(ids)):
        df.problem("practices", translate("SequenceFiles", "names the same practice twice."),
                   translate("SequenceFiles", "keep each practice once a day."))
    journal = df.text("journal", required=False, max_len=400)
    if len(df.problems) > before:
        return None
    return Day(note=note, practices=tuple(ids), title=title, journal=journal)


def load_sequence_folder(folder: Path, library: Mapping[str, Practice], *,
                         unavailable: Collection[str] = ()) -> tuple[list[Sequence], list[Problem]]:
    """Every good sequence in a folder (the shipped ones) and the problems of those skipped; never raises."""
    good: list[Sequence] = []
    problems: list[Problem] = []
    if not folder.is_dir():
        return good, problems
    for path in sorted(folder.glob("*.toml")):
        source = f"{folder.name}/{path.name}"
        try:
            sequence = load_sequence_file(path, library, source, unavailable=unavailable)
        except DataFileError as exc:
            problems.extend(exc.problems)
            continue
        if any(s.id == sequence.id for s in good):
            problems.append(Problem(source, "id", translate("SequenceFiles", '"{id}" is already used by another '
                                                            "sequence.").format(id=sequence.id),
                                    translate("SequenceFiles", "give each sequence its own id.")))
            continue
        good.append(sequence)
    return good, problems
