"""Reading and writing settings: the person's JSON file, and IT's optional managed file.

The managed file is ``selfcompass-managed.toml`` in the machine-wide config folder (platformdirs' site
config) or beside the executable. Its ``[defaults]`` table sets starting values; its ``[locked]`` table
sets values the person cannot change (the UI says why). See docs/deployment.md.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from selfcompass.core.i18n import translate
from selfcompass.core.settings import BY_KEY, Settings
from selfcompass.storage.files import write_atomic

MANAGED_FILE = "selfcompass-managed.toml"


def managed_candidates() -> list[Path]:
    from selfcompass.paths import install_dir

    found = [install_dir() / MANAGED_FILE]
    try:
        import platformdirs

        found.insert(0, Path(platformdirs.site_config_dir("selfcompass", appauthor=False)) / MANAGED_FILE)
    except Exception:  # pragma: no cover - platformdirs failure is never fatal
        pass
    return found


def read_managed(path: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    """Parse a managed settings file; raises DataFileError naming the line and field."""
    from selfcompass.core.datafile import DataFileError, Fields, LineFinder, parse_toml, read_text

    source = str(path)
    text = read_text(path, source)
    fields = Fields(parse_toml(text, source), source, lines=LineFinder(text))
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
    if fields.problems:
        raise DataFileError(fields.problems)
    return layers["defaults"], layers["locked"]


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
    defaults: dict[str, Any] = {}
    locked: dict[str, Any] = {}
    for path in managed if managed is not None else managed_candidates():
        if path.is_file():  # IT's file: rare, so its reader's modules are imported only then
            from selfcompass.core.datafile import DataFileError

            try:
                defaults, locked = read_managed(path)
            except DataFileError as exc:
                notices.extend(str(p) for p in exc.problems)
            break
    settings = Settings.from_layers(user, defaults, locked, source=settings_file.name)
    settings.notices[:0] = notices
    return settings


def save_settings(settings: Settings, settings_file: Path) -> None:
    """Write atomically: a crash mid-write leaves the old file whole."""
    write_atomic(settings_file, json.dumps(settings.to_user_dict(), indent=2, sort_keys=True) + "\n", make_folder=True)
