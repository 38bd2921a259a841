"""Weekly check-in results as plain data: what was answered, when, the scores, and when to offer the next one.

Results are kept as JSON (a list of answers with their questionnaire id and version) so they can be rescored
if a questionnaire changes. Reading is forgiving: a damaged entry is skipped, never fatal.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from selfcompass.core.clock import parse_aware
from selfcompass.core.i18n import translate
from selfcompass.core.questionnaire import Questionnaire, score, usable_answers

SCHEMA_VERSION = 1
OFFER_EVERY = timedelta(days=7)


@dataclass(frozen=True)
class CheckinResult:
    questionnaire_id: str
    version: int
    taken_at: datetime  # aware, UTC
    answers: Mapping[str, int]
    scores: Mapping[str, float] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.taken_at.tzinfo is None:
            raise ValueError("taken_at must be timezone-aware")


@dataclass
class CheckinLog:
    """Everything in the check-in file: results, oldest first, and when the check-in was last offered."""

    results: list[CheckinResult] = field(default_factory=list)
    last_offered: datetime | None = None

    def latest(self, questionnaire_id: str | None = None) -> CheckinResult | None:
        mine = [r for r in self.results if questionnaire_id is None or r.questionnaire_id == questionnaire_id]
        return max(mine, key=lambda r: r.taken_at) if mine else None

    def for_questionnaire(self, questionnaire_id: str) -> list[CheckinResult]:
        return sorted((r for r in self.results if r.questionnaire_id == questionnaire_id), key=lambda r: r.taken_at)


def take(q: Questionnaire, answers: Mapping[str, int], now: datetime) -> CheckinResult:
    """Score a completed (or partly completed) check-in."""
    return CheckinResult(q.id, q.version, now.astimezone(UTC), dict(answers), score(q, answers))


def offer_due(log: CheckinLog, now: datetime, every: timedelta = OFFER_EVERY) -> bool:
    """Offer gently, at most once a week, and not within a week of the last check-in."""
    latest = log.latest()
    if latest is not None and now - latest.taken_at < every:
        return False
    return log.last_offered is None or now - log.last_offered >= every


# -- JSON -------------------------------------------------------------------------------------------------------
def _when(value: datetime) -> str:
    return value.astimezone(UTC).isoformat(timespec="seconds")


def dumps(log: CheckinLog) -> str:
    return json.dumps({
        "schema": SCHEMA_VERSION,
        "last_offered": _when(log.last_offered) if log.last_offered else None,
        "results": [{"questionnaire": r.questionnaire_id, "version": r.version, "taken_at": _when(r.taken_at),
                     "answers": dict(r.answers), "scores": dict(r.scores)} for r in log.results],
    }, indent=1, ensure_ascii=False)


def loads(text: str, questionnaires: Iterable[Questionnaire] = ()) -> CheckinLog:
    """Read the check-in file. Unknown or damaged entries are skipped; known questionnaires are rescored."""
    try:
        data = json.loads(text)
    except ValueError:
        return CheckinLog()
    if not isinstance(data, dict):
        return CheckinLog()
    known = {q.id: q for q in questionnaires}
    results: list[CheckinResult] = []
    raw = data.get("results")
    for entry in raw if isinstance(raw, list) else []:
        if not isinstance(entry, dict):
            continue
        qid, taken, answers = entry.get("questionnaire"), parse_aware(entry.get("taken_at")), entry.get("answers")
        version = entry.get("version", 1)
        if not isinstance(qid, str) or taken is None or not isinstance(answers, dict):
            continue
        if not isinstance(version, int) or isinstance(version, bool):
            version = 1
        q = known.get(qid)
        if q is not None:
            kept = usable_answers(q, answers)
            results.append(CheckinResult(qid, version, taken, kept, score(q, kept)))
        else:
            raw_scores = entry.get("scores")
            stored: dict[object, object] = raw_scores if isinstance(raw_scores, dict) else {}
            scores = {k: float(v) for k, v in stored.items()
                      if isinstance(k, str) and isinstance(v, int | float) and not isinstance(v, bool)}
            kept_raw = {k: v for k, v in answers.items() if isinstance(v, int) and not isinstance(v, bool)}
            results.append(CheckinResult(qid, version, taken, kept_raw, scores))
    results.sort(key=lambda r: r.taken_at)
    return CheckinLog(results, parse_aware(data.get("last_offered")))


def part_words(q: Questionnaire, subscale_id: str, value: float) -> str:
    """One part of a check-in in plain words: its name, the answer its score is closest to, and the number.

    "Kindness towards yourself: closest to “Quite a lot” (4 of 5)". A questionnaire scored by adding up answers has
    no single answer to point to, so it keeps the number and its range.
    """
    title = q.subscale(subscale_id).title
    low, high = q.score_range(subscale_id)
    if q.method == "mean" and q.labels:
        nearest = min(max(round(value), q.minimum), q.minimum + len(q.labels) - 1)
        #: {part} names a part of the check-in; {answer} is one of its answers, such as "Quite a lot"; {score} and
        #: {top} are numbers ("4 of 5").
        return translate("Checkin", "{part}: closest to “{answer}” ({score} of {top})").format(
            part=title, answer=q.label(nearest), score=f"{value:g}", top=f"{high:g}")
    #: {part} names a part of the check-in; {score}, {low} and {high} are numbers.
    return translate("Checkin", "{part}: {score} (from {low} to {high})").format(
        part=title, score=f"{value:g}", low=f"{low:g}", high=f"{high:g}")


def trend(results: Sequence[CheckinResult], q: Questionnaire) -> list[tuple[datetime, dict[str, float]]]:
    """Each check-in's subscale scores, oldest first, for the Insights chart."""
    return [(r.taken_at, dict(r.scores)) for r in sorted(results, key=lambda r: r.taken_at)
            if r.questionnaire_id == q.id and r.scores]
