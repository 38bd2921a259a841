"""Journal entries as plain data: prompts for self-compassion's three parts, tags, drafts, search filters and
search-query building. The files a journal is exported to and moved with are :mod:`selfcompass.core.journal_files`."""

from __future__ import annotations

import re
import uuid as _uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import StrEnum
from typing import Any

from selfcompass.core.i18n import QT_TRANSLATE_NOOP, translate

MAX_TITLE = 500
MAX_BODY = 1_000_000
MAX_TAGS = 50
MAX_TAG = 100
MAX_PROMPT = 2_000
MARK_START = "\ue000"  # private-use characters around highlighted words in search snippets
MARK_END = "\ue001"

Progress = Callable[[int, int], None]  # (done, total)


class Part(StrEnum):
    """Kristin Neff's three parts of self-compassion."""

    KINDNESS = "kindness"
    COMMON_HUMANITY = "common humanity"
    MINDFULNESS = "mindful noticing"


# Prompts in UK English; prompts_for() and prompt_of_the_day() give them in the person's language.
PROMPTS: dict[Part, tuple[str, ...]] = {
    Part.KINDNESS: (
        QT_TRANSLATE_NOOP("Journal", "What would you say to a colleague who had the day you have had?"),
        QT_TRANSLATE_NOOP("Journal", "What do you need right now, and how could you offer a little of it to yourself?"),
        QT_TRANSLATE_NOOP("Journal", "Write a few words to yourself in the voice of someone who cares about you."),
        QT_TRANSLATE_NOOP("Journal", "What is one kind thing you could do for yourself before the end of today?"),
    ),
    Part.COMMON_HUMANITY: (
        QT_TRANSLATE_NOOP("Journal", "Who else might be feeling something like this today?"),
        QT_TRANSLATE_NOOP("Journal", "How might this moment be part of being human, and of caring about your work?"),
        QT_TRANSLATE_NOOP("Journal", "When has someone you respect struggled in a similar way?"),
        QT_TRANSLATE_NOOP("Journal", "What would you like others in your position to know they are not alone in?"),
    ),
    Part.MINDFULNESS: (
        QT_TRANSLATE_NOOP("Journal", "What are you noticing in your body just now?"),
        QT_TRANSLATE_NOOP("Journal", "Name what you are feeling, as simply as you can, without judging it."),
        QT_TRANSLATE_NOOP("Journal", "What happened, in plain words, as if you were describing the weather?"),
        QT_TRANSLATE_NOOP("Journal", "What thoughts keep returning? You might just note them here."),
    ),
}


def prompts_for(part: Part) -> tuple[str, ...]:
    """The prompts for one part of self-compassion, in the person's language."""
    return tuple(translate("Journal", p) for p in PROMPTS[part])


def prompt_of_the_day(part: Part, day_number: int) -> str:
    """A prompt that changes from day to day (``day_number`` e.g. ``date.toordinal()``)."""
    options = PROMPTS[part]
    return translate("Journal", options[day_number % len(options)])


def normalise_tags(tags: Iterable[str]) -> tuple[str, ...]:
    """Trimmed, single-spaced, without duplicates (case-insensitive), in the order given."""
    out: list[str] = []
    seen: set[str] = set()
    for tag in tags:
        clean = " ".join(str(tag).replace(",", " ").split())[:MAX_TAG]
        if clean and clean.casefold() not in seen:
            seen.add(clean.casefold())
            out.append(clean)
    return tuple(out[:MAX_TAGS])


def parse_tags(text: str) -> tuple[str, ...]:
    """Tags typed as a comma-separated line."""
    return normalise_tags(part for part in text.split(","))


@dataclass(frozen=True)
class SessionLink:
    """Which practice session an entry came from, portable between databases."""

    practice_id: str
    started_at: datetime


@dataclass(frozen=True)
class JournalEntry:
    body: str
    created_at: datetime
    updated_at: datetime
    title: str = ""
    tags: tuple[str, ...] = ()
    mood: int | None = None  # 1–5
    uuid: str = field(default_factory=lambda: str(_uuid.uuid4()))
    session_id: int | None = None  # the local practice_session row, if any
    session: SessionLink | None = None  # the same link in portable form (export/import)
    step_index: int | None = None  # the writing step it answered, for entries from practices
    prompt: str = ""
    deleted_at: datetime | None = None
    id: int | None = field(default=None, compare=False)

    def edited(self, now: datetime, **changes: Any) -> JournalEntry:
        return replace(self, updated_at=now, **changes)


def new_entry(body: str, *, now: datetime, title: str = "", tags: Iterable[str] = (), mood: int | None = None,
              session_id: int | None = None, prompt: str = "") -> JournalEntry:
    check_mood(mood)
    return JournalEntry(body=body, created_at=now, updated_at=now, title=title.strip(),
                        tags=normalise_tags(tags), mood=mood, session_id=session_id, prompt=prompt)


def check_mood(mood: int | None) -> None:
    if mood is not None and (isinstance(mood, bool) or not isinstance(mood, int) or not 1 <= mood <= 5):
        raise ValueError("mood must be a whole number from 1 to 5")


@dataclass(frozen=True)
class EntrySummary:
    """One row of the journal list: enough to draw it without loading the whole body."""

    id: int
    uuid: str
    title: str
    preview: str
    tags: tuple[str, ...]
    mood: int | None
    created_at: datetime
    updated_at: datetime
    session_id: int | None


@dataclass(frozen=True)
class SearchHit:
    id: int
    uuid: str
    title: str  # with MARK_START/MARK_END around matches
    snippet: str  # ditto
    rank: float  # bm25: lower is better
    tags: tuple[str, ...]
    mood: int | None
    created_at: datetime
    ranked: bool = True  # False: too many matches to rank, so newest first


@dataclass(frozen=True)
class JournalFilter:
    tags: tuple[str, ...] = ()  # entries having all of these
    moods: tuple[int, ...] = ()  # any of these
    since: datetime | None = None  # created at or after
    until: datetime | None = None  # created before
    session_id: int | None = None


@dataclass(frozen=True)
class Draft:
    """The editor's unsaved state, autosaved per editor slot."""

    slot: str
    body: str
    updated_at: datetime
    title: str = ""
    tags: tuple[str, ...] = ()
    mood: int | None = None
    entry_uuid: str | None = None  # the entry being edited, or None for a new one
    session_id: int | None = None
    prompt: str = ""


def highlight_segments(text: str) -> list[tuple[str, bool]]:
    """Split a snippet into (text, highlighted) parts for the UI to render however it likes."""
    out: list[tuple[str, bool]] = []
    for piece in re.split(f"({MARK_START}[^{MARK_END}]*{MARK_END})", text):
        if not piece:
            continue
        if piece.startswith(MARK_START):
            out.append((piece[1:-1], True))
        else:
            out.append((piece, False))
    return out


_WORD = re.compile(r"\w+", re.UNICODE)


def to_fts_query(text: str, *, prefix_last: bool = True) -> str | None:
    """Turn what someone typed into a safe FTS5 query: every word must appear; the last may be a prefix.

    Quotes, operators and column filters typed by the user are treated as plain words, never as syntax.
    """
    words = _WORD.findall(text)[:32]
    if not words:
        return None
    parts = [f'"{w}"' for w in words]
    if prefix_last and len(words[-1]) >= 2:
        parts[-1] += "*"
    return " ".join(parts)
