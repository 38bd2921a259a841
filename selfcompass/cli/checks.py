"""The checks `doctor` and `--self-test` share: each looks at one part of this installation and gives a verdict.

A check takes the installation's folders (:class:`AppPaths`) and returns one or more :class:`Finding`. Checks of
the person's own data only read: they never create a folder, open the database for writing or migrate it.
`doctor` prints every finding; `--self-test` runs the same checks and then exercises the parts that can only be
proved by using them (a database made in a temporary folder, a rendered line of speech, the main window).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from selfcompass.paths import AppPaths, resource_dir

OK, NOTE, PROBLEM, SKIPPED = "ok", "note", "PROBLEM", "skipped"


@dataclass(frozen=True)
class Finding:
    """One verdict about one part; ``essential`` problems stop SelfCompass working and fail `doctor`."""

    verdict: str  # OK, NOTE, PROBLEM or SKIPPED
    part: str
    text: str
    essential: bool = False


Check = Callable[[AppPaths], list[Finding]]


def run_check(check: Check, paths: AppPaths) -> list[Finding]:
    """Run one check; a check that raises becomes one PROBLEM finding, never a crash of the whole report."""
    try:
        return check(paths)
    except Exception as exc:  # a check reports, it never crashes
        return [Finding(PROBLEM, part_name(check), f"the check itself failed ({type(exc).__name__}: {exc})")]


def part_name(check: Check) -> str:
    return check.__name__.removeprefix("check_").replace("_", " ").capitalize()


# -- what the program needs ---------------------------------------------------------------------------------------
def check_resources(paths: AppPaths) -> list[Finding]:
    from selfcompass.storage.migrate import MIGRATIONS

    root = resource_dir()
    needed = {
        "practices": root / "practices",
        "sequences": root / "practices" / "sequences",
        "narration scripts": root / "audio_scripts",
        "migrations": MIGRATIONS / "versions",
    }
    missing = [f"{label} ({path})" for label, path in needed.items() if not path.is_dir()]
    if missing:
        return [Finding(PROBLEM, "Resources", "missing: " + "; ".join(missing) + ". Reinstall SelfCompass.",
                        essential=True)]
    migrations = sorted(p.name for p in (MIGRATIONS / "versions").glob("[0-9]*.py"))
    if not (MIGRATIONS / "env.py").is_file() or not migrations:
        return [Finding(PROBLEM, "Resources", f"the database migrations are not present as files in {MIGRATIONS}. "
                        "Reinstall SelfCompass.", essential=True)]
    return [Finding(OK, "Resources", f"found in {root} ({len(migrations)} migration files)")]


def check_practices(paths: AppPaths) -> list[Finding]:
    from selfcompass.app import load_default_library
    from selfcompass.core.datafile import DataFileError
    from selfcompass.core.sequences import load_sequence_file

    library = load_default_library()
    if library.problems:
        shown = "; ".join(str(p) for p in library.problems[:3])
        more = f" (and {len(library.problems) - 3} more)" if len(library.problems) > 3 else ""
        return [Finding(PROBLEM, "Practices", f"{len(library.practices)} loaded, {len(library.problems)} problem(s): "
                        f"{shown}{more}. Run 'selfcompass practices check' for details.",
                        essential=not library.practices)]
    if not library.practices:
        return [Finding(PROBLEM, "Practices", "none could be loaded; reinstall SelfCompass.", essential=True)]
    missing = sorted(set(library.practices) - set(library.scripts))
    if missing:
        return [Finding(PROBLEM, "Practices", "no narration for " + ", ".join(missing) + ". Reinstall SelfCompass.")]
    folder = resource_dir() / "practices" / "sequences"
    sequences = sorted(folder.glob("*.toml"))
    problems: list[str] = []
    for path in sequences:
        try:
            load_sequence_file(path, library.practices, f"sequences/{path.name}")
        except DataFileError as exc:
            problems.extend(str(p) for p in exc.problems)
    if problems:
        return [Finding(PROBLEM, "Practices", f"{len(problems)} sequence problem(s): " + "; ".join(problems[:3]))]
    return [Finding(OK, "Practices", f"{len(library.practices)} with narration, {len(sequences)} sequences")]


def check_managed_settings(paths: AppPaths) -> list[Finding]:
    from selfcompass.storage.settings_file import managed_candidates, read_managed_safely

    candidates = managed_candidates()
    for path in candidates:
        if path.is_file():
            found = read_managed_safely(path)
            counts = f"{len(found.defaults)} default(s), {len(found.locked)} locked"
            if found.problems:  # each problem names the file, the line, the field and the fix
                kept = f"SelfCompass keeps what it could read ({counts})"
                if found.fail_safe:
                    kept += "; failing safe, " + ", ".join(f"{k} is locked to true" for k in found.fail_safe)
                return [Finding(PROBLEM, "Managed settings",
                                "; ".join(str(p).rstrip(".") for p in found.problems) + f". {kept}. Fix the file, "
                                "then run doctor again.")]
            return [Finding(OK, "Managed settings", f"{path}: {counts}")]
    return [Finding(OK, "Managed settings",
                    "none in use (looked in " + " and ".join(str(p.parent) for p in candidates) + ")")]


# -- the person's own data (read only) -----------------------------------------------------------------------------
def check_data_folder(paths: AppPaths) -> list[Finding]:
    """Where the data lives and whether it can be written; creates nothing."""
    from selfcompass.storage import is_network_path

    where = "portable folder" if paths.portable else "folder"
    if not paths.data.exists():
        parent = _nearest_existing(paths.data)
        if not os.access(parent, os.W_OK):
            return [Finding(PROBLEM, "Data folder", f"{paths.data} does not exist and {parent} is read-only. "
                            "Choose another with --data-dir.", essential=True)]
        return [Finding(OK, "Data folder", f"{where} {paths.data}, made the first time SelfCompass starts")]
    if not paths.data.is_dir():
        return [Finding(PROBLEM, "Data folder", f"{paths.data} is a file, not a folder. Move it aside or choose "
                        "another folder with --data-dir.", essential=True)]
    if not os.access(paths.data, os.W_OK):
        return [Finding(PROBLEM, "Data folder", f"{paths.data} is read-only. Choose another with --data-dir.",
                        essential=True)]
    network = is_network_path(paths.data)
    detail = "on a network share (the database runs without WAL there)" if network else "on this computer"
    return [Finding(OK, "Data folder", f"{where} {paths.data}, writable, {detail}")]


def check_database(paths: AppPaths) -> list[Finding]:
    from selfcompass.storage import database_status

    status = database_status(paths.database)
    if not status.exists:
        return [Finding(OK, "Database", "not created yet; it is made the first time you finish a practice")]
    verdict = OK if status.ok else PROBLEM
    found = [Finding(verdict, "Database", status.message, essential=not status.ok)]
    aside = sorted(paths.data.glob("selfcompass.damaged-*.db"))
    if aside:  # set aside by a restore or a repair, never deleted: the person (or IT) may still want words from it
        found.append(Finding(NOTE, "Database", f"{len(aside)} damaged cop{'y' if len(aside) == 1 else 'ies'} kept "
                             f"aside ({', '.join(p.name for p in aside[:3])}); delete when no longer needed"))
    return found


def check_keys(paths: AppPaths) -> list[Finding]:
    """A protected journal's key file and its copy: present, whole, SelfCompass's own (read only)."""
    from selfcompass.storage.crypto import keyfile_at, keyfile_copy_path
    from selfcompass.storage.status import is_protected, keyfile_path, unfinished_protection

    if unfinished_protection(paths):
        return [Finding(NOTE, "Journal keys", "setting a passphrase did not finish (SelfCompass was stopped), so the "
                        "journal is not protected yet; SelfCompass says so and offers it again at its next start")]
    if not is_protected(paths):
        return [Finding(OK, "Journal keys", "not protected with a passphrase: no key file needed")]
    main, copy = keyfile_path(paths.database), keyfile_copy_path(paths)
    good_main, good_copy = keyfile_at(main) is not None, keyfile_at(copy) is not None
    if good_main and good_copy:
        return [Finding(OK, "Journal keys", f"{main.name} and its copy in backups/ are whole")]
    if good_main or good_copy:
        bad, good = (copy, main) if good_main else (main, copy)
        return [Finding(PROBLEM, "Journal keys", f"{bad} is {'damaged' if bad.exists() else 'missing'}; the other "
                        f"copy ({good.name}) is whole and mends it at the next unlock. Unlock the journal soon.")]
    return [Finding(PROBLEM, "Journal keys", f"both {main} and its copy are damaged or missing, so the journal "
                    "cannot be unlocked (the recovery code is kept inside them). Put back a copy of "
                    f"{main.name} from a backup of this computer.", essential=True)]


def check_backups(paths: AppPaths) -> list[Finding]:
    """Backups: present, recent, encrypted when the journal is (read only: only the first bytes are read)."""
    from datetime import UTC, datetime, timedelta

    from selfcompass.storage.backups import list_backups
    from selfcompass.storage.status import SQLITE_HEADER, is_protected

    if not paths.database.exists():
        return [Finding(OK, "Backups", "none needed yet: there is no journal")]
    found = list_backups(paths.backups)
    if not found:
        return [Finding(NOTE, "Backups", f"none yet in {paths.backups}; one is taken each day SelfCompass runs")]
    findings: list[Finding] = []
    if is_protected(paths):
        plain = []
        for backup in found:
            with backup.path.open("rb") as fh:
                if fh.read(16) == SQLITE_HEADER:
                    plain.append(backup.path.name)
        if plain:
            findings.append(Finding(PROBLEM, "Backups", f"{len(plain)} backup(s) are not encrypted though the "
                                    f"journal is ({', '.join(plain[:3])}). Unlock the journal: SelfCompass "
                                    "encrypts them then."))
    newest = found[0].taken_at
    age = datetime.now(UTC) - newest
    if age > timedelta(days=8):
        findings.append(Finding(NOTE, "Backups", f"the newest is from {newest:%d %b %Y}; a new one is taken the "
                                "next day SelfCompass runs"))
    if not findings:
        findings.append(Finding(OK, "Backups", f"{len(found)} in {paths.backups}, the newest from "
                                f"{newest:%d %b %Y %H:%M} UTC"))
    return findings


def check_file_modes(paths: AppPaths) -> list[Finding]:
    """Every file private to the person (0600) and every folder 0700 (POSIX; read only)."""
    from selfcompass.storage.hygiene import not_private

    if os.name != "posix":
        return [Finding(SKIPPED, "File permissions", "not a POSIX system: the user folders are private already")]
    loose = not_private(paths.data)
    if not loose:
        return [Finding(OK, "File permissions", f"everything in {paths.data} is private to you")]
    shown = ", ".join(f"{p} ({mode:o})" for p, mode in loose[:3])
    return [Finding(PROBLEM, "File permissions", f"{len(loose)} readable by others: {shown}. SelfCompass makes "
                    "them private the next time it opens your journal.")]


def check_safekeeping(paths: AppPaths) -> list[Finding]:
    """What was made while the journal was locked and waits for the next unlock (file names only)."""
    from selfcompass.storage import safekeeping

    waiting = safekeeping.waiting(paths)
    unreadable = safekeeping.folder(paths) / "unreadable"
    aside = len(list(unreadable.iterdir())) if unreadable.is_dir() else 0
    if aside:
        return [Finding(PROBLEM, "Kept while locked", f"{aside} item(s) kept while the journal was locked could "
                        f"not be read and are set aside in {unreadable}")]
    if waiting:
        return [Finding(NOTE, "Kept while locked", f"{waiting} item(s) sealed, waiting to join the journal at the "
                        "next unlock")]
    return [Finding(OK, "Kept while locked", "nothing waiting")]


def check_log(paths: AppPaths) -> list[Finding]:
    from selfcompass.storage.log import last_error, log_path

    file = log_path(paths)
    if not file.exists():
        return [Finding(OK, "Log", f"no log yet; SelfCompass starts one in {paths.logs} when its window opens")]
    error = last_error(paths)
    if error is None:
        return [Finding(OK, "Log", f"{file}, no errors recorded")]
    return [Finding(NOTE, "Log", f"{file}; last error at {error}")]


# -- this computer ---------------------------------------------------------------------------------------------------
def check_speech(paths: AppPaths) -> list[Finding]:
    from selfcompass.speech.render import engine_available, list_voices, preferred_voice

    available, reason = engine_available()
    if not available:
        return [Finding(NOTE, "Speech engine", f"not available ({reason}); captions carry the guidance")]
    voices = list_voices()
    chosen = preferred_voice(voices) or "the system default"
    return [Finding(OK, "Speech engine", f"pyttsx3 works; {len(voices)} voice(s), would use {chosen}")]


def check_audio(paths: AppPaths) -> list[Finding]:
    qt_app()
    try:
        from PySide6.QtMultimedia import QMediaDevices
    except ImportError as exc:
        return [Finding(NOTE, "Audio output", f"QtMultimedia is missing ({exc}); captions carry the guidance")]
    outputs = [d.description() for d in QMediaDevices.audioOutputs()]
    if not outputs:
        return [Finding(NOTE, "Audio output", "no sound output found; spoken guidance can't be heard, "
                        "captions carry on")]
    return [Finding(OK, "Audio output", ", ".join(outputs[:3]))]


def check_tray(paths: AppPaths) -> list[Finding]:
    qt_app()
    from PySide6.QtWidgets import QSystemTrayIcon

    if QSystemTrayIcon.isSystemTrayAvailable():
        return [Finding(OK, "System tray", "available: reminders can wait quietly there")]
    return [Finding(NOTE, "System tray", "not available on this desktop: SelfCompass works from its window "
                    "and closing the window quits it")]


#: What both `doctor` and `--self-test` check (doctor adds COMPUTER; the self-test exercises those instead).
INSTALLATION: tuple[Check, ...] = (check_resources, check_practices, check_managed_settings)
PERSONAL_DATA: tuple[Check, ...] = (check_data_folder, check_database, check_keys, check_backups, check_file_modes,
                                    check_safekeeping, check_log)
COMPUTER: tuple[Check, ...] = (check_speech, check_audio, check_tray)


# -- helpers -------------------------------------------------------------------------------------------------------
def headless_fallback() -> None:
    """With no display at all, Qt would abort the process: use the offscreen platform instead."""
    import sys

    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


def qt_app():  # -> QApplication, imported late so a broken Qt shows up as a failed check
    headless_fallback()
    from selfcompass.app import make_qapp

    return make_qapp()


def _nearest_existing(path: Path) -> Path:
    while not path.exists() and path != path.parent:
        path = path.parent
    return path
