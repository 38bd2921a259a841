"""Where SelfCompass keeps things: platformdirs user folders, portable mode, or a --data-dir override.

Data lives in the *local* (not roaming) user data folder on Windows. A file named ``portable.txt`` beside
the executable (or beside the source tree's top when run from source) keeps everything in a ``data``
folder next to it instead.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import NamedTuple

from selfcompass import APP_ID, APP_NAME

PORTABLE_MARKER = "portable.txt"
DATA_DIR_ENV = "SELFCOMPASS_DATA_DIR"


def install_dir() -> Path:
    """The folder holding the executable (bundle) or the project root (source)."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return Path(__file__).resolve().parent.parent


def resource_dir() -> Path:
    """Where ``practices/``, ``audio_scripts/`` and ``assets/`` live (inside the bundle when frozen)."""
    if getattr(sys, "frozen", False):
        return Path(getattr(sys, "_MEIPASS", install_dir()))
    return Path(__file__).resolve().parent.parent


class AppPaths(NamedTuple):
    """Where this person's data lives.

    A NamedTuple, not a dataclass: it is defined on the way to the first window, where each dataclass costs
    several times as much (docs/architecture.md, "Start-up").
    """

    data: Path  # the database, drafts, backups
    config: Path  # settings.json
    cache: Path  # rendered narration
    logs: Path
    portable: bool = False

    @property
    def database(self) -> Path:
        return self.data / "selfcompass.db"

    @property
    def settings_file(self) -> Path:
        return self.config / "settings.json"

    @property
    def backups(self) -> Path:
        return self.data / "backups"

    def ensure(self) -> None:
        """Create the folders, private to this user (umask 077 on POSIX)."""
        old = os.umask(0o077) if os.name == "posix" else None
        try:
            for folder in (self.data, self.config, self.cache, self.logs):
                folder.mkdir(parents=True, exist_ok=True)
        finally:
            if old is not None:
                os.umask(old)


def resolve(data_dir: str | os.PathLike[str] | None = None) -> AppPaths:
    """Pick the folders: explicit --data-dir, then the environment, then portable mode, then platformdirs."""
    chosen = data_dir or os.environ.get(DATA_DIR_ENV)
    if chosen:
        root = Path(chosen).expanduser().resolve()
        return AppPaths(root, root, root / "cache", root / "logs")
    marker = install_dir() / PORTABLE_MARKER
    if marker.is_file():
        root = install_dir() / "data"
        return AppPaths(root, root, root / "cache", root / "logs", portable=True)
    import platformdirs

    dirs = platformdirs.PlatformDirs(APP_NAME if sys.platform != "linux" else APP_ID, appauthor=False,
                                     roaming=False)
    return AppPaths(Path(dirs.user_data_dir), Path(dirs.user_config_dir), Path(dirs.user_cache_dir),
                    Path(dirs.user_log_dir))
