"""`selfcompass --self-test`: checks this installation end to end and prints one plain line per check.

It runs the checks `doctor` runs (selfcompass/cli/checks.py: the program's files, the practices, IT's managed
settings, and the person's data folder, database and log, all only read), then proves the rest by using it in a
temporary folder that is removed afterwards: a new database, a rendered line of speech, media playback and the
main window. It works from source and from the PyInstaller bundle, and it is what `make bundle-test` runs in CI.
Exit status 0 means no check failed (a missing speech engine is reported as skipped, not as a failure: the app
runs without one; a note is information, not a failure).
"""

from __future__ import annotations

import argparse
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
from selfcompass.cli import checks
from selfcompass.cli.bundle_check import qt_parts
from selfcompass.paths import AppPaths, resolve

OK, NOTE, FAILED, SKIPPED = checks.OK, checks.NOTE, "FAILED", checks.SKIPPED
REPORT_FILE = "selfcompass-self-test.txt"
SAMPLE_LINE = "Take a slow breath in, and let it go."


@dataclass(frozen=True)
class Verdict:
    name: str
    verdict: str  # OK, NOTE, FAILED or SKIPPED
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
    checks.headless_fallback()
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
    """Run the checks in order: the shared ones read the real folders, the rest write only inside ``tmp``.
    Prints each line as it finishes."""
    real = resolve(data_dir)
    paths = AppPaths(tmp / "data", tmp / "config", tmp / "cache", tmp / "logs")
    paths.ensure()
    shared: list[tuple[str, Callable[[], str]]] = [
        (name, shared_check(check, real)) for name, check in (
            ("resources", checks.check_resources), ("practices", checks.check_practices),
            ("managed settings", checks.check_managed_settings), ("data folder", checks.check_data_folder),
            ("database", checks.check_database), ("journal keys", checks.check_keys),
            ("backups", checks.check_backups), ("file permissions", checks.check_file_modes),
            ("kept while locked", checks.check_safekeeping), ("log", checks.check_log))
    ]
    exercised: list[tuple[str, Callable[[], str]]] = [
        ("new database", lambda: check_new_database(paths)),
        ("speech", lambda: check_speech(tmp)),
        ("media playback", check_media),
        ("Qt parts", lambda: qt_parts(_qapp())),  # what the bundle was trimmed of is not needed
        ("main window", lambda: check_window(paths)),
    ]
    verdicts = []
    for name, check in (*shared, *exercised):
        verdict = run_one(name, check)
        verdicts.append(verdict)
        if stream is not None:
            print(verdict.line(), file=stream, flush=True)
    return verdicts


class CheckNoted(Exception):
    """A check found something worth knowing that is not a failure; the message says what."""


def shared_check(check: checks.Check, paths: AppPaths) -> Callable[[], str]:
    """One of doctor's checks as a self-test check: a problem fails it, a note is shown as a note."""
    def run() -> str:
        findings = checks.run_check(check, paths)
        text = "; ".join(f.text for f in findings)
        if any(f.verdict == checks.PROBLEM for f in findings):
            raise CheckFailed(text)
        if any(f.verdict == checks.SKIPPED for f in findings):
            raise CheckSkipped(text)
        if any(f.verdict == checks.NOTE for f in findings):
            raise CheckNoted(text)
        return text

    run.__name__ = check.__name__
    return run


def run_one(name: str, check: Callable[[], str]) -> Verdict:
    started = time.perf_counter()
    try:
        detail, verdict = check(), OK
    except CheckSkipped as exc:
        detail, verdict = f"{exc}", SKIPPED
    except CheckNoted as exc:
        detail, verdict = f"{exc}", NOTE
    except CheckFailed as exc:
        detail, verdict = f"{exc}", FAILED
    except Exception as exc:  # anything else is a failure of this check, never of the whole self-test
        detail, verdict = f"{type(exc).__name__}: {exc}", FAILED
    return Verdict(name, verdict, " ".join(detail.split()), time.perf_counter() - started)


# -- the checks that use what they test: each returns a short detail, or raises CheckFailed / CheckSkipped ------
def check_new_database(paths: AppPaths) -> str:
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
    return checks.qt_app()


def _output(out: TextIO | None) -> tuple[TextIO, Path | None]:
    """Where the report goes: ``out``, else stdout, else (a windowed bundle with no console) a file."""
    if out is not None:
        return out, None
    if sys.stdout is not None:
        return sys.stdout, None
    path = Path(tempfile.gettempdir()) / REPORT_FILE  # pragma: no cover - windowed Windows with no console
    from selfcompass.storage.files import open_private_text

    return open_private_text(path), path  # pragma: no cover
