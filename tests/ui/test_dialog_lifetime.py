"""Dialogs are freed once answered. SelfCompass may wait in the tray for weeks; each dialog left behind held about
1-2 MB (100 openings of "What do I need now?" grew the app by 123 MB on X11 before this was fixed)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from selfcompass.storage.crypto import KdfParams

FAST_KDF = KdfParams(memory_kib=1024, time_cost=1, parallelism=1)


def test_dialogs_opened_again_and_again_leave_nothing_behind(make_app, qtbot) -> None:
    app = make_app()
    feature = app.journal.configure(quit_app=lambda: None, kdf=FAST_KDF).feature
    app.window.show()
    for _ in range(3):
        app.open_chooser()
        app.chooser.reject()
        app.open_settings()
        app.settings_dialog.reject()
        app.show_welcome()
        app.welcome.reject()
        feature.offer_protection()
        feature.dialog.reject()
        feature._message("A title", "A message")
        feature.dialog.accept()
    qtbot.waitUntil(lambda: not app.window.findChildren(QDialog), timeout=2000)
