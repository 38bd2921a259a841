"""Plain language where a person reads: no string in the translation template (every word the app shows, in every
screen, message and menu) names a file format, a setting's key or anything in snake_case.

Only what the person reads is scanned: a file dialog's type filter such as "Sequences (*.toml)" is the dialog's own
syntax (the part before the brackets is what it says), and placeholders such as {file_name} are filled in, not
shown. Regenerate the template after changing strings: ``.venv/bin/python -m tools.translation_template``.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from selfcompass.core.settings import OPTIONS

TEMPLATE = Path(__file__).resolve().parents[2] / "translations" / "selfcompass.ts"

# File formats by name or by extension. ("PDF" is left to people: it is how a saved report is known everywhere.)
FORMATS = re.compile(r"\b(markdown|json|toml|csv|ics|icalendar|xml|yaml|yml|sqlite|sqlcipher|wav|utf-?8|html)\b"
                     r"|\.(md|json|toml|ics|csv|db|txt|wav|ts|log)\b", re.IGNORECASE)
SNAKE = re.compile(r"\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b")
FILTER = re.compile(r"\((?:\*\.[A-Za-z0-9]+\s*)+\)|;;")  # "(*.toml)", "(*.ics *.ical)", filters joined by ";;"
PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def problems_in(text: str) -> list[str]:
    shown = PLACEHOLDER.sub("", FILTER.sub("", text))
    found = [f"the file format “{m.group(0)}”" for m in FORMATS.finditer(shown)]
    keys = {option.key for option in OPTIONS}
    for word in SNAKE.findall(shown):
        found.append(f"the setting key “{word}”" if word in keys else f"the code-like word “{word}”")
    return found


def test_the_scan_catches_what_it_should_and_lets_plain_words_be() -> None:
    assert problems_in("Export as one Markdown file…") == ["the file format “Markdown”"]
    assert problems_in("settings: working_end: is not after working_start.") == [
        "the setting key “working_end”", "the setting key “working_start”"]
    assert problems_in("choose the .ics file it saves") == ["the file format “.ics”"]
    assert problems_in("should be an object with uuid, body, created_at and so on") == [
        "the code-like word “created_at”"]
    assert problems_in("Sequences (*.toml)") == []
    assert problems_in("Calendar files (*.ics);;All files (*)") == []
    assert problems_in("Saved to {file_name}.") == []
    assert problems_in("Save a copy of my journal…") == []
    assert problems_in("Move my journal to another computer…") == []


def test_no_string_a_person_reads_names_a_format_a_key_or_code() -> None:
    root = ET.parse(TEMPLATE).getroot()
    failures = []
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            for problem in problems_in(source):
                failures.append(f"{name}: {problem} in “{source}”")
    assert not failures, "Say what the person is doing instead:\n" + "\n".join(failures)
