"""`selfcompass doctor`: each part of this installation with a plain verdict and, where needed, what to do."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass

from selfcompass import APP_NAME, __version__
from selfcompass.paths import AppPaths, resolve, resource_dir

OK, NOTE, PROBLEM = "ok", "note", "PROBLEM"


@dataclass
class Finding:
    verdict: str
    part: str
    text: str
    essential: bool = False


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("doctor", help="check this installation: data, database, speech, sound and tray")
    p.set_defaults(func=run)


def run(ns: argparse.Namespace) -> int:
    paths = resolve(ns.data_dir)
    print(f"{APP_NAME} {__version__}: checking this installation")
    findings: list[Finding] = []
    for check in CHECKS:
        try:
            findings.extend(check(paths))
        except Exception as exc:  # a doctor reports, it never crashes
            findings.append(Finding(PROBLEM, check.__name__.removeprefix("check_").replace("_", " "),
                                    f"the check itself failed ({exc.__class__.__name__}: {exc})"))
    for f in findings:
        print(f"  {f.verdict:<8} {f.part:<15} {f.text}")
    bad = [f for f in findings if f.verdict == PROBLEM and f.essential]
    if bad:
        print("\nSomething essential needs attention (see PROBLEM above).")
        return 1
    print("\nEverything essential works." + (" Notes are for information only." if any(
        f.verdict != OK for f in findings) else ""))
    return 0


def check_data_folder(paths: AppPaths) -> list[Finding]:
    from selfcompass.storage import is_network_path

    where = "portable folder" if paths.portable else "folder"
    try:
        paths.ensure()
    except OSError as exc:
        return [Finding(PROBLEM, "Data folder", f"{paths.data} cannot be created ({exc.strerror}). "
                        "Choose another with --data-dir.", essential=True)]
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
    return [Finding(verdict, "Database", status.message, essential=not status.ok)]


def check_practices(paths: AppPaths) -> list[Finding]:
    from selfcompass.core.practice_loader import load_library

    root = resource_dir()
    library = load_library(root / "practices", root / "audio_scripts")
    if not library.practices:
        return [Finding(PROBLEM, "Practices", "none could be loaded; reinstall SelfCompass.", essential=True)]
    if library.problems:
        return [Finding(NOTE, "Practices", f"{len(library.practices)} loaded, {len(library.problems)} problem(s); "
                        "run 'selfcompass practices check' for details")]
    return [Finding(OK, "Practices", f"{len(library.practices)} loaded")]


def check_speech(paths: AppPaths) -> list[Finding]:
    from selfcompass.speech.render import engine_available, list_voices, preferred_voice

    available, reason = engine_available()
    if not available:
        return [Finding(NOTE, "Speech engine", f"not available ({reason}); captions carry the guidance")]
    voices = list_voices()
    chosen = preferred_voice(voices) or "the system default"
    return [Finding(OK, "Speech engine", f"pyttsx3 works; {len(voices)} voice(s), would use {chosen}")]


def _qt_app() -> object:
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY") and sys.platform.startswith("linux"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([sys.argv[0]])


def check_audio(paths: AppPaths) -> list[Finding]:
    _qt_app()
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
    _qt_app()
    from PySide6.QtWidgets import QSystemTrayIcon

    if QSystemTrayIcon.isSystemTrayAvailable():
        return [Finding(OK, "System tray", "available: reminders can wait quietly there")]
    return [Finding(NOTE, "System tray", "not available on this desktop: SelfCompass works from its window "
                    "and closing the window quits it")]


def check_log(paths: AppPaths) -> list[Finding]:
    from selfcompass.storage.log import last_error, log_path

    file = log_path(paths)
    if not file.exists():
        return [Finding(OK, "Log", f"no log yet; SelfCompass starts one in {paths.logs} when its window opens")]
    error = last_error(paths)
    if error is None:
        return [Finding(OK, "Log", f"{file}, no errors recorded")]
    return [Finding(NOTE, "Log", f"{file}; last error at {error}")]


CHECKS: tuple[Callable[[AppPaths], list[Finding]], ...] = (
    check_data_folder, check_database, check_practices, check_speech, check_audio, check_tray, check_log,
)
