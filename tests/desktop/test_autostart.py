"""Start at login: the XDG autostart file on Linux, and the macOS and Windows forms with fakes."""

from __future__ import annotations

import os
import plistlib
import shlex
import sys
from pathlib import Path

import pytest

from selfcompass.desktop import autostart
from selfcompass.desktop.autostart import (
    AutostartError,
    LaunchAgent,
    WindowsRunKey,
    XdgAutostart,
    apply,
    desktop_exec,
    for_this_computer,
    launch_command,
)

COMMAND = ["/opt/SelfCompass/SelfCompass", "--minimised"]


def config_home() -> Path:
    return Path(os.environ["XDG_CONFIG_HOME"])  # conftest points it into a temporary home


def test_off_by_default() -> None:
    from selfcompass.core.settings import Settings

    assert Settings.defaults()["start_at_login"] is False
    assert not for_this_computer(COMMAND, platform="linux").is_enabled()


def test_linux_enable_writes_a_desktop_file_in_xdg_config_home() -> None:
    item = for_this_computer(COMMAND, platform="linux")
    autostart.enable(item)
    path = config_home() / "autostart" / "selfcompass.desktop"
    assert item.where() == str(path)
    text = path.read_text(encoding="utf-8")
    assert text.startswith("[Desktop Entry]\n")
    assert "Type=Application" in text and "Name=SelfCompass" in text
    assert "Exec=/opt/SelfCompass/SelfCompass --minimised\n" in text
    assert autostart.is_enabled(item)


def test_linux_disable_removes_it_and_twice_is_fine() -> None:
    item = for_this_computer(COMMAND, platform="linux")
    autostart.enable(item)
    autostart.disable(item)
    assert not autostart.is_enabled(item)
    autostart.disable(item)
    assert not (config_home() / "autostart" / "selfcompass.desktop").exists()


def test_linux_falls_back_to_dot_config_when_xdg_config_home_is_unset_or_relative(tmp_path: Path) -> None:
    for env in ({"HOME": str(tmp_path)}, {"HOME": str(tmp_path), "XDG_CONFIG_HOME": "relative/dir"}):
        item = XdgAutostart.for_user(COMMAND, env)
        assert item.path == tmp_path / ".config" / "autostart" / "selfcompass.desktop"


def test_linux_hidden_entry_counts_as_off() -> None:
    item = for_this_computer(COMMAND, platform="linux")
    item.enable()
    assert isinstance(item, XdgAutostart)
    item.path.write_text(item.contents() + "Hidden=true\n", encoding="utf-8")
    assert not item.is_enabled()


def test_desktop_exec_quotes_spaces_and_escapes() -> None:
    line = desktop_exec(["/home/sam/My Apps/Self$Compass", "--data-dir", "/tmp/100% mine", "--minimised"])
    assert line == r'"/home/sam/My Apps/Self\\$Compass" --data-dir "/tmp/100%% mine" --minimised'


def test_desktop_exec_round_trips_through_a_shell_like_split() -> None:
    args = ["/home/sam/My Apps/SelfCompass", "--minimised"]
    # Undo the "string" escape, then the Exec quoting (which matches POSIX double quotes for these characters).
    assert shlex.split(desktop_exec(args).replace("\\\\", "\\")) == args


def test_apply_follows_the_setting_and_reports_changes() -> None:
    item = for_this_computer(COMMAND, platform="linux")
    assert apply(True, item) is True
    assert apply(True, item) is False
    assert apply(False, item) is True
    assert apply(False, item) is False


def test_apply_rewrites_an_entry_for_a_moved_program() -> None:
    old = for_this_computer(["/old/place/SelfCompass", "--minimised"], platform="linux")
    old.enable()
    new = for_this_computer(COMMAND, platform="linux")
    assert apply(True, new) is True
    assert "/opt/SelfCompass/SelfCompass" in (config_home() / "autostart" / "selfcompass.desktop").read_text()


def test_write_failure_is_a_known_error(monkeypatch: pytest.MonkeyPatch) -> None:
    item = for_this_computer(COMMAND, platform="linux")

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(autostart, "write_atomic", refuse)
    with pytest.raises(AutostartError) as caught:
        item.enable()
    assert "You can still start it from the menu." in str(caught.value)


def test_launch_command_from_the_bundle_and_from_source(tmp_path: Path) -> None:
    assert launch_command(frozen=True, executable="/opt/SelfCompass/SelfCompass") == COMMAND
    assert launch_command(frozen=False, executable="/venv/bin/python", platform="linux") == [
        "/venv/bin/python", "-m", "selfcompass", "--minimised"]
    assert launch_command("/data/sc", frozen=True, executable="/x/SelfCompass") == [
        "/x/SelfCompass", "--data-dir", "/data/sc", "--minimised"]
    (tmp_path / "python.exe").touch()
    (tmp_path / "pythonw.exe").touch()
    windows = launch_command(frozen=False, executable=str(tmp_path / "python.exe"), platform="win32")
    assert windows[0] == str(tmp_path / "pythonw.exe")


def test_the_default_command_is_this_python_and_the_app() -> None:
    item = for_this_computer(platform="linux")
    assert isinstance(item, XdgAutostart)
    assert item.command[0] == sys.executable and item.command[-1] == "--minimised"


def test_macos_launch_agent(tmp_path: Path) -> None:
    item = for_this_computer(COMMAND, platform="darwin", env={"HOME": str(tmp_path)})
    assert isinstance(item, LaunchAgent)
    assert not item.is_enabled()
    item.enable()
    path = tmp_path / "Library" / "LaunchAgents" / "selfcompass.start-at-login.plist"
    with path.open("rb") as fh:
        data = plistlib.load(fh)
    assert data["ProgramArguments"] == COMMAND and data["RunAtLoad"] is True
    assert item.is_enabled() and apply(True, item) is False
    item.disable()
    assert not path.exists() and not item.is_enabled()


class FakeWinreg:
    """Just enough of the winreg module (its CamelCase names): one hive, keys as dicts, context-manager handles."""

    HKEY_CURRENT_USER = "HKCU"
    KEY_READ, KEY_SET_VALUE, REG_SZ = 1, 2, 1

    def __init__(self) -> None:
        self.keys: dict[str, dict[str, str]] = {}

    class _Handle:
        def __init__(self, values: dict[str, str]) -> None:
            self.values = values

        def __enter__(self):
            return self

        def __exit__(self, *exc: object) -> None:
            return None

    def CreateKeyEx(self, hive, path, reserved, access):
        return self._Handle(self.keys.setdefault(f"{hive}\\{path}", {}))

    def OpenKey(self, hive, path, reserved, access):
        if f"{hive}\\{path}" not in self.keys:
            raise FileNotFoundError(2, "The system cannot find the file specified")
        return self._Handle(self.keys[f"{hive}\\{path}"])

    def SetValueEx(self, key, name, reserved, kind, value):
        key.values[name] = value

    def QueryValueEx(self, key, name):
        if name not in key.values:
            raise FileNotFoundError(2, "The system cannot find the file specified")
        return key.values[name], self.REG_SZ

    def DeleteValue(self, key, name):
        if name not in key.values:
            raise FileNotFoundError(2, "The system cannot find the file specified")
        del key.values[name]


def test_windows_run_key_per_user() -> None:
    reg = FakeWinreg()
    command = [r"C:\Users\Sam\AppData\Local\Programs\SelfCompass\SelfCompass.exe", "--minimised"]
    item = for_this_computer(command, platform="win32", registry=reg)
    assert isinstance(item, WindowsRunKey)
    assert not item.is_enabled()
    item.disable()  # nothing there yet: fine
    item.enable()
    run = reg.keys[r"HKCU\Software\Microsoft\Windows\CurrentVersion\Run"]
    assert run == {"SelfCompass": r"C:\Users\Sam\AppData\Local\Programs\SelfCompass\SelfCompass.exe --minimised"}
    assert item.is_enabled() and apply(True, item) is False
    item.disable()
    assert run == {} and not item.is_enabled()


def test_windows_paths_with_spaces_are_quoted() -> None:
    item = WindowsRunKey([r"C:\Program Files\SelfCompass\SelfCompass.exe", "--minimised"], FakeWinreg())
    assert item.command_line() == r'"C:\Program Files\SelfCompass\SelfCompass.exe" --minimised'
