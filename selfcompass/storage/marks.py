"""Marks in the config folder for things said only once, ever (the tray note, the first passphrase offer)."""

from __future__ import annotations

from selfcompass.paths import AppPaths
from selfcompass.storage.files import write_atomic


def first_time(paths: AppPaths, mark: str) -> bool:
    """True the first time it is asked about ``mark`` (a file name in the config folder), which it then leaves
    there. A folder that can't be written to keeps saying True, which is kinder than never saying them."""
    path = paths.config / mark
    if path.exists():
        return False
    try:
        write_atomic(path, "shown\n", make_folder=True)
    except OSError:
        pass
    return True
