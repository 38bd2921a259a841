"""The words of the catalogue and the help page: readable, UK English, invitations rather than orders or claims."""

from __future__ import annotations

import re
from collections.abc import Iterator
from html import unescape
from pathlib import Path

import pytest
import textstat
from textstat.backend.counts import _count_syllables

from selfcompass.core.help_text import HELP_HTML, HELP_TITLE
from selfcompass.core.practice import Practice
from selfcompass.core.practice_loader import load_library

ROOT = Path(__file__).resolve().parents[2]
LIBRARY = load_library(ROOT / "practices", ROOT / "audio_scripts")
IDS = sorted(LIBRARY.practices)
MIN_READING_EASE = 60

#: Phrases that make clinical claims or give orders. Matched as whole words, case-insensitively, in every
#: practice field, every script and the help page. "Treatment" is deliberately absent: the help page says
#: plainly that SelfCompass is *not* a treatment. Write around these rather than adding exceptions.
BANNED_PHRASES = (
    # clinical claims
    "cure", "cures", "cured", "curing",
    "treats anxiety", "treat anxiety", "treats depression", "treat depression", "treats stress",
    "diagnose", "diagnoses", "diagnosis",
    "therapy", "therapies", "therapeutic",
    "clinically proven", "scientifically proven", "proven to", "evidence shows",
    "heals", "will heal", "prescribe", "prescription",
    "guaranteed", "guarantee", "guarantees",
    "instantly", "always works", "never fails",
    # orders
    "you must", "you should", "you need to", "you have to", "you ought to", "make sure you",
)
#: US spellings that slip in most often; the app is written in UK English.
US_SPELLINGS = (
    "color", "behavior", "behaviors", "center", "centered", "honor", "favorite", "neighbor", "labor",
    "organization", "organizations", "organize", "realize", "realized", "recognize", "prioritize",
    "apologize", "analyze", "program", "mom", "gotten", "math", "toward",
)


def _pattern(phrases: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(r"\s+".join(map(re.escape, p.split())) for p in phrases)
    return re.compile(rf"(?<![\w’'-])(?:{alternatives})(?![\w’'-])", re.IGNORECASE)


BANNED = _pattern(BANNED_PHRASES)
AMERICAN = _pattern(US_SPELLINGS)


def practice_texts(practice: Practice) -> Iterator[tuple[str, str]]:
    """Every piece of text a person sees or hears for one practice, named by where it comes from."""
    yield "title", practice.title
    yield "summary", practice.summary
    yield "attribution", practice.attribution
    for tag in practice.tags:
        yield "tags", tag
    for number, step in enumerate(practice.steps, start=1):
        yield f"steps[{number}].text", step.text
        if step.prompt:
            yield f"steps[{number}].prompt", step.prompt
    script = LIBRARY.scripts[practice.id]
    for number, section in enumerate(script.steps, start=1):
        yield f"script [step {number}]", section.spoken_text
        if section.cues is not None:
            yield f"script [step {number}] cues", " ".join(section.cues.words.values())


def help_plain_text() -> str:
    return unescape(re.sub(r"<[^>]+>", " ", HELP_HTML))


@pytest.fixture(scope="module")
def reading_ease() -> Iterator[object]:
    """textstat's Flesch reading ease, kept offline.

    textstat 0.7.13 downloads the CMU pronouncing dictionary through nltk on first use. Tests never touch
    the network, so syllables are counted with pyphen, textstat's own fallback for words CMU lacks.
    """
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(_count_syllables, "get_cmudict", lambda lang: None)
        _count_syllables.count_syllables.cache_clear()
        yield textstat.flesch_reading_ease
        _count_syllables.count_syllables.cache_clear()


# --- the matchers themselves -------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "This cures stress.", "It treats anxiety", "You MUST breathe.", "you should\nrest", "Clinically proven.",
    "We diagnose nothing", "therapy", "Guaranteed calm.", "Make sure you drink water.",
])
def test_the_banned_list_catches_claims_and_orders(text: str) -> None:
    assert BANNED.search(text)


@pytest.mark.parametrize("text", [
    "SelfCompass is not a treatment.", "Feel secure.", "You don't need to change anything.",
    "You don't have to carry this alone.", "Treat a friend kindly.", "the curious mind", "procured",
    "what you should-have-done list",
])
def test_the_banned_list_leaves_ordinary_words_alone(text: str) -> None:
    assert not BANNED.search(text)


# --- the catalogue -----------------------------------------------------------------------------

@pytest.mark.parametrize("pid", IDS)
def test_no_practice_makes_claims_or_gives_orders(pid: str) -> None:
    found = [(where, m.group(0)) for where, text in practice_texts(LIBRARY.practices[pid])
             for m in BANNED.finditer(text)]
    assert found == []


@pytest.mark.parametrize("pid", IDS)
def test_practices_are_in_uk_english(pid: str) -> None:
    found = [(where, m.group(0)) for where, text in practice_texts(LIBRARY.practices[pid])
             for m in AMERICAN.finditer(text)]
    assert found == []


def test_script_files_carry_no_banned_phrases_even_in_writer_notes() -> None:
    for path in sorted((ROOT / "audio_scripts").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        assert not BANNED.search(text), path.name


@pytest.mark.parametrize("pid", IDS)
def test_every_script_reads_easily(pid: str, reading_ease) -> None:
    if LIBRARY.practices[pid].is_timer:
        assert LIBRARY.scripts[pid].spoken_text == ""  # unguided: nothing to read (its on-screen text is checked)
        return
    score = reading_ease(LIBRARY.scripts[pid].spoken_text)
    assert score >= MIN_READING_EASE, f"{pid}: Flesch reading ease {score}"


@pytest.mark.parametrize("pid", IDS)
def test_on_screen_text_reads_easily(pid: str, reading_ease) -> None:
    practice = LIBRARY.practices[pid]
    on_screen = " ".join([practice.summary, *(s.text for s in practice.steps)])
    assert reading_ease(on_screen) >= MIN_READING_EASE, pid


def test_the_reading_check_tells_plain_from_dense_text(reading_ease) -> None:
    plain = "Let your shoulders drop. Feel your feet on the floor. Breathe out slowly."
    dense = ("Organisational interdependencies necessitate comprehensive multidisciplinary "
             "prioritisation methodologies, notwithstanding considerable operational variability.")
    assert reading_ease(plain) >= MIN_READING_EASE > reading_ease(dense)


# --- the help page -----------------------------------------------------------------------------

def test_help_page_makes_no_claims_and_gives_no_orders() -> None:
    text = help_plain_text()
    assert [m.group(0) for m in BANNED.finditer(text)] == []
    assert [m.group(0) for m in AMERICAN.finditer(text)] == []


def test_help_page_says_what_the_app_is_not() -> None:
    text = " ".join(help_plain_text().split())
    assert "not a treatment" in text
    assert "not a crisis service" in text
    assert "nothing is ever sent" in text
    assert HELP_TITLE


@pytest.mark.parametrize("needle", ["999", "NHS 111", "116 123", "85258", "Samaritans", "Shout",
                                    "occupational health", "employee assistance programme"])
def test_help_page_says_where_to_turn(needle: str) -> None:
    assert needle in " ".join(help_plain_text().split())


@pytest.mark.parametrize(("nation", "services"), [
    ("England", ["NHS 111", "111.nhs.uk", "mental health option"]),
    ("Wales", ["NHS 111 Wales", "press 2"]),
    ("Scotland", ["NHS 24", "Breathing Space", "0800 83 85 87", "6pm to 2am"]),
    ("Northern Ireland", ["GP out of hours", "Lifeline", "0808 808 8000"]),
])
def test_help_page_covers_all_four_nations(nation: str, services: list[str]) -> None:
    """Each nation's line names its urgent route, and a listening line where its own page could be checked
    (docs/content-guide.md lists the page for each number)."""
    items = re.findall(r"<li>(.*?)</li>", HELP_HTML, re.DOTALL)
    line = next((" ".join(unescape(re.sub(r"<[^>]+>", " ", i)).split()) for i in items
                 if re.search(rf"<b>{nation}</b>", i)), "")
    assert line, f"no line for {nation}"
    for service in services:
        assert service in line, (nation, service)


def test_help_page_reads_easily(reading_ease) -> None:
    assert reading_ease(help_plain_text()) >= MIN_READING_EASE


def test_help_page_is_balanced_html() -> None:
    for tag in ("h2", "h3", "p", "ul", "li", "b"):
        opened = len(re.findall(rf"<{tag}>", HELP_HTML))
        assert opened == len(re.findall(rf"</{tag}>", HELP_HTML)), tag
