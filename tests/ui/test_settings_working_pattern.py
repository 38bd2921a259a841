"""Settings, working pattern (issue 22): the time zone is chosen from a searchable list and a mistyped one is never
saved; shifts that vary; other hours on some days, night shifts included."""

from __future__ import annotations

from PySide6.QtCore import QTime


def open_settings(make_app, qtbot, **values):
    app = make_app(**values)
    app.window.show()
    app.open_settings()
    dialog = app.settings_dialog
    qtbot.waitExposed(dialog)
    return app, dialog


def test_a_mistyped_zone_is_never_saved_and_the_list_finds_it_by_a_place(make_app, qtbot) -> None:
    app, dialog = open_settings(make_app, qtbot)
    zone = dialog.time_zone
    assert zone.isEditable() and zone.findText("Europe/London") >= 0 and zone.findText("America/New_York") >= 0
    zone.setCurrentText("Europe/Londn")
    zone.lineEdit().editingFinished.emit()
    assert app.settings["time_zone"] == "Europe/London"  # unchanged
    assert not dialog.zone_problem.isHidden() and "Europe/Londn" in dialog.zone_problem.text()
    completer = zone.completer()
    completer.setCompletionPrefix("paris")
    assert completer.currentCompletion() == "Europe/Paris"  # any part of the name finds it
    zone.setCurrentText("europe/paris")
    zone.lineEdit().editingFinished.emit()
    assert app.settings["time_zone"] == "Europe/Paris"
    assert dialog.zone_problem.isHidden()


def test_night_shift_on_some_days_and_shifts_that_vary(make_app, qtbot) -> None:
    app, dialog = open_settings(make_app, qtbot)
    assert dialog.day_hours.isHidden()
    dialog.own_hours.setChecked(True)
    start, end = dialog.day_hour_edits["mon"]
    start.setTime(QTime(19, 30))
    end.setTime(QTime(7, 30))
    assert app.settings["working_hours"] == ["mon 19:30-07:30"]
    dialog.own_hours.setChecked(False)
    assert app.settings["working_hours"] == []
    dialog.shifts_vary.setChecked(True)
    assert app.settings["shifts_vary"] is True
    assert not dialog.working_start.isEnabled() and not dialog.own_hours.isEnabled()


def test_overnight_usual_hours_are_saved_as_they_are(make_app, qtbot) -> None:
    app, dialog = open_settings(make_app, qtbot)
    dialog.working_start.setTime(QTime(19, 30))
    dialog.working_end.setTime(QTime(7, 30))
    assert (app.settings["working_start"], app.settings["working_end"]) == ("19:30", "07:30")
    rules = app.features["reminders"].service._engine.rules if "reminders" in getattr(app, "features", {}) else None
    assert rules is None or rules.working.end.hour == 7
