"""`selfcompass calendar check`: the same import as the app, nothing saved, and the same figures as the Calendar
page (this test compares them on the test calendars)."""

from __future__ import annotations

import json
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from selfcompass import cli

DATA = Path(__file__).parents[1] / "data" / "calendars"
PATTERN = {"working_days": ["mon", "tue", "wed", "thu", "fri"], "working_start": "08:30", "working_end": "17:00",
           "working_hours": ["fri 19:30-07:30"], "quiet_start": "12:30", "quiet_end": "13:00"}


def check(capsys: pytest.CaptureFixture[str], data_dir: Path, *args: str) -> tuple[int, list[str]]:
    code = cli.run(["--data-dir", str(data_dir), "calendar", "check", *args])
    return code, capsys.readouterr().out.splitlines()


def rows(lines: list[str]) -> list[tuple[str, ...]]:
    """The table the check prints, as (day, in meetings, longest run, back to back, pauses)."""
    start = next(i for i, line in enumerate(lines) if line.startswith("Day "))
    return [tuple(part.strip() for part in _cells(line)) for line in lines[start + 1:]]


def _cells(line: str) -> list[str]:
    import re

    return re.split(r"\s{2,}", line.strip(), maxsplit=4)


@pytest.mark.parametrize(("name", "today"), [
    ("outlook_week.ics", datetime(2026, 3, 25, 9, tzinfo=UTC)),  # this week and next, across the March change
    ("google_export.ics", datetime(2026, 10, 20, 9, tzinfo=UTC)),
    ("nhsmail_windows_zones.ics", datetime(2026, 1, 7, 9, tzinfo=UTC)),
])
def test_the_check_prints_the_figures_the_calendar_page_shows(make_app, qtbot, capsys, tmp_path, name: str,
                                                              today: datetime) -> None:
    data_dir = tmp_path / "cli"
    data_dir.mkdir()
    (data_dir / "settings.json").write_text(json.dumps({"schema": 1, **PATTERN}))
    calendar = tmp_path / name
    shutil.copy(DATA / name, calendar)
    app = make_app(**PATTERN)
    app.test_clock.jump(today)
    app.window.show()
    app.install_features(reminders={"tray_available": False})
    feature = app.features["reminders"]
    with qtbot.waitSignal(feature.calendar.calendar_imported, timeout=20_000):
        feature.import_calendar(str(calendar))
    page = feature.calendar_page  # built on first visit
    view = feature._load_view
    assert view is not None and page is not None
    monday = today.date() - timedelta(days=today.weekday())
    for index, week in enumerate((monday, monday + timedelta(weeks=1))):
        view.show_week(index)
        shown = [(view.table.item(r, 0).text(), view.table.item(r, 1).text(), view.table.item(r, 2).text(),
                  view.table.item(r, 4).text()) for r in range(view.table.rowCount())]
        pauses = view.pause_rows()
        code, lines = check(capsys, data_dir, str(calendar), "--week", week.isoformat())
        assert code == 0
        printed = rows(lines)
        assert [(r[0], r[1], r[2], r[3]) for r in printed] == shown
        assert [(r[0], r[4]) for r in printed] == pauses
    assert any(pause != "none" for _, pause in view.pause_rows() + pauses)  # something was compared


def test_a_refused_file_exits_1_with_the_message_and_saves_nothing(capsys, tmp_path) -> None:
    bad = tmp_path / "broken.ics"
    bad.write_text("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTART:notadate\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    code, lines = check(capsys, tmp_path, str(bad))
    assert code == 1
    assert lines[-1] == "broken.ics: not usable; SelfCompass would keep the calendar it has."
    assert any("line 2: DTSTART" in line and "Fix:" in line for line in lines)
    assert not (tmp_path / "settings.json").exists()


def test_notices_are_printed_and_the_file_is_usable(capsys, tmp_path) -> None:
    code, lines = check(capsys, tmp_path, str(DATA / "bad_unknown_zone.ics"), "--week", "2026-01-12")
    assert code == 0
    assert lines[0].startswith("bad_unknown_zone.ics, line 11: DTSTART:") and "Mars Standard Time" in lines[0]
    assert "usable. 1 busy meeting" in lines[1]
    assert rows(lines)[0] == ("Monday 12 Jan", "1 h 00 min", "1 h 00 min", "0", "11:00")


def test_a_week_that_is_not_a_date_is_refused_by_the_parser(capsys, tmp_path) -> None:
    with pytest.raises(SystemExit):
        cli.run(["--data-dir", str(tmp_path), "calendar", "check", str(DATA / "outlook_week.ics"), "--week", "soon"])
    assert "not a date" in capsys.readouterr().err


def test_the_working_pattern_comes_from_the_data_folders_settings(capsys, tmp_path) -> None:
    (tmp_path / "settings.json").write_text(json.dumps({"schema": 1, "working_days": ["mon"],
                                                        "working_start": "19:30", "working_end": "07:30"}))
    code, lines = check(capsys, tmp_path, str(DATA / "outlook_week.ics"), "--week", "2026-03-30")
    assert code == 0
    days = [r[0] for r in rows(lines)]
    assert days[0] == "Monday 30 Mar"
    # Monday's night shift runs to 07:30 on Tuesday: the huddle on Tuesday at 09:00 is outside it.
    assert rows(lines)[0][4] == "none"
