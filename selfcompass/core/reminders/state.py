"""What the person asked of their reminders, kept across a restart: quiet until tomorrow, a snoozed prompt, a
focus block, and the prompts already shown (so spacing holds and nothing is shown twice).

Without this, a laptop restarted at lunchtime would forget "Not today" and start prompting again. The state is
a small JSON file in the data folder (``<data>/reminders-state.json``, written by the reminders feature); this
module turns it into engine state and back, and never raises on a damaged file: whatever part cannot be read
is dropped, because the worst case is then only a prompt the person can dismiss. See docs/reminders.md.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import datetime, timedelta
from typing import Any

from selfcompass.core.clock import parse_aware
from selfcompass.core.i18n import QT_TRANSLATE_NOOP, translate
from selfcompass.core.reminders.types import (
    KEEP_HISTORY,
    NO_HOLDS,
    Due,
    FocusBlock,
    Holds,
    Kind,
    PromptRecord,
    PromptResponse,
)

FORMAT = 1
# A ceiling, so a file can never grow without end (a working day has a few dozen prompts at most).
MAX_RECORDS = 500
# A time further than this from now cannot be ours (the file was damaged or edited by hand), and near the ends of
# the calendar the engine's arithmetic would overflow: such a time is dropped.
NEAR = timedelta(days=400)
#: The reason shown with a snoozed prompt that comes back after a restart (its own reason is not kept).
SNOOZED_REASON = QT_TRANSLATE_NOOP("Reminders", "The pause you moved to later.")
# The key a history record keeps its PromptResponse under. Named "outcome" before the type was renamed, and kept:
# files written by earlier versions read as they are, and an earlier version can still read a newer file.
RESPONSE_KEY = "outcome"


def dumps(holds: Holds, history: Iterable[PromptRecord], now: datetime) -> str:
    """The state as JSON text: the holds, and the history of the last KEEP_HISTORY."""
    recent = [r for r in history if r.shown_at >= now - KEEP_HISTORY][-MAX_RECORDS:]
    data: dict[str, Any] = {
        "format": FORMAT,
        "quiet_until": _time(holds.quiet_until),
        "focus": {"start": _time(holds.focus.start), "minutes": holds.focus.minutes} if holds.focus else None,
        "snoozed": _due(holds.snoozed) if holds.snoozed else None,
        "history": [{"due_at": _time(r.due_at), "kind": r.kind.value, "shown_at": _time(r.shown_at),
                     RESPONSE_KEY: r.response.value} for r in recent],
    }
    return json.dumps(data, indent=1, ensure_ascii=False) + "\n"


def loads(text: str, now: datetime) -> tuple[Holds, list[PromptRecord]]:
    """Holds and history from ``dumps`` text. A part that is missing or damaged is left out, as is history older
    than KEEP_HISTORY; text that is not this format at all gives the empty state. Never raises."""
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        return NO_HOLDS, []
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        return NO_HOLDS, []
    # Quiet and focus that are over are let go by the engine (ReminderEngine._expire), which also decides whether
    # a focus block that ended while SelfCompass was closed still earns its calm "focus ended" prompt.
    snoozed = _parse_due(data.get("snoozed"), now)
    holds = Holds(focus=_focus(data.get("focus"), now),
                  snoozed=snoozed if snoozed is not None and snoozed.at >= now - KEEP_HISTORY else None,
                  quiet_until=_near(data.get("quiet_until"), now))
    raw = data.get("history")
    records = [r for r in (_record(item, now) for item in (raw if isinstance(raw, list) else []))
               if r is not None and now - KEEP_HISTORY <= r.shown_at]
    return holds, sorted(records, key=lambda r: r.shown_at)[-MAX_RECORDS:]


def _time(at: datetime | None) -> str | None:
    return at.isoformat() if at is not None else None


def _due(due: Due) -> dict[str, Any]:
    # Not the reason line: it can name a meeting ("'Budget review' has ended…"), and calendar titles are not ours
    # to copy into another file. A snoozed prompt comes back after a restart with SNOOZED_REASON instead.
    return {"at": _time(due.at), "kind": due.kind.value, "practice_id": due.practice_id}


def _near(value: object, now: datetime) -> datetime | None:
    """A stored time (ISO 8601 with its offset) within NEAR of now, or None."""
    at = parse_aware(value)
    try:
        return at if at is not None and abs(at - now) <= NEAR else None
    except OverflowError:
        return None


def _focus(value: object, now: datetime) -> FocusBlock | None:
    if not isinstance(value, dict):
        return None
    start, minutes = _near(value.get("start"), now), value.get("minutes")
    if start is None or type(minutes) is not int or not 0 < minutes <= 24 * 60:
        return None
    return FocusBlock(start, minutes)


def _parse_due(value: object, now: datetime) -> Due | None:
    if not isinstance(value, dict):
        return None
    at, kind, practice = _near(value.get("at"), now), _choice(Kind, value.get("kind")), value.get("practice_id")
    if at is None or kind is None or not isinstance(practice, str | None):
        return None
    return Due(at, kind, translate("Reminders", SNOOZED_REASON), practice)


def _record(value: object, now: datetime) -> PromptRecord | None:
    if not isinstance(value, dict):
        return None
    due_at, shown_at = _near(value.get("due_at"), now), _near(value.get("shown_at"), now)
    kind, response = _choice(Kind, value.get("kind")), _choice(PromptResponse, value.get(RESPONSE_KEY))
    if due_at is None or shown_at is None or kind is None or response is None:
        return None
    return PromptRecord(due_at, kind, shown_at, response)


def _choice(enum: type[Kind] | type[PromptResponse], value: object) -> Any:
    """The member of ``enum`` whose value is ``value``, or None."""
    return next((m for m in enum if m.value == value), None)
