"""Issue 22, fault 1: the saved calendar changes only when a new file is accepted; a refused file leaves no trace in
settings or the watcher, and any failure in the import worker becomes a clear message with the old calendar kept."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import selfcompass.scheduling.calendar_source as calendar_source

DATA = Path(__file__).parents[1] / "data" / "calendars"


def install(app):
    app.install_features(reminders={"tray_available": False})
    return app.features["reminders"]


def test_a_refused_file_leaves_no_trace_when_the_good_file_is_read_again(make_app, qtbot, tmp_path) -> None:
    app = make_app()
    app.window.show()
    feature = install(app)
    good = tmp_path / "work.ics"
    shutil.copy(DATA / "outlook_week.ics", good)
    bad = tmp_path / "broken.ics"
    bad.write_text("BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:notadate\n")
    with qtbot.waitSignal(feature.calendar.calendar_imported, timeout=20_000):
        feature.import_calendar(str(good))
    with qtbot.waitSignal(feature.calendar.import_failed, timeout=20_000):
        feature.import_calendar(str(bad))
    assert app.settings["calendar_file"] == str(good)
    # The export is rewritten: the watched good file is read again.
    with qtbot.waitSignal(feature.calendar.calendar_imported, timeout=20_000):
        feature._reread_calendar()
    assert app.settings["calendar_file"] == str(good)  # it was switched to the refused file before
    assert feature.watcher.files() == [str(good)]
    assert feature.calendar.current is not None and feature.calendar.current.path == str(good)


def test_any_exception_in_the_worker_becomes_a_clear_message_and_the_calendar_stays(
        make_app, qtbot, tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    app = make_app()
    app.window.show()
    feature = install(app)
    good = tmp_path / "work.ics"
    shutil.copy(DATA / "outlook_week.ics", good)
    with qtbot.waitSignal(feature.calendar.calendar_imported, timeout=20_000):
        feature.import_calendar(str(good))
    before = feature.calendar.current

    def broken(*_a, **_k):
        raise RuntimeError("a bug, not the file")

    monkeypatch.setattr(calendar_source, "import_calendar", broken)
    other = tmp_path / "other.ics"
    shutil.copy(DATA / "google_export.ics", other)
    with qtbot.waitSignal(feature.calendar.import_failed, timeout=20_000) as failed:
        feature.import_calendar(str(other))
    assert "something went wrong" in str(failed.args[0])
    assert feature.calendar.current is before
    assert app.settings["calendar_file"] == str(good)
    assert "could not be used" in feature.calendar_page.source.text()
