"""'What do I need now?': two or three fitting practices for every time and need, and never an exception."""

from __future__ import annotations

import itertools
import random
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from selfcompass.core.chooser import (
    MAX_OFFERS,
    MIN_OFFERS,
    TIME_BUCKETS,
    TimeBucket,
    bucket_for,
    choose,
)
from selfcompass.core.practice import NEED_LABELS, NEEDS, Family, Practice
from selfcompass.core.practice_loader import load_library

ROOT = Path(__file__).resolve().parents[2]
CATALOGUE = load_library(ROOT / "practices", ROOT / "audio_scripts").sorted()
COMBINATIONS = list(itertools.product(TIME_BUCKETS, NEEDS))


def fake(pid: str, seconds: float, needs: tuple[str, ...] = (), family: Family = Family.PAUSE) -> Practice:
    return Practice(id=pid, title=pid, family=family, summary="", duration=seconds, attribution="",
                    steps=(), needs=needs)


def allowed(bucket: TimeBucket, practice: Practice) -> bool:
    return bucket.max_seconds is None or practice.duration <= bucket.max_seconds


# --- the buckets as data -----------------------------------------------------------------------

def test_buckets_are_data_the_ui_can_show() -> None:
    assert [b.id for b in TIME_BUCKETS] == ["under-1", "3", "5", "10"]
    assert [b.max_seconds for b in TIME_BUCKETS] == [60, 180, 300, None]
    assert all(b.label for b in TIME_BUCKETS)
    for before, after in itertools.pairwise(TIME_BUCKETS):
        assert after.floor_seconds == before.max_seconds
    assert bucket_for("5") is TIME_BUCKETS[2]


def test_need_labels_follow_the_practice_format() -> None:
    assert tuple(NEED_LABELS) == NEEDS
    assert all(NEED_LABELS.values())


def test_unknown_choices_are_named_in_the_error() -> None:
    with pytest.raises(ValueError, match="unknown time bucket '7'"):
        choose(CATALOGUE, "7", "calm")
    with pytest.raises(ValueError, match="unknown need 'joy'"):
        choose(CATALOGUE, "3", "joy")


# --- the shipped catalogue ---------------------------------------------------------------------

@pytest.mark.parametrize(("bucket", "need"), COMBINATIONS, ids=[f"{b.id}-{n}" for b, n in COMBINATIONS])
def test_every_combination_offers_two_or_three_fitting_practices_for_the_need(bucket: TimeBucket,
                                                                            need: str) -> None:
    offered = choose(CATALOGUE, bucket, need)
    assert MIN_OFFERS <= len(offered) <= MAX_OFFERS
    assert len({p.id for p in offered}) == len(offered)
    assert all(allowed(bucket, p) for p in offered)
    assert all(need in p.needs for p in offered), [p.id for p in offered]


@pytest.mark.parametrize("bucket", TIME_BUCKETS, ids=[b.id for b in TIME_BUCKETS])
def test_with_no_need_named_the_offer_fits_and_mixes_families(bucket: TimeBucket) -> None:
    offered = choose(CATALOGUE, bucket)
    assert len(offered) == MAX_OFFERS
    assert all(allowed(bucket, p) for p in offered)
    assert len({p.family for p in offered}) >= 2


@pytest.mark.parametrize("bucket", TIME_BUCKETS[1:], ids=[b.id for b in TIME_BUCKETS[1:]])
def test_longer_buckets_lead_with_practices_of_about_that_length(bucket: TimeBucket) -> None:
    for need in NEEDS:
        first = choose(CATALOGUE, bucket, need)[0]
        if any(bucket.in_band(p) and need in p.needs for p in CATALOGUE):
            assert first.duration > bucket.floor_seconds, (bucket.id, need, first.id)


def test_the_same_question_gets_the_same_answer_whatever_the_order() -> None:
    shuffled = list(CATALOGUE)
    random.Random(5).shuffle(shuffled)
    for bucket, need in COMBINATIONS:
        assert choose(shuffled, bucket.id, need) == choose(CATALOGUE, bucket, need)


def test_recent_practices_make_way_for_others_just_as_good() -> None:
    """Done recently counts against a practice, but less than fitting the time band and the need."""
    for bucket, need in COMBINATIONS:
        first = choose(CATALOGUE, bucket, need)
        again = choose(CATALOGUE, bucket, need, recent_ids=[p.id for p in first])
        fresh = [p for p in CATALOGUE if bucket.in_band(p) and need in p.needs and p not in first]
        if fresh:
            assert again[0] not in first, (bucket.id, need)


# --- small made-up libraries -------------------------------------------------------------------

def test_ten_minutes_or_more_has_no_upper_limit() -> None:
    long = fake("long", 3600, ("calm",))
    assert choose([long, fake("short", 30, ("calm",))], "10", "calm")[0] is long


def test_time_is_a_hard_limit_even_when_only_longer_practices_meet_the_need() -> None:
    library = [fake("calm-long", 600, ("calm",)), fake("focus-a", 40, ("focus",)), fake("focus-b", 50)]
    offered = choose(library, "under-1", "calm")
    assert {p.id for p in offered} == {"focus-a", "focus-b"}


def test_falls_back_to_other_needs_to_offer_two() -> None:
    library = [fake("calm", 120, ("calm",)), fake("focus", 150, ("focus",)), fake("other", 170)]
    offered = choose(library, "3", "calm")
    assert offered[0].id == "calm"
    assert len(offered) == 2  # a third that does not meet the need would only muddle the choice


def test_prefers_a_practice_whose_main_need_it_is() -> None:
    library = [fake("a-mostly-focus", 150, ("focus", "calm")), fake("b-mostly-calm", 150, ("calm", "focus"))]
    assert choose(library, "3", "calm")[0].id == "b-mostly-calm"


def test_prefers_variety_of_families() -> None:
    library = [fake("p1", 150, ("calm",)), fake("p2", 150, ("calm",)),
               fake("s1", 150, ("calm",), Family.SELF_COMPASSION)]
    assert {p.family for p in choose(library, "3", "calm")[:2]} == {Family.PAUSE, Family.SELF_COMPASSION}


def test_an_empty_or_too_long_library_offers_nothing() -> None:
    assert choose([], "3", "calm") == []
    assert choose([fake("long", 900, ("calm",))], "5", "calm") == []


def test_duplicate_ids_are_offered_once() -> None:
    twin = fake("twin", 40, ("calm",))
    assert choose([twin, twin], "under-1", "calm") == [twin]


# --- total over any library ---------------------------------------------------------------------

@given(
    subset=st.lists(st.sampled_from(CATALOGUE), unique_by=lambda p: p.id),
    bucket=st.sampled_from(TIME_BUCKETS),
    need=st.one_of(st.none(), st.sampled_from(NEEDS)),
    recent=st.lists(st.sampled_from([p.id for p in CATALOGUE]), max_size=6),
)
def test_the_chooser_is_total_over_any_part_of_the_catalogue(subset: list[Practice], bucket: TimeBucket,
                                                             need: str | None, recent: list[str]) -> None:
    offered = choose(subset, bucket, need, recent)
    assert isinstance(offered, list)
    fitting = [p for p in subset if allowed(bucket, p)]
    assert min(MIN_OFFERS, len(fitting)) <= len(offered) <= MAX_OFFERS
    assert all(p in fitting for p in offered)
    assert len({p.id for p in offered}) == len(offered)
