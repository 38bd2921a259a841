"""Process and file hygiene: no core dumps (they would hold the journal's key), private files and folders.

Everything SelfCompass writes is private to the person: files 0600, folders 0700, including ones an older version
or another tool made more open. ``harden_process`` is called once the first window is up (the key is only ever in
memory after an unlock, which comes later); ``make_private`` when the data folder is opened.
"""

from __future__ import annotations

import os
from pathlib import Path

PR_SET_DUMPABLE = 4


def harden_process() -> list[str]:
    """Turn core dumps off for this process (RLIMIT_CORE 0) and, on Linux, mark it not dumpable (which also keeps
    other processes of the same user from attaching a debugger). Returns what was done, for ``doctor``."""
    done: list[str] = []
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        done.append("core dumps off")
    except (ImportError, ValueError, OSError):
        pass
    if os.name == "posix":
        try:
            import ctypes

            # The program's own symbols include libc's prctl; ctypes.util.find_library would run ldconfig (or a
            # compiler) in a subprocess to find the same library.
            libc = ctypes.CDLL(None, use_errno=True)
            if libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0:
                done.append("not dumpable")
        except (OSError, AttributeError):
            pass
    return done


def core_dumps_off() -> bool:
    try:
        import resource

        return resource.getrlimit(resource.RLIMIT_CORE)[0] == 0
    except ImportError:
        return True  # no such limit here (Windows): nothing to turn off


def make_private(folder: Path) -> list[Path]:
    """Make ``folder`` and everything under it private (folders 0700, files 0600); returns what was changed.
    Symbolic links are left alone. A no-op outside POSIX (the user folders there are private by default)."""
    if os.name != "posix" or not folder.is_dir():
        return []
    changed: list[Path] = []

    def fix(path: Path, mode: int) -> None:
        try:
            if path.is_symlink():
                return
            if path.stat().st_mode & 0o777 != mode:
                os.chmod(path, mode)
                changed.append(path)
        except OSError:
            pass

    fix(folder, 0o700)
    for root, dirs, files in os.walk(folder):
        for name in dirs:
            fix(Path(root, name), 0o700)
        for name in files:
            fix(Path(root, name), 0o600)
    return changed


def not_private(folder: Path) -> list[tuple[Path, int]]:
    """Files and folders under ``folder`` that others could read (mode and all), for ``doctor``; read-only."""
    if os.name != "posix" or not folder.is_dir():
        return []
    found: list[tuple[Path, int]] = []
    for root, dirs, files in os.walk(folder):
        for name in [*dirs, *files]:
            path = Path(root, name)
            try:
                mode = path.lstat().st_mode & 0o777
            except OSError:
                continue
            if not path.is_symlink() and mode & 0o077:
                found.append((path, mode))
    try:
        mode = folder.stat().st_mode & 0o777
        if mode & 0o077:
            found.insert(0, (folder, mode))
    except OSError:
        pass
    return found
