"""The shipped sequences keep their promises: each description states how long its days are, truly, and no note
assumes which day of the week it is."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from selfcompass.__main__ import main
from selfcompass.core.practice_loader import load_library
from selfcompass.core.sequences.loader import load_sequence_file
from selfcompass.core.sequences.model import Sequence

ROOT = Path(__file__).resolve().parents[2]
LIBRARY = load_library(ROOT / "practices", ROOT / "audio_scripts")
SHIPPED = sorted((ROOT / "practices" / "sequences").glob("*.toml"))

NUMBERS = {w: n for n, w in enumerate(
    ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
     "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"])}
_NUMBER = r"(\d+|" + "|".join(NUMBERS) + ")"
#: "from two to fifteen minutes a day", "between 1 and 13 minutes each day"
RANGE = re.compile(rf"\b(?:from|between) (?:about )?{_NUMBER} (?:to|and) {_NUMBER} minutes (?:a|each) day\b",
                   re.IGNORECASE)
#: Vague promises that only hold for short days.
A_FEW_MINUTES = re.compile(r"\b(?:a few|a couple of) minutes\b", re.IGNORECASE)
FEW_MINUTES_AT_MOST = 5 * 60
WEEKDAYS = re.compile(r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend)s?\b", re.IGNORECASE)


def number(word: str) -> int:
    return int(word) if word.isdigit() else NUMBERS[word.lower()]


def load(path: Path) -> Sequence:
    return load_sequence_file(path, LIBRARY.practices)


def day_seconds(sequence: Sequence) -> list[float]:
    """Each day's practices added up; a writing step counts at its suggested time."""
    out = []
    for day in sequence.days:
        practices = [sequence.practice(pid, LIBRARY.practices) for pid in day.practices]
        assert all(practices), day.practices
        out.append(sum(p.duration for p in practices if p is not None))
    return out


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem)
def test_shipped_sequences_pass_the_check_command(path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["sequence", "check", str(path)]) == 0, capsys.readouterr().out


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem)
def test_the_description_states_the_days_lengths_truly(path: Path) -> None:
    sequence = load(path)
    seconds = day_seconds(sequence)
    shortest, longest = max(1, round(min(seconds) / 60)), max(1, round(max(seconds) / 60))
    m = RANGE.search(" ".join(sequence.description.split()))
    assert m, f"{path.name}: say how long the days are, as in 'from two to twelve minutes a day'"
    low, high = number(m.group(1)), number(m.group(2))
    assert abs(low - shortest) <= 1, (m.group(0), [round(s / 60, 1) for s in seconds])
    assert abs(high - longest) <= 1, (m.group(0), [round(s / 60, 1) for s in seconds])


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem)
def test_a_few_minutes_is_only_promised_of_short_days(path: Path) -> None:
    sequence = load(path)
    if A_FEW_MINUTES.search(sequence.description):
        assert max(day_seconds(sequence)) <= FEW_MINUTES_AT_MOST


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem)
def test_no_note_assumes_the_day_of_the_week(path: Path) -> None:
    """A sequence starts on the day it is imported, so day 5 may be a Tuesday."""
    sequence = load(path)
    texts = [sequence.description, *(d.title for d in sequence.days), *(d.note for d in sequence.days),
             *(d.journal for d in sequence.days)]
    found = [m.group(0) for text in texts for m in WEEKDAYS.finditer(text)]
    assert found == []


@pytest.mark.parametrize(("text", "low", "high"), [
    ("Twenty-one days, from one to fifteen minutes a day.", 1, 15),
    ("between 2 and 13 minutes each day", 2, 13),
    ("from about two to twelve minutes a day", 2, 12),
])
def test_the_range_reader_reads_stated_lengths(text: str, low: int, high: int) -> None:
    m = RANGE.search(text)
    assert m and (number(m.group(1)), number(m.group(2))) == (low, high)


def test_the_weekday_check_bites() -> None:
    assert WEEKDAYS.search("You made it to Friday.") and not WEEKDAYS.search("You made it to the last day.")
