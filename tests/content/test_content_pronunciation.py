"""How the narrator says the scripts: espeak-ng renders each sentence that holds a known trap, and the test reads
the phonemes it would speak.

espeak-ng guesses a word's sound from the sentence. Some guesses are wrong for our scripts: at the start or end of
a sentence it reads "close" as the adjective ("close by"), so "Close your eyes" and "let your eyes close" both come
out wrong, while "you might close your eyes" comes out right. Each trap below names the words, the sound we want
(in espeak-ng's phoneme spelling, from ``espeak-ng -q -x -v en-gb``), an example it gets wrong and one it gets
right. Every sentence in a script that matches a trap must render with the wanted sound.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest

from selfcompass.core.narration import Speech
from selfcompass.core.practice_loader import load_library

ROOT = Path(__file__).resolve().parents[2]
LIBRARY = load_library(ROOT / "practices", ROOT / "audio_scripts")
IDS = sorted(LIBRARY.practices)
ESPEAK = shutil.which("espeak-ng")
pytestmark = pytest.mark.skipif(ESPEAK is None, reason="espeak-ng is not installed (make deps installs it)")


@dataclass(frozen=True)
class Trap:
    name: str
    pattern: str      # where in a sentence the trap is (a regular expression, case-insensitive)
    wanted: str       # the phonemes for the meaning our scripts use
    misread: str      # an example espeak-ng gets wrong
    read_well: str    # the same idea, rephrased so espeak-ng gets it right


TRAPS = (
    Trap("close, meaning shut", r"\bclose\s+(?:your|the|it|them|this|that|down|each|every|all|any)\b"
         r"|\beyes\s+close\b|\bclose\s*[.,!?]", "kl'oUz",
         misread="Close your eyes, if you like.", read_well="If you like, you might close your eyes."),
    Trap("wind down, meaning unwind", r"\bwinds?\s+down\b", "w'aInd",
         misread="Let yourself wind down.", read_well="Let yourself unwind."),
    Trap("live, as in your life", r"^live\b|\b(?:you|we|they|I|to)\s+live\b", "l'Iv",
         misread="Live well.", read_well="the way you live"),
)


@cache
def phonemes(text: str) -> str:
    assert ESPEAK is not None
    done = subprocess.run([ESPEAK, "-q", "-x", "-v", "en-gb", text], capture_output=True, text=True, timeout=30,
                          check=True)
    return " ".join(done.stdout.split())


def sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.?!…])\s+", text) if s.strip()]


def trap_sentences() -> list[tuple[str, Trap, str]]:
    found = []
    for pid in IDS:
        for section in LIBRARY.scripts[pid].steps:
            for segment in section.segments:
                if isinstance(segment, Speech):
                    for sentence in sentences(segment.text):
                        for trap in TRAPS:
                            if re.search(trap.pattern, sentence, re.IGNORECASE):
                                found.append((pid, trap, sentence))
    return found


FOUND = trap_sentences()


@pytest.mark.parametrize("trap", TRAPS, ids=lambda t: t.name)
def test_each_trap_is_real_and_its_rephrasing_reads_well(trap: Trap) -> None:
    """The misread example sounds wrong and the rephrasing sounds right: the list documents real traps."""
    assert trap.wanted not in phonemes(trap.misread), f"espeak-ng now reads {trap.misread!r} well: retire the trap?"
    assert trap.wanted in phonemes(trap.read_well)


@pytest.mark.parametrize("trap", TRAPS, ids=lambda t: t.name)
def test_each_trap_finds_its_misread_example(trap: Trap) -> None:
    assert re.search(trap.pattern, trap.misread, re.IGNORECASE)


@pytest.mark.parametrize(("pid", "trap", "sentence"), FOUND,
                         ids=[f"{pid}-{trap.name.split(',')[0]}-{n}" for n, (pid, trap, _) in enumerate(FOUND)])
def test_trap_words_in_scripts_are_spoken_as_meant(pid: str, trap: Trap, sentence: str) -> None:
    count = len(re.findall(trap.pattern, sentence, re.IGNORECASE))
    said = phonemes(sentence)
    assert said.count(trap.wanted) >= count, (
        f"{pid}: espeak-ng says {sentence!r} as [{said}], without {trap.wanted} ({trap.name}). "
        f"Rephrase, as in {trap.read_well!r}.")


def test_scripts_read_no_phone_numbers_aloud() -> None:
    """espeak-ng reads 116 123 as "one hundred and sixteen…": numbers go on screen and on the help page instead."""
    for pid in IDS:
        assert not re.search(r"\b\d{3,}\s\d{3}\b|\b\d{5,}\b", LIBRARY.scripts[pid].spoken_text), pid


def test_the_scripts_use_the_words_the_traps_watch() -> None:
    """The catalogue does ask for things to be shut, so the first trap is not idle."""
    assert any(trap.name.startswith("close") for _, trap, _ in FOUND)
