"""Settings declared once as data, checked on load, with values IT may set as defaults or lock.

The person's own settings file is read forgivingly (a bad value falls back to its default with a notice):
settings must never stop the app from starting.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from selfcompass.core.i18n import QT_TRANSLATE_NOOP, translate

SCHEMA_VERSION = 1
# Why IT's locked settings cannot be changed; kept in UK English and translated where shown.
SET_BY_ORGANISATION = QT_TRANSLATE_NOOP("SettingsDialog", "Set by your organisation")


class Option(NamedTuple):
    """One setting declared as data: its key, type, default, label and limits.

    A NamedTuple, not a dataclass: it is defined on the way to the first window, where each dataclass costs
    several times as much (docs/architecture.md, "Start-up").
    """

    key: str
    kind: type
    default: Any
    label: str
    choices: tuple[str, ...] = ()
    minimum: float | None = None
    maximum: float | None = None

    @property
    def label_text(self) -> str:
        """``label`` (UK English, as logs and the CLI use it) in the person's language."""
        return translate("SettingsDialog", self.label)

    def nearest(self, value: Any) -> Any:
        """For a number outside this option's limits, the nearest limit (a pace of 110 saved before the slowest
        became 120 is kept as 120, not reset to the default); None for anything else."""
        if self.kind not in (int, float) or isinstance(value, bool) or not isinstance(value, int | float):
            return None
        if self.minimum is not None and value < self.minimum:
            return self.kind(self.minimum)
        if self.maximum is not None and value > self.maximum:
            return self.kind(self.maximum)
        return None

    def check(self, value: Any) -> Any:
        """Return the value in its proper type, or raise ValueError with a plain reason."""
        if self.kind is bool:
            if not isinstance(value, bool):
                raise ValueError("should be true or false")
            return value
        if self.kind in (int, float):
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise ValueError("should be a number")
            value = self.kind(value)
            if self.minimum is not None and value < self.minimum:
                raise ValueError(f"should be at least {self.minimum:g}")
            if self.maximum is not None and value > self.maximum:
                raise ValueError(f"should be at most {self.maximum:g}")
            return value
        if self.kind is str:
            if not isinstance(value, str):
                raise ValueError("should be text")
            if self.choices and value not in self.choices:
                raise ValueError("should be one of " + ", ".join(self.choices))
            return value
        if self.kind is list:
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise ValueError("should be a list of text")
            return list(value)
        raise ValueError("has an unknown type")  # pragma: no cover - a bug in OPTIONS


# Names in the settings dialog's context, where the screen lists the same words, so each is translated once.
OPTIONS: tuple[Option, ...] = (
    Option("voice_enabled", bool, False, QT_TRANSLATE_NOOP("SettingsDialog", "Spoken guidance")),
    Option("voice_id", str, "", QT_TRANSLATE_NOOP("SettingsDialog", "Voice")),
    # 120 words a minute is meditation pace, the slowest every script is written to fit (tests/content).
    # The usual start is "Slower" in Settings: about 130 words a minute, room to breathe between the words.
    Option("speech_rate", int, 130, QT_TRANSLATE_NOOP("SettingsDialog", "Speaking pace (words a minute)"),
           minimum=120, maximum=240),
    Option("volume", float, 0.8, QT_TRANSLATE_NOOP("SettingsDialog", "Volume"), minimum=0.0, maximum=1.0),
    Option("reduced_motion", bool, False, QT_TRANSLATE_NOOP("SettingsDialog", "Reduce motion")),
    Option("theme", str, "system", QT_TRANSLATE_NOOP("SettingsDialog", "Theme"),
           choices=("system", "light", "dark", "high-contrast")),
    Option("text_scale", float, 1.0, QT_TRANSLATE_NOOP("SettingsDialog", "Text size"), minimum=0.8, maximum=2.0),
    Option("ask_feeling", bool, True, QT_TRANSLATE_NOOP("SettingsDialog", "Ask how I feel after a practice")),
    Option("welcome_seen", bool, False, QT_TRANSLATE_NOOP("SettingsDialog", "Welcome shown")),
    Option("start_at_login", bool, False, QT_TRANSLATE_NOOP("SettingsDialog", "Start SelfCompass when I log in")),
    Option("passphrase_required", bool, False,
           QT_TRANSLATE_NOOP("SettingsDialog", "Protect my journal with a passphrase")),
    Option("auto_lock_minutes", int, 15, QT_TRANSLATE_NOOP("SettingsDialog", "Lock after minutes idle"),
           minimum=1, maximum=240),
    Option("backups_to_keep", int, 7, QT_TRANSLATE_NOOP("SettingsDialog", "Daily backups to keep"),
           minimum=1, maximum=60),
    Option("reminders_enabled", bool, True, QT_TRANSLATE_NOOP("SettingsDialog", "Gentle reminders")),
    Option("working_days", list, ["mon", "tue", "wed", "thu", "fri"],
           QT_TRANSLATE_NOOP("SettingsDialog", "Working days")),
    Option("working_start", str, "09:00", QT_TRANSLATE_NOOP("SettingsDialog", "Working day starts")),
    Option("working_end", str, "17:30", QT_TRANSLATE_NOOP("SettingsDialog", "Working day ends")),
    Option("quiet_start", str, "", QT_TRANSLATE_NOOP("SettingsDialog", "Quiet from")),
    Option("quiet_end", str, "", QT_TRANSLATE_NOOP("SettingsDialog", "Quiet until")),
    Option("time_zone", str, "Europe/London", QT_TRANSLATE_NOOP("SettingsDialog", "Time zone")),
    Option("calendar_file", str, "", QT_TRANSLATE_NOOP("SettingsDialog", "Calendar file")),
    Option("checkin_offer", bool, True, QT_TRANSLATE_NOOP("SettingsDialog", "Offer the weekly check-in")),
    Option("language", str, "", QT_TRANSLATE_NOOP("SettingsDialog", "Language")),
    Option("data_folder", str, "", QT_TRANSLATE_NOOP("SettingsDialog", "Data folder")),
    # How many nudges the person asked for in the first run or Settings: "unset" until they choose (nothing is
    # armed until then), "none", "few" (one or two a day) or "some" (a few).
    Option("nudges", str, "unset", QT_TRANSLATE_NOOP("SettingsDialog", "Nudges"),
           choices=("unset", "none", "few", "some")),
    Option("coach_mode", bool, False, QT_TRANSLATE_NOOP("SettingsDialog", "I coach others")),
    # What brought the person here (the chooser's needs, chosen in the first run).
    Option("needs", list, [], QT_TRANSLATE_NOOP("SettingsDialog", "What brings me here")),
    Option("first_run_done", bool, False, QT_TRANSLATE_NOOP("SettingsDialog", "First run finished")),
    Option("shifts_vary", bool, False, QT_TRANSLATE_NOOP("SettingsDialog", "My shifts vary")),
    # Other hours for some days of the week, each "mon 19:30-07:30" (a night shift belongs to the day it starts);
    # the days not named keep working_start to working_end. See docs/reminders.md.
    Option("working_hours", list, [], QT_TRANSLATE_NOOP("SettingsDialog", "Working hours by day")),
    # The main window's size and place, as Qt saves them (base64); "" sizes it from the screen.
    Option("window_geometry", str, "", QT_TRANSLATE_NOOP("SettingsDialog", "Window size and place")),
)
BY_KEY = {o.key: o for o in OPTIONS}


class LockedSettingError(Exception):
    """A setting IT has locked was asked to change."""


@dataclass
class Settings:
    """Current values, with IT-managed locks and a callback on every change."""

    values: dict[str, Any]
    locked: dict[str, str]  # key -> reason shown in the UI
    notices: list[str]
    # What could not be read in IT's managed file (for IT, in English); the app says so once in plain words.
    managed_trouble: list[str] = field(default_factory=list)

    @classmethod
    def defaults(cls) -> Settings:
        return cls({o.key: _copy(o.default) for o in OPTIONS}, {}, [])

    @classmethod
    def from_layers(cls, user: dict[str, Any] | None, managed_defaults: dict[str, Any] | None = None,
                    managed_locked: dict[str, Any] | None = None, source: str = "settings.json",
                    lock_reason: str = SET_BY_ORGANISATION) -> Settings:
        settings = cls.defaults()
        for layer, name in ((managed_defaults, "managed defaults"), (user, source), (managed_locked, "managed")):
            for key, value in (layer or {}).items():
                if key == "schema":
                    continue
                option = BY_KEY.get(key)
                if option is None:
                    settings.notices.append(f"{name}: '{key}' is not a setting; it was ignored.")
                    continue
                try:
                    settings.values[key] = option.check(value)
                except ValueError as exc:
                    nearest = option.nearest(value)
                    if nearest is not None:  # a number just outside the limits: the nearest one keeps its intent
                        settings.values[key] = nearest
                        settings.notices.append(f"{name}: '{key}' {exc}; {nearest:g} is used.")
                    else:
                        settings.notices.append(f"{name}: '{key}' {exc}; the default is used.")
        for key in managed_locked or {}:
            if key in BY_KEY:
                settings.locked[key] = lock_reason
        _migrate_welcomed(settings.values, user or {})
        return settings

    def __getitem__(self, key: str) -> Any:
        return self.values[key]

    def is_locked(self, key: str) -> bool:
        return key in self.locked

    def lock_reason_text(self, key: str) -> str:
        """Why a locked setting cannot be changed, in the person's language ("" when it is not locked)."""
        return translate("SettingsDialog", self.locked[key]) if key in self.locked else ""

    def set(self, key: str, value: Any) -> bool:
        """Change a setting; returns True if it changed. Raises for locked or bad values."""
        option = BY_KEY[key]
        if key in self.locked:
            #: {setting} is a setting's name; {reason} is why it is locked, such as "set by your organisation".
            raise LockedSettingError(translate("Settings", "'{setting}' is {reason} and cannot be changed here.")
                                     .format(setting=option.label_text, reason=self.lock_reason_text(key).lower()))
        value = option.check(value)
        if self.values.get(key) == value:
            return False
        self.values[key] = value
        return True

    def to_user_dict(self) -> dict[str, Any]:
        """What belongs in the person's own file: everything they could set, never the locked values."""
        out: dict[str, Any] = {"schema": SCHEMA_VERSION}
        out.update({k: v for k, v in self.values.items() if k not in self.locked})
        return out


def _migrate_welcomed(values: dict[str, Any], user: dict[str, Any]) -> None:
    """Someone who saw the old welcome has finished the first run, and keeps the pauses they had ("some") unless
    they have chosen since: the first run asks only new people."""
    if user.get("welcome_seen") is True and "first_run_done" not in user:
        values["first_run_done"] = True
        if "nudges" not in user and values["nudges"] == "unset":
            values["nudges"] = "some"


def _copy(value: Any) -> Any:
    return list(value) if isinstance(value, list) else value


Listener = Callable[[str, Any], None]
