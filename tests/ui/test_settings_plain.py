"""Settings in plain words: voices by friendly names for the person's language first (the rest behind "More
voices"), "Hear a sample", a speaking pace in words, problems said next to their field and gone once fixed, and
nothing said in the window's status bar behind the dialog. Spoken guidance says plainly when there is no sound."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTime

from selfcompass.ui.dialogs import MORE_VOICES, PACES
from selfcompass.ui.voices import arrange, friendly_name

VOICES = [("gmw/en", "English (Great Britain)", ("en-gb",)), ("gmw/en-us", "English (America)", ("en-us",)),
          ("gmw/en-gb-scotland", "English (Scotland)", ("en-gb-scotland",)), ("roa/fr", "French", ("fr",)),
          ("chr-US-Qaaa-x-west", "chr-US-Qaaa-x-west", ("chr-US-Qaaa-x-west",)), ("gmw/de", "German", ("de",))]


def open_settings(make_app, qtbot, **values):
    app = make_app(**values)
    app.window.show()
    app.open_settings()
    dialog = app.settings_dialog
    qtbot.waitExposed(dialog)
    return app, dialog


def test_code_names_become_words_and_the_persons_language_comes_first() -> None:
    assert friendly_name("chr-US-Qaaa-x-west", ["chr-US-Qaaa-x-west"]) == "Cherokee (United States)"
    assert friendly_name("English (Scotland)", ["en-gb-scotland"]) == "English (Scotland)"
    short, more = arrange(VOICES, "en_GB")
    assert [c.label for c in short] == ["English (Great Britain)", "English (Scotland)", "English (America)"]
    assert {c.label for c in more} == {"Cherokee (United States)", "French", "German"}


def test_the_voice_list_is_short_then_more_voices(make_app, qtbot) -> None:
    app, dialog = open_settings(make_app, qtbot, language="en_GB")
    dialog.set_voices(VOICES)
    combo = dialog.voice_id
    labels = [combo.itemText(i) for i in range(combo.count())]
    assert labels == ["The usual voice", "English (Great Britain)", "English (Scotland)", "English (America)",
                      "More voices…"]
    combo.setCurrentIndex(combo.findData(MORE_VOICES))  # choosing it shows the rest, and chooses none of them
    combo.hidePopup()
    labels = [combo.itemText(i) for i in range(combo.count())]
    assert "More voices…" not in labels and "Cherokee (United States)" in labels
    assert app.settings["voice_id"] == ""
    combo.setCurrentIndex(combo.findText("English (Scotland)"))
    assert app.settings["voice_id"] == "gmw/en-gb-scotland"
    assert not any(c in "".join(labels) for c in ("/", "_", "Qaaa"))


def test_hear_a_sample_speaks_at_the_chosen_pace_and_enter_presses_it(make_app, qtbot) -> None:
    app, dialog = open_settings(make_app, qtbot)
    assert dialog.sample.text() == "&Hear a sample"
    dialog.sample.setFocus()
    qtbot.waitUntil(dialog.sample.hasFocus)
    qtbot.keyClick(dialog.sample, Qt.Key.Key_Return)  # Enter presses the focused button in a dialog too
    assert app.test_narrator.said == ["Let's take a slow breath together. This is how I will sound."]
    assert dialog.isVisible()  # and does not close the dialog


def test_the_pace_is_in_words_and_starts_slower(make_app, qtbot) -> None:
    app, dialog = open_settings(make_app, qtbot)
    words = [dialog.rate.itemText(i) for i in range(dialog.rate.count())]
    assert words == ["Slower (calm, with room to breathe)", "Usual", "Faster"]
    assert app.settings["speech_rate"] == 130 and dialog.rate.currentIndex() == 0
    dialog.rate.setCurrentIndex(2)
    assert app.settings["speech_rate"] == PACES[2][0] == 190
    assert "rate 190" in app.test_narrator.calls


def test_problems_are_said_next_to_their_field_and_go_once_fixed(make_app, qtbot) -> None:
    app, dialog = open_settings(make_app, qtbot)
    dialog.tabs.setCurrentIndex(1)
    for button in dialog.day_buttons.values():
        button.setChecked(False)
    assert dialog.days_problem.isVisible()
    assert dialog.days_problem.text() == "Choose at least one working day, or turn reminders off."
    assert app.settings["working_days"] == ["fri"]  # the last day unticked is kept: never saved as none
    dialog.day_buttons["tue"].setChecked(True)
    assert not dialog.days_problem.isVisible() and app.settings["working_days"] == ["tue"]

    dialog.quiet.setChecked(True)
    dialog.quiet_start.setTime(QTime(12, 30))
    dialog.quiet_end.setTime(QTime(12, 30))
    assert dialog.quiet_problem.isVisible() and "differs from the start" in dialog.quiet_problem.text()
    dialog.quiet_end.setTime(QTime(13, 0))
    assert not dialog.quiet_problem.isVisible()
    assert (app.settings["quiet_start"], app.settings["quiet_end"]) == ("12:30", "13:00")
    assert app.window.notice.text() == ""  # nothing behind the dialog


def test_what_a_change_brings_is_said_in_the_dialog_not_behind_it(make_app, qtbot) -> None:
    app, dialog = open_settings(make_app, qtbot)
    app.settings.locked["theme"] = "set by your organisation"
    app.change_setting("theme", "dark")
    assert dialog.message.isVisible() and "set by your organisation" in dialog.message.text()
    assert app.window.notice.text() == ""
    dialog.close()
    app.change_setting("theme", "light")
    assert "set by your organisation" in app.window.notice.text()  # once it is closed, the window says it


def test_no_sound_is_said_plainly_in_the_player_and_in_settings(make_app, qtbot) -> None:
    from doubles import FakeNarrator

    app = make_app(narrator=FakeNarrator(reason="There is no sound output on this computer."), voice_enabled=True)
    app.window.show()
    app.start_practice("box-breathing")
    player = app.player
    assert not player.voice_box.isChecked() and not player.voice_box.isEnabled()
    assert player.voice_note.isVisible()
    assert player.voice_note.text() == "No sound on this computer, so the words stay on screen."
    assert app.settings["voice_enabled"] is True  # the person's choice is kept for a computer with sound
    player.stop()
    player.finish()
    app.open_settings()
    dialog = app.settings_dialog
    assert not dialog.voice_enabled.isChecked() and not dialog.voice_enabled.isEnabled()
    note = dialog.findChild(type(dialog.message), "voiceUnavailable")
    assert note is not None and "no sound on this computer" in note.text()
