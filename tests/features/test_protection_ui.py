"""Passphrase protection through the real widgets: the first-start offer, set-up with the recovery code,
encrypting a plain journal in place, unlocking (wrong passphrase, recovery code), changing the passphrase,
auto-lock on idle time, and nothing personal on screen while locked."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QApplication

from selfcompass.core.records import Outcome, SessionRecord, WritingAnswer
from selfcompass.storage import crypto
from selfcompass.ui.protection.dialogs import PassphraseDialog, RecoveryCodeDialog, strength_hint

FAST_KDF = crypto.KdfParams(memory_kib=1024, time_cost=1, parallelism=1)
PASSPHRASE = "river walk at dusk"


def settle(app, qtbot) -> None:
    qtbot.waitUntil(lambda: not app.database.busy, timeout=20_000)


def save_entry(app, qtbot, feature, body: str) -> None:
    app.window.show_page("journal")
    feature.editor.body.setPlainText(body)
    with qtbot.waitSignal(feature.entry_saved, timeout=10_000):
        feature.save()
    settle(app, qtbot)


def protect(app, qtbot, feature, passphrase: str = PASSPHRASE) -> str:
    feature.offer_protection()
    dialog = feature.dialog
    assert isinstance(dialog, PassphraseDialog)
    dialog.first.setText(passphrase)
    assert not dialog.ok.isEnabled()
    dialog.second.setText(passphrase)
    assert dialog.ok.isEnabled()
    dialog.ok.click()
    qtbot.waitUntil(lambda: isinstance(feature.dialog, RecoveryCodeDialog), timeout=30_000)
    codes = feature.dialog
    assert not codes.done_button.isEnabled()
    codes.reject()  # Esc does nothing until the code is kept
    assert codes.isVisible()
    codes.copy_button.click()
    assert QGuiApplication.clipboard().text() == codes.code.text()
    code = codes.code.text()
    codes.kept.setChecked(True)
    codes.done_button.click()
    settle(app, qtbot)
    return code


def restart(app, make_app, qtbot):
    app.window.close()
    again = make_app()
    feature = again.journal.configure(quit_app=lambda: None, kdf=FAST_KDF).feature
    again.window.show()
    qtbot.waitUntil(lambda: again.window.pages.currentWidget() is feature.page)  # the unlock screen at start
    return again, feature


def unlock(app, qtbot, feature, passphrase: str = PASSPHRASE) -> None:
    panel = feature.view.unlock
    panel.passphrase.setText(passphrase)
    with qtbot.waitSignal(feature.protection.locked_changed, timeout=20_000):
        panel.unlock_button.click()
    if app.window.pages.currentWidget() is feature.page:
        qtbot.waitUntil(lambda: feature.model.total is not None, timeout=10_000)


def test_strength_hints_are_kind() -> None:
    assert "at least 8" in strength_hint("short")
    assert strength_hint("eightchr").startswith("That works")
    assert strength_hint(PASSPHRASE + " again") == "That looks like a strong passphrase."
    for text in ("", "a", "password", PASSPHRASE):
        assert not any(word in strength_hint(text).lower() for word in ("weak", "bad", "poor", "terrible"))


def test_first_start_offers_protection_quietly_once(journal, make_app, qtbot) -> None:
    app, feature = journal()
    qtbot.waitUntil(lambda: app.journal.offer_bar is not None)
    app.journal.offer_bar.findChild(type(feature.view.new_button), "protectionOfferNo").click()
    assert app.journal.offer_bar is None
    app.window.close()
    again = make_app()
    installed = again.journal.configure(quit_app=lambda: None)
    qtbot.wait(50)
    assert installed.offer_bar is None  # offered once only


def test_on_a_first_start_the_offer_waits_until_the_first_run_is_finished(make_app, qtbot) -> None:
    app = make_app(welcome_seen=False)
    installed = app.journal.configure(quit_app=lambda: None, kdf=FAST_KDF)
    app.window.show()
    installed.after_first_show()  # the journal's step, queued when it was installed, runs while the first run shows
    QApplication.processEvents()
    assert installed.offer_bar is None
    app.after_first_show()  # as run_gui does once the window is on screen
    first_run = app.home.first_run
    assert first_run is not None and app.window.pages.currentWidget() is first_run
    qtbot.waitUntil(lambda: not app.database.busy)
    assert installed.offer_bar is None  # one thing at a time
    first_run.not_now.click()  # "Not now, take me home" (the last step's quiet way out)
    qtbot.waitUntil(lambda: installed.offer_bar is not None)
    assert app.window.home.offers == [installed.offer_bar]  # on Home, never in the status bar


def test_the_offer_steps_aside_while_a_practice_runs(journal, qtbot) -> None:
    app, _feature = journal()
    qtbot.waitUntil(lambda: app.journal.offer_bar is not None)
    offer = app.journal.offer_bar
    assert offer.isVisible()
    app.start_practice("box-breathing")
    assert app.window.in_practice and not offer.isVisible()  # nothing but the practice on screen
    app.player.stop()
    app.player.finish()
    assert not app.window.in_practice and offer.isVisible()


def test_set_up_on_a_new_folder_then_restart_locked_and_unlock(journal, make_app, qtbot) -> None:
    app, feature = journal()
    qtbot.waitUntil(lambda: app.journal.offer_bar is not None)
    app.journal.offer_bar.findChild(type(feature.view.new_button), "protectionOfferYes").click()
    assert isinstance(feature.dialog, PassphraseDialog)
    feature.dialog.reject()
    code = protect(app, qtbot, feature)
    assert len(code.replace("-", "")) == 26
    assert crypto.is_protected(app.paths) and app.settings is not None
    save_entry(app, qtbot, feature, "Protected words about the ward")
    assert crypto.is_protected(app.paths)

    again, feature2 = restart(app, make_app, qtbot)
    assert feature2.view.locked and feature2.model.rowCount() == 0
    assert feature2.editor.body.toPlainText() == ""
    assert not again.database.busy  # nothing was opened while locked
    panel = feature2.view.unlock
    panel.passphrase.setText("not the right one")
    panel.unlock_button.click()
    qtbot.waitUntil(lambda: panel.unlock_button.isEnabled())
    assert panel.message.text().startswith("That passphrase didn't unlock your journal.")
    assert feature2.view.locked
    unlock(again, qtbot, feature2)
    qtbot.waitUntil(lambda: feature2.model.rowCount() == 1)
    assert feature2.model.row(0).preview == "Protected words about the ward"


def test_encrypt_an_existing_plain_journal_in_place(journal, make_app, qtbot) -> None:
    app, feature = journal()
    save_entry(app, qtbot, feature, "Written before protection")
    assert not crypto.is_protected(app.paths)
    code = protect(app, qtbot, feature)
    assert crypto.is_protected(app.paths)
    assert b"Written before protection" not in app.paths.database.read_bytes()
    qtbot.waitUntil(lambda: feature.model.rowCount() == 1)  # still open, still there

    _again, feature2 = restart(app, make_app, qtbot)
    panel = feature2.view.unlock
    panel.use_code.click()
    panel.code.setText("0000-0000-0000-0000-0000-0000-00")
    panel.code_button.click()
    qtbot.waitUntil(lambda: panel.code_button.isEnabled())
    assert "recovery code didn't unlock" in panel.message.text()
    panel.code.setText(code.lower().replace("-", " "))
    with qtbot.waitSignal(feature2.protection.locked_changed, timeout=20_000):
        panel.code_button.click()
    qtbot.waitUntil(lambda: feature2.model.rowCount() == 1)


def test_change_passphrase(journal, make_app, qtbot) -> None:
    app, feature = journal()
    protect(app, qtbot, feature)
    feature.change_passphrase()
    dialog = feature.dialog
    dialog.first.setText("a brand new phrase")
    dialog.second.setText("a brand new phrase")
    dialog.ok.click()
    qtbot.waitUntil(lambda: app.window.notice.text() == "Your passphrase has been changed.", timeout=20_000)
    again, feature2 = restart(app, make_app, qtbot)
    unlock(again, qtbot, feature2, "a brand new phrase")


def test_auto_lock_after_idle_minutes_keeps_the_draft(journal, make_app, qtbot) -> None:
    app, feature = journal(auto_lock_minutes=5)
    protect(app, qtbot, feature)
    app.window.show_page("journal")
    feature.editor.body.setPlainText("Half a thought")
    ticker = app.test_tickers["journal-auto-lock"]
    assert ticker.is_active()
    app.test_clock.advance(4 * 60)
    ticker.fire()
    assert not feature.protection.locked
    QApplication.sendEvent(feature.editor.body, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Shift,
                                                           Qt.KeyboardModifier.NoModifier))
    app.test_clock.advance(4 * 60)  # eight minutes since start, but only four since the last key
    ticker.fire()
    assert not feature.protection.locked
    app.test_clock.advance(60)
    ticker.fire()
    qtbot.waitUntil(lambda: feature.protection.locked, timeout=10_000)  # once the draft is saved
    assert feature.view.locked
    assert feature.editor.body.toPlainText() == "" and feature.model.rowCount() == 0
    assert not ticker.is_active()
    settle(app, qtbot)
    unlock(app, qtbot, feature)
    qtbot.waitUntil(lambda: feature.editor.body.toPlainText() == "Half a thought")


def test_lock_now_and_a_session_while_locked_is_kept_until_unlock(journal, qtbot) -> None:
    app, feature = journal()
    protect(app, qtbot, feature)
    feature.lock_now()
    assert feature.view.locked
    now = app.clock.now()
    record = SessionRecord("box-breathing", "Box breathing", "breath", now - timedelta(minutes=3), now, 180, 180,
                           Outcome.FINISHED, writings=(WritingAnswer(2, "What helped?", "Breathing out slowly."),))
    player = app.player
    app.window.show_player()
    player.session_finished.emit(record)
    assert "when you unlock it" in app.window.notice.text()
    assert not app.recorded
    unlock(app, qtbot, feature)
    qtbot.waitUntil(lambda: bool(app.recorded))
    app.window.show_page("journal")
    qtbot.waitUntil(lambda: feature.model.rowCount() == 1)
    assert feature.model.row(0).preview == "Breathing out slowly."


def test_protecting_turns_passphrase_required_on(journal, qtbot) -> None:
    app, feature = journal()
    protect(app, qtbot, feature)
    assert app.settings["passphrase_required"] is True


def test_a_required_passphrase_is_asked_for_at_start(journal, qtbot) -> None:
    app, feature = journal(passphrase_required=True)
    qtbot.waitUntil(lambda: isinstance(feature.dialog, PassphraseDialog))
    assert app.window.pages.currentWidget() is feature.page
    assert app.journal.offer_bar is None


def test_one_protection_check_serves_start_up_crypto_and_the_journal(tmp_path) -> None:
    """Whether the journal is protected is answered once, in storage.status, from the file's first bytes or a key
    file waiting for its database; crypto and the protection service use that same check."""
    from selfcompass.paths import AppPaths
    from selfcompass.storage import protection, status

    assert crypto.is_protected is status.is_protected and protection.is_protected is status.is_protected
    paths = AppPaths(tmp_path, tmp_path, tmp_path, tmp_path)
    assert not status.is_protected(paths)
    status.keyfile_path(paths.database).write_text("{}")
    assert status.is_protected(paths)  # a keyfile waiting for its database
    status.keyfile_path(paths.database).unlink()
    paths.database.write_bytes(status.SQLITE_HEADER + b"\0" * 100)
    assert not status.is_protected(paths)
    paths.database.write_bytes(b"\x8a" * 116)  # encrypted: no plain header
    assert status.is_protected(paths)


def test_the_start_up_check_loads_neither_sqlite3_nor_crypto() -> None:
    import subprocess
    import sys

    code = ("import sys, selfcompass.storage.status; "
            "print(sorted(m for m in ('sqlite3', 'selfcompass.storage.crypto') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def _write_while_locked(app, feature) -> None:
    feature.lock_now()
    now = app.clock.now()
    record = SessionRecord("box-breathing", "Box breathing", "breath", now - timedelta(minutes=3), now, 180, 180,
                           Outcome.FINISHED, writings=(WritingAnswer(2, "What helped?", "Breathing out slowly."),))
    player = app.player  # built on first use
    app.window.show_player()
    player.session_finished.emit(record)


def test_quitting_while_writing_waits_for_an_unlock_keeps_it_safely_and_asks_nothing(journal, make_app,
                                                                                    qtbot) -> None:
    app, feature = journal()
    protect(app, qtbot, feature)
    _write_while_locked(app, feature)
    asked: list[str] = []
    app.journal.ask_quit_anyway = lambda: asked.append("asked") and False
    app.window.quit()
    assert asked == [] and not app.window.isVisible()  # sealed for safekeeping: nothing to ask
    again, feature2 = restart(app, make_app, qtbot)
    unlock(again, qtbot, feature2)
    settle(again, qtbot)
    qtbot.waitUntil(lambda: feature2.model.total == 1, timeout=10_000)  # the writing is in the journal now


def test_quitting_when_it_could_not_be_kept_asks_and_the_default_keeps_it(journal, qtbot) -> None:
    from selfcompass.storage import safekeeping

    app, feature = journal()
    protect(app, qtbot, feature)
    safekeeping.keys_path(app.paths).unlink()  # nothing to seal to (a journal protected by an older version)
    _write_while_locked(app, feature)
    asked: list[str] = []
    app.journal.ask_quit_anyway = lambda: asked.append("asked") and False  # "Unlock and keep it"
    app.window.quit()
    assert asked == ["asked"] and app.window.isVisible() and not app.database.closed  # still open
    unlock(app, qtbot, feature)
    qtbot.waitUntil(lambda: bool(app.recorded))  # the writing is in the journal now
    app.window.quit()
    assert asked == ["asked"]  # nothing waiting: no question
    assert not app.window.isVisible()


def test_quitting_anyway_is_the_persons_choice(journal, qtbot) -> None:
    app, feature = journal()
    protect(app, qtbot, feature)
    _write_while_locked(app, feature)
    app.journal.ask_quit_anyway = lambda: True  # "Quit without keeping it"
    app.window.quit()
    assert not app.window.isVisible()


# -- keys that recover (issue 19, item 3) --------------------------------------------------------------------------
def test_a_new_recovery_code_from_the_menu_asks_the_passphrase_and_the_old_one_stops(journal, qtbot) -> None:
    from selfcompass.storage import WrongPassphrase
    from selfcompass.ui.protection.dialogs import AskPassphraseDialog

    app, feature = journal()
    old = protect(app, qtbot, feature)
    feature.make_new_recovery_code()
    ask = feature.dialog
    assert isinstance(ask, AskPassphraseDialog) and not ask.ok.isEnabled()
    ask.field.setText("not my passphrase")
    ask.ok.click()
    qtbot.waitUntil(lambda: feature.dialog is not ask, timeout=20_000)
    assert "That passphrase didn't match" in feature.dialog.text()
    assert crypto.unlock_with_recovery_code(app.paths, old)  # unchanged
    feature.dialog.close()

    feature.make_new_recovery_code()
    feature.dialog.field.setText(PASSPHRASE)
    feature.dialog.ok.click()
    qtbot.waitUntil(lambda: isinstance(feature.dialog, RecoveryCodeDialog), timeout=20_000)
    codes = feature.dialog
    new = codes.code.text()
    assert new != old and "replaces your old recovery code" in codes.findChild(type(codes.code), "recoveryIntro").text()
    assert not codes.done_button.isEnabled()  # the same care as the first time
    assert app.window.notice.text() == "You have a new recovery code. The old one no longer works."
    codes.kept.setChecked(True)
    codes.done_button.click()
    settle(app, qtbot)
    assert crypto.unlock_with_recovery_code(app.paths, new) == crypto.unlock(app.paths, PASSPHRASE)
    with pytest.raises(WrongPassphrase):
        crypto.unlock_with_recovery_code(app.paths, old)
    assert not crypto.recovery_code_unseen(app.paths)


def test_a_recovery_code_never_shown_is_made_again_and_shown_at_the_next_unlock(journal, make_app, qtbot) -> None:
    """The protect step stopped (a crash, a logout) after the journal was encrypted but before its recovery code
    was shown: before issue 19 nothing ever offered one."""
    from selfcompass.storage import WrongPassphrase, protection

    app, feature = journal()
    save_entry(app, qtbot, feature, "Words from before protecting")
    app.window.close()
    app.shutdown()
    lost = protection.turn_on(app.paths, PASSPHRASE, FAST_KDF).recovery_code  # never shown: the process ended
    assert crypto.recovery_code_unseen(app.paths)

    again, feature2 = restart(app, make_app, qtbot)
    unlock(again, qtbot, feature2)
    qtbot.waitUntil(lambda: isinstance(feature2.dialog, RecoveryCodeDialog), timeout=20_000)
    codes = feature2.dialog
    intro = codes.findChild(type(codes.code), "recoveryIntro").text()
    assert intro.startswith("SelfCompass stopped before your recovery code was shown, so here is a new one.")
    code = codes.code.text()
    codes.kept.setChecked(True)
    codes.done_button.click()
    settle(again, qtbot)
    assert not crypto.recovery_code_unseen(again.paths)
    assert crypto.unlock_with_recovery_code(again.paths, code) == crypto.unlock(again.paths, PASSPHRASE)
    with pytest.raises(WrongPassphrase):
        crypto.unlock_with_recovery_code(again.paths, lost)  # nobody has it

    third, feature3 = restart(again, make_app, qtbot)  # kept: not shown again
    unlock(third, qtbot, feature3)
    settle(third, qtbot)
    assert not isinstance(feature3.dialog, RecoveryCodeDialog)


def test_settings_offers_a_new_recovery_code_only_for_a_protected_journal(journal, qtbot) -> None:
    from PySide6.QtWidgets import QPushButton

    from selfcompass.ui.protection.dialogs import AskPassphraseDialog

    app, feature = journal()
    app.open_settings()
    assert app.settings_dialog.findChild(QPushButton, "newRecoveryCode") is None  # nothing to replace yet
    app.settings_dialog.reject()
    protect(app, qtbot, feature)
    app.open_settings()
    dialog = app.settings_dialog
    dialog.findChild(QPushButton, "newRecoveryCode").click()
    assert not dialog.isVisible()  # Settings steps aside for the passphrase
    assert isinstance(feature.dialog, AskPassphraseDialog)
    feature.dialog.close()


def test_a_passphrase_set_up_that_never_finished_is_told_with_the_offer_again(make_app, qtbot, tmp_path) -> None:
    # The app was killed while encrypting: the journal is whole and plain, with an unused key file beside it.
    from selfcompass.core.journal import new_entry
    from selfcompass.paths import AppPaths
    from selfcompass.storage import open_database
    from selfcompass.storage.status import keyfile_path, protecting_marker

    paths = AppPaths(tmp_path / "data", tmp_path / "config", tmp_path / "cache", tmp_path / "logs")
    paths.ensure()
    with open_database(paths) as db:
        db.journal.add(new_entry("Words from before the set-up", now=datetime(2026, 1, 5, 9, 0, tzinfo=UTC)))
    elsewhere = AppPaths(tmp_path / "elsewhere", tmp_path / "c2", tmp_path / "k2", tmp_path / "l2")
    crypto.set_up_protection(elsewhere, PASSPHRASE, FAST_KDF)
    keyfile_path(paths.database).write_bytes(keyfile_path(elsewhere.database).read_bytes())
    protecting_marker(paths).write_text("under way")

    app = make_app()
    installed = app.journal.configure(quit_app=lambda: None, kdf=FAST_KDF)
    app.window.show()
    qtbot.waitUntil(lambda: installed.offer_bar is not None)
    texts = " ".join(label.text() for label in installed.offer_bar.findChildren(type(app.window.notice)))
    assert "did not finish" in texts and "not protected yet" in texts and "Everything you wrote is here" in texts
    qtbot.waitUntil(lambda: not keyfile_path(paths.database).exists() and not protecting_marker(paths).exists())
    assert not crypto.is_protected(paths)
    feature = installed.feature
    installed.offer_bar.findChild(type(feature.view.new_button), "protectionOfferYes").click()
    assert isinstance(feature.dialog, PassphraseDialog)  # the one thing to do, offered again
    feature.dialog.reject()
    app.window.close()
    again = make_app()
    qtbot.wait(50)
    assert again.journal.offer_bar is None  # said once
