"""Start SelfCompass at login: per user, no admin rights, and off until the person turns it on.

- Windows: a value named "SelfCompass" under HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run.
- macOS: a LaunchAgent plist in ~/Library/LaunchAgents (launchd reads it at the next login).
- Linux and other XDG desktops: a .desktop file in $XDG_CONFIG_HOME/autostart (~/.config/autostart).

Each starts the app with ``--minimised``. The app wires this to the ``start_at_login`` setting with
:func:`apply` (at start-up and whenever the setting changes), which also refreshes the command if the
program has moved since it was set.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, Protocol

from selfcompass import APP_ID, APP_NAME
from selfcompass.core.i18n import translate
from selfcompass.errors import KnownError
from selfcompass.storage.files import write_atomic

RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
LAUNCH_AGENT_LABEL = f"{APP_ID}.start-at-login"  # launchd only needs it to be unique per user
DESKTOP_FILE = f"{APP_ID}.desktop"
MINIMISED = "--minimised"


class AutostartError(KnownError):
    """The login item could not be written or removed (permissions, a locked-down profile)."""


class LoginItem(Protocol):
    """One platform's way of starting a program at login."""

    def enable(self) -> None: ...

    def disable(self) -> None: ...

    def is_enabled(self) -> bool: ...

    def where(self) -> str: ...


def launch_command(data_dir: str | os.PathLike[str] | None = None, *, frozen: bool | None = None,
                   executable: str | None = None, platform: str | None = None) -> list[str]:
    """The command that starts this copy of SelfCompass quietly (the bundle, or Python with -m)."""
    frozen = getattr(sys, "frozen", False) if frozen is None else frozen
    executable = executable or sys.executable
    platform = platform or sys.platform
    if frozen:
        command = [executable]
    else:
        if platform == "win32":  # pythonw.exe starts without a console window
            windowless = Path(executable).with_name("pythonw.exe")
            executable = str(windowless) if windowless.is_file() else executable
        command = [executable, "-m", "selfcompass"]
    if data_dir:
        command += ["--data-dir", str(data_dir)]
    return [*command, MINIMISED]


# -- Linux and other XDG desktops ---------------------------------------------------------------------
def _desktop_quote(arg: str) -> str:
    """Quote one argument for a .desktop Exec line (Desktop Entry Specification, "The Exec key")."""
    reserved = set(" \t\n\"'\\><~|&;$*?#()`")
    arg = arg.replace("%", "%%")
    if arg and not (set(arg) & reserved):
        quoted = arg
    else:
        inner = "".join("\\" + ch if ch in '"`$\\' else ch for ch in arg)
        quoted = f'"{inner}"'
    # The Exec value is also a "string" value, whose own escape for a backslash is a second backslash.
    return quoted.replace("\\", "\\\\")


def desktop_exec(command: Sequence[str]) -> str:
    return " ".join(_desktop_quote(arg) for arg in command)


class _LoginFile:
    """A file of the person's own that the desktop reads at login; turning it off removes the file."""

    path: Path

    def data(self) -> str | bytes:
        raise NotImplementedError

    def enable(self) -> None:
        try:
            write_atomic(self.path, self.data(), make_folder=True)
        except OSError as exc:
            raise _write_failed(self.path, exc) from None

    def disable(self) -> None:
        try:
            self.path.unlink(missing_ok=True)
        except OSError as exc:
            raise _remove_failed(self.path, exc) from None

    def where(self) -> str:
        return str(self.path)


class XdgAutostart(_LoginFile):
    """A .desktop file in the XDG autostart folder; "off" means the file is gone (or Hidden=true)."""

    def __init__(self, command: Sequence[str], config_home: Path) -> None:
        self.command = list(command)
        self.path = config_home / "autostart" / DESKTOP_FILE

    @classmethod
    def for_user(cls, command: Sequence[str], env: Mapping[str, str] | None = None) -> XdgAutostart:
        env = os.environ if env is None else env
        config = env.get("XDG_CONFIG_HOME", "")
        # The spec says a relative or empty value is invalid and must be ignored.
        home = Path(config) if config and os.path.isabs(config) else Path(env.get("HOME", "~")).expanduser() / ".config"
        return cls(command, home)

    def contents(self) -> str:
        return "\n".join([
            "[Desktop Entry]",
            "Type=Application",
            "Version=1.0",
            f"Name={APP_NAME}",
            "Comment=Mindful pauses, self-compassion and attention hygiene, all offline",
            f"Exec={desktop_exec(self.command)}",
            f"Icon={APP_ID}",
            "Terminal=false",
            "Categories=Utility;",
            "X-GNOME-Autostart-enabled=true",
            "",
        ])

    def data(self) -> str:
        return self.contents()

    def is_enabled(self) -> bool:
        try:
            text = self.path.read_text(encoding="utf-8")
        except OSError:
            return False
        lines = {line.strip().lower().replace(" ", "") for line in text.splitlines()}
        return "hidden=true" not in lines and "x-gnome-autostart-enabled=false" not in lines

    def is_current(self) -> bool:
        """Whether the file says exactly what :meth:`enable` would write now."""
        try:
            return self.path.read_text(encoding="utf-8") == self.contents()
        except OSError:
            return False


# -- macOS ---------------------------------------------------------------------------------------------
class LaunchAgent(_LoginFile):
    """~/Library/LaunchAgents/<label>.plist with RunAtLoad; launchd reads it at the next login."""

    def __init__(self, command: Sequence[str], home: Path) -> None:
        self.command = list(command)
        self.path = home / "Library" / "LaunchAgents" / f"{LAUNCH_AGENT_LABEL}.plist"

    def contents(self) -> dict[str, Any]:
        return {
            "Label": LAUNCH_AGENT_LABEL,
            "ProgramArguments": self.command,
            "RunAtLoad": True,
            "ProcessType": "Interactive",
            "LimitLoadToSessionType": "Aqua",
        }

    def data(self) -> bytes:
        import plistlib  # macOS only: other systems never load the XML parser for it

        return plistlib.dumps(self.contents())

    def is_enabled(self) -> bool:
        import plistlib

        try:
            with self.path.open("rb") as fh:
                data = plistlib.load(fh)
        except (OSError, plistlib.InvalidFileException, ValueError):
            return False
        return bool(data.get("RunAtLoad")) and not data.get("Disabled", False)

    def is_current(self) -> bool:
        import plistlib

        try:
            with self.path.open("rb") as fh:
                return plistlib.load(fh) == self.contents()
        except (OSError, plistlib.InvalidFileException, ValueError):
            return False


# -- Windows -------------------------------------------------------------------------------------------
class WindowsRunKey:
    """A value under HKCU\\...\\CurrentVersion\\Run: per user, no admin rights needed."""

    def __init__(self, command: Sequence[str], registry: Any = None, value_name: str = APP_NAME) -> None:
        self.command = list(command)
        self.value_name = value_name
        if registry is None:  # pragma: no cover - Windows only
            import winreg as registry
        self._reg = registry

    def command_line(self) -> str:
        import subprocess  # Windows' quoting rules; nothing else here runs a process

        return subprocess.list2cmdline(self.command)

    def enable(self) -> None:
        reg = self._reg
        try:
            with reg.CreateKeyEx(reg.HKEY_CURRENT_USER, RUN_KEY, 0, reg.KEY_SET_VALUE) as key:
                reg.SetValueEx(key, self.value_name, 0, reg.REG_SZ, self.command_line())
        except OSError as exc:
            raise _write_failed(Path("HKEY_CURRENT_USER", RUN_KEY), exc) from None

    def disable(self) -> None:
        reg = self._reg
        try:
            with reg.OpenKey(reg.HKEY_CURRENT_USER, RUN_KEY, 0, reg.KEY_SET_VALUE) as key:
                reg.DeleteValue(key, self.value_name)
        except FileNotFoundError:
            return
        except OSError as exc:
            raise _remove_failed(Path("HKEY_CURRENT_USER", RUN_KEY), exc) from None

    def _value(self) -> str | None:
        reg = self._reg
        try:
            with reg.OpenKey(reg.HKEY_CURRENT_USER, RUN_KEY, 0, reg.KEY_READ) as key:
                value, _kind = reg.QueryValueEx(key, self.value_name)
        except OSError:
            return None
        return str(value)

    def is_enabled(self) -> bool:
        return self._value() is not None

    def is_current(self) -> bool:
        return self._value() == self.command_line()

    def where(self) -> str:
        return f"HKEY_CURRENT_USER\\{RUN_KEY}\\{self.value_name}"


# -- choosing one, and the calls the app makes ---------------------------------------------------------
def for_this_computer(command: Sequence[str] | None = None, *, platform: str | None = None,
                      env: Mapping[str, str] | None = None, registry: Any = None) -> LoginItem:
    """The login item for this platform, starting ``command`` (default: :func:`launch_command`)."""
    platform = platform or sys.platform
    command = list(command) if command is not None else launch_command(platform=platform)
    env = os.environ if env is None else env
    if platform == "win32":
        return WindowsRunKey(command, registry)
    if platform == "darwin":
        return LaunchAgent(command, Path(env.get("HOME", "~")).expanduser())
    return XdgAutostart.for_user(command, env)


def enable(item: LoginItem | None = None) -> None:
    (item or for_this_computer()).enable()


def disable(item: LoginItem | None = None) -> None:
    (item or for_this_computer()).disable()


def is_enabled(item: LoginItem | None = None) -> bool:
    return (item or for_this_computer()).is_enabled()


def apply(on: bool, item: LoginItem | None = None) -> bool:
    """Make the login item match the setting; returns True if anything was written or removed.

    When on, the entry is rewritten if it points at an old copy of the program (after a move or update).
    Raises AutostartError (a KnownError) with a calm message if the profile can't be changed.
    """
    item = item or for_this_computer()
    if on:
        current = getattr(item, "is_current", None)
        if item.is_enabled() and (current is None or current()):
            return False
        item.enable()
        return True
    if not item.is_enabled():
        return False
    item.disable()
    return True


def _write_failed(where: Path, exc: OSError) -> AutostartError:
    #: {app} is the app's name, SelfCompass.
    return AutostartError(translate("Autostart", "{app} couldn't set itself to start when you log in.").format(
                              app=APP_NAME),
                          #: {where} is a file or registry key; {reason} the system's own words.
                          fix=translate("Autostart", "Your computer may not allow it ({where}: {reason}). You can "
                                                     "still start it from the menu.").format(
                              where=where, reason=exc.strerror or exc))


def _remove_failed(where: Path, exc: OSError) -> AutostartError:
    #: {app} is the app's name, SelfCompass.
    return AutostartError(translate("Autostart", "{app} couldn't stop itself starting when you log in.").format(
                              app=APP_NAME),
                          #: {where} is a file or registry key; {reason} the system's own words.
                          fix=translate("Autostart", "You can remove it by hand: {where} ({reason}).").format(
                              where=where, reason=exc.strerror or exc))
