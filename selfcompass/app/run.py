"""Running the GUI: the event loop, and what waits for the window's first frame.

:mod:`selfcompass.app` builds the app (the composition root); this runs it. The first window is shown as soon as it
is built, and everything else waits for its first frame: the modules the later steps need are imported on a
background thread (``after_warm_up``), then each step (the log, the crash handler, the features installed after the
first frame) runs in its own turn of the event loop (``run_in_turns``), so the window answers throughout. SIGTERM
saves unsaved words before quitting (``end_gently_on_sigterm``). With ``SELFCOMPASS_BENCH_SHOWN`` set, the run
reports when the window is first on screen, what heavy parts were loaded by then, and its idle memory, for
benchmarks/bench_startup.py and tests/test_startup.py.
"""

from __future__ import annotations

import argparse
import gc
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication

from selfcompass import __version__
from selfcompass.app import SelfCompassApp, give_memory_back, make_qapp
from selfcompass.desktop.memory import pss_kb

log = logging.getLogger(__name__)
BENCH_ENV = "SELFCOMPASS_BENCH_SHOWN"


def run_gui(ns: argparse.Namespace) -> int:
    from selfcompass.startup import ALREADY_OPEN, prepare

    prepared = getattr(ns, "prepared", None) or prepare(ns.data_dir, bring_forward=not getattr(ns, "minimised", False))
    if prepared.already_running:
        print(ALREADY_OPEN, file=sys.stderr)
        return 0
    qapp = make_qapp()
    import linecache

    linecache.clearcache()  # the sources read so far on import (see desktop/memory.py): the window can reuse that
    app = SelfCompassApp(qapp, prepared.paths, settings=prepared.settings, instance_lock=prepared.instance_lock)
    app.files_to_open = list(getattr(ns, "open", None) or [])
    # The window really closing ends the run, tray or no tray (with a tray, Qt keeps the loop for the icon).
    app.window.closing.connect(qapp.quit)
    qapp.aboutToQuit.connect(app.shutdown)  # however the loop ends (the desktop's session ending, too)
    if os.environ.get(BENCH_ENV):
        _report_when_shown(app.window, qapp)

    logged: list[Path | None] = []

    def warm_up() -> None:
        # On the warm-up thread: the imports, then the log (opening a file is no work for the UI thread).
        from selfcompass.storage.log import start_log

        warm_up_imports()
        logged.append(start_log(app.paths, version=__version__))

    def start_crash_handler() -> None:
        # The log and the crash handler wait for the first frame: logging.handlers and Qt's namespace cost start-up.
        from selfcompass.ui.crash import install_crash_handler

        gc.enable()  # held off through start-up by selfcompass.__main__ (see there)
        handler = install_crash_handler(lambda: app.window, logged[0] if logged else None)
        qapp.aboutToQuit.connect(handler.uninstall)
        end_gently_on_sigterm(qapp, app.journal.flush)

    def make_folders_private() -> None:
        from selfcompass.storage.hygiene import make_private

        for folder in (app.paths.config, app.paths.logs, app.paths.cache):
            make_private(folder)  # the data folder is made private when the database opens

    def log_installed() -> None:
        from selfcompass.storage.log import log_features_installed

        log_features_installed(app.features)

    def after_first_show() -> None:
        # What waits for the first frame runs one small step per turn of the event loop, after the modules it needs
        # have been imported on a background thread, so the window answers at once throughout (no step is longer
        # than a frame: benchmarks/app_probe.py measures the longest block).
        steps = [start_crash_handler, make_folders_private, *app.deferred_steps(), log_installed, give_memory_back]
        after_warm_up(qapp, warm_up, lambda: run_in_turns(qapp, steps))

    if ns.minimised:
        QTimer.singleShot(0, after_first_show)
        # Started at login: wait quietly in the tray; without a tray, a minimised window is the only way back.
        QTimer.singleShot(0, lambda: None if app.window.keep_in_tray else app.window.showMinimized())
    else:
        _after_first_expose(app.window, after_first_show)
        app.window.show_first()  # maximised on a small screen
    if ns.quit_after:
        QTimer.singleShot(int(ns.quit_after * 1000), app.window.close)
    return qapp.exec()


def warm_up_imports() -> None:
    """Import what the steps after the first frame need, on a background thread: Python lets the UI thread run
    every few milliseconds meanwhile, where the same imports on the UI thread would hold it for 150 ms or more.
    Only imports (and Qt's namespace, which PySide6 builds on first use, about 17 ms): nothing is made here."""
    from PySide6.QtCore import Qt

    Qt.TimerType  # noqa: B018 - builds the namespace
    import encodings.utf_8_sig  # noqa: F401 - the calendar and the shipped sequences are read with it
    import shlex  # noqa: F401 - the shipped sequences' narration cues
    import tomllib  # noqa: F401 - the shipped sequences

    from selfcompass.desktop import autostart  # noqa: F401
    from selfcompass.features import insights, reminders, sequences  # noqa: F401
    from selfcompass.storage import hygiene
    from selfcompass.storage.log import start_log  # noqa: F401
    from selfcompass.ui import crash, day_timeline  # noqa: F401

    hygiene.harden_process()  # no core dumps: they would hold the journal's key once it is unlocked
    import platform

    platform.platform(terse=True)  # the log's first line; read from the C library's file once, then remembered


def after_warm_up(qapp: QApplication, warm_up: Callable[[], None], then: Callable[[], None]) -> None:
    """Run ``warm_up`` on a thread, then ``then`` on the UI thread (polled, never waited for)."""
    import threading

    # Python hands the interpreter between threads every 5 ms by default; 1 ms while warming keeps a frame free.
    switch = sys.getswitchinterval()
    sys.setswitchinterval(0.001)
    warm = threading.Thread(target=_quietly, args=(warm_up,), name="selfcompass-warm-up", daemon=True)
    warm.start()
    poll = QTimer(qapp)
    poll.setObjectName("selfcompass.warm-up")
    poll.setInterval(5)

    def check() -> None:
        if not warm.is_alive():
            sys.setswitchinterval(switch)
            poll.stop()
            poll.deleteLater()
            then()

    poll.timeout.connect(check)
    poll.start()


def _quietly(warm_up: Callable[[], None]) -> None:
    try:
        warm_up()
    except Exception:  # the steps import what they need again, and report what fails where it matters
        log.debug("warming up failed", exc_info=True)


#: Between two steps after the first frame: a zero-time timer would run the next step in the same pass of the
#: event loop as the last, before anything the person does is served.
STEP_GAP_MS = 2


def run_in_turns(qapp: QApplication, steps: list[Callable[[], None]]) -> None:
    """Run each step in its own turn of the event loop, so input and painting are served between them."""
    if not steps:
        return
    first, rest = steps[0], steps[1:]

    def step() -> None:
        try:
            first()
        finally:
            run_in_turns(qapp, rest)

    QTimer.singleShot(STEP_GAP_MS, qapp, step)


def end_gently_on_sigterm(qapp: QApplication, save: Callable[[], None],
                          quit_app: Callable[[], None] | None = None) -> Callable[[], None]:
    """SIGTERM (a logout on some desktops, a service manager, ``kill``): save what is unsaved, then quit through
    Qt as the Quit menu does. Python runs a signal handler only when it next has control, so the signal also writes
    to a pipe that Qt watches (``signal.set_wakeup_fd``). Returns a function that puts things back as they were."""
    import signal

    if os.name != "posix":
        return lambda: None
    from PySide6.QtCore import QSocketNotifier

    read_end, write_end = os.pipe()
    os.set_blocking(read_end, False)
    os.set_blocking(write_end, False)
    notifier = QSocketNotifier(read_end, QSocketNotifier.Type.Read, qapp)

    def drain() -> None:
        try:
            while os.read(read_end, 512):
                pass
        except OSError:
            pass

    def ended(_signum: int, _frame: object) -> None:
        log.info("asked to end (SIGTERM): saving first")
        try:
            save()
        finally:
            (quit_app or qapp.quit)()

    notifier.activated.connect(drain)
    previous_fd = signal.set_wakeup_fd(write_end, warn_on_full_buffer=False)
    previous = signal.signal(signal.SIGTERM, ended)

    def undo() -> None:
        signal.signal(signal.SIGTERM, previous)
        signal.set_wakeup_fd(previous_fd)
        notifier.setEnabled(False)
        notifier.deleteLater()
        os.close(read_end)
        os.close(write_end)

    return undo


def _after_first_expose(window: Any, callback: Callable[[], None]) -> None:
    """Run ``callback`` once the window is really on screen, so nothing it does delays the first paint."""
    from PySide6.QtCore import QEvent

    class _Once(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            exposed = getattr(obj, "isExposed", lambda: False)()  # obj is the window's QWindow
            if event.type() == QEvent.Type.Expose and exposed and not getattr(self, "done", False):
                self.done = True
                QTimer.singleShot(100, callback)
            return False

    window.winId()  # create the native window so its expose can be watched
    window.windowHandle().installEventFilter(_Once(window))


#: What the first window must not wait for; each appears in the "heavy" line only if it was loaded by then.
HEAVY_MODULES = ("sqlalchemy", "alembic", "sqlite3", "pyttsx3", "PySide6.QtMultimedia", "tomllib",
                 "selfcompass.ui.player", "selfcompass.features.journal.controller", "selfcompass.core.narration")
#: PySide6 types whose Python enums are costly to build (see docs/architecture.md, "Start-up").
HEAVY_TYPES = (("PySide6.QtWidgets", "QStyle"), ("PySide6.QtCore", "Qt"))


def loaded_heavy() -> list[str]:
    """The heavy modules and PySide6 types loaded so far in this process."""
    found = [name for name in HEAVY_MODULES if name in sys.modules]
    found += [f"{module}.{name}" for module, name in HEAVY_TYPES if name in vars(sys.modules[module])]
    return found


def _report_when_shown(window: QObject, qapp: QApplication) -> None:
    """For benchmarks/bench_startup.py: say when the window is first on screen (and what heavy parts were loaded
    by then, and by the end of its first paint), then the idle memory, then quit."""
    from PySide6.QtCore import QEvent

    class _Watch(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Expose and not getattr(self, "seen", False):
                self.seen = True
                print("shown", flush=True)
                print("heavy at shown:", " ".join(loaded_heavy()), flush=True)
                print("collector at shown:", "on" if gc.isenabled() else "off", flush=True)
                QTimer.singleShot(0, lambda: print("heavy after first paint:", " ".join(loaded_heavy()), flush=True))
                idle = float(os.environ.get(BENCH_ENV) or 0)
                QTimer.singleShot(int(max(idle, 0.5) * 1000), _report_memory_and_quit)
            return False

    def _report_memory_and_quit() -> None:
        print("collector when idle:", "on" if gc.isenabled() else "off", flush=True)
        print(f"pss_kb {pss_kb()}", flush=True)
        qapp.quit()

    watch = _Watch(window)
    window.winId()  # type: ignore[attr-defined]  # create the native window so its expose can be watched
    window.windowHandle().installEventFilter(watch)  # type: ignore[attr-defined]
