""""What do I need now?": offer two or three practices that fit the time there is and the need named."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass

from selfcompass.core.i18n import QT_TRANSLATE_NOOP, translate
from selfcompass.core.practice import NEEDS, Family, Practice


@dataclass(frozen=True)
class TimeBucket:
    """One answer to "how much time do you have?".

    A practice fits when it is no longer than ``max_seconds`` (``None``: no limit). The bucket's own band
    starts above ``floor_seconds`` (the bucket before it), and practices there are preferred, nearest
    ``target_seconds`` first, so "about 5 minutes" offers five-minute practices before one-minute ones.
    """

    id: str
    label: str
    max_seconds: float | None
    floor_seconds: float
    target_seconds: float

    @property
    def label_text(self) -> str:
        """``label`` (UK English) in the person's language."""
        return translate("ChooserDialog", self.label)

    def fits(self, practice: Practice) -> bool:
        return self.max_seconds is None or practice.duration <= self.max_seconds

    def in_band(self, practice: Practice) -> bool:
        return self.fits(practice) and practice.duration > self.floor_seconds


# The time choices, shortest first, as the UI shows them. Labels in UK English: ``label_text`` translates them
# (in the chooser dialog's context, where the screen lists the same words).
TIME_BUCKETS: tuple[TimeBucket, ...] = (
    TimeBucket("under-1", QT_TRANSLATE_NOOP("ChooserDialog", "Under a minute"), 60, 0, 40),
    TimeBucket("3", QT_TRANSLATE_NOOP("ChooserDialog", "About 3 minutes"), 180, 60, 150),
    TimeBucket("5", QT_TRANSLATE_NOOP("ChooserDialog", "About 5 minutes"), 300, 180, 270),
    TimeBucket("10", QT_TRANSLATE_NOOP("ChooserDialog", "10 minutes or more"), None, 300, 660),
)

# How many practices the chooser offers at most, and at least when the library has that many that fit.
MAX_OFFERS = 3
MIN_OFFERS = 2


def bucket_for(bucket_id: str) -> TimeBucket:
    """The time bucket with this id; a ValueError names the known ids."""
    for bucket in TIME_BUCKETS:
        if bucket.id == bucket_id:
            return bucket
    known = ", ".join(b.id for b in TIME_BUCKETS)
    raise ValueError(f"unknown time bucket {bucket_id!r}; use one of: {known}")


def choose(
    practices: Iterable[Practice],
    time_bucket: TimeBucket | str,
    need: str | None = None,
    recent_ids: Collection[str] = (),
) -> list[Practice]:
    """Offer up to three practices that fit ``time_bucket``, best first, matching ``need`` where possible.

    Time is a hard limit: nothing longer than the bucket allows is offered. Within that, practices for
    the need come first (those in the bucket's own band before shorter ones), then others in the band,
    then anything shorter. Practices done recently, and a second or third from the same family, are
    pushed back so the offer has some variety; a practice whose first-listed need is this one comes
    before one where it is listed later. A third offer is made only when it meets the need, so a
    thin match gives two good choices rather than three muddled ones. The same inputs always give the
    same answer; an empty library gives an empty list.
    """
    bucket = bucket_for(time_bucket) if isinstance(time_bucket, str) else time_bucket
    if need is not None and need not in NEEDS:
        raise ValueError(f"unknown need {need!r}; use one of: {', '.join(NEEDS)}")
    recent = set(recent_ids)
    seen: set[str] = set()
    candidates: list[Practice] = []
    for practice in practices:
        if practice.id not in seen and bucket.fits(practice):
            seen.add(practice.id)
            candidates.append(practice)

    picked: list[Practice] = []
    while candidates and len(picked) < MAX_OFFERS:
        families = [p.family for p in picked]
        best = min(candidates, key=lambda p: _rank(p, bucket, need, recent, families))
        if len(picked) >= MIN_OFFERS and _tier(best, bucket, need) >= 2:
            break
        picked.append(best)
        candidates.remove(best)
    return picked


def _tier(practice: Practice, bucket: TimeBucket, need: str | None) -> int:
    """0: meets the need, in the band; 1: meets the need, shorter; 2: in the band; 3: shorter."""
    matches = need is None or need in practice.needs
    return (0 if matches else 2) + (0 if bucket.in_band(practice) else 1)


def _rank(practice: Practice, bucket: TimeBucket, need: str | None, recent: Collection[str],
          families: list[Family]) -> tuple[int, bool, int, int, float, str]:
    # A practice lists its needs most important first: a primary match beats a passing one.
    position = practice.needs.index(need) if need in practice.needs else len(NEEDS)
    return (
        _tier(practice, bucket, need),
        practice.id in recent,
        families.count(practice.family),
        position,
        abs(practice.duration - bucket.target_seconds),
        practice.id,
    )
