"""Write a Sequence back to TOML by hand (no extra dependency), so export then import gives the same sequence."""

from __future__ import annotations

from collections.abc import Iterable

from selfcompass.core.practice import Practice
from selfcompass.core.sequences.loader import ON_IMPORT, SCHEMA_NEEDS, SCHEMA_VERSION
from selfcompass.core.sequences.model import Sequence

_ESCAPES = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f", "\r": "\\r"}


def toml_string(text: str) -> str:
    """A TOML basic string: one line, with quotes, backslashes and control characters escaped."""
    return '"' + "".join(_ESCAPES.get(ch) or (_unicode_escape(ch) if _is_control(ch) else ch) for ch in text) + '"'


def toml_multiline(text: str) -> str:
    """A TOML multi-line basic string that reads back as exactly ``text``."""
    out: list[str] = []
    for i, ch in enumerate(text):
        if ch == "\\":
            out.append("\\\\")
        elif ch == '"' and (text.startswith('""', i + 1) or i == len(text) - 1):
            out.append('\\"')  # never let three quotes in a row (or one before the closing quotes) through
        elif ch == "\r":
            out.append("\\r")
        elif ch not in "\n\t" and _is_control(ch):
            out.append(_unicode_escape(ch))
        else:
            out.append(ch)
    return '"""\n' + "".join(out) + '"""'


def _is_control(ch: str) -> bool:
    code = ord(ch)
    return code < 0x20 or code == 0x7F


def _unicode_escape(ch: str) -> str:
    return f"\\u{ord(ch):04X}"


def _text(text: str) -> str:
    return toml_multiline(text) if "\n" in text else toml_string(text)


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else repr(float(value))


def _list(items: Iterable[str]) -> str:
    return "[" + ", ".join(toml_string(i) for i in items) + "]"


def sequence_to_toml(sequence: Sequence) -> str:
    """The sequence as a schema 1 TOML file that :func:`parse_sequence` reads back to an equal Sequence."""
    lines = [
        "# A SelfCompass sequence. Check it with: selfcompass sequence check FILE",
        f"schema = {SCHEMA_VERSION}",
        f"requires = {toml_string(SCHEMA_NEEDS[SCHEMA_VERSION])}",
        f"id = {toml_string(sequence.id)}",
        f"title = {toml_string(sequence.title)}",
        f"author = {toml_string(sequence.author)}",
    ]
    if sequence.contact:
        lines.append(f"contact = {toml_string(sequence.contact)}")
    lines.append(f"description = {_text(sequence.description)}")
    lines.append(f"start = {sequence.start.isoformat()}" if sequence.start else f"start = {toml_string(ON_IMPORT)}")
    for number, day in enumerate(sequence.days, start=1):
        lines += ["", f"[[days]]  # day {number}"]
        if day.title:
            lines.append(f"title = {toml_string(day.title)}")
        lines.append(f"practices = {_list(day.practices)}")
        lines.append(f"note = {_text(day.note)}")
        if day.journal:
            lines.append(f"journal = {_text(day.journal)}")
    for custom in sequence.custom:
        lines += ["", *_practice_lines(custom.practice, custom.narration)]
    return "\n".join(lines) + "\n"


def _practice_lines(p: Practice, narration: str) -> list[str]:
    lines = [
        "[[practices]]",
        f"id = {toml_string(p.id)}",
        f"title = {toml_string(p.title)}",
        f"family = {toml_string(p.family.value)}",
        f"summary = {_text(p.summary)}",
        f"duration = {_number(p.duration)}",
        f"attribution = {_text(p.attribution)}",
    ]
    for key in ("needs", "tags", "aspects"):
        values = getattr(p, key)
        if values:
            lines.append(f"{key} = {_list(values)}")
    if p.tone:
        lines.append(f"tone = {toml_string(p.tone)}")
    if narration:
        lines.append(f"narration = {toml_multiline(narration)}")
    for step in p.steps:
        lines += ["", "[[practices.steps]]", f"kind = {toml_string(step.kind.value)}",
                  f"text = {_text(step.text)}", f"duration = {_number(step.duration)}"]
        if step.prompt:
            lines.append(f"prompt = {_text(step.prompt)}")
        if step.pattern is not None:
            pat = step.pattern
            parts = [f"inhale = {_number(pat.inhale)}"]
            if pat.hold_in:
                parts.append(f"hold_in = {_number(pat.hold_in)}")
            parts.append(f"exhale = {_number(pat.exhale)}")
            if pat.hold_out:
                parts.append(f"hold_out = {_number(pat.hold_out)}")
            parts.append(f"cycles = {pat.cycles}")
            lines.append("pattern = { " + ", ".join(parts) + " }")
    return lines
