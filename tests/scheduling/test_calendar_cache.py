"""The expanded calendar kept between starts (issue 24, item 3): a start with an unchanged file, window and zone
takes it from the cache without reading the file; any change reads the file again; a damaged cache is ignored."""

from __future__ import annotations

import os
import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest
from doubles import ManualClock
from pytestqt.qtbot import QtBot

import selfcompass.scheduling.calendar_source as calendar_source
from selfcompass.scheduling.calendar_import import default_window
from selfcompass.scheduling.calendar_source import CalendarSource
from selfcompass.storage.calendar_cache import CalendarCache

DATA = Path(__file__).parents[1] / "data" / "calendars"
NOW = datetime(2026, 3, 30, 8, 0, tzinfo=UTC)
WINDOW = default_window(NOW)


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    reads: list[Path] = []
    real = calendar_source.import_calendar

    def counting(path, **kwargs):
        reads.append(Path(path))
        return real(path, **kwargs)

    monkeypatch.setattr(calendar_source, "import_calendar", counting)
    return reads


def start(qtbot: QtBot, cache: CalendarCache, path: Path, now: datetime = NOW, zone: str = "Europe/London"):
    source = CalendarSource(ManualClock(now), zone, cache=cache)
    with qtbot.waitSignal(source.calendar_imported, timeout=20_000) as done:
        source.import_file(path)
    return done.args[0]


def test_a_second_start_takes_the_calendar_from_the_cache(qtbot: QtBot, tmp_path: Path, counted) -> None:
    calendar = tmp_path / "work.ics"
    shutil.copy(DATA / "outlook_week.ics", calendar)
    cache = CalendarCache(tmp_path / "cache" / "calendar.cache")
    first = start(qtbot, cache, calendar)
    assert counted == [calendar] and cache.cache_file.exists()
    assert oct(cache.cache_file.stat().st_mode & 0o777) == "0o600"  # written through write_atomic: private
    later = start(qtbot, cache, calendar, NOW.replace(hour=17))  # later the same day: the same whole-day window
    assert counted == [calendar]  # not read again
    assert later == first


@pytest.mark.parametrize("change", ["file", "window", "zone"])
def test_any_change_reads_the_file_again(qtbot: QtBot, tmp_path: Path, counted, change: str) -> None:
    calendar = tmp_path / "work.ics"
    shutil.copy(DATA / "outlook_week.ics", calendar)
    cache = CalendarCache(tmp_path / "calendar.cache")
    start(qtbot, cache, calendar)
    now, zone = NOW, "Europe/London"
    if change == "file":
        calendar.write_bytes(calendar.read_bytes().replace(b"Bed meeting", b"Bed meetin2"))
        os.utime(calendar, ns=(1, 2))
    elif change == "window":
        now = datetime(2026, 3, 31, 8, 0, tzinfo=UTC)
    else:
        zone = "America/New_York"
    result = start(qtbot, cache, calendar, now, zone)
    assert len(counted) == 2
    assert result.start == default_window(now)[0]


def test_a_damaged_cache_is_only_a_slower_start(qtbot: QtBot, tmp_path: Path, counted) -> None:
    calendar = tmp_path / "work.ics"
    shutil.copy(DATA / "outlook_week.ics", calendar)
    cache = CalendarCache(tmp_path / "calendar.cache")
    cache.cache_file.write_bytes(b"not a pickle at all")
    result = start(qtbot, cache, calendar)
    assert counted == [calendar] and result.meetings


def test_the_window_is_whole_days_so_it_holds_all_day() -> None:
    assert default_window(NOW) == default_window(NOW.replace(hour=23, minute=59))
    begin, end = default_window(NOW)
    assert begin.hour == end.hour == 0 and begin.tzinfo is UTC


def test_the_cache_is_data_and_gives_back_exactly_the_import(tmp_path: Path) -> None:
    """JSON, never a pickle (a cache file is data, never code), and every field of every meeting comes back."""
    import json

    from selfcompass.scheduling.calendar_import import import_calendar

    path = DATA / "outlook_week.ics"
    result = import_calendar(path, start=WINDOW[0], end=WINDOW[1])
    assert result.meetings
    cache = CalendarCache(tmp_path / "calendar.cache")
    cache.store(path, result, "Europe/London")
    assert isinstance(json.loads((tmp_path / "calendar.cache").read_text(encoding="utf-8")), dict)
    assert cache.load(path, result.start, result.end, "Europe/London") == result
