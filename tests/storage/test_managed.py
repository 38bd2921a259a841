"""Managed settings for IT: defaults and locks from selfcompass-managed.toml, and how a lock shows in the app."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest

from selfcompass.core.settings import OPTIONS, LockedSettingError, Settings
from selfcompass.paths import AppPaths
from selfcompass.storage.settings_file import MANAGED_FILE, load_settings, managed_candidates, read_managed


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def managed(tmp_path: Path) -> Path:
    return write(tmp_path / MANAGED_FILE, 'schema = 1\n[defaults]\nspeech_rate = 150\nvoice_enabled = true\n'
                                          '[locked]\ntheme = "high-contrast"\nstart_at_login = false\n')


def test_layers_defaults_then_person_then_locks(tmp_path: Path, managed: Path) -> None:
    user = write(tmp_path / "settings.json", json.dumps({"speech_rate": 200, "theme": "dark"}))
    settings = load_settings(user, managed=[managed])
    assert settings["voice_enabled"] is True  # IT default
    assert settings["speech_rate"] == 200  # the person's choice beats an IT default
    assert settings["theme"] == "high-contrast"  # a lock beats the person's choice
    assert settings.is_locked("theme") and settings.is_locked("start_at_login")
    assert not settings.is_locked("speech_rate")


def test_a_locked_setting_cannot_be_changed(tmp_path: Path, managed: Path) -> None:
    settings = load_settings(tmp_path / "settings.json", managed=[managed])
    with pytest.raises(LockedSettingError, match=r"Theme.*set by your organisation"):
        settings.set("theme", "light")
    assert settings["theme"] == "high-contrast"
    assert settings.set("speech_rate", 180) is True


def test_locked_values_never_reach_the_persons_file(tmp_path: Path, managed: Path) -> None:
    settings = load_settings(tmp_path / "settings.json", managed=[managed])
    saved = settings.to_user_dict()
    assert "theme" not in saved and "start_at_login" not in saved
    assert saved["speech_rate"] == 150


def test_first_managed_file_found_is_the_only_one_used(tmp_path: Path, managed: Path) -> None:
    other = write(tmp_path / "other.toml", 'schema = 1\n[locked]\ntheme = "light"\n')
    settings = load_settings(tmp_path / "settings.json", managed=[tmp_path / "absent.toml", managed, other])
    assert settings["theme"] == "high-contrast"


def test_a_bad_managed_file_never_stops_the_app(tmp_path: Path) -> None:
    bad = write(tmp_path / MANAGED_FILE, 'schema = 1\n[locked]\ntheme = "purple"\nvolume = 3\nmystery = 1\n')
    settings = load_settings(tmp_path / "settings.json", managed=[bad])
    assert settings["theme"] == "system" and not settings.locked
    text = "\n".join(settings.notices)
    assert "theme" in text and "volume" in text and "mystery" in text
    assert MANAGED_FILE in text


def test_read_managed_names_the_file_and_the_field(tmp_path: Path) -> None:
    from selfcompass.core.datafile import DataFileError

    bad = write(tmp_path / MANAGED_FILE, 'schema = 1\n[defaults]\nspeech_rate = 999\n')
    with pytest.raises(DataFileError) as caught:
        read_managed(bad)
    message = "\n".join(str(p) for p in caught.value.problems)
    assert str(bad) in message and "speech_rate" in message and "240" in message


def test_the_example_file_for_it_is_valid(repo_root: Path) -> None:
    defaults, locked = read_managed(repo_root / "packaging" / "selfcompass-managed.example.toml")
    assert defaults and locked


def test_the_managed_file_is_looked_for_machine_wide_then_beside_the_program(monkeypatch: pytest.MonkeyPatch,
                                                                              tmp_path: Path) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "SelfCompass.exe"))
    found = managed_candidates()
    assert found[-1] == tmp_path.resolve() / MANAGED_FILE
    assert len(found) == 2 and found[0].name == MANAGED_FILE and found[0].parent.name == "selfcompass"


def test_deployment_guide_lists_every_setting(repo_root: Path) -> None:
    guide = (repo_root / "docs" / "deployment.md").read_text(encoding="utf-8")
    listed = set(re.findall(r"^\| `([a-z_]+)` \|", guide, re.MULTILINE))
    assert listed == {o.key for o in OPTIONS}


# -- in the app -----------------------------------------------------------------------------------------
def locked_settings() -> Settings:
    settings = Settings.from_layers({"welcome_seen": True}, managed_locked={"theme": "dark", "voice_enabled": False})
    return settings


def test_changing_a_locked_setting_in_the_app_shows_a_notice(qapp, qtbot, tmp_path: Path) -> None:
    from selfcompass.app import SelfCompassApp

    paths = AppPaths(tmp_path, tmp_path, tmp_path / "cache", tmp_path / "logs")
    app = SelfCompassApp(qapp, paths, settings=locked_settings())
    qtbot.addWidget(app.window)
    app.change_setting("theme", "light")
    assert app.settings["theme"] == "dark"
    assert "set by your organisation" in app.window.notice.text()
    assert not paths.settings_file.exists()  # nothing was saved for a refused change
    app.shutdown()


def test_settings_dialog_shows_locked_controls_disabled_with_the_reason(qtbot, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QLabel

    from selfcompass.ui.dialogs import SettingsDialog

    changes: list[tuple[str, object]] = []
    paths = AppPaths(tmp_path, tmp_path, tmp_path / "cache", tmp_path / "logs")
    dialog = SettingsDialog(locked_settings(), paths, lambda: [], lambda k, v: changes.append((k, v)))
    qtbot.addWidget(dialog)
    assert not dialog.theme.isEnabled()
    assert not dialog.voice_enabled.isEnabled()
    assert dialog.reduced_motion.isEnabled() and dialog.rate.isEnabled()
    assert "set by your organisation" in dialog.theme.toolTip()
    assert "set by your organisation" in dialog.theme.accessibleDescription()
    note = dialog.findChild(QLabel, "locked_theme")
    assert note is not None and note.text() == "Locked: set by your organisation."
    assert dialog.findChild(QLabel, "locked_reduced_motion") is None
    dialog.reduced_motion.setChecked(True)
    assert changes == [("reduced_motion", True)]


# -- failing safe (issue 19): a typo never drops IT's locks ------------------------------------------------------
LOCKS = 'schema = 1\n[locked]\ntheme = "dark"\npassphrase_required = true\nstart_at_login = false\n'


@pytest.mark.parametrize("typo", ['auto_lock_minutes = 5 5\n', 'speech_rate = "fast\n', '[defaults\n',
                                  'mystery = 1\n', 'speech_rate = 999\n'])
def test_a_typo_anywhere_keeps_every_lock_that_can_be_read(tmp_path: Path, typo: str) -> None:
    from selfcompass.storage.settings_file import read_managed_safely

    for text in (LOCKS + typo, typo.replace("[defaults\n", "") + LOCKS.replace("schema = 1\n", "schema = 1\n" + typo)):
        bad = write(tmp_path / MANAGED_FILE, text)
        found = read_managed_safely(bad)
        assert found.locked == {"theme": "dark", "passphrase_required": True, "start_at_login": False}
        assert found.problems and all(str(bad) in str(p) for p in found.problems)
        settings = load_settings(tmp_path / "settings.json", managed=[bad])
        assert settings.is_locked("passphrase_required") and settings["passphrase_required"] is True
        assert settings.is_locked("theme") and settings.managed_trouble


def test_a_syntax_error_names_its_line(tmp_path: Path) -> None:
    from selfcompass.storage.settings_file import read_managed_safely

    found = read_managed_safely(write(tmp_path / MANAGED_FILE, LOCKS + "auto_lock_minutes = 5 5\n"))
    assert [p.line for p in found.problems] == [6]
    assert "line 6" in str(found.problems[0]) and "check quotes" in str(found.problems[0])


@pytest.mark.parametrize("line", ['passphrase_required = tru', 'passphrase_required = "yes"',
                                  'passphrase_required == true', 'passphrase_required'])
def test_a_required_passphrase_that_cannot_be_read_stays_required(tmp_path: Path, line: str) -> None:
    from selfcompass.storage.settings_file import read_managed_safely

    found = read_managed_safely(write(tmp_path / MANAGED_FILE, f'schema = 1\n[locked]\ntheme = "dark"\n{line}\n'))
    assert found.locked == {"theme": "dark", "passphrase_required": True}
    assert found.fail_safe == ["passphrase_required"] and found.problems


def test_a_file_that_cannot_be_read_at_all_keeps_the_passphrase_required(tmp_path: Path) -> None:
    from selfcompass.storage.settings_file import read_managed_safely

    bad = tmp_path / MANAGED_FILE
    bad.write_bytes(b'schema = 1\n[locked]\ntheme = "\xff\xfe"\n')
    found = read_managed_safely(bad)
    assert found.locked == {"passphrase_required": True} and found.problems
    settings = load_settings(tmp_path / "settings.json", managed=[bad])
    assert settings.is_locked("passphrase_required") and settings["passphrase_required"] is True


def test_a_comment_mentioning_the_passphrase_adds_no_lock(tmp_path: Path) -> None:
    from selfcompass.storage.settings_file import read_managed_safely

    found = read_managed_safely(write(tmp_path / MANAGED_FILE,
                                      'schema = 1\n# passphrase_required = true, one day\n[locked]\nmystery = 1\n'))
    assert found.locked == {} and found.problems


def test_a_whole_file_is_read_as_before(tmp_path: Path, managed: Path) -> None:
    from selfcompass.storage.settings_file import read_managed_safely

    found = read_managed_safely(managed)
    assert not found.problems and not found.fail_safe
    assert found.locked == {"theme": "high-contrast", "start_at_login": False}
    assert not load_settings(tmp_path / "settings.json", managed=[managed]).managed_trouble


def test_doctor_names_the_file_the_line_and_the_fix_and_what_was_kept(monkeypatch: pytest.MonkeyPatch,
                                                                       tmp_path: Path) -> None:
    from selfcompass.cli import checks

    bad = write(tmp_path / MANAGED_FILE, 'schema = 1\n[locked]\ntheme = "dark"\npassphrase_required = tru\n')
    monkeypatch.setattr("selfcompass.storage.settings_file.managed_candidates", lambda: [bad])
    [finding] = checks.check_managed_settings(AppPaths(tmp_path, tmp_path, tmp_path, tmp_path))
    assert finding.verdict == checks.PROBLEM
    assert f"{bad}, line 4" in finding.text and "check quotes" in finding.text
    assert "keeps what it could read (0 default(s), 2 locked)" in finding.text
    assert "passphrase_required is locked to true" in finding.text and "run doctor again" in finding.text


def test_the_person_is_told_once_in_plain_words(make_app, tmp_path: Path) -> None:
    bad = write(tmp_path / MANAGED_FILE, 'schema = 1\n[locked]\ntheme = "dark"\npassphrase_required = tru\n')
    app = make_app()
    app.settings.managed_trouble = load_settings(tmp_path / "settings.json", managed=[bad]).managed_trouble
    app.after_first_show()
    text = app.window.notice.text()
    assert text.startswith("Some of the settings your organisation chose for SelfCompass could not be read")
    assert "passphrase_required" not in text and MANAGED_FILE not in text and "line" not in text
