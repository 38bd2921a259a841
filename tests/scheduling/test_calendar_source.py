"""The stored calendar: imports on a worker, keeps the last good calendar when a file is bad."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from doubles import ManualClock
from pytestqt.qtbot import QtBot

from selfcompass.scheduling.calendar_source import CalendarSource

DATA = Path(__file__).parents[1] / "data" / "calendars"


def test_import_on_a_worker_then_a_bad_file_keeps_the_old_calendar(qtbot: QtBot) -> None:
    source = CalendarSource(ManualClock(datetime(2026, 3, 30, 8, 0, tzinfo=UTC)))
    with qtbot.waitSignal(source.calendar_imported, timeout=10_000) as good:
        source.import_file(DATA / "outlook_week.ics")
    assert good.args[0].meetings == source.meetings()
    assert len(source.meetings()) > 20 and len(source.index) > 20
    with qtbot.waitSignal(source.import_failed, timeout=10_000) as bad:
        source.import_file(DATA / "bad_truncated.ics")
    assert "cut off" in str(bad.args[0])
    assert source.current is good.args[0]  # nothing half-imported, nothing lost


def test_import_now(qtbot: QtBot) -> None:
    source = CalendarSource(ManualClock(datetime(2026, 1, 12, 8, 0, tzinfo=UTC)))
    with qtbot.waitSignal(source.calendar_imported):
        result = source.import_now(DATA / "nhsmail_windows_zones.ics")
    assert [m.title for m in result.meetings][:2] == ["Regional call", "European partners"]
