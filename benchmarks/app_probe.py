"""The app as a person starts it, watched from inside: the first frame, the main thread's longest block in the two
seconds after it, then a scripted tour of every page and the memory left at idle.

    python benchmarks/app_probe.py [--tour] [--data-dir DIR]      (what bench_startup.py runs)

Runs ``python -m selfcompass`` in this process with one change: selfcompass.app.run's benchmark hook (the one
SELFCOMPASS_BENCH_SHOWN turns on) is replaced by the probe below, which prints, one per line:

- ``shown`` when the window is first exposed (the first map), ``painted`` when its first paint has ended (the same
  end point the bare floor reports, benchmarks/bare_window.py);
- ``longest_block_ms N``: the longest the main thread went without serving a 1 ms heartbeat timer, in the two
  seconds after the first paint (a frame is 16 ms);
- ``cpu_first_second_ms N``: the CPU time of the whole process (all threads) in the second after the first paint;
- with ``--tour``: every place in the sidebar is opened in turn (two seconds each, for its data to arrive from the
  workers), then the first place again, ten seconds of idle with Python's collector run, and ``pss_kb N``.
  Without it, ``pss_kb`` after the idle the environment asks for.
- with ``--later`` too: the app idles on to five minutes after the tour, as a person's day does between visits
  (pages hidden a while let go what they can build again, issue 24), and prints ``pss_later_kb N``.
"""

from __future__ import annotations

import gc
import itertools
import os
import runpy
import sys
import time
from typing import Any

PAGE_SECONDS = 2.0
IDLE_AFTER_TOUR = 10.0
LATER_AFTER_TOUR = 300.0
WATCH_SECONDS = 2.0
TOUR = "--tour" in sys.argv
LATER = "--later" in sys.argv


def _probe(window: Any, qapp: Any) -> None:
    from PySide6.QtCore import QEvent, QObject, Qt, QTimer

    from selfcompass.desktop.memory import pss_kb

    tour = TOUR
    beats: list[float] = []
    heart = QTimer(window)
    heart.setTimerType(Qt.TimerType.PreciseTimer)
    heart.setInterval(1)
    heart.timeout.connect(lambda: beats.append(time.perf_counter()))

    def painted() -> None:
        print("painted", flush=True)
        beats.append(time.perf_counter())
        heart.start()
        cpu_at_paint = time.process_time()  # every thread of the process: the warm-up and the workers count too
        QTimer.singleShot(1000, lambda: print(f"cpu_first_second_ms {(time.process_time() - cpu_at_paint) * 1000:.1f}",
                                              flush=True))
        QTimer.singleShot(int(WATCH_SECONDS * 1000), watched)

    def watched() -> None:
        heart.stop()
        beats.append(time.perf_counter())
        gaps = [b - a for a, b in itertools.pairwise(beats)]
        print(f"longest_block_ms {max(gaps, default=0) * 1000:.1f}", flush=True)
        if tour:
            QTimer.singleShot(0, lambda: visit(list(window.places())))
        else:
            idle = float(os.environ.get("SELFCOMPASS_BENCH_SHOWN") or 0)
            QTimer.singleShot(int(max(idle - WATCH_SECONDS, 0.1) * 1000), report)

    def visit(places: list[str]) -> None:
        if not places:
            window.show_page(window.places()[0])
            QTimer.singleShot(int(IDLE_AFTER_TOUR * 1000), report)
            return
        window.show_page(places[0])
        QTimer.singleShot(int(PAGE_SECONDS * 1000), lambda: visit(places[1:]))

    def report() -> None:
        gc.collect()
        print(f"pss_kb {pss_kb()}", flush=True)
        modules = ("asyncio", "email", "importlib.metadata", "alembic", "sqlalchemy.orm")
        loaded = [m for m in modules if m in sys.modules and type(sys.modules[m]).__name__ != "Deferred"]
        print("modules", " ".join(loaded) or "-", len(sys.modules), flush=True)  # (a Deferred is a stand-in)
        if tour and LATER:
            QTimer.singleShot(int((LATER_AFTER_TOUR - IDLE_AFTER_TOUR) * 1000), report_later)
        else:
            qapp.quit()

    def report_later() -> None:
        gc.collect()
        print(f"pss_later_kb {pss_kb()}", flush=True)
        qapp.quit()

    class Watch(QObject):
        seen = False

        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Expose and not self.seen:
                self.seen = True
                print("shown", flush=True)
                QTimer.singleShot(0, painted)
            return False

    watch = Watch(window)
    window.winId()
    window.windowHandle().installEventFilter(watch)


def main() -> None:
    gc.disable()  # as selfcompass.__main__ does first thing, before this import costs the collector's passes
    from selfcompass.desktop.memory import spare_import_hook

    spare_import_hook()  # as selfcompass.cli does before it imports the app
    import selfcompass.app.run

    selfcompass.app.run._report_when_shown = _probe  # type: ignore[assignment]
    os.environ.setdefault("SELFCOMPASS_BENCH_SHOWN", "3")
    sys.argv = [sys.argv[0], *(a for a in sys.argv[1:] if a not in ("--tour", "--later"))]
    runpy.run_module("selfcompass", run_name="__main__", alter_sys=True)


if __name__ == "__main__":
    sys.path.insert(0, os.getcwd())
    main()
