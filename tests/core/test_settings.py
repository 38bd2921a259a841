"""Settings declared as data: layers, forgiving reads of the person's file, IT locks."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from selfcompass.core.settings import BY_KEY, LockedSettingError, Settings
from selfcompass.storage.settings_file import load_settings, read_managed, save_settings


def test_defaults_and_round_trip(tmp_path: Path) -> None:
    settings = load_settings(tmp_path / "settings.json", managed=[])
    assert settings["voice_enabled"] is False and settings["speech_rate"] == 130  # "Slower", the usual start
    assert settings.set("speech_rate", 180)
    assert not settings.set("speech_rate", 180)
    save_settings(settings, tmp_path / "settings.json")
    again = load_settings(tmp_path / "settings.json", managed=[])
    assert again["speech_rate"] == 180


def test_a_bad_user_file_never_stops_the_app(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"speech_rate": "fast", "theme": "purple", "mystery": 1, "volume": 0.5}))
    settings = load_settings(path, managed=[])
    assert settings["speech_rate"] == 130 and settings["theme"] == "system" and settings["volume"] == 0.5
    assert len(settings.notices) == 3
    path.write_text("{ not json")
    assert load_settings(path, managed=[])["volume"] == 0.8


def test_bad_values_are_refused_with_a_reason() -> None:
    settings = Settings.defaults()
    with pytest.raises(ValueError, match="at most 240"):
        settings.set("speech_rate", 900)
    with pytest.raises(ValueError, match="one of"):
        settings.set("theme", "neon")


def test_managed_defaults_and_locks(tmp_path: Path) -> None:
    managed = tmp_path / "selfcompass-managed.toml"
    managed.write_text('schema = 1\n[defaults]\ntheme = "dark"\n[locked]\nvoice_enabled = false\n'
                       "passphrase_required = true\n", encoding="utf-8")
    user = tmp_path / "settings.json"
    user.write_text(json.dumps({"theme": "light", "voice_enabled": True}))
    settings = load_settings(user, managed=[managed])
    assert settings["theme"] == "light"  # a default the person changed
    assert settings["voice_enabled"] is False  # a lock wins over the person's file
    assert settings.is_locked("voice_enabled") and settings.is_locked("passphrase_required")
    with pytest.raises(LockedSettingError, match="set by your organisation"):
        settings.set("voice_enabled", True)
    assert "voice_enabled" not in settings.to_user_dict()


def test_a_bad_managed_file_names_the_line_and_field(tmp_path: Path) -> None:
    from selfcompass.core.datafile import DataFileError

    managed = tmp_path / "m.toml"
    managed.write_text('schema = 1\n[locked]\nvoice_enabld = false\nspeech_rate = "slow"\n', encoding="utf-8")
    with pytest.raises(DataFileError) as err:
        read_managed(managed)
    text = str(err.value)
    assert "line 3: locked.voice_enabld: is not a setting SelfCompass knows" in text
    assert "line 4: locked.speech_rate: should be a number" in text
    settings = load_settings(tmp_path / "none.json", managed=[managed])
    assert settings.notices and not settings.locked


def test_a_number_just_outside_its_limits_keeps_its_intent() -> None:
    """A pace of 110 saved when the slowest was 100 becomes the slowest now allowed, not the usual pace."""
    settings = Settings.from_layers({"speech_rate": 110, "auto_lock_minutes": 999})
    assert settings["speech_rate"] == BY_KEY["speech_rate"].minimum
    assert settings["auto_lock_minutes"] == BY_KEY["auto_lock_minutes"].maximum
    assert any("speech_rate" in n and "is used" in n for n in settings.notices)
    assert Settings.from_layers({"speech_rate": "fast"})["speech_rate"] == BY_KEY["speech_rate"].default
