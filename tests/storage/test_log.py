"""The log and the crash handler: private words never reach logs/, an unexpected error's traceback does, the file
is private and rotates, a folder that can't be written to costs only the log, and doctor reports it."""

from __future__ import annotations

import logging
import os
import stat
import sys
import threading
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer, qWarning

from selfcompass import __version__
from selfcompass.__main__ import main
from selfcompass.core.records import Outcome, SessionRecord, WritingAnswer
from selfcompass.errors import KnownError
from selfcompass.paths import AppPaths
from selfcompass.storage import crypto
from selfcompass.storage import log as applog
from selfcompass.ui.crash import CrashDialog, install_crash_handler
from selfcompass.ui.protection.dialogs import PassphraseDialog, RecoveryCodeDialog

FAST_KDF = crypto.KdfParams(memory_kib=1024, time_cost=1, parallelism=1)
SENTINEL = "kingfisher-sentinel-4821"
ON_POSIX = os.name == "posix"


@pytest.fixture
def logs():
    """Each test that starts the log leaves the loggers as it found them."""
    before = (logging.getLogger().handlers[:], logging.getLogger("selfcompass").level)
    yield
    applog.stop_log()
    assert (logging.getLogger().handlers, logging.getLogger("selfcompass").level) == before


def folder_paths(root: Path) -> AppPaths:
    return AppPaths(root / "data", root / "config", root / "cache", root / "logs")


def everything_in(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file())


def _settle(app, qtbot) -> None:
    qtbot.waitUntil(lambda: not app.database.busy, timeout=20_000)


def _protect(app, qtbot, feature, passphrase: str) -> str:
    """Protect the journal with ``passphrase``; returns the recovery code shown."""
    feature.offer_protection()
    dialog = feature.dialog
    assert isinstance(dialog, PassphraseDialog)
    dialog.first.setText(passphrase)
    dialog.second.setText(passphrase)
    dialog.ok.click()
    qtbot.waitUntil(lambda: isinstance(feature.dialog, RecoveryCodeDialog), timeout=30_000)
    code = feature.dialog.code.text()
    feature.dialog.kept.setChecked(True)
    feature.dialog.done_button.click()
    _settle(app, qtbot)
    return code


def _fail_unexpectedly() -> None:
    raise LookupError("the reminder plan had no row 7")  # a bug's message: no words of the person's


def test_private_words_never_reach_the_log_but_an_unexpected_traceback_does(make_app, qtbot, logs) -> None:
    app = make_app()
    log_file = applog.start_log(app.paths, version=__version__)
    assert log_file == app.paths.logs / "selfcompass.log"
    installed = app.journal.configure(quit_app=lambda: None, kdf=FAST_KDF)
    feature = installed.feature
    applog.log_features_installed(["journal"])
    app.window.show()

    # A journal entry, a passphrase, and a practice's note and writing, each holding the sentinel.
    body = f"Today on the ward I felt {SENTINEL}, and I let it be there for a while before the next round."
    app.window.show_page("journal")
    feature.editor.body.setPlainText(body)
    with qtbot.waitSignal(feature.entry_saved, timeout=10_000):
        feature.save()
    _settle(app, qtbot)
    recovery_code = _protect(app, qtbot, feature, f"{SENTINEL} river walk at dusk")
    now = app.clock.now()
    record = SessionRecord("box-breathing", "Box breathing", "breath", now - timedelta(minutes=3), now, 180, 180,
                           Outcome.FINISHED, note=f"Calmer after, {SENTINEL}",
                           writings=(WritingAnswer(2, "What helped?", f"Breathing out slowly, {SENTINEL}"),))
    player = app.player  # built on first use
    app.window.show_player()
    player.session_finished.emit(record)
    qtbot.waitUntil(lambda: bool(app.recorded), timeout=20_000)

    # A handled error, logged as the convention asks: the class name, with its traceback.
    handled = logging.getLogger("selfcompass.journal")
    try:
        raise KnownError("The journal folder could not be written to.", fix="You might free some space.")
    except KnownError as exc:
        handled.warning("Saving an entry failed (%s)", type(exc).__name__, exc_info=True)
    # A careless call that passes the entry's words: the filter withholds them.
    handled.error("Could not save the entry %s", body)

    # An unexpected error in a slot reaches sys.excepthook (PySide6 hands it there), the log and one dialog.
    handler = install_crash_handler(lambda: app.window, log_file)
    try:
        QTimer.singleShot(0, _fail_unexpectedly)
        qtbot.waitUntil(lambda: handler.dialog is not None)
        dialog = handler.dialog
        assert isinstance(dialog, CrashDialog) and dialog.isVisible()
        assert dialog.carry_on.isDefault()
        assert dialog.log_text is not None and str(log_file) in dialog.log_text.text()
        assert "Traceback" not in dialog.details.text()
        assert dialog.details.text() == "LookupError: the reminder plan had no row 7"
        dialog.carry_on.click()
        qtbot.waitUntil(lambda: handler.dialog is None)
    finally:
        handler.uninstall()

    for h in logging.getLogger().handlers:
        h.flush()
    written = everything_in(app.paths.logs)
    assert SENTINEL.encode() not in written
    assert recovery_code and recovery_code.encode() not in written
    text = written.decode("utf-8")
    assert f"SelfCompass {__version__} started on" in text and "Python" in text and "Qt 6." in text
    assert "Features installed: journal" in text
    assert "WARNING selfcompass.journal: Saving an entry failed (KnownError)" in text
    assert "KnownError: The journal folder could not be written to." in text
    assert f"Could not save the entry <{len(body)} characters withheld>" in text
    assert "CRITICAL selfcompass: Unexpected error (LookupError)" in text
    assert "Traceback (most recent call last)" in text
    assert 'in _fail_unexpectedly\n    raise LookupError("the reminder plan had no row 7")' in text
    assert applog.last_error(app.paths).endswith("Unexpected error (LookupError)")


def test_many_errors_make_one_dialog_and_a_thread_s_error_arrives_on_the_ui_thread(qtbot, tmp_path, logs) -> None:
    paths = folder_paths(tmp_path)
    log_file = applog.start_log(paths, version=__version__)
    handler = install_crash_handler(lambda: None, log_file, qt_messages=False)
    try:
        for n in range(3):
            try:
                raise ValueError(f"bug number {n}")
            except ValueError as exc:
                sys.excepthook(type(exc), exc, exc.__traceback__)

        def in_a_thread() -> None:
            raise OSError("the worker fell over")

        worker = threading.Thread(target=in_a_thread, name="test-worker")
        worker.start()
        worker.join()
        qtbot.waitUntil(lambda: handler.dialog is not None and "OSError" in handler.dialog.details.text())
        dialog = handler.dialog
        assert dialog.details.text().splitlines() == [
            "ValueError: bug number 0", "ValueError: bug number 1", "ValueError: bug number 2",
            "OSError: the worker fell over"]
        assert not dialog.details.isVisible()
        dialog.show_details.click()
        assert dialog.details.isVisible() and dialog.show_details.text() == "Hide details"
        dialog.carry_on.click()
        qtbot.waitUntil(lambda: handler.dialog is None)
    finally:
        handler.uninstall()
    text = log_file.read_text(encoding="utf-8")
    assert text.count("Unexpected error (ValueError)") == 3
    assert "CRITICAL selfcompass: Unexpected error in thread test-worker (OSError)" in text


def test_uninstall_puts_every_hook_back(qtbot, tmp_path) -> None:
    before = (sys.excepthook, threading.excepthook)
    handler = install_crash_handler(lambda: None, None)
    assert sys.excepthook != before[0] and threading.excepthook != before[1]
    handler.uninstall()
    assert (sys.excepthook, threading.excepthook) == before


def test_qt_warnings_go_to_the_log_never_to_a_dialog(qtbot, qtlog, tmp_path, logs) -> None:
    paths = folder_paths(tmp_path)
    log_file = applog.start_log(paths, version=__version__)
    handler = install_crash_handler(lambda: None, log_file)
    try:
        qWarning("a test warning from Qt")
        qtbot.wait(10)
        assert handler.dialog is None
    finally:
        handler.uninstall()
    assert "WARNING selfcompass.qt: [default] a test warning from Qt" in log_file.read_text(encoding="utf-8")
    assert [m.message for m in qtlog.records] == ["a test warning from Qt"]  # pytest-qt still hears Qt
    qWarning("after uninstall")
    assert "after uninstall" not in log_file.read_text(encoding="utf-8")
    assert qtlog.records[-1].message == "after uninstall"


def test_without_a_log_the_dialog_promises_none(qtbot) -> None:
    dialog = CrashDialog(None)
    qtbot.addWidget(dialog)
    assert dialog.log_text is None and dialog.open_folder is None
    assert "log" not in " ".join(label.text() for label in dialog.findChildren(type(dialog.details)))
    dialog.deleteLater()


def test_the_journal_points_to_the_log_only_when_there_is_one(make_app, qtbot, monkeypatch, logs) -> None:
    from selfcompass.storage.journal import JournalRepository

    def broken(self, draft, now):  # type: ignore[no-untyped-def]
        raise LookupError("the journal had no row 7")  # a bug, not a known failure

    monkeypatch.setattr(JournalRepository, "save_as_entry", broken)
    app = make_app()
    feature = app.journal.configure(quit_app=lambda: None, kdf=FAST_KDF).feature
    app.window.show()
    app.window.show_page("journal")
    status = feature.editor.status

    def save_fails() -> str:
        status.setText("")
        feature.editor.body.setPlainText(f"Still here, {SENTINEL}")
        feature.save()
        qtbot.waitUntil(lambda: "couldn't be saved" in status.text(), timeout=10_000)
        return status.text()

    assert applog.active_log() is None
    text = save_fails()
    assert "log" not in text and "nothing is lost" in text
    log_file = applog.start_log(app.paths, version=__version__)
    assert log_file is not None
    text = save_fails()
    assert "The details are in the log." in text
    written = log_file.read_text(encoding="utf-8")
    assert "LookupError: the journal had no row 7" in written and SENTINEL not in written


@pytest.mark.skipif(not ON_POSIX, reason="file modes are POSIX")
def test_the_log_is_private_and_rotates_within_its_limit(tmp_path, logs) -> None:
    paths = folder_paths(tmp_path)
    log_file = applog.start_log(paths, version=__version__, max_bytes=2000, backups=2)
    assert log_file is not None
    for n in range(200):
        logging.getLogger("selfcompass.test").info("line %s of a long morning", n)
    files = sorted(paths.logs.iterdir())
    assert [f.name for f in files] == ["selfcompass.log", "selfcompass.log.1", "selfcompass.log.2"]
    assert all(stat.S_IMODE(f.stat().st_mode) == 0o600 for f in files)
    assert all(f.stat().st_size <= 2000 for f in files)
    assert stat.S_IMODE(paths.logs.stat().st_mode) == 0o700
    assert applog.active_log() == log_file
    applog.stop_log()
    assert applog.active_log() is None


@pytest.mark.skipif(not ON_POSIX, reason="file modes are POSIX")
def test_a_log_left_with_wider_rights_is_made_private(tmp_path, logs) -> None:
    paths = folder_paths(tmp_path)
    paths.logs.mkdir(mode=0o755)
    os.chmod(paths.logs, 0o755)
    applog.log_path(paths).write_text("older\n", encoding="utf-8")
    os.chmod(applog.log_path(paths), 0o644)
    assert applog.start_log(paths, version=__version__) is not None
    assert stat.S_IMODE(applog.log_path(paths).stat().st_mode) == 0o600
    assert stat.S_IMODE(paths.logs.stat().st_mode) == 0o700


def test_a_folder_that_cannot_be_made_costs_only_the_log(tmp_path, logs) -> None:
    paths = folder_paths(tmp_path)
    paths.logs.parent.mkdir(parents=True, exist_ok=True)
    paths.logs.write_text("a file where the folder should be", encoding="utf-8")
    assert applog.start_log(paths, version=__version__) is None
    assert applog.active_log() is None
    logging.getLogger("selfcompass").info("carrying on")  # and logging still works, to nowhere


def test_a_full_disk_costs_only_the_log(tmp_path, monkeypatch, logs) -> None:
    def full(*args: object, **kwargs: object) -> int:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(applog.os, "open", full)
    assert applog.start_log(folder_paths(tmp_path), version=__version__) is None


@pytest.mark.skipif(not ON_POSIX or os.geteuid() == 0, reason="needs POSIX modes and a user they apply to")
def test_a_read_only_folder_costs_only_the_log(tmp_path, logs) -> None:
    paths = folder_paths(tmp_path)
    paths.logs.mkdir(mode=0o500)
    try:
        assert applog.start_log(paths, version=__version__) is None
        assert stat.S_IMODE(paths.logs.stat().st_mode) == 0o500  # never made writable behind IT's back
    finally:
        os.chmod(paths.logs, 0o700)


def test_last_error_reads_the_newest_error_and_its_time(tmp_path, logs) -> None:
    paths = folder_paths(tmp_path)
    assert applog.last_error(paths) is None
    applog.start_log(paths, version=__version__)
    assert applog.last_error(paths) is None
    logging.getLogger("selfcompass.a").error("The first problem")
    try:
        raise RuntimeError("second")
    except RuntimeError:
        logging.getLogger("selfcompass.b").exception("The second problem (RuntimeError)")
    logging.getLogger("selfcompass.c").warning("Only a warning")
    found = applog.last_error(paths)
    assert found is not None
    when, _, what = found.partition(": ")
    assert what == "The second problem (RuntimeError)"
    assert len(when) == len("2026-12-05 10:31:02") and when[4] == "-" and when[13] == ":"


def test_doctor_reports_the_log(tmp_path, capsys, logs) -> None:
    root = tmp_path / "d"
    assert main(["--data-dir", str(root), "doctor"]) == 0
    assert "no log yet" in capsys.readouterr().out
    paths = AppPaths(root, root, root / "cache", root / "logs")
    applog.start_log(paths, version=__version__)
    assert main(["--data-dir", str(root), "doctor"]) == 0
    out = capsys.readouterr().out
    assert f"Log               {root / 'logs' / 'selfcompass.log'}, no errors recorded" in out
    logging.getLogger("selfcompass").critical("Unexpected error (LookupError)")
    assert main(["--data-dir", str(root), "doctor"]) == 0
    line = next(line for line in capsys.readouterr().out.splitlines() if " Log " in line)
    assert line.strip().startswith("note") and line.endswith(": Unexpected error (LookupError)")
    assert "last error at 20" in line
