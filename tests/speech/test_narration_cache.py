"""The narration cache stays in bounds: old lines age out, then the least recently spoken go first."""

from __future__ import annotations

import os
from pathlib import Path

from selfcompass.speech.cache import mark_used, prune

DAY = 86_400.0
NOW = 1_800_000_000.0  # a fixed "now" (seconds since the epoch): no test waits for or reads the real time


def line(folder: Path, name: str, size: int, days_ago: float) -> Path:
    path = folder / name
    path.write_bytes(b"\0" * size)
    used = NOW - days_ago * DAY
    os.utime(path, (used, used))
    return path


def names(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()}


def test_lines_unused_for_longer_than_the_limit_go(tmp_path: Path) -> None:
    line(tmp_path, "recent.wav", 10, days_ago=3)
    line(tmp_path, "old.wav", 10, days_ago=120)
    assert prune(tmp_path, now=NOW, max_age_days=90) == 1
    assert names(tmp_path) == {"recent.wav"}


def test_over_the_size_limit_the_least_recently_spoken_go_first(tmp_path: Path) -> None:
    for n, days in enumerate([1, 5, 2, 9, 3]):
        line(tmp_path, f"l{n}.wav", 100, days_ago=days)
    assert prune(tmp_path, now=NOW, max_bytes=300) == 2
    assert names(tmp_path) == {"l0.wav", "l2.wav", "l4.wav"}  # spoken 1, 2 and 3 days ago


def test_within_both_limits_nothing_is_touched(tmp_path: Path) -> None:
    for n in range(3):
        line(tmp_path, f"l{n}.wav", 100, days_ago=n)
    assert prune(tmp_path, now=NOW, max_bytes=300) == 0
    assert len(names(tmp_path)) == 3


def test_renders_in_progress_and_other_files_are_left_alone(tmp_path: Path) -> None:
    line(tmp_path, "key.part.wav", 10, days_ago=400)  # the worker deletes these itself, at start
    line(tmp_path, "notes.txt", 10, days_ago=400)
    line(tmp_path, "old.aiff", 10, days_ago=400)  # macOS's voice writes AIFF
    assert prune(tmp_path, now=NOW) == 1
    assert names(tmp_path) == {"key.part.wav", "notes.txt"}


def test_speaking_a_line_again_keeps_it(tmp_path: Path) -> None:
    kept = line(tmp_path, "again.wav", 100, days_ago=200)
    line(tmp_path, "other.wav", 100, days_ago=10)
    mark_used(kept, now=NOW)  # the worker reused it just now
    assert prune(tmp_path, now=NOW, max_bytes=150) == 1
    assert names(tmp_path) == {"again.wav"}


def test_a_missing_folder_is_not_a_problem(tmp_path: Path) -> None:
    assert prune(tmp_path / "never-made", now=NOW) == 0
