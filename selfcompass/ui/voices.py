"""The voice list in words a person knows: a short list for their own language first, the rest behind "More voices".

A speech engine may offer a hundred voices or more, some named by codes such as ``chr-US-Qaaa-x-west``. A name that
looks like a code is replaced by the language's and region's own names (from the voice's language tag); the voices
for the person's language come first, their region's before the others', a few at most.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from PySide6.QtCore import QLocale

#: At most this many voices in the short list for the person's language.
SHORT_LIST = 6
# A language tag ("en", "en-gb", "chr-US-Qaaa-x-west", "gmw/en-029"): letters and digits joined by - _ or /.
_CODE = re.compile(r"^[A-Za-z0-9]+(?:[-_/][A-Za-z0-9]+)+$|^[a-z]{2,3}$")


class VoiceChoice(NamedTuple):
    id: str
    label: str


def _primary(tag: str) -> str:
    return tag.lower().replace("_", "-").split("-")[0]


def _region(tag: str) -> str:
    parts = tag.lower().replace("_", "-").split("-")
    return parts[1] if len(parts) > 1 and len(parts[1]) == 2 else ""


def friendly_name(name: str, languages: Sequence[str]) -> str:
    """The voice's own name when it reads as words; else its language (and region) in words."""
    if name and not _CODE.match(name.strip()):
        return name.strip()
    tag = next(iter(languages), "") or name
    locale = QLocale(tag.replace("-", "_").split("/")[-1])
    if locale.language() == QLocale.Language.C:
        return name
    language = QLocale.languageToString(locale.language())
    region = _region(tag.split("/")[-1])
    if region and locale.territory() != QLocale.Country.AnyTerritory:
        return f"{language} ({QLocale.territoryToString(locale.territory())})"
    return language


def arrange(voices: Iterable[tuple[str, str, Sequence[str]]], language: str) -> tuple[list[VoiceChoice],
                                                                                     list[VoiceChoice]]:
    """(the short list for ``language``, such as "en_GB", and every other voice), each with a friendly label that no
    other voice in the list shares. The short list puts the person's region first."""
    want, region = _primary(language), _region(language)
    mine: list[tuple[int, str, str]] = []
    others: list[tuple[str, str]] = []
    for vid, name, languages in voices:
        label = friendly_name(name, languages)
        tags = list(languages) or [name]
        if any(_primary(t.split("/")[-1]) == want for t in tags):
            same_region = any(_region(t.split("/")[-1]) == region for t in tags) if region else False
            mine.append((0 if same_region else 1, label, vid))
        else:
            others.append((label, vid))
    mine.sort()
    short = [(label, vid) for _, label, vid in mine[:SHORT_LIST]]
    rest = sorted([(label, vid) for _, label, vid in mine[SHORT_LIST:]] + others)
    seen: dict[str, int] = {}

    def unique(pairs: list[tuple[str, str]]) -> list[VoiceChoice]:
        out = []
        for label, vid in pairs:
            seen[label] = seen.get(label, 0) + 1
            out.append(VoiceChoice(vid, label if seen[label] == 1 else f"{label} {seen[label]}"))
        return out

    return unique(short), unique(rest)
