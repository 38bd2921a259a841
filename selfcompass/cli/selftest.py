"""`selfcompass --self-test`: checks this installation end to end and prints one plain line per check.

Everything it writes goes into a temporary folder that is removed afterwards: the person's own data,
settings and narration cache are never opened. It works from source and from the PyInstaller bundle, and
it is what `make bundle-test` runs in CI. Exit status 0 means every check passed (a missing speech engine
is reported as skipped, not as a failure: the app runs without one).
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TextIO

from selfcompass import APP_NAME, __version__
from selfcompass.paths import AppPaths, resource_dir

OK, FAILED, SKIPPED = "ok", "FAILED", "skipped"
REPORT_FILE = "selfcompass-self-test.txt"
SAMPLE_LINE = "Take a slow breath in, and let it go."


@dataclass(frozen=True)
class Verdict:
    name: str
    verdict: str  # OK, FAILED or SKIPPED
    detail: str
    seconds: float = 0.0

    def line(self) -> str:
        return f"{self.name:<18} {self.verdict}: {self.detail} ({self.seconds:.2f} s)"


class CheckFailed(Exception):
    """A check found something wrong; the message says what."""


class CheckSkipped(Exception):
    """A check could not apply on this computer; the message says why."""


def run_self_test(ns: argparse.Namespace | None = None, out: TextIO | None = None) -> int:
    """Run every check, print a line for each and a summary; 0 only if none failed."""
    stream, report_path = _output(out)
    _headless_fallback()
    try:
        print(header(), file=stream, flush=True)
        with tempfile.TemporaryDirectory(prefix="selfcompass-selftest-") as tmp:
            verdicts = run_checks(Path(tmp), data_dir=getattr(ns, "data_dir", None), stream=stream)
        failed = [v for v in verdicts if v.verdict == FAILED]
        skipped = [v for v in verdicts if v.verdict == SKIPPED]
        if failed:
            print(f"Self-test failed: {len(failed)} of {len(verdicts)} checks failed "
                  f"({', '.join(v.name for v in failed)}).", file=stream, flush=True)
        else:
            extra = f", {len(skipped)} skipped" if skipped else ""
            print(f"Self-test passed: {len(verdicts) - len(skipped)} checks ok{extra}.", file=stream, flush=True)
        return 1 if failed else 0
    finally:
        if report_path is not None:
            stream.close()


def header() -> str:
    how = "bundle" if getattr(sys, "frozen", False) else "source"
    try:
        from PySide6 import __version__ as pyside_version
    except ImportError:  # pragma: no cover - PySide6 is a dependency
        pyside_version = "missing"
    return (f"{APP_NAME} {__version__} self-test ({how}; Python {platform.python_version()}; "
            f"PySide6 {pyside_version}; {platform.system()} {platform.machine()})")


def run_checks(tmp: Path, *, data_dir: str | None = None, stream: TextIO | None = None) -> list[Verdict]:
    """Run the checks in order; each writes only inside ``tmp``. Prints each line as it finishes."""
    paths = AppPaths(tmp / "data", tmp / "config", tmp / "cache", tmp / "logs")
    paths.ensure()
    checks: list[tuple[str, Callable[[], str]]] = [
        ("resources", check_resources),
        ("practices", check_practices),
        ("managed settings", check_managed_settings),
        ("data folder", lambda: check_data_folder(data_dir)),
        ("database", lambda: check_database(paths)),
        ("speech", lambda: check_speech(tmp)),
        ("media playback", check_media),
        ("main window", lambda: check_window(paths)),
    ]
    verdicts = []
    for name, check in checks:
        verdict = run_one(name, check)
        verdicts.append(verdict)
        if stream is not None:
            print(verdict.line(), file=stream, flush=True)
    return verdicts


def run_one(name: str, check: Callable[[], str]) -> Verdict:
    started = time.perf_counter()
    try:
        detail, verdict = check(), OK
    except CheckSkipped as exc:
        detail, verdict = f"{exc}", SKIPPED
    except CheckFailed as exc:
        detail, verdict = f"{exc}", FAILED
    except Exception as exc:  # anything else is a failure of this check, never of the whole self-test
        detail, verdict = f"{type(exc).__name__}: {exc}", FAILED
    return Verdict(name, verdict, " ".join(detail.split()), time.perf_counter() - started)


# -- the checks: each returns a short detail for its line, or raises CheckFailed / CheckSkipped ---------------
def check_resources() -> str:
    root = resource_dir()
    from selfcompass.storage.migrate import MIGRATIONS

    needed = {
        "practices": root / "practices",
        "sequences": root / "practices" / "sequences",
        "narration scripts": root / "audio_scripts",
        "migrations": MIGRATIONS / "versions",
    }
    missing = [f"{label} ({path})" for label, path in needed.items() if not path.is_dir()]
    if missing:
        raise CheckFailed("missing: " + "; ".join(missing))
    migrations = sorted(p.name for p in (MIGRATIONS / "versions").glob("[0-9]*.py"))
    if not (MIGRATIONS / "env.py").is_file() or not migrations:
        raise CheckFailed(f"the database migrations are not present as files in {MIGRATIONS}")
    return f"found in {root} ({len(migrations)} migration files)"


def check_practices() -> str:
    from selfcompass.app import load_default_library
    from selfcompass.core.datafile import DataFileError
    from selfcompass.core.sequences import load_sequence_file

    library = load_default_library()
    if library.problems:
        shown = "; ".join(str(p) for p in library.problems[:3])
        more = f" (and {len(library.problems) - 3} more)" if len(library.problems) > 3 else ""
        raise CheckFailed(f"{len(library.problems)} problem(s): {shown}{more}")
    if not library.practices:
        raise CheckFailed("no practices were found")
    missing = sorted(set(library.practices) - set(library.scripts))
    if missing:
        raise CheckFailed("no narration for " + ", ".join(missing))
    folder = resource_dir() / "practices" / "sequences"
    sequences = sorted(folder.glob("*.toml"))
    problems: list[str] = []
    for path in sequences:
        try:
            load_sequence_file(path, library.practices, f"sequences/{path.name}")
        except DataFileError as exc:
            problems.extend(str(p) for p in exc.problems)
    if problems:
        raise CheckFailed(f"{len(problems)} sequence problem(s): " + "; ".join(problems[:3]))
    return f"{len(library.practices)} practices with narration, {len(sequences)} sequences"


def check_managed_settings() -> str:
    from selfcompass.core.datafile import DataFileError
    from selfcompass.storage.settings_file import managed_candidates, read_managed

    candidates = managed_candidates()
    for path in candidates:
        if path.is_file():
            try:
                defaults, locked = read_managed(path)
            except DataFileError as exc:
                raise CheckFailed(f"{path}: " + "; ".join(str(p) for p in exc.problems)) from None
            return f"{path}: {len(defaults)} default(s), {len(locked)} locked"
    return "none in use (looked in " + " and ".join(str(p.parent) for p in candidates) + ")"


def check_data_folder(data_dir: str | None) -> str:
    """Says where this installation keeps data; creates and opens nothing there."""
    from selfcompass.paths import resolve
    from selfcompass.storage import is_network_path

    paths = resolve(data_dir)
    where = "portable, beside the program" if paths.portable else "per user"
    network = "; on a network share, so the rollback journal is used" if is_network_path(paths.data) else ""
    return f"{paths.data} ({where}{network})"


def check_database(paths: AppPaths) -> str:
    from selfcompass.core.records import Outcome, SessionRecord
    from selfcompass.storage import HEAD_REVISION, open_database

    ended = datetime.now(UTC).replace(microsecond=0)
    record = SessionRecord(
        practice_id="self-test", practice_title="Self-test", family="pause",
        started_at=ended - timedelta(seconds=60), ended_at=ended, planned_seconds=60.0,
        practised_seconds=60.0, outcome=Outcome.FINISHED,
    )
    db = open_database(paths)
    try:
        session_id = db.sessions.record(record)
        back = db.sessions.get(session_id)
        revision = db.revision()
        mode = db.journal_mode
        healthy = db.integrity_check()
    finally:
        db.close()
    if back is None or back.practice_id != record.practice_id or back.ended_at != record.ended_at:
        raise CheckFailed("a session was written but did not read back the same")
    if revision != HEAD_REVISION:
        raise CheckFailed(f"migrated to revision {revision}, expected {HEAD_REVISION}")
    if not healthy:
        raise CheckFailed("the new database failed its integrity check")
    return f"created at revision {revision}, journal {mode.lower()}, one session written and read back"


def check_speech(tmp: Path) -> str:
    from selfcompass.speech.render import SpeechUnavailable, audio_suffix, open_engine, render_to_wav

    try:
        engine = open_engine()
    except SpeechUnavailable as exc:
        raise CheckSkipped(f"no speech engine ({exc.detail or exc})") from None
    target = tmp / f"self-test{audio_suffix(engine)}"
    seconds = render_to_wav(SAMPLE_LINE, target, engine=engine)
    size = target.stat().st_size
    length = f"{seconds:.1f} s of audio" if seconds else f"{size} bytes of audio"
    return f"rendered one line of narration ({length})"


def check_media() -> str:
    _qapp()
    from PySide6.QtMultimedia import QMediaPlayer

    player = QMediaPlayer()
    try:
        if not player.isAvailable():
            raise CheckFailed("Qt has no media back-end here, so narration can't be played "
                              "(on Linux, check libxrandr2 and libpulse0 are installed)")
    finally:
        player.deleteLater()
    return "Qt media back-end loaded"


def check_window(paths: AppPaths) -> str:
    from selfcompass.app import SelfCompassApp

    qapp = _qapp()
    app = SelfCompassApp(qapp, paths)
    try:
        app.window.show()
        qapp.processEvents()
        shown = app.window.isVisible()
        title = app.window.windowTitle()
        app.window.close()
        qapp.processEvents()
        closed = not app.window.isVisible()
    finally:
        app.shutdown()
        app.window.deleteLater()
        app.deleteLater()
        qapp.processEvents()
    if not shown:
        raise CheckFailed("the main window did not appear")
    if not closed:
        raise CheckFailed("the main window did not close")
    return f'"{title}" shown and closed on the {qapp.platformName()} platform'


# -- helpers ---------------------------------------------------------------------------------------------
def _qapp():  # -> QApplication, imported late so a broken Qt shows up as a failed check
    from selfcompass.app import make_qapp

    return make_qapp()


def _headless_fallback() -> None:
    """With no display at all, Qt would abort the process: use the offscreen platform instead."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


def _output(out: TextIO | None) -> tuple[TextIO, Path | None]:
    """Where the report goes: ``out``, else stdout, else (a windowed bundle with no console) a file."""
    if out is not None:
        return out, None
    if sys.stdout is not None:
        return sys.stdout, None
    path = Path(tempfile.gettempdir()) / REPORT_FILE  # pragma: no cover - windowed Windows with no console
    from selfcompass.storage.files import open_private_text

    return open_private_text(path), path  # pragma: no cover
