"""The app with its features wired: reminders (no tray here), the Today page, sequences and the chooser."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt


def install(app, **reminders):
    app.install_features(reminders={"tray_available": False, **reminders})
    return app.features["reminders"], app.test_timers


def test_without_a_tray_prompts_appear_in_the_window_and_start_a_practice(make_app, qtbot) -> None:
    app = make_app()
    app.test_clock.jump(datetime(2026, 3, 2, 8, 0, tzinfo=UTC))  # a Monday morning
    app.window.show()
    feature, timers = install(app)
    assert app.qapp.quitOnLastWindowClosed()  # no tray: closing the window quits
    assert not app.window.keep_in_tray
    places = [app.window.nav.item(r).text() for r in range(app.window.nav.count())]
    # Home first; Today in full and the calendar are reached from Home, Coach mode only for coaches (issue 20).
    assert places == ["Home", "Practices", "Journal", "Insights", "Help and support"]
    assert app.window.page("calendar") is not None and app.window.page("today") is feature.today_page
    assert "Next pause" in feature.today_page.status.text()
    with qtbot.waitSignal(feature.service.prompt_due, timeout=1000) as first:
        timers.run_until(datetime(2026, 3, 2, 10, 0, 30, tzinfo=UTC))
    assert first.args[0].practice_id == "inbox-batching"  # the 10:00 inbox check
    assert feature.prompts.isVisible() and feature.prompts.due == first.args[0]
    qtbot.mouseClick(feature.prompts.buttons.start, Qt.MouseButton.LeftButton)
    assert not feature.prompts.isVisible()
    assert app.player_busy and app.player.run.practice.id == "inbox-batching"
    app.player.stop()
    app.player.finish()
    timers.run_until(datetime(2026, 3, 2, 11, 30, 30, tzinfo=UTC))
    due = feature.prompts.due
    assert due is not None and due.practice_id is None  # "choose for me"
    qtbot.mouseClick(feature.prompts.buttons.start, Qt.MouseButton.LeftButton)
    assert app.chooser.isVisible()


def test_turning_reminders_off_stops_the_service(make_app) -> None:
    app = make_app()
    app.window.show()
    feature, _ = install(app)
    assert feature.service.running
    app.change_setting("reminders_enabled", False)
    assert not feature.service.running
    assert feature.today_page.status.text() == "Reminders are off."


def test_a_bad_calendar_file_keeps_the_app_running_and_says_so(make_app, qtbot, tmp_path) -> None:
    app = make_app()
    app.window.show()
    feature, _ = install(app)
    bad = tmp_path / "broken.ics"
    bad.write_text("BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:notadate\n")
    with qtbot.waitSignal(feature.calendar.import_failed, timeout=10_000):
        feature.import_calendar(str(bad))
    assert "could not be used" in feature.calendar_page.source.text()
    assert app.settings["calendar_file"] == ""


def test_a_sequence_day_runs_in_the_player(make_app, qtbot) -> None:
    app = make_app()
    app.window.show()
    install(app)
    today = app.features["sequences"].view
    today.start_combo.setCurrentIndex(0)
    qtbot.mouseClick(today.findChild(type(app.window.library_view.chooser_button), "start"), Qt.MouseButton.LeftButton)
    assert today.cards, "starting a sequence shows today's card"


def test_a_sequence_practice_starts_like_any_other_and_prepares_narration(make_app, qtbot) -> None:
    """Starting a practice goes through the practice feature's one start, whatever asks: with the voice on, a
    sequence's practice has its narration prepared (it once went straight to the player and skipped it)."""
    app = make_app(voice_enabled=True)
    app.window.show()
    install(app)
    view = app.features["sequences"].view
    view.follow(next(s for s in view._shipped if s.id == "self-compassion-starter"))
    card = view.cards["self-compassion-starter"]
    button = next(b for b in card.practice_buttons.values() if b.isEnabled())
    assert "prepare" not in app.test_narrator.calls
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert app.test_narrator.calls.count("prepare") == 1
    assert app.player_busy and app.window.in_practice
    app.player.stop()
    app.player.finish()
    assert not app.player_busy


def test_the_chooser_offers_practices_that_fit_and_starts_one(make_app, qtbot) -> None:
    app = make_app()
    app.window.show()
    qtbot.mouseClick(app.window.library_view.chooser_button, Qt.MouseButton.LeftButton)
    dialog = app.chooser
    for button in dialog.times[2].buttons():
        if button.property("choice") == "under-1":
            button.click()
    offers = dialog.offered()
    assert 2 <= len(offers) <= 3 and all(p.duration <= 60 for p in offers)
    first = dialog.findChild(type(app.window.library_view.chooser_button), f"offer_{offers[0].id}")
    qtbot.mouseClick(first, Qt.MouseButton.LeftButton)
    assert app.player_busy and app.player.run.practice.id == offers[0].id


def test_a_sequence_file_dropped_on_the_window_is_imported(make_app, qtbot, repo_root) -> None:
    from PySide6.QtCore import QMimeData, QPoint, QUrl
    from PySide6.QtGui import QDropEvent

    app = make_app()
    app.window.show()
    feature, _ = install(app)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(repo_root / "practices" / "sequences" / "self-compassion-starter.toml"))])
    event = QDropEvent(QPoint(10, 10), Qt.DropAction.CopyAction, data, Qt.MouseButton.NoButton,
                       Qt.KeyboardModifier.NoModifier)
    app.window.dropEvent(event)
    assert event.dropAction() == Qt.DropAction.CopyAction
    assert "self-compassion-starter" in app.features["sequences"].view.cards
    assert app.window.pages.currentWidget() is feature.today_page


def test_files_named_on_the_command_line_are_opened_not_parsed(repo_root, monkeypatch, tmp_path) -> None:
    from selfcompass import cli

    seen = {}
    monkeypatch.setattr("selfcompass.app.run.run_gui", lambda ns: seen.update(open=ns.open, prepared=ns.prepared) or 0)
    path = str(repo_root / "practices" / "sequences" / "back-to-back-week.toml")
    cli.run(["--data-dir", str(tmp_path), path])
    assert seen["open"] == [path]
    seen["prepared"].instance_lock.release()  # start-up claimed the folder before handing over to the GUI


def test_a_watched_calendar_is_read_again_when_it_changes(make_app, qtbot, repo_root, tmp_path) -> None:
    import shutil

    app = make_app()
    app.window.show()
    feature, _ = install(app)
    target = tmp_path / "work.ics"
    shutil.copy(repo_root / "tests" / "data" / "calendars" / "outlook_week.ics", target)
    with qtbot.waitSignal(feature.calendar.calendar_imported, timeout=20_000):
        feature.import_calendar(str(target))
    assert app.settings["calendar_file"] == str(target)
    assert feature.watcher.files() == [str(target)]
    feature._calendar_file_changed(str(target))  # as the watcher does when the export is rewritten
    assert feature._reread.isActive()
    with qtbot.waitSignal(feature.calendar.calendar_imported, timeout=20_000):
        feature._reread.timeout.emit()


def test_the_journal_is_a_place_in_every_app_and_builds_on_first_visit(make_app) -> None:
    app = make_app()
    app.window.show()
    install(app)
    places = [app.window.nav.item(r).text() for r in range(app.window.nav.count())]
    assert places[:3] == ["Home", "Practices", "Journal"]
    assert app.journal.built is None  # nothing of the journal is built until someone goes there
    app.window.show_page("journal")
    assert app.journal.built is not None and app.window.pages.currentWidget() is app.journal.page


def test_with_a_tray_closing_the_window_leaves_selfcompass_waiting_there(make_app, qtbot) -> None:
    app = make_app()
    app.window.show()
    qtbot.waitExposed(app.window)
    feature, _timers = install(app, tray_available=True)  # a stand-in tray: no desktop host is involved
    notes: list[str] = []
    feature.tray.say = lambda _title, text: notes.append(text)
    assert app.window.keep_in_tray and not app.qapp.quitOnLastWindowClosed()
    app.start_practice("box-breathing")
    app.window.close()
    assert not app.window.isVisible()
    assert len(notes) == 1 and "still here" in notes[0]  # said once, quietly, from the tray
    assert not app.player_busy  # a practice under way is stopped and kept, as on quitting
    assert feature.service.running and app.journal.instance_lock.held  # reminders and the one-writer lock stay
    feature.tray.today_requested.emit()  # a click on the tray icon
    assert app.window.isVisible()
    app.window.close()
    assert len(notes) == 1  # and only the first time, in this run or any later one
    feature.tray.today_requested.emit()
    feature.tray.quit_requested.emit()  # Quit in the tray's menu really quits
    assert not app.window.isVisible()
    assert not feature.service.running and not app.journal.instance_lock.held


TRAY_RUN = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QSystemTrayIcon
QSystemTrayIcon.isSystemTrayAvailable = staticmethod(lambda: True)  # a stand-in for the desktop's tray host
import selfcompass.app as A
steps = A.SelfCompassApp.deferred_steps
def deferred_steps(self):
    def close_soon():
        tray = self.features["reminders"].tray
        def close():
            self.window.close()
            print("hidden", not self.window.isVisible(), "waiting", self.features["reminders"].service.running)
            QTimer.singleShot(50, tray.quit_requested.emit)
        QTimer.singleShot(50, close)
    return [*steps(self), close_soon]
A.SelfCompassApp.deferred_steps = deferred_steps
from selfcompass.cli import run
print("exited", run(["--data-dir", sys.argv[1]]))
"""


def test_a_real_run_with_a_tray_hides_on_close_and_ends_on_quit(tmp_path) -> None:
    """The whole run (`selfcompass`), not just the window: with a tray, Qt keeps its event loop for the icon, so
    Quit must end the loop itself, or an invisible SelfCompass would linger."""
    import os
    import subprocess
    import sys

    (tmp_path / "settings.json").write_text('{"welcome_seen": true}')
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", TRAY_RUN, str(tmp_path)], capture_output=True, text=True,
                          timeout=60, env=env, check=False)
    assert done.stdout.split("\n")[:2] == ["hidden True waiting True", "exited 0"], done.stdout + done.stderr


def test_not_today_quiet_and_a_focus_block_survive_a_restart(make_app, qtbot) -> None:
    """A laptop restarted at lunchtime must not forget "Not today", nor a focus block still running."""
    monday = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    app = make_app()
    app.test_clock.jump(monday)
    app.window.show()
    feature, timers = install(app)
    with qtbot.waitSignal(feature.service.prompt_due, timeout=1000) as first:
        timers.run_until(datetime(2026, 3, 2, 10, 0, 30, tzinfo=UTC))
    qtbot.mouseClick(feature.prompts.buttons.not_today, Qt.MouseButton.LeftButton)
    quiet = feature.service.quiet_until
    assert quiet is not None
    app.window.close()
    app.shutdown()

    again = make_app()  # the same data folder, a little later the same day
    again.test_clock.jump(datetime(2026, 3, 2, 12, 30, tzinfo=UTC))
    again.window.show()
    restarted, timers = install(again)
    assert restarted.service.quiet_until == quiet
    assert "Quiet" in restarted.today_page.status.text()
    # The prompt and what was done with it, so spacing holds and nothing is shown twice.
    assert [(r.due_at, r.response.value) for r in restarted.service.history] == [
        (first.args[0].at, "shown"), (first.args[0].at, "skipped")]
    prompts = []
    restarted.service.prompt_due.connect(prompts.append)
    timers.run_until(datetime(2026, 3, 2, 17, 30, tzinfo=UTC))
    assert prompts == []  # nothing more today

    again.window.show_page("today")
    assert restarted.today_page.resume.isVisible()  # "Prompts back on", on the Today page too
    qtbot.mouseClick(restarted.today_page.resume, Qt.MouseButton.LeftButton)
    assert restarted.service.quiet_until is None and not restarted.today_page.resume.isVisible()
    restarted.service.start_focus(25)
    again.window.close()
    again.shutdown()
    third = make_app()
    third.test_clock.jump(datetime(2026, 3, 2, 17, 40, tzinfo=UTC))
    focused, _ = install(third)
    assert focused.service.focus is not None and focused.service.focus.minutes == 25
    assert "Focusing until 17:55" in focused.focus_panel.status.text()  # the Focus panel shows it running


def test_files_it_cannot_open_and_a_part_that_fails_are_told_calmly(make_app, monkeypatch, tmp_path) -> None:
    app = make_app()
    app.window.show()
    (tmp_path / "notes.docx").write_text("not ours")
    app.open_files([str(tmp_path / "notes.docx")])
    assert "Sequences and calendars can be opened once SelfCompass has finished starting." in app.window.notice.text()

    def broken(_app, **_options):
        raise RuntimeError("a fault in the insights feature")

    monkeypatch.setattr("selfcompass.features.insights.install", broken)
    install(app)
    assert "insights" not in app.features and "reminders" in app.features
    assert app.window.notice.text() == ("Part of SelfCompass (insights and the weekly check-in) could not start; "
                                        "everything else works.")
    app.open_files([str(tmp_path / "notes.docx")])
    assert app.window.notice.text() == ("“notes.docx” is not a file SelfCompass opens (a coaching sequence or "
                                        "a calendar).")


def test_opening_the_database_lets_go_of_module_sources(make_app, qtbot) -> None:
    # PySide6's import hook reads every imported module's source and linecache keeps it (issue 24): once the
    # database has opened (SQLAlchemy's modules are in), the app drops that cache.
    import linecache

    app = make_app()
    linecache.getlines(__file__)
    assert __file__ in linecache.cache
    done: list[object] = []
    app.database.submit(lambda db: None, done.append)
    qtbot.waitUntil(lambda: bool(done) and __file__ not in linecache.cache, timeout=10_000)
