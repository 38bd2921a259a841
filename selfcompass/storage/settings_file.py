"""Reading and writing settings: the person's JSON file, and IT's optional managed file.

The managed file is ``selfcompass-managed.toml`` in the machine-wide config folder (platformdirs' site
config) or beside the executable. Its ``[defaults]`` table sets starting values; its ``[locked]`` table
sets values the person cannot change (the UI says why). See docs/deployment.md.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from selfcompass.core.i18n import translate
from selfcompass.core.settings import BY_KEY, Settings
from selfcompass.storage.files import write_atomic

MANAGED_FILE = "selfcompass-managed.toml"
# Locks that must hold even when IT's file cannot be read in full: a journal IT requires to be protected stays
# required (fail safe). The value each takes then is the safe one.
FAIL_SAFE_LOCKS: dict[str, Any] = {"passphrase_required": True}
_HEADER = re.compile(r"^\s*\[\s*([A-Za-z0-9_-]+)\s*\]\s*(#.*)?$")


def managed_candidates() -> list[Path]:
    from selfcompass.paths import install_dir

    found = [install_dir() / MANAGED_FILE]
    try:
        import platformdirs

        found.insert(0, Path(platformdirs.site_config_dir("selfcompass", appauthor=False)) / MANAGED_FILE)
    except Exception:  # pragma: no cover - platformdirs failure is never fatal
        pass
    return found


@dataclass
class ManagedSettings:
    """What IT's file says, as far as it can be read: every default and lock that reads cleanly is kept, and
    ``problems`` (file, line, field and fix, in English for IT) says what could not be."""

    defaults: dict[str, Any] = field(default_factory=dict)
    locked: dict[str, Any] = field(default_factory=dict)
    problems: list[Any] = field(default_factory=list)  # datafile.Problem
    fail_safe: list[str] = field(default_factory=list)  # locks added because the file could not be read in full


def _line_by_line(text: str, source: str, problems: list[Any]) -> dict[str, Any]:
    """The file's layout has a mistake somewhere: read each ``key = value`` line on its own, under the table
    header above it, keeping every line that parses (a problem for each that does not)."""
    import tomllib

    from selfcompass.core.datafile import Problem

    data: dict[str, Any] = {}
    table: dict[str, Any] = data
    for number, line in enumerate(text.splitlines(), 1):
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        if header := _HEADER.match(line):
            table = data.setdefault(header.group(1), {})
            if not isinstance(table, dict):
                table = {}
            continue
        try:
            table.update(tomllib.loads(line))
        except tomllib.TOMLDecodeError as exc:
            detail = re.sub(r"\s*\(at line \d+, column \d+\)", "", str(exc)) or "not valid TOML"
            problems.append(Problem(source, "", translate("DataFiles", "its layout has a mistake ({detail}).").format(
                detail=detail), translate("DataFiles", "check quotes, brackets and '=' signs near that line."), number))
    return data


def read_managed_safely(path: Path) -> ManagedSettings:
    """IT's file, failing safe: never raises. A typo anywhere keeps every lock that can be read; a lock the file
    mentions but that cannot be read, or a file that cannot be read at all, keeps the fail-safe locks."""
    from selfcompass.core.datafile import DataFileError, Fields, LineFinder, parse_toml, read_text

    source = str(path)
    found = ManagedSettings()
    try:
        text = read_text(path, source)
    except DataFileError as exc:
        found.problems.extend(exc.problems)
        found.locked.update(FAIL_SAFE_LOCKS)
        found.fail_safe.extend(FAIL_SAFE_LOCKS)
        return found
    try:
        data = parse_toml(text, source)
    except DataFileError as exc:
        if any(p.line is None for p in exc.problems):  # too large to be IT's file: not read at all
            found.problems.extend(exc.problems)
            found.locked.update(FAIL_SAFE_LOCKS)
            found.fail_safe.extend(FAIL_SAFE_LOCKS)
            return found
        data = _line_by_line(text, source, found.problems)
    fields = Fields(data, source, lines=LineFinder(text))
    fields.number("schema", whole=True, minimum=1, maximum=1)
    layers: dict[str, dict[str, Any]] = {}
    for name in ("defaults", "locked"):
        table = fields.table(name, required=False)
        layers[name] = {}
        if table is None:
            continue
        for key in list(table.keys()):
            option = BY_KEY.get(key)
            if option is None:
                #: Follows a setting's name in IT's managed settings file.
                table.problem(key, translate("Settings", "is not a setting SelfCompass knows."),
                              translate("Settings", "check the list in the deployment guide."))
                continue
            try:
                layers[name][key] = option.check(table.data[key])
            except ValueError as exc:
                table.problem(key, f"{exc}.", translate("Settings", "the deployment guide lists the allowed values."))
    fields.finish()
    found.problems.extend(fields.problems)
    found.defaults, found.locked = layers["defaults"], layers["locked"]
    if found.problems:
        for key, value in FAIL_SAFE_LOCKS.items():
            # Mentioned but not read (a typo on its line, a value that is not allowed): kept required.
            if key not in found.locked and key not in found.defaults and re.search(rf"^[^#]*\b{key}\b", text, re.M):
                found.locked[key] = value
                found.fail_safe.append(key)
    return found


def read_managed(path: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    """Parse a managed settings file; raises DataFileError naming the line and field."""
    from selfcompass.core.datafile import DataFileError

    found = read_managed_safely(path)
    if found.problems:
        raise DataFileError(found.problems)
    return found.defaults, found.locked


def load_settings(settings_file: Path, managed: list[Path] | None = None) -> Settings:
    """Load the layers: built-in defaults, IT defaults, the person's file, IT locks. Never raises."""
    user: dict[str, Any] = {}
    notices: list[str] = []
    if settings_file.is_file():
        try:
            data = json.loads(settings_file.read_text(encoding="utf-8"))
            user = data if isinstance(data, dict) else {}
        except (OSError, ValueError) as exc:
            #: {name} is the settings file's name; {reason} the system's or JSON reader's own words, in English.
            notices.append(translate("Settings", "{name} could not be read ({reason}); defaults are used.").format(
                name=settings_file.name, reason=exc))
    it = ManagedSettings()
    for path in managed if managed is not None else managed_candidates():
        if path.is_file():  # IT's file: rare, so its reader's modules are imported only then
            it = read_managed_safely(path)
            notices.extend(str(p) for p in it.problems)
            break
    settings = Settings.from_layers(user, it.defaults, it.locked, source=settings_file.name)
    settings.notices[:0] = notices
    settings.managed_trouble = [str(p) for p in it.problems]
    return settings


def save_settings(settings: Settings, settings_file: Path) -> None:
    """Write atomically: a crash mid-write leaves the old file whole."""
    write_atomic(settings_file, json.dumps(settings.to_user_dict(), indent=2, sort_keys=True) + "\n", make_folder=True)
